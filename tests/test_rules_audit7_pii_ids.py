"""Audit 7: personal identifiers that left the machine.

- a generic ``national_id`` / ``id_number`` / ``tax_id`` column of one country's ids (read when every cell
  passes that country's check, reported as its type; nothing when no one check holds);
- an IBAN glued after a SWIFT MT940 ``?NN`` subfield code, and in a SEPA XML ``<IBAN>`` element;
- Swedish personnummer (labelled, or bare in its 12-digit form), Norwegian fødselsnummer, Danish CPR;
- UK sort code and account number, US ABA routing number, bank account numbers after their label;
- Bitcoin (base58check, bech32/bech32m) and Ethereum (EIP-55, or after a wallet cue) addresses;
- a FHIR identifier's MRN value, an insurance policy number after its label.

Every value is made here from a seeded random.Random with valid check digits computed here (and broken
copies for the negatives), never taken from an audit or a corpus.
"""
from __future__ import annotations

import hashlib
import random

import pytest

from promptscrub import validators as v
from promptscrub.config import Config
from promptscrub.detectors.pii_columns import PiiColumnsDetector
from promptscrub.scrubber import build_scrubber

RNG = random.Random("audit7-pii-ids")
SCRUBBER = build_scrubber(Config())
DET = PiiColumnsDetector({})


def scan(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in SCRUBBER.find(text)]


def values(text: str) -> set[str]:
    return {value for _, value in scan(text)}


def columns(text: str) -> list[tuple[str, str]]:
    return sorted((f.type, text[f.start:f.end]) for f in DET.detect(text))


