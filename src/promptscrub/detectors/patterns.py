"""The pattern detector: every regex rule (built-in packs and config ``[[rules]]``) via the engine."""
from __future__ import annotations

from collections.abc import Sequence

from ..engine import Matcher
from ..findings import Finding
from ..rules import Rule
from ._secret_keep import keep_secret, password_slot


class PatternDetector:
    name = "patterns"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.matcher = Matcher(rules)

    def detect(self, text: str) -> list[Finding]:
        out = []
        for m in self.matcher.matches(text):
            rule = m.rule
            # a secret rule's match goes through the value filters (see _secret_keep.keep_secret)
            if rule.category == "secret" and not keep_secret(text, m.start, m.end, generic=rule.generic,
                                                             password_slot=password_slot(rule)):
                continue
            out.append(Finding(m.start, m.end, rule.category, rule.label, rule.id, rule.score))
        return out
