"""A small TOML writer for the documents promptscrub generates (``rules import``).

Why not ``tomli-w``: it is not a dependency, and the documents written here are simple (strings,
numbers, booleans, lists of scalars, tables, arrays of tables). Strings that can be literal strings
(``'...'``: no quote, no control character) are written that way, so regexes stay readable; the rest
are basic strings with every escape TOML requires. :func:`dumps` parses its own output back with
``tomllib`` and refuses anything that does not round-trip.
"""
from __future__ import annotations

import math
import re
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def key(k: str) -> str:
    return k if _BARE_KEY.match(k) else basic_string(k)


def basic_string(s: str) -> str:
    out = []
    for c in s:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def string(s: str) -> str:
    if "'" not in s and not any(ord(c) < 0x20 or ord(c) == 0x7F for c in s):
        return f"'{s}'"
    return basic_string(s)


def value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return string(v)
    if isinstance(v, (list, tuple)) and not any(isinstance(x, dict) for x in v):
        return "[" + ", ".join(value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} as a TOML value")


def _is_table_array(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def _table(lines: list[str], prefix: str, table: dict[str, Any]) -> None:
    for k, v in table.items():
        if not isinstance(v, dict) and not _is_table_array(v):
            lines.append(f"{key(k)} = {value(v)}")
    for k, v in table.items():
        name = f"{prefix}.{key(k)}" if prefix else key(k)
        if isinstance(v, dict):
            lines.append("")
            lines.append(f"[{name}]")
            _table(lines, name, v)
        elif _is_table_array(v):
            for item in v:
                lines.append("")
                lines.append(f"[[{name}]]")
                _table(lines, name, item)


def dumps(doc: dict[str, Any], header: str = "") -> str:
    """``doc`` as TOML, after an optional comment ``header`` (each line gets ``# ``)."""
    import tomllib

    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    if lines:
        lines.append("")
    _table(lines, "", doc)
    text = "\n".join(lines).lstrip("\n") + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if tomllib.loads(text) != _plain(doc):
        raise ValueError("internal error: the TOML written does not read back as the same document")
    return text


def _plain(v: Any) -> Any:
    """Tuples as lists, for the round-trip comparison."""
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v
