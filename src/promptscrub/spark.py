"""Redact and restore a text column of a Spark DataFrame, with one consistent, reversible mapping.

Install with ``pip install 'promptscrub[spark]'``. Placeholders come from the keyed-hash deterministic
mode, so the same value gets the same placeholder in every partition, executor and run that uses the
same key: no coordination is needed, and vault shards are simply unioned and de-duplicated. Two
values that hash to the same placeholder are caught after the union (group by placeholder, count
distinct values) and the rows that used it are redone with that placeholder taken, which gives them
a longer tag — deterministically, whatever the partitioning.

Work runs in Arrow-backed iterator pandas UDFs; only the text column (and the id column, if named)
travels to Python, so every other column keeps its exact type. The detectors are built once per
executor process (see :mod:`promptscrub.spark_rows`).
"""
# no `from __future__ import annotations`: pandas_udf reads the UDFs' type hints at run time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any, Optional, Union

try:
    import pandas as pd
    from pyspark import StorageLevel, TaskContext
    from pyspark.sql import DataFrame, functions as F
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType
except ImportError as exc:  # pragma: no cover - exercised by the CLI's clear error instead
    raise ImportError("promptscrub.spark needs pyspark, pyarrow and pandas: pip install 'promptscrub[spark]'") from exc

from . import spark_rows
from .config import Config
from .spark_rows import MAX_ROW_CHARS, RedactSpec, RowResult, config_fingerprint
from .spark_vault import value_cipher

ENTRY = StructType([StructField("placeholder", StringType()), StructField("type", StringType()), StructField("value", StringType())])
ROW_OUT = StructType([StructField("text", StringType()), StructField("entries", ArrayType(ENTRY)), StructField("mentions", ArrayType(StringType()))])
VAULT_SCHEMA = ENTRY
ENC_VAULT_SCHEMA = StructType([StructField("placeholder", StringType()), StructField("type", StringType()), StructField("value_enc", StringType())])
TMP, ENTRIES, MENTIONS = "__promptscrub_row", "__promptscrub_entries", "__promptscrub_mentions"
MAX_ROUNDS = 8

_PERSISTED: list[DataFrame] = []


class CollisionError(RuntimeError):
    """Placeholders still shared by different values after the allowed number of passes."""


def _q(name: str) -> str:
    """A column reference that survives dots and backticks in the name."""
    return "`" + name.replace("`", "``") + "`"


def as_key(key: Union[str, bytes]) -> bytes:
    if isinstance(key, str):
        key = key.encode("utf-8")
    if not key:
        raise ValueError("promptscrub.spark: an empty key would make placeholders guessable; use a random secret")
    return key


def _frame(results: list[RowResult]) -> "pd.DataFrame":
    return pd.DataFrame({"text": [r.text for r in results], "entries": [r.entries for r in results],
                         "mentions": [r.mentions for r in results]})


def _redact_udf(spec: RedactSpec, with_ids: bool):  # noqa: ANN202
    def run(batches: Iterator[tuple["pd.Series", ...]]) -> Iterator["pd.DataFrame"]:
        partition, offset = TaskContext.get().partitionId(), 0
        for batch in map(_columns, batches):
            texts, ids = list(batch[0]), (list(batch[1]) if with_ids else None)
            yield _frame(spark_rows.redact_batch(texts, spec, ids, partition, offset))
            offset += len(texts)

    run.__annotations__ = {"batches": Iterator[tuple[pd.Series, ...]], "return": Iterator[pd.DataFrame]}
    return F.pandas_udf(run, ROW_OUT)


def _redo_udf(spec: RedactSpec, with_ids: bool):  # noqa: ANN202
    def run(batches: Iterator[tuple["pd.Series", ...]]) -> Iterator["pd.DataFrame"]:
        partition, offset = TaskContext.get().partitionId(), 0
        for batch in map(_columns, batches):
            texts, entries, mentions = (list(s) for s in batch[:3])
            ids = list(batch[3]) if with_ids else None
            yield _frame(spark_rows.redo_batch(texts, [_entries(e) for e in entries], mentions, spec, ids, partition, offset))
            offset += len(texts)

    run.__annotations__ = {"batches": Iterator[tuple[pd.Series, ...]], "return": Iterator[pd.DataFrame]}
    return F.pandas_udf(run, ROW_OUT)


def _columns(batch: Any) -> tuple["pd.Series", ...]:
    """A UDF batch as a tuple of columns (Spark passes a bare Series when the UDF has one argument)."""
    return (batch,) if isinstance(batch, pd.Series) else tuple(batch)


