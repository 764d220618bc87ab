"""Audit 8 (dates of birth and places), end to end through the default scrubber: dates of birth in MongoDB
shell output, in code (LocalDate.of, date(...), new Date(...)), in a person's record built in a test fixture,
in Hibernate bind-parameter logs after a statement that names a birth column, after French "Né(e) le :" and
German "geb. am", and after Japanese, Chinese and Korean labels; and addresses as a whole, over the place
and person names found inside them. Every value is made up here at test time from a seeded generator."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

RNG = random.Random("audit8-places")
SCRUBBER = build_scrubber(Config())
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in SCRUBBER.find(text)]


def birthday(rng: random.Random = RNG) -> tuple[int, int, int]:
    return rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)


def iso(y: int, m: int, d: int) -> str:
    return f"{y}-{m:02d}-{d:02d}"


def word(rng: random.Random = RNG) -> str:
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 3))).capitalize()


@pytest.mark.parametrize("template", [
    "    dob: ISODate('{iso}T00:00:00.000Z'),",
    "  birthDate: ISODate(\"{iso}T00:00:00Z\"),",
    '{{"date_of_birth": {{"$date": "{iso}T00:00:00Z"}}}}',
    "  geburtsdatum: new Date(\"{iso}\"),",
    "patient.setDateOfBirth(LocalDate.of({y}, {m}, {d}));",
    "val birthDate = java.time.LocalDate.parse(\"{iso}\")",
    "Member(name=\"x\", date_of_birth=datetime.date({y}, {m}, {d}))",
])
def test_a_date_built_by_a_call_under_a_birth_key_is_redacted(template):
    y, m, d = birthday()
    text = template.format(iso=iso(y, m, d), y=y, m=m, d=d)
    dates = [v for t, v in found(text) if t == "DATE"]
    assert len(dates) == 1 and (iso(y, m, d) in dates[0] or f"{y}, {m}, {d}" == dates[0])


def test_the_date_in_a_persons_record_built_in_a_fixture_is_redacted():
    y, m, d = birthday()
    user = word().lower()
    text = (f'    private static final Customer SAMPLE = new Customer(\n        "{word()} {word()}", "{user}@example.org", '
            f'"+31 6 0000 0000", LocalDate.parse("{iso(y, m, d)}"));\n')
    assert ("DATE", iso(y, m, d)) in found(text)


@pytest.mark.parametrize("text", [
    "createdAt: ISODate('2021-03-01T10:00:00.000Z'),",
    'new Invoice("billing@example.com", LocalDate.parse("2024-03-01"));',
    "birthdayReminder = LocalDate.of(2024, 5, 1)",
])
def test_other_dates_built_by_calls_are_left(text):
    assert [v for t, v in found(text) if t == "DATE"] == []


def hibernate_log(columns: list[str], values: dict[str, tuple[str, str]], v6: bool = False) -> str:
    lines = [f"2025-01-07 10:00:00.001 DEBUG 1 --- [exec-1] org.hibernate.SQL : insert into person ({', '.join(columns)}) "
             f"values ({', '.join('?' for _ in columns)})"]
    for i, col in enumerate(columns, 1):
        kind, value = values[col]
        bind = f"binding parameter ({i}:{kind}) <- [{value}]" if v6 else f"binding parameter [{i}] as [{kind}] - [{value}]"
        lines.append(f"2025-01-07 10:00:00.0{i:02d} TRACE 1 --- [exec-1] o.h.type.descriptor.sql.BasicBinder : {bind}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("birth_column", ["birth_date", "date_of_birth", "dob", "geburtsdatum"])
@pytest.mark.parametrize("v6", [False, True])
def test_a_bound_date_after_a_statement_naming_a_birth_column_is_redacted(birth_column, v6):
    born = iso(*birthday())
    values = {"full_name": ("VARCHAR", f"{word()} {word()}"), birth_column: ("DATE", born),
              "created_at": ("TIMESTAMP", "2025-01-07 10:00:00"), "id": ("BIGINT", str(RNG.randint(1000, 99999)))}
    columns = list(values)
    RNG.shuffle(columns)
    dates = [v for t, v in found(hibernate_log(columns, values, v6)) if t == "DATE"]
    assert dates == [born]


def test_a_bound_date_without_a_birth_column_is_left():
    values = {"customer_id": ("BIGINT", "12"), "order_date": ("DATE", "2024-05-01")}
    assert [v for t, v in found(hibernate_log(list(values), values)) if t == "DATE"] == []


def test_born_on_as_a_form_label_in_french_and_german():
    y, m, d = birthday()
    fr = f"Assuré(e) : {word()} {word()}\nNé(e) le : {d} {FR_MONTHS[m - 1]} {y}\n"
    de = f"{word()} {word()}, geb. am {d:02d}.{m:02d}.{y}, wohnhaft in Kiel\n"
    assert ("DATE", f"{d} {FR_MONTHS[m - 1]} {y}") in found(fr)
    assert ("DATE", f"{d:02d}.{m:02d}.{y}") in found(de)


@pytest.mark.parametrize("template", [
    "氏名：{name}\n生年月日：{y}年{m}月{d}日\n",
    "出生日期：{y}-{m:02d}-{d:02d}\n",
    "생년월일: {y}년 {m}월 {d}일\n",
])
def test_a_date_after_a_cjk_birth_label_is_redacted(template):
    y, m, d = birthday()
    text = template.format(name=word(), y=y, m=m, d=d)
    dates = [v for t, v in found(text) if t == "DATE"]
    assert len(dates) == 1 and str(y) in dates[0]


@pytest.mark.parametrize("text,address", [
    ("Adres: {w} Mahallesi {v} Caddesi No: 12 D: 3, 34710 Kadıköy/İstanbul\nCep: yok\n",
     "{w} Mahallesi {v} Caddesi No: 12 D: 3, 34710 Kadıköy/İstanbul"),
    ("Mieter: {v}, Am {w}hof 7, 70173 Stuttgart\n", "Am {w}hof 7, 70173 Stuttgart"),
    ("residing at Laan van {w} 12, 2514 GL Den Haag (the tenant)\n", "Laan van {w} 12, 2514 GL Den Haag"),
])
def test_an_address_is_one_finding_over_the_places_and_names_inside_it(text, address):
    w, v = word(), word()
    text, address = text.format(w=w, v=v), address.format(w=w, v=v)
    assert ("ADDRESS", address) in found(text)
