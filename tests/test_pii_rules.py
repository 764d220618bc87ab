"""The built-in PII rule packs: every example matches, every negative example does not, and generated
values of each type are found in running text."""
import random
from pathlib import Path

import pytest

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rulecheck import check_rules
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files

PII_DIR = builtin_rules_dir() / "pii"


def pii_rules():
    return load_rules(rule_files(Path(PII_DIR)))


def test_examples_hold():
    rules = pii_rules()
    assert rules and all(r.category == "pii" for r in rules)
    assert check_rules(rules) == []


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        s = body + d
        total = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                    for i, c in enumerate(reversed(s)))
        if total % 10 == 0:
            return d
    raise AssertionError


def gen_card(rnd):
    body = rnd.choice(["4", "51", "37", "6011"])
    length = 15 if body == "37" else 16
    body += "".join(rnd.choice("0123456789") for _ in range(length - len(body) - 1))
    return body + luhn_digit(body)


def gen_iban(rnd):
    bban = "".join(rnd.choice("0123456789") for _ in range(18))
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    return f"DE{98 - int(num) % 97:02d}{bban}"


def gen_ssn(rnd):
    return f"{rnd.randint(1, 665):03d}-{rnd.randint(1, 99):02d}-{rnd.randint(1, 9999):04d}"


@pytest.mark.parametrize("gen,type_,template", [
    (gen_card, "CREDIT_CARD", "please charge {} today"),
    (gen_iban, "IBAN", "wire it to {}, thanks"),
    (gen_ssn, "US_SSN", "SSN: {}"),
    (lambda r: f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS",
     "blocked from {} again"),
    (lambda r: f"user{r.randint(1, 999)}@mail{r.randint(1, 99)}.example.com", "EMAIL", "mail {}."),
])
def test_generated_values_found(gen, type_, template):
    det = PatternDetector(pii_rules())
    rnd = random.Random(7)
    for _ in range(25):
        value = gen(rnd)
        text = template.format(value)
        hits = [text[f.start:f.end] for f in det.detect(text) if f.type == type_]
        assert hits == [value], (text, hits)


@pytest.mark.parametrize("text", [
    "version 10.2.3.4.5 and build 2024.01.15",
    "timestamp 1700000000000 ms",
    "hash 1234567812345678 order",
    "std::vector<int> v; a::b::c",
    "retina icon@2x.png and @decorator",
    "born in 1977",
])
def test_ordinary_text_is_clean(text):
    assert PatternDetector(pii_rules()).detect(text) == []


def _found(text, type_):
    return [text[f.start:f.end] for f in PatternDetector(pii_rules()).detect(text) if f.type == type_]


def _birth_date(rnd):
    """A generated date of birth in one of the written forms, and how it is written."""
    y, m, d = rnd.randint(1930, 2010), rnd.randint(1, 12), rnd.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return rnd.choice([
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{y}/{m:02d}/{d:02d}",
        f"{y}-{m:02d}-{d:02d}T00:00:00Z", f"{y}-{m:02d}-{d:02d}T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:00+01:00",
        f"{d} {months[m - 1]} {y}", f"{months[m - 1][:3]} {d}, {y}", f"{y}{m:02d}{d:02d}",
    ])


#: keys naming a date of birth, in the spellings of code and data (JSON, YAML, env, SQL, XML, other languages)
_BIRTH_KEYS = ["dob", "DOB", "birth_date", "birthDate", "BIRTH_DATE", "birthdate", "date_of_birth", "dateOfBirth",
               "DateOfBirth", "date-of-birth", "birthday", "geburtsdatum", "Geburtsdatum", "geboortedatum",
               "date_de_naissance", "fecha_nacimiento", "data_di_nascita", "patient_dob", "customerBirthDate"]
