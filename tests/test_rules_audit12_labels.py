"""Passwords, account names, record and insurance numbers after their labels in many languages (audit 12).

Every value is made up for the test or generated here."""
from __future__ import annotations

import random
import string
import zlib

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str, category: str | None = None) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if category is None or f.category == category}


def password(seed: int) -> str:
    """A made-up password: a capital, small letters, a symbol and digits, shuffled past the first letter."""
    rnd = random.Random(seed)
    tail = [rnd.choice(string.ascii_lowercase) for _ in range(6)] + [rnd.choice("#%+!*@")] + [rnd.choice(string.digits) for _ in range(3)]
    rnd.shuffle(tail)
    return rnd.choice(string.ascii_uppercase) + "".join(tail)


def account(seed: int) -> str:
    rnd = random.Random(seed)
    return rnd.choice(string.ascii_lowercase) + "." + "".join(rnd.choice(string.ascii_lowercase) for _ in range(6)) + str(rnd.randint(10, 99))


# (template with {pw}) -- the password after its label in one language or layout (labels in scripts beyond
# Latin-1 cannot be prefilter keywords: not taken yet)
PASSWORD_LABELS = {
    "Romanian label": "Parola portalului: {pw}\n",
    "Romanian with ă and a note": "parolă modem (admin): {pw}\n",
    "Czech verb": "Heslo k e-mailu je {pw}\n",
    "Hungarian": "Jelszó: {pw}\n",
    "Finnish verb": "Salasana on {pw}\n",
    "Danish definite form": "Adgangskoden er {pw}\n",
    "Norwegian": "Passord: {pw}\n",
    "Swedish definite form": "Lösenordet är {pw}\n",
    "Indonesian": "Kata sandi router: {pw}\n",
    "Turkish bold Markdown": "- **Şifre:** {pw}\n",
    "German bold Markdown": "- **Passwort:** {pw}\n",
    "English bold Markdown": "- **Password:** {pw}\n",
    "Finnish bare in a list": "Verkko Kellari-5G, salasana {pw}\n",
    "English word with a local adjective": "Password sementara: {pw}\n",
    "French abbreviation alone": "Netflix : mdp {pw} merci\n",
    "Turkish aligned columns": "Şifre:          {pw}\n",
}


@pytest.mark.parametrize("name", sorted(PASSWORD_LABELS))
def test_a_password_after_its_label_is_a_secret(scrubber, name):
    pw = password(zlib.crc32(name.encode()))
    text = PASSWORD_LABELS[name].format(pw=pw)
    assert pw in found(scrubber, text, "secret"), text


def test_a_wifi_qr_payload_password_is_a_secret(scrubber):
    pw = "linde-moos-" + str(random.Random(3).randint(10, 99))
    assert pw in found(scrubber, f"QR: WIFI:T:WPA;S:Werkstatt;P:{pw};;\n", "secret")


def test_a_service_login_password_pair_gives_the_password(scrubber):
    pw = password(77)
    text = f"Accounts to hand over:\n- **Parcel portal**: j.weber@firma.example / `{pw}`\n"
    assert pw in found(scrubber, text, "secret")


def test_a_dot_leader_login_password_pair_gives_the_password(scrubber):
    pw = password(78)
    assert pw in found(scrubber, f"Portal login ........ r.ilves@firma.example / {pw}\n", "secret")


def test_a_wifi_network_password_pair_gives_the_password(scrubber):
    text = "Wi-Fi (guests): Halle-Gast / tanne-kiesel-moor41\n"
    assert "tanne-kiesel-moor41" in found(scrubber, text, "secret")


