import os
import stat
import time

import pytest

from promptscrub import sessions
from promptscrub.vault import Vault


def test_names_are_validated():
    assert sessions.validate("review-42.v2_x") == "review-42.v2_x"
    for bad in ("", "../x", "a/b", "x" * 65, "..", "naïve", "a b"):
        with pytest.raises(sessions.SessionError):
            sessions.validate(bad)


def test_session_paths_and_map_override(tmp_path):
    assert sessions.vault_path(None, None).name == "default.json"
    assert sessions.vault_path("s1", None).name == "s1.json"
    assert sessions.vault_path("s1", tmp_path / "m.json") == tmp_path / "m.json"


def test_sessions_dir_is_tightened_to_0700(isolated_home):
    folder = isolated_home / "state" / "sessions"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    sessions.sessions_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_expired_sessions_are_purged_by_last_use():
    old, fresh = sessions.session_path("old"), sessions.session_path("fresh")
    Vault().save(old)
    Vault().save(fresh)
    past = time.time() - 40 * 86400
    os.utime(old, (past, past))
    assert sessions.purge_expired(0) == []  # 0: keep forever
    assert sessions.purge_expired(30) == ["old"]
    assert [i.name for i in sessions.list_sessions()] == ["fresh"]
    os.utime(fresh, (past, past))
    sessions.touch(fresh)
    assert sessions.purge_expired(30) == []
