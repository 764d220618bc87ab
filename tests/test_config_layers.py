"""``[extend]``: a project file on top of a central one."""
from __future__ import annotations

from pathlib import Path

import pytest

from promptscrub.config import ConfigError, load_config_file

CENTRAL = '''
disabled_rules = ["ipv4"]
[detectors]
pii = false
[internal]
domains = ["acme-corp.com"]
terms = ["Nightjar"]
term_type = "PROJECT"
[[rules]]
id = "acme-ticket"
regex = '\\bPAY-\\d+'
[[code_rules]]
id = "acme-packages"
tokens = ["Name"]
regex = '^acme_'
'''


def test_project_extends_central(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "central.toml").write_text(CENTRAL, encoding="utf-8")
    project = tmp_path / "proj" / ".promptscrub.toml"
    project.parent.mkdir()
    monkeypatch.setenv("ACME_PLATFORM", str(tmp_path))
    project.write_text('''
[extend]
path = "$ACME_PLATFORM/central.toml"
[detectors]
secrets = false
[internal]
terms = ["Osprey"]
[[rules]]
id = "acme-ticket"
regex = '\\bTCK-\\d+'
[[code_rules]]
id = "acme-packages"
tokens = ["Name.Namespace"]
''', encoding="utf-8")
    cfg = load_config_file(project)
    assert cfg.disabled_rules == {"ipv4"}
    assert cfg.detectors["pii"] is False and cfg.detectors["secrets"] is False and cfg.detectors["internal"] is True
    assert cfg.internal.domains == ("acme-corp.com",)
    assert cfg.internal.terms == ("Nightjar", "Osprey")
    assert cfg.internal.term_type == "PROJECT"
    assert [r.regex for r in cfg.rules] == [r"\bTCK-\d+"]
    assert [r.tokens for r in cfg.internal.code_rules] == [("Name.Namespace",)]


@pytest.mark.parametrize(("extend", "message"), [
    ('path = "missing.toml"', "not found"),
    ('path = "$NOPE_NOT_SET/x.toml"', "environment variable not set"),
    ('pth = "x.toml"', "unknown key(s) pth"),
    ('path = "a.toml"', "cycle"),
])
def test_errors(tmp_path: Path, extend: str, message: str) -> None:
    (tmp_path / "a.toml").write_text(f"[extend]\n{extend}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="a.toml") as exc:
        load_config_file(tmp_path / "a.toml")
    assert message in str(exc.value)


def test_optional_base_may_be_missing(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[extend]\npath = "missing.toml"\noptional = true\n', encoding="utf-8")
    assert load_config_file(tmp_path / "a.toml").rules == []
