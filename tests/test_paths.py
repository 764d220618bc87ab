from pathlib import Path

import pytest

from promptscrub import paths


def test_promptscrub_home_overrides_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PROMPTSCRUB_HOME", str(tmp_path))
    monkeypatch.delenv("PROMPTSCRUB_CACHE_DIR")
    assert paths.state_dir() == tmp_path / "state"
    assert paths.cache_dir() == tmp_path / "cache"
    assert paths.config_dir() == tmp_path / "config"


def test_xdg_state_home_is_honoured_on_linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PROMPTSCRUB_HOME")
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert paths.state_dir() == tmp_path / "promptscrub"


def test_cache_dir_can_be_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PROMPTSCRUB_CACHE_DIR", str(tmp_path / "c"))
    assert paths.cache_dir() == tmp_path / "c"
