"""Personal data in tables, by column: the cell under a date-of-birth, SSN, phone, person-name or address
column of a CSV export, a Markdown table, an SQL ``INSERT ... VALUES`` or a PostgreSQL ``COPY ... FROM
stdin`` is reported in every row -- when it has the column's shape -- with its exact span. A bare
``08.08.1982``, ``399157336`` or ``Neumann`` says nothing on its own; the header does.

Every value is made here from a seeded random.Random (made-up names, dates and numbers), never real data.
"""
from __future__ import annotations

import random
import string
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from promptscrub.cli import app, with_default_command
from promptscrub.config import Config
from promptscrub.detectors import _tables
from promptscrub.detectors.pii_columns import COLUMNS, PLACEHOLDERS, PiiColumnsDetector, column_kind
from promptscrub.pii_config import parse_pii_config
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

DET = PiiColumnsDetector({})
RULES = {"DATE": "date-of-birth-column", "US_SSN": "us-ssn-column", "CA_SIN": "ca-sin-column",
         "PHONE": "phone-column", "PERSON": "person-name-column", "ADDRESS": "address-column"}


# ------------------------------------------------------------------------------------ made-up values

def person(rng: random.Random) -> str:
    """A made-up name: two or three syllables, capitalised (``Valoren``); sometimes an accent or a hyphen."""
    def word() -> str:
        while True:
            w = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiouéäö") for _ in range(rng.randint(2, 3)))
            if w not in PLACEHOLDERS:  # "none"
                return w.capitalize()
    return rng.choice([word(), word(), f"{word()}-{word()}"])


def dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1930, 2005), rng.randint(1, 12), rng.randint(1, 28)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return rng.choice([f"{y}-{m:02}-{d:02}", f"{d:02}.{m:02}.{y}", f"{d}/{m}/{y}", f"{m:02}/{d:02}/{y}",
                       f"{y}/{m:02}/{d:02}", f"{d} {months[m - 1]} {y}", f"{y}-{m:02}-{d:02} 00:00:00"])


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03}{rng.randint(1, 99):02}{rng.randint(1, 9999):04}"
    sep = rng.choice(["", "-", " "])
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


def sin(rng: random.Random) -> str:
    """A made-up Canadian SIN: 9 digits, Luhn-valid, not starting with 0 or 8."""
    while True:
        body = str(rng.choice("1234567")) + "".join(rng.choice(string.digits) for _ in range(7))
        for check in string.digits:
            total = 0
            for i, c in enumerate(body + check):
                n = int(c) * (2 if i % 2 else 1)
                total += n - 9 if n > 9 else n
            if total % 10 == 0:
                return body + check


def phone(rng: random.Random) -> str:
    n = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    return rng.choice([f"0{n(4)} {n(6)}", f"({n(2)}) {n(5)}-{n(4)}", f"+{rng.randint(1, 99)} {n(3)} {n(7)}",
                       f"{n(3)}-{n(3)}-{n(4)}", f"{n(3)}.{n(3)}.{n(4)}", f"0{n(9)}"])


def address(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 999)} {person(rng)} Street", f"{person(rng)}straße {rng.randint(1, 99)}",
                       f"Flat {rng.randint(1, 9)}, {rng.randint(1, 99)} {person(rng)} Road",
                       f"{rng.randint(1, 300)}B {person(rng)} Ave"])


# ------------------------------------------------------------------------------------------ helpers

def found(text: str) -> list[tuple[str, str]]:
    """What the detector reports, in order: (type, value); each span is the value itself."""
    out = []
    for f in sorted(DET.detect(text), key=lambda f: f.start):
        value = text[f.start:f.end]
        assert (f.category, f.score, f.rule_id) == ("pii", 0.85, RULES[f.type])
        assert value == value.strip(" \t'\"`") and "\n" not in value  # no padding, quote or line break
        out.append((f.type, value))
    return out


def csv(header: list[str], rows: list[list[str]], eol: str = "\n") -> str:
    return "".join(",".join(r) + eol for r in [header, *rows])


