"""Secret shapes from the fourth leak audit, with values generated here from a seeded RNG: plist and Android
string resources, literal defaults of environment lookups (ERB, JS, Python), passwords in runbook prose after a
remark, letters-only generated passwords, Confluent Cloud API key ids as SASL user names, OpenVPN static keys;
and what must stay quiet: WireGuard public keys, CI cache keys, a JDBC URL's port and path."""
from __future__ import annotations

import base64
import random
import string

import pytest

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files

RULES = load_rules(rule_files(builtin_rules_dir() / "secrets"))
DET = PatternDetector(RULES)
B62 = string.ascii_letters + string.digits
SEEDS = range(5)
CONSONANTS, VOWELS = "bcdfghklmnprstvz", "aeiou"


def word(rng: random.Random) -> str:
    while True:
        w = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randrange(2, 4)))
        if not any(b in w for b in ("test", "fake", "demo", "pass", "key", "dummy")):
            return w


def token(rng: random.Random, n: int, alphabet: str = B62 + "#%!+=*^_-") -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if (any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s)
                and s[0] not in "-_" and not any(w in s.lower() for w in ("test", "fake", "exam", "sampl", "dumm"))):
            return s


def human_password(rng: random.Random) -> str:
    return word(rng).capitalize() + str(rng.randrange(2015, 2030)) + rng.choice(["", "!", "?", "#", "$"])


def random_letters(rng: random.Random, n: int) -> str:
    """A generated letters-only password with at least two humps no word has (the filter's evidence)."""
    from promptscrub.secret_filters import _random_letters

    while True:
        s = "".join(rng.choice(string.ascii_letters) for _ in range(n))
        if _random_letters(s):
            return s


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in DET.detect(text))


def secrets(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in DET.detect(text) if f.category == "secret"]


# -- 1. plist / Android string resources ------------------------------------------------------------------

