"""Generic secret shapes (rules/secrets/generic.toml and friends) on freshly generated values: each shape is
found with the whole credential covered, and the look-alikes next to it are not."""
from __future__ import annotations

import base64
import json
import random
import re
import string

import pytest

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files

RULES = load_rules(rule_files(builtin_rules_dir() / "secrets"))
DET = PatternDetector(RULES)
B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def r(alphabet: str, n: int, rng: random.Random) -> str:
    """A random value without hand-made runs or marker words (so no placeholder filter applies), holding
    every character class its alphabet has (digits, lower case, upper case)."""
    classes = [c for c in (string.digits, string.ascii_lowercase, string.ascii_uppercase) if set(c) & set(alphabet)]
    for _ in range(10_000):
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if not re.search(r"(?i)example|test|fake|dummy|sample|(.)\1\1", s) and all(set(c) & set(s) for c in classes):
            return s
    raise AssertionError(f"no value from {alphabet!r} of length {n}")


def b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def covered(text: str, value: str, rule_id: str | None = None) -> bool:
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value)
               and (rule_id is None or f.rule_id == rule_id) for f in DET.detect(text))


def secret_findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in DET.detect(text) if f.category == "secret"]


SEEDS = range(5)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["RSA ", "EC ", "OPENSSH ", "ENCRYPTED ", ""])
def test_base64_encoded_private_key_block(seed: int, kind: str) -> None:
    rng = random.Random(f"b64pem/{kind}/{seed}")
    lines = "\n".join(r(B62 + "+/", 64, rng) for _ in range(4))
    pem = f"-----BEGIN {kind}PRIVATE KEY-----\n{lines}\n-----END {kind}PRIVATE KEY-----\n"
    value = base64.b64encode(pem.encode()).decode()
    text = f"data:\n  tls.key: {value}\n"
    assert covered(text, value, "base64-private-key-block"), text


def test_base64_encoded_certificate_is_not_a_private_key() -> None:
    rng = random.Random("b64cert")
    pem = "-----BEGIN CERTIFICATE-----\n" + r(B62 + "+/", 64, rng) + "\n-----END CERTIFICATE-----\n"
    text = "  tls.crt: " + base64.b64encode(pem.encode()).decode()
    assert not [f for f in secret_findings(text) if f[0] == "base64-private-key-block"]


@pytest.mark.parametrize("seed", SEEDS)
def test_jws_with_a_non_json_payload(seed: int) -> None:
    rng = random.Random(f"jws/{seed}")
    token = f"{b64url({'alg': 'HS256'})}.{r(B62, 60, rng)}.{r(B62 + '_-', 43, rng)}"
    assert covered(f'stripo_key = "{token}"', token)


@pytest.mark.parametrize("seed", SEEDS)
def test_jwt_with_only_numeric_claims_is_found(seed: int) -> None:
    """A payload such as {"uid": 4711} carries no documentation words: it is not a sample token."""
    rng = random.Random(f"jwtnum/{seed}")
    token = f"{b64url({'alg': 'HS512', 'typ': 'JWT'})}.{b64url({'uid': rng.randrange(10, 10**6)})}.{r(B62 + '_-', 86, rng)}"
    assert covered(f"authorization: '{token}',", token)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "mongodb+srv", "amqps", "mysql", "redis"])
def test_database_uri_is_redacted_whole(seed: int, scheme: str) -> None:
    rng = random.Random(f"dburi/{scheme}/{seed}")
    password = r(B62, 6, rng) + "@" + r(B62, 6, rng)  # an unescaped @ in the password
    uri = f"{scheme}://svc_{r(string.ascii_lowercase, 5, rng)}:{password}@db-{rng.randrange(10, 99)}.acme.internal:5432/ledger"
    assert covered(f'DATABASE_URL="{uri}"', uri, "database-uri-with-password")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    'client.Credentials = new NetworkCredential("svc_ci", "{}");',
    "requests.get(url, auth=HTTPBasicAuth('deploy', '{}'))",
    'new DirectoryEntry("LDAP://dc01.corp.lan", "CORP\\\\svc", "{}")',
    'credentials {{\n    username "deployer"\n    password "{}"\n}}',
    'if ("{}" === my_private_key) {{',
])
def test_password_literal_shapes(seed: int, template: str) -> None:
    rng = random.Random(f"pw/{template}/{seed}")
    password = r(B62 + "!#%", 12, rng)
    text = template.format(password)
    assert covered(text, password), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ["acmepay '{}'", 'relay token - "{}"', "vendorx key = '{}'"])
