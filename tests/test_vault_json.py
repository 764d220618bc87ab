"""The vault's JSON writer gives exactly the text json.dumps gives, in pieces."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.vault_json import chunked, json_pieces

scalars = st.one_of(st.text(max_size=12), st.integers(-10**20, 10**20), st.booleans(), st.none(),
                    st.floats(allow_nan=False, allow_infinity=False))
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=6), inner, max_size=5)),
                         max_leaves=25)


def dumps(obj, indent):
    if indent is None:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False, indent=indent)


@settings(max_examples=400, deadline=None)
@given(documents, st.sampled_from([None, 0, 1, 2]))
def test_the_same_text_as_json_dumps(doc, indent):
    assert "".join(json_pieces(doc, indent)) == dumps(doc, indent)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["placeholder", "type", "value"]), st.text(max_size=8)), max_size=6),
       st.sampled_from([None, 1]), st.integers(1, 40))
def test_a_generator_is_written_as_its_list_in_chunks_of_any_size(entries, indent, size):
    doc = {"entries": entries, "reserved": sorted({e.get("value", "") for e in entries})}
    lazy = {"entries": (e for e in entries), "reserved": doc["reserved"]}
    assert b"".join(chunked(json_pieces(lazy, indent), size)) == dumps(doc, indent).encode("utf-8")


def test_keys_must_be_strings():
    with pytest.raises(TypeError):
        "".join(json_pieces({1: "x", "y": [1]}, 1))
