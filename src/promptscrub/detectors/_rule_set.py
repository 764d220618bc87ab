"""A detector whose findings are the matches of a few rules built from its options: the company's domains
(:mod:`.domains`) and package prefixes (:mod:`.packages`) become ordinary pattern rules, run by the
engine with their keyword prefilter, so they cost nothing on text that never names them."""
from __future__ import annotations

from ..engine import Matcher
from ..findings import Finding
from ..rules import Rule


class RuleSetDetector:
    """Runs ``rules`` (none: a no-op) and reports each match as a finding of its rule."""

    name = ""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.matcher = Matcher(rules) if rules else None

    def detect(self, text: str) -> list[Finding]:
        if self.matcher is None:
            return []
        return [Finding(m.start, m.end, m.rule.category, m.rule.label, m.rule.id, m.rule.score) for m in self.matcher.matches(text)]
