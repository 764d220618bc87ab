"""Audit 12 (dates of birth in many languages; personal data by its column, its row label or its JSON type),
through the whole pipeline in process (overlap resolution included), on texts of the audited shapes: one case
per class, and ordinary text that must stay as it is. Every value is made up here or generated at test time
(check digits computed); names, places and layouts are invented for the test."""
from __future__ import annotations

import json
import random
import string

import pytest

from promptscrub import validators as v
from promptscrub.config import Config
from promptscrub.detectors.pii_columns import column_kind
from promptscrub.scrubber import build_scrubber


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in scrubber.find(text)]


def values(scrubber, text: str) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text)}


# ------------------------------------------------------------------------------------ made-up values

def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1935, 2008), rng.randint(1, 12), rng.randint(1, 28)


def phone(rng: random.Random) -> str:
    n = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    return rng.choice([f"0{rng.randint(6, 9)}{n(2)} {n(3)} {n(4)}", f"+{rng.randint(30, 49)} {n(2)} {n(3)} {n(2)} {n(2)}",
                       f"0{n(4)} {n(6)}", f"{rng.randint(2, 9)}{n(1)} {n(2)} {n(2)} {n(2)}"])


def _verhoeff_tables() -> tuple[list[list[int]], list[list[int]], list[int]]:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for i in range(2, 8):
        p.append([p[1][p[i - 1][j]] for j in range(10)])
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    return d, p, inv


def aadhaar(rng: random.Random) -> str:
    d, p, inv = _verhoeff_tables()
    body = str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    number = body + str(inv[c])
    assert v.in_aadhaar(number)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def pan(rng: random.Random) -> str:
    up = string.ascii_uppercase
    return ("".join(rng.choice(up) for _ in range(3)) + rng.choice("PCHFATBLJG") + rng.choice(up)
            + "".join(rng.choice(string.digits) for _ in range(4)) + rng.choice(up))


