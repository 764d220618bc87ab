"""Places from the bundled gazetteer, with cues for the ambiguous ones."""
import pytest

from promptscrub.detectors.location import LocationDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in LocationDetector(opts).detect(text)]


@pytest.mark.parametrize("text,expected", [
    ("I will be travelling to Canada next week", ["Canada"]),
    ("She moved from Buenos Aires to New Zealand.", ["Buenos Aires", "New Zealand"]),
    ("He grew up in Zzyzxville.", ["Zzyzxville"]),              # not in the gazetteer: the cue decides
    ("We flew to LEPTIS on Monday", ["LEPTIS"]),
    ("Greetings from the Democratic Republic of the Congo", ["Democratic Republic of the Congo"]),
    ("She lives in Savonlinna now", ["Savonlinna"]),
    ("we moved here from tunisia last year", ["tunisia"]),          # all lower-case text
    ("Where: Kestrelburg Country Club", ["Kestrelburg"]),
])
def test_places_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Mobile support is coming in Reading mode",    # towns that are English words
    "Victoria said hi",                            # a place that is also a first name, no cue
    "if Emin is not None: return Emin",            # a small town's name as a variable
    "STORE = 1\nAMPER = 19",                       # constants
    "class Paris(Base): pass",
    "The Country Club is open",                    # a place name made of ordinary words, no cue
])
def test_not_places(text):
    assert found(text) == []


def test_options():
    assert found("Trip to Canada", not_places=["Canada"]) == []
    assert found("Our Gotham office", extra_places=["Gotham"]) == ["Gotham"]
    assert found("She lives in Savonlinna now", major_only=True) == ["Savonlinna"]  # still cued
    assert found("Fun in Canada and Savonlinna", major_only=True) == ["Canada"]


def test_first_name_after_at_loses_to_the_person():
    """"shouted at David": both detectors see the word; the names detector's finding must win the overlap."""
    from promptscrub import overlap
    from promptscrub.detectors.names import NameDetector

    text = "Julio shouted at David"
    both = LocationDetector({}).detect(text) + NameDetector({}).detect(text)
    assert [(text[f.start:f.end], f.type) for f in overlap.resolve(both)] == [("Julio", "PERSON"), ("David", "PERSON")]
