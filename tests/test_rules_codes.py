"""Short codes people share are redacted after the label that says what they are (rules/secrets/codes.toml).
Every value is generated here, at random."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

RNG = random.Random(2611)


def digits(n: int) -> str:
    while True:
        d = "".join(RNG.choice(string.digits) for _ in range(n))
        if len(set(d)) > 2:  # not 0000 or 1111: an example's code
            return d


def code_group(n: int) -> str:
    return "".join(RNG.choice(string.ascii_lowercase + string.digits) for _ in range(n - 1)) + RNG.choice(string.digits)


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def secret_values(scrubber, text: str) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if f.category == "secret"}


P1, P2, P3, P4 = digits(4), digits(4), digits(6), digits(4)
R1 = f"{code_group(4).upper()}-{code_group(4).upper()}-{code_group(4).upper()}"
R_LIST = [f"{code_group(5)}-{code_group(5)}" for _ in range(3)]
OTP, OTP2, DOOR, ALARM = digits(6), digits(8), digits(4), digits(4)

# (text, the secrets in it)
CASES = {
    "a PIN after PIN, my pin, a card's PIN and the German word for it is redacted": (
        f"PIN: {P1}\nmy pin is {P2}, don't share it\nYour new ATM PIN is {P3}.\nGeheimzahl {P4}\n",
        {P1, P2, P3, P4},
    ),
    "a recovery code, and a list of recovery codes one a line, are redacted": (
        f"Recovery code: {R1}\nYour GitHub recovery codes:\n" + "\n".join(R_LIST) + "\n\nKeep them safe.\n",
        {R1, "\n".join(R_LIST)},
    ),
    "one-time and verification codes are redacted": (
        f"Your verification code is {OTP}. It expires in 10 minutes.\nJoin with passcode {OTP2}\n",
        {OTP, OTP2},
    ),
    "door and alarm codes are redacted, the door code's # with it": (
        f"Door code {DOOR}#, the alarm code is {ALARM}.\n", {DOOR + "#", ALARM},
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_redacted(scrubber, case: str) -> None:
    text, expected = CASES[case]
    assert expected <= secret_values(scrubber, text)


ORDINARY = {
    "a microcontroller's pins": "Connect the LED to pin 13, the button to pin 2.\n#define LED_PIN 13\nconst int buttonPin = 2048;\n",
    "status, error and exit codes": "HTTP status code 404\nexit code 1\nerror code 5023 means the disk is full\n",
    "a label with no code after it": "Backup codes are stored in the team vault.\nPIN: see the letter from the bank\n",
    "a documentation PIN": "PIN: 1234 (the default, change it on first use)\n",
    "code about doors and codes": "The door code path was refactored; verification code: see the e-mail.\n",
}


@pytest.mark.parametrize("case", list(ORDINARY))
def test_ordinary_text_keeps_its_numbers(scrubber, case: str) -> None:
    assert secret_values(scrubber, ORDINARY[case]) == set()
