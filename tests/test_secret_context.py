"""secret_context: a row of a table of digests is not a key; hex keys outside such a table still are."""
from __future__ import annotations

import hashlib
import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub import secret_context
from promptscrub.secret_context import assigned_to_fake_name, in_digest_table


def digest(seed: int, algo: str = "sha256") -> str:
    return hashlib.new(algo, f"sample-{seed}".encode()).hexdigest()


def hex_key(seed: int, n: int = 32) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def secrets_in(text: str) -> list[str]:
    scrubber = build_scrubber(Config())
    return [text[f.start:f.end] for f in scrubber.find(text) if f.category == "secret"]


def table(rows: list[tuple[str, str]], indent: str = "    ") -> str:
    return "".join(f"{indent}'{name}': '{value}',\n" for name, value in rows)


NAMES = ["alpha", "bravo", "carrot", "delta", "ember"]


@pytest.mark.parametrize("algo", ["md5", "sha1", "sha256", "sha512"])
def test_a_table_under_a_hash_comment_is_not_secret(algo: str):
    rows = [(n, digest(i, algo)) for i, n in enumerate(NAMES)]
    text = f"# expected {algo} of each generated sample\nEXPECTED = {{\n{table(rows)}}}\n"
    assert secrets_in(text) == []
    start = text.index(rows[2][1])
    assert in_digest_table(text, start, start + len(rows[2][1]))


def test_a_table_named_by_its_collection_is_not_secret():
    rows = [(n, digest(i)) for i, n in enumerate(NAMES)]
    body = table(rows)
    text = "FILE_HASHES = {" + body.lstrip() + "}\n"
    assert secrets_in(text) == []


def test_the_same_table_without_a_hash_word_is_still_found():
    rows = [(f"acme_{n}", hex_key(i)) for i, n in enumerate(NAMES)]
    text = "# partner credentials\nPARTNERS = {\n" + table(rows) + "}\n"
    assert secrets_in(text) == [v for _, v in rows]


def test_a_hash_word_inside_the_rows_is_no_heading():
    keys = [hex_key(10 + i) for i in range(3)]
    text = f"HASH_SALT={keys[0]}\nACME_PARTNER={keys[1]}\nZETA_PARTNER={keys[2]}\n"
    found = secrets_in(text)
    assert keys[1] in found and keys[2] in found


def test_a_lone_key_under_a_hash_comment_is_still_found():
    key = hex_key(99)
    text = f"# sha256 of the release, see below\nACME_PARTNER={key}\nrelease = 'v2'\n"
    assert secrets_in(text) == [key]


def test_widths_that_are_no_digest_are_not_tables():
    text = "# sha256\n" + "".join(f"k{i} = {hex_key(i, 36)}\n" for i in range(4))
    start = text.index(hex_key(1, 36))
    assert not in_digest_table(text, start, start + 36)


# ---- a value assigned to a name that says it is fake ----

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _token(rng: random.Random, n: int = 32) -> str:
    while True:
        v = "".join(rng.choice(B62) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v):
            return v


@pytest.mark.parametrize("template", [
    "FAKE_KEY={v}", 'dummy_token = "{v}"', "example_api_key: {v}", '{{"mockSecret": "{v}"}}', "placeholder_token = '{v}'",
    "export FAKE_GITHUB_TOKEN={v}", "  mock_api_key: {v}", "$dummyPassword = '{v}';", "self.fake_secret = \"{v}\"",
])
def test_value_assigned_to_a_fake_name(template: str) -> None:
    text = template.format(v="VALUE")
    assert assigned_to_fake_name(text, text.index("VALUE"))


@pytest.mark.parametrize("template", [
    "TEST_API_KEY={v}", "test_token = '{v}'", "STAGING_KEY={v}",  # test keys are often real staging keys
    "Example: {v}", "Sample= {v}",  # a fake word alone labels a value shown in prose
    "api.example.com: {v}",  # a host, not a name
    "fake.api_key = '{v}'",  # the name assigned to is api_key
    "FAKE_KEY_URL=https://api.acme.io/v1?token={v}",  # not assigned to FAKE_KEY_URL
    "# fake\nAPI_KEY={v}", "mockingbird_key: {v}",
])
def test_value_not_assigned_to_a_fake_name(template: str) -> None:
    text = template.format(v="VALUE")
    assert not assigned_to_fake_name(text, text.index("VALUE"))