def _entries(cell: Any) -> list[dict[str, str]]:
    """An array<struct> cell as Arrow hands it to pandas (an array of dicts), or [] for null."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return []
    return [dict(e) for e in cell]


def _apply(df: DataFrame, column: str, udf_call) -> DataFrame:  # noqa: ANN001
    """``df`` with ``column`` replaced by the UDF's text, plus the hidden entries/mentions columns."""
    work = df.withColumn(TMP, udf_call)
    cols = [F.col(f"{TMP}.text").alias(column) if c == column else F.col(_q(c)) for c in df.columns if c not in (ENTRIES, MENTIONS)]
    return work.select(*cols, F.col(f"{TMP}.entries").alias(ENTRIES), F.col(f"{TMP}.mentions").alias(MENTIONS))


def _persist(df: DataFrame) -> DataFrame:
    df = df.persist(StorageLevel.MEMORY_AND_DISK)
    _PERSISTED.append(df)
    return df


def release() -> None:
    """Drop the cached intermediate data of earlier :func:`redact_column` calls (it holds the values)."""
    while _PERSISTED:
        _PERSISTED.pop().unpersist()


def shard(df_with_entries: DataFrame) -> DataFrame:
    """The (placeholder, type, value) rows behind a redacted frame, one per distinct entry."""
    return df_with_entries.select(F.explode(ENTRIES).alias("e")).select("e.placeholder", "e.type", "e.value").distinct()


def colliding(vault: DataFrame, mentions: Optional[DataFrame] = None) -> list[str]:
    """Placeholders that two different values share, plus any that already occur literally in the input."""
    per = vault.groupBy("placeholder").agg(F.countDistinct("value").alias("n"))
    bad = per.where(F.col("n") > 1).select("placeholder")
    if mentions is not None:
        bad = bad.union(per.join(mentions, "placeholder", "left_semi").select("placeholder"))
    return sorted({r["placeholder"] for r in bad.distinct().collect()})


def redact_column(df: DataFrame, column: str, *, key: Union[str, bytes], config: Optional[Config] = None,
                  id_column: Optional[str] = None, encrypt: bool = False, taken: Iterable[str] = (),
                  tag_len: Optional[int] = None, max_chars: int = MAX_ROW_CHARS,
                  max_rounds: int = MAX_ROUNDS) -> tuple[DataFrame, DataFrame]:
    """Redact ``column``; return ``(redacted_df, vault_df)``.

    ``redacted_df`` has ``df``'s schema, rows and row order, with ``column`` redacted (nulls stay null).
    ``vault_df`` is ``placeholder, type, value`` — or ``placeholder, type, value_enc`` with ``encrypt``
    (AES-GCM under a key derived from ``key``; see :mod:`promptscrub.spark_vault`). ``taken`` are
    placeholders never to hand out (e.g. those an existing vault maps to other values). A row that
    cannot be processed fails the job, naming the row by ``id_column`` (else partition and offset).

    The redacted data is cached (memory, spilling to disk) so detection runs once; :func:`release`
    drops it.
    """
    if column not in df.columns:
        raise ValueError(f"promptscrub.spark: no column {column!r} (columns: {', '.join(df.columns)})")
    if not isinstance(df.schema[column].dataType, StringType):
        raise TypeError(f"promptscrub.spark: column {column!r} is {df.schema[column].dataType.simpleString()}, not string")
    if id_column is not None and id_column not in df.columns:
        raise ValueError(f"promptscrub.spark: no id column {id_column!r}")
    spec = RedactSpec(as_key(key), config, tag_len, frozenset(taken), max_chars, config_fingerprint(config))
    ids = [F.col(_q(id_column)).cast("string")] if id_column else []
    current = _persist(_apply(df, column, _redact_udf(spec, bool(id_column))(F.col(_q(column)), *ids)))
    stale: list[DataFrame] = []
    for _ in range(max_rounds):
        mentions = current.select(F.explode(MENTIONS).alias("placeholder")).distinct()
        bad = colliding(shard(current), mentions)  # also materialises `current`
        for old in stale:
            old.unpersist()
        stale = []
        if not bad:
            break
        spec = spec.with_taken(bad)
        udf = _redo_udf(spec, bool(id_column))(F.col(_q(column)), F.col(ENTRIES), F.col(MENTIONS), *ids)
        stale.append(current)
        current = _persist(_apply(current, column, udf))
    else:
        raise CollisionError(f"promptscrub.spark: placeholders still collide after {max_rounds} passes; use a longer tag")
    redacted = current.select(*[F.col(_q(c)) for c in df.columns])
    vault = shard(current).orderBy("placeholder")
    if encrypt:
        vault = encrypt_vault(vault, spec.key)
    return redacted, vault


