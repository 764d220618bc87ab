"""Shared fixtures: an isolated per-user home and a config with predictable custom rules."""
from __future__ import annotations

from pathlib import Path

import pytest

TICKET_CONFIG = """
[[rules]]
id = "acme-ticket"
description = "ACME payments tickets"
regex = '''\\bPAY-\\d{3,6}\\b'''
keywords = ["pay-"]
examples = ["see PAY-1234"]
negative_examples = ["PAY-12"]
"""


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Derived data (parsed rules, compiled databases) is safe to share, and slow to rebuild per test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Path:
    """Every test gets its own state/config folders and no ambient config; the cache is shared."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PROMPTSCRUB_HOME", str(home))
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(shared_cache))
    monkeypatch.setenv("PROMPTSCRUB_BACKGROUND_BUILD", "0")  # databases compiled in the foreground (tests/test_engine_build.py: not)
    monkeypatch.delenv("PROMPTSCRUB_CONFIG", raising=False)
    monkeypatch.delenv("PROMPTSCRUB_VAULT_KEY", raising=False)
    return home


@pytest.fixture
def ticket_config(tmp_path: Path) -> Path:
    """A config whose only custom rule finds ``PAY-1234``-style tickets."""
    path = tmp_path / "cfg" / ".promptscrub.toml"
    path.parent.mkdir()
    path.write_text(TICKET_CONFIG, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def class_scan_on_short_texts():
    """The names and places class scan on short texts too (tests/detectors/test_names.py, test_location.py):
    their tests compare it with the plain patterns, which texts under ``CLASS_SCAN_FROM`` get instead."""
    from promptscrub.detectors import _stretches

    saved, _stretches.CLASS_SCAN_FROM = _stretches.CLASS_SCAN_FROM, 0
    yield
    _stretches.CLASS_SCAN_FROM = saved
