"""Credentials that only their context marks as such (rules/secrets/sql.toml, cli.toml, code_calls.toml,
configs.toml, prose.toml, http.toml and the wallet rules of crypto.toml): SQL statements, command-line options and
positional arguments, library calls, configuration formats, prose and tables, wallet keys and seed
phrases. Every value is generated here from a seeded random.Random; the look-alikes next to them
(placeholders, variables, code that only names the secret, ordinary prose) must stay untouched."""
from __future__ import annotations

import random
import re
import string

import pytest

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files
from promptscrub.secret_filters import is_not_secret, is_placeholder

RULES = load_rules(rule_files(builtin_rules_dir() / "secrets"))
DET = PatternDetector(RULES)
SEEDS = range(6)
B62 = string.ascii_letters + string.digits
SYMBOLS = "#!*+=@%_-."
CONSONANTS, VOWELS = "bdfgklmnprstvz", "aeiou"


def usable(v: str) -> bool:
    """No hand-made runs or marker words, and no value the filters would take for something else."""
    return (not re.search(r"(?i)example|test|fake|dummy|sample|secret|pass|(.)\1\1", v)
            and not is_placeholder(v) and not is_not_secret(v))


def rand_pw(rng: random.Random, n: int | None = None) -> str:
    """A random password: letters, digits and a symbol."""
    n = n or rng.randint(10, 18)
    while True:  # starts with a letter or digit: a leading $ or % reads as a shell / cmd.exe expansion
        v = rng.choice(B62) + "".join(rng.choice(B62 + "#!*+=@%") for _ in range(n - 1))
        if re.search(r"\d", v) and re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and usable(v):
            return v


def human_pw(rng: random.Random) -> str:
    """A human password: a made-up capitalised word, a symbol or not, and digits (Tavoku#482, Rimesa91)."""
    while True:
        word = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 3))).capitalize()
        v = word + rng.choice(["", "#", "!", "*", "+", "="]) + str(rng.randint(10, 9999))
        if usable(v):
            return v


def alnum(rng: random.Random, n: int) -> str:
    while True:
        v = "".join(rng.choice(B62) for _ in range(n))
        if re.search(r"\d", v) and re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and usable(v):
            return v


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def name(rng: random.Random) -> str:
    return rng.choice(["app", "svc_ledger", "deploy", "ops", "billing", "reporting", "etl"]) + rng.choice(["", "_ro", "2"])


def pw_styles(rng: random.Random) -> list[str]:
    return [rand_pw(rng), human_pw(rng), alnum(rng, rng.randint(10, 16))]


def covered(text: str, value: str, rule_id: str | None = None) -> bool:
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value)
               and (rule_id is None or f.rule_id == rule_id) for f in DET.detect(text))


def findings_of(text: str, rule_ids: set[str]) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in DET.detect(text) if f.rule_id in rule_ids]


def ids_of(pack: str) -> set[str]:
    return {r.id for r in RULES if r.source.endswith(pack)}


MINE = (ids_of("sql.toml") | ids_of("cli.toml") | ids_of("code_calls.toml") | ids_of("configs.toml")
        | ids_of("prose.toml") | ids_of("http.toml") | {"mnemonic-seed-phrase", "evm-accounts-private-keys", "solana-keypair-bytes"})


def test_the_new_packs_are_loaded() -> None:
    assert len(ids_of("sql.toml")) >= 5 and len(ids_of("cli.toml")) >= 9 and len(ids_of("code_calls.toml")) >= 11
    assert len(ids_of("configs.toml")) >= 9 and len(ids_of("prose.toml")) >= 3  # + the table cells: secret_tables


# ---------------------------------------------------------------------------------------------- SQL

@pytest.mark.parametrize("seed", SEEDS)
def test_sql_identified_by(seed: int) -> None:
    rng = random.Random(f"sql-identified/{seed}")
    for pw in pw_styles(rng):
        u, host = name(rng), rng.choice(["%", "localhost", "10.0.%"])
        q = pw.replace("'", "''")
        for text in [
            f"CREATE USER '{u}'@'{host}' IDENTIFIED BY '{q}';",
            f"alter user '{u}'@'{host}' identified with {rng.choice(['mysql_native_password', 'caching_sha2_password'])} by '{q}';",
            f"GRANT SELECT ON shop.* TO '{u}'@'{host}' IDENTIFIED BY '{q}';",
            f'ALTER USER {u} IDENTIFIED BY "{pw}" ACCOUNT UNLOCK;',
        ]:
            assert covered(text, pw), text
    ora = rng.choice(string.ascii_letters) + alnum(rng, 11)  # an unquoted Oracle password starts with a letter
    for text in [f"CREATE USER {name(rng)} IDENTIFIED BY {ora}",
                 f"CREATE DATABASE LINK fin CONNECT TO {name(rng)} IDENTIFIED BY {ora} USING 'FINPRD';"]:
        assert covered(text, ora, "sql-identified-by-unquoted"), text


