"""Named sessions: one vault per conversation, kept under ``<state>/sessions/<NAME>.json``.

Every prompt of a session uses the same placeholders for the same values, across processes and days.
Without ``--session`` everything goes to one rolling ``default`` session. A session not used (redacted
into, restored from) for ``[session] max_age_days`` (default :data:`.session_config.DEFAULT_MAX_AGE_DAYS`; 0 = never)
is deleted the next time ``redact`` runs, so values do not pile up on disk forever.
"""
from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from .vault import VaultError

NAME_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
DEFAULT = "default"
SUFFIX = ".json"


class SessionError(VaultError):
    """A bad session name or a session that does not exist."""


@dataclass(frozen=True)
class SessionInfo:
    name: str
    path: Path
    modified: float
    size: int

    def age_days(self, now: float | None = None) -> float:
        return ((now or time.time()) - self.modified) / 86400


def validate(name: str) -> str:
    if not NAME_RE.fullmatch(name) or name in (".", ".."):
        raise SessionError(f"session name {name!r}: use 1-64 letters, digits, '.', '_' or '-'")
    return name


def sessions_dir() -> Path:
    """The sessions folder, created 0700 — and tightened to 0700 if it exists with a looser mode."""
    from .paths import state_dir

    folder = state_dir() / "sessions"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError, NotImplementedError):
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode != 0o700 and os.name == "posix":
            os.chmod(folder, 0o700)
    return folder


def session_path(name: str | None) -> Path:
    return sessions_dir() / f"{validate(name or DEFAULT)}{SUFFIX}"


def vault_path(session: str | None, map_path: Path | None) -> Path:
    """``--map`` wins; else the named session (default: ``default``)."""
    return map_path if map_path is not None else session_path(session)


def list_sessions() -> list[SessionInfo]:
    out = []
    for p in sorted(sessions_dir().glob(f"*{SUFFIX}")):
        name = p.name[: -len(SUFFIX)]
        if not NAME_RE.fullmatch(name):
            continue
        with contextlib.suppress(FileNotFoundError):
            st = p.stat()
            out.append(SessionInfo(name, p, st.st_mtime, st.st_size))
    return out


def touch(path: Path) -> None:
    """Mark a session as used now (its age counts from the last use, not from its creation)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def purge_expired(max_age_days: float, now: float | None = None) -> list[str]:
    """Delete sessions not used for ``max_age_days`` (0 or less: keep all); returns their names."""
    if max_age_days <= 0:
        return []
    from .vault import locked

    cutoff = (now or time.time()) - max_age_days * 86400
    gone = []
    for info in list_sessions():
        if info.modified >= cutoff:
            continue
        with locked(info.path):  # not while another process is using it; re-check under the lock
            with contextlib.suppress(FileNotFoundError):
                if info.path.stat().st_mtime < cutoff:
                    info.path.unlink()
                    gone.append(info.name)
    return gone


def delete(name: str) -> bool:
    from .vault import locked

    path = session_path(name)
    with locked(path):
        try:
            path.unlink()
        except FileNotFoundError:
            return False
    return True