def markdown(header: list[str], rows: list[list[str]]) -> str:
    line = lambda cells: "| " + " | ".join(cells) + " |\n"  # noqa: E731
    return line(header) + "|" + "---|" * len(header) + "\n" + "".join(line(r) for r in rows)


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# ------------------------------------------------------------------------- the four table forms

def test_a_csv_export() -> None:
    """The leak this detector closes: only the e-mail had a shape of its own (and a rule for it)."""
    rng = random.Random("csv-export")
    first, last, born, number, tel = person(rng), person(rng), dob(rng), ssn(rng).replace("-", ""), phone(rng)
    text = ("id,first_name,last_name,email,dob,ssn,phone\n"
            f"5346,{first},{last},someone@example.invalid,{born},{number},{tel}\n")
    assert found(text) == [("PERSON", first), ("PERSON", last), ("DATE", born), ("US_SSN", number), ("PHONE", tel)]


def test_psql_query_output() -> None:
    """psql's aligned output: header, ----+---- separator, rows down to the (N rows) line."""
    rng = random.Random("psql")
    rows = [[str(i), person(rng) + " " + person(rng), dob(rng)] for i in range(1, 4)]
    text = ("app=> select id, full_name, dob from customers limit 3;\n"
            " id |   full_name   |    dob\n----+---------------+------------\n"
            + "".join(f"  {i} | {n} | {d}\n" for i, n, d in rows) + "(3 rows)\n\n 9 | x | 1980-01-01\n")
    assert found(text) == [(t, v) for r in rows for t, v in zip(["PERSON", "DATE"], r[1:])]


def test_mysql_query_output() -> None:
    """mysql's bordered output: a +---+ border above and under the header and under the last row."""
    rng = random.Random("mysql")
    rows = [[str(i), person(rng), dob(rng)] for i in range(1, 4)]
    border = "+----+------------+------------+\n"
    text = ("mysql> SELECT id, last_name, birth_date FROM members LIMIT 3;\n" + border
            + "| id | last_name  | birth_date |\n" + border
            + "".join(f"|  {i} | {n} | {d} |\n" for i, n, d in rows) + border + "3 rows in set (0.00 sec)\n")
    assert found(text) == [(t, v) for r in rows for t, v in zip(["PERSON", "DATE"], r[1:])]


def test_a_tsv_export() -> None:
    """Tab-separated (a spreadsheet pasted): rows with as many fields, empty ones too, down to a line without a tab."""
    rng = random.Random("tsv")
    rows = [[f"E{i}", person(rng), person(rng), dob(rng)] for i in range(1, 4)]
    rows[1][1] = ""
    text = ("Employee ID\tFirst Name\tLast Name\tDOB\r\n"
            + "".join("\t".join(r) + "\r\n" for r in rows) + "Total: 3\n" + "x\tAnn\ty\t1980-01-01\n")
    assert found(text) == [(t, v) for r in rows for t, v in zip(["PERSON", "PERSON", "DATE"], r[1:]) if v]


def pandas_print(names: list[str], rows: list[list[str]]) -> str:
    """What ``print(df)`` shows: a RangeIndex left-aligned, every column right-aligned to its widest cell
    (its name included), two blanks between columns."""
    widths = [max(len(n), *(len(r[i]) for r in rows)) for i, n in enumerate(names)]
    index = len(str(len(rows) - 1))
    lines = [" " * index + "".join("  " + n.rjust(w) for n, w in zip(names, widths))]
    lines += [str(i).ljust(index) + "".join("  " + v.rjust(w) for v, w in zip(r, widths)) for i, r in enumerate(rows)]
    return "\n".join(lines) + "\n"


def test_a_pandas_print() -> None:
    """``df.head()`` pasted: columns by their right edges (a name of several words, a cell of several), a
    two-digit index, down to the ``[N rows x M columns]`` footer."""
    rng = random.Random("pandas")
    rows = [[str(40000 + i), person(rng), f"{person(rng)} {person(rng)}", dob(rng)] for i in range(12)]
    text = "df.head(12):\n" + pandas_print(["customer_id", "last_name", "full name", "dob"], rows) + "\n[12 rows x 4 columns]\n"
    assert found(text) == [(t, v) for r in rows for t, v in zip(["PERSON", "PERSON", "DATE"], r[1:])]
    shifted = text.replace("\n1  ", "\n1 x ", 1)  # a row off the layout ends the table
    assert len(found(shifted)) == 3


