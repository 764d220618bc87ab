"""``promptscrub rules import``: a gitleaks config as one of ours, checked and equivalent in what it finds."""
from __future__ import annotations

import json
import random
import string
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.cli import app

runner = CliRunner()
B62 = string.ascii_letters + string.digits


def fake(prefix: str, n: int = 24) -> str:
    return prefix + "".join(random.choice(B62) for _ in range(n))


GITLEAKS = r"""
title = "zqx import test"

[extend]
useDefault = true
disabledRules = ["email", "a-gitleaks-only-default"]

[[allowlists]]
description = "fixtures"
regexTarget = "line"
regexes = ["# it's a fixture"]

[[allowlists]]
targetRules = ["zqx-api-token"]
condition = "AND"
stopwords = ["sample"]
regexes = ['^zqx_']

[[rules]]
id = "zqx-api-token"
description = "ZQX API token, with a \"quoted\" word"
regex = '''tok(?i)en[:=]\s*(zqx_[[:alnum:]]{24})(?:[\s;,'"]|\z)'''
secretGroup = 1
entropy = 3.0
keywords = ["ZQX_"]

[rules.allowlist]
regexTarget = "match"
regexes = ['''^token=zqx_''']

[[rules]]
id = "zqx-webhook"
regex = '''https://hooks\.zqxchat\.io/(?:[A-Za-z0-9]{8}/){2}[A-Za-z0-9]{16}'''
keywords = ["hooks.zqxchat"]

[[rules]]
id = "zqx-keystore"
path = '''\.zqxks$'''

[[rules]]
id = "zqx-aux"
regex = "zqx-user-[0-9]+"
skipReport = true
"""


@pytest.fixture
def gitleaks_file(tmp_path: Path) -> Path:
    p = tmp_path / "gitleaks.toml"
    p.write_text(GITLEAKS, encoding="utf-8")
    return p


def sample() -> str:
    hook = "https://hooks.zqxchat.io/" + fake("", 8) + "/" + fake("", 8) + "/" + fake("", 16)
    lines = [
        f"tokEN: {fake('zqx_')};",                                   # found
        f"token={fake('zqx_')} ",                                    # rule allowlist (match target)
        f"tokEN: {fake('zqx_')}  # it's a fixture",                  # global allowlist (line target)
        f"tokEN: {fake('zqx_', 10)}Sample{fake('', 8)},",             # AND: starts with zqx_ and has the stopword
        f"post to {hook} now",
        "contact ops@zqx-corp.example.org",                          # email disabled by disabledRules
    ]
    return "\n".join(lines) + "\n"


def scan(config: Path, text: str) -> list[tuple[int, int, str]]:
    res = runner.invoke(app, ["scan", "--config", str(config), "--format", "jsonl", "-"], input=text)
    assert res.exit_code in (0, 1), res.stderr
    return [(d["start"], d["end"], d["type"]) for d in map(json.loads, res.stdout.splitlines())]


def test_round_trip(gitleaks_file: Path, tmp_path: Path):
    out = tmp_path / "imported.toml"
    res = runner.invoke(app, ["rules", "import", str(gitleaks_file), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""
    assert "converted 2 rule(s)" in res.stderr
    assert "'zqx-keystore'" in res.stderr and "path-only" in res.stderr
    assert "'zqx-aux'" in res.stderr and "skipReport" in res.stderr
    assert "'a-gitleaks-only-default'" in res.stderr
    doc = tomllib.loads(out.read_text(encoding="utf-8"))
    assert doc["disabled_rules"] == ["email"]
    assert [r["id"] for r in doc["rules"]] == ["zqx-api-token", "zqx-webhook"]
    assert doc["rules"][0]["secret_group"] == 1 and doc["rules"][0]["category"] == "secret"
    assert len(doc["allowlists"]) == 2 and doc["rules"][0]["allowlists"][0]["regexTarget"] == "match"

    check = runner.invoke(app, ["rules", "check", str(out)])
    assert check.exit_code == 0, check.stderr
    assert "2 rules" in check.stdout

    text = sample()
    direct, imported = scan(gitleaks_file, text), scan(out, text)
    assert direct == imported
    types = [t for _, _, t in direct]
    assert types.count("ZQX_API_TOKEN") == 1 and "EMAIL" not in types  # three of four tokens allowlisted
    hook_at = text.index("https://hooks.zqxchat.io/") + 30
    assert [t for s, e, t in direct if s <= hook_at < e] == ["ZQX_WEBHOOK"]


def test_stdout_by_default_and_loadable(gitleaks_file: Path, tmp_path: Path):
    res = runner.invoke(app, ["rules", "import", str(gitleaks_file)])
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith("# promptscrub config converted from the gitleaks config gitleaks.toml")
    assert tomllib.loads(res.stdout)["rules"]


def test_refuses_to_overwrite_without_force(gitleaks_file: Path, tmp_path: Path):
    out = tmp_path / "out.toml"
    out.write_text("keep me\n", encoding="utf-8")
    res = runner.invoke(app, ["rules", "import", str(gitleaks_file), "-o", str(out)])
    assert res.exit_code == 2 and "--force" in res.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"
    res = runner.invoke(app, ["rules", "import", str(gitleaks_file), "-o", str(out), "--force"])
    assert res.exit_code == 0, res.stderr
    assert "zqx-api-token" in out.read_text(encoding="utf-8")


def test_extend_path_is_carried_over(gitleaks_file: Path, tmp_path: Path):
    child = tmp_path / "sub" / "child.toml"
    child.parent.mkdir()
    child.write_text("title = 'c'\n[extend]\npath = '../gitleaks.toml'\n[[rules]]\nid = 'zqx-other'\nregex = 'zqo_[a-z]{8}'\n", encoding="utf-8")
    out = tmp_path / "elsewhere.toml"
    res = runner.invoke(app, ["rules", "import", str(child), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    doc = tomllib.loads(out.read_text(encoding="utf-8"))
    assert Path(doc["extend"]["path"]) == gitleaks_file.resolve()
    text = sample() + "zqo_abcdefgh\n"
    assert scan(out, text) == scan(child, text)


def test_not_a_gitleaks_file(tmp_path: Path):
    ours = tmp_path / ".promptscrub.toml"
    ours.write_text("[detectors]\npii = false\n", encoding="utf-8")
    res = runner.invoke(app, ["rules", "import", str(ours)])
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and "not a gitleaks config" in res.stderr and str(ours) in res.stderr


def test_bad_gitleaks_file(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("title = 'x'\n[[rules]]\nid = 'bad'\nregex = '(unclosed'\n", encoding="utf-8")
    res = runner.invoke(app, ["rules", "import", str(bad)])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and str(bad) in res.stderr and "'bad'" in res.stderr
