"""Code-aware rules (``[[code_rules]]``): match the text of selected pygments tokens in code regions.

A regex over raw text cannot tell ``import acme_billing`` from a sentence about it, or a string
literal from a comment; a lexer can. Each rule names token types (``Name.Namespace``; subtypes
included) and an optional regex applied to each such token's text. Only code regions are lexed
(see :mod:`promptscrub.code_regions`), and only when a code rule is configured.

Consistency: every value a code rule finds is also redacted wherever else it occurs in the text as a
whole word — in prose around the code, in other blocks — so ``acme_billing`` is one placeholder everywhere.
"""
from __future__ import annotations

from pathlib import PurePath

from ..findings import Finding
from ..internal_config import CodeRule, code_rule_from_dict
from .terms import word_bounded

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class CodeRulesDetector:
    """Options: ``rules`` (CodeRule objects or their TOML tables), ``guess_language`` (bool, default true)."""

    name = "code_rules"
    #: Scrubber.find passes the input's file name, which says what language a whole file is in.
    uses_path = True

    def __init__(self, options: dict[str, Any]) -> None:
        self.rules = [r if isinstance(r, CodeRule) else code_rule_from_dict(r, "[detector_options.code_rules]")
                      for r in options.get("rules", [])]
        self.guess_language = bool(options.get("guess_language", True))
        self._compiled: list[tuple[CodeRule, tuple[Any, ...], Any]] | None = None

    def _prepare(self) -> list[tuple[CodeRule, tuple[Any, ...], Any]]:
        if self._compiled is None:
            from pygments.token import string_to_tokentype

            from ..rules import compile_pattern

            self._compiled = [(r, tuple(string_to_tokentype(t) for t in r.tokens), compile_pattern(r.regex) if r.regex else None)
                              for r in self.rules]
        return self._compiled

    def detect(self, text: str, path: str | PurePath | None = None) -> list[Finding]:
        if not self.rules or not text:
            return []
        from ..code_regions import code_regions

        regions = code_regions(text, path, self.guess_language)
        if not regions:
            return []
        compiled = self._prepare()
        found: list[Finding] = []
        for region in regions:
            langs = region.languages
            active = [c for c in compiled if not c[0].languages or langs & set(c[0].languages)]
            if active:
                found.extend(self._scan(text, region.start, region.end, region.lexer, active))
        return found + self._elsewhere(text, found)

    def _scan(self, text: str, start: int, end: int, lexer: Any, active: list[tuple[CodeRule, tuple[Any, ...], Any]]) -> list[Finding]:
        from ..engine import secret_span

        out = []
        cache: dict[Any, list[tuple[CodeRule, Any]]] = {}
        for index, ttype, value in lexer.get_tokens_unprocessed(text[start:end]):
            wanted = cache.get(ttype)
            if wanted is None:
                wanted = cache[ttype] = [(rule, pattern) for rule, types, pattern in active if any(ttype in t for t in types)]
            if not wanted or not value.strip():
                continue
            base = start + index
            for rule, pattern in wanted:
                if pattern is None:
                    lead = len(value) - len(value.lstrip())
                    out.append(Finding(base + lead, base + len(value.rstrip()), rule.category, rule.label, rule.id, rule.score))
                    continue
                for m in pattern.finditer(value):
                    span = secret_span(m, rule.secret_group)
                    if span is not None:
                        out.append(Finding(base + span[0], base + span[1], rule.category, rule.label, rule.id, rule.score))
        return out

    @staticmethod
    def _elsewhere(text: str, found: list[Finding]) -> list[Finding]:
        """Other whole-word occurrences of the values found in code (single-line values only)."""
        seen = {(f.start, f.end) for f in found}
        values: dict[str, Finding] = {}
        for f in found:
            value = text[f.start:f.end]
            if "\n" not in value and len(value) >= 3:
                values.setdefault(value, f)
        out = []
        for value, f in values.items():
            pos = text.find(value)
            while pos >= 0:
                end = pos + len(value)
                if (pos, end) not in seen and word_bounded(text, pos, end):
                    out.append(Finding(pos, end, f.category, f.type, f.rule_id, f.score))
                pos = text.find(value, pos + 1)
        return out
