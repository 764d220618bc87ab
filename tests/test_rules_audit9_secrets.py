"""Secret shapes from the ninth leak audit, every value generated here from a seeded RNG: passwords in
credential formats that carry no "password =" (a PgBouncer userlist, Keycloak and 1Password JSON, a
CloudFormation NoEcho parameter's Default, LDAP bind_pw / bindpw, SOAP WS-Security, NickServ IDENTIFY),
SASL credentials in an SMTP trace, a session cookie in a Netscape cookie jar, an Anaconda channel token,
a token in JSON escaped twice (a localStorage dump), an AWS account id in an ARN whose region is a
template; and what must stay quiet: UUIDs listed as the ids they are."""
from __future__ import annotations

import base64
import hashlib
import random
import string
import uuid

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(5)
B62 = string.ascii_letters + string.digits
LOWER36 = string.ascii_lowercase + string.digits
BANNED = ("test", "fake", "exam", "sampl", "dumm", "demo", "pass", "key", "your", "here", "xxx", "secret", "token")


def token(rng: random.Random, alphabet: str, n: int) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if sum(c.isdigit() for c in s) >= 2 and any(c.isalpha() for c in s) and not any(b in s.lower() for b in BANNED):
            return s


def password(rng: random.Random) -> str:
    """A person's password: a capitalised word, a year, a symbol."""
    word = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randrange(2, 4)))
    return word.capitalize() + str(rng.randrange(1960, 2010)) + rng.choice("!?#*")


def generated(rng: random.Random) -> str:
    """A generated password: letters and digits with symbols inside."""
    return token(rng, B62, 6) + rng.choice("*_.~+") + token(rng, B62, 8) + rng.choice("!*-") + token(rng, B62, 4)


def secrets_of(text: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.category == "secret"]


def found(text: str, category: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.category == category]


def redacted(text: str, value: str) -> bool:
    return any(value in s for s in secrets_of(text))


# -- PgBouncer auth_file --------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_every_password_of_a_pgbouncer_userlist_is_redacted_plain_md5_or_scram(seed):
    rng = random.Random(seed)
    plain, human = generated(rng), password(rng)
    md5 = "md5" + hashlib.md5((human + "reporting").encode()).hexdigest()
    salt = base64.b64encode(rng.randbytes(16)).decode()
    stored, server = (base64.b64encode(rng.randbytes(32)).decode() for _ in range(2))
    scram = f"SCRAM-SHA-256$4096:{salt}${stored}:{server}"
    text = (f"$ sudo cat /etc/pgbouncer/userlist.txt\n\"ledger_app\" \"{plain}\"\n\"vkrol\" \"{human}\"\n"
            f"\"reporting\" \"{md5}\"\n\"replica\" \"{scram}\"\n$ psql -h 127.0.0.1 -p 6432 -U vkrol ledger\n")
    for value in (plain, human, md5, scram):
        assert redacted(text, value)


def test_quoted_pairs_that_are_no_userlist_are_left_alone():
    text = '"Content-Type" "application/json"\n    "%s" "%d\\n"\n"ledger_app" "${PGBOUNCER_PASSWORD}"\n'
    assert secrets_of(text) == []


# -- typed JSON credentials ----------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_keycloak_realm_export_credential_is_redacted(seed):
    pw = password(random.Random(seed))
    text = ('{\n  "users": [\n    {\n      "username": "vkrol",\n      "enabled": true,\n      "credentials": [\n'
            f'        {{\n          "type": "password",\n          "value": "{pw}",\n          "temporary": false\n'
            '        }\n      ]\n    }\n  ]\n}\n')
    assert redacted(text, pw)


@pytest.mark.parametrize("label", ["password", "api key", "recovery code"])
def test_a_concealed_field_of_op_item_get_is_redacted_whatever_its_label(label):
    value = generated(random.Random(label))
    text = ('$ op item get "Ledger prod" --format json\n{\n  "fields": [\n'
            '    {\n      "id": "username",\n      "type": "STRING",\n      "label": "username",\n      "value": "ops"\n    },\n'
            f'    {{\n      "id": "{token(random.Random(label), LOWER36, 26)}",\n      "type": "CONCEALED",\n'
            f'      "purpose": "PASSWORD",\n      "label": "{label}",\n      "value": "{value}"\n    }}\n  ]\n}}\n')
    assert secrets_of(text) == [value]


