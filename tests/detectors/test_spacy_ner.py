"""The optional spaCy detector: off without a model, a clear error when spaCy or the model is missing,
label mapping and offsets on a stand-in pipeline (no model is downloaded or needed)."""
import sys
import types

import pytest

from promptscrub.detectors import spacy_ner
from promptscrub.detectors.spacy_ner import NerUnavailable, SpacyNerDetector


def test_no_model_is_a_no_op():
    assert SpacyNerDetector({}).detect("Angela Merkel visited Paris") == []


def test_missing_spacy_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy -> ImportError
    with pytest.raises(NerUnavailable, match=r"promptscrub\[ner\]"):
        SpacyNerDetector({"model": "en_core_web_sm"})


class FakeEnt:
    def __init__(self, text, start, label):
        self.text, self.start_char, self.end_char, self.label_ = text[start:], start, len(text), label


def fake_spacy(installed: bool):
    class Doc:
        def __init__(self, text):
            i = text.find("Ada Lovelace")
            j = text.find("London")
            self.ents = []
            if i >= 0:
                e = FakeEnt(text, i, "PERSON"); e.end_char = i + 12; e.text = text[i:i + 12]; self.ents.append(e)
            if j >= 0:
                e = FakeEnt(text, j, "GPE"); e.end_char = j + 6; e.text = text[j:j + 6]; self.ents.append(e)

    class NLP:
        pipe_names = ["tok2vec", "tagger", "parser", "ner"]

        def select_pipes(self, enable):
            self.enabled = enable

        def __call__(self, text):
            return Doc(text)

    mod = types.ModuleType("spacy")
    mod.util = types.SimpleNamespace(is_package=lambda name: installed)
    mod.load = lambda name: NLP()
    return mod


def test_model_not_installed_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", fake_spacy(False))
    with pytest.raises(NerUnavailable, match="never downloads"):
        SpacyNerDetector({"model": "en_core_web_sm"})


def test_entities_are_mapped_and_offset(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", fake_spacy(True))
    det = SpacyNerDetector({"model": "en_core_web_sm", "max_chars": 40})
    assert det._nlp.enabled == ["tok2vec", "ner"]
    text = "line one is filler text here\n" * 3 + "Ada Lovelace lived in London\n"
    found = {(text[x.start:x.end], x.type) for x in det.detect(text)}
    assert found == {("Ada Lovelace", "PERSON"), ("London", "LOCATION")}


def test_pieces_cover_the_text():
    text = "a" * 10 + "\n" + "b" * 30 + "\n" + "c" * 5
    pieces = spacy_ner._pieces(text, 16)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p in pieces)