@pytest.mark.parametrize("seed", SEEDS)
def test_sql_server_and_set_password(seed: int) -> None:
    rng = random.Random(f"sql-mssql/{seed}")
    for pw in pw_styles(rng):
        q = pw.replace("'", "''")
        for text in [f"ALTER LOGIN sa WITH PASSWORD = N'{q}';",
                     f"CREATE LOGIN {name(rng)} WITH PASSWORD = N'{q}', CHECK_POLICY = OFF;",
                     f"CREATE MASTER KEY ENCRYPTION BY PASSWORD = '{q}';",
                     f"SET PASSWORD FOR '{name(rng)}'@'%' = PASSWORD('{q}');"]:
            assert covered(text, pw), text


@pytest.mark.parametrize("seed", SEEDS)
def test_sql_insert_lines_values_up_with_the_secret_column(seed: int) -> None:
    rng = random.Random(f"sql-insert/{seed}")
    for _ in range(4):
        ncols = rng.randint(1, 8)
        pos = rng.randrange(ncols)
        cols = [rng.choice(["name", "email", "login", "created_at", "role", "team"]) + str(i) for i in range(ncols)]
        cols[pos] = rng.choice(["password", "passwd", "api_key", "secret", "token", "password_hash", "client_secret"])
        vals = [rng.choice(["'bob'", "42", "NOW()", "NULL", "'fine, ok'", "lower('X')"]) for _ in range(ncols)]
        pw = rand_pw(rng).replace("'", "")
        vals[pos] = f"'{pw}'"
        text = f"INSERT INTO accounts ({', '.join(cols)}) VALUES ({', '.join(vals)});"
        rule = "sql-insert-secret-column" if pos < 4 else "sql-insert-secret-column-far"
        assert covered(text, pw, rule), text
        # the neighbours of the secret are not taken
        assert not [f for f in findings_of(text, ids_of("sql.toml")) if f[1] != pw], text
    bcrypt = "$2b$12$" + "".join(rng.choice(B62 + "./") for _ in range(53))
    text = f"INSERT INTO users (email, password_hash) VALUES ('a@acme.io', '{bcrypt}');"
    assert covered(text, bcrypt, "sql-insert-secret-column")


@pytest.mark.parametrize("text", [
    "INSERT INTO users (name, password) VALUES (?, ?)",
    "INSERT INTO users (name, password) VALUES ($1, $2)",
    "INSERT INTO users (name, password) VALUES (%(name)s, %(password)s)",
    "INSERT INTO users (name, password) VALUES (:name, :password)",
    "INSERT INTO users (name, password_changed_at) VALUES ('bob', '2024-05-01 10:00:00')",
    "CREATE USER 'app'@'%' IDENTIFIED BY '${DB_PASSWORD}';",
    "CREATE USER app IDENTIFIED BY '%s'",
    '''cur.execute("CREATE USER app IDENTIFIED BY '" + pw + "'")''',
    "ALTER USER app IDENTIFIED BY &new_password;",
    "Visitors are identified by their badge and signed in at the desk.",
    "ALTER LOGIN sa WITH PASSWORD = N'<YourStrong!Passw0rd>';",
    '''sql = "ALTER LOGIN sa WITH PASSWORD = N'" + new_pw + "'"''',
])
def test_sql_placeholders_and_code_are_left(text: str) -> None:
    assert not findings_of(text, ids_of("sql.toml")), text


# ---------------------------------------------------------------------------------------------- CLI

