"""Secrets a terminal wrapped: a scrollback copied from tmux, ``screen`` or a terminal emulator breaks a long line
every ``W`` columns with a hard line break and no backslash, so a key that crosses column ``W`` comes out in
pieces (``... -u sk_live_`` / ``A93JNLlXUdci4yiXFu2T...``). A rule finds the first piece at best (a generic rule
takes ``sk-ant-api03-12jN...`` after ``API_KEY=``, the vendor rule wants the whole length), and the rest of the
key stays in clear on the next lines.

The pattern rules are run again on a *joined view* of the lines that look hard-wrapped, their line breaks
taken out, and a secret found there across a break is mapped back onto the original characters: one span from
the key's first character to its last, line breaks included, so that one placeholder replaces all of it and
restore gives back the breaks too. (Called by ``Scrubber.find`` right after the pattern detector, on texts
with a line break.)

A line break is taken for a wrap (a *joint*) only when

* a token runs across it: the line ends with a character of a key's alphabet (letters, digits, ``_-+/=.~``)
  and the next line starts with one at column 0; the two pieces hold 12 characters or more and a digit;
* the line is *full*: it has no tab, at least 20 columns (wide characters count two), neither neighbour
  is wider, and its width is a common terminal width (80, 100, 120, 132 ...), or another wrapped line of
  the same width is near it (the terminal's width, seen twice), or the line ends in a bare key prefix
  (``sk_live_``, ``ghp_``, ``sk-ant-api03-``: a token ending in ``_`` or ``-`` is never a whole value);
* the next line does not plainly start a line of its own: the token it starts with does not also start a
  nearby line that follows a shorter one or opens the text (a shell prompt's ``user@host``, a log line's
  date: the command above simply ended at the last column).

And a secret found across a joint is kept only when the joint makes it: its rule is a vendor format that
the first piece alone did not satisfy (``sk_live_6`` is too short for a Stripe key; joined, it is one). When
the piece before the break was already a whole match of the same rule (a key that happens to end at the
last column), or the rule is generic (a value after a secret's name, any shape), a next line that starts a
new line of its own (``echo done``, a prompt's user name, a word) must not be swallowed: each piece after a
break must be a whole line or read as random (eight characters or more changing between upper case, lower case
and digits three times or more; not a word, identifier, number or path), and never open with ``NAME=value`` (the
next line of an ``env`` dump whose lines happen to share a width).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from .detectors import _lazyre as lazyre  # compiled on first use, from the regex code cache
from .findings import Finding

__all__ = ["COMMON_WIDTHS", "joints", "wrapped_secrets"]

#: Terminal widths common enough that one full line of that width is taken for a wrap.
COMMON_WIDTHS = frozenset({80, 100, 120, 132, 140, 150, 160, 180, 200, 220, 240, 250, 256, 300})
#: the narrowest terminal considered
MIN_WIDTH = 20
#: the pieces of a token across a break must hold this many characters (and a digit) to be looked at
MIN_TOKEN = 12
#: lines above and below a wrapped line where another one of the same width, or a line that starts with the
#: same token, is looked for
NEAR_LINES = 40

_TOKEN = "A-Za-z0-9_+/=.~-"
#: a line break between two token characters (``\n`` first: the regex engine then jumps from one to the next)
_BREAK = lazyre.compile(rf"\n(?:(?<=[{_TOKEN}]\n)|(?<=[{_TOKEN}]\r\n))(?=[{_TOKEN}])")
#: the token a line ends with (fullmatch over the line: the greedy head backs off to the last non-token character)
_TAIL = lazyre.compile(rf"(?:[^\n]*[^\n{_TOKEN}])?([{_TOKEN}]+)")
_HEAD = lazyre.compile(rf"[{_TOKEN}]+")
_DIGIT = lazyre.compile(r"\d")
#: (separates two runs of joined lines in the view: a blank line, which no secret crosses)
_GAP = "\n\n"


def _cells(line: str) -> int:
    """Columns a terminal gives the line: two for a wide (East Asian) character, none for a combining mark."""
    if line.isascii():
        return len(line)
    import unicodedata

    from .detectors._stretches import is_wide

    return sum(0 if unicodedata.combining(c) else 2 if is_wide(c) else 1 for c in line)


def _line_end(text: str, ls: int) -> int:
    """The end of the line that starts at ``ls``, before its line break (``\r\n`` too)."""
    end = text.find("\n", ls)
    end = len(text) if end < 0 else end
    return end - 1 if end > ls and text[end - 1] == "\r" else end


def _width_at(text: str, ls: int) -> int:
    return _cells(text[ls:_line_end(text, ls)])


def _starts_lines(text: str, head: str, at: int, width: int) -> bool:
    """Whether ``head`` (the token the line at ``at`` starts with) also starts a line nearby (within
    ``NEAR_LINES`` lines of ``width``) that plainly starts one: the text's first line, or one under a line
    narrower than ``width``. A shell prompt's user name, a log line's date: the line at ``at`` then starts a
    line of its own too, though the line above it is full (a command that ended at the last column). A
    wrapped key's piece starts no other line (but the same key's, wrapped the same way: that one is under a
    full line too)."""
    if len(head) < 3:
        return False
    lo, hi = max(0, at - NEAR_LINES * (width + 1)), min(len(text), at + NEAR_LINES * (width + 1))
    if lo == 0 and at != 0 and text.startswith(head) and _HEAD.match(text).group() == head:
        return True  # the text's first line
    needle = "\n" + head
    pos = text.find(needle, lo, hi)
    while pos >= 0:
        start = pos + 1
        if start != at and _HEAD.match(text, start).group() == head:
            prev = text.rfind("\n", 0, pos) + 1
            if _width_at(text, prev) < width:
                return True
        pos = text.find(needle, start, hi)
    return False


def joints(text: str) -> list[int]:
    """Offsets of the line breaks (their ``\\n``) that read as a terminal's wrap of a token, in order."""
    cut: list[tuple[int, int, int, int]] = []  # lines that end and are followed by a token: (nl, ls, le, width)
    by_width: dict[int, list[int]] = {}  # their starts, by width
    for m in _BREAK.finditer(text):
        nl = m.start()
        le = nl - 1 if text[nl - 1] == "\r" else nl
        ls = text.rfind("\n", 0, le) + 1
        if le - ls < MIN_WIDTH:
            continue
        width = _cells(text[ls:le])
        if width < MIN_WIDTH:
            continue
        cut.append((nl, ls, le, width))
        by_width.setdefault(width, []).append(ls)
    out = []
    for nl, ls, le, width in cut:
        tail = _TAIL.fullmatch(text, ls, le).group(1)  # type: ignore[union-attr]
        head = _HEAD.match(text, nl + 1).group()  # type: ignore[union-attr]
        if len(tail) + len(head) < MIN_TOKEN or not (_DIGIT.search(tail) or _DIGIT.search(head)):
            continue
        if len(head) >= 4 and text.startswith(head[:4], ls):
            continue  # the next line opens as this one does (token=ghp_..., a list of keys): rows, not a wrap
        if "\t" in text[ls:le]:
            continue  # a terminal expands tabs: the line's width is unknown
        if ls and _width_at(text, text.rfind("\n", 0, ls - 1) + 1) > width or _width_at(text, nl + 1) > width:
            continue  # a terminal at this width has no wider line
        if not (width in COMMON_WIDTHS or len(tail) >= 3 and tail[-1] in "_-" and any(c.isalpha() for c in tail)
                or _seen_near(by_width[width], ls, width)):
            continue
        if not _starts_lines(text, head, nl + 1, width):
            out.append(nl)
    return out


