"""The ASCII and non-ASCII stretches of a text, whole lines each, shared by the name, place and address
detectors: their scans run faster on ASCII (an ASCII twin of a regex, a byte search) and code is mostly
ASCII with a stray non-ASCII line.

Finding the non-ASCII characters with a regex costs ~4 ns a character; ``str.isascii`` on a slice (a copy
that CPython makes with a vectorised scan) costs a fraction of that, so chunks are tested that way first.
"""
from __future__ import annotations

import re
from typing import Iterator

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: chunk sizes: a large one skips ASCII text quickly, a small one narrows down a non-ASCII character
_BIG, _SMALL = 1 << 16, 1 << 12


def next_non_ascii(text: str, pos: int = 0) -> int:
    """Where the first non-ASCII character at or after ``pos`` is (-1: none)."""
    n = len(text)
    while pos < n:
        if text[pos:pos + _BIG].isascii():
            pos += _BIG
            continue
        end = min(n, pos + _BIG)
        while text[pos:pos + _SMALL].isascii():
            pos += _SMALL
        m = _NON_ASCII.search(text, pos, min(end, pos + _SMALL))
        assert m is not None
        return m.start()
    return -1


def line_stretches(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, ascii)`` for consecutive stretches of whole lines covering ``text``: each non-ASCII
    stretch is one line holding a non-ASCII character, with its line break; the ASCII ones lie between."""
    pos, n = 0, len(text)
    while pos < n:
        at = next_non_ascii(text, pos)
        if at < 0:
            yield pos, n, True
            return
        ls = max(pos, text.rfind("\n", pos, at) + 1)
        if ls > pos:
            yield pos, ls, True
        le = text.find("\n", at + 1)
        le = n if le < 0 else le + 1
        yield ls, le, False
        pos = le