@pytest.mark.parametrize("text", [
    " a | dob\n---+---+---\n 1 | 1980-01-02\n",  # the separator has more columns than the header
    "| id | dob |\n+----+-----+\n|  1 | 1980-01-02 |\n",  # a mysql border under, none above
    "\tname\tdob\n\tAnn\t1980-01-02\n",  # tab-indented: no TSV header
    "x = a | b\n----\nlast_name | dob\n",
])
def test_query_output_lookalikes_are_not_tables(text: str) -> None:
    assert found(text) == []


def test_every_row_of_a_markdown_table() -> None:
    rng = random.Random("markdown")
    rows = [[str(i), person(rng), dob(rng), phone(rng)] for i in range(1, 7)]
    text = "Our test accounts:\n\n" + markdown(["#", "Last Name", "DOB", "Mobile"], rows) + "\nThat's all.\n"
    assert found(text) == [(t, v) for r in rows for t, v in zip(["PERSON", "DATE", "PHONE"], r[1:])]


def test_a_multi_row_sql_insert_over_several_lines() -> None:
    """Rows over several lines, a string with a '' quote, NULL, numbers and a call; MySQL backticks."""
    rng = random.Random("insert")
    a_first, a_last, a_born, a_tel = person(rng), "O'" + person(rng), dob(rng), phone(rng)
    b_first, b_born = person(rng), dob(rng)
    text = ("INSERT INTO `users` (`id`, `first_name`, `last_name`, `birth_date`, `phone`, `created`) VALUES\n"
            f"  (1, {sql_string(a_first)}, {sql_string(a_last)}, {sql_string(a_born)}, {sql_string(a_tel)}, now()),\n"
            f"  (2, {sql_string(b_first)}, NULL, {sql_string(b_born)}, NULL, now());\n"
            "SELECT 1;\n")
    assert found(text) == [("PERSON", a_first), ("PERSON", a_last.replace("'", "''")), ("DATE", a_born),
                           ("PHONE", a_tel), ("PERSON", b_first), ("DATE", b_born)]


def test_sql_insert_spellings() -> None:
    """Lower case, "quoted" identifiers, a schema, no spaces, N'' strings, casts, MySQL's "strings"."""
    rng = random.Random("insert-spellings")
    name, born = person(rng), dob(rng)
    for text in [f"insert into public.\"people\" (\"FirstName\", \"DateOfBirth\") values ('{name}', '{born}');",
                 f"INSERT INTO people(first_name,dob)VALUES(N'{name}','{born}'::date)",
                 f"INSERT IGNORE INTO [dbo].[people] ([Given Name], [Birthday]) VALUES ('{name}', '{born}');",
                 f'INSERT INTO people (first_name, dob) VALUES ("{name}", "{born}");']:
        assert found(text) == [("PERSON", name), ("DATE", born)], text


def test_a_postgres_copy_from_stdin() -> None:
    """pg_dump's form: tab-separated rows down to the line \\. ; \\N is NULL; what follows is not read."""
    rng = random.Random("copy")
    rows = [[str(i), person(rng) + " " + person(rng), dob(rng), ssn(rng)] for i in range(1, 4)]
    rows[1][3] = "\\N"
    after = person(rng)
    text = ("COPY public.customers (id, full_name, dob, ssn) FROM stdin;\n"
            + "".join("\t".join(r) + "\n" for r in rows) + "\\.\n\n" + f"1\t{after}\t2000-01-01\t536221480\n")
    expected = [("PERSON", rows[0][1]), ("DATE", rows[0][2]), ("US_SSN", rows[0][3]),
                ("PERSON", rows[1][1]), ("DATE", rows[1][2]),
                ("PERSON", rows[2][1]), ("DATE", rows[2][2]), ("US_SSN", rows[2][3])]
    assert found(text) == expected


