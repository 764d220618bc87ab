"""The small TOML writer behind ``rules import``: whatever it writes reads back as the same document."""
from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.toml_write import dumps, string

# TOML strings cannot hold lone surrogates; everything else must survive
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8), text, max_size=5))
@settings(max_examples=200, deadline=None)
def test_any_strings_round_trip(doc: dict[str, str]):
    """Keys and values with quotes, backslashes, control characters, any Unicode."""
    assert tomllib.loads(dumps(doc)) == doc


@given(st.lists(text, max_size=4), st.floats(allow_nan=False), st.integers(), st.booleans())
@settings(max_examples=100, deadline=None)
def test_nested_tables_and_arrays_round_trip(items: list[str], f: float, i: int, b: bool):
    doc = {"top": items, "rules": [{"id": "a", "n": i, "x": f, "allowlists": [{"regexes": items}, {"flag": b}]}, {"id": "b"}],
           "extend": {"path": "/tmp/x y/'q'.toml"}}
    assert tomllib.loads(dumps(doc, "header\nsecond line")) == doc


@pytest.mark.parametrize("s,expected", [
    (r"\bPAY-\d+\b", r"'\bPAY-\d+\b'"),        # regexes stay readable as literal strings
    ("it's", '"it\'s"'),
    ("a\nb\t\"c\"\\", '"a\\nb\\t\\"c\\"\\\\"'),
    ("\x00\x7f", '"\\u0000\\u007f"'),
])
def test_string_forms(s: str, expected: str):
    assert string(s) == expected
    assert tomllib.loads(f"v = {string(s)}")["v"] == s
