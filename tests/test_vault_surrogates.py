"""The surrogate matcher finds exactly what one regex alternation of all surrogates (longest first) finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.vault_surrogates import SurrogateMatcher, reference_pattern

# words and texts built from the characters the token boundaries read, so that they decide often
_ALPHABET = "ab.@+-:_ 1é"
words = st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=6), max_size=8)
texts = st.lists(st.one_of(st.text(alphabet=_ALPHABET, max_size=4), st.sampled_from(["ab", "a.b", "ab@a", "1.1", "a-b", "b:1", "x"])),
                 max_size=12).map("".join)


def spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


@settings(max_examples=600, deadline=None)
@given(words, texts, st.integers(0, 4))
def test_the_matches_of_the_one_regex(ws, text, pos):
    pos = min(pos, len(text))
    matcher = SurrogateMatcher(ws)
    pattern = reference_pattern(ws)
    assert spans(matcher.finditer(text, pos)) == (spans(pattern.finditer(text, pos)) if pattern else [])


@settings(max_examples=200, deadline=None)
@given(words, words, texts)
def test_words_added_later_are_found_too(first, later, text):
    matcher = SurrogateMatcher(first)
    list(matcher.finditer(text))  # the start scan is built, then must follow new first characters
    for w in later:
        matcher.add(w)
    pattern = reference_pattern(first + later)
    assert spans(matcher.finditer(text)) == (spans(pattern.finditer(text)) if pattern else [])


def test_fake_surrogates_in_prose():
    words = ["avery.0@example.invalid", "Avery Ashgrove", "Avery Ashgrove 2", "192.0.2.1", "+1 201-555-0100"]
    text = "mail avery.0@example.invalid, Avery Ashgrove 2 and Avery Ashgrove; 192.0.2.10 192.0.2.1: +1 201-555-0100x"
    assert spans(SurrogateMatcher(words).finditer(text)) == spans(reference_pattern(words).finditer(text))
    assert [m.group() for m in SurrogateMatcher(words).finditer(text)] == [
        "avery.0@example.invalid", "Avery Ashgrove 2", "Avery Ashgrove", "192.0.2.1"]


def test_an_empty_word_matches_as_the_regex_does():
    assert spans(SurrogateMatcher(["", "ab"]).finditer("ab x")) == spans(reference_pattern(["", "ab"]).finditer("ab x"))