def test_a_copy_in_csv_form_with_a_header_line() -> None:
    rng = random.Random("copy-csv")
    name, tel = person(rng), phone(rng)
    text = (f"COPY people (id, surname, tel) FROM STDIN WITH CSV HEADER;\nid,surname,tel\n"
            f'7,"{name}",{tel}\n\\.\n')
    assert found(text) == [("PERSON", name), ("PHONE", tel)]


def test_crlf_line_endings() -> None:
    rng = random.Random("crlf")
    name, born = person(rng), dob(rng)
    text = csv(["id", "firstName", "dateOfBirth"], [["1", name, born]], eol="\r\n")
    assert found(text) == [("PERSON", name), ("DATE", born)]


# ---------------------------------------------------------------------------------------- each type

@pytest.mark.parametrize("column,make,type_", [
    ("date_of_birth", dob, "DATE"),
    ("ssn", ssn, "US_SSN"),
    ("social_insurance_number", sin, "CA_SIN"),
    ("phone_number", phone, "PHONE"),
    ("surname", person, "PERSON"),
    ("street_address", address, "ADDRESS"),
])
@pytest.mark.parametrize("table", [csv, markdown])
def test_each_type(table, column: str, make, type_: str) -> None:
    rng = random.Random(f"type/{column}/{table.__name__}")
    values = [make(rng) for _ in range(5)]
    rows = [[str(i), f'"{v}"' if table is csv and "," in v else v] for i, v in enumerate(values)]
    assert found(table(["id", column], rows)) == [(type_, v) for v in values]


@pytest.mark.parametrize("value", ["1982-08-08", "1900-01-01", "08.08.1982", "8/31/1982", "31/8/1982", "1982/08/08",
                                   "8 Aug 1982", "08-Aug-1982", "August 8, 1982", "19820808", "1982-08-08T00:00:00Z",
                                   "08.08.82", "1982-08-08 10:30"])
def test_date_formats(value: str) -> None:
    assert found(csv(["id", "dob"], [["1", f'"{value}"']])) == [("DATE", value)]
    assert found(markdown(["id", "dob"], [["1", value]])) == [("DATE", value)]


# ------------------------------------------------------------------------------------ column names

@pytest.mark.parametrize("column,kind", [
    ("DOB", "dob"), ("dob", "dob"), ("dateOfBirth", "dob"), ("Birth Date", "dob"), ("birth-date", "dob"),
    ("D.O.B.", "dob"), ("Date of Birth (DD/MM/YYYY)", "dob"), ("Geburtsdatum", "dob"), ("customer_dob", "dob"),
    ("SSN", "ssn"), ("SocialSecurityNumber", "ssn"), ("us_ssn", "ssn"),
    ("Phone", "phone"), ("PHONE_NUMBER", "phone"), ("Tel.", "phone"), ("Phone #", "phone"), ("phone2", "phone"),
    ("home_phone", "phone"), ("phone_work", "phone"), ("emergency_contact_phone", "phone"), ("Fax", "phone"),
    ("FirstName", "person"), ("first name", "person"), ("LAST_NAME", "person"), ("givenName", "person"),
    ("customer_name", "person"), ("Prénom", "person"), ("Vorname", "person"),
    ("address", "address"), ("Address1", "address"), ("address_line_1", "address"), ("billing_address", "address"),
    ("Straße", "address"),
])
def test_header_spellings(column: str, kind: str) -> None:
    assert column_kind(column) == kind


@pytest.mark.parametrize("column", ["name", "Name", "file_name", "host_name", "hostname",
                                    "display", "email", "e-mail", "ip_address", "mac_address", "email_address",
                                    "passport_number", "national_id", "id", "created",
                                    "phones_total", "date", "birth_place"])
def test_columns_that_are_not_read(column: str) -> None:
    assert column_kind(column) is None


