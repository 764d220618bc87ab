"""Scan reports: text, json and jsonl. Findings are described, never quoted."""
from __future__ import annotations

import bisect
import json

from .allow import line_starts
from .findings import Finding

Result = tuple[str, str, list[Finding]]


def records(results: list[Result]) -> list[dict]:
    out = []
    for path, text, findings in results:
        starts = line_starts(text) if findings else []
        for f in findings:
            line = bisect.bisect_right(starts, f.start) - 1
            out.append({
                "path": path, "start": f.start, "end": f.end, "line": line + 1,
                "column": f.start - starts[line] + 1, "rule": f.rule_id, "category": f.category,
                "type": f.type, "score": f.score,
            })
    return out


def render(results: list[Result], fmt: str) -> str:
    if fmt == "sarif":
        from .sarif import render as render_sarif

        return render_sarif(results)
    recs = records(results)
    if fmt == "jsonl":
        return "".join(json.dumps(r) + "\n" for r in recs)
    if fmt == "json":
        return json.dumps(recs, indent=2) + "\n"
    return "".join(f"{r['path']}:{r['line']}:{r['column']}: {r['type']} ({r['category']}, rule {r['rule']})\n" for r in recs)