def test_quoted_token_after_a_word(seed: int, template: str) -> None:
    rng = random.Random(f"qtok/{template}/{seed}")
    token = r(B62, rng.randrange(20, 48), rng)
    text = template.format(token)
    assert covered(text, token), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    'cfg.GetOrDefault("relay_token", "{}")',
    "buildConfigField 'String', 'MAPS_API_KEY', '\"{}\"'",
    "relaymail '{}'",
])
def test_hex_and_uuid_keys_after_a_secret_name(seed: int, template: str) -> None:
    rng = random.Random(f"hex/{template}/{seed}")
    h = r(HEX, 32, rng)
    value = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" if "GetOrDefault" in template else h
    text = template.format(value)
    assert covered(text, value), text


@pytest.mark.parametrize("seed", SEEDS)
def test_commented_out_env_password(seed: int) -> None:
    rng = random.Random(f"env/{seed}")
    value = r(string.ascii_lowercase + string.digits, 10, rng)
    text = f"# STAGING_DB_PASSWORD={value}\n"
    assert covered(text, value, "env-secret-assignment"), text


@pytest.mark.parametrize("seed", SEEDS)
def test_telegram_token_with_the_documented_length(seed: int) -> None:
    """The Bot API docs show 32 characters after ``AA``; 33 is also seen."""
    rng = random.Random(f"tg/{seed}")
    for n in (32, 33):
        token = f"{rng.randrange(10**8, 10**9)}:AA{r(B62 + '_-', n, rng)}"
        assert covered(f"bot = Bot('{token}')", token, "telegram-bot-token")


@pytest.mark.parametrize("seed", SEEDS)
def test_jenkins_credential_entry_key_id_and_username(seed: int) -> None:
    """A credentials.xml entry: a random <id> (a key id stored beside the secret) and a random <username>
    (a generated user-token code) are found; a human label, a generated UUID id and a login name are not."""
    rng = random.Random(f"jenkins/{seed}")
    key_id, user, secret = r(B62, 24, rng), r(B62, 16, rng), r(B62, 32, rng)
    text = (f"<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n"
            f"  <id>{key_id}</id>\n  <description>deploy</description>\n  <username>{user}</username>\n"
            f"  <password>{secret}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>")
    assert covered(text, key_id, "jenkins-credential-id"), text
    assert covered(text, user, "credential-store-username"), text
    quiet = ("<scope>GLOBAL</scope>\n  <id>nexus-deploy-token</id>\n  <username>release-bot</username>\n"
             "<scope>SYSTEM</scope><id>3f2b8c71-5d4e-4a9b-8c6d-2e1f0a9b7c35</id>")
    assert not [f for f in DET.detect(quiet) if f.rule_id in ("jenkins-credential-id", "credential-store-username")]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ['acme_key2 = "{}"', 'ACME_TOKEN_1: "{}"', ':password        => "{}",'])
def test_numbered_and_aligned_secret_names(seed: int, template: str) -> None:
    """A name with a counter (key2, token_1) and a value aligned far from its name are still assignments."""
    rng = random.Random(f"num/{template}/{seed}")
    value = r(B62, 20, rng)
    text = template.format(value)
    assert covered(text, value), text


def test_look_alikes_stay_quiet() -> None:
    text = "\n".join([
        "-this argument should not be used in binary mode. Pass\n    'strict' to raise",
        "(the default of None has the same effect), or pass 'ignore' to ignore errors",
        "#    updated 'lt' -> 'lt_LT.ISO8859-4' to 'lt_LT.ISO8859-13'",
        '"creating-a-strong-password":"/en/enterprise-server@3.0/authentication"',
        'new NetworkCredential("svc", password)',
        "HTTPBasicAuth(user, os.environ['PW'])",
        '("user_id", "4b0f7c1e-93a2-4d6b-8e51-2c9fa07d3b68")',
        '("sha1", "a9993e364706816aba3e25717850c26c9cd0d89d")',
        "postgres://user:${PGPASSWORD}@db/app",
        "# DB_PASSWORD=${DB_PASSWORD}",
        "token = self.settings.auth.token",
    ])
    assert secret_findings(text) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_quoted_mixed_case_letters_after_a_secret_name(seed: int) -> None:
    rng = random.Random(f"letters/{seed}")
    value = r(string.ascii_letters, 14, rng)
    text = f"relay_token = '{value}'"
    assert covered(text, value), text


