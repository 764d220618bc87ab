"""The vault document as JSON text, written in pieces: the same bytes as ``json.dumps``, a flat memory.

Why: ``json.dumps(doc, indent=1)`` runs the pure-Python encoder (the C one takes no indent before
Python 3.14) and holds millions of small strings at once: for a vault of 200,000 values that was 0.5 s
and ~180 MB at its peak, more than the whole redaction before it. :func:`json_pieces` gives exactly
the same text, one list item at a time, so the file can be written as it is produced; lists may be
generators. Only what a vault holds is supported: dicts with string keys, lists, strings, numbers,
booleans and null.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring  # the C escaper that json.dumps(ensure_ascii=False) uses
from typing import Any

#: what :func:`chunked` gathers before handing bytes on
CHUNK = 1 << 16


def json_pieces(obj: Any, indent: int | None = None) -> Iterator[str]:
    """``json.dumps(obj, ensure_ascii=False, indent=indent)``, compact (``","``, ``":"``) when ``indent`` is None, in pieces."""
    return _pieces(obj, indent, 0)


def chunked(pieces: Iterable[str], size: int = CHUNK) -> Iterator[bytes]:
    """UTF-8 bytes of the pieces, gathered into chunks of about ``size`` characters."""
    batch: list[str] = []
    held = 0
    for piece in pieces:
        batch.append(piece)
        held += len(piece)
        if held >= size:
            yield "".join(batch).encode("utf-8")
            batch, held = [], 0
    if batch:
        yield "".join(batch).encode("utf-8")


def _pieces(obj: Any, indent: int | None, level: int) -> Iterator[str]:
    if _flat(obj):
        yield _flat_text(obj, indent, level)
    elif isinstance(obj, dict):
        yield from _container(obj.items(), True, indent, level)
    elif isinstance(obj, list) and obj and all(type(x) is str for x in obj):  # the reserved placeholders: escaped in bulk
        inner, outer, _ = _layout(indent, level)
        yield "[" + inner + ("," + inner).join(map(encode_basestring, obj)) + outer + "]"
    else:  # a list, tuple or any other iterable (a generator: never held whole)
        yield from _container(obj, False, indent, level)


def _container(items: Iterable[Any], is_dict: bool, indent: int | None, level: int) -> Iterator[str]:
    """The items of a dict (as pairs) or a list in the layout json.dumps gives: a piece or more per item."""
    opening, closing = "{}" if is_dict else "[]"
    inner, outer, sep = _layout(indent, level)
    before = opening + inner
    empty = True
    for item in items:
        empty = False
        if is_dict:
            before += _key(item[0]) + sep
            item = item[1]
        if _flat(item):
            yield before + _flat_text(item, indent, level + 1)
        else:
            yield before
            yield from _pieces(item, indent, level + 1)
        before = "," + inner
    yield opening + closing if empty else outer + closing


@functools.cache
def _layout(indent: int | None, level: int) -> tuple[str, str, str]:
    """What goes before an item, before the closing bracket, and between a key and its value."""
    if indent is None:
        return "", "", ":"
    return "\n" + " " * (indent * (level + 1)), "\n" + " " * (indent * level), ": "


def _flat(obj: Any) -> bool:
    """A scalar, or a dict of strings and integers (a vault entry): written as one string."""
    if isinstance(obj, dict):
        return all(type(v) is str or type(v) is int for v in obj.values())
    return isinstance(obj, (str, int, float)) or obj is None


def _flat_text(obj: Any, indent: int | None, level: int) -> str:
    if type(obj) is str:
        return encode_basestring(obj)
    if type(obj) is int:
        return int.__repr__(obj)
    if not isinstance(obj, dict):
        return json.dumps(obj, ensure_ascii=False)  # float, bool, None, subclasses: as json writes them
    if not obj:
        return "{}"
    inner, outer, sep = _layout(indent, level)
    body = ("," + inner).join([_key(k) + sep + (encode_basestring(v) if type(v) is str else int.__repr__(v)) for k, v in obj.items()])
    return "{" + inner + body + outer + "}"


def _key(key: Any) -> str:
    if type(key) is not str:
        raise TypeError(f"vault documents have string keys, not {type(key).__name__}")
    return encode_basestring(key)
