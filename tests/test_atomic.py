import os
import stat
from pathlib import Path

import pytest

from promptscrub.atomic import atomic_write


def test_replaces_in_one_step_with_the_given_mode(tmp_path: Path):
    target = tmp_path / "f.json"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, b"new", 0o640)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path):
    target = tmp_path / "missing-dir" / "f.json"
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert not target.exists()
