"""`promptscrub clip`: the clipboard is redacted in place and restored, through a fake xclip."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.cli import app
from promptscrub.clipboard import ClipboardError, detect

runner = CliRunner()


@pytest.fixture
def fake_xclip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `xclip` on PATH whose clipboard is a file."""
    board = tmp_path / "board.txt"
    tool = tmp_path / "bin" / "xclip"
    tool.parent.mkdir()
    tool.write_text(f"""#!{sys.executable}
import sys
board = {str(board)!r}
if "-o" in sys.argv:
    sys.stdout.buffer.write(open(board, "rb").read())
else:
    open(board, "wb").write(sys.stdin.buffer.read())
""")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tool.parent))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return board


def test_clip_redacts_in_place_and_restore_undoes_it(fake_xclip: Path, ticket_config: Path):
    fake_xclip.write_text("please fix PAY-1234\n")
    r = runner.invoke(app, ["clip", "--config", str(ticket_config)])
    assert r.exit_code == 0, r.stderr
    assert fake_xclip.read_text() == "please fix <ACME_TICKET_1>\n"
    assert "redacted 1" in r.stderr and "PAY-1234" not in r.stderr
    fake_xclip.write_text("Fixed <ACME_TICKET_1>.")
    r = runner.invoke(app, ["clip", "--restore"])
    assert r.exit_code == 0 and fake_xclip.read_text() == "Fixed PAY-1234."


def test_clip_fails_closed_on_a_bad_config(fake_xclip: Path, tmp_path: Path):
    fake_xclip.write_text("PAY-1234")
    bad = tmp_path / "bad.toml"
    bad.write_text("unknown_key = 1\n")
    r = runner.invoke(app, ["clip", "--config", str(bad)])
    assert r.exit_code == 2 and fake_xclip.read_text() == "PAY-1234"


def test_no_clipboard_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setitem(sys.modules, "pyperclip", None)
    with pytest.raises(ClipboardError, match="no clipboard found"):
        detect(platform="linux")
    r = runner.invoke(app, ["clip"])
    assert r.exit_code == 2 and "no clipboard found" in r.stderr and r.stdout == ""
