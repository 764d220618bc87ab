"""Checksum and structure validators for pattern rules (``validator = "luhn"`` in a rule file).

Each validator takes the matched text (the rule's secret group) and returns ``True`` to keep the
finding. They tolerate the separators their rules allow (spaces, dashes, dots, colons) so that a
rule need not normalise. Stdlib only and cheap to import: the engine loads this module lazily, the
first time a rule with a validator matches.
"""
from __future__ import annotations

import re

from .detectors import _lazyre  # compiled on first use, from the regex code cache: not at every start

TYPE_CHECKING = False  # (not ``typing``'s: importing typing costs a one-line redact ~3 ms)
if TYPE_CHECKING:
    from collections.abc import Callable

_NON_DIGIT = _lazyre.compile(r"\D")
_SEPARATORS = _lazyre.compile(r"[\s\-.]")


def digits(value: str) -> str:
    return _NON_DIGIT.sub("", value)


def luhn_ok(number: str) -> bool:
    """The Luhn (mod-10) check over a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _all_same(s: str) -> bool:
    return len(set(s)) == 1


def luhn(value: str) -> bool:
    """Payment card number: 12–19 digits, Luhn-valid, not one repeated digit, consistent separators."""
    d = digits(value)
    if not 12 <= len(d) <= 19 or _all_same(d):
        return False
    seps = {c for c in value if not c.isdigit()}
    if len(seps) > 1:  # "4111-1111 1111.1111" is not how cards are written
        return False
    return luhn_ok(d)


#: IBAN length per country (ISO 13616 registry plus the partner countries in common use).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
    "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    # experimental / partner registries (widely accepted by banks)
    "DZ": 26, "AO": 25, "BJ": 28, "BF": 28, "CM": 27, "CV": 25, "CF": 27, "TD": 27, "KM": 27, "CG": 27,
    "CI": 28, "GA": 27, "GQ": 27, "GW": 25, "IR": 26, "MG": 27, "ML": 28, "MA": 28, "MZ": 25, "NE": 28,
    "SN": 28,
}


def ean13_ok(number: str) -> bool:
    """The GTIN/EAN-13 check digit (weights 1 and 3) over 13 digits."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(number[:12]))
    return (10 - total % 10) % 10 == int(number[12])


def credit_card(value: str) -> bool:
    """A payment card: :func:`luhn` plus a real issuer prefix (2221–2720, 3, 4, 5, 6, Mir 2200–2204, Troy 9792) and, where the brand has one
    length, that length (Mastercard 16, Amex 15; Visa 13, 16 or 19).

    Thirteen bare digits that are also a valid EAN-13 are a product's barcode (a German GS1 prefix is 400-440,
    so one in ten such barcodes passes Luhn as a Visa), not one of the 13-digit Visa numbers no issuer has
    handed out for decades."""
    d = digits(value)
    if not luhn(value):
        return False
    if len(d) == 13 and d == value and ean13_ok(d):
        return False
    if "51" <= d[:2] <= "55":  # Mastercard: 16 digits only (a 19-digit Kafka offset starting 54 is none)
        return len(d) == 16
    if d[0] == "4":  # Visa: 13, 16 or 19 digits (a 12-digit Kafka offset starting 4 is none)
        return len(d) in (13, 16, 19)
    if d[0] in "56":  # Maestro (12-19), Discover and UnionPay (16-19)
        return True
    if d[0] == "3":  # Diners 30/36/38/39, JCB 35, Amex 34/37 (15 digits)
        return d[1] in "0568 9".replace(" ", "") or d[1] in "47" and len(d) == 15
    if d[:4] in ("1800", "2131") and len(d) == 15:  # JCB's original 15-digit ranges
        return True
    if d[:4] in ("2200", "2201", "2202", "2203", "2204"):  # Mir (Russia): 16 digits, up to 19 on some cards
        return 16 <= len(d) <= 19
    if d[:4] == "9792":  # Troy (Türkiye): 16 digits
        return len(d) == 16
    return d[0] == "2" and 2221 <= int(d[:4]) <= 2720 and len(d) == 16


#: What follows ``@`` in code that is not a mail domain: image density suffixes, file names, packages, and the
#: instances of systemd's template units (getty@tty1.service, user@1000.service: no such top-level domains).
_NOT_MAIL_TLD = frozenset(
    "png jpg jpeg gif svg webp ico bmp tif tiff pdf js mjs cjs ts tsx jsx css scss less json yaml yml "
    "toml xml html htm md txt py rb go rs java kt swift c h cpp hpp cs php sh lock zip gz tgz whl "
    "service socket target mount automount timer slice scope swap device".split()
)


#: script extensions that are also country-code top-level domains (Saint Helena, Paraguay, Serbia): after a name
#: (ops@tools.sh) they are mail domains; after a density or a version (icon@2x.sh, v@1.py) they are not
_CCTLD_EXTENSIONS = frozenset({"sh", "py", "rs"})
#: the last words of a package's version or tag after ``@`` (pkg@2.beta, node@20.alpine), which no mail domain ends in
_VERSION_WORDS = frozenset("alpha beta rc dev pre post final next latest lts slim alpine stable nightly canary "
                           "snapshot release min x".split())


def email(value: str) -> bool:
    """An e-mail address whose 'domain' is not a file name (``icon@2x.png``) and whose local part has a letter or digit.
    A percent-encoded one (``jane%40acme.io``, from a URL or a form body) is judged as the address it encodes."""
    if "@" not in value:
        value = value.replace("%40", "@")
    local, _, domain = value.rpartition("@")
    if not local or ".." in value or local.startswith(".") or local.endswith("."):
        return False
    labels = domain.lower().split(".")
    tld = labels[-1]
    if not tld.isalpha():  # a top-level domain is letters (x@1.2 is a version)
        return False
    if tld in _NOT_MAIL_TLD and not (tld in _CCTLD_EXTENSIONS and len(labels) >= 2 and labels[-2].isalpha()):
        return False
    # a number for a domain is a version or a density (pkg@1.2, icon@2x, node@20.alpine), but the mail services
    # 126.com, 163.com, 21cn.com and any numbered domain under a real top-level domain (x@420.am) are addresses
    return not (labels[0].isdigit() and len(labels) <= 2 and tld in _VERSION_WORDS)


_OBFUSCATED_AT = _lazyre.compile(r"(?i)\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+")
_OBFUSCATED_DOT = _lazyre.compile(r"(?i)\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+")


def obfuscated_email(value: str) -> bool:
    """An address written against harvesters (``jane [at] acme.io``, ``jane (at) acme dot io``): judged as the
    address it spells, whose top-level domain must be letters of a real length (2-24) and no file extension."""
    plain = _OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", value, count=1))
    return plain.count("@") == 1 and email(plain)


def iban(value: str) -> bool:
    """IBAN: known country, that country's length, mod-97 == 1. Spaces are allowed between groups."""
    s = _SEPARATORS.sub("", value).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum() or not s.isascii():
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in rearranged)
    return int(num) % 97 == 1


def us_ssn(value: str) -> bool:
    """US SSN: 9 digits; area not 000, 666 or 9xx; group not 00; serial not 0000; not a known dummy."""
    d = digits(value)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    if _all_same(d) or d in ("123456789", "078051120", "219099999"):
        return False
    seps = [c for c in value if not c.isdigit()]
    return len(set(seps)) <= 1


_NINO = _lazyre.compile(r"^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])?$")
_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino(value: str) -> bool:
    """UK National Insurance number: two prefix letters (with HMRC's exclusions), six digits, suffix A–D."""
    s = re.sub(r"[\s-]", "", value).upper()
    m = _NINO.match(s)
    return bool(m) and m.group(1) + m.group(2) not in _NINO_BAD_PREFIX and not _all_same(m.group(3))


def ca_sin(value: str) -> bool:
    """Canadian SIN: 9 digits, Luhn-valid, first digit not 0 or 8."""
    d = digits(value)
    return len(d) == 9 and d[0] not in "08" and not _all_same(d) and luhn_ok(d)


def br_cpf(value: str) -> bool:
    """Brazilian CPF: 11 digits whose last two are the mod-11 check digits of the first nine and ten; not
    one repeated digit (111.111.111-11 passes the checksum and is a known dummy)."""
    d = digits(value)
    if len(d) != 11 or _all_same(d):
        return False
    for n in (9, 10):
        check = sum(int(c) * w for c, w in zip(d[:n], range(n + 1, 1, -1))) * 10 % 11 % 10
        if check != int(d[n]):
            return False
    return True


#: Verhoeff's dihedral-group tables (multiplication and permutation), for Aadhaar's check digit
_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def in_aadhaar(value: str) -> bool:
    """Indian Aadhaar number: 12 digits, the first 2-9, Verhoeff-valid, not one repeated digit."""
    d = digits(value)
    if len(d) != 12 or d[0] in "01" or _all_same(d):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


