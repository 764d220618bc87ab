"""Audit 28 (log and observability pastes): the values real log formats print that were left in clear, and the
ids, numbers and paths of the same formats that were read as secrets, cards or phones.

Every line here is written from the formats' documentation (HAProxy's captured headers, syslog/journal lines of
cron, su, PAM, logind and sudo, the Common Log Format, Apache and nginx auth_basic errors, OIDC claims, Keycloak
events, Redis MONITOR, Postfix, PostgreSQL errors, Kafka records, Datadog events, `env` dumps), and every value is
drawn at test time from a seeded random (never stored), so no case is the audit's."""
from __future__ import annotations

import random
import string
import uuid

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(4)
B62 = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
#: surnames and given names from the census lists the names detector uses (a login is made of them)
SURNAMES = ["walker", "okafor", "lindqvist", "moreau", "kowalski", "haugen", "ferreira", "brennan", "novak", "tanaka",
            "schmidt", "larsen", "romero", "petrova", "adeyemi", "dubois"]
GIVEN = ["priya", "mateo", "ingrid", "tomasz", "olumide", "chloe", "kenji", "nadia", "lukas", "amara", "sofia", "rahul"]


def finds(text: str) -> list:
    return SCRUBBER.find(text)


def covered(text: str, value: str, category: str | None = None, type_: str | None = None) -> bool:
    """The whole value is inside one finding (of that category / type, when given)."""
    start = text.index(value)
    return any(f.start <= start and f.end >= start + len(value) and (category is None or f.category == category)
               and (type_ is None or f.type == type_) for f in finds(text))


def touched(text: str, value: str, start: int | None = None) -> bool:
    """Some finding covers a character of the value."""
    start = text.index(value) if start is None else start
    return any(f.start < start + len(value) and f.end > start for f in finds(text))


#: the log line after the one looked at (a rule's end-of-line must see a line break, not only the end of the text)
NEXT_LINE = "\n2025-06-18 19:16:35,002 INFO  [main] next request\n"


def token(rng: random.Random, n: int, alphabet: str = B62) -> str:
    while True:
        v = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def login(rng: random.Random) -> str:
    """A person's login as directories make them: initial + surname, surname + initial, given name + digits,
    given.surname."""
    g, s = rng.choice(GIVEN), rng.choice(SURNAMES)
    return rng.choice([g[0] + s, s + g[0], f"{g}{rng.randint(2, 99)}", f"{g}.{s}"])


def public_ip(rng: random.Random) -> str:
    while True:
        a = rng.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# -- a provider's name before another field, or inside another word ---------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_saas_name_before_another_field_names_no_key_and_loses_a_tie(seed: int) -> None:
    rng = random.Random(f"saas/{seed}")
    rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    # an Apollo GraphQL server's log line: "apollo" is the server, requestId an id two fields on
    text = f"2025-03-0{seed + 1}T10:00:00Z [apollo] operation=GetInvoice requestId={rid} tenant=t{seed}"
    assert not touched(text, rid), text
    # .AspNetCore holds "netcore", a provider's name, as a part of a word: the framework's own cookie rule says what
    # its value is (the provider-name guess loses the tie)
    value = "CfDJ8" + token(rng, 60, B62 + "_-")
    text = f"Cookie: lang=en; .AspNetCore.Cookies={value}"
    assert covered(text, value, "secret", "SESSION_COOKIE"), text
    # the provider's own key stays found
    key = token(rng, 32)
    for text in (f"APOLLO_API_KEY={key}", f"zendesk token {key}"):
        assert covered(text, key, "secret"), text


# -- HAProxy's captured cookies ------------------------------------------------------------------------------------

