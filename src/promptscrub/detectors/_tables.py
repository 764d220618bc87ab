"""Tables in a text, read once for the detectors that judge a cell by its column's name (``secret_tables``:
a password column; ``pii_columns``: a date-of-birth, phone, name ... column).

A regex match cannot look back at a header, so these detectors read the table instead: the header names
the columns, then each data row down to the end of the table gives the cell under each of them.
:func:`tables` finds the headers of a text; :func:`column_cells` reads the rows of the tables a detector
wants, column by column. Ten forms:

- **Markdown:** a header row with its leading ``|`` (``| env | user | password |``, up to 3 spaces of
  indent), right under it a separator row (``|---|:--:|``, leading ``|`` optional), then the rows that
  start with ``|`` (again up to 3 spaces in). GFM tables without the leading ``|`` are not read. A
  ``**bold**`` column name is read without its stars.
- **CSV:** a header line of plain names (``[\\w .-]``, 40 characters at most, quoted or not, 32 fields
  at most) that starts with a name (no indent: ``def f(a, token, b):`` is code, not a header) and is not
  under a line of as many fields (a header is a table's first line; also for TSV and semicolon CSV), then the
  lines that start with a field and hold a comma, down to the first that does not (a blank line, prose);
  a line that starts with an empty field counts when it has as many fields as the header (Bitwarden's
  export leaves its first column, the folder, empty). Quoted fields may hold commas (``""`` is a quote).
- **semicolon CSV** (Excel's export where the comma is the decimal mark): as CSV, fields split by ``;``,
  3 columns at least; a name may also hold ``° # ( ) / '`` (``N° sécurité sociale``); a Table of form ``;``.
- **SQL INSERT without a column list** (mysqldump): ``INSERT [IGNORE] INTO <table> VALUES (<row>), ...``
  takes its column names from the last ``CREATE TABLE <table> (...)`` before it in the text (constraints
  and indexes left out); without one it is not read.
- **SQL INSERT:** ``INSERT [IGNORE] [INTO] <table> (<columns>) VALUES (<row>), (<row>) ...;`` -- rows may
  span lines; a value is a string (``'...'`` with ``''`` or ``\\'`` escapes, ``N'...'``, ``E'...'``, MySQL's
  ``"..."``, a ``::type`` cast after it), ``NULL``, a number, a word or a call (``now()``, not nested).
  Identifiers may be quoted with backticks (MySQL), ``"double quotes"`` or ``[brackets]``. A row with more
  or fewer values than there are columns is skipped; the statement ends at anything but a comma after a
  row (or at a value it cannot read).
- **PostgreSQL COPY:** ``COPY <table> (<columns>) FROM stdin;`` (or psql's ``\\copy``), then one row per
  line, fields split by tabs (``\\N`` is NULL), down to a line ``\\.`` (or a blank line, or the end of the
  text). ``WITH (FORMAT csv)`` / ``CSV`` rows are split as CSV (a ``HEADER`` line skipped); a COPY with its
  own ``DELIMITER`` is not read. A row with another number of fields than there are columns is skipped.
- **psql output:** a header line of names split by ``|`` (no leading ``|``), right under it (no indent) a
  separator of dashes and ``+`` with as many columns (``----+-----------+-----``, 2 at least, each 3 dashes
  at least), then rows split by ``|`` down to a blank line, a ``(N rows)`` line or a line without ``|``;
  a row with another number of cells is skipped.
- **mysql output:** a header row ``| id | name |`` (up to 3 spaces in) with a border ``+----+------+`` (2
  columns at least) on the line above and the line under it, as many cells as the border has columns; the
  rows are then read as Markdown rows, down to the closing border (the first line without a leading ``|``).
- **TSV:** a header line of 2 names at least split by tabs (the CSV name rules, and a name may also hold
  ``# ( ) / % ' ° £ €``: ``Gross (£)``; starting with a name), the
  line under it starting with a field (not a space or tab) and holding as many tab-separated fields, then
  the rows down to a line without a tab (empty fields allowed; a row with another number is skipped).
- **pandas** (``print(df)``, ``df.head()``): a header line that starts with blanks (the index column's
  place) and a name, above rows that start with their RangeIndex label. pandas right-aligns every column
  and its name: a column ends where its name ends in the header and in every row of the first 20, each line
  as long as the header (a name word no row ends under belongs to a name of several words). The rows go
  down to a line of another width or layout (the ``[5 rows x 6 columns]`` footer, a blank line).
  ``to_string(index=False)`` prints are not read. Widths are counted in characters, or, when that reads
  fewer rows, in display columns (a wide CJK character takes two, as pandas aligns it with
  ``display.unicode.east_asian_width`` and as a terminal shows it: ``東京都渋谷区`` is 12 columns).

- **plain pipes:** a header line of names split by ``|`` without a leading ``|`` and without a separator
  row under it (a sheet or report copied as text: ``Name   | Phone   | Email``), over rows with as many
  cells, down to a line with another number (a Table of kind PIPE).
- **aligned frames:** a print of a data frame that pandas' layout does not fit (R's ``print`` of a
  data.frame, one blank between right-aligned columns, a long value shifting its row; a frame printed
  left-aligned): a header of identifiers after the index column's blanks, over rows that start with an index
  label; each cell is the run of words standing under a name (a pandas Table of form ALIGNED).
- **HTML:** ``<table>`` ... ``</table>`` (any case; up to 200,000 characters, a nested ``<table>`` ends it): its
  first row (``<tr>``, in a ``<thead>`` or not, within 4,000 characters) whose cells hold text names the columns, ``<th>`` or ``<td>``
  (tags inside a name such as ``<b>`` are dropped); each later row gives its ``<td>`` / ``<th>`` cells, a
  ``colspan`` counted. A cell whose text outside its tags is one run (``<td><code>x</code></td>``) is given as
  that run; else as its whole content. Only looked for where the text holds ``<table`` (``<TABLE``, ``<Table``).

A cell is given as its span with the spaces and tabs around it stripped, quotes (CSV, SQL) and backticks
(Markdown) still on: :func:`inner` takes them off. Cells are only read in the tables a detector asked
for (a column of the header it wants), and only up to its last wanted column.

Cheap on text without tables: four searches find the candidates, and only those places are read
further. Each line is judged on its own (a candidate never hides the next line's):

- a line holding a ``|`` right above a line that starts like a separator row (Markdown; a psql separator
  starts like one too) or like a border ``+-`` (mysql), or right above another line holding one (plain
  pipes: the same search, two lines in a row);
- a line whose last comma is followed by only the characters of a name to its end, above a line that
  starts with a field and holds a comma (CSV);
- a ``)`` followed by ``VALUES`` or ``FROM stdin`` (then ``INSERT`` / ``COPY``, in upper, lower or title
  case, is looked for before its ``(``);
- a line whose last tab is followed by only the characters of a name to its end, above a line that starts
  with a field and holds a tab (TSV).

On a long text (the engine's Hyperscan threshold) the four run as one Hyperscan scan of the bytes the
rules' scan already encoded (~2 ms on 3.7 MB of code, against ~12 ms for the three ``re`` searches,
which remain the path without Hyperscan; a test checks that both find the same headers). The headers of
the last text read are kept (with the text), so the second detector on the same text does not search
again.
"""
from __future__ import annotations

import os
import re
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence

from ..textmemo import last_texts
from . import _lazyre as regex  # compiled on first use (and then from the regex code cache): no import cost

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any
from ._stretches import is_wide

#: a CSV header with more fields than this is no header (the rules this replaced took up to ~35)
MAX_CSV_FIELDS = 32
#: an SQL column list with more names than this is not read
MAX_SQL_COLUMNS = 200

