"""Audit 7 (people and their identifiers), end to end through ``promptscrub scan``: Teams headers "Last, First"
before a date and time, the user@host comment of a public key, @handles in code-review timelines and after a
Discord: label, airline booking records (GDS name, PNR, e-ticket, frequent flyer, SSR DOCS, CTCE e-mail),
Kubernetes namespaces in JSON alert labels, ticket keys after related= / closing a line, and Nordic
employee-number labels. Every value is made up here at test time from a seeded generator."""
from __future__ import annotations

import json
import random
import string
import subprocess
import sys

import pytest

RNG = random.Random("audit7-people")


def scan(text: str) -> list[tuple[str, str]]:
    out = subprocess.run([sys.executable, "-m", "promptscrub", "scan", "-f", "jsonl", "-"], input=text,
                         capture_output=True, text=True, encoding="utf-8", check=False).stdout
    return [(f["type"], text[f["start"]:f["end"]]) for f in map(json.loads, out.splitlines())]


def word(rng: random.Random = RNG) -> str:
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 3))).capitalize()


def handle(rng: random.Random = RNG) -> str:
    return word(rng)[0].lower() + word(rng).lower() + rng.choice(["", str(rng.randint(1, 99)), "-dev", "_x"])


def upper_alnum(n: int, rng: random.Random = RNG, digits: int = 1) -> str:
    """n upper-case letters and digits with at least ``digits`` digits."""
    chars = [rng.choice(string.digits) for _ in range(digits)] + [rng.choice(string.ascii_uppercase + string.digits) for _ in range(n - digits)]
    rng.shuffle(chars)
    return "".join(chars)


def digits(n: int, rng: random.Random = RNG) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def blob(rng: random.Random = RNG) -> str:
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(43))


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def gds_date(rng: random.Random = RNG) -> str:
    return f"{rng.randint(1, 28):02d}{rng.choice(MONTHS)}{rng.randint(0, 99):02d}"


# ------------------------------------------------------------------------------------ Teams headers

@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("stamp", ["{d:02d}/{m:02d}/{y}, {h:02d}:{mi:02d}", "{m}/{d}/{y} {h12}:{mi:02d} PM", "{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}"])
def test_teams_header_last_first_before_timestamp(seed, stamp):
    rng = random.Random(f"teams/{seed}/{stamp}")
    last, first = word(rng), word(rng)
    when = stamp.format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(2020, 2026), h=rng.randint(0, 23),
                        h12=rng.randint(1, 12), mi=rng.randint(0, 59))
    text = f"{last}, {first} {when}\nis the {word(rng).lower()} job green again?\n"
    assert ("PERSON", f"{last}, {first}") in scan(text)
    # a date-less line, a sentence after the stamp, or a weekday in the given-name place is no header
    assert ("PERSON", f"{last}, {first}") not in scan(f"{last}, {first} {when} said the build is green\n")
    assert not any(t == "PERSON" and "Monday" in v for t, v in scan(f"Reminder, Monday {when}\n"))


# ------------------------------------------------------------------------------------ public-key comments

@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("keytype", ["ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"])
def test_public_key_comment_user_and_workstation(seed, keytype):
    rng = random.Random(f"pubkey/{seed}/{keytype}")
    user = handle(rng)
    host = f"{word(rng)[:3].upper()}-LT{digits(4, rng)}"
    found = scan(f"# authorized_keys\n{keytype} {blob(rng)} {user}@{host}\n")
    assert ("USERNAME", user) in found and ("HOSTNAME", host) in found
    # generic accounts and hosts stay; a user@host in prose (no key blob before it) is not read
    generic = scan(f"{keytype} {blob(rng)} deploy@localhost\n")
    assert not any(t in ("USERNAME", "HOSTNAME") for t, _ in generic)
    assert not any(t == "HOSTNAME" for t, _ in scan(f"ask {user}@{host} about it\n"))


# ------------------------------------------------------------------------------------ review mentions, Discord

@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("template", [
    "**@{u}** commented on `src/app.py` line {n}:\n", "@{u} approved these changes\n", "@{u} requested changes {n} days ago\n",
    "__@{u}__ reviewed\n", "@{u} mentioned this pull request\n", "(Discord: {u}#{d4})\n", "Discord: {lu}\n",
])
def test_review_mentions_and_discord_handles(seed, template):
    rng = random.Random(f"mention/{seed}/{template}")
    u = handle(rng)
    text = template.format(u=u, lu=u.lower().replace("-", "_"), n=rng.randint(2, 400), d4=digits(4, rng))
    values = [v for t, v in scan(text) if t == "USERNAME"]
    assert values and all(v.split("#")[0] in (u, u.lower().replace("-", "_")) for v in values)


@pytest.mark.parametrize("seed", range(3))
def test_bold_review_author(seed):
    rng = random.Random(f"bold-author/{seed}")
    name = f"{word(rng)} {word(rng)}"
    assert ("PERSON", name) in scan(f"**{name}** replied:\nGood catch, moving it to the {word(rng).lower()} store.\n")
    assert not any(t == "PERSON" for t, _ in scan("**Release Bot** commented\n**Platform Team** replied:\n"))


@pytest.mark.parametrize("text", [
    "@param name commented out\n", "@Override\n    public void reviewed() {}\n", "@dependabot commented on this\n",
    "npm i @types/node reviewed\n", "@dataclass\nclass Approved:\n", "Discord: https://discord.gg/abcdef\n", "const x = {discord: client};\n",
])
def test_review_mentions_leave_code_alone(text):
    assert not any(t == "USERNAME" for t, _ in scan(text))


# ------------------------------------------------------------------------------------ airline bookings

