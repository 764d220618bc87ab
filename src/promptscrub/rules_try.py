"""``promptscrub rules test RULE_FILE SAMPLE``: what a rule set would redact in a sample, highlighted.

For a platform team writing rules: run only the rules under test (a rule pack, or a config file's
``[[rules]]``, ``[internal]`` and ``[[code_rules]]``), show the sample with each finding highlighted —
in colour on a terminal unless ``NO_COLOR`` is set, between ``[[`` and ``]]`` otherwise — and list the
findings with line, column, rule id, type and the matched text. Values are shown: the sample is the
developer's own test input. ``--with-defaults`` adds the built-in rules to see how they interact.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from .findings import Finding

#: ANSI colours by category; reverse video keeps the value readable on any background.
COLOURS = {"secret": "\x1b[1;41;97m", "pii": "\x1b[1;45;97m", "internal": "\x1b[1;44;97m", "custom": "\x1b[1;42;30m"}
RESET = "\x1b[0m"
DIM = "\x1b[2m"


@dataclass(frozen=True, slots=True)
class Marks:
    """How to show a finding: colour codes, or plain brackets."""

    colour: bool

    def wrap(self, value: str, f: Finding) -> str:
        if self.colour:
            return f"{COLOURS.get(f.category, COLOURS['custom'])}{value}{RESET}"
        return f"[[{value}]]"

    def dim(self, s: str) -> str:
        return f"{DIM}{s}{RESET}" if self.colour else s


def use_colour(flag: bool | None, stream=None) -> bool:  # noqa: ANN001 - a text stream
    """``--color/--no-color`` wins; otherwise colour on a terminal, unless NO_COLOR is set (no-color.org)."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def is_rule_pack(doc: dict) -> bool:
    """A rule pack's document: a pack's keys only, and its ``category`` or a title. A file of ``[[rules]]``
    alone is read as ``redact --config`` reads it: a config, whose rules default to the ``custom`` category
    (as a pack's rules default to ``secret``, whose value filters drop ``BAZ-1`` as a placeholder, ``rules
    check`` and ``rules test`` disagreed with ``redact`` on the same file). The built-in packs all say their
    ``category``."""
    from .config_layers import looks_like_gitleaks
    from .rules import FILE_KEYS

    return set(doc) <= FILE_KEYS and not set(doc) <= {"rules"} and not looks_like_gitleaks(doc)


def scrubber_for(rule_file: Path, with_defaults: bool):  # noqa: ANN201 - a Scrubber
    """Only what ``rule_file`` defines (a rule pack or a config file), plus the built-ins if asked."""
    from .config import Config, read_toml
    from .config_layers import load_layered
    from .detectors import load_detector
    from .detectors.patterns import PatternDetector
    from .rules import load_rule_file
    from .scrubber import Scrubber, attach_allowlists, build_scrubber

    doc = read_toml(rule_file)
    if rule_file.name != "pyproject.toml" and is_rule_pack(doc):
        rules = load_rule_file(rule_file)
        if with_defaults:
            return build_scrubber(Config(rules=rules))
        return attach_allowlists(Scrubber([PatternDetector(rules)]), (), rules)
    cfg = load_layered(rule_file)
    if with_defaults:
        return build_scrubber(cfg)
    detectors = [PatternDetector(cfg.rules)]
    for name, opts in cfg.internal.detector_options().items():
        detectors.append(load_detector(name, {**opts, **cfg.options.get(name, {})}))
    return attach_allowlists(Scrubber(detectors), cfg.allowlists, cfg.rules)  # the file's allowlists, as redact applies them


def render(text: str, findings: list[Finding], marks: Marks) -> str:
    out = []
    pos = 0
    for f in findings:
        out.append(text[pos:f.start])
        out.append(marks.wrap(text[f.start:f.end], f))
        pos = f.end
    out.append(text[pos:])
    body = "".join(out)
    return body if body.endswith("\n") else body + "\n"


def listing(text: str, findings: list[Finding], marks: Marks) -> str:
    lines = []
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        col = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        lines.append(f"{line}:{col}\t{f.rule_id}\t{f.category}\t<{f.type}>\t{marks.wrap(text[f.start:f.end], f)}")
    head = marks.dim(f"-- {len(findings)} finding(s)")
    return "\n".join([head, *lines]) + "\n"


def rules_test_cmd(
    rule_file: Annotated[Path, typer.Argument(help="A rule pack (rules/*.toml) or a config file (.promptscrub.toml).")],
    sample: Annotated[str, typer.Argument(metavar="SAMPLE|-", help="Sample text to try the rules on; '-' reads stdin.")] = "-",
    with_defaults: Annotated[bool, typer.Option("--with-defaults", help="Also run the built-in rules.")] = False,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Colour (default: on a terminal, unless NO_COLOR is set).")] = None,
) -> None:
    """Show what a rule set would redact in a sample, highlighted, with each finding listed.

    \b
    Examples:
      promptscrub rules test .promptscrub.toml prompt.md
      promptscrub rules test rules/internal/aws.toml - < notes.txt
    """
    from .cli import Fail, fail_closed
    from .inputs import Source, read_text

    with fail_closed():
        if not rule_file.is_file():
            raise Fail(f"{rule_file}: rule file not found")
        scrubber = scrubber_for(rule_file, with_defaults)
        src = Source(None, Path("stdin.txt"), "<stdin>") if sample == "-" else Source(Path(sample), Path(Path(sample).name), sample)
        text = read_text(src)
        findings = scrubber.find(text, src.path)
        marks = Marks(use_colour(color))
        sys.stdout.write(render(text, findings, marks))
        sys.stdout.write(listing(text, findings, marks))
