"""Finding a vault's ``--style fake`` surrogates in a text, however many the vault holds.

Restore (and redact, checking its output) looks for every surrogate as a whole token. One regex
alternation of them all, longest first, tries the surrogates one by one at each position: with
20,000 of them a 1.7 MB prompt took over a minute, and every new surrogate meant compiling it again.
:class:`SurrogateMatcher` finds exactly the matches of that regex (:func:`reference_pattern`), in
time linear in the text: a cheap scan for token starts, then a look-up by the first characters.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: the token boundaries of a surrogate (before: not inside a word, e-mail or number; after: the same)
BEFORE = r"(?<![\w.@+-])"
AFTER = r"(?![\w@]|[.:-]\w)"
_AFTER_RE = re.compile(AFTER)
#: how many leading characters index the surrogates
KEY = 3


def reference_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """The one-regex definition of what :class:`SurrogateMatcher` finds (kept for the tests, and for an empty word)."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(BEFORE + "(?:" + "|".join(map(re.escape, ordered)) + ")" + AFTER) if ordered else None


class SurrogateMatch:
    """What ``re.Match`` offers that restore reads: ``start()``, ``end()``, ``group()``."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("no such group")
        return self._text[self._start:self._end]


class SurrogateMatcher:
    """The matches of :func:`reference_pattern` for a growing set of words: ``finditer`` like a compiled regex."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._words: set[str] = set()
        self._lengths: dict[str, list[int]] = {}  # the lengths of the words by their first KEY characters, longest first
        self._short = False  # a word shorter than KEY: its own key
        self._starts: re.Pattern[str] | None = None  # token starts with a first character of some word; None: stale
        self._firsts: set[str] = set()
        self._fallback: re.Pattern[str] | None = None  # only for an empty word (which the regex matches anywhere)
        for word in words:
            self.add(word)

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def add(self, word: str) -> None:
        if word in self._words:
            return
        self._words.add(word)
        if not word:
            self._fallback = reference_pattern(self._words)
            return
        if self._fallback is not None:
            self._fallback = reference_pattern(self._words)
        lengths = self._lengths.setdefault(word[:KEY], [])
        if len(word) not in lengths:
            lengths.append(len(word))
            lengths.sort(reverse=True)
        self._short |= len(word) < KEY
        if word[0] not in self._firsts:
            self._firsts.add(word[0])
            self._starts = None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str] | SurrogateMatch]:
        """Non-overlapping matches from ``pos``, left to right; the longest word wins where several begin."""
        if self._fallback is not None:
            yield from self._fallback.finditer(text, pos)
            return
        if not self._words:
            return
        if self._starts is None:
            self._starts = re.compile(BEFORE + "[" + "".join(re.escape(c) for c in sorted(self._firsts)) + "]")
        done = pos
        for s in self._starts.finditer(text, pos):
            p = s.start()
            if p < done:
                continue
            end = self._longest_at(text, p)
            if end is not None:
                yield SurrogateMatch(text, p, end)
                done = end

    def _longest_at(self, text: str, p: int) -> int | None:
        """The end of the longest word at ``p`` that the text does not continue, or None."""
        lengths = self._lengths.get(text[p:p + KEY], [])
        if self._short:
            lengths = sorted({*lengths, *(n for k in range(1, KEY) for n in self._lengths.get(text[p:p + k], []) if n < KEY)},
                             reverse=True)
        size = len(text)
        for n in lengths:
            end = p + n
            if end <= size and text[p:end] in self._words and _AFTER_RE.match(text, end):
                return end
        return None
