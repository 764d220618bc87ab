"""json_lines: a table printed in a notebook cell's output (its rows stored as a JSON array of escaped lines) is
read by the table-column detectors on an unescaped view of the arrays, and its cells are redacted inside the
JSON strings -- the notebook stays valid JSON and restores exactly.

Every value is made here from a seeded random.Random (made-up names, dates and numbers), never real data.
"""
from __future__ import annotations

import json
import random
import string

import pytest

from promptscrub import json_lines as json_lines_module
from promptscrub.config import Config
from promptscrub.findings import Finding
from promptscrub.json_lines import JsonLines, holds_json_lines, json_lines_findings
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

# ------------------------------------------------------------------------------------ made-up values


def person(rng: random.Random, accents: str = "") -> str:
    """A made-up name of two words (``Valoren Tiseku``); ``accents`` adds letters such as ``éüø``."""
    vowels = "aeiou" + accents

    def word() -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice(vowels) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def phone(rng: random.Random) -> str:
    n = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    return rng.choice([f"0{n(3)} {n(7)}", f"+{rng.randint(30, 49)} {n(2)} {n(6)}", f"0{n(4)} {n(6)}"])


def dob(rng: random.Random) -> str:
    return f"{rng.randint(1940, 2004)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"


def customers(seed: int, n: int = 6, accents: str = "") -> list[list[str]]:
    rng = random.Random(seed)
    return [[str(50000 + i), person(rng, accents), phone(rng), dob(rng)] for i in range(n)]


NAMES = ["customer_id", "full_name", "phone", "date_of_birth"]


def pandas_print(names: list[str], rows: list[list[str]]) -> str:
    """What ``print(df)`` shows: a RangeIndex left-aligned, every column right-aligned to its widest cell
    (its name included), two blanks between columns."""
    widths = [max(len(n), *(len(r[i]) for r in rows)) for i, n in enumerate(names)]
    index = len(str(len(rows) - 1))
    lines = [" " * index + "".join("  " + n.rjust(w) for n, w in zip(names, widths))]
    lines += [str(i).ljust(index) + "".join("  " + v.rjust(w) for v, w in zip(r, widths)) for i, r in enumerate(rows)]
    return "\n".join(lines) + "\n"


def lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def notebook(*cells: dict) -> dict:
    return {"cells": list(cells), "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}


def code_cell(source: str, outputs: list[dict]) -> dict:
    return {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": outputs, "source": lines(source)}


def execute_result(plain: str) -> dict:
    return {"data": {"text/plain": lines(plain)}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}


def stream(out: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": lines(out)}


def redact(text: str) -> tuple[str, Vault]:
    vault = Vault()
    return build_scrubber(Config()).redact(text, vault).text, vault


def values(rows: list[list[str]]) -> list[str]:
    return [v for r in rows for v in r[1:]]  # all but the customer id


def assert_redacted(text: str, rows: list[list[str]]) -> dict:
    """Every name, phone and date of ``rows`` gone (raw and JSON-escaped), the output valid JSON, the round trip exact."""
    out, vault = redact(text)
    decoded = json.loads(out)  # still valid JSON
    for v in values(rows):
        assert v not in out and json.dumps(v)[1:-1] not in out, v
        assert v not in json.dumps(decoded, ensure_ascii=False), v
    for r in rows:
        assert r[0] in out  # the ids (no personal data) stay
    assert restore(out, vault).text == text
    return decoded


# ------------------------------------------------------------------------------------------ notebooks


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["u-escapes", "raw-utf8"])
def test_a_pandas_print_in_an_execute_result(ensure_ascii: bool):
    rows = customers(1, accents="éüøñ")
    assert any(not v.isascii() for v in values(rows))  # the test has non-ASCII names to map back
    nb = notebook(code_cell("df = load()\ndf.head(6)", [execute_result(pandas_print(NAMES, rows))]))
    text = json.dumps(nb, indent=1, ensure_ascii=ensure_ascii) + "\n"
    assert ("\\u00" in text) is ensure_ascii
    decoded = assert_redacted(text, rows)
    plain = decoded["cells"][0]["outputs"][0]["data"]["text/plain"]
    assert plain[0] == lines(pandas_print(NAMES, rows))[0]  # the header line is untouched
    assert [line[:1] for line in plain[1:]] == [str(i) for i in range(len(rows))]  # so is the index
    assert decoded["cells"][0]["source"] == ["df = load()\n", "df.head(6)"]


def test_without_the_view_the_rows_stay_in_clear():
    """The test above can fail: the raw text alone does not give the table to the detectors."""
    rows = customers(2)
    text = json.dumps(notebook(code_cell("df", [execute_result(pandas_print(NAMES, rows))])), indent=1)
    s = build_scrubber(Config())
    readers = [d for d in s.detectors if d.name == "pii_columns"]
    assert readers and readers[0].detect(text) == []
    found = {text[f.start:f.end] for f in s.find(text)}
    assert {r[3] for r in rows} <= found  # the dates of birth come only from the table


def test_a_stream_output_and_a_compact_notebook():
    """``print(df)`` goes to a stream output's ``text``; json.dumps without indent puts it all on one line."""
    rows = customers(3)
    nb = notebook(code_cell("print(df)", [stream(pandas_print(NAMES, rows))]))
    assert_redacted(json.dumps(nb), rows)


def test_a_crlf_notebook():
    """Saved on Windows: CRLF between the JSON lines, and rows ending in an escaped \\r\\n too."""
    rows = customers(4)
    printed = pandas_print(NAMES, rows).replace("\n", "\r\n")
    text = json.dumps(notebook(code_cell("df", [execute_result(printed)])), indent=1).replace("\n", "\r\n")
    assert "\r\n" in text and "\\r\\n" in text
    assert_redacted(text, rows)


def test_a_csv_print_and_a_markdown_table_in_cells():
    """Other table forms: ``print(df.to_csv())`` in a stream, a Markdown table in a markdown cell's source;
    a password column's cells are redacted too (secret_tables reads the view)."""
    rng = random.Random(5)
    rows = customers(5, n=3)
    csv = "customer_id,full_name,phone,date_of_birth\n" + "".join(",".join(r) + "\n" for r in rows)
    secrets = ["".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14)) + "!7" for _ in range(2)]
    md = "| user | password |\n|------|----------|\n" + "".join(f"| svc{i} | {p} |\n" for i, p in enumerate(secrets))
    nb = notebook(code_cell("print(df.to_csv(index=False))", [stream(csv)]),
                  {"cell_type": "markdown", "metadata": {}, "source": lines("Test accounts:\n\n" + md)})
    text = json.dumps(nb, indent=1)
    assert_redacted(text, rows)
    out, _ = redact(text)
    for p in secrets:
        assert p not in out
    assert "svc0" in out and "| user | password |" in out


