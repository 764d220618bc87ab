"""gitleaks config files through ``--config``: detected by shape, converted to our rules and allowlists.

The gitleaks files here are written for the tests (never copied from gitleaks' own rule files), and
every token is generated at test time.
"""
from __future__ import annotations

import json
import random
import re
import string
import tomllib
from pathlib import Path

import pytest
from helpers_subprocess import promptscrub
from typer.testing import CliRunner

from promptscrub.cli import app, with_default_command
from promptscrub.config import ConfigError, load_config_file
from promptscrub.config_layers import looks_like_gitleaks
from promptscrub.gitleaks_config import go_regex

runner = CliRunner()
B62 = string.ascii_letters + string.digits


def fake(prefix: str = "zqx_", n: int = 24) -> str:
    return prefix + "".join(random.choice(B62) for _ in range(n))


GITLEAKS = """
title = "zqx test config"

[extend]
useDefault = true
disabledRules = ["a-gitleaks-default-rule-we-do-not-have"]

[allowlist]
description = "test fixtures"
regexes = ['''^zqx_0000''']

[[rules]]
id = "zqx-api-token"
description = "ZQX API token"
# Go syntax: a mid-pattern (?i), a POSIX class, \\z; the token is group 1
regex = '''tok(?i)en[:=]\\s*(zqx_[[:alnum:]]{24})(?:[\\s;,]|\\z)'''
secretGroup = 1
entropy = 3.0
keywords = ["ZQX_"]
tags = ["zqx", "api"]

[[rules.allowlists]]
description = "documentation"
stopwords = ["docsonly"]

[[rules]]
id = "zqx-keystore"
description = "a keystore file"
path = '''\\.zqxks$'''
"""


@pytest.fixture
def gitleaks_file(tmp_path: Path) -> Path:
    p = tmp_path / "gitleaks.toml"
    p.write_text(GITLEAKS, encoding="utf-8")
    return p


def redact(cfg: Path, text: str, tmp_path: Path) -> str:
    res = runner.invoke(app, with_default_command(["--config", str(cfg), "--map", str(tmp_path / "m.json"), "-q"]), input=text)
    assert res.exit_code == 0, res.stderr
    return res.stdout


def test_shape_detection():
    assert looks_like_gitleaks(tomllib.loads(GITLEAKS))
    assert looks_like_gitleaks({"rules": [{"id": "x", "regex": "y", "secretGroup": 1}]})
    assert looks_like_gitleaks({"extend": {"useDefault": True}})
    # the common subset reads as ours; any promptscrub-only key means ours
    assert not looks_like_gitleaks({"rules": [{"id": "x", "regex": "y", "keywords": ["y"]}]})
    assert not looks_like_gitleaks({"title": "t", "detectors": {"pii": False}})
    assert not looks_like_gitleaks({"rules": [{"id": "x", "regex": "y", "secretGroup": 1, "category": "custom"}]})


def test_loaded_via_config_through_the_cli(gitleaks_file: Path, tmp_path: Path):
    tok = fake()
    out = redact(gitleaks_file, f"deploy with tokEN= {tok}\n", tmp_path)
    assert out == "deploy with tokEN= <ZQX_API_TOKEN_1>\n"  # secretGroup 1: only the token is replaced


def test_mid_pattern_flag_is_scoped_as_in_go(gitleaks_file: Path, tmp_path: Path):
    """RE2: ``tok(?i)en`` is case-insensitive from the flag on only, so ``TOKEN`` is not this rule's."""
    tok = fake()
    res = runner.invoke(app, ["scan", "--config", str(gitleaks_file), "--format", "jsonl", "-"], input=f"TOKEN= {tok}\ntokEn= {tok}\n")
    rules_by_line = {}
    for line in res.stdout.splitlines():
        f = json.loads(line)
        rules_by_line.setdefault(f["line"], []).append(f["rule"])
    assert rules_by_line[2] == ["zqx-api-token"]
    assert "zqx-api-token" not in rules_by_line.get(1, [])  # a built-in rule may still catch it


def test_go_syntax_and_end_of_text(gitleaks_file: Path, tmp_path: Path):
    tok = fake()
    assert redact(gitleaks_file, f"token={tok}", tmp_path) == "token=<ZQX_API_TOKEN_1>"  # \z at the very end


def test_converted_rule(gitleaks_file: Path):
    cfg = load_config_file(gitleaks_file)
    [rule] = cfg.rules
    assert rule.id == "zqx-api-token" and rule.category == "secret" and rule.secret_group == 1
    assert rule.keywords == ("zqx_",) and rule.entropy == 3.0 and rule.description == "ZQX API token"
    assert "[[:alnum:]]" not in rule.regex and len(rule.allowlists) == 1
    assert [a.description for a in cfg.allowlists] == ["test fixtures"]
    assert any("zqx-keystore" in n and "path-only" in n for n in cfg.notes)