@pytest.mark.parametrize("seed", range(5))
def test_gds_booking_record(seed):
    rng = random.Random(f"gds/{seed}")
    surname, given = word(rng).upper(), word(rng).upper()
    title = rng.choice(["MR", "MRS", "MS", "MISS", "DR"])
    locator = upper_alnum(6, rng, digits=rng.randint(0, 2))
    ticket = f"{digits(3, rng)}-{digits(10, rng)}"
    ff = digits(rng.randint(9, 12), rng)
    doc = upper_alnum(9, rng, digits=3)
    dob, exp = gds_date(rng), gds_date(rng)
    mail = f"{surname.lower()}.{given[0].lower()}//{word(rng).lower()}.de"
    text = (f"BOOKING REFERENCE: {locator}\n 1.1{surname}/{given} {title}\n"
            f" 1 LH 401 Y 12MAY FRAJFK HK1 1000 1240\n"
            f"SSR DOCS LH HK1 P/DE/{doc}/DE/{dob}/F/{exp}/{surname}/{given}\n"
            f"SSR FQTV LH HK1 LH {ff}\nTKT/TIME LIMIT\n  1.TE {ticket}\nCTCE {mail}\n")
    found = scan(text)
    for expected in [("PERSON", f"{surname}/{given}"), ("BOOKING_REFERENCE", locator), ("ETICKET_NUMBER", ticket),
                     ("FREQUENT_FLYER_NUMBER", ff), ("PASSPORT", doc), ("DATE", dob), ("EMAIL", mail)]:
        assert expected in found, (expected, found)
    # the flight segment line (flight number, date, airports) is no personal data
    assert not any("FRAJFK" in v or v == "12MAY" for _, v in found)


@pytest.mark.parametrize("seed", range(3))
def test_booking_labels_in_prose(seed):
    rng = random.Random(f"booking-prose/{seed}")
    surname, given = word(rng).upper(), word(rng).upper()
    locator, ticket, ff = upper_alnum(6, rng), f"{digits(3, rng)}-{digits(10, rng)}", digits(10, rng)
    bare = digits(13, rng)
    text = (f"NAME: {surname}/{given} MR\nYour booking reference is {locator}.\nE-Ticket No.: {ticket}\n"
            f"Frequent flyer number: LH {ff}\nETKT {bare}\n")
    found = scan(text)
    assert {("PERSON", f"{surname}/{given}"), ("BOOKING_REFERENCE", locator), ("ETICKET_NUMBER", ticket),
            ("FREQUENT_FLYER_NUMBER", ff)} <= set(found), found
    # 13 bare digits may also pass the card check: redacted either way
    assert ("ETICKET_NUMBER", bare) in found or ("CREDIT_CARD", bare) in found


@pytest.mark.parametrize("text", [
    "the CI/CD DR drills run weekly\n", "TCP/IP MS stack\n", "PNR: STATUS\n", "ticket #4471 was closed\n", "ETKT 220-123456789\n",
    "order 220-1234567890 shipped\n", "frequent flyer tier GOLD\n",
])
def test_booking_rules_need_their_shape(text):
    travel = {"BOOKING_REFERENCE", "ETICKET_NUMBER", "FREQUENT_FLYER_NUMBER"}
    assert not any(t in travel or (t == "PERSON" and "/" in v) for t, v in scan(text))


# ------------------------------------------------------------------------------------ namespaces, tickets, employee numbers

@pytest.mark.parametrize("seed", range(4))
def test_namespace_in_alert_labels(seed):
    rng = random.Random(f"ns/{seed}")
    ns = f"{word(rng).lower()}-{word(rng).lower()}-{rng.choice(['prod', 'stg', 'dev'])}"
    payload = {"receiver": "team", "alerts": [{"status": "firing", "labels": {
        "alertname": "HighErrorRate", "namespace": ns, "severity": "page"}}]}
    assert ("K8S_NAMESPACE", ns) in scan(json.dumps(payload, indent=2))
    assert ("K8S_NAMESPACE", ns) in scan(f'rate(http_requests_total{{job="api", namespace="{ns}"}}[5m])\n')
    system = {"labels": {"namespace": "kube-system"}}
    assert not any(t == "K8S_NAMESPACE" for t, _ in scan(json.dumps(system)))
    assert not any(t == "K8S_NAMESPACE" for t, _ in scan(json.dumps({"namespace": ns, "kind": "php"})))


@pytest.mark.parametrize("seed", range(4))
def test_ticket_key_related_and_line_end(seed):
    rng = random.Random(f"ticket/{seed}")
    key = f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(2, 5)))}-{rng.randint(1, 99999)}"
    assert ("TICKET_ID", key) in scan(f'"details": "host=x runbook=https://wiki/r related={key}"\n')
    assert ("TICKET_ID", key) in scan(f"WARN retry storm on the {word(rng).lower()} queue ({key})\n")
    assert ("TICKET_ID", key) in scan(f"hey can someone look at {key}? the {word(rng).lower()} job keeps failing\n")
    for std in ("UTF-8", "SHA-256", "PEP-8"):
        assert not any(t == "TICKET_ID" for t, _ in scan(f"decode the body ({std})\nrelated={std}\n"))


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("label", ["Anställningsnummer:", "Anst.nr", "ansattnummer:", "Medarbejdernummer:", "Ansættelsesnummer", "Työntekijänumero:"])
def test_nordic_employee_number_labels(seed, label):
    rng = random.Random(f"emp/{seed}/{label}")
    value = rng.choice([f"{upper_alnum(2, rng, 0)}-{digits(6, rng)}", digits(6, rng), f"{upper_alnum(2, rng, 0)}{digits(6, rng)}"])
    assert ("EMPLOYEE_ID", value) in scan(f"Namn: x\n{label} {value}\n")
    assert not any(t == "EMPLOYEE_ID" for t, _ in scan(f"{label} saknas\n"))