def encrypt_vault(vault: DataFrame, key: Union[str, bytes]) -> DataFrame:
    """``placeholder, type, value`` → ``placeholder, type, value_enc`` (deterministic AES-GCM; see spark_vault)."""
    raw = as_key(key)

    def run(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        cipher = value_cipher(raw)
        for b in batches:
            yield pd.DataFrame({"placeholder": b["placeholder"], "type": b["type"],
                                "value_enc": [cipher.encrypt(p, v) for p, v in zip(b["placeholder"], b["value"])]})

    return vault.mapInPandas(run, ENC_VAULT_SCHEMA)


def vault_entries(vault_df: DataFrame, key: Union[str, bytes, None] = None) -> list[tuple[str, str, str]]:
    """The vault's rows on the driver, decrypted; refuses a vault where one placeholder has two values."""
    encrypted = "value_enc" in vault_df.columns
    if encrypted and key is None:
        raise ValueError("promptscrub.spark: this vault is encrypted; pass the key it was written with")
    cipher = value_cipher(as_key(key)) if encrypted else None
    seen: dict[str, tuple[str, str, str]] = {}
    for r in vault_df.select("placeholder", "type", "value_enc" if encrypted else "value").collect():
        value = cipher.decrypt(r[0], r[2]) if cipher else r[2]
        entry = (r[0], r[1], value)
        if seen.setdefault(r[0], entry) != entry:
            raise CollisionError(f"promptscrub.spark: placeholder {r[0]} maps to two different values in this vault; refusing to restore")
    return list(seen.values())


def merge_vaults(*vault_dfs: DataFrame) -> DataFrame:
    """Union vault shards and de-duplicate; fail if two shards map one placeholder to different values."""
    if not vault_dfs:
        raise ValueError("promptscrub.spark: no vaults to merge")
    merged = vault_dfs[0]
    for v in vault_dfs[1:]:
        merged = merged.unionByName(v)
    merged = merged.distinct()
    value_col = "value_enc" if "value_enc" in merged.columns else "value"
    bad = colliding(merged.withColumnRenamed(value_col, "value") if value_col != "value" else merged)
    if bad:
        raise CollisionError(f"promptscrub.spark: {len(bad)} placeholder(s) map to different values across shards, e.g. {bad[0]}; "
                             "were they written with different keys?")
    return merged.orderBy("placeholder")


def restore_column(df: DataFrame, column: str, vault_df: DataFrame, *, key: Union[str, bytes, None] = None,
                   strict: bool = False, id_column: Optional[str] = None) -> DataFrame:
    """``df`` with the placeholders in ``column`` replaced by their values (restore.py on each row).

    The vault is collected on the driver and broadcast to the executors, where it is built into a
    :class:`~promptscrub.vault.Vault` once per process. ``strict``: a placeholder the vault does not
    hold fails the job, naming the row.
    """
    if column not in df.columns:
        raise ValueError(f"promptscrub.spark: no column {column!r}")
    entries = vault_entries(vault_df, key)
    token = uuid.uuid4().hex
    spark = df.sparkSession
    try:
        bc = spark.sparkContext.broadcast(entries)

        def load() -> Any:
            return bc.value
    except Exception:  # noqa: BLE001 - Spark Connect has no broadcast: ship the entries with the UDF
        def load() -> Any:
            return entries

    with_ids = id_column is not None

    def run(batches: Iterator[tuple["pd.Series", ...]]) -> Iterator["pd.Series"]:
        vault = spark_rows.vault_for(token, load)
        partition, offset = TaskContext.get().partitionId(), 0
        for batch in map(_columns, batches):
            texts = list(batch[0])
            ids = list(batch[1]) if with_ids else None
            yield pd.Series(spark_rows.restore_batch(texts, vault, strict, ids, partition, offset), dtype=object)
            offset += len(texts)

    run.__annotations__ = {"batches": Iterator[tuple[pd.Series, ...]], "return": Iterator[pd.Series]}
    ids = [F.col(_q(id_column)).cast("string")] if with_ids else []
    return df.withColumn(column, F.pandas_udf(run, StringType())(F.col(_q(column)), *ids))
