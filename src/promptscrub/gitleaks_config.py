"""gitleaks configuration files, converted to ours: so a company's ``.gitleaks.toml`` works as-is.

Imported only when a config file is gitleaks-shaped (see ``config_layers.looks_like_gitleaks``).
:func:`convert` turns the parsed gitleaks document into one of our config documents, which then
goes through the same strict validation as any other config (``rules.rule_from_dict``,
``allowlists.parse_allowlist``), so a broken gitleaks file fails the same way a broken config does:
exit 2, one line naming the file.

The mapping, and why:

* each ``[[rules]]`` becomes one of our rules, category ``secret`` (gitleaks only finds secrets):
  ``id``, ``description``, ``regex`` (Go RE2 syntax: POSIX classes are translated here,
  ``compile_pattern`` handles ``\\z`` and a mid-pattern ``(?i)``), ``secretGroup``, ``entropy``,
  ``keywords``, ``allowlist``/``allowlists``; ``tags`` are dropped.
* a rule with ``path`` and no ``regex`` matches file names, not text: skipped, with a note. A rule
  with both is applied to all text (stricter than gitleaks, never weaker), with a note.
* ``skipReport = true`` rules never report in gitleaks: skipped. ``[[rules.required]]`` (composite
  rules) is not evaluated: the primary regex alone redacts (stricter), with a note.
* ``[extend] useDefault``: our built-in rules stand in for gitleaks' defaults and stay on whatever it
  says (silently dropping protection is worse than a few extra placeholders); switch families off
  with ``[detectors]`` in a promptscrub config that extends this file. ``disabledRules`` adds to
  ``disabled_rules``, but an unknown id is ignored (it usually names a gitleaks default rule).
  ``path`` is layered like our own ``[extend]`` (relative to this file, else to the current
  directory, as gitleaks resolves it). ``url`` is refused: promptscrub never goes online.
* ``title``, ``description``, ``minVersion``: informational, dropped.
* ``[allowlist]`` / ``[[allowlists]]``: the same format as ours (see allowlists.py).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import ConfigError
from .rules import table_id
from .tables import check_keys

TOP_KEYS = {"title", "description", "minVersion", "extend", "rules", "allowlist", "allowlists"}
RULE_KEYS = {"id", "description", "regex", "secretGroup", "entropy", "keywords", "path", "tags", "allowlist",
             "allowlists", "skipReport", "required"}
EXTEND_KEYS = {"useDefault", "path", "disabledRules", "url"}

#: RE2's ASCII POSIX classes, as the members of a Python character class.
POSIX_CLASSES = {
    "alnum": "0-9A-Za-z", "alpha": "A-Za-z", "ascii": "\\x00-\\x7f", "blank": "\\t ", "cntrl": "\\x00-\\x1f\\x7f",
    "digit": "0-9", "graph": "!-~", "lower": "a-z", "print": " -~", "punct": "!-/:-@\\[-`{-~",
    "space": "\\t\\n\\x0b\\f\\r ", "upper": "A-Z", "word": "0-9A-Za-z_", "xdigit": "0-9A-Fa-f",
}
_POSIX = re.compile(r"\[:(\^?)([a-z]+):\]")


@dataclass
class Converted:
    """Our config document for a gitleaks file, plus what could not be carried over and why."""

    document: dict[str, Any]
    foreign_disabled: frozenset[str] = frozenset()
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rule id, reason)
    notes: list[str] = field(default_factory=list)
    title: str = ""
    extend_path: str | None = None


def go_regex(pattern: str) -> str:
    """RE2 syntax that Python's ``re`` would accept but read differently: POSIX classes (``[[:alpha:]]``).

    Inside a character class ``[:name:]`` becomes its ASCII members and a bare ``[`` is escaped (RE2
    reads it literally; ``re`` warns about a future nested set). Everything else is left alone.
    """
    if "[" not in pattern:
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    class_start = 0
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if not in_class:
            out.append(c)
            if c == "[":
                in_class = True
                class_start = i + 1
                if i + 1 < n and pattern[i + 1] == "^":
                    out.append("^")
                    i += 1
                    class_start = i + 1
            i += 1
            continue
        if c == "]" and i > class_start:
            in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            m = _POSIX.match(pattern, i)
            if m and m.group(2) in POSIX_CLASSES:
                members = POSIX_CLASSES[m.group(2)]
                if m.group(1):  # negated inside a class: only expressible when it is the whole class
                    if out and out[-1] == "[" and pattern[m.end():m.end() + 1] == "]":
                        out.append("^" + members)
                    else:
                        out.append(m.group(0))  # left for the regex engine; rare enough
                else:
                    out.append(members)
                i = m.end()
                continue
            out.append("\\[")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def convert(doc: dict[str, Any], path: Path) -> Converted:
    """Our config document for the gitleaks document ``doc`` read from ``path``; ConfigError if unusable."""
    check_keys(doc, TOP_KEYS, f"{path}: gitleaks config:", ConfigError)
    for key in ("title", "description", "minVersion"):
        if not isinstance(doc.get(key, ""), str):
            raise ConfigError(f"{path}: gitleaks config: '{key}' must be a string")
    out: dict[str, Any] = {}
    conv = Converted(out, title=doc.get("title", ""))
    _extend(doc.get("extend"), path, conv)
    raw_rules = doc.get("rules", [])
    if not isinstance(raw_rules, list) or not all(isinstance(r, dict) for r in raw_rules):
        raise ConfigError(f"{path}: gitleaks config: 'rules' must be an array of tables ([[rules]])")
    rules = []
    for raw in raw_rules:
        rule = _rule(raw, path, conv)
        if rule is not None:
            rules.append(rule)
    out["rules"] = rules
    for key in ("allowlist", "allowlists"):
        if key in doc:
            out[key] = doc[key]
    return conv


def _extend(ext: Any, path: Path, conv: Converted) -> None:
    if ext is None:
        return
    if not isinstance(ext, dict):
        raise ConfigError(f"{path}: gitleaks config: [extend] must be a table")
    check_keys(ext, EXTEND_KEYS, f"{path}: gitleaks config: [extend]", ConfigError)
    if "url" in ext:
        raise ConfigError(f"{path}: gitleaks config: [extend] url is not supported (promptscrub never goes online); download the file and use path")
    if not isinstance(ext.get("useDefault", False), bool):
        raise ConfigError(f"{path}: gitleaks config: [extend] useDefault must be true or false")
    disabled = ext.get("disabledRules", [])
    if not isinstance(disabled, list) or not all(isinstance(x, str) for x in disabled):
        raise ConfigError(f"{path}: gitleaks config: [extend] disabledRules must be a list of rule ids")
    if disabled:
        conv.document["disabled_rules"] = list(disabled)
        conv.foreign_disabled = frozenset(disabled)
    base = ext.get("path")
    if base is None:
        return
    if not isinstance(base, str) or not base:
        raise ConfigError(f"{path}: gitleaks config: [extend] path must be a file name")
    expanded = Path(os.path.expandvars(os.path.expanduser(base)))
    candidates = [expanded] if expanded.is_absolute() else [path.parent / expanded, Path.cwd() / expanded]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        raise ConfigError(f"{path}: gitleaks config: [extend] path {base!r} not found (looked in {', '.join(str(c) for c in candidates)})")
    conv.extend_path = str(found.resolve())
    conv.document["extend"] = {"path": conv.extend_path}


def _rule(raw: dict[str, Any], path: Path, conv: Converted) -> dict[str, Any] | None:
    """Our rule table for one gitleaks rule, or None (recorded in ``conv.skipped``) if it cannot apply to text."""
    rid, where = table_id(raw, str(path), "rule", RULE_KEYS, ConfigError, keys="gitleaks rule key")
    if raw.get("skipReport") is True:
        conv.skipped.append((rid, "skipReport = true: gitleaks itself never reports it"))
        return None
    regex = raw.get("regex")
    if not regex and raw.get("path"):
        conv.skipped.append((rid, "path-only rule (no regex): it matches file names, not text"))
        return None
    if raw.get("path"):
        conv.notes.append(f"{where}: its 'path' restriction is not applied: the regex applies to all text (stdin has no path)")
    if raw.get("required"):
        conv.notes.append(f"{where}: composite rule: [[rules.required]] is not evaluated, the regex alone redacts")
    out: dict[str, Any] = {"id": rid, "category": "secret"}
    if "description" in raw:
        out["description"] = raw["description"]
    out["regex"] = go_regex(regex) if isinstance(regex, str) else regex
    for ours, theirs in (("secret_group", "secretGroup"), ("entropy", "entropy"), ("keywords", "keywords"),
                         ("allowlist", "allowlist"), ("allowlists", "allowlists")):
        if theirs in raw:
            out[ours] = raw[theirs]
    if out.get("secret_group") == 0:  # gitleaks' 0 is "not set": the first group that matched, else the match
        del out["secret_group"]
    return out
