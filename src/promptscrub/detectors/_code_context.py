""""Is this capitalised word a code name?": the keyword right before it (``class Foo``, ``import Bar``,
``Foo::``), shared by the name and place detectors.

Why a class and not one regex each: the check runs for every capitalised word of a text, and a
regex search over the window costs ~8 µs where a string test rejects nearly every word in ~0.5 µs.
The regex still decides every word the string test lets through, so the answer is the regex's.
"""
from __future__ import annotations

from . import _lazyre


class CodeKeywordBefore:
    """``(?:\\b(?:kw1|kw2|...)[ \\t]+|::)$`` searched in the ``window`` characters before a position."""

    def __init__(self, keywords: str, window: int) -> None:
        words = keywords.split()
        self.pattern = _lazyre.compile(r"(?:\b(?:" + "|".join(words) + r")[ \t]+|::)$")
        self.tails = tuple(words)
        self.window = window

    def __call__(self, text: str, s: int) -> bool:
        lo = max(0, s - self.window)
        e = s - 1 if s > lo and text[s - 1] == "\n" else s  # ``$`` also matches before a final newline
        if e <= lo:
            return False
        if text[e - 1] in " \t":
            if not text[lo:e].rstrip(" \t").endswith(self.tails):
                return False
        elif not text[lo:e].endswith("::"):
            return False
        return self.pattern.search(text, lo, s) is not None
