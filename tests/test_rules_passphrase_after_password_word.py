"""After an explicit word for password, in prose, chat and tickets of many languages, the value is a password
whatever its shape: a passphrase of dotted or hyphenated words, words joined by ``_`` with a number, capitalised
words behind a sigil (``_``, ``$``), short human passwords ending in a symbol. A stand-in (``********``,
``<redacted>``, ``${VAR}``, ``changeme``) or a sentence with no value after the same words stays."""
from __future__ import annotations

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub import secret_filters

SCRUBBER = build_scrubber(Config())


def secrets(text: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.category == "secret"]


CASES = [
    ("the staging password is pond-gravel-quilt", "pond-gravel-quilt"),
    ("Hi, my login is tdoe and my password is oyster.lemon.bridge.", "oyster.lemon.bridge"),
    ("senha: violet.anchor.mango.steel", "violet.anchor.mango.steel"),
    ("contraseña: cobalt-hazel-pumpkin-rover", "cobalt-hazel-pumpkin-rover"),
    ("la password nuova è tiger-noodle-canyon", "tiger-noodle-canyon"),
    ("wachtwoord: tulip.harbor.frost", "tulip.harbor.frost"),
    ("gebruiker piet, wachtwoord Fiets44?", "Fiets44"),
    ("Das alte Passwort war Kirsch-Wolke58.", "Kirsch-Wolke58"),
    ("Passwort: Birke_Sonne31", "Birke_Sonne31"),
    ("PW für den Server ist Tanne-Adler29, bitte löschen.", "Tanne-Adler29"),
    ("WLAN-Schlüssel: Mond&Regen61", "Mond&Regen61"),
    ("senha: _PeraCometa8", "_PeraCometa8"),
    ("gebruiker ops, wachtwoord $ZeeUil52", "$ZeeUil52"),
    ("логин dev, пароль slate-orbit-pebble", "slate-orbit-pebble"),
    ("Пароль от сервера salmon.velvet.candle.hinge, не пересылай.", "salmon.velvet.candle.hinge"),
    ("użyj hasła quiet.ribbon.walnut do testów", "quiet.ribbon.walnut"),
    ("管理员密码是 kettle.saddle.prism.22", "kettle.saddle.prism.22"),
    ("mot de passe garnet-willow-orbit. Merci", "garnet-willow-orbit"),
    ("use pw lunar-tablet-fiddle for the box", "lunar-tablet-fiddle"),
    ("creds are svc_ci and hazel-7731", "hazel-7731"),
    ("Sam: user `ops` pw `bramble.cactus.meadow.lynx`", "bramble.cactus.meadow.lynx"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_a_passphrase_or_made_up_password_after_a_password_word_is_redacted(text: str, value: str) -> None:
    assert value in "".join(secrets(text)) or any(value in s for s in secrets(text)), (text, secrets(text))


@pytest.mark.parametrize("text", [
    "the password is incorrect",
    "das Passwort ist abgelaufen",
    "le mot de passe est trop court",
    "password: ********",
    "the password is case-sensitive",
    "Passwort: ${DB_PASSWORD}",
    "the password is changeme",
    "password: your-password-here",
    "the password is <redacted>, see vault",
    "senha: expirada",
    "the password is out-of-date-now",
    "wachtwoord: verlopen",
    "gebruiker ops, wachtwoord $DB_PASSWORD",
])
def test_no_value_after_a_password_word_stays(text: str) -> None:
    assert not secrets(text), text


@pytest.mark.parametrize(("value", "made_up"), [
    ("Birke_Sonne31", True), ("Kirsch-Wolke58", True), ("_PeraCometa8", True), ("$ZeeUil52", True),
    ("ember.lotus.canyon.4", True), ("$DbPassword2", False), ("settings.db.pass", False), ("$DB_PASSWORD", False),
    ("case-sensitive", False),
])
def test_made_up_password_shapes(value: str, made_up: bool) -> None:
    assert secret_filters.is_made_up_password(value) is made_up


@pytest.mark.parametrize(("text", "value"), [
    ("ルーターのパスワードはpebble.orchid.lantern.5です", "pebble.orchid.lantern.5"),
    ("jdbc:oracle:thin:etl-job/prism.walnut.ferry.61@//ora-2.acme.internal:1521/SALES", "prism.walnut.ferry.61"),
    ("OPS_PASS=$HafenMowe27\n", "$HafenMowe27"),
])
def test_a_value_in_a_script_without_blanks_a_hyphenated_oracle_user_or_a_sigil(text: str, value: str) -> None:
    assert value in secrets(text), (text, secrets(text))


@pytest.mark.parametrize("text", ["OPS_PASS=$DbPassword2\n", "OPS_PASS=$OPS_PASSWORD\n", "パスワードは間違っています"])
def test_a_variable_or_a_sentence_stays(text: str) -> None:
    assert not secrets(text), text


@pytest.mark.parametrize(("text", "value"), [
    ("utente gbianchi, password cactus.violin.ember.moth", "cactus.violin.ember.moth"),
    ("usuario pmora, password Lince-Roble44", "Lince-Roble44"),
])
def test_a_user_then_password_pair_in_other_languages(text: str, value: str) -> None:
    assert value in secrets(text), (text, secrets(text))


def test_a_user_then_password_word_without_a_value_stays() -> None:
    assert not secrets("utente gbianchi, password scaduta")


@pytest.mark.parametrize(("text", "value"), [
    ("mysqldump -u app -p'glider.copper.mint.oat' shop > out.sql", "glider.copper.mint.oat"),
    ("sqlcmd -S db3 -U sa -P 'nectar_pylon_saffron_tide' -Q 'SELECT 1'", "nectar_pylon_saffron_tide"),
])
def test_a_dotted_or_snake_passphrase_after_a_client_password_flag(text: str, value: str) -> None:
    assert value in secrets(text), (text, secrets(text))


def test_a_client_flag_before_a_database_name_stays() -> None:
    assert not secrets("mysql -u root -p shop.orders.archive")