@pytest.mark.parametrize("seed", SEEDS)
def test_cli_password_options(seed: int) -> None:
    rng = random.Random(f"cli/{seed}")
    for pw in pw_styles(rng):
        q = rng.choice(["", "'"])
        cases = [
            (f"{rng.choice(['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami'])} -x -H ldaps://dc1.acme.io "
             f"-D cn=admin,dc=acme,dc=io -w {q}{pw}{q} -b dc=acme,dc=io", "ldap-tools-bind-password"),
            (f"ipmitool -I lanplus -H 10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)} -U ADMIN -P {q}{pw}{q} chassis power status", "ipmitool-password"),
            (f"htpasswd -b{rng.choice(['', 'c', 'B'])} /etc/nginx/.htpasswd {name(rng)} {q}{pw}{q}", "htpasswd-batch-password"),
            (f"htpasswd -nbB {name(rng)} {q}{pw}{q} > auth.htpasswd", "htpasswd-batch-password"),
            (f"rabbitmqctl {rng.choice(['add_user', 'change_password'])} {name(rng)} {q}{pw}{q}", "rabbitmqctl-user-password"),
            (f"keytool -genkeypair -alias app -keystore app.jks -{rng.choice(['storepass', 'keypass', 'srcstorepass', 'deststorepass'])} {q}{pw}{q} -dname CN=app", "keystore-password-option"),
            (f"openssl pkcs12 -export -in c.pem -inkey k.pem -out b.p12 -passout pass:{pw}", "keystore-password-option"),
            (f"nmcli dev wifi connect Office{rng.randint(1, 9)} password {q}{pw}{q}", "nmcli-secret"),
        ]
        if "/" not in pw:
            cases.append((f"net user {name(rng)} {pw} /add /domain", "windows-net-password"))
        for text, rule in cases:
            assert covered(text, pw, rule), text


@pytest.mark.parametrize("seed", SEEDS)
def test_generic_password_options_and_helm_set(seed: int) -> None:
    rng = random.Random(f"cli-generic/{seed}")
    for pw in pw_styles(rng):
        if "," in pw:
            continue
        flag = rng.choice(["--password", "--new-password", "--db-password", "-Password"])
        sep = rng.choice([" ", "="]) if flag.startswith("--") else " "
        text = f"argocd login argocd.acme.io --username admin {flag}{sep}{pw} --grpc-web"
        assert covered(text, pw, "password-long-option"), text
        key = rng.choice(["auth.postgresPassword", "auth.password", "secrets.apiToken", "adminPassword"])
        text = f"helm upgrade --install pg bitnami/postgresql --set architecture=standalone,{key}={pw} --set x=1"
        assert covered(text, pw, "helm-set-secret-value"), text


@pytest.mark.parametrize("text", [
    "ldapsearch -x -D cn=admin,dc=acme,dc=io -W -b dc=acme,dc=io",
    "ldapsearch -x -D cn=admin,dc=acme,dc=io -w $LDAP_BIND_PW -b dc=acme,dc=io",
    "ldapsearch -x -s sub -a always -b dc=acme,dc=io '(uid=bob)'",
    "ipmitool -I lanplus -H bmc1 -U ADMIN -E sdr list",
    "htpasswd -c /etc/nginx/.htpasswd admin",
    "htpasswd -B /etc/apache2/.htpasswd deploy",
    "rabbitmqctl add_user app",
    "net user svc_backup * /add",
    "net user jdoe /domain",
    "keytool -list -keystore app.jks -storepass:env STOREPASS",
    "openssl pkcs12 -export -out b.p12 -passout env:P12_PASS",
    "nmcli dev wifi connect Office --ask",
    "  --password string   Password for the registry",
    "  --password PASSWORD  the password to use",
    '''parser.add_argument("--password", help="database password")''',
    '''subprocess.run(["tool", "--password", password])''',
    '''cmd = f"tool --password={pw}"''',
    "docker login --username ci --password-stdin",
    "helm install pg bitnami/postgresql --set auth.existingSecret=pg-credentials",
    "helm install pg bitnami/postgresql --set auth.postgresPassword=$PG_PASSWORD",
])
def test_cli_look_alikes_are_left(text: str) -> None:
    assert not findings_of(text, ids_of("cli.toml")), text


# --------------------------------------------------------------------------------------- code calls

