"""Internal identifiers a held-out leak audit found in clear with the default config: ticket keys where the
context says they are tickets (commit subjects, git log, branch names, tracker URLs, data fields, TODO
markers, mail subjects, "tracked in" prose in several languages, lists of keys), employee and badge numbers
after their word, and what must stay: standards, encodings, versions and the well-known default host names
of tools. Keys and numbers are generated here, afresh on every run."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.internal_validators import PUBLIC_KEY_PREFIXES, internal_hostname, ticket_key
from promptscrub.scrubber import build_scrubber

RNG = random.Random()


def _prefix() -> str:
    """A project prefix no validator list holds: 2-5 capitals, sometimes a digit after the first two."""
    while True:
        p = "".join(RNG.choices(string.ascii_uppercase, k=RNG.randint(2, 5)))
        if RNG.random() < 0.2:
            p += RNG.choice(string.digits)
        if p not in PUBLIC_KEY_PREFIXES:
            return p


def _key() -> str:
    return f"{_prefix()}-{RNG.randint(1, 99999)}"


def _emp() -> str:
    """A badge-style number: 1-3 capitals, a dash, 5-6 digits (VM-345851 shape)."""
    letters = "".join(RNG.choices(string.ascii_uppercase, k=RNG.randint(1, 3)))
    return f"{letters}-{RNG.randint(10000, 999999)}"


def _digits(n: int) -> str:
    return str(RNG.randint(1, 9)) + "".join(RNG.choices(string.digits, k=n - 1))


def _hex(n: int) -> str:
    return "".join(RNG.choices("0123456789abcdef", k=n))


@pytest.fixture(scope="module")
def scrubber():  # noqa: ANN201
    return build_scrubber(Config())


def _found(scrubber, text: str) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(text[f.start:f.end], f.type) for f in scrubber.find(text)}


def _covered(scrubber, text: str, value: str, type_: str) -> bool:  # noqa: ANN001
    """``value`` is found as ``type_``, or lies inside a longer finding (redacted either way: no leak)."""
    i = text.index(value)
    spans = [(f.start, f.end, f.type) for f in scrubber.find(text)]
    return any(s == i and e == i + len(value) and t == type_ for s, e, t in spans) or any(
        s <= i and i + len(value) <= e and e - s > len(value) for s, e, _ in spans)


def _internal(scrubber, text: str) -> list[str]:  # noqa: ANN001
    return [text[f.start:f.end] for f in scrubber.find(text) if f.category == "internal"]


TICKET_CONTEXTS = [
    # commit subjects, git log, branches
    "From: Dev <dev@example.com>\nDate: Thu, 9 Oct 2025 17:42:10 +0200\nSubject: [PATCH] {k}: wire up the notifier\n",
    "Subject: [PATCH v3 2/5] {k} drop the legacy view",
    "{h7} {k} fix rounding in invoice totals",
    "commit {h40}\nAuthor: Dev <dev@example.com>\nDate:   Wed Oct 27 12:22:09 2025 +0200\n\n    {k} fix rounding in totals\n",
    "commit {h40}\nAuthor: Dev <dev@example.com>\nDate:   Mon Mar 3 09:00:00 2025 +0100\n\n    [{k}] retry webhooks\n",
    "    Merge pull request #{n} from someorg/{k}-retry-webhooks",
    "Merge branch '{k}-login-fix' into main",
    "git checkout -b feature/{k}-retry-webhooks",
    "pushed hotfix/{k} to origin",
    # tracker URLs
    "curl -u u:p https://jira.example.net/rest/api/2/issue/{k}",
    "https://jira.example.net/browse/{k}",
    "https://example.atlassian.net/jira/software/projects/X/boards/3?selectedIssue={k}",
    # data fields
    '{{"ticket": "{k}", "owner": "ops"}}',
    '  "ticket"  = "{k}"',
    'jira_issue = "{k}"',
    "issue_key: {k}",
    '{{"id": "{n}", "key": "{k}", "fields": {{}}}}',
    # markers and mail subjects
    "# TODO({k}): move to vault",
    "// FIXME {k}: remove after the migration",
    "Subject: Re: onboarding paperwork / {k}",
    "# values-prod.yaml  ({k} bump)\nimage:\n  tag: 1.4.2",
    # prose, several languages
    "blockers tracked in {k}.",
    "ok, I'll log it under {k}. Is the secret rotated?",
    "I've put the notes in {k} and pinged the team",
    "it's in the channel and it leaked in {k}",
    "Gedaan. Het wachtwoord staat ook in {k}.",
    "Details siehe {k}.",
    "voir {k} pour le contexte",
    "vedi {k} per i dettagli",
    "see {k}",
]


@pytest.mark.parametrize("template", TICKET_CONTEXTS)
def test_ticket_key_in_context_is_redacted(scrubber, template: str) -> None:  # noqa: ANN001
    key = _key()
    text = template.format(k=key, h7=_hex(7), h40=_hex(40), n=RNG.randint(2, 9999))
    assert _covered(scrubber, text, key, "TICKET_ID"), text


@pytest.mark.parametrize("joiner", [" and ", ", ", "/", " en ", " und "])
def test_every_key_of_a_two_key_list(scrubber, joiner: str) -> None:  # noqa: ANN001
    a, b = _key(), _key()
    text = f"- Migration is 80% done; blockers tracked in {a}{joiner}{b}."
    found = _found(scrubber, text)
    assert (a, "TICKET_ID") in found and (b, "TICKET_ID") in found, text


def test_last_key_of_a_longer_list(scrubber) -> None:  # noqa: ANN001
    a, b, c = _key(), _key(), _key()
    found = _found(scrubber, f"fixes {a}, {b} and {c}")
    assert (a, "TICKET_ID") in found and (c, "TICKET_ID") in found


# the same cues in front of things that are no tickets: standards, encodings, hashes, versions
NOT_TICKETS = ["UTF-8", "SHA-256", "HTTP-2", "ES-2015", "PEP-8", "TLS-13", "X-1", "ISO-27001", "RFC-7231", "ICD-10",
               "IL-6", "COVID-19", "GPT-4", "SQL-92", "AES-256", "KT-12345", "QTBUG-1234", "HHH-1234", "EAN-13"]
NOT_TICKET_CONTEXTS = [
    "see {x}", "tracked in {x}", "described in {x} and {x2}", "# TODO({x}): upstream", "Subject: [PATCH] {x}: support",
    '"ticket": "{x}"', '{{"key": "{x}"}}', "Merge branch '{x}-support'", "git checkout -b feature/{x}-support",
    "{h7} {x} support", "https://tracker.example.org/issues/{x}", "siehe {x}", "staat ook in {x}",
]


@pytest.mark.parametrize("template", NOT_TICKET_CONTEXTS)
def test_standards_and_versions_stay(scrubber, template: str) -> None:  # noqa: ANN001
    for x in NOT_TICKETS:
        text = template.format(x=x, x2=RNG.choice(NOT_TICKETS), h7=_hex(7))
        assert _internal(scrubber, text) == [], text


@pytest.mark.parametrize("text", [
    "Python 3.11.7 (main, Dec  8 2023, 14:22:58) [GCC 11.4.0] on linux",
    "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=UTF-8\r\n",
    "Content-Type: text/plain; charset=ISO-8859-1",
    "We follow PEP-8 and ISO-27001; see CVE-2024-3094 and RFC-9110.",
    "blocked by ABC-123-beta",  # not a key: it goes on
    "see abc-123",  # lower case is not Jira's shape
    "Subject: weekly report",
    "the employee 2024 survey; badge v1.2.3; Employee of the month",
    "employee_id = request.args.get('id')",
])
def test_ordinary_text_keeps_its_words(scrubber, text: str) -> None:  # noqa: ANN001
    assert _internal(scrubber, text) == [], text


EMPLOYEE_CONTEXTS = [
    "your badge ({e}) will be at reception",
    "- Employee {e} is the on-call for the cut-over",
    "Employee: {e}",
    "badge no. {d6}",
    "Badge ID: {e}",
    "employee ID {e}",
    "Personalnummer: {d6}",
    "matricule {d6}",
    "numero di matricola {d6}",
    "personeelsnummer {d6}",
    "Medewerkernummer: {d6}",
    "número de empleado: {d6}",
    "Mitarbeiter: {d6}",
]


@pytest.mark.parametrize("template", EMPLOYEE_CONTEXTS)
def test_employee_number_after_its_word(scrubber, template: str) -> None:  # noqa: ANN001
    e, d6 = _emp(), _digits(6)
    text = template.format(e=e, d6=d6)
    value = e if "{e}" in template else d6
    assert _covered(scrubber, text, value, "EMPLOYEE_ID"), text


@pytest.mark.parametrize("host", [
    "chart-example.local", "host.docker.internal", "gateway.docker.internal", "host.containers.internal",
    "raspberrypi.local", "myapp.local", "example.local",
])
def test_documented_default_hosts_stay(scrubber, host: str) -> None:  # noqa: ANN001
    text = f"ingress:\n  hosts:\n    - host: {host}\n      paths: ['/']\ncurl http://{host}:8080/healthz"
    assert _internal(scrubber, text) == [], text
    assert not internal_hostname(host)


def test_company_hosts_under_local_still_found(scrubber) -> None:  # noqa: ANN001
    company = "".join(RNG.choices(string.ascii_lowercase, k=7))
    for host in (f"kibana.{company}.local", "kibana.corp.local", f"grafana.myapp.local", f"myapp.{company}.local",
                 f"build-{RNG.randint(1, 99)}.{company}.internal"):
        text = f"curl http://{host}:5601/app"
        assert (host, "INTERNAL_HOST") in _found(scrubber, text), text


@pytest.mark.parametrize("text", [
    "from werkzeug.local import LocalProxy", "from hypothesis.internal import charmap", "import zetaco.internal",
    "returns a ``py.path.local`` object", "    FIELD_NUMBER_per_host: builtins.int",
])
def test_module_paths_are_no_hosts(scrubber, text: str) -> None:  # noqa: ANN001
    assert _internal(scrubber, text) == [], text


def test_ticket_key_validator_prefixes() -> None:
    assert ticket_key(_key())
    for public in ("ICD-10", "IL-6", "SQL-92", "KT-1234", "QTBUG-77", "HHH-1", "EAN-13", "FY-2024", "HS-256", "RS-232"):
        assert not ticket_key(public), public
