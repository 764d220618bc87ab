"""Audit 20 (secrets hard-coded in source code that the default config left in clear): the literal default of a
Terraform variable named like a secret, a key written as a byte array under a key name, a key literal handed
straight to a cipher API (Fernet, SecretKeySpec, aes.Key, createCipheriv), the secret after a Twilio SID in a
client constructor, a token or password at the end of a code comment whose remark names it, and a password or
token assembled by string concatenation. Every value is generated here from a seeded random (never stored); the
code around it that only names a secret, holds an IV, a table or a placeholder, must give no secret finding."""
from __future__ import annotations

import base64
import random
import re
import string

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(6)
B62 = string.ascii_letters + string.digits
WORDS = ["maple", "walrus", "marble", "meadow", "thistle", "kestrel", "juniper", "falcon", "lantern", "copper",
         "harbor", "willow", "quartz", "tundra", "orchid", "pepper"]


def redacted(text: str, value: str) -> bool:
    """The value is inside one secret finding."""
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in SCRUBBER.find(text))


def secrets_in(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in SCRUBBER.find(text) if f.category == "secret"]


def clean(s: str) -> bool:
    return not re.search(r"(?i)example|test|fake|(.)\1\1", s)


def token(rng: random.Random, n: int = 40, alphabet: str = B62) -> str:
    """Random letters of both cases and digits (each present)."""
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if re.search(r"\d", s) and re.search(r"[a-z]", s) and re.search(r"[A-Z]", s) and clean(s):
            return s


def made_up(rng: random.Random) -> str:
    """Words, a separator or symbol and a year (Thistle.Kestrel2013, Meadow^Marble1997)."""
    a, b = rng.sample(WORDS, 2)
    return a.capitalize() + rng.choice(".^_+!#") + b.capitalize() + str(rng.randint(1960, 2024))


def passphrase(rng: random.Random) -> str:
    return "-".join(rng.sample(WORDS, 3)) + "-" + str(rng.randint(10, 99))


def random_pw(rng: random.Random) -> str:
    """A generator's password with symbols (FZtM-!_+e8~F)."""
    while True:
        s = "".join(rng.choice(B62 + "-!_+~") for _ in range(rng.randint(12, 16)))
        if re.search(r"\d", s) and re.search(r"[A-Za-z]", s) and re.search(r"[-!_+~]", s) and clean(s):
            return s


def key_bytes(rng: random.Random, n: int) -> bytes:
    while True:
        b = bytes(rng.randrange(256) for _ in range(n))
        if b[:2] not in (b"\x00\x01", b"\x2b\x7e", b"\x60\x3d", b"\x8e\x73") and len(set(b)) > n // 2:
            return b


def b64key(rng: random.Random, n: int = 32) -> str:
    while True:
        s = base64.b64encode(key_bytes(rng, n)).decode()
        if clean(s):
            return s


PW_MAKERS = [made_up, passphrase, random_pw]

# ------------------------------------------------------------------------ 1. Terraform variable defaults

TF = [
    'variable "{label}" {{\n  description = "Password for the primary database"\n  type        = string\n'
    '  default     = "{pw}"\n  sensitive   = true\n}}\n',
    'variable "{label}" {{\n  type    = string\n  default = "{pw}"\n}}\n',
    'variable "{label}" {{ default = "{pw}" }}\n',
]
TF_LABELS = ["db_password", "admin_passwd", "app_secret", "api_token", "stripe_api_key", "private_key",
             "smtp_credentials", "basic_auth", "vpn_psk_secret"]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("maker", PW_MAKERS, ids=lambda m: m.__name__)
def test_terraform_variable_secret_default(maker, seed: int) -> None:  # noqa: ANN001
    rng = random.Random(f"tf/{maker.__name__}/{seed}")
    pw = maker(rng)
    for template in TF:
        text = 'variable "region" {\n  default = "eu-west-1"\n}\n\n' + template.format(label=rng.choice(TF_LABELS), pw=pw)
        assert redacted(text, pw), text
        assert "eu-west-1" not in "".join(v for _, v in secrets_in(text))


