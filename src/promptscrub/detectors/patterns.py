"""The pattern detector: every regex rule (built-in packs and config ``[[rules]]``) via the engine."""
from __future__ import annotations

from collections.abc import Sequence

from ..engine import Matcher
from ..findings import Finding
from ..rules import Rule


class PatternDetector:
    name = "patterns"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.matcher = Matcher(rules)
        self._filters = None
        self._context = None

    def detect(self, text: str) -> list[Finding]:
        out = []
        for m in self.matcher.matches(text):
            rule = m.rule
            if rule.category == "secret" and not self._keep_secret(rule, text, m.start, m.end):
                continue
            out.append(Finding(m.start, m.end, rule.category, rule.label, rule.id, rule.score))
        return out

    def _keep_secret(self, rule: Rule, text: str, start: int, end: int) -> bool:
        """The value filters (``secret_filters``), then the ones that read the text around the value
        (``secret_context``): a row of a table of digests is not a key, a value assigned to a name that
        says it is fake (``FAKE_KEY=``) is a test fixture."""
        if self._filters is None:
            from .. import secret_context, secret_filters

            self._filters = secret_filters
            self._context = secret_context
        value = text[start:end]
        if self._filters.is_placeholder(value) or (rule.generic and self._filters.is_not_secret(value)):
            return False
        return not (self._context.in_digest_table(text, start, end) or self._context.assigned_to_fake_name(text, start))
