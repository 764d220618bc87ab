"""Allowlists with gitleaks semantics: findings a company has declared safe stay in the text.

One allowlist (``[allowlist]``, ``[[allowlists]]``, or per rule ``[rules.allowlist]`` /
``[[rules.allowlists]]``) holds criteria — ``regexes`` (against the finding's secret value, its whole
match or its whole line, per ``regexTarget``), ``stopwords`` (the secret value contains one, case-
insensitively) and ``paths`` (regexes against the input's file path; stdin has none) — combined by
``condition``: ``OR`` (default, any criterion) or ``AND`` (every criterion the allowlist sets).
``commits`` are accepted for compatibility and ignored: promptscrub sees text, not commits.
A top-level allowlist applies to findings of every category, or only to the rule ids in
``targetRules``. Applied after detection and before overlap resolution, so an allowed value
never shadows a finding that overlaps it.

Nothing here is imported unless a configuration actually holds an allowlist.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike, fspath
from typing import Any

from .findings import Finding
from .tables import check_keys

#: Keys of one allowlist table; the camelCase ones are gitleaks' names, the snake_case ones aliases.
KEYS = {"description", "condition", "regexes", "regexTarget", "regex_target", "stopwords", "paths", "commits",
        "targetRules", "target_rules"}
CONDITIONS = {"OR": "OR", "||": "OR", "": "OR", "AND": "AND", "&&": "AND"}
TARGETS = ("secret", "match", "line")


class AllowlistError(ValueError):
    """An allowlist that cannot be used; the message names the file and the allowlist."""


@dataclass(frozen=True, slots=True)
class Allowlist:
    """One allowlist: its criteria are regex sources and literals, compiled lazily and cached."""

    description: str = ""
    condition: str = "OR"
    regexes: tuple[str, ...] = ()
    regex_target: str = "secret"
    stopwords: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    commits: tuple[str, ...] = ()
    target_rules: tuple[str, ...] = ()

    @property
    def effective(self) -> bool:
        """False when only ``commits`` (ignored here) are set: such an allowlist allows nothing."""
        return bool(self.regexes or self.stopwords or self.paths)

    def allows(self, secret: str, match: Any, line: Any, path: str | None) -> bool:
        """Whether a finding is allowed. ``match`` and ``line`` are callables, evaluated only if needed."""
        checks = []
        if self.paths:
            checks.append(lambda: path is not None and any(_compiled(p).search(path) for p in self.paths))
        if self.stopwords:
            checks.append(lambda: any(w.lower() in secret.lower() for w in self.stopwords))
        if self.regexes:
            def regex_check() -> bool:
                target = secret if self.regex_target == "secret" else (match() if self.regex_target == "match" else line())
                return any(_compiled(r).search(target) for r in self.regexes)
            checks.append(regex_check)
        if not checks:
            return False
        return all(c() for c in checks) if self.condition == "AND" else any(c() for c in checks)


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> Any:
    from .rules import compile_pattern

    return compile_pattern(pattern)


def parse_allowlist(raw: Any, where: str, top_level: bool) -> Allowlist:
    """Validate one allowlist table (strict: a typo must not silently allow everything or nothing)."""
    if not isinstance(raw, dict):
        raise AllowlistError(f"{where}: an allowlist must be a table")
    check_keys(raw, KEYS, f"{where}:", AllowlistError)
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise AllowlistError(f"{where}: 'description' must be a string")
    condition = raw.get("condition", "OR")
    if not isinstance(condition, str) or condition.strip().upper() not in CONDITIONS:
        raise AllowlistError(f"{where}: 'condition' must be \"OR\" or \"AND\", not {condition!r}")
    target = raw.get("regexTarget", raw.get("regex_target", "secret"))
    if target == "":
        target = "secret"
    if target not in TARGETS:
        raise AllowlistError(f"{where}: 'regexTarget' must be one of {', '.join(TARGETS)}, not {target!r}")
    lists = {}
    for key in ("regexes", "stopwords", "paths", "commits", "targetRules"):
        value = raw.get(key, raw.get("target_rules", []) if key == "targetRules" else [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise AllowlistError(f"{where}: '{key}' must be a list of non-empty strings")
        lists[key] = tuple(value)
    if lists["targetRules"] and not top_level:
        raise AllowlistError(f"{where}: 'targetRules' only makes sense in a top-level allowlist")
    for key in ("regexes", "paths"):
        for pattern in lists[key]:
            try:
                _compiled(pattern)
            except Exception as exc:  # noqa: BLE001 - any compile failure is a bad allowlist
                raise AllowlistError(f"{where}: {key} entry {pattern!r} does not compile: {exc}") from None
    if not (lists["regexes"] or lists["stopwords"] or lists["paths"] or lists["commits"]):
        raise AllowlistError(f"{where}: an allowlist needs at least one of regexes, stopwords, paths or commits")
    return Allowlist(description=description, condition=CONDITIONS[condition.strip().upper()], regexes=lists["regexes"],
                     regex_target=target, stopwords=lists["stopwords"], paths=lists["paths"], commits=lists["commits"],
                     target_rules=lists["targetRules"])


def parse_allowlists(single: Any, many: Any, where: str, top_level: bool) -> tuple[Allowlist, ...]:
    """``allowlist`` (one table, gitleaks' older form) and ``allowlists`` (an array of tables), together."""
    out: list[Allowlist] = []
    if single is not None:
        out.append(parse_allowlist(single, f"{where} [allowlist]" if top_level else f"{where} allowlist", top_level))
    if many is not None:
        if not isinstance(many, list):
            raise AllowlistError(f"{where}: 'allowlists' must be an array of tables ([[allowlists]])")
        for i, raw in enumerate(many, 1):
            out.append(parse_allowlist(raw, f"{where} allowlists #{i}", top_level))
    return tuple(out)


def to_dict(allowlist: Allowlist) -> dict[str, Any]:
    """The TOML table for an allowlist, gitleaks' key names, defaults left out (for ``rules import``)."""
    out: dict[str, Any] = {}
    if allowlist.description:
        out["description"] = allowlist.description
    if allowlist.condition != "OR":
        out["condition"] = allowlist.condition
    if allowlist.regex_target != "secret":
        out["regexTarget"] = allowlist.regex_target
    for key, value in (("regexes", allowlist.regexes), ("stopwords", allowlist.stopwords), ("paths", allowlist.paths),
                       ("commits", allowlist.commits), ("targetRules", allowlist.target_rules)):
        if value:
            out[key] = list(value)
    return out


class AllowlistFilter:
    """Drops allowed findings. Built once per scrubber, and only when some allowlist is configured."""

    def __init__(self, global_lists: Sequence[Allowlist], rules: Sequence[Any]) -> None:
        self.global_lists = [a for a in global_lists if a.effective]
        self.by_rule: dict[str, list[Allowlist]] = {}
        self.rules_by_id: dict[str, list[Any]] = {}
        for rule in rules:
            self.rules_by_id.setdefault(rule.id, []).append(rule)
            for a in getattr(rule, "allowlists", ()):
                if a.effective:
                    self.by_rule.setdefault(rule.id, []).append(a)

    def __bool__(self) -> bool:
        return bool(self.global_lists or self.by_rule)

    def filter(self, text: str, findings: Iterable[Finding], path: str | PathLike[str] | None = None) -> list[Finding]:
        found = list(findings)
        if not found:
            return found
        spath = fspath(path) if path is not None else None
        if spath is not None and "\\" in spath:
            spath = spath.replace("\\", "/")
        ctx = _Context(text, self.rules_by_id)
        out = []
        for f in found:
            lists = [a for a in self.global_lists if not a.target_rules or f.rule_id in a.target_rules]
            lists += self.by_rule.get(f.rule_id, [])
            if not lists:
                out.append(f)
                continue
            secret = text[f.start:f.end]
            if not any(a.allows(secret, lambda: ctx.match(f), lambda: ctx.line(f), spath) for a in lists):
                out.append(f)
        return out


class _Context:
    """Per-text lazy helpers: a finding's whole match (re-found from its rule) and its whole line(s)."""

    def __init__(self, text: str, rules_by_id: dict[str, list[Any]]) -> None:
        self.text = text
        self.rules_by_id = rules_by_id
        self._starts: list[int] | None = None
        self._spans: dict[str, dict[tuple[int, int], tuple[int, int]]] = {}

    def line(self, f: Finding) -> str:
        if self._starts is None:
            from .allow import line_starts

            self._starts = line_starts(self.text)
        starts = self._starts
        first = bisect.bisect_right(starts, f.start) - 1
        last = bisect.bisect_right(starts, max(f.start, f.end - 1)) - 1
        end = starts[last + 1] if last + 1 < len(starts) else len(self.text)
        return self.text[starts[first]:end].rstrip("\r\n")

    def match(self, f: Finding) -> str:
        """The rule's whole match around the redacted secret group; the finding itself for other detectors."""
        spans = self._spans.get(f.rule_id)
        if spans is None:
            spans = self._spans[f.rule_id] = self._rule_spans(f.rule_id)
        start, end = spans.get((f.start, f.end), (f.start, f.end))
        return self.text[start:end]

    def _rule_spans(self, rule_id: str) -> dict[tuple[int, int], tuple[int, int]]:
        from .engine import secret_span

        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for rule in self.rules_by_id.get(rule_id, []):
            for m in _compiled(rule.regex).finditer(self.text):
                span = secret_span(m, rule.secret_group)
                if span is not None:
                    spans.setdefault(span, m.span())
        return spans