def haproxy_line(rng: random.Random, capture: str) -> str:
    return (f"{rng.choice(['Jan', 'Apr', 'Sep'])} 1{rng.randint(0, 9)} 03:{rng.randint(10, 59)}:07 lb1 "
            f"haproxy[{rng.randint(100, 9999)}]: {public_ip(rng)}:{rng.randint(1024, 65535)} "
            f"[11/Jan/2025:03:39:38.{rng.randint(100, 999)}] fe_https~ be_app/app-{rng.randint(1, 9)} 0/0/1/{rng.randint(5, 900)}/"
            f"{rng.randint(5, 900)} 200 {rng.randint(100, 9000)} - - ---- 5/4/3/1/0 0/0 {capture} \"GET /v1/orders HTTP/1.1\"")


def cookie_values(rng: random.Random) -> list[tuple[str, str]]:
    hexid = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return [
        ("JSESSIONID", hexid),
        ("PHPSESSID", token(rng, 26, LOWER_DIGITS)),
        ("sessionid", token(rng, 32, LOWER_DIGITS)),
        ("connect.sid", f"s%3A{token(rng, 32, B62 + '_-')}.{token(rng, 43, B62)}%3D"),
        ("_shop_session", f"{token(rng, 60, B62)}%2F{token(rng, 30, B62)}--{token(rng, 40, '0123456789abcdef')}"),
        (".AspNetCore.Cookies", "CfDJ8" + token(rng, 120, B62 + "_-")),
    ]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("layout", ["{{{host}|{c}|{ip}}}", "{{{c}|{host}}}", "{{{host}|{c}}} {{}}"])
def test_haproxy_captured_cookie_values_are_session_cookies(seed: int, layout: str) -> None:
    rng = random.Random(f"haproxy/{seed}/{layout}")
    for name, value in cookie_values(rng):
        ip = public_ip(rng)
        capture = layout.format(host=f"api.shop{seed}.io", c=f"{name}={value}", ip=ip)
        text = haproxy_line(rng, capture)
        assert covered(text, value, "secret", "SESSION_COOKIE"), text
        if ip in capture:  # the next captured field is its own
            assert covered(text, ip, "pii", "IP_ADDRESS"), text


# -- account names in syslog / journal lines -----------------------------------------------------------------------

def syslog_prefix(rng: random.Random, program: str) -> str:
    return (f"{rng.choice(['Feb', 'Jun', 'Oct'])} {rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:"
            f"{rng.randint(10, 59)} {rng.choice(['web-2', 'bastion', 'db-1'])} {program}[{rng.randint(100, 60000)}]:")


SYSLOG_LINES = [
    "{cron} ({u}) CMD (/usr/local/bin/report.sh --since {n})",
    "{su} (to root) {u} on pts/{d}",
    "{su} FAILED SU (to root) {u} on pts/{d}",
    "{sudo} pam_unix(sudo:auth): authentication failure; logname={u} uid={n} euid=0 tty=/dev/pts/{d} ruser={u} rhost=  user={u}",
    "{sshd} pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={u}",
    "{su} pam_unix(su:session): session opened for user root(uid=0) by {u}(uid={n})",
    "{sudo} pam_unix(sudo:auth): auth could not identify password for [{u}]",
    "{logind} New session {n} of user {u}.",
    "{systemd} Started session-{d}.scope - Session {d} of User {u}.",
    "{sudo}    {u} : 3 incorrect password attempts ; TTY=pts/{d} ; PWD=/tmp ; USER=root ; COMMAND=/bin/bash",
    "{sshd} Connection closed by authenticating user {u} {ip} port {n} [preauth]",
    "{sshd} Disconnected from invalid user {u} {ip} port {n} [preauth]",
    "{sshd} User {u} from {ip} not allowed because not listed in AllowUsers",
    "{sshd} error: PAM: Authentication failure for {u} from {ip}",
    '{docker} time="2025-05-12T10:02:27Z" level=info msg="login to registry registry.build{d}.lan as {u}"',
    "{app} INFO Logging in to ldap.corp{d}.io:636 as {u}",
]