CALLS = [
    ('req.SetBasicAuth("{u}", "{p}")', "basic-auth-call-password"),
    ("req.basic_auth '{u}', '{p}'", "basic-auth-call-password"),
    ('client.get(url).basic_auth("{u}", Some("{p}")).send().await?;', "basic-auth-call-password"),
    ('r = requests.get(url, auth=("{u}", "{p}"), timeout=10)', "basic-auth-call-password"),
    ('server.login("{u}@acme.io", "{p}")', "login-call-password"),
    ("ftp.login('{u}', '{p}')", "login-call-password"),
    ('Connection c = DriverManager.getConnection("jdbc:mysql://db:3306/shop", "{u}", "{p}");', "db-connect-positional-password"),
    ("$pdo = new PDO('mysql:host=db;dbname=shop', '{u}', '{p}');", "db-connect-positional-password"),
    ('$db = new mysqli("localhost", "{u}", "{p}", "shop");', "db-connect-positional-password"),
    ('$link = mysqli_connect($host, "{u}", "{p}", "shop");', "db-connect-positional-password"),
    ('token = jwt.encode({{"sub": uid}}, "{p}", algorithm="HS256")', "jwt-signing-key-literal"),
    ("const t = jwt.sign({{ sub: user.id }}, '{p}', {{ expiresIn: '1h' }});", "jwt-signing-key-literal"),
    ('Jwts.builder().signWith(SignatureAlgorithm.HS256, "{p}").compact();', "jwt-signing-key-literal"),
    ('sig = hmac.new(b"{p}", body, hashlib.sha256).hexdigest()', "hmac-key-literal"),
    ("const s = crypto.createHmac('sha256', '{p}').update(b).digest('hex');", "hmac-key-literal"),
    ('ks.load(new FileInputStream("app.jks"), "{p}".toCharArray());', "keystore-password-tochararray"),
    ('$pw = ConvertTo-SecureString "{p}" -AsPlainText -Force', "powershell-plaintext-securestring"),
    ('var b = Convert.ToBase64String(Encoding.ASCII.GetBytes("{u}:{p}"));', "basic-auth-literal-encoded"),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("template,rule", CALLS, ids=[f"{r}-{i}" for i, (_, r) in enumerate(CALLS)])
def test_credentials_passed_to_well_known_calls(seed: int, template: str, rule: str) -> None:
    rng = random.Random(f"calls/{template}/{seed}")
    for p in pw_styles(rng):
        if "$" in p or "%" in p:
            continue
        text = template.format(u=name(rng), p=p)
        assert covered(text, p, rule), text


@pytest.mark.parametrize("seed", SEEDS)
def test_tokens_passed_to_header_and_client_calls(seed: int) -> None:
    rng = random.Random(f"calls-tokens/{seed}")
    tok = alnum(rng, rng.choice([32, 40]))
    for text, rule in [
        (f'c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{tok}");', "authentication-header-value-literal"),
        (f'request.setValue("{tok}", forHTTPHeaderField: "X-API-Key")', "http-header-field-value-literal"),
        (f'request.setValue("Bearer {tok}", forHTTPHeaderField: "Authorization")', "http-header-field-value-literal"),
        (f'gh = Github("{tok}")', "api-client-token-positional"),
        (f'var jwtKey = []byte("{tok}")', "go-byte-slice-secret"),
    ]:
        assert covered(text, tok, rule), text


@pytest.mark.parametrize("text", [
    "req.SetBasicAuth(user, pass)",
    'req.SetBasicAuth("admin", os.Getenv("ADMIN_PASSWORD"))',
    'auth=("deploy", os.environ["DEPLOY_PW"])',
    '''req.basic_auth "admin", "#{ENV['PW']}"''',
    "server.login(user, password)",
    "ftp.login('anonymous', 'guest@acme.io')",
    'DriverManager.getConnection(url, "root", System.getenv("DB_PASSWORD"));',
    "$pdo = new PDO($dsn, $user, $pass);",
    "$pdo = new PDO($dsn, 'root', '');",
    'token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")',
    "jwt.sign(payload, process.env.JWT_SECRET)",
    "jwt.sign(payload, 'secret')",
    'jwt.decode(token, options={"verify_signature": False})',
    "sig = hmac.new(key, body, hashlib.sha256).hexdigest()",
    "ks.load(in, password.toCharArray());",
    'char[] HEX = "0123456789abcdef".toCharArray();',
    "$pw = ConvertTo-SecureString $env:ADMIN_PW -AsPlainText -Force",
    'new AuthenticationHeaderValue("Bearer", token)',
    'request.setValue("application/json", forHTTPHeaderField: "Content-Type")',
    'request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")',
    'gh = Github(os.environ["GITHUB_TOKEN"])',
    "btoa(`${user}:${password}`)",
    'Encoding.UTF8.GetBytes("https://acme.io/hooks")',
    "password = get_password(user)  # the password is never logged",
])
def test_code_that_only_names_the_secret_is_left(text: str) -> None:
    assert not findings_of(text, MINE), text


# ------------------------------------------------------------------------------------------ configs

@pytest.mark.parametrize("seed", SEEDS)
def test_config_formats(seed: int) -> None:
    rng = random.Random(f"configs/{seed}")
    for pw in pw_styles(rng):
        bare = pw.replace(":", "").replace("\\", "")
        host = f"{rng.choice(['db', 'pg', 'ledger'])}-{rng.randint(1, 9)}.acme.internal"
        for text, value, rule in [
            (f"{host}:{rng.choice(['5432', '6432', '*'])}:{rng.choice(['ledger', '*'])}:{name(rng)}:{bare}\n", bare, "pgpass-line"),
            (f"[smtp.{rng.choice(['acme.io', 'mail.acme.io'])}]:587 alerts@acme.io:{bare}\n", bare, "postfix-sasl-passwd"),
            (f'network={{\n    ssid="Office"\n    psk="{pw}"\n}}\n', pw, "wifi-psk-config"),
            (f"[wifi-security]\nkey-mgmt=wpa-psk\npsk={pw}\n", pw, "wifi-psk-config"),
            (f'{{ "key": "{rng.choice(["password", "apiKey", "token", "client_secret"])}", "value": "{pw}", "type": "string" }}', pw, "json-name-value-secret"),
            (f'"environment": [{{"name": "DB_PASSWORD", "value": "{pw}"}}]', pw, "json-name-value-secret"),
            (f"env:\n  - name: {rng.choice(['DB_PASSWORD', 'API_TOKEN', 'SMTP_PASS'])}\n    value: \"{pw}\"\n", pw, "yaml-name-value-secret"),
            (f'dsn := "{name(rng)}:{pw}@tcp(db:3306)/ledger?parseTime=true"', pw, "go-mysql-dsn-password"),
            (f'panic: dial tcp: no such host (dsn={name(rng)}:{pw}@tcp(db:3306)/shop)', pw, "go-mysql-dsn-password"),
            (f'buildConfigField "String", "{rng.choice(["DB_PASSWORD", "PARTNER_API_KEY", "SYNC_TOKEN"])}", "\\"{pw}\\""', pw, "android-build-config-secret"),
            (f"account default\nhost smtp.acme.io\npassword {pw}\n", pw, "config-password-directive"),
        ]:
            assert covered(text, value, rule), text
    cookie = alnum(rng, 48) + "|" + str(rng.randint(10**9, 2 * 10**9)) + "|" + alnum(rng, 43)
    for cname in ["_oauth2_proxy", "_pomerium", "CF_Authorization", ".AspNetCore.Cookies"]:
        text = f"Cookie: theme=dark; {cname}={cookie}; lang=en"
        assert covered(text, cookie, "auth-proxy-cookie"), text


@pytest.mark.parametrize("text", [
    "db:5432:ledger:app:*",
    "db:5432:app:app:${PGPASSWORD}",
    "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
    "00:1a:2b:3c:4d:5e",
    "12:30:45",
    "[smtp.acme.io]:587 alerts@acme.io:${SMTP_PASSWORD}",
    "        td.diff_header {text-align:right}",
    'psk="<your passphrase>"',
    "psk=ext:home_wifi_psk",
    '{ "key": "password", "value": "{{password}}", "type": "string" }',
    '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"}',
    '{"name": "nextPageToken", "value": "CAoQAA7xKq9vLm2Wz"}',
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n",
    'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)',
    'buildConfigField "String", "API_KEY", "\\"${apiKey}\\""',
    'buildConfigField "String", "BASE_URL", "\\"https://api.acme.io\\""',
    "password $SMTP_PASSWORD",
    "Cookie: _oauth2_proxy=<cookie>",
])
def test_config_look_alikes_are_left(text: str) -> None:
    assert not findings_of(text, ids_of("configs.toml")), text


# -------------------------------------------------------------------------------- prose and tables

@pytest.mark.parametrize("seed", SEEDS)
def test_passwords_stated_in_prose(seed: int) -> None:
    rng = random.Random(f"prose/{seed}")
    for pw in pw_styles(rng):
        for template in [
            "the password is {p}",
            "The new root password is {p} (rotated this morning), please update the runbook.",
            "pw: {p}",
            "the pwd is {p}",
            "password for the staging box: {p}",
            "Your temporary password is: {p}",
            "guest wifi password is {p}",
            "ssh root@10.0.4.12 (pass: {p})",
            "Password: `{p}`",
        ]:
            text = template.format(p=pw)
            assert covered(text, pw.rstrip(".")), text
        user = name(rng)
        for text in [f"creds are {user}:{pw}", f"login with {user} / {pw}", f"credentials: {user} / {pw}",
                     f"prod db creds -> user `{user}` / pass `{pw}`", f"Credentials for the Grafana admin:\n{user}\n{pw}"]:
            assert covered(text, pw, "prose-credentials-pair") or covered(text, pw, "prose-password-is"), text


@pytest.mark.parametrize("seed", SEEDS)
def test_keys_stated_in_prose(seed: int) -> None:
    rng = random.Random(f"prose-keys/{seed}")
    for tok in (alnum(rng, 32), hexs(rng, 32)):
        for text in [f"the signing secret for the webhook is {tok}",
                     f"I regenerated the api key ({tok}) and pasted it into the dashboard",
                     f"the token is now {tok}"]:
            assert covered(text, tok, "prose-token-is"), text


@pytest.mark.parametrize("text", [
    "the password is stored in vault",
    "the password is required",
    "Password is incorrect, try again.",
    "The password is at least 12 characters long and is hashed with Argon2id.",
    "the password is <redacted>",
    "the key is to keep retries idempotent",
    "the token is stored in the keychain",
    "If that's your intention, pass `allow_module_level=True`.",
    "To that end, pass `tz=None` to the constructor.",
    "Run the seed script then check that every table has rows before you start the server again",
    "login with Google / GitHub",
    "creds are in vault:secret/data/app",
    'server->password = "busybox";',
    "username=admin\npassword=secret123\nhost=db.acme.io",
    "You can pass credentials to the client; the password is read from PGPASSWORD.",
])
def test_ordinary_prose_is_left(text: str) -> None:
    assert not findings_of(text, MINE), text


# the cells of a password / token column of a Markdown or CSV table: the secret_tables detector
# (tests/detectors/test_secret_tables.py)


# ------------------------------------------------------------------------------------------ wallets

#: English words the BIP39 list does not have; the rule ends a phrase at them (prose holds them)
NOT_BIP39 = set("""the and with for are was but not has from your than their which been were would could should
    these those them its our some here while who why how did does may might shall his her him she every is""".split())


def mnemonic(rng: random.Random, n: int) -> list[str]:
    """Made-up lower-case words of 3 to 8 letters: the shape of a BIP39 phrase (the rule has no word list)."""
    words = []
    while len(words) < n:
        w = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4)))[: rng.randint(3, 8)]
        if len(w) >= 3 and w not in NOT_BIP39:
            words.append(w)
    return words


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n", [12, 24])
def test_seed_phrases(seed: int, n: int) -> None:
    rng = random.Random(f"mnemonic/{n}/{seed}")
    words = mnemonic(rng, n)
    phrase = " ".join(words)
    for text, value in [
        (f'MNEMONIC="{phrase}"', phrase),
        (f"these are the words from my ledger backup card: {phrase}", phrase),
        (f"my recovery phrase is  {'  '.join(words)}", "  ".join(words)),
        ("Seed words:\n" + "\n".join(f"{i + 1}. {w}" for i, w in enumerate(words)), "1. " + words[0]),
        ("mnemonic:\n" + "\n".join(" ".join(words[i:i + 4]) for i in range(0, n, 4)), words[0]),
    ]:
        assert covered(text, value, "mnemonic-seed-phrase"), text
    numbered = "Seed words:\n" + "\n".join(f"{i + 1}. {w}" for i, w in enumerate(words))
    assert covered(numbered, words[-1], "mnemonic-seed-phrase")


