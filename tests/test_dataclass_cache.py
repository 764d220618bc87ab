"""Our dataclasses' generated methods come from the derived-data cache on later runs, and behave exactly
as ``dataclasses`` makes them; nobody else's classes are touched."""
from __future__ import annotations

import dataclasses

import pytest

from promptscrub import dataclass_cache
from promptscrub.detectors import _lazyre

CLASS = '''
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True)
class Probe:
    """A data type like ours."""

    name: str
    tags: tuple = ()
    score: float = field(default=1.0, compare=False)
'''


@pytest.fixture
def installed(tmp_path, monkeypatch):
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path))
    for name in ("_codes", "_new", "_used"):
        monkeypatch.setattr(_lazyre, name, {})
    had = "exec" in vars(dataclasses)
    dataclass_cache.install()
    yield
    if not had:
        del dataclasses.exec


def make(module: str) -> type:
    """``Probe`` defined in a fresh module called ``module``."""
    import sys
    import types

    mod = types.ModuleType(module)
    sys.modules[module] = mod
    try:
        exec(CLASS, mod.__dict__)  # noqa: S102 - a class defined as if in ``module``
    finally:
        del sys.modules[module]
    return mod.Probe


def check(cls: type) -> None:
    a, b = cls("x", ("t",), 0.5), cls("x", ("t",), 2.0)
    assert a == b and hash(a) == hash(b) and a != cls("y")
    assert repr(a) == "Probe(name='x', tags=('t',), score=0.5)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "z"


def test_methods_are_compiled_once_then_come_from_the_cache(installed):
    check(make("promptscrub.probe"))
    assert len(_lazyre._new[dataclass_cache.SHARD]) >= 5  # __init__, __repr__, __eq__, __hash__, __setattr__...
    _lazyre._save()
    for name in ("_codes", "_new", "_used"):
        setattr(_lazyre, name, {})
    check(make("promptscrub.probe"))
    assert not _lazyre._new  # every method's code came from the cache


def test_other_modules_classes_are_left_alone(installed):
    check(make("someone_else"))
    assert not _lazyre._new


def test_install_is_idempotent_and_keeps_a_foreign_exec(installed, monkeypatch):
    dataclass_cache.install()
    assert dataclasses.exec is dataclass_cache.cached_exec
    foreign = lambda *a: exec(*a)  # noqa: E731, S102 - another tool's hook
    monkeypatch.setattr(dataclasses, "exec", foreign)
    dataclass_cache.install()
    assert dataclasses.exec is foreign
