#!/usr/bin/env python3
"""Redacting logs with very many distinct values: time, MB/s and peak RSS of ``promptscrub redact``.

Every line of the generated log carries a value never seen before (an e-mail; with ``--kind mixed`` also
IPv4 addresses and phone numbers) and a ``line N``/``item N`` counter, which restore would read as a
placeholder (``LINE_N``) and redact therefore reserves. So the vault ends with one entry and one
reservation per line: what stresses placeholder assignment, the look-alike checks and the vault file.

    python benchmarks/bench_vault.py                          17 MB of e-mails (200,000 values), 3 runs
    python benchmarks/bench_vault.py --kind mixed --style fake
    python benchmarks/bench_vault.py --against /tmp/wt_old/src   the same runs with another checkout, output compared
    python benchmarks/bench_vault.py --write logs.txt         only write the log

Absolute times on a shared machine are noise: the figures to quote are the minimum of several runs and,
with ``--against``, the ratio of two checkouts timed in the same session.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable


def log_lines(n: int, kind: str, seed: int = 7) -> list[str]:
    """``n`` log lines, each with new values; ``kind`` ``emails`` (one e-mail a line) or ``mixed``."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        mail = f"u{i}.{rnd.randrange(10**6)}@mail{i % 50}.com"
        if kind == "emails" or i % 3 == 0:
            out.append(f"2026-11-27T05:00:00 line {i} INFO user {mail} logged in from app\n")
        elif i % 3 == 1:
            a, b, c = (i >> 16) & 255, (i >> 8) & 255, i & 255
            out.append(f"2026-11-27T05:00:01 item {i} WARN login from 10.{a}.{b}.{c} and 84.{a}.{b}.{c} refused\n")
        else:
            out.append(f"2026-11-27T05:00:02 line {i} INFO call +1 212-555-{i % 10000:04d} from user_{i} ok\n")
    return out


def write_log(path: Path, n: int, kind: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(log_lines(n, kind))


def run_once(src_path: str | None, log: Path, out: Path, vault: Path, style: str | None) -> tuple[float, float]:
    """One ``redact`` in a fresh vault: (seconds, peak RSS in MB) of that process alone."""
    vault.unlink(missing_ok=True)
    env = dict(os.environ)
    if src_path:
        env["PYTHONPATH"] = src_path
    cmd = [PY, "-m", "promptscrub", "redact", str(log), "--map", str(vault)] + (["--style", style] if style else [])
    with open(out, "wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"redact failed ({proc.returncode}): {proc.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
    return elapsed, usage.ru_maxrss / 1024  # kilobytes on Linux


def measure(label: str, src_path: str | None, log: Path, work: Path, runs: int, style: str | None) -> float:
    mb = log.stat().st_size / 1e6
    best_t, best_rss = float("inf"), 0.0
    for _ in range(runs):
        t, rss = run_once(src_path, log, work / f"{label}.out", work / f"{label}.map.json", style)
        best_t, best_rss = min(best_t, t), max(best_rss, rss)
    entries = json.loads((work / f"{label}.map.json").read_text(encoding="utf-8"))
    print(f"{label}: {mb:.1f} MB in {best_t:.2f} s (min of {runs}) = {mb / best_t:.2f} MB/s, peak RSS {best_rss:.0f} MB, "
          f"{len(entries.get('entries', []))} entries, {len(entries.get('reserved', []))} reserved")
    return best_t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=200_000, help="log lines, one new value each (200,000: ~17 MB)")
    ap.add_argument("--kind", choices=("emails", "mixed"), default="emails")
    ap.add_argument("--style", choices=("tag", "fake"), default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", metavar="SRC", help="also time the checkout whose package is under SRC (PYTHONPATH)")
    ap.add_argument("--log", type=Path, help="redact this file instead of a generated log")
    ap.add_argument("--write", type=Path, metavar="PATH", help="write the generated log to PATH and stop")
    args = ap.parse_args()
    if args.write:
        write_log(args.write, args.lines, args.kind)
        return
    with tempfile.TemporaryDirectory(prefix="ps-vault-") as tmp:
        work = Path(tmp)
        log = args.log or work / f"{args.kind}.log"
        if args.log is None:
            write_log(log, args.lines, args.kind)
        os.environ.setdefault("PROMPTSCRUB_HOME", str(Path.home() / ".cache" / "promptscrub-bench"))
        warm = work / "warm.log"
        write_log(warm, 10, args.kind)
        for src_path in (None, args.against):  # build the rule and pattern caches outside the timings
            run_once(src_path, warm, work / "warm.out", work / "warm.map.json", args.style)
        this = measure("this", None, log, work, args.runs, args.style)
        if args.against:
            other = measure("against", args.against, log, work, args.runs, args.style)
            same_out = filecmp.cmp(work / "this.out", work / "against.out", shallow=False)
            same_vault = json.loads((work / "this.map.json").read_text()) == json.loads((work / "against.map.json").read_text())
            print(f"ratio: {other / this:.2f}x faster than --against; output identical: {same_out}, vault identical: {same_vault}")


if __name__ == "__main__":
    main()
