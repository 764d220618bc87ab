"""What ordinary code and tool output say that is no one's personal data (audit 24): a linter's quoted
identifier that is also a first name, a public figure cited in a comment, an algorithm's hyphenated eponyms,
Unix time in seconds after a weak phone word, a 19-digit offset that passes Luhn, a UUID's first group of
digits, a one-word status line. People and numbers beside them are still found, whole (a name before its
address in brackets, a given name before a particle and its surname). Every value is made up or generated here."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import load_config
from promptscrub.scrubber import build_scrubber
from promptscrub.validators import credit_card, luhn_ok
from promptscrub.vault import Vault

SCRUBBER = build_scrubber(load_config(None))


def redacted(text: str) -> str:
    return SCRUBBER.redact(text, Vault()).text


@pytest.mark.parametrize("line", [
    "  159:38  error    'Carter' is defined but never used  no-unused-vars",
    "src/app.ts(4,7): error TS2304: 'Carter' is not defined.",
    "app.py:3:1: F841 local variable 'Carter' is assigned to but never used",
])
def test_a_linters_quoted_identifier_is_no_name(line: str):
    assert redacted(line + "\n") == line + "\n"


@pytest.mark.parametrize("text", ["# Inspired by Alan Turing.\n", "// see Edsger Dijkstra's note on goto\n",
                                  "/* after Donald Knuth, TAOCP vol. 3 */\n"])
def test_a_public_figure_cited_in_code_stays(text: str):
    assert redacted(text) == text


@pytest.mark.parametrize("text", ["// Floyd-Warshall over the graph\n", "! Floyd-Warshall iteration, tolerance 1.0d-8\n",
                                  "%% Floyd-Warshall-like backoff\n", "%% Floyd-Warshall-like backoff; nodes like 'cart@localhost'\n",
                                  "fn bellman_ford() // Bellman-Ford heuristic\n", "# Knuth-Morris-Pratt search\n"])
def test_an_algorithms_eponyms_stay(text: str):
    assert redacted(text) == text


def test_a_colleague_beside_them_is_still_found():
    out = redacted("# Floyd-Warshall, as Marta Kowalczyk suggested; inspired by Alan Turing\n")
    assert "Marta" not in out and "Kowalczyk" not in out and "Floyd-Warshall" in out and "Alan Turing" in out


@pytest.mark.parametrize("seed", range(5))
def test_unix_seconds_after_a_weak_phone_word_stay(seed: int):
    ts = str(random.Random(seed).randint(1_500_000_000, 1_999_999_999))
    for text in (f'let u = URL(string: "https://api.example.com/v1/metrics?since={ts}")!\n',
                 f"CREATE TABLE upload(k TEXT PRIMARY KEY, v BLOB, ts INTEGER DEFAULT {ts});\n"):
        assert redacted(text) == text


def test_a_phone_after_a_strong_label_is_still_found():
    assert "<PHONE_1>" in redacted("Tel: +49 171 9632046\n")


def _luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


@pytest.mark.parametrize("seed", range(5))
def test_a_mastercard_prefix_has_sixteen_digits(seed: int):
    rng = random.Random(seed)
    offset = _luhn_number(rng, "54", 19)
    assert not credit_card(offset)
    assert redacted(f"committed offset {offset} partition=21\n") == f"committed offset {offset} partition=21\n"
    card = _luhn_number(rng, "54", 16)
    assert credit_card(card) and card not in redacted(f"card {card}\n")


def test_an_amex_prefix_has_fifteen_digits():
    rng = random.Random(3)
    assert credit_card(_luhn_number(rng, "37", 15)) and not credit_card(_luhn_number(rng, "37", 16))


@pytest.mark.parametrize("text,name", [("Ping Thandiwe Mbeki (t.mbeki@corp.example) on Slack if it fails.\n", "Thandiwe Mbeki"),
                                       ("Ask Zorbaq Teleny <z.t@corp.example> first.\n", "Zorbaq Teleny")])
def test_a_name_no_list_knows_before_its_address_in_brackets_is_found(text: str, name: str):
    out = redacted(text)
    assert name.split()[0] not in out and name.split()[1] not in out and ("Ping " in out) == ("Ping " in text)


def test_a_team_before_an_address_in_brackets_stays():
    assert redacted("Payment Service (payments@corp.example) owns it.\n").startswith("Payment Service (")


@pytest.mark.parametrize("seed", range(5))
def test_a_uuids_first_group_of_digits_is_no_phone(seed: int):
    rng = random.Random(seed)
    first = "0" + "".join(rng.choice("0123456789") for _ in range(7))
    uid = first + "-" + "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 4, 4, 12))
    uid = uid[:9] + "c" + uid[10:]  # the next group starts with a letter
    text = f'data P = P {{ paymentId :: !Text }}\ndefaultId = "{uid}"\n'
    assert redacted(text) == text


@pytest.mark.parametrize("name", ["Iris de Jong", "Rose van Dijk", "Iris de Jong-Bakker"])
def test_a_first_name_that_is_also_a_word_before_a_particle_and_surname_is_taken_with_it(name: str):
    """A partial name is a leak: "Iris de <PERSON_1>" gave the given name away (Jong alone is a listed first name)."""
    out = redacted(f"Assigned to {name} yesterday.\n")
    assert out == "Assigned to <PERSON_1> yesterday.\n"


@pytest.mark.parametrize("text", ["Checksum: ok\n", "Checksum: ok", "Buildcache: hit\n"])
def test_a_status_line_of_one_word_at_the_start_is_no_speaker(text: str):
    assert redacted(text) == text


def test_a_speaker_whose_first_line_opens_the_text_still_speaks_twice():
    out = redacted("Zorbaq: ok\nMelk: deploy done?\nZorbaq: bye\n")
    assert "Zorbaq" not in out and "Melk" not in out


def test_a_phone_with_a_label_after_its_dash_is_still_a_phone():
    assert redacted("Phone: 555-123-4567-Office\n") == "Phone: <PHONE_1>-Office\n"


@pytest.mark.parametrize("text", ["    data object Carter : BookingEvent\n", "object Carter extends App\n"])
def test_a_kotlin_or_scala_object_named_like_a_person_is_code(text: str):
    assert redacted(text) == text


@pytest.mark.parametrize("text", ["    // Kalman smoothing over the last ten samples\n", "%% Kalman-style backoff for retries\n",
                                  "(* Dijkstra with a binary heap *)\n"])
def test_a_single_eponym_in_a_comment_stays_though_it_is_a_given_name(text: str):
    assert redacted(text) == text


def test_a_single_eponym_greeted_is_a_person():
    assert "Kalman" not in redacted("Hi Kalman, the filter looks good.\n")
