"""A small on-disk cache for derived data (parsed rule packs), so start-up does not re-parse TOML.

Entries are keyed by a hash of the inputs' paths, sizes and mtimes plus the package version; a stale
or unreadable entry is simply ignored. Set ``PROMPTSCRUB_NO_CACHE=1`` to bypass it.
"""
from __future__ import annotations

import os
import pickle
from pathlib import Path

from . import __version__
from .paths import cache_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

try:  # the builtin SHA-256: importing hashlib loads OpenSSL (~3 ms of every start)
    from _sha256 import sha256  # CPython 3.11
except ImportError:  # pragma: no cover - other interpreters
    try:
        from _sha2 import sha256  # CPython 3.12+
    except ImportError:
        from hashlib import sha256


#: Entries of one kind kept by ``store(..., prune=True)``: the most recently *used* ones (``load`` marks
#: an entry used), so that a few configs in use side by side (a project's, a session's, the defaults;
#: each has its own compiled databases) never evict each other into a recompile of several seconds.
KEEP = 8


def files_key(kind: str, files: list[Path]) -> str:
    h = sha256(f"{kind}\0{__version__}".encode())
    for f in files:
        st = f.stat()
        h.update(f"\0{f}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return f"{kind}-{h.hexdigest()[:24]}"


def enabled() -> bool:
    return os.environ.get("PROMPTSCRUB_NO_CACHE", "") in ("", "0")


def load(key: str) -> Any | None:
    if not enabled():
        return None
    path = cache_dir() / f"{key}.pickle"
    try:
        with open(path, "rb") as fh:
            value = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a broken cache entry is a miss, never an error
        return None
    _touch(path)
    return value


def load_head(key: str) -> tuple[Any, Tail] | None:
    """An entry stored with a ``tail``: its pickled value, and its tail to read slice by slice.

    Why: a large blob of which a run needs a few slices (the compiled regex code of ~900 rules, of
    which a one-line prompt needs ~90) costs ~4 ms to read whole and nothing to leave on disk."""
    if not enabled():
        return None
    path = cache_dir() / f"{key}.pickle"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    tail = Tail(fd)
    try:
        with open(fd, "rb", closefd=False) as fh:
            value = pickle.load(fh)
            tail.base = fh.tell()
        tail.size = os.fstat(fd).st_size - tail.base
    except Exception:  # noqa: BLE001 - a broken cache entry is a miss, never an error
        return None
    _touch(path)
    return value, tail


class Tail:
    """The raw bytes stored after an entry's pickled value; the file stays open (and unchanged: a
    newer entry replaces the file, never rewrites it) until this object goes."""

    __slots__ = ("fd", "base", "size")

    def __init__(self, fd: int) -> None:
        self.fd, self.base, self.size = fd, 0, 0

    def read(self, start: int, end: int) -> bytes:
        """Bytes ``start:end`` of the tail (fewer if it is shorter)."""
        end = min(end, self.size)
        if end <= start:
            return b""
        if hasattr(os, "pread"):
            return os.pread(self.fd, end - start, self.base + start)
        os.lseek(self.fd, self.base + start, os.SEEK_SET)  # pragma: no cover - Windows
        return os.read(self.fd, end - start)

    def __del__(self, _close: Any = os.close) -> None:  # (``os`` may be gone at interpreter exit)
        try:
            _close(self.fd)
        except OSError:
            pass


def _touch(path: Path) -> None:
    try:
        os.utime(path)  # used now: pruning keeps the most recently used entries
    except OSError:
        pass


def store(key: str, value: Any, prune: bool = False, tail: bytes = b"") -> None:
    """Write an entry atomically; ``prune`` keeps only the :data:`KEEP` most recently used entries of
    the same kind (the key before its last ``-``), so superseded compiled databases do not pile up
    while a few configs in use side by side keep theirs. ``tail``: raw bytes after the value, for
    :func:`load_head` to read in slices."""
    if not enabled():
        return
    try:
        d = cache_dir()
        if prune:
            kind = key.rsplit("-", 1)[0]
            others = sorted(d.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in [p for p in others if p.name != f"{key}.pickle"][KEEP - 1:]:
                old.unlink(missing_ok=True)
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = d / f".{key}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.write(tail)
        os.replace(tmp, d / f"{key}.pickle")
    except OSError:
        pass