def _seen_near(starts: list[int], ls: int, width: int) -> bool:
    """Whether another cut line of the same width (``starts``, in order) is within ``NEAR_LINES`` lines."""
    reach = NEAR_LINES * (width + 1)
    return bisect_right(starts, ls + reach) - bisect_left(starts, ls - reach) > 1


class _View:
    """Runs of lines joined where the joints are, and the way back: each line is a piece of the view that
    starts at ``vstarts[k]`` and comes from ``ostarts[k]`` of the text (-1: a gap between two runs)."""

    def __init__(self, text: str, breaks: Sequence[int]) -> None:
        parts: list[str] = []
        self.vstarts: list[int] = []
        self.ostarts: list[int] = []
        size = i = 0
        while i < len(breaks):
            if parts:
                self.vstarts.append(size)
                self.ostarts.append(-1)
                parts.append(_GAP)
                size += len(_GAP)
            ls = text.rfind("\n", 0, breaks[i]) + 1
            while True:  # one line, then the next one while a joint links them
                le = _line_end(text, ls)
                self.vstarts.append(size)
                self.ostarts.append(ls)
                parts.append(text[ls:le])
                size += le - ls
                nl = text.find("\n", le)
                if i < len(breaks) and breaks[i] == nl:
                    i += 1
                    ls = nl + 1
                    continue
                break
        self.text = "".join(parts)
        self.vstarts.append(size)  # the end

    def pieces(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """The spans of the text that the view's ``start:end`` comes from, one per line; None across a gap."""
        k = bisect_right(self.vstarts, start) - 1
        out = []
        while self.vstarts[k] < end:
            if self.ostarts[k] < 0:
                return None
            s, e = max(start, self.vstarts[k]), min(end, self.vstarts[k + 1])
            out.append((self.ostarts[k] + s - self.vstarts[k], self.ostarts[k] + e - self.vstarts[k]))
            k += 1
        return out


#: a run of one character class: upper-case letters, lower-case letters, digits
_CLASS_RUN = lazyre.compile(r"[A-Z]+|[a-z]+|[0-9]+")
#: a line that opens with a variable's assignment (``NODE_VERSION=20.11.1``, ``VAULT_TOKEN=hvs...``): an ``env`` dump's
#: or a ``.env`` file's next line, never the rest of a wrapped token (base64 has ``=`` only at its end)
_ASSIGNMENT_START = lazyre.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}=[^=\s]")


