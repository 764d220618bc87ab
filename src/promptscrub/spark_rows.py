"""Executor-side work for :mod:`promptscrub.spark`: redact and restore batches of texts, without pyspark.

This runs inside Spark's Python workers. Detectors are built once per worker process and kept in a
module-level cache keyed by a fingerprint of the config, because building them (compiling hundreds
of rules) costs far more than redacting one batch. Each row gets its own small vault, so a row's
placeholders depend only on the row, the key and the broadcast set of taken placeholders — never on
which partition, batch or executor the row landed in. That is what lets vault shards be unioned.
"""
from __future__ import annotations

import hashlib
import re
import pickle
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .config import Config
from .deterministic import deterministic_placeholder
from .placeholder_syntax import find_placeholders
from .restore import restore
from .scrubber import Scrubber, build_scrubber
from .vault import Vault, VaultEntry

#: A row longer than this (characters) fails the job rather than stalling an executor; raise it if needed.
MAX_ROW_CHARS = 50 * 1024 * 1024


class RowFailure(RuntimeError):
    """A row that could not be processed; the message names the row, never its text."""


@dataclass(frozen=True)
class RedactSpec:
    """Everything an executor needs to redact a row; pickled into the UDF's closure."""

    key: bytes
    config: Config | None = None
    tag_len: int | None = None  # None: the deterministic module's default; tests force a tiny one
    taken: frozenset[str] = frozenset()  # placeholders found colliding in an earlier pass
    max_chars: int = MAX_ROW_CHARS
    config_id: str = field(default="", compare=False)

    def with_taken(self, taken: Iterable[str]) -> "RedactSpec":
        return RedactSpec(self.key, self.config, self.tag_len, self.taken | frozenset(taken), self.max_chars, self.config_id)


def config_fingerprint(config: Config | None) -> str:
    """A stable id for a config, computed on the driver: the executors' scrubber cache key."""
    return hashlib.sha256(pickle.dumps(config)).hexdigest() if config is not None else "default"


_SCRUBBERS: dict[str, Scrubber] = {}


def scrubber_for(spec: RedactSpec) -> Scrubber:
    """The detector set for ``spec.config``, built at most once per process."""
    cache_key = spec.config_id or config_fingerprint(spec.config)
    scrubber = _SCRUBBERS.get(cache_key)
    if scrubber is None:
        scrubber = _SCRUBBERS[cache_key] = build_scrubber(spec.config or Config())
    return scrubber


class RowVault(Vault):
    """A one-row vault whose placeholders come from the keyed hash instead of a counter."""

    def __init__(self, spec: RedactSpec) -> None:
        super().__init__()
        self.spec = spec

    def placeholder_for(self, type_: str, value: str, taken: Callable[[str], bool] = lambda _: False) -> str:
        existing = self.lookup_value(value)
        if existing is not None:
            return existing

        def busy(ph: str) -> bool:
            return ph in self or ph in self.reserved or ph in self.spec.taken or taken(ph)

        ph = make_placeholder(type_, value, self.spec, busy)
        self.add(VaultEntry(ph, type_, value))
        return ph


def make_placeholder(type_: str, value: str, spec: RedactSpec, taken: Callable[[str], bool]) -> str:
    """The one call into the deterministic mode (keyed hash, longer tag while ``taken``)."""
    if spec.tag_len is None:
        return deterministic_placeholder(type_, value, spec.key, taken)
    return deterministic_placeholder(type_, value, spec.key, taken, length=spec.tag_len)


@dataclass
class RowResult:
    text: str | None
    entries: list[dict[str, str]]  # placeholder, type, value — in order of first appearance
    mentions: list[str]  # placeholder-shaped strings already in the input (never handed out)


def redact_text(text: str, spec: RedactSpec) -> RowResult:
    vault = RowVault(spec)
    red = scrubber_for(spec).redact(text, vault)
    entries = [{"placeholder": e.placeholder, "type": e.type, "value": e.value} for e in vault.entries()]
    return RowResult(red.text, entries, sorted(vault.reserved))