MARKDOWN, CSV, INSERT, COPY = "markdown", "csv", "insert", "copy"
PSQL, MYSQL, TSV, PANDAS = "psql", "mysql", "tsv", "pandas"
HTML, PIPE = "html", "pipe"
#: the form of a pandas print aligned in display columns (a wide character counts two: see _display)
WIDE = "wide"
#: the form of a data frame print whose columns are aligned but not as pandas right-aligns them (R's print of
#: a data.frame, a left-aligned frame): its cells are read by where they stand under the names (_aligned_rows)
ALIGNED = "aligned"


class Table(namedtuple("Table", "kind start body names form", defaults=("",))):
    """A table's header: what ``kind`` of table (str), where its header starts (``start``), where its rows
    start (``body``), and its column ``names`` (a tuple of str: spaces, tabs, a CSV name's quotes, a
    Markdown name's ``**``, SQL identifier quotes off). ``form``, COPY only: "text" (tab-separated), "csv",
    "csv-header" (a header line first) or "other" (not read: a DELIMITER of its own, or BINARY).

    ``collections.namedtuple``, not ``typing.NamedTuple``: a redact does not import ``typing``."""

    __slots__ = ()


class Cell(namedtuple("Cell", "table column start end")):
    """One cell of a table's column: its :class:`Table`, the column's index, and its span."""

    __slots__ = ()


# The searches over the whole text are linear whatever the input: a long line of | or of commas is read
# once, not once per | or comma. Cells and fields are matched with their spaces and tabs stripped.

# Markdown. A match per line holding a |, from its first | to its end; group 1 (the line's \n, not the
# next line) when the next line starts like a separator row: then the line is a header candidate, read
# whole. For Hyperscan, the same as one expression that ends in the separator's line.
# The same search finds psql headers (their ----+---- separator starts like a Markdown one: a column is at
# least 3 wide with its padding) and mysql ones (the +----+ border under the header).
_MD_HIT = regex.compile(r"\|[^\n]*+(\n(?=[ \t]*+\|?+[ \t]*+:?+-{3}|[ \t]*+\+-))?")
_MD_HIT_HS = r"\|[^\n]*+\n(?:[ \t]*+\|?+[ \t]*+:?+-{3}|[ \t]*+\+-)"
_MD_ROW = regex.compile(r"[ \t]{0,3}\|")  # a header or data row; its cells follow
_MD_SEPARATOR = regex.compile(r"[ \t]*+\|?+[ \t]*+:?+-{3,}+[-:| \t]{0,400}+")
# psql (aligned output): the header's separator, dashes and + (2 columns at least), no indent; a table's end
_PSQL_SEPARATOR = regex.compile(r"-{3,}+(?:\+-{3,}+){1,200}+[ \t]*+")
_PSQL_FOOTER = regex.compile(r"\(\d+ rows?\)[ \t]*+")
# mysql (and psql's border 2): a border line above and under the header, and under the last row
_MYSQL_BORDER = regex.compile(r"[ \t]{0,3}\+(?:-++\+){2,200}+[ \t]*+")
# A plain pipe table (a sheet or a report copied as text: ``Name   | Phone   | Email``, no leading | and no
# separator row): a line that holds a | above a line that holds one too (the search for Markdown finds every
# line with a |: two in a row are a candidate; for Hyperscan, an expression that ends in the second line's |).
# _pipe_headers then wants neither line to start with a | (Markdown's, mysql's) nor a - .
_PIPE_HIT_HS = r"\|[^\n]*\n[^|\n]*\|"
#: a name of a plain pipe table's header
_PIPE_NAME = regex.compile(r"[\w\p{M}][\w\p{M} .#()/%'’°-]{0,39}")

# CSV. A hit: a comma, then only the characters of a name to the end of its line (so the header's last
# field; any non-ASCII character passes, as a range costs less than a Unicode lookup per character), and
# a line under it that starts with a field and holds a comma. The line of the hit must then be header
# characters from its start, and only then is it split and its names read.
_CSV_LAST_FIELD = r',[0-9A-Za-z_ .\t"\x80-\U0010ffff-]*+'
_CSV_NEXT_LINE = r"\r?\n(?:[^\t\n\r ,][^\n,]*+)?,"  # (a first field may be empty: Bitwarden's folder)
_CSV_HIT = regex.compile(rf"{_CSV_LAST_FIELD}(?={_CSV_NEXT_LINE})")  # ends on its line: the next is judged too
_CSV_HIT_HS = _CSV_LAST_FIELD + _CSV_NEXT_LINE
_CSV_HEADER_LINE = regex.compile(r'[\w."-][\w\p{M} .\t",?()/#%\'’°-]*+\r?\n')  # (° of "N° commande")
#: a name: letters (with their marks: मोबाइल, เบอร์โทร), digits, blanks, ``. - ? # ' /``, and one bracketed
#: note (``Phone (optional)``, ``How satisfied are you? (1-5)``); not a call's ``f(a`` or ``b)``
_CSV_NAME = regex.compile(r'"?[\w\p{M} .?#\'’°/-]{0,40}(?:\([^()\n,"]{0,30}\)[\w\p{M} .?-]{0,10})?"?')
_CSV_SECOND_NAME = regex.compile(r',[ \t]*"?[\w.-]')  # a field after the first has a name
_CSV_FIELD = regex.compile(r'[ \t]*"[^"]*(?:""[^"]*)*"[ \t]*(?=,|$)|[^,]*')  # quoted ("" is a quote) or plain
_MAX_NAME = 64  # characters: a longer header cell or field is no column name a detector looks for

# Semicolon CSV (the export Excel writes where the comma is the decimal mark: most of Europe). A hit: the
# header's last two fields (a ; then a name, twice, to the end of the line), and a line under it that starts
# with a field and holds two ;. Three columns at least: a statement ending in ; over another is no header.
# The names may hold a few more characters than comma CSV's (N° sécurité sociale, Telefon (mobil)).
_SSV_FIELD_CHARS = "0-9A-Za-z_ .\\t\"#()/'\x80-\U0010ffff-"
_SSV_LAST_FIELDS = rf";[{_SSV_FIELD_CHARS}]*+;[{_SSV_FIELD_CHARS}]*+"  # spelt out: a {2} group is ~40x slower in re
_SSV_NEXT_LINE = r"\r?\n[^\t\n\r ;][^\n;]*+;[^\n;]*+;"
_SSV_HIT = regex.compile(rf"{_SSV_LAST_FIELDS}(?={_SSV_NEXT_LINE})")
_SSV_HIT_HS = _SSV_LAST_FIELDS + _SSV_NEXT_LINE
_SSV_HEADER_LINE = regex.compile(r'[\w."#-][\w\p{M} .\t";#°()/\'’?-]*+\r?\n')
_SSV_NAME = regex.compile(r'"?[\w\p{M} .°#()/\'’?-]{0,40}"?')
_SSV_FIELD = regex.compile(r'[ \t]*"[^"]*(?:""[^"]*)*"[ \t]*(?=;|$)|[^;]*')
_FIELD = {",": _CSV_FIELD, ";": _SSV_FIELD}

# TSV. A hit: a tab, then only the characters of a name to the end of its line (the header's last field),
# and a line under it that starts with a field (not a space or tab: no indented code) and holds a tab.
# The line of the hit must then be names from its start, and the line under it as many fields.
# A spreadsheet's header may hold a unit or a mark in a name (Gross (£), Share %, N° compte, Acct #, Tax/NI):
# the names of a TSV header take a few more characters than CSV's.
_TSV_LAST_FIELD = r'\t[0-9A-Za-z_ ."#()/%\'\x80-\U0010ffff-]*+'
_TSV_NEXT_LINE = r"\r?\n[^\t\n\r ][^\n\t]*+\t"
_TSV_HIT = regex.compile(rf"{_TSV_LAST_FIELD}(?={_TSV_NEXT_LINE})")
_TSV_HIT_HS = _TSV_LAST_FIELD + _TSV_NEXT_LINE
_TSV_HEADER_LINE = regex.compile(r'[\w."#-][\w\p{M} .\t"#()/%\'’°£€?-]*+\r?\n')
_TSV_NAME = regex.compile(r'"?[\w\p{M} .#()/%\'’°£€?-]{0,40}"?')

