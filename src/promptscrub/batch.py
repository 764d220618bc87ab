"""Batch redaction of trees: ``promptscrub redact DIR --out-dir OUT [--jobs N]``.

Detection (the expensive part) runs in worker processes; placeholders are assigned in the parent, one
file at a time in input-path order, so one vault serves the whole run and the output is identical to
the one-process path whatever ``--jobs`` is. A manifest in OUT (``.promptscrub-manifest.json``) records
each input's SHA-256 and a hash of the configuration, so a re-run skips files already done with the
same rules and the same vault; it is saved together with the vault every few seconds, so an
interrupted run resumes where it stopped. Imported only for tree runs: the stdin → stdout path never
loads multiprocessing or rich.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from .findings import Finding
from .inputs import InputError, Skipped, Source, decode, expand

MANIFEST = ".promptscrub-manifest.json"
MANIFEST_FORMAT = "promptscrub-manifest"
CHECKPOINT_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Job:
    index: int
    path: str
    rel: str
    done_sha: str | None  # the manifest's hash when the output exists: unchanged input → nothing to do


@dataclass(slots=True)
class Scanned:
    """A worker's answer: findings and text to splice, or why the file was not processed."""

    index: int
    status: str  # "ok" | "unchanged" | "error"
    sha: str = ""
    size: int = 0
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    error: str = ""


@dataclass
class Stats:
    files: int = 0
    done: int = 0
    unchanged: int = 0
    bytes: int = 0
    findings: int = 0
    counts: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    skipped_names: list[str] = field(default_factory=list)


class FixedFindings:
    """A detector that reports findings computed elsewhere (by a worker)."""

    name = "precomputed"

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings

    def detect(self, text: str) -> list[Finding]:
        return self.findings


# ---- worker side -------------------------------------------------------------------------------

_SCRUBBER = None


def init_worker(config: str | None) -> None:
    """Build the scrubber once per worker (inherited as-is where processes fork)."""
    global _SCRUBBER
    if _SCRUBBER is None:
        from .cli import build

        _SCRUBBER = build(Path(config) if config else None)


def scan_one(job: Job) -> Scanned:
    try:
        data = Path(job.path).read_bytes()
    except OSError as exc:
        return Scanned(job.index, "error", error=f"unreadable ({exc.strerror})")
    sha = hashlib.sha256(data).hexdigest()
    if job.done_sha == sha:
        return Scanned(job.index, "unchanged", sha, len(data))
    try:
        text = decode(data, job.path)
    except InputError as exc:
        return Scanned(job.index, "error", sha, len(data), error=str(exc).split(": ", 1)[-1])
    return Scanned(job.index, "ok", sha, len(data), text, _SCRUBBER.find(text, job.path))  # type: ignore[union-attr]  # path: code rules, allowlist paths


# ---- parent side -------------------------------------------------------------------------------

def config_hash(config: Path | None, vault_path: Path) -> str:
    """Everything that changes the output: version, the rules and switches in effect, the vault used."""
    from . import __version__
    from .config import load_config
    from .scrubber import select_rules

    cfg = load_config(config)
    h = hashlib.sha256(f"{__version__}\0{vault_path.resolve()}\0".encode())
    h.update(repr((sorted(cfg.disabled_rules), sorted(cfg.detectors.items()), repr(cfg.options))).encode())
    for r in select_rules(cfg):
        h.update(repr(r).encode())
    if cfg.allowlists:  # only when set, so manifests written before allowlists existed stay valid
        h.update(repr(cfg.allowlists).encode())
    return h.hexdigest()


def selected(sources: Iterable[Source], include: list[str], exclude: list[str], out_dir: Path, stats: Stats) -> Iterator[Source]:
    """Sources matching ``--include`` (any) and no ``--exclude`` glob, never anything under ``out_dir``."""
    out_root = out_dir.resolve()
    for src in sources:
        rel = src.rel.as_posix()
        name = src.rel.name
        resolved = src.path.resolve() if src.path else None
        if resolved is not None and (resolved == out_root or out_root in resolved.parents):
            continue
        if include and not any(fnmatch(rel, p) or fnmatch(name, p) for p in include):
            continue
        if any(fnmatch(rel, p) or fnmatch(name, p) for p in exclude):
            stats.skipped["excluded"] += 1
            continue
        yield src


def expand_tree(paths: list[str]) -> tuple[list[Source], list[Skipped]]:
    sources, skipped, _ = expand(paths)
    return sources, skipped