def redo_text(text: str, entries: Sequence[dict[str, str]], spec: RedactSpec) -> RowResult:
    """Second pass for a row that used a colliding placeholder: back to the input, redacted again.

    The row's own entries give the input back exactly (a row's placeholders never equal a literal in
    it: those were reserved), and redacting again with the enlarged taken set gives exactly what the
    first pass would have given had it known that set. Exact substitution rather than restore.py's
    pattern, so that tags shorter than the syntax recognises (forced in tests) come back too.
    """
    values = {e["placeholder"]: e["value"] for e in entries}
    original = re.sub("|".join(map(re.escape, values)), lambda m: values[m.group(0)], text) if values else text
    return redact_text(original, spec)


def _missing(x: Any) -> bool:
    return x is None or (isinstance(x, float) and x != x)  # None or NaN: a null cell


def row_label(ids: Sequence[Any] | None, i: int, partition: int, offset: int) -> str:
    if ids is not None:
        return f"id={ids[i]!r}"
    return f"partition {partition}, row {offset + i}"


def redact_batch(texts: Sequence[Any], spec: RedactSpec, ids: Sequence[Any] | None = None,
                 partition: int = 0, offset: int = 0) -> list[RowResult]:
    """Redact each row; nulls stay null. Any failure names the row and fails the whole batch."""
    out: list[RowResult] = []
    for i, text in enumerate(texts):
        if _missing(text):
            out.append(RowResult(None, [], []))
            continue
        label = row_label(ids, i, partition, offset)
        if len(text) > spec.max_chars:
            raise RowFailure(f"promptscrub: row {label}: {len(text)} characters, over the {spec.max_chars} limit (max_chars); nothing was redacted")
        try:
            out.append(redact_text(text, spec))
        except Exception as exc:  # noqa: BLE001 - never let a row through unredacted
            raise RowFailure(f"promptscrub: row {label}: redaction failed ({type(exc).__name__}); the text is not shown") from None
    return out


def redo_batch(texts: Sequence[Any], entries: Sequence[Any], mentions: Sequence[Any], spec: RedactSpec,
               ids: Sequence[Any] | None = None, partition: int = 0, offset: int = 0) -> list[RowResult]:
    """Rows untouched by ``spec.taken`` pass through as they are; the others are redone."""
    out: list[RowResult] = []
    for i, text in enumerate(texts):
        row_entries = [dict(e) for e in entries[i]] if not _missing(entries[i]) else []
        row_mentions = list(mentions[i]) if not _missing(mentions[i]) else []
        if _missing(text) or not any(e["placeholder"] in spec.taken for e in row_entries):
            out.append(RowResult(None if _missing(text) else text, row_entries, row_mentions))
            continue
        try:
            out.append(redo_text(text, row_entries, spec))
        except Exception as exc:  # noqa: BLE001
            raise RowFailure(f"promptscrub: row {row_label(ids, i, partition, offset)}: second pass failed ({type(exc).__name__})") from None
    return out


_VAULTS: dict[str, Vault] = {}


def vault_for(token: str, entries: Callable[[], Iterable[tuple[str, str, str]]]) -> Vault:
    """The restore vault for a broadcast, built once per process (``token`` identifies the broadcast)."""
    vault = _VAULTS.get(token)
    if vault is None:
        vault = Vault()
        for ph, type_, value in entries():
            vault.add(VaultEntry(ph, type_, value))
        _VAULTS.clear()  # one restore at a time: do not keep old vaults' secrets around
        _VAULTS[token] = vault
    return vault


def restore_batch(texts: Sequence[Any], vault: Vault, strict: bool = False, ids: Sequence[Any] | None = None,
                  partition: int = 0, offset: int = 0) -> list[str | None]:
    """Restore each row; with ``strict`` a placeholder the vault does not hold fails the job."""
    out: list[str | None] = []
    for i, text in enumerate(texts):
        if _missing(text):
            out.append(None)
            continue
        res = restore(text, vault)
        if strict and res.unresolved:
            raise RowFailure(f"promptscrub: row {row_label(ids, i, partition, offset)}: {len(res.unresolved)} placeholder(s) not in the vault, "
                             f"e.g. {res.unresolved[0]}")
        out.append(res.text)
    return out


def mentions_in(text: str) -> list[str]:
    return sorted({m.key for m in find_placeholders(text)})