@pytest.mark.parametrize("text", [
    "Run the seed script then check that every table has rows before you start the server again",
    "seed: 42",
    "the mnemonic is shown once; write down the words and keep them in a safe place offline",
    "MNEMONIC=${WALLET_MNEMONIC}",
    "our seed round closed last month with every investor from the first round back again",
])
def test_seed_phrase_look_alikes_are_left(text: str) -> None:
    assert not findings_of(text, {"mnemonic-seed-phrase"}), text


@pytest.mark.parametrize("seed", SEEDS)
def test_evm_private_keys(seed: int) -> None:
    rng = random.Random(f"evm/{seed}")
    keys = ["0x" + hexs(rng, 64) for _ in range(rng.randint(1, 3))]
    text = "networks: {\n  sepolia: {\n    url: RPC,\n    accounts: [" + ", ".join(f'"{k}"' for k in keys) + "],\n  },\n}"
    for k in keys:
        assert covered(text, k, "evm-accounts-private-keys"), text
    k = "0x" + hexs(rng, 64)
    for text in [f"  deployer: '{k}',", f"PRIVATE_KEY={k}", f"const pk = '{k}'"]:
        assert covered(text, k), text
    assert not findings_of("accounts: [process.env.PRIVATE_KEY]", MINE)


@pytest.mark.parametrize("seed", SEEDS)
def test_solana_keypair_wrapped_in_uint8array(seed: int) -> None:
    rng = random.Random(f"solana/{seed}")
    arr = "[" + ", ".join(str(rng.randrange(256)) for _ in range(64)) + "]"
    text = f"const payer = Keypair.fromSecretKey(Uint8Array.from({arr}));"
    assert covered(text, arr, "solana-keypair-bytes"), text