# pandas. A hit: a line that starts with a digit (a RangeIndex label); the line above it is a candidate
# when it starts with blanks (the index column's place) and then a name. The layout is then checked line by
# line (see _pandas_layout). (Few lines of code start with a digit: ~0.5 ms per 3.7 MB with Hyperscan.)
_PANDAS_HIT = regex.compile(r"\n[0-9]")
_PANDAS_HIT_HS = r"\n[0-9]"
_PANDAS_HEADER_START = regex.compile(r"[ ]++[A-Za-z_]")
_PANDAS_NAME = regex.compile(r"[\w .()/-]{1,64}")
_PANDAS_SAMPLE = 20  # rows that must share the header's column ends (a name of several words: a word no row ends under)
_PANDAS_FOOTER = regex.compile(r"\[\d+ rows? x \d+ columns?\][ \t]*+")

# SQL. An identifier: `quoted`, "quoted", [quoted] or plain, up to two qualifiers (db.schema.table).
_IDENT = r'(?:`[^`\n]{1,64}`|"[^"\n]{1,64}"|\[[^\]\n]{1,64}\]|[A-Za-z_][\w$]{0,63})'
_S = r"[ \t\r\n]"
_SQL_TABLE = rf"{_IDENT}(?:{_S}*\.{_S}*{_IDENT}){{0,2}}"
# A hit: the ) closing a column list, then VALUES (group 1) or FROM stdin. Its statement's keyword is
# looked for in the 300 characters before the ( opening the list; the head is matched from there.
_SQL_HIT_SOURCE = rf"\)(?:{_S}*+(VALUES|values|Values|VALUE|value)|{_S}++(?:FROM|from){_S}++(?:STDIN|stdin))(?!\w)"
_SQL_HIT = regex.compile(_SQL_HIT_SOURCE)
_INSERT_WORDS = ("INSERT", "insert", "Insert")
_COPY_WORDS = ("COPY", "copy")
_MAX_COLUMN_LIST = 8000  # characters between ( and ): a longer list is not read
_MAX_BEFORE_LIST = 300  # characters between INSERT / COPY and the (
# matched from the keyword (a word of its own: checked before)
_INSERT_HEAD = regex.compile(
    rf"(?:INSERT|insert|Insert){_S}++(?:(?:IGNORE|ignore){_S}++)?(?:(?:INTO|into|Into){_S}++)?{_SQL_TABLE}"
    rf"{_S}*+\(([^()]{{1,{_MAX_COLUMN_LIST}}}+)\){_S}*+(?:VALUES|values|Values|VALUE|value)(?!\w){_S}*+")
_COPY_HEAD = regex.compile(
    rf"(?:COPY|copy){_S}++{_SQL_TABLE}{_S}*+\(([^()]{{1,{_MAX_COLUMN_LIST}}}+)\)"
    rf"{_S}++(?:FROM|from){_S}++(?:STDIN|stdin)(?!\w)([^;\n]{{0,200}}+);?[ \t]*+\r?\n")
_SQL_COLUMN = regex.compile(rf"{_S}*+({_IDENT}){_S}*+")
_IDENT_RE = regex.compile(_IDENT)
# a value of an INSERT row: a string (group 1), or something else (group 2: NULL, 12, -1.5, TRUE, now(),
# x'0A'), then the , or ) after it (group 3). A string may hold newlines; '' and \' are quotes in it (and
# "" and \" in MySQL's "strings").
_SQL_STRING = r"(?:[NnEe]?+'(?:[^'\\]++|\\.|'')*+'" + r'|"(?:[^"\\]++|\\.|"")*+")'
_SQL_VALUE = regex.compile(
    rf"{_S}*+(?:({_SQL_STRING})(?:::[\w ]{{1,30}}?)?|([^\s,()']++(?:\((?:[^()']++|{_SQL_STRING})*+\))?)){_S}*+([,)])",
    re.S)
# An INSERT without a column list (mysqldump's ``INSERT INTO `t` VALUES (...),(...);``): its columns are
# those of the text's ``CREATE TABLE t (...)`` before it, in their order.
_BARE_INSERT_HIT_SOURCE = (
    rf"(?:INSERT|insert|Insert){_S}++(?:(?:IGNORE|ignore){_S}++)?(?:INTO|into|Into){_S}++({_SQL_TABLE})"
    rf"{_S}*+(?:VALUES|values|Values|VALUE|value)(?!\w){_S}*+")
_BARE_INSERT_HIT = regex.compile(_BARE_INSERT_HIT_SOURCE)
_BARE_INSERT_HIT_HS = rf"(?:INSERT|insert|Insert){_S}++(?:(?:IGNORE|ignore){_S}++)?(?:INTO|into|Into){_S}"
_CREATE_TABLE = regex.compile(
    rf"(?:CREATE|create|Create){_S}++(?:(?:TEMPORARY|temporary|TEMP|temp|UNLOGGED|unlogged){_S}++)?"
    rf"(?:TABLE|table|Table){_S}++(?:(?:IF|if){_S}++(?:NOT|not){_S}++(?:EXISTS|exists){_S}++)?({_SQL_TABLE}){_S}*+\(")
_MAX_CREATE_BODY = 20000  # characters of column definitions read
#: a CREATE TABLE entry that starts with one of these is a constraint or an index, not a column
_SQL_NOT_COLUMNS = frozenset(
    "primary key unique index constraint foreign check fulltext spatial exclude like period".split())
_SQL_ROW_OPEN = regex.compile(rf"{_S}*+\(")
_SQL_NEXT_ROW = regex.compile(rf"{_S}*+,")

@last_texts()  # the second detector on a text does not search it again
def tables(text: str) -> list[Table]:
    """The table headers of ``text`` (of all kinds), in order of position."""
    markdown, csv, sql, tsv, pandas, ssv, bare, pipe = _candidates(text)
    found = (_markdown_headers(text, markdown) + _csv_headers(text, csv) + _sql_headers(text, sql)
             + _tsv_headers(text, tsv) + _pandas_headers(text, pandas) + _csv_headers(text, ssv, ";")
             + _bare_insert_headers(text, bare) + _html_headers(text) + _pipe_headers(text, pipe))
    found.sort(key=lambda t: t.start)  # stable: each kind stays in its order
    return found


_Candidates = tuple[list[int], list[int], list[re.Match[str]], list[int], list[int], list[int], list[re.Match[str]],
                    list[int]]


def _candidates(text: str) -> _Candidates:
    """The starts of the lines that may be Markdown (psql, mysql) and CSV headers, in order, the SQL hits,
    the starts of the lines that may be TSV, pandas and semicolon-CSV headers, the INSERTs without a
    column list, and the starts of the lines that may be plain pipe tables' headers."""
    scan = _scanner(text)
    if scan is not None:
        return _candidates_hyperscan(text, scan)
    markdown: list[int] = []
    pipe: list[int] = []
    if "|" in text:
        previous = -2  # the end of the last line holding a |
        for m in _MD_HIT.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            if m.group(1):
                markdown.append(start)
            if start == previous + 1:  # this line and the one above hold a |: a plain pipe table's first two
                pipe.append(text.rfind("\n", 0, previous) + 1)
            previous = m.end(1) - 1 if m.group(1) else m.end()
    csv = _dedupe([text.rfind("\n", 0, m.start()) + 1 for m in _CSV_HIT.finditer(text)]) if "," in text else []
    sql = list(_SQL_HIT.finditer(text)) if ")" in text else []
    tsv = _dedupe([text.rfind("\n", 0, m.start()) + 1 for m in _TSV_HIT.finditer(text)]) if "\t" in text else []
    pandas = _pandas_candidates(text, [m.end() for m in _PANDAS_HIT.finditer(text)])
    ssv = _dedupe([text.rfind("\n", 0, m.start()) + 1 for m in _SSV_HIT.finditer(text)]) if ";" in text else []
    bare = _bare_insert_hits(text)
    return markdown, csv, sql, tsv, pandas, ssv, bare, pipe


