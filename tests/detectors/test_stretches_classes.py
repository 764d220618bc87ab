"""char_classes translates the bytes the rules' scan made of a text when it kept them: the classes must be
those of the text's ASCII encoding all the same (see _stretches.one_byte)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors._stretches import CHAR_CLASSES, char_classes
from promptscrub.engine_shape import scan_bytes


def plain_classes(text: str) -> bytes:
    return text.encode("ascii", "replace").translate(CHAR_CLASSES)


#: ASCII, Latin-1 (0x80 and ÿ too), the characters the shadow reads as letters, others, a lone surrogate
CHARACTERS = st.sampled_from(list("aZs0_ .?/\n\x00\x7f\x80éÿ\u0130\u0131\u017f\u212a€😀\ud800"))


@pytest.fixture(autouse=True)
def _fresh_memos():
    char_classes.forget()
    scan_bytes.forget()
    yield
    char_classes.forget()
    scan_bytes.forget()


@settings(max_examples=300)
@given(st.lists(CHARACTERS | st.text(max_size=3), max_size=30).map("".join), st.booleans())
def test_the_classes_are_those_of_the_ascii_encoding(text, scanned):
    """Whether or not the rules' scan kept its bytes of the text (``scanned``)."""
    char_classes.forget()
    scan_bytes.forget()
    if scanned:
        scan_bytes(text)
    assert char_classes(text) == plain_classes(text)


def test_the_scan_bytes_are_translated_when_kept():
    text = "Grüße from Zoë 😀 " * 10
    data, special = scan_bytes(text)
    assert not special and data != text.encode("ascii", "replace")  # not the same bytes ...
    assert char_classes(text) == plain_classes(text)  # ... the same classes


def test_a_letter_the_shadow_folds_is_classed_from_the_text():
    text = "\u0130stanbul and \u212aelvin"  # İ, K: the shadow reads them as i and k, the classes as spaces
    assert scan_bytes(text)[1]
    assert char_classes(text) == plain_classes(text) == plain_classes(" stanbul and  elvin")
