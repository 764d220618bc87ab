"""Allowlists with gitleaks semantics, in our own config: regexes on secret / match / line, stopwords,
paths (a file input vs stdin), the AND condition, targetRules, per-rule allowlists, every category."""
from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.allowlists import Allowlist, AllowlistError, parse_allowlist
from promptscrub.cli import app, with_default_command
from promptscrub.config import ConfigError, parse_config
from promptscrub.scrubber import build_scrubber

runner = CliRunner()
B62 = string.ascii_letters + string.digits


def fake(prefix: str = "zqx_", n: int = 24, rng: random.Random | None = None) -> str:
    """A fresh fake token: random base62 after a prefix no real provider uses."""
    rng = rng or random.Random()
    return prefix + "".join(rng.choice(B62) for _ in range(n))


#: the built-in generic secret rules would find the same value (and are allowlisted separately): off here
RULE = """
[detectors]
secrets = false

[[rules]]
id = "zqx-token"
category = "secret"
regex = '''(?:zqx_key|token)\\s*=\\s*(zqx_[A-Za-z0-9]{24})\\b'''
keywords = ["zqx_"]
"""


def scrub(config_text: str, text: str, path: str | None = None) -> list[str]:
    """Values found by a scrubber built from ``config_text`` (built-ins included)."""
    import tomllib

    cfg = parse_config(tomllib.loads(config_text), "test.toml")
    found = build_scrubber(cfg).find(text, path) if path else build_scrubber(cfg).find(text)
    return [text[f.start:f.end] for f in found]


def test_no_allowlist_finds_the_token():
    tok = fake()
    assert scrub(RULE, f"zqx_key = {tok}\n") == [tok]


def test_no_allowlist_means_no_filter_object():
    import tomllib

    assert build_scrubber(parse_config(tomllib.loads(RULE), "t.toml")).allowlists is None


@pytest.mark.parametrize("target,pattern,allowed", [
    ("secret", "^zqx_", True),           # the secret group
    ("secret", "zqx_key", False),        # not in the secret
    ("match", "^zqx_key\\s*=", True),    # the whole match starts with the assignment
    ("match", "^# ", False),             # the comment is outside the match
    ("line", "^# keep: ", True),         # ...but on the line
])
def test_regex_targets(target: str, pattern: str, allowed: bool):
    tok = fake()
    cfg = RULE + f"\n[allowlist]\nregexTarget = '{target}'\nregexes = ['''{pattern}''']\n"
    text = f"# keep: zqx_key = {tok}\n"
    assert scrub(cfg, text) == ([] if allowed else [tok])


def test_stopwords_are_case_insensitive_substrings_of_the_secret():
    tok = fake("zqx_", 10) + "EXAMPLE" + fake("", 7)
    cfg = RULE + "\n[allowlist]\nstopwords = ['example']\n"
    assert scrub(cfg, f"zqx_key = {tok}\n") == []
    other = fake()
    assert scrub(cfg, f"zqx_key = {other}\n") == [other]


def test_and_needs_every_criterion():
    tok = fake("zqx_", 10) + "Sample" + fake("", 8)
    both = RULE + "\n[allowlist]\ncondition = 'AND'\nregexes = ['^zqx_']\nstopwords = ['sample']\n"
    assert scrub(both, f"zqx_key = {tok}\n") == []
    plain = fake()
    assert scrub(both, f"zqx_key = {plain}\n") == [plain]  # regex matches, stopword does not
    either = both.replace("condition = 'AND'", "condition = 'OR'")
    assert scrub(either, f"zqx_key = {plain}\n") == []


def test_target_rules_limit_a_top_level_allowlist():
    tok = fake()
    mine = RULE + "\n[[allowlists]]\ntargetRules = ['zqx-token']\nregexes = ['^zqx_']\n"
    other = RULE + "\n[[allowlists]]\ntargetRules = ['some-other-rule']\nregexes = ['^zqx_']\n"
    assert scrub(mine, f"zqx_key = {tok}\n") == []
    assert scrub(other, f"zqx_key = {tok}\n") == [tok]


def test_per_rule_allowlist_applies_to_that_rule_only():
    tok = fake()
    cfg = RULE + "\n[[rules.allowlists]]\nregexTarget = 'line'\nregexes = ['fixture']\n" + """
[[rules]]
id = "zqx-any"
regex = '''\\bfixture (zqx_[A-Za-z0-9]{24})\\b'''
keywords = ["zqx_"]
"""
    text = f"fixture {tok}\ntoken = {tok}  # fixture\n"
    found = scrub(cfg, text)
    assert found == [tok]  # line 1 by zqx-any (not allowlisted); line 2's zqx-token finding is allowed


def test_allowlists_cover_every_category():
    """A company allowlisting a value expects it to stay, whatever found it (here: an e-mail address)."""
    text = "mail noreply@zqx-test.example.com or ops@zqx-corp.example.org\n"
    found = scrub("[allowlist]\nregexes = ['^noreply@']\n", text)
    assert "noreply@zqx-test.example.com" not in found
    assert "ops@zqx-corp.example.org" in found