def each_use_is_a_username(text: str, u: str) -> bool:
    """Every time the account is named (as a whole word), a USERNAME finding covers it."""
    found, start = finds(text), 0
    while (start := text.find(u, start)) >= 0:
        end = start + len(u)
        if not (text[start - 1:start].isalnum() or text[end:end + 1].isalnum()):
            if not any(f.start <= start and f.end >= end and f.type == "USERNAME" for f in found):
                return False
        start = end
    return True


@pytest.mark.parametrize("line", SYSLOG_LINES)
def test_an_account_in_a_syslog_line_is_a_username_not_a_system_account(line: str) -> None:
    for seed in SEEDS:
        rng = random.Random(f"syslog/{seed}/{line}")
        progs = {p: syslog_prefix(rng, p) for p in ("su", "sudo", "sshd", "systemd", "docker", "app")}
        progs.update(cron=syslog_prefix(rng, rng.choice(["CRON", "crond"])), logind=syslog_prefix(rng, "systemd-logind"))
        fields = dict(n=rng.randint(1000, 65000), d=rng.randint(0, 9), ip=public_ip(rng), **progs)
        u = login(rng)
        text = line.format(u=u, **fields) + NEXT_LINE  # a line of a log: the next one follows
        assert each_use_is_a_username(text, u), text
        # system and service accounts name no one
        for account in ("root", "www-data", "deploy", "svc-backup", "nobody", "gdm"):
            text = line.format(u=account, **fields)
            assert not any(f.type == "USERNAME" for f in finds(text)), text


def test_words_after_as_and_hosts_that_are_none_are_no_account() -> None:
    text = 'dockerd[41]: time="2025-05-12T10:02:27Z" level=info msg="login to registry reg.acme.lan as hkessler"'
    assert each_use_is_a_username(text, "hkessler")
    for text in ("logged in to the portal as usual", "connected to db.acme.lan as expected",
                 "Logging in to github.com as a guest", "cron[611]: (CRON) INFO (pidfile fd = 3)",
                 "systemd-logind[611]: Removed session 412."):
        assert not any(f.type == "USERNAME" for f in finds(text)), text


# -- the authenticated user of a web server's logs ---------------------------------------------------------------------

def clf_date(rng: random.Random) -> str:
    return (f"{rng.randint(10, 28)}/{rng.choice(['Jan', 'May', 'Aug', 'Nov'])}/2025:{rng.randint(10, 23)}:"
            f"{rng.randint(10, 59)}:{rng.randint(10, 59)} {rng.choice(['+0000', '+0100', '-0500'])}")


def ipv6(rng: random.Random) -> str:
    return "2a0" + str(rng.randint(1, 9)) + ":" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(7))


WEB_AUTH_LINES = [
    '{ip} - {u} [{date}] "GET /admin/reports HTTP/1.1" 200 {n} "-" "curl/8.5.0"',
    '{ip6} - {u} [{date}] "POST /cgi-bin/export.cgi HTTP/2.0" 403 {n}',
    'shop.acme.io:443 {ip} - {u} [{date}] "GET / HTTP/1.1" 304 0 "-" "Mozilla/5.0"',
    '[Sat Jan 25 14:42:08.303306 2025] [auth_basic:error] [pid {n}] [client {ip}:{n}] AH01617: user {u}: authentication failure for "/admin": Password Mismatch',
    '[Sat Jan 25 14:42:08.303306 2025] [auth_basic:error] [pid {n}] [client {ip}:{n}] AH01618: user {u} not found: /admin',
    '2025/01/25 14:42:08 [error] {n}#{n}: *{n} user "{u}" was not found in "/etc/nginx/.htpasswd", client: {ip}, server: shop.acme.io',
    '2025/01/25 14:42:08 [error] {n}#{n}: *{n} user "{u}": password mismatch, client: {ip}, server: shop.acme.io',
]


