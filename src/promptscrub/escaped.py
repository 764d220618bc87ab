"""Secrets inside escaped strings: a notebook's sources (``"api_key = \\"...\\"\\n"``), JSON logged inside
JSON (``"msg": "{\\"password\\": \\"...\\"}"``), a shell-quoted snippet. Every quoted-value rule stops at
the backslash, so the pattern rules are run again on an unescaped view of the lines that hold one — ``\\"`` and ``\\'``
read as the quote — and what they find there is mapped back onto the original characters.

Only secrets are taken from the view: the other detectors see the quotes' backslashes as what they are
and find their own values in the original text.

:class:`MappedView` (a view built from pieces of a text, escapes read as the characters they stand for, and
the way back to the text's spans) is shared with :mod:`.json_lines` (the lines held in a notebook's JSON
string arrays, read for tables).
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Callable

from .detectors import _lazyre  # compiled on first use, from the regex code cache: not at every start
from .findings import Finding
from .text_search import holds_any

#: a quote escaped with a backslash: a string inside a string
ESCAPED_QUOTES = ('\\"', "\\'")

#: An escaped quote, an escaped backslash (a string can end in a backslash) and the escaped line breaks and
#: tab (a value's closing quote is often followed by an escaped line break, which is no more of the value).
_ESCAPE = _lazyre.compile(r"\\([\\\"'ntr])")
_CHAR = {"n": "\n", "t": "\t", "r": "\r"}


def _decode(m: re.Match[str]) -> str:
    return _CHAR.get(m.group(1), m.group(1))


class MappedView:
    """A text made of pieces of another one (their escapes read as what they stand for) and of gaps, with,
    for every character ``i`` of it, the span ``starts[i]:ends[i]`` of the original it came from (a whole
    escape for an unescaped character, -1 for a gap's). Build with :meth:`add` and :meth:`gap`, then read
    :meth:`text` and map spans of it back with :meth:`span` or :meth:`pieces`."""

    __slots__ = ("_parts", "starts", "ends")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.starts = array("l")
        self.ends = array("l")

    def __bool__(self) -> bool:
        return bool(self._parts)

    def add(self, text: str, start: int, stop: int, escape: re.Pattern[str],
            decode: Callable[[re.Match[str]], str]) -> None:
        """``text[start:stop]``, each match of ``escape`` read as ``decode(match)``."""
        parts, starts, ends = self._parts, self.starts, self.ends
        pos = start
        for m in escape.finditer(text, start, stop):
            s, e = m.span()
            if s > pos:
                parts.append(text[pos:s])
                starts.extend(range(pos, s))
                ends.extend(range(pos + 1, s + 1))
            c = decode(m)
            parts.append(c)
            starts.extend([s] * len(c))
            ends.extend([e] * len(c))
            pos = e
        if stop > pos:
            parts.append(text[pos:stop])
            starts.extend(range(pos, stop))
            ends.extend(range(pos + 1, stop + 1))

    def gap(self, filler: str) -> None:
        """Characters that come from nowhere (what separates two pieces)."""
        self._parts.append(filler)
        self.starts.extend([-1] * len(filler))
        self.ends.extend([-1] * len(filler))

    def text(self) -> str:
        return "".join(self._parts)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of the view's ``start:end`` (its escapes whole), or None when that holds a gap."""
        if -1 in self.starts[start:end]:
            return None
        return self.starts[start], self.ends[end - 1]

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The original spans of the view's ``start:end``, split where the original is not contiguous (between
        two pieces added apart) and without the gaps: each covers only characters that were added."""
        out: list[tuple[int, int]] = []
        starts, ends = self.starts, self.ends
        i = start
        while i < end:
            if starts[i] < 0:
                i += 1
                continue
            j = i + 1
            while j < end and starts[j] == ends[j - 1]:
                j += 1
            out.append((starts[i], ends[j - 1]))
            i = j
        return out


def has_escaped_quotes(text: str) -> bool:
    return holds_any(text, ESCAPED_QUOTES)


def unescaped_view(text: str) -> tuple[str, array]:
    """The text with ``\\"``, ``\\'``, ``\\\\``, ``\\n``, ``\\t`` and ``\\r`` read as one character each, and for
    every character of the view the offset of the character it came from (the second of the two)."""
    view = MappedView()
    view.add(text, 0, len(text), _ESCAPE, _decode)
    return view.text(), array("l", (e - 1 for e in view.ends))


#: What separates two blocks in the joined view: a blank line, which no secret crosses.
BLOCK_GAP = "\n\n"
_ESCAPED_QUOTE = _lazyre.compile(r"\\[\"']")


#: a quote escaped twice (``\\\\\\"``: an escaped backslash, then an escaped quote)
_DOUBLY_ESCAPED_QUOTE = _lazyre.compile(r"\\\\\\[\"']")


def _escaped_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that hold an escaped quote, consecutive lines as one block: only they
    are looked at again."""
    blocks: list[tuple[int, int]] = []
    for m in _ESCAPED_QUOTE.finditer(text):
        if blocks and m.start() < blocks[-1][1]:
            continue  # on a line already taken
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if blocks and start == blocks[-1][1] + 1:
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


#: How many levels of escaping are read: a JSON string holding JSON that holds a JSON string (a Redux-persist
#: entry of a ``JSON.stringify(localStorage)`` dump, where a token's quotes are written backslash, backslash,
#: backslash, quote) is three levels deep; each level past the first reads only the lines holding a quote
#: escaped once more.
MAX_DEPTH = 3


def escaped_secrets(text: str, detect: Callable[[str], list[Finding]], depth: int = MAX_DEPTH) -> list[Finding]:
    """The secrets ``detect`` finds in the unescaped view of the lines holding an escaped quote, as spans
    of ``text`` (a span keeps the backslashes inside it, and the one of an escape it starts with). The
    blocks' views are joined by blank lines and detected in one call (one call per block costs more than
    the scan); a finding across two blocks is dropped, as it is across the blank line only. The blocks
    holding a quote escaped twice (``\\\\\\"``) are read again, unescaped once more, up to ``depth`` levels,
    and mapped back through each view (only those blocks: a string ending in an escaped backslash, ``"C:\\\\"``,
    leaves ``\\"`` in the view too, and is no reason to read every escaped line twice)."""
    blocks = _escaped_blocks(text)  # none: no escaped quote
    if not blocks:
        return []
    view = _blocks_view(text, blocks)
    out = _mapped(view, [f for f in detect(view.text()) if f.category == "secret"])
    if depth > 1:  # the blocks holding a quote escaped twice (searched in the blocks only: no pass over the text)
        twice = [(b, e) for b, e in blocks if _DOUBLY_ESCAPED_QUOTE.search(text, b, e)]
        if twice:
            deeper = _blocks_view(text, twice)
            out.extend(_mapped(deeper, escaped_secrets(deeper.text(), detect, depth - 1)))
    return out


def _blocks_view(text: str, blocks: list[tuple[int, int]]) -> MappedView:
    view = MappedView()
    for base, stop in blocks:
        if view:
            view.gap(BLOCK_GAP)
        view.add(text, base, stop, _ESCAPE, _decode)
    return view


def _mapped(view: MappedView, found: list[Finding]) -> list[Finding]:
    out = []
    for f in found:
        span = view.span(f.start, f.end)
        if span is not None:  # None: across two blocks
            out.append(Finding(*span, f.category, f.type, f.rule_id, f.score))
    return out
