"""Passwords as people write them (passphrases, short human passwords, camelCase Helm keys), secret names
behind subscripts and Makefile operators, a few documented formats (wp-config salts, kubeadm bootstrap
tokens, otpauth URIs, webhook URLs), and the public-by-design values that are not secrets. Every value is
generated here from a seeded RNG."""
from __future__ import annotations

import base64
import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files
from promptscrub.scrubber import build_scrubber
from promptscrub.secret_filters import _PLACEHOLDER_WORDS

RULES = load_rules(rule_files(builtin_rules_dir() / "secrets"))
DET = PatternDetector(RULES)
B62 = string.ascii_letters + string.digits
SEEDS = range(6)
CONSONANTS, VOWELS = "bcdfghklmnprstvz", "aeiou"


def word(rng: random.Random) -> str:
    """A pronounceable made-up word of two or three syllables (kotave, mirelu), never a placeholder word."""
    while True:
        w = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randrange(2, 4)))
        if w not in _PLACEHOLDER_WORDS and not any(b in w for b in ("test", "fake", "demo", "pass", "key")):
            return w


def passphrase(rng: random.Random, sep: str = "-", number: bool = True) -> str:
    words = [word(rng) for _ in range(rng.randrange(3, 6))]
    return sep.join(words) + (f"{sep}{rng.randrange(2, 9999)}" if number else "")


def human_password(rng: random.Random) -> str:
    """A word, digits and maybe a symbol: Doctor85, Kettle#291 (low entropy, no random humps)."""
    return word(rng).capitalize() + rng.choice(["", "", "#", "+", "!", "@"]) + str(rng.randrange(10, 9999))


def token(rng: random.Random, n: int = 32, alphabet: str = B62) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if (any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s)
                and not any(w in s.lower() for w in ("test", "fake", "example", "sample", "dummy"))):
            return s


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.category, f.rule_id, text[f.start:f.end]) for f in DET.detect(text)]


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in DET.detect(text))


def secrets(text: str) -> list[tuple[str, str]]:
    return [(rid, v) for cat, rid, v in findings(text) if cat == "secret"]


# -- passphrases ------------------------------------------------------------------------------------------

PASSPHRASE_TEMPLATES = [
    "DB_PASSWORD={v}\n", "export ADMIN_PASSWORD={v}\n", "spring:\n  datasource:\n    password: {v}\n",
    '{{"user": "app", "password": "{v}"}}', "UPDATE users SET password = '{v}' WHERE id = 7;",
    "postgres://app:{v}@db.acme.internal:5432/app", "mytool login --user bob --password {v} --insecure",
    "Server=db1;Database=app;User ID=app;Password={v};", "PGPASSWORD={v} psql -h db1 -U app",
    "auth:\n  adminPassword: {v}\n", "ds.setPassword(\"{v}\");",
    "new NetworkCredential(\"svc_backup\", \"{v}\")",
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", PASSPHRASE_TEMPLATES)
def test_passphrase_with_a_number_after_a_password_name(seed: int, template: str) -> None:
    """``word-word-word-NN`` is a kebab-case identifier's shape too; in a password's place it is the password."""
    rng = random.Random(f"pp/{template}/{seed}")
    v = passphrase(rng)
    text = template.format(v=v)
    assert covered(text, v), (text, findings(text))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ["password: {v}\n", "DB_PASSWORD={v}\n", '"passphrase": "{v}",', "--password {v} "])