@pytest.mark.parametrize("seed", range(5))
def test_fake_named_fixtures_are_not_redacted_and_test_named_keys_are(seed: int) -> None:
    rng = random.Random(f"fake/{seed}")
    scrubber = build_scrubber(Config())
    for value in (_token(rng), "ghp_" + _token(rng, 36), "sk_live_" + _token(rng, 24)):
        fake = f"FAKE_API_KEY={value}\n"
        assert not [f for f in scrubber.find(fake) if f.category == "secret"], fake
        for text in (f"TEST_API_KEY={value}\n", f"API_KEY={value}  # fake\n"):
            start = text.index(value)
            assert any(f.category == "secret" and f.start <= start and f.end >= start + len(value)
                       for f in scrubber.find(text)), text


# -- what a value sits after or inside -----------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "DB_PASSWORD={v}", "password: {v}", '"password": "{v}"', "--password {v}", "postgresPassword: {v}",
    "PGPASSWORD={v}", "rootpassword={v}", "dbPass={v}", "$cfg['db_password'] = '{v}'", "ENV['ADMIN_PASSWORD'] ||= '{v}'",
    "Server=db;Password={v};", "postgres://app:{v}@db:5432/x", "the password is {v}", "ds.setPassword(\"{v}\")",
    ".password('{v}')", "CREATE USER app IDENTIFIED BY '{v}'", "ALTER USER app IDENTIFIED WITH mysql_native_password BY '{v}'",
    "passphrase = {v}",
])
def test_after_password_name(template: str) -> None:
    from promptscrub.secret_context import after_password_name

    text = template.format(v="VALUE")
    assert after_password_name(text, text.index("VALUE")), text


@pytest.mark.parametrize("template", [
    "key: {v}", "token={v}", "bypass: {v}", "compass={v}", "password_hint: {v}", "passwordless: {v}",
    "password-policy: {v}", "getPassword('{v}')", "release: {v}", "password\n{v}", "password, user {v}",
])
def test_not_after_password_name(template: str) -> None:
    from promptscrub.secret_context import after_password_name

    text = template.format(v="VALUE")
    assert not after_password_name(text, text.index("VALUE")), text


@pytest.mark.parametrize("text,inside", [
    ("POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-VALUE}", True), ("API_KEY=${API_KEY:?VALUE}", True),
    ("TOKEN=${TOKEN:=VALUE}", True), ("API_KEY=VALUE", False), ("x=${A} y=VALUE", False), ("${A}\nVALUE", False),
])
def test_inside_shell_expansion(text: str, inside: bool) -> None:
    from promptscrub.secret_context import inside_shell_expansion

    assert inside_shell_expansion(text, text.index("VALUE")) is inside


@pytest.mark.parametrize("seed", range(5))
def test_ansible_vault_payload_lines(seed: int) -> None:
    from promptscrub.secret_context import in_ansible_vault

    rows = [hex_key(seed * 10 + i, 80) for i in range(5)]
    text = "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "".join(f"  {r}\n" for r in rows) + "db_user: app\n"
    for r in rows:
        assert in_ansible_vault(text, text.index(r))
    key = hex_key(seed + 99)
    plain = "\n".join(f"  {r}" for r in rows[:2]) + f"\napi_key: {key}\n"
    assert not in_ansible_vault(plain, plain.index(rows[0]))
    assert not in_ansible_vault(plain, plain.index(key))


@pytest.mark.parametrize("seed", range(3))
def test_ansible_vault_block_is_not_reported_as_a_secret(seed: int) -> None:
    rows = [hex_key(seed * 10 + i, 80) for i in range(4)]
    text = "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "".join(f"  {r}\n" for r in rows)
    assert not secrets_in(text)


