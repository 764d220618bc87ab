"""Atomic file replacement: a temp file in the same folder, created with its final mode, fsync, rename.

Shared by the vault (mode 0600: it holds the secrets) and the hook installer (keeps a settings file's
mode). The mode is given at creation, never chmod'ed afterwards, so there is no window of looser access.
"""
from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from pathlib import Path


def through_link(path: Path) -> Path:
    """The file to replace for ``path``: the file a symbolic link points to, so the link stays a link.

    Why: a user who links ``m.json`` to the vault of a project (or a dotfiles manager that links
    ``settings.json``) expects the linked file to change; renaming over the link would cut it and leave
    the real file stale without a word. A link to nothing is refused rather than followed: creating a
    file wherever a dangling link points is how a link in a shared folder redirects a write.
    """
    if not path.is_symlink():
        return path
    target = path.resolve()
    if not target.exists():
        raise OSError(errno.ENOENT, "a symbolic link to a missing file; refusing to create a file through it")
    return target


def atomic_write(path: Path, payload: bytes | Iterable[bytes], mode: int = 0o600) -> None:
    """Replace ``path`` (or the file it links to) with ``payload`` in one step; raises ``OSError`` and leaves
    the file as it was.

    ``payload`` may come in chunks (a large vault is written as it is serialised); whatever the
    chunks raise also leaves ``path`` as it was.
    """
    path = through_link(path)
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
