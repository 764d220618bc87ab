"""``rules test``: highlight what a rule set redacts in a sample; ``rules check`` covers config files."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.cli import app

CONFIG = '''
[internal]
terms = ["Nightjar"]
[[rules]]
id = "acme-ticket"
regex = '\\bPAY-\\d{3,6}\\b'
keywords = ["pay-"]
examples = ["PAY-1234"]
[[code_rules]]
id = "acme-packages"
tokens = ["Name.Namespace"]
regex = '^acme_\\w+'
examples = ["import acme_x"]
negative_examples = ["import os"]
'''


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    cfg = tmp_path / ".promptscrub.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    sample = tmp_path / "sample.md"
    sample.write_text("Nightjar broke, see PAY-1234 and 10.1.2.3\n```python\nimport acme_x\n```\n", encoding="utf-8")
    return cfg, sample


def test_plain_highlight_and_listing(files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    res = CliRunner().invoke(app, ["rules", "test", str(files[0]), str(files[1])])
    assert res.exit_code == 0, res.output
    assert "[[Nightjar]] broke, see [[PAY-1234]] and 10.1.2.3" in res.output  # only the rules under test
    assert "import [[acme_x]]" in res.output
    assert "-- 3 finding(s)" in res.output and "1:21\tacme-ticket\tcustom\t<ACME_TICKET>" in res.output
    assert "\x1b[" not in res.output


def test_colour_and_defaults(files: tuple[Path, Path]) -> None:
    res = CliRunner().invoke(app, ["rules", "test", str(files[0]), str(files[1]), "--color", "--with-defaults"])
    assert res.exit_code == 0, res.output
    assert "\x1b[" in res.output and "private-ipv4" in res.output


def test_rule_pack_from_stdin(tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text('category = "internal"\n[[rules]]\nid = "x"\nregex = "foo"\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["rules", "test", str(pack), "-", "--no-color"], input="a foo b\n")
    assert res.exit_code == 0 and "a [[foo]] b" in res.output


def test_missing_rule_file(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["rules", "test", str(tmp_path / "nope.toml"), "-"], input="")
    assert res.exit_code == 2


def test_check_covers_config_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["rules", "check", str(files[0])])
    assert res.exit_code == 0 and "2 rules in 1 file(s)" in res.output
    bad = tmp_path / "bad" / ".promptscrub.toml"
    bad.parent.mkdir()
    bad.write_text(CONFIG.replace('negative_examples = ["import os"]', 'negative_examples = ["import acme_y"]'), encoding="utf-8")
    res = CliRunner().invoke(app, ["rules", "check", str(bad)])
    assert res.exit_code == 2 and "code rule 'acme-packages': negative example matches" in res.output


def test_a_file_of_rules_alone_is_checked_and_tried_as_redact_reads_it(tmp_path: Path) -> None:
    """``[[rules]]`` with no ``category``: redact --config reads a config (category ``custom``); rules check and
    rules test read a pack (category ``secret``, whose filters drop ``BAZ-1``) and so disagreed (audit 21)."""
    f = tmp_path / "baz.toml"
    f.write_text('[[rules]]\nid = "baz-id"\nregex = "BAZ-\\\\d+"\nexamples = ["see BAZ-1 here"]\n', encoding="utf-8")
    assert CliRunner().invoke(app, ["rules", "check", str(f)]).exit_code == 0
    tried = CliRunner().invoke(app, ["rules", "test", str(f), "-", "--no-color"], input="see BAZ-1 here\n")
    assert "see [[BAZ-1]] here" in tried.output
    red = CliRunner().invoke(app, ["redact", "--config", str(f), "--map", str(tmp_path / "m.json")], input="see BAZ-1 here\n")
    assert red.output == "see <BAZ_ID_1> here\n"
