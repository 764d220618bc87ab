"""The mapping vault: placeholder ↔ original value, kept on disk between redact and restore.

The file holds the secrets themselves, so it is written atomically (temp file + rename) and created
with mode 0600 from the start; a file that is not ours, is corrupt, or comes from a newer version is
refused with a clear message and left untouched.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .placeholder_syntax import format_placeholder

FORMAT = "promptscrub-vault"
VERSION = 1


class VaultError(Exception):
    """A vault that cannot be read or written; the message says which file and why."""


@dataclass(frozen=True, slots=True)
class VaultEntry:
    placeholder: str
    type: str
    value: str


class Vault:
    """Values and their placeholders; the same value always gets the same placeholder."""

    def __init__(self) -> None:
        self._by_placeholder: dict[str, VaultEntry] = {}
        self._by_value: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self.reserved: set[str] = set()
        self.changed = False

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __contains__(self, placeholder: object) -> bool:
        return placeholder in self._by_placeholder

    def entries(self) -> list[VaultEntry]:
        return list(self._by_placeholder.values())

    def get(self, placeholder: str) -> VaultEntry | None:
        return self._by_placeholder.get(placeholder)

    def lookup_value(self, value: str) -> str | None:
        return self._by_value.get(value)

    def reserve(self, placeholders: set[str]) -> None:
        """Placeholders seen literally in an input: never hand them out, or restore would confuse them."""
        new = placeholders - self.reserved - set(self._by_placeholder)
        if new:
            self.reserved |= new
            self.changed = True

    def placeholder_for(self, type_: str, value: str, taken: Callable[[str], bool] = lambda _: False) -> str:
        """The value's placeholder, creating ``<TYPE_N>`` with the next free N if it is new."""
        existing = self._by_value.get(value)
        if existing is not None:
            return existing
        n = self._counters.get(type_, 0)
        while True:
            n += 1
            ph = format_placeholder(type_, n)
            if ph not in self._by_placeholder and ph not in self.reserved and not taken(ph):
                break
        self._counters[type_] = n
        self.add(VaultEntry(ph, type_, value))
        return ph

    def add(self, entry: VaultEntry) -> None:
        self._by_placeholder[entry.placeholder] = entry
        self._by_value.setdefault(entry.value, entry.placeholder)
        self.changed = True

    # --- persistence -------------------------------------------------------------------------

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "entries": [{"placeholder": e.placeholder, "type": e.type, "value": e.value} for e in self.entries()],
            "counters": self._counters,
            "reserved": sorted(self.reserved),
        }

    @classmethod
    def from_json(cls, doc: object, where: str) -> "Vault":
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultError(f"{where}: not a promptscrub mapping file; refusing to use or overwrite it")
        version = doc.get("version")
        if not isinstance(version, int) or version > VERSION:
            raise VaultError(f"{where}: mapping file version {version!r} is newer than this promptscrub understands ({VERSION}); upgrade promptscrub")
        vault = cls()
        try:
            for e in doc["entries"]:
                if not all(isinstance(e[k], str) for k in ("placeholder", "type", "value")):
                    raise TypeError
                vault.add(VaultEntry(e["placeholder"], e["type"], e["value"]))
            for k, v in doc.get("counters", {}).items():
                if not isinstance(k, str) or not isinstance(v, int):
                    raise TypeError
                vault._counters[k] = v
            vault.reserved = {str(r) for r in doc.get("reserved", [])}
        except (KeyError, TypeError, AttributeError):
            raise VaultError(f"{where}: mapping file is corrupt (bad entry); refusing to use or overwrite it") from None
        vault.changed = False
        return vault

    @classmethod
    def load(cls, path: Path) -> "Vault":
        """The vault stored at ``path``, or an empty one if the file does not exist yet."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise VaultError(f"{path}: cannot read mapping file: {exc.strerror}") from None
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultError(f"{path}: mapping file is corrupt (not JSON); refusing to use or overwrite it") from None
        return cls.from_json(doc, str(path))

    def save(self, path: Path) -> None:
        """Write atomically: a 0600 temp file in the same folder, fsync, rename over the old file."""
        payload = json.dumps(self.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        write_private(path, payload)
        self.changed = False


def write_private(path: Path, payload: bytes) -> None:
    """Atomically replace ``path`` with ``payload``; the file is created 0600, never chmod'ed later."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise VaultError(f"{path}: cannot write mapping file: {exc.strerror}") from None


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (via a sidecar ``.lock`` file) for a read-modify-write."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise VaultError(f"{lock_path}: cannot create lock file: {exc.strerror}") from None
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        except ImportError:  # Windows: msvcrt locks a byte range
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        yield
    finally:
        os.close(fd)