@pytest.mark.parametrize("line", WEB_AUTH_LINES)
def test_the_user_of_an_access_or_auth_error_log_is_a_username(line: str) -> None:
    for seed in SEEDS:
        rng = random.Random(f"web/{seed}/{line}")
        fields = dict(ip=public_ip(rng), ip6=ipv6(rng), date=clf_date(rng), n=rng.randint(100, 9000))
        u = login(rng)
        text = line.format(u=u, **fields) + NEXT_LINE  # a line of a log: the next one follows
        assert each_use_is_a_username(text, u), text
        for account in ("admin", "root", "nobody"):  # stays, as does an empty field
            text = line.format(u=account, **fields)
            assert not any(f.type == "USERNAME" for f in finds(text)), text
    text = WEB_AUTH_LINES[0].format(u="-", ip="81.2.69.160", date="10/Oct/2025:13:55:36 -0700", n=12)
    assert not any(f.type == "USERNAME" for f in finds(text)), text


# -- identity providers' claims and events -------------------------------------------------------------------------------

IDP_LINES = [
    'DEBUG [org.keycloak.protocol.oidc] (executor-thread-{d}) id_token claims: {{"sub":"{sub}","email_verified":true,'
    '"name":"Ana Lima","preferred_username":"{u}","email":"{mail}"}}',
    '{{"iss": "https://idp.acme.io/", "preferred_username": "{u}", "scope": "openid profile"}}',
    'INFO event: {{"requestContext": {{"authorizer": {{"claims": {{"email": "{mail}", "cognito:username": "{u}"}}}}}}}}',
    "claims={{'aud': 'web', 'unique_name': '{u}', 'tid': '{sub}'}}",
    '"body": "{{\\"preferred_username\\":\\"{u}\\",\\"sid\\":\\"{sub}\\"}}"',
    'WARN  [org.keycloak.events] (executor-thread-{d}) type="LOGIN_ERROR", realmId="{sub}", realmName="staff", '
    'clientId="web-app", userId="null", ipAddress="{ip}", error="invalid_user_credentials", auth_method="openid-connect", username="{u}"',
    "WARN  [org.keycloak.events] type=LOGIN_ERROR, realmId={sub}, clientId=web-app, userId=null, ipAddress={ip}, "
    "error=user_not_found, auth_method=openid-connect, auth_type=code, username={u}, authSessionParentId={sub}",
]


@pytest.mark.parametrize("line", IDP_LINES)
def test_an_identity_providers_login_claim_is_a_username(line: str) -> None:
    for seed in SEEDS:
        rng = random.Random(f"idp/{seed}/{line}")
        fields = dict(sub=str(uuid.UUID(int=rng.getrandbits(128), version=4)), d=rng.randint(1, 40), ip=public_ip(rng),
                      mail=f"{rng.choice(GIVEN)}{rng.randint(1, 99)}@mail{seed}.example")
        u = login(rng)
        text = line.format(u=u, **fields) + NEXT_LINE  # a line of a log: the next one follows
        assert each_use_is_a_username(text, u), text
        for account in ("admin", "service-account-web-app", "svc-reports"):
            text = line.format(u=account, **fields)
            assert not any(f.type == "USERNAME" for f in finds(text)), text


# -- values inside Redis keys (redis-cli MONITOR) ----------------------------------------------------------------------

def monitor(rng: random.Random, *args: str) -> str:
    return (f"{rng.randint(1700000000, 1760000000)}.{rng.randint(100000, 999999)} [0 10.{rng.randint(0, 255)}."
            f"{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.randint(1024, 65535)}] " + " ".join(f'"{a}"' for a in args))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_session_id_in_a_session_stores_key_is_a_secret(seed: int) -> None:
    rng = random.Random(f"redis-sess/{seed}")
    sid = token(rng, 32, LOWER_DIGITS)
    spring = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    for text, value in [
        (monitor(rng, "SETEX", f"sess:{sid}", "1209600", '{\\"user_id\\":42}'), sid),
        (monitor(rng, "GET", f"shop:session:{sid}"), sid),
        (monitor(rng, "HGETALL", f"spring:session:sessions:{spring}"), spring),
        (f"127.0.0.1:6379> GET PHPREDIS_SESSION:{sid}", sid),
    ]:
        assert covered(text, value, "secret"), text
    for text in (monitor(rng, "KEYS", "sess:*"), monitor(rng, "DEL", "session:cleanup_queue_worker"), "session: 3600"):
        assert not any(f.category == "secret" for f in finds(text)), text