def test_entropy_threshold(gitleaks_file: Path, tmp_path: Path):
    low = "zqx_" + "ab" * 12
    assert redact(gitleaks_file, f"token={low} ", tmp_path) == f"token={low} "


def test_global_and_rule_allowlists(gitleaks_file: Path, tmp_path: Path):
    allowed_global = "zqx_0000" + fake("", 20)
    allowed_rule = fake("zqx_", 8) + "DocsOnly" + fake("", 8)
    plain = fake()
    text = f"token={allowed_global} token={allowed_rule} token={plain} "
    # the global allowlist applies to every finding, built-in rules' too
    assert redact(gitleaks_file, text, tmp_path).startswith(f"token={allowed_global} token=")
    # the per-rule one only to its rule (the built-in generic assignment rule still redacts that value)
    res = runner.invoke(app, ["scan", "--config", str(gitleaks_file), "--format", "jsonl", "-"], input=text)
    found = {(json.loads(line)["start"], json.loads(line)["rule"]) for line in res.stdout.splitlines()}
    assert (text.index(plain), "zqx-api-token") in found
    assert all(rule != "zqx-api-token" for start, rule in found if start == text.index(allowed_rule))
    assert all(start != text.index(allowed_global) for start, _ in found)


def test_builtins_stay_on_and_unknown_disabled_ids_are_ignored(gitleaks_file: Path, tmp_path: Path):
    """useDefault = true (or false, or absent): our built-in rules stand in for gitleaks' defaults."""
    for extend in ("useDefault = true", "useDefault = false", ""):
        gitleaks_file.write_text(GITLEAKS.replace("useDefault = true", extend), encoding="utf-8")
        out = redact(gitleaks_file, "mail ops@zqx-corp.example.org\n", tmp_path)
        assert "ops@" not in out and "<EMAIL_1>" in out


def test_disabled_rules_switch_off_our_rules_of_the_same_id(tmp_path: Path):
    cfg = tmp_path / "g.toml"
    cfg.write_text('[extend]\ndisabledRules = ["email", "no-such-rule"]\n', encoding="utf-8")
    loaded = load_config_file(cfg)
    assert "email" in loaded.disabled_rules and "no-such-rule" in loaded.foreign_disabled
    res = runner.invoke(app, ["rules", "list", "--config", str(cfg)])
    assert res.exit_code == 0, res.stderr


def test_path_and_regex_rule_applies_everywhere(tmp_path: Path):
    cfg = tmp_path / "g.toml"
    cfg.write_text("[[rules]]\nid = 'zqx-env'\npath = '''\\.env$'''\nregex = '''ZQX_SECRET=(\\S+)'''\n", encoding="utf-8")
    tok = fake()
    assert redact(cfg, f"ZQX_SECRET={tok}\n", tmp_path) == "ZQX_SECRET=<ZQX_ENV_1>\n"
    assert any("not applied" in n for n in load_config_file(cfg).notes)


def test_skip_report_rules_are_skipped(tmp_path: Path):
    cfg = tmp_path / "g.toml"
    cfg.write_text("[[rules]]\nid = 'aux'\nregex = 'zqx'\nskipReport = true\n", encoding="utf-8")
    loaded = load_config_file(cfg)
    assert loaded.rules == [] and any("skipReport" in n for n in loaded.notes)


def test_extend_a_gitleaks_base_and_ours_on_top(gitleaks_file: Path, tmp_path: Path):
    child = tmp_path / "child.toml"
    child.write_text("title = 'child'\n[extend]\npath = 'gitleaks.toml'\n[[rules]]\nid = 'zqx-other'\nregex = '''zqo_[a-z]{8}'''\nsecretGroup = 0\n", encoding="utf-8")
    cfg = load_config_file(child)
    assert {r.id for r in cfg.rules} == {"zqx-api-token", "zqx-other"}
    assert cfg.allowlists and "a-gitleaks-default-rule-we-do-not-have" in cfg.foreign_disabled
    ours = tmp_path / ".promptscrub.toml"
    ours.write_text("[extend]\npath = 'gitleaks.toml'\n[detectors]\nsecrets = false\n", encoding="utf-8")
    tok = fake()
    assert redact(ours, f"token={tok} ", tmp_path) == "token=<ZQX_API_TOKEN_1> "


