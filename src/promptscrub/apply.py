"""Apply: turn resolved findings and their placeholders into the redacted text.

The default is an exact splice (the text between findings is copied untouched, byte for byte).
``PresidioApplier`` does the same through presidio-anonymizer's engine with a custom operator; it is
kept for the operator-based styles and checked against the splice by the tests, but it is not the
default because importing presidio costs ~35 ms, more than half of our whole start-up budget.
"""
from __future__ import annotations

from collections.abc import Sequence

from .findings import Finding


def splice(text: str, findings: Sequence[Finding], replacements: Sequence[str]) -> str:
    """``text`` with each (sorted, disjoint) finding's span replaced by its replacement."""
    parts: list[str] = []
    pos = 0
    for f, rep in zip(findings, replacements, strict=True):
        parts.append(text[pos:f.start])
        parts.append(rep)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def presidio_splice(text: str, findings: Sequence[Finding], replacements: Sequence[str]) -> str:
    """The same result as :func:`splice`, produced by presidio-anonymizer's AnonymizerEngine."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    by_span = {(f.start, f.end): rep for f, rep in zip(findings, replacements, strict=True)}
    # presidio's custom operator sees only the value, so each finding gets its own entity type
    results, operators = [], {}
    for i, f in enumerate(findings):
        key = f"F{i}"
        results.append(RecognizerResult(entity_type=key, start=f.start, end=f.end, score=f.score))
        rep = by_span[(f.start, f.end)]
        operators[key] = OperatorConfig("custom", {"lambda": lambda _value, rep=rep: rep})
    if not results:
        return text
    return AnonymizerEngine().anonymize(text=text, analyzer_results=results, operators=operators).text
