"""The CLI contract, as the README tells it: redact, restore, scan, rules; exit codes 0/1/2."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.cli import app, with_default_command

runner = CliRunner()


def cli(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, with_default_command(list(args)), input=input)


def test_bare_invocation_means_redact():
    assert with_default_command([]) == ["redact"]
    assert with_default_command(["prompt.txt"]) == ["redact", "prompt.txt"]
    assert with_default_command(["-q", "x"]) == ["redact", "-q", "x"]
    assert with_default_command(["scan", "x"]) == ["scan", "x"]
    assert with_default_command(["--version"]) == ["--version"]


def test_version():
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("promptscrub ")


def test_stdin_to_stdout_and_back(ticket_config: Path, tmp_path: Path):
    """pbpaste | promptscrub | pbcopy, then promptscrub restore on the answer."""
    m = tmp_path / "m.json"
    red = cli("--config", str(ticket_config), "--map", str(m), input="fix PAY-1234 now\r\n")
    assert red.exit_code == 0, red.stderr
    assert red.stdout_bytes == b"fix <ACME_TICKET_1> now\r\n"  # .stdout would fold CRLF
    back = cli("restore", "--map", str(m), input="Done: <ACME_TICKET_1> closed.")
    assert back.exit_code == 0
    assert back.stdout == "Done: PAY-1234 closed."


def test_nothing_to_redact_still_writes_the_mapping(ticket_config: Path, tmp_path: Path):
    """`redact --map m | llm | restore --map m` on a prompt with nothing in it: the answer still comes back."""
    m = tmp_path / "m.json"
    red = cli("--config", str(ticket_config), "--map", str(m), input="how do I sort a list?\n")
    assert red.exit_code == 0 and red.stdout == "how do I sort a list?\n"
    assert stat.S_IMODE(os.stat(m).st_mode) == 0o600
    back = cli("restore", "--map", str(m), input="Use sorted(xs).")
    assert back.exit_code == 0 and back.stdout == "Use sorted(xs)."
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text("nothing here", encoding="utf-8")
    m2 = tmp_path / "m2.json"
    assert cli("redact", str(tree), "--out-dir", str(tmp_path / "out"), "--config", str(ticket_config), "--map", str(m2)).exit_code == 0
    assert cli("restore", str(tmp_path / "out"), "--out-dir", str(tmp_path / "back"), "--map", str(m2)).exit_code == 0
    assert (tmp_path / "back" / "a.txt").read_text() == "nothing here"


def test_default_session_vault_is_used_without_map(ticket_config: Path, isolated_home: Path):
    cli("redact", "--config", str(ticket_config), input="PAY-4242")
    vaults = list(isolated_home.rglob("default.json"))
    assert len(vaults) == 1
    assert stat.S_IMODE(os.stat(vaults[0]).st_mode) == 0o600
    assert cli("restore", input="<ACME_TICKET_1>").stdout == "PAY-4242"


def test_mapping_is_never_printed(ticket_config: Path, tmp_path: Path):
    result = cli("--config", str(ticket_config), "--map", str(tmp_path / "m.json"), input="PAY-1234")
    assert "PAY-1234" not in result.stdout + result.stderr


def test_one_file_writes_to_stdout(ticket_config: Path, tmp_path: Path):
    src = tmp_path / "prompt.txt"
    src.write_text("PAY-1234", encoding="utf-8")
    result = cli(str(src), "--config", str(ticket_config), "--map", str(tmp_path / "m.json"))
    assert result.stdout == "<ACME_TICKET_1>"


def test_a_tree_needs_out_dir_and_keeps_relative_paths(ticket_config: Path, tmp_path: Path):
    tree = tmp_path / "src"
    (tree / "pkg").mkdir(parents=True)
    (tree / "pkg" / "a.txt").write_text("PAY-1234", encoding="utf-8")
    (tree / "b.txt").write_text("PAY-5678 PAY-1234", encoding="utf-8")
    m = tmp_path / "m.json"
    usage = cli("redact", str(tree), "--config", str(ticket_config), "--map", str(m))
    assert usage.exit_code == 2 and "--out-dir" in usage.stderr
    out = tmp_path / "safe"
    ok = cli("redact", str(tree), "--out-dir", str(out), "--config", str(ticket_config), "--map", str(m))
    assert ok.exit_code == 0, ok.stderr
    # files of a folder come before its subfolders, each in name order
    assert (out / "b.txt").read_text() == "<ACME_TICKET_1> <ACME_TICKET_2>"
    assert (out / "pkg" / "a.txt").read_text() == "<ACME_TICKET_2>"
    back = tmp_path / "back"
    assert cli("restore", str(out), "--out-dir", str(back), "--map", str(m)).exit_code == 0
    assert (back / "b.txt").read_text() == "PAY-5678 PAY-1234"


def test_out_dir_never_overwrites_an_input(ticket_config: Path, tmp_path: Path):
    (tmp_path / "a.txt").write_text("PAY-1234", encoding="utf-8")
    result = cli("redact", str(tmp_path / "a.txt"), "--out-dir", str(tmp_path), "--config", str(ticket_config))
    assert result.exit_code == 2 and "overwrite an input" in result.stderr
    assert (tmp_path / "a.txt").read_text() == "PAY-1234"


def test_scan_jsonl_contract(ticket_config: Path, tmp_path: Path):
    src = tmp_path / "t.txt"
    src.write_text("ok\nsee PAY-1234\n", encoding="utf-8")
    result = cli("scan", str(src), "--format", "jsonl", "--config", str(ticket_config))
    assert result.exit_code == 1
    (rec,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {k: rec[k] for k in ("path", "start", "end", "line", "rule", "category", "type")} == {
        "path": str(src), "start": 7, "end": 15, "line": 2, "rule": "acme-ticket", "category": "custom", "type": "ACME_TICKET"}
    assert "PAY-1234" not in result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_scan_exit_codes(ticket_config: Path, fmt: str):
    assert cli("scan", "--format", fmt, "--config", str(ticket_config), input="clean text").exit_code == 0
    assert cli("scan", "--format", fmt, "--config", str(ticket_config), input="PAY-1234").exit_code == 1
    assert cli("scan", "--format", fmt, "--exit-zero", "--config", str(ticket_config), input="PAY-1234").exit_code == 0


def test_scan_bad_format_is_usage_error():
    assert cli("scan", "--format", "xml", input="x").exit_code == 2


def test_restore_strict_and_unresolved(tmp_path: Path, ticket_config: Path):
    m = tmp_path / "m.json"
    cli("--config", str(ticket_config), "--map", str(m), input="PAY-1234")
    loose = cli("restore", "--map", str(m), input="<ACME_TICKET_9>")
    assert loose.exit_code == 0 and "<ACME_TICKET_9>" in loose.stderr
    assert cli("restore", "--strict", "--map", str(m), input="<ACME_TICKET_9>").exit_code == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\xff\xfe\x00bad", "binary"), (b"caf\xe9", "not valid UTF-8")],
)
def test_bad_input_is_a_clear_error(data: bytes, message: str):
    result = cli(input=data)
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""


def test_corrupt_mapping_is_refused_and_untouched(tmp_path: Path, ticket_config: Path):
    m = tmp_path / "m.json"
    m.write_text("{broken", encoding="utf-8")
    result = cli("--config", str(ticket_config), "--map", str(m), input="PAY-1234")
    assert result.exit_code == 2 and "corrupt" in result.stderr
    assert result.stdout == "" and m.read_text() == "{broken"


def test_fail_closed_prints_nothing_when_a_detector_breaks(monkeypatch: pytest.MonkeyPatch, ticket_config: Path, tmp_path: Path):
    """An unexpected error mid-way: exit 2, one line on stderr, nothing on stdout."""
    from promptscrub import scrubber

    def boom(self, text, path=None, **options):
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(scrubber.Scrubber, "find", boom)
    result = cli("--config", str(ticket_config), "--map", str(tmp_path / "m.json"), input="PAY-1234 and more")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "detector exploded" in result.stderr


def test_bad_config_is_exit_2_naming_the_key(tmp_path: Path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("disabled_rule = ['x']\n", encoding="utf-8")
    result = cli("--config", str(cfg), input="x")
    assert result.exit_code == 2 and "disabled_rule" in result.stderr and result.stdout == ""


def test_rules_list_and_check(ticket_config: Path, tmp_path: Path):
    listed = cli("rules", "list", "--config", str(ticket_config))
    assert listed.exit_code == 0 and "acme-ticket\tcustom\tACME_TICKET" in listed.stdout
    good = tmp_path / "good.toml"
    good.write_text(GOOD_PACK, encoding="utf-8")
    assert cli("rules", "check", str(good)).exit_code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]]\nid='t'\nregex='''T-\\d+'''\nexamples=['T-x']\n", encoding="utf-8")
    result = cli("rules", "check", str(bad))
    assert result.exit_code == 2 and "bad.toml: rule 't': example does not match" in result.stderr


def test_builtin_rule_packs_pass_their_own_check():
    result = cli("rules", "check")
    assert result.exit_code == 0, result.stderr

GOOD_PACK = """
[[rules]]
id = "t"
regex = '''\\bT-[a-z0-9]{12}\\b'''
examples = ["T-q8vz2k4m7x1p"]
negative_examples = ["XT-q8vz2k4m7x1p"]
"""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["redact", "restore"])
def test_a_full_device_under_stdout_is_one_line_and_exit_2(command: str, tmp_path: Path):
    """``promptscrub > /dev/full``: one line saying what failed, exit 2; not "internal error", and no second
    failure when the interpreter flushes stdout at exit ("Exception ignored ...", exit 120)."""
    import subprocess

    from helpers_subprocess import PROMPTSCRUB, env_for

    subprocess.run([*PROMPTSCRUB, "redact", "--map", str(tmp_path / "m.json")], input=b"x\n", env=env_for(tmp_path),
                   stdout=subprocess.DEVNULL, check=True, timeout=60)  # restore needs a mapping to start from
    with open("/dev/full", "w") as full:
        r = subprocess.run([*PROMPTSCRUB, command, "--map", str(tmp_path / "m.json")], input=b"mail ana@example.org\n" * 2000,
                           stdout=full, stderr=subprocess.PIPE, env=env_for(tmp_path), timeout=60)
    lines = r.stderr.decode().strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and "cannot write: No space left on device" in lines[0], r.stderr