def test_a_name_column_is_a_person_column_only_beside_contact_data() -> None:
    """``name`` names a product, a host or a file as often as a person; in a table that also holds a date of
    birth, a phone, an address, an SSN or an e-mail column, it names the people those belong to."""
    rng = random.Random("name")
    who, born, mail = person(rng), dob(rng), "v.k@example.org"
    assert found(csv(["name", "dob"], [[who, born]])) == [("PERSON", who), ("DATE", born)]
    assert ("PERSON", who) in found(csv(["id", "Name", "email"], [["7", who, mail]]))
    assert found(markdown(["Name", "Version"], [["Valoren", "1.2.3"]])) == []
    assert found(csv(["name", "host", "port"], [[who, "db1", "5432"]])) == []


def test_the_column_names_are_data_in_one_place() -> None:
    assert set(COLUMNS.values()) == {"dob", "ssn", "sin", "ssn_sin", "phone", "person", "address", "employee_id",
                                     "bank_account", "sort_code", "routing_number", "city", "username",
                                     "display_name", "mrn", "member_id", "postcode", "postcode_it"}
    assert "name" not in COLUMNS


# ------------------------------------------------------------------------------------- left alone

@pytest.mark.parametrize("column,value", [
    ("dob", "N/A"), ("dob", "unknown"), ("dob", "yesterday"), ("dob", "1982-13-08"), ("dob", "32.01.1982"),
    ("dob", "0000-00-00"), ("dob", "1982"), ("dob", "12345"),
    ("ssn", "N/A"), ("ssn", "123456789"), ("ssn", "000000000"), ("ssn", "12345678"), ("ssn", "123-45-67890"),
    ("ssn", "536-22 1480"), ("ssn", "***-**-1480"),
    ("social_insurance_number", "130692545"),  # Luhn fails
    ("phone", "-"), ("phone", "12"), ("phone", "n/a"), ("phone", "000000"), ("phone", "ext. 12"),
    ("first_name", "NULL"), ("first_name", "N/A"), ("first_name", "-"), ("first_name", "unknown"),
    ("first_name", "test"), ("first_name", "TEST"), ("first_name", "user123"), ("first_name", "x"),
    ("first_name", "test_user"), ("first_name", "<first name>"), ("first_name", "{{ name }}"), ("first_name", ""),
    ("full_name", "John Doe"), ("full_name", "one two three four five"),
    ("address", "10.0.0.12"), ("address", "0x7ffd4a2c"), ("address", "fe80::1"), ("address", "node-1 10.0.0.1"),
    ("address", "Main Street"), ("address", "see ticket"), ("address", "a@b.io 12"),
])
def test_placeholders_and_values_of_another_shape(column: str, value: str) -> None:
    assert found(csv(["id", column], [["1", value]])) == []
    assert found(markdown(["id", column], [["1", value]])) == []


@pytest.mark.parametrize("text", [
    "def f(first_name, last_name, dob):\n    return g(first_name, last_name, dob)\n",
    "first_name, last_name, dob = row\nprint(first_name, last_name, dob)\n",
    "phone, mobile = parse(a), parse(b)\nx, y = 1, 2\n",
    "Use the first_name, last_name and dob fields.\nHowever, never log them, or the phone.\n",
    'cursor.execute("INSERT INTO users (first_name, dob) VALUES (%s, %s)", (first_name, dob))\n',
    "INSERT INTO users (first_name, dob) VALUES ($1, $2);\n",
    "INSERT INTO users (first_name, dob) VALUES (?, ?), (:first_name, :dob);\n",
    "COPY users (first_name, dob) FROM stdin;\n",  # no rows
    "| field | type |\n|---|---|\n| first_name | string |\n| dob | date |\n",  # the names are in the rows
    "| first_name | dob |\n| Valoren | 1982-08-08 |\n",  # no separator row
    "first_name,dob\n    Valoren,1982-08-08\n",  # indented: no row
])
def test_code_and_prose_are_not_tables(text: str) -> None:
    assert found(text) == []