def _bare_insert_hits(text: str) -> list[re.Match[str]]:
    """The INSERTs without a column list, found from the places of the keyword (a plain substring search:
    an alternation of three spellings would be tried at every character)."""
    hits: list[re.Match[str]] = []
    if "nsert" not in text and "NSERT" not in text:
        return hits
    for word in _INSERT_WORDS:
        pos = text.find(word)
        while pos >= 0:
            m = _BARE_INSERT_HIT.match(text, pos)
            if m is not None:
                hits.append(m)
            pos = text.find(word, pos + 6)
    hits.sort(key=lambda m: m.start())
    return hits


def _candidates_hyperscan(text: str, scan: Any) -> _Candidates:
    """:func:`_candidates` from the ends of one Hyperscan scan: a Markdown or CSV expression ends in the
    line under its header; an SQL one after the keyword that follows its ``)`` (no ``)`` in between)."""
    md_ends, csv_ends, sql_ends, tsv_ends, pandas_ends, ssv_ends, bare_ends, pipe_ends = scan.ends(text)
    rfind = text.rfind

    def header_lines(ends: list[int]) -> list[int]:
        return _dedupe(sorted(rfind("\n", 0, rfind("\n", 0, e)) + 1 for e in ends))

    sql: list[re.Match[str]] = []
    last = -1
    for close in sorted({rfind(")", 0, e) for e in sql_ends}):
        if close > last and (m := _SQL_HIT.match(text, close)) is not None:
            sql.append(m)
            last = close
    bare: list[re.Match[str]] = []
    last = -1
    for e in bare_ends:  # the end of INSERT ... INTO and a blank: the statement starts a few characters before
        start = max(text.rfind(word, max(0, e - 64), e) for word in _INSERT_WORDS)
        if start > last and (m := _BARE_INSERT_HIT.match(text, start)) is not None:
            bare.append(m)
            last = start
    return (header_lines(md_ends), header_lines(csv_ends), sql, header_lines(tsv_ends),
            _pandas_candidates(text, pandas_ends), header_lines(ssv_ends), bare, header_lines(pipe_ends))


def _pandas_candidates(text: str, ends: list[int]) -> list[int]:
    """The starts of the lines above the lines that start with a digit (``ends``: just past that digit),
    when they start with blanks and a name."""
    out = []
    for e in sorted(ends):
        newline = e - 2  # the \n before the digit
        start = text.rfind("\n", 0, newline) + 1
        if _PANDAS_HEADER_START.match(text, start, newline):
            out.append(start)
    return _dedupe(out)


def _dedupe(starts: list[int]) -> list[int]:
    """Sorted ``starts`` without repeats."""
    return [s for i, s in enumerate(starts) if not i or s != starts[i - 1]]


#: The Hyperscan search of the three candidate expressions: None until first needed, False when
#: Hyperscan is not installed (or the engine is forced to Python)
_hyperscan: Any = None


def _scanner(text: str) -> Any:
    """The Hyperscan candidate search for ``text``, or None: on the texts the engine scans with
    Hyperscan (long ones, the engine not forced to Python), when it is installed."""
    global _hyperscan
    from ..engine import ENGINE_ENV, HYPERSCAN_FROM

    engine = os.environ.get(ENGINE_ENV, "auto")
    if engine == "python" or (engine == "auto" and len(text) < HYPERSCAN_FROM):
        return None
    if _hyperscan is None:
        try:
            from ..engine_hyperscan import ExpressionScan

            _hyperscan = ExpressionScan([_MD_HIT_HS, _CSV_HIT_HS, _SQL_HIT_SOURCE, _TSV_HIT_HS, _PANDAS_HIT_HS,
                                         _SSV_HIT_HS, _BARE_INSERT_HIT_HS, _PIPE_HIT_HS])
        except ImportError:
            _hyperscan = False
    return _hyperscan or None


def column_cells(text: str, columns: Callable[[Table], Sequence[int]]) -> list[Cell]:
    """The cells of the columns ``columns(table)`` names (indexes, ascending) of every table of ``text``,
    every data row. A header found inside a table already read is no new table: a header of the same kind,
    or any header inside an INSERT's values or a COPY's rows (``COPY ... CSV HEADER`` repeats its header)."""
    out: list[Cell] = []
    done: dict[str, int] = {}  # per kind: the end of the last table read
    sql_done = 0  # the end of the last INSERT or COPY read
    for table in tables(text):
        if table.start < done.get(table.kind, 0) or table.start < sql_done:
            continue
        wanted = columns(table)
        if not wanted:
            continue
        rows, done[table.kind] = read(text, table, wanted[-1])
        if table.kind in (INSERT, COPY):
            sql_done = done[table.kind]
        for row in rows:
            for i in wanted:
                if i < len(row) and row[i] is not None:
                    out.append(Cell(table, i, *row[i]))  # type: ignore[misc]
    return out


