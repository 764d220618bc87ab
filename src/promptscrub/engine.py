"""The matching engine: every pattern rule run only where it can match, by the fastest backend.

Detectors never loop over regexes themselves; they ask a :class:`Matcher` for the matches of its
rules in a text. Two backends produce *identical* matches (a test runs both on the same inputs):

* :mod:`~promptscrub.engine_python`: a keyword prefilter, then ``finditer`` per rule. No start-up
  cost beyond compiling the few regexes a text needs, so it serves short texts (one-line prompts);
* :mod:`~promptscrub.engine_hyperscan`: one Hyperscan database finds candidates for all rules at
  once and ``re`` confirms them in small windows; used for longer texts when the optional
  ``hyperscan`` package is installed (the database is cached on disk, so loading it is cheap).

Regexes are compiled lazily, the first time a text needs them.
"""
from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .engine_python import SMALL_TEXT, KeywordGate, PythonBackend
from .rules import Rule, compile_pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["SMALL_TEXT", "Match", "Matcher", "secret_span", "shannon_entropy"]

#: Texts shorter than this use the Python backend: loading the Hyperscan database costs more.
HYPERSCAN_FROM = 4096
#: ``PROMPTSCRUB_ENGINE=python`` forces the pure-Python backend, ``hyperscan`` forces Hyperscan.
ENGINE_ENV = "PROMPTSCRUB_ENGINE"


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
    """Runs a fixed set of rules over texts. Build once, reuse for every text (not thread-safe:
    Hyperscan scratch space is per matcher)."""

    def __init__(self, rules: Sequence[Rule], engine: str | None = None) -> None:
        self.rules = list(rules)
        self.engine = engine or os.environ.get(ENGINE_ENV, "auto")
        self._gate = KeywordGate(self.rules)
        self._compiled: dict[str, Any] = {}
        self._validators: dict[str, Callable[[str], bool]] | None = None
        self._python = PythonBackend(self._gate, self.compiled)
        self._hyperscan: Any = None  # None: not tried yet (or its database is being built); False: unavailable
        #: characters served by the Python backend while the Hyperscan database was being built (engine_build)
        self._cold_chars = 0

    def candidates(self, text: str) -> list[Rule]:
        """The rules the keyword prefilter lets run on ``text``, in rule order."""
        return [self.rules[i] for i in self._gate.enabled(self._gate.present(text))]

    def compiled(self, rule: Rule) -> Any:
        pattern = self._compiled.get(rule.regex)  # by regex, not id: a config rule may reuse a built-in id
        if pattern is None:
            pattern = self._compiled[rule.regex] = compile_pattern(rule.regex, cached=True)
        return pattern

    def backend_for(self, text: str) -> Any:
        """The Python backend for short texts, Hyperscan for long ones when it is installed. While the
        Hyperscan database is not in the cache, the Python backend also serves the first
        :data:`~promptscrub.engine_build.COLD_PYTHON_BYTES` of long texts, and the database is compiled
        in the background (see :mod:`~promptscrub.engine_build`)."""
        if self.engine == "python" or (self.engine == "auto" and len(text) < HYPERSCAN_FROM) or not self.rules:
            return self._python
        if self._hyperscan is None:
            try:
                from .engine_hyperscan import HyperscanBackend, cached

                found = cached(self.rules)
            except ImportError:
                if self.engine == "hyperscan":
                    raise
                self._hyperscan = False
                return self._python
            if found.db is None and self.engine == "auto":
                from . import engine_build

                if engine_build.enabled():
                    if self._cold_chars + len(text) <= engine_build.COLD_PYTHON_BYTES and engine_build.start(
                            found.key, self.rules, self._gate.keywords):
                        self._cold_chars += len(text)
                        return self._python
                    engine_build.wait(found.key)
                    found = cached(self.rules)
            self._hyperscan = HyperscanBackend(self._gate, self.compiled, found)
        return self._hyperscan or self._python

    def _validator(self, name: str) -> Callable[[str], bool]:
        if self._validators is None:
            from .validators import VALIDATORS

            self._validators = VALIDATORS
        return self._validators[name]

    def matches(self, text: str) -> Iterator[Match]:
        """Every accepted match of every rule, rule by rule, left to right within a rule."""
        for rule, found in self.backend_for(text).raw_matches(text):
            yield from self._accepted(rule, text, found)

    def rule_matches(self, rule: Rule, text: str) -> Iterator[Match]:
        """One rule's accepted matches on the whole text (no prefilter)."""
        return self._accepted(rule, text, self.compiled(rule).finditer(text))

    def _accepted(self, rule: Rule, text: str, found: Iterator[Any]) -> Iterator[Match]:
        for m in found:
            span = secret_span(m, rule.secret_group)
            if span is None:
                continue
            if rule.flow:  # the span names a variable: the secret is the literal assigned to it
                from .literal_flow import assigned_literal

                span = assigned_literal(text, *span)
                if span is None:
                    continue
            start, end = span
            if rule.entropy is not None and shannon_entropy(text[start:end]) < rule.entropy:
                continue
            if rule.validator and not self._validator(rule.validator)(text[start:end]):
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
