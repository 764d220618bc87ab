import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.allow import MARKERS, drop_allowed, has_marker, line_starts
from promptscrub.findings import Finding


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("token = abc  # promptscrub:allow\n", 0),
        ("token = abc  # gitleaks:allow\n", 0),
        ("token = abc  # pragma: allowlist secret\n", 0),
        ("# pragma: allowlist nextline secret\ntoken = abc\n", 0),
        ("# promptscrub:allow-next-line\ntoken = abc\n", 0),
        ("token = abc\n# promptscrub:allow\n", 1),
        ("token = abc\n", 1),
    ],
)
def test_allow_comments(text, kept):
    start = text.index("abc")
    assert len(drop_allowed(text, [Finding(start, start + 3, "secret", "T", "r")])) == kept


def test_line_starts_handle_crlf_and_cr():
    assert line_starts("a\r\nb\rc\n") == [0, 3, 5, 7]


NEAR_MARKERS = [":allow", "pragma: allowlist", "pragma: allow", "pragma:allowlist", "allow", "alow", ":", "w", "list",
                "gitleaks:allow", "# promptscrub:allow-next-line", "pragma: ", "ragma: allowlist", ": allow", "\n", " "]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(NEAR_MARKERS) | st.text(max_size=3), max_size=8).map("".join))
def test_a_marker_is_found_exactly_where_one_is(text):
    assert has_marker(text) == any(m in text for m in MARKERS)