def read(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """The data rows of ``table`` (each cell's stripped span, up to column ``last``; None for a cell not
    read) and where the table ends."""
    if table.kind in (MARKDOWN, MYSQL):  # a mysql table ends at its border: a line without a leading |
        return _markdown_rows(text, table, last)
    if table.kind == PSQL:
        return _psql_rows(text, table, last)
    if table.kind == TSV:
        return _tsv_rows(text, table, last)
    if table.kind == PANDAS:
        return _aligned_rows(text, table, last) if table.form == ALIGNED else _pandas_rows(text, table, last)
    if table.kind == HTML:
        return _html_rows(text, table, last)
    if table.kind == PIPE:
        return _pipe_rows(text, table, last)
    if table.kind == CSV:
        return _csv_rows(text, table.body, last, table.form or ",", len(table.names))
    if table.kind == INSERT:
        return _insert_rows(text, table, last)
    if table.form == "other":
        return [], table.body
    return _copy_rows(text, table, last)


def inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a cell's value: without the quotes of a quoted CSV field or SQL string (and an SQL
    string's ``N`` / ``E`` prefix), without a Markdown cell's backticks; then without spaces and tabs."""
    s, e = start, end
    if e - s >= 2:
        first, final = text[s], text[e - 1]
        if first in "NnEe" and e - s >= 3 and text[s + 1] == "'" and final == "'":
            s, e = s + 2, e - 1
        elif first == final and first in "\"'`":
            s, e = s + 1, e - 1
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return s, e


# ------------------------------------------------------------------------------------------ the lines

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


def _row_above(text: str, start: int, delimiter: str, fields: int) -> bool:
    """The line above the one at ``start`` splits into ``fields`` fields by ``delimiter`` too: the line at
    ``start`` is then a row of the table above, not its header. A header is a table's first line; a
    headerless listing (``dpkg -l`` as TSV, a CSV export without names) whose row holds a word such as
    ``passwd`` would otherwise name a password column for every row under it."""
    if start < 2:
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1].rstrip("\r")
    return above.count(delimiter) == fields - 1 and not above[:1].isspace()


def _stripped(cell: str) -> tuple[int, str]:
    """``cell`` without its leading and trailing spaces and tabs, and the offset of what is left."""
    rest = cell.lstrip(" \t")
    return len(cell) - len(rest), rest.rstrip(" \t")


def _line_end(text: str, pos: int) -> int:
    """The start of the line after the one at ``pos`` (``len(text)`` on the last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end + 1


# ------------------------------------------------------------------------------------------- Markdown

def _markdown_headers(text: str, starts: list[int]) -> list[Table]:
    """The Markdown, mysql and psql headers at ``starts`` (a line holding a ``|`` above a line that starts
    like a Markdown separator, a psql separator or a mysql border)."""
    out: list[Table] = []
    for start in starts:
        lines = _lines(text, start)
        _, header = next(lines)
        separator = next(lines, None)
        if separator is None:
            continue
        lead = _MD_ROW.match(header)
        if lead is None:
            if _PSQL_SEPARATOR.fullmatch(separator[1]):
                table = _psql_header(text, start, header, separator)
                if table is not None:
                    out.append(table)
            continue
        if _MD_SEPARATOR.fullmatch(separator[1]):
            names = tuple(_markdown_name(cell) for cell in header[lead.end():].split("|"))
            out.append(Table(MARKDOWN, start, _line_end(text, separator[0]), names))
        elif _MYSQL_BORDER.fullmatch(separator[1]):
            table = _mysql_header(text, start, header[lead.end():], separator)
            if table is not None:
                out.append(table)
    return out


def _psql_header(text: str, start: int, header: str, separator: tuple[int, str]) -> Table | None:
    """A psql header: as many ``|``-separated names as the separator has columns, each a name."""
    cells = header.split("|")
    if len(cells) != separator[1].count("+") + 1:
        return None
    names = tuple(cell.strip(" \t") for cell in cells)
    if not all(0 < len(name) <= _MAX_NAME for name in names):
        return None
    return Table(PSQL, start, _line_end(text, separator[0]), names)


def _mysql_header(text: str, start: int, cells: str, border: tuple[int, str]) -> Table | None:
    """A mysql header (``cells``: after its leading ``|``): a border above it as well as under it, and as
    many cells (each ended by a ``|``) as the border has columns, each a name."""
    if start < 2:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    if not _MYSQL_BORDER.fullmatch(text[above:start - 1].rstrip("\r")):
        return None
    parts = cells.split("|")
    if len(parts) != border[1].count("+") or parts[-1].strip(" \t"):
        return None
    names = tuple(cell.strip(" \t") for cell in parts[:-1])
    if not all(0 < len(name) <= _MAX_NAME for name in names):
        return None
    return Table(MYSQL, start, _line_end(text, border[0]), names)


def _psql_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """psql rows: ``|``-separated cells, as many as there are columns (a row of another width is skipped),
    down to a blank line, a ``(N rows)`` line or a line without a ``|``."""
    rows: list[list[tuple[int, int] | None]] = []
    ncols = len(table.names)
    for pos, row in _lines(text, table.body):
        if "|" not in row or _PSQL_FOOTER.fullmatch(row):
            return rows, pos
        fields = row.split("|")
        if len(fields) != ncols:
            continue
        rows.append(_split_cells(fields, pos, last))
    return rows, len(text)


def _split_cells(fields: list[str], pos: int, last: int) -> list[tuple[int, int] | None]:
    """The stripped spans of ``fields`` (a row starting at ``pos`` split by one separator character), up
    to index ``last``."""
    cells: list[tuple[int, int] | None] = []
    offset = pos
    for field in fields[:last + 1]:
        lstrip, value = _stripped(field)
        cells.append((offset + lstrip, offset + lstrip + len(value)))
        offset += len(field) + 1
    return cells


def _markdown_name(cell: str) -> str:
    name = cell.strip(" \t")
    if len(name) > _MAX_NAME:
        return ""
    return _unwrapped(name, "**")


def _markdown_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    rows: list[list[tuple[int, int] | None]] = []
    for pos, row in _lines(text, table.body):
        lead = _MD_ROW.match(row)
        if lead is None:
            return rows, pos
        offset = pos + lead.end()
        cells: list[tuple[int, int] | None] = []
        for cell in row[lead.end():].split("|")[:last + 1]:
            lstrip, value = _stripped(cell)
            cells.append((offset + lstrip, offset + lstrip + len(value)))
            offset += len(cell) + 1
        rows.append(cells)
    return rows, len(text)


# ------------------------------------------------------------------------------------------ plain pipes

def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a plain pipe table's line (split by ``|``; one empty cell after a trailing ``|``
    dropped), or None when it starts with a ``|`` (Markdown's, mysql's), a ``-`` or a blank after an indent of
    up to 3, or holds fewer than two cells."""
    rest = line.lstrip(" \t")
    if len(line) - len(rest) > 3 or not rest or rest[0] in "|-" or rest[0].isspace():
        return None
    cells = line.split("|")
    if len(cells) > 1 and not cells[-1].strip(" \t"):
        cells.pop()
    return cells if len(cells) >= 2 else None


def _pipe_headers(text: str, starts: list[int]) -> list[Table]:
    """Plain pipe tables (``Name   | Phone   | Email``): a header line of names split by ``|`` (2 at least;
    no leading ``|``), above a line with as many cells that is no separator row."""
    out: list[Table] = []
    for start in starts:
        lines = _lines(text, start)
        _, header = next(lines)
        first = next(lines, None)
        cells = _pipe_cells(header)
        if cells is None or first is None or len(cells) > MAX_CSV_FIELDS:
            continue
        row = _pipe_cells(first[1])
        if row is None or len(row) != len(cells) or _MD_SEPARATOR.fullmatch(first[1]):
            continue
        names = [c.strip(" \t") for c in cells]
        if all(len(n) <= _MAX_NAME and _PIPE_NAME.fullmatch(n) for n in names):
            out.append(Table(PIPE, start, _line_end(text, start), tuple(names)))
    return out


def _pipe_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """A plain pipe table's rows: as many ``|``-separated cells as its header, down to the first line
    that has not."""
    rows: list[list[tuple[int, int] | None]] = []
    ncols = len(table.names)
    for pos, row in _lines(text, table.body):
        cells = _pipe_cells(row)
        if cells is None or len(cells) != ncols:
            return rows, pos
        rows.append(_split_cells(cells, pos, last))
    return rows, len(text)


# ------------------------------------------------------------------------------------------------ CSV

def _csv_headers(text: str, starts: list[int], delimiter: str = ",") -> list[Table]:
    """CSV headers (``delimiter`` ``;``: semicolon CSV, a Table of form ``;``)."""
    out: list[Table] = []
    header_line = _CSV_HEADER_LINE if delimiter == "," else _SSV_HEADER_LINE
    form = "" if delimiter == "," else delimiter
    for start in starts:
        if not header_line.match(text, start):
            continue
        _, header = next(_lines(text, start))
        names = _csv_names(header) if delimiter == "," else _ssv_names(header)
        if names and not _row_above(text, start, delimiter, header.count(delimiter) + 1):
            out.append(Table(CSV, start, _line_end(text, start), names, form))
    return out


def _ssv_names(line: str) -> tuple[str, ...]:
    """The column names when ``line`` is a semicolon-CSV header (3 names at least; a last empty field, as
    some exports end each line with ``;``, is no name), else ()."""
    if not line or line[0].isspace() or line[0] == ";" or line.count(";") >= MAX_CSV_FIELDS:
        return ()
    names = [n.strip(" \t") for n in line.split(";")]
    if not names[-1]:
        names.pop()
    if len(names) < 3 or not all(n and len(n) <= _MAX_NAME and _SSV_NAME.fullmatch(n) for n in names):
        return ()
    return tuple(_unquoted_name(n) for n in names)


def _csv_names(line: str) -> tuple[str, ...]:
    """The column names when ``line`` is a CSV header (names only), else ()."""
    if (not line or line[0].isspace() or line[0] == "," or line.count(",") >= MAX_CSV_FIELDS
            or not _CSV_SECOND_NAME.search(line)):
        return ()
    names = [n.strip(" \t") for n in line.split(",")]
    if not all(len(n) <= _MAX_NAME and _CSV_NAME.fullmatch(n) for n in names):
        return ()
    return tuple(_unquoted_name(n) for n in names)


def _unquoted_name(name: str) -> str:
    """A CSV name without a leading and a trailing quote (each optional, as the header pattern has them)."""
    return _unwrapped(name, '"')


def _unwrapped(name: str, mark: str) -> str:
    """``name`` without a leading and a trailing ``mark`` (each optional): a Markdown name's ``**``, a CSV
    name's quotes."""
    if name.startswith(mark):
        name = name[len(mark):]
    if name.endswith(mark):
        name = name[:-len(mark)]
    return name


def _csv_rows(text: str, body: int, last: int, delimiter: str = ",",
              fields: int = 0) -> tuple[list[list[tuple[int, int] | None]], int]:
    """The rows under a header of ``fields`` names: a row may start with an empty field (Bitwarden's export
    leaves the folder empty: ``,,login,github,...``) when it has as many delimiters as the header at least."""
    rows: list[list[tuple[int, int] | None]] = []
    for pos, row in _lines(text, body):
        if (not row or row[0].isspace() or delimiter not in row
                or row[0] == delimiter and (fields < 3 or row.count(delimiter) < fields - 1)):
            return rows, pos
        rows.append(_csv_cells(row, pos, last, delimiter))
    return rows, len(text)


def _csv_cells(row: str, pos: int, last: int, delimiter: str = ",") -> list[tuple[int, int] | None]:
    """The stripped spans of ``row``'s fields (``row`` starts at ``pos``), up to index ``last``; a quoted
    field keeps its commas (semicolons)."""
    cells: list[tuple[int, int] | None] = []
    for a, b in _csv_fields(row, last, delimiter):
        lstrip, value = _stripped(row[a:b])
        cells.append((pos + a + lstrip, pos + a + lstrip + len(value)))
    return cells


def _csv_fields(row: str, last: int, delimiter: str = ",") -> list[tuple[int, int]]:
    """The spans of ``row``'s fields, up to index ``last``; a quoted field keeps its commas (semicolons)."""
    fields: list[tuple[int, int]] = []
    pos, n = 0, len(row)
    field = _FIELD[delimiter]
    while len(fields) <= last:
        end = field.match(row, pos).end()  # type: ignore[union-attr] - [^,]* matches the empty string
        fields.append((pos, end))
        if end >= n:
            break
        pos = end + 1  # row[end] is the comma
    return fields


# ------------------------------------------------------------------------------------------------ TSV

def _tsv_headers(text: str, starts: list[int]) -> list[Table]:
    """TSV headers: a line of names (the CSV rules) split by tabs, 2 names at least, above a line that
    starts with a field and holds as many fields."""
    out: list[Table] = []
    for start in starts:
        if not _TSV_HEADER_LINE.match(text, start):
            continue
        lines = _lines(text, start)
        _, header = next(lines)
        first = next(lines, None)
        fields = header.split("\t")
        if (first is None or len(fields) > MAX_CSV_FIELDS or first[1].count("\t") != len(fields) - 1
                or first[1][:1] in ("", " ", "\t")):
            continue
        names = [n.strip(" \t") for n in fields]
        if sum(1 for n in names if n) < 2 or not all(len(n) <= _MAX_NAME and _TSV_NAME.fullmatch(n) for n in names):
            continue
        if _row_above(text, start, "\t", len(fields)):
            continue
        out.append(Table(TSV, start, _line_end(text, start), tuple(_unquoted_name(n) for n in names)))
    return out


def _tsv_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """TSV rows: down to a line without a tab; a row of another number of fields is skipped."""
    rows: list[list[tuple[int, int] | None]] = []
    ncols = len(table.names)
    for pos, row in _lines(text, table.body):
        if "\t" not in row:
            return rows, pos
        fields = row.split("\t")
        if len(fields) == ncols:
            rows.append(_split_cells(fields, pos, last))
    return rows, len(text)


# ------------------------------------------------------------------------------------------------ SQL

def _sql_headers(text: str, hits: list[re.Match[str]]) -> list[Table]:
    """The INSERT and COPY statements with a column list. ``hits``: the ``)`` that closes a column list
    right before ``VALUES`` or ``FROM stdin``; the statement's keyword is then looked for just before
    the ``(`` that opens it."""
    out: list[Table] = []
    for hit in hits:
        close = hit.start()
        open_ = text.rfind("(", max(0, close - _MAX_COLUMN_LIST), close)
        if open_ < 0:
            continue
        if hit.group(1):
            kind, head, keywords = INSERT, _INSERT_HEAD, _INSERT_WORDS
        else:
            kind, head, keywords = COPY, _COPY_HEAD, _COPY_WORDS
        window = max(0, open_ - _MAX_BEFORE_LIST)
        starts = sorted((text.rfind(word, window, open_) for word in keywords), reverse=True)
        for start in starts:
            if start < 0 or start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            m = head.match(text, start)
            if m is None or m.end(1) != close:
                continue
            names = _sql_names(m.group(1))
            if names:
                out.append(_sql_table(kind, start, m, names))
            break
    return out


def _bare_insert_headers(text: str, hits: list[re.Match[str]]) -> list[Table]:
    """The INSERTs without a column list whose table a ``CREATE TABLE`` before them defines: its column
    names, in order (the rows of another width are then skipped, as for any INSERT)."""
    out: list[Table] = []
    if not hits:
        return out
    creates: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for m in _CREATE_TABLE.finditer(text, 0, hits[-1].start()):
        names = _create_columns(text, m.end())
        if names:
            creates.setdefault(_table_key(m.group(1)), []).append((m.start(), names))
    for hit in hits:
        start = hit.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        defined = [names for at, names in creates.get(_table_key(hit.group(1)), []) if at < start]
        if defined:
            out.append(Table(INSERT, start, hit.end(), defined[-1]))
    return out


def _table_key(name: str) -> str:
    """A table name as INSERT and CREATE TABLE may both write it: its last part, unquoted, lower case."""
    parts = _IDENT_RE.findall(name)
    part = parts[-1] if parts else name
    return (part[1:-1] if part[:1] in '`"[' else part).lower()


def _create_columns(text: str, pos: int) -> tuple[str, ...]:
    """The column names of the CREATE TABLE body from ``pos`` (just past its ``(``): the first identifier
    of each top-level entry, constraints and indexes left out; () when the body does not end in time."""
    names: list[str] = []
    depth, entry, quote = 0, pos, ""
    end = min(len(text), pos + _MAX_CREATE_BODY)
    i = pos
    while i < end:
        c = text[i]
        if quote:
            if c == quote:
                quote = ""
        elif c in "'`\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif c in ",)" and not depth:
            m = _SQL_COLUMN.match(text, entry, i)
            if m is not None:
                name = m.group(1)
                if name.split()[0].lower() not in _SQL_NOT_COLUMNS:
                    names.append(name[1:-1] if name[0] in '`"[' else name)
            if c == ")":
                return tuple(names) if len(names) <= MAX_SQL_COLUMNS else ()
            entry = i + 1
        i += 1
    return ()


