"""Inline allow comments: a line the author marked as safe is left alone.

``promptscrub:allow`` (and, so existing repos keep working, ``gitleaks:allow`` and detect-secrets'
``pragma: allowlist secret``) on a finding's line suppress it; ``promptscrub:allow-next-line`` and
``pragma: allowlist nextline secret`` suppress the line below.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from .detectors import _lazyre
from .findings import Finding
from .textmemo import last_texts

SAME_LINE = ("promptscrub:allow", "gitleaks:allow", "pragma: allowlist secret")
NEXT_LINE = ("promptscrub:allow-next-line", "pragma: allowlist nextline secret")
#: what every marker holds (":allow" is in both promptscrub's and gitleaks' markers)
MARKERS = (":allow", "pragma: allowlist")
#: where one of MARKERS is, found from the "w" they share: ``re`` skips to a literal first character in a tight
#: loop, and "w" is rare in code; ``m in text`` for both costs ~2.5x as much (~1.8 ms a MB of code)
_MARKER = _lazyre.compile(r"w(?:(?<=:allow)|(?<=pragma: allow)list)")


@last_texts()  # a redact asks twice (its findings, then their repeats)
def allowed_lines(text: str) -> frozenset[int]:
    """0-based numbers of the lines on which findings are allowed."""
    if not has_marker(text):  # most texts stop here
        return frozenset()
    return frozenset(_marked_lines(text))


def has_marker(text: str) -> bool:
    """Whether ``text`` holds one of MARKERS."""
    return _MARKER.search(text) is not None


def _marked_lines(text: str) -> set[int]:
    lines: set[int] = set()
    for no, line in enumerate(text.splitlines()):
        if "allow" not in line:
            continue
        if any(m in line for m in NEXT_LINE):
            lines.add(no + 1)
        elif any(m in line for m in SAME_LINE):
            lines.add(no)
    return lines


def drop_allowed(text: str, findings: Iterable[Finding]) -> list[Finding]:
    found = list(findings)
    if not found:
        return found
    allowed = allowed_lines(text)
    if not allowed:
        return found
    starts = line_starts(text)
    return [f for f in found if bisect.bisect_right(starts, f.start) - 1 not in allowed]


def line_starts(text: str) -> list[int]:
    """Offsets at which each line begins (``splitlines`` boundaries: \\n, \\r\\n, \\r)."""
    starts = [0]
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        starts.append(pos)
    return starts
