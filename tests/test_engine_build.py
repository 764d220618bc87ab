"""The first long texts after installing (or changing rules) are served by the Python backend while a
background process compiles the Hyperscan database; later runs load it. See engine_build.py."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from promptscrub import engine_build
from promptscrub.engine import Matcher
from promptscrub.rules import rule_from_dict

hyperscan = pytest.importorskip("hyperscan")


def rules(tag: str):
    """A small rule set of its own per test (its own cache key), quick to compile."""
    return [rule_from_dict({"id": f"{tag}-token", "keywords": [f"{tag}_"], "regex": rf"\b{tag}_[A-Za-z0-9]{{20}}\b"},
                           "t.toml", "secret"),
            rule_from_dict({"id": f"{tag}-pem", "regex": r"-----BEGIN KEY-----[\s\S]*?-----END KEY-----"}, "t.toml", "secret")]


def text(tag: str, n: int = 2_000) -> str:
    return "filler line of code = 1\n" * (n // 24) + f"x = '{tag}_Ab12Cd34Ef56Gh78Ij90'\n-----BEGIN KEY-----\nAAAA\n-----END KEY-----\n"


def found(m: Matcher, t: str):
    return [(x.rule.id, x.start, x.end) for x in m.matches(t)]


@pytest.fixture
def background(monkeypatch, tmp_path):
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(engine_build.ENV, "1")


def test_a_long_text_on_a_cold_cache_is_served_by_python_while_the_database_builds(background, monkeypatch):
    from promptscrub import engine_hyperscan

    rs, t = rules("aa"), text("aa", 10_000)
    m = Matcher(rs)
    assert m.backend_for(t).name == "python"
    assert found(m, t) == found(Matcher(rs, engine="python"), t) != []
    key = engine_hyperscan.cached(rs).key
    engine_build.wait(key, timeout=60)
    assert engine_hyperscan.cached(rs).db is not None  # the background process stored it
    monkeypatch.setattr(engine_hyperscan, "build", lambda *a: pytest.fail("compiled again"))
    later = Matcher(rs)
    assert later.backend_for(t).name == "hyperscan"
    assert found(later, t) == found(m, t)


def test_past_the_budget_a_run_waits_for_the_build_and_uses_hyperscan(background, monkeypatch):
    monkeypatch.setattr(engine_build, "COLD_PYTHON_BYTES", 15_000)
    rs = rules("bb")
    m = Matcher(rs)
    assert m.backend_for(text("bb", 10_000)).name == "python"
    assert m.backend_for(text("bb", 10_000)).name == "hyperscan"  # 20,000 characters: past the budget


def test_with_background_builds_off_the_database_is_compiled_at_once(background, monkeypatch):
    monkeypatch.setenv(engine_build.ENV, "0")
    assert Matcher(rules("cc")).backend_for(text("cc", 10_000)).name == "hyperscan"


def test_without_a_cache_there_is_no_background_build(background, monkeypatch):
    monkeypatch.setenv("PROMPTSCRUB_NO_CACHE", "1")
    assert Matcher(rules("dd")).backend_for(text("dd", 10_000)).name == "hyperscan"


def test_a_forced_engine_is_not_replaced(background):
    assert Matcher(rules("ee"), engine="hyperscan").backend_for(text("ee", 10_000)).name == "hyperscan"


def test_a_lock_left_by_a_dead_process_does_not_block(background):
    from promptscrub import engine_hyperscan

    rs = rules("ff")
    key = engine_hyperscan.cached(rs).key
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = engine_build._lock(key)
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(str(dead.pid), encoding="ascii")
    assert not engine_build.building(key) and not lock.exists()


def test_one_build_at_a_time_per_rule_set(background):
    from promptscrub import engine_hyperscan

    rs = rules("gg")
    key = engine_hyperscan.cached(rs).key
    assert engine_build.start(key, rs, ["gg_"])
    lock = engine_build._lock(key)
    first = lock.read_text(encoding="ascii") if lock.exists() else None
    assert engine_build.start(key, rs, ["gg_"])  # a second start joins the running build
    if first is not None and lock.exists():
        assert lock.read_text(encoding="ascii") == first
    engine_build.wait(key, timeout=60)
    deadline = time.monotonic() + 5
    while engine_hyperscan.cached(rs).db is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert engine_hyperscan.cached(rs).db is not None
    assert not lock.exists()
