"""Placeholders for findings such that restore gives back exactly the input: ``restore(redact(x)) == x``.

Restore parses liberally (``EMAIL_1``, ``email 1``, ``[EMAIL_1]``… see :mod:`.placeholder_syntax`), so
the input may already hold strings restore would act on. Three things keep the round trip exact:

1. Look-alikes in the input whose key the vault maps are escaped: they become ``LITERAL`` findings
   (``<LITERAL_1>`` restores to the look-alike text itself).
2. Every other look-alike key is *reserved* in the vault, so it is never handed out — not in this
   prompt, nor in a later one of the session (a later ``<EMAIL_1>`` would otherwise make an earlier
   answer's plain ``EMAIL_1`` restore to a value).
3. The output is scanned again with restore's own scanner: splicing changes the characters next to
   each replacement, which can create a mention that was not in the input (``EMAIL_1x`` is no mention,
   but ``EMAIL_1<PHONE_1>`` has one). Such a mention is escaped too and the splice redone; a surrogate
   that is not recognised exactly where it was put (``--style fake``) falls back to a tag. Each round
   escapes or converts at least one more span, so the loop ends.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from . import overlap
from .apply import splice
from .findings import Finding
from .placeholder_syntax import PLACEHOLDER_RE, Mention, find_placeholders, run_around, tag_keeps_left, tag_keeps_right
from .vault import Vault, VaultEntry, counter_namer

LITERAL = "LITERAL"


def literal(start: int, end: int) -> Finding:
    return Finding(start, end, "custom", LITERAL, "placeholder-literal")


def assign(text: str, findings: Sequence[Finding], vault: Vault) -> tuple[list[Finding], list[str], str]:
    """``(findings, replacements, redacted_text)`` for ``text``; new look-alike keys are reserved in ``vault``."""
    from .restore import scan

    found = list(findings)
    raw = list(find_placeholders(text))
    candidates = scan(text, vault, mentions=raw)
    surrogate_like = getattr(vault.namer, "lookalikes", None)
    if surrogate_like is not None:  # --style fake: a surrogate's twin in the text is never handed out later
        vault.reserve(surrogate_like(text))
    if candidates:
        held = {key for key in {m.key for m in candidates} if key in vault}  # asked once per key: code repeats a few hundred
        vault.reserve({m.key for m in candidates if m.form != "surrogate"} - held)
        escaped = [literal(m.start, m.end) for m in candidates if m.key in held]
        if escaped:
            found = overlap.resolve(found + escaped)

    occurs = occurs_in(text)

    def taken(ph: str) -> bool:  # a surrogate must not already be in the text (tags are covered by the reservations)
        return not PLACEHOLDER_RE.fullmatch(ph) and occurs(ph)

    as_tag: set[int] = set()  # findings (by start) whose surrogate is not recognised where it lands
    while True:
        reps = [tag_for(vault, f.type, text[f.start:f.end]) if f.start in as_tag else vault.placeholder_for(f.type, text[f.start:f.end], taken)
                for f in found]
        out = splice(text, found, reps)
        spans = _inserted(found, reps)
        mentions = scan(out, vault, mentions=_rescan(text, raw, found, reps, out))
        bad, fallback = _review(mentions, spans, found, reps, vault)
        fallback -= as_tag
        if not bad and not fallback:
            return found, reps, out
        as_tag |= fallback
        found = overlap.resolve(found + bad)


#: how many characters at each end of a string :func:`occurs_in` looks up first
PART = 6


def occurs_in(text: str) -> Callable[[str], bool]:
    """``lambda s: s in text``, but a string whose first or last :data:`PART` characters are not in ``text``
    is ruled out from a memo of those ends, not by a search of the text.

    Why: ``--style fake`` hands out a new surrogate per new value and must check that it is not in the
    input already; searching the whole text each time made a text with many values quadratic. The
    surrogates of one kind share their ends (``@example.invalid``), so a few searches answer them all.
    """
    known: dict[str, bool] = {}

    def occurs(s: str) -> bool:
        for part in (s[:PART], s[-PART:]):
            hit = known.get(part)
            if hit is None:
                hit = known[part] = part in text
            if not hit:
                return False
        return s in text

    return occurs


def tag_for(vault: Vault, type_: str, value: str) -> str:
    """A ``<TYPE_N>`` tag for ``value`` even if it already has a surrogate (the surrogate stays its primary name)."""
    tag = vault.tag_of(value)
    if tag is not None:
        return tag
    ph = counter_namer(vault, type_, value, lambda p: p in vault or p in vault.reserved)
    vault.add(VaultEntry(ph, type_, value))
    return ph


def _inserted(found: Sequence[Finding], reps: Sequence[str]) -> dict[tuple[int, int], Finding]:
    spans: dict[tuple[int, int], Finding] = {}
    shift = 0
    for f, rep in zip(found, reps, strict=True):
        start = f.start + shift
        spans[(start, start + len(rep))] = f
        shift += len(rep) - (f.end - f.start)
    return spans


def _rescan(text: str, mentions: Sequence[Mention], found: Sequence[Finding], reps: Sequence[str], out: str) -> list[Mention]:
    """``find_placeholders(out)`` for ``out = splice(text, found, reps)``, given ``mentions``, those of ``text``.

    Why: the output differs from the input only at the replacements, and what a mention is depends on its
    own run of characters alone (see ``run_around``). So the input's mentions outside the runs a
    replacement touches stay (shifted), and only those runs are scanned again: on code, ~1% of the text
    instead of all of it. A tag whose neighbours keep it apart from its run (see ``_touched``) is not
    scanned at all: its one mention is the tag.
    """
    result: list[Mention] = []
    starts = [m.start for m in mentions]
    j = k = shift = 0
    for a, b, alone in _touched(text, found, reps, mentions, starts):
        i = bisect.bisect_left(starts, a, j)
        result.extend(_moved(mentions[j:i], shift))
        j = bisect.bisect_left(starts, b, i)
        a_out = a + shift
        while k < len(found) and found[k].start <= b:  # ``<=``: an empty finding at ``b`` inserts before it
            shift += len(reps[k]) - (found[k].end - found[k].start)
            k += 1
        if alone is not None:
            result.append(Mention(a_out, a_out + len(alone), alone))
            continue
        piece = out[a_out:b + shift + 1]  # with the cut character after the runs: the look-aheads read it
        result.extend(_moved(list(find_placeholders(piece)), a_out))
    result.extend(_moved(mentions[j:], shift))
    return result


def _touched(text: str, found: Sequence[Finding], reps: Sequence[str], mentions: Sequence[Mention],
             starts: list[int]) -> list[tuple[int, int, str | None]]:
    """The runs around the (sorted) findings, as disjoint spans ``(a, b, alone)`` of ``text`` whose bounding
    characters no finding covers and no mention of the output crosses.

    A finding that a tag replaces stops its span at its own edge on each side whose neighbour keeps the
    tag apart (``tag_keeps_left``/``tag_keeps_right``): ``user <EMAIL_1> logged`` needs no scan of
    ``user`` or ``logged``. ``alone`` is that tag when it is all its span holds. ``starts``: the mentions' starts.
    """
    spans: list[tuple[int, int, str | None]] = []
    run = (0, -1)  # the last run found: findings inside it share it (one search, not one per finding)
    for f, rep in zip(found, reps, strict=True):
        tag = f.end > f.start and PLACEHOLDER_RE.fullmatch(rep) is not None
        if not run[0] <= f.start <= f.end <= run[1]:
            run = run_around(text, f.start, f.end)
        a, b = _around(text, f, tag, mentions, starts, run)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b), None)
        else:
            spans.append((a, b, rep if tag and (a, b) == (f.start, f.end) else None))
    return spans


def _around(text: str, f: Finding, tag: bool, mentions: Sequence[Mention], starts: list[int],
            run: tuple[int, int]) -> tuple[int, int]:
    """The span of ``text`` to scan again once ``f`` is replaced: its ``run`` (``run_around``), or less for a
    ``tag``. Why the run is passed in: in a line of words without a cut character (no punctuation) every
    finding has the same run, and finding it again for each one made redacting such a line quadratic."""
    left = right = False
    if tag:
        left = tag_keeps_left(text, f.start)
        i = bisect.bisect_right(starts, f.end) - 1
        right = tag_keeps_right(text, f.end) and (i < 0 or mentions[i].end <= f.end)  # no mention of the input covers f.end
    if left and right:
        return f.start, f.end
    a, b = run
    return (f.start if left else a), (f.end if right else b)


def _moved(mentions: Sequence[Mention], by: int) -> Sequence[Mention]:
    """``mentions`` moved ``by`` characters: one comprehension, as most of a text's mentions move."""
    return mentions if by == 0 else [Mention(start + by, end + by, key, form, strong) for start, end, key, form, strong in mentions]