def _sql_table(kind: str, start: int, m: re.Match[str], names: tuple[str, ...]) -> Table:
    form = ""
    if kind == COPY:
        options = m.group(2).lower()
        if "delimiter" in options or "binary" in options:
            form = "other"  # not read
        else:
            form = ("csv-header" if "header" in options else "csv") if "csv" in options else "text"
    return Table(kind, start, m.end(), names, form)


def _sql_names(columns: str) -> tuple[str, ...]:
    parts = columns.split(",")
    if len(parts) > MAX_SQL_COLUMNS:
        return ()
    names = []
    for part in parts:
        m = _SQL_COLUMN.fullmatch(part)
        if m is None:
            return ()
        name = m.group(1)
        names.append(name[1:-1] if name[0] in '`"[' else name)
    return tuple(names)


def _insert_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    rows: list[list[tuple[int, int] | None]] = []
    ncols, pos = len(table.names), table.body
    while True:
        m = _SQL_ROW_OPEN.match(text, pos)
        if m is None:
            return rows, pos
        pos = m.end()
        cells: list[tuple[int, int] | None] = []
        while True:
            v = _SQL_VALUE.match(text, pos)
            if v is None:
                return rows, pos  # not a row of values: the statement ends here
            cells.append(v.span(1) if v.group(1) is not None else v.span(2))
            pos = v.end()
            if v.group(3) == ")":
                break
        if len(cells) == ncols:  # a row of another width cannot be aligned with the columns
            rows.append(cells[:last + 1])
        m = _SQL_NEXT_ROW.match(text, pos)
        if m is None:
            return rows, pos
        pos = m.end()


