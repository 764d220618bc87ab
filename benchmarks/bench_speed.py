#!/usr/bin/env python3
"""Speed of promptscrub against baselines measured in the same run, reported as ratios (issue #8).

    python benchmarks/bench_speed.py                 cold start + throughput + baselines
    python benchmarks/bench_speed.py --engines       in-process: Python vs Hyperscan backend, same rules
    python benchmarks/bench_speed.py --engines --cold   the same, compiling the Hyperscan database (cache miss)
    python benchmarks/bench_speed.py --profile       where the time goes (pyinstrument if installed, else cProfile)
    python benchmarks/bench_speed.py --stream-gb 1   peak RSS and MB/s on a generated N GB stream (deleted after)

Absolute times on a shared machine are noise; ratios within one run are the figures to quote. The
rule set is whatever is built in; ``--synthetic`` adds the generated gitleaks-shaped pack
(benchmarks/synthetic_rules.py) for the in-process modes.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLEAN = HERE.parent.parent / "shared" / "bench" / "secrets" / "clean_code.txt"
PY = sys.executable
CLI = [str(Path(PY).with_name("promptscrub"))] if Path(PY).with_name("promptscrub").exists() else [PY, "-m", "promptscrub"]
TYPER_FLOOR = """import sys, typer
app = typer.Typer()
@app.command()
def main(path: str):
    sys.stdout.write(open(path, encoding="utf-8").read())