@pytest.mark.parametrize(("text", "value", "public"), [
    ("ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D", "A035C8C19219BA821ECEA86B64E628F8D684696D", True),
    ("gpg --recv-keys 64E628F8D684696D", "64E628F8D684696D", True),
    ('fingerprint = "A035 C8C1 9219 BA82 1ECE A86B 64E6 28F8 D684 696D"', "A035 C8C1 9219 BA82 1ECE A86B 64E6 28F8 D684 696D", True),
    ("ACME_API_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D", "A035C8C19219BA821ECEA86B64E628F8D684696D", False),
    ("GPG_KEY=Zq8vX2pL9wRtYb7N4kQ1", "Zq8vX2pL9wRtYb7N4kQ1", False),  # not a key id's shape
    ('"private_key_id": "395ce4be50c498bd390986195512e5b8b4e4c8fc"', "395ce4be50c498bd390986195512e5b8b4e4c8fc", False),
])
def test_a_key_id_after_a_name_that_says_so_is_public(text: str, value: str, public: bool) -> None:
    start = text.index(value)
    assert secret_context.names_public_key_id(text, start, start + len(value)) is public


# -- the password of an anonymous login (RFC 1635) ----------------------------------------------------------

def _word(rng: random.Random, n: int = 7) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _anonymous_passwords(rng: random.Random) -> list[str]:
    """What anonymous clients send: a client's name and an @, or an e-mail address (generated, never real)."""
    return [_word(rng) + "@", "-" + _word(rng, 4) + "@", f"{_word(rng)}@{_word(rng, 5)}.invalid"]


@pytest.mark.parametrize("layout", [
    'conn->user = "{u}";\nconn->password = "{p}";\n',
    '{{"login": "{u}", "password": "{p}"}}\n',
    'ftp_user = "{u}"\n# mirror settings\nftp_password = "{p}"\n',
    'password = "{p}"\nusername = "{u}"\n',
    "USER {u}\nPASS {p}\n",
])
@pytest.mark.parametrize("seed", range(3))
def test_the_conventional_password_of_an_anonymous_login_is_no_secret(layout: str, seed: int) -> None:
    rng = random.Random(f"anon/{seed}")
    for user in ("anonymous", "ftp", "Anonymous"):
        for password in _anonymous_passwords(rng):
            text = layout.format(u=user, p=password)
            start = text.index(password)
            assert secret_context.anonymous_login_password(text, start, start + len(password)), text
            assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", range(3))
def test_a_real_password_beside_an_anonymous_user_is_still_found(seed: int) -> None:
    rng = random.Random(f"anon-real/{seed}")
    password = _token(rng, 16)  # not an e-mail or name@ shape: a chosen password, whatever the user
    text = f'conn->user = "anonymous";\nconn->password = "{password}";\n'
    start = text.index(password)
    assert not secret_context.anonymous_login_password(text, start, start + len(password))
    assert password in secrets_in(text)


@pytest.mark.parametrize("seed", range(3))
def test_a_name_at_password_of_a_named_user_is_still_found(seed: int) -> None:
    rng = random.Random(f"anon-named/{seed}")
    password = _word(rng, 8) + "@"
    for text in (f'conn->user = "{_word(rng)}";\nconn->password = "{password}";\n',  # a named account
                 f'conn->password = "{password}";\n\n\n\n\nconn->user = "anonymous";\n',  # too far from the user
                 f'conn->user = "anonymous_{_word(rng, 3)}";\nconn->password = "{password}";\n'):  # not the anonymous account
        start = text.index(password)
        assert not secret_context.anonymous_login_password(text, start, start + len(password)), text
        assert password in secrets_in(text), text


# -- public key names, cache keys (audit 4) ----------------------------------------------------------------

@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("prefix", ["PublicKey = ", "public_key: ", '"publicKey": "', "SERVER_PUBKEY=", "peer_pub_key = "])
def test_value_after_a_public_key_name(seed: int, prefix: str) -> None:
    import base64

    value = base64.b64encode(random.Random(f"pub/{prefix}/{seed}").randbytes(32)).decode()
    text = f"[Peer]\n{prefix}{value}\n"
    start = text.index(value)
    assert secret_context.names_public_key(text, start, start + len(value))


