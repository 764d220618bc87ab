"""The session workflow end to end: redact/restore --session/--style/--deterministic, and `promptscrub session ...`."""
import json
import os
import stat
import time

import pytest
from typer.testing import CliRunner

from promptscrub import vault_crypto
from promptscrub.cli import app

RULES = """
[detectors]
secrets = false
pii = false
internal = false

[[rules]]
id = "acme-ticket"
regex = '''\\bPAY-\\d{3,6}\\b'''
keywords = ["pay-"]
"""


@pytest.fixture
def cfg(tmp_path):
    path = tmp_path / ".promptscrub.toml"
    path.write_text(RULES)
    return path


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(vault_crypto, "SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    monkeypatch.delenv("PROMPTSCRUB_SESSION", raising=False)
    monkeypatch.delenv("PROMPTSCRUB_DETERMINISTIC_KEY", raising=False)


def run(*args, input=None):  # noqa: A002
    return CliRunner().invoke(app, list(args), input=input)


def test_a_session_keeps_placeholders_across_prompts_and_restores_liberal_forms(cfg, isolated_home):
    a = run("redact", "--config", str(cfg), "--session", "chat", input="PAY-1234 and PAY-5678")
    b = run("redact", "--config", str(cfg), "--session", "chat", input="again PAY-5678")
    assert a.exit_code == b.exit_code == 0
    assert a.stdout == "<ACME_TICKET_1> and <ACME_TICKET_2>" and b.stdout == "again <ACME_TICKET_2>"
    assert (isolated_home / "state" / "sessions" / "chat.json").exists()
    back = run("restore", "--session", "chat", input="[Acme_Ticket_1], ACME-TICKET-2 and <ACME_TICKET_7>\n")
    assert back.exit_code == 0 and back.stdout == "PAY-1234, PAY-5678 and <ACME_TICKET_7>\n"
    assert "<ACME_TICKET_7>" in back.stderr
    assert run("restore", "--session", "chat", "--strict", input="<ACME_TICKET_7>").exit_code == 1
    other = run("restore", "--session", "other", input="<ACME_TICKET_1>")
    assert other.stdout == "<ACME_TICKET_1>"  # sessions do not share values


def test_bad_session_names_exit_2_with_nothing_on_stdout(cfg):
    r = run("redact", "--config", str(cfg), "--session", "../x", input="PAY-1234")
    assert r.exit_code == 2 and r.stdout == "" and "session name" in r.stderr


def test_session_commands(cfg, tmp_path):
    run("redact", "--config", str(cfg), "--session", "s1", input="PAY-1234")
    listed = run("session", "list")
    assert listed.exit_code == 0 and listed.stdout.startswith("s1\t")
    shown = run("session", "show", "s1")
    assert shown.stdout == "<ACME_TICKET_1>\tACME_TICKET\n" and "PAY-1234" not in shown.stdout
    assert run("session", "show", "s1", "--reveal").stdout == "<ACME_TICKET_1>\tACME_TICKET\tPAY-1234\n"
    refused = run("session", "export", "-", "--session", "s1")
    assert refused.exit_code == 2 and refused.stdout == ""
    assert json.loads(run("session", "export", "-", "--session", "s1", "--stdout").stdout)["entries"][0]["value"] == "PAY-1234"
    out = tmp_path / "export.json"
    assert run("session", "export", str(out), "--session", "s1").exit_code == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert run("restore", "--map", str(out), input="<ACME_TICKET_1>").stdout == "PAY-1234"
    assert run("session", "import", str(out), "--session", "s2").exit_code == 0
    assert run("session", "show", "s2").stdout == shown.stdout
    assert run("session", "clear", "s1").exit_code == 0
    assert run("session", "show", "s1").exit_code == 2
    assert run("session", "clear", "--all").exit_code == 0
    assert run("session", "list").stdout == ""


def test_expired_sessions_are_purged_on_redact(cfg, isolated_home, tmp_path):
    run("redact", "--config", str(cfg), "--session", "old", input="PAY-1234")
    path = isolated_home / "state" / "sessions" / "old.json"
    past = time.time() - 3 * 86400
    os.utime(path, (past, past))
    short = tmp_path / "short.toml"
    short.write_text(RULES + "\n[session]\nmax_age_days = 2\n")
    run("redact", "--config", str(short), input="x")
    assert not path.exists()


def test_encrypted_session_and_wrong_key(cfg, isolated_home, monkeypatch):
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "right")
    assert run("redact", "--config", str(cfg), "--session", "e", input="PAY-1234").stdout == "<ACME_TICKET_1>"
    raw = (isolated_home / "state" / "sessions" / "e.json").read_bytes()
    assert b"PAY-1234" not in raw
    assert run("restore", "--session", "e", input="<ACME_TICKET_1>").stdout == "PAY-1234"
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "wrong")
    for args in (("restore", "--session", "e"), ("redact", "--config", str(cfg), "--session", "e"), ("session", "show", "e")):
        r = run(*args, input="PAY-1234 <ACME_TICKET_1>")
        assert r.exit_code == 2 and r.stdout == "" and "wrong vault key" in r.stderr
    assert (isolated_home / "state" / "sessions" / "e.json").read_bytes() == raw


def test_deterministic_mode_agrees_across_sessions_and_needs_a_key(cfg, monkeypatch):
    assert run("redact", "--config", str(cfg), "--deterministic", input="PAY-1234").exit_code == 2
    monkeypatch.setenv("PROMPTSCRUB_DETERMINISTIC_KEY", "k" * 16)
    a = run("redact", "--config", str(cfg), "--deterministic", "--session", "a", input="PAY-1234").stdout
    b = run("redact", "--config", str(cfg), "--deterministic", "--session", "b", input="PAY-9 PAY-1234").stdout
    assert a.startswith("<ACME_TICKET_") and len(a) == len("<ACME_TICKET_>") + 6 and b.endswith(a)


def test_styles(cfg, isolated_home, tmp_path):
    fake_cfg = tmp_path / "fake.toml"
    fake_cfg.write_text(RULES.replace('id = "acme-ticket"', 'id = "acme-ticket"\ntype = "EMAIL"') + '\n[placeholders]\nstyle = "fake"\n')
    red = run("redact", "--config", str(fake_cfg), "--session", "f", input="mail PAY-1234.")
    assert red.exit_code == 0 and red.stdout.endswith("@example.invalid.") and "PAY" not in red.stdout
    assert run("restore", "--session", "f", input=red.stdout).stdout == "mail PAY-1234."
    masked = run("redact", "--config", str(cfg), "--style", "mask", "--session", "m", input="PAY-1234!")
    assert masked.stdout == "********!"
    assert not (isolated_home / "state" / "sessions" / "m.json").exists()  # irreversible: no vault written
    hashed = run("redact", "--config", str(cfg), "--style", "hash", input="PAY-1234 PAY-1234")
    assert hashed.stdout.count("<ACME_TICKET#") == 2 and "PAY" not in hashed.stdout
    assert run("redact", "--config", str(cfg), "--style", "nope", input="x").exit_code == 2
