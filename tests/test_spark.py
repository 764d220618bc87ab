"""promptscrub.spark (#9): whole DataFrames redacted and restored with one consistent, reversible mapping.

Spark runs in local mode, one session for the module (starting it costs seconds); Java 17+ is needed.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[test]' (the test extra includes it)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (part of the spark/test extras)")
pytest.importorskip("pandas", reason="pandas is not installed (part of the spark/test extras)")

from helpers_subprocess import PROMPTSCRUB, env_for  # noqa: E402

from promptscrub.config import parse_config  # noqa: E402
from promptscrub.spark import CollisionError, merge_vaults, redact_column, release, restore_column  # noqa: E402
from promptscrub.spark_vault import VaultDecryptError  # noqa: E402

KEY = "0123456789abcdef0123456789abcdef"
PLANTED = ["alice@example.com", "bob.smith@corp-mail.example.org", "+1 415 555 2671", "PAY-48213"]
ROWS = [
    (1, "Ticket from alice@example.com: cannot log in, call +1 415 555 2671", 2**60, 1.5),
    (2, None, 3, None),
    (3, "alice@example.com again; cc bob.smith@corp-mail.example.org\r\n\ttrailing  ", None, 2.0),
    (4, "ticket PAY-48213 reopened — ünïcödé ✓, literal <EMAIL_a1b2c3> stays", 7, 0.0),
    (5, "", 8, 1.0),
    (6, "nothing to see here", 9, 9.9),
]
SCHEMA = "id long, body string, big long, score double"
#: a custom rule: the config travels to the executors with the UDF
CONFIG = parse_config({"rules": [{"id": "acme-ticket", "description": "tickets", "regex": r"\bPAY-\d{3,6}\b", "keywords": ["pay-"]}]}, "test")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    mp = pytest.MonkeyPatch()  # the workers run on this interpreter, as the CLI's local sessions do
    mp.setenv("PYSPARK_PYTHON", sys.executable)  # (the python3 on PATH may be another, without pandas)
    session = (SparkSession.builder.master("local[2]").appName("promptscrub-tests")
               .config("spark.sql.shuffle.partitions", "2").config("spark.ui.enabled", "false")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")  # several Arrow batches per partition
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    release()
    session.stop()
    mp.undo()


@pytest.fixture(scope="module")
def tickets(spark):
    return spark.createDataFrame(ROWS, SCHEMA).repartition(3)


def test_round_trip_keeps_schema_rows_order_and_other_columns(spark, tickets):
    red, vault = redact_column(tickets, "body", key=KEY, config=CONFIG, id_column="id")
    original = tickets.collect()
    redacted = red.collect()
    assert red.schema == tickets.schema
    assert [r.id for r in redacted] == [r.id for r in original]
    assert [(r.big, r.score) for r in redacted] == [(r.big, r.score) for r in original]  # 2**60 intact: never went through pandas
    text = "\n".join(r.body or "" for r in redacted)
    assert not any(v in text for v in PLANTED)
    assert "<EMAIL_a1b2c3>" in text  # a literal placeholder in the input is left alone…
    entries = {r.placeholder: r.value for r in vault.collect()}
    assert "<EMAIL_a1b2c3>" not in entries  # …and never handed out
    assert set(PLANTED) <= set(entries.values())
    assert restore_column(red, "body", vault).collect() == original


def test_same_value_same_placeholder_in_every_partitioning_and_run(spark, tickets):
    one, v_one = redact_column(tickets.coalesce(1), "body", key=KEY)
    many, v_many = redact_column(tickets.repartition(4, "id"), "body", key=KEY)
    assert sorted(map(tuple, one.collect())) == sorted(map(tuple, many.collect()))
    assert v_one.collect() == v_many.collect()
    # shards of two halves, unioned and de-duplicated, are the vault of the whole
    a, va = redact_column(tickets.where("id <= 3"), "body", key=KEY)
    b, vb = redact_column(tickets.where("id > 3"), "body", key=KEY)
    assert merge_vaults(va, vb).collect() == v_one.collect()
    # another key: other placeholders, and its shard cannot be merged with this key's where they clash
    other, _ = redact_column(tickets, "body", key=KEY[::-1])
    assert sorted(map(tuple, other.collect())) != sorted(map(tuple, one.collect()))


def test_collisions_are_found_after_the_union_and_resolved_deterministically(spark):
    """A 1-character tag (16 values per type) forces collisions; every placeholder must still be one value."""
    emails = [f"user{i}@example.com" for i in range(40)]
    rows = [(i, f"from {emails[i]} to {emails[(i * 7) % 40]}") for i in range(40)]
    df = spark.createDataFrame(rows, "id long, body string")
    red1, vault1 = redact_column(df.repartition(3), "body", key=KEY, tag_len=1)
    red2, vault2 = redact_column(df.coalesce(1), "body", key=KEY, tag_len=1)
    entries = [(r.placeholder, r.value) for r in vault1.collect()]
    assert len({p for p, _ in entries}) == len(entries) == 40  # one value per placeholder, one placeholder per value
    assert any(len(p) > len("<EMAIL_x>") for p, _ in entries)  # some needed a longer tag
    assert vault1.collect() == vault2.collect()  # the resolution does not depend on the partitioning
    mapping = dict(entries)
    pattern = re.compile("|".join(re.escape(p) for p in mapping))
    restored = {r.id: pattern.sub(lambda m: mapping[m.group(0)], r.body) for r in red1.collect()}
    assert restored == dict(rows)
    assert sorted(map(tuple, red1.collect())) == sorted(map(tuple, red2.collect()))


def test_a_row_that_cannot_be_processed_fails_the_job_and_names_the_row(spark):
    df = spark.createDataFrame([("t-1", "short"), ("t-2", "alice@example.com is far too long a row")], "ticket string, body string")
    with pytest.raises(Exception) as info:
        redact_column(df, "body", key=KEY, id_column="ticket", max_chars=20)
    message = str(info.value)
    assert "id='t-2'" in message and "max_chars" in message
    assert "alice@example.com" not in message


def test_encrypted_vault_is_deterministic_and_needs_its_key(spark, tickets):
    red, vault = redact_column(tickets, "body", key=KEY, config=CONFIG, encrypt=True)
    rows = vault.collect()
    assert vault.columns == ["placeholder", "type", "value_enc"]
    assert not any(v in r.value_enc for r in rows for v in PLANTED)
    _, again = redact_column(tickets, "body", key=KEY, config=CONFIG, encrypt=True)
    assert again.collect() == rows  # same ciphertexts: shards de-duplicate after a union
    assert restore_column(red, "body", vault, key=KEY).collect() == tickets.collect()
    with pytest.raises(VaultDecryptError):
        restore_column(red, "body", vault, key="another key entirely, 32 bytes.")
    with pytest.raises(ValueError, match="encrypted"):
        restore_column(red, "body", vault)


def test_merge_refuses_shards_that_disagree(spark):
    a = spark.createDataFrame([("<EMAIL_abcdef>", "EMAIL", "x@example.com")], "placeholder string, type string, value string")
    b = spark.createDataFrame([("<EMAIL_abcdef>", "EMAIL", "y@example.com")], "placeholder string, type string, value string")
    assert merge_vaults(a, a).count() == 1
    with pytest.raises(CollisionError):
        merge_vaults(a, b)


def test_strict_restore_names_the_row_with_an_unknown_placeholder(spark):
    df = spark.createDataFrame([("a", "fine"), ("b", "see <EMAIL_ffffff>")], "k string, body string")
    vault = spark.createDataFrame([], "placeholder string, type string, value string")
    assert restore_column(df, "body", vault).collect() == df.collect()
    with pytest.raises(Exception, match="id='b'"):
        restore_column(df, "body", vault, strict=True, id_column="k").collect()


# ---- the CLI ---------------------------------------------------------------------------------------

def make_tree(root: Path) -> None:
    (root / "a").mkdir(parents=True)
    (root / "a" / "one.txt").write_text("mail alice@example.com, call +1 415 555 2671\n", encoding="utf-8")
    (root / "a" / "two.txt").write_text("alice@example.com and bob@corp.example.org\r\nticket PAY-48213\n", encoding="utf-8")
    (root / "b.md").write_text("no secrets here\n", encoding="utf-8")
    (root / "bin.dat").write_bytes(b"\0\1\2binary")


def test_cli_engine_spark_round_trips_a_tree(tmp_path: Path, isolated_home: Path, ticket_config: Path):
    make_tree(tmp_path / "in")
    env = {"PROMPTSCRUB_DETERMINISTIC_KEY": KEY}
    res = subprocess.run([*PROMPTSCRUB, "redact", str(tmp_path / "in"), "--out-dir", str(tmp_path / "out"), "--map", str(tmp_path / "m.json"),
                          "--config", str(ticket_config), "--engine", "spark", "--master", "local[1]", "-q"], capture_output=True, env=env_for(isolated_home, **env), timeout=240)
    assert res.returncode == 0, res.stderr.decode()
    out = {p.relative_to(tmp_path / "out").as_posix(): p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.txt")}
    assert set(out) == {"a/one.txt", "a/two.txt"}
    assert not any(v in "".join(out.values()) for v in ("alice@example.com", "PAY-48213"))
    back = subprocess.run([*PROMPTSCRUB, "restore", str(tmp_path / "out" / "a" / "two.txt"), "--map", str(tmp_path / "m.json")],
                          capture_output=True, env=env_for(isolated_home), timeout=60)
    assert back.stdout == (tmp_path / "in" / "a" / "two.txt").read_bytes()
    # the local engine finds exactly the same things (its placeholders are counters, so compare by type)
    local = subprocess.run([*PROMPTSCRUB, "redact", str(tmp_path / "in"), "--out-dir", str(tmp_path / "local"), "--map", str(tmp_path / "l.json"),
                            "--config", str(ticket_config), "-q"], capture_output=True, env=env_for(isolated_home), timeout=60)
    assert local.returncode == 0, local.stderr.decode()
    by_type = re.compile(r"<([A-Z][A-Z0-9_]*?)_[0-9a-f]+>")
    for rel, text in out.items():
        assert by_type.sub(r"<\1>", text) == by_type.sub(r"<\1>", (tmp_path / "local" / rel).read_text(encoding="utf-8"))
    # and in deterministic mode with the same key, the local engine writes exactly the same placeholders
    for rel, text in out.items():
        det = subprocess.run([*PROMPTSCRUB, "redact", str(tmp_path / "in" / rel), "--deterministic", "--map", str(tmp_path / "d.json"),
                              "--config", str(ticket_config), "-q"], capture_output=True, env=env_for(isolated_home, **env), timeout=60)
        assert det.returncode == 0, det.stderr.decode()
        assert det.stdout == (tmp_path / "out" / rel).read_bytes()
    # re-running is idempotent: same outputs, same mapping
    mapping = (tmp_path / "m.json").read_bytes()
    again = subprocess.run(res.args, capture_output=True, env=env_for(isolated_home, **env), timeout=240)
    assert again.returncode == 0 and (tmp_path / "m.json").read_bytes() == mapping
    assert {r: (tmp_path / "out" / r).read_text(encoding="utf-8") for r in out} == out


def test_cli_engine_spark_without_pyspark_is_a_clear_usage_error(tmp_path: Path, isolated_home: Path):
    shim = tmp_path / "shim" / "pyspark"
    shim.mkdir(parents=True)
    (shim / "__init__.py").write_text("raise ImportError('hidden for this test')\n", encoding="utf-8")
    make_tree(tmp_path / "in")
    env = env_for(isolated_home, PYTHONPATH=str(shim.parent), PROMPTSCRUB_DETERMINISTIC_KEY=KEY)
    res = subprocess.run([*PROMPTSCRUB, "redact", str(tmp_path / "in"), "--out-dir", str(tmp_path / "out"), "--engine", "spark"],
                         capture_output=True, env=env, timeout=60)
    assert res.returncode == 2
    assert b"pip install 'promptscrub[spark]'" in res.stderr and res.stderr.count(b"\n") == 1
    assert not (tmp_path / "out").exists()


def test_the_normal_cli_path_never_imports_pyspark(isolated_home: Path):
    code = ("import sys; from typer.testing import CliRunner; from promptscrub.cli import app; "
            "r = CliRunner().invoke(app, ['redact', '--map', sys.argv[1]], input='mail alice@example.com'); "
            "assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.startswith(('pyspark', 'pyarrow', 'pandas', 'promptscrub.spark'))))")
    res = subprocess.run([sys.executable, "-c", code, str(isolated_home / "m.json")], capture_output=True, env=env_for(isolated_home), timeout=60)
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout.strip() == b"[]"
