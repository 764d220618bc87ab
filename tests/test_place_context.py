"""A place is personal data near a person, not alone in engineering prose (``place_context``): the README's
"places near personal data". Every sentence and name is made up here."""
from __future__ import annotations

from promptscrub.config import load_config
from promptscrub.findings import Finding
from promptscrub.pii_config import parse_pii_config
from promptscrub.place_context import REACH, places_near_people
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

SCRUBBER = build_scrubber(load_config(None))


def redacted(text: str, scrubber=SCRUBBER) -> str:
    return scrubber.redact(text, Vault()).text


def test_a_city_alone_in_engineering_prose_stays():
    text = "Latency in Frankfurt doubled after the deploy; the Warsaw data centre failed over at 03:10.\n"
    assert redacted(text) == text


def test_a_city_beside_a_person_is_redacted():
    out = redacted("Customer: Wiebke Quastenberg, Frankfurt, +49 30 901820\n")
    assert "Frankfurt" not in out and "Quastenberg" not in out


def test_a_city_in_a_sentence_about_someones_travels_is_redacted():
    assert "Lisbon" not in redacted("Who wants to fly to Lisbon with me next week?\n")
    assert "Porto" not in redacted("I grew up in Porto.\n")


def test_only_a_person_within_reach_makes_a_place_personal():
    far = "Anna Quistberg wrote the runbook.\n" + "The queue drains slowly under load.\n" * (REACH // 30) \
          + "Traffic in Frankfurt peaks at noon.\n"
    assert "Frankfurt" in redacted(far)
    near = "Anna Quistberg wrote the runbook. Traffic in Frankfurt peaks at noon.\n"
    assert "Frankfurt" not in redacted(near)


def test_a_companys_own_town_is_redacted_anywhere():
    cfg = load_config(None)
    cfg.pii = parse_pii_config({"location": {"extra_places": ["Quistrup"]}}, "test")
    out = redacted("Latency in Quistrup doubled after the deploy.\n", build_scrubber(cfg))
    assert "Quistrup" not in out


def test_every_place_is_redacted_when_the_option_says_so():
    cfg = load_config(None)
    cfg.pii = parse_pii_config({"location": {"near_people_only": False}}, "test")
    out = redacted("Latency in Frankfurt doubled after the deploy.\n", build_scrubber(cfg))
    assert "Frankfurt" not in out


def test_only_the_gazetteers_places_are_judged():
    labelled = Finding(10, 15, "pii", "LOCATION", "city-label", 0.9)
    place = Finding(30, 35, "pii", "LOCATION", "location", 0.7)
    assert places_near_people("x" * 40, [labelled, place], lambda text, f: False) == [labelled]