# ---- European and health identifiers -------------------------------------------------------------------

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                          12, 14, 16, 10, 22, 25, 24, 23]))
_CF_SHAPE = _lazyre.compile(r"^[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$")
_CF_OMOCODE = str.maketrans("LMNPQRSTUV", "0123456789")


def it_fiscal_code(value: str) -> bool:
    """Italian codice fiscale: 6 letters, year, month letter, day (41-71 for women), place, check letter (the
    odd/even table sum mod 26). Digits replaced by letters (omocodia) are read back as digits."""
    s = value.upper()
    if not _CF_SHAPE.match(s):
        return False
    day = int(s[9:11].translate(_CF_OMOCODE))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(s[:15]))
    return chr(65 + total % 26) == s[15]


def fr_nir(value: str) -> bool:
    """French NIR (numéro de sécurité sociale): sex 1/2 (3/4/7/8 provisional), year, month (01-12, or 20 and
    30-99 when unknown), department (2A/2B for Corsica), commune, order, and a key = 97 - (number mod 97)."""
    s = re.sub(r"[\s.-]", "", value).upper()
    if len(s) != 15 or s[0] not in "123478" or not s[13:].isdigit():
        return False
    body = s[:13]
    if body[5:7] in ("2A", "2B"):  # Corsica: the key is computed with 19 for 2A and 18 for 2B
        body = body[:5] + ("19" if body[6] == "A" else "18") + body[7:]
    if not body.isdigit():
        return False
    month = int(body[3:5])
    if month == 0 or 13 <= month <= 19 or 21 <= month <= 29:
        return False
    number = int(body)
    key = int(s[13:])
    return 1 <= key <= 97 and key == 97 - number % 97


def nl_bsn(value: str) -> bool:
    """Dutch burgerservicenummer: 9 digits passing the 11-test (weights 9..2, the last digit -1)."""
    d = digits(value)
    if len(d) != 9 or _all_same(d) or d.startswith("00"):
        return False
    return sum(int(c) * w for c, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def _iso7064_mod11_10(body: str) -> int:
    product = 10
    for c in body:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10


def de_tax_id(value: str) -> bool:
    """German Steuer-Identifikationsnummer: 11 digits, first not 0; in the first ten one digit occurs two or
    three times (three never all in a row) and the others at most once; ISO 7064 MOD 11,10 check digit."""
    d = digits(value)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] > 1:
        return False
    if counts[0] == 3 and any(d[i] == d[i + 1] == d[i + 2] for i in range(8)):
        return False
    return _iso7064_mod11_10(d[:10]) == int(d[10])


#: EU member states' VAT prefixes (Greece uses EL, Northern Ireland XI) plus GB, CH and NO, which print the
#: same way on invoices.
VAT_COUNTRIES = frozenset("AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI "
                          "GB CH NO".split())


def eu_vat(value: str) -> bool:
    """A VAT identification number after its label: a known country prefix, then 8-12 letters and digits,
    at least seven of them digits (the label already says what it is; national formats differ and not all
    have a public check digit)."""
    s = re.sub(r"[\s.-]", "", value).upper()
    return s[:2] in VAT_COUNTRIES and 8 <= len(s) - 2 <= 12 and sum(c.isdigit() for c in s[2:]) >= 7 \
        and not _all_same(digits(s))


def _real_date(year: int, month: int, day: int) -> bool:
    """Whether the calendar has that day (shared by the date checks of the national ids and birth dates)."""
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def pl_pesel(value: str) -> bool:
    """Polish PESEL: 11 digits, a real birth date (the month carries the century: +80 1800s, +0 1900s, +20
    2000s, +40 2100s, +60 2200s) and the weighted check digit (1,3,7,9 repeating)."""
    d = digits(value)
    if len(d) != 11 or _all_same(d):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    century = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}[mm // 10]
    if not _real_date(century + yy, mm % 20, dd):
        return False
    total = sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return (10 - total % 10) % 10 == int(d[10])


def pl_id_card(value: str) -> bool:
    """Polish identity card (dowód osobisty): 3 letters and 6 digits, the first digit the check over the
    others (letters A=10 .. Z=35, weights 7,3,1,_,7,3,1,7,3)."""
    s = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s) or _all_same(s[3:]):
        return False
    vals = [int(c, 36) for c in s]
    total = sum(v * w for v, w in zip(vals, (7, 3, 1, 0, 7, 3, 1, 7, 3)))
    return total % 10 == vals[3]


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _is_yyyymmdd(d: str) -> bool:
    return 1900 <= int(d[:4]) <= 2099 and _real_date(int(d[:4]), int(d[4:6]), int(d[6:8]))


def es_dni(value: str) -> bool:
    """Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits), then the control letter of the number mod 23."""
    s = re.sub(r"[\s.-]", "", value).upper()
    if len(s) != 9 or not s[1:8].isdigit() or not s[8].isalpha():
        return False
    head = "XYZ".find(s[0])
    if head >= 0:
        number = int(str(head) + s[1:8])
    elif s[0].isdigit():
        number = int(s[:8])
        if _all_same(s[:8]) or s[8] in "TZ" and _is_yyyymmdd(s[:8]):  # 20240115T / ...Z: an ISO 8601 basic date
            return False
    else:
        return False
    return _DNI_LETTERS[number % 23] == s[8]


def pt_nif(value: str) -> bool:
    """Portuguese NIF (número de contribuinte): 9 digits, a valid first digit, mod-11 check digit."""
    d = digits(value)
    if len(d) != 9 or d[0] not in "1235689" and d[:2] not in ("45", "70", "71", "72", "74", "75", "77", "79"):
        return False
    if _all_same(d[:8]):
        return False
    check = 11 - sum(int(c) * w for c, w in zip(d, range(9, 1, -1))) % 11
    return (0 if check >= 10 else check) == int(d[8])


def uk_nhs(value: str) -> bool:
    """NHS number (England, Wales, Isle of Man): 10 digits, mod-11 check digit (weights 10..2; 10 is invalid)."""
    d = digits(value)
    if len(d) != 10 or _all_same(d):
        return False
    check = 11 - sum(int(c) * w for c, w in zip(d, range(10, 1, -1))) % 11
    if check == 10:
        return False
    return (0 if check == 11 else check) == int(d[9])



# ---- Nordic personal identity numbers ------------------------------------------------------------------

def se_personnummer(value: str) -> bool:
    """Swedish personnummer / samordningsnummer: (YY)YYMMDD, ``-`` or ``+`` (``+`` once the holder is 100),
    a 3-digit serial and a Luhn check digit over the 10-digit form; the day may be +60 (samordningsnummer).
    The 12-digit form's century must be 18, 19 or 20 and its date real."""
    s = re.sub(r"\s", "", value)
    if not re.fullmatch(r"(?:1[89]|20)?\d{6}[-+]?\d{4}", s):
        return False
    d = digits(s)
    ten = d[-10:]
    if _all_same(ten):
        return False
    month, day = int(ten[2:4]), int(ten[4:6])
    if day > 60:
        day -= 60
    if len(d) == 12:
        if not _real_date(int(d[:4]), month, day):
            return False
    elif not _real_date(2000 + int(ten[:2]), month, day) and not _real_date(1900 + int(ten[:2]), month, day):
        return False
    return luhn_ok(ten)


def se_personnummer_long(value: str) -> bool:
    """The 12-digit dashed personnummer without its label (:func:`se_personnummer`), but not a YYYYMMDD-HHMM
    stamp from 2010 on: a file or build timestamp far more often than a child's number."""
    if not se_personnummer(value):
        return False
    d = digits(value)
    return not (int(d[:4]) >= 2010 and int(d[8:10]) < 24 and int(d[10:12]) < 60)


