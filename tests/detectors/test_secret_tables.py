"""Secrets in tables: the cells under a password / secret / token / API key column of a Markdown or CSV
table, in every data row, with exact spans; placeholders, prose, code and tables without such a column
are left alone. Every value is made here from a seeded random.Random (letters and digits), never a real
secret."""
from __future__ import annotations

import random
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promptscrub.cli import app, with_default_command
from promptscrub.config import Config
from promptscrub.detectors.secret_tables import SecretTablesDetector
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.secret_filters import is_not_secret, is_placeholder
from promptscrub.vault import Vault

DET = SecretTablesDetector({})
B62 = string.ascii_letters + string.digits


def secret(rng: random.Random, n: int = 14, symbols: str = "") -> str:
    """A made-up password: letters of both cases and digits (and ``symbols``), nothing the value filters
    would drop."""
    while True:
        v = "".join(rng.choice(B62 + symbols) for _ in range(n))
        if (any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v)
                and not is_placeholder(v) and not is_not_secret(v)):
            return v


def values(text: str) -> list[str]:
    """What the detector reports, in order, checking that each finding's span is the value itself."""
    found = DET.detect(text)
    for f in found:
        assert (f.category, f.type, f.score) == ("secret", "PASSWORD", 0.6)
        assert f.rule_id in ("markdown-table-secret-column", "csv-secret-column", "sql-insert-secret-column",
                             "sql-copy-secret-column")
        assert text[f.start:f.end].strip(" \t`\"'") == text[f.start:f.end]  # no padding, quote or backtick
    return [text[f.start:f.end] for f in sorted(found, key=lambda f: f.start)]


def markdown(header: list[str], rows: list[list[str]], eol: str = "\n") -> str:
    line = lambda cells: "| " + " | ".join(cells) + " |" + eol  # noqa: E731
    return line(header) + "|" + "---|" * len(header) + eol + "".join(line(r) for r in rows)


def csv(header: list[str], rows: list[list[str]], eol: str = "\n") -> str:
    return "".join(",".join(r) + eol for r in [header, *rows])


# ------------------------------------------------------------------------------------- every data row

@pytest.mark.parametrize("table", [markdown, csv])
def test_the_secret_column_in_rows_1_3_and_8(table) -> None:
    """The rules this detector replaced read rows 1 to 5 only; now every row down to the end of the table."""
    rng = random.Random(f"rows/{table.__name__}")
    s1, s3, s8 = secret(rng), secret(rng), secret(rng)
    column = {1: s1, 3: s3, 8: s8}
    rows = [[f"svc{i}", "app", column.get(i, "")] for i in range(1, 9)]
    text = "Credentials for staging:\n\n" + table(["env", "user", "password"], rows) + "\nThat is all.\n"
    assert values(text) == [s1, s3, s8]


@pytest.mark.parametrize("table", [markdown, csv])
def test_every_secret_column_is_read(table) -> None:
    rng = random.Random(f"columns/{table.__name__}")
    pw, key = secret(rng), secret(rng, 32)
    text = table(["user", "DB password", "host", "api_key"], [["app", pw, "db.acme.io", key]])
    assert values(text) == [pw, key]


@pytest.mark.parametrize("name", ["password", "Password", "PASSWORD", "passwd", "pwd", "pw", "pass", "passphrase",
                                  "secret", "token", "api_key", "API Key", "api-key", "apikey", "private_key",
                                  "secret key", "access_key", "credential", "credentials", "db_password",
                                  "Admin DB password", "root pw"])
def test_column_names(name: str) -> None:
    rng = random.Random(name)
    v = secret(rng)
    assert values(markdown(["env", name], [["prod", v]])) == [v]
    assert values(csv(["env", name], [["prod", v]])) == [v]


@pytest.mark.parametrize("name", ["key", "password_hash", "tokens used", "passenger", "one two three password",
                                  "secrets manager path", "keyword"])