def test_a_notebook_without_a_table_is_left_alone():
    nb = notebook(code_cell("import numpy as np\nx = np.arange(10)\nprint(x.sum())", [stream("45\n")]),
                  {"cell_type": "markdown", "metadata": {}, "source": lines("# Sums\n\nA small check.\n")})
    text = json.dumps(nb, indent=1) + "\n"
    assert holds_json_lines(text)
    out, vault = redact(text)
    assert out == text
    assert json_lines_findings(text, [lambda view: []]) == []
    assert len(JsonLines(text).text) > 0  # the lines were read, and nothing was found in them


def test_a_row_split_over_two_strings_is_redacted_in_each():
    """A stream's line cut in two strings (flushed mid-line): the phone is one finding in the view, two in the
    text, each inside its string; the ``", "`` between them stays."""
    rows = customers(6, n=4)
    printed = lines(pandas_print(NAMES, rows))
    cut = printed[2].index(rows[1][2]) + 4  # inside the phone of row 1
    text_lines = printed[:2] + [printed[2][:cut], printed[2][cut:]] + printed[3:]
    nb = notebook(code_cell("print(df)", [{"name": "stdout", "output_type": "stream", "text": text_lines}]))
    text = json.dumps(nb, indent=1)
    out, vault = redact(text)
    decoded = json.loads(out)
    got = decoded["cells"][0]["outputs"][0]["text"]
    assert len(got) == len(text_lines)
    assert rows[1][2][:4] not in got[2][-6:] and rows[1][2][4:] not in got[3]
    assert got[2].startswith("1  ") and got[3].endswith("\n")
    assert restore(out, vault).text == text


def test_text_that_is_no_notebook_costs_the_trigger_only(monkeypatch: pytest.MonkeyPatch):
    """Without ``"cell_type"`` / ``"output_type"`` the view is never built (the same arrays as plain JSON are
    not read: the trigger is the notebook's keys)."""
    def boom(*args: object) -> list[Finding]:
        raise AssertionError("view built")

    monkeypatch.setattr(json_lines_module, "json_lines_findings", boom)  # imported by find when a notebook comes
    rows = customers(7)
    text = json.dumps({"lines": lines(pandas_print(NAMES, rows))}, indent=1)
    assert not holds_json_lines(text)
    build_scrubber(Config()).find(text)  # does not raise
    with pytest.raises(AssertionError):
        build_scrubber(Config()).find(text.replace('"lines"', '"output_type": "stream", "text"'))


