"""Code rules over pygments tokens: exact offsets, token-type selection, consistency with prose."""
from __future__ import annotations

import pytest

from promptscrub.detectors.code_rules import CodeRulesDetector

PKG = {"id": "acme-packages", "tokens": ["Name", "Name.Namespace"], "regex": r"^acme_\w+"}
HOSTS = {"id": "acme-strings", "tokens": ["Literal.String"], "regex": r"[\w-]+\.acme\.internal", "type": "INTERNAL_HOST"}
COMMENTS = {"id": "comments", "tokens": ["Comment"], "languages": ["python"]}


def run(text: str, *rules: dict, path: str | None = None) -> list[tuple[str, str]]:
    det = CodeRulesDetector({"rules": list(rules), "guess_language": False})
    return sorted((text[f.start:f.end], f.type) for f in det.detect(text, path=path))


@pytest.mark.parametrize(("text", "path", "expected"), [
    ("```python\nimport acme_billing.ledger\n```\n", None, [("acme_billing", "ACME_PACKAGES")]),
    ("import acme_billing\nx = 'acme_billing'\n", "svc.py", [("acme_billing", "ACME_PACKAGES"), ("acme_billing", "ACME_PACKAGES")]),
    ("```python\nx = 'acme_billing'\n```\n", None, []),
    ("from acme_auth import token\n", None, [("acme_auth", "ACME_PACKAGES")]),
])
def test_packages(text: str, path: str | None, expected: list[tuple[str, str]]) -> None:
    assert run(text, PKG, path=path) == expected


def test_string_literals_only_not_comments() -> None:
    text = "```python\n# db1.acme.internal is old\nURL = 'http://db2.acme.internal/x'\n```"
    assert run(text, HOSTS) == [("db2.acme.internal", "INTERNAL_HOST")]


def test_whole_comments_and_language_filter() -> None:
    text = "```python\nx = 1  # ask Dana\n```\n```js\n// not python\n```\n"
    assert run(text, COMMENTS) == [("# ask Dana", "COMMENTS")]


def test_value_found_in_code_is_redacted_in_prose_too() -> None:
    text = "Our acme_billing module:\n\n```python\nimport acme_billing\n```\nacme_billing_v2 is different."
    spans = CodeRulesDetector({"rules": [PKG]}).detect(text)
    assert sorted(f.start for f in spans) == [text.index("acme_billing"), text.index("import acme_billing") + 7]


def test_prose_without_code_is_not_lexed() -> None:
    assert run("We talked about acme_billing at lunch.", PKG) == []


def test_no_rules_is_a_no_op() -> None:
    assert CodeRulesDetector({}).detect("import acme_x") == []
