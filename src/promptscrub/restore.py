"""Restore: put the original values back where the vault's placeholders appear in a text.

Parsing is liberal (see :mod:`.placeholder_syntax` and docs/restore.md), resolution exact: a mention
is replaced only when its canonical key is in the vault. ``--style fake`` surrogates are found as
exact strings (whole tokens). :func:`scan` is also what redact checks its own output with, so the two
directions can never disagree about what restore would touch.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .placeholder_syntax import Mention, find_placeholders
from .vault import Vault


@dataclass
class Restored:
    text: str
    restored: int = 0
    unresolved: list[str] = field(default_factory=list)


def scan(text: str, vault: Vault, start: int = 0, mentions: list[Mention] | None = None) -> list[Mention]:
    """What restore looks at in ``text[start:]``: placeholder mentions and surrogates, non-overlapping.

    Bare forms the vault does not hold are included (restore leaves them alone, but reports those of
    a type the vault uses; redact reserves them). ``mentions``: ``find_placeholders(text, None, start)``
    when the caller has it already (redact derives its output's from its input's).
    """
    pattern = vault.surrogate_pattern()
    surrogates = [Mention(m.start(), m.end(), m.group(0), "surrogate") for m in pattern.finditer(text, start)] if pattern else []
    if mentions is None:
        mentions = list(find_placeholders(text, None, start))
    if not surrogates:
        return mentions
    out = list(surrogates)
    starts = [s.start for s in surrogates]  # sorted, disjoint: only the last one starting before a mention's end can overlap it
    out.extend(m for m in mentions if (i := bisect.bisect_left(starts, m.end) - 1) < 0 or surrogates[i].end <= m.start)
    return sorted(out, key=lambda m: m.start)


def reportable(m: Mention, vault: Vault) -> bool:
    """An unresolved mention worth telling the user about: it looks like a placeholder, or its type is one the vault uses
    -- unless a prompt of the vault held it (``ContactSlot.EMAIL_2`` in the user's own code, reserved by redact): the
    answer echoes the user's text, and ``--strict`` must not fail a correct answer for it."""
    return (m.strong or m.type in vault.types()) and m.key not in vault.reserved


def restore(text: str, vault: Vault) -> Restored:
    """Replace every placeholder the vault holds (exact type and id); list the ones it does not."""
    return apply(text, vault, scan(text, vault))


def apply(text: str, vault: Vault, mentions: list[Mention], start: int = 0, stop: int | None = None) -> Restored:
    """``text[start:stop]`` with the ``mentions`` (sorted, non-overlapping, within the range) resolved."""
    stop = len(text) if stop is None else stop
    parts: list[str] = []
    pos = start
    out = Restored("")
    for m in mentions:
        if m.start < start or m.end > stop:
            continue
        entry = vault.get(m.key)
        if entry is None:
            if reportable(m, vault):
                out.unresolved.append(text[m.start:m.end])
            continue
        parts.append(text[pos:m.start])
        parts.append(entry.value)
        pos = m.end
        out.restored += 1
    parts.append(text[pos:stop])
    out.text = "".join(parts)
    return out
