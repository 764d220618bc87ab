"""Audit 26 (credentials pasted into a chat, outside source code): a PEM key collapsed onto one line, passwords
made of words under a password's name (``Kiwi_lantern_48``, ``gravel.orbit.plume``), ... Every phrasing is
written here and every value generated from a seeded random (never stored), so no case is the audit's."""
from __future__ import annotations

import base64
import random
import re
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(4)
WORDS = ["gravel", "orbit", "plume", "cedar", "lumen", "tide", "forge", "maple", "quartz", "ember", "hollow", "raven",
         "tulip", "fjord", "cobalt", "willow", "basil", "lantern", "meadow", "pebble"]


def secrets_in(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in SCRUBBER.find(text) if f.category == "secret"]


def redacted(text: str, value: str) -> bool:
    """The whole value is inside one secret finding."""
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in SCRUBBER.find(text))


def touched(text: str, value: str) -> bool:
    """Some finding (of any category) covers a character of the value."""
    start = text.index(value)
    return any(f.start < start + len(value) and f.end > start for f in SCRUBBER.find(text))


def a_password(rng: random.Random, n: int = 12) -> str:
    pool = string.ascii_letters + string.digits
    while True:
        v = "".join(rng.choice(pool) for _ in range(n))
        # (two runs of digits: with one, Maqai44XkrIa, the generic filters read a Base64Encoder-like name -- a
        # known limit of secret_filters.is_not_secret, not of these phrasings)
        if len(re.findall(r"\d+", v)) >= 2 and any(c.islower() for c in v) and any(c.isupper() for c in v):
            return v


def a_human_password(rng: random.Random) -> str:
    return rng.choice(WORDS).capitalize() + rng.choice("!#%+") + rng.choice(WORDS).capitalize() + str(rng.randint(10, 99))


def a_snake_password(rng: random.Random) -> str:
    a, b = rng.sample(WORDS, 2)
    return f"{a.capitalize()}_{b}_{rng.randint(10, 99)}"


def a_dotted_passphrase(rng: random.Random, number: bool = False) -> str:
    words = ".".join(rng.sample(WORDS, rng.randint(3, 5)))
    return f"{words}.{rng.randint(1, 99)}" if number else words


# -- a private key collapsed onto one line ------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_private_key_collapsed_onto_one_line_is_one_finding(seed: int) -> None:
    rng = random.Random(f"pem-oneline/{seed}")
    body = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(300))).decode()
    chunks = " ".join(body[i:i + 70] for i in range(0, len(body), 70))
    for kind in ("OPENSSH ", "RSA ", "EC ", ""):
        key = f"-----BEGIN {kind}PRIVATE KEY----- {chunks} -----END {kind}PRIVATE KEY-----"
        text = f"here is the deploy key, can you tell why ssh refuses it? {key} thanks"
        assert redacted(text, key), kind


def test_an_elided_one_line_key_stays_a_placeholder() -> None:
    for text in ("-----BEGIN RSA PRIVATE KEY----- ... -----END RSA PRIVATE KEY-----",
                 "-----BEGIN OPENSSH PRIVATE KEY----- <paste your key here> -----END OPENSSH PRIVATE KEY-----"):
        assert secrets_in(text) == [], text


# -- passwords made of words under a password's name --------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_word_passwords_under_a_password_name(seed: int) -> None:
    rng = random.Random(f"word-passwords/{seed}")
    snake, dotted, dotted_n = a_snake_password(rng), a_dotted_passphrase(rng), a_dotted_passphrase(rng, True)
    cases = [
        (f"REPORTING_ADMIN_PASS={dotted}", dotted),
        (f'"Env": ["MARIADB_ROOT_PASSWORD={snake}", "PATH=/usr/local/bin"]', snake),
        (f"replica.internal:5432:billing:reporter:{snake}", snake),
        (f"sqlcmd -S sql01.internal -U sa -P '{dotted_n}' -Q 'SELECT 1'", dotted_n),
        (f"mysql -u root -p{dotted_n} inventory", dotted_n),
        (f"mysql -u app -p{snake} inventory", snake),
    ]
    for text, value in cases:
        assert redacted(text, value), text


def test_references_and_names_under_a_password_name_stay() -> None:
    for text in ("password=settings.db.pass", "DB_PASSWORD=vault.token.json", "password = self.config.secret",
                 "pwd = os.path.join(base, name)", "ADMIN_PASS=my_password_1", "password: request.form.get",
                 "SMTP_PASS=mail.corp.local"):
        assert secrets_in(text) == [], text


# -- prose and chat phrasings in many languages -------------------------------------------------------------------

