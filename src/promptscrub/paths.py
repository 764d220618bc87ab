"""Per-user directories (state for vaults, cache, config), computed without importing platformdirs.

``PROMPTSCRUB_HOME`` overrides all three (one folder with ``state/``, ``cache/``, ``config/``),
which is what tests and containers want.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _base(xdg_var: str, default_rel: str, mac_rel: str, win_var: str) -> Path:
    home = os.environ.get("PROMPTSCRUB_HOME")
    if home:
        return Path(home) / {"XDG_STATE_HOME": "state", "XDG_CACHE_HOME": "cache", "XDG_CONFIG_HOME": "config"}[xdg_var]
    if sys.platform == "win32":
        return Path(os.environ.get(win_var) or Path.home() / "AppData" / "Local") / "promptscrub"
    if sys.platform == "darwin" and not os.environ.get(xdg_var):
        return Path.home() / mac_rel / "promptscrub"
    return Path(os.environ.get(xdg_var) or Path.home() / default_rel) / "promptscrub"


def state_dir() -> Path:
    return _base("XDG_STATE_HOME", ".local/state", "Library/Application Support", "LOCALAPPDATA")


def cache_dir() -> Path:
    """``PROMPTSCRUB_CACHE_DIR`` wins (derived data only, shareable between homes, e.g. across tests)."""
    override = os.environ.get("PROMPTSCRUB_CACHE_DIR")
    if override:
        return Path(override)
    return _base("XDG_CACHE_HOME", ".cache", "Library/Caches", "LOCALAPPDATA")


def config_dir() -> Path:
    return _base("XDG_CONFIG_HOME", ".config", "Library/Application Support", "APPDATA")
