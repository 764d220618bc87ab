"""The company's own vocabulary: ``[internal]``, ``[[code_rules]]`` and ``[code]`` in a config file.

``config.parse_config`` hands these sections here so that this family's parsing lives in one place.
Validation is as strict as the rest of the config (an unknown key is a :class:`ConfigError` naming the
file and key) because a typo in ``domians`` would otherwise switch protection off without a word.
Terms files are read here, once, relative to the config file that names them. Nothing heavy is imported:
the matchers (Aho-Corasick, pygments) load only when a detector actually has work to do.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .detectors import _lazyre  # compiled on first use, from the regex code cache: not at every start
from .findings import CATEGORIES
from .rules import compile_pattern, table_id, type_from_id
from .tables import check_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

INTERNAL_KEYS = {"domains", "terms", "terms_files", "term_type", "term_boundaries", "domain_type",
                 "employee_id_columns", "packages", "package_type"}
CODE_KEYS = {"guess_language"}
CODE_RULE_KEYS = {"id", "description", "tokens", "regex", "secret_group", "type", "languages", "category", "score",
                  "examples", "negative_examples"}
TERM_BOUNDARIES = ("word", "identifier")
#: Shorter terms would match inside ordinary words far too often to be a codename.
MIN_TERM_LENGTH = 3
#: A column header is a line's field: a name longer than this is none (the table reader's limit too).
MAX_COLUMN_NAME = 64
_DOMAIN = _lazyre.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
#: A package namespace prefix: the characters of package, module and namespace names and their separators.
_PACKAGE_PREFIX = _lazyre.compile(r"^[\w$.@/\\:-]+$")
_TOKEN_TYPE = _lazyre.compile(r"^(?:Token\.)?[A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)*$")


class InternalConfigError(ValueError):
    """Raised here; ``config.py`` re-raises it as its own ``ConfigError`` (same message)."""


@dataclass(frozen=True, slots=True)
class CodeRule:
    """Select pygments tokens by type (subtypes included) and redact what ``regex`` matches in their text.

    Without ``regex`` the whole token is redacted (``tokens = ["Comment"]`` drops every comment).
    ``languages`` (pygments names/aliases) limits the rule to code in those languages.
    """

    id: str
    tokens: tuple[str, ...]
    regex: str | None = None
    description: str = ""
    type: str = ""
    secret_group: int | None = None
    languages: tuple[str, ...] = ()
    category: str = "internal"
    score: float = 0.9
    examples: tuple[str, ...] = ()
    negative_examples: tuple[str, ...] = ()
    source: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        return self.type or type_from_id(self.id)


@dataclass(frozen=True, slots=True)
class InternalConfig:
    """What a company configured about itself. Empty by default: only the built-in rules apply then."""

    domains: tuple[str, ...] = ()
    domain_type: str = "INTERNAL_HOST"
    terms: tuple[str, ...] = ()
    term_type: str = "CODENAME"
    term_boundaries: str = "word"
    code_rules: tuple[CodeRule, ...] = ()
    guess_language: bool = True
    #: the company's own headers of an employee-number column (``MA-Nr``, ``PNR``), read by pii_columns
    employee_id_columns: tuple[str, ...] = ()
    #: namespace prefixes of the company's packages (``acme_``, ``@acme/``, ``com.acme.``), matched anywhere
    packages: tuple[str, ...] = ()
    package_type: str = "INTERNAL_PACKAGE"

    def detector_options(self) -> dict[str, dict[str, Any]]:
        """Options for the detectors this configuration feeds, by detector name (``pii_columns`` only when
        the company named employee-number columns: it is a pii detector, built with its own options too)."""
        out: dict[str, dict[str, Any]] = {
            "internal_domains": {"domains": list(self.domains), "type": self.domain_type},
            "internal_terms": {"terms": list(self.terms), "type": self.term_type, "boundaries": self.term_boundaries},
            "code_rules": {"rules": list(self.code_rules), "guess_language": self.guess_language},
            "internal_packages": {"packages": list(self.packages), "type": self.package_type},
        }
        if self.employee_id_columns:
            out["pii_columns"] = {"employee_id_columns": list(self.employee_id_columns)}
        return out


def parse_internal_sections(doc: dict[str, Any], source: str) -> InternalConfig:
    """``[internal]``, ``[[code_rules]]`` and ``[code]`` of one config document (absent sections: defaults)."""
    base = Path(source).parent
    cfg = InternalConfig()
    internal = doc.get("internal", {})
    if not isinstance(internal, dict):
        raise InternalConfigError(f"{source}: [internal] must be a table")
    check_keys(internal, INTERNAL_KEYS, f"{source}: [internal]", InternalConfigError)
    domains = tuple(normalise_domain(d, source) for d in _strings(internal, "domains", source, "[internal]"))
    terms = [check_term(t, f"{source}: [internal] terms") for t in _strings(internal, "terms", source, "[internal]")]
    for name in _strings(internal, "terms_files", source, "[internal]"):
        terms.extend(read_terms_file(base / Path(name).expanduser(), source))
    columns = tuple(check_column_name(c, source)
                    for c in _strings(internal, "employee_id_columns", source, "[internal]"))
    packages = tuple(check_package_prefix(p, source) for p in _strings(internal, "packages", source, "[internal]"))
    cfg = replace(cfg, domains=_unique(domains), terms=_unique(tuple(terms)), employee_id_columns=_unique(columns),
                  packages=_unique(packages))
    for key in ("term_type", "domain_type", "package_type"):
        if key in internal:
            value = internal[key]
            if not isinstance(value, str) or type_from_id(value) != value:
                raise InternalConfigError(f"{source}: [internal] {key} must be UPPER_SNAKE_CASE, like {type_from_id(str(value))!r}")
            cfg = replace(cfg, **{key: value})
    if "term_boundaries" in internal:
        if internal["term_boundaries"] not in TERM_BOUNDARIES:
            raise InternalConfigError(f"{source}: [internal] term_boundaries must be one of {', '.join(TERM_BOUNDARIES)}")
        cfg = replace(cfg, term_boundaries=internal["term_boundaries"])
    code = doc.get("code", {})
    if not isinstance(code, dict):
        raise InternalConfigError(f"{source}: [code] must be a table")
    check_keys(code, CODE_KEYS, f"{source}: [code]", InternalConfigError)
    if "guess_language" in code:
        if not isinstance(code["guess_language"], bool):
            raise InternalConfigError(f"{source}: [code] guess_language must be true or false")
        cfg = replace(cfg, guess_language=code["guess_language"])
    raw_rules = doc.get("code_rules", [])
    if not isinstance(raw_rules, list) or not all(isinstance(r, dict) for r in raw_rules):
        raise InternalConfigError(f"{source}: 'code_rules' must be an array of tables ([[code_rules]])")
    rules = [code_rule_from_dict(r, source) for r in raw_rules]
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InternalConfigError(f"{source}: [[code_rules]] id(s) defined twice: {', '.join(dupes)}")
    return replace(cfg, code_rules=tuple(rules))


def merge(base: InternalConfig, over: InternalConfig, over_doc: dict[str, Any]) -> InternalConfig:
    """Layering (``[extend]``): lists add up, code rules with the same id are replaced, explicit scalars win."""
    out = replace(base, domains=_unique(base.domains + over.domains), terms=_unique(base.terms + over.terms),
                  employee_id_columns=_unique(base.employee_id_columns + over.employee_id_columns),
                  packages=_unique(base.packages + over.packages))
    internal = over_doc.get("internal", {})
    for key in ("term_type", "domain_type", "term_boundaries", "package_type"):
        if key in internal:
            out = replace(out, **{key: getattr(over, key)})
    if "guess_language" in over_doc.get("code", {}):
        out = replace(out, guess_language=over.guess_language)
    replaced = {r.id for r in over.code_rules}
    return replace(out, code_rules=tuple(r for r in base.code_rules if r.id not in replaced) + over.code_rules)


def normalise_domain(value: str, source: str) -> str:
    d = value.strip().lower().lstrip("*").strip(".")
    if not _DOMAIN.match(d) or "." not in d:
        raise InternalConfigError(f"{source}: [internal] domains: {value!r} is not a domain name like 'acme-corp.com'")
    return d


def check_package_prefix(prefix: str, source: str) -> str:
    """A namespace prefix as package names start (``acme_``, ``@acme/``, ``com.acme.``, ``Acme.``): no blanks,
    only name characters and separators, and three letters or digits at least (``a_`` would start far too much)."""
    p = prefix.strip()
    if not _PACKAGE_PREFIX.match(p) or sum(c.isalnum() for c in p) < MIN_TERM_LENGTH:
        raise InternalConfigError(f"{source}: [internal] packages: {prefix!r} is not a package namespace prefix like "
                                  "'acme_', '@acme/', 'com.acme.' (no blanks, at least 3 letters or digits)")
    return p


def check_term(term: str, where: str) -> str:
    t = " ".join(term.split())
    if len(t) < MIN_TERM_LENGTH or not any(c.isalnum() for c in t):
        raise InternalConfigError(f"{where}: term {term!r} is too short (at least {MIN_TERM_LENGTH} characters with a letter or digit)")
    return t


def check_column_name(name: str, source: str) -> str:
    """A column header as the company writes it (``MA-Nr``): 1 to 64 characters on one line, with a letter
    the header normalisation keeps (pii_columns reads headers without case, separators and accents)."""
    n = name.strip()
    where = f"{source}: [internal] employee_id_columns: {name!r}"
    if not 1 <= len(n) <= MAX_COLUMN_NAME or not n.isprintable() or not any(c.isalpha() for c in n):
        raise InternalConfigError(f"{where} is not a column name (1 to {MAX_COLUMN_NAME} characters on one line, "
                                  "with a letter, like 'MA-Nr')")
    from .detectors.pii_columns import _key  # only for a config that names such columns: no start-up cost

    if not any(c.isalpha() for c in _key(n)):
        raise InternalConfigError(f"{where} reads as no column name: headers are compared in Latin letters and "
                                  "digits, without accents, separators or a bracketed note")
    return n


def read_terms_file(path: Path, source: str) -> list[str]:
    """One term per line; blank lines and lines starting with ``#`` are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InternalConfigError(f"{source}: [internal] terms_files: cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InternalConfigError(f"{source}: [internal] terms_files: {path} is not UTF-8 text") from None
    out = []
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(check_term(line, f"{path}:{no}"))
    return out


