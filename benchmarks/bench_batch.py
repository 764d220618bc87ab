"""Batch throughput: ``promptscrub redact TREE --out-dir OUT`` with 1 job against N jobs.

Generates a tree of small text files (source-like lines with emails, tickets, hosts, keys), runs the
real console script with ``--jobs 1`` and ``--jobs N`` into fresh output folders (no resume), checks
that both outputs are identical, and prints files/s, MB/s and the scaling ratio. ``--pty`` also runs
one batch under a pseudo-terminal and prints what the progress bar drew (final frame).

    python benchmarks/bench_batch.py --files 20000 --jobs 2
    python benchmarks/bench_batch.py --files 2000 --pty
"""
from __future__ import annotations

import argparse
import filecmp
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONFIG = """
[[rules]]
id = "acme-ticket"
regex = '''\\bPAY-\\d{3,6}\\b'''
keywords = ["pay-"]

[[rules]]
id = "acme-email"
category = "pii"
type = "EMAIL"
regex = '''\\b[a-z]+\\.[a-z]+@acme\\.example\\b'''
keywords = ["@acme"]

[[rules]]
id = "acme-host"
category = "internal"
regex = '''\\b[a-z0-9-]+\\.corp\\.acme\\.example\\b'''
keywords = [".corp.acme"]
"""

WORDS = "the retry loop calls the payment client and logs every failure before giving up on the request".split()


def make_tree(root: Path, n: int, lines: int, seed: int = 1) -> int:
    rnd = random.Random(seed)
    total = 0
    for i in range(n):
        d = root / f"pkg{i % 100:03d}"
        d.mkdir(parents=True, exist_ok=True)
        out = []
        for j in range(lines):
            k = rnd.random()
            if k < 0.05:
                out.append(f"    # see PAY-{rnd.randint(100, 999999)} reported by {rnd.choice(['jane', 'bob', 'li'])}.{rnd.choice(['doe', 'smith'])}@acme.example\n")
            elif k < 0.08:
                out.append(f"    url = 'https://db{rnd.randint(1, 40)}.corp.acme.example:5432/pay'\n")
            else:
                out.append("    " + " ".join(rnd.choice(WORDS) for _ in range(10)) + f"  # {j}\n")
        data = "".join(out)
        (d / f"mod{i:06d}.py").write_text(data, encoding="utf-8")
        total += len(data)
    return total


def run(tree: Path, out: Path, vault: Path, config: Path, jobs: int, home: Path) -> float:
    env = dict(os.environ, PROMPTSCRUB_HOME=str(home))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "promptscrub", "redact", str(tree), "--out-dir", str(out), "--map", str(vault),
                    "--config", str(config), "--jobs", str(jobs), "-q"], check=True, env=env, stdin=subprocess.DEVNULL)
    return time.perf_counter() - t0


def same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b, ignore=[".promptscrub-manifest.json"])
    stack = [cmp]
    while stack:
        c = stack.pop()
        if c.left_only or c.right_only or c.diff_files or c.funny_files:
            return False
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        if mismatch or errors:
            return False
        stack.extend(c.subdirs.values())
    return True


def progress_capture(tree: Path, work: Path, config: Path, home: Path) -> str:
    """Run one batch under a pty (stderr is a terminal) and return the last frame the progress bar drew."""
    import pty

    out = work / "out-pty"
    argv = [sys.executable, "-m", "promptscrub", "redact", str(tree), "--out-dir", str(out), "--map", str(work / "pty.json"),
            "--config", str(config), "--jobs", "2"]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(PROMPTSCRUB_HOME=str(home), COLUMNS="100", TERM="xterm")
        os.execv(sys.executable, argv)
    raw = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        raw += chunk
    os.waitpid(pid, 0)
    text = raw.decode("utf-8", "replace")
    frames = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", f).strip() for f in re.split(r"\r|\x1b\[2K|\n", text)]
    frames = [f for f in frames if f]
    bars = [f for f in frames if f.startswith("redact")]
    picked = list(dict.fromkeys([bars[0], bars[len(bars) // 2], bars[-1]])) if bars else []
    notes = [f for f in frames if f.startswith("promptscrub:")]
    return (f"{len(raw)} bytes of terminal output, {len(bars)} progress frames; first, middle and last:\n"
            + "\n".join(picked + notes))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--lines", type=int, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--pty", action="store_true", help="also capture the progress bar under a pseudo-terminal")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        tree, home, config = work / "tree", work / "home", work / "cfg.toml"
        config.write_text(CONFIG, encoding="utf-8")
        size = make_tree(tree, args.files, args.lines)
        print(f"tree: {args.files} files, {size / 1e6:.1f} MB, cpu_count={os.cpu_count()}")
        best: dict[int, float] = {}
        for jobs in (1, args.jobs):
            for k in range(args.repeat):
                out = work / f"out-{jobs}-{k}"
                t = run(tree, out, work / f"m-{jobs}-{k}.json", config, jobs, home)
                best[jobs] = min(best.get(jobs, t), t)
                print(f"jobs={jobs} run {k + 1}: {t:.2f} s  ({args.files / t:.0f} files/s, {size / 1e6 / t:.1f} MB/s)")
        identical = same_tree(work / "out-1-0", work / f"out-{args.jobs}-0") and filecmp.cmp(work / "m-1-0.json", work / f"m-{args.jobs}-0.json", shallow=False)
        print(f"outputs and vaults identical across --jobs: {identical}")
        print(f"scaling ratio (best of {args.repeat}): jobs=1 {best[1]:.2f} s / jobs={args.jobs} {best[args.jobs]:.2f} s = {best[1] / best[args.jobs]:.2f}x")
        if args.pty:
            print(progress_capture(tree, work, config, home))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
