"""Config layering: a project file extends a central (platform) file, gitleaks-style.

```toml
[extend]
path = "/etc/promptscrub/acme.toml"   # or a list; relative to this file; ~ and $VARS expanded
optional = false                      # true: a missing base file is skipped instead of an error
```

Each file is validated on its own first, so an error names the file it is in. Then the bases are
combined left to right and the extending file goes on top: lists add up (``disabled_rules``,
``[internal]`` domains and terms), rules and code rules with the same id are replaced by the later
layer, explicit ``[detectors]`` switches and scalar settings of the later layer win, and
``[detector_options]`` tables are merged key by key. A base may itself extend another (up to
:data:`MAX_DEPTH` levels); a cycle is an error.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import internal_config, session_config
from .config import Config, ConfigError, parse_config, read_toml
from .tables import check_keys

EXTEND_KEYS = {"path", "optional"}
MAX_DEPTH = 8


def load_layered(path: Path) -> Config:
    """The config in ``path`` on top of everything its ``[extend]`` names."""
    return _load(path, ())[0]


def _load(path: Path, chain: tuple[Path, ...]) -> tuple[Config, dict[str, Any]]:
    """The layered config and the settings some layer set explicitly (which later layers may override)."""
    resolved = path.resolve()
    if resolved in chain:
        raise ConfigError(f"{path}: [extend] cycle: {' -> '.join(str(p) for p in (*chain, resolved))}")
    if len(chain) >= MAX_DEPTH:
        raise ConfigError(f"{path}: [extend] nests more than {MAX_DEPTH} levels deep")
    doc = read_document(path)
    converted = None
    if path.name != "pyproject.toml" and looks_like_gitleaks(doc):
        from .gitleaks_config import convert  # only for gitleaks files: never on the plain start-up path

        converted = convert(doc, path)
        doc = converted.document
    cfg = parse_config(doc, str(path))
    if converted is not None:
        cfg = replace(cfg, foreign_disabled=converted.foreign_disabled,
                      notes=(*(f"{path}: skipped rule {rid!r}: {why}" for rid, why in converted.skipped), *converted.notes))
    explicit = _explicit(doc)
    layers = [_load(p, (*chain, resolved)) for p in extend_paths(doc, path)]
    if not layers:
        return cfg, explicit
    merged, merged_explicit = layers[0]
    for later, later_explicit in [*layers[1:], (cfg, explicit)]:
        merged = merge(merged, later, later_explicit)
        merged_explicit = {k: {**merged_explicit.get(k, {}), **later_explicit.get(k, {})} for k in ("detectors", "internal", "code", "pii")}
    return merged, merged_explicit


def _explicit(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: dict(doc.get(k, {})) if isinstance(doc.get(k, {}), dict) else {} for k in ("detectors", "internal", "code", "pii")}


def read_document(path: Path) -> dict[str, Any]:
    doc = read_toml(path)
    if path.name == "pyproject.toml":
        doc = doc.get("tool", {}).get("promptscrub", {})
    return doc


#: Keys only our format has: their presence means "ours", whatever else the file holds.
OURS_ONLY_TOP = {"disabled_rules", "detectors", "detector_options", "internal", "code_rules", "code", "session",
                 "placeholders", "pii"}
OURS_ONLY_RULE = {"category", "type", "secret_group", "validator", "score", "examples", "negative_examples", "generic"}
#: Keys only gitleaks has (at the top, in [extend], in a rule): one of them, and none of ours, means gitleaks.
GITLEAKS_TOP = {"title", "description", "minVersion"}
GITLEAKS_EXTEND = {"useDefault", "disabledRules", "url"}
GITLEAKS_RULE = {"secretGroup", "path", "tags", "skipReport", "required"}


def looks_like_gitleaks(doc: dict[str, Any]) -> bool:
    """A gitleaks config, by shape. Files that fit both formats (only ``[[rules]]`` with id, regex,
    keywords, entropy, description, allowlists) are read as ours: the rules are the same, category ``custom``."""
    if set(doc) & OURS_ONLY_TOP:
        return False
    rules = doc.get("rules", [])
    rules = [r for r in rules if isinstance(r, dict)] if isinstance(rules, list) else []
    if any(set(r) & OURS_ONLY_RULE for r in rules):
        return False
    ext = doc.get("extend")
    if isinstance(ext, dict) and "optional" in ext:
        return False
    return bool(set(doc) & GITLEAKS_TOP or (isinstance(ext, dict) and set(ext) & GITLEAKS_EXTEND)
                or any(set(r) & GITLEAKS_RULE for r in rules))


def extend_paths(doc: dict[str, Any], path: Path) -> list[Path]:
    """The base files named by ``[extend]``, resolved relative to ``path``; missing optional ones dropped."""
    ext = doc.get("extend")
    if ext is None:
        return []
    if not isinstance(ext, dict):
        raise ConfigError(f"{path}: [extend] must be a table with 'path'")
    check_keys(ext, EXTEND_KEYS, f"{path}: [extend]", ConfigError)
    raw = ext.get("path")
    names = [raw] if isinstance(raw, str) else raw
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise ConfigError(f"{path}: [extend] path must be a file name or a list of them")
    optional = ext.get("optional", False)
    if not isinstance(optional, bool):
        raise ConfigError(f"{path}: [extend] optional must be true or false")
    out = []
    for name in names:
        expanded = os.path.expandvars(os.path.expanduser(name))
        if "$" in expanded:
            if optional:
                continue
            raise ConfigError(f"{path}: [extend] path {name!r}: environment variable not set")
        target = path.parent / expanded
        if not target.is_file():
            if optional:
                continue
            raise ConfigError(f"{path}: [extend] path {name!r}: {target} not found (set optional = true to allow that)")
        out.append(target)
    return out


def merge(base: Config, over: Config, explicit: dict[str, Any]) -> Config:
    """``over`` on top of ``base``; ``explicit`` holds the switches and settings ``over`` actually set."""
    detectors = dict(base.detectors)
    detectors.update(explicit.get("detectors", {}))
    replaced = {r.id for r in over.rules}
    options = {k: dict(v) for k, v in base.options.items()}
    for name, opts in over.options.items():
        options.setdefault(name, {}).update(opts)
    return replace(
        over,
        disabled_rules=base.disabled_rules | over.disabled_rules,
        detectors=detectors,
        rules=[r for r in base.rules if r.id not in replaced] + list(over.rules),
        options=options,
        internal=internal_config.merge(base.internal, over.internal, explicit),
        session=session_config.merge(base.session, over.session),
        pii=over.pii if explicit.get("pii") else base.pii,
        allowlists=(*base.allowlists, *over.allowlists),
        foreign_disabled=base.foreign_disabled | over.foreign_disabled,
        notes=(*base.notes, *over.notes),
    )