def code_rule_from_dict(raw: dict[str, Any], source: str) -> CodeRule:
    rid, where = table_id(raw, source, "code rule", CODE_RULE_KEYS, InternalConfigError)
    tokens = raw.get("tokens")
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and _TOKEN_TYPE.match(t) for t in tokens):
        raise InternalConfigError(f"{where}: 'tokens' must be a non-empty list of pygments token types like \"Name.Namespace\"")
    regex = raw.get("regex")
    groups = 0
    if regex is not None:
        if not isinstance(regex, str) or not regex:
            raise InternalConfigError(f"{where}: 'regex' must be a non-empty string (or left out to take whole tokens)")
        try:
            groups = compile_pattern(regex).groups
        except Exception as exc:  # noqa: BLE001 - any compile failure is a bad rule
            raise InternalConfigError(f"{where}: regex does not compile: {exc}") from None
    group = raw.get("secret_group")
    if group is not None and (not isinstance(group, int) or isinstance(group, bool) or not 0 <= group <= groups):
        raise InternalConfigError(f"{where}: secret_group {group!r} but the regex has {groups} group(s)")
    category = raw.get("category", "internal")
    if category not in CATEGORIES:
        raise InternalConfigError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
    rtype = raw.get("type", "")
    if rtype and (not isinstance(rtype, str) or type_from_id(rtype) != rtype):
        raise InternalConfigError(f"{where}: 'type' must be UPPER_SNAKE_CASE, like {type_from_id(str(rtype))!r}")
    score = raw.get("score", 0.9)
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
        raise InternalConfigError(f"{where}: 'score' must be a number between 0 and 1")
    for key in ("languages", "examples", "negative_examples"):
        vals = raw.get(key, [])
        if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
            raise InternalConfigError(f"{where}: '{key}' must be a list of strings")
    if not isinstance(raw.get("description", ""), str):
        raise InternalConfigError(f"{where}: 'description' must be a string")
    return CodeRule(
        id=rid, tokens=tuple(t.removeprefix("Token.") for t in tokens), regex=regex, description=raw.get("description", ""),
        type=rtype, secret_group=group, languages=tuple(x.lower() for x in raw.get("languages", [])), category=category,
        score=float(score), examples=tuple(raw.get("examples", [])), negative_examples=tuple(raw.get("negative_examples", [])),
        source=source,
    )


def _strings(table: dict[str, Any], key: str, source: str, section: str) -> list[str]:
    vals = table.get(key, [])
    if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
        raise InternalConfigError(f"{source}: {section} {key} must be a list of strings")
    return vals


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
