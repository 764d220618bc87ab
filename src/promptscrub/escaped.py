"""Secrets inside escaped strings: a notebook's sources (``"api_key = \\"...\\"\\n"``), JSON logged inside
JSON (``"msg": "{\\"password\\": \\"...\\"}"``), a shell-quoted snippet. Every quoted-value rule stops at
the backslash, so the pattern rules are run again on an unescaped view of the lines that hold one — ``\\"`` and ``\\'``
read as the quote — and what they find there is mapped back onto the original characters.

Only secrets are taken from the view: the other detectors see the quotes' backslashes as what they are
and find their own values in the original text.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Callable

from .findings import Finding

#: An escaped quote, an escaped backslash (a string can end in a backslash) and the escaped line breaks and
#: tab (a value's closing quote is often followed by an escaped line break, which is no more of the value).
_ESCAPE = re.compile(r"\\([\\\"'ntr])")
_CHAR = {"n": "\n", "t": "\t", "r": "\r"}


def has_escaped_quotes(text: str) -> bool:
    return '\\"' in text or "\\'" in text


def unescaped_view(text: str) -> tuple[str, array]:
    """The text with ``\\"``, ``\\'``, ``\\\\``, ``\\n``, ``\\t`` and ``\\r`` read as one character each, and for
    every character of the view the offset of the character it came from (the second of the two)."""
    parts: list[str] = []
    offsets = array("l")
    pos = 0
    for m in _ESCAPE.finditer(text):
        s = m.start()
        parts.append(text[pos:s])
        offsets.extend(range(pos, s))
        parts.append(_CHAR.get(m.group(1), m.group(1)))
        offsets.append(s + 1)
        pos = m.end()
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets


#: What separates two blocks in the joined view: a blank line, which no secret crosses.
BLOCK_GAP = "\n\n"
_ESCAPED_QUOTE = re.compile(r"\\[\"']")


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


def escaped_secrets(text: str, detect: Callable[[str], list[Finding]]) -> list[Finding]:
    """The secrets ``detect`` finds in the unescaped view of the lines holding an escaped quote, as spans
    of ``text`` (a span keeps the backslashes inside it). The blocks' views are joined by blank lines and
    detected in one call (one call per block costs more than the scan); a finding across two blocks is
    dropped, as it is across the blank line only."""
    if not has_escaped_quotes(text):
        return []
    views: list[str] = []
    offsets = array("l")
    for base, stop in _escaped_blocks(text):
        if views:
            views.append(BLOCK_GAP)
            offsets.extend([-1] * len(BLOCK_GAP))
        view, where = unescaped_view(text[base:stop])
        views.append(view)
        offsets.extend(o + base for o in where)
    joined = "".join(views)
    out = []
    for f in detect(joined):
        if f.category != "secret":
            continue
        start, end = offsets[f.start], offsets[f.end - 1] + 1
        if -1 in offsets[f.start:f.end]:
            continue  # across two blocks
        if start > 0 and text[start - 1] == "\\" and (f.start == 0 or offsets[f.start - 1] != start - 1):
            start -= 1  # the span starts with an escaped character: its backslash goes with it
        out.append(Finding(start, end, f.category, f.type, f.rule_id, f.score))
    return out
