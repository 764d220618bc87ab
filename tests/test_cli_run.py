"""`promptscrub run -- CMD`: the AI CLI sees only placeholders; its answer comes back restored, as it streams."""
from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers_subprocess import FAKE_AI, PROMPTSCRUB, env_for, promptscrub

from promptscrub.cli_run import StreamRestore, check_not_interactive, InteractiveRefused
from promptscrub.vault import Vault


def fake(config: Path, *args: str) -> list[str]:
    return ["run", "--config", str(config), "--", sys.executable, str(FAKE_AI), *args]


def test_the_child_sees_only_placeholders_and_the_answer_is_restored(ticket_config: Path, tmp_path: Path, isolated_home: Path):
    seen_file = tmp_path / "seen.json"
    r = promptscrub(*fake(ticket_config, "fix PAY-1234 now", "and PAY-777"), home=isolated_home,
                    input=b"log: PAY-1234 failed\n", FAKE_AI_SEEN=str(seen_file))
    assert r.returncode == 0, r.stderr
    seen = json.loads(seen_file.read_text())
    assert seen == {"argv": ["fix <ACME_TICKET_1> now", "and <ACME_TICKET_2>"], "stdin": "log: <ACME_TICKET_1> failed\n"}
    out = r.stdout.decode()
    assert "Answer: fix PAY-1234 now | and PAY-777 | log: PAY-1234 failed" in out
    assert "<ACME_TICKET" not in out


def test_exit_code_passes_through_and_stderr_is_untouched_by_default(ticket_config: Path, isolated_home: Path):
    r = promptscrub(*fake(ticket_config, "PAY-1234"), home=isolated_home, FAKE_AI_MODE="stderr", FAKE_AI_EXIT="7")
    assert r.returncode == 7
    assert r.stdout.decode() == "Answer: PAY-1234\n"
    assert "Answer: <ACME_TICKET_1>" in r.stderr.decode()
    r2 = promptscrub("run", "--config", str(ticket_config), "--restore-stderr", "--", sys.executable, str(FAKE_AI), "PAY-1234",
                     home=isolated_home, FAKE_AI_MODE="stderr")
    assert "Answer: PAY-1234" in r2.stderr.decode()


def test_placeholders_split_across_writes_are_restored(ticket_config: Path, isolated_home: Path):
    r = promptscrub(*fake(ticket_config, "a PAY-1234 b PAY-5678 c"), home=isolated_home, FAKE_AI_MODE="stream")
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == "Answer: a PAY-1234 b PAY-5678 c\n"


def test_output_streams_before_the_child_exits_and_sigint_reaches_it(ticket_config: Path, isolated_home: Path):
    proc = subprocess.Popen([*PROMPTSCRUB, *fake(ticket_config, "PAY-1234")], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(isolated_home, FAKE_AI_MODE="wait"))
    try:
        first = proc.stdout.readline()  # the child is still sleeping: this line arrived by streaming
        assert first == b"Answer: PAY-1234\n"
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        rest, _ = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert rest == b"got SIGINT\n"
    assert proc.returncode == 128 + signal.SIGINT


def test_sigterm_is_forwarded(ticket_config: Path, isolated_home: Path):
    proc = subprocess.Popen([*PROMPTSCRUB, *fake(ticket_config, "x")], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(isolated_home, FAKE_AI_MODE="wait"))
    try:
        assert proc.stdout.readline() == b"Answer: x\n"
        proc.terminate()
        rest, _ = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert rest == b"got SIGTERM\n" and proc.returncode == 128 + signal.SIGTERM


def test_an_interactive_tui_is_refused_with_a_message_not_a_hang(isolated_home: Path):
    pid, fd = pty.fork()
    if pid == 0:  # child: stdin/stdout/stderr are the pty
        os.environ["PROMPTSCRUB_HOME"] = str(isolated_home)
        os.execv(sys.executable, [*PROMPTSCRUB, "run", "--", sys.executable])
    out = b""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2
    text = out.decode(errors="replace").replace("\r\n", " ").replace("\n", " ")
    assert "interactive session" in text and "print/exec modes" in text


def test_check_not_interactive():
    check_not_interactive(["claude", "-p", "hi"], stdin_is_tty=True)
    check_not_interactive(["claude"], stdin_is_tty=False)
    try:
        check_not_interactive(["claude"], stdin_is_tty=True)
    except InteractiveRefused:
        pass
    else:
        raise AssertionError("a bare TUI on a terminal must be refused")


def test_errors_fail_closed(ticket_config: Path, isolated_home: Path, tmp_path: Path):
    missing = promptscrub("run", "--config", str(ticket_config), "--", "no-such-ai-cli-xyz", "PAY-1234", home=isolated_home)
    assert missing.returncode == 2 and missing.stdout == b"" and b"command not found" in missing.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]]\nid='x'\nregex='('\n")
    r = promptscrub(*fake(bad, "PAY-1234"), home=isolated_home, FAKE_AI_SEEN=str(tmp_path / "seen"))
    assert r.returncode == 2 and r.stdout == b"" and not (tmp_path / "seen").exists()  # nothing ran


def test_a_session_keeps_its_own_vault(ticket_config: Path, isolated_home: Path):
    r = promptscrub("run", "--config", str(ticket_config), "--session", "review", "--", sys.executable, str(FAKE_AI), "PAY-1234", home=isolated_home)
    assert r.returncode == 0
    assert (isolated_home / "state" / "sessions" / "review.json").exists()
    back = promptscrub("restore", "--map", str(isolated_home / "state" / "sessions" / "review.json"), home=isolated_home, input=b"<ACME_TICKET_1>")
    assert back.stdout == b"PAY-1234"
    assert promptscrub("run", "--session", "../x", "--", "true", home=isolated_home).returncode == 2


def test_stream_restore_holds_back_only_an_unfinished_placeholder():
    v = Vault()
    ph = v.placeholder_for("EMAIL", "a@b.c")
    r = StreamRestore(v)
    text = f"mail {ph} now <not a placeholder> and {ph}"
    out = "".join(r.feed(text[i:i + 2]) for i in range(0, len(text), 2)) + r.flush()
    assert out == "mail a@b.c now <not a placeholder> and a@b.c"
    assert r.feed("x <EMAIL_") == "x " and r.feed("1> y") == "a@b.c y"