PLIST_TEMPLATES = [
    "<dict>\n\t<key>ALGOLIA_ADMIN_KEY</key>\n\t<string>{v}</string>\n</dict>",
    "<key>DB_PASSWORD</key><string>{v}</string>",
    "    <key>SegmentWriteKey</key>\n    <string>{v}</string>",
    "  <key>api_secret</key>\n  <string>{v}</string>",
    '<resources>\n    <string name="maps_api_key">{v}</string>\n</resources>',
    '    <string name="backend_token" translatable="false">{v}</string>',
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", PLIST_TEMPLATES)
def test_plist_and_android_secret_strings(seed: int, template: str) -> None:
    rng = random.Random(f"plist/{template}/{seed}")
    for v in (token(rng, rng.randrange(16, 40)), "".join(rng.choice("0123456789abcdef") for _ in range(32)),
              human_password(rng)):
        text = template.format(v=v)
        assert covered(text, v), (text, secrets(text))


@pytest.mark.parametrize("text", [
    "<key>API_BASE_URL</key>\n<string>https://api.acme.io/v2</string>",
    "<key>CFBundleIdentifier</key>\n<string>io.acme.ledger2</string>",
    "<key>ALGOLIA_ADMIN_KEY</key>\n<string>$(ALGOLIA_ADMIN_KEY)</string>",
    "<key>API_KEY</key>\n<string>YOUR_API_KEY</string>",
    "<key>GOOGLE_APP_ID</key>\n<string>1:123456789012:ios:a1b2c3d4e5f6a7b8</string>",
    '<string name="password_hint">Enter your password</string>',
    '<string name="app_name">Ledger 2</string>',
])
def test_plist_look_alikes_stay_quiet(text: str) -> None:
    assert not secrets(text), secrets(text)


# -- 2. literal defaults of environment lookups -------------------------------------------------------------

ENV_DEFAULT_TEMPLATES = [
    '  password: <%= ENV["DB_PASSWORD"] || "{v}" %>',
    "  password: <%= ENV['DB_PASSWORD'] || '{v}' %>",
    '  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "{v}") %>',
    'api_key = os.getenv("API_KEY", "{v}")',
    'pw = os.environ.get("SMTP_PASSWORD") or "{v}"',
    'const token = process.env.RELAY_TOKEN || "{v}";',
    'const key = process.env.STRIPE_SECRET_KEY ?? "{v}";',
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ENV_DEFAULT_TEMPLATES)
def test_literal_default_of_a_secret_env_lookup(seed: int, template: str) -> None:
    rng = random.Random(f"envdef/{template}/{seed}")
    for v in (token(rng, rng.randrange(14, 28)), human_password(rng)):
        text = template.format(v=v)
        assert covered(text, v), (text, secrets(text))


@pytest.mark.parametrize("text", [
    'password: <%= ENV["DB_PASSWORD"] || "changeme" %>',
    'password: <%= ENV["DB_PASSWORD"] %>',
    'host: <%= ENV["DB_HOST"] || "db7.acme.io" %>',
    'const token = process.env.GH_TOKEN || "";',
    'api_key = os.getenv("API_KEY", "${API_KEY}")',
    'key = process.env.CACHE_KEY_PREFIX || "v1"',
])
def test_env_lookup_look_alikes_stay_quiet(text: str) -> None:
    assert not secrets(text), secrets(text)


# -- 3. passwords in runbook prose after a remark ----------------------------------------------------------

PROSE_TEMPLATES = [
    "Break-glass DB password (rotate after use!): {v}\n",
    "- Action: Sam to rotate the replication password (currently `{v}` in the runbook!).\n",
    "The admin password is currently {v} until Friday.\n",
    "root password (prod) - {v}\n",
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", PROSE_TEMPLATES)
def test_password_after_a_remark_in_prose(seed: int, template: str) -> None:
    rng = random.Random(f"prose/{template}/{seed}")
    for v in (token(rng, rng.randrange(14, 24)), human_password(rng)):
        text = template.format(v=v)
        assert covered(text, v.rstrip("!?") if "`" not in template and not template.endswith(": {v}\n") else v), (
            text, secrets(text))


@pytest.mark.parametrize("text", [
    "The password (see vault) is stored in 1Password.",
    "password (currently unset) must be rotated",
    "the password (currently `<redacted>`)",
    "password (optional): leave blank to prompt",
    "The password is currently required for all users.",
    "password (min 12 chars): must contain a digit",
])
def test_prose_remark_look_alikes_stay_quiet(text: str) -> None:
    assert not secrets(text), secrets(text)


# -- 4. letters-only generated passwords -------------------------------------------------------------------

LETTERS_TEMPLATES = [
    'db, _ := sql.Open("postgres", "host=db1 user=api password={v} dbname=api sslmode=disable")',
    "web-18 ansible_host=10.0.0.5 ansible_ssh_pass={v}",
    "db7 ansible_become_pass={v} ansible_user=root",
    "spring.datasource.password={v}\n",
    "PGPASSWORD={v} psql -h db1 -U app",
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", LETTERS_TEMPLATES)
def test_letters_only_password_after_a_password_name(seed: int, template: str) -> None:
    rng = random.Random(f"letters/{template}/{seed}")
    v = random_letters(rng, rng.randrange(12, 24))
    text = template.format(v=v)
    assert covered(text, v), (text, secrets(text))


@pytest.mark.parametrize("text", [
    "password=getPasswordFromVault", "password: PasswordEncoder", "pwd=ConfigurationManager",
    "bypass=ThisIsTheDefault", "password=HelloWorldFooBar", "ansible_ssh_pass=SuperSecretPassword",
    "password=PostgresExplainLexer", "password: JsonBareObjectLexer", "password=SQLNativeSqlHandle",
])
def test_letters_identifiers_after_password_names_stay_quiet(text: str) -> None:
    assert not secrets(text), secrets(text)


# -- 5. Confluent Cloud API key id as the SASL user name ---------------------------------------------------

def confluent_key_id(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    "bootstrap.servers=pkc-{h}.eu-west-1.aws.confluent.cloud:9092\nsasl.mechanism=PLAIN\nsasl.username={v}\n",
    'spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required '
    'username="{v}" password="{p}";',
    '    sasl_plain_username="{v}",\n',
])
def test_confluent_key_id_as_sasl_username(seed: int, template: str) -> None:
    rng = random.Random(f"confluent/{template}/{seed}")
    v = confluent_key_id(rng)
    text = template.format(v=v, h=word(rng), p=token(rng, 64, B62))
    assert covered(text, v), (text, secrets(text))


@pytest.mark.parametrize("text", [
    "sasl.username=kafka-client", "sasl.username=KAFKACLIENTADMIN", "sasl.username=${CONFLUENT_API_KEY}",
    'PlainLoginModule required username="admin" password="admin-secret";',
])
def test_sasl_usernames_stay_quiet(text: str) -> None:
    assert not [s for s in secrets(text) if s[0] == "confluent-cloud-api-key-id"]


# -- 6. OpenVPN static key: one block ----------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_openvpn_static_key_is_one_block(seed: int) -> None:
    rng = random.Random(f"ovpn/{seed}")
    lines = ["".join(rng.choice("0123456789abcdef") for _ in range(32)) for _ in range(16)]
    block = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(lines) + "\n-----END OpenVPN Static key V1-----"
    text = f"client\nremote vpn.acme.io 1194\n<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n{block}\n</tls-auth>\n"
    found = [f for f in DET.detect(text) if f.category == "secret" and f.rule_id == "openvpn-static-key-block"]
    assert found and text[found[0].start:found[0].end] == block


@pytest.mark.parametrize("seed", SEEDS)
def test_wireguard_private_and_preshared_keys_but_not_public_keys(seed: int) -> None:
    rng = random.Random(f"wg/{seed}")
    priv, pub, psk, pub2 = (base64.b64encode(rng.randbytes(32)).decode() for _ in range(4))
    text = (f"[Interface]\nPrivateKey = {priv}\nAddress = 10.8.0.2/24\n\n[Peer]\nPublicKey = {pub}\n"
            f"PresharedKey = {psk}\nEndpoint = vpn.acme.io:51820\n\n[Peer]\npublic_key: {pub2}\n")
    assert covered(text, priv) and covered(text, psk), secrets(text)
    assert not covered(text, pub) and not covered(text, pub2), secrets(text)


# -- 8. CI cache keys, 9. a JDBC URL's port and path -------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    "Cache saved with key: node-cache-Linux-x64-npm-{h64}\n",
    "Restored cache key: pip-Windows-{h40}\n",
    "  key: deps-{h32}\n",
    "cache_key = gradle-macOS-arm64-{h64}\n",
])
def test_name_prefixed_content_digest_is_a_cache_key(seed: int, template: str) -> None:
    rng = random.Random(f"cache/{template}/{seed}")
    hexs = {f"h{n}": "".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (32, 40, 64)}
    text = template.format(**hexs)
    assert not secrets(text), secrets(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_vendor_prefixed_hex_key_is_still_a_secret(seed: int) -> None:
    rng = random.Random(f"hexkey/{seed}")
    v = "key-" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    text = f"MAILGUN_API_KEY={v}\n"
    assert covered(text, v), secrets(text)


@pytest.mark.parametrize("text", [
    "  url: jdbc:postgresql://pg-primary.dc1.private:5432/orders\n",
    "spring.datasource.url=jdbc:mysql://db-01.private:3306/app?useSSL=false\n",
    "redis: cache.private:6379\n",
])
def test_host_port_after_a_secret_word_stays_quiet(text: str) -> None:
    assert not secrets(text), secrets(text)


def test_password_with_a_leading_port_like_number_is_still_found() -> None:
    text = "password: 5432/Qw7#kLm9xZ\n"
    assert covered(text, "5432/Qw7#kLm9xZ"), secrets(text)
