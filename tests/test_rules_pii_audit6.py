"""Audit 6 (personal data), end to end through ``promptscrub scan``: dates of birth in English prose and
in other languages, a SIN with a note between label and number, phones after LDIF and European labels,
names after name keys (key=value logs, form bodies, LDIF, ticket fields) and account names (PowerShell
prompt, credentials URL, kubeconfig, net use /user:). Values are made up here at test time."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

RNG = random.Random("audit6-pii")


def scan(text: str) -> list[tuple[str, str]]:
    out = subprocess.run([sys.executable, "-m", "promptscrub", "scan", "-f", "jsonl", "-"], input=text,
                         capture_output=True, text=True, encoding="utf-8", check=False).stdout
    return [(f["type"], text[f["start"]:f["end"]]) for f in map(json.loads, out.splitlines())]


def word(rng: random.Random = RNG) -> str:
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 3))).capitalize()


def person(rng: random.Random = RNG) -> str:
    return f"{word(rng)} {word(rng)}"


def year(rng: random.Random = RNG) -> int:
    return rng.randint(1940, 2005)


def day(rng: random.Random = RNG) -> int:
    return rng.randint(1, 28)


def sin(rng: random.Random = RNG) -> str:
    """A Luhn-valid Canadian SIN, 3-3-3 with spaces."""
    while True:
        d = [rng.randint(1, 7)] + [rng.randint(0, 9) for _ in range(7)]
        for check in range(10):
            digits = d + [check]
            total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 else x for i, x in enumerate(digits))
            if total % 10 == 0:
                s = "".join(map(str, digits))
                return f"{s[:3]} {s[3:6]} {s[6:]}"


MONTHS = {
    "en": ["January", "March", "August", "November"], "de": ["Januar", "März", "Oktober", "Dezember"],
    "fr": ["janvier", "avril", "août", "décembre"], "es": ["enero", "marzo", "agosto", "noviembre"],
    "it": ["gennaio", "aprile", "luglio", "settembre"], "nl": ["januari", "maart", "mei", "oktober"],
    "pt": ["janeiro", "março", "junho", "outubro"], "pl": ["stycznia", "marca", "lipca", "grudnia"],
}


def long_date(lang: str, rng: random.Random = RNG) -> str:
    month, d, y = rng.choice(MONTHS[lang]), day(rng), year(rng)
    if lang == "en":
        return f"{month} {d}, {y}"
    if lang == "de":
        return f"{d}. {month} {y}"
    if lang in ("es", "pt"):
        return f"{d} de {month} de {y}"
    return f"{d} {month} {y}"


def numeric_date(sep: str = ".", rng: random.Random = RNG) -> str:
    return f"{day(rng):02d}{sep}{rng.randint(1, 12):02d}{sep}{year(rng)}"


# ------------------------------------------------------------------------------------ dates of birth

@pytest.mark.parametrize("template,lang", [
    ("Hi, my date of birth is {} and my address is below.\n", "en"),
    ("Geburtsdatum: {}\n", "de"), ("geboren am {} in Kassel\n", "de"),
    ("- date de naissance : {}\n", "fr"), ("Elle est née le {} à Lyon.\n", "fr"),
    ("Fecha de nacimiento: {}\n", "es"), ("[10:05] Ana: nació el {}\n", "es"),
    ("Data di nascita: {}\n", "it"), ("nato il {} a Torino\n", "it"),
    ("Geboortedatum: {}\n", "nl"), ("Data de nascimento: {}\n", "pt"), ("nascida em {}\n", "pt"),
    ("Data urodzenia: {}\n", "pl"), ("urodzona {}\n", "pl"),
])
def test_birth_date_with_a_month_name(template: str, lang: str) -> None:
    date = long_date(lang)
    assert ("DATE", date) in scan(template.format(date))


@pytest.mark.parametrize("template", [
    "Geburtsdatum: {}\n", "geb. {} in Kassel\n", "Data urodzenia: {}\n", "nació el {}\n", "né(e) le {}\n",
    "nato il {}\n", "geboren op {}\n",
])
def test_birth_date_numeric(template: str) -> None:
    date = numeric_date(RNG.choice("./"))
    assert ("DATE", date) in scan(template.format(date))


@pytest.mark.parametrize("text", [
    "The release date is January 18, 2024.\n", "Geburtsdatum: 14. Foo 2002\n", "né le 31.02.1984\n", "nato il progetto nel 2019\n",
    "geb. Müller, verheiratet\n", "Il est né le jour où la release 2.0 est sortie.\n",
    "The meeting on 3 March 1990 was recorded.\n", "Deadline: 14. November 2025\n",
])
def test_other_dates_are_left(text: str) -> None:
    assert [f for f in scan(text) if f[0] == "DATE"] == []


# -------------------------------------------------------------------------------------- national ids

def test_sin_with_a_note_between_label_and_number() -> None:
    number = sin()
    assert ("CA_SIN", number) in scan(f"SIN ({word()}, prior residence): {number}\n")
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert ("CA_SIN", bad) not in scan(f"SIN ({word()}, prior residence): {bad}\n")


# ------------------------------------------------------------------------------------------- phones

@pytest.mark.parametrize("template", [
    "telephoneNumber: {}\n", "mobile: {}\n", "homePhone: {}\n", "Telefoon: {}\n", "Teléfono: {}\n",
    "she wants a callback at {}.\n",
])
def test_national_phone_after_a_label(template: str) -> None:
    number = f"0{RNG.randint(10, 99)} {RNG.randint(1000000, 9999999)}"
    assert ("PHONE", number) in scan(template.format(number))


def test_not_a_phone_after_a_label() -> None:
    assert [f for f in scan("Telefoon: 12.03.2024\nmobile: true\ncallback at 10:30\n") if f[0] == "PHONE"] == []


# -------------------------------------------------------------------------------------------- names

def test_name_in_a_key_value_log_line() -> None:
    who = person()
    assert ("PERSON", who) in scan(f"10-19 14:21:49.391  4211  4211 I ProfileRepo: loaded profile name={who} phone=x\n")
    assert [f for f in scan("name=Build Status\nname=My App\n") if f[0] == "PERSON"] == []


def test_name_in_a_form_body() -> None:
    first, last = word(), word()
    text = f"amount=10&currency=eur&name={first}+{last}&email=x%40example.org\n"
    assert ("PERSON", f"{first}+{last}") in scan(text)
    assert [f for f in scan("q=1&name=Build+Status&version=2\n") if f[0] == "PERSON"] == []


def test_ldif_person_names() -> None:
    first, last = word(), word()
    text = f"dn: uid=x,ou=people,dc=ex\ncn: {first} {last}\nsn: {last}\ngivenName: {first}\nmail: a@ex.org\n"
    got = scan(text)
    assert ("PERSON", f"{first} {last}") in got
    group = "dn: cn=Domain Admins,ou=groups,dc=ex\ncn: Domain Admins\nmember: uid=x,ou=people,dc=ex\n"
    assert [f for f in scan(group) if f[0] == "PERSON"] == []


def test_ticket_assignee() -> None:
    who = person()
    assert ("PERSON", who) in scan(f"Status: Open   Priority: High   Assignee: {who}\nDue: Friday\n")
    assert [f for f in scan("Assignee: Platform Team\n") if "Platform" in f[1]] == []


# ------------------------------------------------------------------------------------------ accounts

def account(rng: random.Random = RNG) -> str:
    return word(rng).lower() + rng.choice(["", ".", ""]) + word(rng).lower()[:4]


def test_powershell_prompt_user() -> None:
    user = account()
    assert ("USERNAME", user) in scan(f"PS C:\\Users\\{user}> Get-ChildItem\n")
    assert [f for f in scan("PS C:\\Users\\Administrator> whoami\n") if f[0] == "USERNAME"] == []


def test_credentials_url_user() -> None:
    user = account()
    token = "".join(RNG.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH23456789") for _ in range(36))
    assert ("USERNAME", user) in scan(f"https://{user}:ghp_{token}@github.com\n")
    assert [f for f in scan(f"https://oauth2:{token}@gitlab.com\n") if f[0] == "USERNAME"] == []


def test_kubeconfig_user() -> None:
    user = account()
    text = f"users:\n- name: {user}\n  user:\n    token: x\ncontexts:\n- context: {{cluster: prod, user: {user}}}\n"
    assert [f for f in scan(text) if f == ("USERNAME", user)] == [("USERNAME", user)] * 2


def test_net_use_user() -> None:
    user = account()
    assert ("USERNAME", user) in scan(f"net use Z: \\\\fs01\\share /user:ACME\\{user} x\n")
