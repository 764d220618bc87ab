"""Street addresses, single- and multi-line; prose with numbers is not an address."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors.address import AddressDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in AddressDetector(opts).detect(text)]


@pytest.mark.parametrize("text,expected", [
    ("Ship it to 6750 Main Street Apt. 864\nSpringfield, IL 62704\nThanks", ["6750 Main Street Apt. 864\nSpringfield, IL 62704"]),
    ("I live at 12 Glyn St. since May", ["12 Glyn St."]),
    ("Our office: 221B Baker Street, London NW1 6XE.", ["221B Baker Street, London NW1 6XE"]),
    ("Treffpunkt Lindenstraße 14, 10969 Berlin", ["Lindenstraße 14, 10969 Berlin"]),
    ("Envoyez à Rue de la Paix 12 s'il vous plaît", ["Rue de la Paix 12"]),
    ("Meet at Via Roma 131 at noon", ["Via Roma 131"]),
    ("PO Box 4410\nAustin, TX 78765", ["PO Box 4410\nAustin, TX 78765"]),
    ("PSC 1234, Box 5678\nAPO AE 09876", ["PSC 1234, Box 5678\nAPO AE 09876"]),
    ("my address is 48 Kowalska 7, Gdańsk", ["48 Kowalska 7, Gdańsk"]),
    ("Letters go to\n12 Kestrelgrund 4\nSuite 8\n", ["12 Kestrelgrund 4\nSuite 8"]),
    ("my zip code is 90210", ["90210"]),
])
def test_addresses_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The build took 12 minutes on 4 cores.",
    "x = road_map[12]; street = 'Main'",
    "Python 3.12 and Django 5 are supported.",
    "the difference is at most 22 for large inputs",
    "the address is reserved per RFC 4291.",
    "Returns the address of the buffer (0x7ffe1234).",
    "see section 4 of chapter 12",
    "patched by E. S. Raymond, 21 Dec 1998\n",
    "we need 3 Workers 2\nand more",
    "no digits in this line at all",
])
def test_not_addresses(text):
    assert found(text) == []


def test_context_words_option():
    text = "Drop-off point: Kestrel 9, Tallinn"
    assert found(text) == []
    assert found(text, context_words=["drop-off point"]) == ["Kestrel 9, Tallinn"]


def test_min_score_option():
    assert found("Apt. 12", min_score=0.7) == []


def test_long_texts_find_the_same_addresses_through_the_engine(monkeypatch):
    """Past ENGINE_FROM the anchors come from the pattern engine; the findings must not change."""
    import random

    from promptscrub.detectors import address

    rnd = random.Random(5)
    filler = ["def f(x):\n    return x + 1\n", "The build took 12 minutes on 4 cores.\n", "id = 42; name = 'Main'\n",
              "Version 3 Patch 2 of the Road map\n", "see RFC 7231 section 6\n"]
    planted = ["Ship it to 6750 Main Street Apt. 864\nSpringfield, IL 62704\n", "Meet at Via Roma 131 at noon\n",
               "PSC 1234, Box 5678\nAPO AE 09876\n", "Treffpunkt Lindenstraße 14, 10969 Berlin\n", "I live at 12 Glyn St. since May\n"]
    text = "".join(rnd.choice(planted) if rnd.random() < 0.05 else rnd.choice(filler) for _ in range(6000))
    assert len(text) >= address.ENGINE_FROM
    through_engine = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    monkeypatch.setattr(address, "ENGINE_FROM", 10**12)
    per_region = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    assert through_engine == per_region and len(per_region) > 100


def _regions_reference(text, gap=100):
    """_digit_regions as first written: one stdlib ``\\d`` search per digit line."""
    import re

    out, pos, n = [], 0, len(text)
    while (m := re.compile(r"\d").search(text, pos)) is not None:
        ls = text.rfind("\n", 0, m.start()) + 1
        ps = text.rfind("\n", 0, ls - 1) + 1 if ls > 0 else 0
        le = text.find("\n", m.end())
        le = n if le < 0 else le
        if out and ps <= out[-1][1] + gap:
            out[-1][1] = le
        else:
            out.append([ps, le])
        pos = le + 1
        if pos >= n:
            break
    return [(a, b) for a, b in out]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "٣", "１", "x", "ab ", "é", "日本", "\n", "\n\n", " " * 60, "z" * 45]), max_size=40))
def test_digit_regions_match_a_plain_digit_search(pieces):
    from promptscrub.detectors.address import _digit_regions

    text = "".join(pieces)
    assert _digit_regions(text) == _regions_reference(text)


@pytest.mark.parametrize("hyperscan", [True, False])
def test_cues_and_anchors_through_the_engine_match_the_region_scan(monkeypatch, hyperscan):
    """The engine runs over the regions joined by blank lines; a cue at the end of a region's last
    line runs on over its line break there, and must end at that break as in the region scan."""
    import random

    from promptscrub import engine
    from promptscrub.detectors import address

    if not hyperscan:
        monkeypatch.setattr(engine, "HYPERSCAN_FROM", 10**12)
    rnd = random.Random(7)
    filler = ["def f(x):\n    return x\n", "no digits on this line at all\n", "x = 1; y = 22\n", "\n", "see RFC 7231\n"]
    planted = ["Ship to 12 Glyn St\nSpringfield, IL 62704\n", "my address is 48 Kowalska 7, Gdańsk\n",
               "order 5 was sent to   \n", "ship to\t\n", "PSC 1234, Box 5678\nAPO AE 09876\n",
               "Apt 4 lives at\n12 Main Street\n", "Via Roma 131\nrest\n", "post code is 12 AB\n", "send it to\n\nnext\n"]
    text = "".join(rnd.choice(planted) if rnd.random() < 0.08 else rnd.choice(filler) for _ in range(9000))
    assert len(text) >= address.ENGINE_FROM
    through_engine = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    monkeypatch.setattr(address, "ENGINE_FROM", 10**12)
    per_region = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    assert through_engine == per_region and len(per_region) > 100


@pytest.mark.parametrize("big,small", [(8, 2), (1 << 16, 1 << 12)])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "٣", "x", "ab ", "é", "\n", "\n\n", " " * 60, "z" * 45]), max_size=40))
def test_digit_regions_in_small_stretches(big, small, pieces):
    """Digit lines found as bytes in ASCII stretches and by regex in the others, across chunk boundaries."""
    from promptscrub.detectors import _stretches
    from promptscrub.detectors.address import _digit_regions

    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_stretches, "_BIG", big)
        mp.setattr(_stretches, "_SMALL", small)
        assert _digit_regions(text) == _regions_reference(text)


@settings(max_examples=2000, deadline=None)
@given(st.text("aegiltuszäßkſ. \t", max_size=8),
       st.sampled_from(["weg", "Gasse", "STRASSE", "straße", "u.", "U.", "str.", "út", "vej", "gata", "x", ""]))
def test_suffix_tails_never_turn_away_a_street(head, tail):
    """Where ``SUFFIX_END`` matches an ASCII window, the window ends with one of ``SUFFIX_TAILS``."""
    from promptscrub.detectors.address import SUFFIX_END, SUFFIX_TAILS

    window = (head + tail)[-12:]
    if SUFFIX_END.search(window) and window.isascii():
        assert window.lower().endswith(SUFFIX_TAILS)
