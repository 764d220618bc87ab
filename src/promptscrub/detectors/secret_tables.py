"""Secrets in tables: every data row's cell under a password / secret / token / API key column of a
Markdown, CSV or HTML table, an SQL ``INSERT ... (cols) VALUES (...), ...`` or a PostgreSQL ``COPY ... FROM stdin``.

A regex match cannot look back at a header, so this reads the table instead (:mod:`._tables`, shared with
``pii_columns``: the table forms and what ends a table are described there). A column names a secret
when it is one of ``password passwd pwd pw pass passphrase secret token api/private/secret/access key
credential(s)`` after at most two words (``DB password``, ``api_key``), ``**bold**`` or not.

A cell is reported when it is one token: 4 to 200 characters, no whitespace, not starting with ``(``
(Markdown: no ``|`` or backtick; a backticked cell reports what is inside; CSV: no ``"``; a quoted field
reports what is inside the quotes; SQL: a string, reported without its quotes, holding no quote or
backslash; COPY: any field but ``\\N``). Then the value filters of a generic rule apply
(:func:`._secret_keep.keep_secret`): ``changeme``, ``<password>``, ``${VAR}``, words, paths and
identifiers are no finding.

A column named in another language says the same (``Passwort``, ``Kennwort``, ``Wachtwoord``, ``Mot de passe``,
``Contraseña``, ``Senha``, ``Hasło``, ``Heslo``, ``Jelszó``, ``Salasana``, ``Adgangskode``, ``Passord``, ``Lösenord``,
``Parola``, ``Şifre``, ``Kata sandi``, ``Пароль``, ``Κωδικός``, ``סיסמה``, ``كلمة المرور``, ``पासवर्ड``, ``รหัสผ่าน``,
``Mật khẩu``, ``密码``, ``パスワード``, ``비밀번호``). A password manager's TOTP column (``login_totp``, ``TOTP``,
``OTPAuth``, ``otpSecret``) holds the seeds of second factors: a secret column too. In a table that has a password column, the cells of its user
column (``user``, ``username``, ``login``, ``account`` and their translations) are the accounts those passwords
open: ``USERNAME`` personal data of rule ``table-username-beside-password`` (one account-like token with four
letters at least, not an address -- the email rule's --, a numbered test login (``u001``), a placeholder or a
system account: :func:`..validators.account_name`).

Every secret column of the header is read (``| user | password | api_key |``), in every row; the
findings are ``PASSWORD`` secrets of rules ``markdown-table-secret-column`` / ``csv-secret-column`` /
``sql-insert-secret-column`` / ``sql-copy-secret-column`` / ``query-result-secret-column`` (psql and mysql
output, read as Markdown cells) / ``tsv-secret-column`` (read as CSV fields) / ``dataframe-secret-column``
(a pandas print, read as Markdown cells) / ``html-table-secret-column`` (a ``<td>``'s text, ``<code>`` or
not: no blank, ``<`` or ``>`` in it), score 0.6. The ``[detectors] secrets`` switch
turns this on and off with the secret rule packs. Cheap on text without tables (~9 ms on 3.7 MB of code
for the table search, ~4 of them the SQL forms; done once per text for this detector and ``pii_columns``).
"""
from __future__ import annotations

import re

from ..findings import Finding
from ..validators import account_name
from . import _lazyre as regex  # compiled on first use (and then from the regex code cache): no import cost
from ._secret_keep import keep_secret
from ._tables import COPY, CSV, HTML, INSERT, MARKDOWN, MAX_CSV_FIELDS, MYSQL, PANDAS, PIPE, PSQL, TSV, Table, column_cells, inner

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["MAX_CSV_FIELDS", "SecretTablesDetector"]

TYPE = "PASSWORD"
MARKDOWN_RULE = "markdown-table-secret-column"
CSV_RULE = "csv-secret-column"
INSERT_RULE = "sql-insert-secret-column"
COPY_RULE = "sql-copy-secret-column"
QUERY_RESULT_RULE = "query-result-secret-column"  # psql and mysql output
TSV_RULE = "tsv-secret-column"
DATAFRAME_RULE = "dataframe-secret-column"  # print(df): cells are read like a query result's
PIPE_RULE = "pipe-table-secret-column"  # name|password lines with no leading bar (_tables.PIPE)
HTML_RULE = "html-table-secret-column"  # <table> ... <td><code>value</code></td>: a cell's one text run
RULES = {MARKDOWN: MARKDOWN_RULE, CSV: CSV_RULE, INSERT: INSERT_RULE, COPY: COPY_RULE,
         PSQL: QUERY_RESULT_RULE, MYSQL: QUERY_RESULT_RULE, TSV: TSV_RULE, PANDAS: DATAFRAME_RULE, HTML: HTML_RULE, PIPE: PIPE_RULE}
