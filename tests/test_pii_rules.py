"""The built-in PII rule packs: every example matches, every negative example does not, and generated
values of each type are found in running text."""
import random
from pathlib import Path

import pytest

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rulecheck import check_rules
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files

PII_DIR = builtin_rules_dir() / "pii"


def pii_rules():
    return load_rules(rule_files(Path(PII_DIR)))


def test_examples_hold():
    rules = pii_rules()
    assert rules and all(r.category == "pii" for r in rules)
    assert check_rules(rules) == []


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        s = body + d
        total = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                    for i, c in enumerate(reversed(s)))
        if total % 10 == 0:
            return d
    raise AssertionError


def gen_card(rnd):
    body = rnd.choice(["4", "51", "37", "6011"])
    length = 15 if body == "37" else 16
    body += "".join(rnd.choice("0123456789") for _ in range(length - len(body) - 1))
    return body + luhn_digit(body)


def gen_iban(rnd):
    bban = "".join(rnd.choice("0123456789") for _ in range(18))
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    return f"DE{98 - int(num) % 97:02d}{bban}"


def gen_ssn(rnd):
    return f"{rnd.randint(1, 665):03d}-{rnd.randint(1, 99):02d}-{rnd.randint(1, 9999):04d}"


@pytest.mark.parametrize("gen,type_,template", [
    (gen_card, "CREDIT_CARD", "please charge {} today"),
    (gen_iban, "IBAN", "wire it to {}, thanks"),
    (gen_ssn, "US_SSN", "SSN: {}"),
    (lambda r: f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS",
     "blocked from {} again"),
    (lambda r: f"user{r.randint(1, 999)}@mail{r.randint(1, 99)}.example.com", "EMAIL", "mail {}."),
])
def test_generated_values_found(gen, type_, template):
    det = PatternDetector(pii_rules())
    rnd = random.Random(7)
    for _ in range(25):
        value = gen(rnd)
        text = template.format(value)
        hits = [text[f.start:f.end] for f in det.detect(text) if f.type == type_]
        assert hits == [value], (text, hits)


@pytest.mark.parametrize("text", [
    "version 10.2.3.4.5 and build 2024.01.15",
    "timestamp 1700000000000 ms",
    "hash 1234567812345678 order",
    "std::vector<int> v; a::b::c",
    "retina icon@2x.png and @decorator",
    "born in 1977",
])
def test_ordinary_text_is_clean(text):
    assert PatternDetector(pii_rules()).detect(text) == []