@pytest.mark.parametrize("text", [
    'variable "db_password" {\n  type      = string\n  default   = ""\n  sensitive = true\n}\n',
    'variable "db_password" {\n  type    = string\n  default = null\n}\n',
    'variable "api_token" {\n  default = var.fallback_token\n}\n',
    'variable "secret_name" {\n  default = "prod/ledger/db-password"\n}\n',
    'variable "db_password_arn" {\n  default = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"\n}\n',
    'variable "token_ttl" {\n  default = "3600s"\n}\n',
    'variable "auth_mode" {\n  default = "oidc"\n}\n',
    'variable "private_key_path" {\n  default = "~/.ssh/id_ed25519"\n}\n',
    'variable "db_password" {\n  default = "changeme"\n}\n',
    'variable "db_password" {\n  default = "<db-password>"\n}\n',
    'variable "db_password" {\n  type = string\n}\n\nvariable "region" {\n  default = "eu-west-1"\n}\n',
])
def test_terraform_variable_without_a_literal_secret_stays(text: str) -> None:
    assert secrets_in(text) == [], text


# ------------------------------------------------------------------------ 2. byte-array keys

def hexlist(b: bytes, upper: bool = False, cast: str = "") -> str:
    return ", ".join(cast + ("0x%02X" if upper else "0x%02x") % x for x in b)


@pytest.mark.parametrize("seed", SEEDS)
def test_byte_array_key_literal(seed: int) -> None:
    rng = random.Random(f"bytes/{seed}")
    k16, k32 = key_bytes(rng, 16), key_bytes(rng, 32)
    rust_lines = ",\n    ".join(hexlist(k32[i:i + 8]) for i in range(0, 32, 8))
    for text, body in [
        (f"package crypt\n\nvar key = []byte{{{hexlist(k16)}}}\n", hexlist(k16)),
        (f"\tsigningSecret := [32]byte{{{hexlist(k32)}}}\n", hexlist(k32)),
        (f"#include <stdint.h>\n\nstatic const uint8_t device_key[16] = {{{hexlist(k16, True)}}};\n", hexlist(k16, True)),
        (f"unsigned char aes_key[] = {{ {hexlist(k32)} }};\n", hexlist(k32)),
        (f"const KEY: [u8; 32] = [\n    {rust_lines},\n];\n", rust_lines),
        (f"private static final byte[] secretKey = {{{hexlist(k16, cast='(byte)')}}};\n", hexlist(k16, cast="(byte)")),
        (f"aes.Key = new byte[] {{ {hexlist(k16)} }};\n", hexlist(k16)),
        (f"MASTER_KEY = bytes([{hexlist(k16)}])\n", hexlist(k16)),
    ]:
        assert redacted(text, body), text


@pytest.mark.parametrize("text", [
    "static const uint8_t sbox[256] = {{{b}}};\n",
    "static const uint8_t key_iv[16] = {{{b}}};\n",
    "aes.IV = new byte[] {{ {b} }};\n",
    "var nonce = []byte{{{b}}}\n",
    "var testKey = []byte{{{b}}}\n",
    "static const uint8_t kPublicKey[16] = {{{b}}};\n",
    "static const uint8_t pub_key[16] = {{{b}}};\n",
    "static const uint8_t key_salt[16] = {{{b}}};\n",
    "static const uint8_t expected_key[16] = {{{b}}};\n",
    "static const uint8_t key_digest[16] = {{{b}}};\n",
    "static const uint8_t crc8_table[16] = {{{b}}};\n",
    "static const uint8_t keycodes[16] = {{{b}}};\n",
    "static const uint8_t hotkey[16] = {{{b}}};\n",
    "static const uint8_t test_vector_key[16] = {{{b}}};\n",
    "XXH_ALIGN(64) static const xxh_u8 XXH3_kSecret[XXH_SECRET_DEFAULT_SIZE] = {{\n    {b},\n}};\n",
    "uint8_t key[16] = {{" + ", ".join(["0x00"] * 16) + "}};\n",
    "uint8_t key[16] = {{" + ", ".join("0x%02x" % i for i in range(16)) + "}};\n",
    "uint8_t key[16] = {{0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c}};\n",
    "static const uint32_t key_h[8] = {{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, "
    "0x1f83d9ab, 0x5be0cd19}};\n",
    "var key = []byte{{0x36, 0xd9, 0x1a, 0x7f}}\n",
])
def test_byte_arrays_that_are_no_key_stay(text: str) -> None:
    text = text.format(b=hexlist(key_bytes(random.Random(text), 16)))
    assert secrets_in(text) == [], text


