"""repeats: a secret found once is redacted wherever the text repeats it."""
from __future__ import annotations

import random
import re
import string

import pytest

from promptscrub import repeats as repeats_module
from promptscrub.config import Config
from promptscrub.findings import Finding
from promptscrub.repeats import repeats
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

SYMBOLS = "=+#!%"


def password(seed: int) -> str:
    """Mixed case, digits and a symbol: what a password manager hands out."""
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(8)) + rng.choice(SYMBOLS) + str(rng.randrange(10, 99))


def redact(text: str) -> tuple[str, Vault]:
    vault = Vault()
    return build_scrubber(Config()).redact(text, vault).text, vault


def test_a_value_found_once_is_redacted_where_it_is_repeated():
    pw = password(1)
    text = f"db:\n  password: {pw}\n\nI also tried logging in by hand with {pw} and got 'auth failed for {pw}'.\n"
    out, vault = redact(text)
    assert pw not in out
    [placeholder] = set(re.findall(r"<[A-Z_]+_\d+>", out))  # one value, one placeholder
    assert out.count(placeholder) == 3
    assert restore(out, vault).text == text


def test_a_longer_token_that_holds_the_value_is_not_a_repeat():
    pw = password(2)
    text = f"password: {pw}\nbuild {pw}x7 and x{pw}\n"
    out, _ = redact(text)
    assert f"{pw}x7" in out and f"x{pw}" in out


def test_an_allow_comment_on_the_repeats_line_keeps_it():
    pw = password(3)
    text = f"password: {pw}\necho {pw}  # promptscrub:allow\n"
    out, _ = redact(text)
    assert out.splitlines()[0] != f"password: {pw}"
    assert out.splitlines()[1] == f"echo {pw}  # promptscrub:allow"


def test_only_secrets_are_carried():
    text = "Ada Lovelace wrote to Ada Lovelace"
    pii = Finding(0, 12, "pii", "PERSON", "person-name", 0.8)
    assert repeats(text, [pii]) == []
    secret = Finding(0, 12, "secret", "SECRET", "r", 0.6)
    assert repeats(text, [secret]) == [Finding(22, 34, "secret", "SECRET", "r", 0.6)]


def test_short_values_are_not_carried():
    text = "pw abc12 and abc12"
    assert repeats(text, [Finding(3, 8, "secret", "SECRET", "r")]) == []


@pytest.mark.parametrize("seed", range(5))
def test_the_automaton_finds_what_find_finds(seed: int, monkeypatch: pytest.MonkeyPatch):
    rng = random.Random(seed)
    values = [password(seed * 100 + i) for i in range(20)]
    words = [rng.choice(values + ["lorem", "ipsum", "dolor", "ü-ñ"]) for _ in range(300)]
    text = " ".join(words)
    findings = []
    for v in values:
        i = text.find(v)
        if i >= 0:
            findings.append(Finding(i, i + len(v), "secret", "SECRET", "r"))
    with_automaton = sorted(repeats(text, findings), key=lambda f: f.start)
    monkeypatch.setattr(repeats_module, "AUTOMATON_FROM", 10_000)
    with_find = sorted(repeats(text, findings), key=lambda f: f.start)
    assert with_automaton == with_find and len(with_find) > 0