def _review(mentions: Sequence[Mention], spans: dict[tuple[int, int], Finding], found: Sequence[Finding], reps: Sequence[str],
            vault: Vault) -> tuple[list[Finding], set[int]]:
    """What the output's ``mentions`` call for: escapes (``LITERAL`` findings) of look-alikes of vault keys between
    the replacements, and the starts of the findings whose replacement must fall back to a tag (it is not
    recognised where it was put, or a mention runs into it). New look-alike keys are reserved in ``vault``.

    ``mentions`` and the inserted ``spans`` are both sorted and disjoint, so one walk pairs them up (no search per mention).
    """
    bad: list[Finding] = []
    fallback: set[int] = set()
    new: set[str] = set()
    keys = list(spans)  # sorted by start, disjoint: by end too
    k = 0
    for m in mentions:
        if (m.start, m.end) in spans:
            continue
        while k < len(keys) and keys[k][1] <= m.start:  # ends before this mention, so before every later one
            k += 1
        j = k
        while j < len(keys) and keys[j][0] < m.end:  # a surrogate running into its neighbourhood
            fallback.add(spans[keys[j]].start)
            j += 1
        if j > k:
            continue
        if m.key in vault:
            bad.append(_back(m.start, m.end, found, reps))
        elif m.form != "surrogate":
            new.add(m.key)
    vault.reserve(new)
    seen = {(m.start, m.end) for m in mentions}
    fallback.update(f.start for (s, e), f in spans.items() if (s, e) not in seen)
    return bad, fallback


def _back(start: int, end: int, found: Sequence[Finding], reps: Sequence[str]) -> Finding:
    """The input span of an output span that lies between replacements."""
    shift = 0
    for f, rep in zip(found, reps, strict=True):
        if f.start + shift >= end:
            break
        shift += len(rep) - (f.end - f.start)
    return literal(start - shift, end - shift)