def test_passphrase_without_a_number(seed: int, template: str) -> None:
    rng = random.Random(f"pp0/{template}/{seed}")
    v = passphrase(rng, number=False)
    text = template.format(v=v)
    assert covered(text, v), (text, findings(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_passphrase_with_spaces_in_quotes(seed: int) -> None:
    rng = random.Random(f"pps/{seed}")
    v = passphrase(rng, sep=" ")
    text = f'password = "{v}"'
    assert covered(text, v), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ["key: {v}\n", "release: {v}\n", "secret_name: {v}\n", "password_hint: {v}\n",
                                      "password-policy: {v}\n", "  image: registry/{v}\n", "token_type: {v}\n"])
def test_kebab_values_after_other_names_stay_quiet(seed: int, template: str) -> None:
    """Only a password name makes words-and-hyphens a secret: after key:, release: or a hint they are names."""
    rng = random.Random(f"kebab/{template}/{seed}")
    text = template.format(v=passphrase(rng))
    assert not secrets(text), text


@pytest.mark.parametrize("text", [
    "password: your-password-here\n", "DB_PASSWORD=not-a-real-password\n",
    "password: my-secret-pass-1\n", "FAKE_PASSWORD=kotave-mirelu-dorapi-7\n",
    "POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-kotave-mirelu-dorapi}\n",
])
def test_placeholder_passphrases_stay_quiet(text: str) -> None:
    assert not secrets(text), text


# -- secret names behind a subscript, Makefile and Ruby operators -------------------------------------------

SUBSCRIPT_TEMPLATES = [
    'settings["api_token"] = "{v}"', "app.config['SECRET_KEY'] = '{v}'", 'os.environ["PARTNER_TOKEN"] = "{v}"',
    "headers['X-Api-Key'] = '{v}'", "$config['db_password'] = '{v}';", "ENV['RELAY_TOKEN'] ||= '{v}'",
    "config.api_key ||= '{v}'", "this.cfg['clientSecret'] ??= \"{v}\";", "process.env['ACME_API_KEY'] = `{v}`;",
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", SUBSCRIPT_TEMPLATES)
def test_secret_assigned_through_a_subscript(seed: int, template: str) -> None:
    rng = random.Random(f"sub/{template}/{seed}")
    v = token(rng, rng.choice([20, 32, 40]))
    text = template.format(v=v)
    assert covered(text, v), (text, findings(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_hex_secret_key_through_a_subscript(seed: int) -> None:
    rng = random.Random(f"subhex/{seed}")
    v = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    text = f"app.config['SECRET_KEY'] = '{v}'"
    assert covered(text, v), text


@pytest.mark.parametrize("text", [
    'settings["api_token"] = os.environ["API_TOKEN"]', "app.config['SECRET_KEY'] = os.urandom(32)",
    "headers['Authorization'] = 'Bearer ' + token", "ENV['RELAY_TOKEN'] ||= ENV.fetch('X')",
    "$config['db_password'] = getenv('DB_PASSWORD');", 'settings["api_token"] = "${API_TOKEN}"',
])
def test_subscript_assignments_of_code_stay_quiet(text: str) -> None:
    assert not secrets(text), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("op", ["?=", ":=", "::=", "="])
def test_makefile_assignment_operators(seed: int, op: str) -> None:
    rng = random.Random(f"mk/{op}/{seed}")
    v = rng.choice([token(rng, 32), "".join(rng.choice("0123456789abcdef") for _ in range(32))])
    text = f"REGISTRY ?= registry.acme.io\nACME_API_KEY {op} {v}\n\nbuild:\n\tdocker build .\n"
    assert covered(text, v), text


@pytest.mark.parametrize("text", ["API_TOKEN ?= $(shell cat .token)\n", "SECRET_KEY := $(API_SECRET)\n",
                                  "API_KEY ?= get_key()\n", "PASSWORD_FILE ?= /run/secrets/db_password\n"])
def test_makefile_references_stay_quiet(text: str) -> None:
    assert not secrets(text), text


# -- short human passwords after an explicit password name, anywhere on the line ----------------------------

HUMAN_TEMPLATES = [
    "helm upgrade --install db bitnami/postgresql --set auth.postgresPassword={v} --set auth.database=app",
    "argocd login cd.acme.io --username admin --password {v} --grpc-web", "the password {v} works on staging",
    "pass={v} on the jump host", "ssh root@10.20.0.7 (pass: {v})", "postgresPassword: {v}\n", "  adminPassword: {v}\n",
    "rootPassword={v}\n", "redisPassword: {v}\n", "dbPass: {v}\n", "curl 'https://x.acme.io/login?user=ops&password={v}&next=/'",
    "define('DB_PASSWORD', '{v}');", "props.put(\"mail.smtp.password\", \"{v}\");", "ds.setPassword(\"{v}\");",
    "DataSourceBuilder.create().username(\"app\").password(\"{v}\").build();", "$mailer->setPassword('{v}');",
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", HUMAN_TEMPLATES)
def test_short_human_password_after_a_password_name(seed: int, template: str) -> None:
    rng = random.Random(f"human/{template}/{seed}")
    v = human_password(rng)
    text = template.format(v=v)
    assert covered(text, v), (text, findings(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_random_password_holding_a_percent_field(seed: int) -> None:
    """``%d`` inside random characters is no printf field: ``yI@rQC00du%dsKo`` is a password."""
    rng = random.Random(f"pct/{seed}")
    v = token(rng, 6) + "%" + rng.choice("dsr") + token(rng, 5)
    text = f'password = "{v}"'
    assert covered(text, v), text


@pytest.mark.parametrize("text", [
    "password: changeme123\n", "password=secret123\n", "db_pass: admin1\n", "password = self.password\n",
    "password: ${DB_PASSWORD}\n", "--- PASS: TestParseConfig2 (0.00s)", "pass 2 args to the callback",
    "password: !vault |\n", "docker login --password-stdin < pw.txt", "password_file: /run/secrets/db\n",
    "cfg = dict(password=os.getenv('PW'), port=5432)", "password VARCHAR(255) NOT NULL,",
    '<input type="password" class="form-control" autocomplete="current-password">', "bypass: Rule#42x\n",
    "getPassword: fn2\n", "password: ********\n", "password = '%s'", "password=pw_hash2(x)",
    "if user.password == form.password2:", "Permission denied (publickey,password).",
])
def test_short_password_look_alikes_stay_quiet(text: str) -> None:
    assert not secrets(text), text


# -- documented formats --------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", ["AUTH_KEY", "SECURE_AUTH_SALT", "LOGGED_IN_KEY", "NONCE_SALT"])
def test_wordpress_salts_aligned(seed: int, name: str) -> None:
    rng = random.Random(f"wp/{name}/{seed}")
    salt = "".join(rng.choice(B62 + "!#%*()-_=+[]{}<>~;:,.|/? $") for _ in range(64)).strip()
    text = f"define( '{name}',{' ' * rng.randrange(1, 12)}'{salt}' );"
    assert covered(text, salt), text


def test_wordpress_sample_phrase_is_a_placeholder() -> None:
    assert not secrets("define( 'AUTH_KEY',         'put your unique phrase here' );")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    "kubeadm join 10.0.0.1:6443 --token {t} --discovery-token-ca-cert-hash sha256:{h}",
    "bootstrapTokens:\n- groups:\n  - system:bootstrappers:kubeadm:default-node-token\n  token: {t}\n  ttl: 24h0m0s\n",
    "sudo kubeadm join cp.acme.internal:6443 --token={t}",
])
def test_kubernetes_bootstrap_token(seed: int, template: str) -> None:
    rng = random.Random(f"kubeadm/{template}/{seed}")
    lower = string.ascii_lowercase + string.digits
    t = "".join(rng.choice(lower) for _ in range(6)) + "." + "".join(rng.choice(lower) for _ in range(16))
    h = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    text = template.format(t=t, h=h)
    assert covered(text, t), text
    assert not covered(text, h) if h in text else True  # the CA hash is public


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n", [16, 26, 32])
def test_otpauth_secret(seed: int, n: int) -> None:
    """Base32 may have no digit: only the otpauth:// URI makes it a secret."""
    rng = random.Random(f"otp/{n}/{seed}")
    s = "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(n))
    text = f"otpauth://totp/Acme:bob@acme.io?secret={s}&issuer=Acme&period=30"
    assert covered(text, s), text


@pytest.mark.parametrize("seed", SEEDS)
def test_webhook_urls(seed: int) -> None:
    rng = random.Random(f"hooks/{seed}")
    mm = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(26))
    while not any(c.isdigit() for c in mm) or not any(c.isalpha() for c in mm):
        mm = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(26))
    inc = token(rng, 32, B62 + "_-")
    assert covered(f"curl -X POST -d @msg.json https://chat.acme.io/hooks/{mm}", mm)
    assert covered(f"WEBHOOK=https://api.acme.io/webhooks/incoming/{inc}", inc)


@pytest.mark.parametrize("text", ["https://chat.acme.io/hooks/README", "https://chat.acme.io/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx",
                                  "https://api.acme.io/webhooks/incoming/github-push-events"])
def test_webhook_look_alikes(text: str) -> None:
    assert not secrets(text)


# -- a URL's personal data does not swallow its secret ---------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_url_with_personal_data_and_a_secret_reports_the_secret(seed: int) -> None:
    rng = random.Random(f"urlpii/{seed}")
    key = "AIza" + token(rng, 35, B62 + "_-")
    pw = human_password(rng)
    scrubber = build_scrubber(Config())
    for text, secret in [(f"https://maps.acme.io/geocode/json?address=Berlin&key={key}", key),
                         (f"https://x.acme.io/login?user=admin&password={pw}", pw)]:
        found = scrubber.find(text)
        start = text.index(secret)
        assert any(f.category == "secret" and f.start <= start and f.end >= start + len(secret) for f in found), (text, found)
        assert all(f.category == "secret" or f.end <= start for f in found), found


# -- public or not secret ----------------------------------------------------------------------------------

def _b64(rng: random.Random, n: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


NOT_SECRET_GENERATORS = {
    "go.sum": lambda rng: f"github.com/acme/ledger v1.4.2 h1:{_b64(rng, 32)}\ngithub.com/acme/ledger v1.4.2/go.mod h1:{_b64(rng, 32)}\n",
    "pkce challenge": lambda rng: ("https://auth.acme.io/authorize?response_type=code&client_id=web&code_challenge="
                                   f"{token(rng, 43, B62 + '-_')}&code_challenge_method=S256"),
    "configmap binaryData png": lambda rng: ("kind: ConfigMap\nbinaryData:\n  logo.png: "
                                             + base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(60))).decode() + "\n"),
    "s3 version id": lambda rng: f'"ETag": "\\"{"".join(rng.choice("0123456789abcdef") for _ in range(32))}\\"",\n"VersionId": "{token(rng, 32, B62 + "._")}"',
    "stripe object ids": lambda rng: (f'{{"id": "pi_{token(rng, 24)}", "customer": "cus_{token(rng, 14)}", '
                                      f'"latest_charge": "ch_{token(rng, 24)}", "payment_method": "pm_{token(rng, 24)}"}}'),
    "vapid public key": lambda rng: f'const applicationServerKey = "B{token(rng, 86, B62 + "-_")}";',
    "age recipient": lambda rng: "recipients: age1" + "".join(rng.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
    "docker secret file": lambda rng: "ARG NPM_TOKEN\nENV PASSWORD_FILE=/run/secrets/db_password\nENV API_KEY=/run/secrets/api_key\n",
    "compose default": lambda rng: f"      - POSTGRES_PASSWORD=${{POSTGRES_PASSWORD:-{word(rng)}}}\n      - API_KEY=${{API_KEY:?missing}}\n",
    "ansible vault": lambda rng: ("db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n"
                                  + "".join("  " + "".join(rng.choice("0123456789abcdef") for _ in range(80)) + "\n" for _ in range(4))),
    "home assistant secret tag": lambda rng: "api_password: !secret http_password\n",
}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", list(NOT_SECRET_GENERATORS))
def test_public_or_non_secret_values_are_not_secrets(seed: int, kind: str) -> None:
    text = NOT_SECRET_GENERATORS[kind](random.Random(f"ns/{kind}/{seed}"))
    assert not secrets(text), (kind, text, secrets(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_pkce_code_verifier_is_still_a_secret(seed: int) -> None:
    v = token(random.Random(f"verifier/{seed}"), 43, B62 + "-_")
    text = f"code_verifier={v}"
    assert covered(text, v), text


@pytest.mark.parametrize("seed", SEEDS)
def test_stripe_secret_keys_are_still_secrets_beside_object_ids(seed: int) -> None:
    rng = random.Random(f"stripe/{seed}")
    key = "sk_live_" + token(rng, 99)
    text = f'{{"id": "pi_{token(rng, 24)}"}}\nSTRIPE_SECRET_KEY={key}\n'
    assert covered(text, key), text


@pytest.mark.parametrize("seed", SEEDS)
def test_age_secret_key_is_still_a_secret(seed: int) -> None:
    rng = random.Random(f"agesk/{seed}")
    key = "AGE-SECRET-KEY-1" + "".join(rng.choice("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L") for _ in range(58))
    assert covered(f"# created: 2024-05-01\n{key}\n", key)


@pytest.mark.parametrize("seed", SEEDS)
def test_public_client_keys_are_internal_not_secret(seed: int) -> None:
    """Publishable by design, they still name the company's account: redacted as internal identifiers."""
    rng = random.Random(f"pub/{seed}")
    cases = {
        "stripe-publishable-key": f"const stripe = Stripe('pk_live_{token(rng, 99)}');",
        "mapbox-public-token": f"mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJj{token(rng, 30, B62 + '_-')}.{token(rng, 22, B62 + '_-')}';",
        "gcp-oauth-client-id": f'"client_id": "{rng.randrange(10**11, 10**12)}-{token(rng, 32).lower()}.apps.googleusercontent.com"',
    }
    scrubber = build_scrubber(Config())
    for rule_id, text in cases.items():
        found = [(f.category, f.rule_id) for f in scrubber.find(text)]
        assert ("internal", rule_id) in found, (rule_id, found)
        assert not [f for f in found if f[0] == "secret"], (rule_id, found)
        assert not secrets(text), (rule_id, found)


@pytest.mark.parametrize("seed", SEEDS)
def test_mapbox_secret_token_is_still_a_secret(seed: int) -> None:
    rng = random.Random(f"mbsk/{seed}")
    t = f"sk.eyJ1IjoiYWNtZSIsImEiOiJj{token(rng, 30, B62 + '_-')}.{token(rng, 22, B62 + '_-')}"
    assert covered(f"MAPBOX_DOWNLOADS_TOKEN={t}", t)


@pytest.mark.parametrize("text", [
    "    x25519_key: x25519.X25519PrivateKey,", "        key, (ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey)",
    "    private_key: ed448.Ed448PrivateKey | None = None,", "        rd['docsignature'] = replace('#docsign#[#docsignopt#]',",
])
def test_typed_code_is_not_a_secret(text: str) -> None:
    assert not secrets(text), text


@pytest.mark.parametrize("seed", SEEDS)
def test_shell_expansion_defaults(seed: int) -> None:
    """A word as a ${VAR:-default} stands in for a value; a random default or a provider token written there
    is a hard-coded secret all the same."""
    rng = random.Random(f"shdefault/{seed}")
    assert not secrets(f"      - POSTGRES_PASSWORD=${{POSTGRES_PASSWORD:-{word(rng)}}}\n")
    assert not secrets("      - API_KEY=${API_KEY:?API_KEY is required}\n")
    key = "sk_live_" + token(rng, 99)
    text = f"      - STRIPE_SECRET_KEY=${{STRIPE_SECRET_KEY:-{key}}}\n"
    assert covered(text, key), text
    pw = token(rng, 16)
    text = f"      - DB_PASSWORD=${{DB_PASSWORD:-{pw}}}\n"
    assert covered(text, pw), (text, findings(text))
