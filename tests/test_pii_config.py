"""The [pii] section: strict parsing, per-type switches and score floors, detector options."""
import pytest

from promptscrub.findings import Finding
from promptscrub.pii_config import PiiConfig, parse_pii_config


def f(type_, score=0.8, category="pii"):
    return Finding(0, 4, category, type_, "r", score)


def test_defaults_keep_everything():
    cfg = parse_pii_config({}, "cfg.toml")
    assert cfg.enabled and cfg.keep(f("PERSON", 0.1))
    assert cfg.detector_enabled("names") and not cfg.detector_enabled("ner")


def test_types_and_floors():
    cfg = parse_pii_config({
        "min_score": 0.5,
        "disabled_types": ["LOCATION"],
        "types": {"PERSON": {"min_score": 0.7, "context_words": ["patient"]}, "EMAIL": {"enabled": False}},
    }, "cfg.toml")
    assert not cfg.keep(f("LOCATION", 0.99))
    assert not cfg.keep(f("EMAIL"))
    assert not cfg.keep(f("PERSON", 0.65)) and cfg.keep(f("PERSON", 0.75))
    assert not cfg.keep(f("PHONE", 0.4)) and cfg.keep(f("PHONE", 0.5))
    assert cfg.keep(f("AWS_KEY", 0.1, category="secret"))  # other families are not this section's business
    assert not cfg.detector_enabled("location")
    assert cfg.detector_options("names")["context_words"] == ["patient"]


def test_detector_tables_and_phone_regions():
    cfg = parse_pii_config({"phone_regions": ["gb", "US"], "names": {"not_names": ["Jenkins"]},
                            "ner": {"model": "en_core_web_sm", "labels": {"GPE": "LOCATION"}}}, "cfg.toml")
    assert cfg.detector_options("phone") == {"regions": ["GB", "US"]}
    assert cfg.detector_options("names") == {"not_names": ["Jenkins"]}
    assert cfg.detector_enabled("ner")


def test_master_switch():
    cfg = parse_pii_config({"enabled": False}, "cfg.toml")
    assert not cfg.keep(f("EMAIL")) and not cfg.detector_enabled("phone")


@pytest.mark.parametrize("raw,needle", [
    ({"min_scor": 0.5}, "min_scor"),
    ({"types": {"PERSN": {}}}, "PERSN"),
    ({"types": {"PERSON": {"min": 1}}}, "types.PERSON.min"),
    ({"types": {"PERSON": {"min_score": 2}}}, "types.PERSON.min_score"),
    ({"disabled_types": ["EMAIL", "NOPE"]}, "NOPE"),
    ({"names": {"extra_name": ["x"]}}, "names.extra_name"),
    ({"phone": {"regions": "US"}}, "phone.regions"),
    ({"phone_regions": ["USA"]}, "phone_regions"),
    ({"ner": {"model": ""}}, "ner.model"),
    ({"ner": {"labels": {"GPE": "PLACE"}}}, "PLACE"),
    ({"location": {"major_only": "yes"}}, "location.major_only"),
    ({"enabled": 1}, "enabled"),
])
def test_errors_name_the_key(raw, needle):
    with pytest.raises(ValueError) as exc:
        parse_pii_config(raw, "team.toml")
    assert "team.toml" in str(exc.value) and needle in str(exc.value)


def test_filter():
    cfg = PiiConfig(min_score=0.6)
    assert cfg.filter([f("EMAIL", 0.5), f("EMAIL", 0.7)]) == [f("EMAIL", 0.7)]


def test_every_type_the_personal_data_rules_report_can_be_configured():
    """``[pii.types]`` and ``disabled_types`` accept exactly the known types: each built-in personal-data
    rule's type must be one of them, or a user could not switch it off."""
    from promptscrub.pii_config import PII_TYPES
    from promptscrub.rules import load_builtin_rules

    assert sorted({r.label for r in load_builtin_rules() if r.category == "pii"} - set(PII_TYPES)) == []
