"""The matching engine: every pattern rule compiled once, run only where its keywords occur.

Detectors never loop over regexes themselves; they ask a :class:`Matcher` for the matches of its
rules in a text. The keyword prefilter is one Aho-Corasick pass over the lowercased text (or plain
``in`` tests for short texts), and a rule's regex is compiled lazily the first time a text needs it,
so a one-line prompt compiles almost nothing. A faster backend (Hyperscan) can replace
:meth:`Matcher.candidates` without touching any detector.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Callable

from .rules import Rule, compile_pattern

#: Below this many characters, ``kw in text`` for every keyword beats building an automaton.
SMALL_TEXT = 16_384


@dataclass(frozen=True, slots=True)
class Match:
    """A rule's hit: ``start``/``end`` delimit the secret group (what gets redacted)."""

    rule: Rule
    start: int
    end: int


def shannon_entropy(value: str) -> float:
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


class Matcher:
    """Runs a fixed set of rules over texts. Thread-compatible; build once, reuse for every text."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        self._always = [r for r in self.rules if not r.keywords]
        self._by_keyword: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for kw in rule.keywords:
                self._by_keyword.setdefault(kw, []).append(rule)
        self._keywords = list(self._by_keyword)
        self._automaton: Any = None
        self._compiled: dict[str, Any] = {}
        self._validators: dict[str, Callable[[str], bool]] | None = None

    def _present_keywords(self, text: str) -> set[str]:
        lowered = text.lower()
        if len(lowered) <= SMALL_TEXT or not self._keywords:
            return {kw for kw in self._keywords if kw in lowered}
        if self._automaton is None:
            import ahocorasick_rs

            self._automaton = ahocorasick_rs.AhoCorasick(self._keywords, matchkind=ahocorasick_rs.MatchKind.Standard)
        return set(self._automaton.find_matches_as_strings(lowered, overlapping=True))

    def candidates(self, text: str) -> list[Rule]:
        """The rules worth running on ``text``, in rule order."""
        wanted = {r.id for r in self._always}
        for kw in self._present_keywords(text):
            wanted.update(r.id for r in self._by_keyword[kw])
        return [r for r in self.rules if r.id in wanted]

    def compiled(self, rule: Rule) -> Any:
        pattern = self._compiled.get(rule.id)
        if pattern is None:
            pattern = self._compiled[rule.id] = compile_pattern(rule.regex)
        return pattern

    def _validator(self, name: str) -> Callable[[str], bool]:
        if self._validators is None:
            from .validators import VALIDATORS

            self._validators = VALIDATORS
        return self._validators[name]

    def matches(self, text: str) -> Iterator[Match]:
        """Every accepted match of every rule, rule by rule, left to right within a rule."""
        for rule in self.candidates(text):
            yield from self.rule_matches(rule, text)

    def rule_matches(self, rule: Rule, text: str) -> Iterator[Match]:
        for m in self.compiled(rule).finditer(text):
            span = secret_span(m, rule.secret_group)
            if span is None:
                continue
            start, end = span
            value = text[start:end]
            if rule.entropy is not None and shannon_entropy(value) < rule.entropy:
                continue
            if rule.validator and not self._validator(rule.validator)(value):
                continue
            yield Match(rule, start, end)


def secret_span(m: Any, group: int | None) -> tuple[int, int] | None:
    """gitleaks' semantics: an explicit group, else the first group that took part, else the match."""
    if group is not None:
        start, end = m.span(group)
    else:
        start, end = m.span()
        for g in range(1, (m.re.groups or 0) + 1):
            s, e = m.span(g)
            if s >= 0 and e > s:
                start, end = s, e
                break
    if start < 0 or end <= start:
        return None
    return start, end
