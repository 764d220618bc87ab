"""The checks before a capitalised word (code keyword, cue phrase) give the regex's answer, only faster."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors import location, names
from promptscrub.detectors._code_context import CodeKeywordBefore

CHECK = CodeKeywordBefore("class def import new fn package", 12)
PIECES = ["class", "def", "import", "new", "renew", "fn", "package", " ", "\t", "\n", "::", ":", "x", "_", ".", "Foo", "é"]


def test_code_names_are_recognised():
    text = "class Foo:\n    x = new Bar()\n    y = Baz::qux\n    Hello there"
    assert CHECK(text, text.index("Foo")) and CHECK(text, text.index("Bar")) and CHECK(text, text.index("qux"))
    assert not CHECK(text, text.index("Hello")) and not CHECK("renew Bar", 6)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 3))
def test_same_answer_as_the_regex(pieces, cut):
    text = "".join(pieces) + "Word"
    s = max(0, len(text) - 4 - cut)
    assert CHECK(text, s) == (CHECK.pattern.search(text, max(0, s - CHECK.window), s) is not None)


# The cue gates (``CueBefore``) of the name and place detectors: the cheap test must never turn away a
# text the regex matches. Texts are drawn from the regexes themselves (in any case), after random prefixes.
GATES = {"TITLES": names.TITLES, "INTRO": names.INTRO, "STRONG_INTRO": names.STRONG_INTRO, "LABEL_LINE": names.LABEL_LINE,
         "STRONG_CUE": location.STRONG_CUE, "CUE_BEFORE": location.CUE_BEFORE, "HONORIFIC": names.HONORIFIC_BEFORE}
PREFIXES = st.sampled_from(["", "x", "the ", "=", "\n", "é", " ", "ſ", "K", "ı", "#", ":", "Foo."])


@pytest.mark.parametrize("name", sorted(GATES))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_cue_gate_gives_the_regex_answer(name, data):
    gate = GATES[name]
    regex = re.compile(gate.pattern.pattern, gate.pattern.flags)
    text = data.draw(PREFIXES) + data.draw(st.one_of(st.from_regex(regex), st.text("aeinost :,.?-\t\n'", max_size=20)))
    pos = data.draw(st.integers(0, len(text)))
    got, want = gate.search(text, pos), regex.search(text, pos)
    assert (got and got.span()) == (want and want.span())


def test_cue_gate_skips_what_cannot_match():
    assert names.STRONG_INTRO.search("return ") is None and names.TITLES.search("x = ") is None
    assert names.STRONG_INTRO.search("my name is ") is not None and location.STRONG_CUE.search("she lives in ")
    # case-insensitive matching also pairs "ſ" with "s" and "ı" with "i": such a tail always goes to the regex
    assert names.TITLES.search("Mrſ ") and location.STRONG_CUE.search("my hometown iſ ")
    assert location.STRONG_CUE.search("she lıves ın ")


@pytest.mark.parametrize("name", sorted(GATES))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_may_end_never_turns_away_a_match(name, data):
    """``may_end`` (the memoised test callers inline on the last three characters) is False only where the
    regex finds nothing, whatever comes before those characters."""
    gate = GATES[name]
    regex = re.compile(gate.pattern.pattern, gate.pattern.flags)
    text = data.draw(PREFIXES) + data.draw(st.one_of(st.from_regex(regex), st.text("aeinost :,.?-\t\n'", max_size=20)))
    if len(text) >= 3 and regex.search(text):
        gate.gate.clear()
        assert gate.may_end(text[-3:]) and gate.gate[text[-3:]]


def test_may_end_turns_away_most_words():
    assert not location.STRONG_CUE.may_end("rn ") and not names.HONORIFIC_BEFORE.may_end("x=\n")
    assert location.STRONG_CUE.may_end("in ") and location.STRONG_CUE.may_end("IN\t") and names.TITLES.may_end("Dr ")
    assert location.STRONG_CUE.may_end("ıs ") and location.STRONG_CUE.may_end("   ")  # not ASCII; blanks only


def test_a_tail_in_another_script_is_decided_by_its_fold():
    """A Cyrillic or Greek tail is folded as ``re`` compares case-insensitively, so most are turned away
    without the regex, and a native cue in any case (final sigma too) still reaches it."""
    from promptscrub.detectors._code_context import fold

    assert fold("ſıKΣσς") == fold("sikσσσ") and fold("ЗДРАВСТВУЙТЕ") == "здравствуйте"
    assert names.STRONG_INTRO.search("Мы встретились вчера. ") is None and not names.STRONG_INTRO.may_end("ра ")
    assert names.STRONG_INTRO.search("Здравствуйте, ") and names.STRONG_INTRO.search("ЗДРАВСТΒУЙТЕ, ") is None
    assert names.STRONG_INTRO.search("ΚΑΛΗΜΈΡΑ ") and names.STRONG_INTRO.search("καλημέρα ")
