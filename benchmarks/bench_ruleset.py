"""What the secret rule packs cost `promptscrub scan` on secret-free code (issue #3: the larger rule set may
not cut throughput by more than a third).

Two configs, both with personal data off so that only rule matching differs: the built-in defaults, and
the same with `[detectors] secrets = false` (internal rules only). Each run is a whole CLI process
(start-up, reading, the Hyperscan database's load included), the two alternate, and the medians give
MB/s and the ratio kept. Run it on an installed package (`pip install .`): an editable install with
PYTHONDONTWRITEBYTECODE recompiles every module at each start.

    python benchmarks/bench_ruleset.py [--runs 21] [--corpus ../shared/bench/secrets/clean_code.txt]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLEAN = HERE.parent.parent / "shared" / "bench" / "secrets" / "clean_code.txt"
CONFIGS = {
    "without the secret packs": "[detectors]\npii = false\nsecrets = false\n",
    "with the secret packs": "[detectors]\npii = false\n",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21, help="runs per config (alternating)")
    ap.add_argument("--corpus", type=Path, default=CLEAN)
    args = ap.parse_args()
    exe = shutil.which("promptscrub")
    cli = [exe] if exe else [sys.executable, "-m", "promptscrub"]
    mb = args.corpus.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, body in CONFIGS.items():
            paths[name] = Path(tmp) / f"{len(paths)}.toml"
            paths[name].write_text(body)

        def run(name: str) -> float:
            t0 = time.perf_counter()
            subprocess.run(cli + ["scan", str(args.corpus), "--config", str(paths[name]), "--exit-zero", "-q"],
                           stdout=subprocess.DEVNULL, check=True, env={**os.environ})
            return time.perf_counter() - t0

        for name in CONFIGS:  # warm the caches (databases, compiled patterns)
            run(name)
        times: dict[str, list[float]] = {name: [] for name in CONFIGS}
        for _ in range(args.runs):
            for name in CONFIGS:
                times[name].append(run(name))
    med = {name: statistics.median(t) for name, t in times.items()}
    for name, t in med.items():
        print(f"{name:26s} {t * 1000:6.0f} ms  {mb / t:5.1f} MB/s")
    base, full = med["without the secret packs"], med["with the secret packs"]
    print(f"SUMMARY ruleset: {mb / full:.1f} MB/s with the secret packs, {mb / base:.1f} without; "
          f"throughput kept {base / full:.2f} (at least 0.67 required)")


if __name__ == "__main__":
    main()