def test_words_in_quotes_after_a_secret_name_are_not_letters_secrets() -> None:
    text = 'token = "TokenizerFactory"\nsecret_key = "SuperSecretKey"\nauth = "BearerAuthentication"\n'
    assert secret_findings(text) == []


# --- ordinary code that must not be taken for a secret -------------------------------------------------

CODE_LOOKALIKES = [
    "return shared(Module(), key=\"pkg.strategies.random_module()\")",  # quoted call expression as an argument
    "return st.sampled_from(sorted(args, key=type_sorting_key))",  # a variable closing the call
    "df = DataFrame({orig_key: orig_value})",
    "_check(returned, return_type, expected_keys=categories2)",
    "offset_lom_sat_aug = makeFY5253LastOfMonth(1, startingMonth=8)",  # a function call, not a value
    "explicit IOContext(MemoryPool* pool, StopToken stop_token = StopToken::Unstoppable());",
    "c_footer_key_str = <c_string>footer_key",
    "token_number = self.tokens_taken+len(self.tokens)",
    "return f\"otpauth://{type_name}/{label}?{urlencode(parameters)}\"",
    "key = '%s/PKG-INFO' % info_dir",
    "AttributeOID.CHALLENGE_PASSWORD: \"challengePassword\",",
    "git_full = \"9c1e07b4d2a35f86e0b71c4a9d3f2e58a7b6c5d4\"",
    "if key_node.tag == 'tag:yaml.org,2002:value':",
    '"promptscrubLine/v1": "3f1e07b4d2a35f86e0b71c4a9d3f2e58"',
    "\"initial\": {\"key_sha256\": \"b8cc3a0d530553628eb5d53694cf1c8ad9cbaf85942e25cf969ad954317ed87a\"}",
    'uri = "postgresql://postgres:postgres@localhost:5432/pandas"',
]


@pytest.mark.parametrize("text", CODE_LOOKALIKES)
def test_ordinary_code_is_not_a_secret(text: str) -> None:
    assert secret_findings(text) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_list_of_strings_is_not_a_name_value_pair(seed: int) -> None:
    rng = random.Random(f"strlist/{seed}")
    words = ["_".join(rng.choice(["gss", "lucid", "context", "hot", "key", "map", "relay", "mode"]) for _ in range(3))
             + str(rng.randrange(2, 9)) for _ in range(6)]
    words[2] = "hotkey_" + words[2]
    text = "NAMES = {" + ", ".join(f"'{w}'" for w in words) + "}"
    assert secret_findings(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_certificate_body_lines_are_not_b2_keys(seed: int) -> None:
    """Base64 certificate bodies (certifi's cacert.pem) hold every short letter pair, 'b2' included."""
    rng = random.Random(f"certb2/{seed}")
    lines = []
    for _ in range(8):
        line = r(B62 + "+/", 64, rng)
        cut = rng.randrange(8, 24)
        lines.append(line[:cut] + "b2+" + line[cut + 3:])
    text = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    assert [f for f in secret_findings(text) if f[0] == "backblaze-b2-key"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_b2_keys_are_still_found(seed: int) -> None:
    rng = random.Random(f"b2/{seed}")
    key = "K005" + r(B62, 27, rng)
    assert covered(f"B2_APPLICATION_KEY={key}", key)
    other = r(B62, 31, rng)
    assert covered(f"b2_application_key = '{other}'", other)


@pytest.mark.parametrize("seed", SEEDS)
def test_quoted_and_keyword_secrets_are_still_found(seed: int) -> None:
    rng = random.Random(f"kw/{seed}")
    token = r(B62, 32, rng)
    assert covered(f'client = Client(api_key="{token}")', token)
    assert covered(f"export ACME_TOKEN={token}", token)
    pw = r(string.ascii_letters, 12, rng)
    assert covered(f'db_password = "{pw}"', pw)


SYMBOLS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    "jwt_secret: '{}'", 'DB_PASSWORD = "{}";', "relay token - '{}'\nnext line",
])
def test_quoted_symbol_secret_holding_quotes(seed: int, template: str) -> None:
    """A long symbol-rich value with a quote, backtick or backslash inside (the other quoted rules stop there)."""
    rng = random.Random(f"qq/{seed}/{template}")
    delim = "'" if "'{}'" in template else '"'
    inner = '"`\\' if delim == "'" else "'`\\"
    value = r(B62, 12, rng) + rng.choice(inner) + "".join(rng.choice(B62 + SYMBOLS) for _ in range(30)) + rng.choice(inner) + r(B62, 6, rng)
    text = template.format(value)
    assert covered(text, value), secret_findings(text)