# ------------------------------------------------------------------------------------------ the view


def test_the_view_is_each_arrays_strings_decoded_and_joined():
    arrays = [["a\n", "b \"q\" \\ / \t\n"], ["caf\u00e9 \U0001F600 \u2603\n", "x"], ["no line break"]]
    doc = {"cell_type": "code", "source": arrays[0], "outputs": [{"text": arrays[1]}, {"other": arrays[2]}],
           "single": "one\ntwo\n", "key": "value"}
    for ensure_ascii in (True, False):
        text = json.dumps(doc, indent=1, ensure_ascii=ensure_ascii)
        assert JsonLines(text).text == "".join(arrays[0]) + "\n\n" + "".join(arrays[1]) + "\n\n" + "one\ntwo\n"


@pytest.mark.parametrize("seed", range(30))
def test_every_view_character_maps_back_to_its_escape(seed: int):
    rng = random.Random(seed)
    alphabet = ["a", "Z", " ", "\n", "\r\n", "\t", '"', "\\", "/", "\b", "\u00e9", "\U0001F600", "\u2028", "0"]
    arrays = [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) + "\n" for _ in range(rng.randint(1, 4))]
              for _ in range(3)]
    text = json.dumps({"cell_type": "code", "source": arrays}, ensure_ascii=bool(seed % 2), indent=seed % 3 or None)
    view = JsonLines(text)
    joined = view.text
    assert joined == "\n\n".join("".join(a) for a in arrays)
    gaps, pos = set(), 0
    for a in arrays[:-1]:
        pos += len("".join(a))
        gaps |= {pos, pos + 1}
        pos += 2
    last = -1
    for i, c in enumerate(joined):
        spans = view.pieces(i, i + 1)
        assert (not spans) == (i in gaps)
        if not spans:
            continue
        [(s, e)] = spans
        assert json.loads('"' + text[s:e] + '"') == c
        assert last < s  # in order, one escape to one character
        last = s


def test_a_finding_over_two_strings_or_two_arrays_covers_only_their_insides():
    doc = {"cell_type": "code", "source": ["ab\n", "c\u00e9d\n"], "outputs": [{"text": ["ef\n"]}]}
    text = json.dumps(doc)
    assert JsonLines(text).text == "ab\nc\u00e9d\n\n\nef\n"
    everything = json_lines_findings(text, [lambda v: [Finding(0, len(v), "pii", "PERSON", "r")]])
    assert [text[f.start:f.end] for f in everything] == ["ab\\n", "c\\u00e9d\\n", "ef\\n"]
    accent = json_lines_findings(text, [lambda v: [Finding(v.index("\u00e9"), v.index("d") + 1, "pii", "PERSON", "r")]])
    assert [text[f.start:f.end] for f in accent] == ["\\u00e9d"]  # the escape whole


def test_an_escape_json_has_not_is_read_as_it_stands():
    """Not quite JSON (a ``\\q`` written by hand): the array is still read, the backslash as itself."""
    text = '{"cell_type": "code", "source": ["a\\\\q\\qb\\n", "c\\u00e9\\n"]}'
    with pytest.raises(ValueError):
        json.loads(text)
    view = JsonLines(text)
    assert view.text == "a\\q\\qb\nc\u00e9\n"
    s = view.text.index("\\qb")
    assert [text[a:b] for a, b in view.pieces(s, s + 3)] == ["\\qb"]
    assert [text[a:b] for a, b in view.pieces(0, 2)] == ["a\\\\"]


def test_a_notebook_cut_inside_a_string_falls_in_step_at_the_next_line():
    """A stream's window may start inside a string: the strings are found again from the next line on, and the
    table under it is read."""
    rows = customers(8)
    text = json.dumps(notebook(code_cell("df", [execute_result(pandas_print(NAMES, rows))])), indent=1)
    cut = text[text.index('"code"') + 2:]  # starts inside a string, above the output
    assert all(v in cut for v in values(rows))
    out, vault = redact(cut)
    for v in values(rows):
        assert v not in out
    assert restore(out, vault).text == cut
    assert out.count('"') == cut.count('"')


def test_a_long_notebook():
    """A view longer than the engine's Hyperscan threshold (the table search then runs as one scan)."""
    rows = customers(9)
    filler = [code_cell(f"x{i} = compute({i})\nprint(x{i})", [stream(f"{i * 7}\n")]) for i in range(300)]
    nb = notebook(*filler, code_cell("df", [execute_result(pandas_print(NAMES, rows))]), *filler[:50])
    text = json.dumps(nb, indent=1)
    assert len(JsonLines(text).text) > 8192
    assert_redacted(text, rows)