def test_names_that_are_not_a_secret_column(name: str) -> None:
    v = secret(random.Random(name))
    assert values(markdown(["env", name], [["prod", v]])) == []
    assert values(csv(["env", name], [["prod", v]])) == []


# -------------------------------------------------------------------------------------------- Markdown

def test_markdown_bold_header_backticked_cell_and_alignment_row() -> None:
    rng = random.Random("md-bold")
    a, b = secret(rng), secret(rng)
    text = f"| Service | **API Key** |\n|:--------|:-----------:|\n| billing | `{a}` |\n| ledger | {b} |\n"
    assert values(text) == [a, b]  # the backticks are not part of the value


def test_markdown_leading_pipe_and_indent() -> None:
    """As the rules: header and rows start with | (up to 3 spaces in); the separator's leading | is optional.
    A GFM table without the leading | is not read."""
    rng = random.Random("md-pipes")
    v = secret(rng)
    assert values(f"   | user | password |\n   |---|---|\n   | app | {v} |\n") == [v]
    assert values(f"| user | password\n---|---\n| app | {v}\n") == [v]  # no trailing |, separator without leading |
    assert values(f"user | password\n---|---\napp | {v}\n") == []
    assert values(f"    | user | password |\n    |---|---|\n    | app | {v} |\n") == []  # 4 spaces: a code block


def test_markdown_table_ends_at_the_first_line_that_is_no_row() -> None:
    rng = random.Random("md-end")
    inside, outside = secret(rng), secret(rng)
    text = f"| user | password |\n|---|---|\n| app | {inside} |\n\n| ops | {outside} |\n"
    assert values(text) == [inside]


def test_markdown_row_shorter_than_the_header() -> None:
    v = secret(random.Random("md-short"))
    assert values(f"| a | b | token |\n|---|---|---|\n| x | y |\n| x | y | {v} |\n") == [v]


# ------------------------------------------------------------------------------------------------- CSV

def test_csv_quoted_fields_with_commas() -> None:
    """A quoted field keeps its commas (and its "" quotes): the columns after it stay aligned; a quoted
    value is reported without its quotes."""
    rng = random.Random("csv-quoted")
    a, b, c = secret(rng), secret(rng), secret(rng)
    text = ('"name","notes","password","url"\n'
            f'"prod, eu","rotated ""monthly"", by ops","{a}",db.acme.io\n'
            f'dev,"a, b, c",{b},dev.acme.io\n'
            f'staging , plain ,  "{c}"  ,x\n')
    assert values(text) == [a, b, c]


def test_csv_table_ends_at_a_blank_or_non_csv_line() -> None:
    rng = random.Random("csv-end")
    inside, after_blank, after_prose = secret(rng), secret(rng), secret(rng)
    text = (f"user,password\napp,{inside}\n\nops,{after_blank}\n"
            f"user,password\nThe next one is not a row\nops,{after_prose}\n")
    assert values(text) == [inside]


@pytest.mark.parametrize("sep", ["\t", ",", ";"])
def test_a_row_of_a_headerless_listing_names_no_column(sep: str) -> None:
    """A package or account listing without a header: a row that holds ``passwd`` is one more row of the
    listing above it (a header is a table's first line), so the rows under it are no passwords."""
    rng = random.Random("headerless-" + sep)
    pkgs = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))) for _ in range(6)]
    rows = [sep.join(["pkg", p, f"{rng.randint(1, 9)}.{rng.randint(0, 20)}"]) for p in pkgs]
    rows.insert(3, sep.join(["pkg", "passwd", "4.13"]))
    rows.insert(5, sep.join(["pkg", "libpam0g" + "x" * rng.randint(1, 3), "1.5"]))
    assert DET.detect("\n".join(rows) + "\n") == []
    # a real header under a title line is read
    v = secret(rng)
    text = f"Accounts{sep}export\n\nuser{sep}password{sep}env\napp{sep}{v}{sep}dev\n"
    assert [text[f.start:f.end] for f in DET.detect(text)] == [v]