#: how a key and its value are written around each other: JSON, Python, YAML, .env, Ruby/PHP, XML, SQL, prose
_BIRTH_SYNTAX = ['{{"{k}": "{v}"}}', "{{'{k}': '{v}'}}", '"{k}":"{v}",', "{k}: {v}", "{k}: '{v}'", "{k}={v}",
                 'export {k}="{v}"', "{k} = '{v}'", ":{k} => '{v}'", "'{k}' => \"{v}\"", "<{k}>{v}</{k}>",
                 '<{k} format="iso">{v}</{k}>', "SET {k} = '{v}' WHERE id = 7", 'row["{k}"] = "{v}"', "{k} - {v}"]


@pytest.mark.parametrize("syntax", _BIRTH_SYNTAX)
def test_date_of_birth_as_a_key_value(syntax):
    rnd = random.Random(f"dob/{syntax}")
    for _ in range(30):
        key, value = rnd.choice(_BIRTH_KEYS), _birth_date(rnd)
        text = syntax.format(k=key, v=value)
        assert _found(text, "DATE") == [value], text


@pytest.mark.parametrize("text", [
    "created_at: 2024-01-15T10:00:00Z", "updated = '2023-03-02'", '{"expires": "2025-12-31"}', "birthDate: Date",
    "dob_verified: 2020-01-01", "WHERE dob > '1990-01-01'", "birth_year: 1977", "dob: 19901301",
    "<release>2024-01-15</release>", "adobe: 2020-01-01", "born in 1977",
])
def test_dates_that_are_not_a_birth_date(text):
    assert _found(text, "DATE") == []


def _address(rnd):
    local = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9)))
    local += rnd.choice(["", ".", "_", "-", "+"]) + str(rnd.randint(1, 99)) if rnd.random() < 0.5 else ""
    dom = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 8)))
    return f"{local}@{dom}{rnd.choice(['.com', '.io', '.co.uk', '-123.iam.gserviceaccount.com', '.de'])}"


@pytest.mark.parametrize("template", [
    "GET /api/users?email={} HTTP/1.1", "username={}&password=x", "POST /login body: login={}&remember=1",
    "https://www.googleapis.com/robot/v1/metadata/x509/{}", "redirect=mailto%3A{}", "see https://x.io/u/{}/profile",
])
def test_percent_encoded_emails(template):
    """A URL's query or path or a form body encodes the ``@`` as ``%40`` (either case of the hex is fine:
    it has none); the whole encoded address is the finding."""
    rnd = random.Random(f"pct/{template}")
    for _ in range(25):
        address = _address(rnd)
        encoded = address.replace("@", rnd.choice(["%40", "%40"])).replace("+", "%2B")
        text = template.format(encoded)
        assert _found(text, "EMAIL") == [encoded], text
        assert _found(template.format(address), "EMAIL") == [address]


@pytest.mark.parametrize("text", ["icon%402x.png", "100%40 of them", "user%40localhost", "scale%40%50"])
def test_percent_encoded_non_emails(text):
    assert _found(text, "EMAIL") == []


def test_ssn_in_a_csv_row():
    """A comma then a digit after an SSN is the next CSV field; a dot or a slash then a digit makes it part
    of a longer number or a date."""
    rnd = random.Random(3)
    for _ in range(40):
        ssn = gen_ssn(rnd)
        born = f"{rnd.randint(1940, 2005)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        row = rnd.choice(["{id},Ana,{ssn},{born}", "{ssn},{born},{id}", "{id},{ssn},{id}", '"{id}","{ssn}","{born}"'])
        text = row.format(id=rnd.randint(1, 99999), ssn=ssn, born=born)
        assert _found(text, "US_SSN") == [ssn], text
        for tail in (".5", "/2", ".25", "/2024"):
            assert _found(f"value {ssn}{tail} here", "US_SSN") == [], ssn + tail


def _quad(rnd):
    return f"{rnd.randint(11, 99)}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}"


@pytest.mark.parametrize("prefix", [
    "driver (version {})", "Version: {}", "ver. {}", "ver {}", "v {}", "version={}", "VERSION = {}",
    '"version": "{}"', '"driverVersion":"{}"', "fileVersion='{}'", "build {}", "Build: {}", "release {}", "rev {}",
])
def test_dotted_quad_after_a_version_word_is_not_an_ip(prefix):
    rnd = random.Random(f"ver/{prefix}")
    for _ in range(20):
        text = prefix.format(_quad(rnd))
        assert _found(text, "IP_ADDRESS") == [], text


