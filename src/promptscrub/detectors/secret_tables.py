"""Secrets in tables: every data row's cell under a password / secret / token / API key column of a
Markdown or CSV table.

A regex match cannot look back at a header, so this reads the table instead: the header names the
column, then each data row down to the end of the table gives the cell under it.

- **Markdown:** a header row with its leading ``|`` (``| env | user | password |``, up to 3 spaces of
  indent), right under it a separator row (``|---|:--:|``, leading ``|`` optional), then the rows that
  start with ``|`` (again up to 3 spaces in). A header cell names a secret when it is one of
  ``password passwd pwd pw pass passphrase secret token api/private/secret/access key credential(s)``
  after at most two words (``DB password``, ``api_key``), ``**bold**`` or not. GFM tables without the
  leading ``|`` are not read.
- **CSV:** a header line of plain names (``[\\w .-]``, 40 characters at most, quoted or not, 32 fields
  at most) that starts with a name (no indent: ``def f(a, token, b):`` is code, not a header), then the
  lines that start with a field and hold a comma, down to the first that does not (a blank line, prose).
  Quoted fields may hold commas.

A cell is reported when it is one token: 4 to 200 characters, no whitespace, not starting with ``(``
(Markdown: no ``|`` or backtick; a backticked cell reports what is inside; CSV: no ``"``; a quoted field
reports what is inside the quotes). Then the value filters of a generic rule apply
(:func:`._secret_keep.keep_secret`): ``changeme``, ``<password>``, ``${VAR}``, words, paths and
identifiers are no finding.

Every secret column of the header is read (``| user | password | api_key |``), in every row; the
findings are ``PASSWORD`` secrets of rules ``markdown-table-secret-column`` / ``csv-secret-column``, score
0.6. The ``[detectors] secrets`` switch turns this on and off with the secret rule packs.

Cheap on text without tables (~5 ms on 3.7 MB of code): one search for the lines holding a ``|`` right
above a line that starts like a separator row, one for a comma followed by the characters of a name to
the end of its line and a CSV-like line under it; only those lines are read further.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..findings import Finding
from . import _lazyre as regex  # compiled on first use (and then from the regex code cache): no import cost
from ._secret_keep import keep_secret

TYPE = "PASSWORD"
MARKDOWN_RULE = "markdown-table-secret-column"
CSV_RULE = "csv-secret-column"
SCORE = 0.6
#: a CSV header with more fields than this is no header (the rules this replaced took up to ~35)
MAX_CSV_FIELDS = 32

#: a column name that says the column holds secrets, after at most two words (``DB password``, ``api_key``)
_NAME = (r"(?:[\w-]{1,20}[ _-]){0,2}(?:password|passwd|pwd|pw|pass|passphrase|secret|token"
         r"|(?:api|private|secret|access)[ _-]?key|credentials?)")
_MAX_NAME = 64  # characters: a longer header cell or field names no secret (and costs no regex)

# The searches over the whole text are linear whatever the input: a long line of | or of commas is read
# once, not once per | or comma. Cells and fields are matched with their spaces and tabs stripped.

# Markdown. A match per line holding a |, from its first | to its end; group 1 when the next line starts
# like a separator row: then the line is a header candidate, read whole.
_MD_HIT = regex.compile(r"\|[^\n]*+(?:\n[ \t]*+\|?+[ \t]*+:?+(-{3}))?")
_MD_ROW = regex.compile(r"[ \t]{0,3}\|")  # a header or data row; its cells follow
_MD_SEPARATOR = regex.compile(r"[ \t]*+\|?+[ \t]*+:?+-{3,}+[-:| \t]{0,400}+")
_MD_SECRET_NAME = regex.compile(rf"(?:\*\*)?{_NAME}(?:\*\*)?", re.I)
_MD_VALUE = regex.compile(r"`?([^|\s`(][^|\s`]{3,199})`?")

# CSV. A hit: a comma, then only the characters of a name to the end of its line (so the header's last
# field; any non-ASCII character passes, as a range costs less than a Unicode lookup per character), and
# a line under it that starts with a field and holds a comma. The line of the hit must then be header
# characters from its start, and only then is it split and its names read.
_CSV_HIT = regex.compile(r',[0-9A-Za-z_ .\t"\x80-\U0010ffff-]*+\r?\n[^\t\n\r ,][^\n,]*+,')
_CSV_HEADER_LINE = regex.compile(r'[\w."-][\w .\t",-]*+\r?\n')
_CSV_NAME = regex.compile(r'"?[\w .-]{0,40}"?')
_CSV_SECRET_NAME = regex.compile(rf'"?{_NAME}"?', re.I)
_CSV_SECOND_NAME = regex.compile(r',[ \t]*"?[\w.-]')  # a field after the first has a name
_CSV_FIELD = regex.compile(r'[ \t]*"[^"]*(?:""[^"]*)*"[ \t]*(?=,|$)|[^,]*')  # quoted ("" is a quote) or plain
_CSV_QUOTED = regex.compile(r'"([^"\s(][^"\s]{3,199})"')
_CSV_PLAIN = regex.compile(r'[^,"\s(][^,"\s]{3,199}')


class SecretTablesDetector:
    name = "secret_tables"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def detect(self, text: str) -> list[Finding]:
        spans: list[tuple[int, int, str]] = []
        if "|" in text:
            spans += _markdown_cells(text)
        if "," in text:
            spans += _csv_cells(text)
        # a generic rule's filters: the place says secret, the value must look like one
        return [Finding(s, e, "secret", TYPE, rule, SCORE) for s, e, rule in spans if keep_secret(text, s, e, generic=True)]


def _lines(text: str, pos: int) -> Iterator[tuple[int, str]]:
    """The lines of ``text`` from ``pos`` (a line start) on: where each starts, and its text without
    the line break (``\\n`` or ``\\r\\n``)."""
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end]
        yield pos, line[:-1] if line.endswith("\r") else line
        pos = end + 1


def _stripped(cell: str) -> tuple[int, str]:
    """``cell`` without its leading and trailing spaces and tabs, and the offset of what is left."""
    rest = cell.lstrip(" \t")
    return len(cell) - len(rest), rest.rstrip(" \t")


def _markdown_cells(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    done = 0  # the end of the last table read: a hit inside it is no new table
    for hit in _MD_HIT.finditer(text):
        if hit.group(1) is None:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        if start < done:
            continue
        lines = _lines(text, start)
        _, header = next(lines)
        lead = _MD_ROW.match(header)
        if lead is None:
            continue
        columns = [i for i, cell in enumerate(header[lead.end():].split("|")) if _secret_name(cell, _MD_SECRET_NAME)]
        separator = next(lines, None)
        if not columns or separator is None or not _MD_SEPARATOR.fullmatch(separator[1]):
            continue
        done = len(text)
        for pos, row in lines:
            lead = _MD_ROW.match(row)
            if lead is None:
                done = pos
                break
            offset = pos + lead.end()
            for i, cell in enumerate(row[lead.end():].split("|")[:columns[-1] + 1]):
                if i in columns:
                    lstrip, inner = _stripped(cell)
                    if m := _MD_VALUE.fullmatch(inner):
                        out.append((offset + lstrip + m.start(1), offset + lstrip + m.end(1), MARKDOWN_RULE))
                offset += len(cell) + 1
    return out


def _secret_name(cell: str, pattern: Any) -> bool:
    inner = cell.strip(" \t")
    return len(inner) <= _MAX_NAME and pattern.fullmatch(inner) is not None


def _csv_cells(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    done = 0
    for hit in _CSV_HIT.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start < done or not _CSV_HEADER_LINE.match(text, start):
            continue
        lines = _lines(text, start)
        _, header = next(lines)
        columns = _csv_secret_columns(header)
        if not columns:
            continue
        done = len(text)
        for pos, row in lines:
            if not row or row[0].isspace() or row[0] == "," or "," not in row:
                done = pos
                break
            for i, (a, b) in enumerate(_csv_fields(row, columns[-1])):
                if i in columns:
                    lstrip, inner = _stripped(row[a:b])
                    if inner.startswith('"'):
                        m = _CSV_QUOTED.fullmatch(inner)
                        span = m.span(1) if m else None
                    else:
                        span = (0, len(inner)) if _CSV_PLAIN.fullmatch(inner) else None
                    if span:
                        out.append((pos + a + lstrip + span[0], pos + a + lstrip + span[1], CSV_RULE))
    return out


def _csv_secret_columns(line: str) -> list[int]:
    """The indexes of the secret columns when ``line`` is a CSV header (names only), else []."""
    if (not line or line[0].isspace() or line[0] == "," or line.count(",") >= MAX_CSV_FIELDS
            or not _CSV_SECOND_NAME.search(line)):
        return []
    names = [n.strip(" \t") for n in line.split(",")]
    if not all(len(n) <= _MAX_NAME and _CSV_NAME.fullmatch(n) for n in names):
        return []
    return [i for i, n in enumerate(names) if _CSV_SECRET_NAME.fullmatch(n)]


def _csv_fields(row: str, last: int) -> list[tuple[int, int]]:
    """The spans of ``row``'s fields, up to index ``last``; a quoted field keeps its commas."""
    fields: list[tuple[int, int]] = []
    pos, n = 0, len(row)
    while len(fields) <= last:
        end = _CSV_FIELD.match(row, pos).end()  # type: ignore[union-attr] - [^,]* matches the empty string
        fields.append((pos, end))
        if end >= n:
            break
        pos = end + 1  # row[end] is the comma
    return fields
