"""Secret shapes from the eighth leak audit, every value generated here from a seeded RNG: the value of a
secret-named field in redis-cli output (HGETALL's numbered lines, --raw, CONFIG GET requirepass), the
password argument of a connect call in a PHP stack trace (PDO, mysqli, Laravel's createPdoConnection; cut
after 15 characters), a session cookie in Django's debug page (``sessionid<TAB>'value'``), a service
account's ``private_key_id`` written out as YAML or an env variable, an Entra ID client secret that starts
with a dash after ``az login -p``; and what must stay quiet: ``token_type "Bearer"``, an empty or
SensitiveParameterValue password, ``SESSION_COOKIE_NAME 'sessionid'``, a public key's id, and documentation
URIs whose user and password are the words for "user" and "password" in another language."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(6)
B62 = string.ascii_letters + string.digits
LOWER36 = string.ascii_lowercase + string.digits
BANNED = ("test", "fake", "exam", "sampl", "dumm", "demo", "pass", "key", "your", "here", "xxx")


def token(rng: random.Random, alphabet: str, n: int) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if sum(c.isdigit() for c in s) >= 2 and any(c.isalpha() for c in s) and not any(b in s.lower() for b in BANNED):
            return s


def password(rng: random.Random) -> str:
    """A person's password: a capitalised word, a year, a symbol."""
    word = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randrange(2, 4)))
    return word.capitalize() + str(rng.randrange(1960, 2010)) + rng.choice("!?#*.%")


def secrets_of(text: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.category == "secret"]


def redacted(text: str, value: str) -> bool:
    return any(value in s for s in secrets_of(text))


# -- redis-cli replies ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_refresh_token_in_redis_cli_hgetall_output_is_redacted(seed):
    rng = random.Random(seed)
    value = token(rng, B62, 64)
    text = (f"127.0.0.1:6379> HGETALL session:{token(rng, '0123456789abcdef', 32)}\n"
            ' 1) "user_id"\n 2) "48213"\n 3) "token_type"\n 4) "Bearer"\n'
            f' 5) "refresh_token"\n 6) "{value}"\n 7) "expires_at"\n 8) "1767225600"\n')
    assert redacted(text, value)
    assert not redacted(text, "Bearer") and not redacted(text, "1767225600")


@pytest.mark.parametrize("field", ["apiKey", "client_secret", "oauth:access_token", "session_key"])
def test_any_secret_named_hash_field_in_redis_cli_output_is_redacted(field):
    value = token(random.Random(field), B62, 40)
    text = f'redis:6379> HGETALL integration:7\n1) "provider"\n2) "github"\n3) "{field}"\n4) "{value}"\n'
    assert redacted(text, value)


def test_requirepass_in_redis_config_get_output_is_redacted_even_as_words():
    value = "harbor-quill-" + str(random.Random(3).randrange(1000, 9999))
    text = f'127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "{value}"\n'
    assert redacted(text, value)


def test_a_token_in_redis_cli_raw_output_is_redacted():
    value = token(random.Random(4), B62, 48)
    text = f"$ redis-cli --raw HGETALL sess:9\nuser_id\n1042\nrefresh_token\n{value}\nlast_ip\n10.0.0.7\n"
    assert redacted(text, value)


def test_redis_replies_of_other_fields_are_left_alone():
    text = ('127.0.0.1:6379> HGETALL sess:9\n1) "token_type"\n2) "Bearer"\n3) "password_changed_at"\n'
            '4) "1767225600"\n5) "refresh_token"\n6) "<refresh-token>"\n')
    assert secrets_of(text) == []


# -- PHP stack traces -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_the_password_of_a_pdo_constructor_in_a_php_stack_trace_is_redacted(seed):
    rng = random.Random(seed)
    pw = password(rng)
    text = ("PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /srv/app/Db.php:31\n"
            "Stack trace:\n"
            f"#0 /srv/app/Db.php(31): PDO->__construct('mysql:host=10.1...', 'app_rw', '{pw}', Array)\n"
            "#1 /srv/app/Repo.php(12): Db::connect()\n#2 {main}\n")
    assert secrets_of(text) == [pw]


def test_a_password_cut_short_by_the_trace_is_redacted_without_its_dots():
    pw = token(random.Random(7), B62, 15)
    text = f"#0 [internal function]: PDO->__construct('pgsql:host=db-2...', 'billing', '{pw}...', Array)\n"
    assert secrets_of(text) == [pw]


@pytest.mark.parametrize("frame", [
    "#1 /var/www/inc/db.php(9): mysqli->__construct('10.2.0.15', 'shop', '{pw}', 'shop')",
    "#1 /var/www/inc/db.php(9): mysqli->real_connect('db.local', 'shop', '{pw}', 'shop', 3306)",
    "#1 /var/www/inc/db.php(9): mysqli_connect('db.local', 'shop', '{pw}', 'shop')",
    "#1 /var/www/inc/db.php(9): mysqli_real_connect(Object(mysqli), 'db.local', 'shop', '{pw}', 'shop')",
    "#4 vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(70): "
    "Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:host=127....', 'forge', '{pw}', Array)",
])
def test_the_password_of_other_connect_frames_is_redacted(frame):
    pw = password(random.Random(frame))
    assert redacted(frame.format(pw=pw), pw)


