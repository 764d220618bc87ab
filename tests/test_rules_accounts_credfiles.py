"""Account names in credential files whose passwords the secret rules already take, end to end through
``promptscrub scan``: the user field of a .pgpass line, user= of a MySQL option file, username = of a
.pypirc, the login of a .netrc entry, and (already covered, kept from regressing) the user of a
.git-credentials URL and of a Docker config.json. Generic, system and token logins stay in clear. User
names and passwords are made up here at test time."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest

RNG = random.Random(2611)  # fixed: the made-up names are the same on every run
GENERIC = ["root", "postgres", "admin", "ubuntu", "ec2-user", "git", "www-data", "nobody", "deploy", "jenkins", "mysql"]


def scan(text: str) -> list[tuple[str, str]]:
    out = subprocess.run([sys.executable, "-m", "promptscrub", "scan", "-f", "jsonl", "-"], input=text,
                         capture_output=True, text=True, encoding="utf-8", check=False).stdout
    return [(f["type"], text[f["start"]:f["end"]]) for f in map(json.loads, out.splitlines())]


def users(found: list[tuple[str, str]]) -> list[str]:
    return [value for kind, value in found if kind == "USERNAME"]


def word(rng: random.Random = RNG) -> str:
    return "".join(rng.choice("bdfgkmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 3)))


def account(rng: random.Random = RNG) -> str:
    """A made-up personal account name (kowale, bira.tuno, ...), never a generic one."""
    while True:
        name = word(rng) + rng.choice(["", ".", "", "_"]) + word(rng)[:4]
        if not re.search("user|login|test", name) and name not in GENERIC:
            return name


def password(rng: random.Random = RNG) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(chars) for _ in range(12)) + rng.choice("#!%") + str(rng.randint(10, 99))


def host(rng: random.Random = RNG) -> str:
    return f"{word(rng)}-{rng.randint(1, 9)}.{word(rng)}.lan"


# ------------------------------------------------------------------------------------------ .pgpass

def test_pgpass_user_field() -> None:
    people = [account() for _ in range(3)]
    secrets = [password() for _ in people]
    text = (f"# ~/.pgpass\n{host()}:5432:{word()}:{people[0]}:{secrets[0]}\n"
            f"*:*:*:{people[1]}:{secrets[1]}\n"
            f"10.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.7:{RNG.randint(1024, 65535)}:*:{people[2]}:{secrets[2]}\r\n")
    found = scan(text)
    assert users(found) == people
    for secret in secrets:  # the password stays the secret rule's
        assert any(value.strip() == secret for kind, value in found if kind != "USERNAME"), (secret, found)


@pytest.mark.parametrize("generic", GENERIC)
def test_pgpass_generic_user_is_left(generic: str) -> None:
    assert users(scan(f"{host()}:5432:{word()}:{generic}:{password()}\n")) == []


@pytest.mark.parametrize("template", [
    "{h}:5432:{d}:{u}:{p}:extra\n",          # six fields: not a pgpass line
    "{h}:port:{d}:{u}:{p}\n",                # the port is digits or *
    "12:30:45:{u}:{p}\n",                    # a time, not a host
    "{u}:x:1001:1001:{d}:/home/x:/bin/sh\n",  # /etc/passwd
    "{h}:5432:{d}:my_user:{p}\n",            # a placeholder
])
def test_not_a_pgpass_user(template: str) -> None:
    user = account()
    text = template.format(h=host(), d=word(), u=user, p=password())
    assert [u for u in users(scan(text)) if u in (user, "my_user")] == []


# --------------------------------------------------------------------------------- MySQL option file

@pytest.mark.parametrize("section", ["client", "mysql", "mysqldump"])
@pytest.mark.parametrize("assign", ["user={}", "user = {}", 'user = "{}"'])
def test_mysql_option_file_user(section: str, assign: str) -> None:
    user = account()
    text = f"# ~/.my.cnf\n[{section}]\nhost = {host()}\n{assign.format(user)}\npassword = {password()}\n"
    assert users(scan(text)) == [user]


def test_mysql_user_beside_a_password_line() -> None:
    before, after = account(), account()
    text = (f"host={host()}\nuser={before}\npassword={password()}\n\n"
            f"password = {password()}\nport = 3306\nuser = {after}\n")
    assert users(scan(text)) == [before, after]


def test_my_ini_with_crlf() -> None:
    user = account()
    text = f"[client]\r\nport=3306\r\nuser={user}\r\npassword={password()}\r\n"
    assert users(scan(text)) == [user]


@pytest.mark.parametrize("template", [
    "[mysqld]\nuser={u}\ndatadir=/var/lib/mysql\n",       # the server's run-as account, no client section
    "[server]\nuser={u}\n",
    "user={u}\nhost=db1\n",                              # a bare user= with no cue
    "[client]\nhost=db1\n[other]\nuser={u}\n",           # the client section ended
])
def test_not_a_mysql_client_user(template: str) -> None:
    assert users(scan(template.format(u=account()))) == []


@pytest.mark.parametrize("generic", GENERIC)
def test_mysql_generic_user_is_left(generic: str) -> None:
    assert users(scan(f"[client]\nuser={generic}\npassword={password()}\n")) == []


# ------------------------------------------------------------------------------------------ .pypirc

def test_pypirc_username() -> None:
    person, other = account(), account()
    text = ("[distutils]\nindex-servers =\n    pypi\n    testpypi\n    internal\n\n"
            f"[pypi]\nusername = {person}\npassword = {password()}\n\n"
            f"[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = pypi-{password()}\n\n"
            f"[internal]\nrepository = https://{host()}/repository/pypi/\nusername: {other}\npassword: {password()}\n")
    assert users(scan(text)) == [person, other]


@pytest.mark.parametrize("generic", GENERIC + ["__token__"])
def test_pypirc_generic_username_is_left(generic: str) -> None:
    assert users(scan(f"[pypi]\nusername = {generic}\npassword = {password()}\n")) == []


def test_username_outside_pypirc_is_left() -> None:
    assert users(scan(f"[tool.settings]\nusername = {account()}\n")) == []


# ------------------------------------------------------------------------------------------- .netrc

def test_netrc_login() -> None:
    one, spread, first = account(), account(), account()
    text = (f"machine {host()} login {one} password {password()}\n"
            f"machine {host()}\n    login {spread}\n    password {password()}\n"
            f"machine {host()} password {password()} login {first}\n")
    assert users(scan(text)) == [one, spread, first]


@pytest.mark.parametrize("login", GENERIC + ["anonymous", "__token__", "oauth2", "x-access-token"])
def test_netrc_generic_login_is_left(login: str) -> None:
    assert users(scan(f"machine {host()} login {login} password {password()}\n")) == []


def test_machine_login_in_prose_is_left() -> None:
    assert users(scan(f"the machine {word()} login {account()} page was slow\n")) == []


# ------------------------------------------------------------ .git-credentials, Docker config.json

def test_git_credentials_and_docker_config_users() -> None:
    git_user, docker_user, auth_user = account(), account(), account()
    text = (f"https://{git_user}:{password()}@{host()}\n"
            + json.dumps({"auths": {host(): {"username": docker_user, "password": password()},
                                    host(): {"username": auth_user, "auth": "ZHVtbXk6" + password()}}}, indent=2))
    assert users(scan(text)) == [git_user, docker_user, auth_user]