@pytest.mark.parametrize("seed", SEEDS)
def test_an_address_in_a_quoted_key_is_an_ip(seed: int) -> None:
    rng = random.Random(f"redis-ip/{seed}")
    for key in ("ratelimit:{ip}", "rl:{ip}:login", "rl:login:{ip}", "throttle:api:{ip}"):
        ip = public_ip(rng)
        text = monitor(rng, "INCR", key.format(ip=ip))
        assert covered(text, ip, "pii", "IP_ADDRESS"), text
    # a time or a port before the colon, an image's tag: no address
    for text in ("at 12:81.2.69.160", "image: nginx:1.25.3.1", '"OID:1.3.6.1.4.1"'):
        assert not any(f.type == "IP_ADDRESS" for f in finds(text)), text


# -- mail servers' login fields ------------------------------------------------------------------------------------------

MAIL_LINES = [
    "{ts} mx1 postfix/smtpd[{n}]: {qid}: client=unknown[{ip}], sasl_method={m}, sasl_username={u}",
    "{ts} mx1 postfix/submission/smtpd[{n}]: warning: unknown[{ip}]: SASL {m} authentication failed: UGFzc3dvcmQ6, sasl_username={u}",
    "{ts} mail dovecot: imap-login: Login: user=<{u}>, method={m}, rip={ip}, lip=10.0.0.5, mpid={n}, TLS",
]


@pytest.mark.parametrize("line", MAIL_LINES)
def test_a_mail_servers_login_field_is_a_username(line: str) -> None:
    for seed in SEEDS:
        rng = random.Random(f"mail/{seed}/{line}")
        fields = dict(ts=f"Jun {rng.randint(10, 28)} 22:{rng.randint(10, 59)}:08", n=rng.randint(100, 60000),
                      qid="".join(rng.choice("0123456789ABCDEF") for _ in range(10)), ip=public_ip(rng),
                      m=rng.choice(["LOGIN", "PLAIN"]))
        u = login(rng)
        text = line.format(u=u, **fields) + NEXT_LINE  # a line of a log: the next one follows
        assert each_use_is_a_username(text, u), text
        for account in ("noreply", "postmaster", "svc-mailer"):
            text = line.format(u=account, **fields)
            assert not any(f.type == "USERNAME" for f in finds(text)), text


# -- passwords of a word or two and a number, in the places logs put them ---------------------------------------------

WORDS = ["lantern", "cobalt", "meadow", "harbor", "summit", "willow", "canyon", "ember", "rocket", "quartz", "tulip",
         "fjord", "raven", "maple", "falcon", "orbit"]


def word_number_password(rng: random.Random) -> str:
    """Words joined by one separator, the number glued to the last (lantern.cobalt42, maple-harbor7)."""
    sep = rng.choice(".-_")
    return sep.join(rng.sample(WORDS, rng.choice([2, 2, 3]))) + str(rng.randint(2, 99)) + rng.choice(["", "", "!"])


PASSWORD_PLACES = [
    "[2025-08-28, 11:15:05 UTC] {{subprocess.py:75}} INFO - Running command: ['/usr/bin/bash', '-c', "
    "'PGPASSWORD={p} psql -h db{d}.acme.lan -U etl -d dwh -c \"select 1\"']",
    "PGPASSWORD={p} pg_dump -h db{d}.acme.lan -U etl dwh > /tmp/dwh.sql",
    '{{"level": "error", "message": "SMTP auth failed for user ops{d}@acme.example with password {p} on smtp.acme.example:587", '
    '"service": "billing"}}',
    "        env:\n        - name: SMTP_HOST\n          value: smtp.acme.example\n        - name: SMTP_PASSWORD\n"
    '          value: "{p}"\n        - name: LOG_LEVEL\n          value: info',
]


