"""European national ids, NHS numbers, VAT ids, medical record / insurance member ids (rules/pii/government-ids.toml)
and the IBAN / test-card fixes (rules/pii/financial.toml). Every value is generated here with its own check-digit
code (written independently of promptscrub.validators), never copied from a corpus."""
from __future__ import annotations

import datetime
import random
import string
from pathlib import Path

import pytest

from promptscrub import validators as v
from promptscrub.detectors.patterns import PatternDetector
from promptscrub.pii_config import PII_TYPES
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files

DET = PatternDetector(load_rules(rule_files(Path(builtin_rules_dir() / "pii"))))
DIGITS = string.digits


def found(text: str, type_: str) -> list[str]:
    return [text[f.start:f.end] for f in DET.detect(text) if f.type == type_]


def num(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(DIGITS) for _ in range(n))


# ---- generators ------------------------------------------------------------------------------------------

CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale(rnd: random.Random) -> str:
    letters = "BCDFGHLMNPRSTVZAEIOU"
    s = "".join(rnd.choice(letters) for _ in range(6)) + num(rnd, 2) + rnd.choice("ABCDEHLMPRST")
    s += f"{rnd.randint(1, 28) + rnd.choice((0, 40)):02d}" + rnd.choice("ABCDEFGHILMZ") + num(rnd, 3)
    total = 0
    for i, c in enumerate(s):
        k = int(c) if c.isdigit() else ord(c) - 65
        total += CF_ODD[k] if i % 2 == 0 else k
    return s + chr(65 + total % 26)


def nir(rnd: random.Random, dept: str | None = None) -> str:
    dept = dept or f"{rnd.randint(1, 95):02d}"
    body = f"{rnd.choice('12')}{num(rnd, 2)}{rnd.randint(1, 12):02d}{dept}{rnd.randint(1, 999):03d}{rnd.randint(1, 999):03d}"
    n = int(body.replace("2A", "19").replace("2B", "18"))
    key = f"{97 - n % 97:02d}"
    return " ".join((body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key))


def bsn(rnd: random.Random) -> str:
    while True:
        s = str(rnd.randint(1, 9)) + num(rnd, 8)
        if sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0:
            return s


def steuer_id(rnd: random.Random) -> str:
    while True:
        ten = [str(rnd.randint(1, 9))] + [rnd.choice(DIGITS) for _ in range(9)]
        counts = sorted((ten.count(c) for c in set(ten)), reverse=True)
        if counts[0] == 2 and counts[1] == 1:
            break
    product = 10
    for c in ten:
        s = (int(c) + product) % 10 or 10
        product = 2 * s % 11
    return "".join(ten) + str((11 - product) % 10)


def pesel(rnd: random.Random) -> str:
    born = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randint(0, 33000))
    month = born.month + (20 if born.year >= 2000 else 0)
    s = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + num(rnd, 4)
    return s + str((10 - sum(int(c) * w for c, w in zip(s, (1, 3, 7, 9) * 3)) % 10) % 10)


def pl_id_card(rnd: random.Random) -> str:
    letters = "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = num(rnd, 5)
    total = sum(int(c, 36) * w for c, w in zip(letters + rest, (7, 3, 1, 7, 3, 1, 7, 3)))
    return letters + str(total % 10) + rest


