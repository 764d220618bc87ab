"""Optional named-entity recognition with spaCy (``pip install 'promptscrub[ner]'`` plus a model package).

Off unless a model is named (``[pii.ner] model = "en_core_web_sm"``). The model must already be
installed as a Python package: promptscrub never downloads anything, and a missing spaCy or model is
a clear error, not a silent fallback. spaCy is used directly (no presidio-analyzer), with only the
components the entity recogniser needs.

Options: ``model`` (package name), ``labels`` (spaCy label → promptscrub type; default PERSON/PER →
PERSON, GPE/LOC → LOCATION, FAC → ADDRESS, ORG → ORGANIZATION), ``min_score`` (findings score 0.6),
``max_chars`` (texts are processed in pieces of at most this many characters, cut at line ends).
"""
from __future__ import annotations

from typing import Any

from ..findings import Finding

DEFAULT_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "ADDRESS",
                  "ORG": "ORGANIZATION"}
SCORE = 0.6


class NerUnavailable(RuntimeError):
    """spaCy or the configured model is not installed."""


class SpacyNerDetector:
    name = "ner"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = options or {}
        self.model = options.get("model")
        self.labels = dict(options.get("labels") or DEFAULT_LABELS)
        self.min_score = float(options.get("min_score", 0.0))
        self.max_chars = int(options.get("max_chars", 100_000))
        self._nlp: Any = None
        if self.model:
            self._nlp = load_model(str(self.model))

    def detect(self, text: str) -> list[Finding]:
        if self._nlp is None or SCORE < self.min_score or not text.strip():
            return []
        out = []
        for offset, piece in _pieces(text, self.max_chars):
            for ent in self._nlp(piece).ents:
                t = self.labels.get(ent.label_)
                if t and ent.text.strip():
                    out.append(Finding(offset + ent.start_char, offset + ent.end_char, "pii", t, f"ner-{ent.label_.lower()}", SCORE))
        return out


def load_model(model: str) -> Any:
    try:
        import spacy
    except ImportError:
        raise NerUnavailable(
            f"[pii.ner] model = {model!r} needs spaCy, which is not installed: pip install 'promptscrub[ner]'"
        ) from None
    if not spacy.util.is_package(model):
        raise NerUnavailable(
            f"[pii.ner] spaCy model {model!r} is not installed as a package. Install it with pip "
            f"(e.g. `pip install {model}` from your package index, or the model's wheel file); "
            "promptscrub never downloads models. Or remove [pii.ner] model to turn NER off."
        )
    nlp = spacy.load(model)
    keep = [p for p in nlp.pipe_names if p in ("ner", "tok2vec", "transformer")]
    if "ner" not in keep:
        raise NerUnavailable(f"[pii.ner] spaCy model {model!r} has no 'ner' component")
    nlp.select_pipes(enable=keep)
    return nlp


def _pieces(text: str, size: int) -> list[tuple[int, str]]:
    if len(text) <= size:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut > start:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out