def test_csv_indented_rows_are_not_rows() -> None:
    v = secret(random.Random("csv-indent"))
    assert values(f"password,user\n  {v},app\n") == []


# ------------------------------------------------------------------------------------------------- SQL

def test_sql_insert_every_row_of_a_password_column() -> None:
    """An INSERT with a column list: the strings under a secret column, in every row, over several lines;
    NULL, a placeholder and a call are no secret."""
    rng = random.Random("sql-insert")
    a, b = secret(rng), secret(rng, symbols="#!*")
    text = ("INSERT INTO `service_accounts` (`name`, `login`, `password`, `created_at`) VALUES\n"
            f"  ('billing', 'billing_svc', '{a}', NOW()),\n  ('ledger', 'ledger''s svc', '{b}', NULL),\n"
            "  ('audit', 'audit_svc', NULL, NULL), ('ops', 'ops_svc', 'changeme', NULL),\n"
            "  ('x', 'y', now(), NULL);\n")
    assert values(text) == [a, b]
    assert {f.rule_id for f in DET.detect(text)} == {"sql-insert-secret-column"}


def test_sql_insert_lower_case_and_one_column() -> None:
    rng = random.Random("sql-lower")
    a, b = secret(rng), secret(rng)
    assert values(f'insert into "public"."clients" ("id", "api_key") values (7, \'{a}\');') == [a]
    assert values(f"INSERT INTO vault(token) VALUES(N'{b}')") == [b]


def test_sql_copy_from_stdin() -> None:
    """pg_dump's COPY: tab-separated rows down to \\. ; \\N is NULL."""
    rng = random.Random("sql-copy")
    a, b = secret(rng), secret(rng)
    text = f"COPY public.api_clients (id, owner, api_key) FROM stdin;\n1\tops\t{a}\n2\tdev\t\\N\n3\tqa\t{b}\n\\.\n"
    assert values(text) == [a, b]
    assert {f.rule_id for f in DET.detect(text)} == {"sql-copy-secret-column"}


@pytest.mark.parametrize("text", [
    'cursor.execute("INSERT INTO users (name, password) VALUES (%s, %s)", (name, pw))\n',
    "INSERT INTO users (name, password) VALUES ($1, $2), (?, ?), (:name, :password);\n",
    "INSERT INTO users (name, password_hash) VALUES ('app', 'Zq8vLm2Kx9');\n",  # not a secret column
    "INSERT INTO users VALUES ('app', 'Zq8vLm2Kx9');\n",  # no column list
])
def test_sql_placeholders_and_other_columns_are_left(text: str) -> None:
    assert values(text) == []


# ------------------------------------------------------------------------------------- left alone

@pytest.mark.parametrize("value", ["changeme", "<password>", "<your-password>", "${DB_PASSWORD}", "xxxxxxxx",
                                   "see vault", "(see vault)", "", "abc", "********", "null", "/etc/app/secret"])
@pytest.mark.parametrize("table", [markdown, csv])
def test_placeholders_words_and_phrases_are_no_secret(table, value: str) -> None:
    assert values(table(["env", "user", "password"], [["prod", "app", value]])) == []


@pytest.mark.parametrize("text", [
    "def f(a, token, b):\n    pass\n    return g(a, Zq8vLm2Kx9, b)\n",
    "def f(a, token, b):\nreturn g(a, Zq8vLm2Kx9, b)\n",
    "fn login(user, password) {\nverify(user, Zq8vLm2Kx9)\n",
    "x, token = parse(line), Zq8vLm2Kx9\ny, z = 1, 2\n",
    "Use a password, a token, or a key.\nHowever, rotate them often.\nMeanwhile, Zq8vLm2Kx9 stays.\n",
    "the password is stored in vault, see the runbook\n",
    "| name | build | status |\n|---|---|---|\n| svc1 | Zq8vLm2Kx9 | ok |\n",  # no secret column
    "| field | type |\n|---|---|\n| password | string |\n| token | Zq8vLm2Kx9 |\n",  # names in the rows
    "| user | password |\n| app | Zq8vLm2Kx9 |\n",  # no separator row
    "name,build,status\nsvc1,Zq8vLm2Kx9,ok\n",
])
def test_prose_code_and_other_tables_are_left(text: str) -> None:
    assert values(text) == []


