import pytest

from promptscrub.config import ConfigError, parse_config
from promptscrub.config_layers import load_layered
from promptscrub.session_config import SessionSettings


def test_defaults_and_values():
    assert parse_config({}, "t").session == SessionSettings()
    assert SessionSettings().effective_max_age_days == 30
    cfg = parse_config({"session": {"max_age_days": 7}, "placeholders": {"style": "fake", "deterministic": True, "tag_length": 8}}, "t")
    assert cfg.session == SessionSettings(7, "fake", True, 8)


@pytest.mark.parametrize("doc", [{"session": {"max_age": 1}}, {"session": {"max_age_days": -1}}, {"placeholders": {"style": "fancy"}},
                                 {"placeholders": {"deterministic": "yes"}}, {"placeholders": {"tag_length": 4}}, {"session": 3}])
def test_strict_validation(doc):
    with pytest.raises(ConfigError):
        parse_config(doc, "t")


def test_layers_override_only_what_they_set(tmp_path):
    (tmp_path / "base.toml").write_text('[session]\nmax_age_days = 5\n[placeholders]\nstyle = "fake"\n')
    (tmp_path / "p.toml").write_text('[extend]\npath = "base.toml"\n[placeholders]\ndeterministic = true\n')
    assert load_layered(tmp_path / "p.toml").session == SessionSettings(5, "fake", True, None)
