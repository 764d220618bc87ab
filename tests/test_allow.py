import pytest

from promptscrub.allow import drop_allowed, line_starts
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