# ------------------------------------------------------------------------------------------------ CRLF

@pytest.mark.parametrize("table", [markdown, csv])
def test_crlf_line_endings(table) -> None:
    rng = random.Random(f"crlf/{table.__name__}")
    a, b = secret(rng), secret(rng)
    text = table(["user", "token"], [["app", a], ["ops", b]], eol="\r\n")
    assert values(text) == [a, b]  # the \r is never part of a value


# ----------------------------------------------------------------------------- generated tables

@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("table", [markdown, csv])
def test_generated_tables(seed: int, table) -> None:
    rng = random.Random(f"gen/{table.__name__}/{seed}")
    ncols = rng.randint(2, 8)
    pos = rng.randrange(ncols)
    header = [rng.choice(["env", "host", "user", "owner", "url", "notes"]) + str(i) for i in range(ncols)]
    header[pos] = rng.choice(["password", "api_key", "token", "secret", "Password", "API Key"])
    rows, expected = [], []
    for _ in range(rng.randint(1, 12)):
        row = [rng.choice(["prod", "staging", "app", "svc", "db.acme.io"]) for _ in range(ncols)]
        row[pos] = secret(rng, rng.choice([10, 16, 32]), rng.choice(["", "#!*+=@%"]))
        expected.append(row[pos])
        rows.append(row)
    assert values(table(header, rows)) == expected  # the other columns stay readable


# ------------------------------------------------------------------------------------------- speed

def test_long_lines_of_pipes_and_commas_are_read_once() -> None:
    """The searches are linear: a line of a million | or commas costs milliseconds, not minutes."""
    for text in ["|" * 1_000_000 + "\n", "a," * 500_000 + "\nb,c\n", ("| a " * 2000 + "|\n|---|\n") * 50]:
        t0 = time.perf_counter()
        assert values(text) == []
        assert time.perf_counter() - t0 < 1.0