@pytest.mark.parametrize("place", PASSWORD_PLACES)
def test_a_word_and_number_password_in_a_passwords_place_is_a_secret(place: str) -> None:
    for seed in SEEDS:
        rng = random.Random(f"wordpw/{seed}/{place}")
        pw = word_number_password(rng)
        text = place.format(p=pw, d=seed)
        assert covered(text, pw, "secret"), text



# -- a generated value with `_` or `-` between letters and no digit --------------------------------------------------

def letters_with_separators(rng: random.Random, n: int) -> str:
    while True:
        v = "".join(rng.choice(string.ascii_letters) for _ in range(n))
        cuts = sorted(rng.sample(range(3, n - 3), 3))
        for k, c in enumerate(cuts):
            v = v[:c + k] + rng.choice("_-") + v[c + k:]
        if any(c.islower() for c in v) and any(c.isupper() for c in v):
            return v


@pytest.mark.parametrize("seed", SEEDS)
def test_letters_with_underscores_and_no_digit_after_a_secrets_name_are_a_secret(seed: int) -> None:
    rng = random.Random(f"letters/{seed}")
    for template, n in (("DEBUG:app.auth:client config client_secret={v}", 36), ("password={v}", 30),
                        ("  api_token: {v}", 40), ("db password = {v}", 18)):
        v = letters_with_separators(rng, n)
        text = template.format(v=v)
        assert covered(text, v, "secret"), text
    for text in ("token = My_Tokenizer_State_Machine_Factory", "password: Password_Encoder_Factory"):
        assert not any(f.category == "secret" for f in finds(text)), text


# -- a rejected token echoed in parentheses ------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_token_echoed_after_a_rejection_is_a_secret(seed: int) -> None:
    rng = random.Random(f"echo/{seed}")
    for template in (
        '2025-07-10T22:11:17.853Z [apollo] upstream users-{d}.acme.lan responded 401 with header www-authenticate: '
        'Bearer error="invalid_token" (sent {t})',
        "WARN [auth] invalid api key for tenant {d} (got '{t}')",
        "ERROR token rejected by introspection endpoint (received {t})",
    ):
        t = token(rng, rng.randint(30, 48), B62 + "_-")
        text = template.format(t=t, d=seed)
        assert covered(text, t, "secret"), text
    for text in ("token refresh failed (sent /oauth2/v2.0/token)", 'Bearer error="invalid_token" (sent 3 retries)',
                 "invalid token (got org.acme.auth.TokenValidator)"):
        assert not any(f.category == "secret" for f in finds(text)), text


# -- a date of birth in a PostgreSQL failing row -------------------------------------------------------------------------

def a_birth_date(rng: random.Random) -> str:
    return f"{rng.randint(1940, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_birth_date_in_a_failing_row_of_a_person_is_a_date(seed: int) -> None:
    rng = random.Random(f"failing-row/{seed}")
    dob = a_birth_date(rng)
    g, s = rng.choice(GIVEN).capitalize(), rng.choice(SURNAMES).capitalize()
    mail = f"{g.lower()}.{s.lower()}{rng.randint(1, 99)}@mail{seed}.example"
    n = rng.randint(1000, 99999)
    # the row holds an e-mail address: a person's row
    text = ('sqlalchemy.exc.IntegrityError: (psycopg2.errors.NotNullViolation) null value in column "tax_id" violates '
            f'not-null constraint\nDETAIL:  Failing row contains ({n}, {g} {s}, {mail}, null, {dob}).\n')
    assert covered(text, dob, "pii"), text
    # the error names a birth column
    text = (f'ERROR:  new row for relation "patients" violates check constraint "patients_birth_date_check"\n'
            f"DETAIL:  Failing row contains ({n}, {g[0]}. {s}, {dob}, t).\n")
    assert covered(text, dob, "pii"), text
    # a recent date, a timestamp, a row of no person: no birth date
    for text in (f"DETAIL:  Failing row contains ({n}, {g} {s}, {mail}, 2023-0{seed + 1}-11).",
                 f"DETAIL:  Failing row contains ({n}, {g} {s}, {mail}, {dob} 10:01:02+00).",
                 f"DETAIL:  Failing row contains ({n}, SKU-{n}, {dob}, null)."):
        assert not any(f.type == "DATE" for f in finds(text)), text


