"""`scan --write-baseline` / `--baseline`: known findings accepted, new ones reported, no values stored."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.baseline import KEY_ENV, Baseline

runner = CliRunner()


def scan(*args: str):
    from promptscrub.cli import app

    return runner.invoke(app, ["scan", *args])


def test_baseline_accepts_known_findings_and_reports_new_ones(ticket_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("old PAY-1234\nold PAY-5678\n")
    w = scan("a.txt", "--config", str(ticket_config), "--write-baseline", "base.json")
    assert w.exit_code == 0 and w.stdout == ""
    stored = Path("base.json").read_text()
    assert "PAY-1234" not in stored and "PAY-5678" not in stored
    assert len(json.loads(stored)["findings"]) == 2
    assert scan("a.txt", "--config", str(ticket_config), "--baseline", "base.json").exit_code == 0
    # moving a known finding to another line keeps it accepted; a new value, or the same value in a new file, is reported
    Path("a.txt").write_text("\n\nold PAY-5678\nold PAY-1234\nnew PAY-999\n")
    Path("b.txt").write_text("PAY-1234\n")
    r = scan("a.txt", "b.txt", "--config", str(ticket_config), "--baseline", "base.json", "--format", "jsonl")
    assert r.exit_code == 1
    found = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(f["path"], f["line"]) for f in found] == [("a.txt", 5), ("b.txt", 1)]
    assert "2 known finding(s)" in r.stderr


def test_rewriting_keeps_the_salt(ticket_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("PAY-1234\n")
    scan("a.txt", "--config", str(ticket_config), "--write-baseline", "b.json")
    first = json.loads(Path("b.json").read_text())
    scan("a.txt", "--config", str(ticket_config), "--write-baseline", "b.json")
    assert json.loads(Path("b.json").read_text()) == first


def test_a_keyed_baseline_needs_its_key(ticket_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("PAY-1234\n")
    monkeypatch.setenv(KEY_ENV, "ci-secret")
    scan("a.txt", "--config", str(ticket_config), "--write-baseline", "k.json")
    assert json.loads(Path("k.json").read_text())["keyed"] is True
    assert scan("a.txt", "--config", str(ticket_config), "--baseline", "k.json").exit_code == 0
    monkeypatch.setenv(KEY_ENV, "other")
    assert scan("a.txt", "--config", str(ticket_config), "--baseline", "k.json").exit_code == 1
    monkeypatch.delenv(KEY_ENV)
    r = scan("a.txt", "--config", str(ticket_config), "--baseline", "k.json")
    assert r.exit_code == 2 and KEY_ENV in r.stderr


def test_digest_depends_on_rule_path_and_value():
    b = Baseline(salt=b"0" * 16)
    d = b.digest("r", "a.txt", "v")
    assert d != b.digest("r2", "a.txt", "v") and d != b.digest("r", "b.txt", "v") and d != b.digest("r", "a.txt", "w")
    assert d == b.digest("r", "./a.txt", "v")
    assert Baseline(salt=b"1" * 16).digest("r", "a.txt", "v") != d


def test_missing_or_foreign_baseline_is_an_error(ticket_config: Path, tmp_path: Path):
    (tmp_path / "a.txt").write_text("x\n")
    assert scan(str(tmp_path / "a.txt"), "--config", str(ticket_config), "--baseline", str(tmp_path / "nope.json")).exit_code == 2
    (tmp_path / "f.json").write_text("{}")
    assert scan(str(tmp_path / "a.txt"), "--config", str(ticket_config), "--baseline", str(tmp_path / "f.json")).exit_code == 2