@pytest.mark.parametrize("text", [
    'token_pattern = "(?u)\\\\b\\\\w\\\\w+\\\\b"', "key_regex = '^[A-Za-z0-9_\\\\-]{20,40}$'",
    "password = \"it's a secret, don't 2 tell\"", "help_text = 'the \"token\" must be 32 chars'",
])
def test_quoted_code_with_quotes_is_not_a_secret(text: str) -> None:
    assert [f for f in secret_findings(text) if f[0] == "secret-assignment-quoted-with-quotes"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_secret_compared_name_first(seed: int) -> None:
    rng = random.Random(f"cmpname/{seed}")
    pw = r(string.ascii_lowercase, 6, rng) + "-" + r(string.ascii_lowercase, 6, rng)
    assert covered(f'if creds.Secret != "{pw}" {{', pw)
    assert covered(f"if (password === '{pw}') {{", pw)


@pytest.mark.parametrize("seed", SEEDS)
def test_session_token_after_a_session_name(seed: int) -> None:
    rng = random.Random(f"session/{seed}")
    token = r(B62 + "+/", 180, rng)
    assert covered(f"aws:\n  id: ASIA{r(string.ascii_uppercase + '234567', 16, rng)}\n  session: {token}\n", token)
    assert not secret_findings("session: default\nsession_timeout: 3600")


@pytest.mark.parametrize("seed", SEEDS)
def test_jwt_header_and_payload_without_signature(seed: int) -> None:
    rng = random.Random(f"jwthp/{seed}")
    token = f"{b64url({'alg': 'RS256', 'typ': 'JWT'})}.{b64url({'sub': r(B62, 12, rng), 'iat': rng.randrange(10**9, 2 * 10**9)})}"
    assert covered(f"acme {token}", token)


@pytest.mark.parametrize("seed", SEEDS)
def test_identifier_after_a_bare_space_is_code_but_a_token_is_a_secret(seed: int) -> None:
    """`private name_1` (a Fortran / C++ declaration) is not an assignment; a random token after the
    same bare space still is."""
    rng = random.Random(f"barespace/{seed}")
    assert not secret_findings(f"module m\n    private {rng.choice(['mod', 'calc', 'util'])}{rng.randrange(10)}_func{rng.randrange(10)}\n")
    token = r(B62, 24, rng)
    assert covered(f"private {token}\n", token)


# ---- everyday paste scenarios (config files, command lines, request dumps) ----

def _full_pipeline_secret_covers(text: str, value: str) -> bool:
    """The whole scrubber (secrets and PII together, overlaps resolved): the value is a secret finding."""
    from promptscrub.config import Config
    from promptscrub.scrubber import build_scrubber

    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value)
               for f in build_scrubber(Config()).find(text))


#: URL templates whose host is not a database's: only the password is redacted, scheme, user and host stay.
URL_TEMPLATES = [
    "[global]\nindex-url = https://{user}:{pw}@nexus.{dom}.io/repository/pypi/simple\n",
    "https://{user}:{pw}@github.com\n",
    "pip install --extra-index-url https://__token__:{pw}@gitlab.{dom}.io/api/v4/projects/7/packages/pypi/simple pkg\n",
    "git clone https://{user}:{pw}@git.{dom}.io/pay/ledger.git\n",
    "git remote set-url origin https://{user}:{pw}@bitbucket.org/{dom}/app.git\n",
    "curl -s ftp://{user}:{pw}@files.{dom}.com/exports/2024-06.csv\n",
    "proxy = http://{user}:{pw}@proxy-3.{dom}.com:3128\n",
    '  "registry": "https://{user}:{pw}@npm.{dom}.io/",\n',
]
#: Reserved characters people paste unescaped into a URL password (? and / end the authority; $, { and %
#: start template and format syntax, left out so that a draw never reads as a placeholder).
URL_PW_PUNCT = "#!:@[]*+,;=&~^"


