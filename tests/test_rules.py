from pathlib import Path

import pytest

from promptscrub.rules import RuleError, builtin_rules_dir, load_builtin_rules, load_rule_file, load_rules, rule_from_dict, type_from_id

GOOD = {"id": "acme-key", "regex": r"\b(acme_[a-z0-9]{8})\b", "keywords": ["ACME_"], "examples": ["k=acme_ab12cd34"]}


def test_rule_defaults():
    """Type comes from the id; keywords are lower-cased; category defaults to the file's."""
    rule = rule_from_dict(GOOD, "f.toml")
    assert rule.label == "ACME_KEY"
    assert rule.keywords == ("acme_",)
    assert rule.category == "secret"


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"regx": "x"}, "unknown key"),
        ({"regex": "(unclosed"}, "does not compile"),
        ({"secret_group": 3}, "secret_group 3"),
        ({"category": "secrets"}, "category must be one of"),
        ({"keywords": "acme"}, "keywords"),
        ({"score": 2}, "score"),
        ({"type": "acme key"}, "UPPER_SNAKE_CASE"),
        ({"id": ""}, "non-empty"),
        ({"flow": "yes"}, "'flow' must be"),
        ({"flow": True, "secret_group": None}, "needs a secret_group"),
    ],
)
def test_bad_rules_are_refused_with_file_and_id(patch, message):
    with pytest.raises(RuleError, match=message) as exc:
        rule_from_dict({**GOOD, **patch}, "pack.toml")
    assert "pack.toml" in str(exc.value)


def test_go_style_patterns_load():
    """gitleaks rules use a mid-pattern (?i) and \\z, which stdlib re rejects."""
    rule = rule_from_dict({"id": "go", "regex": r"token(?i)[a-z]{4}\z"}, "g.toml")
    from promptscrub.engine import Matcher

    assert [m.start for m in Matcher([rule]).matches("x tokenABCD")] == [2]


def test_type_from_id():
    assert type_from_id("acme-ticket") == "ACME_TICKET"
    assert type_from_id("9lives") == "R_9LIVES"


def test_duplicate_ids_across_files(tmp_path: Path):
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text("[[rules]]\nid='x'\nregex='y'\n", encoding="utf-8")
    with pytest.raises(RuleError, match="already defined"):
        load_rules([tmp_path / "a.toml", tmp_path / "b.toml"])


def test_bad_toml_names_the_file(tmp_path: Path):
    p = tmp_path / "bad.toml"
    p.write_text("[[rules]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="bad.toml: not valid TOML"):
        load_rule_file(p)


def test_an_id_defined_twice_in_one_file_is_refused(tmp_path: Path):
    """config.md: ids are unique. ``redact --config`` used to apply both rules while ``rules check`` refused
    the file (audit 21); the one loader now refuses it for both."""
    from promptscrub.config import ConfigError, load_config_file

    p = tmp_path / "dup.toml"
    p.write_text('[[rules]]\nid = "d1"\nregex = "QQ-[0-9]+"\n[[rules]]\nid = "d1"\nregex = "RR-[0-9]+"\n')
    with pytest.raises(RuleError, match="'d1' is defined twice"):
        load_rule_file(p)
    with pytest.raises(ConfigError, match="'d1' is defined twice"):
        load_config_file(p)


def test_a_rule_file_that_is_not_utf8_names_the_file_and_the_byte(tmp_path: Path):
    p = tmp_path / "latin1.toml"
    p.write_bytes("# caf\u00e9\n[[rules]]\nid = 'x'\nregex = 'x'\n".encode("latin-1"))
    with pytest.raises(RuleError, match=r"latin1.toml: not valid TOML: not UTF-8 \(byte 0xe9"):
        load_rule_file(p)


def test_builtin_packs_load_and_are_cached():
    """The shipped packs load, and a second load comes from the cache with equal rules."""
    assert builtin_rules_dir().is_dir()
    first = load_builtin_rules()
    assert first == load_builtin_rules()


def test_missing_builtin_packs_are_an_error_not_silence(monkeypatch, tmp_path: Path):
    """An install that lost its rules/ folder must refuse to run rather than protect nothing."""
    from promptscrub import rules

    monkeypatch.setattr(rules, "builtin_rules_dir", lambda: tmp_path / "nowhere")
    with pytest.raises(RuleError, match="missing"):
        rules.load_builtin_rules()


def test_rules_survive_the_pickle_cache_unchanged():
    """The rule-pack cache pickles rules as their fields (``Rule.__reduce__``): every built-in rule,
    and one with allowlists and a validator, comes back equal, field by field."""
    import dataclasses
    import pickle

    from promptscrub.rules import Rule, load_builtin_rules

    rules = load_builtin_rules()
    rules.append(Rule("x", r"a(b)", "d", "pii", "T", 1, ("a",), 3.5, True, 0.7, "luhn", ("ab",), ("ac",), "src",
                      ({"regexes": ["z"]},)))
    again = pickle.loads(pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL))
    for a, b in zip(rules, again):
        assert dataclasses.astuple(a) == dataclasses.astuple(b) and a.source == b.source
