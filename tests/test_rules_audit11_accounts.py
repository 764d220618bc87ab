"""Audit 11, accounts: the login account where configs, command lines and logs name it, read from each tool's
documented syntax (Ansible inventories, credential pairs in YAML / INI / .env / JSON, NuGet.config, systemd
units, Terraform, user definitions in Salt / Ansible / cloud-init / Puppet, rabbitmqctl, useradd and friends,
Boundary / Vault / helm / NuGet / kubectl logins, SQL account statements, LDAP filters, DNs and LDIF,
PostgreSQL / pgbouncer / MySQL / MongoDB logs, pg_hba.conf, Windows Security events, coredumpctl and id, URL
queries, DiscordChatExporter exports, auth tuples and login calls in code); and what names nobody (system,
daemon and service accounts, placeholders, variables, type names). Accounts are made up at test time from a
seeded generator."""
import random

import pytest

from promptscrub import validators as v
from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

RNG = random.Random("audit11-accounts")
SCRUBBER = build_scrubber(Config())


def account() -> str:
    word = "".join(RNG.choice("bdfgklmnprstvz") + RNG.choice("aeiou") for _ in range(RNG.randint(2, 3)))
    return RNG.choice([RNG.choice("abcdfhjkmrstw") + word, RNG.choice("abcdfhjkmrstw") + "." + word, word + str(RNG.randint(2, 99))])


def password() -> str:
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(14)) + "#7"


def redact(text: str) -> str:
    return SCRUBBER.redact(text, Vault()).text


def usernames(text: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.type == "USERNAME"]