def bump(number: str) -> str:
    """The same number with its last digit changed: its check fails."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


# ------------------------------------------------------------------------------------ made-up values

def pesel(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}"
        total = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
        number = body + str((10 - total % 10) % 10)
        if v.pl_pesel(number):
            return number


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if v.luhn_ok(body + d):
            return d
    raise AssertionError


def personnummer(rng: random.Random, long: bool = True) -> str:
    year = rng.randint(1940, 2005)
    body = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    ten = body + luhn_digit(body)
    return f"{year // 100}{ten[:6]}-{ten[6:]}" if long else f"{ten[:6]}-{ten[6:]}"


def fodselsnummer(rng: random.Random) -> str:
    while True:
        n = [int(c) for c in f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}{rng.randint(0, 999):03d}"]
        k1 = (11 - sum(a * b for a, b in zip(n, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11) % 11
        k2 = (11 - sum(a * b for a, b in zip(n + [k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 11
        if k1 < 10 and k2 < 10:
            return "".join(map(str, n + [k1, k2]))


def iban_de(rng: random.Random) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(18))
    check = 98 - int(bban + "131400") % 97
    return f"DE{check:02d}{bban}"


def aba(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice([0, 1, 2, 3, 6, 7])}{rng.randint(0, 9999999):07d}"
        for d in "0123456789":
            if sum(int(c) * w for c, w in zip(body + d, (3, 7, 1) * 3)) % 10 == 0 and v.aba_routing(body + d):
                return body + d


def account(rng: random.Random, n: int = 8) -> str:
    while True:
        number = "".join(rng.choice("0123456789") for _ in range(n))
        if v.bank_account_number(number):
            return number


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32(program: bytes, version: int) -> str:
    """BIP 173 / 350 encoder, written from the spec (the validator's polymod is reused only to check)."""
    acc, bits, data = 0, 0, [version]
    for b in program:
        acc, bits = acc << 8 | b, bits + 8
        while bits >= 5:
            bits -= 5
            data.append(acc >> bits & 31)
    if bits:
        data.append(acc << (5 - bits) & 31)
    const = 1 if version == 0 else 0x2BC830A3
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    poly = v._bech32_polymod(hrp + data + [0] * 6) ^ const
    return "bc1" + "".join(_BECH[d] for d in data + [poly >> 5 * (5 - i) & 31 for i in range(6)])


def eip55(address_hex: str) -> str:
    k = v.keccak256(address_hex.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c for i, c in enumerate(address_hex))


def hex40(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


# ------------------------------------------------------------------------------------ 1. generic id column

@pytest.mark.parametrize("header", ["national_id", "National ID", "id_number", "tax_id", "nationalId"])
def test_a_generic_national_id_column_of_pesels(header: str) -> None:
    rng = random.Random(header)
    ids = [pesel(rng) for _ in range(4)]
    text = f"emp,first_name,{header},salary\n" + "".join(f"E{i},Anna,{n},{rng.randint(1000, 9999)}\n"
                                                        for i, n in enumerate(ids))
    assert [(t, x) for t, x in columns(text) if t != "PERSON"] == sorted(("PL_PESEL", n) for n in ids)
    assert set(ids) <= values(text)


def test_a_generic_column_with_one_bad_value_is_not_read() -> None:
    rng = random.Random("bad")
    ids = [pesel(rng) for _ in range(3)]
    ids[1] = bump(ids[1])
    text = "ref,id_number,amount\n" + "".join(f"R{i},{n},12\n" for i, n in enumerate(ids))
    # no single country's check holds for every cell (an 11-digit value could still pass another one); a
    # column that can only name a document (national_id) is read cell by cell instead (test_rules_audit12_dob_columns)
    got = columns(text)
    assert ("PL_PESEL", ids[0]) not in got and ("PL_PESEL", ids[1]) not in got


def test_a_generic_column_of_other_numbers_is_not_read() -> None:
    text = "ref,id_number,amount\nR1,10001,12\nR2,10002,13\nR3,10003,14\n"
    assert columns(text) == []


def test_a_generic_column_of_swedish_numbers() -> None:
    rng = random.Random("se-col")
    ids = [personnummer(rng) for _ in range(3)]
    text = "namn,national_id,ort\n" + "".join(f"x,{n},y\n" for n in ids)
    assert columns(text) == sorted(("SE_PERSONNUMMER", n) for n in ids)


# ------------------------------------------------------------------------------------ 2. IBAN in MT940 / SEPA

def test_iban_after_an_mt940_subfield_code() -> None:
    rng = random.Random("mt940")
    iban = iban_de(rng)
    assert v.iban(iban)
    text = f":86:166?00SEPA-UEBERWEISUNG?20EREF+{rng.randint(10**9, 10**10)}?30COBADEFFXXX?31{iban}?32MAX MUSTER\n"
    assert ("IBAN", iban) in scan(text)
    assert ("IBAN", bump(iban)) not in scan(text.replace(iban, bump(iban)))


def test_iban_in_sepa_xml() -> None:
    iban = iban_de(random.Random("sepa"))
    assert ("IBAN", iban) in scan(f"<CdtrAcct><Id><IBAN>{iban}</IBAN></Id></CdtrAcct>\n")


# ------------------------------------------------------------------------------------ 3. Nordic ids

@pytest.mark.parametrize("template", ["Personnummer: {}", "personnr {}", "Samordningsnummer: {}"])
def test_swedish_personnummer_after_its_label(template: str) -> None:
    rng = random.Random(template)
    for long in (True, False):
        number = personnummer(rng, long)
        assert ("SE_PERSONNUMMER", number) in scan(template.format(number) + "\n")
        # (a broken one may still be taken for a phone number by the phone detector: only its type is checked)
        assert ("SE_PERSONNUMMER", bump(number)) not in scan(template.format(bump(number)) + "\n")


def test_swedish_personnummer_bare_in_its_long_form() -> None:
    rng = random.Random("se-bare")
    number = personnummer(rng)
    assert ("SE_PERSONNUMMER", number) in scan(f"sökande {number} har skickat in\n")
    assert ("SE_PERSONNUMMER", bump(number)) not in scan(f"sökande {bump(number)} har skickat in\n")
    assert not any(t == "SE_PERSONNUMMER" for t, _ in scan("backup 20231005-0935 done\n"))


def test_norwegian_and_danish_ids_after_their_labels() -> None:
    rng = random.Random("no-dk")
    fnr = fodselsnummer(rng)
    assert ("NO_FODSELSNUMMER", fnr) in scan(f"Fødselsnummer: {fnr}\n")
    assert ("NO_FODSELSNUMMER", bump(fnr)) not in scan(f"Fødselsnummer: {bump(fnr)}\n")
    cpr = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}-{rng.randint(1000, 9999)}"
    assert ("DK_CPR", cpr) in scan(f"CPR-nr.: {cpr}\n")
    assert not any(t == "DK_CPR" for t, _ in scan(f"CPR-nr.: 35{cpr[2:]}\n"))


# ------------------------------------------------------------------------------------ 4. bank numbers

def test_uk_sort_code_and_account_number() -> None:
    rng = random.Random("uk-bank")
    sort = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    acct = account(rng)
    got = values(f"Sort code {sort}   Account number {acct}\n")
    assert {sort, acct} <= got


@pytest.mark.parametrize("template", ["Bank routing number (ABA): {}", "ABA {}", "RTN: {}", "routing no. {}"])
def test_aba_routing_number_after_its_label(template: str) -> None:
    rng = random.Random(template)
    number = aba(rng)
    assert ("BANK_ACCOUNT", number) in scan(template.format(number) + "\n")
    assert ("BANK_ACCOUNT", bump(number)) not in scan(template.format(bump(number)) + "\n")


@pytest.mark.parametrize("label", ["Checking account no.:", "Account number", "Kontonummer:", "numéro de compte :",
                                   "número de cuenta", "acc no"])
def test_bank_account_number_after_its_label(label: str) -> None:
    number = account(random.Random(label), 10)
    assert number in values(f"{label} {number}\n")


@pytest.mark.parametrize("text", ["account number: 20240115\n", "account number 4444444444\n", "account 7721094451\n",
                                  "order 011000015\n", "sort code 11-11-11\n"])
def test_not_bank_numbers(text: str) -> None:
    assert not any(t == "BANK_ACCOUNT" for t, _ in scan(text))


# ------------------------------------------------------------------------------------ 5. wallet addresses

def test_bitcoin_addresses_by_their_checksum() -> None:
    rng = random.Random("btc")
    h = bytes(rng.randrange(256) for _ in range(20))
    p2pkh, p2sh = base58check(0, h), base58check(5, h)
    v0, v1 = bech32(h, 0), bech32(bytes(rng.randrange(256) for _ in range(32)), 1)
    text = "\n".join(f'  "{a}": {{ "purpose": "receive" }},' for a in (p2pkh, p2sh, v0, v1)) + "\n"
    assert {p2pkh, p2sh, v0, v1} <= values(text)
    broken = [p2pkh[:-1] + ("2" if p2pkh[-1] != "2" else "3"), v0[:-1] + ("q" if v0[-1] != "q" else "p")]
    assert values(" ".join(broken) + "\n").isdisjoint(broken)


def test_ethereum_addresses() -> None:
    rng = random.Random("eth")
    lower = hex40(rng)
    mixed = eip55(hex40(rng))
    assert mixed in values(f"ok {mixed}\n")                       # checksummed: no cue needed
    assert "0x" + lower in values(f"derived account 0 -> 0x{lower}\n")
    assert "0x" + lower in values(f'{{"from": "0x{lower}", "nonce": 1}}\n')
    assert "0x" + lower not in values(f"sha = 0x{lower}\n")       # a hash in code: no cue
    wrong = mixed[:2] + mixed[2:].swapcase()
    assert wrong not in values(f"ok {wrong}\n")


# ------------------------------------------------------------------------------------ 6. MRN, policy number

def test_fhir_identifier_mrn() -> None:
    rng = random.Random("fhir")
    mrn = f"MRN{rng.randint(10**6, 10**7)}"
    text = ('{\n  "identifier": [\n    {\n      "system": "urn:example:mrn",\n'
            f'      "value": "{mrn}"\n    }}\n  ]\n}}\n')
    assert ("MEDICAL_RECORD_NUMBER", mrn) in scan(text)
    other = f"X{rng.randint(10**6, 10**7)}"
    assert ("MEDICAL_RECORD_NUMBER", other) in scan(f'{{"type": {{"text": "MRN"}}, "value": "{other}"}}\n')
    assert other not in values(f'{{"system": "urn:example:orders", "value": "{other}"}}\n')


def test_policy_number_after_its_label() -> None:
    rng = random.Random("policy")
    number = f"POL-{rng.randint(1000, 9999)}-{''.join(rng.choice('ABCDEFGHJK0123456789') for _ in range(6))}"
    assert ("INSURANCE_ID", number) in scan(f"Policy number: {number}\n")
    assert values("Policy number: TBD\n") == set()
