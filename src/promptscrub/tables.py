"""Strict checks of TOML tables, shared by every config section and rule format.

Why strict: a misspelt key must be an error naming the file and the key, never a silently ignored
setting (a typo must not switch protection off).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def check_keys(table: Mapping[str, Any], known: Collection[str], prefix: str, error: type[Exception],
               keys: str = "key") -> None:
    """``error("<prefix> unknown key(s) a, b (known: ...)")`` when ``table`` has keys outside ``known``."""
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise error(f"{prefix} unknown {keys}(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
