"""Atomic file replacement: a temp file in the same folder, created with its final mode, fsync, rename.

Shared by the vault (mode 0600: it holds the secrets) and the hook installer (keeps a settings file's
mode). The mode is given at creation, never chmod'ed afterwards, so there is no window of looser access.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path


def atomic_write(path: Path, payload: bytes | Iterable[bytes], mode: int = 0o600) -> None:
    """Replace ``path`` with ``payload`` in one step; raises ``OSError`` and leaves ``path`` as it was.

    ``payload`` may come in chunks (a large vault is written as it is serialised); whatever the
    chunks raise also leaves ``path`` as it was.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
        with os.fdopen(fd, "wb") as fh:
            for chunk in (payload,) if isinstance(payload, bytes) else payload:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