SCORE = 0.6

#: a column name that says the column holds secrets, after at most two words (``DB password``, ``api_key``)
_LOCAL_PASSWORD = (r"passwort|kennwort|wachtwoord|mot[ ]de[ ]passe|mdp|contrase[ñn]a|clave|senha|palavra-passe|has[łl]o"
                   r"|heslo|jelsz[óo]|salasana|adgangskode|passord|l[öo]senord|parol[aă]|[şs]ifre|kata[ ]sandi|пароль"
                   r"|κωδικός(?:[ ]πρόσβασης)?|סיסמ[הא]|كلمة[ ](?:ال)?(?:مرور|سر)|पासवर्ड|รหัสผ่าน|mật[ ]khẩu|密码|密碼"
                   r"|パスワード|비밀번호")
#: a password manager's column of TOTP seeds: Bitwarden's ``login_totp``, KeePassXC's and LastPass's ``TOTP``,
#: 1Password's ``OTPAuth``, Dashlane's ``otpSecret`` / ``otpUrl``
_TOTP = r"totp(?:[ _-]?(?:secret|seed|key))?|otp[ _-]?(?:auth|secret|seed|key|url|uri)|otpauth|(?:2fa|mfa)[ _-]?(?:secret|seed|key)"
_NAME = (r"(?:[\w-]{1,20}[ _-]){0,2}(?:password|passwd|pwd|pw|pass|passphrase|secret|token"
         r"|(?:api|private|secret|access)[ _-]?key|credentials?|" + _TOTP + "|" + _LOCAL_PASSWORD + ")")
_MAX_NAME = 64  # characters: a longer column name names no secret (and costs no regex)
_SECRET_NAME = regex.compile(_NAME, re.I)
_TOTP_NAME = regex.compile(r"(?:[\w-]{1,20}[ _-]){0,2}(?:" + _TOTP + ")", re.I)
#: a TOTP seed: base32 (RFC 4648), 16 characters at least, one case; its letters may read as words to the
#: generic filters, under a TOTP column they are the seed
_BASE32_SEED = regex.compile(r"[A-Z2-7]{16,128}={0,6}|[a-z2-7]{16,128}={0,6}")
_PASSWORD_NAME = regex.compile(r"passw(?:or)?d|passphrase|pwd|pw\b|pass\b|" + _LOCAL_PASSWORD, re.I)
#: a column that names the account beside a password column (``Username``, ``Login``, ``Benutzer``, ``Usuário``,
#: ``Utente``, ``Gebruiker``, ``Kullanıcı adı``, ``Имя пользователя``, ``ユーザー名``, ``用户名``, ``아이디``...)
_USER_NAME = regex.compile(
    r"(?:[\w-]{1,20}[ _-])?(?:user(?:[ _-]?(?:name|id))?|login(?:[ _-]?(?:name|id))?|account|benutzer(?:name)?|anmeldename"
    r"|nom[ ]d['’]utilisateur|utilisateur|identifiant|usuario|usu[áa]rio|nombre[ ]de[ ]usuario|utente|nome[ ]utente"
    r"|utilizador|gebruiker(?:snaam)?|kullan[ıi]c[ıi](?:[ ]ad[ıi])?|u[żz]ytkownik|nazwa[ ]u[żz]ytkownika|u[žz]ivatel"
    r"|felhaszn[áa]l[óo](?:n[ée]v)?|k[äa]ytt[äa]j[äa](?:tunnus|nimi)?|bruger(?:navn)?|bruker(?:navn)?|anv[äa]ndar(?:namn)?"
    r"|utilizator|nama[ ]pengguna|pengguna|tên[ ]đăng[ ]nhập|логин|логін|пользователь|имя[ ]пользователя|користувач"
    r"|όνομα[ ]χρήστη|χρήστης|שם[ ]משתמש|اسم[ ]المستخدم|उपयोगकर्ता(?:[ ]नाम)?|ชื่อผู้ใช้|用户名|用戶名|账号|帳號"
    r"|ユーザー名|ユーザーID|ログインID|사용자[ ]?이름|사용자명|아이디)", re.I)
