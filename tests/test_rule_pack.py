"""The built-in secret rule pack (rules/secrets/*.toml): every rule is well-formed, fast, and does what
its examples say; freshly generated provider tokens are found."""
from __future__ import annotations

import random
import re
import string
import time
import uuid
import zlib
from pathlib import Path

import pytest

from promptscrub.detectors._secret_keep import keep_secret, password_slot, short_code
from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import Rule, builtin_rules_dir, load_builtin_rules, load_rules, rule_files

SECRETS_DIR = builtin_rules_dir() / "secrets"
RULES: list[Rule] = load_rules(rule_files(SECRETS_DIR))
BY_ID = {r.id: r for r in RULES}


def ids(rules: list[Rule]) -> list[str]:
    return [r.id for r in rules]


def test_pack_size() -> None:
    assert len(RULES) >= 200
    assert len({Path(r.source).name for r in RULES}) >= 10


def test_ids_unique_across_all_builtin_packs() -> None:
    all_ids = [r.id for r in load_builtin_rules()]
    assert len(all_ids) == len(set(all_ids))
    assert set(BY_ID) <= set(all_ids)


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_rule_is_well_formed(rule: Rule) -> None:
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.id)
    assert rule.category == "secret"
    assert rule.description
    re.compile(rule.regex)  # stdlib re, not the `regex` fallback
    assert "(?i)" not in rule.regex[4:], "(?i) only at the very start"
    assert rule.keywords, "every secret rule needs a prefilter keyword"
    assert all(k == k.lower() for k in rule.keywords)
    assert rule.examples, "every rule has at least one example"
    assert 0 < rule.score <= 1
    if rule.generic:
        assert rule.score <= 0.75


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_examples_match_and_negatives_do_not(rule: Rule) -> None:
    det = PatternDetector([rule])
    for ex in rule.examples:
        found = [f for f in det.detect(ex) if f.rule_id == rule.id]
        assert found, f"example does not match: {ex!r}"
        for f in found:
            value = ex[f.start:f.end]
            # the filters keep it as the pipeline judges it (_secret_keep.keep_secret): no placeholder, no example
            # code (a short code's own filter), nothing a generic rule's filters dismiss -- but a word password
            # in a password's place is one ("ADMIN_PASS=$HafenMowe27")
            assert value.strip() and keep_secret(ex, f.start, f.end, generic=rule.generic,
                                                 password_slot=password_slot(rule), code=short_code(rule))
        # a keyword of the rule occurs in each example (else the prefilter would skip it)
        assert any(k in ex.lower() for k in rule.keywords)
    for ex in rule.negative_examples:
        assert not det.detect(ex), f"negative example matches: {ex!r}"


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_examples_hold_no_documented_or_test_markers(rule: Rule) -> None:
    det = PatternDetector([rule])
    for ex in rule.examples:
        for f in det.detect(ex):
            assert not re.search(r"(?i)example|fake|test", ex[f.start:f.end])


#: Inputs that make backtracking regexes blow up: long runs of the characters rules consume.
ADVERSARIAL = [
    "a" * 20_000, "A1" * 10_000, "key=" * 5_000, "token " * 4_000, "-" * 20_000, "=" * 20_000,
    "x" * 5_000 + "@" + "y" * 5_000, "secret: '" + "b" * 20_000, " " * 20_000, "0" * 20_000,
    ("-----BEGIN RSA PRIVATE KEY-----\n" + "QUJD" * 16 + "\n") * 200, "://" * 5000 + ":" * 5000 + "@" * 5000,
    "api_key = " + "aB3" * 7000, "\n".join("password = 'x%dy'" % i for i in range(2000)),
    "data:\n" + "  k: v w x\n" * 3000, "curl " + "-d \\\n" * 3000, "$krb5tgs$" + "*$" * 5000, "sig=" * 5000,
    "export A_TOKEN=" + "x " * 8000, "<password>" + "a " * 8000, "eyJ" + "a." * 8000,
]


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_regex_is_linear_enough(rule: Rule) -> None:
    pattern = re.compile(rule.regex)
    for text in ADVERSARIAL:
        t0 = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        elapsed = time.perf_counter() - t0
        assert elapsed < 1.0, f"{elapsed:.2f}s on {text[:20]!r}…"


