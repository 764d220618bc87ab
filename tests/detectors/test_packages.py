"""``[internal] packages``: the company's package names, wherever a paste names them (code, stack traces,
manifests, pip / npm output, prose), from the namespace prefixes it configured."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import ConfigError, parse_config
from promptscrub.detectors.packages import PackagesDetector
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

PREFIXES = ["acme_", "@acme/", "com.acme.", "Acme.", "github.acme.io/", "acme::", "Acme\\", "registry.acme.io/"]
DET = PackagesDetector({"packages": PREFIXES})


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.type) for f in DET.detect(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("from acme_ledger.client import Ledger\n", ["acme_ledger.client"]),
    ("moves the settlement client onto the new `acme_ledger` API.", ["acme_ledger"]),
    ("\tat com.acme.ledger.client.LedgerService.run(LedgerService.java:41)", ["com.acme.ledger.client.LedgerService.run"]),
    ('<PackageReference Include="Acme.Authz.Client" Version="4.9.1" />', ["Acme.Authz.Client"]),
    ("    at /app/node_modules/@acme/pricing-ui/dist/index.js:211:19", ["@acme/pricing-ui/dist/index.js"]),
    ('gem "acme_billing", "~> 5.26"', ["acme_billing"]),
    ('import "github.acme.io/platform/authz/v2"', ["github.acme.io/platform/authz/v2"]),
    ("use acme::ledger::Client;", ["acme::ledger::Client"]),
    ("use Acme\\Billing\\Invoice;", ["Acme\\Billing\\Invoice"]),
    ("FROM registry.acme.io/risk/events-worker:1.4", ["registry.acme.io/risk/events-worker"]),
    ("Bumped acme_pricing to 2.4. Then acme_ledger.", ["acme_pricing", "acme_ledger"]),
    # someone else's names, and the prefix alone or as a word
    ("notacme_x, x.acme_y, com.acmecorp.z, ACME_TOKEN, Acme. The end, @acmex/ui, acme_ alone", []),
])
def test_package_names_under_a_configured_prefix(text: str, expected: list[str]) -> None:
    assert found(text) == [(e, "INTERNAL_PACKAGE") for e in expected]


def test_unconfigured_is_a_no_op() -> None:
    assert PackagesDetector({}).detect("import acme_ledger") == []


def test_config_routes_prefixes_and_type_to_the_detector_and_round_trips() -> None:
    cfg = parse_config({"internal": {"packages": ["acme_", "com.acme."], "package_type": "ACME_PACKAGE"}}, "t.toml")
    rng = random.Random(7)
    name = "acme_" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
    text = f"Traceback:\n  File \"/srv/{name}/jobs.py\", line 9\nModuleNotFoundError: No module named '{name}'\n"
    vault = Vault()
    red = build_scrubber(cfg).redact(text, vault)
    assert name not in red.text and "<ACME_PACKAGE_1>" in red.text
    assert restore(red.text, vault).text == text


@pytest.mark.parametrize("bad", ["a_", "acme billing", "", "ac.", "acme*"])
def test_a_prefix_that_would_match_far_too_much_is_refused(bad: str) -> None:
    with pytest.raises(ConfigError, match=r"\[internal\] packages"):
        parse_config({"internal": {"packages": [bad]}}, "t.toml")
