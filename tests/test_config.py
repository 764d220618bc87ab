from pathlib import Path

import pytest

from promptscrub.config import ConfigError, check_rule_ids, discover, load_config, load_config_file, parse_config


def test_defaults_enable_every_family():
    cfg = parse_config({}, "x")
    assert cfg.detectors == {"secrets": True, "pii": True, "internal": True, "detect_secrets": False}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"disabled_rule": ["a"]}, "unknown key"),
        ({"detectors": {"secret": False}}, "unknown key 'secret'"),
        ({"detectors": {"pii": "no"}}, "true or false"),
        ({"disabled_rules": "aws"}, "list of rule ids"),
        ({"rules": [{"id": "x", "regex": "("}]}, "does not compile"),
    ],
)
def test_strict_validation_names_file_and_key(doc, message):
    with pytest.raises(ConfigError, match=message) as exc:
        parse_config(doc, "team.toml")
    assert "team.toml" in str(exc.value)


def test_disabling_an_unknown_rule_is_a_typo():
    cfg = parse_config({"disabled_rules": ["aws-acess-key"]}, "c.toml")
    with pytest.raises(ConfigError, match="aws-acess-key"):
        check_rule_ids(cfg, {"aws-access-key"})


def test_a_code_detector_can_be_disabled_by_name(tmp_path: Path):
    """``disabled_rules = ["pii_columns"]`` switches that detector off (a rule id or a detector name)."""
    from promptscrub.cli_common import build

    cfg = tmp_path / "c.toml"
    cfg.write_text('disabled_rules = ["pii_columns", "secret_tables"]\n', encoding="utf-8")
    names = {d.name for d in build(cfg).detectors}
    assert "pii_columns" not in names and "secret_tables" not in names and "names" in names
    cfg.write_text('disabled_rules = ["pii_colums"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="pii_colums"):
        build(cfg)


def test_custom_rules_default_to_custom_category(ticket_config: Path):
    cfg = load_config(ticket_config)
    assert [(r.id, r.category, r.label) for r in cfg.rules] == [("acme-ticket", "custom", "ACME_TICKET")]


def test_discovery_walks_up_and_reads_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "pyproject.toml").write_text("[tool.promptscrub]\ndisabled_rules = []\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert discover(deep) == tmp_path / "pyproject.toml"
    (deep / ".promptscrub.toml").write_text("", encoding="utf-8")
    assert discover(deep) == deep / ".promptscrub.toml"
    assert load_config_file(tmp_path / "pyproject.toml").disabled_rules == frozenset()


def test_env_var_points_at_a_central_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ticket_config: Path):
    monkeypatch.setenv("PROMPTSCRUB_CONFIG", str(ticket_config))
    assert discover(tmp_path) == ticket_config


def test_missing_explicit_file_is_an_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_a_config_that_is_not_utf8_is_a_config_error_naming_the_file(tmp_path: Path):
    """A company config saved in Latin-1 was an internal error (UnicodeDecodeError) before audit 21."""
    p = tmp_path / "company.toml"
    p.write_bytes('[internal]\nterms = ["Z\u00fcrich"]\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match=r"company.toml: not valid TOML: not UTF-8"):
        load_config_file(p)


def test_pii_section_is_parsed_and_strict(tmp_path: Path):
    cfg = parse_config({"pii": {"disabled_types": ["EMAIL"]}}, "c.toml")
    assert not cfg.pii.type_enabled("EMAIL") and cfg.pii.type_enabled("PHONE")
    with pytest.raises(ConfigError, match="c.toml"):
        parse_config({"pii": {"min_scor": 0.5}}, "c.toml")


def test_pii_type_switches_reach_the_scrubber():
    from promptscrub.scrubber import build_scrubber

    text = "Mail bob.smith@example.org, card 4111 1111 1111 1111"
    types = {f.type for f in build_scrubber(parse_config({"pii": {"disabled_types": ["EMAIL"]}}, "c")).find(text)}
    assert "EMAIL" not in types and "CREDIT_CARD" in types
