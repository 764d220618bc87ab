"""Codename dictionary: whole words, case-insensitive, fast with thousands of terms."""
from __future__ import annotations

import time

import pytest

from promptscrub.detectors.terms import TermsDetector, fold_case

TERMS = ["Nightjar", "BLUEFALCON", "Project Tamarind", "Tamarind"]


def found(text: str, **opts: object) -> list[str]:
    return [text[f.start:f.end] for f in TermsDetector({"terms": TERMS, **opts}).detect(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nightjar ships today", ["Nightjar"]),
    ("nightjar and NIGHTJAR", ["nightjar", "NIGHTJAR"]),
    ("the bluefalcon batch", ["bluefalcon"]),
    ("Nightjars and nightjar_client", []),
    ("(Nightjar)", ["Nightjar"]),
    ("nightjar-api", ["nightjar"]),
])
def test_whole_words(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_longer_term_and_its_part_both_reported_for_overlap_resolution() -> None:
    assert sorted(found("Project Tamarind kickoff")) == ["Project Tamarind", "Tamarind"]


@pytest.mark.parametrize(("text", "expected"), [
    ("nightjar_client", ["nightjar"]), ("NightjarClient", ["Nightjar"]), ("getNightjar()", ["Nightjar"]),
    ("nightjars", []), ("nightjarclient", []),
])
def test_identifier_boundaries(text: str, expected: list[str]) -> None:
    assert found(text, boundaries="identifier") == expected


@pytest.mark.parametrize(("text", "boundaries", "expected"), [
    ("project-tamarind-api is down", "word", ["project-tamarind", "tamarind"]),
    ("PROJECT_TAMARIND=1", "word", ["PROJECT_TAMARIND"]),
    ("class ProjectTamarind:", "word", ["ProjectTamarind"]),
    ("ProjectTamarindClient()", "identifier", ["ProjectTamarind", "Tamarind"]),
    ("ProjectTamarindClient() projecttamarinds", "word", []),
])
def test_a_multi_word_term_as_code_and_hosts_write_it(text: str, boundaries: str, expected: list[str]) -> None:
    assert sorted(found(text, boundaries=boundaries)) == sorted(expected)


def test_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İstanbul team: Nightjar"
    assert fold_case(text)[-8:] == "nightjar"
    assert found(text) == ["Nightjar"]


def test_ten_thousand_terms_stay_fast() -> None:
    terms = [f"Zq{i:05d}x" for i in range(10_000)]
    text = ("ordinary words and code() lines " * 3000) + " Zq09999x"
    det = TermsDetector({"terms": terms})
    t = time.perf_counter()
    hits = det.detect(text)
    assert [text[f.start:f.end] for f in hits] == ["Zq09999x"]
    assert time.perf_counter() - t < 2.0


def test_no_terms_is_a_no_op() -> None:
    assert TermsDetector({}).detect("anything") == []


@pytest.mark.parametrize(("terms", "text", "expected"), [
    (["银河计划"], "事故：银河计划项目宕机，请处理", ["银河计划"]),
    (["銀河計画"], "銀河計画のサーバーが停止", ["銀河計画"]),
    (["Nightjar"], "Nightjar停止、確認中", ["Nightjar"]),
    (["Nightjar"], "昨日Nightjarが落ちた", ["Nightjar"]),
    (["별빛작전"], "별빛작전은 연기되었습니다", ["별빛작전"]),
    (["Nightjar"], "Nightjar는 중단", ["Nightjar"]),
    (["สายฟ้า"], "โครงการสายฟ้าล่ม", ["สายฟ้า"]),
    # a Latin or Cyrillic word still bounds as before
    (["Nightjar"], "Nightjarxyz and Nightjarя", []),
    # a Hangul term inside a longer Hangul word (before it) is not the term
    (["별빛작전"], "새별빛작전", []),
])
def test_terms_glued_to_text_of_scripts_without_blanks(terms: list[str], text: str, expected: list[str]) -> None:
    hits = TermsDetector({"terms": terms}).detect(text)
    assert [text[f.start:f.end] for f in hits] == expected
    hits = TermsDetector({"terms": terms, "boundaries": "identifier"}).detect(text)
    assert [text[f.start:f.end] for f in hits] == expected
