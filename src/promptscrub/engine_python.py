"""The pure-Python backend: a keyword prefilter, then one ``finditer`` per rule whose keyword occurs.

This backend *defines* what a rule matches: the Hyperscan backend must return exactly the same
matches, only faster. It is also the fastest choice for short texts (no database to load).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from .rules import Rule

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Below this many characters, ``kw in text`` for every keyword beats building an automaton.
SMALL_TEXT = 16_384


class KeywordGate:
    """Which rules may match a text: those with no keywords, and those with one in the lowercased text."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        self.always = [i for i, r in enumerate(self.rules) if not r.keywords]
        self.by_keyword: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for kw in rule.keywords:
                self.by_keyword.setdefault(kw, []).append(i)
        self.keywords = list(self.by_keyword)
        self._automaton: Any = None

    def present(self, text: str) -> set[str]:
        if not self.keywords:  # keyword-less matchers (the address anchors) need not lowercase the text
            return set()
        lowered = text.lower()
        if len(lowered) <= SMALL_TEXT:
            return {kw for kw in self.keywords if kw in lowered}
        if self._automaton is None:
            import ahocorasick_rs

            self._automaton = ahocorasick_rs.AhoCorasick(self.keywords, matchkind=ahocorasick_rs.MatchKind.Standard)
        return set(self._automaton.find_matches_as_strings(lowered, overlapping=True))

    def enabled(self, present: set[str]) -> list[int]:
        """Indexes of the rules to run, in rule order, given the keywords present."""
        wanted = set(self.always)
        for kw in present:
            wanted.update(self.by_keyword[kw])
        return sorted(wanted)


class PythonBackend:
    """Keyword-gated ``finditer`` over the whole text, rule by rule."""

    name = "python"

    def __init__(self, gate: KeywordGate, compiled: Callable[[Rule], Any]) -> None:
        self.gate = gate
        self.compiled = compiled

    def raw_matches(self, text: str) -> Iterator[tuple[Rule, Iterator[Any]]]:
        rules = self.gate.rules
        for i in self.gate.enabled(self.gate.present(text)):
            yield rules[i], self.compiled(rules[i]).finditer(text)
