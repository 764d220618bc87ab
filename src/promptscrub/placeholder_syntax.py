"""What a placeholder looks like: written by redact, recognised by restore.

One module serves both directions, so the redactor knows exactly which strings the restorer would
pick up (and can protect look-alikes already present in the input).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: ``<TYPE_ID>``: TYPE is UPPER_SNAKE, ID a counter (``1``) or a keyed-hash tag (``3fa9c1``).
PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_([0-9]+|[0-9a-f]{6,16})>")


@dataclass(frozen=True, slots=True)
class Mention:
    """A placeholder-looking string in a text; ``key`` is its canonical form ``<TYPE_ID>``."""

    start: int
    end: int
    key: str


def format_placeholder(type_: str, ident: str | int) -> str:
    return f"<{type_}_{ident}>"


def find_placeholders(text: str) -> Iterator[Mention]:
    """Every placeholder-shaped string in ``text``, left to right, in canonical form."""
    if "<" not in text:
        return
    for m in PLACEHOLDER_RE.finditer(text):
        yield Mention(m.start(), m.end(), format_placeholder(m.group(1), m.group(2)))