# -- ids read as secrets ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_uuids_and_request_ids_in_log_messages_stay(seed: int) -> None:
    rng = random.Random(f"ids/{seed}")
    u = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    ids = [u() for _ in range(6)]
    lines = [
        f"[05:56:{10 + seed} ERR] Payment {ids[0]} failed for card ending 4242 (holder unknown)",
        f'    "message": "retrying charge {ids[1]} after timeout ({rng.randint(100, 9000)}ms)",',
        f'      {{\n        "name": "x-request-id",\n        "value": "{ids[2]}"\n      }},',
        f'{{"name": "X-Amzn-Trace-Id", "value": "Root=1-{rng.getrandbits(32):08x}-{ids[3].replace("-", "")[:24]}"}}',
        f"Failed record: ConsumerRecord(topic = orders.v1, partition = {seed}, leaderEpoch = 7, offset = {rng.randint(10**6, 10**9)}, "
        f"CreateTime = 1741766533765, serialized key size = 36, serialized value size = 80, headers = RecordHeaders(headers = [], "
        f'isReadOnly = false), key = {ids[4]}, value = {{"status": "NEW"}})',
        f"2025-07-10T22:11:15.592Z [apollo] operation=UpdateCustomer requestId={ids[5]} tenant=t{seed}",
    ]
    for text in lines:
        assert not any(f.category == "secret" for f in finds(text)), text
    # a key's value in the same places is still one
    for text, key in [(f"the partner api key {ids[0]} was revoked", ids[0]),
                      (f'{{"name": "x-api-key", "value": "{ids[1]}"}}', ids[1]),
                      (f'- name: VAULT_SECRET_ID\n  value: "{ids[2]}"', ids[2]),
                      (f"HEROKU_API_KEY {ids[3]}", ids[3])]:
        assert covered(text, key, "secret"), text


# -- ids, offsets and timestamps read as cards ----------------------------------------------------------------------------

def luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    from promptscrub.validators import luhn_ok
    while True:
        body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
        for d in string.digits:
            if luhn_ok(body + d):
                return body + d


@pytest.mark.parametrize("seed", SEEDS)
def test_offsets_span_ids_and_short_visa_like_numbers_are_no_cards(seed: int) -> None:
    rng = random.Random(f"cards/{seed}")
    span = luhn_number(rng, "4", 19)
    offset = luhn_number(rng, "4", 12)
    seq = luhn_number(rng, "6011", 16)
    for text, value in [
        (f'      "span_id": "{span}",\n      "trace_id": "{rng.getrandbits(63)}",', span),
        (f"ConsumerRecord(topic = orders.v1, partition = {seed}, leaderEpoch = 4, offset = {offset}, CreateTime = 1759000458177)", offset),
        (f"committed offset {offset} for partition orders-{seed}", offset),  # a 12-digit number starting 4 is no Visa
        (f"event_seq={seq} stream=payments", seq),
    ]:
        assert not any(f.type == "CREDIT_CARD" for f in finds(text)), text
    # a card is still a card, under its own name too
    card = luhn_number(rng, "4", 16)
    for text in (f"paid with card {card}", f'"card_number": "{card}"', f"card_id={card}"):
        assert covered(text, card, "pii", "CREDIT_CARD"), text


# -- an access log's status and size beside a phone in the request ----------------------------------------------------

def us_phone(rng: random.Random) -> str:
    import phonenumbers
    while True:
        n = f"{rng.choice(['212', '303', '415', '646', '818'])}{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse("+1" + n)):
            return n


