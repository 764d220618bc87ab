"""escaped: secrets inside escaped strings (notebooks, JSON logged inside JSON) are found and mapped back."""
from __future__ import annotations

import json
import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.escaped import _ESCAPE, BLOCK_GAP, MappedView, _decode, escaped_secrets, unescaped_view
from promptscrub.findings import Finding
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

B62 = string.ascii_letters + string.digits


def token(seed: int, n: int = 32) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(B62) for _ in range(n))


def password(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(B62) for _ in range(9)) + rng.choice("!%*#") + str(rng.randrange(10, 99))


def redact(text: str) -> tuple[str, Vault]:
    vault = Vault()
    return build_scrubber(Config()).redact(text, vault).text, vault


@pytest.mark.parametrize("seed", range(20))
def test_the_view_maps_every_character_back(seed: int):
    rng = random.Random(seed)
    text = "".join(rng.choice(["a", "b", '"', "'", "\\", "\\n", '\\"', "\\'", "\\\\", " "]) for _ in range(60))
    view, offsets = unescaped_view(text)
    assert len(view) == len(offsets)
    escapes = {"n": "\n", "t": "\t", "r": "\r"}
    for i, c in enumerate(view):
        o = offsets[i]
        assert c == text[o] or c == escapes.get(text[o])
        assert i == 0 or offsets[i - 1] < o


def test_a_key_in_a_notebook_source_line():
    key = token(1)
    cell = {"cell_type": "code", "source": ["import requests\n", f'api_key = "{key}"\n', "r = requests.get(URL)\n"]}
    text = json.dumps({"cells": [cell]}, indent=1)
    out, vault = redact(text)
    assert key not in out
    assert json.loads(out)["cells"][0]["source"][0] == "import requests\n"  # still valid JSON, the rest untouched
    assert restore(out, vault).text == text


def test_a_password_in_json_logged_inside_json():
    pw = password(2)
    text = json.dumps({"level": "info", "msg": json.dumps({"user": "bob", "password": pw})}) + "\n"
    out, vault = redact(text)
    assert pw not in out
    assert json.loads(json.loads(out)["msg"])["user"] == "bob"
    assert restore(out, vault).text == text


def test_only_secrets_come_from_the_view():
    text = 'x = \\"abc\\"'

    def detect(view: str) -> list[Finding]:
        return [Finding(5, 8, "pii", "PERSON", "person-name"), Finding(5, 8, "secret", "SECRET", "r")]

    assert escaped_secrets(text, detect) == [Finding(6, 9, "secret", "SECRET", "r")]


def test_text_without_escaped_quotes_is_not_looked_at_again():
    calls = []
    assert escaped_secrets('api_key = "abc"\n', lambda view: calls.append(view) or []) == []
    assert calls == []


def test_a_span_starting_with_an_escaped_quote_takes_its_backslash():
    text = 'k = \\"abcdef\\"'
    view, _ = unescaped_view(text)
    start = view.index('"')
    found = escaped_secrets(text, lambda v: [Finding(start, start + 8, "secret", "SECRET", "r")])
    assert [text[f.start:f.end] for f in found] == ['\\"abcdef\\"']


def test_blocks_apart_are_each_looked_at():
    keys = [token(10), token(11)]
    text = (f'{{"source": "api_key = \\"{keys[0]}\\"\\n"}}\n'
            "plain line between\n"
            f'{{"source": "auth_token = \\"{keys[1]}\\"\\n"}}\n')
    out, vault = redact(text)
    assert keys[0] not in out and keys[1] not in out
    assert "plain line between" in out
    assert restore(out, vault).text == text


def test_the_mapped_view_gives_each_character_its_whole_escape():
    """MappedView (shared with json_lines): a span starting or ending on an escape takes it whole; a span over
    a gap is no span; pieces split where the original is not contiguous and leave the gaps out."""
    text = 'a\\"bc\\n|xy'
    view = MappedView()
    view.add(text, 0, 7, _ESCAPE, _decode)  # a \" b c \n
    view.gap(BLOCK_GAP)
    view.add(text, 8, 10, _ESCAPE, _decode)  # x y
    assert view.text() == 'a"bc\n\n\nxy'
    assert view.span(1, 3) == (1, 4) and text[1:4] == '\\"b'
    assert view.span(3, 5) == (4, 7) and text[4:7] == "c\\n"
    assert view.span(4, 8) is None
    assert view.pieces(0, len(view.text())) == [(0, 7), (8, 10)]
    assert unescaped_view(text[:7])[1].tolist() == [0, 2, 3, 4, 6]  # the second character of an escape


def snippets(seed: int) -> list[str]:
    """Lines that secret rules, and others (an e-mail, a person, an IP), find once unescaped."""
    return [f'api_key = "{token(seed)}"', f'password: "{password(seed)}"', f"DB_PASSWORD='{password(seed + 1)}'",
            f'github_token = "ghp_{token(seed + 2, 36)}"',
            f'headers = {{"Authorization": "Bearer {token(seed + 3, 40)}"}}',
            f'AWS_SECRET_ACCESS_KEY="{token(seed + 4, 40)}"', 'owner = "jane.doe@example.com"',
            'name = "Maria Gonzalez"', 'host = "10.20.30.40"', 'print("hello")']


@pytest.mark.parametrize("seed", range(6))
def test_a_short_view_is_read_by_the_secret_rules_alone_with_the_same_findings(seed: int):
    """``detect_secrets`` reads a short view with the secret rules alone: the same secrets, in the same order,
    as the secrets of a detect of all the rules (and the escaped lines' secrets through either are equal)."""
    from promptscrub.detectors.patterns import PatternDetector

    detector = next(d for d in build_scrubber(Config()).detectors if isinstance(d, PatternDetector))
    rng = random.Random(seed)
    lines = snippets(seed)
    text = "\n".join(json.dumps({"source": rng.sample(lines, 4)}) + " plain" * rng.randrange(3) for _ in range(4))
    restricted = escaped_secrets(text, detector.detect_secrets)
    assert restricted == escaped_secrets(text, detector.detect) != []
    view = "\n".join(lines)
    assert detector.detect_secrets(view) == [f for f in detector.detect(view) if f.category == "secret"]
    assert all(r.category == "secret" for r in detector._secret_rules.matcher.rules)


def test_a_long_view_and_a_forced_hyperscan_engine_are_read_by_the_detector_itself(monkeypatch):
    """A second Hyperscan database (of the secret rules) would cost a compile: long texts use the detector's own."""
    from promptscrub.detectors.patterns import PatternDetector

    detector = next(d for d in build_scrubber(Config()).detectors if isinstance(d, PatternDetector))
    long_text = "\n".join(snippets(1)) * 40
    assert detector.detect_secrets(long_text) == [f for f in detector.detect(long_text) if f.category == "secret"]
    assert detector._secret_rules is None
    monkeypatch.setattr(detector.matcher, "engine", "hyperscan")
    detector.detect_secrets("\n".join(snippets(2)))
    assert detector._secret_rules is None
