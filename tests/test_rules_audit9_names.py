"""Audit 9, names and accounts: account names where tools print them (ansible -vvv, ssh -v, PostgreSQL and
MySQL errors, well-known clients' user options, CIFS mounts and credentials files, Maven's settings.xml,
pgbouncer's userlist, WeeChat logs, bare home directories); people's names in a Java toString, a Spring
validation error, a SAML assertion, a form-urlencoded body, Markdown bold, after a family role, and in
Japanese, Korean and Arabic; and what is no person nor place (sports clubs, a Haskell type, a time-zone id, a
publisher). Names and accounts are made up at test time from a seeded generator."""
import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

RNG = random.Random("audit9-names")
SCRUBBER = build_scrubber(Config())


def account() -> str:
    word = "".join(RNG.choice("bdfgklmnprstvz") + RNG.choice("aeiou") for _ in range(RNG.randint(2, 3)))
    return RNG.choice([RNG.choice("abcdfhjkmrstw") + word, RNG.choice("abcdfhjkmrstw") + "." + word, word + str(RNG.randint(2, 99))])


def redact(text: str) -> str:
    from promptscrub.vault import Vault

    return SCRUBBER.redact(text, Vault()).text


def found(text: str, type_: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.type == type_]


@pytest.mark.parametrize("template", [
    "<10.0.4.7> ESTABLISH SSH CONNECTION FOR USER: {u}\n<10.0.4.7> SSH: EXEC ssh -C -o ControlPersist=60s -o User=\"{u}\" 10.0.4.7 '/bin/sh -c'\n",
    "debug1: Connection established.\ndebug1: Authenticating to bastion.example.net:22 as '{u}'\ndebug3: send packet: type 50\n",
    "psql: error: connection to server failed: FATAL:  password authentication failed for user \"{u}\"\n",
    "ERROR 1045 (28000): Access denied for user '{u}'@'10.0.0.5' (using password: YES)\n",
    "$ psql -h 127.0.0.1 -p 6432 -U {u} ledger\n",
    "$ mysql -h db1 -u {u} -p ledger\n",
    "$ docker login -u {u} registry.example.net\n",
    "$ ./sync --server http://10.0.0.5:8080 --user {u}\n2025/03/11 09:12:44 connected as {u}\n",
    "- OS: Ubuntu 24.04 (home dir `/home/{u}`)\n",
    "//fs01/scans  /mnt/scans  cifs  username={u},password=Hq7zN3kLp2Wm,uid=1000  0  0\n",
    "username={u}\npassword=Hq7zN3kLp2Wm\ndomain=EXAMPLE\n",
    "<server><id>nexus</id><username>{u}</username><password>Hq7zN3kLp2Wm</password></server>\n",
    "$ cat /etc/pgbouncer/userlist.txt\n\"app\" \"Hq7zN3kLp2Wm\"\n\"{u}\" \"Wq9zKx2LpT7m\"\n\"pgbouncer\" \"md5c81aaba2fa948bcb338cdf567aa3efe0\"\n",
    "$ cat userlist.txt\n\"app\" \"Hq7zN3kLp2Wm\"\n\"{u}\" \"Wq9zKx2LpT7m\"\n",
])
def test_an_account_name_where_a_tool_prints_it_is_redacted(template):
    for _ in range(4):
        u = account()
        out = redact(template.format(u=u))
        assert u not in out, out


def test_every_nick_of_a_weechat_log_is_redacted():
    a, b = account().replace(".", "_"), account().replace(".", "_")
    log = (f"2025-03-11 21:02:14\t-->\t{a} (~{a}@10.0.0.5) has joined #ops\n"
           f"2025-03-11 21:02:40\t{a}\tanyone seen the deploy fail?\n"
           f"2025-03-11 21:03:02\t{b}\t{a}: paste your config\n")
    out = redact(log)
    assert a not in out and b not in out, out