@pytest.mark.parametrize("seed", SEEDS)
def test_an_access_logs_status_and_size_are_no_phone(seed: int) -> None:
    rng = random.Random(f"status/{seed}")
    for encode in (lambda n: f"%2B1{n}", lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}", lambda n: f"%28{n[:3]}%29+{n[3:6]}-{n[6:]}"):
        n = us_phone(rng)
        status, size = rng.choice([200, 204, 302, 404, 502]), rng.randint(1000, 9999)
        text = (f'{public_ip(rng)} - - [{clf_date(rng)}] "POST /cgi-bin/register.cgi?name=Ana+Lima&phone={encode(n)} '
                f'HTTP/{rng.choice(["1.1", "2.0"])}" {status} {size}')
        tail = f"{status} {size}"
        assert not touched(text, tail, text.rindex(tail)), text
        assert any(f.type == "PHONE" for f in finds(text)), text  # the phone in the request is still one


# -- sudo's working directory -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_sudos_working_directory_is_no_password(seed: int) -> None:
    rng = random.Random(f"pwd/{seed}")
    u = login(rng)
    for pwd in ("/srv/app", "/var/log/nginx", "/opt/releases/current", f"/home/{u}"):
        text = (f"{syslog_prefix(rng, 'sudo')}    {rng.choice(['deploy', u])} : TTY=pts/{seed} ; PWD={pwd} ; USER=root ; "
                "COMMAND=/usr/bin/tail -n 200 /var/log/nginx/error.log")
        assert not any(f.category == "secret" for f in finds(text)), text
        if pwd.startswith("/home/"):  # the home directory still names its account
            assert covered(text, u, "pii", "USERNAME"), text
    pw = "/" + token(rng, 10) + "!"
    text = f"DRIVER={{ODBC Driver 18}};PWD={pw};UID=sa;SERVER=db{seed}"
    assert covered(text, pw, "secret"), text


# -- an env dump's next line is not the rest of a secret ------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_an_env_dumps_next_variable_is_not_swallowed_by_a_secret(seed: int) -> None:
    rng = random.Random(f"env/{seed}")
    # two secret lines of the same width (a terminal width "seen twice" to the wrap detector), each followed by a line
    # that starts with a token character
    key = "NRAK-" + token(rng, 27, string.ascii_uppercase + string.digits)
    npm = "npm_" + token(rng, 36)
    lines = [f"NEW_RELIC_API_KEY={key}", f"NODE_VERSION=2{seed}.11.1", f"NPM_TOKEN={npm}".ljust(len(f"NEW_RELIC_API_KEY={key}"), "x"),
             "TZ=UTC", f"MAILGUN_API_KEY=key-{token(rng, 32, '0123456789abcdef')}",
             f"MAILGUN_API_KEY=key-{token(rng, 32, '0123456789abcdef')}", f"APP_VERSION=1.{seed}.0", "HOME=/root"]
    text = "\n".join(lines) + "\n"
    for f in finds(text):
        assert "\n" not in text[f.start:f.end], (text[f.start:f.end], text)
    for plain in (f"NODE_VERSION=2{seed}.11.1", "TZ=UTC", f"APP_VERSION=1.{seed}.0"):
        assert not touched(text, plain), text


@pytest.mark.parametrize("word", ["costar", "lantern", "pebble", "rocket"])
def test_an_interactive_sudo_names_its_person_whatever_the_login(word: str) -> None:
    rng = random.Random(f"sudo-word/{word}")
    text = (f"{syslog_prefix(rng, 'sudo')}    {word} : TTY=pts/{rng.randint(0, 9)} ; PWD=/home/{word} ; USER=root ; "
            f"COMMAND=/usr/bin/systemctl restart app{NEXT_LINE}")
    assert each_use_is_a_username(text, word), text
    # no terminal (cron, a service): an ordinary word stays a service's name
    text = f"{syslog_prefix(rng, 'sudo')}    {word} : TTY=unknown ; PWD=/srv/{word} ; USER=root ; COMMAND=/usr/bin/id"
    assert not any(f.type == "USERNAME" for f in finds(text)), text
