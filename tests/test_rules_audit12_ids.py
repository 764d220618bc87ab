"""Audit 12: national ids and travel documents, each fixed as a class from its documented format.

- national ids not read before, after their own label in the local language and in English, each checked
  against its issuer's check digit (a real birth date where it holds one): Romanian CNP, Finnish henkilötunnus,
  Czech / Slovak rodné číslo, Mexican CURP and RFC, Greek AMKA, Ukrainian RNOKPP, Egyptian national id,
  Chilean RUT, Argentine CUIL, Colombian cédula, Philippine TIN, Austrian SV-Nummer, Belgian national
  number, Indonesian NIK, Hungarian TAJ and tax id, Russian INN and SNILS, Australian TFN, Singapore NRIC,
  Irish PPSN, South African and Thai ids, Israeli Teudat Zehut, Vietnamese CCCD, Nigerian NIN, Philippine SSS,
  Brazilian RG; the shapes rare outside the
  number (CURP, dotted RUT, dotted Belgian number, dashed Thai id and CUIL) without a label too;
- the label's layouts: on the line before the number (an OCR'd card), a "type" line above a "number" line, a
  dotted leader, a padded column, a JSON identifier object whose type names the id; a label that names no
  country ("National ID", "personal code"), and a label as generic as "Document no." when a strong check holds;
- licence plates after their label (UK, DE, FR, ES, IT, PL, NL formats), driving licence numbers after theirs,
  passports' machine-readable zones (TD3, TD1, one line alone), passport numbers on the line after the label.

Every value is generated here from a seeded random.Random with its check digits computed here (and a broken
copy for the negatives), never taken from an audit or a corpus.
"""
from __future__ import annotations

import datetime
import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())


def scan(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in SCRUBBER.find(text)]


def typed(text: str, type_: str) -> list[str]:
    return [value for t, value in scan(text) if t == type_]


def found(text: str) -> set[str]:
    return {value for _, value in scan(text)}


def bump(number: str) -> str:
    """The same number with its last digit changed: its check fails."""
    i = max(i for i, c in enumerate(number) if c.isdigit())
    return number[:i] + str((int(number[i]) + 1) % 10) + number[i + 1:]


# ------------------------------------------------------------------------------------ made-up values

def weighted(digits: str, weights) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights))


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        total = 0
        for i, ch in enumerate(reversed(body + c)):
            x = int(ch) * (2 if i % 2 else 1)
            total += x - 9 if x > 9 else x
        if total % 10 == 0:
            return c
    raise AssertionError


def birth(rng: random.Random, lo: int = 1940, hi: int = 1999) -> datetime.date:
    return datetime.date(lo, 1, 1) + datetime.timedelta(days=rng.randint(0, (hi - lo) * 365))


def ro_cnp(rng):
    b = birth(rng)
    body = f"{rng.choice('12')}{b:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    check = weighted(body, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return body + str(1 if check == 10 else check)


def fi_hetu(rng, sign: str = "-"):
    b = birth(rng, 2001, 2020) if sign in "ABCDEF" else birth(rng)
    n = rng.randint(2, 899)
    return f"{b:%d%m%y}{sign}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{b:%d%m%y}{n:03d}") % 31]


def cz_birth_number(rng):
    while True:
        b = birth(rng, 1955, 2003)
        body = f"{b:%y}{b.month + rng.choice((0, 50)):02d}{b:%d}{rng.randint(0, 999):03d}"
        check = -int(body) * 10 % 11
        if check < 10:
            return f"{body[:6]}/{body[6:]}{check}"


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp(rng):
    b = birth(rng)
    body = (rng.choice("BCDFGLMPRSTV") + rng.choice("AEIOU") + "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(2))
            + f"{b:%y%m%d}" + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "YN", "OC"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + str(rng.randint(0, 9)))
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def mx_rfc(rng):
    b = birth(rng)
    return ("".join(rng.choice("ABCDEGHLMNPRSTV") for _ in range(4)) + f"{b:%y%m%d}" + rng.choice("ABCDEFGH")
            + str(rng.randint(1, 9)) + str(rng.randint(0, 9)))