def _reads_random(piece: str) -> bool:
    """Whether the piece of a token on a line after a break reads as the rest of a random token: eight
    characters or more whose letters and digits change class at least three times (``7bQXESUw4m0E``,
    ``i21jm90utcr6``), not a word, a name, a command or a date a new line starts with (``echo``,
    ``deploy2024``, ``2025-10-19T21``)."""
    if len(piece) < 8:
        return False
    from . import secret_filters

    runs = len(_CLASS_RUN.findall(piece))
    return runs >= 4 and not (secret_filters.is_not_secret(piece) or secret_filters.is_placeholder(piece))


def _kept(text: str, f: Finding, pieces: list[tuple[int, int]], found: Sequence[Finding], generic: bool) -> bool:
    """Whether a finding across joints (``pieces``: its spans of the text, one per line) is one secret."""
    whole_before = any(g.rule_id == f.rule_id and (g.start, g.end) == pieces[0] for g in found)
    if not (generic or whole_before):
        return True  # a vendor format the first piece alone did not satisfy
    for s, e in pieces[1:]:
        if _ASSIGNMENT_START.match(text, s, e):
            return False  # NAME=value: a line of its own (an env dump's next variable), not the token's rest
        ls = text.rfind("\n", 0, s) + 1
        if (s, e) == (ls, _line_end(text, ls)):
            continue  # a whole line of the token: a wrapped line's middle
        if not _reads_random(text[s:e]):
            return False
    return True


def wrapped_secrets(text: str, found: Sequence[Finding], detector: Any) -> list[Finding]:
    """The secrets ``detector`` (a :class:`~promptscrub.detectors.patterns.PatternDetector`) finds across the
    terminal wraps of ``text``, as spans of ``text`` holding the line breaks; ``found``: what it found in
    ``text`` itself (a piece that was already a whole match decides how strict the join is)."""
    if "\n" not in text:
        return []
    breaks = joints(text)
    if not breaks:
        return []
    view = _View(text, breaks)
    out = []
    for f in detector.detect_secrets(view.text):
        if f.category != "secret":
            continue
        pieces = view.pieces(f.start, f.end)
        if pieces is None or len(pieces) < 2:
            continue  # across two runs, or within one line: found in the text already
        if _kept(text, f, pieces, found, detector.is_generic(f.rule_id)):
            out.append(Finding(pieces[0][0], pieces[-1][1], f.category, f.type, f.rule_id, f.score))
    return out
