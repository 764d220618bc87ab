"""Codenames and other company terms (``[internal] terms`` / ``terms_files``): one Aho-Corasick pass.

Thousands of terms would be thousands of regexes, or one enormous alternation that ``re`` matches
slowly; an Aho-Corasick automaton (``ahocorasick_rs``, imported only when there are terms) finds all of
them in one pass over the lowercased text, and a cheap boundary check keeps whole words only.

Matching is case-insensitive, but each spelling is its own value: the vault keys by exact value, so
``Nightjar`` and ``NIGHTJAR`` get different placeholders and restore gives back exactly what was written.
"""
from __future__ import annotations


from ..findings import Finding

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RULE_ID = "internal-terms"


def fold_case(text: str) -> str:
    """Lowercase without changing any offset (``'İ'.lower()`` is two characters; such characters stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"


#: Scripts written without blanks between words (CJK ideographs, kana, Thai, Lao, Khmer, Myanmar): a letter
#: of theirs beside a term is the next word, not more of the term's (``麒麟计划项目``: the project's name, then
#: "project"; ``Hoshizora停止``). Hangul is written with blanks, but its particles are glued on after a word
#: (``별빛은``): a Hangul letter after a term's end bounds it too.
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x2FDF), (0x3005, 0x3007),
             (0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
             (0x20000, 0x3134F))
_HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7A3))


def _in(c: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    o = ord(c)
    return o > 0x0DFF and any(a <= o <= b for a, b in ranges)


def _glued(before: str, after: str, at_end: bool) -> bool:
    """Whether two word characters side by side still part two words: one of them of a script written
    without blanks; or, at a term's end, a Hangul particle after it."""
    return _in(before, _UNSPACED) or _in(after, _UNSPACED) or (at_end and _in(after, _HANGUL))


def word_bounded(text: str, start: int, end: int) -> bool:
    """Whole word in the regex sense: no word character (letter, digit, ``_``) touches either end, unless
    the two are of a script written without blanks (see :func:`_glued`)."""
    if start > 0 and _word(text[start]) and _word(text[start - 1]) and not _glued(text[start - 1], text[start], False):
        return False
    return not (end < len(text) and _word(text[end - 1]) and _word(text[end])
                and not _glued(text[end - 1], text[end], True))


def identifier_bounded(text: str, start: int, end: int) -> bool:
    """Also a part of an identifier: ``nightjar_client``, ``NightjarClient``, ``getNightjar`` (not ``nightjars``)."""
    if start > 0:
        before, first = text[start - 1], text[start]
        if before.isalnum() and first.isalnum() and not (first.isupper() and (before.islower() or before.isdigit())) \
                and not _glued(before, first, False):
            return False
    if end < len(text):
        last, after = text[end - 1], text[end]
        if after.isalnum() and last.isalnum() and not (after.isupper() and last.islower()) and not _glued(last, after, True):
            return False
    return True


def spellings(term: str) -> list[str]:
    """A multi-word term as prose writes it and as code and hosts do: ``silver birch``, ``silver-birch``,
    ``silver_birch`` and ``silverbirch`` (``SilverBirch``, ``SILVER_BIRCH`` alike, matching ignores case)."""
    words = term.split(" ")
    return [term] if len(words) == 1 else [term, "-".join(words), "_".join(words), "".join(words)]


class TermsDetector:
    """Options: ``terms`` (list), ``type`` (placeholder label, default ``CODENAME``), ``boundaries`` (word|identifier)."""

    name = "internal_terms"

    def __init__(self, options: dict[str, Any]) -> None:
        terms = [t for t in options.get("terms", []) if isinstance(t, str) and t.strip()]
        self.type = options.get("type", "CODENAME")
        self.bounded = identifier_bounded if options.get("boundaries") == "identifier" else word_bounded
        self.terms = list(dict.fromkeys(v for t in terms for v in spellings(fold_case(t))))
        self._automaton: Any = None

    def detect(self, text: str) -> list[Finding]:
        if not self.terms or not text:
            return []
        if self._automaton is None:
            import ahocorasick_rs

            self._automaton = ahocorasick_rs.AhoCorasick(self.terms, matchkind=ahocorasick_rs.MatchKind.Standard)
        hits = self._automaton.find_matches_as_indexes(fold_case(text), overlapping=True)
        bounded = self.bounded
        return [Finding(s, e, "internal", self.type, RULE_ID, 0.95) for _, s, e in hits if bounded(text, s, e)]
