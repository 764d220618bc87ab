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
P5, P6, P7, PUK = digits(6), digits(4), digits(4), digits(8)
SHEET = [f"{digits(4)} {digits(4)}" for _ in range(6)]
O1, O2, O3, O4, O5 = digits(6), digits(6), digits(6), digits(6), digits(6)
D1, D2, D3 = digits(4), digits(4), digits(4)

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
    "a PIN announced after words about it, in Markdown bold, and a SIM card's PUK are redacted": (
        f"PIN for the VPN token reset: {P5}\n- **Card PIN:** {P6}\nthe card PIN for the new card is {P7}\nPUK:   {PUK}\n",
        {P5, P6, P7, PUK},
    ),
    "a printed sheet of numbered backup codes is redacted as one value": (
        "Keep these backup codes somewhere safe. Each code can be used once.\n\n"
        + "".join(f" {i}. {c}\n" for i, c in enumerate(SHEET, 1)),
        {"\n".join(f" {i}. {c}" for i, c in enumerate(SHEET, 1))},
    ),
    "verification codes in Spanish, Italian and German SMS, and a Google G- code, are redacted": (
        f"Tu código de verificación es {O1}. No lo compartas.\nIl tuo codice di verifica è {O2}\n"
        f"Ihr Bestätigungscode lautet {O3}\nG-{O4} is your Google verification code.\n",
        {O1, O2, O3, O4},
    ),
    "a meeting passcode in an .ics DESCRIPTION (its line breaks escaped) is redacted": (
        f"DESCRIPTION:Join the call\\nMeeting ID: 4410 2281\\nPasscode: {O5}\nUID:abc\n", {O5},
    ),
    "German, French and Spanish door codes are redacted": (
        f"Tor-Code {D1}\nle digicode c'est {D2}\nCódigo de la puerta: {D3}\n", {D1, D2, D3},
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