def _copy_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    rows: list[list[tuple[int, int] | None]] = []
    ncols = len(table.names)
    skip = table.form == "csv-header"
    for pos, row in _lines(text, table.body):
        if row == "\\." or not row.strip(" \t"):
            return rows, pos
        if skip:
            skip = False
            continue
        if table.form == "text":
            fields = row.split("\t")
            if len(fields) != ncols:
                continue
            cells = _split_cells(fields, pos, last)
        else:
            if len(_csv_fields(row, ncols)) != ncols:
                continue
            cells = _csv_cells(row, pos, last)
        rows.append(cells)
    return rows, len(text)


# ---------------------------------------------------------------------------------------------- pandas

def _pandas_layout(header: str, rows: list[str]) -> tuple[list[int], int] | None:
    """The column ends of a pandas print (``print(df)``, ``df.head()``) and where its index column ends,
    or None when ``header`` over ``rows`` is no such table. pandas right-aligns every column, its name
    included: each column ends where its name ends, in every row, and every line is as long. A name's
    word that no row ends under belongs to a name of several words (``full name``)."""
    width = len(header)
    if not rows or any(len(r) != width for r in rows):
        return None
    sample = rows[:_PANDAS_SAMPLE]
    ends = [m.end() for m in _WORDS.finditer(header)]
    first = len(header) - len(header.lstrip(" "))
    col_ends = [e for e in ends if all(r[e - 1] != " " and (e == width or r[e] == " ") for r in sample)]
    if len(col_ends) < 2 or col_ends[-1] != width:
        return None
    index_end = max(len(r) - len(r.lstrip("0123456789")) for r in sample)  # the RangeIndex labels
    # pandas puts two blanks after the widest index label; the first column, right-aligned, may run
    # from there whenever a value is wider than its name ("0  Yiting Sun" under "        name")
    if index_end == 0 or index_end + 2 > first or any(r[index_end:index_end + 2] != "  " for r in sample):
        return None  # no index column before the first name (to_string(index=False) is not read)
    return col_ends, index_end


_WORDS = regex.compile(r"\S+")


def _pandas_sample(header: str, lines: Iterator[tuple[int, str]], wide: bool = False) -> list[str]:
    """The first rows under ``header`` (up to _PANDAS_SAMPLE) that start with an index label and are as
    wide as it: the rows its layout is read from. ``wide``: the rows as laid out in display columns (see
    :func:`_display`; ``header`` is then laid out so too)."""
    sample = []
    for _, row in zip(range(_PANDAS_SAMPLE), lines):
        row = row[1].rstrip("\r")
        if wide:
            row = _display(row)[0]
        if not row[:1].isdigit() or len(row) != len(header):
            break
        sample.append(row)
    return sample


def _display(line: str) -> tuple[str, list[int] | None]:
    """``line`` laid out in display columns, as pandas aligns it when ``display.unicode.east_asian_width``
    is on (and as a terminal shows it): each wide or fullwidth character (CJK, kana, Hangul, fullwidth
    forms) takes two columns, here itself and a NUL after it; and for each column (and the end) the offset
    in ``line`` of its character. ``(line, None)`` when every character takes one column."""
    if line.isascii():
        return line, None
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(line):
        out.append(c)
        where.append(i)
        if is_wide(c):
            out.append("\0")
            where.append(i)
    if len(out) == len(line):
        return line, None
    where.append(len(line))
    return "".join(out), where


def _pandas_headers(text: str, starts: list[int]) -> list[Table]:
    out: list[Table] = []
    ascii_text = text.isascii() if starts else True
    for start in starts:
        lines = _lines(text, start)
        _, header = next(lines)
        header = header.rstrip("\r")
        sample = _pandas_sample(header, lines)
        layout = _pandas_layout(header, sample)
        form = ""
        if (layout is None or len(sample) < _PANDAS_SAMPLE) and not ascii_text:
            # pandas may have aligned a wide character (東京都) as two columns: then the rows are as wide
            # as the header in display columns, and more of them (or any) are read so
            wide_header = _display(header)[0]
            wide_sample = _pandas_sample(wide_header, _lines(text, _line_end(text, start)), wide=True)
            if len(wide_sample) > len(sample) and (wide_layout := _pandas_layout(wide_header, wide_sample)):
                layout, header, form = wide_layout, wide_header, WIDE
        if layout is None:
            table = _aligned_header(text, start, header)
            if table is not None:
                out.append(table)
            continue
        col_ends, index_end = layout
        bounds = [index_end, *col_ends]
        names = tuple(header[a:b].replace("\0", "").strip(" ") for a, b in zip(bounds, bounds[1:]))
        if all(_PANDAS_NAME.fullmatch(n) for n in names):
            out.append(Table(PANDAS, start, _line_end(text, start), names, form))
    return out


def _pandas_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """The rows under a pandas header, each cell between two column ends: down to a line of another
    width or layout (a blank line, the ``[5 rows x 6 columns]`` footer, the ``...`` of a cut print). A
    table of form WIDE is laid out in display columns (:func:`_display`), its cells mapped back."""
    wide = table.form == WIDE
    header = next(_lines(text, table.start))[1].rstrip("\r")
    if wide:
        header = _display(header)[0]
    layout = _pandas_layout(header, _pandas_sample(header, _lines(text, table.body), wide))  # as _pandas_headers found it
    if layout is None:
        return [], table.body
    col_ends, _ = layout
    width = len(header)
    rows: list[list[tuple[int, int] | None]] = []
    for pos, row in _lines(text, table.body):
        row = row.rstrip("\r")
        where = None
        if wide:
            row, where = _display(row)
        index_end = len(row) - len(row.lstrip("0123456789"))
        if (len(row) != width or not index_end or row[index_end:col_ends[0]].strip(" ") == ""
                or not all(row[e - 1] != " " and (e == width or row[e] == " ") for e in col_ends)):
            return rows, pos
        cells: list[tuple[int, int] | None] = []
        bounds = [index_end, *col_ends]
        for a, b in list(zip(bounds, bounds[1:]))[:last + 1]:
            lstrip, value = _stripped(row[a:b])
            s, e = a + lstrip, a + lstrip + len(value)
            if where is not None:  # display columns -> characters (a cell starts and ends on a character)
                s, e = where[s], where[e - 1] + 1 if e > s else where[s]
            cells.append((pos + s, pos + e))
        rows.append(cells)
    return rows, len(text)


# ------------------------------------------------------------------------- frames aligned another way

#: a name of an aligned frame's header: an identifier (R and pandas column names), one word
_ALIGNED_NAME = regex.compile(r"[A-Za-z_][\w.]{0,63}")
#: the index label opening a row (pandas' RangeIndex, R's row numbers) and the blanks after it
_ROW_LABEL = regex.compile(r"\d{1,9}(?= )")
#: a cell's run: words with single blanks between (two blanks or more part two cells)
_RUN = regex.compile(r"\S+(?: \S+)*")
_TOKEN = regex.compile(r"\S+")
#: how far (characters) a run may stand from a name it overlaps none of and still be its cell
_ALIGNED_REACH = 3


def _aligned_header(text: str, start: int, header: str) -> Table | None:
    """A data frame print that pandas' layout does not fit (its columns left-aligned, or R's print of a
    data.frame, whose columns are one blank apart and whose rows a long value may shift): a header of 2
    identifiers at least after the index column's blanks, over rows that start with an index label. Its
    cells are read by where they stand (:func:`_aligned_rows`)."""
    names = header.split()
    if len(names) < 2 or not all(_ALIGNED_NAME.fullmatch(n) for n in names):
        return None
    body = _line_end(text, start)
    first = next(_lines(text, body), None)
    if first is None or _ROW_LABEL.match(first[1]) is None or len(_RUN.findall(first[1])) < 2:
        return None
    return Table(PANDAS, start, body, tuple(names), ALIGNED)


