"""Checksum validators: values are generated here (Luhn / mod-97 computed), never copied from a corpus."""
import random

import pytest

from promptscrub import validators as v


def luhn_complete(prefix: str, length: int, seed: int = 0) -> str:
    rnd = random.Random(seed)
    body = prefix + "".join(rnd.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if v.luhn_ok(body + d):
            return body + d
    raise AssertionError


def iban_for(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


@pytest.mark.parametrize("prefix,length", [("4", 16), ("4", 13), ("51", 16), ("2221", 16), ("34", 15), ("37", 15),
                                           ("6011", 16), ("35", 16), ("36", 14), ("1800", 15), ("2131", 15), ("62", 19)])
def test_credit_card_accepts_generated_numbers(prefix, length):
    for seed in range(5):
        number = luhn_complete(prefix, length, seed)
        assert v.credit_card(number) is not (length == 13 and v.ean13_ok(number))  # (a barcode: below)
        grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
        assert v.credit_card(grouped)


@pytest.mark.parametrize("prefix,length", [("2200", 16), ("2202", 16), ("2204", 16), ("2201", 19), ("9792", 16)])
def test_credit_card_accepts_mir_and_troy(prefix, length):
    """Mir (Russia, 2200-2204) and Troy (Türkiye, 9792) cards that pass Luhn (audit 25)."""
    for seed in range(5):
        number = luhn_complete(prefix, length, seed)
        assert v.credit_card(number)
        assert v.credit_card(" ".join(number[i:i + 4] for i in range(0, len(number), 4)))


@pytest.mark.parametrize("prefix,length", [("2205", 16), ("2210", 16), ("9791", 16), ("9792", 15), ("9792", 19)])
def test_credit_card_rejects_near_mir_and_troy(prefix, length):
    assert not any(v.credit_card(luhn_complete(prefix, length, seed)) for seed in range(5))


def ean13_complete(prefix: str, seed: int) -> str:
    rnd = random.Random(seed)
    body = prefix + "".join(rnd.choice("0123456789") for _ in range(12 - len(prefix)))
    return next(body + d for d in "0123456789" if v.ean13_ok(body + d))


def test_a_barcode_that_passes_luhn_is_no_card():
    """A German product's EAN-13 (prefix 400-440) passes Luhn one time in ten: bare, it is a barcode; the same
    digits grouped as a card prints them are still judged as a card."""
    barcodes = [b for b in (ean13_complete(str(rnd), seed) for rnd in range(400, 441) for seed in range(20)) if v.luhn_ok(b)]
    assert len(barcodes) > 20
    for b in barcodes:
        assert not v.credit_card(b)
        assert v.credit_card(" ".join(b[i:i + 4] for i in range(0, 13, 4)))
    visas = [luhn_complete("4", 13, seed) for seed in range(200)]
    assert sum(v.credit_card(n) for n in visas) > 150  # the other nine in ten 13-digit numbers are cards


@pytest.mark.parametrize("value,expected", [
    ("4111111111111112", False),      # Luhn fails
    ("1234567890123452", False),      # Luhn ok but no issuer starts with 1
    ("0000000000000000", False),      # repeated digit
    ("4111 1111-1111 1111", False),   # mixed separators
    ("41111111111", False),           # too short
    ("4111-1111-1111-1111", True),
])
def test_credit_card_table(value, expected):
    assert v.credit_card(value) is expected


@pytest.mark.parametrize("country,bban", [("GB", "NWBK60161331926819"), ("DE", "370400440532013000"),
                                          ("FR", "20041010050500013M02606"), ("NL", "ABNA0417164300"),
                                          ("NO", "86011117947")])
def test_iban_generated(country, bban):
    code = iban_for(country, bban)
    assert v.iban(code)
    assert v.iban(code.lower())
    assert v.iban(" ".join(code[i:i + 4] for i in range(0, len(code), 4)))
    broken = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert not v.iban(broken)


@pytest.mark.parametrize("value,expected", [
    ("GB29NWBK6016133192681", False),    # wrong length for GB
    ("XX29NWBK60161331926819", False),   # unknown country
    ("GB29NWBK60161331926819", True),
])
def test_iban_table(value, expected):
    assert v.iban(value) is expected


@pytest.mark.parametrize("value,expected", [
    ("536-22-1480", True), ("536 22 1480", True), ("536221480", True),
    ("000-22-1480", False), ("666-22-1480", False), ("912-22-1480", False),
    ("536-00-1480", False), ("536-22-0000", False), ("123-45-6789", False), ("111-11-1111", False),
    ("536-22 1480", False),
])
def test_us_ssn(value, expected):
    assert v.us_ssn(value) is expected


@pytest.mark.parametrize("value,expected", [
    ("AB123456C", True), ("AB 12 34 56 C", True), ("JG103759A", True),
    ("BG123456A", False), ("GB123456A", False), ("DA123456A", False), ("AO123456A", False),
    ("AB123456E", False), ("QQ123456C", False),
])
def test_uk_nino(value, expected):
    assert v.uk_nino(value) is expected


def test_ca_sin_uses_luhn():
    for seed in range(10):
        sin = luhn_complete(str(1 + seed % 7), 9, seed)
        assert v.ca_sin(sin)
        assert v.ca_sin(f"{sin[:3]} {sin[3:6]} {sin[6:]}")
    assert not v.ca_sin("046454286")  # first digit 0 is never issued
    assert not v.ca_sin("130692545")


@pytest.mark.parametrize("value,expected", [
    ("81.2.69.160", True), ("10.1.2.3", True), ("0.0.0.0", False), ("256.1.1.1", False),
    ("127.0.0.1", False), ("255.255.255.255", False), ("169.254.169.254", False), ("192.168.1.1", False), ("10.0.0.1", False), ("192.168.1.2", True),
])
def test_ipv4(value, expected):
    assert v.ipv4(value) is expected


@pytest.mark.parametrize("value,expected", [
    ("2a02:8070:85a3::8a2e:370:7334", True), ("fe80::1%eth0", True), ("::ffff:81.2.69.142", True),
    ("::1", False), ("::", False), ("12:30:45", False), ("aa:bb:cc:dd:ee:ff", False),
    ("2001:db8::1", False), ("2a02:8070::", False), ("ff02::fb", False),
    # two groups alone in the IETF's reserved space are no one's address (and Python slices fall there)
    ("1::2", False), ("12::3", False), ("4000::1", False), ("a::b", False), ("2a02::1", True),
    ("4a1b:93c0:7d2e:1f00:8c3a:22b1:e5d4:906f", True),
])
def test_ipv6(value, expected):
    assert v.ipv6(value) is expected


@pytest.mark.parametrize("value,expected", [
    ("3c:22:fb:7a:19:e0", True), ("00-1B-63-84-45-E6", True), ("00:00:00:00:00:00", False),
    ("ff:ff:ff:ff:ff:ff", False), ("3c:22-fb:7a:19:e0", False), ("01:01:01:01:01:01", False),
])
def test_mac(value, expected):
    assert v.mac(value) is expected


@pytest.mark.parametrize("value,expected", [
    ("jane.doe@example.org", True), ("icon@2x.png", False), ("a..b@example.org", False),
    (".a@example.org", False), ("x@1.2", False),
    ("jane%40example.org", True), ("icon%402x.png", False), ("a..b%40example.org", False),  # percent-encoded
])
def test_email(value, expected):
    assert v.email(value) is expected


PII_VALIDATORS = ("luhn", "credit_card", "email", "iban", "us_ssn", "uk_nino", "ca_sin", "ipv4", "ipv6", "ip", "mac")


@pytest.mark.parametrize("name", PII_VALIDATORS)
def test_pii_validators_are_registered_and_reject_empty(name):
    assert v.VALIDATORS[name]("") is False


def _cpf(rnd):
    body = [rnd.randint(0, 9) for _ in range(9)]
    for n in (9, 10):
        body.append(sum(d * w for d, w in zip(body, range(n + 1, 1, -1))) * 10 % 11 % 10)
    s = "".join(map(str, body))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _aadhaar(rnd):
    from promptscrub.validators import _VERHOEFF_D as D, _VERHOEFF_P as P

    body = str(rnd.randint(2, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(10))
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = D[c][P[(i + 1) % 8][int(ch)]]
    return body + str(inv[c])


@pytest.mark.parametrize("seed", range(20))
def test_cpf_and_aadhaar_check_digits(seed):
    """Generated numbers with their check digits pass; the same with the last digit changed fail."""
    import random

    from promptscrub.validators import br_cpf, in_aadhaar

    rnd = random.Random(seed)
    cpf, uid = _cpf(rnd), _aadhaar(rnd)
    assert br_cpf(cpf) and in_aadhaar(uid)
    assert not br_cpf(cpf[:-1] + str((int(cpf[-1]) + 1) % 10))
    assert not in_aadhaar(uid[:-1] + str((int(uid[-1]) + 1) % 10))
    assert not br_cpf("111.111.111-11") and not in_aadhaar("222222222222")


EU_ID_VALIDATORS = ("it_fiscal_code", "fr_nir", "nl_bsn", "de_tax_id", "eu_vat", "pl_pesel",
                    "pl_id_card", "es_dni", "pt_nif", "uk_nhs")


@pytest.mark.parametrize("name", EU_ID_VALIDATORS)
def test_eu_id_validators_are_registered_and_reject_junk(name):
    """Generated values are checked in tests/test_rules_national_ids.py; here: empty, repeated and letter junk."""
    check = v.VALIDATORS[name]
    for junk in ("", "0" * 9, "1" * 11, "X" * 16, "ABCDEFGHIJKLMNOP", "DE"):
        assert check(junk) is False, junk


@pytest.mark.parametrize("value", ["xxx", "AAAA", "foo", "your_username", "johndoe", "Username"])
def test_a_stand_in_for_an_account_is_no_account_name(value):
    assert not v.account_name(value)


@pytest.mark.parametrize("value", ["kvanlier", "m.okafor", "tj_osei", "foobar2"])
def test_a_real_looking_account_name_is_one(value):
    assert v.account_name(value)


def test_a_username_rule_leaves_a_documentation_placeholder_alone():
    from promptscrub.config import Config
    from promptscrub.scrubber import build_scrubber

    scrubber = build_scrubber(Config())
    assert not [f for f in scrubber.find('curl --user "xxx:yyy" https://api.example.test') if f.type == "USERNAME"]
    assert [f for f in scrubber.find("ssh -l kvanlier bastion") if f.type == "USERNAME"]


@pytest.mark.parametrize("value", ["nora.lind", "t_vanlier", "mkessler", "jschneider", "oliviabre78"])
def test_a_person_login_is_two_name_parts_or_an_initial_and_a_surname(value):
    assert v.person_login(value)


@pytest.mark.parametrize("value", ["postgres", "grafana", "replicator", "appuser", "admin", "svc_billing", "mongodb",
                                   "worker12", "backup2024", "replica01"])
def test_a_service_account_is_no_person_login(value):
    assert not v.person_login(value)


@pytest.mark.parametrize("value", ["release", "reporting", "orders", "payments", "buildbot"])
def test_a_word_that_names_a_service_is_no_login_of_a_person(value):
    """``User=orders``, ``docker login -u reporting``: the account a service runs as. A chat handle may be any word."""
    assert not v.account_name(value)
    assert v.handle_name(value) or value == "buildbot"


@pytest.mark.parametrize("value", ["mark", "grant", "jsmith", "baker", "hunter"])
def test_a_login_that_is_also_a_name_stays_one(value):
    assert v.account_name(value)
