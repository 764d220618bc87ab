"""Every PII detector survives arbitrary text and reports spans inside it."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors.address import AddressDetector
from promptscrub.detectors.location import LocationDetector
from promptscrub.detectors.names import NameDetector
from promptscrub.detectors.phone import PhoneDetector

DETECTORS = [PhoneDetector({}), NameDetector({}), AddressDetector({}), LocationDetector({})]
PIECES = st.sampled_from(["Dear ", "John ", "Smith", " ", "\n", ", ", "Apt. ", "12", "555-0143", "+44 ", "Straße ",
                          "lives at ", "Mr. ", "O'Neil", "é", "ΛΕΥΚΩΣΙΑ", "Main", "(", ")", ".", "Canada", "x"])
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map("".join))


@pytest.mark.parametrize("det", DETECTORS, ids=lambda d: d.name)
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_spans_are_inside_the_text(det, text):
    for f in det.detect(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.category == "pii" and 0 < f.score <= 1
