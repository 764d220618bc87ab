"""Restore: put the original values back where the vault's placeholders appear in a text.

Parsing is liberal (see :mod:`.placeholder_syntax` and docs/restore.md), resolution exact: a mention
is replaced only when its canonical key is in the vault. ``--style fake`` surrogates are found as
exact strings (whole tokens). :func:`scan` is also what redact checks its own output with, so the two
directions can never disagree about what restore would touch.
"""
from __future__ import annotations

import bisect
import re
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


#: words in capitals, each followed by a blank, that end where a bare mention begins (``URL `` before ``PASSWORD 1``)
_WORDS_BEFORE = re.compile(r"(?<![\w\\-])(?:[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*[ \u00a0])+\Z")
_WORD = re.compile(r"[^ \u00a0]+")
#: how far back those words are looked for (a type is a few words)
_WORDS_REACH = 80


def longer_type_start(text: str, m: Mention, types: set[str]) -> int | None:
    """Where a longer type the vault uses begins, when the bare mention ``m`` is only its last words: ``URL PASSWORD 1``
    holds the bare ``PASSWORD 1``, but with ``URL_PASSWORD`` in the vault the model meant that type, written with a
    blank. None when the words before ``m`` (if any) make no such type.

    Why: restoring ``PASSWORD 1`` there puts another secret (``<PASSWORD_1>``'s) after ``URL``. A blank between the
    words of a type is not restored without brackets (docs/restore.md), so the longer form is left and listed.
    """
    if m.start == 0 or text[m.start - 1] not in " \u00a0" or not text[m.start].isalpha():
        return None
    words = _WORDS_BEFORE.search(text, max(0, m.start - _WORDS_REACH), m.start)
    if words is None:
        return None
    starts = [w.start() for w in _WORD.finditer(text, words.start(), m.start)]
    for start in starts:  # the longest type first
        if "_".join(text[start:m.start].replace("-", "_").split() + [m.type]) in types:
            return start
    return None


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
        if m.form == "bare" and (longer := longer_type_start(text, m, vault.types())) is not None:
            if m.key not in vault.reserved:  # not the user's own text echoed (see ``reportable``)
                out.unresolved.append(text[longer:m.end])
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
