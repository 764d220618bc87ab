"""``promptscrub redact DIR --out-dir OUT --engine spark``: a file tree through :mod:`promptscrub.spark`.

The driver walks the tree with the same rules as the local engine (``.gitignore``, binaries, size,
``--include``/``--exclude``), reads and decodes each file, and hands (path, text) rows to Spark; the
redacted texts come back to the driver, which writes them and merges the vault shard into ``--map``.
With the same key, outputs and mapping equal those of the local deterministic mode. Imported only
for ``--engine spark``; pyspark is never loaded otherwise.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path

from .batch import Stats, expand_tree, report, selected
from .inputs import InputError, read_text
from .placeholder_syntax import find_placeholders

KEY_ENV = "PROMPTSCRUB_DETERMINISTIC_KEY"
MAX_VAULT_ROUNDS = 4


class SparkUnavailable(Exception):
    """pyspark (or Java) is missing; the CLI turns this into one line and exit 2."""


@dataclass(frozen=True)
class SparkRun:
    """What the CLI passes in: where Spark runs and which key makes the placeholders."""

    master: str = "local[*]"
    key: bytes = b""


def require_pyspark() -> None:
    """Import what the Spark engine needs now, so a missing piece is one clear line, not a traceback."""
    missing = []
    for name in ("pyspark", "pyarrow", "pandas"):
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise SparkUnavailable(f"--engine spark needs {', '.join(missing)}, which is not installed: pip install 'promptscrub[spark]'")


def session(master: str):  # noqa: ANN201 - a SparkSession
    """A session on ``master``. A local one runs its Python workers on this interpreter (unless PYSPARK_PYTHON
    says otherwise): Spark's default is the ``python3`` on PATH, which for a venv or pipx install that is not
    activated is another Python, without promptscrub's dependencies."""
    import os
    import sys

    from pyspark.sql import SparkSession

    if master.startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (SparkSession.builder.master(master).appName("promptscrub")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate())
    spark.sparkContext.setLogLevel("OFF")  # failures are reported as one promptscrub line instead
    return spark


def redact_tree_spark(paths: list[str], out_dir: Path, vault_path: Path, config: Path | None, run: SparkRun,
                      include: list[str], exclude: list[str], quiet: bool) -> Stats:
    """Redact every file of the trees into ``out_dir`` on Spark; the vault is locked for the whole run."""
    require_pyspark()
    from .cli import Fail, build, err, write_output
    from .config import load_config
    from .vault import Vault, VaultEntry, locked

    build(config)  # validates the config and rule ids up front, as the local engine does
    cfg = load_config(config)
    stats = Stats()
    sources_all, skipped = expand_tree(paths)
    for s in skipped:
        stats.skipped[s.reason] += 1
        stats.skipped_names.append(f"{s.display}: {s.reason}")
    rels: list[str] = []
    texts: list[str] = []
    for src in selected(sources_all, include, exclude, out_dir, stats):
        try:
            texts.append(read_text(src))
        except InputError as exc:
            reason = str(exc).split(": ", 1)[-1]
            stats.skipped[reason.split(" (")[0]] += 1
            stats.skipped_names.append(str(exc))
            continue
        rels.append(src.rel.as_posix())
        stats.bytes += len(texts[-1].encode("utf-8"))
    stats.files = len(rels)
    with locked(vault_path):
        vault = Vault.load(vault_path)
        mentions = {m.key for t in texts for m in find_placeholders(t)}
        clash = sorted(m for m in mentions if m in vault)
        if clash:
            raise Fail(f"the inputs already contain {len(clash)} placeholder(s) that {vault_path} maps (e.g. {clash[0]}); "
                       "use the local engine, which escapes them, or a fresh --map")
        out_texts, entries = redact_on_spark(rels, texts, cfg, run, vault)
        placed = {e[0]: e[1] for e in entries}
        for rel, text in zip(rels, out_texts):
            write_output(text, Path(rel), out_dir)
            stats.counts.update(placed[m.key] for m in find_placeholders(text) if m.key in placed)
        for ph, type_, value in entries:
            if ph not in vault:
                vault.add(VaultEntry(ph, type_, value))
        vault.reserve(mentions - {e[0] for e in entries})
        if vault.changed:
            vault.save(vault_path)
    stats.done = len(rels)
    stats.findings = sum(stats.counts.values())
    if not quiet:
        report(stats, err)
    return stats


def redact_on_spark(rels: list[str], texts: list[str], cfg, run: SparkRun, vault) -> tuple[list[str], list[tuple[str, str, str]]]:  # noqa: ANN001
    """Texts redacted in ``rels`` order, and the entries used; placeholders the existing vault gives
    to other values are re-run as taken until there is no conflict."""
    import pandas as pd

    from .spark import redact_column, release

    spark = session(run.master)
    df = spark.createDataFrame(pd.DataFrame({"rel": rels, "text": texts}), schema="rel string, text string")
    taken: set[str] = {r for r in vault.reserved}
    try:
        for _ in range(MAX_VAULT_ROUNDS):
            red, shard = redact_column(df, "text", key=run.key, config=cfg, id_column="rel", taken=taken)
            entries = [(r[0], r[1], r[2]) for r in shard.collect()]
            conflicts = {ph for ph, _, value in entries if ph in vault and vault.get(ph).value != value}
            if not conflicts:
                by_rel = {r[0]: r[1] for r in red.select("rel", "text").collect()}
                return [by_rel[r] for r in rels], entries
            taken |= conflicts
            release()
        raise RuntimeError("placeholders keep colliding with the existing mapping; use a fresh --map")
    finally:
        release()


def key_from_env() -> bytes:
    key = os.environ.get(KEY_ENV, "")
    if not key:
        raise SparkUnavailable(f"--engine spark makes placeholders from a keyed hash: set {KEY_ENV} to a random secret "
                               "(e.g. `openssl rand -hex 32`) and keep it with the mapping")
    return key.encode("utf-8")


def redact_with_engine(engine: str, master: str, paths: list[str], out_dir: Path | None, vault_path: Path,
                       config: Path | None, include: list[str], exclude: list[str], quiet: bool) -> Stats:
    """The CLI's entry: check the request, run, and turn Spark's long errors into one line."""
    from .cli import Fail

    if engine != "spark":
        raise Fail(f"--engine must be local or spark, not {engine!r}")
    if out_dir is None or not paths or any(p == "-" for p in paths):
        raise Fail("--engine spark redacts files and directories into --out-dir DIR (not stdin)")
    try:
        require_pyspark()
        run = SparkRun(master, key_from_env())
        return redact_tree_spark(paths, out_dir, vault_path, config, run, include, exclude, quiet)
    except SparkUnavailable as exc:
        raise Fail(str(exc)) from None
    except Fail:
        raise
    except Exception as exc:  # noqa: BLE001 - a failed Spark job: keep the row's line, drop the stack traces
        raise Fail(spark_error_line(exc)) from None


def spark_error_line(exc: BaseException) -> str:
    """The promptscrub line of a failed job (a row's id and what went wrong), else the error's first line."""
    text = str(exc)
    for line in text.splitlines():
        if "promptscrub: row " in line:
            return "spark job failed: " + line[line.index("promptscrub: row ") + len("promptscrub: "):].strip()
    if "JAVA_GATEWAY_EXITED" in text or "Java gateway process exited" in text:
        return "spark could not start: is Java (17+) installed and on PATH? (java -version)"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"spark job failed: {type(exc).__name__}: {first[:300]}"
