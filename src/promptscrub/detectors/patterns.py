"""The pattern detector: every regex rule (built-in packs and config ``[[rules]]``) via the engine."""
from __future__ import annotations

from collections.abc import Sequence

from ..engine import HYPERSCAN_FROM, Matcher
from ..findings import Finding
from ..rules import Rule
from ._secret_keep import keep_secret, password_slot, short_code


class PatternDetector:
    name = "patterns"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.matcher = Matcher(rules)
        self._generic: frozenset[str] | None = None
        self._secret_rules: PatternDetector | None = None

    def is_generic(self, rule_id: str) -> bool:
        """Whether the rule ``rule_id`` is generic (it knows a value's place, not its shape)."""
        if self._generic is None:
            self._generic = frozenset(r.id for r in self.matcher.rules if r.generic)
        return rule_id in self._generic

    def detect(self, text: str) -> list[Finding]:
        out = []
        for m in self.matcher.matches(text):
            rule = m.rule
            # a secret rule's match goes through the value filters (see _secret_keep.keep_secret)
            if rule.category == "secret" and not keep_secret(text, m.start, m.end, generic=rule.generic,
                                                             password_slot=password_slot(rule),
                                                             code=short_code(rule)):
                continue
            out.append(Finding(m.start, m.end, rule.category, rule.label, rule.id, rule.score))
        return out

    def detect_secrets(self, text: str) -> list[Finding]:
        """``detect``'s secret findings only: what the second looks at a text take (its unescaped strings, its
        terminal-wrapped lines; ``escaped.py``, ``wrapped_lines.py``).

        A short text, which the Python backend reads rule by rule, is read by the secret rules alone: whether
        a rule runs and what it matches there do not depend on the other rules, so the findings are the same,
        at ~60% of the cost on code. A long one goes through this detector's Hyperscan database (all rules in
        one pass; a database of the secret rules alone would be one more to compile)."""
        matcher = self.matcher
        if len(text) >= HYPERSCAN_FROM or matcher.engine not in ("auto", "python"):
            return [f for f in self.detect(text) if f.category == "secret"]
        if self._secret_rules is None:
            self._secret_rules = PatternDetector([r for r in matcher.rules if r.category == "secret"])
            self._secret_rules.matcher.engine = matcher.engine
        return self._secret_rules.detect(text)
