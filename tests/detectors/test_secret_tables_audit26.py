"""Audit 26: password-manager CSV exports. Bitwarden's rows start with an empty folder field
(``,,login,...``), which ended the table before its first row, and its ``login_totp`` column (like the TOTP
columns of KeePassXC, LastPass, 1Password and Dashlane) holds second-factor seeds. Every value is generated
here from a seeded random."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(5)
BITWARDEN = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"


def a_password(rng: random.Random) -> str:
    word = rng.choice(["Lantern", "Kestrel", "Marmor", "Quokka", "Tinder", "Oriel"])
    return word + rng.choice("!#%+") + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))


def a_seed(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def redacted(text: str, value: str) -> bool:
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in SCRUBBER.find(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_bitwarden_rows_with_an_empty_folder_are_read(seed: int) -> None:
    rng = random.Random(f"bitwarden/{seed}")
    p1, p2, totp = a_password(rng), a_password(rng), a_seed(rng)
    text = (f"{BITWARDEN}\n,,login,forge,,,0,https://forge.example.net/,deploy,{p1},\n"
            f"Work,1,login,wiki,,,0,https://wiki.example.net/,ops,{p2},{totp}\n")
    for value in (p1, p2, totp):
        assert redacted(text, value), (value, text)


@pytest.mark.parametrize("header", ["Group,Title,Username,Password,URL,Notes,TOTP",
                                    "Title,Website,Username,Password,OTPAuth,Favorite",
                                    "username,title,password,note,url,category,otpSecret"])
def test_totp_columns_of_other_managers(header: str) -> None:
    rng = random.Random(header)
    totp = a_seed(rng)
    names = header.split(",")
    row = [a_password(rng) if n.lower() == "password" else totp if "otp" in n.lower() else "x" + str(i)
           for i, n in enumerate(names)]
    text = f"{header}\n{','.join(row)}\n"
    assert redacted(text, totp), text


def test_an_empty_first_field_needs_the_header_s_width() -> None:
    # a short line starting with a comma under a header is no row (the table ends there)
    text = "name,url,token\nalpha,https://a.example.net/,\n,Qz8vLm2wXr5tNc7bKp4y\n"
    assert not redacted(text, "Qz8vLm2wXr5tNc7bKp4y")
