"""wrapped_lines: a key a terminal wrapped at its width (tmux / screen scrollback: a hard line break every W
columns, no backslash) is redacted whole, line breaks included, and restored byte for byte; a key that merely
ends a line, a line of another width, prose and code are left as they were. Every key here is generated from
a seeded RNG."""
from __future__ import annotations

import base64
import random
import string
import textwrap

import pytest

from promptscrub.config import Config
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault
from promptscrub.wrapped_lines import joints

SCRUBBER = build_scrubber(Config())
B62 = string.ascii_letters + string.digits
URLSAFE = B62 + "_-"
SEEDS = range(6)


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def stripe_key(rng: random.Random, low: int = 60, high: int = 100) -> str:
    return "sk_live_" + rand(rng, B62, rng.randrange(low, high))


def anthropic_key(rng: random.Random) -> str:
    return "sk-ant-api03-" + rand(rng, URLSAFE, 93) + "AA"


def wrap(line: str, width: int) -> str:
    """What a terminal of ``width`` columns leaves in its scrollback for one long line."""
    return "\n".join(line[i:i + width] for i in range(0, len(line), width))


def prompt(rng: random.Random) -> str:
    user = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randrange(4, 10)))
    return f"{user}@devbox:~/svc$ "


def secret_spans(text: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.category == "secret"]


