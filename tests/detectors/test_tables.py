"""The table search (``detectors/_tables.py``): the Hyperscan candidate search finds exactly the headers
the ``re`` search finds, and every line is judged on its own."""
from __future__ import annotations

import random

import pytest

from promptscrub.detectors import _tables

PIECES = [
    "   id  last_name         dob\n0   1    Jackson  1965-04-02\n1  12     Martin  1971-11-30\n\n",  # pandas
    "    a full name\n0   1  Ann Lee\n",  # pandas, a name of two words
    "    def f(x):\n1. step one\n",  # indented code above a numbered line: no pandas table
    "| env | user | password |\n|---|---|---|\n| prod | app | x |\n",
    "|---|\n|:--:|\n| a |\n",  # a separator under a separator
    "| a | b |\n| c | d |\n",  # no separator: no table
    "id,name,email\n1,Ann,a@x.test\n2,Bo,b@x.test\n",
    "a,b\n1,2\n3,4\n",  # one comma per row: each row could head the next
    '"user","token"\n"u1","t1"\n',
    "Ünïcode,Straße,名前\nx,y,z\n",
    "K,ſ,İ\n1,2,3\n",
    "def f(a, token, b):\n    return a, b\n",
    "Dear team, thanks,\nsee you, soon\n",
    "INSERT INTO users (id, password) VALUES (1, 'x'), (2, 'y');\n",
    "insert into t (a,b) values\n  ('1','2');\n",
    "COPY accounts (id, secret) FROM stdin;\n1\tabc\n\\.\n",
    "call(x) value\n",
    "f(x)\n  VALUES\n",
    "x = (1, 2)\n",
    "| only | one | line\n",
    "plain prose without anything\n",
    "   | indented | header |\n   | --- | --- |\n   | 1 | 2 |\n",
    "a,b,c\r\n1,2,3\r\n",
    # psql, mysql, TSV
    " id | full_name | dob\n----+-----------+-----\n  1 | Ann Lee   | 1980-01-02\n(1 row)\n",
    " a | b\n---+---\n 1 | 2\n\n",
    " a | b\n---+---+---\n",  # more columns in the separator than in the header: no table
    "+----+-------+\n| id | token |\n+----+-------+\n|  1 | abcd  |\n+----+-------+\n",
    "| a | b |\n+---+---+\n",  # no border above: no table
    "+---+\n| a |\n+---+\n",  # one column
    "id\tname\tdob\n1\tAnn\t1980-01-02\n2\t\t\n",
    "a\tb\r\nx\ty\r\n",
    "\tindented\tcode\n\tmore\tcode\n",  # the row under starts with a tab: no table
    "k\tv\n1\t2\t3\n",  # another number of fields
    "x\t(y)\nz\tw\n",
]


def _text(rng: random.Random) -> str:
    parts = []
    while sum(map(len, parts)) < _tables_threshold() + 200:
        piece = rng.choice(PIECES)
        if rng.random() < 0.3:  # glue pieces without a line break between them
            piece = piece.rstrip("\n")
        parts.append(piece)
    return "".join(parts)


def _tables_threshold() -> int:
    from promptscrub.engine import HYPERSCAN_FROM

    return HYPERSCAN_FROM


def _headers(text: str, engine: str, monkeypatch: pytest.MonkeyPatch) -> list[_tables.Table]:
    monkeypatch.setenv("PROMPTSCRUB_ENGINE", engine)
    _tables.tables.forget()
    return _tables.tables(text)


@pytest.mark.parametrize("seed", range(30))
def test_hyperscan_and_re_find_the_same_headers(seed, monkeypatch):
    pytest.importorskip("hyperscan")
    text = _text(random.Random(seed))
    by_re = _headers(text, "python", monkeypatch)
    assert by_re  # the generated text holds tables
    assert _headers(text, "hyperscan", monkeypatch) == by_re


def test_every_line_is_judged_on_its_own(monkeypatch):
    """Each line is a header candidate of its own (the search never hides a line behind the one above it),
    and a header is a table's first line: a row of names under a line of as many fields is a row, not a
    header, while the same line under a title line is one."""
    text = "a,b\nx,y\nu,v\n"
    assert [t.start for t in _headers(text, "python", monkeypatch)] == [0]
    text = "Report\n\nx,y\nu,v\n"
    assert [t.start for t in _headers(text, "python", monkeypatch)] == [8]
    text = "a,b,c\nx,y\nu,v\n"  # another number of fields above: a table of its own
    assert [t.start for t in _headers(text, "python", monkeypatch)] == [0, 6]


def test_a_pandas_print_aligned_in_display_columns() -> None:
    """pandas with ``display.unicode.east_asian_width`` (and a terminal) counts a CJK character as two
    columns: the rows are then as wide as the header in display columns, not in characters, and each cell's
    span is still exactly its characters."""
    text = ("      name    city\n"
            "0  Ann Lee  札幌市\n"
            "1   Bo Kim    Oslo\n"
            "2   Cy Orr  福岡市\n")
    [table] = _tables.tables(text)
    assert (table.kind, table.names, table.form) == ("pandas", ("name", "city"), _tables.WIDE)
    rows, _ = _tables.read(text, table, 1)
    assert [[text[a:b] for a, b in row] for row in rows] == [["Ann Lee", "札幌市"], ["Bo Kim", "Oslo"], ["Cy Orr", "福岡市"]]


def test_a_pandas_print_aligned_in_characters_keeps_its_layout() -> None:
    """Without that option pandas counts characters: such a print is read as it always was."""
    text = ("      name  city\n"
            "0  Ann Lee   札幌市\n"
            "1   Bo Kim  Oslo\n")
    [table] = _tables.tables(text)
    assert table.form == ""
    rows, _ = _tables.read(text, table, 1)
    assert [[text[a:b] for a, b in row] for row in rows] == [["Ann Lee", "札幌市"], ["Bo Kim", "Oslo"]]