def test_a_table_ends_where_its_rows_end() -> None:
    rng = random.Random("end")
    inside, outside = person(rng), person(rng)
    assert found(f"first_name,id\n{inside},1\n\n{outside},2\n") == [("PERSON", inside)]
    assert found(f"| first_name |\n|---|\n| {inside} |\n\n| {outside} |\n") == [("PERSON", inside)]
    assert found(f"INSERT INTO t (first_name) VALUES ('{inside}');\n('{outside}');\n") == [("PERSON", inside)]


def test_an_sql_row_of_another_width_is_skipped() -> None:
    """A row with more or fewer values than columns cannot be aligned: it is skipped, the next is read."""
    rng = random.Random("width")
    a, b = person(rng), person(rng)
    text = f"INSERT INTO t (id, last_name) VALUES (1, '{a}', 'x'), (2, '{b}');"
    assert found(text) == [("PERSON", b)]


# ------------------------------------------------------------------------------------ exact spans

def test_exact_spans() -> None:
    rng = random.Random("spans")
    name, tel = person(rng), phone(rng)
    text = f'first_name,phone\n"{name}" ,  {tel}\t\n'
    [a, b] = sorted(DET.detect(text), key=lambda f: f.start)
    assert (a.start, a.end) == (text.index(name), text.index(name) + len(name))
    assert (b.start, b.end) == (text.index(tel), text.index(tel) + len(tel))


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["first_name", "dob", "phone", ",", "|", "---", "\n", "\r\n", " ", "\t", "'",
                                      '"', "`", "(", ")", "INSERT INTO t ", "VALUES", "COPY t ", "FROM stdin;",
                                      "\\.", "\\N", "1982-08-08", "Valoren", "0171 2345678", "NULL", "''"]),
                     max_size=40).map("".join))
def test_spans_are_inside_the_text(text: str) -> None:
    for f in DET.detect(text):
        assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end].strip() == text[f.start:f.end]


# ---------------------------------------------------------------------------------------- speed

def test_long_inputs_are_read_in_linear_time() -> None:
    rng = random.Random("speed")
    big_insert = "INSERT INTO t (id, last_name, dob) VALUES\n" + ",\n".join(
        f"({i}, '{person(rng)}', '{dob(rng)}')" for i in range(20_000)) + ";\n"
    for text in [")" * 1_000_000, ") VALUES " * 100_000, "INSERT INTO t (a) VALUES ('" + "x" * 1_000_000,
                 "(" + "a," * 500_000 + ") VALUES (1);", "," * 1_000_000 + "\n", big_insert]:
        t0 = time.perf_counter()
        DET.detect(text)
        assert time.perf_counter() - t0 < 1.5
    assert len(DET.detect(big_insert)) == 40_000


def test_the_table_search_runs_once_per_text() -> None:
    """secret_tables and pii_columns read the same headers: the second detector on a text does not search."""
    text = "id,first_name\n1,Valoren\n"
    assert _tables.tables(text) is _tables.tables(text)
    assert _tables.tables(text + " ") is not _tables.tables(text)  # another text: searched again


# ------------------------------------------------------------------------------------ end to end

def detector_names(cfg: Config) -> list[str]:
    return [d.name for d in build_scrubber(cfg).detectors]


def test_on_by_default_and_switched_with_the_pii_family() -> None:
    assert "pii_columns" in detector_names(Config())
    assert "pii_columns" not in detector_names(Config(detectors={"secrets": True, "pii": False, "internal": True,
                                                                 "detect_secrets": False}))
    assert "pii_columns" not in detector_names(Config(pii=parse_pii_config({"enabled": False}, "t.toml")))


def test_per_type_switches_apply() -> None:
    rng = random.Random("types")
    name, born = person(rng), dob(rng)
    text = f"last_name,dob\n{name},{born}\n"
    red = build_scrubber(Config(pii=parse_pii_config({"disabled_types": ["DATE"]}, "t.toml"))).redact(text, Vault())
    assert name not in red.text and born in red.text