USERNAME_RULE = "table-username-beside-password"
USERNAME_SCORE = 0.7
#: one account-like token (no address, no blank) with four letters at least: a person's login holds a name
#: (anouk167, j.navarro), a numbered one (u001, svc0) is a test or service account
_ACCOUNT = regex.compile(r"(?=(?:[^A-Za-z]*[A-Za-z]){4})[A-Za-z0-9_][\w.-]{1,62}")

# The value of a cell (its spaces and tabs stripped): one token.
_MD_VALUE = regex.compile(r"`?([^|\s`(][^|\s`]{3,199})`?")
_LETTER_AND_DIGIT = regex.compile(r"[A-Za-z][^\d]*\d|\d[^A-Za-z]*[A-Za-z]")
_CSV_QUOTED = regex.compile(r'"([^"\s(][^"\s]{3,199})"')
_CSV_PLAIN = regex.compile(r'[^,"\s(][^,"\s]{3,199}')
_SQL_VALUE = regex.compile(r"""[^'"\\\s(][^'"\\\s]{3,199}""")  # inside an SQL string or a COPY field
_HTML_VALUE = regex.compile(r"[^<>\s(][^<>\s]{3,199}")  # the text of an HTML cell (tags already off)


class SecretTablesDetector:
    name = "secret_tables"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for cell in column_cells(text, _secret_columns):
            span = _value(text, cell.table, cell.start, cell.end)
            # a generic rule's filters: the place says secret, the value must look like one
            # under a password column a passphrase (orbit-velvet-canyon-7) is the password
            slot = _PASSWORD_NAME.search(cell.table.names[cell.column]) is not None
            # a table is data, not code: under a password column a value of letters and digits is a password,
            # however much it reads as a camelCase identifier (ldejuHITDamp65); a word alone still is none
            generic = span is None or not (slot and _LETTER_AND_DIGIT.search(text, span[0], span[1]) or (
                _BASE32_SEED.fullmatch(text, span[0], span[1]) and _TOTP_NAME.fullmatch(cell.table.names[cell.column])))
            if span is not None and keep_secret(text, span[0], span[1], generic=generic, password_slot=slot):
                out.append(Finding(span[0], span[1], "secret", TYPE, RULES.get(cell.table.kind, MARKDOWN_RULE), SCORE))
        for cell in column_cells(text, _user_columns):
            span = _value(text, cell.table, cell.start, cell.end)
            if span is not None and _ACCOUNT.fullmatch(text, span[0], span[1]) and account_name(text[span[0]:span[1]]):
                out.append(Finding(span[0], span[1], "pii", "USERNAME", USERNAME_RULE, USERNAME_SCORE))
        return out


def _secret_columns(table: Table) -> list[int]:
    return [i for i, name in enumerate(table.names) if len(name) <= _MAX_NAME and _SECRET_NAME.fullmatch(name)]


def _user_columns(table: Table) -> list[int]:
    """The user columns of a table that has a password column: the passwords say whose accounts they are."""
    names = table.names
    if not any(len(n) <= _MAX_NAME and _SECRET_NAME.fullmatch(n) and _PASSWORD_NAME.search(n) for n in names):
        return []
    return [i for i, name in enumerate(names) if len(name) <= _MAX_NAME and _USER_NAME.fullmatch(name)]


def _value(text: str, table: Table, start: int, end: int) -> tuple[int, int] | None:
    """The span of the secret in a cell (spaces and tabs stripped), or None when the cell holds no one-token value."""
    cell = text[start:end]
    kind = table.kind
    if kind == HTML:
        return (start, end) if _HTML_VALUE.fullmatch(text, start, end) else None
    if kind in (MARKDOWN, PSQL, MYSQL, PANDAS):
        m = _MD_VALUE.fullmatch(cell)
        return (start + m.start(1), start + m.end(1)) if m else None
    if kind in (CSV, TSV) or table.form.startswith("csv"):
        if cell.startswith('"'):
            m = _CSV_QUOTED.fullmatch(cell)
            return (start + m.start(1), start + m.end(1)) if m else None
        return (start, end) if _CSV_PLAIN.fullmatch(cell) else None
    if kind == INSERT and not cell.endswith(("'", '"')):
        return None  # NULL, a number, a call: no string
    s, e = inner(text, start, end) if kind == INSERT else (start, end)
    return (s, e) if _SQL_VALUE.fullmatch(text, s, e) else None
