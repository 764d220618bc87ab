"""Speed of a large company config (10,000 dictionary terms, 50 custom rules) beside the defaults.

Runs ``promptscrub redact`` as a subprocess — what a user waits for — on a big file and on a one-line
prompt, for: the defaults; the company config without code rules; the company config with a code rule.
"cold" is the first run with an empty cache dir; "warm" the median of the next runs. Ratios are against
the defaults measured in the same session, since the machine is shared.

    python benchmarks/bench_internal.py [BIG_FILE] [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import gen_internal  # noqa: E402

DEFAULT_BIG = Path("/work/shared/bench/secrets/clean_code.txt")
ONE_LINE = "Why does Nightjar time out talking to ledger-7.acme.internal? See PAY-1234.\n"


def run(args: list[str], stdin: bytes | None, home: Path) -> float:
    env = {**os.environ, "PROMPTSCRUB_HOME": str(home)}
    env.pop("PROMPTSCRUB_CONFIG", None)
    t = time.perf_counter()
    subprocess.run(args, input=stdin, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure(name: str, config: Path | None, big: Path, runs: int, work: Path) -> dict[str, float]:
    exe = [sys.executable, "-m", "promptscrub", "redact", "-q"]
    cfg = ["--config", str(config)] if config else ["--config", str(work / "empty.toml")]
    home = Path(tempfile.mkdtemp(dir=work, prefix=f"home-{name}-"))
    out: dict[str, float] = {}
    for label, args, stdin in (("line", [], ONE_LINE.encode()), ("big", [str(big)], None)):
        m = ["--map", str(home / f"{label}.json")]
        out[f"{label}_cold"] = run(exe + cfg + m + args, stdin, home)
        warm = []
        for _ in range(runs):
            (home / f"{label}.json").unlink(missing_ok=True)
            warm.append(run(exe + cfg + m + args, stdin, home))
        out[f"{label}_warm"] = statistics.median(warm)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("big", type=Path, nargs="?", default=DEFAULT_BIG)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--terms", type=int, default=10_000)
    ap.add_argument("--rules", type=int, default=50)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-internal-"))
    (work / "empty.toml").write_text("", encoding="utf-8")
    mb = args.big.stat().st_size / 1e6
    configs = {
        "defaults": None,
        "company": gen_internal.write_company(work / "company", args.terms, args.rules, code_rules=False),
        "company+code": gen_internal.write_company(work / "company-code", args.terms, args.rules, code_rules=True),
    }
    results = {name: measure(name, cfg, args.big, args.runs, work) for name, cfg in configs.items()}
    base = results["defaults"]
    print(f"{args.big} ({mb:.2f} MB); {args.terms} terms, {args.rules} custom rules; warm = median of {args.runs}")
    print(f"{'config':<14}{'line cold':>10}{'line warm':>10}{'big cold':>10}{'big warm':>10}{'MB/s':>8}{'line x':>8}{'big x':>7}")
    for name, r in results.items():
        print(f"{name:<14}{r['line_cold']:>9.3f}s{r['line_warm']:>9.3f}s{r['big_cold']:>9.2f}s{r['big_warm']:>9.2f}s"
              f"{mb / r['big_warm']:>8.2f}{r['line_warm'] / base['line_warm']:>8.2f}{r['big_warm'] / base['big_warm']:>7.2f}")


if __name__ == "__main__":
    main()