PROSE = [
    "логин {u}, пароль {p}",
    "Пароль от сервера {p}, никому не пересылай.",
    "ステージングのパスワードは「{p}」です",
    "ユーザー名 {u}、パスワード {p} でログインしてください",
    "帐号 {u} 密码 {p}",
    "proszę użyj hasła {p} do logowania",
    "PW für den Drucker ist {p}, bitte nicht weitergeben.",
    "gebruik ww {p} voor de testomgeving",
    "usa la clave {p} para entrar",
    "use pw {p} for the build box",
    "fyi I set the db password to {p} until Monday",
    "пароль {h}",
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("phrase", PROSE)
def test_passwords_in_chat_phrasings(phrase: str, seed: int) -> None:
    rng = random.Random(f"prose/{phrase}/{seed}")
    p, h = a_password(rng), a_human_password(rng)
    text = phrase.format(u="svc" + str(rng.randint(10, 99)), p=p, h=h)
    assert redacted(text, h if "{h}" in phrase else p), text


@pytest.mark.parametrize("seed", SEEDS)
def test_tokens_after_the_word_token_in_other_languages(seed: int) -> None:
    rng = random.Random(f"token-i18n/{seed}")
    tok = a_password(rng, 36)
    for text in (f"токен: {tok}", f"il token è {tok}", f"o token é {tok}", f"le jeton est {tok}"):
        assert redacted(text, tok), text


def test_prose_without_a_password_stays() -> None:
    for text in ("пароль неверный, попробуйте ещё раз", "пароль от базы хранится в сейфе", "usa la clave pública",
                 "use password authentication instead", "set the password to expire after 90 days",
                 "PW für den Drucker ist falsch", "het ww is verlopen", "il token è scaduto",
                 "the test has Version2 support", "パスワードは 8 文字以上です"):
        assert secrets_in(text) == [], text


# -- 2FA material -------------------------------------------------------------------------------------------------

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def a_base32(rng: random.Random, n: int) -> str:
    while True:
        v = "".join(rng.choice(B32) for _ in range(n))
        if any(c.isdigit() for c in v):
            return v


@pytest.mark.parametrize("seed", SEEDS)
def test_recovery_codes_after_an_introductory_sentence(seed: int) -> None:
    rng = random.Random(f"recovery-intro/{seed}")
    codes = ["".join(rng.choice("0123456789abcdef") for _ in range(5)) + "-" +
             "".join(rng.choice("0123456789abcdef") for _ in range(5)) for _ in range(4)]
    text = "These are the recovery codes for my forge account, please keep them somewhere safe:\n" + "\n".join(codes)
    for c in codes:
        assert redacted(text, c), text


@pytest.mark.parametrize("seed", SEEDS)
def test_totp_seeds_after_their_labels(seed: int) -> None:
    rng = random.Random(f"totp/{seed}")
    s1, s2, s3 = a_base32(rng, 16), a_base32(rng, 26), a_base32(rng, 32)
    for text, value in ((f"2FA secret for the billing admin: {s2}", s2), (f"TOTP-Geheimnis: {s1}", s1),
                        (f"Clé secrète TOTP : {s1}", s1)):
        assert redacted(text, value), text
    grouped = " ".join(s3.lower()[i:i + 4] for i in range(0, 32, 4))
    text = f"The QR code won't scan, so here is the setup key instead:\n{grouped}"
    assert redacted(text, grouped), text


@pytest.mark.parametrize("seed", SEEDS)
def test_an_app_password_after_the_word_password(seed: int) -> None:
    rng = random.Random(f"app-password/{seed}")
    groups = " ".join("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(4)) for _ in range(4))
    text = f"relay settings: host smtp.example.net, port 587, user relay@example.net, password {groups}. thanks"
    assert redacted(text, groups), text


def test_2fa_lookalikes_stay() -> None:
    for text in ("2FA status: ENABLEDFORALLUSERS", "the secret key: this will make sure that",
                 "change the password with some more text", "Recovery codes are printed once, see below:\nStep 2 done"):
        assert secrets_in(text) == [], text


# -- Wi-Fi, command lines, seed phrases ---------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_wifi_and_command_line_passwords(seed: int) -> None:
    rng = random.Random(f"wifi-cli/{seed}")
    p, h = a_password(rng), a_human_password(rng).lower()
    cases = [
        (f"    Authentication         : WPA2-Personal\n    Key Content            : {h}", h),
        (f'network={{\n\tssid="Loft"\n\t#psk="{h}"\n\tpsk={"".join(rng.choice("0123456789abcdef") for _ in range(64))}\n}}', h),
        (f"smbclient //nas01/backup -U backup%{p}", p),
        (f"az login -u ops@corp.example -p {p}", p),
        (f"ldapsearch -x -D cn=reader,dc=corp -w %{p} -b dc=corp", "%" + p),
    ]
    for text, value in cases:
        assert redacted(text, value), text


BIP39_SAMPLE = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
                "achieve acid acoustic acquire across act action actor actress actual adapt add addict address").split()


@pytest.mark.parametrize("label", ["Meine Wiederherstellungsphrase:", "Ma phrase de récupération :", "Mi frase semilla:",
                                   "La mia frase di recupero:", "Minha frase de recuperação:"])
def test_seed_phrases_after_labels_in_other_languages(label: str) -> None:
    rng = random.Random(label)
    words = " ".join(rng.sample(BIP39_SAMPLE, 12))
    text = f"{label} {words}"
    assert redacted(text, words), text


# -- ids that stay ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_commit_ids_and_request_ids_stay(seed: int) -> None:
    rng = random.Random(f"ids/{seed}")
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    u = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    for text in (f"$ git checkout {sha}", f"git cherry-pick {sha}", f"$ kubectl logs deploy/web | grep {u}",
                 f"ID de requête : {u}", f"rg {u} logs/"):
        assert secrets_in(text) == [], text
