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


def test_internal_identifiers_are_carried_but_plain_words_are_not():
    text = "kubectl -n ledger-qa get pods\n{\"namespace\":\"ledger-qa\"} and payments: the payments team\n"
    ns = Finding(11, 20, "internal", "K8S_NAMESPACE", "k8s-namespace-flag", 0.9)
    assert repeats(text, [ns]) == [Finding(44, 53, "internal", "K8S_NAMESPACE", "k8s-namespace-flag", 0.9)]
    word = Finding(text.index("payments"), text.index("payments") + 8, "internal", "K8S_NAMESPACE", "k8s-namespace-flag", 0.9)
    assert repeats(text, [word]) == []


def test_an_account_id_found_in_an_arn_is_redacted_in_prose_too():
    text = "role arn:aws:iam::844711574519:role/deployer failed for account 844711574519 again\n"
    out, vault = redact(text)
    assert "844711574519" not in out, out
    assert restore(out, vault).text == text


def test_personal_data_is_not_carried():
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
    """Also where the text holds characters beyond Latin-1 (the automaton then reads the one-byte shadow,
    where they are folded) and, for odd seeds, a value beyond Latin-1 (the text itself is searched)."""
    rng = random.Random(seed)
    values = [password(seed * 100 + i) for i in range(20)]
    values[0] = "s" + values[0][1:]  # its shadow twin "ſ..." (ſ reads as s there) is no occurrence
    if seed % 2:
        values.append("Ωmega-" + password(seed))
    words = [rng.choice(values + ["lorem", "ipsum", "dolor", "ü-ñ", "🙂", "ſ" + values[0][1:], "Ω"]) for _ in range(300)]
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


def test_a_secret_from_an_earlier_prompt_of_the_session_is_found_again():
    pw = password(4)
    scrubber = build_scrubber(Config())
    vault = Vault()
    first = scrubber.redact(f"db:\n  password: {pw}\n", vault).text
    second = scrubber.redact(f"why does psql reject {pw} now?\n", vault).text
    [placeholder] = re.findall(r"<[A-Z_]+_\d+>", first)
    assert second == f"why does psql reject {placeholder} now?\n"
    assert restore(second, vault).text == f"why does psql reject {pw} now?\n"


def test_a_vault_read_from_disk_carries_its_secrets(tmp_path):
    pw = password(5)
    vault = Vault()
    build_scrubber(Config()).redact(f"export DB_PASSWORD='{pw}'\n", vault)
    path = tmp_path / "map.json"
    vault.save(path)
    again = build_scrubber(Config()).redact(f"login failed with {pw}\n", Vault.load(path)).text
    assert pw not in again


def test_other_values_of_the_vault_are_not_carried():
    scrubber = build_scrubber(Config())
    vault = Vault()
    scrubber.redact("write to jane.roe@example.org\n", vault)
    assert scrubber.redact("jane.roe is her login\n", vault).text == "jane.roe is her login\n"
    assert "EMAIL" not in scrubber.secret_types and "PASSWORD" in scrubber.secret_types


def test_a_stream_finds_a_secret_of_an_earlier_window_again():
    from promptscrub.stream import redact_stream

    pw = password(6)
    text = f"password: {pw}\n" + "filler line of ordinary text\n" * 40 + f"retry with {pw} failed\n"
    vault = Vault()
    chunks = [text[i:i + 64] for i in range(0, len(text), 64)]
    out = "".join(redact_stream(build_scrubber(Config()), chunks, vault, window=256, overlap_chars=64, context=32))
    assert pw not in out
    assert restore(out, vault).text == text


def test_a_first_name_is_found_where_a_strongly_found_full_name_lends_it():
    """"From: Maria Gonzalez <...>" names her; "reply to Maria" is the same person. At a sentence's start
    the capital may be the sentence's ("Will you ..."), so only mid-sentence mentions are taken."""
    text = "Please draft a reply to Maria.\n\nFrom: Maria Gonzalez <m.gonzalez@mail.example.org>\n\nThanks, Maria\n"
    out, vault = redact(text)
    assert "Maria" not in out, out
    assert restore(out, vault).text == text
    text = "From: Will Turner <w.turner@mail.example.org>\n\nWill you check the logs? I asked Will yesterday.\n"
    out, _ = redact(text)
    assert out.count("Will") == 1 and "Will you check" in out, out


def test_a_first_name_is_not_lent_by_a_weakly_found_name():
    text = "Maria Gonzalez wrote it. Then Maria left."
    guess = Finding(0, 14, "pii", "PERSON", "person-name", 0.6)
    assert repeats(text, [guess], first_name=lambda w: True) == []
    strong = Finding(0, 14, "pii", "PERSON", "person-name", 0.85)
    assert [text[f.start:f.end] for f in repeats(text, [strong], first_name=lambda w: True)] == ["Maria"]


def test_a_strongly_found_full_name_is_found_where_the_text_repeats_it():
    """"From: Jan Becker <...>" names him; the signature "Kind regards, Jan Becker" is him too, even
    though "Jan" alone (a month) is no first name to lend."""
    text = "From: Jan Becker <jan.becker@mail.example.org>\n\nPlease refund it.\n\nKind regards, Jan Becker | Care\n"
    out, vault = redact(text)
    assert "Becker" not in out, out
    assert restore(out, vault).text == text
    weak = Finding(0, 10, "pii", "PERSON", "person-name", 0.6)
    assert repeats("Jan Becker wrote. Jan Becker left.", [weak], first_name=lambda w: False) == []


def test_an_account_name_that_reads_as_an_identifier_is_carried_a_plain_word_is_not():
    """A login found once (after ``/user:``) is the same login in an AD cmdlet and its output; a login that
    is a plain word is not carried into prose."""
    rnd = random.Random(11)
    login = "".join(rnd.choices(string.ascii_lowercase, k=5)) + "." + "".join(rnd.choices(string.ascii_lowercase, k=7))
    text = f"net use Z: \\\\fs01\\share /user:CORP\\{login}\nGet-ADUser -Identity {login} | fl\nowner {login} again"
    at = text.index(login)
    found = [Finding(at, at + len(login), "pii", "USERNAME", "windows-user-switch", 0.8)]
    again = repeats(text, found)
    assert [text[f.start:f.end] for f in again] == [login, login] and {f.type for f in again} == {"USERNAME"}
    plain = "login: marketing\nthe marketing team"
    assert repeats(plain, [Finding(7, 16, "pii", "USERNAME", "labelled-username", 0.7)]) == []
