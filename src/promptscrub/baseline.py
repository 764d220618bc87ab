"""Scan baselines: accept the findings a repository already has, report only new ones.

A baseline never stores a value. Each accepted finding is ``HMAC-SHA256(key, rule ∖0 path ∖0 value)``
where the key is a random per-file salt, plus ``PROMPTSCRUB_BASELINE_KEY`` when that is set. The salt
defeats precomputed tables; it does not stop someone holding the file from testing guesses of a
low-entropy value (an email, a phone number) — for that, set ``PROMPTSCRUB_BASELINE_KEY`` (a CI
secret) when writing and when checking. Line numbers are left out, so an accepted finding stays
accepted when code around it moves; the path is kept, so the same value in a new file is reported.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding

FORMAT = "promptscrub-baseline"
VERSION = 1
KEY_ENV = "PROMPTSCRUB_BASELINE_KEY"

Result = tuple[str, str, list[Finding]]


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names it."""


def norm_path(display: str) -> str:
    """The same file gives the same path whether scanned as ``./a``, ``a`` or an absolute path inside the cwd."""
    if display == "<stdin>":
        return display
    p = Path(display)
    try:
        p = p.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        pass
    return p.as_posix()


@dataclass
class Baseline:
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    keyed: bool = False
    digests: set[str] = field(default_factory=set)

    def _key(self) -> bytes:
        extra = os.environ.get(KEY_ENV, "")
        if self.keyed and not extra:
            raise BaselineError(f"this baseline was written with {KEY_ENV} set; set it to check against it")
        return self.salt + extra.encode("utf-8")

    def digest(self, rule: str, path: str, value: str) -> str:
        msg = "\0".join((rule, norm_path(path), value)).encode("utf-8", "surrogatepass")
        return hmac.new(self._key(), msg, hashlib.sha256).hexdigest()

    def add_results(self, results: list[Result]) -> int:
        for display, text, findings in results:
            for f in findings:
                self.digests.add(self.digest(f.rule_id, display, text[f.start:f.end]))
        return len(self.digests)

    def filter(self, results: list[Result]) -> tuple[list[Result], int]:
        """Results minus accepted findings, and how many were dropped."""
        out, dropped = [], 0
        for display, text, findings in results:
            keep = [f for f in findings if self.digest(f.rule_id, display, text[f.start:f.end]) not in self.digests]
            dropped += len(findings) - len(keep)
            out.append((display, text, keep))
        return out, dropped

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "algorithm": "hmac-sha256(salt+key, rule\\0path\\0value)",
                "salt": self.salt.hex(), "keyed": self.keyed, "findings": sorted(self.digests)}

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline not found (create it with `promptscrub scan ... --write-baseline {path}`)") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{path}: not a readable baseline ({exc})") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise BaselineError(f"{path}: not a promptscrub baseline")
        if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
            raise BaselineError(f"{path}: baseline version {doc.get('version')!r} is newer than this promptscrub understands")
        try:
            return cls(bytes.fromhex(doc["salt"]), bool(doc.get("keyed", False)), {str(d) for d in doc["findings"]})
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{path}: baseline is corrupt") from None

    def save(self, path: Path) -> None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise BaselineError(f"{path}: cannot write baseline: {exc.strerror}") from None


def fresh_for(path: Path) -> Baseline:
    """A new baseline keeping the salt of an existing file at ``path`` (so rewriting gives small diffs)."""
    keyed = bool(os.environ.get(KEY_ENV))
    try:
        old = Baseline.load(path)
        return Baseline(old.salt, keyed)
    except BaselineError:
        return Baseline(keyed=keyed)


def apply_options(results: list[Result], baseline: Path | None, write: Path | None, quiet: bool) -> list[Result] | None:
    """``scan --baseline`` / ``--write-baseline``: the results to report, or None when a baseline was written."""
    from .cli import Fail, err

    try:
        if write is not None:
            base = fresh_for(write)
            n = base.add_results(results)
            base.save(write)
            if not quiet:
                err(f"wrote {n} accepted finding(s) to {write} (keyed hashes, no values)")
            return None
        if baseline is None:
            return results
        kept, dropped = Baseline.load(baseline).filter(results)
    except BaselineError as exc:
        raise Fail(str(exc)) from None
    if dropped and not quiet:
        err(f"{dropped} known finding(s) accepted by {baseline} not reported")
    return kept