def test_a_password_typed_form_field_without_a_value_is_left_alone():
    text = '{"type": "password", "label": "Password", "placeholder": "Enter your password", "value": ""}'
    assert secrets_of(text) == []


# -- CloudFormation NoEcho ------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_the_default_of_a_noecho_parameter_is_redacted_in_either_order(seed):
    rng = random.Random(seed)
    first, second = generated(rng), token(rng, B62, 24)
    text = ("Parameters:\n  DBMasterPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n"
            f"    Default: '{first}'\n  PartnerToken:\n    Type: String\n    Default: {second}\n    NoEcho: 'true'\n"
            "  Env:\n    Type: String\n    Default: staging\n")
    assert redacted(text, first) and redacted(text, second)
    assert not redacted(text, "staging")


def test_the_default_of_a_noecho_parameter_in_a_json_template_is_redacted():
    value = generated(random.Random(11))
    text = f'"Parameters": {{"DbPassword": {{"Type": "String", "NoEcho": "true", "MinLength": "8", "Default": "{value}"}}}}'
    assert secrets_of(text) == [value]


def test_the_default_of_the_next_parameter_is_not_taken_for_the_noecho_one():
    value = f"ledger-{random.Random(12).randrange(100, 999)}-blue"
    text = ("  DBMasterPassword:\n    Type: String\n    NoEcho: true\n  ReleaseLabel:\n    Type: String\n"
            f"    Default: {value}\n")
    assert not redacted(text, value)


# -- LDAP bind passwords ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "ldap:\n  uri: ldaps://ldap.acme.io:636\n  bind_dn: cn=salt,ou=services,dc=acme,dc=io\n  bind_pw: {pw}\n",
    "# /etc/nslcd.conf\nbinddn cn=nslcd,dc=acme,dc=io\nbindpw {pw}\n",
    "[domain/acme.io]\nldap_default_authtok = {pw}\n",
    "olcRootPW: {pw}\n",
    "LDAP_BIND_PW='{pw}'\n",
])
def test_an_ldap_bind_password_is_redacted(line):
    pw = generated(random.Random(line))
    assert redacted(line.format(pw=pw), pw)


def test_an_ldap_bind_password_from_a_variable_or_a_hash_is_left_alone():
    text = "bind_pw: ${LDAP_BIND_PW}\nbindpw {SSHA}Xk3vQ9pLm2Wr7TzB4nYcQ9pLm2W=\nbind_pw: \"{{ vault_ldap_bind_pw }}\"\n"
    assert [s for s in secrets_of(text) if "SSHA" not in s] == []


# -- SOAP WS-Security ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_ws_security_password_with_a_type_attribute_is_redacted(seed):
    pw = generated(random.Random(seed))
    text = ('<wsse:UsernameToken>\n  <wsse:Username>svc_ledger</wsse:Username>\n  <wsse:Password Type="http://docs.'
            'oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">'
            f'{pw}</wsse:Password>\n</wsse:UsernameToken>')
    assert secrets_of(text) == [pw]


# -- IRC services --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "2025-04-02 19:11:40\tvkrol\t/msg NickServ IDENTIFY {pw}",
    "[19:11] <vkrol> /msg NickServ IDENTIFY vkrol {pw}",
    "/ns identify {pw}",
    "PRIVMSG NickServ :IDENTIFY {pw}",
    "/msg NickServ GHOST vkrol {pw}",
    "/msg ChanServ IDENTIFY #ledger-ops {pw}",
])
def test_a_password_sent_to_irc_services_is_redacted(command):
    pw = password(random.Random(command))
    assert redacted(command.format(pw=pw), pw)


def test_irc_services_commands_without_a_password_are_left_alone():
    text = "/msg NickServ GHOST vkrol\n/msg NickServ INFO vkrol\n/msg NickServ IDENTIFY <password>\n"
    assert secrets_of(text) == []