@pytest.mark.parametrize("frame", [
    "#0 /srv/app/Db.php(31): PDO->__construct('mysql:host=10.1...', 'app_rw', '', Array)",
    "#0 /srv/app/Db.php(31): PDO->__construct('mysql:host=10.1...', 'app_rw', Object(SensitiveParameterValue), Array)",
    "#0 /srv/app/Db.php(31): PDO->__construct('sqlite:/var/db/app.sqlite', NULL, NULL, Array)",
    "#0 /srv/app/Cache.php(8): Redis->connect('10.0.0.9', 6379)",
])
def test_frames_without_a_password_are_left_alone(frame):
    assert secrets_of(frame) == []


# -- Django's debug page --------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_the_session_cookie_in_a_django_debug_page_is_redacted(seed):
    value = token(random.Random(seed), LOWER36, 32)
    text = ("COOKIES\nVariable\tValue\n"
            f"sessionid\t'{value}'\ncsrftoken\t'********************'\n\nMETA\nVariable\tValue\n")
    assert secrets_of(text) == [value]


def test_the_session_cookie_in_a_django_text_traceback_is_redacted():
    value = token(random.Random(9), LOWER36, 32)
    text = f"Request information:\nUSER: AnonymousUser\n\nCOOKIES:\nsessionid = '{value}'\n"
    assert redacted(text, value)


def test_the_session_settings_of_a_debug_page_are_left_alone():
    text = ("Setting\tValue\nSESSION_COOKIE_NAME\t'sessionid'\n"
            "SESSION_ENGINE\t'django.contrib.sessions.backends.cache'\nSESSION_COOKIE_AGE\t1209600\n")
    assert secrets_of(text) == []


# -- service-account key ids ----------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_private_key_id_in_a_dbt_profile_is_redacted(seed):
    key_id = token(random.Random(seed), "0123456789abcdef", 40)
    text = ("    bq:\n      type: bigquery\n      method: service-account-json\n      keyfile_json:\n"
            f"        type: service_account\n        private_key_id: {key_id}\n"
            "        client_id: \"104882937461109283746\"\n")
    assert redacted(text, key_id)


def test_a_private_key_id_in_an_env_file_is_redacted():
    key_id = token(random.Random(10), "0123456789abcdef", 40)
    assert redacted(f"GCP_PRIVATE_KEY_ID={key_id}\n", key_id)


def test_a_public_key_id_or_a_template_is_left_alone():
    key_id = token(random.Random(11), "0123456789abcdef", 40)
    assert secrets_of(f"public_key_id: {key_id}\nprivate_key_id: ${{GCP_PRIVATE_KEY_ID}}\n") == []


# -- Entra ID client secrets ----------------------------------------------------------------------------------

AZ_ALPHABET = B62 + "_.~-"


@pytest.mark.parametrize("seed", SEEDS)
def test_an_entra_client_secret_starting_with_a_dash_after_az_login_p_is_redacted(seed):
    rng = random.Random(seed)
    secret = "-" + rng.choice(B62) + rng.choice(B62) + rng.choice("78") + "Q~" + token(rng, AZ_ALPHABET, 34)
    text = ("##[command]az login --service-principal -u 3f6c2a9e-1b7d-4e2f-8a5c-9d0e7b1c4f62 "
            f"-p {secret} --tenant contoso.onmicrosoft.com --allow-no-subscriptions\n")
    assert redacted(text, secret)


def test_a_flag_with_a_q_tilde_in_it_is_not_a_client_secret():
    assert secrets_of("git log --stat -p -- docs/8Q~draft.md\n") == []


# -- placeholders in other languages --------------------------------------------------------------------------

@pytest.mark.parametrize("uri", [
    "DATENBANK_URL=postgres://benutzer:passwort@localhost:5432/app_dev",
    "DATABASE_URL=mysql://utilisateur:motdepasse@localhost:3306/boutique",
    "DATABASE_URL=postgres://usuario:contraseña@localhost/tienda",
    "DATABASE_URL=postgres://utente:parola@localhost/negozio",
    "DATABASE_URL=postgres://gebruiker:wachtwoord@localhost/winkel",
    "DATABASE_URL=postgres://uzytkownik:has%C5%82o@localhost/sklep",
    "DATABASE_URL=postgres://usuario:senha@localhost/loja",
    "DATABASE_URL=postgres://пользователь:пароль@localhost/магазин",
])
def test_a_documentation_uri_whose_password_is_the_word_password_in_another_language_is_left_alone(uri):
    text = f"{uri}\nDas Passwort ist nur ein Platzhalter.\n"
    assert secrets_of(text) == []


def test_a_real_password_beside_a_foreign_placeholder_user_is_still_redacted():
    pw = token(random.Random(12), B62, 14)
    assert secrets_of(f"DATENBANK_URL=postgres://benutzer:{pw}@db.intern:5432/app\n") != []
