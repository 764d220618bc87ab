"""Secrets in IDE and app configs, mail app passwords, German / Spanish chat, security-question answers, deploy
references and ciphertext, and values a rule once took from the next line (audit 11).

Every value here is made up for the test or generated at test time."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

_RNG = random.Random(1111)


def _pick(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _token(n: int) -> str:
    """Mixed case and digits, starting with a letter."""
    return _pick(string.ascii_letters, 1) + _pick(string.ascii_letters + string.digits, n - 1)


def _no_digit_token(n: int) -> str:
    """Letters of both cases with a - and an _ inside, no digit (base64url that happened to draw none)."""
    body = list(_pick(string.ascii_lowercase, n // 2) + _pick(string.ascii_uppercase, n - n // 2 - 2))
    _RNG.shuffle(body)
    body.insert(n // 3, "-")
    body.insert(2 * n // 3, "_")
    return "".join(body)


def _random_letters(n: int) -> str:
    """Letters of both cases, random humps (a generated letters-only password)."""
    return "".join(_RNG.choice("QWXZJKVPqwxzjkvp") for _ in range(n // 2)) + _pick(string.ascii_letters, n - n // 2)


HEX40 = _pick("0123456789abcdef", 40)
BOUNDARY = f"at_{_token(10)}_s1{_token(110)}"
CF_TOKEN = _no_digit_token(40)
APP_PW_GROUPED = " ".join(_pick(string.ascii_lowercase, 4) for _ in range(4))
APP_PW_PLAIN = _pick("bcdfghjklmnpqrstvwxz", 16)
ENV_DEFAULT = _random_letters(18)
AWS_SECRET = _token(40)
ESCAPED = f"%2B{AWS_SECRET[:18]}%2F{AWS_SECRET[18:]}"


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def secret_values(scrubber, text: str) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if f.category == "secret"}


# (text, the secrets in it)
CASES = {
    "an IntelliJ run configuration's <env name=... value=...> password is redacted": (
        '<component name="RunManager">\n  <configuration name="api" type="SpringBootApplicationConfigurationType">\n'
        '    <envs>\n      <env name="REPORTING_DB_PASSWORD" value="Vq7!mRt2.Lw9xKs" />\r\n'
        '      <env name="LOG_LEVEL" value="debug" />\n    </envs>\n', {"Vq7!mRt2.Lw9xKs"},
    ),
    "XML <option name=password value=...> and <entry key=... value=...> pairs are redacted": (
        '<option name="password" value="Lantern#4471" />\n<entry key="ldap.bind.password" value="Tz4nKq8vWm2Rx"/>\n'
        '<property name="relayApiToken" value="Hm4vQz8nT2wLkR6pXe" />\n',
        {"Lantern#4471", "Tz4nKq8vWm2Rx", "Hm4vQz8nT2wLkR6pXe"},
    ),
    "a PHP define() whose name ends in _PASS is a password": (
        "define( 'NEWSLETTER_SMTP_PASS', 'Kd8vQm3Lx7Tz' );\n", {"Kd8vQm3Lx7Tz"},
    ),
    "a Google app password in four groups after a mail password name is redacted": (
        f"MAIL_USERNAME=reports@example.org\nMAIL_PASSWORD={APP_PW_GROUPED}\n", {APP_PW_GROUPED},
    ),
    "sixteen lower-case letters as the password of a mail settings block are redacted": (
        f"notifications:\n  smtp:\n    host: smtp.gmail.com\n    port: 587\n    password: {APP_PW_PLAIN}\n",
        {APP_PW_PLAIN},
    ),
    "a WLAN password asked for and answered in quotes in German chat is redacted": (
        'Noch eine Frage: das WLAN-Passwort im Lager war? "Fuchsbau!2291"?\n', {"Fuchsbau!2291"},
    ),
    "German Wi-Fi key words name a password": (
        "WLAN-Schlüssel: Mondschein#58\nDer Netzwerkschlüssel lautet Rg7mPq2zXw.\nWPA2-Schlüssel ist Tannen!zapf91\n",
        {"Mondschein#58", "Rg7mPq2zXw", "Tannen!zapf91"},
    ),
    "Spanish clave, clave de acceso and la clave es name a password": (
        "Usuario: mgarcia\nClave: Girasol#4481\nla clave de acceso al ERP es Tq8vLm2Kx9\n",
        {"Girasol#4481", "Tq8vLm2Kx9"},
    ),
    "security-question answers are redacted in English, German and Spanish": (
        "Security question: name of the street you grew up on?\nAnswer: Ashgrove Lane\n"
        "Mother's maiden name: Oyelaran\n"
        "Sicherheitsfrage: Lieblingslehrer? Antwort: Frau Brenninger\n"
        "Pregunta de seguridad: ciudad natal | Respuesta: Valdepeñas\n",
        {"Ashgrove Lane", "Oyelaran", "Frau Brenninger", "Valdepeñas"},
    ),
    "a passphrase as the Default of a NoEcho CloudFormation parameter is redacted": (
        "Parameters:\n  ReplicaPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n"
        "    Default: 'Copper-Lantern-Fjord-42'\n", {"Copper-Lantern-Fjord-42"},
    ),
    "a letters-only default of a secret-named ENV lookup is redacted": (
        f'  password: <%= ENV["REPORTS_DB_PASSWORD"] || "{ENV_DEFAULT}" %>\n', {ENV_DEFAULT},
    ),
    "a mysqldump password that starts with a dash, quoted, is redacted": (
        "15 2 * * * mysqldump -h db2 -u dump -p'-Qv7.nLw2Rk9' --routines crm | gzip > /backup/crm.sql.gz\n",
        {"-Qv7.nLw2Rk9"},
    ),
    "a HashiCorp Boundary auth token is redacted": (
        f"$ echo $BOUNDARY_TOKEN\n{BOUNDARY}\n", {BOUNDARY},
    ),
    "a hex webhook secret in a Go []byte literal is redacted": (
        f'var webhookSecret = []byte("{HEX40}")\n', {HEX40},
    ),
    "a percent-escaped secret in an Airflow connection URI with no host is redacted": (
        f"export AIRFLOW_CONN_S3_LOGS='aws://AKIAQ7L2M4X9B3KD5TRE:{ESCAPED}@/?region_name=eu-central-1'\n", {ESCAPED},
    ),
    "a provider API token without digits in tfvars is redacted": (
        f'cloudflare_api_token = "{CF_TOKEN}"\n', {CF_TOKEN},
    ),
    "a wpa_supplicant psk in a CRLF file is redacted": (
        'network={\r\n    ssid="Werkstatt"\r\n    psk="Kq7vLm2Rt9Xw"\r\n    key_mgmt=WPA-PSK\r\n}\r\n', {"Kq7vLm2Rt9Xw"},
    ),
}

CLEAN = {
    "an .env template with empty secrets lends no value to the next line": (
        "APP_KEY=\nCACHE_DRIVER=file\nDB_PASSWORD=\n\nQUEUE_CONNECTION=sync\nREDIS_PASSWORD=\n"
        "SESSION_LIFETIME=120\nAWS_SECRET_ACCESS_KEY=\nAWS_DEFAULT_REGION=eu-west-3\n"
    ),
    "an empty YAML password lends no value to the next line": (
        "db:\n  password:\n  pool_size: Primary7x\nstats:\n  auth: \n  hostname: reports9-node\n"
    ),
    "Serverless variables and CloudFormation dynamic references are references": (
        "  environment:\n    PAYMENT_API_KEY: ${ssm:/billing/${sls:stage}/payment-api-key}\n"
        "    DB_PASSWORD: ${ssm(eu-west-1):/billing/db-password}\n    SESSION_SECRET: ${self:custom.sessionSecret}\n"
        "    ADMIN_TOKEN: ${file(./config.${opt:stage}.json):adminToken}\n"
        "  MasterUserPassword: '{{resolve:secretsmanager:billing/rds:SecretString:password}}'\n"
        "  ApiKey: '{{resolve:ssm-secure:/billing/api-key:3}}'\n"
    ),
    "Pulumi secure values and Travis CI secure variables are ciphertext": (
        "config:\n  billing:apiToken:\n    secure: v1:Zq8LmW3pT7xK2vR9:Hq7vLm2Rt9Xw4Zb8hT3wYc5NqPz8kLm3Vx2Rt7Ww9Kq==\n"
        "env:\n  global:\n    - secure: \"Kq7vLm2Rt9Xw4Zb8hT3wYc5NqPz8kLm3Vx2Rt7Ww9Kq7vLm2Rt9Xw4Zb8hT3wYc5Nq=\"\n"
    ),
    "flags, ids and references in XML name/value pairs are no secrets": (
        '<option name="savePassword" value="true" />\n<env name="DB_PASSWORD" value="$DB_PASSWORD$" />\n'
        '<option name="SORT_KEY" value="modification_date" />\n'
    ),
    "prose about security questions, keywords and public keys is left alone": (
        "Never use your mother's maiden name as a password.\n"
        "Security questions are a weak second factor; the answer is often public.\n"
        "Palabra clave: Kubernetes2024\nla clave pública es ssh-ed25519\n"
        "Das Passwort? Steht im Tresor.\n"
    ),
    "a Boundary auth token id alone and a Go byte slice of text are no secrets": (
        "$ boundary auth-tokens read -id at_Pq7Wm2XkL9\nbody := []byte(\"hello world 2\")\n"
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_secret_is_redacted(scrubber, name):
    text, secrets = CASES[name]
    found = secret_values(scrubber, text)
    assert secrets <= found, f"missed: {secrets - found}"
    out_text = scrubber.redact(text, Vault()).text
    for value in secrets:
        assert value not in out_text


@pytest.mark.parametrize("name", list(CLEAN))
def test_no_secret_found(scrubber, name):
    assert secret_values(scrubber, CLEAN[name]) == set()


def test_a_fallback_literal_in_a_serverless_variable_is_still_judged():
    """The reference names a store; the literal after its comma is a value like any other."""
    from promptscrub.secret_context import in_deploy_reference

    text = "API_TOKEN: ${ssm:/app/api-token, 'Kq7vLm2Rt9Xw'}\n"
    ref = text.index("${")
    assert in_deploy_reference(text, ref, text.index(",") - 0)
    assert not in_deploy_reference(text, text.index("Kq7"), text.index("Kq7") + 12)