def gr_amka(rng):
    body = f"{birth(rng):%d%m%y}{rng.randint(0, 9999):04d}"
    return body + luhn_digit(body)


def ua_rnokpp(rng):
    body = f"{(birth(rng) - datetime.date(1899, 12, 31)).days:05d}{rng.randint(0, 9999):04d}"
    return body + str(weighted(body, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10)


def eg_national_id(rng):
    b = birth(rng)
    return f"2{b:%y%m%d}{rng.choice((1, 2, 13, 21, 24)):02d}{rng.randint(1, 9999):04d}{rng.randint(0, 9)}"


def cl_rut(rng):
    n = rng.randint(5_000_000, 25_000_000)
    check = 11 - sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(str(n)))) % 11
    return f"{n:,}".replace(",", ".") + "-" + {11: "0", 10: "K"}.get(check, str(check))


def ar_cuil(rng):
    while True:
        body = rng.choice(("20", "27")) + str(rng.randint(10_000_000, 45_000_000))
        check = 11 - weighted(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
        if check != 10:
            return f"{body[:2]}-{body[2:]}-{0 if check == 11 else check}"


def at_svnr(rng):
    while True:
        b, serial = birth(rng), str(rng.randint(100, 999))
        check = weighted(f"{serial}0{b:%d%m%y}", (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)) % 11
        if check < 10:
            return f"{serial}{check} {b:%d%m%y}"


def be_national_number(rng):
    body = f"{birth(rng):%y%m%d}{rng.randint(1, 997):03d}"
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{97 - int(body) % 97:02d}"


def id_nik(rng):
    b = birth(rng)
    return f"{rng.choice((31, 32, 33, 35, 51, 73))}{rng.randint(1, 79):02d}{rng.randint(1, 40):02d}{b.day + rng.choice((0, 40)):02d}{b:%m%y}{rng.randint(1, 9999):04d}"


def hu_taj(rng):
    body = str(rng.randint(10_000_000, 99_999_999))
    return f"{body[:3]} {body[3:6]} {body[6:]}{weighted(body, (3, 7) * 4) % 10}"


def hu_tax_id(rng):
    while True:
        body = f"8{(birth(rng) - datetime.date(1867, 1, 1)).days:05d}{rng.randint(0, 999):03d}"
        check = weighted(body, range(1, 10)) % 11
        if check < 10:
            return body + str(check)


def ru_inn(rng):
    body = f"{rng.randint(10, 99)}{rng.randint(0, 99_999_999):08d}"
    body += str(weighted(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
    return body + str(weighted(body, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)


def ru_snils(rng):
    body = f"{rng.randint(2_000_000, 999_999_999):09d}"
    total = weighted(body, range(9, 0, -1)) % 101
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {0 if total == 100 else total:02d}"


def au_tfn(rng):
    while True:
        body = str(rng.randint(10_000_000, 99_999_999))
        for c in "0123456789":
            if weighted(body + c, (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0:
                return f"{body[:3]} {body[3:6]} {body[6:]}{c}"


def sg_nric(rng):
    prefix, body = rng.choice("STFG"), f"{rng.randint(0, 9_999_999):07d}"
    total = weighted(body, (2, 7, 6, 5, 4, 3, 2)) + (4 if prefix in "TG" else 0)
    return prefix + body + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


def ie_ppsn(rng):
    body = str(rng.randint(1_000_000, 9_999_999))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[weighted(body, range(8, 1, -1)) % 23]


def za_id(rng):
    body = f"{birth(rng):%y%m%d}{rng.randint(0, 9999):04d}08"
    return body + luhn_digit(body)


def th_id(rng):
    body = f"{rng.randint(1, 8)}{rng.randint(0, 99_999_999_999):011d}"
    n = body + str((11 - weighted(body, range(13, 1, -1)) % 11) % 10)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def il_id(rng):
    body = str(rng.randint(10_000_000, 99_999_999))
    return body + luhn_digit(body)


def vn_cccd(rng):
    year = rng.randint(1950, 2010)
    return f"{rng.randint(1, 96):03d}{(0 if year < 2000 else 2) + rng.randint(0, 1)}{year % 100:02d}{rng.randint(0, 999_999):06d}"


def ca_sin(rng):
    body = str(rng.randint(1, 7)) + "".join(rng.choice("0123456789") for _ in range(7))
    n = body + luhn_digit(body)
    return n


def pt_nif(rng):
    while True:
        body = rng.choice("123") + "".join(rng.choice("0123456789") for _ in range(7))
        check = 11 - weighted(body, range(9, 1, -1)) % 11
        if check < 10:
            return body + str(check)


def aadhaar(rng):
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        p.append([p[-1][p[1][i]] for i in range(10)])
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    body = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    n = body + str(inv[c])
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def mrz_check(field: str) -> str:
    return str(sum((0 if c == "<" else int(c, 36)) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def mrz_td3(rng, surname: str, given: str) -> tuple[str, str]:
    state = rng.choice(("DEU", "NLD", "ITA", "POL", "UTO"))
    line1 = f"P<{state}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")
    doc = rng.choice("CFGHJK") + "".join(rng.choice("0123456789CFGHJK") for _ in range(8))
    dob, exp = f"{birth(rng):%y%m%d}", f"{datetime.date(2032, rng.randint(1, 12), rng.randint(1, 28)):%y%m%d}"
    head = doc + mrz_check(doc) + state + dob + mrz_check(dob) + rng.choice("MF") + exp + mrz_check(exp) + "<" * 15
    return line1, head + mrz_check(head[0:10] + head[13:20] + head[21:43])


def mrz_td1(rng, surname: str, given: str) -> tuple[str, str, str]:
    state = rng.choice(("DEU", "NLD", "UTO"))
    doc = "".join(rng.choice("CFGHJKLMN") for _ in range(3)) + f"{rng.randint(0, 999_999):06d}"
    line1 = f"I<{state}{doc}{mrz_check(doc)}".ljust(30, "<")
    dob, exp = f"{birth(rng):%y%m%d}", f"{datetime.date(2031, rng.randint(1, 12), rng.randint(1, 28)):%y%m%d}"
    line2 = f"{dob}{mrz_check(dob)}{rng.choice('MF')}{exp}{mrz_check(exp)}{state}".ljust(29, "<")
    line2 += mrz_check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return line1, line2, f"{surname}<<{given}".ljust(30, "<")


# ------------------------------------------------------------------------------------ national ids

#: (type, generator, texts in which the value stands after its label: local language and English)
LABELLED = [
    ("RO_CNP", ro_cnp, ["Cod numeric personal: {}", "CNP {}, eliberat la Cluj", "Personal numeric code {}"]),
    ("FI_HETU", fi_hetu, ["Henkilötunnus: {}", "hetu {} (tarkistettu)", "Personal identity code {}"]),
    ("CZ_BIRTH_NUMBER", cz_birth_number, ["Rodné číslo: {}", "rodné číslo pacienta {}", "Birth number: {}", "RČ {}"]),
    ("MX_RFC", mx_rfc, ["RFC: {}", "Registro Federal de Contribuyentes {}"]),
    ("GR_AMKA", gr_amka, ["ΑΜΚΑ: {}", "Α.Μ.Κ.Α. {}", "AMKA number {}"]),
    ("UA_RNOKPP", ua_rnokpp, ["РНОКПП: {}", "ІПН {}", "Ukrainian tax number {}"]),
    ("EG_NATIONAL_ID", eg_national_id, ["الرقم القومي: {}", "Egyptian national ID {}"]),
    ("CL_RUT", cl_rut, ["RUT: {}", "Rol Único Tributario {}"]),
    ("AR_CUIL", ar_cuil, ["CUIL: {}", "CUIT N° {}"]),
    ("AT_SVNR", at_svnr, ["SV-Nummer: {}", "Sozialversicherungsnummer {}"]),
    ("BE_NATIONAL_NUMBER", be_national_number, ["Rijksregisternummer: {}", "numéro national {}", "NISS {}"]),
    ("ID_NIK", id_nik, ["NIK: {}", "Nomor Induk Kependudukan {}"]),
    ("HU_TAJ", hu_taj, ["TAJ szám: {}", "társadalombiztosítási azonosító jel {}"]),
    ("HU_TAX_ID", hu_tax_id, ["Adóazonosító jel: {}"]),
    ("RU_INN", ru_inn, ["ИНН: {}", "INN {}"]),
    ("RU_SNILS", ru_snils, ["СНИЛС: {}", "SNILS {}"]),
    ("AU_TFN", au_tfn, ["TFN: {}", "Tax file number {}"]),
    ("SG_NRIC", sg_nric, ["NRIC: {}", "NRIC/FIN {}", "FIN no. {}"]),
    ("IE_PPSN", ie_ppsn, ["PPSN: {}", "PPS number {}", "Personal Public Service Number {}"]),
    ("ZA_ID", za_id, ["ID number: {}", "South African ID {}"]),
    ("TH_NATIONAL_ID", th_id, ["เลขประจำตัวประชาชน {}", "Thai national ID {}"]),
    ("IL_ID", il_id, ["תעודת זהות {}", "ת.ז. {}", "Israeli ID {}"]),
    ("VN_CCCD", vn_cccd, ["Số CCCD: {}", "Căn cước công dân {}", "Vietnamese citizen ID {}"]),
]


@pytest.mark.parametrize("type_,gen,templates", LABELLED, ids=[t for t, _, _ in LABELLED])
def test_a_national_id_after_its_label(type_, gen, templates) -> None:
    rng = random.Random(f"labelled/{type_}")
    for template in templates:
        for _ in range(4):
            value = gen(rng)
            text = "Ana Lima\n" + template.format(value) + "\nTel. nie podano\n"
            assert typed(text, type_) == [value], (text, scan(text))


#: the ids without a check digit (their date and codes are checked: see test_an_id_without_a_check_digit_needs_a_real_date)
UNCHECKED = ("MX_RFC", "EG_NATIONAL_ID", "ID_NIK", "VN_CCCD")


@pytest.mark.parametrize("type_,gen,templates", [c for c in LABELLED if c[0] not in UNCHECKED],
                         ids=[t for t, _, _ in LABELLED if t not in UNCHECKED])
def test_a_national_id_whose_check_fails_is_left_alone(type_, gen, templates) -> None:
    rng = random.Random(f"broken/{type_}")
    for template in templates:
        value = bump(gen(rng))
        text = template.format(value) + "\n"
        assert typed(text, type_) == [], (text, scan(text))


def test_an_id_without_a_check_digit_needs_a_real_date() -> None:
    rng = random.Random("no-check")
    rfc, eg, nik = mx_rfc(rng), eg_national_id(rng), id_nik(rng)
    assert typed(f"RFC: {rfc[:6]}13{rfc[8:]}\n", "MX_RFC") == []  # month 13
    assert typed(f"الرقم القومي: {eg[:3]}13{eg[5:]}\n", "EG_NATIONAL_ID") == []
    assert typed(f"NIK: {nik[:8]}13{nik[10:]}\n", "ID_NIK") == []
    cccd = vn_cccd(rng)
    assert typed(f"Số CCCD: 097{cccd[3:]}\n", "VN_CCCD") == []  # no province 097


@pytest.mark.parametrize("type_,gen", [("RO_CNP", ro_cnp), ("GR_AMKA", gr_amka), ("UA_RNOKPP", ua_rnokpp), ("RU_INN", ru_inn),
                                       ("AU_TFN", au_tfn), ("HU_TAJ", hu_taj), ("ID_NIK", id_nik), ("IL_ID", il_id)])
def test_a_plain_run_of_digits_needs_its_label(type_, gen) -> None:
    """Without the label a run of 9-16 digits is as often an order, a barcode or a phone: left alone."""
    value = gen(random.Random(f"unlabelled/{type_}")).replace(" ", "")
    assert typed(f"Order {value} shipped\n", type_) == []
    assert typed(f"Bestellnummer: {value}\n", type_) == []


def test_the_shapes_rare_outside_the_number_need_no_label() -> None:
    rng = random.Random("bare")
    for gen, type_ in ((mx_curp, "MX_CURP"), (cl_rut, "CL_RUT"), (be_national_number, "BE_NATIONAL_NUMBER"),
                       (th_id, "TH_NATIONAL_ID"), (ar_cuil, "AR_CUIL")):
        value = gen(rng)
        assert typed(f"titular: {value} (verificado)\n", type_) == [value]
        assert typed(f"titular: {bump(value)} (verificado)\n", type_) == []
    letter = next(h for h in (fi_hetu(rng, rng.choice("A-")) for _ in range(100)) if h[-1].isalpha())
    assert typed(f"hakija {letter}, Espoo\n", "FI_HETU") == [letter]


def test_a_finnish_id_with_a_dash_and_a_check_digit_needs_its_label() -> None:
    rng = random.Random("hetu-digit")
    value = next(h for h in (fi_hetu(rng) for _ in range(200)) if h[-1].isdigit())
    assert typed(f"erä {value}\n", "FI_HETU") == []
    assert typed(f"Henkilötunnus {value}\n", "FI_HETU") == [value]


def test_ids_without_a_check_digit_after_their_label() -> None:
    rng = random.Random("plain")
    cedula = f"{rng.randint(10_000_000, 1_099_999_999):,}".replace(",", ".")
    tin = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}-000"
    nin = str(rng.randint(10_000_000_000, 99_999_999_999))
    sss = f"{rng.randint(10, 99)}-{rng.randint(1_000_000, 9_999_999)}-{rng.randint(0, 9)}"
    rg = f"{rng.randint(10_000_000, 99_999_999):,}".replace(",", ".") + f"-{rng.randint(0, 9)}"
    assert typed(f"SSS No.: {sss}\n", "PH_SSS") == [sss]
    assert typed(f"Sim, RG {rg}, emitido em SP\n", "BR_RG") == [rg]
    assert typed(f"Firma: C.C. {cedula}\n", "CO_CEDULA") == [cedula]
    assert typed(f"Cédula de ciudadanía: {cedula}\n", "CO_CEDULA") == [cedula]
    assert typed(f"TIN: {tin}\n", "PH_TIN") == [tin]
    assert typed(f"Landlord's NIN {nin}\n", "NG_NIN") == [nin]
    assert typed(f"order {cedula} / {tin}\n", "CO_CEDULA") == [] and typed(f"ref {tin}\n", "PH_TIN") == []


# ------------------------------------------------------------------------------------ label layouts

def test_the_label_on_the_line_before_the_number() -> None:
    """An OCR'd card or a printed form: the label alone on its line, the number at the start of the next."""
    rng = random.Random("next-line")
    rc, ua, passport = cz_birth_number(rng), ua_rnokpp(rng), "GK" + str(rng.randint(1_000_000, 9_999_999))
    text = f"Příjmení / Surname\nNOVÁKOVÁ\nRodné číslo\n{rc}\nRNOKPP\n{ua}\nPassport No.\n{passport}\n"
    assert typed(text, "CZ_BIRTH_NUMBER") == [rc]
    assert typed(text, "UA_RNOKPP") == [ua]
    assert typed(text, "PASSPORT") == [passport]
    assert typed(f"Passport number:\r\n  {passport}\r\n", "PASSPORT") == [passport]
    assert typed("passport photo required\nX40217765\n", "PASSPORT") == []


def test_a_document_type_line_names_the_number_on_the_next() -> None:
    rng = random.Random("doc-type")
    sin, cnp, svnr = ca_sin(rng), ro_cnp(rng), at_svnr(rng)
    assert typed(f"Type of ID: SIN\nNumber: {sin}\n", "CA_SIN") == [sin]
    assert typed(f"ID type: CNP\r\nID no.: {cnp}\r\n", "RO_CNP") == [cnp]
    assert typed(f"Ausweisart: SV-Nummer\nNr.: {svnr}\n", "AT_SVNR") == [svnr]
    # the number on the next line must follow the type line directly
    assert typed(f"Type of ID: SIN\nRoom 3, call back {sin}\n", "CA_SIN") == []


def test_a_dotted_leader_or_a_padded_column_between_label_and_number() -> None:
    rng = random.Random("leader")
    nif, cnp, inn = pt_nif(rng), ro_cnp(rng), ru_inn(rng)
    assert typed(f"NIF {'.' * 27} {nif}\n", "PT_NIF") == [nif]
    assert typed(f"CNP:{' ' * 36}{cnp}\n", "RO_CNP") == [cnp]
    assert typed(f"ИНН {'.' * 25} {inn}\n", "RU_INN") == [inn]


def test_a_json_identifier_whose_type_names_the_id() -> None:
    rng = random.Random("json")
    cnp, ua = ro_cnp(rng), ua_rnokpp(rng)
    assert typed(f'{{"idType": "CNP", "value": "{cnp}"}}', "RO_CNP") == [cnp]
    assert typed(f'"tax": {{\n  "scheme": "РНОКПП",\n  "number": "{ua}"\n}}', "UA_RNOKPP") == [ua]


def test_an_aadhaar_number_after_its_hindi_label() -> None:
    number = aadhaar(random.Random("aadhaar"))
    assert typed(f"आवेदक का आधार संख्या: {number}\n", "IN_AADHAAR") == [number]
    assert typed(f"आधार नंबर {number.replace(' ', '')} है\n", "IN_AADHAAR") == [number.replace(" ", "")]


def test_a_label_that_names_no_country() -> None:
    rng = random.Random("generic")
    for value in (fi_hetu(rng), cz_birth_number(rng), f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}-000",
                  mx_curp(rng), str(rng.randint(10**10, 10**11 - 1))):
        for template in ("National ID number: {}", "Personal code: {}", "Citizen ID {}", "Seller's tax ID: {}"):
            text = template.format(value) + "\n"
            assert value in found(text), (text, scan(text))


def test_a_generic_document_number_needs_a_strong_check() -> None:
    rng = random.Random("document-no")
    cnp, be = ro_cnp(rng), be_national_number(rng)
    assert cnp in found(f"Document no.: {cnp}\n")
    assert be in found(f"ID no. {be}\n")
    for plain in ("2024-00017", "130692544", "4006381333931", "INV-2291-0034"):
        assert found(f"Document no.: {plain}\n") == set(), plain


def test_ordinary_text_keeps_its_numbers() -> None:
    text = ("SKU;item;EAN;qty\n"
            "A-1;paper;4006381333931;12\n"
            "A-2;toner;5901234123457;3\n"
            "Order 2520719298218 shipped on 2024-03-11, tracking 1Z999AA10123456784.\n"
            "Call +44 20 7946 0958 or 020 7946 0958 before 17:30.\n"
            "Build 20240311-1542, release 2.14.3, see RFC 7231 and ISO 9001.\n"
            "registration opens 2024 at noon; the plate is hot; license plate recognition v2\n")
    kinds = {t for t, _ in scan(text)}
    assert not kinds & {"RO_CNP", "ZA_ID", "TH_NATIONAL_ID", "NATIONAL_ID", "LICENSE_PLATE", "DRIVER_LICENSE", "MRZ",
                        "FI_HETU", "MX_RFC", "CL_RUT", "AR_CUIL", "BE_NATIONAL_NUMBER"}, scan(text)


# ------------------------------------------------------------------------------------ vehicles and licences

PLATES = ["LV21 KTD", "T417 MPX", "M-XR 4417", "HH-LZ 72", "GH-417-QT", "FK 318 PZ", "4821 LSZ", "7305-BCF", "WZ 74318",
          "KR 1832A", "72-TRL-4", "GB-04-RT"]


def covered(text: str, value: str) -> bool:
    """Whether some finding covers the value (a longer one of another kind may hold it)."""
    start = text.index(value)
    return any(f.start <= start and start + len(value) <= f.end for f in SCRUBBER.find(text))


@pytest.mark.parametrize("plate", PLATES)
def test_a_licence_plate_after_its_label(plate: str) -> None:
    assert typed(f"Registration: {plate}\n", "LICENSE_PLATE") == [plate]
    for template in ("Kennzeichen {}", "the car (plate {}) was parked", "Immatriculation : {}", "matrícula {}", "Targa: {}",
                     "kenteken {}", "Vehicle reg. no.: {}"):
        text = template.format(plate) + "\n"
        assert covered(text, plate), (text, scan(text))


def test_a_plate_shape_without_its_label_is_left_alone() -> None:
    assert typed("Tickets LV21 KTD and 4821 LSZ were closed\n", "LICENSE_PLATE") == []
    assert typed("registration EU 2016/679 applies\n", "LICENSE_PLATE") == []
    assert typed("Registration: pending\n", "LICENSE_PLATE") == []


def test_a_driving_licence_number_after_its_label() -> None:
    rng = random.Random("dl")
    uk = "".join(rng.choice("ABDFHJKLMNPRSTW") for _ in range(5)) + f"{rng.randint(0, 999_999):06d}" + "AB9CD"
    us = rng.choice("DFGS") + str(rng.randint(1_000_000, 9_999_999))
    for value in (uk, us):
        for template in ("Driving licence no.: {}", "Driver's License # {}", "Führerscheinnummer {}", "Numer prawa jazdy: {}",
                         "DL No. {}"):
            text = template.format(value) + "\n"
            assert typed(text, "DRIVER_LICENSE") == [value], (text, scan(text))
    assert typed("Driving licence: valid, class B\n", "DRIVER_LICENSE") == []


# ------------------------------------------------------------------------------------ machine-readable zones

def test_a_passport_mrz_is_redacted_whole() -> None:
    rng = random.Random("td3")
    line1, line2 = mrz_td3(rng, "LINDQVIST", "ESTER MAJA")
    text = f"Scan of page 2:\n\n{line1}\n{line2}\n\nThanks"
    assert typed(text, "MRZ") == [f"{line1}\n{line2}"]


def test_an_ocr_damaged_passport_mrz_under_its_names_line() -> None:
    """OCR drops a filler or misreads a digit: the names line still says what the line under it is."""
    rng = random.Random("td3-ocr")
    line1, line2 = mrz_td3(rng, "OKAFOR", "TOBENNA")
    damaged = line2[:30] + line2[31:]
    assert typed(f"{line1}\r\n{damaged}\r\n", "MRZ") == [f"{line1}\r\n{damaged}"]


def test_an_identity_card_mrz_and_a_lone_data_line() -> None:
    rng = random.Random("td1")
    lines = mrz_td1(rng, "VARNAULT", "ILKA<NORA")
    assert typed("\n".join(lines) + "\n", "MRZ") == ["\n".join(lines)]
    _, data = mrz_td3(rng, "QUIST", "AMARA")
    assert typed(f"MRZ line: {data}\n", "MRZ") == [data]
    broken = data[:9] + str((int(data[9]) + 1) % 10) + data[10:]
    assert typed(f"MRZ line: {broken}\n", "MRZ") == []


def test_lines_of_fillers_are_not_an_mrz() -> None:
    text = ("P<" + "<" * 42 + "\n" + "SEE<ATTACHED<DOCUMENT".ljust(44, "<") + "\n"
            "std::cout << x << y << std::endl;\n" + "=" * 44 + "\n")
    assert typed(text, "MRZ") == []