app()
"""
ONE_LINE = "please fix: psql postgres://admin:S3cr3tPassw0rd@db.example.com/app fails\n"


def timed(cmd: list[str], stdin: Path | None = None, runs: int = 5, env: dict | None = None) -> float:
    times = []
    for _ in range(runs):
        with open(stdin or os.devnull, "rb") as inp:
            t0 = time.perf_counter()
            subprocess.run(cmd, stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def speed(work: Path, clean: Path, reps: int) -> None:
    one = work / "one.txt"
    one.write_text(ONE_LINE, encoding="utf-8")
    floor = work / "floor.py"
    floor.write_text(TYPER_FLOOR, encoding="utf-8")
    mapfile = str(work / "m.json")
    subprocess.run(CLI + ["redact", str(one), "--map", mapfile], capture_output=True, check=False)  # warm the caches
    big = work / "big.txt"
    big.write_text(clean.read_text(encoding="utf-8") * reps, encoding="utf-8")
    subprocess.run(CLI + ["redact", str(big), "--map", mapfile], capture_output=True, check=False)
    bare = timed([PY, "-c", "pass"], runs=11)
    typer_floor = timed([PY, str(floor), str(one)], runs=11)
    cold = timed(CLI + ["redact", str(one), "--map", mapfile], runs=11)
    print(f"cold start (one-line prompt): promptscrub {cold * 1e3:.0f} ms | minimal Typer app {typer_floor * 1e3:.0f} ms"
          f" | bare python {bare * 1e3:.0f} ms")
    print(f"  ratios: {cold / typer_floor:.2f}x Typer app (target <= 1.3), {cold / bare:.1f}x bare python (target <= 10)")
    mb = big.stat().st_size / 1e6
    copy = timed([PY, "-c", "import sys; sys.stdout.write(sys.stdin.read())"], stdin=big, runs=3)
    red = timed(CLI + ["redact", str(big), "--map", mapfile], runs=3)
    red_py = timed(CLI + ["redact", str(big), "--map", mapfile], runs=1, env={**os.environ, "PROMPTSCRUB_ENGINE": "python"})
    print(f"throughput on {mb:.1f} MB of code: promptscrub {mb / red:.1f} MB/s ({red:.2f} s) | pure-Python engine "
          f"{mb / red_py:.1f} MB/s | python read+write {mb / copy:.0f} MB/s")
    print(f"  ratios: {red / copy:.1f}x python read+write (target <= 15), {red_py / red:.1f}x faster than the Python engine")
    others = []
    if shutil.which("detect-secrets"):
        ds = timed(["detect-secrets", "scan", str(big)], runs=1)
        others.append(f"detect-secrets scan {mb / ds:.2f} MB/s (its time / ours: {ds / red:.1f})")
    try:
        import presidio_analyzer  # noqa: F401
        others.append("presidio-analyzer installed but not timed (needs a spaCy model)")
    except ImportError:
        others.append("presidio-analyzer not installed")
    print("  others: " + "; ".join(others))


def load_rules(synthetic: bool, work: Path) -> list:
    from promptscrub.rules import RuleError, load_builtin_rules, load_rules as load

    try:
        rules = load_builtin_rules()
    except (RuleError, ImportError) as exc:
        print(f"(built-in rules unavailable: {exc})")
        rules = []
    if synthetic:
        sys.path.insert(0, str(HERE))
        from synthetic_rules import write_pack

        ids = {r.id for r in rules}
        rules += [r for r in load([write_pack(work / "synthetic")]) if r.id not in ids]
    return rules


def engines(work: Path, clean: Path, synthetic: bool) -> None:
    from promptscrub.engine import Matcher

    rules = load_rules(synthetic, work)
    text = clean.read_text(encoding="utf-8")
    mb = len(text.encode()) / 1e6
    results = {}
    for engine in ("hyperscan", "python"):
        m = Matcher(rules, engine=engine)
        t0 = time.perf_counter()
        m.backend_for(text)
        ready = time.perf_counter() - t0
        sample = text if engine == "hyperscan" else text[: len(text) // 8]
        t0 = time.perf_counter()
        found = [(x.rule.id, x.start, x.end) for x in m.matches(sample)]
        dt = time.perf_counter() - t0
        results[engine] = found
        state = "no cache" if engine == "hyperscan" and os.environ.get("PROMPTSCRUB_NO_CACHE") == "1" else "cache on"
        print(f"{engine:9s}: {len(rules)} rules, ready in {ready * 1e3:.0f} ms ({state}), "
              f"{len(sample.encode()) / 1e6 / dt:.1f} MB/s on {len(sample.encode()) / 1e6:.1f} MB, {len(found)} matches")
    py = results["python"]
    hs = [f for f in results["hyperscan"] if f[2] <= len(text) // 8]
    print(f"same matches on the shared prefix: {sorted(hs) == sorted(py)} ({mb:.1f} MB corpus)")


def profile(clean: Path) -> None:
    from promptscrub.config import load_config
    from promptscrub.scrubber import build_scrubber
    from promptscrub.vault import Vault

    text = clean.read_text(encoding="utf-8")
    scrubber = build_scrubber(load_config(None))
    scrubber.redact(text[:10_000], Vault())  # load databases outside the profile
    try:
        from pyinstrument import Profiler

        p = Profiler()
        p.start()
        scrubber.redact(text, Vault())
        p.stop()
        print(p.output_text(unicode=True, color=False))
    except ImportError:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(scrubber.redact, text, Vault())
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def stream(work: Path, clean: Path, gb: float) -> None:
    big = work / "stream.txt"
    block = clean.read_bytes()
    target = int(gb * 1e9)
    with open(big, "wb") as fh:
        written = 0
        while written < target:
            fh.write(block)
            written += len(block)
    try:
        mb = big.stat().st_size / 1e6
        t0 = time.perf_counter()
        with open(big, "rb") as inp:
            proc = subprocess.run(CLI + ["redact", "--map", str(work / "s.json")], stdin=inp, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, check=False)
        dt = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"stream: {mb:.0f} MB via stdin in {dt:.1f} s = {mb / dt:.1f} MB/s, exit {proc.returncode}, "
              f"peak RSS of the largest child so far {peak:.0f} MB (target <= 200)")
        if proc.returncode:
            print(proc.stderr.decode()[-500:])
    finally:
        big.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engines", action="store_true", help="in-process backend comparison")
    ap.add_argument("--profile", action="store_true", help="profile one redact of the corpus")
    ap.add_argument("--stream-gb", type=float, default=0, help="stream N GB through redact and report peak RSS")
    ap.add_argument("--synthetic", action="store_true", help="add the synthetic rule pack (in-process modes)")
    ap.add_argument("--cold", action="store_true", help="--engines without the cache: time compiling the database")
    ap.add_argument("--reps", type=int, default=2, help="copies of the corpus in the throughput file")
    ap.add_argument("--corpus", type=Path, default=CLEAN)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ps-bench-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("PROMPTSCRUB_HOME", str(Path.home() / ".cache" / "promptscrub-bench"))
        if args.cold:
            os.environ["PROMPTSCRUB_NO_CACHE"] = "1"
        if args.engines:
            engines(work, args.corpus, args.synthetic)
        elif args.profile:
            profile(args.corpus)
        elif args.stream_gb:
            stream(work, args.corpus, args.stream_gb)
        else:
            speed(work, args.corpus, args.reps)


if __name__ == "__main__":
    main()
