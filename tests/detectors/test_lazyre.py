"""The PII detectors' regex layer: ``\\p{..}`` spelt out for stdlib ``re``, and the compiled-code cache."""
from __future__ import annotations

import sys
import unicodedata

import pytest

from promptscrub.detectors import _lazyre
from promptscrub.detectors._unicode_classes import UNIDATA_VERSION

CATS = {"L": "L", "Lu": "Lu", "Ll": "Ll", "N": "N", "M": "M"}


@pytest.mark.skipif(unicodedata.unidata_version != UNIDATA_VERSION, reason="classes generated for another Unicode")
@pytest.mark.parametrize("name", sorted(CATS))
def test_classes_are_the_general_categories(name: str) -> None:
    import re

    pat = re.compile(_lazyre.translate(r"\p{%s}" % name))
    want = CATS[name]
    for cp in range(0, sys.maxunicode + 1, 7):  # a sample of every plane
        ch = chr(cp)
        assert bool(pat.match(ch)) == unicodedata.category(ch).startswith(want), hex(cp)


def test_word_shortcut_and_nested_classes() -> None:
    assert _lazyre.translate(r"(?<![\p{L}\p{N}_.@])x") == r"(?<![\w_.@])x"
    p = _lazyre.compile(r"^[\p{Lu}][\p{L}\p{M}'’-]*$")
    assert p.match("Ångström-e\u0301")
    assert not p.match("ångström")
    assert _lazyre.compile(r"\p{Lu}{2}").fullmatch("ÉA")


def test_code_cache_round_trip(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    src = r"(?i)(?P<w>\p{Lu}\p{Ll}+)\s+st\b"
    first = _lazyre._compile(src, 0, "streets")
    assert (src, 0) in _lazyre._new["streets"]
    _lazyre._save()
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    again = _lazyre._compile(src, 0, "streets")
    assert not _lazyre._new  # served from the cache
    assert again.pattern == first.pattern == src
    for text in ("Main St", "main st", "Élysée ST", "12 st"):
        a, b = first.search(text), again.search(text)
        assert (a and (a.span(), a.group("w"))) == (b and (b.span(), b.group("w")))


def test_code_cache_drops_patterns_no_recent_run_used(tmp_path, monkeypatch) -> None:
    """Patterns of edited or removed rules leave the cache after KEEP_SAVES saving runs without them;
    a pattern every run uses stays."""
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_lazyre, "KEEP_SAVES", 3)

    def run(*patterns: str) -> None:  # one process: compile, then save at exit
        monkeypatch.setattr(_lazyre, "_codes", {})
        monkeypatch.setattr(_lazyre, "_new", {})
        monkeypatch.setattr(_lazyre, "_used", {})
        for p in patterns:
            _lazyre._compile(p, 0)
        _lazyre._save()

    run(r"old-rule-\d+", r"kept-\d+")
    for i in range(4):
        run(r"kept-\d+", rf"edit-{i}-\d+")
    codes = _lazyre._load("main")[0]
    assert (r"kept-\d+", 0) in codes and (r"edit-3-\d+", 0) in codes
    assert (r"old-rule-\d+", 0) not in codes and (r"edit-0-\d+", 0) not in codes


def test_code_cache_shard_per_module(tmp_path, monkeypatch) -> None:
    """Each module's patterns are cached in a shard of their own, so a run that needs only the secret
    filters' patterns does not read the personal-data detectors' code."""
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    monkeypatch.setattr(_lazyre, "_used", {})
    lazy = _lazyre.compile(r"\p{Lu}x")  # compiled on first use, in this module's shard
    assert lazy.match("Éx")
    _lazyre._compile(r"rule-\d+", 0, "rules")
    _lazyre._save()
    assert set(_lazyre._new) == {"test_lazyre", "rules"}
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    _lazyre._compile(r"rule-\d+", 0, "rules")
    assert not _lazyre._new and set(_lazyre._codes) == {"rules"}  # from the cache, one shard read
    assert (r"\p{Lu}x", 0) not in _lazyre._codes["rules"]


def test_code_cache_keeps_patterns_compiled_with_flag_objects(tmp_path, monkeypatch) -> None:
    """``re.I`` is an int subclass: its patterns are cached and found again like those with plain flags."""
    import re

    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    _lazyre._compile(r"caf\p{L}", re.I, "flags")
    _lazyre._save()
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    assert _lazyre._compile(r"caf\p{L}", re.I, "flags").match("CAFÉ")
    assert not _lazyre._new  # served from the cache


def test_shard_decodes_only_the_entries_asked_for() -> None:
    shard = _lazyre.Shard.of({("a+", 0): (0, b"\x01", 0, {}, ()), ("b+", 2): (2, b"\x02", 0, {}, ())})
    assert shard.get(("b+", 2)) == (2, b"\x02", 0, {}, ())
    assert shard.get(("c+", 0)) is None and ("a+", 0) in shard
    assert shard.decoded() == {("a+", 0): (0, b"\x01", 0, {}, ()), ("b+", 2): (2, b"\x02", 0, {}, ())}


def test_code_cache_reads_only_the_patterns_asked_for(tmp_path, monkeypatch) -> None:
    """A cached shard's code stays on disk until a pattern needs it; a shard whose blob was cut short
    (a disk full while saving) is a miss, and its patterns are compiled again."""
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_lazyre, "_codes", {})
    monkeypatch.setattr(_lazyre, "_new", {})
    for i in range(3):
        _lazyre._compile(rf"part-{i}\d+", 0, "sliced")
    _lazyre._save()
    shard = _lazyre._load("sliced")[0]
    assert shard.blob == b"" and shard.tail is not None and len(shard.index) == 3
    assert shard.get((r"part-1\d+", 0)) is not None
    (path,) = tmp_path.glob("re3-sliced-*.pickle")
    path.write_bytes(path.read_bytes()[:-1])
    assert _lazyre._load("sliced")[0].index == {}
    monkeypatch.setattr(_lazyre, "_codes", {})
    assert _lazyre._compile(r"part-1\d+", 0, "sliced").match("part-12")
    assert (r"part-1\d+", 0) in _lazyre._new["sliced"]


def test_a_standalone_letter_class_is_spelt_as_word_characters_minus_numbers() -> None:
    """``\\p{L}`` alone runs as ``[^\\W\\d_...]`` (stdlib re tests a spelt-out class range by range, ~5x
    slower): numbers that ``\\w`` holds (², ½, Ⅻ, ①) and digits of any script are still no letters."""
    p = _lazyre.compile(r"\p{L}+")
    assert _lazyre.translate(r"\p{L}").startswith("[^\\W\\d_")
    assert p.fullmatch("Ωmega-") is None and p.fullmatch("Ωmegaфз名前")
    for ch in "²½Ⅻ①٣_7":
        assert p.match(ch) is None, ch
