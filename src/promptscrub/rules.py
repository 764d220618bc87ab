"""Pattern rules as data: loading and validating the TOML rule packs under ``rules/``.

A rule is one ``[[rules]]`` table. The loader is strict — an unknown key, a regex that does not
compile or a bad group number is a :class:`RuleError` naming the file and the rule id — because a
typo must never quietly switch protection off.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .findings import CATEGORIES
from .tables import check_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RULE_KEYS = {
    "id", "description", "category", "type", "regex", "secret_group", "keywords", "entropy",
    "generic", "score", "validator", "examples", "negative_examples", "tags", "flow",
    # gitleaks-compatible names, accepted and mapped
    "secretGroup", "path", "allowlist", "allowlists",
}
FILE_KEYS = {"category", "rules", "title", "description"}


class RuleError(ValueError):
    """A rule file or rule that cannot be used; the message names the file and the rule id."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern rule. ``keywords`` are lowercase literals: the regex runs only where one occurs."""

    id: str
    regex: str
    description: str = ""
    category: str = "secret"
    type: str = ""
    secret_group: int | None = None
    keywords: tuple[str, ...] = ()
    entropy: float | None = None
    generic: bool = False
    score: float = 1.0
    validator: str | None = None
    examples: tuple[str, ...] = ()
    negative_examples: tuple[str, ...] = ()
    source: str = field(default="", compare=False)
    #: per-rule allowlists (gitleaks' ``[rules.allowlist]`` / ``[[rules.allowlists]]``), see allowlists.py
    allowlists: tuple[Any, ...] = ()
    #: the secret group names a variable; the finding is the literal assigned to it (see literal_flow.py)
    flow: bool = False

    @property
    def label(self) -> str:
        """The placeholder type: explicit ``type`` or the id upper-cased (``acme-ticket`` → ``ACME_TICKET``)."""
        return self.type or type_from_id(self.id)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Pickled as its fields, rebuilt by ``__init__``: a slotted dataclass's default ``__setstate__``
        sets each field through a Python loop, which made loading the cached rule packs ~2x slower."""
        return Rule, tuple(getattr(self, f) for f in _RULE_FIELDS)


_RULE_FIELDS = tuple(Rule.__dataclass_fields__)


def type_from_id(rule_id: str) -> str:
    out = "".join(c if c.isalnum() else "_" for c in rule_id.upper()).strip("_")
    while "__" in out:
        out = out.replace("__", "_")
    if not out or not out[0].isalpha():
        out = "R_" + out
    return out


def compile_pattern(pattern: str, cached: bool = False) -> Any:
    """Compile with stdlib ``re``; fall back to ``regex`` for Go/Rust-isms (mid-pattern ``(?i)``, ``\\z``).

    ``cached``: take the compiled form from the on-disk cache the PII patterns use (a one-line redact
    compiles ~20 triggered rules; from the cache that costs microseconds instead of ~15 ms).
    """
    import re

    try:
        if cached and "\\p{" not in pattern:
            from .detectors._lazyre import compile_now

            return compile_now(pattern, shard="rules")
        return re.compile(pattern)
    except (re.error, OverflowError, RecursionError):
        import regex

        return regex.compile(pattern.replace(r"\z", r"\Z"), flags=regex.V0)


def table_id(raw: dict[str, Any], source: str, kind: str, known: frozenset[str] | set[str],
             error: type[Exception], keys: str = "key") -> tuple[str, str]:
    """A rule table's id and the ``where`` that starts its error messages; ``error`` on a missing id or an
    unknown key. Shared by every kind of rule table (pattern, code, gitleaks rules)."""
    rid = raw.get("id")
    where = f"{source}: {kind} {rid!r}" if rid else f"{source}: a {kind} without id"
    if not isinstance(rid, str) or not rid.strip():
        raise error(f"{where}: 'id' must be a non-empty string")
    check_keys(raw, known, f"{where}:", error, keys)
    return rid, where


def rule_from_dict(raw: dict[str, Any], source: str, default_category: str = "secret") -> Rule:
    """Build and validate one rule; raise :class:`RuleError` on anything doubtful."""
    rid, where = table_id(raw, source, "rule", RULE_KEYS, RuleError)
    regex = raw.get("regex")
    if not isinstance(regex, str) or not regex:
        raise RuleError(f"{where}: 'regex' must be a non-empty string")
    try:
        compiled = compile_pattern(regex)
    except Exception as exc:  # noqa: BLE001 - any compile failure is a bad rule
        raise RuleError(f"{where}: regex does not compile: {exc}") from None
    category = raw.get("category", default_category)
    if category not in CATEGORIES:
        raise RuleError(f"{where}: category must be one of {', '.join(CATEGORIES)}, not {category!r}")
    group = raw.get("secret_group", raw.get("secretGroup"))
    if group is not None:
        if not isinstance(group, int) or isinstance(group, bool) or group < 0 or group > compiled.groups:
            raise RuleError(f"{where}: secret_group {group!r} but the regex has {compiled.groups} group(s)")
    flow = raw.get("flow", False)
    if not isinstance(flow, bool) or (flow and group is None):
        raise RuleError(f"{where}: 'flow' must be true or false, and a flow rule needs a secret_group (the variable)")
    keywords = raw.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
        raise RuleError(f"{where}: 'keywords' must be a list of non-empty strings")
    entropy = raw.get("entropy")
    if entropy is not None and (not isinstance(entropy, (int, float)) or isinstance(entropy, bool)):
        raise RuleError(f"{where}: 'entropy' must be a number")
    score = raw.get("score", 1.0)
    if not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise RuleError(f"{where}: 'score' must be a number between 0 and 1")
    validator = raw.get("validator")
    if validator is not None:
        from .validators import VALIDATORS

        if validator not in VALIDATORS:
            raise RuleError(f"{where}: unknown validator {validator!r} (known: {', '.join(sorted(VALIDATORS))})")
    rtype = raw.get("type", "")
    if rtype and (not isinstance(rtype, str) or type_from_id(rtype) != rtype):
        raise RuleError(f"{where}: 'type' must be UPPER_SNAKE_CASE, like {type_from_id(str(rtype))!r}")
    for key in ("examples", "negative_examples"):
        vals = raw.get(key, [])
        if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
            raise RuleError(f"{where}: '{key}' must be a list of strings")
    for key in ("description",):
        if not isinstance(raw.get(key, ""), str):
            raise RuleError(f"{where}: '{key}' must be a string")
    if "path" in raw:
        raise RuleError(f"{where}: per-rule 'path' is not supported: rules apply to all text (stdin has no path); "
                        "use an allowlist's 'paths' to leave files alone")
    allowlists: tuple[Any, ...] = ()
    if "allowlist" in raw or "allowlists" in raw:
        from .allowlists import AllowlistError, parse_allowlists

        try:
            allowlists = parse_allowlists(raw.get("allowlist"), raw.get("allowlists"), where, top_level=False)
        except AllowlistError as exc:
            raise RuleError(str(exc)) from None
    return Rule(
        id=rid,
        regex=regex,
        description=raw.get("description", ""),
        category=category,
        type=rtype,
        secret_group=group,
        keywords=tuple(k.lower() for k in keywords),
        entropy=float(entropy) if entropy is not None else None,
        generic=bool(raw.get("generic", False)),
        score=float(score),
        validator=validator,
        examples=tuple(raw.get("examples", [])),
        negative_examples=tuple(raw.get("negative_examples", [])),
        source=source,
        allowlists=allowlists,
        flow=flow,
    )


def rules_from_document(doc: dict[str, Any], source: str, default_category: str = "secret") -> list[Rule]:
    """Rules of one parsed TOML document (``[[rules]]`` plus an optional file-level ``category``)."""
    category = doc.get("category", default_category)
    raw_rules = doc.get("rules", [])
    if not isinstance(raw_rules, list):
        raise RuleError(f"{source}: 'rules' must be an array of tables ([[rules]])")
    rules = [rule_from_dict(r, source, category) for r in raw_rules]
    seen: set[str] = set()
    for rule in rules:  # within one file; a layer over another ([extend]) may replace a rule by its id
        if rule.id in seen:
            raise RuleError(f"{source}: rule {rule.id!r} is defined twice in this file")
        seen.add(rule.id)
    return rules


def load_rule_file(path: Path) -> list[Rule]:
    from .tables import read_toml_file

    doc = read_toml_file(path, RuleError)
    unknown = sorted(set(doc) - FILE_KEYS)
    if unknown:
        raise RuleError(f"{path}: unknown top-level key(s) {', '.join(unknown)}")
    return rules_from_document(doc, str(path))


def builtin_rules_dir() -> Path:
    """``rules/`` ships inside the wheel as ``promptscrub/rules``; in a source checkout it is at the top."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    return packaged if packaged.is_dir() else here.parents[1] / "rules"


def rule_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.toml") if p.is_file())


def load_rules(paths: list[Path]) -> list[Rule]:
    """Load several rule files; ids must be unique across all of them."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        for rule in load_rule_file(path):
            if rule.id in seen:
                raise RuleError(f"{path}: rule {rule.id!r} is already defined in {seen[rule.id]}")
            seen[rule.id] = str(path)
            rules.append(rule)
    return rules


def load_builtin_rules() -> list[Rule]:
    """The built-in packs, through a pickle cache keyed by the files' names, sizes and mtimes."""
    from . import cache

    root = builtin_rules_dir()
    files = rule_files(root) if root.is_dir() else []
    if not files:
        # an install without its rule packs would silently protect nothing: refuse instead
        raise RuleError(f"{root}: the built-in rule packs are missing; reinstall promptscrub")
    key = cache.files_key("rules-v3", files)  # v2: Rule.allowlists; v3: Rule.__reduce__
    cached = cache.load(key)
    if cached is not None:
        return cached
    rules = load_rules(files)
    cache.store(key, rules)
    return rules