@pytest.mark.parametrize("prefix", ["PrivateKey = ", "PresharedKey = ", "public_key_secret = ", "api_key = "])
def test_value_after_other_key_names_is_not_public(prefix: str) -> None:
    value = "Gq7vTz3nWb1xK9pLr2Xs8dYfG4hJ"
    text = f"{prefix}{value}\n"
    start = text.index(value)
    assert not secret_context.names_public_key(text, start, start + len(value))


def test_private_key_block_under_a_public_name_is_not_public() -> None:
    text = "PUBLIC_KEY=-----BEGIN PRIVATE KEY-----\\nMIIEv...\n"
    start = text.index("-----")
    assert not secret_context.names_public_key(text, start, len(text) - 1)


@pytest.mark.parametrize("line", [
    "Cache saved with key: node-cache-Linux-x64-npm-{h64}",
    "Restored cache key: pip-Windows-{h40}",
    "key: yarn-deps-{h32}",
    "Cache hit for: v2-build-{h64}",
])
def test_name_prefixed_digest_is_a_cache_key(line: str) -> None:
    rng = random.Random(line)
    hexs = {f"h{n}": "".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (32, 40, 64)}
    text = line.format(**hexs) + "\n"
    start = text.index(": ") + 2
    assert secret_context.names_content_digest(text, start, len(text) - 1)


@pytest.mark.parametrize("value", ["key-{h32}", "sk-live-{h64}", "acme-prod-{h40}", "{h64}"])
def test_other_hex_values_are_not_cache_keys(value: str) -> None:
    rng = random.Random(value)
    hexs = {f"h{n}": "".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (32, 40, 64)}
    text = "API_KEY=" + value.format(**hexs) + "\n"
    assert not secret_context.names_content_digest(text, 8, len(text) - 1)


@pytest.mark.parametrize("text,inside", [
    ("API_KEY: ${ssm:/app/${sls:stage}/VALUE}", True), ("TOKEN: ${env:VALUE}", True),
    ("KEY: ${file(./secrets.${opt:stage}.yml):VALUE}", True), ("Pw: '{{resolve:secretsmanager:db:SecretString:VALUE}}'", True),
    ("API_KEY: ${ssm:/app/api-key, 'VALUE'}", False), ("API_KEY: VALUE ${ssm:/x}", False), ("API_KEY: ${VALUE}", False),
])
def test_in_deploy_reference(text: str, inside: bool) -> None:
    from promptscrub.secret_context import in_deploy_reference

    start = text.index("VALUE")
    assert in_deploy_reference(text, start, start + 5) is inside


@pytest.mark.parametrize("text,encrypted", [
    ("  app:dbPassword:\n    secure: v1:Ab3dEfGh1JkLmN0p:VALUE", True), ("  app:key:\n    secure: VALUE", True),
    ("env:\n  - secure: \"VALUE\"", True), ("encryptionsalt: v1:Qm8vTz3n=:v1:Hq7vLm2Rt9Xw4Zb8:VALUE", True),
    ("insecure: VALUE", False), ("secure_token: VALUE", False),
])
def test_encrypted_config_value(text: str, encrypted: bool) -> None:
    from promptscrub.secret_context import encrypted_config_value

    assert encrypted_config_value(text, text.index("VALUE")) is encrypted


@pytest.mark.parametrize("text,noecho", [
    ("  DbPw:\n    Type: String\n    NoEcho: true\n    Default: VALUE\n", True),
    ("  DbPw:\n    Default: 'VALUE'\n    AllowedPattern:\n      - x\n    NoEcho: 'true'\n", True),
    ('{"DbPw": {"Type": "String", "NoEcho": "true", "Default": "VALUE"}}', True),
    ("  Env:\n    Default: VALUE\n  DbPw:\n    NoEcho: true\n", False),
    ("  DbPw:\n    NoEcho: false\n    Default: VALUE\n", False),
    ('{"Env": {"Default": "VALUE"}, "DbPw": {"NoEcho": "true"}}', False),
])
def test_noecho_default(text: str, noecho: bool) -> None:
    from promptscrub.secret_context import noecho_default

    assert noecho_default(text, text.index("VALUE")) is noecho