def _aligned_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """The rows of an ALIGNED frame, down to a line that does not start with an index label. Each run of a
    row (words one blank apart) is the cell of the name it stands under (overlaps), or of the nearest name
    within :data:`_ALIGNED_REACH`; a run under two names or more (R puts one blank between columns) is split
    into its words, each the cell of the name it overlaps most (or stands nearest to, of those). A column's
    cell spans its words."""
    header = next(_lines(text, table.start))[1].rstrip("\r")
    spans = [m.span() for m in _TOKEN.finditer(header)]
    rows: list[list[tuple[int, int] | None]] = []
    for pos, row in _lines(text, table.body):
        row = row.rstrip("\r")
        label = _ROW_LABEL.match(row)
        if label is None:
            return rows, pos
        cells: list[tuple[int, int] | None] = [None] * len(spans)
        for run in _RUN.finditer(row, label.end()):
            under = [j for j, (a, b) in enumerate(spans) if run.start() < b and a < run.end()]
            if len(under) <= 1:
                j = under[0] if under else _nearest(spans, run.start(), run.end(), range(len(spans)))
                if j is not None:
                    cells[j] = _widened(cells[j], pos + run.start(), pos + run.end())
                continue
            for token in _TOKEN.finditer(row, run.start(), run.end()):
                j = _nearest(spans, token.start(), token.end(), under, reach=len(row))
                if j is not None:
                    cells[j] = _widened(cells[j], pos + token.start(), pos + token.end())
        rows.append(cells[:last + 1])
    return rows, len(text)


def _nearest(spans: list[tuple[int, int]], s: int, e: int, among: Sequence[int], reach: int = _ALIGNED_REACH) -> int | None:
    """Of the names ``among``, the one whose span ``(s, e)`` overlaps most, else stands nearest to (within
    ``reach``); None when none does."""
    best, best_key = None, None
    for j in among:
        a, b = spans[j]
        overlap = min(b, e) - max(a, s)
        key = (overlap, 0) if overlap > 0 else (0, -(max(a, s) - min(b, e)))
        if overlap <= 0 and max(a, s) - min(b, e) > reach:
            continue
        if best_key is None or key > best_key:
            best, best_key = j, key
    return best


def _widened(cell: tuple[int, int] | None, s: int, e: int) -> tuple[int, int]:
    return (s, e) if cell is None else (min(cell[0], s), max(cell[1], e))


# ----------------------------------------------------------------------------------------------- HTML

_HTML_MAX = 200_000  # characters of one table read
_HTML_HEAD = 4_000  # characters from <table to the end of its header row, at most
_HTML_TABLE_START = regex.compile(r"<(?:table|TABLE|Table)\b")
_HTML_TABLE_END = regex.compile(r"</?table\b", re.I)
# a row: <tr ...> up to the next <tr, </tr>, </table> or </thead> / <tbody> boundary (an unclosed </tr> is common)
_HTML_ROW = regex.compile(r"<tr\b[^>]{0,500}>", re.I)
_HTML_ROW_END = regex.compile(r"</tr\s*>|<tr\b|</t(?:head|body|foot)\s*>|<t(?:head|body|foot)\b", re.I)
_HTML_CELL = regex.compile(r"<t([hd])\b([^>]{0,500})>", re.I)
_HTML_CELL_END = regex.compile(r"</t[hd]\s*>|<t[hd]\b", re.I)
_HTML_TAG = regex.compile(r"<[^<>]{0,500}>")
_HTML_COLSPAN = regex.compile(r"""colspan\s*=\s*["']?(\d{1,2})""", re.I)
_HTML_BLANKS = " \t\r\n"


def _html_headers(text: str) -> list[Table]:
    """The HTML tables of ``text``: each ``<table>``'s first row with text in a cell names its columns."""
    starts = _html_table_starts(text)
    out: list[Table] = []
    for start in starts:
        # the header row opens in the first _HTML_HEAD characters (after a <caption>, <colgroup>, <thead>)
        window = min(len(text), start + _HTML_HEAD)
        end_m = _HTML_TABLE_END.search(text, start + 6, window)
        end = end_m.start() if end_m else window
        for row_start, row_end in _html_row_spans(text, start, end):
            names = tuple(name for s, e, span in _html_cells(text, row_start, row_end)
                          for name in (_html_name(text, s, e), *[""] * (span - 1)))
            if any(names):
                # body: where the data rows start; the table's end is found again when its rows are read
                out.append(Table(HTML, start, row_end, names))
                break
    return out


def _html_table_starts(text: str) -> Iterator[int]:
    """Where ``<table``, ``<TABLE`` or ``<Table`` opens a table (one regex pass, ~1 ms on 3.7 MB of code: a
    substring search per spelling costs more, some spellings' ``str.find`` being slow)."""
    return (m.start() for m in _HTML_TABLE_START.finditer(text))


def _html_row_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the rows' contents (after ``<tr ...>``) between ``start`` and ``end``."""
    for m in _HTML_ROW.finditer(text, start, end):
        stop = _HTML_ROW_END.search(text, m.end(), min(end, m.end() + _HTML_HEAD))
        yield m.end(), stop.start() if stop else min(end, m.end() + _HTML_HEAD)


def _html_cells(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """A row's cells: each one's content span and how many columns it takes (``colspan``)."""
    cells = []
    for m in _HTML_CELL.finditer(text, start, end):
        stop = _HTML_CELL_END.search(text, m.end(), end)
        span = _HTML_COLSPAN.search(m.group(2))
        cells.append((m.end(), stop.start() if stop else end, max(1, int(span.group(1))) if span else 1))
    return cells


def _html_text(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a cell's text: its one run outside tags (``<code>x</code>`` -> ``x``), blanks stripped;
    its whole content (blanks stripped) when it holds more than one run or none."""
    runs = []
    pos = start
    for m in _HTML_TAG.finditer(text, start, end):
        if text[pos:m.start()].strip(_HTML_BLANKS):
            runs.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip(_HTML_BLANKS):
        runs.append((pos, end))
    s, e = runs[0] if len(runs) == 1 else (start, end)
    while s < e and text[s] in _HTML_BLANKS:
        s += 1
    while e > s and text[e - 1] in _HTML_BLANKS:
        e -= 1
    return s, e


def _html_name(text: str, start: int, end: int) -> str:
    """A header cell's text without tags, blanks collapsed ("" when longer than a column name)."""
    if end - start > 4 * _MAX_NAME:
        return ""
    name = " ".join(_HTML_TAG.sub(" ", text[start:end]).replace("&nbsp;", " ").split())
    return name if len(name) <= _MAX_NAME else ""


def header_cells(text: str, table: Table) -> list[tuple[int, int]]:
    """The spans of the cells of an HTML table's header row (each cell's text: :func:`_html_text`); [] for
    a table of another kind. A form's table has no header row: its first row is a pair of label and value."""
    if table.kind != HTML:
        return []
    spans = list(_html_row_spans(text, table.start, table.body))
    if not spans:
        return []
    return [_html_text(text, s, e) for s, e, _ in _html_cells(text, *spans[-1])]


def _html_rows(text: str, table: Table, last: int) -> tuple[list[list[tuple[int, int] | None]], int]:
    """The rows under an HTML table's header row, each cell's text span (:func:`_html_text`), columns counted
    with their ``colspan`` (a spanned cell is read under its first column only)."""
    end_m = _HTML_TABLE_END.search(text, table.body, table.start + _HTML_MAX)
    end = end_m.start() if end_m else min(len(text), table.start + _HTML_MAX)
    rows: list[list[tuple[int, int] | None]] = []
    for row_start, row_end in _html_row_spans(text, table.body, end):
        cells: list[tuple[int, int] | None] = []
        for s, e, span in _html_cells(text, row_start, row_end):
            if len(cells) > last:
                break
            cells.append(_html_text(text, s, e))
            cells.extend([None] * (span - 1))
        if cells:
            rows.append(cells)
    return rows, end