# ---- freshly generated tokens (never stored): each must be found, with the right rule family ----

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def r(alphabet: str, n: int, rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not re.search(r"(?i)example|test|fake|(.)\1\1\1", s):
            return s


def github(prefix: str, rng: random.Random) -> str:
    body = r(B62, 30, rng)
    crc, out = zlib.crc32(body.encode()), ""
    while crc:
        crc, d = divmod(crc, 62)
        out = (string.digits + string.ascii_letters)[d] + out
    return prefix + body + out.rjust(6, "0")


GENERATED = {
    "github-pat-classic": lambda g: github("ghp_", g),
    "github-oauth-token": lambda g: github("gho_", g),
    "github-pat-fine-grained": lambda g: f"github_pat_{r(B62, 22, g)}_{r(B62, 59, g)}",
    "gitlab-pat": lambda g: "glpat-" + r(B62 + "_-", 20, g).strip("-_") + "Zz",
    "aws-access-key-id": lambda g: "AKIA" + r(string.ascii_uppercase + "234567", 16, g),
    "stripe-secret-key": lambda g: "sk_live_" + r(B62, 99, g),
    "slack-bot-token": lambda g: f"xoxb-{r(string.digits, 12, g)}-{r(string.digits, 13, g)}-{r(B62, 24, g)}",
    "sendgrid-api-key": lambda g: f"SG.{r(B62, 22, g)}.{r(B62, 43, g)}",
    "openai-project-key": lambda g: "sk-proj-" + r(B62, 120, g),
    "anthropic-api-key": lambda g: "sk-ant-api03-" + r(B62, 93, g) + "AA",
    "huggingface-token": lambda g: "hf_" + r(B62, 34, g),
    "npm-access-token": lambda g: github("npm_", g),
    "pypi-upload-token": lambda g: "pypi-AgEIcHlwaS5vcmc" + r(B62, 120, g),
    "docker-hub-token": lambda g: "dckr_pat_" + r(B62, 27, g),
    "google-api-key": lambda g: "AIza" + r(B62, 35, g),
    "vault-token": lambda g: "hvs." + r(B62, 90, g),
    "digitalocean-token": lambda g: "dop_v1_" + r(HEX, 64, g),
    "telegram-bot-token": lambda g: r("123456789", 10, g) + ":AA" + r(B62, 33, g),
    "newrelic-key": lambda g: "NRAK-" + r(string.ascii_uppercase + string.digits, 27, g),
    "dynatrace-token": lambda g: f"dt0c01.{r(string.ascii_uppercase + string.digits, 24, g)}.{r(string.ascii_uppercase + string.digits, 64, g)}",
    "pulumi-access-token": lambda g: "pul-" + r(HEX, 40, g),
    "databricks-token": lambda g: "dapi" + r(HEX, 32, g),
    "jwt": lambda g: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ" + r(B62, 30, g) + "." + r(B62, 43, g),
    "maxmind-license-key": lambda g: f"{r(B62, 6, g)}_{r(B62, 29, g)}_mmk",
    "frameio-token": lambda g: "fio-u-" + r(B62 + "_-", 62, g) + "Zz",
}


@pytest.mark.parametrize("rule_id", sorted(GENERATED))
@pytest.mark.parametrize("template", ["{}", "TOKEN={}", "  token: '{}'\n", 'curl -H "Authorization: Bearer {}" https://x'])
def test_generated_tokens_are_found(rule_id: str, template: str) -> None:
    det = PatternDetector(RULES)
    rng = random.Random(f"{rule_id}/{template}")
    for _ in range(5):
        token = GENERATED[rule_id](rng)
        text = template.format(token)
        found = det.detect(text)
        start = text.index(token)
        assert any(f.rule_id == rule_id and f.start <= start and f.end >= start + len(token) for f in found), (rule_id, text)


def test_generic_rules_quiet_on_code() -> None:
    """Ordinary code that merely mentions secrets produces no secret finding."""
    code = '''
import os, getpass, hashlib
password = getpass.getpass("Password: ")
api_key = os.environ["API_KEY"]
token = get_token(user, scope="read")
secret = settings.SECRET_KEY
self.password = password
headers = {"Authorization": f"Bearer {token}"}
DB_URL = f"postgres://{user}:{password}@{host}/app"
digest = hashlib.sha256(b"x").hexdigest()  # e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
commit = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
request_id = "%s"
key = "HKEY_LOCAL_MACHINE"
token_type = "bearer"
password_file = "/etc/app/db.password"
if not password: raise ValueError("password required")
''' % uuid.UUID(int=random.Random(3).getrandbits(128), version=4)
    det = PatternDetector(RULES)
    assert [(f.rule_id, code[f.start:f.end]) for f in det.detect(code)] == []


#: Provider keys found only next to the provider's name: (rule id, text template, alphabet, length).
CONTEXT_KEYS = [
    ("keenio-key", "KEEN_MASTER_KEY={}", string.ascii_uppercase + string.digits, 64),
    ("kanbantool-api-token", "kanbantool token: {}", string.ascii_uppercase + string.digits, 12),
    ("mite-api-key", "X-MiteApiKey: {}", string.ascii_lowercase + string.digits, 16),
    ("invoiceocean-api-token", "INVOICEOCEAN_API_TOKEN={}", B62, 20),
    ("vouchery-api-key", "vouchery key '{}'", string.ascii_lowercase + string.digits, 36),
    ("checkvist-api-key", "checkvist remote_key={}", B62, 14),
    ("redhat-pyxis-api-key", "REDHAT_PYXIS_API_KEY={}", "ghijklmnopqrstuvwxyz0123456789", 32),
    ("skrapp-api-key", "SKRAPP_API_KEY={}", B62, 42),
    ("mux-token-secret", "MUX_TOKEN_SECRET={}", B62 + "+/", 75),
    ("eventbrite-private-token", "eventbrite private token\n{}", string.ascii_uppercase + string.digits, 20),
    ("scrapingbee-api-key", "ScrapingBee API key:\n\n    {}", string.ascii_uppercase + string.digits, 80),
]


@pytest.mark.parametrize("rule_id,template,alphabet,length", CONTEXT_KEYS, ids=[c[0] for c in CONTEXT_KEYS])
def test_provider_keys_next_to_the_provider_name(rule_id: str, template: str, alphabet: str, length: int) -> None:
    det = PatternDetector(RULES)
    rng = random.Random(rule_id)
    for _ in range(5):
        while True:
            token = r(alphabet, length, rng)
            if any(c.isdigit() for c in token) and any(c.isalpha() for c in token):
                break
        text = template.format(token)
        start = text.index(token)
        assert any(f.rule_id == rule_id and f.start <= start and f.end >= start + len(token)
                   for f in det.detect(text)), (rule_id, text)