# one template per class; {u} is the account (every occurrence must go), {p} a password
CASES = {
    "an Ansible inventory's ansible_user / ansible_ssh_user": (
        "[app]\napp-{n} ansible_host=10.8.1.{n} ansible_ssh_user={u}\n\n[app:vars]\nansible_user={u}\nansible_port=2200\n"),
    "a dbt profile's user: beside its password:": (
        "analytics:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n      account: ab{n}cd.eu-central-1\n"
        "      user: {U}\n      password: \"{p}\"\n      warehouse: WH_XS\n"),
    "a CI pipe's USER: variable beside PASSWORD:": (
        "pipelines:\n  default:\n    - step:\n        script:\n          - pipe: atlassian/ftp-deploy:0.7.1\n"
        "            variables:\n              USER: {u}\n              PASSWORD: $FTP_PASSWORD\n              SERVER: ftp.example.net\n"),
    "a login action's with: username: beside password:": (
        "      - uses: docker/login-action@v3\n        with:\n          registry: registry.example.net\n"
        "          username: {u}\n          password: ${{{{ secrets.REGISTRY_PASSWORD }}}}\n"),
    "a Kubernetes basic-auth Secret's stringData username:": (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-creds\ntype: kubernetes.io/basic-auth\n"
        "stringData:\n  username: {u}\n  password: {p}\n"),
    "a NuGet.config source's Username": (
        "<packageSourceCredentials>\n  <internal>\n    <add key=\"Username\" value=\"{u}\" />\n"
        "    <add key=\"ClearTextPassword\" value=\"{p}\" />\n  </internal>\n</packageSourceCredentials>\n"),
    "a systemd unit's User=": (
        "[Unit]\nDescription=Report sync\nAfter=network-online.target\n\n[Service]\nType=simple\nUser={u}\n"
        "ExecStart=/usr/local/bin/report-sync\n"),
    "a Terraform plan's user attribute": (
        "  # mysql_grant.reporting will be created\n  + resource \"mysql_grant\" \"reporting\" {{\n"
        "      + database   = \"reports\"\n      + host       = \"%\"\n      + privileges = [\"SELECT\"]\n      + user       = \"{u}\"\n    }}\n"),
    "a Terraform aws_iam_user's name": "resource \"aws_iam_user\" \"person\" {{\n  name = \"{u}\"\n  path = \"/staff/\"\n}}\n",
    "a Salt users pillar's account key": (
        "users:\n  {u}:\n    fullname: Some Person\n    shell: /bin/bash\n    groups: [sudo]\n    ssh_auth:\n      - ssh-ed25519 AAAAC3Nza x\n"),
    "a cloud-init user's name:": "#cloud-config\nusers:\n  - name: {u}\n    gecos: Some Person\n    shell: /bin/bash\n",
    "a Puppet user resource": "user {{ '{u}':\n  ensure     => present,\n  managehome => true,\n}}\n",
    "rabbitmqctl add_user and its output": "$ rabbitmqctl add_user {u} '{p}'\nAdding user \"{u}\" ...\nDone. Don't forget to grant the user permissions.\n",
    "useradd, usermod and sudo -u": "$ sudo useradd -m -s /bin/bash {u}\n$ sudo usermod -aG docker {u}\n$ sudo -u {u} -i\n",
    "htpasswd's user": "$ htpasswd -B /etc/nginx/.htpasswd {u}\nNew password:\n",
    "chown's owner": "$ sudo chown -R {u}:staff /srv/reports\n",
    "SQL account statements": (
        "CREATE USER '{u}'@'10.1.%' IDENTIFIED BY '{p}';\nGRANT SELECT ON reports.* TO '{u}'@'10.1.%';\n"
        "-- and on the PostgreSQL side\nCREATE ROLE {u} WITH LOGIN PASSWORD '{p}';\n"),
    "Boundary's -login-name": (
        "$ boundary authenticate password -auth-method-id ampw_{n}Ab3kZ -login-name {u} -password env://BOUNDARY_PW\n"),
    "Vault's userpass login": "$ vault login -method=userpass username={u}\nPassword (will be hidden):\n",
    "helm repo add --username": "$ helm repo add internal https://charts.example.net --username {u} --password '{p}'\n",
    "kubectl's --docker-username": (
        "kubectl create secret docker-registry regcred --docker-server=registry.example.net --docker-username={u} --docker-password={p}\n"),
    "an ldapsearch filter and its entry comment": (
        "$ ldapsearch -x -H ldaps://ldap.example.net -b \"ou=People,dc=example,dc=net\" \"(uid={u})\"\n"
        "# {u}, People, example.net\ndn: uid={u},ou=People,dc=example,dc=net\nobjectClass: inetOrgPerson\nuid: {u}\n"),
    "a PostgreSQL log's %u@%d prefix and connection line": (
        "2025-02-03 10:11:12.345 UTC [{n}] {u}@reports LOG:  connection authorized: user={u} database=reports\n"),
    "a MySQL general log's Connect line": "2025-02-03T10:11:12.000001Z\t   {n} Connect\t{u}@10.1.2.{n} on reports using TCP/IP\n",
    "a MySQL slow log's User@Host header": "# User@Host: {u}[{u}] @ app-{n} [10.1.2.{n}]  Id:    {n}\n",
    "pg_hba.conf's user column": "# TYPE  DATABASE  USER  ADDRESS  METHOD\nhost    reports   {u}   10.1.2.{n}/32   scram-sha-256\n",
    "a MongoDB log's principalName": (
        "{{\"c\":\"ACCESS\",\"msg\":\"Authentication failed\",\"attr\":{{\"mechanism\":\"SCRAM-SHA-256\","
        "\"principalName\":\"{u}\",\"authenticationDatabase\":\"admin\"}}}}\n"),
    "a Windows event's TargetUserName": (
        "<EventData>\n  <Data Name=\"SubjectUserName\">WS{n}$</Data>\n  <Data Name=\"TargetUserName\">{u}</Data>\n"
        "  <Data Name=\"TargetDomainName\">EXAMPLE</Data>\n</EventData>\n"),
    "coredumpctl's UID and GID": "           PID: {n}0 (report-sync)\n           UID: 1000 ({u})\n           GID: 1000 ({u})\n        Signal: 11 (SEGV)\n",
    "a logged URL's ?user=": "127.0.0.1 - - [03/Feb/2025:10:11:12 +0000] \"POST /api/session?user={u} HTTP/1.1\" 401 19\n",
    "a DiscordChatExporter author line": "[2/3/2025 9:{n:02d} PM] {u}\nthe bot stopped answering again\n\n",
    "a requests auth tuple": ">>> r = requests.get(\"https://api.example.net/v1/me\", auth=(\"{u}\", \"{p}\"))\n",
    "a connect call's user= beside password=": "conn = snowflake.connector.connect(account='ab{n}cd', user='{U}', password=pw)\n",
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_account_is_redacted(name):
    for _ in range(3):
        u, n = account(), RNG.randint(10, 59)
        text = CASES[name].format(u=u, U=u.upper(), p=password(), n=n)
        out = redact(text)
        assert u not in out and u.upper() not in out, out


def test_a_nuget_clear_text_password_is_a_secret():
    p = password()
    text = f'<add key="Username" value="{account()}" />\n<add key="ClearTextPassword" value="{p}" />\n'
    assert any(text[f.start:f.end] == p and f.category == "secret" for f in SCRUBBER.find(text))


CLEAN = {
    "system, daemon and image accounts": (
        "[web]\nweb-1 ansible_host=10.0.0.5 ansible_user=ubuntu\n[Service]\nUser=www-data\n"
        "$ sudo -u postgres psql\nuser: postgres\npassword: hunter2hunter2\n"
        "2025-02-03 10:11:12 UTC [811] postgres@postgres LOG:  checkpoint starting\n"
        "<Data Name=\"TargetUserName\">SYSTEM</Data>\n           UID: 0 (root)\n"),
    "service accounts and built-in logins": (
        "user: svc-reports\npassword: x\nelasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"x\"\n"
        "EMAIL_HOST_USER = \"apikey\"\nEMAIL_HOST_PASSWORD = \"x\"\n\"principalName\":\"__system\"\n"),
    "variables, templates and placeholders": (
        "ansible_user: \"{{ lookup('env', 'USER') }}\"\nDB_USER=$POSTGRES_USER\nDB_PASSWORD=$POSTGRES_PASSWORD\n"
        "username: ${{ github.actor }}\npassword: ${{ secrets.GITHUB_TOKEN }}\n(uid=%s)\n(uid={0})\n"
        "rabbitmqctl add_user <username> <password>\n<add key=\"Username\" value=\"%NUGET_USER%\" />\n"),
    "app accounts in an image": "FROM python:3.12-slim\nRUN groupadd -r svc && useradd -r -g svc -m nonroot\nUSER nonroot\nRUN useradd -m webuser\n",
    "code: expressions, type names and a task's name": (
        "username = form.cleaned_data\npassword = form.password_field\n"
        "class Login(BaseModel):\n    username: str\n    password: SecretStr\n"
        "auth=(user, password)\nserver.login(user, pw)\n- name: Build\n  shell: bash\n  run: make\n"),
    "prose and routes": (
        "Set ansible_user in the inventory, then use passwd to change your password.\n"
        "You can create user accounts for them, then CREATE USER MAPPING FOR each.\n"
        "GET /api/users?user=me HTTP/1.1\n/login?login=true\n# note, people, this is prose\n"),
}


@pytest.mark.parametrize("name", list(CLEAN))
def test_no_account_is_found(name):
    assert usernames(CLEAN[name]) == []


@pytest.mark.parametrize("value", ["www-data", "ec2-user", "kibana_system", "svc-reports", "ledger_app", "WS042$", "__system",
                                   "postmaster@mg.example.net", "nightlybuild", "string", "true",
                                   "dbuser", "user2", "wordpress"])
def test_a_system_or_service_account_is_no_account_name(value):
    assert not v.account_name(value)


@pytest.mark.parametrize("value", ["kvanlier", "m.okafor", "ARJUNK", "tj_osei", "r.talbot", "m.okafor@corp.example.net"])
def test_a_person_like_account_is_one(value):
    assert v.account_name(value)