def round_trip(text: str) -> str:
    vault = Vault()
    red = SCRUBBER.redact(text, vault)
    assert restore(red.text, vault).text == text
    return red.text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_stripe_key_wrapped_right_after_its_prefix_is_redacted_whole(seed):
    rng = random.Random(seed)
    p = prompt(rng)
    head = p + "curl -s https://api.stripe.com/v1/balance -u "
    head = head.replace(" -u ", " " * (80 - len(head) - len("sk_live_")) + " -u ")  # the prefix ends at column 80
    key = stripe_key(rng)
    text = wrap(head + key + ":", 80) + '\n{\n  "object": "balance"\n}\n' + p + "\n"
    out = round_trip(text)
    assert key[8:20] not in out and key[-6:] not in out.replace("\n", "")
    assert any(key in s.replace("\n", "") and "\n" in s for s in secret_spans(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_key_wrapped_over_three_lines_is_one_span_and_restores_exactly(seed):
    rng = random.Random(seed)
    p = prompt(rng)
    key = stripe_key(rng, 110, 140)
    line = p + "curl -s https://api.stripe.com/v1/charges -u " + key + ":"
    assert len(line) > 160
    text = wrap(line, 80) + "\n" + p + "\n"
    out = round_trip(text)
    assert out.count("\n") == text.count("\n") - 2  # the two wraps inside the key went with it
    for piece in wrap(key, 80).splitlines()[1:]:
        assert piece[:10] not in out


@pytest.mark.parametrize("seed", SEEDS)
def test_an_anthropic_key_whose_first_line_a_generic_rule_took_is_redacted_through_its_continuation(seed):
    rng = random.Random(seed)
    p = prompt(rng)
    key = anthropic_key(rng)
    text = wrap(p + "export ANTHROPIC_API_KEY=" + key, 80) + "\n" + p + "python3 bill.py\n"
    out = round_trip(text)
    rest = wrap(p + "export ANTHROPIC_API_KEY=" + key, 80).splitlines()[1]
    assert rest[:20] not in out
    assert any(s.replace("\n", "") == key for s in secret_spans(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_key_that_ends_at_the_last_column_does_not_swallow_the_next_prompt(seed):
    """The command ended at column 80 and the shell printed its next prompt on the next line: the prompt
    starts other lines too, so it is no piece of the key."""
    rng = random.Random(seed)
    p = prompt(rng)
    key = anthropic_key(rng)
    pad = (-len(p + "export ANTHROPIC_API_KEY=" + key)) % 80
    first = p + " " * pad + "export ANTHROPIC_API_KEY=" + key  # the key ends at the last column
    assert len(first) % 80 == 0
    text = wrap(first, 80) + "\n" + p + "curl -s https://api.example.org/v1/status\n"
    found = secret_spans(text)
    assert any(s.replace("\n", "") == key for s in found)
    assert not any(p.split("@")[0] in s for s in found)
    out = round_trip(text)
    assert out.rstrip("\n").splitlines()[-1].endswith("curl -s https://api.example.org/v1/status")


@pytest.mark.parametrize("next_line", ["echo done", "deploy2024 --all", "run_migrations2024_step()"])
def test_a_generic_secret_at_the_end_of_a_full_line_does_not_take_the_next_line_of_code(next_line):
    rng = random.Random(11)
    value = rand(rng, B62, 24)
    line = "API_TOKEN=" + value
    line = "x" * (80 - len(line) - 1) + " " + line  # ends at column 80
    text = line + "\n" + next_line + "\n" + "y" * 80 + "\n"
    assert secret_spans(text) == [value]


def test_a_key_at_the_end_of_a_short_line_is_not_joined_to_the_next():
    rng = random.Random(12)
    key = stripe_key(rng)[:30]
    text = "STRIPE_KEY=" + key + "\n" + rand(rng, B62, 40) + "\n"
    assert joints(text) == []


def test_crlf_scrollback_is_joined_too_and_restores_exactly():
    rng = random.Random(13)
    p = prompt(rng)
    head = p + "curl https://api.stripe.com/v1/balance -u "
    head = head.replace(" -u ", " " * (100 - len(head) - len("sk_live_")) + " -u ")
    key = stripe_key(rng)
    text = wrap(head + key + ":", 100).replace("\n", "\r\n") + "\r\n" + p + "\r\n"
    out = round_trip(text)
    assert key[8:20] not in out


def test_prose_wrapped_by_an_editor_and_code_are_left_alone():
    rng = random.Random(14)
    words = " ".join(rng.choice(["the", "deploy", "token", "rotation", "v2", "release", "k8s", "job", "3rd",
                                 "config", "bucket", "region", "eu-west-1"]) for _ in range(400))
    prose = textwrap.fill(words, 72)
    code = "\n".join(f"value_{i:04d}_{'abcdefghijklmno'[i % 15] * 8}_name = compute_{i}(x)" for i in range(80))
    for text in (prose, code):
        assert [f for f in SCRUBBER.find(text) if "\n" in text[f.start:f.end]] == []


def test_a_certificate_body_joined_line_to_line_adds_no_finding():
    rng = random.Random(15)
    body = base64.b64encode(rng.randbytes(1200)).decode()
    for width in (64, 76):
        pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(textwrap.wrap(body, width)) + "\n-----END CERTIFICATE-----\n"
        assert secret_spans(pem) == []


def test_a_wide_character_counts_two_columns():
    """A line of 38 ideographs and 4 letters fills 80 columns."""
    rng = random.Random(16)
    key = "sk_live_" + rand(rng, B62, 52)
    line = "\u5bc6" * 30 + " curl -u " + key + ":"
    cols = 60 + len(" curl -u ")
    first = line[:30 + (80 - cols) + len(" curl -u ")]
    rest = line[len(first):]
    text = first + "\n" + rest + "\n"
    out = round_trip(text)
    assert key[-16:] not in out


def test_rows_that_open_alike_are_a_list_not_a_wrapped_token():
    """``token=<key>`` a line, every line as wide as the next: rows of a list, each its own secret. Read as
    one wrapped token the whole list became a single line, and every rule's window then reached back to its
    start (redacting 8,000 such rows took 33 s instead of ~10)."""
    rng = random.Random(7)
    keys = ["ghp_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(36)) for _ in range(30)]
    text = "".join(f"token={k}\n" for k in keys)
    assert joints(text) == []
    out = SCRUBBER.redact(text, Vault()).text
    assert not any(k in out for k in keys)
