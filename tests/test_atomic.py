import os
import stat
from pathlib import Path

import pytest

from promptscrub.atomic import atomic_write, through_link


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


def test_chunks_are_written_in_order(tmp_path: Path):
    target = tmp_path / "f.json"
    atomic_write(target, (bytes([c]) for c in b"chunked"))
    assert target.read_bytes() == b"chunked"


def test_chunks_that_fail_leave_the_old_file_and_no_temp_file(tmp_path: Path):
    target = tmp_path / "f.json"
    target.write_bytes(b"old")

    def chunks():
        yield b"half"
        raise ValueError("serialising failed")

    with pytest.raises(ValueError):
        atomic_write(target, chunks())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_a_symbolic_link_stays_a_link_and_its_file_is_replaced(tmp_path: Path):
    """A linked mapping or settings file: the linked file changes, the link is not cut."""
    real = tmp_path / "vaults" / "project.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "m.json"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["project.json"]


def test_a_link_to_nothing_is_refused_and_nothing_is_created(tmp_path: Path):
    link = tmp_path / "m.json"
    link.symlink_to(tmp_path / "elsewhere" / "x.json")
    with pytest.raises(OSError, match="symbolic link to a missing file"):
        atomic_write(link, b"secret")
    assert link.is_symlink() and not (tmp_path / "elsewhere").exists()
    assert through_link(tmp_path / "plain.json") == tmp_path / "plain.json"