def tckn(rng: random.Random) -> str:
    n = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    n.append((sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10)
    n.append(sum(n) % 10)
    number = "".join(map(str, n))
    assert v.tr_tckn(number)
    return number


def pesel(rng: random.Random) -> str:
    y, m, d = rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{y % 100:02}{m:02}{d:02}" + "".join(rng.choice(string.digits) for _ in range(4))
    check = (10 - sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10
    assert v.pl_pesel(body + str(check))
    return body + str(check)


def medicare(rng: random.Random) -> str:
    body = str(rng.randint(2, 6)) + "".join(rng.choice(string.digits) for _ in range(7))
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    number = body + str(check) + str(rng.randint(1, 9))
    assert v.au_medicare(number)
    return number


def cn_id(rng: random.Random) -> str:
    y, m, d = birth(rng)
    body = f"{rng.choice(['11', '31', '44', '51'])}{rng.randint(1000, 9999)}{y}{m:02}{d:02}{rng.randint(100, 999)}"
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    number = body + "10X98765432"[total % 11]
    assert v.cn_resident_id(number)
    return number


# ------------------------------------------------------------------ 1. a DOB column under a local header

def _dmy(rng, sep=".", pad=True):
    y, m, d = birth(rng)
    return f"{d:02}{sep}{m:02}{sep}{y}" if pad else f"{d}{sep}{m}{sep}{y}"


@pytest.mark.parametrize("header,make", [
    ("Datum narození", lambda rng: _dmy(rng, pad=False)),                      # Czech, unpadded
    ("Szül. dátum", lambda rng: "{0}.{1:02}.{2:02}.".format(*birth(rng))),    # Hungarian, year first, last dot
    ("Født", lambda rng: _dmy(rng)),                                            # Norwegian
    ("Fødselsdato", lambda rng: _dmy(rng, "-")),                                # Danish
    ("Data nașterii", lambda rng: _dmy(rng)),                                   # Romanian
    ("D. Tarihi", lambda rng: _dmy(rng)),                                       # Turkish abbreviation
    ("วันเกิด", lambda rng: _dmy(rng, "/")),                                     # Thai
    ("生年月日", lambda rng: "{0}年{1}月{2}日".format(*birth(rng))),               # Japanese
    ("Дата рожд.", lambda rng: _dmy(rng)),                                      # Russian abbreviation
    ("जन्म तिथि", lambda rng: _dmy(rng, "-")),                                    # Hindi
])
def test_a_dob_column_under_a_local_header_in_a_tsv(scrubber, header, make):
    rng = random.Random(header)
    dates = [make(rng) for _ in range(3)]
    text = "Deduplicate these rows:\n\n" + f"Ref\t{header}\tNote\n" + "".join(f"R{i}\t{d}\tok\n" for i, d in enumerate(dates))
    got = found(scrubber, text)
    assert all(("DATE", d) in got for d in dates), got


def test_a_dob_column_in_a_markdown_table_with_cjk_dates(scrubber):
    rng = random.Random("md-cjk")
    dates = ["{0}年{1}月{2}日".format(*birth(rng)), "{0}-{1:02}-{2:02}".format(*birth(rng))]
    text = ("| # | 出生日期 | 会员等级 |\n|---|---|---|\n" + "".join(f"| {i} | {d} | 金卡 |\n" for i, d in enumerate(dates)))
    assert {("DATE", d) for d in dates} <= set(found(scrubber, text))


def test_a_dob_row_in_a_table_of_labels_and_values(scrubber):
    born = _dmy(random.Random("kv"))
    text = f"| Field | Value |\n|---|---|\n| Agent | Quill |\n| Confirmed DOB | {born} |\n| Score | 4/5 |\n"
    assert ("DATE", born) in found(scrubber, text)


def test_an_r_data_frame_print_with_a_dob_column(scrubber):
    """R prints a data.frame right-aligned, one blank between columns; a long value shifts its row."""
    rng = random.Random("r-print")
    dates = ["{0}-{1:02}-{2:02}".format(*birth(rng)) for _ in range(3)]
    text = ("> head(members, 3)\n"
            "  member_id          name        dob visits\n"
            f"1     40021    Ola Brenik {dates[0]}     12\n"
            f"2     40022  Tave Ormsund {dates[1]}      3\n"
            f"3     40023  Liselle Varquist {dates[2]}      7\n"
            "> nrow(members)\n")
    got = found(scrubber, text)
    assert all(("DATE", d) in got for d in dates), got


# ------------------------------------------------------------------ 2. a birth verb or label in prose and forms

@pytest.mark.parametrize("template", [
    "Sí, mi RUT es el que le di, nací el {dmy_dash}.",            # Spanish, first person
    "Ja, jeg er født {dmy}.",                                      # Danish / Norwegian
    "Ya, NIK saya sudah dikirim, lahir {dmy_dash}.",               # Indonesian
    "Ναι, γεννήθηκα {dmy_slash}.",                                 # Greek
    "כן, נולדתי ב-{dmy_slash}.",                                    # Hebrew
    "- **Orsola Benn** (b. {dmy_slash}), m. Tavio Benn",           # genealogy
    "Igen, született {ymd_dot}.",                                  # Hungarian, year first with its dot
    "Rodné číslo jsem poslal, narozen(a) {dmy}.",                  # Czech
    "Kyllä, syntynyt {dmy}.",                                      # Finnish
    "Data nașterii: {dmy}",                                        # Romanian form
    "Дата рождения: {dmy}",                                        # Russian form
    "تاريخ الميلاد: {dmy_slash}",                                   # Arabic form
    "Tanggal lahir:  {dmy_slash}",                                 # Indonesian form
    "วันเกิด: {dmy_slash}",                                          # Thai form
    "जन्म तिथि {dmy_dash}।",                                         # Hindi prose
    "Date of birth ............... {dmy_slash}",                    # a report's dotted leader
    "DOB ......................... {month_name}",
    "Hi, my date of birth for the verification is {dmy_slash}. Thanks, bye.",
    "Geb. am: {cjk}",                                              # German label, a CJK date
])
def test_a_date_after_a_birth_verb_or_label(scrubber, template):
    rng = random.Random(template)
    y, m, d = birth(rng)
    months = "January February March April May June July August September October November December".split()
    date = {"dmy": f"{d:02}.{m:02}.{y}", "dmy_dash": f"{d:02}-{m:02}-{y}", "dmy_slash": f"{d:02}/{m:02}/{y}",
            "ymd_dot": f"{y}.{m:02}.{d:02}.", "month_name": f"{months[m - 1]} {d}, {y}", "cjk": f"{y}年{m}月{d}日"}
    key = template[template.index("{") + 1:template.index("}")]
    text = template.format(**{key: date[key]})
    assert ("DATE", date[key]) in found(scrubber, text)


# ------------------------------------------------------------------ 3. national ids by their column or type

def test_a_mysqldump_document_column_of_mixed_countries(scrubber):
    """``doc_identidad`` names a person's document, not its country: each cell is checked on its own."""
    rng = random.Random("dump")
    ids = [aadhaar(rng), pan(rng), tckn(rng), pesel(rng), medicare(rng)]
    rows = ",".join(f"({i},'Cliente {i}','c{i}@example.org','{n}')" for i, n in enumerate(ids, 1))
    text = ("CREATE TABLE `clientes` (\n  `id` int NOT NULL,\n  `nombre` varchar(120),\n  `email` varchar(190),\n"
            "  `doc_identidad` varchar(30),\n  PRIMARY KEY (`id`)\n);\n"
            f"INSERT INTO `clientes` VALUES {rows};\n")
    assert set(ids) <= values(scrubber, text)


def test_a_csv_numero_documento_column(scrubber):
    rng = random.Random("nº")
    ids = [tckn(rng) for _ in range(3)]
    text = "Nombre,Nº documento,Ciudad\n" + "".join(f"Persona {i},{n},Lima\n" for i, n in enumerate(ids))
    assert set(ids) <= values(scrubber, text)


def test_a_document_column_of_invoice_numbers_is_not_read(scrubber):
    text = "Documento,Importe\nF-2024-0117,120.00\n100234567,80.50\nF-2024-0119,42.10\n"
    assert "100234567" not in values(scrubber, text)


def test_an_aadhaar_csv_column(scrubber):
    rng = random.Random("aadhaar-col")
    ids = [aadhaar(rng) for _ in range(3)]
    text = "employee,Aadhaar,gross\n" + "".join(f'"Emp {i}",{n},{rng.randint(1000, 9999)}.00\n' for i, n in enumerate(ids))
    assert {("IN_AADHAAR", n) for n in ids} <= set(found(scrubber, text))


def test_json_objects_that_name_their_value(scrubber):
    rng = random.Random("typed")
    rid, mobile = cn_id(rng), "+44 7700 9" + "".join(rng.choice(string.digits) for _ in range(5))
    doc = {"customer": {"national_id": {"type": "身份证号", "value": rid}},
           "phones": [{"value": mobile, "type": "mobile"}], "documents": [{"type": "invoice", "number": "INV-0042"}]}
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    got = found(scrubber, text)
    assert ("CN_RESIDENT_ID", rid) in got and ("PHONE", mobile) in got
    assert "INV-0042" not in values(scrubber, text)


# ------------------------------------------------------------------ 4. phone numbers by their column

def test_a_survey_csv_whose_phone_column_is_optional(scrubber):
    rng = random.Random("survey")
    phones = [phone(rng) for _ in range(3)]
    text = ("Timestamp,Full name,Phone (optional),How likely are you to recommend us? (0-10),Comments\n"
            + "".join(f"2025/03/0{i} 10:1{i}:00,Person {i},{p},{i + 5},fine\n" for i, p in enumerate(phones, 1)))
    assert set(phones) <= values(scrubber, text)


@pytest.mark.parametrize("header", ["เบอร์โทร", "मोबाइल नं.", "Telefonszám", "Tlf.", "Телефон", "電話番号", "On-call mobile"])
def test_a_phone_column_under_a_local_or_qualified_header(scrubber, header):
    rng = random.Random(header)
    phones = [phone(rng) for _ in range(3)]
    text = f"Ref\t{header}\tShift\n" + "".join(f"R{i}\t{p}\tearly\n" for i, p in enumerate(phones))
    assert set(phones) <= values(scrubber, text)


def test_a_plain_pipe_table_without_a_separator_row(scrubber):
    rng = random.Random("pipes")
    phones = [phone(rng) for _ in range(3)]
    text = ("Name            | Phone             | Shift\n"
            + "".join(f"Helper {i}        | {p:<17} | 9-12\n" for i, p in enumerate(phones)))
    assert set(phones) <= values(scrubber, text)


def test_a_notebook_frame_printed_left_aligned(scrubber):
    rng = random.Random("nb")
    phones = [phone(rng) for _ in range(2)]
    lines = ["   full_name       city        phone\n",
             f"0  Orla Venn       Cork        {phones[0]}\n",
             f"1  Tamsin Oake     Galway      {phones[1]}"]
    cell = {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df.head(2)"],
            "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                         "data": {"text/plain": lines}}]}
    text = json.dumps({"cells": [cell], "nbformat": 4, "nbformat_minor": 5}, indent=1)
    assert set(phones) <= values(scrubber, text)


def test_an_html_form_table_whose_first_row_is_a_pair(scrubber):
    number = phone(random.Random("html"))
    text = ("<table><tr><td><b>Full name</b></td><td>Orla Venn</td></tr>\n"
            f"<tr><td><b>Telefon</b></td><td>{number}</td></tr></table>\n")
    got = found(scrubber, text)
    assert ("PHONE", number) in got
    assert ("PERSON", "Telefon") not in got


# ------------------------------------------------------------------ ordinary text stays as it is

@pytest.mark.parametrize("text", [
    "2024-03-05 10:00:01 INFO worker started (build 2024.03.05.)\n",
    "Release 4.2 shipped on 12.03.2024; see the changelog.\n",
    "| Field | Value |\n|---|---|\n| Created | 2024-01-02 |\n| Updated | 05.06.2024 |\n",
    "Datum\tBetrag\tNotiz\n12.03.2024\t120,00\tMiete\n01.04.2024\t80,00\tStrom\n",
    "cat access.log | grep 2024-03-05 | wc -l\ngrep -c 12.03.2024 x | sort | uniq\n",
    "   visit_id  visit_date  ward\n0      1001  2024-02-11    B2\n1      1002  2024-02-12    C1\n",
    "Plan b. was approved on 12/05/2024 by the board.\n",
    "lahir di Bandung, pindah ke Jakarta pada 2019.\n",
    "Дата регистрации: 14.03.2023\n",
    "ref,id_number,amount\nR1,10001,12\nR2,10002,13\n",
])
def test_dates_and_numbers_without_a_birth_or_id_context_stay(scrubber, text):
    assert not [(t, x) for t, x in found(scrubber, text) if t not in ("PERSON", "LOCATION", "ORGANIZATION")]


@pytest.mark.parametrize("column", ["birth_place", "phones_total", "date", "phone_verified_at", "Giriş Tarihi",
                                    "Datum", "Documento"])
def test_headers_that_name_no_kind(column):
    assert column_kind(column) is None


# ------------------------------------------------------------------ the new table forms, both engines

def test_hyperscan_and_re_find_the_same_pipe_and_aligned_tables(monkeypatch):
    """A long text (the engine's Hyperscan size) of plain pipe tables, R prints and code: the Hyperscan
    candidate search finds the headers the ``re`` one does."""
    pytest.importorskip("hyperscan")
    from promptscrub.detectors import _tables
    from promptscrub.engine import HYPERSCAN_FROM

    rng = random.Random("engines")
    parts = []
    while sum(map(len, parts)) < HYPERSCAN_FROM + 500:
        parts.append(rng.choice([
            "Name      | Phone          | Shift\n" + "".join(f"Helper {i}  | {phone(rng)} | 9-12\n" for i in range(3)) + "\n",
            "  id       dob visits\n" + "".join(f"{i}  {40 + i} 19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{i}     {i}\n"
                                                for i in range(1, 4)) + "\n",
            "def f(a, b):\n    return a | b\n\nx = f(1, 2) | g(3)\ny = h(4) | k(5)\n\n",
            "cat a.log | grep x | wc -l\nps aux | grep y | head\n\n",
        ]))
    text = "".join(parts)

    def headers(engine: str):
        monkeypatch.setenv("PROMPTSCRUB_ENGINE", engine)
        _tables.tables.forget()
        return _tables.tables(text)

    by_re = headers("python")
    assert any(t.kind == _tables.PIPE for t in by_re) and any(t.form == _tables.ALIGNED for t in by_re)
    assert headers("hyperscan") == by_re


# ------------------------------------------------------------------ ids whose checks the validators may add

def cnp(rng: random.Random) -> str:
    y, m, d = birth(rng)
    sex = rng.choice("12") if y < 2000 else rng.choice("56")
    body = f"{sex}{y % 100:02}{m:02}{d:02}{rng.randint(1, 46):02}{rng.randint(1, 999):03}"
    check = sum(int(c) * w for c, w in zip(body, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9))) % 11
    return body + str(1 if check == 10 else check)


@pytest.mark.skipif("ro_cnp" not in v.VALIDATORS, reason="this build has no check for a Romanian CNP")
def test_a_cnp_column_and_a_document_column_of_cnps(scrubber):
    rng = random.Random("cnp")
    ids = [cnp(rng) for _ in range(4)]
    assert all(v.VALIDATORS["ro_cnp"](n) for n in ids)
    tsv = "Nume\tCNP\tBrut\n" + "".join(f"Persoana {i}\t{n}\t3.100,00\n" for i, n in enumerate(ids[:2]))
    dump = "INSERT INTO clienti (id, doc_identidad) VALUES " + ", ".join(f"({i}, '{n}')" for i, n in enumerate(ids[2:])) + ";\n"
    assert set(ids[:2]) <= values(scrubber, tsv) and set(ids[2:]) <= values(scrubber, dump)
