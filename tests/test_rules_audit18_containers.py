"""Audit 18 (secrets in the files and commands engineers paste): made-up passwords where a password stands,
passphrases on command lines and in chat, a WordPress password starting with ``%``, a Teams webhook under any
tenant; and what stays: a Helm checksum annotation, a plain repository user name, a Git host's service user."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
WORDS = ["maple", "river", "rocket", "castle", "battery", "orange", "staple", "sunset", "pirate", "harbor",
         "copper", "meadow", "falcon", "lantern", "pepper", "willow", "quartz", "tundra"]
SEEDS = range(6)


def redacted(text: str, value: str) -> bool:
    """The value is inside one secret finding."""
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in SCRUBBER.find(text))


def made_up(rng: random.Random) -> str:
    """A capitalised word or two run together and a number (Batteryorange72)."""
    return (rng.choice(WORDS) + rng.choice(WORDS)).capitalize() + str(rng.randint(10, 9999))


def passphrase(rng: random.Random, n: int = 4) -> str:
    return "-".join(rng.sample(WORDS, n))


#: where a password stands, by the shape people give it: templates with {pw}
PLACES = {
    made_up: ("db.internal:5432:orders:svc_orders:{pw}\n", "$cred = ConvertTo-SecureString '{pw}' -AsPlainText -Force\n",
              "define( 'DB_PASSWORD', '{pw}' );\n", "[10:04] ops: and the admin pw is {pw} - rotate after the demo\n"),
    passphrase: (" 578  sshpass -p '{pw}' ssh deploy@10.0.0.7 uptime\n", " 718  mysql -uroot -p{pw} -h mysql.internal orders\n",
                 "and the admin pw is {pw} - rotate after the demo\n", "the password is {pw}\n"),
}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("maker", list(PLACES), ids=lambda m: m.__name__)
def test_a_made_up_password_or_a_passphrase_where_a_password_stands(maker, seed: int) -> None:  # noqa: ANN001
    pw = maker(random.Random(f"{maker.__name__}/{seed}"))
    for template in PLACES[maker]:
        text = template.format(pw=pw)
        assert redacted(text, pw), text


def test_a_word_list_in_prose_or_a_database_after_p_stays() -> None:
    for text in ("the password is out-of-date-now\n", "mysql -u root -p orders_db\n", "psql -h db -p 5432 app\n"):
        assert not [f for f in SCRUBBER.find(text) if f.category == "secret"], text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_wordpress_password_may_start_with_a_percent_sign(seed: int) -> None:
    rng = random.Random(f"wp/{seed}")
    pw = "%!" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(13))
    text = f"define( 'DB_PASSWORD', '{pw}' );\n"
    assert redacted(text, pw), text
    assert not [f for f in SCRUBBER.find("define('DB_PASSWORD', '%s');\n") if f.category == "secret"]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_teams_webhook_is_a_secret_whatever_its_tenant_is_called(seed: int) -> None:
    rng = random.Random(f"teams/{seed}")
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    uuid = lambda: f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}"  # noqa: E731
    url = (f"https://{rng.choice(['example', 'contoso', 'acme'])}.webhook.office.com/webhookb2/{uuid()}@{uuid()}"
           f"/IncomingWebhook/{hexs(32)}/{uuid()}")
    text = f"TEAMS_WEBHOOK={url}\n"
    assert redacted(text, url), text


@pytest.mark.parametrize("text", [
    "  annotations:\n    checksum/secret: {sha}\n    checksum/config: {sha}\n",
    "ossrhUsername=release\nossrhPassword=${{OSSRH_PASSWORD}}\n",
    "\turl = https://x-access-token@github.com/acme/inventory.git\n",
    "origin\tgit@github.com:acme/orders.git (fetch)\n",
    "git clone ssh://git@github.com/acme/orders.git\n",
])
def test_what_engineers_paste_around_secrets_stays(text: str) -> None:
    sha = "".join(random.Random(text).choice("0123456789abcdef") for _ in range(64))
    text = text.format(sha=sha)
    assert SCRUBBER.find(text) == [], text
