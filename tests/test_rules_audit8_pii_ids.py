"""Audit 8: identifiers that left the machine, each fixed as a class from its documented format.

- national ids after their labels, native-script labels included: a Chinese resident id (身份证), a Korean
  resident registration number (주민등록번호), a Japanese My Number (マイナンバー), a Turkish T.C. Kimlik No, a
  UAE Emirates ID (its dashed 784-YYYY-NNNNNNN-C alone too), a Spanish social-security affiliation number
  (Nº afiliación S.S.; its PP/NNNNNNNN/CC layout alone too), a German Personalausweis number, an Australian
  Medicare number, a Swedish personnummer as the value of a log line's ``subject=``;
- passport numbers after "Number of travel document", Reisepassnummer, Número de pasaporte, a
  ``passport_number`` key, and in a JSON document object whose type is PASSPORT;
- bank accounts: a US remittance line (Routing <ABA>  Account <number>), a UK sort code and its 8-digit
  account side by side;
- UPI payment addresses (name@ybl, name@oksbi): not e-mails, no top-level domain.

Every value is made here from a seeded random.Random with its check digits computed here (and a broken
copy for the negatives), never taken from an audit or a corpus.
"""
from __future__ import annotations

import random

import pytest

from promptscrub import validators as v
from promptscrub.config import Config
from promptscrub.pii_config import PII_TYPES
from promptscrub.scrubber import build_scrubber

RNG = random.Random("audit8-pii-ids")
SCRUBBER = build_scrubber(Config())


def scan(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in SCRUBBER.find(text)]


def typed(text: str, type_: str) -> list[str]:
    return [value for t, value in scan(text) if t == type_]