@pytest.mark.xfail(reason="secret_filters.is_placeholder takes a value made only of short numbers for a "
                          "placeholder, so a bare id.json byte array is dropped (the rule itself matches)")
def test_solana_id_json_bare_array() -> None:
    rng = random.Random("solana-bare")
    arr = "[" + ",".join(str(rng.randrange(256)) for _ in range(64)) + "]"
    text = f"$ cat ~/.config/solana/id.json\n{arr}"
    assert covered(text, arr, "solana-keypair-bytes")


# ------------------------------------------------------------------------- HTTP dumps and ops artefacts

WORDS = ["velvet", "granite", "orchid", "maple", "fjord", "lantern", "pepper", "nimbus", "quartz", "ember"]


def passphrase(rng: random.Random) -> str:
    return "-".join(rng.sample(WORDS, rng.randint(3, 4))) + str(rng.randint(2, 99))


@pytest.mark.parametrize("seed", SEEDS)
def test_multipart_form_field_named_like_a_password(seed: int) -> None:
    rng = random.Random(f"multipart/{seed}")
    boundary = "----WebKitFormBoundary" + alnum(rng, 16)
    old, new = rand_pw(rng), rng.choice([passphrase(rng), human_pw(rng)])
    nl = rng.choice(["\r\n", "\n"])
    body = nl.join([f"Content-Type: multipart/form-data; boundary={boundary}", "", f"--{boundary}",
                    'Content-Disposition: form-data; name="username"', "", "alice", f"--{boundary}",
                    'Content-Disposition: form-data; name="current_password"', "", old, f"--{boundary}",
                    'Content-Disposition: form-data; name="new_password"', "", new, f"--{boundary}--", ""])
    assert covered(body, old) and covered(body, new), body
    assert "alice" in body and not any("alice" in v for _, v in findings_of(body, MINE))
    assert not any(boundary in v for _, v in findings_of(body, MINE | {"high-entropy-assignment"}))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("line", [
    '    proxy_set_header Authorization "Basic {v}";',
    '    RequestHeader set Authorization "Basic {v}"',
    '  http-request set-header Authorization "Basic {v}"',
    "  http-request set-header Authorization 'Bearer {v}'",
])
def test_authorization_header_in_server_configs(seed: int, line: str) -> None:
    import base64

    rng = random.Random(f"srvauth/{seed}/{line}")
    v = base64.b64encode(f"{name(rng)}:{rand_pw(rng)}".encode()).decode()
    text = line.format(v=v)
    assert covered(text, v), text
    assert not findings_of("    proxy_set_header Authorization $http_authorization;", MINE)


