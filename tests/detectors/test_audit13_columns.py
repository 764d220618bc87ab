"""Account names, medical record numbers and insurance member ids read by their column (audit 13): a ``username``
/ ``user`` / ``login`` / ``display_name`` column of a mysql or psql print, a TSV (log-search) table or a pg ``COPY
... FROM stdin`` dump, an ``mrn`` / ``member_id`` / ``policy_number`` column of a CSV or a COPY. Empty, NULL and
placeholder cells, system and stand-in accounts and ids without digits are left. Every value is made up here."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.detectors.pii_columns import PiiColumnsDetector, column_kind

DET = PiiColumnsDetector({})


def found(text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.type for f in DET.detect(text)}


def handles(seed: str, n: int = 4) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        first = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 7)))
        last = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 8)))
        out.append(rng.choice([f"{first[0]}{last}{rng.randint(1, 99)}", f"{first}.{last}", f"{last}_{first[:3]}"]))
    return out


def ids(seed: str, prefix: str, n: int = 4, digits: int = 9) -> list[str]:
    rng = random.Random(seed)
    return [prefix + "".join(rng.choice(string.digits) for _ in range(digits)) for _ in range(n)]


def mysql(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(c) for c in col) for col in zip(header, *rows)]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    fmt = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |\n"  # noqa: E731
    return "mysql> SELECT * FROM t;\n" + line + fmt(header) + line + "".join(fmt(r) for r in rows) + line


@pytest.mark.parametrize("column", ["username", "user", "login", "user_name", "Benutzername", "usuario", "ユーザー名"])
def test_a_user_column_of_a_mysql_print(column):
    users = handles(column)
    text = mysql(["id", column, "email"], [[str(100 + i), u, f"x{i}@example.org"] for i, u in enumerate(users)])
    assert {u: "USERNAME" for u in users}.items() <= found(text).items()


def test_a_user_column_of_a_tsv_search_result():
    users = handles("tsv")
    text = "index=web status=401 | table _time clientip user uri\n_time\tclientip\tuser\turi\n" + "".join(
        f"2025-02-0{i + 1} 10:00:0{i}\t10.0.0.{i}\t{u}\t/account/login\n" for i, u in enumerate(users))
    assert set(users) <= set(found(text))


def test_record_and_member_ids_of_a_copy_dump():
    mrns, members = ids("mrn", "MR"), ids("member", "KX", digits=10)
    users = handles("copy")
    text = "COPY clinic.patients (id, mrn, member_id, login, dob) FROM stdin;\n" + "".join(
        f"{i}\t{m}\t{k}\t{u}\t1980-0{i + 1}-1{i}\n" for i, (m, k, u) in enumerate(zip(mrns, members, users))) + "\\.\n"
    got = found(text)
    assert all(got.get(m) == "MEDICAL_RECORD_NUMBER" for m in mrns)
    assert all(got.get(k) == "INSURANCE_ID" for k in members)
    assert all(got.get(u) == "USERNAME" for u in users)


def test_member_and_policy_columns_of_a_claims_csv():
    members, policies = ids("claims", "W"), ["PL-" + x[:4] + "-" + x[4:] for x in ids("pol", "", digits=8)]
    text = "claim_id,member_id,policy_number,amount\n" + "".join(
        f"C{i},{m},{p},12{i}.00\n" for i, (m, p) in enumerate(zip(members, policies)))
    got = found(text)
    assert all(got.get(v) == "INSURANCE_ID" for v in members + policies)


def test_a_display_name_column_is_a_name_or_a_handle():
    text = " id | display_name   | email\n----+----------------+-----------\n  1 | Marta Nowicka  | a@b.pl\n" \
           "  2 | wnowak_77      | c@d.pl\n(2 rows)\n"
    got = found(text)
    assert got.get("Marta Nowicka") == "PERSON" and got.get("wnowak_77") == "USERNAME"


@pytest.mark.parametrize("cell", ["NULL", "\\N", "-", "N/A", "root", "postgres", "www-data", "svc-billing", "u001",
                                  "user2", "admin", "anonymous", "x@example.org", "12345"])
def test_cells_that_name_no_person_are_left(cell):
    text = mysql(["id", "username"], [["1", cell], ["2", "-"]])
    assert cell not in found(text)


@pytest.mark.parametrize("cell", ["NULL", "pending", "unknown", "2024-01-05", "1111111", "ABC", "12"])
def test_id_cells_without_an_id_are_left(cell):
    text = f"claim_id,mrn,member_id\nC1,{cell},{cell}\n"
    assert cell not in found(text)


@pytest.mark.parametrize("column", ["user_id", "user_agent", "last_login", "user_email", "login_count", "member_since"])
def test_columns_beside_a_user_are_not_read_as_one(column):
    assert column_kind(column) not in ("username", "display_name", "mrn", "member_id")