def test_path_allowlist_file_input_vs_stdin(tmp_path: Path):
    tok = fake()
    cfg = tmp_path / ".promptscrub.toml"
    cfg.write_text(RULE + "\n[allowlist]\npaths = ['''(^|/)fixtures/''']\n", encoding="utf-8")
    (tmp_path / "fixtures").mkdir()
    inside = tmp_path / "fixtures" / "creds.txt"
    outside = tmp_path / "creds.txt"
    for p in (inside, outside):
        p.write_text(f"zqx_key = {tok}\n", encoding="utf-8")
    m = str(tmp_path / "m.json")

    def run(*args: str, input: str | None = None) -> str:
        res = runner.invoke(app, with_default_command(["--config", str(cfg), "--map", m, *args]), input=input)
        assert res.exit_code == 0, res.stderr
        return res.stdout

    assert run(str(inside)) == f"zqx_key = {tok}\n"           # allowed by path
    assert tok not in run(str(outside))                        # another path
    assert tok not in run(input=f"zqx_key = {tok}\n")          # stdin has no path: never allowed by paths
    scan = runner.invoke(app, ["scan", "--config", str(cfg), str(inside), str(outside)])
    assert scan.exit_code == 1 and "fixtures" not in scan.stdout and "creds.txt" in scan.stdout


def test_path_allowlist_in_a_tree(tmp_path: Path):
    tok = fake()
    cfg = tmp_path / "c.toml"
    cfg.write_text(RULE + "\n[allowlist]\npaths = ['''(^|/)fixtures/''']\n", encoding="utf-8")
    src = tmp_path / "src"
    (src / "fixtures").mkdir(parents=True)
    (src / "fixtures" / "a.txt").write_text(f"zqx_key = {tok}\n", encoding="utf-8")
    (src / "b.txt").write_text(f"zqx_key = {tok}\n", encoding="utf-8")
    out = tmp_path / "out"
    res = runner.invoke(app, ["redact", "--config", str(cfg), "--map", str(tmp_path / "m.json"), "--out-dir", str(out), "--jobs", "1", str(src)])
    assert res.exit_code == 0, res.stderr
    assert tok in (out / "fixtures" / "a.txt").read_text(encoding="utf-8")
    assert tok not in (out / "b.txt").read_text(encoding="utf-8")


def test_commits_only_allowlist_is_accepted_and_allows_nothing():
    tok = fake()
    cfg = RULE + "\n[allowlist]\ncommits = ['0123abcd']\n"
    assert scrub(cfg, f"zqx_key = {tok}\n") == [tok]


@pytest.mark.parametrize("raw,message", [
    ({"regexes": ["x"], "regex": ["typo"]}, "unknown key"),
    ({"regexes": ["("]}, "does not compile"),
    ({"regexes": ["x"], "condition": "XOR"}, "condition"),
    ({"regexes": ["x"], "regexTarget": "file"}, "regexTarget"),
    ({"description": "nothing to match"}, "at least one of"),
    ({"stopwords": "one"}, "list of non-empty strings"),
])
def test_bad_allowlists_are_refused(raw: dict, message: str):
    with pytest.raises(AllowlistError, match=message):
        parse_allowlist(raw, "x.toml", top_level=True)


def test_target_rules_only_at_top_level():
    with pytest.raises(ConfigError, match="targetRules"):
        import tomllib

        parse_config(tomllib.loads(RULE + "\n[[rules.allowlists]]\ntargetRules = ['x']\nregexes = ['y']\n"), "x.toml")


def test_condition_spellings():
    assert parse_allowlist({"regexes": ["x"], "condition": "and"}, "x", True).condition == "AND"
    assert parse_allowlist({"regexes": ["x"], "condition": "||"}, "x", True).condition == "OR"
    assert Allowlist(commits=("a",)).effective is False


def test_bad_allowlist_in_config_exits_2_naming_the_file(tmp_path: Path):
    cfg = tmp_path / ".promptscrub.toml"
    cfg.write_text("[allowlist]\nregexes = ['(']\n", encoding="utf-8")
    res = runner.invoke(app, with_default_command(["--config", str(cfg)]), input="x\n")
    assert res.exit_code == 2
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(cfg) in lines[0]


def test_rule_pack_with_a_per_rule_allowlist(tmp_path: Path):
    """Rule packs take per-rule allowlists too; ``rules test`` applies them, ``rules check`` accepts them."""
    pack = tmp_path / "zqx.toml"
    rule_only = "[[rules]]" + RULE.split("[[rules]]", 1)[1]  # a pack holds rules only
    pack.write_text(rule_only + "\n[[rules.allowlists]]\nstopwords = ['sample']\n", encoding="utf-8")
    tok, allowed = fake(), fake("zqx_", 10) + "Sample" + fake("", 8)
    sample = tmp_path / "s.txt"
    sample.write_text(f"token = {tok}\ntoken = {allowed}\n", encoding="utf-8")
    res = runner.invoke(app, ["rules", "test", str(pack), str(sample), "--no-color"])
    assert res.exit_code == 0, res.stderr
    assert f"[[{tok}]]" in res.stdout and f"[[{allowed}]]" not in res.stdout
    check = runner.invoke(app, ["rules", "check", str(pack)])
    assert check.exit_code == 0, check.stderr  # examples are optional outside the built-in packs