@pytest.mark.parametrize("seed", SEEDS)
def test_redis_auth_commands(seed: int) -> None:
    rng = random.Random(f"redis/{seed}")
    pw = rand_pw(rng).replace("\\", "")
    for text in (f"    tcp-check send AUTH\\ {pw}\\r\\n", f"    tcp-check send AUTH\\ {name(rng)}\\ {pw}\\r\\n",
                 f"127.0.0.1:6379> AUTH {pw}"):
        assert covered(text, pw), text
    assert not findings_of("    tcp-check send PING\\r\\n\n127.0.0.1:6379> GET key\n", MINE)


@pytest.mark.parametrize("seed", SEEDS)
def test_terraform_state_outputs_and_plans(seed: int) -> None:
    rng = random.Random(f"terraform/{seed}")
    out, result, new = rng.choice([passphrase(rng), rand_pw(rng)]), rand_pw(rng), rng.choice([human_pw(rng), passphrase(rng)])
    state = (
        '{\n  "version": 4,\n  "lineage": "%s-%s-4%s-8%s-%s",\n  "outputs": {\n'
        '    "db_endpoint": {"value": "db.acme.internal:5432", "type": "string"},\n'
        '    "admin_password": {\n      "value": "%s",\n      "type": "string",\n      "sensitive": true\n    }\n  },\n'
        '  "resources": [{"mode": "managed", "type": "random_password", "name": "admin",\n'
        '    "instances": [{"attributes": {"length": 16, "result": "%s"}}]}]\n}\n'
    ) % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 3), hexs(rng, 3), hexs(rng, 12), out, result)
    assert covered(state, out) and covered(state, result), state
    found = [v for _, v in findings_of(state, set(r.id for r in RULES))]
    assert not any("db.acme.internal" in v or "-4" in v and len(v) == 36 for v in found), found  # endpoint, lineage
    plan = f'      ~ "DB_PASSWORD" = "{rand_pw(rng)}" -> "{new}"\n      ~ instance_type = "t3.micro" -> "t3.large"\n'
    assert covered(plan, new), plan
    assert not any("t3.large" in v for _, v in findings_of(plan, MINE))