@pytest.mark.parametrize("template", [
    "connection from {} refused", "server {} (version 2)", "host={}", "conversion to {} failed",
    "vpn {}", "the release notes list {} as blocked", "IP version 4 address {}", "v2 at {}",
])
def test_ips_after_other_words_are_still_found(template):
    rnd = random.Random(f"ip/{template}")
    for _ in range(20):
        ip = _quad(rnd)
        text = template.format(ip)
        assert _found(text, "IP_ADDRESS") == [ip], text


def _made_up_name(rnd: random.Random) -> str:
    return " ".join("".join(rnd.choice("bdfgklmnprstvz") + rnd.choice("aeiou") for _ in range(rnd.randint(2, 3))).capitalize()
                    for _ in range(2))


@pytest.mark.parametrize("seed", range(5))
def test_names_that_their_label_names(seed: int) -> None:
    """A person-name key, a bare "name" beside contact keys in one object, a mail header's display name."""
    rnd = random.Random(f"labelled/{seed}")
    who = _made_up_name(rnd)
    first = who.split()[0]
    for text, value in ((f'"first_name": "{first}"', first), (f"  lastName: '{first}'", first),
                        (f'{{"id": 7, "email": "x@acme.io", "name": "{who}", "phone": "+1 555 0100"}}', who),
                        (f'{{"name": "{who}", "dob": "1990-01-02"}}', who),
                        (f'From: "{who}" <x.y@mail.acme.io>', who)):
        assert value in _found(text, "PERSON"), text
    for text in (f'{{"name": "{who}", "version": "1.2"}}', '"display_name": "Settings"', '"first_name": null'):
        assert not _found(text, "PERSON"), text


@pytest.mark.parametrize("seed", range(5))
def test_national_ids_beyond_ssn(seed: int) -> None:
    """CPF (check digits), Aadhaar (Verhoeff, after its name), PAN and passport numbers (after their label)."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_validators import _aadhaar, _cpf

    rnd = random.Random(f"national-ids/{seed}")
    cpf, uid = _cpf(rnd), _aadhaar(rnd)
    uid_spaced = f"{uid[:4]} {uid[4:8]} {uid[8:]}"
    pan = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P" + rnd.choice("ABCDEFGH") + \
        f"{rnd.randint(1000, 9999)}" + rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    passport = "".join(rnd.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)) + str(rnd.randint(0, 9))
    assert cpf in _found(f"Titular: Ana, CPF {cpf}", "BR_CPF")
    assert uid_spaced in _found(f"Aadhaar: {uid_spaced}", "IN_AADHAAR")
    assert pan in _found(f"PAN:   {pan}", "IN_PAN")
    assert passport in _found(f"Passport No.: {passport}", "PASSPORT")
    assert not _found(f"order {uid_spaced}", "IN_AADHAAR") and not _found("passport photo required", "PASSPORT")


@pytest.mark.parametrize("seed", range(5))
def test_account_names_in_home_paths_and_prompts(seed: int) -> None:
    rnd = random.Random(f"accounts/{seed}")
    user = "".join(rnd.choice("bdfgklmnprstvz") + rnd.choice("aeiou") for _ in range(3)) + rnd.choice(["", ".k", "_x"])
    for text in (f'File "/home/{user}/src/app.py", line 9', f"PS C:\\Users\\{user}\\repo> dir", f"/Users/{user}/Library/Caches",
                 f"{user}@{user}-laptop:~/src/billing$ make"):
        assert user in _found(text, "USERNAME"), text
    for text in ("/home/runner/work/app/main.py", "C:\\Users\\Public\\Desktop", "root@web-1:/etc# ls", "/home/user/x"):
        assert not _found(text, "USERNAME"), text
