"""Strict checks of TOML tables, shared by every config section and rule format.

Why strict: a misspelt key must be an error naming the file and the key, never a silently ignored
setting (a typo must not switch protection off).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def check_keys(table: Mapping[str, Any], known: Collection[str], prefix: str, error: type[Exception],
               keys: str = "key") -> None:
    """``error("<prefix> unknown key(s) a, b (known: ...)")`` when ``table`` has keys outside ``known``."""
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise error(f"{prefix} unknown {keys}(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")


def read_toml_file(path: Path, error: type[Exception], missing: str = "cannot read: No such file or directory") -> dict[str, Any]:
    """A TOML file's document, or ``error("<path>: ...")`` in one line: missing, unreadable, not UTF-8 (TOML
    is UTF-8 by definition; a file saved in Latin-1 is the usual culprit), or not valid TOML."""
    import tomllib

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise error(f"{path}: {missing}") from None
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not valid TOML: not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML: {exc}") from None
