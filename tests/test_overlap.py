from hypothesis import given
from hypothesis import strategies as st

from promptscrub.findings import Finding
from promptscrub.overlap import resolve


def f(start, end, score=1.0, type_="T", category="secret"):
    return Finding(start, end, category, type_, f"r{start}-{end}", score)


def test_longest_wins():
    assert resolve([f(2, 4), f(0, 10)]) == [f(0, 10)]


def test_specific_wins_a_tie():
    generic, specific = f(0, 8, 0.5, "GENERIC"), f(0, 8, 1.0, "GITHUB_TOKEN")
    assert resolve([generic, specific]) == [specific]


def test_partial_overlap_keeps_the_uncovered_tail():
    """A partially overlapped finding is trimmed, never dropped: its tail must not leak."""
    out = resolve([f(0, 10), f(8, 14)])
    assert [(x.start, x.end) for x in out] == [(0, 10), (10, 14)]


spans = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20), st.floats(0, 1)), max_size=12)


@given(spans, st.randoms())
def test_one_winner_per_character_and_order_independent(raw, rnd):
    findings = [f(s, s + n, sc) for s, n, sc in raw]
    out = resolve(findings)
    shuffled = findings[:]
    rnd.shuffle(shuffled)
    assert resolve(shuffled) == out
    covered = [i for x in out for i in range(x.start, x.end)]
    assert len(covered) == len(set(covered))
    assert set(covered) == {i for x in findings for i in range(x.start, x.end)}


def _by_character(findings):
    """The rule stated plainly: in priority order, each finding claims its unclaimed runs of characters."""
    order = sorted(findings, key=lambda x: (-x.length, -x.score, x.start, x.rule_id, x.type))
    claimed: set[int] = set()
    out = []
    for x in order:
        run = [i for i in range(x.start, x.end) if i not in claimed]
        pieces, begin = [], None
        for i in range(x.start, x.end + 1):
            free = i < x.end and i not in claimed
            if free and begin is None:
                begin = i
            elif not free and begin is not None:
                pieces.append((begin, i))
                begin = None
        claimed.update(run)
        out += [Finding(s, e, x.category, x.type, x.rule_id, x.score) for s, e in pieces]
    return sorted(out, key=lambda x: x.start)


@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12), st.sampled_from([0.2, 0.5, 0.9])), max_size=30))
def test_clusters_settle_as_one_pass_would(raw):
    """Resolving each cluster of overlapping findings apart gives the winners of the plain rule."""
    findings = [f(s, s + n, sc) for s, n, sc in raw]
    assert resolve(findings) == _by_character(findings)

