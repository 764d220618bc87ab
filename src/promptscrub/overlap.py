"""Overlap resolution: one winner per character, decided deterministically.

Findings are taken longest first, then by score (the more specific detector), then category, then
position and rule id. A finding that overlaps an accepted one keeps only its uncovered pieces, so a
partially overlapped secret never leaks its tail.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from .findings import Finding

CATEGORY_RANK = {"secret": 0, "custom": 1, "internal": 2, "pii": 3}


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    """Non-overlapping findings, sorted by start."""
    order = sorted(
        (f for f in findings if f.end > f.start),
        key=lambda f: (-f.length, -f.score, CATEGORY_RANK.get(f.category, 9), f.start, f.rule_id, f.type),
    )
    starts: list[int] = []  # accepted spans, sorted and disjoint
    ends: list[int] = []
    accepted: list[Finding] = []
    for f in order:
        for s, e in _uncovered(f.start, f.end, starts, ends):
            i = bisect.bisect_left(starts, s)
            starts.insert(i, s)
            ends.insert(i, e)
            accepted.append(f if (s, e) == (f.start, f.end) else _trim(f, s, e))
    return sorted(accepted, key=lambda f: f.start)


def _uncovered(start: int, end: int, starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    pieces = []
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    pos = start
    while i < len(starts) and starts[i] < end:
        if ends[i] > pos:
            if starts[i] > pos:
                pieces.append((pos, starts[i]))
            pos = max(pos, ends[i])
        i += 1
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _trim(f: Finding, start: int, end: int) -> Finding:
    return Finding(start, end, f.category, f.type, f.rule_id, f.score)