def test_discovered_through_the_environment(gitleaks_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PROMPTSCRUB_CONFIG", str(gitleaks_file))
    res = runner.invoke(app, ["redact", "--map", str(tmp_path / "m.json")], input=f"token={fake()} ")
    assert res.exit_code == 0 and res.stdout == "token=<ZQX_API_TOKEN_1> "


@pytest.mark.parametrize("body,fragment", [
    ("title = 'x'\n[[rules]]\nid = 'bad'\nregex = '''(unclosed'''\n", "rule 'bad'"),
    ("title = 'x'\n[[rules]]\nid = 'bad'\nregex = 'x'\nsecretGroup = 3\n", "secret_group"),
    ("title = 'x'\n[[rules]]\nid = 'bad'\nregex = 'x'\nverify = true\n", "unknown gitleaks rule key"),
    ("title = 'x'\n[extend]\nurl = 'https://example.invalid/gitleaks.toml'\n", "url"),
    ("title = 'x'\n[extend]\npath = 'missing.toml'\n", "not found"),
    ("title = 'x'\n[allowlist]\nregexTarget = 'file'\nregexes = ['x']\n", "regexTarget"),
    ("title = 'x'\n[[rules]\n", "not valid TOML"),
])
def test_bad_gitleaks_file_exits_2_with_one_line_naming_it(tmp_path: Path, body: str, fragment: str):
    cfg = tmp_path / "bad-gitleaks.toml"
    cfg.write_text(body, encoding="utf-8")
    res = runner.invoke(app, with_default_command(["--config", str(cfg)]), input="token=x\n")
    assert res.exit_code == 2
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(cfg) in lines[0] and fragment in lines[0], lines


def test_rules_check_accepts_a_gitleaks_file(gitleaks_file: Path):
    res = runner.invoke(app, ["rules", "check", str(gitleaks_file)])
    assert res.exit_code == 0, res.stderr
    assert "1 rules" in res.stdout and "zqx-keystore" in res.stderr


def test_rules_test_applies_the_allowlists(gitleaks_file: Path, tmp_path: Path):
    sample = tmp_path / "s.txt"
    tok, allowed = fake(), "zqx_0000" + fake("", 20)
    sample.write_text(f"token={tok} token={allowed} ", encoding="utf-8")
    res = runner.invoke(app, ["rules", "test", str(gitleaks_file), str(sample), "--no-color"])
    assert res.exit_code == 0, res.stderr
    assert f"[[{tok}]]" in res.stdout and f"[[{allowed}]]" not in res.stdout


@pytest.mark.parametrize("go,matches,misses", [
    ("[[:alpha:]]+", ["abcXYZ"], ["123"]),
    ("x[^[:digit:]]y", ["xay"], ["x1y"]),
    ("[[:^digit:]]", ["a"], ["1"]),
    ("[[:punct:]]", ["[", "`", "~", "!"], ["a", " "]),
    ("a[[]b", ["a[b"], ["ab"]),
    (r"\[[:alpha:]\]", ["[:]"], ["a"]),  # escaped brackets: not a class at all
])
def test_go_regex_posix_classes(go: str, matches: list[str], misses: list[str]):
    pattern = re.compile(go_regex(go))
    assert all(pattern.fullmatch(m) for m in matches)
    assert not any(pattern.fullmatch(m) for m in misses)


def test_gitleaks_file_with_promptscrub_only_keys_is_read_as_ours(tmp_path: Path):
    cfg = tmp_path / "x.toml"
    cfg.write_text("title = 'x'\n[detectors]\npii = false\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_config_file(cfg)


def test_real_entry_point_with_a_gitleaks_file(gitleaks_file: Path, tmp_path: Path, isolated_home: Path):
    """The console script (its quick redact path included) reads the gitleaks file and its allowlists."""
    tok, allowed = fake(), "zqx_0000" + fake("", 20)
    doc = tmp_path / "prompt.txt"
    doc.write_text(f"tokEN: {tok};\ntokEN: {allowed};\n", encoding="utf-8")
    res = promptscrub("--config", str(gitleaks_file), "--map", str(tmp_path / "m.json"), str(doc), home=isolated_home)
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode() == f"tokEN: <ZQX_API_TOKEN_1>;\ntokEN: {allowed};\n"
    bad = tmp_path / "bad.toml"
    bad.write_text("title = 'x'\n[[rules]]\nid = 'b'\nregex = '('\n", encoding="utf-8")
    res = promptscrub("--config", str(bad), home=isolated_home, input=b"x\n")
    assert res.returncode == 2 and res.stdout == b"" and str(bad).encode() in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
