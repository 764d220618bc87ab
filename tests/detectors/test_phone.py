"""Phone numbers: libphonenumber validation plus context; versions, dates and IDs are not phones."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors.phone import CANDIDATE, PhoneDetector, candidates


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


# The candidates are searched in windows around digit runs, not over the whole text; they must be
# exactly the matches of one pass of CANDIDATE (starts, ends, and which numbers swallow which).
_PHONE_PIECES = ["1", "23", "555", "0143", "4567890", "12345678901234567890", " ", "-", ".", "/", "(", ")", "+", "00",
                 "+ (+12345) ", "00(+44)", "(+1)",
                 "x", "ext.", "extension", "a", "tel ", "\n", ",", "٣", "٤٥٦", "１２", "é", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_PIECES), max_size=60))
def test_candidate_windows_find_what_one_pass_finds(pieces):
    text = "".join(pieces)
    assert [m.span() for m in candidates(text)] == [m.span() for m in CANDIDATE.finditer(text)]


def test_candidate_windows_on_long_number_runs():
    text = ("7" * 300 + " +44 (20) 7946-0958 ") * 3 + "1 2 3 4 5 6 7 8 9 0 " * 40 + "call + (+12345) 5550143 now"
    assert [m.span() for m in candidates(text)] == [m.span() for m in CANDIDATE.finditer(text)]