def _url_password(kind: str, rng: random.Random) -> str:
    """A generated password: random base62, with reserved characters, or word-like (mostly lower case)."""
    if kind == "random":
        return r(B62, rng.randrange(12, 40), rng)
    if kind == "reserved":
        return (r(B62, rng.randrange(3, 6), rng) + rng.choice(URL_PW_PUNCT) + r(B62, rng.randrange(3, 6), rng)
                + rng.choice(URL_PW_PUNCT) + r(B62, 3, rng))
    for _ in range(1000):  # word-like: lower case with a couple of capitals and digits (nk8Btb2abplBpq)
        chars = [rng.choice(string.ascii_lowercase) for _ in range(rng.randrange(10, 16))]
        for i in rng.sample(range(1, len(chars)), 4):
            chars[i] = rng.choice(string.ascii_uppercase if i % 2 else string.digits)
        pw = "".join(chars)
        if not re.search(r"(?i)example|test|fake|dummy|sample|pass|key|token|(.)\1\1", pw):
            return pw
    raise AssertionError


def _scrub(text: str) -> list:
    from promptscrub.config import Config
    from promptscrub.scrubber import build_scrubber

    return build_scrubber(Config()).find(text)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["random", "reserved", "wordlike"])
@pytest.mark.parametrize("template", URL_TEMPLATES)
def test_url_password_is_a_secret_and_the_host_stays(seed: int, kind: str, template: str) -> None:
    """The password of a URL's user-info is the secret (``password@host.tld`` is no e-mail address); the
    scheme and the host stay readable, the user too unless it reads as a person's account (``USERNAME``,
    personal data), and the round trip is exact."""
    from promptscrub.config import Config
    from promptscrub.restore import restore
    from promptscrub.scrubber import build_scrubber
    from promptscrub.vault import Vault

    rng = random.Random(f"urlpw/{kind}/{template}/{seed}")
    user, pw = r(string.ascii_lowercase, 6, rng), _url_password(kind, rng)
    text = template.format(user=user, pw=pw, dom=r(string.ascii_lowercase, 5, rng))
    start = text.index(f":{pw}@") + 1
    assert covered(text, pw, "credentials-in-url"), text
    found = _scrub(text)
    assert [text[f.start:f.end] for f in found if f.category == "secret"] == [pw], text
    assert not [f for f in found if f.type == "EMAIL"], text
    assert all(f.end <= start or f.start >= start + len(pw) for f in found if f.category != "secret"), text
    vault = Vault()
    red = build_scrubber(Config()).redact(text, vault)
    assert pw not in red.text and re.search(r"://(?:\w+|<USERNAME_1>):<URL_PASSWORD_1>@[a-z<]", red.text), red.text
    assert restore(red.text, vault).text == text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["random", "reserved", "wordlike"])
@pytest.mark.parametrize("uri", [
    "postgres://{user}:{pw}@db-7.{dom}.internal:5432/app", "mongodb+srv://{user}:{pw}@cluster0.{dom}.mongodb.net/app",
    "redis://:{pw}@cache.{dom}.io:6379/0", "amqp://{user}:{pw}@mq.{dom}.io:5672/vhost",
    "jdbc:mysql://{user}:{pw}@db.{dom}.io:3306/app", "mysql+pymysql://{user}:{pw}@10.1.2.3/app",
])
def test_database_uri_password_is_a_secret_not_an_email(seed: int, kind: str, uri: str) -> None:
    rng = random.Random(f"dbpw/{kind}/{uri}/{seed}")
    pw = _url_password(kind, rng)
    text = "DATABASE_URL=" + uri.format(user=r(string.ascii_lowercase, 5, rng), pw=pw, dom=r(string.ascii_lowercase, 5, rng))
    assert _full_pipeline_secret_covers(text, pw), text
    assert not [f for f in _scrub(text) if f.type == "EMAIL"], text