# ------------------------------------------------------------------------ 3. keys given to cipher APIs

@pytest.mark.parametrize("seed", SEEDS)
def test_key_literal_handed_to_a_cipher(seed: int) -> None:
    rng = random.Random(f"cipher/{seed}")
    fernet = base64.urlsafe_b64encode(key_bytes(rng, 32)).decode()
    b64, hexkey = b64key(rng), key_bytes(rng, 32).hex()
    iv = b64key(rng, 16)
    for text, value in [
        (f'from cryptography.fernet import Fernet\n\nf = Fernet(b"{fernet}")\ntoken = f.encrypt(data)\n', fernet),
        (f"cipher = Fernet('{fernet}')\n", fernet),
        (f'SecretKeySpec spec = new SecretKeySpec(Base64.getDecoder().decode("{b64}"), "AES");\n', b64),
        (f'Key k = new SecretKeySpec(DatatypeConverter.parseBase64Binary("{b64}"), "AES");\n', b64),
        (f'SecretKey key = new SecretKeySpec(Hex.decodeHex("{hexkey}"), "AES");\n', hexkey),
        (f'using var aes = Aes.Create();\naes.Key = Convert.FromBase64String("{b64}");\naes.IV = Convert.FromBase64String("{iv}");\n', b64),
        (f'aes.Key = Convert.FromHexString("{hexkey}");\n', hexkey),
        (f"const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from(\"{b64}\", \"base64\"), iv);\n", b64),
        (f'const d = crypto.createDecipheriv("aes-256-gcm", Buffer.from("{hexkey}", "hex"), nonce);\n', hexkey),
    ]:
        assert redacted(text, value), text
        assert iv not in "".join(v for _, v in secrets_in(text)), text


@pytest.mark.parametrize("text", [
    'aes.IV = Convert.FromBase64String("{b64}");\n',
    'var ivSpec = new IvParameterSpec(Base64.getDecoder().decode("{b64}"));\n',
    'new SecretKeySpec(Base64.getDecoder().decode(keyB64), "AES");\n',
    'new SecretKeySpec(Base64.getDecoder().decode(System.getenv("AES_KEY")), "AES");\n',
    'aes.Key = Convert.FromBase64String(config["Crypto:Key"]);\n',
    "crypto.createCipheriv('aes-256-cbc', Buffer.from(process.env.ENC_KEY, 'hex'), iv)\n",
    "f = Fernet(os.environ['FERNET_KEY'])\n",
    "f = Fernet(Fernet.generate_key())\n",
    'aes.Key = Encoding.UTF8.GetBytes("<your-32-byte-key>");\n',
])
def test_cipher_calls_without_a_key_literal_stay(text: str) -> None:
    text = text.format(b64=b64key(random.Random(text), 16))
    assert secrets_in(text) == [], text


# ------------------------------------------------------------------------ 4. Twilio client secrets

@pytest.mark.parametrize("seed", SEEDS)
def test_twilio_secret_after_the_sid(seed: int) -> None:
    rng = random.Random(f"twilio/{seed}")
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    sk, ac, secret = "SK" + hexs(32), "AC" + hexs(32), token(rng, 32)
    for text in [
        f'from twilio.rest import Client\n\nclient = Client("{sk}", "{secret}", account_sid)\n',
        f'client = Client("{ac}", "{secret}")\n',
        f'account_sid = os.environ["TWILIO_ACCOUNT_SID"]\nclient = Client(account_sid, "{secret}")\n',
        f"const client = require('twilio')(accountSid, '{secret}');\n",
        f'Twilio.init(ACCOUNT_SID, "{secret}");\n',
    ]:
        assert redacted(text, secret), text


