"""Audit 6: tables whose header is in another language or whose columns are named elsewhere.

- a semicolon-separated CSV export (Excel's format where the comma is the decimal mark) with a German,
  Dutch, French, Spanish or Italian header: names, birth dates, phones, national ids (each checked by its
  own validator), employee numbers;
- an SQL dump whose ``INSERT INTO t VALUES (...)`` rows list values by position, the column names given
  only by the ``CREATE TABLE t (...)`` before them.

Every value is made here from a seeded random.Random (made-up names, dates, numbers with valid check
digits), never taken from an audit or a corpus.
"""
from __future__ import annotations

import random

import pytest

from promptscrub import validators
from promptscrub.detectors import _tables
from promptscrub.detectors.pii_columns import PiiColumnsDetector, column_kind, table_kinds

DET = PiiColumnsDetector({})


def found(text: str) -> list[tuple[str, str]]:
    return sorted((f.type, text[f.start:f.end]) for f in DET.detect(text))


# ------------------------------------------------------------------------------------ made-up values

def word(rng: random.Random) -> str:
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiouäé") for _ in range(rng.randint(2, 3))).capitalize()


def dob(rng: random.Random, sep: str = ".") -> str:
    return f"{rng.randint(1, 28):02d}{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(1940, 2005)}"


def phone(rng: random.Random) -> str:
    return f"0{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] and sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0:
            return "".join(map(str, d))


def steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample(range(10), 9)
        body = digits + [rng.choice(digits)]
        rng.shuffle(body)
        if body[0] == 0:
            continue
        s = "".join(map(str, body))
        for check in "0123456789":
            if validators.de_tax_id(s + check):
                return s + check


def nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}" \
           f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def pesel(rng: random.Random) -> str:
    while True:
        s = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}"
        total = sum(int(c) * w for c, w in zip(s, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
        value = s + str((10 - total % 10) % 10)
        if validators.pl_pesel(value):
            return value


def ssv(header: list[str], rows: list[list[str]]) -> str:
    return ";".join(header) + "\n" + "".join(";".join(r) + "\n" for r in rows)


# ------------------------------------------------------------------------------ semicolon CSV exports

def test_a_german_semicolon_export() -> None:
    rng = random.Random("de")
    rows = [[str(rng.randint(100000, 999999)), word(rng), word(rng), dob(rng), steuer_id(rng),
             phone(rng)] for _ in range(4)]
    text = "Bitte sortieren:\n\n" + ssv(["Personalnummer", "Name", "Vorname", "Geburtsdatum", "Steuer-ID", "Telefon"], rows)
    got = found(text)
    for emp, last, first, born, tax, tel in rows:
        assert ("PERSON", last) in got and ("PERSON", first) in got
        assert ("DATE", born) in got and ("DE_TAX_ID", tax) in got and ("PHONE", tel) in got
        assert ("EMPLOYEE_ID", emp) in got


def test_a_dutch_french_spanish_italian_header() -> None:
    rng = random.Random("nl")
    rows = [[word(rng), word(rng), dob(rng, "-"), bsn(rng)] for _ in range(3)]
    got = found(ssv(["Achternaam", "Voornaam", "Geboortedatum", "BSN"], rows))
    for last, first, born, number in rows:
        assert {("PERSON", last), ("PERSON", first), ("DATE", born), ("NL_BSN", number)} <= set(got)
    rows = [[word(rng), word(rng), dob(rng, "/"), nir(rng)] for _ in range(3)]
    got = found(ssv(["Nom", "Prénom", "Date de naissance", "N° sécurité sociale"], rows))
    for last, first, born, number in rows:
        assert {("PERSON", last), ("PERSON", first), ("DATE", born), ("FR_NIR", number)} <= set(got)
    rows = [[word(rng), word(rng), dob(rng, "/"), phone(rng)] for _ in range(2)]
    got = found(ssv(["Apellidos", "Nombre", "Fecha de nacimiento", "Teléfono"], rows))
    assert all({("PERSON", r[0]), ("PERSON", r[1]), ("DATE", r[2]), ("PHONE", r[3])} <= set(got) for r in rows)
    rows = [[str(rng.randint(1000, 99999)), word(rng), word(rng), dob(rng, "/")] for _ in range(2)]
    got = found(ssv(["Matricola", "Cognome", "Nome", "Data di nascita"], rows))
    assert all({("EMPLOYEE_ID", r[0]), ("PERSON", r[1]), ("PERSON", r[2]), ("DATE", r[3])} <= set(got) for r in rows)


def test_a_polish_header_and_pesel() -> None:
    rng = random.Random("pl")
    rows = [[word(rng), word(rng), dob(rng), pesel(rng)] for _ in range(3)]
    got = found(ssv(["Nazwisko", "Imię", "Data urodzenia", "PESEL"], rows))
    for last, first, born, number in rows:
        assert {("PERSON", last), ("PERSON", first), ("DATE", born), ("PL_PESEL", number)} <= set(got)


def test_a_national_id_must_pass_its_check() -> None:
    rng = random.Random("check")
    good = bsn(rng)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert found(ssv(["BSN", "x", "y"], [[good, "1", "2"], [bad, "3", "4"]])) == [("NL_BSN", good)]
    tax = steuer_id(rng)
    assert found(ssv(["Steuer-ID", "a", "b"], [[tax[:-1] + str((int(tax[-1]) + 1) % 10), "1", "2"]])) == []


@pytest.mark.parametrize("column", ["national_id", "tax_id", "Nom", "Nome", "Naam", "id_number"])
def test_columns_that_are_not_read_alone(column: str) -> None:
    assert column_kind(column) is None


def test_a_bare_localised_name_column_needs_contact_data() -> None:
    """``Nom`` / ``Nome`` / ``Naam`` / ``Nombre`` name a product as often as a person, like ``name``."""
    rng = random.Random("bare")
    who = word(rng)
    assert found(ssv(["Nom", "Version", "Prix"], [[who, "1.2", "3,50"]])) == []
    assert ("PERSON", who) in found(ssv(["Nom", "Téléphone", "Ville"], [[who, phone(rng), "x"]]))


def test_quoted_fields_keep_their_semicolons() -> None:
    rng = random.Random("quoted")
    who, born = word(rng), dob(rng)
    text = ssv(["Notiz", "Vorname", "Geburtsdatum"], [['"a; b; c"', who, born]])
    assert found(text) == sorted([("PERSON", who), ("DATE", born)])


@pytest.mark.parametrize("text", [
    "int a;\nint b;\nint c;\n",
    "import a.b;\nimport c.d;\nimport e.f;\n",
    "x = 1; y = 2; z = 3\nfoo(); bar(); baz();\n",
    "for (i = 0; i < n; i++) {\n  a[i] = 0; b[i] = 1; c[i] = 2;\n}\n",
    "Name;Vorname\nMüller;Anna\n",  # two columns: no header read (three at least)
    "Vorname;Geburtsdatum;Ort\n  Anna;01.02.1990;Köln\n",  # an indented row is no row
])
def test_code_and_short_lines_are_not_semicolon_tables(text: str) -> None:
    assert found(text) == []


# ----------------------------------------------------------------------- INSERT without a column list

def test_a_mysqldump_insert_reads_the_create_table_columns() -> None:
    rng = random.Random("dump")
    people = [(f"{word(rng)} {word(rng)}", phone(rng), dob(rng, "-")[::-1]) for _ in range(3)]
    people = [(n, p, f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for n, p, _ in people]
    values = ",".join(f"({i},'{n}','{p}','{d}',{rng.randint(1, 9)})" for i, (n, p, d) in enumerate(people, 1))
    text = ("DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n  `id` int NOT NULL AUTO_INCREMENT,\n"
            "  `name` varchar(120), `phone` varchar(40), `dob` date, `score` decimal(5,2),\n"
            "  PRIMARY KEY (`id`),\n  KEY `ix_dob` (`dob`)\n) ENGINE=InnoDB;\n"
            f"LOCK TABLES `customers` WRITE;\nINSERT INTO `customers` VALUES {values};\nUNLOCK TABLES;\n")
    got = found(text)
    for name, tel, born in people:
        assert {("PERSON", name), ("PHONE", tel), ("DATE", born)} <= set(got)
    table = [t for t in _tables.tables(text) if t.kind == _tables.INSERT][0]
    assert table.names == ("id", "name", "phone", "dob", "score")
    assert table_kinds(table)[1:4] == ["person", "phone", "dob"]


def test_an_insert_into_another_table_or_before_its_create_is_not_read() -> None:
    rng = random.Random("other")
    born = f"{rng.randint(1940, 2005)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    create = "CREATE TABLE people (id int, dob date);\n"
    assert found(create + f"INSERT INTO orders VALUES (1,'{born}');\n") == []
    assert found(f"INSERT INTO people VALUES (1,'{born}');\n" + create) == []
    assert found(create + f"INSERT INTO people VALUES (1,'{born}');\n") == [("DATE", born)]
    assert found(create + f"insert into public.people values (1, '{born}');\n") == [("DATE", born)]


# --------------------------------------------------------------------------- the two searches agree

PIECES = [
    "Personalnummer;Name;Vorname;Geburtsdatum\n1;Abel;Ina;01.02.1990\n2;Bosse;Kai;03.04.1985\n\n",
    "a;b;c\n1;2;3\n",
    "int a;\nint b;\n",
    "x;y;z\r\n1;2;3\r\n",
    "CREATE TABLE t (id int, name text, dob date);\nINSERT INTO t VALUES (1,'Ann Lee','1980-01-02');\n",
    "INSERT IGNORE INTO `db`.`t` VALUES (1,'x','1980-01-02'),(2,'y','1981-02-03');\n",
    "insert into t values\n  (1, 'a', '1999-01-01');\n",
    "REINSERT INTO t VALUES (1);\n",
    "id,name,dob\n1,Ann,1980-01-02\n",
    "plain prose; with semicolons; here\nand more; of it\n",
]


@pytest.mark.parametrize("seed", range(20))
def test_hyperscan_and_re_find_the_same_headers(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    from promptscrub.engine import HYPERSCAN_FROM

    rng = random.Random(seed)
    parts: list[str] = []
    while sum(map(len, parts)) < HYPERSCAN_FROM + 200:
        piece = rng.choice(PIECES)
        parts.append(piece.rstrip("\n") if rng.random() < 0.3 else piece)
    text = "".join(parts)

    def headers(engine: str) -> list[_tables.Table]:
        monkeypatch.setenv("PROMPTSCRUB_ENGINE", engine)
        _tables.tables.forget()
        return _tables.tables(text)

    by_re = headers("python")
    assert any(t.form == ";" for t in by_re) and any(t.kind == _tables.INSERT for t in by_re)
    assert headers("hyperscan") == by_re
