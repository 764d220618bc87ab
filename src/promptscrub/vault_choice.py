"""Which vault a command uses: ``--map PATH``, else ``--session NAME`` (or ``PROMPTSCRUB_SESSION``), else the default session.

Shared by ``run`` and ``clip`` so they find the same mapping as ``redact``/``restore``: sessions live
next to the default vault, as ``<state>/sessions/<NAME>.json``.
"""
from __future__ import annotations

import re
from pathlib import Path

SESSION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class BadSession(ValueError):
    """A session name that could escape the sessions folder."""


def session_vault_path(session: str | None, map_path: Path | None) -> Path:
    from .paths import state_dir

    if map_path is not None:
        return map_path
    if not session:
        return state_dir() / "sessions" / "default.json"
    if not SESSION_NAME.match(session):
        raise BadSession(f"--session {session!r}: use letters, digits, '.', '_' or '-'")
    return state_dir() / "sessions" / f"{session}.json"
