"""``rules check``: every example of a rule must match it, every negative example must not."""
from __future__ import annotations

from .detectors.patterns import PatternDetector
from .rules import Rule


def check_rules(rules: list[Rule]) -> list[str]:
    """Problems found, one line each naming the file and rule id; empty when all is well."""
    problems = []
    for rule in rules:
        det = PatternDetector([rule])
        if rule.category in ("secret",) and not rule.examples:
            problems.append(f"{rule.source}: rule {rule.id!r}: has no examples")
        for ex in rule.examples:
            if not det.detect(ex):
                problems.append(f"{rule.source}: rule {rule.id!r}: example does not match: {ex[:80]!r}")
        for ex in rule.negative_examples:
            if det.detect(ex):
                problems.append(f"{rule.source}: rule {rule.id!r}: negative example matches: {ex[:80]!r}")
    return problems
