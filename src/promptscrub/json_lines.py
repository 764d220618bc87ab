"""Tables inside a notebook's JSON: a ``print(df)`` in a cell's output is stored as an array of escaped lines
(``"text/plain": ["      name        phone\\n", "0  Ann Lee  030 1234567\\n"]``, ``"text": [...]`` of a stream,
``"source": [...]`` of a cell). In the raw text every row is a JSON string of its own, with ``\\n`` escapes and
``", "`` between rows, so no table reader sees a table there. This module builds the view of those lines --
each array's strings unescaped by the JSON rules (``\\n \\" \\\\ \\/ \\t \\r \\b \\f \\uXXXX``, a surrogate
pair as one character) and joined in order, arrays apart by a blank line -- runs the table-column detectors
(``pii_columns``, ``secret_tables``) on it, and maps their findings back onto the text (:class:`JsonLines`:
``json`` decodes the arrays; the way back is an :class:`.escaped.MappedView` of the arrays findings fall in).

A finding is mapped back to the characters inside the strings only: one that runs over the end of a string
into the next (a line split over two strings) is split into a finding per string; JSON syntax (quotes,
commas, the layout between strings) is never covered, so the redacted notebook stays valid JSON.

Read: every array of strings (``[ "…", "…" ]``, nothing else in it) and every string value (``"key": "…"``,
a notebook saved with its lines joined) that holds a ``\\n`` escape. Strings are found from the start of the
text (outside a string there is no ``"`` in JSON), and none runs over a line break (JSON has none in a
string), so a text cut inside a string (a stream's window) falls in step again at the next line.

Cheap when the text is no notebook: :func:`holds_json_lines` is two substring tests (``"cell_type"``, which
every notebook cell has, and ``"output_type"``, which every output has: a pasted output alone), and nothing
else is done without them.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from .escaped import BLOCK_GAP, MappedView
from .findings import Finding
from .text_search import NOTEBOOK_KEYS, holds_any

#: the detectors that read tables: run again on the view
TABLE_READERS = frozenset({"pii_columns", "secret_tables"})

_STRING = r'"[^"\\\r\n]*+(?:\\.[^"\\\r\n]*+)*+"'
#: an array of strings, a string value, or any other string (consumed whole, so the search never starts
#: inside one)
_TOKEN = re.compile(rf"\[\s*+({_STRING}(?:\s*+,\s*+{_STRING})*+)\s*+\]|:\s*+({_STRING})|{_STRING}")
_ONE_STRING = re.compile(_STRING)
_JSON_ESCAPE = re.compile(r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([\"\\/bfnrt]))")
_MAX = 1 << 62
_CHAR = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def holds_json_lines(text: str) -> bool:
    """Whether ``text`` looks like a notebook (or a part of one: a cell, an output). Two substring tests
    (~5 ms on 3.7 MB of code: one search for what both keys end in, ``_type"``, is no faster)."""
    return holds_any(text, NOTEBOOK_KEYS)


def _decode(m: re.Match[str]) -> str:
    high, low, code, char = m.groups()
    if char is not None:
        return _CHAR.get(char, char)
    if code is not None:
        return chr(int(code, 16))
    return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))


_DECODE = json.JSONDecoder(strict=False).decode  # a raw tab in a string is read as it is


class JsonLines:
    """The lines the text's JSON string arrays (and string values) hold, unescaped: each array's strings
    joined, the arrays apart by a blank line (:data:`.escaped.BLOCK_GAP`). Only those holding a ``\\n``
    escape are taken.

    ``text`` is decoded by ``json`` (C speed: one call per array); the way back from a span of it to the
    source's characters (a :class:`.escaped.MappedView` of the array's strings) is built only for the arrays
    a finding falls in."""

    def __init__(self, source: str) -> None:
        self.source = source
        #: per array (or string value): its start and end in the view, and in the source (the strings'
        #: quotes and what is between them included)
        self.blocks: list[tuple[int, int, int, int]] = []
        self._mapped: dict[int, MappedView | None] = {}
        parts: list[str] = []
        pos = 0
        for m in _TOKEN.finditer(source):
            group = 1 if m.start(1) >= 0 else 2 if m.start(2) >= 0 else 0
            if not group or "\\n" not in m.group(group):
                continue
            try:
                decoded = _DECODE(m.group(0) if group == 1 else m.group(2))
                piece = "".join(decoded) if group == 1 else decoded
            except ValueError:  # an escape JSON has not: read as far as it goes
                view = self._view(m.start(group), m.end(group))
                self._mapped[len(self.blocks)] = view
                piece = view.text()
            if parts:
                parts.append(BLOCK_GAP)
                pos += len(BLOCK_GAP)
            parts.append(piece)
            self.blocks.append((pos, pos + len(piece), m.start(group), m.end(group)))
            pos += len(piece)
        self.text = "".join(parts)

    def _view(self, start: int, stop: int) -> MappedView:
        view = MappedView()
        for s in _ONE_STRING.finditer(self.source, start, stop):
            view.add(self.source, s.start() + 1, s.end() - 1, _JSON_ESCAPE, _decode)
        return view

    def _block_view(self, k: int) -> MappedView | None:
        """The map back of block ``k`` (None when it does not give the text ``json`` read: none is taken)."""
        if k not in self._mapped:
            vs, ve, ss, se = self.blocks[k]
            view = self._view(ss, se)
            self._mapped[k] = view if view.text() == self.text[vs:ve] else None
        return self._mapped[k]

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The source spans of the view's ``start:end``: the characters inside the strings only, one span per
        string (and array) it runs over, each escape whole."""
        out: list[tuple[int, int]] = []
        k = max(0, bisect_right(self.blocks, (start, _MAX)) - 1)
        for k in range(k, len(self.blocks)):
            vs, ve = self.blocks[k][:2]
            if vs >= end:
                break
            a, b = max(start, vs), min(end, ve)
            if a < b and (view := self._block_view(k)) is not None:
                out.extend(view.pieces(a - vs, b - vs))
        return out


def json_lines_findings(text: str, detects: Iterable[Callable[[str], list[Finding]]]) -> list[Finding]:
    """What the ``detects`` find in the lines of the text's JSON string arrays, as spans of ``text``
    inside its strings (a finding over two strings: one per string)."""
    lines = JsonLines(text)
    if not lines.blocks:
        return []
    out: list[Finding] = []
    for detect in detects:
        for f in detect(lines.text):
            for start, end in lines.pieces(f.start, f.end):
                out.append(Finding(start, end, f.category, f.type, f.rule_id, f.score))
    return out
