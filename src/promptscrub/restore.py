"""Restore: put the original values back where the vault's placeholders appear in a text."""
from __future__ import annotations

from dataclasses import dataclass, field

from .placeholder_syntax import find_placeholders
from .vault import Vault


@dataclass
class Restored:
    text: str
    restored: int = 0
    unresolved: list[str] = field(default_factory=list)


def restore(text: str, vault: Vault) -> Restored:
    """Replace every placeholder the vault holds (exact type and id); list the ones it does not."""
    parts: list[str] = []
    pos = 0
    out = Restored(text)
    for m in find_placeholders(text):
        entry = vault.get(m.key)
        if entry is None:
            out.unresolved.append(text[m.start:m.end])
            continue
        parts.append(text[pos:m.start])
        parts.append(entry.value)
        pos = m.end
        out.restored += 1
    parts.append(text[pos:])
    out.text = "".join(parts)
    return out