@pytest.mark.parametrize("seed", SEEDS)
def test_xml_password_elements_take_human_passwords(seed: int) -> None:
    rng = random.Random(f"xmlpw/{seed}")
    for v in (human_pw(rng).rstrip("0123456789") + str(rng.randint(10, 99)), passphrase(rng), rand_pw(rng)):
        for tag in ("password", "passphrase"):
            text = f"<server>\n  <id>nexus</id>\n  <{tag}>{v}</{tag}>\n</server>"
            assert covered(text, v), text
    assert not findings_of("<password>${env.NEXUS_PASSWORD}</password>", MINE)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_passphrase_after_a_secret_key_name(seed: int) -> None:
    rng = random.Random(f"secretkey/{seed}")
    v = passphrase(rng)
    for line in (f"      MINIO_SECRET_KEY: {v}", f"clientSecret={v}", f"export APP_SECRET='{v}'"):
        assert covered(line, v), line
    assert not findings_of("    secret_name: app-credentials-ledger\n", set(r.id for r in RULES))


@pytest.mark.parametrize("seed", SEEDS)
def test_public_key_ids_and_urls_are_not_secrets(seed: int) -> None:
    rng = random.Random(f"keyid/{seed}")
    fp = hexs(rng, 40).upper()
    everything = set(r.id for r in RULES)
    for text in (f"ENV GPG_KEY={fp}", f"ENV PYTHON_GPG_KEY {fp}", f"gpg --recv-keys {fp}",
                 f'signing_key_id = "{fp[-16:]}"', "  TOKEN_ENDPOINT: https://oauth2.acme.io/token",
                 f"Content-Type: multipart/form-data; boundary=----WebKitFormBoundary{alnum(rng, 16)}"):
        assert not findings_of(text, everything), text
    secret = hexs(rng, 40)
    assert covered(f"ACME_API_KEY={secret}", secret)  # 40 hex digits under any other name stay a secret


@pytest.mark.parametrize("seed", SEEDS)
def test_a_passphrase_in_a_password_or_signing_key_argument(seed: int) -> None:
    """A generic rule of a password or signing-key type found the slot: a passphrase there is the secret,
    though its words-and-hyphens shape alone reads as a kebab-case identifier."""
    rng = random.Random(f"passphrase-slot/{seed}")
    v = passphrase(rng)
    for line in (f'client.login("deploy", "{v}")', f'req.SetBasicAuth("admin", "{v}")',
                 f'var jwtKey = []byte("{v}")', f'token = jwt.encode(payload, "{v}", algorithm="HS256")'):
        assert covered(line, v), line
    assert not findings_of(f'page = client.get("{v}")\n', set(r.id for r in RULES))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_password_with_a_type_annotation(seed: int) -> None:
    """pydantic settings, TypeScript, Kotlin, Swift, Rust and Go declare the type between name and value."""
    rng = random.Random(f"typed-pw/{seed}")
    for v in pw_styles(rng) + [passphrase(rng)]:
        for line in (f'    db_password: str = "{v}"', f'  private password: string = "{v}";', f'val dbPassword: String = "{v}"',
                     f'const DB_PASSWORD: &str = "{v}";', f'var dbPassword string = "{v}"'):
            assert covered(line, v), line
    assert not findings_of('    password_hint: str = "your pets name"\n    db_password: str = ""\n', set(r.id for r in RULES))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_repl_echo_of_an_expression_naming_a_secret(seed: int) -> None:
    rng = random.Random(f"repl/{seed}")
    v = rng.choice([rand_pw(rng), alnum(rng, 32), human_pw(rng)])
    for transcript in (f'>>> os.environ["DB_PASSWORD"]\n\'{v}\'\n', f"In [7]: settings.api_key\nOut[7]: '{v}'\n",
                       f"> process.env.DEPLOY_TOKEN\n'{v}'\n", f"irb(main):002:0> ENV['SMTP_PASSWORD']\n=> \"{v}\"\n"):
        assert covered(transcript, v), transcript
    assert not findings_of(">>> os.environ['HOME']\n'/home/app'\n>>> len(token)\n40\n", MINE)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_random_literal_given_to_a_client_constructor(seed: int) -> None:
    """An SDK's key as its client's first argument, whatever the vendor; identifiers and URLs there are not keys."""
    rng = random.Random(f"client-ctor/{seed}")
    v = alnum(rng, rng.randint(24, 48))
    for line in (f'client = Client("{v}")', f"const api = new PagerApi('{v}')", f'let c = Api::new("{v}");',
                 f'svc = AcmeService(api_key="{v}")'):
        assert covered(line, v), line
    for line in ('client = Client("https://api.acme.io/v2")', 'session = Session("ledger_reporting_production")'):
        assert not findings_of(line, set(r.id for r in RULES)), line
