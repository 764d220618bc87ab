from pathlib import Path

import pytest

from promptscrub.inputs import InputError, Skipped, Source, decode, expand, walk


def test_decode_keeps_bom_and_crlf():
    assert decode("\ufeffa\r\nb".encode(), "x") == "\ufeffa\r\nb"


@pytest.mark.parametrize(("data", "message"), [(b"\xff\xfeabc", "not valid UTF-8"), (b"ab\0cd", "binary")])
def test_bad_bytes_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f.bin")


def test_walk_skips_gitignored_binary_and_git(tmp_path: Path):
    (tmp_path / ".gitignore").write_text("*.log\nbuild/\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("hi", encoding="utf-8")
    (tmp_path / "x.log").write_text("ignored", encoding="utf-8")
    (tmp_path / "img.bin").write_bytes(b"\x89PNG\0\0")
    for d in ("build", ".git", "src"):
        (tmp_path / d).mkdir()
    (tmp_path / "build" / "out.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / ".git" / "config").write_text("ignored", encoding="utf-8")
    (tmp_path / "src" / "m.py").write_text("x = 1", encoding="utf-8")
    items = list(walk(tmp_path))
    sources = sorted(str(i.rel) for i in items if isinstance(i, Source))
    skipped = {Path(i.display).name: i.reason for i in items if isinstance(i, Skipped)}
    assert sources == [".gitignore", "a.txt", "src/m.py"]
    assert skipped == {"x.log": "ignored by .gitignore", "img.bin": "binary"}


def test_expand_stdin_and_missing(tmp_path: Path):
    sources, _, had_dir = expand([])
    assert sources[0].path is None and not had_dir
    with pytest.raises(InputError, match="no such file"):
        expand([str(tmp_path / "missing.txt")])
