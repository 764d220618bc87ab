"""Audit 5 (secrets): git log / sha*sum rows are no secrets (a name never reaches a value across a line break),
Basic credentials outside an Authorization header, and a secret a CLI prints alone after its command."""
from __future__ import annotations

import base64
import hashlib
import random
import re
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.validators import basic_auth_b64

SCRUBBER = build_scrubber(Config())
B62 = string.ascii_letters + string.digits


def secret_findings(text: str) -> list:
    return [f for f in SCRUBBER.find(text) if f.category == "secret"]


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(f.start <= start and f.end >= start + len(value) for f in secret_findings(text))


def rand(rng: random.Random, n: int, alphabet: str = B62) -> str:
    for _ in range(10_000):
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if (not re.search(r"(?i)example|test|fake|dummy|sample|(.)\1\1", s)
                and re.search(r"\d", s) and re.search(r"[a-z]", s) and re.search(r"[A-Z]", s)):
            return s
    raise AssertionError


SUBJECTS = ["Bump attrs to 23.2.0", "Docs: clarify retry limits", "Fix flaky cache test", "Release v4.1.0",
            "Merge pull request #88 from ops/rotate", "Refactor: split parser"]


@pytest.mark.parametrize("seed", range(6))
def test_git_log_hash_subject_lines_are_not_secrets(seed: int):
    shas = [hashlib.sha1(f"commit-{seed}-{i}".encode()).hexdigest() for i in range(4)]
    text = "".join(f"{sha} {SUBJECTS[(seed + i) % len(SUBJECTS)]}\n" for i, sha in enumerate(shas))
    assert secret_findings(text) == []
    two = f"{shas[0]} {SUBJECTS[seed % 6]}\n{shas[1]} {SUBJECTS[(seed + 1) % 6]}\n"
    assert secret_findings(two) == []


@pytest.mark.parametrize("algo", ["md5", "sha1", "sha256"])
def test_checksum_tool_output_is_not_secret(algo: str):
    lines = [f"{hashlib.new(algo, name.encode()).hexdigest()}  {name}" for name in ("app-1.4.2.tar.gz", "release.zip")]
    text = "SHA256SUMS\n" + "\n".join(lines) + "\n"
    assert secret_findings(text) == []
    assert secret_findings("\n".join(lines[::-1]) + "\n") == []


def test_a_hex_key_after_its_name_on_the_same_line_is_still_found():
    key = hashlib.md5(b"audit5-partner").hexdigest()
    assert covered(f"ACME_PARTNER_KEY {key}\n", key)
    assert covered(f"relaymail = {key}\n", key)


def basic(user: str, password: str, pad: bool = True) -> str:
    b = base64.b64encode(f"{user}:{password}".encode()).decode()
    return b if pad else b.rstrip("=")


@pytest.mark.parametrize("seed", range(5))
def test_basic_credentials_outside_an_authorization_header(seed: int):
    rng = random.Random(seed)
    user = rng.choice(["svc-metrics", "exporter", "reporting", "ops.backup", "scraper7"])
    token = basic(user, rand(rng, 12, B62 + "#%!-_"), pad=bool(seed % 2))
    texts = [
        f'10.0.3.{seed} - - [03/Apr/2025:09:11:0{seed} +0000] "GET /metrics HTTP/1.1" 200 912 "-" "Prometheus/2.51" auth="Basic {token}"',
        f"curl -sS -H 'X-Auth: Basic {token}' https://reports.acme.io/v2/daily",
        f"basic_auth={token}",
        f'  upstream_basic_auth: "{token}"',
    ]
    for text in texts:
        assert covered(text, token), text


def test_basic_auth_validator():
    assert basic_auth_b64(basic("exporter", "Wq9vLm2Kx7"))
    assert basic_auth_b64(basic("exporter", "Wq9vLm2Kx7", pad=False))
    assert not basic_auth_b64(basic("user", "password"))
    assert not basic_auth_b64(basic("<user>", "<pass>"))
    assert not basic_auth_b64(base64.b64encode(b"no colon here").decode())
    assert not basic_auth_b64(base64.b64encode(bytes(range(1, 13))).decode())
    assert not basic_auth_b64("authentication")


def test_basic_word_in_prose_is_not_a_credential():
    assert secret_findings("Basic authentication is enabled for the metrics endpoint.\n") == []
    assert secret_findings("X-Auth: Basic $METRICS_BASIC_AUTH\n") == []


def cli_cases(rng: random.Random) -> list[tuple[str, str]]:
    aws_secret = rand(rng, 40, B62 + "+/")
    session = "FwoGZXIvYXdzE" + rand(rng, 120, B62 + "+/")
    gcp = "ya29.a0" + rand(rng, 90, B62 + "_-")
    vault_pw = rand(rng, 18, B62 + "-")
    k8s_pw = rand(rng, 14, B62 + "#!")
    az = rand(rng, 30) + "." + rand(rng, 40) + "." + rand(rng, 30)
    return [
        (f"$ aws configure get aws_secret_access_key\n{aws_secret}\n", aws_secret),
        (f"$ aws configure get aws_session_token --profile prod\n{session}\n", session),
        (f"me@laptop ~ % gcloud auth print-access-token\n{gcp}\n", gcp),
        (f"PS C:\\> az account get-access-token --query accessToken -o tsv\n{az}\n", az),
        (f"$ vault read -field=password database/creds/ledger-ro\n{vault_pw}\n", vault_pw),
        (f"$ vault kv get -field=api_key secret/ledger\n{vault_pw}\n", vault_pw),
        (f"$ kubectl -n prod get secret ledger-db -o jsonpath='{{.data.password}}' | base64 -d\n{k8s_pw}\n", k8s_pw),
    ]


@pytest.mark.parametrize("seed", range(4))
def test_a_secret_printed_after_its_command(seed: int):
    for text, value in cli_cases(random.Random(seed)):
        assert covered(text, value), text


def test_commands_whose_output_is_not_a_secret_or_not_shown():
    assert secret_findings("$ aws configure get region\neu-central-1\n") == []
    assert secret_findings("$ vault read -field=ttl database/creds/ledger-ro\n768h0m0s\n") == []
    assert secret_findings("$ kubectl get secret ledger-db -o jsonpath='{.metadata.name}'\nledger-db-creds\n") == []
    assert secret_findings("$ export TOKEN=$(gcloud auth print-access-token)\n$ echo done\n") == []
