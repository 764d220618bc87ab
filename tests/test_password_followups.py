"""A second password offered right after a first one (``password_followups``): found by its place and its
shape; a command's variable, a path, a tool's name or a version there stays. Values are made up at test time."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import load_config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

SCRUBBER = build_scrubber(load_config(None))
RNG = random.Random(20)


def redacted(text: str) -> str:
    return SCRUBBER.redact(text, Vault()).text


def fake_password(n: int = 12) -> str:
    """Capitals, small letters, digits and a symbol, shuffled."""
    chars = [RNG.choice(string.ascii_uppercase), RNG.choice(string.ascii_lowercase), RNG.choice(string.digits),
             RNG.choice("!@#%*")] + [RNG.choice(string.ascii_letters + string.digits) for _ in range(n - 4)]
    RNG.shuffle(chars)
    return "".join(chars)


@pytest.mark.parametrize("template", [
    "Quinn: user `ops` pw `{first}`\nQuinn: (if that fails try {second})\n",
    "My password is {first}.\nI also tried the temporary one you sent ({second}), same error.\n",
    "password={first}\nif it fails, use the old one: {second}\n",
])
def test_a_second_password_offered_after_the_first_is_redacted(template):
    first, second = fake_password(), fake_password(11)
    out = redacted(template.format(first=first, second=second))
    assert first not in out and second not in out


def test_words_made_into_a_password_after_the_first():
    out = redacted(f"password: {fake_password()}\nor try amber.cobalt.ridge.47 if that one is expired\n")
    assert "amber.cobalt.ridge.47" not in out


@pytest.mark.parametrize("after", [
    "Or use `$HOME/.pgpass` instead, or set PGPASSWORD=$PGPASS before running.",
    "If the script fails, try python3 or node18 (v2.4.1).",
    "Otherwise use Get-Credential and see the runbook.",
])
def test_commands_paths_and_versions_after_a_password_stay(after):
    out = redacted(f"The password is {fake_password()}. {after}\n")
    assert out.endswith(after + "\n")


def test_without_a_password_before_nothing_is_offered():
    text = "If that fails try Zq8mP2wLk7, the build cache key.\n"
    assert redacted(text) == text