@pytest.mark.parametrize("pw", ["password", "changeme", "${PASS}", "<pass>", "xxx", "****", "%s", "{password}"])
@pytest.mark.parametrize("template", URL_TEMPLATES[:4] + ["postgres://{user}:{pw}@db.{dom}.io/app\n"])
def test_url_password_placeholders_stay_quiet(pw: str, template: str) -> None:
    text = template.format(user="deploy", pw=pw, dom="acme")
    assert not secret_findings(text), text
    assert not [f for f in _scrub(text) if f.category == "secret"], text


@pytest.mark.parametrize("text", [
    "index-url = https://${PIP_USER}:${PIP_PASSWORD}@nexus.acme.io/simple\n",
    "https://me:$GIT_TOKEN@github.com\n",
    "postgresql://postgres:postgres@localhost:5432/app\n",  # the user name again: a local default
    "amqp://Guest:guest@localhost:5672/\n",
    "http://localhost:8080/path?next=https://acme.io\n",
    "see http://wiki.acme.io:8080?notify=ops@acme.io\n",  # a port, not a password
])
def test_url_look_alikes_stay_quiet(text: str) -> None:
    assert not secret_findings(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_emails_around_url_credentials_are_still_found(seed: int) -> None:
    """Only a URL's user-info is kept from the e-mail rule: addresses next to it, in its query, after
    ``mailto:`` are still e-mail addresses."""
    rng = random.Random(f"urlmail/{seed}")
    mails = [f"{r(string.ascii_lowercase, 5, rng)}@{r(string.ascii_lowercase, 6, rng)}.com" for _ in range(3)]
    pw = _url_password("reserved", rng)
    text = (f"ping {mails[0]} about https://deploy:{pw}@git.acme.io/x and "
            f"https://wiki.acme.io?notify={mails[1]}, mailto:{mails[2]}\n")
    found = _scrub(text)
    assert sorted(text[f.start:f.end] for f in found if f.type == "EMAIL") == sorted(mails), text
    assert [text[f.start:f.end] for f in found if f.category == "secret"] == [pw], text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    "Cookie: sessionid={v}; csrftoken=abc\n",
    "Cookie: theme=dark; JSESSIONID={v}\n",
    "Set-Cookie: _gh_sess={v}; path=/; secure; HttpOnly\n",
    "Set-Cookie: laravel_session={v}; expires=Thu, 01 Jan 2026 00:00:00 GMT\n",
    "cookie: PHPSESSID={v}\n",
])
def test_session_cookie_values(seed: int, template: str) -> None:
    rng = random.Random(f"cookie/{template}/{seed}")
    v = r(rng.choice([HEX, HEX.upper(), B62, B62 + "%"]), rng.randrange(26, 64), rng)
    text = template.format(v=v)
    assert covered(text, v), text


def test_session_settings_are_not_session_cookies() -> None:
    assert not secret_findings("SESSION_COOKIE_AGE=1209600\nsession=requests.Session()\nsessionid=None\n"
                               "Cookie: sessionid=<session-id>\nSESSION_ENGINE=django.contrib.sessions.backends.db\n")


@pytest.mark.parametrize("seed", SEEDS)
def test_twilio_api_key_sid_and_auth_token_after_the_account_sid(seed: int) -> None:
    rng = random.Random(f"twilio/{seed}")
    key, sid, token = "SK" + r(HEX, 32, rng), "AC" + r(HEX, 32, rng), r(HEX, 32, rng)
    assert covered(f"can you check why {key} is rejected?", key)
    text = f'client = Client("{sid}", "{token}")'
    assert covered(text, token), text
    text = f"curl -u {sid}:{token} https://api.twilio.com/2010-04-01/Accounts.json"
    assert covered(text, token), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", [
    "url = jdbc:oracle:thin:{user}/{pw}@//db-3.acme.internal:1521/ORCL",
    "sqlplus -s {user}/{pw}@//db-3.acme.internal:1521/ORCL @report.sql",
    "expdp {user}/{pw}@PRODDB directory=DP schemas=HR dumpfile=hr.dmp",
])
def test_oracle_connect_string_password(seed: int, template: str) -> None:
    rng = random.Random(f"oracle/{template}/{seed}")
    pw = r(B62 + "#_", 12, rng)
    text = template.format(user=r(string.ascii_lowercase, 5, rng), pw=pw)
    assert covered(text, pw), text


