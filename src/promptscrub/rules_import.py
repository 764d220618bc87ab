"""``promptscrub rules import GITLEAKS.toml [-o OUT.toml]``: a gitleaks config as a promptscrub config.

Why a converter when ``--config`` already reads gitleaks files: to take ownership of the rules (edit,
add examples, extend them from a project file) in our format, and to see in one place what could
not be carried over. The output is a promptscrub config (``[[rules]]``, ``[[allowlists]]``,
``disabled_rules``, ``[extend]``) that ``rules check`` accepts and that detects what the gitleaks
file does when loaded directly. Rules are not secrets, so stdout is a fine default; an existing
``OUT`` is only replaced with ``--force``.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer


def import_gitleaks(path: Path) -> tuple[str, list[str]]:
    """The converted TOML text and the report lines (converted count, skipped rules and why, notes)."""
    from .allowlists import to_dict
    from .config import ConfigError, parse_config
    from .config_layers import OURS_ONLY_RULE, OURS_ONLY_TOP, load_layered, read_document
    from .gitleaks_config import convert
    from .rules import load_builtin_rules
    from .toml_write import dumps

    doc = read_document(path)
    rules = doc.get("rules", [])
    ours = set(doc) & OURS_ONLY_TOP | {k for r in (rules if isinstance(rules, list) else []) if isinstance(r, dict)
                                       for k in set(r) & OURS_ONLY_RULE}
    if ours:
        raise ConfigError(f"{path}: not a gitleaks config: it has promptscrub key(s) {', '.join(sorted(ours))}")
    conv = convert(doc, path)
    cfg = parse_config(conv.document, str(path))  # validates every rule and allowlist
    known = {r.id for r in load_builtin_rules()} | {r.id for r in load_layered(path).rules}
    disabled = sorted(conv.foreign_disabled)
    kept_disabled = [i for i in disabled if i in known]
    report = [f"converted {len(cfg.rules)} rule(s) from {path}"]
    report += [f"skipped rule {rid!r}: {why}" for rid, why in conv.skipped]
    report += [f"[extend] disabledRules {i!r}: no such rule here or among promptscrub's built-ins; not carried over"
               for i in disabled if i not in known]
    report += [f"note: {n}" for n in conv.notes]

    out: dict[str, Any] = {}
    if kept_disabled:
        out["disabled_rules"] = kept_disabled
    if conv.extend_path:
        out["extend"] = {"path": conv.extend_path}
        report.append(f"note: [extend] path written as {conv.extend_path} (absolute: the output may live elsewhere)")
    if cfg.allowlists:
        out["allowlists"] = [to_dict(a) for a in cfg.allowlists]
    out["rules"] = [_rule_table(r, to_dict) for r in cfg.rules]
    header = [f"promptscrub config converted from the gitleaks config {path.name} by `promptscrub rules import`"]
    if conv.title:
        header.append(f"gitleaks title: {conv.title}")
    header.append("promptscrub's built-in rules stand in for gitleaks' default rules ([extend] useDefault); see docs/config.md")
    if conv.skipped:
        header.append("skipped: " + ", ".join(f"{rid} ({why})" for rid, why in conv.skipped))
    return dumps(out, "\n".join(header)), report


def _rule_table(rule: Any, to_dict: Any) -> dict[str, Any]:
    table: dict[str, Any] = {"id": rule.id}
    if rule.description:
        table["description"] = rule.description
    table["category"] = rule.category
    table["regex"] = rule.regex
    if rule.secret_group is not None:
        table["secret_group"] = rule.secret_group
    if rule.entropy is not None:
        table["entropy"] = rule.entropy
    if rule.keywords:
        table["keywords"] = list(rule.keywords)
    if rule.allowlists:
        table["allowlists"] = [to_dict(a) for a in rule.allowlists]
    return table


def rules_import_cmd(
    gitleaks_file: Annotated[Path, typer.Argument(metavar="GITLEAKS.toml", help="A gitleaks config file.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False,
) -> None:
    """Convert a gitleaks config to a promptscrub config; what was skipped, and why, goes to stderr.

    \b
    Examples:
      promptscrub rules import .gitleaks.toml -o .promptscrub.toml
      promptscrub rules import gitleaks.toml | less
    """
    from .cli import Fail, err, fail_closed

    with fail_closed():
        if not gitleaks_file.is_file():
            raise Fail(f"{gitleaks_file}: gitleaks config not found")
        if output is not None and output.exists() and not force:
            raise Fail(f"{output}: already exists; use --force to replace it")
        text, report = import_gitleaks(gitleaks_file)
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            from .atomic import atomic_write

            try:
                atomic_write(output, text.encode("utf-8"), mode=0o644)
            except OSError as exc:
                raise Fail(f"{output}: cannot write: {exc.strerror}") from None
        for line in report:
            err(line)
