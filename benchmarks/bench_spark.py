"""Spark throughput (#9): redact_column on local[1] vs local[2], beside the one-process library path.

    python benchmarks/bench_spark.py [--rows 100000] [--masters local[1],local[2]]

The data are generated support tickets (~300 bytes each) with planted e-mails, phone numbers, keys and
ticket ids. Reported: rows/s and MB/s of each path, the local[2]/local[1] scaling ratio, and where
the time goes (Spark start-up, detection, the collision check and the vault, Arrow/JVM overhead).
"""
from __future__ import annotations

import argparse
import random
import time
import warnings
from dataclasses import dataclass

from promptscrub.config import parse_config

KEY = b"bench-key-0123456789abcdef012345"
CONFIG = parse_config({"rules": [{"id": "acme-ticket", "description": "tickets", "regex": r"\bPAY-\d{3,6}\b", "keywords": ["pay-"]}]}, "bench")
FIRST = "ana ben chloe dmitri eva farid grace hiro ines jamal kim lena".split()
LAST = "smith garcia chen muller rossi novak tanaka okafor silva kowalski".split()
PHRASES = [
    "I can't log in since this morning, the page just spins.",
    "The invoice for last month is wrong, please check the amounts.",
    "Our deploy fails with a timeout when pulling the image.",
    "Could you reset the MFA device for my account?",
    "The export job has been stuck at 99% for two hours.",
    "Refund requested for the duplicate charge on my card.",
]


def ticket(rnd: random.Random, i: int) -> str:
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    parts = [f"Ticket #{i} from {first}.{last}{rnd.randint(1, 300)}@example.com", rnd.choice(PHRASES)]
    if rnd.random() < 0.4:
        parts.append(f"Call me back on +1 415 555 {rnd.randint(1000, 9999)}.")
    if rnd.random() < 0.2:
        parts.append(f"Related: PAY-{rnd.randint(1000, 99999)}.")
    if rnd.random() < 0.1:
        key = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
        parts.append(f"I pasted my key AKIA{key} in the chat by mistake, sorry.")
    parts.append(rnd.choice(PHRASES))
    return " ".join(parts)


def dataset(rows: int, seed: int = 9) -> list[str]:
    rnd = random.Random(seed)
    return [ticket(rnd, i) for i in range(rows)]


@dataclass
class Figure:
    path: str
    seconds: float
    rows: int
    mb: float
    note: str = ""

    def line(self) -> str:
        return (f"{self.path:<28} {self.seconds:8.2f} s {self.rows / self.seconds:10,.0f} rows/s "
                f"{self.mb / self.seconds:7.2f} MB/s  {self.note}")


def one_process(texts: list[str], mb: float) -> list[Figure]:
    """The library path in one process: the executors' own per-row code, and detection alone."""
    from promptscrub.spark_rows import RedactSpec, redact_batch, scrubber_for

    spec = RedactSpec(KEY, CONFIG)
    scrubber = scrubber_for(spec)
    scrubber.find("warm up alice@example.com +1 415 555 0000 PAY-1234")
    t = time.perf_counter()
    for text in texts:
        scrubber.find(text)
    find_s = time.perf_counter() - t
    t = time.perf_counter()
    results = redact_batch(texts, spec)
    total_s = time.perf_counter() - t
    found = sum(len(r.entries) for r in results)
    return [Figure("one process: detection only", find_s, len(texts), mb),
            Figure("one process: redact rows", total_s, len(texts), mb, f"{found:,} entries (per row)")]


def on_spark(master: str, texts: list[str], mb: float) -> list[Figure]:
    import pandas as pd
    from pyspark.sql import SparkSession

    from promptscrub.spark import redact_column, release

    t0 = time.perf_counter()
    spark = (SparkSession.builder.master(master).appName("bench").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4").config("spark.driver.memory", "2g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    start_s = time.perf_counter() - t0
    cores = spark.sparkContext.defaultParallelism
    df = spark.createDataFrame(pd.DataFrame({"id": range(len(texts)), "body": texts})).repartition(cores * 4).cache()
    df.count()
    t = time.perf_counter()
    red, vault = redact_column(df, "body", key=KEY, config=CONFIG, id_column="id")
    detect_s = time.perf_counter() - t  # detection over all rows + the collision check (group by placeholder)
    t = time.perf_counter()
    red.write.format("noop").mode("overwrite").save()
    n_vault = vault.count()
    out_s = time.perf_counter() - t  # reading the cached result back + de-duplicating the vault
    release()
    spark.stop()
    total = detect_s + out_s
    return [Figure(f"spark {master}", total, len(texts), mb,
                   f"start-up {start_s:.1f} s (not counted); redact+check {detect_s:.1f} s, outputs {out_s:.1f} s; vault {n_vault:,}")]


def main() -> None:
    warnings.filterwarnings("ignore")
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--masters", default="local[1],local[2]")
    args = ap.parse_args()
    texts = dataset(args.rows)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{args.rows:,} rows, {mb:.1f} MB")
    figures = one_process(texts, mb)
    for f in figures:
        print(f.line(), flush=True)
    spark_figs = {}
    for master in args.masters.split(","):
        fig = on_spark(master, texts, mb)[0]
        spark_figs[master] = fig
        print(fig.line(), flush=True)
    if "local[1]" in spark_figs and "local[2]" in spark_figs:
        print(f"scaling local[2]/local[1]: {spark_figs['local[1]'].seconds / spark_figs['local[2]'].seconds:.2f}x")


if __name__ == "__main__":
    main()