def test_oracle_connect_without_a_literal_password_stays_quiet() -> None:
    assert not secret_findings("sqlplus / as sysdba\nsqlplus scott/$ORA_PASS@db\nurl=jdbc:oracle:thin:@//db:1521/ORCL\n")


@pytest.mark.parametrize("seed", SEEDS)
def test_npmrc_base64_password_without_digits(seed: int) -> None:
    rng = random.Random(f"npmpw/{seed}")
    while True:
        v = base64.b64encode(r(string.ascii_letters + "!%", 14, rng).encode()).decode()
        if not any(c.isdigit() for c in v):
            break
    text = f"//nexus.acme.io/repository/npm/:_password={v}\nalways-auth=true\n"
    assert covered(text, v), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ["spring:\n  datasource:\n    password: {}\n", "db.password={}\n", "DB_PASS={}\n",
                                      "[client]\npassword = {}\n"])
def test_unquoted_password_with_few_distinct_characters(seed: int, template: str) -> None:
    """A 10-16 character password repeats characters, so its entropy stays under the token threshold."""
    from promptscrub.secret_filters import shannon_entropy

    rng = random.Random(f"lowent/{template}/{seed}")
    pw = r(B62, rng.randrange(10, 15), rng)
    while shannon_entropy(pw) >= 3.2:  # a repeated character or two, as in ERhRG3lloZ3Eto
        pw = r(B62, rng.randrange(10, 15), rng)
    text = template.format(pw)
    assert covered(text, pw), text


@pytest.mark.parametrize("text", ["password: ${DB_PASSWORD}\n", "password = hunter\n", "pwd: /home/app\n",
                                  "password: changeme123\n", "password_file: /run/secrets/db\n",
                                  "password=self.password\n", "password: !vault |\n"])
def test_unquoted_password_look_alikes(text: str) -> None:
    assert not secret_findings(text)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template", ["spring.mail.password={}\n", "jdbc:sqlserver://db:1433;user=sa;password={};encrypt=true\n"])
def test_passwords_with_dots_or_hashes_are_not_code_or_format_strings(seed: int, template: str) -> None:
    """``tiJ.qNfQmQE7jN`` is no attribute chain and ``aSz_#pwKf#xX1r`` no ``#name#`` format field."""
    rng = random.Random(f"dots/{template}/{seed}")
    sep = "." if "spring" in template else "#"
    pw = r(B62, 3, rng) + sep + r(B62, 4, rng) + sep + r(B62, 6, rng)
    text = template.format(pw)
    assert covered(text, pw), text


def _dotted_value(rng: random.Random) -> str:
    return (rng.choice(string.ascii_letters) + "".join(rng.choice(B62) for _ in range(rng.randrange(2, 6))) + "."
            + r(B62, rng.randrange(10, 16), rng))


@pytest.mark.parametrize("template", ["api_token = {v}\n", "ACME_SECRET={v}\n", "  client_secret: {v}\n", "secret: {v}\n"])
def test_dotted_random_values_after_a_secret_name(template: str) -> None:
    """A random value with a dot is no dotted code name (``a.b``): it is redacted, nearly always (the few
    whose parts happen to read as identifiers are let through, as code would be)."""
    rng = random.Random(f"dotted/{template}")
    values = [_dotted_value(rng) for _ in range(100)]
    missed = [v for v in values if not covered(template.format(v=v), v)]
    assert len(missed) <= 10, missed


@pytest.mark.parametrize("text", [
    "token = self.oauth2_token\n", "api_key = settings.API_KEY_V2\n", "secret_key: cfg.s3Key\n",
    "ACME_TOKEN=os.environ.TOKEN2\n", "key = np.float64\n", "auth: auth1.acme.io\n",
])
def test_dotted_code_references_after_a_secret_name_stay_quiet(text: str) -> None:
    assert not secret_findings(text)
