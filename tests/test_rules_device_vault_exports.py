"""A FortiGate config's ENC values and a Bitwarden export's hidden fields are redacted
(rules/secrets/network.toml, rules/secrets/credential_formats.toml). Every value is generated here, at random."""
from __future__ import annotations

import base64
import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

RNG = random.Random(2612)


def blob(nbytes: int) -> str:
    return base64.b64encode(RNG.randbytes(nbytes)).decode()


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def secret_values(scrubber, text: str) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if f.category == "secret"}


ENC, SH2 = blob(32), "SH2" + blob(40)
HIDDEN = "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(20))

# (text, the secrets in it)
CASES = {
    "a FortiGate ENC secret and an administrator's SH2 hash are redacted": (
        f'config vpn ipsec phase1-interface\n    edit "to-branch"\n        set psksecret ENC {ENC}\n    next\nend\n'
        f'config system admin\n    edit "admin"\n        set password ENC {SH2}\n    next\nend\n',
        {ENC, SH2},
    ),
    "a Bitwarden export's hidden field is redacted whatever its name, its text field is not": (
        '{"fields": [\n  {"name": "Branch code", "value": "north-7", "type": 0, "linkedId": null},\n'
        f'  {{"name": "Door", "value": "{HIDDEN}", "type": 1, "linkedId": null}}\n]}}\n',
        {HIDDEN},
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_redacted(scrubber, case: str) -> None:
    text, expected = CASES[case]
    assert expected <= secret_values(scrubber, text)


def test_a_fortigate_setting_that_is_no_secret_stays() -> None:
    text = 'config system interface\n    edit "port1"\n        set interface-key-enc enable\n    next\nend\n'
    assert secret_values(build_scrubber(Config()), text) == set()


def test_another_json_with_type_1_keeps_its_value(scrubber) -> None:
    value = "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(20))
    assert secret_values(scrubber, f'{{"name": "retries", "value": "{value}", "type": 1}}') == set()
