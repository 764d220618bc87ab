"""SARIF 2.1.0 for ``scan --format sarif``: what CI code-scanning dashboards read.

One run, one reportingDescriptor per rule that fired, one result per finding with a line/column
region (columns count Unicode code points, as our offsets do). A result's snippet is its line with
every finding on it replaced by ``<TYPE>``, so the raw value never appears in the report.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from . import __version__
from .allow import line_starts
from .findings import Finding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/promptscrub/promptscrub"
SNIPPET_MAX = 200
LEVEL = {"secret": "error", "pii": "warning", "internal": "warning", "custom": "warning"}

Result = tuple[str, str, list[Finding]]


def artifact_uri(display: str) -> str:
    """A relative URI for paths under the working directory, a file: URI otherwise; stdin as ``stdin``."""
    if display == "<stdin>":
        return "stdin"
    p = Path(display)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return quote(p.as_posix().removeprefix("./"))


def masked_line(text: str, starts: list[int], line: int, findings: list[Finding]) -> str:
    """Line ``line`` (0-based) with each finding on it replaced by ``<TYPE>``, line end dropped, capped."""
    lo, hi = starts[line], starts[line + 1] if line + 1 < len(starts) else len(text)
    parts, pos = [], lo
    for f in findings:
        if f.end <= lo or f.start >= hi:
            continue
        parts.append(text[pos:max(f.start, lo)])
        parts.append(f"<{f.type}>")
        pos = min(f.end, hi)
    parts.append(text[pos:hi])
    out = "".join(parts).rstrip("\r\n")
    return out if len(out) <= SNIPPET_MAX else out[:SNIPPET_MAX] + "…"


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset."""
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def build(results: list[Result]) -> dict:
    rules: dict[str, dict] = {}
    out = []
    for display, text, findings in results:
        if not findings:
            continue
        starts = line_starts(text)
        uri = artifact_uri(display)
        for f in findings:
            if f.rule_id not in rules:
                rules[f.rule_id] = {
                    "id": f.rule_id,
                    "name": f.type,
                    "shortDescription": {"text": f"{f.type} ({f.category})"},
                    "defaultConfiguration": {"level": LEVEL.get(f.category, "warning")},
                    "properties": {"category": f.category, "tags": ["security", f.category]},
                }
            sl, sc = position(starts, f.start)
            el, ec = position(starts, f.end)
            snippet = masked_line(text, starts, sl - 1, findings)
            fp = hashlib.sha256(f"{f.rule_id}\0{uri}\0{snippet}".encode()).hexdigest()[:32]
            out.append({
                "ruleId": f.rule_id,
                "ruleIndex": list(rules).index(f.rule_id),
                "level": LEVEL.get(f.category, "warning"),
                "message": {"text": f"{f.type} ({f.category}) found by rule {f.rule_id}; value not shown"},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"} if ":" not in uri else {"uri": uri},
                    "region": {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec, "snippet": {"text": snippet}},
                }}],
                "partialFingerprints": {"promptscrubLine/v1": fp},
            })
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "promptscrub", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFO_URI, "rules": list(rules.values())}},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).as_uri() + "/"}},
            "results": out,
        }],
    }


def render(results: list[Result]) -> str:
    return json.dumps(build(results), indent=2, ensure_ascii=False) + "\n"
