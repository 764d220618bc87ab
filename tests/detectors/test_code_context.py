"""The code-keyword check before a capitalised word gives exactly the regex's answer, only faster."""
from hypothesis import given, settings
from hypothesis import strategies as st

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