def load_manifest(out_dir: Path, key: str, vault_path: Path) -> dict[str, str]:
    """Input hashes already done under the same key; empty if the manifest is missing, foreign or stale."""
    try:
        doc = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT or doc.get("config") != key:
        return {}
    if not vault_path.exists():  # the placeholders in OUT could no longer be restored
        return {}
    files = doc.get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def save_manifest(out_dir: Path, key: str, files: dict[str, str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({"format": MANIFEST_FORMAT, "version": 1, "config": key, "files": files}, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out_dir / MANIFEST)


def chunk_size(n: int, jobs: int) -> int:
    return max(1, min(64, n // (jobs * 8) or 1))


def start_pool(jobs: int, n: int, config: Path | None):  # noqa: ANN201
    """Worker processes, started before any thread of ours (the progress bar) exists; None for one job."""
    if jobs <= 1 or n < 2:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    pool = ProcessPoolExecutor(max_workers=min(jobs, n), mp_context=ctx, initializer=init_worker, initargs=(str(config) if config else None,))
    pool.submit(int).result()  # spawn the workers now
    return pool


def scanned(jobs_list: list[Job], pool, jobs: int, config: Path | None) -> Iterator[Scanned]:  # noqa: ANN001
    """Workers' answers in input order (in-process without a pool)."""
    if pool is None:
        init_worker(str(config) if config else None)
        yield from map(scan_one, jobs_list)
        return
    yield from pool.map(scan_one, jobs_list, chunksize=chunk_size(len(jobs_list), jobs))


class Progress:
    """A rich progress bar on stderr when it is a terminal; nothing at all otherwise."""

    def __init__(self, total: int, total_bytes: int, enabled: bool) -> None:
        self.bar = None
        if not enabled or total == 0:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.bar = RichProgress(
            TextColumn("[bold]redact"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[mb]:.1f}/{task.fields[total_mb]:.1f} MB"), TextColumn("{task.fields[found]} findings"),
            TimeElapsedColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False, refresh_per_second=8,
        )
        self.task = self.bar.add_task("redact", total=total, mb=0.0, total_mb=total_bytes / 1e6, found=0)
        self.bar.start()

    def update(self, stats: Stats) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=stats.done + stats.unchanged + sum(stats.skipped.values()) - stats.skipped["excluded"],
                            mb=stats.bytes / 1e6, found=stats.findings)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def redact_tree(paths: list[str], out_dir: Path, vault_path: Path, config: Path | None, jobs: int | None,
                include: list[str], exclude: list[str], quiet: bool) -> Stats:
    """Redact every file of the trees into ``out_dir``; the vault is locked for the whole run."""
    from .cli import build, err, write_output
    from .scrubber import Scrubber
    from .vault import Vault, locked

    stats = Stats()
    scrubber = build(config)  # validates the config up front (fail closed before any work)
    global _SCRUBBER
    _SCRUBBER = scrubber
    sources_all, skipped = expand_tree(paths)
    for s in skipped:
        stats.skipped[s.reason] += 1
        stats.skipped_names.append(f"{s.display}: {s.reason}")
    sources = list(selected(sources_all, include, exclude, out_dir, stats))
    key = config_hash(config, vault_path)
    jobs = max(1, jobs or os.cpu_count() or 1)
    sizes = []
    for s in sources:
        try:
            sizes.append(s.path.stat().st_size if s.path else 0)
        except OSError:
            sizes.append(0)
    pool = start_pool(jobs, len(sources), config)
    progress = Progress(len(sources) + sum(v for k, v in stats.skipped.items() if k != "excluded"), sum(sizes),
                        enabled=not quiet and sys.stderr.isatty())
    progress.update(stats)
    stats.files = len(sources)
    with locked(vault_path):
        vault = Vault.load(vault_path)
        done = load_manifest(out_dir, key, vault_path)
        manifest: dict[str, str] = dict(done)
        job_list = [Job(i, str(s.path), s.rel.as_posix(), done.get(s.rel.as_posix()) if (out_dir / s.rel).exists() else None)
                    for i, s in enumerate(sources)]
        last = time.monotonic()
        try:
            for res in scanned(job_list, pool, jobs, config):
                job = job_list[res.index]
                stats.bytes += res.size
                if res.status == "unchanged":
                    stats.unchanged += 1
                elif res.status == "error":
                    stats.skipped[res.error.split(" (")[0]] += 1
                    stats.skipped_names.append(f"{job.path}: {res.error}")
                else:
                    red = Scrubber([FixedFindings(res.findings)]).redact(res.text, vault)
                    write_output(red.text, Path(job.rel), out_dir)
                    manifest[job.rel] = res.sha
                    stats.done += 1
                    stats.findings += len(red.findings)
                    stats.counts.update(red.counts())
                progress.update(stats)
                if time.monotonic() - last > CHECKPOINT_SECONDS:
                    if vault.changed:
                        vault.save(vault_path)
                    save_manifest(out_dir, key, manifest)
                    last = time.monotonic()
        finally:
            progress.close()
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            if vault.changed or not vault_path.exists():  # an empty mapping too: restore then finds its file
                vault.save(vault_path)
            save_manifest(out_dir, key, manifest)
    if not quiet:
        report(stats, err)
    return stats


def report(stats: Stats, err) -> None:  # noqa: ANN001
    """Per-file skip notes when there are few, a per-reason summary always."""
    if stats.skipped_names and len(stats.skipped_names) <= 20:
        for line in stats.skipped_names:
            err(f"skipped {line}")
    skipped = sum(stats.skipped.values())
    parts = [f"{stats.done} file(s) redacted ({stats.findings} finding(s))"]
    if stats.unchanged:
        parts.append(f"{stats.unchanged} already done (unchanged since the last run)")
    if skipped:
        parts.append(f"{skipped} skipped (" + ", ".join(f"{n} {why}" for why, n in stats.skipped.most_common()) + ")")
    if sys.stderr.isatty() or skipped or stats.unchanged:
        err("; ".join(parts))