def test_cheap_to_import() -> None:
    """The value filters load on the first value, not with the detector (every redact builds it)."""
    code = ("import sys, promptscrub.detectors.secret_tables as t; t.SecretTablesDetector({}).detect('a, b | c');"
            "print(sorted(m for m in sys.modules if m in ('promptscrub.secret_filters', 'promptscrub.secret_context')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


# -------------------------------------------------------------------------------------- end to end

def test_on_by_default_and_switched_with_the_secret_packs() -> None:
    names = lambda cfg: [d.name for d in build_scrubber(cfg).detectors]  # noqa: E731
    assert "secret_tables" in names(Config())
    assert "secret_tables" not in names(Config(detectors={"secrets": False, "pii": True, "internal": True,
                                                          "detect_secrets": False}))


def test_redact_and_restore_a_markdown_table() -> None:
    rng = random.Random("e2e")
    a, b = secret(rng), secret(rng)
    text = f"Logins:\r\n\r\n| env | user | password |\r\n|---|---|---|\r\n| dev | app | {a} |\r\n| prod | app | `{b}` |\r\n"
    vault = Vault()
    red = build_scrubber(Config()).redact(text, vault)
    assert a not in red.text and b not in red.text
    assert "| dev | app | <PASSWORD_1> |\r\n| prod | app | `<PASSWORD_2>` |\r\n" in red.text
    assert restore(red.text, vault).text == text


def test_cli_round_trip_of_a_csv_table(tmp_path: Path) -> None:
    rng = random.Random("cli")
    v = secret(rng)
    text = f"name,username,password,url\nprod-db,app,{v},db.acme.io\n"
    runner, m = CliRunner(), tmp_path / "m.json"
    red = runner.invoke(app, with_default_command(["--map", str(m)]), input=text)
    assert red.exit_code == 0, red.stderr
    assert v not in red.stdout and "prod-db,app,<PASSWORD_1>,db.acme.io" in red.stdout
    back = runner.invoke(app, with_default_command(["restore", "--map", str(m)]), input=red.stdout)
    assert back.exit_code == 0 and back.stdout == text


def test_a_passphrase_under_a_password_column_is_the_password() -> None:
    """Words and hyphens read as a kebab-case identifier, but a password column says what they are; under a
    token column, an identifier-shaped value stays."""
    rng = random.Random("passphrase-cell")
    words = ["orbit", "velvet", "canyon", "maple", "fjord", "lantern", "pepper", "nimbus"]
    phrase = "-".join(rng.sample(words, 3)) + str(rng.randint(2, 99))
    assert values(markdown(["env", "user", "password"], [["prod", "app", phrase]])) == [phrase]
    assert values(markdown(["env", "api_token"], [["prod", "release-notes-page"]])) == []


def test_query_output_and_tsv_secret_columns() -> None:
    """psql and mysql output and TSV: the cells under a password column, by their own rule ids."""
    rng = random.Random("query-output")
    a, b, c = secret(rng), secret(rng), secret(rng)
    psql = f" id | user | password\n----+------+----------\n  1 | app  | {a}\n(1 row)\n\n"
    mysql = f"+----+-------+\n| id | token |\n+----+-------+\n|  1 | {b} |\n+----+-------+\n"
    tsv = f"user\tapi_key\nsvc\t{c}\n"
    text = psql + mysql + tsv
    got = [(text[f.start:f.end], f.rule_id) for f in sorted(DET.detect(text), key=lambda f: f.start)]
    assert got == [(a, "query-result-secret-column"), (b, "query-result-secret-column"), (c, "tsv-secret-column")]


def test_a_pandas_print_with_a_password_column() -> None:
    """``print(df)`` of a user table: the password column's cells are secrets (this once raised KeyError,
    which failed the whole redact)."""
    from test_pii_columns import pandas_print  # a sibling test module, as print(df) aligns a frame

    rng = random.Random("dataframe")
    rows = [[str(40000 + i), f"u{i:03}", secret(rng)] for i in range(6)]
    text = pandas_print(["customer_id", "login", "password"], rows)
    found = sorted(DET.detect(text), key=lambda f: f.start)
    assert [text[f.start:f.end] for f in found] == [r[2] for r in rows]
    assert {f.rule_id for f in found} == {"dataframe-secret-column"}
    vault = Vault()
    red = build_scrubber(Config()).redact(text, vault)
    assert not any(r[2] in red.text for r in rows) and restore(red.text, vault).text == text


def test_a_camel_case_password_in_a_password_column_is_a_password():
    """A browser's password export is data: under its password column, letters and digits are a password."""
    from promptscrub.config import Config
    from promptscrub.scrubber import build_scrubber

    rng = random.Random(7)
    value = "".join(rng.choice(string.ascii_lowercase) for _ in range(5)) + "QRT" + "Lamp" + str(rng.randrange(10, 99))
    text = f"name,url,username,password,note\nmail.example.org,https://mail.example.org/,kim,{value},\n" \
           "shop.example.org,https://shop.example.org/,kim,changeme,\n"
    found = {text[f.start:f.end] for f in build_scrubber(Config()).find(text) if f.category == "secret"}
    assert value in found
    assert "changeme" not in found


def test_a_pipe_table_without_a_leading_bar_has_its_password_column_redacted() -> None:
    """name|password lines (_tables.PIPE): each cell under the password name, no crash on the new kind."""
    import random
    import string

    from promptscrub.config import Config
    from promptscrub.scrubber import build_scrubber

    rng = random.Random(5)
    pw = ["".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12)) + "#7" for _ in range(2)]
    text = f"service|password\nvpn|{pw[0]}\nmail|{pw[1]}\n"
    found = {text[f.start:f.end] for f in build_scrubber(Config()).find(text) if f.category == "secret"}
    assert set(pw) <= found