def dni(rnd: random.Random) -> str:
    n = rnd.randint(10_000_000, 89_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(rnd: random.Random) -> str:
    head, body = rnd.randint(0, 2), num(rnd, 7)
    return "XYZ"[head] + body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{head}{body}") % 23]


def nif_pt(rnd: random.Random) -> str:
    while True:
        s = rnd.choice("123") + num(rnd, 7)
        check = 11 - sum(int(c) * w for c, w in zip(s, range(9, 1, -1))) % 11
        if check != 10:
            return s + str(check % 11)


def nhs(rnd: random.Random) -> str:
    while True:
        s = str(rnd.randint(4, 9)) + num(rnd, 8)
        check = 11 - sum(int(c) * w for c, w in zip(s, range(10, 1, -1))) % 11
        if check != 10:
            s += str(check % 11)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def bump(value: str) -> str:
    """The same value with its last digit (or letter) changed: the check must then fail."""
    last = value[-1]
    if last.isdigit():
        return value[:-1] + str((int(last) + 1) % 10)
    return value[:-1] + ("B" if last == "A" else "A")


# ---- checks ---------------------------------------------------------------------------------------------

CASES = [
    # generator, validator, type, text with {}, may a bare mention be found?
    (codice_fiscale, v.it_fiscal_code, "IT_FISCAL_CODE", "Codice fiscale: {}", True),
    (nir, v.fr_nir, "FR_NIR", "N° de sécurité sociale : {}", True),
    (bsn, v.nl_bsn, "NL_BSN", "Mijn BSN is {} en mijn adres", False),
    (steuer_id, v.de_tax_id, "DE_TAX_ID", "Steuer-ID: {}", False),
    (pesel, v.pl_pesel, "PL_PESEL", "PESEL: {}", False),
    (pl_id_card, v.pl_id_card, "PL_ID_CARD", "Nr dowodu osobistego: {}", False),
    (dni, v.es_dni, "ES_DNI", "DNI: {}", True),
    (nie, v.es_dni, "ES_NIE", "NIE: {}", True),
    (nif_pt, v.pt_nif, "PT_NIF", "Chamo-me Ana, NIF {}.", False),
    (nhs, v.uk_nhs, "UK_NHS", "NHS number: {}   NI: x", False),
]


@pytest.mark.parametrize("gen,check,type_,template,bare", CASES, ids=[c[2] for c in CASES])
@pytest.mark.parametrize("seed", range(8))
def test_generated_ids_found_after_their_label(gen, check, type_, template, bare, seed):
    rnd = random.Random(f"{type_}/{seed}")
    value = gen(rnd)
    assert type_ in PII_TYPES
    assert check(value) and not check(bump(value)), value
    assert found(template.format(value), type_) == [value]
    assert not found(template.format(bump(value)), type_)
    # without its label: found only when its shape and check letter are distinctive enough
    assert bool(found(f"ref {value} ok", type_)) is bare


def test_corsican_nir():
    rnd = random.Random(3)
    for dept in ("2A", "2B"):
        value = nir(rnd, dept)
        assert v.fr_nir(value) and found(f"NIR {value}", "FR_NIR") == [value]
        assert not v.fr_nir(value.replace(dept, "2B" if dept == "2A" else "2A"))
    compact = nir(rnd).replace(" ", "")
    assert found(f"numéro de sécurité sociale : {compact}", "FR_NIR") == [compact]
    assert not found(f"order {compact}", "FR_NIR")


def test_steuer_id_digit_rule():
    """One digit two or three times in the first ten (three never in a row), the rest at most once."""
    assert not v.de_tax_id("01234567899")      # leading zero
    assert not v.de_tax_id("12345678901")      # every digit once: not an IdNr
    rnd = random.Random(1)
    for _ in range(20):
        value = steuer_id(rnd)
        assert v.de_tax_id(value) and v.de_tax_id(f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}")


def test_pesel_needs_a_real_birth_date():
    rnd = random.Random(2)
    value = pesel(rnd)
    bad_month = value[:2] + "13" + value[4:]
    assert not v.pl_pesel(bad_month[:10] + str((10 - sum(int(c) * w for c, w in zip(bad_month, (1, 3, 7, 9) * 3)) % 10) % 10))


def test_dni_is_not_an_iso_basic_date():
    assert not found("logged 20240115T in", "ES_DNI")


@pytest.mark.parametrize("text,value", [
    ("VAT ID: DE{d9}", "DE{d9}"), ("USt-IdNr.: DE{d9}", "DE{d9}"), ("Partita IVA: IT{d11}", "IT{d11}"),
    ("BTW-nummer NL{d9}B01", "NL{d9}B01"), ("UID-Nummer ATU{d8}", "ATU{d8}"), ("VAT number: PL{d10}", "PL{d10}"),
    ("N° TVA intracommunautaire : FR{d11}", "FR{d11}"), ("NIF-IVA ES{d9}", "ES{d9}"), ("TVA BE0{d9}", "BE0{d9}"),
])
def test_vat_ids_after_their_label(text, value):
    rnd = random.Random(text)
    fill = {f"d{n}": num(rnd, n) for n in (8, 9, 10, 11)}
    fill["d9"] = str(rnd.randint(1, 9)) + num(rnd, 8)
    text, value = text.format(**fill), value.format(**fill)
    assert found(text, "EU_VAT") == [value], text
    assert not found(value, "EU_VAT")  # a bare VAT id is a company identifier's shape: label needed


@pytest.mark.parametrize("text", ["VAT: 19% on DE orders", "VAT rate DE 19", "vat id: QQ123456789", "uid=1000 DE123"])
def test_vat_label_without_an_id(text):
    assert not found(text, "EU_VAT")


@pytest.mark.parametrize("seed", range(5))
def test_mrn_and_insurance_member_ids(seed):
    rnd = random.Random(f"health/{seed}")
    mrn, member = num(rnd, 8), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + num(rnd, 9)
    assert found(f"Patient: A. Person        MRN: {mrn}", "MEDICAL_RECORD_NUMBER") == [mrn]
    assert found(f"Insurance: Acme PPO, member ID {member}", "INSURANCE_ID") == [member]
    assert found(f"Versichertennummer: K{num(rnd, 9)}", "INSURANCE_ID")
    assert not found(f"order {mrn} and {member}", "MEDICAL_RECORD_NUMBER")
    assert not found(f"order {member}", "INSURANCE_ID")
    assert not found("member_id = 12", "INSURANCE_ID") and not found("MRN: 42", "MEDICAL_RECORD_NUMBER")


# ---- IBAN followed by a word; payment providers' test cards ------------------------------------------------

def iban(rnd: random.Random, country: str, length: int) -> str:
    bban = num(rnd, length - 4)
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - n % 97:02d}{bban}"


@pytest.mark.parametrize("country", sorted(v.IBAN_LENGTHS))
def test_spaced_iban_followed_by_a_word(country):
    rnd = random.Random(country)
    code = iban(rnd, country, v.IBAN_LENGTHS[country])
    spaced = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    for text in (f"Please pay to IBAN {spaced} within 14 days.", f"IBAN {spaced} in May", f"{spaced} to Ana",
                 f"IBAN: {code} within", f"iban {code.lower()} ok"):
        want = spaced if spaced in text else code if code in text else code.lower()
        assert found(text, "IBAN") == [want], text


def test_a_published_test_card_is_still_a_card():
    """Redacted like any card: it is what a user types to check that cards are caught (and redacting it
    costs the answer nothing)."""
    assert found("use the test card 4242 4242 4242 4242 in the sandbox", "CREDIT_CARD") == ["4242 4242 4242 4242"]


def test_other_cards_still_found():
    rnd = random.Random(9)
    body = "4" + num(rnd, 14)
    card = next(body + d for d in DIGITS if v.luhn_ok(body + d))
    assert found(f"charge {card} today", "CREDIT_CARD") == [card]
