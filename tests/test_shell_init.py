"""`promptscrub shell-init`: the functions are valid shell, and a wrapped AI CLI sees only placeholders."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.cli import app
from promptscrub.shell_init import AI_CLIS, render

runner = CliRunner()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_every_shell_gets_every_tool_and_scrub(shell: str):
    result = runner.invoke(app, ["shell-init", shell, "--all"])
    assert result.exit_code == 0
    for name in AI_CLIS:
        assert f"promptscrub run -- {name}" in result.stdout
    assert "scrub" in result.stdout and "PROMPTSCRUB_SESSION" in result.stdout
    if shutil.which(shell):
        check = subprocess.run([shell, "-n"], input=result.stdout.encode(), capture_output=True)
        assert check.returncode == 0, check.stderr


def test_only_tools_on_path_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fake = tmp_path / "llm"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    out = runner.invoke(app, ["shell-init", "zsh"]).stdout
    assert "promptscrub run -- llm" in out and "promptscrub run -- claude" not in out


def test_unknown_shell_is_a_usage_error():
    result = runner.invoke(app, ["shell-init", "tcsh"])
    assert result.exit_code == 2 and "unknown shell" in result.stderr


def test_a_bash_wrapped_cli_sees_placeholders(ticket_config: Path, tmp_path: Path, isolated_home: Path):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    claude = bindir / "claude"  # a fake `claude -p` that records its arguments and answers with them
    claude.write_text(f"#!{sys.executable}\nimport sys\nopen({str(tmp_path / 'argv')!r}, 'w').write(repr(sys.argv[1:]))\nprint('ok', *sys.argv[1:])\n")
    claude.chmod(0o755)
    ps = Path(shutil.which("promptscrub") or sys.executable).parent
    script = render("bash", ["claude"]) + 'claude -p "close PAY-1234"\n'
    env = {"PATH": f"{bindir}:{ps}:/usr/bin:/bin", "PROMPTSCRUB_HOME": str(isolated_home), "PROMPTSCRUB_CONFIG": str(ticket_config)}
    r = subprocess.run(["bash", "-c", script], capture_output=True, env=env, stdin=subprocess.DEVNULL, timeout=30)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "argv").read_text() == "['-p', 'close <ACME_TICKET_1>']"
    assert r.stdout == b"ok -p close PAY-1234\n"
