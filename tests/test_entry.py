"""The entry point's quick path: ``promptscrub redact`` with the common options runs without Typer,
and must behave exactly as the Typer command does (same bytes out, same exit code, same vault)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers_subprocess import promptscrub
from promptscrub.cli import app
from promptscrub.entry import quick_args

PROMPT = "mail ops@acme-corp.example about psql postgres://admin:Zq8vLm2pTx9w@db.internal/app\r\nthanks\n"


@pytest.mark.parametrize(("argv", "expected"), [
    (["redact"], {"paths": None, "quiet": False, "session": None}),
    (["redact", "a.txt", "-", "-q"], {"paths": ["a.txt", "-"], "quiet": True, "session": None}),
    (["redact", "--map", "m.json", "--map=n.json"], {"paths": None, "quiet": False, "map_path": Path("n.json"), "session": None}),
    (["redact", "--style", "mask", "--no-deterministic", "--session=s1"],
     {"paths": None, "quiet": False, "style": "mask", "deterministic": False, "session": "s1"}),
    (["restore", "answer.md", "--strict", "-q", "--map=m.json"],
     {"paths": ["answer.md"], "quiet": True, "strict": True, "map_path": Path("m.json"), "session": None}),
])
def test_common_command_lines_take_the_quick_path(argv, expected, monkeypatch):
    monkeypatch.delenv("PROMPTSCRUB_SESSION", raising=False)
    assert quick_args(argv) == expected


@pytest.mark.parametrize("argv", [
    ["redact", "--help"], ["redact", "--jobs", "2", "x"], ["redact", "--map"], ["redact", "--map", "--quiet"],
    ["redact", "--map="], ["redact", "--quiet=yes"], ["redact", "--", "-x"], ["redact", "--typo"], ["scan", "x"],
    ["restore", "--style", "mask"], ["restore", "--config", "c.toml"], ["restore", "--strict=yes"], ["restore", "--help"],
])
def test_anything_else_goes_to_typer(argv):
    assert quick_args(argv) is None


def test_session_comes_from_the_environment_like_typer(monkeypatch):
    monkeypatch.setenv("PROMPTSCRUB_SESSION", "review-7")
    assert quick_args(["redact"])["session"] == "review-7"
    assert quick_args(["restore", "--session", "other"])["session"] == "other"


CASES = [
    ("file and map", ["redact", "{prompt}", "--map", "{home}/m.json"], None),
    ("stdin and --map=", ["redact", "--map={home}/m.json"], PROMPT),
    ("default command, quiet", ["-q", "{prompt}", "--map", "{home}/m.json"], None),
    ("mask style", ["redact", "{prompt}", "--style", "mask"], None),
    ("missing file", ["redact", "{home}/nope.txt", "--map", "{home}/m.json"], None),
    ("bad config", ["redact", "{prompt}", "--config", "{home}/bad.toml", "--map", "{home}/m.json"], None),
    ("named session", ["redact", "{prompt}", "--session", "s1"], None),
    ("restore a file", ["restore", "{answer}", "--map", "{home}/m.json"], None),
    ("restore stdin, strict", ["restore", "--map", "{home}/m.json", "--strict"], "see <EMAIL_1> and <EMAIL_9>\n"),
    ("restore, missing map", ["restore", "{answer}", "--map", "{home}/nope.json", "-q"], None),
]


@pytest.mark.parametrize(("name", "argv", "stdin"), CASES, ids=[c[0] for c in CASES])
def test_quick_path_and_typer_agree(name, argv, stdin, tmp_path, monkeypatch):
    results = {}
    for way in ("quick", "typer"):
        home = tmp_path / way
        home.mkdir()
        (home / "prompt.txt").write_bytes(PROMPT.encode())
        (home / "bad.toml").write_text("[detectors]\nsecrets = 'yes'\n")
        if argv[0] == "restore":  # the answer to restore: the prompt redacted into m.json
            answer = promptscrub("redact", str(home / "prompt.txt"), "--map", str(home / "m.json"), home=home)
            (home / "answer.txt").write_bytes(answer.stdout)
        args = [a.format(home=home, prompt=home / "prompt.txt", answer=home / "answer.txt") for a in argv]
        data = stdin.encode() if stdin is not None else None
        full = args if args[0] in ("redact", "restore") else ["redact", *args]
        if way == "quick":
            assert quick_args(full) is not None
            proc = promptscrub(*args, home=home, input=data)
            out, err, code = proc.stdout, proc.stderr.decode(), proc.returncode
        else:
            monkeypatch.setenv("PROMPTSCRUB_HOME", str(home))
            monkeypatch.delenv("PROMPTSCRUB_SESSION", raising=False)
            res = CliRunner().invoke(app, full, input=data)
            out, err, code = res.stdout_bytes, res.stderr, res.exit_code
        vaults = sorted(p.relative_to(home).as_posix() for p in home.rglob("*.json"))
        results[way] = (out, err.replace(str(home), "HOME"), code, vaults)
    assert results["quick"] == results["typer"]
    if name == "file and map":
        assert results["quick"][2] == 0 and b"ops@acme-corp.example" not in results["quick"][0]
    if name == "restore a file":
        assert results["quick"][:3] == (PROMPT.encode(), "", 0)
    if name == "restore stdin, strict":
        assert results["quick"][0] == b"see ops@acme-corp.example and <EMAIL_9>\n" and results["quick"][2] == 1


def test_a_one_line_redact_imports_nothing_it_does_not_run(tmp_path):
    """The cold start of ``promptscrub redact`` in a pipe: no Typer, no typing, no heavy library loaded
    (once the first run has filled the cache: that one compiles the rules)."""
    import subprocess
    import sys

    import promptscrub

    prompt = tmp_path / "prompt.txt"
    prompt.write_text("please fix: psql postgres://admin:Xq7vT2mPzR9w@db.example.com/app fails\n")
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        f"sys.argv = ['promptscrub', 'redact', {str(prompt)!r}, '--map', {str(tmp_path / 'map.json')!r}]\n"
        "import promptscrub.entry\n"
        "try:\n    promptscrub.entry.main()\nexcept SystemExit:\n    pass\n"
        "new = set(sys.modules) - before\n"
        "heavy = ('typing', 'typer', 'click', 'rich', 'regex', 'hyperscan', 'detect_secrets', 'presidio_anonymizer',"
        " 'pygments', 'phonenumbers', 'cryptography')\n"
        "print('LOADED', sorted(m for m in new if m.split('.')[0] in heavy), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTSCRUB_")}
    env["PROMPTSCRUB_HOME"] = str(tmp_path / "home")
    subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60, check=True)
    # again, without site (whose .pth files may import typing first) and with the package alone on the path
    env["PYTHONPATH"] = str(Path(promptscrub.__file__).resolve().parent.parent)
    proc = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert "<URL_PASSWORD_1>" in proc.stdout
    assert "LOADED []" in proc.stderr


def test_the_quick_path_collects_garbage_again_once_started(tmp_path):
    """The quick path runs start-up without the garbage collector (cli_common.settle): it must be on again,
    with start-up's objects frozen, by the time the input is redacted."""
    import subprocess
    import sys

    prompt = tmp_path / "prompt.txt"
    prompt.write_text("mail ops@acme-corp.example\n")
    code = (
        "import gc, sys\n"
        "from promptscrub import scrubber\n"
        "seen = []\n"
        "redact = scrubber.Scrubber.redact\n"
        "def spy(self, *a, **k):\n    seen.append((gc.isenabled(), gc.get_freeze_count() > 1000))\n    return redact(self, *a, **k)\n"
        "scrubber.Scrubber.redact = spy\n"
        f"sys.argv = ['promptscrub', 'redact', {str(prompt)!r}, '--map', {str(tmp_path / 'map.json')!r}]\n"
        "import promptscrub.entry\n"
        "try:\n    promptscrub.entry.main()\nexcept SystemExit:\n    pass\n"
        "print('SEEN', seen, file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMPTSCRUB_")}
    env["PROMPTSCRUB_HOME"] = str(tmp_path / "home")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert "<EMAIL_1>" in proc.stdout
    assert "SEEN [(True, True)]" in proc.stderr
