"""Configuration: discovery and strict validation.

Where it comes from, first match wins: ``--config PATH``; the ``PROMPTSCRUB_CONFIG`` environment
variable (a path: how a platform team ships one file to every laptop); ``.promptscrub.toml`` or a
``pyproject.toml`` with ``[tool.promptscrub]`` in the current directory or a parent; the user config
dir's ``config.toml``. Validation is strict: an unknown key, a wrong type or a rule that does not
compile is a :class:`ConfigError` naming the file and key, because a typo must not switch protection off.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .internal_config import InternalConfig, InternalConfigError, parse_internal_sections
from .pii_config import PiiConfig, parse_pii_config
from .rules import Rule, RuleError, rules_from_document
from .session_config import SessionConfigError, SessionSettings, parse_session_sections
from .tables import check_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: ``[detectors]`` switches and their defaults. detect-secrets' own plugins are opt-in (slow, redundant).
FAMILIES = {"secrets": True, "pii": True, "internal": True, "detect_secrets": False}
TOP_KEYS = {"disabled_rules", "detectors", "rules", "detector_options"}
#: Company vocabulary and code rules (#5), parsed in internal_config.py; layering in config_layers.py.
TOP_KEYS |= {"internal", "code_rules", "code", "extend"}
#: Sessions and placeholder styles (#6), parsed in session_config.py.
TOP_KEYS |= {"session", "placeholders"}
#: Personal-data switches, score floors and detector options (#4), parsed in pii_config.py.
TOP_KEYS |= {"pii"}
#: gitleaks-style allowlists (#3), parsed in allowlists.py (imported only when a file has one).
TOP_KEYS |= {"allowlist", "allowlists"}


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file and the key."""


@dataclass
class Config:
    """Everything that shapes detection. The defaults are the built-in behaviour."""

    source: str | None = None
    disabled_rules: frozenset[str] = frozenset()
    detectors: dict[str, bool] = field(default_factory=lambda: dict(FAMILIES))
    rules: list[Rule] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    internal: InternalConfig = field(default_factory=InternalConfig)
    session: SessionSettings = field(default_factory=SessionSettings)
    pii: PiiConfig = field(default_factory=PiiConfig)
    #: top-level ``[allowlist]`` / ``[[allowlists]]`` (allowlists.Allowlist); empty: no allowlist work at all
    allowlists: tuple[Any, ...] = ()
    #: ids a gitleaks file's ``[extend] disabledRules`` names: disabled like ``disabled_rules``, but an
    #: unknown one is ignored (it usually names one of gitleaks' own default rules, which we do not have)
    foreign_disabled: frozenset[str] = frozenset()
    #: what a converted gitleaks file could not carry over (skipped rules, ...); shown by ``rules check``/``import``
    notes: tuple[str, ...] = ()


def parse_config(doc: dict[str, Any], source: str) -> Config:
    """Validate one parsed TOML document (the ``[tool.promptscrub]`` table for pyproject.toml)."""
    check_keys(doc, TOP_KEYS, f"{source}:", ConfigError)
    cfg = Config(source=source)
    disabled = doc.get("disabled_rules", [])
    if not isinstance(disabled, list) or not all(isinstance(x, str) for x in disabled):
        raise ConfigError(f"{source}: 'disabled_rules' must be a list of rule ids")
    cfg.disabled_rules = frozenset(disabled)
    switches = doc.get("detectors", {})
    if not isinstance(switches, dict):
        raise ConfigError(f"{source}: [detectors] must be a table")
    for key, value in switches.items():
        if key not in FAMILIES:
            raise ConfigError(f"{source}: [detectors] unknown key {key!r} (known: {', '.join(FAMILIES)})")
        if not isinstance(value, bool):
            raise ConfigError(f"{source}: [detectors] {key} must be true or false")
        cfg.detectors[key] = value
    try:
        cfg.rules = rules_from_document({"rules": doc.get("rules", [])}, source, default_category="custom")
    except RuleError as exc:
        raise ConfigError(str(exc)) from None
    options = doc.get("detector_options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{source}: [detector_options] must hold one table per detector")
    cfg.options = options
    try:
        cfg.internal = parse_internal_sections(doc, source)
    except InternalConfigError as exc:
        raise ConfigError(str(exc)) from None
    pii = doc.get("pii", {})
    if not isinstance(pii, dict):
        raise ConfigError(f"{source}: [pii] must be a table")
    try:
        cfg.pii = parse_pii_config(pii, source)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    try:
        cfg.session = parse_session_sections(doc, source)
    except SessionConfigError as exc:
        raise ConfigError(str(exc)) from None
    if "allowlist" in doc or "allowlists" in doc:
        from .allowlists import AllowlistError, parse_allowlists

        try:
            cfg.allowlists = parse_allowlists(doc.get("allowlist"), doc.get("allowlists"), source, top_level=True)
        except AllowlistError as exc:
            raise ConfigError(str(exc)) from None
    return cfg


def check_rule_ids(cfg: Config, known: set[str]) -> None:
    """Disabling an id that does not exist is an error: it is almost certainly a typo."""
    missing = sorted(cfg.disabled_rules - known - {r.id for r in cfg.rules} - cfg.foreign_disabled)
    if missing:
        raise ConfigError(f"{cfg.source}: disabled_rules names unknown rule id(s) {', '.join(missing)} (see `promptscrub rules list`)")


def read_toml(path: Path) -> dict[str, Any]:
    from .tables import read_toml_file

    return read_toml_file(path, ConfigError, missing="config file not found")


def load_config_file(path: Path) -> Config:
    """One file, plus the files its ``[extend]`` names (see config_layers.py)."""
    from .config_layers import load_layered

    return load_layered(path)


def discover(start: Path | None = None) -> Path | None:
    """The config file that applies when none is given explicitly."""
    env = os.environ.get("PROMPTSCRUB_CONFIG")
    if env:
        return Path(env)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / ".promptscrub.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and b"[tool.promptscrub" in pyproject.read_bytes():
            return pyproject
    from .paths import config_dir

    user = config_dir() / "config.toml"
    return user if user.is_file() else None


def load_config(explicit: Path | None = None) -> Config:
    path = explicit or discover()
    return load_config_file(path) if path else Config()
