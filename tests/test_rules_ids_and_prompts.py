"""Identifiers that only their label or context marks: employee numbers (rules/internal/identifiers.toml), ticket
keys without a company config (same pack), the host in a copied shell prompt (rules/internal/hosts.toml), card
security codes (rules/pii/financial.toml) and "Last, First" chat headers (rules/pii/labelled.toml).
Every value is generated here from a seeded random.Random; the look-alikes next to them must stay untouched."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SEEDS = range(6)
UPPER, CONSONANTS, VOWELS = string.ascii_uppercase, "bdfgklmnprstvz", "aeiou"


@pytest.fixture(scope="module")
def scrubber():  # noqa: ANN201
    return build_scrubber(Config())


def found(scrubber, text: str, type_: str) -> set[str]:  # noqa: ANN001
    return {text[f.start:f.end] for f in scrubber.find(text) if f.type == type_}


def word(rnd: random.Random, syllables: int = 3) -> str:
    return "".join(rnd.choice(CONSONANTS) + rnd.choice(VOWELS) for _ in range(syllables))


def employee_number(rnd: random.Random) -> str:
    shape = rnd.choice(["E{d6}", "{d5}", "{L}{L}-{d4}", "{d7}", "{L}{d5}", "{d4}-{d3}"])
    out = shape
    for key, make in (("{d6}", lambda: f"{rnd.randint(100000, 999999)}"), ("{d5}", lambda: f"{rnd.randint(10000, 99999)}"),
                      ("{d7}", lambda: f"{rnd.randint(0, 9999999):07d}"), ("{d4}", lambda: f"{rnd.randint(1000, 9999)}"),
                      ("{d3}", lambda: f"{rnd.randint(100, 999)}")):
        while key in out:
            out = out.replace(key, make(), 1)
    while "{L}" in out:
        out = out.replace("{L}", rnd.choice(UPPER), 1)
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_employee_numbers_after_their_label(scrubber, seed: int) -> None:  # noqa: ANN001
    rnd = random.Random(f"employee/{seed}")
    value = employee_number(rnd)
    for template in ("Employee number:      {}", "employee_id = '{}'", '{{"empId": "{}", "team": "ledger"}}', "Staff No. {}",
                     "Personalnummer: {}", "Mitarbeiter-Nr.: {}", "Matricule : {}", "N° d'employé : {}", "EMP#{} approved",
                     "Número de empleado: {}", "| Employee ID | {} |", "Employee ID: {}, please re-issue the badge", "employee id {} again"):
        text = template.format(value)
        assert value in found(scrubber, text, "EMPLOYEE_ID"), text


@pytest.mark.parametrize("text", [
    "employee_id = request.args.get('employee_id')", "employee_id BIGINT NOT NULL", "employee_id int8,",
    "emp_id = uuid4()", "Employee IDs have six digits", "employee number 7", "employee_id,dept2,name", "Employee ID: TBD",
    "temperature_id 48213", "Employee ID: 2023-11-02", "the staff meeting at 10:30", "personal number 0301",
])
def test_employee_look_alikes(scrubber, text: str) -> None:  # noqa: ANN001
    assert not found(scrubber, text, "EMPLOYEE_ID"), text


def ticket_key(rnd: random.Random) -> str:
    project = "".join(rnd.choice(UPPER) for _ in range(rnd.randint(2, 6)))
    return f"{project}-{rnd.randint(1, 99999)}"


@pytest.mark.parametrize("seed", SEEDS)
def test_ticket_keys_where_the_context_says_ticket(scrubber, seed: int) -> None:  # noqa: ANN001
    rnd = random.Random(f"ticket/{seed}")
    key = ticket_key(rnd)
    commit = "".join(rnd.choice("0123456789abcdef") for _ in range(7))
    for template in ("Close {} once the replica caught up.", "fixes {}", "Resolves: {}", "see also {} for the rollback",
                     "tracked in Jira {}", "ticket #{}", "https://jira.{w}.io/browse/{}", "[{}] Retry webhook delivery",
                     "{}: round invoice totals", f"{commit} {{}} drop the legacy view", "## Failover runbook ({})",
                     "### Q3 plan [{}]", f"{commit} Round totals ({{}})"):
        text = template.replace("{w}", word(rnd)).format(key)
        assert key in found(scrubber, text, "TICKET_ID"), text


@pytest.mark.parametrize("text", [
    "see RFC-7231 section 6.5", "fixes UTF-8 decoding of headers", "see ISO-8601 dates", "closes CVE-2024-3094",
    "see SHA-256 digests", "issue with COVID-19 rules", "see PEP-8", "fix the X-1 label", "fixes TLS-1 fallback",
    "see IPv4-mapped addresses", "[RFC-7231] says so", "UTF-8: the default", "## Checksums (SHA-256)",
    "LEDG-4471 was mentioned", "buf[MAX-1] = 0", "[MAX-1] = 0",
    "ticket abc-123", "see LEDG-0", "fixes GPT-4 prompts", "see ECMA-262", "see STEP-2 below", "closes ED-25519 support",
])
def test_ticket_look_alikes(scrubber, text: str) -> None:  # noqa: ANN001
    assert not found(scrubber, text, "TICKET_ID"), text


def test_a_key_in_parentheses_closing_a_commit_subject_is_a_ticket(scrubber) -> None:  # noqa: ANN001
    """"Round invoice totals (LEDG-4471)": the convention of commit subjects and changelogs (once a
    look-alike here; held-out audit 7 found such keys left in clear). Public prefixes stay (UTF-8)."""
    assert found(scrubber, "Round invoice totals (LEDG-4471)\n", "TICKET_ID") == {"LEDG-4471"}
    assert not found(scrubber, "Decode the body (UTF-8)\n", "TICKET_ID")


@pytest.mark.parametrize("seed", SEEDS)
def test_host_in_a_shell_prompt(scrubber, seed: int) -> None:  # noqa: ANN001
    rnd = random.Random(f"prompt-host/{seed}")
    user = word(rnd, 2) + rnd.choice(["", "k", "_x"])
    owner = word(rnd).capitalize()
    for host, template in ((f"{user}-Latitude-7420", "{u}@{h}:~/src/billing$ make"), (f"{owner}s-MacBook-Pro", "{u}@{h} ~ % ls -la"),
                           (f"ws-{user}-0{rnd.randint(1, 9)}", "[{u}@{h} ledger]$ make"), (f"db-{word(rnd, 2)}-03", "root@{h}:/var/lib# ls")):
        text = template.format(u=user, h=host)
        assert host in found(scrubber, text, "HOSTNAME"), text
    assert user in found(scrubber, f"[{user}@ws-{user}-01 ledger]$ make", "USERNAME")


@pytest.mark.parametrize("text", [
    "git@github.com:acme/app.git", "contact: ops@acme.io", "user@localhost:~$ ls", "pi@raspberrypi:~ $ ls",
    "root@3f2c9a7b1d0e:/app# ls", "write to jane.doe@acme.io about it", "ssh deploy@build-7 'ls ~/x'",
])
def test_prompt_host_look_alikes(scrubber, text: str) -> None:  # noqa: ANN001
    assert not found(scrubber, text, "HOSTNAME"), text


@pytest.mark.parametrize("seed", SEEDS)
def test_card_security_code_after_its_label(scrubber, seed: int) -> None:  # noqa: ANN001
    rnd = random.Random(f"cvv/{seed}")
    code = f"{rnd.randint(0, 999):03d}" if rnd.random() < 0.7 else f"{rnd.randint(1000, 9999)}"
    for template in ("exp 04/29 cvv {}, second card", "CVC: {}", "CVV2={}", "security code {}", "the CVV is {}",
                     "Kartenprüfnummer: {}", "card verification value: {}"):
        text = template.format(code)
        assert code in found(scrubber, text, "CARD_CVV"), text


@pytest.mark.parametrize("text", [
    "cvv 12345", "CVC: 12", "CVV field is required", "security code 482913 expires in 5 minutes", "cvv 2024-01-02",
    "CVE-2024-3094", "cvv 1.25", "a 3-digit cvv",
])
def test_card_security_code_look_alikes(scrubber, text: str) -> None:  # noqa: ANN001
    assert not found(scrubber, text, "CARD_CVV"), text


@pytest.mark.parametrize("seed", SEEDS)
def test_last_first_chat_headers(scrubber, seed: int) -> None:  # noqa: ANN001
    rnd = random.Random(f"teams/{seed}")
    name = f"{word(rnd).capitalize()}, {word(rnd, 2).capitalize()}"
    for stamp in (f"[{rnd.randint(1, 12)}:{rnd.randint(0, 59):02d} {rnd.choice(['AM', 'PM'])}]", f"[{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}]",
                  f"[{rnd.randint(1, 28):02d}/03/2025 {rnd.randint(0, 23)}:{rnd.randint(0, 59):02d}]"):
        text = f"{stamp} {name}\nthe migration is done\n"
        assert name in found(scrubber, text, "PERSON"), text


@pytest.mark.parametrize("text", ["[9:40 AM] Standup notes, agenda", "[INFO] Kowalczyk, Ilona", "[9:40 AM] kowalczyk, ilona",
                                  "[9:40 AM] Build, Test and Deploy finished"])
def test_chat_header_look_alikes(scrubber, text: str) -> None:  # noqa: ANN001
    assert not [f for f in scrubber.find(text) if f.rule_id == "chat-header-last-first"], text


@pytest.mark.parametrize("seed", SEEDS)
def test_owner_in_an_ls_listing(scrubber, seed: int) -> None:  # noqa: ANN001
    rnd = random.Random(f"ls-owner/{seed}")
    user = word(rnd, 2) + rnd.choice(["", "k", ".x"])
    for line in (f"drwxr-xr-x   5 {user}  staff   160 Mar 11 17:02 .", f"-rw-r--r--@  1 {user}  staff  {rnd.randint(10, 99999)} Jan  2 09:14 a.json",
                 f"-rw-------  1 {user} {user} 3072 Apr  1 10:00 .bash_history"):
        assert user in found(scrubber, line, "USERNAME"), line
    for line in ("drwxr-xr-x   5 root  wheel   160 Mar 11 17:02 .", "-rw-r--r--  1 www-data www-data 12 Jan 1 00:00 x",
                 "-rw-r--r--  1 1000 1000 12 Jan 1 00:00 x", "lrwxrwxrwx  1 _spotlight staff 5 Jan 1 00:00 y"):
        assert not found(scrubber, line, "USERNAME"), line


def test_card_cvv_is_a_configurable_pii_type() -> None:
    from promptscrub.pii_config import parse_pii_config

    cfg = parse_pii_config({"disabled_types": ["CARD_CVV"]}, "cfg.toml")
    assert not cfg.type_enabled("CARD_CVV")
