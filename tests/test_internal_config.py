"""``[internal]``, ``[[code_rules]]`` and ``[code]``: parsing, strictness, terms files."""
from __future__ import annotations

from pathlib import Path

import pytest

from promptscrub.config import ConfigError, load_config_file, parse_config

SHAPE = '''
[internal]
domains = ["acme.internal", "acme-corp.com"]
terms = ["Nightjar", "BLUEFALCON", "Project Tamarind"]
terms_files = ["codenames.txt"]

[[rules]]
id = "acme-ticket"
description = "ACME payments tickets"
regex = \'\'\'\\bPAY-\\d{3,6}\\b\'\'\'
keywords = ["pay-"]

[[code_rules]]
id = "acme-packages"
tokens = ["Name", "Name.Namespace"]
regex = \'\'\'^acme_\\w+\'\'\'
'''


def write(tmp_path: Path, text: str, terms: str = "Osprey\n# comment\n\nGreen Heron\n") -> Path:
    (tmp_path / "codenames.txt").write_text(terms, encoding="utf-8")
    path = tmp_path / ".promptscrub.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_documented_shape(tmp_path: Path) -> None:
    cfg = load_config_file(write(tmp_path, SHAPE))
    assert cfg.internal.domains == ("acme.internal", "acme-corp.com")
    assert cfg.internal.terms == ("Nightjar", "BLUEFALCON", "Project Tamarind", "Osprey", "Green Heron")
    assert [r.id for r in cfg.internal.code_rules] == ["acme-packages"]
    assert cfg.internal.code_rules[0].tokens == ("Name", "Name.Namespace")
    assert [r.label for r in cfg.rules] == ["ACME_TICKET"]


@pytest.mark.parametrize(("doc", "message"), [
    ({"internal": {"domians": []}}, "[internal] unknown key(s) domians"),
    ({"internal": {"domains": ["not a domain"]}}, "not a domain name"),
    ({"internal": {"terms": ["ab"]}}, "too short"),
    ({"internal": {"term_type": "codename"}}, "UPPER_SNAKE_CASE"),
    ({"internal": {"term_boundaries": "fuzzy"}}, "term_boundaries"),
    ({"internal": {"terms_files": ["missing.txt"]}}, "cannot read"),
    ({"code": {"guess": True}}, "[code] unknown key(s) guess"),
    ({"code_rules": [{"id": "x", "tokens": ["name"]}]}, "pygments token types"),
    ({"code_rules": [{"id": "x", "tokens": ["Name"], "regex": "("}]}, "does not compile"),
    ({"code_rules": [{"id": "x", "tokens": ["Name"], "colour": 1}]}, "unknown key(s) colour"),
    ({"code_rules": [{"id": "x", "tokens": ["Name"]}, {"id": "x", "tokens": ["Name"]}]}, "defined twice"),
])
def test_strict(tmp_path: Path, doc: dict, message: str) -> None:
    with pytest.raises(ConfigError, match="cfg.toml") as exc:
        parse_config(doc, str(tmp_path / "cfg.toml"))
    assert message in str(exc.value)


def test_terms_file_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"codenames.txt:2"):
        load_config_file(write(tmp_path, SHAPE, terms="Osprey\nab\n"))


def test_detector_options_carry_the_settings(tmp_path: Path) -> None:
    opts = load_config_file(write(tmp_path, SHAPE)).internal.detector_options()
    assert opts["internal_terms"]["terms"][0] == "Nightjar"
    assert opts["internal_domains"]["domains"] == ["acme.internal", "acme-corp.com"]
    assert opts["code_rules"]["rules"][0].id == "acme-packages"