# -- SMTP AUTH -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_smtp_auth_plain_in_a_protocol_trace_is_redacted(seed):
    pw = password(random.Random(seed))
    blob = base64.b64encode(f"\0alerts@acme.io\0{pw}".encode()).decode()
    text = f"220 mx.acme.io ESMTP\nEHLO [10.0.4.7]\n250-mx.acme.io\n250 AUTH PLAIN LOGIN\nAUTH PLAIN {blob}\n235 2.7.0 ok\n"
    assert secrets_of(text) == [blob]


def test_the_password_line_of_smtp_auth_login_is_redacted():
    pw = base64.b64encode(generated(random.Random(21)).encode()).decode()
    user = base64.b64encode(b"alerts@acme.io").decode()
    text = f"AUTH LOGIN\n334 VXNlcm5hbWU6\n{user}\n334 UGFzc3dvcmQ6\n{pw}\n235 2.7.0 Authentication successful\n"
    assert redacted(text, pw)


def test_the_server_advertising_auth_mechanisms_is_left_alone():
    assert secrets_of("250-AUTH PLAIN LOGIN CRAM-MD5\n250 AUTH=PLAIN LOGIN\nAUTH PLAIN\n535 5.7.8 failed\n") == []


# -- cookie jars, conda channels, escaped JSON -------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_the_session_cookie_of_a_netscape_cookie_jar_is_redacted(seed):
    rng = random.Random(seed)
    session = token(rng, LOWER36, 48)
    text = ("# Netscape HTTP Cookie File\n# This file was generated by libcurl! Edit at your own risk.\n\n"
            f"#HttpOnly_ci.acme.io\tFALSE\t/\tTRUE\t{rng.randrange(1_770_000_000, 1_790_000_000)}\tsessionid\t{session}\n"
            ".acme.io\tTRUE\t/\tFALSE\t1790000000\ttheme\tdark-contrast-v2\n")
    assert secrets_of(text) == [session]


@pytest.mark.parametrize("seed", SEEDS)
def test_the_token_of_an_anaconda_channel_url_is_redacted(seed):
    value = token(random.Random(seed), LOWER36, 30)
    text = f"channels:\n  - https://conda.anaconda.org/t/{value}/ledger\n  - conda-forge\nssl_verify: true\n"
    assert secrets_of(text) == [value]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_token_in_json_escaped_twice_is_redacted(seed):
    value = token(random.Random(seed), B62 + "-_", 64)
    q = '\\\\\\"'  # a quote escaped twice, as JSON.stringify(localStorage) writes a persisted store's
    text = ('{\n  "persist:root": "{\\"auth\\": \\"{' + q + 'accessToken' + q + ': ' + q + value + q
            + ', ' + q + 'expiresIn' + q + ': 3600}\\"}",\n  "theme": "dark"\n}\n')
    assert redacted(text, value)


# -- AWS account ids in templated ARNs ------------------------------------------------------------------------

@pytest.mark.parametrize("arn", [
    "!Sub 'arn:aws:rds:${{AWS::Region}}:{acct}:subgrp:private'",
    "!Sub arn:${{AWS::Partition}}:sqs:${{AWS::Region}}:{acct}:ledger-events",
    'resources = ["arn:aws:sns:${{var.region}}:{acct}:alerts"]',
    '"Resource": "arn:aws:logs:*:{acct}:log-group:/ecs/ledger:*"',
])
def test_the_account_id_of_an_arn_with_a_templated_region_is_redacted(arn):
    acct = str(random.Random(arn).randrange(200_000_000_000, 999_999_999_999))
    assert acct in found(arn.format(acct=acct), "internal")


# -- UUIDs are ids ---------------------------------------------------------------------------------------------

def test_uuids_listed_by_their_version_are_left_alone():
    rng = random.Random(5)
    v4 = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    v7 = "0196" + str(uuid.UUID(int=rng.getrandbits(128)))[4:14] + "7" + str(uuid.UUID(int=rng.getrandbits(128)))[15:]
    text = f"Identifiers in the fixtures\n\nuuid v4   {v4}\nuuid v7   {v7}\nulid      01JT3ZK8W4M6Q2N9R5C7B1D0FA\n"
    assert secrets_of(text) == []


def test_a_token_that_is_a_uuid_under_a_token_name_stays_redacted():
    value = str(uuid.UUID(int=random.Random(6).getrandbits(128), version=4))
    assert secrets_of(f"SNYK_TOKEN={value}\n") == [value]
