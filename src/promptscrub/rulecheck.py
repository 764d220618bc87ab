"""``rules check``: every example of a rule must match it, every negative example must not."""
from __future__ import annotations

import sys
from pathlib import Path

from .detectors.patterns import PatternDetector
from .internal_config import CodeRule
from .rules import Rule, builtin_rules_dir


def check_rules(rules: list[Rule]) -> list[str]:
    """Problems found, one line each naming the file and rule id; empty when all is well."""
    problems = []
    builtin = str(builtin_rules_dir())
    for rule in rules:
        det = PatternDetector([rule])
        # the shipped packs must show what each secret rule finds; elsewhere (a company's rules, an
        # imported gitleaks file, which has no examples to carry over) examples are optional
        if rule.category in ("secret",) and not rule.examples and rule.source.startswith(builtin):
            problems.append(f"{rule.source}: rule {rule.id!r}: has no examples")
        for ex in rule.examples:
            if not det.detect(ex):
                problems.append(f"{rule.source}: rule {rule.id!r}: example does not match: {ex[:80]!r}")
        for ex in rule.negative_examples:
            if det.detect(ex):
                problems.append(f"{rule.source}: rule {rule.id!r}: negative example matches: {ex[:80]!r}")
    return problems


def is_config_file(path: Path) -> bool:
    """A config (``.promptscrub.toml``, ``[tool.promptscrub]``, anything but a rule pack: see
    :func:`.rules_try.is_rule_pack`), read as ``redact --config`` reads it."""
    if path.name in (".promptscrub.toml", "pyproject.toml"):
        return True
    from .config import read_toml
    from .rules_try import is_rule_pack

    return not is_rule_pack(read_toml(path))


def check_files(files: list[Path]) -> tuple[int, list[str]]:
    """Rule packs and config files together: how many rules, and the problems (examples, code rules' examples)."""
    from .config_layers import load_layered
    from .rules import load_rules

    packs = [f for f in files if not is_config_file(f)]
    rules = load_rules(packs)
    code_rules: list[CodeRule] = []
    for path in files:
        if path not in packs:
            cfg = load_layered(path)
            for note in cfg.notes:  # what a gitleaks file could not carry over: worth knowing, not a failure
                sys.stderr.write(f"promptscrub: note: {note}\n")
            rules.extend(cfg.rules)
            code_rules.extend(cfg.internal.code_rules)
    return len(rules) + len(code_rules), check_rules(rules) + check_code_rules(code_rules)


def check_code_rules(rules: list[CodeRule]) -> list[str]:
    """A code rule's examples are code: fenced, or lexed as the rule's first language (Python if it names none)."""
    from .detectors.code_rules import CodeRulesDetector

    problems = []
    for rule in rules:
        det = CodeRulesDetector({"rules": [rule], "guess_language": False})
        fake = f"example.{EXAMPLE_SUFFIX.get(rule.languages[0], rule.languages[0]) if rule.languages else 'py'}"
        for ex in rule.examples:
            if not det.detect(ex, path=None if "```" in ex else fake):
                problems.append(f"{rule.source}: code rule {rule.id!r}: example does not match: {ex[:80]!r}")
        for ex in rule.negative_examples:
            if det.detect(ex, path=None if "```" in ex else fake):
                problems.append(f"{rule.source}: code rule {rule.id!r}: negative example matches: {ex[:80]!r}")
    return problems


#: File suffixes for the languages code rules most often name (others: the language name is tried as a suffix).
EXAMPLE_SUFFIX = {"python": "py", "javascript": "js", "typescript": "ts", "java": "java", "go": "go", "kotlin": "kt",
                  "rust": "rs", "ruby": "rb", "csharp": "cs", "c#": "cs", "bash": "sh", "shell": "sh", "yaml": "yaml"}