@pytest.mark.parametrize("text", [
    "$ pip install --user requests\n", "$ systemctl --user restart pipewire\n", "cd /home/ubuntu\n",
    "GET /home/index HTTP/1.1\n", "FATAL:  password authentication failed for user \"postgres\"\n",
    "<10.0.4.7> ESTABLISH SSH CONNECTION FOR USER: None\n", "2025/03/11 09:12:44 connected as expected\n",
    "$ docker login -u $REGISTRY_USER --password-stdin ghcr.io\n", "<username>${env.NEXUS_USER}</username>\n",
    "2025-03-11 21:04:10\tNickServ\tYou are now identified\n",
])
def test_generic_accounts_flags_and_placeholders_are_no_account(text):
    assert found(text, "USERNAME") == []


def person() -> tuple[str, str]:
    def word() -> str:
        return "".join(RNG.choice("bdfgklmnprstvz") + RNG.choice("aeiou") for _ in range(RNG.randint(2, 3))).capitalize()
    return word(), word()


@pytest.mark.parametrize("template", [
    "request body was PayoutRequest(holderName={f} {l}, email=a@example.org, iban=x)",
    "Field error in object 'payoutRequest' on field 'holderName': rejected value [{f} {l}]; codes [Size]",
    '<saml2:Attribute Name="lastName"><saml2:AttributeValue>{l}</saml2:AttributeValue></saml2:Attribute>',
    "payment_status=Completed&first_name={f}&last_name={l}&payer_email=x%40example.org",
    '{{"first_name": "{f}", "last_name": "van {l}"}}',
])
def test_a_name_under_a_field_that_says_so_is_redacted(template):
    for _ in range(4):
        f, l = person()
        out = redact(template.format(f=f, l=l))
        assert l not in out, out


@pytest.mark.parametrize("text", [
    "2. `GET /api/v2/invoices/4911` returns the invoice of **Brandon Whitlock** (someone@example.org).",
    "- Mika (born 2014) — parent Fern Oakhurst, 07700 900123",
])
def test_a_name_in_bold_or_after_a_family_role_is_redacted(text):
    assert "Whitlock" not in redact(text) and "Oakhurst" not in redact(text)


@pytest.mark.parametrize("text, name", [
    ("履 歴 書\nふりがな\n氏名　　高橋 美咲\n生年月日　1990年1月1日生\n", "高橋 美咲"),
    ("[상담원] 네, 성함과 연락처 확인 부탁드립니다.\n[고객] 박서연이고 010-1234-5678 입니다.\n", "박서연"),
    ("안녕하세요. 저는 김도윤입니다.\n", "김도윤"),
    ("السادة خدمة العملاء،\nأنا مريم العلي، رقم الحساب مرفق.\n", "مريم العلي"),
    ("اسمي خالد الهاشمي.\n", "خالد الهاشمي"),
])
def test_a_name_in_its_own_script_after_its_label_or_in_an_introduction_is_redacted(text, name):
    assert name not in redact(text)


@pytest.mark.parametrize("text", [
    "[고객] 배송지입니다.\n",  # no one asked for a name: "it is the delivery address"
    "أنا سعيد جدا، شكرا.\n",  # "I am very happy, thanks"
    "お名前　必須\n",  # a blank form: "name (required)"
])
def test_native_words_that_only_look_like_an_answer_are_kept(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    " 3. Kingsbridge Utd    18 10  4  4  47:29   34\n 5. Harbour Town       36 20  4 12  23:42   64\n",
    "## Crónica: Deportivo Ribera 2 – 0 Atlético Sierra\n",
    "data Expr = Num Integer | Add Expr Expr | Mul Expr Expr deriving Show\n",
    "zone                 starts\nEurope/Berlin        2025-03-30\nAmerica/New_York     2025-03-09\nAustralia/Sydney     2025-10-05\n",
    "- *The Art of Computer Programming, Vol. 1*, Addison-Wesley — ISBN 978-0-201-89683-1\n",
])
def test_clubs_types_time_zones_and_publishers_are_no_person_nor_place(text):
    assert redact(text) == text


def test_a_scoped_package_encoded_in_a_private_registry_url_is_redacted():
    text = "npm ERR! 404 Not Found - GET https://npm.pkg.github.com/@quillco%2fledger-client - not_found\n"
    assert "ledger-client" not in redact(text)
    assert redact("GET https://registry.npmjs.org/@types%2fnode\n") == "GET https://registry.npmjs.org/@types%2fnode\n"
