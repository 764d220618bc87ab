"""Streaming redaction: windows joined give a text that restores exactly, with every secret gone."""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.inputs import Source, read_or_stream
from promptscrub.restore import restore
from promptscrub.rules import rule_from_dict
from promptscrub.scrubber import Scrubber
from promptscrub.stream import redact_stream
from promptscrub.vault import Vault

RULES = [
    rule_from_dict({"id": "tok", "regex": r"\btok_[A-Za-z0-9]{24}\b", "keywords": ["tok_"], "category": "internal"}, "t"),
    rule_from_dict({"id": "pem", "regex": r"-----BEGIN KEY-----[\s\S]{20,}?-----END KEY-----", "keywords": ["-----begin"], "category": "internal"}, "t"),
]
PEM = "-----BEGIN KEY-----\n" + "QUJD" * 30 + "\n" + "REVG" * 30 + "\n-----END KEY-----"


def corpus(seed: int) -> tuple[str, list[str]]:
    rnd = random.Random(seed)
    secrets, parts = [], []
    for _ in range(3000):
        roll = rnd.random()
        if roll < 0.05:
            s = "tok_" + "".join(rnd.choice("ABCdef0123456789") for _ in range(24))
            secrets.append(s)
            parts.append(" " + s + " ")
        elif roll < 0.06:
            secrets.append(PEM)
            parts.append(PEM)
        else:
            parts.append(rnd.choice(["word ", "é ", "\n", "\r\n", "x" * rnd.randrange(1, 90), " <TOK_3> "]))
    return "".join(parts), secrets


def chunks(text: str, rnd: random.Random):
    i = 0
    while i < len(text):
        n = rnd.randrange(1, 700)
        yield text[i:i + n]
        i += n


def test_stream_round_trips_and_redacts_everything():
    """Tiny windows force many cuts, cuts inside secrets and findings reaching back into context."""
    for seed in range(3):
        text, secrets = corpus(seed)
        scrubber = Scrubber([PatternDetector(RULES)])
        vault = Vault()
        counts: Counter[str] = Counter()
        out = "".join(redact_stream(scrubber, chunks(text, random.Random(seed)), vault, counts=counts,
                                    window=2000, overlap_chars=400, context=100))
        assert restore(out, vault).text == text
        for s in secrets:
            assert s not in out
        assert counts["TOK"] >= len({s for s in secrets if s.startswith("tok_")})


def test_stream_matches_whole_text_redaction_when_nothing_crosses():
    text, _ = corpus(7)
    whole = Scrubber([PatternDetector(RULES)]).redact(text, Vault()).text
    streamed = "".join(Scrubber([PatternDetector(RULES)]).redact_stream(iter([text]), Vault()))
    assert streamed == whole  # one window: identical


def test_read_or_stream_switches_on_size(tmp_path: Path):
    p = tmp_path / "big.txt"
    p.write_text("héllo\n" * 1000, encoding="utf-8")
    src = Source(p, Path("big.txt"), str(p))
    assert isinstance(read_or_stream(src), str)
    pieces = read_or_stream(src, threshold=100)
    assert not isinstance(pieces, str) and "".join(pieces) == "héllo\n" * 1000


def test_stream_keeps_the_round_trip_exact_where_splicing_creates_a_mention():
    """``KEY_1`` glued to a secret is no mention in the input, but ``KEY_1<KEY_2>`` after splicing is one,
    and restore would act on it once an earlier prompt of the session holds ``<KEY_1>``. Streams use the
    same look-alike handling as whole texts, so it is escaped."""
    rules = [rule_from_dict({"id": "key", "regex": r"key-[A-Za-z0-9]{24}", "keywords": ["key-"], "category": "internal"}, "t")]
    secret = "key-" + "Ab1" * 8
    text = f"KEY_1{secret} then <KEY_1> and KEY 2 {secret}\n" * 400
    vault = Vault()
    Scrubber([PatternDetector(rules)]).redact("earlier: key-" + "Zz9" * 8, vault)  # <KEY_1> is in the vault
    out = "".join(redact_stream(Scrubber([PatternDetector(rules)]), chunks(text, random.Random(3)), vault,
                                window=1500, overlap_chars=300, context=80))
    assert secret not in out
    assert restore(out, vault).text == text