USERNAME_LABELS = {
    "English in chat": "Kofi: Username: {u}\nAgent: thanks\n",
    "German": "Benutzername: {u}\n",
    "French": "Nom d'utilisateur : {u}\n",
    "Spanish before a slash": "PPPoE usuario: {u}\n",
    "Italian bold": "- **Nome utente:** {u}\n",
    "Dutch": "Gebruikersnaam: {u}\n",
    "Polish Login at line start": "Login:   {u}\nHasło: ...\n",
    "Japanese": "ユーザー名:    {u}\n",
    "Chinese": "用户名：{u}\n",
    "Turkish bold": "- **Kullanıcı adı:** {u}\n",
    "user and pass on one line": "user: {u} pass: x\n",
    "user then pw": "portal → user {u} / pw (ask me)\n",
    "Spanish bold list": "- **Usuario:** {u}\n",
}


@pytest.mark.parametrize("name", sorted(USERNAME_LABELS))
def test_an_account_after_its_label_is_personal_data(scrubber, name):
    u = account(zlib.crc32(name.encode()))
    text = USERNAME_LABELS[name].format(u=u)
    assert u in found(scrubber, text, "pii"), text


def test_a_numeric_bank_login_after_its_label_is_an_account(scrubber):
    digits = str(random.Random(9).randint(10**9, 10**10 - 1))
    assert digits in found(scrubber, f"Benutzername: {digits}\nPIN: siehe Brief\n", "pii")


def test_the_user_column_of_a_credentials_table_is_personal_data(scrubber):
    u, pw = account(5), password(5)
    text = f"Sistema,Utente,Password\nGestionale,{u},{pw}\n"
    got = found(scrubber, text)
    assert u in got and pw in got


RECORDS = {
    "Med. Rec. #": ("Med. Rec. #: {n}\n", "{n}"),
    "German patient id with a prefix": ("Patienten-ID: MRN{n}\n", "MRN{n}"),
    "German case number": ("Fallnummer: {n}\n", "{n}"),
    "French file number": ("N° de dossier : {n}\n", "{n}"),
    "Portuguese process number": ("N.º de processo: {n}\n", "{n}"),
    "Swedish journal number, grouped": ("Journalnummer {a}-{b}-{c}\n", "{a}-{b}-{c}"),
    "Chinese": ("病历号: MRN{n}\n", "MRN{n}"),
    "Portuguese chart": ("Prontuário: MRN{n}\n", "MRN{n}"),
    "hospital number, grouped": ("Hospital no.: {a}-{b}-{c}\n", "{a}-{b}-{c}"),
    "French insured number": ("Numéro d'assuré : {n}\n", "{n}"),
    "insurer then policy": ("Insurance: Mutua / policy HX{n}\n", "HX{n}"),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_a_record_or_insurance_number_after_its_label_is_personal_data(scrubber, name):
    rnd = random.Random(name)
    n = str(rnd.randint(1_000_000, 9_999_999))
    a, b, c = (str(rnd.randint(100, 999)) for _ in range(3))
    template, value = RECORDS[name]
    text, value = template.format(n=n, a=a, b=b, c=c), value.format(n=n, a=a, b=b, c=c)
    assert value in found(scrubber, text, "pii"), text


ORDINARY = [
    "Parola chiave: Kubernetes2024\n",
    "Das Passwort ist falsch.\nHeslo je neplatné.\nSalasana on liian lyhyt.\n",
    "la contraseña WPA2-Personal es obligatoria\n",
    "Пароль должен содержать не менее 8 символов.\nВерсия: 3.11.2\n",
    "密码：请联系管理员\nパスワードは8文字以上です\n使用Python3编程\n",
    "Username: required\nUser: hello there\nLogin: Google\n",
    "用户名：请输入\n結論：PostgreSQL15に移行\n",
    "Patient-ID: 42\nFallnummer: unbekannt\npolicy 2024\nprivacy policy 1.2\n",
    "WIFI:T:nopass;S:Lobby;;\n",
    "- **Docs**: docs@firma.example / see the wiki\n",
    "Kennwort: ${DB_PASSWORD}\nLösenord: <ditt lösenord>\n",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_is_left_alone(scrubber, text):
    assert not {f.rule for f in scrubber.find(text) if f.category in ("secret",) or f.type in ("USERNAME", "MEDICAL_RECORD_NUMBER", "INSURANCE_ID")}, text
