import os
from pathlib import Path

import pytest

from promptscrub import cache
from promptscrub.paths import cache_dir


def test_store_and_load_by_file_key(tmp_path: Path):
    f = tmp_path / "r.toml"
    f.write_text("a", encoding="utf-8")
    key = cache.files_key("k", [f])
    cache.store(key, {"x": 1})
    assert cache.load(key) == {"x": 1}


def test_a_changed_file_changes_the_key(tmp_path: Path):
    f = tmp_path / "r.toml"
    f.write_text("a", encoding="utf-8")
    before = cache.files_key("k", [f])
    f.write_text("ab", encoding="utf-8")
    assert cache.files_key("k", [f]) != before


def test_a_broken_entry_is_a_miss(isolated_home: Path):
    cache.store("k-1", [1])
    (p,) = cache_dir().glob("k-1.pickle")
    p.write_bytes(b"garbage")
    assert cache.load("k-1") is None


def test_can_be_disabled(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PROMPTSCRUB_NO_CACHE", "1")
    cache.store("k-2", [1])
    assert cache.load("k-2") is None
    assert os.environ["PROMPTSCRUB_NO_CACHE"] == "1"


def test_prune_keeps_the_newest_entries_of_a_kind(isolated_home: Path):
    """Compiled databases for a few configs survive side by side; older ones are removed."""
    for i in range(cache.KEEP + 3):
        cache.store(f"db-{i}", i, prune=True)
    kept = sorted(p.name for p in cache_dir().glob("db-*.pickle"))
    assert len(kept) == cache.KEEP and "db-6.pickle" in kept and cache.load("db-6") == 6


def test_prune_keeps_the_entries_in_use(isolated_home: Path):
    """Loading an entry marks it used: a config's database in daily use is never evicted by newer ones
    (a recompile costs seconds), the least recently used entry goes instead."""
    past = 1_600_000_000
    for i in range(cache.KEEP):
        cache.store(f"lru-{i}", i, prune=True)
        os.utime(cache_dir() / f"lru-{i}.pickle", (past + i, past + i))  # written in this order, long ago
    assert cache.load("lru-0") == 0  # the oldest entry, used now
    cache.store(f"lru-{cache.KEEP}", cache.KEEP, prune=True)
    kept = {p.name for p in cache_dir().glob("lru-*.pickle")}
    assert "lru-0.pickle" in kept and "lru-1.pickle" not in kept and len(kept) == cache.KEEP


def test_a_tail_is_read_in_slices(isolated_home: Path):
    """An entry's tail stays on disk: only the slices asked for are read."""
    cache.store("tail-1", {"n": 3}, tail=b"abcdefgh")
    value, tail = cache.load_head("tail-1")
    assert value == {"n": 3} and tail.size == 8
    assert tail.read(2, 5) == b"cde" and tail.read(6, 99) == b"gh" and tail.read(9, 12) == b""
    assert cache.load("tail-1") == {"n": 3}  # a plain load ignores the tail


def test_a_tail_survives_the_file_being_replaced(isolated_home: Path):
    """A reader holding a tail keeps reading the entry it opened when another process stores a new one."""
    cache.store("tail-2", 1, tail=b"old-bytes")
    _, tail = cache.load_head("tail-2")
    cache.store("tail-2", 2, tail=b"new")
    assert tail.read(0, 9) == b"old-bytes"
    assert cache.load_head("tail-2")[1].read(0, 9) == b"new"


def test_a_missing_or_broken_head_is_a_miss(isolated_home: Path):
    assert cache.load_head("tail-none") is None
    cache.store("tail-3", 1, tail=b"x")
    (p,) = cache_dir().glob("tail-3.pickle")
    p.write_bytes(b"garbage")
    assert cache.load_head("tail-3") is None
