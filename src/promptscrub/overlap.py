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
    """Non-overlapping findings, sorted by start.

    Findings that touch no other are settled apart: resolving each cluster of overlapping findings on its
    own gives the same winners as one pass over all, and keeps a finding-dense text (a CSV of customers,
    100,000s of findings) from paying a list insert per finding into one long sorted list.
    """
    accepted: list[Finding] = []
    for cluster in _clusters(f for f in findings if f.end > f.start):
        if len(cluster) == 1:
            accepted.append(cluster[0])
        else:
            accepted.extend(_resolve_cluster(cluster))
    return sorted(accepted, key=lambda f: f.start)


def _clusters(findings: Iterable[Finding]) -> Iterable[list[Finding]]:
    """Runs of findings, by start, each overlapping the span of the run before it."""
    cluster: list[Finding] = []
    end = -1
    for f in sorted(findings, key=lambda f: f.start):
        if cluster and f.start >= end:
            yield cluster
            cluster = []
        cluster.append(f)
        end = max(end, f.end) if len(cluster) > 1 else f.end
    if cluster:
        yield cluster


def _resolve_cluster(findings: list[Finding]) -> list[Finding]:
    order = sorted(
        findings, key=lambda f: (-f.length, -f.score, CATEGORY_RANK.get(f.category, 9), f.start, f.rule_id, f.type),
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
    return accepted


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