def test_redact_and_restore_give_back_the_input() -> None:
    rng = random.Random("e2e")
    rows = [(person(rng), "O'" + person(rng), dob(rng), phone(rng)) for _ in range(3)]
    text = ("Customers:\r\n\r\n"
            + csv(["first_name", "last_name", "DOB", "Mobile"], [[a, b, c, d] for a, b, c, d in rows], eol="\r\n")
            + "\r\nINSERT INTO users (first_name, last_name, birth_date, phone) VALUES\r\n"
            + ",\r\n".join(f"({sql_string(a)}, {sql_string(b)}, '{c}', '{d}')" for a, b, c, d in rows) + ";\r\n")
    vault = Vault()
    red = build_scrubber(Config()).redact(text, vault)
    for a, b, c, d in rows:
        assert a not in red.text and b not in red.text and c not in red.text and d not in red.text
    assert "<DATE_1>" in red.text and "<PHONE_1>" in red.text
    assert restore(red.text, vault).text == text


def test_cli_round_trip(tmp_path: Path) -> None:
    rng = random.Random("cli")
    name, born, number = person(rng), dob(rng), ssn(rng).replace("-", "").replace(" ", "")
    text = f"COPY people (id, last_name, dob, ssn) FROM stdin;\n1\t{name}\t{born}\t{number}\n\\.\n"
    runner, m = CliRunner(), tmp_path / "m.json"
    red = runner.invoke(app, with_default_command(["--map", str(m)]), input=text)
    assert red.exit_code == 0, red.stderr
    assert "1\t<PERSON_1>\t<DATE_1>\t<US_SSN_1>\n" in red.stdout
    back = runner.invoke(app, with_default_command(["restore", "--map", str(m)]), input=red.stdout)
    assert back.exit_code == 0 and back.stdout == text


def test_an_employee_number_column_is_internal() -> None:
    """An employee number under its column's name, as the employee-id-label rule finds one after its label:
    a company-internal identifier; a column of the same name holding no number is not read."""
    text = "Employee ID\tStaff Name\temail\nE40718\tx\tx@mail.test\nN/A\ty\ty@mail.test\nK-2093\tz\tz@mail.test\n"
    cells = [(f.category, f.type, text[f.start:f.end]) for f in PiiColumnsDetector({}).detect(text)
             if f.type == "EMPLOYEE_ID"]
    assert cells == [("internal", "EMPLOYEE_ID", "E40718"), ("internal", "EMPLOYEE_ID", "K-2093")]


def test_a_pandas_print_whose_first_values_are_wider_than_their_name() -> None:
    """``print(df)`` right-aligns a column to its widest cell: names longer than ``name`` start right after
    the index's two blanks, left of where the header's first name starts."""
    rng = random.Random("wide-first")
    rows = [[f"{person(rng)} {person(rng)}", dob(rng)] for _ in range(5)]
    text = pandas_print(["name", "dob"], rows)
    assert text.splitlines()[1].index(rows[0][0]) < text.splitlines()[0].index("name")
    assert found(text) == [(t, v) for r in rows for t, v in zip(["PERSON", "DATE"], r)]


# -------------------------------------------------------------- bank accounts and cities (audit 8)

def cells(text: str) -> list[tuple[str, str, str]]:
    """(type, rule, value) of what the detector reports, in order."""
    return [(f.type, f.rule_id, text[f.start:f.end]) for f in sorted(DET.detect(text), key=lambda f: f.start)]


def bank_account(rng: random.Random) -> str:
    while True:
        number = "".join(rng.choice(string.digits) for _ in range(8))
        if len(set(number)) > 2 and not number.startswith(("19", "20")):
            return number


