"""Phone numbers: libphonenumber validation plus context; versions, dates and IDs are not phones."""
import pytest

from promptscrub.detectors.phone import PhoneDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in PhoneDetector(opts).detect(text)]


@pytest.mark.parametrize("text,expected", [
    ("call me at (212) 555-0143 tomorrow", ["(212) 555-0143"]),
    ("office: 212-555-0143", ["212-555-0143"]),
    ("Tel. 212.555.0143", ["212.555.0143"]),
    ("reach me on +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("Mobil +49 151 23456789 bitte", ["+49 151 23456789"]),
    ("ring 0044 20 7946 0958 now", ["0044 20 7946 0958"]),
    ("phone: 212-555-0143 x1234", ["212-555-0143 x1234"]),
    ("Phone:\n020 7946 0958", ["020 7946 0958"]),          # UK national format, with a label
    ("020 7946 0958 office", ["020 7946 0958"]),            # context after the number
])
def test_phones_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "version 1.2.3.4 released",
    "pip install numpy==1.26.4",
    "released 2024-01-15 12:00",
    "born 12/15/1995",
    "order id 123456789012",
    "ts = 1700000000123",
    "ip 81.2.69.160",
    "pi = 3.14159265358979",
    "call 12",
    "see page 1234567",        # bare digits, no phone context
    "2129 5550143 items",      # grouped but not valid in the default region, no context
])
def test_not_phones(text):
    assert found(text) == []


def test_regions_option_accepts_national_formats():
    text = "ruf an: 030 901820"
    assert found(text, regions=["DE"]) == ["030 901820"]


def test_min_score_drops_weak_findings():
    assert found("reach me at +44 20 7946 0958", min_score=0.95) == []


def test_no_import_without_seven_digits(monkeypatch):
    import sys

    monkeypatch.delitem(sys.modules, "phonenumbers", raising=False)
    det = PhoneDetector({})
    assert det.detect("nothing here 123-45") == []
    assert "phonenumbers" not in sys.modules