def test_twilio_client_from_variables_stays() -> None:
    for text in ["client = Client(account_sid, auth_token)\n", "client = Client(api_key_sid, api_secret, account_sid)\n",
                 'client = Client(account_sid, os.environ["TWILIO_AUTH_TOKEN"])\n']:
        assert secrets_in(text) == [], text


# ------------------------------------------------------------------------ 5. tokens in comments

@pytest.mark.parametrize("seed", SEEDS)
def test_token_or_password_at_the_end_of_a_comment(seed: int) -> None:
    rng = random.Random(f"comment/{seed}")
    tok, pw = token(rng, rng.randint(24, 40)), made_up(rng)
    for text, value in [
        (f"func charge() {{\n\t/* prod token for the ledger service, do not commit: {tok} */\n\treturn nil\n}}\n", tok),
        (f"    // old api key (revoked?): {tok}\n    client := NewClient(cfg)\n", tok),
        (f"# webhook secret we got from the vendor -> {tok}\nWEBHOOK_URL = '/hooks/in'\n", tok),
        (f"# temp password for the staging box -> {pw}\nssh deploy@staging\n", pw),
        (f"    // db password (until the vault migration): {pw}\n", pw),
    ]:
        assert redacted(text, value), text


@pytest.mark.parametrize("text", [
    "// token: see the README\n",
    "# key: value pairs\n",
    "/* token lifetime in seconds: 3600 */\n",
    "// the token endpoint: https://auth.acme.io/oauth2/v1/token\n",
    "# credentials file -> ~/.aws/credentials\n",
    "# password hashing: Argon2id\n",
    "// password: see the README\n",
    "# password -> ${DB_PASSWORD}\n",
    "// password field: pwd_input\n",
    "# api key: read from API_KEY_NAME\n",
    "// refresh the token before it expires: TokenRefresher.schedule()\n",
])
def test_comments_that_only_name_a_secret_stay(text: str) -> None:
    assert secrets_in(text) == [], text


# ------------------------------------------------------------------------ 6. concatenated secrets

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("maker", [made_up, random_pw], ids=lambda m: m.__name__)
def test_password_assembled_by_concatenation(maker, seed: int) -> None:  # noqa: ANN001
    rng = random.Random(f"concat/{maker.__name__}/{seed}")
    pw, tok = maker(rng), token(rng, 40)
    for text, value in [
        (f'var cs = "Server=db;Database=app;User Id=x;Password=" + "{pw}" + ";";\n', pw),
        (f'std::string conn = std::string("host=db port=5432 user=app password=") + "{pw}" + " dbname=orders";\n', pw),
        (f"$dsn = 'Driver={{SQL Server}};Server=db;Uid=sa;Pwd=' . '{pw}' . ';';\n", pw),
        (f'url = "postgresql://etl:" + "{pw}" + "@localhost:5432/db"\n', pw),
        (f'const uri = "mongodb://admin:" + "{pw}" + "@mongo-0.internal:27017/app";\n', pw),
        (f'headers["Authorization"] = "Bearer " + "{tok}";\n', tok),
    ]:
        assert redacted(text, value), text


@pytest.mark.parametrize("text", [
    'var cs = "Server=db;User Id=x;Password=" + password + ";";\n',
    'conn = "host=db user=app password=" + os.environ["PGPASSWORD"]\n',
    'var cs = "Server=db;User Id=x;Password=" + "${DB_PASSWORD}" + ";";\n',
    'var cs = "Server=db;User Id=x;Password=" + "<password>" + ";";\n',
    'url = "postgresql://etl:" + password + "@localhost:5432/db"\n',
    'url = "postgresql://" + user + ":" + password + "@" + host + "/db"\n',
    'headers["Authorization"] = "Bearer " + token;\n',
    'headers["Authorization"] = "Bearer " + getAccessToken();\n',
    'log.info("token=" + "refreshed" + " at " + now);\n',
])
def test_concatenation_of_variables_or_placeholders_stays(text: str) -> None:
    assert secrets_in(text) == [], text