def test_a_payroll_tsv_with_sort_code_and_account_number_columns() -> None:
    """A UK payroll sheet pasted from Excel: the account number under ``Account No`` and the sort code under
    ``Sort Code`` are read in every row; the amounts and the tax code are not."""
    rng = random.Random("payroll")
    rows = [[f"PE-{rng.randint(100000, 999999)}", f"{person(rng)} {person(rng)}",
             f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", bank_account(rng),
             f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}", "1257L"] for _ in range(4)]
    text = "Employee No\tName\tSort Code\tAccount No\tGross (GBP)\tTax Code\n" + "".join("\t".join(r) + "\n" for r in rows)
    found_ = [(t, v) for t, _, v in cells(text) if t == "BANK_ACCOUNT"]
    assert found_ == [("BANK_ACCOUNT", v) for r in rows for v in (r[2], r[3])]
    # the bank columns are contact data: the bare Name column beside them names people
    assert [v for t, _, v in cells(text) if t == "PERSON"] == [r[1] for r in rows]


@pytest.mark.parametrize("column", ["Account No", "account_number", "Acct #", "Bank account", "Kontonummer",
                                    "Numéro de compte", "número de cuenta", "rekeningnummer", "customer_account_number"])
def test_bank_account_column_spellings(column: str) -> None:
    assert column_kind(column) == "bank_account"


@pytest.mark.parametrize("column", ["account", "Account ID", "konto", "accounts", "account_name"])
def test_an_account_column_without_number_is_not_read(column: str) -> None:
    """An AWS account, a login or a ledger account as often as a bank account."""
    assert column_kind(column) != "bank_account"


def test_a_routing_number_column_needs_the_aba_checksum() -> None:
    body = "02100002"
    good = body + str(-sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7))) % 10)
    bad = body + str((int(good[-1]) + 1) % 10)
    text = csv(["payee", "routing_number", "account_number"], [["ACME", good, "4471092231"], ["Other", bad, "n/a"]])
    assert [(t, v) for t, _, v in cells(text)] == [("BANK_ACCOUNT", good), ("BANK_ACCOUNT", "4471092231")]


@pytest.mark.parametrize("value", ["12345678", "00000000", "20240115", "n/a", "12-34", "ACME-001"])
def test_an_account_number_column_reads_account_numbers_only(value: str) -> None:
    assert cells(csv(["id", "account_no"], [["1", value]])) == []


def pandas_print_wide(names: list[str], rows: list[list[str]]) -> str:
    """``print(df)`` with ``display.unicode.east_asian_width`` on (and as a terminal aligns it): a wide CJK
    character takes two columns."""
    import unicodedata

    width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)  # noqa: E731
    widths = [max(width(n), *(width(r[i]) for r in rows)) for i, n in enumerate(names)]
    pad = lambda s, w: " " * (w - width(s)) + s  # noqa: E731
    lines = [" " + "".join("  " + pad(n, w) for n, w in zip(names, widths))]
    lines += [str(i) + "".join("  " + pad(v, w) for v, w in zip(r, widths)) for i, r in enumerate(rows)]
    return "\n".join(lines) + "\n"


CITIES = ["Leeds", "Saint-Étienne", "Porto Alegre - RS", "St. Albans", "59100 Roubaix", "京都府京都市左京区", "Kraków"]


@pytest.mark.parametrize("printer", [pandas_print, pandas_print_wide])
def test_a_city_column_of_a_pandas_print(printer) -> None:
    """``df[['name', 'email', 'phone', 'city']].head()``: each row's town is a location, in any script, with
    a post code or a state code beside it; whether pandas counted a CJK character as one column or two."""
    rng = random.Random("cities")
    rows = [[f"{person(rng)} {person(rng)}", f"p{i}@mail.test", phone(rng), city] for i, city in enumerate(CITIES)]
    text = ">>> df[['name', 'email', 'phone', 'city']].head(7)\n" + printer(["name", "email", "phone", "city"], rows)
    assert [v for t, rule, v in cells(text) if rule == "city-column"] == CITIES
    assert all(t == "LOCATION" for t, rule, _ in cells(text) if rule == "city-column")


@pytest.mark.parametrize("column", ["city", "City", "billing_city", "Town", "Ort", "Wohnort", "ville", "ciudad",
                                    "città", "woonplaats", "cidade", "miejscowość"])
def test_city_column_spellings(column: str) -> None:
    assert column_kind(column) == "city"


@pytest.mark.parametrize("value", ["USA", "N/A", "unknown", "12345", "NYC_01", "ca-central-1", "42", "x@y.z", "-"])
def test_a_city_column_reads_place_names_only(value: str) -> None:
    assert cells(csv(["id", "city"], [["1", value]])) == []
