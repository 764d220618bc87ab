"""What comes right before a capitalised word, shared by the name and place detectors: a code keyword
(``class Foo``, ``import Bar``, ``Foo::``) or a cue phrase (``Dear``, ``lives in``).

Why classes and not plain regexes: the checks run for every capitalised word of a text, and a regex
search over the window costs ~5-8 µs where a string test rejects nearly every word in ~0.5 µs.
The regex still decides every word the string test lets through, so the answer is the regex's.
"""
from __future__ import annotations


from ..char_tables import fold
from . import _lazyre

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


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


class CueBefore:
    """A ``$``-anchored, case-insensitive cue regex (``(?i:\\b(?:in|from|city of))[ \\t]+$``) searched in
    ``text[pos:endpos]``, run only where that slice can end with a cue.

    ``last_words`` are the words every cue phrase ends with (``of`` for ``city of``); ``trailing`` the
    characters the regex allows after a phrase (never a phrase's last character), ``needs`` those of them
    it requires (the slice must end with one, ignoring a final newline). A slice whose tail, stripped of
    ``trailing`` and folded as ``re`` compares case-insensitively (:func:`fold`), ends with no last word
    cannot match. (Non-ASCII tails were once always left to the regex: ~35 us a capitalised word of Russian.)
    """

    def __init__(self, pattern: Any, last_words: str, trailing: str = " \t", needs: str = "") -> None:
        self.pattern = pattern
        self.tails = tuple(last_words.split())
        self.strip = trailing + "\n"  # ``$`` also matches before a final newline
        self.needs = needs
        self.width = max(len(t) for t in self.tails)
        #: what can come right before the required character: a phrase's end (in any case) or more trailing
        self.before_needs = frozenset(self.strip + "".join(t[-1].lower() + t[-1].upper() for t in self.tails))
        if min(len(t) for t in self.tails) < 2:
            raise ValueError("every last word needs two characters (see may_end)")
        #: the last words and their last two characters, folded
        self.folded = tuple(fold(t) for t in self.tails)
        self.ends = frozenset(t[-2:] for t in self.folded)
        #: ``may_end`` of the three characters before the end of a slice, memoised (few distinct ones occur)
        self.gate: dict[str, bool] = {}

    def may_end(self, key: str) -> bool:
        """Whether a slice ending in ``key`` (its last three characters) can match: False only where
        ``search`` surely finds nothing. ``key`` decides it when, stripped of ``trailing`` (and a final
        newline), two characters are left: the phrase would end with them, folded alike."""
        if len(self.gate) > 20_000:
            self.gate.clear()
        k = key[:-1] if key.endswith("\n") else key
        if self.needs and k[-1:] not in self.needs:
            ok = False
        else:
            r = k.rstrip(self.strip)
            ok = len(r) < 2 or (r[-2:].lower() if r[-2:].isascii() else fold(r[-2:])) in self.ends
        self.gate[key] = ok
        return ok

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        if end - 3 >= pos:  # the commonest rejection: one dictionary look-up
            key = text[end - 3:end]
            ok = self.gate.get(key)
            if not (ok or ok is None and self.may_end(key)):
                return None
        if self.needs:
            e = end - 1 if end > pos and text[end - 1] == "\n" else end
            if e <= pos or text[e - 1] not in self.needs:
                return None
            c = text[e - 2] if e - 2 >= pos else "é"
            if c not in self.before_needs and c.isascii():
                return None  # the commonest rejection ("= Foo", "# Foo") without slicing
        tail = text[pos:end].rstrip(self.strip)[-self.width:]
        if not (tail.lower() if tail.isascii() else fold(tail)).endswith(self.folded):
            return None
        return self.pattern.search(text, pos, end)