def no_fodselsnummer(value: str) -> bool:
    """Norwegian fødselsnummer / D-nummer: DDMMYY (day +40 for a D-number, month +40 for an H-number), a
    3-digit individual number and two mod-11 check digits."""
    d = digits(value)
    if len(d) != 11 or _all_same(d):
        return False
    day, month = int(d[:2]), int(d[2:4])
    day -= 40 if day > 40 else 0
    month -= 40 if month > 40 else 0
    if not (_real_date(2000, month, day)):  # a leap year: 29 Feb is checked by the check digits only
        return False
    n = [int(c) for c in d]
    k1 = 11 - sum(a * b for a, b in zip(n, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10 or k1 != n[9]:
        return False
    k2 = 11 - sum(a * b for a, b in zip(n, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    k2 = 0 if k2 == 11 else k2
    return k2 != 10 and k2 == n[10]


def dk_cpr(value: str) -> bool:
    """Danish CPR number: DDMMYY-SSSS with a real date (the mod-11 check is no longer kept since 2007, so
    only the date and the shape are checked; the rule needs the CPR label)."""
    d = digits(value)
    if len(d) != 10 or _all_same(d):
        return False
    return _real_date(2000, int(d[2:4]), int(d[:2]))


# ---- national identifiers of Asia, the Middle East, Oceania; Spanish social security; German ID card ---------

#: the first two digits of a Chinese resident id: the province (GB/T 2260), 71/81/82 Taiwan, Hong Kong, Macau
_CN_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91".split())


def cn_resident_id(value: str) -> bool:
    """Chinese resident identity card number (GB 11643): a 6-digit region code whose first two name a
    province, a real birth date YYYYMMDD (1900 on), a 3-digit sequence and the ISO 7064 MOD 11-2 check
    character (0-9 or X)."""
    s = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or s[:2] not in _CN_PROVINCES or not _is_yyyymmdd(s[6:14]):
        return False
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(s[:17]))
    return "10X98765432"[total % 11] == s[17]


def _kr_rrn_date(d: str) -> bool:
    """The birth date of a Korean resident registration number: YYMMDD, the century from the 7th digit
    (1/2/5/6 1900s, 3/4/7/8 2000s, 9/0 1800s)."""
    century = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000,
               "9": 1800, "0": 1800}[d[6]]
    return _real_date(century + int(d[:2]), int(d[2:4]), int(d[4:6]))


def kr_rrn_labelled(value: str) -> bool:
    """Korean resident registration number (주민등록번호) after its label: YYMMDD, the sex / century digit
    and six more digits, a real date. Numbers issued since October 2020 have no check digit, so the label
    is the evidence."""
    d = digits(value)
    return len(d) == 13 and not _all_same(d[6:]) and _kr_rrn_date(d)


def kr_rrn(value: str) -> bool:
    """A Korean resident registration number without its label: :func:`kr_rrn_labelled` and the check
    digit of the numbers issued before October 2020 ((11 - weighted sum mod 11) mod 10, weights 2-9, 2-5)."""
    d = digits(value)
    if not kr_rrn_labelled(value) or d[6] in "90":
        return False
    total = sum(int(c) * w for c, w in zip(d, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return (11 - total % 11) % 10 == int(d[12])


def jp_my_number(value: str) -> bool:
    """Japanese individual number (マイナンバー / 個人番号): 12 digits, the last the check digit over the
    first 11 (weights 2-7 then 2-6 from the right; 0 when the sum mod 11 is 0 or 1, else 11 minus it)."""
    d = digits(value)
    if len(d) != 12 or _all_same(d):
        return False
    body = d[:11]
    total = sum(int(body[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])


def tr_tckn(value: str) -> bool:
    """Turkish identity number (T.C. Kimlik No): 11 digits, the first not 0; the 10th is (7 x the sum of
    the odd-placed first nine - the sum of the even-placed) mod 10, the 11th the sum of the first ten mod 10."""
    d = digits(value)
    if len(d) != 11 or d[0] == "0" or _all_same(d):
        return False
    n = [int(c) for c in d]
    return (sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10 == n[9] and sum(n[:10]) % 10 == n[10]


def ae_emirates_id(value: str) -> bool:
    """UAE Emirates ID number: 784 (the country), the holder's birth year, 7 digits and a Luhn check digit
    (784-YYYY-NNNNNNN-C)."""
    d = digits(value)
    return len(d) == 15 and d.startswith("784") and 1900 <= int(d[3:7]) <= 2099 and not _all_same(d[7:14]) \
        and luhn_ok(d)


def es_naf(value: str) -> bool:
    """Spanish social-security affiliation number (NAF / NUSS): a 2-digit province (01-53, 66), an 8-digit
    number and 2 control digits = (province and number) mod 97; for a number below 10,000,000 the
    province counts as province x 10^7."""
    d = digits(value)
    if len(d) != 12 or _all_same(d[2:10]):
        return False
    province, number, control = int(d[:2]), int(d[2:10]), int(d[10:])
    if not (1 <= province <= 53 or province == 66):
        return False
    n = number + province * 10_000_000 if number < 10_000_000 else province * 100_000_000 + number
    return n % 97 == control


def de_id_card(value: str) -> bool:
    """German identity card (Personalausweis) or passport serial number: 9 characters of
    ``CFGHJKLMNPRTVWXYZ`` and digits (no vowels, no B D Q S), then the ICAO 9303 check digit (weights
    7, 3, 1 over A=10 .. Z=35); a card number of before 2010 (9 digits and the check digit) too. The card
    prints the 9 characters alone (the check digit is in its machine-readable zone): those are taken as they
    are, with a digit among them. Not one character nine times."""
    s = value.strip().upper()
    if not re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}\d?", s) or _all_same(s[:9]) or not any(c.isdigit() for c in s[:9]):
        return False
    if len(s) == 9:  # as the card prints it, without the check digit: the label is the evidence
        return True
    return sum(int(c, 36) * w for c, w in zip(s[:9], (7, 3, 1) * 3)) % 10 == int(s[9])  # A=10 .. Z=35


def au_medicare(value: str) -> bool:
    """Australian Medicare card number: 10 digits (and an optional 11th, the holder's position on the
    card), the first 2-6, the 9th the check digit over the first 8 (weights 1, 3, 7, 9) mod 10, the 10th
    the card's issue number (not 0)."""
    d = digits(value)
    if len(d) not in (10, 11) or d[0] not in "23456" or d[9] == "0" or _all_same(d[:8]):
        return False
    return sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])


# ---- national identifiers of Europe, the Americas, Africa and Asia (audit 12) ---------------------------------

def _weighted(d: str, weights) -> int:
    return sum(int(c) * w for c, w in zip(d, weights))


#: Romanian county codes of a CNP: 01-46 (40 Bucharest, 41-46 its sectors), 47-48 (Bucharest's former
#: sectors 7 and 8), 51 Călărași, 52 Giurgiu, 70 (registered wherever the holder lives), 80-83 (unknown)
_RO_COUNTIES = frozenset({*range(1, 49), 51, 52, 70, 80, 81, 82, 83})


def ro_cnp(value: str) -> bool:
    """Romanian CNP (cod numeric personal): 13 digits, S YYMMDD JJ NNN C. S is the sex and century (1/2 1900s,
    3/4 1800s, 5/6 2000s, 7/8 residents, 9 foreigners: the century then unknown), a real birth date, a county
    code, a serial not 000, and the check digit: the first 12 weighted 2,7,9,1,4,6,3,5,8,2,7,9, mod 11 (10
    counts as 1)."""
    d = digits(value)
    if len(d) != 13 or d[0] == "0" or int(d[7:9]) not in _RO_COUNTIES or d[9:12] == "000":
        return False
    yy, mm, dd = int(d[1:3]), int(d[3:5]), int(d[5:7])
    century = {"1": (1900,), "2": (1900,), "3": (1800,), "4": (1800,), "5": (2000,), "6": (2000,)}.get(d[0], (1900, 2000))
    if not any(_real_date(c + yy, mm, dd) for c in century):
        return False
    check = _weighted(d, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return (1 if check == 10 else check) == int(d[12])


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
#: the century sign of a henkilötunnus: + 1800s; - and (since 2023) U-Y 1900s; A and (since 2023) B-F 2000s
_HETU_CENTURY = {"+": 1800, "-": 1900, "U": 1900, "V": 1900, "W": 1900, "X": 1900, "Y": 1900,
                 "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def fi_hetu(value: str) -> bool:
    """Finnish henkilötunnus: DDMMYY, the century sign, an individual number 002-999 and the check
    character: the nine digits as one number mod 31, read in 0-9 A-Y without G I O Q Z."""
    s = value.strip().upper()
    if not re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", s) or int(s[7:10]) < 2:
        return False
    if not _real_date(_HETU_CENTURY[s[6]] + int(s[4:6]), int(s[2:4]), int(s[:2])):
        return False
    return _HETU_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


def fi_hetu_bare(value: str) -> bool:
    """A henkilötunnus without its label (:func:`fi_hetu`): only where its shape says Finnish, a century
    sign other than ``-`` or a check letter; DDMMYY-NNND (a dash and a digit) is the shape of many other
    dated numbers and needs the label."""
    s = value.strip().upper()
    return fi_hetu(s) and (s[6] != "-" or s[10].isalpha())


def cz_birth_number(value: str) -> bool:
    """Czech / Slovak rodné číslo: YYMMDD (the month +50 for women, +20 more for numbers from 2004 on
    when a day ran out) and a 3-digit serial before 1954, a 4-digit one since, when the ten digits are
    a multiple of 11 (or the first nine mod 11 = 10 and the last 0, as was issued until 1985)."""
    d = digits(value)
    if len(d) not in (9, 10) or _all_same(d):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if mm > 50:
        mm -= 50
    if len(d) == 9:
        return yy < 54 and _real_date(1900 + yy, mm, dd)
    year = 1900 + yy if yy >= 54 else 2000 + yy
    if mm > 20:
        if year < 2004:
            return False
        mm -= 20
    if not _real_date(year, mm, dd):
        return False
    n = int(d)
    return n % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


_CURP_STATES = frozenset(
    "AS BC BS CC CL CM CS CH DF CX DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE".split())
_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp(value: str) -> bool:
    """Mexican CURP: 4 letters of the names, YYMMDD, sex (H / M, X non-binary), the state of birth (NE born
    abroad), 3 consonants of the names, a homoclave (a digit for births before 2000, a letter after) and the
    check digit: the first 17 characters in 0-9 A-N Ñ O-Z weighted 18 down to 2, 10 minus the sum mod 10."""
    s = value.strip().upper()
    if not re.fullmatch(r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d", s):
        return False
    if s[11:13] not in _CURP_STATES:
        return False
    century = 1900 if s[16].isdigit() else 2000
    if not _real_date(century + int(s[4:6]), int(s[6:8]), int(s[8:10])):
        return False
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(s[:17]))
    return (10 - total % 10) % 10 == int(s[17])


def mx_rfc(value: str) -> bool:
    """Mexican RFC after its label: 4 letters (3 for a company), YYMMDD a real date, a 3-character homoclave
    the SAT assigns; the label and the date are the evidence (the homoclave's check character is the SAT's)."""
    s = value.strip().upper()
    m = re.fullmatch(r"[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[A-Z0-9]{2}[0-9A]", s)
    return bool(m) and any(_real_date(c + int(m[1]), int(m[2]), int(m[3])) for c in (1900, 2000))


def gr_amka(value: str) -> bool:
    """Greek AMKA (social security number): DDMMYY a real birth date, four digits, a Luhn check digit."""
    d = digits(value)
    if len(d) != 11 or _all_same(d[6:]):
        return False
    if not (_real_date(1900 + int(d[4:6]), int(d[2:4]), int(d[:2])) or _real_date(2000 + int(d[4:6]), int(d[2:4]), int(d[:2]))):
        return False
    return luhn_ok(d)


def ua_rnokpp(value: str) -> bool:
    """Ukrainian RNOKPP (taxpayer card number, ІПН): 10 digits, the first five the days from 31 Dec 1899 to
    the birth date, the check digit the first nine weighted -1,5,7,9,4,6,10,5,7, mod 11, mod 10."""
    d = digits(value)
    if len(d) != 10 or _all_same(d) or d[:5] == "00000":
        return False
    return _weighted(d, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10 == int(d[9])


#: Egyptian governorate codes of a national id: the cities (01-04), the Delta (11-19), Upper Egypt (21-29,
#: 31-35), 88 born abroad
_EG_GOVERNORATES = frozenset({1, 2, 3, 4, *range(11, 20), *range(21, 30), *range(31, 36), 88})


def eg_national_id(value: str) -> bool:
    """Egyptian national id (الرقم القومي): 14 digits, the century (2 1900s, 3 2000s), YYMMDD a real birth
    date, a governorate code, a serial; the last digit's check is not published, so the label is needed."""
    d = digits(value)
    if len(d) != 14 or d[0] not in "23" or int(d[7:9]) not in _EG_GOVERNORATES or _all_same(d[9:13]):
        return False
    return _real_date((1900 if d[0] == "2" else 2000) + int(d[1:3]), int(d[3:5]), int(d[5:7]))


def cl_rut(value: str) -> bool:
    """Chilean RUT / RUN: up to 8 digits and the check character (0-9 or K) of mod 11 with the weights
    2-7 repeating from the right (11 gives 0, 10 gives K)."""
    s = re.sub(r"[\s.-]", "", value).upper()
    if not re.fullmatch(r"\d{6,8}[\dK]", s) or _all_same(s[:-1]):
        return False
    body = s[:-1]
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    check = 11 - total % 11
    return {11: "0", 10: "K"}.get(check, str(check)) == s[-1]


def ar_cuit(value: str) -> bool:
    """Argentine CUIL / CUIT: a 2-digit kind (20, 23, 24, 27 people, 30, 33, 34 companies), the 8-digit DNI
    and a check digit: 11 minus (weights 5,4,3,2,7,6,5,4,3,2 mod 11), 11 giving 0 and 10 giving 9 (the
    kind then 23 or 33)."""
    d = digits(value)
    if len(d) != 11 or d[:2] not in ("20", "23", "24", "25", "26", "27", "30", "33", "34") or _all_same(d[2:10]):
        return False
    check = 11 - _weighted(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return {11: 0, 10: 9}.get(check, check) == int(d[10])


def plain_id_number(value: str) -> bool:
    """A national number without a public check after its own label (Colombian cédula, Nigerian NIN / BVN,
    Philippine TIN): 6 to 16 digits, not one digit repeated nor a plain run (123456...)."""
    d = digits(value)
    return 6 <= len(d) <= 16 and not _all_same(d) and d not in "01234567890123456789" and d not in "98765432109876543210"


def at_svnr(value: str) -> bool:
    """Austrian social-security number (SV-Nummer): a 3-digit serial (not starting with 0), the check
    digit, the birth date DDMMYY; the check is the serial and date weighted 3,7,9,_,5,8,4,2,1,6 mod 11 (10
    is never issued)."""
    d = digits(value)
    if len(d) != 10 or d[0] == "0":
        return False
    day, month = int(d[4:6]), int(d[6:8])
    if not (_real_date(2000, month, day) or 1 <= day <= 31 and 13 <= month <= 14):  # 13/14: date unknown
        return False
    return _weighted(d, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)) % 11 == int(d[3])


def be_nrn(value: str) -> bool:
    """Belgian national number (rijksregisternummer / numéro national, INSZ / NISS): YYMMDD (the month +20
    or +40 for a bis number; month or day 00 when the date is unknown), a serial 001-997, and 97 minus
    the first nine digits mod 97 (for births since 2000, with a 2 before them: not for a year to come)."""
    import datetime

    d = digits(value)
    if len(d) != 11 or _all_same(d) or d[6:9] in ("000", "998", "999"):
        return False
    month, day = int(d[2:4]), int(d[4:6])
    month -= 40 if month > 40 else 20 if month > 20 else 0
    if month > 12 or day > 31 or (month and day and not _real_date(2000, month, day)):
        return False
    check = int(d[9:])
    if 97 - int(d[:9]) % 97 == check:
        return True
    return 2000 + int(d[:2]) <= datetime.date.today().year and 97 - int("2" + d[:9]) % 97 == check


#: Indonesian province codes (the first two digits of a NIK)
_ID_PROVINCES = frozenset({*range(11, 20), 21, *range(31, 37), 51, 52, 53, *range(61, 66), *range(71, 77), 81, 82,
                           *range(91, 97)})


def id_nik(value: str) -> bool:
    """Indonesian NIK (Nomor Induk Kependudukan): 16 digits, a province, regency and district code, the
    birth date DDMMYY (the day +40 for women), a serial not 0000; no check digit, so after its label."""
    d = digits(value)
    if len(d) != 16 or int(d[:2]) not in _ID_PROVINCES or d[2:4] == "00" or d[4:6] == "00" or d[12:] == "0000":
        return False
    day = int(d[6:8])
    day -= 40 if day > 40 else 0
    return _real_date(2000, int(d[8:10]), day)


def hu_taj(value: str) -> bool:
    """Hungarian TAJ number (social security): 9 digits, the ninth the first eight weighted 3 and 7
    alternately, mod 10."""
    d = digits(value)
    return len(d) == 9 and not _all_same(d) and _weighted(d, (3, 7) * 4) % 10 == int(d[8])


def hu_tax_id(value: str) -> bool:
    """Hungarian tax identification mark (adóazonosító jel): 10 digits, 8 first, the days from 1 Jan 1867
    to the birth date, a serial, and the first nine weighted 1-9 mod 11 (10 is never issued)."""
    d = digits(value)
    return len(d) == 10 and d[0] == "8" and _weighted(d, range(1, 10)) % 11 == int(d[9])


def ru_inn(value: str) -> bool:
    """Russian INN (taxpayer number): 12 digits for a person (two check digits), 10 for an organisation
    (one), each the weighted sum mod 11, mod 10."""
    d = digits(value)
    if _all_same(d):
        return False
    if len(d) == 10:
        return _weighted(d, (2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10 == int(d[9])
    if len(d) == 12:
        return (_weighted(d, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10 == int(d[10])
                and _weighted(d, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10 == int(d[11]))
    return False


def ru_snils(value: str) -> bool:
    """Russian SNILS (insurance account number): NNN-NNN-NNN CC, the check number the first nine digits
    weighted 9 down to 1: the sum below 100, 00 for 100 and 101, else the sum mod 101 (100 giving 00)."""
    d = digits(value)
    if len(d) != 11 or _all_same(d[:9]) or int(d[:9]) <= 1001998:
        return False
    total = _weighted(d, range(9, 0, -1)) % 101
    return (0 if total == 100 else total) == int(d[9:])


def au_tfn(value: str) -> bool:
    """Australian tax file number: 9 digits weighted 1,4,3,7,5,8,6,9,10 (or an old 8-digit one weighted
    10,7,8,4,6,3,5,1) summing to a multiple of 11."""
    d = digits(value)
    if _all_same(d):
        return False
    if len(d) == 9:
        return _weighted(d, (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0
    return len(d) == 8 and _weighted(d, (10, 7, 8, 4, 6, 3, 5, 1)) % 11 == 0


def sg_nric(value: str) -> bool:
    """Singapore NRIC / FIN: S or T (citizens and PRs, born before / since 2000), F or G (foreigners, G since
    2000), M (foreigners since 2022), 7 digits, and the check letter of the digits weighted 2,7,6,5,4,3,2
    (+4 for T and G, +3 for M) mod 11, read in the prefix's own table."""
    s = value.strip().upper()
    if not re.fullmatch(r"[STFGM]\d{7}[A-Z]", s) or _all_same(s[1:8]):
        return False
    total = _weighted(s[1:8], (2, 7, 6, 5, 4, 3, 2)) + {"T": 4, "G": 4, "M": 3}.get(s[0], 0)
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "XWUTRQPNJLK"}[s[0]]
    return table[total % 11] == s[8]


def ie_ppsn(value: str) -> bool:
    """Irish PPS number: 7 digits, a check letter and an optional second letter (A, B, H or W; 9 x its
    place in the alphabet, W counting 0, joins the sum): the digits weighted 8 down to 2, mod 23, read in
    W A B ... V."""
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"\d{7}[A-W][A-IW]?", s) or _all_same(s[:7]):
        return False
    total = _weighted(s[:7], range(8, 1, -1))
    if len(s) == 9 and s[8] != "W":
        total += 9 * (ord(s[8]) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == s[7]


def za_id(value: str) -> bool:
    """South African identity number: YYMMDD a real birth date, a 4-digit sequence (the sex), the
    citizenship digit (0 citizen, 1 permanent resident, 2 refugee), a digit (8 or 9 of old) and a Luhn
    check digit over all 13."""
    d = digits(value)
    if len(d) != 13 or d[10] not in "012":
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    return (_real_date(1900 + yy, mm, dd) or _real_date(2000 + yy, mm, dd)) and luhn_ok(d)


def th_national_id(value: str) -> bool:
    """Thai national id (เลขประจำตัวประชาชน): 13 digits, the first the holder's kind (1-8), the last the
    check digit: 11 minus (the first twelve weighted 13 down to 2, mod 11), mod 10."""
    d = digits(value)
    if len(d) != 13 or d[0] not in "12345678" or _all_same(d[1:]):
        return False
    return (11 - _weighted(d, range(13, 1, -1)) % 11) % 10 == int(d[12])


def vn_cccd(value: str) -> bool:
    """Vietnamese citizen identity card number (căn cước công dân, CCCD): 12 digits, the province of birth
    (001-096), the century and sex (0 / 1 1900s, 2 / 3 2000s), the birth year (not yet to come) and a
    6-digit serial; no check digit, so after its label."""
    import datetime

    d = digits(value)
    if len(d) != 12 or not 1 <= int(d[:3]) <= 96 or d[3] not in "0123" or _all_same(d[6:]):
        return False
    return (1900 if d[3] in "01" else 2000) + int(d[4:6]) <= datetime.date.today().year


def ir_national_code(value: str) -> bool:
    """Iranian national code (کد ملی): 10 digits (Persian digits too), the last a check digit: the first nine
    weighted 10 down to 2, mod 11; a remainder under 2 is the digit itself, else 11 minus it. Not one digit
    repeated (those pass the check)."""
    d = digits(value)  # (Persian digits are digits: int() reads them)
    if len(d) != 10 or _all_same(d):
        return False
    r = _weighted(d, range(10, 1, -1)) % 11
    return int(d[9]) == (r if r < 2 else 11 - r)


#: the two-digit code of a Taiwanese id's first letter (its household-registration office; I, O, W, X, Y, Z
#: were added after the alphabetical run)
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_national_id(value: str) -> bool:
    """Taiwanese national identification number (國民身分證統一編號): a letter, the sex digit (1 / 2; 8 / 9
    on a resident certificate of the 2021 form) and 8 digits, the last a check digit: the letter's code
    (A=10 ... O=35) as two digits weighted 1 and 9, the digits weighted 8 down to 1, the check digit 1; the
    sum divisible by 10."""
    s = value.strip().upper()
    if len(s) != 10 or s[0] not in _TW_LETTERS or s[1] not in "1289" or not s[1:].isdigit() or not s[1:].isascii():
        return False
    code = _TW_LETTERS[s[0]]
    total = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:9], range(8, 0, -1))) + int(s[9])
    return total % 10 == 0


def il_id(value: str) -> bool:
    """Israeli identity number (Teudat Zehut): up to 9 digits (padded with zeros to 9), Luhn-valid."""
    d = digits(value)
    return 5 <= len(d) <= 9 and not _all_same(d.lstrip("0") or "0") and luhn_ok(d.zfill(9))


# ---- machine-readable zones (ICAO 9303) and the documents around them ---------------------------------------

def mrz_check_digit(field: str) -> int:
    """ICAO 9303 check digit: digits as themselves, A-Z as 10-35, ``<`` as 0, weighted 7, 3, 1 mod 10."""
    total = 0
    for i, c in enumerate(field):
        v = 0 if c == "<" else int(c, 36)
        total += v * (7, 3, 1)[i % 3]
    return total % 10


def _mrz_ok(field: str, check: str) -> bool:
    return check.isdigit() and mrz_check_digit(field) == int(check) or check == "<" and set(field) <= {"<"}


def mrz_td3_data(value: str) -> bool:
    """The data line of a passport's MRZ (TD3, 44 characters; a TD2 card's or visa's, 36, has the same
    fields): document number + check, nationality, birth date + check, sex, expiry date + check, optional
    data, composite check. The document number's, the birth date's and the expiry date's checks must hold
    (a line of random characters passes one in a thousand)."""
    s = value.strip()
    if len(s) not in (36, 44):
        return False
    return _mrz_ok(s[0:9], s[9]) and _mrz_ok(s[13:19], s[19]) and _mrz_ok(s[21:27], s[27])


def mrz_td1_data(value: str) -> bool:
    """The first two lines of an identity card's MRZ (TD1, 3 x 30): line 1 holds the document number and
    its check, line 2 the birth date, sex, expiry date, each with its check, and the composite check digit.
    The three field checks must hold."""
    lines = [ln.strip() for ln in value.splitlines() if ln.strip()]
    if len(lines) < 2 or len(lines[0]) != 30 or len(lines[1]) != 30:
        return False
    one, two = lines[0], lines[1]
    return _mrz_ok(one[5:14], one[14]) and _mrz_ok(two[0:6], two[6]) and _mrz_ok(two[8:14], two[14])


def mrz_names_line(value: str) -> bool:
    """A names line of an MRZ (TD3's first, 44 characters; TD1's third, 30): the document kind and issuing
    state, then SURNAME<<GIVEN<NAMES filled with ``<``: only letters and ``<``, a ``<<`` between letters,
    a ``<`` fill to the end."""
    s = value.strip()
    return (len(s) in (30, 36, 44) and re.fullmatch(r"[A-Z<]+", s) is not None
            and re.search(r"[A-Z]<<[A-Z]", s) is not None and s.endswith("<"))


def mrz_block(value: str) -> bool:
    """A whole MRZ block: a names line then a data line (TD3, TD2) or two data lines then names (TD1). A
    TD1 block needs its checks; a names line of a passport (``P`` and 44 characters, or 36 of a TD2) is so
    rare outside an MRZ that the line after it, in the MRZ alphabet, is read as its data line even when
    OCR has dropped a character or broken a check."""
    lines = [ln.strip() for ln in value.splitlines() if ln.strip()]
    if len(lines) == 3:
        return mrz_td1_data("\n".join(lines[:2])) and mrz_names_line(lines[2])
    if len(lines) != 2:
        return False
    names, data = lines
    if not mrz_names_line(names) or len(names) == 30 or names[0] not in ("PV" if len(names) == 44 else "PVIAC"):
        return False
    return mrz_td3_data(data) or (len(names) - 2 <= len(data) <= len(names) and sum(c.isdigit() for c in data) >= 12)


# ---- generic labels: a national id whose label names no country -------------------------------------------------

_DATE_ONLY = _lazyre.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


def labelled_national_id(value: str) -> bool:
    """A value after a label that says "national id" (or personal code, tax id, citizen id) without naming
    a country: the label is the evidence; the value must look like an identifier: 6 digits at least, 24
    characters at most, letters no more than ten, not one digit repeated, not a date nor a plain run."""
    s = value.strip()
    d = digits(s)
    letters = sum(c.isalpha() for c in s)
    if not 6 <= len(d) or len(s) > 24 or letters > 10 or _all_same(d) or _DATE_ONLY.fullmatch(s):
        return False
    return d not in "01234567890123456789"


#: checks strong enough to call a value a national id under a label as weak as "ID no." / "Document no.":
#: a real date with a check digit, two check digits, or a distinctive shape with its check (a lone mod-11 or
#: Luhn digit over 9-13 plain digits passes one number in ten and is left to its own label)
_STRONG_ID_CHECKS = ("pl_pesel", "se_personnummer", "no_fodselsnummer", "fr_nir", "it_fiscal_code", "es_dni",
                     "uk_nino", "br_cpf", "de_tax_id", "cn_resident_id", "kr_rrn", "tr_tckn", "ae_emirates_id",
                     "es_naf", "ro_cnp", "fi_hetu", "cz_birth_number_10", "mx_curp", "gr_amka", "at_svnr", "be_nrn",
                     "za_id", "ar_cuit", "sg_nric", "ie_ppsn", "ru_inn_12", "ru_snils", "eg_national_id", "id_nik",
                     "hu_tax_id")


def national_id_checked(value: str) -> bool:
    """A value under a generic id label (ID no., Document no., identification number) that passes one of
    the strong national-id checks (:data:`_STRONG_ID_CHECKS`): the check is the evidence."""
    s = value.strip()
    extra = {"cz_birth_number_10": lambda v: len(digits(v)) == 10 and "/" in v and cz_birth_number(v),
             "ru_inn_12": lambda v: len(digits(v)) == 12 and ru_inn(v)}
    return any((extra.get(name) or VALIDATORS[name])(s) for name in _STRONG_ID_CHECKS)


# ---- vehicles and driving licences --------------------------------------------------------------------------

def driving_licence_number(value: str) -> bool:
    """A driving licence number after its label: 5 to 20 letters, digits, dashes and slashes (a Polish
    licence is NNNNN/YY/NNNN), at least two digits, not one character repeated, not a year or a date alone."""
    s = value.strip()
    d = digits(s)
    return 5 <= len(s) <= 20 and len(d) >= 2 and not _all_same(re.sub(r"[-/]", "", s)) and not _DATE_ONLY.fullmatch(s) \
        and not re.fullmatch(r"(?:19|20)\d{2}", s)


# ---- bank routing and account numbers ----------------------------------------------------------------

def aba_routing(value: str) -> bool:
    """US ABA routing transit number: 9 digits, 3-7-1 weighted sum a multiple of 10, not one repeated digit."""
    d = digits(value)
    if len(d) != 9 or _all_same(d):
        return False
    return sum(int(c) * w for c, w in zip(d, (3, 7, 1) * 3)) % 10 == 0


def bank_account_number(value: str) -> bool:
    """A bank account number after its label: 6-18 digits, not one repeated digit nor a run (123456...),
    not an ISO basic date (YYYYMMDD) and not a phone number in international form (00 + country code)."""
    d = digits(value)
    if not 6 <= len(d) <= 18 or _all_same(d) or d in "01234567890123456789" or d in "98765432109876543210":
        return False
    if len(d) == 8 and _is_yyyymmdd(d):  # an ISO basic date (20240115) as printed by logs; a DDMMYYYY is
        return False                      # rarely printed without separators, and is as often an account
    return not (d.startswith("00") and d[2] != "0" and len(d) >= 11)  # 0044..., 0049...: an international phone


def uk_sort_code(value: str) -> bool:
    """UK bank sort code: 6 digits (12-34-56), not one repeated digit (no public check digit)."""
    d = digits(value)
    return len(d) == 6 and not _all_same(d)


def policy_number(value: str) -> bool:
    """An insurance policy number after its label: 6-30 letters, digits, ``-`` and ``/``, 3 digits at least,
    not one repeated digit."""
    d = digits(value)
    return 6 <= len(value) <= 30 and len(d) >= 3 and not (_all_same(d) and len(d) == len(value))


# ---- cryptocurrency wallet addresses -----------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_base58(value: str) -> bool:
    """Bitcoin legacy (P2PKH, version 0x00, ``1...``) or script (P2SH, 0x05, ``3...``) address: base58check,
    25 bytes, the version byte and the double-SHA-256 checksum."""
    import hashlib

    n = 0
    for c in value:
        i = _B58.find(c)
        if i < 0:
            return False
        n = n * 58 + i
    try:
        raw = n.to_bytes(25, "big")
    except OverflowError:
        return False
    pad = len(value) - len(value.lstrip("1"))
    if raw[:pad] != b"\0" * pad or raw[0] not in (0, 5) or (raw[0] == 0) != value.startswith("1"):
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def btc_bech32(value: str) -> bool:
    """Bitcoin segwit address ``bc1...`` (BIP 173 bech32 for witness v0, BIP 350 bech32m for v1+): one case,
    the checksum, a witness version 0-16 and a program of the right length."""
    if value.lower() != value and value.upper() != value:
        return False
    s = value.lower()
    hrp, _, data = s.rpartition("1")
    if hrp not in ("bc", "tb") or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    vals = [_BECH32.index(c) for c in data]
    const = _bech32_polymod([ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + vals)
    version = vals[0]
    if version > 16 or const != (1 if version == 0 else 0x2BC830A3):
        return False
    nbits = (len(vals) - 7) * 5  # the program: after the version, before the 6 checksum characters
    size = nbits // 8
    if nbits % 8 >= 5 or not 2 <= size <= 40:
        return False
    return size in (20, 32) if version == 0 else True


def btc_address(value: str) -> bool:
    """A Bitcoin address: :func:`btc_bech32` for ``bc1...``, else :func:`btc_base58`."""
    return btc_bech32(value) if value[:3].lower() == "bc1" else btc_base58(value)


_KECCAK_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
    0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
    0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_KECCAK_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as Ethereum uses it (the original padding 0x01, not SHA3-256's 0x06); pure Python, for the
    few candidates EIP-55 checks (hashlib has only SHA3)."""
    rate = 136
    msg = bytearray(data) + b"\x01"
    msg += b"\0" * (-len(msg) % rate)
    msg[-1] |= 0x80
    st = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            st[i % 5][i // 5] ^= int.from_bytes(msg[off + 8 * i: off + 8 * i + 8], "little")
        for rc in _KECCAK_RC:
            c = [st[x][0] ^ st[x][1] ^ st[x][2] ^ st[x][3] ^ st[x][4] for x in range(5)]
            dd = [c[(x - 1) % 5] ^ ((c[(x + 1) % 5] << 1 | c[(x + 1) % 5] >> 63) & _M64) for x in range(5)]
            st = [[st[x][y] ^ dd[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    r = _KECCAK_ROT[x][y]
                    b[y][(2 * x + 3 * y) % 5] = (st[x][y] << r | st[x][y] >> (64 - r)) & _M64 if r else st[x][y]
            st = [[b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
            st[0][0] ^= rc
    return b"".join(st[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eth_checksummed(value: str) -> bool:
    """An Ethereum address in EIP-55 mixed case whose capitals match the Keccak-256 of its lower-case hex:
    a hash in code is all one case, so a mixed-case one that checks is an address."""
    h = value[2:] if value[:2] in ("0x", "0X") else value
    if len(h) != 40 or h.lower() == h or h.upper() == h:
        return False
    try:
        int(h, 16)
    except ValueError:
        return False
    k = keccak256(h.lower().encode()).hex()
    return all(c.isdigit() or (c.isupper() == (int(k[i], 16) >= 8)) for i, c in enumerate(h))


def eth_address(value: str) -> bool:
    """An Ethereum address after a wallet / address cue: 40 hex digits, all one case (no checksum to check)
    or EIP-55 mixed case that checks; not one repeated digit (``0x000...0``, the burn / zero address)."""
    h = value[2:] if value[:2] in ("0x", "0X") else value
    if len(h) != 40 or _all_same(h.lower()) or h.lower().lstrip("0") in ("", "1", "dead"):
        return False
    try:
        int(h, 16)
    except ValueError:
        return False
    return h.lower() == h or h.upper() == h or eth_checksummed(value)

#: Ranges reserved for documentation and examples (RFC 5737, RFC 3849): never a real person's address.
_DOC_NETS_V4 = ("192.0.2.", "198.51.100.", "203.0.113.")


def ipv4(value: str) -> bool:
    """A dotted-quad IPv4 address of a host: not a network (``x.x.x.0``), netmask, loopback, multicast,
    reserved, link-local (``169.254.169.254``, the cloud metadata address), ``0.x.x.x``, documentation
    address or a private range's well-known address (``192.168.1.1``: examples and configuration, not people)."""
    import ipaddress

    from .internal_validators import GENERIC_V4

    try:
        addr = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    octets = addr.packed
    if value in GENERIC_V4 or octets[3] == 0 or octets[0] in (0, 127) or addr.is_multicast or addr.is_reserved or addr.is_link_local \
            or value.startswith(_DOC_NETS_V4):
        return False
    as_int = int(addr)
    inverted = ~as_int & 0xFFFFFFFF
    if as_int and (inverted & (inverted + 1)) == 0:  # 255.255.255.224: a netmask
        return False
    if (as_int & (as_int + 1)) == 0:  # 0.0.255.255: a wildcard mask
        return False
    return str(addr) != "255.255.255.255"


def ipv6(value: str) -> bool:
    """An IPv6 address with at least two groups of hex; not ``::``, loopback, multicast, a bare prefix
    (``2001:db8:8000::``), the documentation range 2001:db8::/32, nor two groups alone in the IETF's
    reserved space (``1::2``, ``a::b``: assigned to no one, and what a Python slice ``a[1::2]`` reads as;
    a made-up address of eight random groups there is still taken)."""
    import ipaddress

    core = value.split("%", 1)[0]
    try:
        addr = ipaddress.IPv6Address(core)
    except ValueError:
        return False
    if addr.is_unspecified or addr.is_loopback or addr.is_multicast or core.endswith("::"):
        return False
    if addr in ipaddress.IPv6Network("2001:db8::/32"):
        return False
    groups = sum(1 for g in core.split(":") if g)
    return groups > 2 or (groups == 2 and (not addr.is_reserved or addr.ipv4_mapped is not None))


_MAC = _lazyre.compile(r"^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$")


def mac(value: str) -> bool:
    """A MAC address with one consistent separator, not all-zero or broadcast, with some letters or variety."""
    if not _MAC.match(value):
        return False
    hexes = re.sub(r"[:-]", "", value).lower()
    return hexes not in ("000000000000", "ffffffffffff") and len(set(hexes)) > 2


def ip_address(value: str) -> bool:
    return ipv6(value) if ":" in value else ipv4(value)


_BASIC_PLACEHOLDER_PASSWORDS = frozenset({"password", "passwd", "pass", "pwd", "secret", "changeme", "xxx", "xxxx", "***"})


def base64_text(value: str, urlsafe: bool = False) -> str | None:
    """The UTF-8 text that ``value`` (base64, padded or not; ``urlsafe``: base64url too) decodes to, or None."""
    import base64
    import binascii

    body = value.rstrip("=")
    if len(body) % 4 == 1:
        return None
    if urlsafe:
        body = body.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(body + "=" * (-len(body) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None


def basic_auth_b64(value: str) -> bool:
    """HTTP Basic credentials (RFC 7617): base64 (padded or not) of ``user-id:password`` in printable text, a
    user-id without a colon or blank and a non-empty password that is no placeholder (``user:password``,
    ``<user>:<pass>``, ``$USER:$PASS``)."""
    text = base64_text(value)
    if text is None:
        return False
    user, colon, password = text.partition(":")
    if not colon or not user or not password or not text.isprintable() or text != text.strip() or " " in user:
        return False
    if password[0] in "<{$%[" or user[0] in "<{$%[" or password.lower() in _BASIC_PLACEHOLDER_PASSWORDS:
        return False
    return True


#: Month names (and their usual abbreviations) in the languages the date-of-birth rules read: English,
#: German, French, Spanish, Italian, Dutch, Portuguese, Polish (nominative and genitive, as dates write
#: them: 5 lipca 1991), Swedish and Turkish (8 Şubat 1990, with and without its letters), lower case, without a trailing dot. Month number per name.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate([
    "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro styczeń styczen stycznia sty ocak",
    "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro fev luty lutego lut şubat subat",
    "march mar märz maerz mars marzo maart março marco mrt marzec marca mart",
    "april apr avril avr abril abr aprile kwiecień kwiecien kwietnia kwi nisan",
    "may mai mayo maggio mag mei maio maj maja mayıs mayis",
    "june jun juni juin junio giugno giu junho czerwiec czerwca cze haziran",
    "july jul juli juillet juil julio luglio lug julho lipiec lipca lip temmuz",
    "august aug august août aout agosto ago augustus augusti sierpień sierpien sierpnia sie ağustos agustos",
    "september sep sept septembre septiembre setiembre settembre set setembro wrzesień wrzesien września wrzesnia wrz "
    "eylül eylul",
    "october oct oktober okt octobre octubre ottobre ott outubro out października pazdziernika październik "
    "pazdziernik paź paz ekim",
    "november nov novembre noviembre novembro listopad listopada lis kasım kasim",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudzień grudzien grudnia gru "
    "aralık aralik",
], start=1):
    for _name in _names.split():
        MONTHS[_name] = _number
del _number, _names, _name

_DATE_NUMERIC = _lazyre.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_DATE_WORDS = _lazyre.compile(r"[^\W\d_]+|\d+")


def birth_date(value: str) -> bool:
    """A date someone could have been born on: ``1990-03-03``, ``03.03.1990`` / ``3/3/1990`` (day or month
    first), ``14. November 2002``, ``23 avril 1960``, ``20 de marzo de 1962``, ``January 18, 1968``: a real
    day of a real month (a month name of :data:`MONTHS`), a year from 1880 to 2039."""
    m = _DATE_NUMERIC.fullmatch(value.strip())
    if m is not None:
        a, b, c = m.groups()
        if len(a) == 4 and len(c) <= 2:
            year, month, day = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2:
            year, x, y = int(c), int(a), int(b)
            month, day = (y, x) if x > 12 else (x, y) if y > 12 else (y, x)  # day first unless it cannot be
        else:
            return False
    else:
        words = _DATE_WORDS.findall(value.lower())
        names = [w for w in words if not w.isdigit() and w not in ("de", "del", "of", "the", "er", "st", "nd", "rd", "th")]
        numbers = [w for w in words if w.isdigit()]
        if len(names) != 1 or len(numbers) != 2 or names[0] not in MONTHS:
            return False
        month = MONTHS[names[0]]
        first, second = numbers
        if len(second) != 4 or len(first) > 2:
            return False
        day, year = int(first), int(second)
    return 1880 <= year <= 2039 and _real_date(2000, month, day)  # a leap year: 29 February is taken for any year


def phone_digits(value: str) -> bool:
    """A phone number after its label: 6 to 15 digits (E.164's most), not one digit repeated, not a
    date written with dots, dashes or slashes (``12.03.2024``)."""
    d = digits(value)
    if not 6 <= len(d) <= 15 or _all_same(d):
        return False
    return not (_DATE_NUMERIC.fullmatch(value.strip()) and birth_date(value.strip()))


#: Words that stand for an account in documentation or a form, not one (``curl --user "xxx:yyy"``, ``ssh -l foo``).
PLACEHOLDER_ACCOUNTS = frozenset(
    "foo bar baz qux quux example sample dummy fake placeholder changeme username user_name user-name yourname "
    "your_name your-name yourusername your_username your-username youruser your_user your-user myuser my_user "
    "my-user myname johndoe john_doe john.doe jdoe janedoe jane_doe jane.doe xyz abc none null nil undefined".split())


#: Accounts that name no person: the built-in and daemon accounts of Linux distributions and their packages,
#: the default logins of cloud images, CI runners and databases, the default database users of well-known
#: self-hosted apps (``wordpress``, ``odoo``), and words a config puts where an account goes (``user: string``,
#: ``User=true``). Every USERNAME rule leaves them; a rule's own list may add more.
SYSTEM_ACCOUNTS = frozenset(
    "root admin administrator adm sys bin daemon sync games man lp mail news uucp proxy backup list irc gnats "
    "nobody nogroup operator halt shutdown wheel staff users user guest everyone system localsystem sa dba "
    "www-data www apache nginx httpd caddy haproxy squid tomcat jetty wildfly "
    "postgres postgresql pgbouncer mysql mariadb mongodb mongo redis memcache memcached elastic elasticsearch "
    "kibana logstash cassandra clickhouse neo4j influxdb rabbitmq rabbit kafka zookeeper oracle mssql "
    "grafana prometheus alertmanager node_exporter node-exporter loki promtail telegraf consul vault nomad "
    "etcd docker containerd podman dockremap sshd ssh ftp sftp ntp chrony postfix dovecot exim bind named "
    "dnsmasq avahi polkitd messagebus syslog systemd-network systemd-resolve systemd-timesync systemd-coredump tss rpc rpcuser "
    "gdm debian-gdm lightdm sddm gnome-initial-setup colord rtkit geoclue saned whoopsie kernoops "
    "ubuntu ec2-user centos debian fedora rocky almalinux cloud-user azureuser opc core bitnami vagrant pi "
    "git gitlab gitlab-runner github jenkins runner circleci travis buildkite build builder ci cd bot "
    "deploy deployer ansible terraform packer app application service svc web api worker "
    "node vscode codespace gitpod jovyan coder test tester testuser demo default anonymous anon oauth2 oauth x-access-token x-token-auth __token__ "
    "replicator replication repl monitor monitoring exporter readonly read_only "
    "supervisor renovate dependabot apikey postmaster hostmaster webmaster mailer-daemon noreply no-reply "
    "nonroot wp wordpress odoo nextcloud owncloud gitea gogs keycloak sonar sonarqube airflow superset metabase "
    "redmine mattermost matomo drupal joomla magento moodle zabbix nagios icinga graylog sentry harbor kong "
    "confluence jira artifactory nexus n8n umami plausible hasura directus strapi ghost "
    "buildbot invalid unknown string str int bool boolean text true false yes no required optional".split())
#: A fixed prefix or suffix that marks a service or machine account (``svc-billing``, ``ledger_app``, ``ci-bot``,
#: ``kibana_system``, ``nightlybuild``, ``appuser``, ``user2``).
_SERVICE_ACCOUNT = _lazyre.compile(r"(?i)^(?:svc|service|bot|sys|system|app|api)[-_.]|^sa[-_]|[-_.](?:svc|service|bot|app|api|agent|"
                              r"daemon|exporter|runner|worker|readonly|system|reader|writer)$|[-_](?:sa|ro|rw)$|"
                              r"(?:build|builder|uploader|deployer|admin|backup|mailer)$|\$$|^__|"
                              r"^(?:app|db|my|test|demo|dev|web|api|ci|svc|sys|default|new|local|remote|sample|example|"
                              r"non[-_]?root|unprivileged|container|runtime|deploy)?[-_.]?user\d*$")


def handle_name(value: str) -> bool:
    """An account name or chat handle found by a USERNAME rule, not a stand-in for one: not one character
    repeated (``xxx``), nor a documentation word (``foo``, ``your_username``, ``johndoe``), nor a system, daemon,
    image default or service account (``root``, ``www-data``, ``ec2-user``, ``svc-billing``, ``kibana_system``, a
    machine account ``WS042$``, MongoDB's ``__system``): those name nobody. An address used as a login is judged
    by its mailbox. A chat handle may be any word (``sunshine``, ``orders``): people pick them."""
    low = value.lower()
    local = low.split("@", 1)[0]  # an address as a login (postmaster@mg.example.org): its mailbox says whose
    return not (_all_same(low) or low in PLACEHOLDER_ACCOUNTS or local in SYSTEM_ACCOUNTS
                or _SERVICE_ACCOUNT.search(value.split("@", 1)[0]))


def account_name(value: str) -> bool:
    """:func:`handle_name`, for a login in a config file or on a command line, where an ordinary English word
    of six letters or more that is no first or last name names the service the account runs (``User=orders``,
    ``docker login -u reporting``, ``username = release``), not a person: people's logins are their names
    (``jsmith``, ``mark``) or short handles."""
    return handle_name(value) and not _service_word(value)


def _service_word(value: str) -> bool:
    low = value.lower()
    if len(low) < 6 or not (low.isascii() and low.isalpha()):  # a short word is as likely a handle (smite, nova)
        return False
    import zlib

    from .detectors.names import _has, load_lists

    first, last, _, words = load_lists()
    key = zlib.crc32(low.encode("utf-8"))
    return _has(words, key) and not _has(first, key) and not _has(last, key)


def phone_url_encoded(value: str) -> bool:
    """A phone number URL-encoded in a form body or a query (``%2B447700900123``, ``%2B1%20512%20555%200134``):
    decoded (``%2B`` is ``+``, ``%20`` and ``+`` blanks), a valid international number (libphonenumber)."""
    import phonenumbers

    body = re.sub(r"(?i)%2b|%20|[+ -]", "", value)
    if not body.isdigit() or not 6 <= len(body) <= 15:
        return False
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse("+" + body, None)))
    except phonenumbers.NumberParseException:
        return False


#: the names detector's ``classify`` (its lists), loaded on the first ``person_login``
_classify: Any = None


def person_login(value: str) -> bool:
    """A person's login by its shape: an ``account_name`` made of two name parts joined by ``.`` or ``_``
    (``nora.lind``, ``t_vanlier``), an initial and a listed surname (``mkessler``: the convention of many
    directories), or a listed given name, more letters and a number (``oliviabre78``); not a service's
    (``postgres``, ``appuser``, ``worker12``)."""
    global _classify
    if not account_name(value):
        return False
    if "." in value or "_" in value:
        return True
    letters = value.rstrip("0123456789")
    if not (6 <= len(letters) <= 21 and letters.isalpha() and letters.islower() and len(value) - len(letters) <= 4):
        return False
    from .detectors.names import STRONG_FIRST, STRONG_LAST, NameDetector

    if _classify is None:
        _classify = NameDetector().classify
    if letters == value:
        return _classify(value[1:].capitalize()) == STRONG_LAST
    # letters and a number: a listed given name, then the start of a surname (oliviabre78, lukasvog2)
    return any(_classify(letters[:k].capitalize()) == STRONG_FIRST for k in range(4, len(letters) - 1))


def word_password(s: str) -> bool:
    """A password made of words (``gravel.orbit.plume``): :func:`.secret_filters.is_word_password`, for a rule whose
    regex already put the value in a password's place."""
    from .secret_filters import is_word_password

    return is_word_password(s)


#: a letter pair that English and the other languages of the prose rules rarely write inside a word
_ODD_PAIR = re.compile(r"[bcdfghjkmnpqstvwxz][bcdfghjkmnpqstvwxz][bcdfghjklmnpqrstvwxz]|q[^u]|[jvwxzk][bcdfgjkmpqvxz]|[bcdfgpt][jqxz]|(.)\1\1")


def app_password(s: str) -> bool:
    """An app password as Google and Apple print it: four groups of four lower-case letters (``abcd efgh ijkl mnop``)
    that are no words -- one group at least has no vowel (``y`` counted) or a letter run words rarely hold.
    Four words of four letters (``with some more text``) are prose."""
    groups = s.split()
    return len(groups) == 4 and all(len(g) == 4 and g.isalpha() and g.islower() for g in groups) and any(
        not re.search(r"[aeiouy]", g) or _ODD_PAIR.search(g) for g in groups)


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "phone_url_encoded": phone_url_encoded,
    "credit_card": credit_card,
    "email": email,
    "obfuscated_email": obfuscated_email,
    "iban": iban,
    "us_ssn": us_ssn,
    "uk_nino": uk_nino,
    "ca_sin": ca_sin,
    "br_cpf": br_cpf,
    "in_aadhaar": in_aadhaar,
    "it_fiscal_code": it_fiscal_code,
    "fr_nir": fr_nir,
    "nl_bsn": nl_bsn,
    "de_tax_id": de_tax_id,
    "eu_vat": eu_vat,
    "pl_pesel": pl_pesel,
    "pl_id_card": pl_id_card,
    "es_dni": es_dni,
    "pt_nif": pt_nif,
    "uk_nhs": uk_nhs,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "ip": ip_address,
    "mac": mac,
    "basic_auth_b64": basic_auth_b64,
    "birth_date": birth_date,
    "phone_digits": phone_digits,
    "se_personnummer": se_personnummer,
    "se_personnummer_long": se_personnummer_long,
    "no_fodselsnummer": no_fodselsnummer,
    "dk_cpr": dk_cpr,
    "cn_resident_id": cn_resident_id,
    "kr_rrn": kr_rrn,
    "kr_rrn_labelled": kr_rrn_labelled,
    "jp_my_number": jp_my_number,
    "tr_tckn": tr_tckn,
    "ae_emirates_id": ae_emirates_id,
    "es_naf": es_naf,
    "de_id_card": de_id_card,
    "au_medicare": au_medicare,
    "ro_cnp": ro_cnp,
    "fi_hetu": fi_hetu,
    "fi_hetu_bare": fi_hetu_bare,
    "cz_birth_number": cz_birth_number,
    "mx_curp": mx_curp,
    "mx_rfc": mx_rfc,
    "gr_amka": gr_amka,
    "ua_rnokpp": ua_rnokpp,
    "eg_national_id": eg_national_id,
    "cl_rut": cl_rut,
    "ar_cuit": ar_cuit,
    "plain_id_number": plain_id_number,
    "at_svnr": at_svnr,
    "be_nrn": be_nrn,
    "id_nik": id_nik,
    "hu_taj": hu_taj,
    "hu_tax_id": hu_tax_id,
    "ru_inn": ru_inn,
    "ru_snils": ru_snils,
    "au_tfn": au_tfn,
    "sg_nric": sg_nric,
    "ie_ppsn": ie_ppsn,
    "za_id": za_id,
    "th_national_id": th_national_id,
    "il_id": il_id,
    "vn_cccd": vn_cccd,
    "ir_national_code": ir_national_code,
    "tw_national_id": tw_national_id,
    "mrz_td3_data": mrz_td3_data,
    "mrz_block": mrz_block,
    "mrz_names_line": mrz_names_line,
    "labelled_national_id": labelled_national_id,
    "national_id_checked": national_id_checked,
    "driving_licence_number": driving_licence_number,
    "aba_routing": aba_routing,
    "bank_account_number": bank_account_number,
    "uk_sort_code": uk_sort_code,
    "policy_number": policy_number,
    "btc_address": btc_address,
    "eth_address": eth_address,
    "eth_checksummed": eth_checksummed,
    "account_name": account_name,
    "handle_name": handle_name,
    "person_login": person_login,
    "word_password": word_password,
    "app_password": app_password,
}

from .internal_validators import INTERNAL_VALIDATORS as _INTERNAL; VALIDATORS.update(_INTERNAL)  # noqa: E402,E702 - company-internal family (#5)