def bump(number: str) -> str:
    """The same number with its last digit changed: its check fails."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def luhn_digit(body: str) -> str:
    return next(d for d in "0123456789" if v.luhn_ok(body + d))


# ------------------------------------------------------------------------------------ made-up values

def cn_resident_id(rng: random.Random) -> str:
    body = (f"{rng.choice(['11', '31', '44', '51', '42', '65'])}{rng.randint(1, 9999):04d}"
            f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    return body + "10X98765432"[total % 11]


def kr_rrn(rng: random.Random) -> str:
    year = rng.randint(1940, 2015)
    sex = rng.choice("12") if year < 2000 else rng.choice("34")
    body = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{sex}{rng.randint(0, 99999):05d}"
    total = sum(int(c) * w for c, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    number = body + str((11 - total % 11) % 10)
    return f"{number[:6]}-{number[6:]}"


def my_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    total = sum(int(body[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return body + str(0 if r <= 1 else 11 - r)


def tckn(rng: random.Random) -> str:
    n = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    n.append((sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10)
    n.append(sum(n) % 10)
    return "".join(map(str, n))


def emirates_id(rng: random.Random) -> str:
    body = f"784{rng.randint(1950, 2005)}{rng.randint(0, 9999999):07d}"
    number = body + luhn_digit(body)
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


def naf(rng: random.Random, small: bool = False) -> str:
    province = rng.randint(1, 52)
    number = rng.randint(100000, 9999999) if small else rng.randint(10000000, 99999999)
    n = number + province * 10_000_000 if number < 10_000_000 else province * 100_000_000 + number
    return f"{province:02d}/{number:08d}/{n % 97:02d}"


DE_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def de_id_card(rng: random.Random) -> str:
    while True:
        body = rng.choice("LMNPRTVWXY") + "".join(rng.choice(DE_ALPHABET) for _ in range(8))
        if any(c.isdigit() for c in body):
            break
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    return body + str(sum(x * w for x, w in zip(values, (7, 3, 1) * 3)) % 10)


def medicare(rng: random.Random) -> str:
    body = str(rng.randint(2, 6)) + "".join(rng.choice("0123456789") for _ in range(7))
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    number = f"{body}{check}{rng.randint(1, 9)}"
    return f"{number[:4]} {number[4:9]} {number[9]}"


def personnummer(rng: random.Random) -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    ten = body + luhn_digit(body)
    return f"{ten[:6]}-{ten[6:]}"


def aba(rng: random.Random) -> str:
    body = f"{rng.randint(1, 32):02d}" + "".join(rng.choice("0123456789") for _ in range(6))
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7)))
    return body + str(-total % 10)


def account(rng: random.Random, length: int) -> str:
    while True:
        number = "".join(rng.choice("0123456789") for _ in range(length))
        if v.bank_account_number(number):
            return number


def passport(rng: random.Random) -> str:
    return rng.choice("CEGKNPUX") + "".join(rng.choice("0123456789") for _ in range(8))


# ------------------------------------------------------------------------------------ national ids

def test_every_new_type_is_listed_for_the_pii_settings() -> None:
    for t in ("CN_RESIDENT_ID", "KR_RRN", "JP_MY_NUMBER", "TR_TCKN", "AE_EMIRATES_ID", "ES_NAF", "DE_ID_CARD",
              "AU_MEDICARE", "UPI_ID"):
        assert t in PII_TYPES


@pytest.mark.parametrize("seed", range(4))
def test_a_chinese_resident_id_after_its_label_in_a_chat_line(seed: int) -> None:
    number = cn_resident_id(random.Random(f"cn{seed}"))
    assert typed(f"[2025-03-11 09:45] 客户：身份证 {number}，银行卡稍后发\n", "CN_RESIDENT_ID") == [number]
    assert typed(f"公民身份号码：{number}\n", "CN_RESIDENT_ID") == [number]
    assert typed(f"Resident ID card no.: {number}\n", "CN_RESIDENT_ID") == [number]


def test_a_chinese_resident_id_needs_its_check_character_and_its_label() -> None:
    number = cn_resident_id(RNG)
    broken = number[:17] + ("0" if number[17] != "0" else "1")
    assert typed(f"身份证号：{broken}\n", "CN_RESIDENT_ID") == []
    assert typed(f"订单号：{number}\n", "CN_RESIDENT_ID") == []
    assert v.cn_resident_id(number) and not v.cn_resident_id(broken)


@pytest.mark.parametrize("seed", range(4))
def test_a_korean_resident_registration_number_after_its_label(seed: int) -> None:
    number = kr_rrn(random.Random(f"kr{seed}"))
    assert typed(f"이름: 홍길동\n주민등록번호: {number}\n휴대전화: 없음\n", "KR_RRN") == [number]


def test_a_korean_rrn_alone_needs_its_check_digit() -> None:
    number = kr_rrn(RNG)
    assert typed(f"신청인 {number} 확인\n", "KR_RRN") == [number]
    assert typed(f"신청인 {bump(number)} 확인\n", "KR_RRN") == []
    # after the label the check digit is not asked for: numbers issued since October 2020 have none
    assert typed(f"주민등록번호: {bump(number)}\n", "KR_RRN") == [bump(number)]
    assert typed(f"주민등록번호: {number[:2]}13{number[4:]}\n", "KR_RRN") == []  # no 13th month


@pytest.mark.parametrize("grouped", [False, True])
def test_a_my_number_after_its_label_and_a_note_in_brackets(grouped: bool) -> None:
    number = my_number(RNG)
    shown = f"{number[:4]} {number[4:8]} {number[8:]}" if grouped else number
    assert typed(f"メール：なし\nマイナンバー（本人確認のため）：{shown}\n", "JP_MY_NUMBER") == [shown]
    assert typed(f"個人番号 {shown}\n", "JP_MY_NUMBER") == [shown]
    assert typed(f"マイナンバー：{bump(number)}\n", "JP_MY_NUMBER") == []


def test_a_turkish_identity_number_after_its_label() -> None:
    number = tckn(RNG)
    assert typed(f"Ad Soyad: Deniz Kaya\nT.C. Kimlik No: {number}\nYeni IBAN: yok\n", "TR_TCKN") == [number]
    assert typed(f"TCKN {number}\n", "TR_TCKN") == [number]
    assert typed(f"T.C. Kimlik No: {bump(number)}\n", "TR_TCKN") == []
    assert typed(f"Sipariş no: {number}\n", "TR_TCKN") == []


def test_an_emirates_id_in_its_dashed_layout_and_after_its_arabic_label() -> None:
    number = emirates_id(RNG)
    assert typed(f"رقم الهوية الإماراتية: {number}\n", "AE_EMIRATES_ID") == [number]
    assert typed(f"ID on file {number} (verified)\n", "AE_EMIRATES_ID") == [number]
    compact = number.replace("-", "")
    assert typed(f"رقم الهوية: {compact}\n", "AE_EMIRATES_ID") == [compact]
    assert typed(f"Emirates ID number: {compact}\n", "AE_EMIRATES_ID") == [compact]
    assert typed(f"رقم الهوية: {bump(number)}\n", "AE_EMIRATES_ID") == []


@pytest.mark.parametrize("small", [False, True])
def test_a_spanish_social_security_affiliation_number(small: bool) -> None:
    number = naf(RNG, small)
    assert typed(f"NIF: -     Nº afiliación S.S.: {number}\nDomicilio: -\n", "ES_NAF") == [number]
    assert typed(f"titular {number}\n", "ES_NAF") == [number]
    compact = number.replace("/", "")
    assert typed(f"Número de afiliación: {compact}\n", "ES_NAF") == [compact]
    assert typed(f"Nº afiliación S.S.: {bump(number)}\n", "ES_NAF") == []


def test_a_german_identity_card_number_after_its_label() -> None:
    number = de_id_card(RNG)
    assert typed(f"Max Muster, geb. am 01.02.1980, Personalausweis-Nr. {number}, Tel. -\n", "DE_ID_CARD") == [number]
    assert typed(f"Ausweisnummer: {number}\n", "DE_ID_CARD") == [number]
    assert typed(f"Ausweisnummer: {number[:9]}\n", "DE_ID_CARD") == [number[:9]]  # as the card prints it
    assert typed(f"Personalausweis-Nr. {bump(number)}\n", "DE_ID_CARD") == []
    assert typed("Personalausweis-Nr. liegt vor\n", "DE_ID_CARD") == []


def test_an_australian_medicare_number_after_its_label() -> None:
    number = medicare(RNG)
    assert typed(f"Medicare No: {number}     DOB: -     Ph: -\n", "AU_MEDICARE") == [number]
    digits = number.replace(" ", "")
    broken = digits[:8] + str((int(digits[8]) + 1) % 10) + digits[9]
    assert typed(f"Medicare No: {broken}\n", "AU_MEDICARE") == []
    assert typed(f"Invoice {number}\n", "AU_MEDICARE") == []


def test_a_swedish_personnummer_as_a_log_lines_subject() -> None:
    number = personnummer(RNG)
    line = f"E/App: LoginFlow failed for subject={number} reason=START_FAILED\n"
    assert typed(line, "SE_PERSONNUMMER") == [number]
    assert typed(line.replace(number, bump(number)), "SE_PERSONNUMMER") == []
    assert typed(f"build={number}\n", "SE_PERSONNUMMER") == []


# ------------------------------------------------------------------------------------ passports

@pytest.mark.parametrize("label", ["14. Number of travel document: ", "Travel document no. ", "Reisepassnummer: ",
                                   "Número de pasaporte: ", "N° de passeport : ", "护照号码：", "旅券番号: "])
def test_a_passport_number_after_its_label(label: str) -> None:
    number = passport(RNG)
    assert typed(f"{label}{number}\n", "PASSPORT") == [number]


def test_a_passport_number_in_a_json_document_object() -> None:
    number = passport(RNG)
    line = f'D OkHttp  : {{"full_name": "-", "document": {{"type": "PASSPORT", "number": "{number}"}}}}\n'
    assert typed(line, "PASSPORT") == [number]
    assert typed(f'{{"number": "{number}", "type": "passport"}}', "PASSPORT") == [number]
    assert typed(f'{{"passport_number": "{number}"}}', "PASSPORT") == [number]
    assert typed(f'{{"type": "DRIVING_LICENCE", "number": "{number}"}}', "PASSPORT") == []


def test_a_count_of_travel_documents_is_no_passport_number() -> None:
    assert typed("Number of travel documents: 2\n", "PASSPORT") == []


# ------------------------------------------------------------------------------------ bank accounts

def test_a_remittance_lines_routing_and_account_numbers() -> None:
    routing, number = aba(RNG), account(RNG, 10)
    found = typed(f"Remit ACH to: Routing {routing}  Account {number}\n", "BANK_ACCOUNT")
    assert sorted(found) == sorted([routing, number])
    assert typed(f"Account {number}, Routing {routing}\n", "BANK_ACCOUNT") == [number, routing]
    # "account" without a routing number beside it is no cue (an AWS account, a login)
    assert typed(f"deployed to account {number}\n", "BANK_ACCOUNT") == []


def test_a_sort_code_beside_its_account_number() -> None:
    number = account(RNG, 8)
    line = f"PE-1001 Ana Grey AB123456C 20-32-06 {number} 2410.00\n"
    assert typed(line, "BANK_ACCOUNT") == ["20-32-06", number]
    assert typed(f"2024-01-15 {number}\n", "BANK_ACCOUNT") == []


# ------------------------------------------------------------------------------------ UPI

@pytest.mark.parametrize("handle", ["ybl", "oksbi", "okaxis", "okhdfcbank", "paytm", "upi", "ibl", "axl"])
def test_a_upi_id_is_redacted_and_is_no_email(handle: str) -> None:
    vpa = f"kavya.menon{RNG.randint(1, 99)}@{handle}"
    assert typed(f"refund isi UPI pe bhej dena {vpa}, aur call karna\n", "UPI_ID") == [vpa]
    assert typed(f"pay {vpa}\n", "UPI_ID") == [vpa]
    assert typed(f"write to {vpa}.com please\n", "UPI_ID") == []


def test_any_handle_after_a_upi_cue() -> None:
    assert typed("UPI ID: ravi.k@somebank\n", "UPI_ID") == ["ravi.k@somebank"]
    assert typed("decorator @somebank and me@somebank\n", "UPI_ID") == []
