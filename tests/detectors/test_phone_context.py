"""National-format phones taken from their surroundings: in parentheses after a name or an owner/contact key,
and joined by "or" to a phone or an e-mail address found just before. Code, years, ids and money are not."""
import random

import phonenumbers
import pytest

from promptscrub.detectors.phone import PhoneDetector

REGIONS = ("DE", "GB", "NL", "FR", "ES", "IT")
KINDS = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)


def found(text, **opts):
    return [text[f.start:f.end] for f in PhoneDetector(opts).detect(text)]


def national_numbers(region, count, seed):
    """``count`` distinct valid numbers of ``region`` in its national format: the example numbers of
    libphonenumber with their last digits drawn at random, kept when still valid."""
    rng = random.Random(f"{seed}-{region}")
    out = []
    for _ in range(400):
        kind = KINDS[len(out) % 2]
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        drawn = nsn[:-5] + "".join(rng.choice("0123456789") for _ in range(5))
        num = phonenumbers.parse(drawn, region)
        if not phonenumbers.is_valid_number(num):
            continue
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if text not in out:
            out.append(text)
        if len(out) == count:
            return out
    raise AssertionError(f"no {count} valid numbers for {region}")


def trunk_numbers(seed, count=6):
    """National numbers with a trunk prefix ``0`` and the area code set apart (not Spain: no trunk prefix)."""
    out = []
    for region in REGIONS:
        for text in national_numbers(region, count, seed):
            if text.startswith("0") and " " in text:
                out.append(text)
    assert len(out) >= 20
    return out


def variants(number):
    """The ways a trunk-prefixed number is written: as formatted, area code in parentheses, area code and slash."""
    area, rest = number.split(" ", 1)
    out = [number, f"({area}) {rest}"]
    if len(area) >= 3:  # the German slash (DIN 5008) after an area code such as 030 or 0151
        out.append(f"{area}/{rest.replace(' ', '')}")
    return out


NAMES = ("Jana Weber", "Tom Berg", "Lea Roth", "Pieter de Vries", "Chloé Martin", "Giulia Rossi", "Oliver Smith")


@pytest.mark.parametrize("seed", range(3))
def test_number_in_parentheses_after_a_name(seed):
    rng = random.Random(seed)
    for number in trunk_numbers(seed):
        for written in variants(number):
            name = rng.choice(NAMES)
            for text, expected in (
                (f"- owner = {name} ({written})", written),
                (f"| {name} ({written}) | on call |", written),
                (f"Ansprechpartner: {name} ({written}).", written),
                (f"contact: ({written})", written),
            ):
                assert found(text) == [expected], text


def test_number_in_double_parentheses_after_a_name():
    # the area code in parentheses inside the parentheses: the whole inner number is the phone
    for number in trunk_numbers(7):
        area, rest = number.split(" ", 1)
        text = f"- owner = Jana Weber (({area}) {rest})"
        assert found(text) == [f"({area}) {rest}"], text


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("word", ["or", "oder", "ou", "o", "of", "OR"])
def test_second_number_joined_by_or(seed, word):
    for region in REGIONS:
        for number in national_numbers(region, 4, seed):
            if " " not in number:
                continue  # bare digits need a context word of their own
            first = "+49 30 1234567"
            text = f"You can get me on {first} {word} {number}."
            assert found(text) == [first, number], text
            text = f"Write to jan.berg@example.de {word} {number}, thanks"
            assert found(text) == [number], text


def test_chained_numbers():
    numbers = [n for n in national_numbers("GB", 3, 11) if " " in n]
    text = "Numbers: " + " or ".join(["+44 20 7946 0958", *numbers])
    assert found(text) == ["+44 20 7946 0958", *numbers]


@pytest.mark.parametrize("text", [
    # code: calls, literals, SQL
    "foo(0151, 4098)",
    "x = foo(0151, 40986324)",
    "v(030) 1234567",
    "y = v(030)",
    "INSERT INTO t VALUES (020, 3859)",
    "INSERT INTO t VALUES (020 3859 1390)",
    "Foo(030 31440923)",
    "Result = Compute(0151/40986324)",
    "obj.Method (030 31440923)",
    # years and ids in parentheses after a name
    "Jana Weber ((2024) 12345678)",
    "Report (2024) 12345678",
    "Ticket Weber (2024 12345678)",
    "Order Berg (12345678)",
    "Release Notes (4.2.1)",
    "Updated (01 02 2024)",              # a date written with blanks
    "Meeting (03 04 2024 10 00)",
    "mail jan@example.de or 2024 12345678",   # a year and an id after "or"
    # no cue: a number in parentheses after a lower-case word, "or" after something not found
    "see the table (030 31440923)",
    "x = 12345678 or 020 3859 1390",
    "version 1.2.3 or 020 3859 1390",
    # money, dates and hashes
    "Price (EUR 0 123 456)",
    "Jana Weber (03.04.2024)",
    "Jana Weber (2024-04-03)",
    "Commit Abc (0a1b2c3d 4e5f6a7b)",
])
def test_not_phones(text):
    assert found(text) == []


def test_year_and_id_after_a_phone():
    assert found("Numbers: +49 30 1234567 or (2024) 12345678") == ["+49 30 1234567"]
    assert found("You can get me on +49 30 1234567 or 2024 12345678") == ["+49 30 1234567"]


def test_cues_need_a_number_valid_somewhere():
    # the trunk-prefixed shape alone is not enough: too short or too long for any region
    assert found("- owner = Jana Weber (0 123)") == []
    assert found("You can get me on +49 30 1234567 or 0000 0000") == ["+49 30 1234567"]


def test_cues_respect_any_region_option():
    text = "- owner = Lea Roth (030 31440923)"
    assert found(text) == ["030 31440923"]
    assert found(text, any_region_with_context=False) == []
