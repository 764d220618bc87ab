"""Findings: what a detector reports — a typed span of the input, never the value itself."""
from __future__ import annotations

from dataclasses import dataclass

#: The four kinds of thing promptscrub removes. `custom` is for company-written rules.
CATEGORIES = ("secret", "pii", "internal", "custom")


@dataclass(frozen=True, slots=True)
class Finding:
    """A span ``text[start:end]`` that must not leave the machine.

    ``type`` names what it is (``EMAIL``, ``AWS_ACCESS_KEY``) and becomes the placeholder's
    label; ``rule_id`` says which rule or detector found it; ``score`` (0–1) breaks ties when
    findings overlap: the more specific detector scores higher.
    """

    start: int
    end: int
    category: str
    type: str
    rule_id: str
    score: float = 1.0

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Finding") -> bool:
        return self.start < other.end and other.start < self.end
