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
    ("update my number to 0176 3120 4458 please", ["0176 3120 4458"]),  # a German mobile in three groups
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
    "Traceback (most recent call last):\n  ...\nValueError: expected 50331648 bytes",  # not "call me"
    "  * Wrap long text in the dialog (LP: #2045187)",  # a bug number ("text" is a phone context word)
    "regression #71234567 again; call me later",
    # the same header further up than the context window reaches: "recent" is cut off, "call last)" is not
    "Traceback (most recent call last):\n    ...\n    ValueError: expected 50331648 bytes",
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
                 "x", "ext.", "extension", "a", "tel ", "\n", ",", "٣", "٤٥٦", "１２", "é", "_", "?", "\x00", "日"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_PIECES), max_size=60))
def test_candidate_windows_find_what_one_pass_finds(pieces):
    text = "".join(pieces)
    assert [m.span() for m in candidates(text)] == [m.span() for m in CANDIDATE.finditer(text)]


def test_candidate_windows_on_long_number_runs():
    text = ("7" * 300 + " +44 (20) 7946-0958 ") * 3 + "1 2 3 4 5 6 7 8 9 0 " * 40 + "call + (+12345) 5550143 now"
    assert [m.span() for m in candidates(text)] == [m.span() for m in CANDIDATE.finditer(text)]


def _german_national(rnd, mobile):
    """A random German number valid for libphonenumber: (area code with its 0, subscriber number)."""
    import phonenumbers

    while True:
        if mobile:
            area = "01" + rnd.choice(["51", "52", "57", "60", "62", "70", "71", "72", "76", "77", "79"])
            rest = "".join(rnd.choice("0123456789") for _ in range(rnd.choice([7, 8])))
        else:
            area = "0" + rnd.choice(["30", "40", "69", "89", "211", "221", "228", "341", "351", "511", "711", "911"])
            rest = rnd.choice("23456789") + "".join(rnd.choice("0123456789") for _ in range(rnd.randint(4, 7)))
        if phonenumbers.is_valid_number(phonenumbers.parse(area + rest, "DE")):
            return area, rest


@pytest.mark.parametrize("cue", ["Mobile: ", "Tel. ", "Phone: ", "Fax ", "call me at ", "Mob.: "])
def test_slash_between_area_code_and_number(cue):
    """DIN 5008's older style: ``030/12345678``: found with a cue, or valid in a configured region."""
    import random

    rnd = random.Random(f"slash/{cue}")
    for _ in range(25):
        area, rest = _german_national(rnd, rnd.random() < 0.5)
        number = f"{area}/{rest}"
        assert found(f"{cue}{number}, thanks") == [number], number
        assert found(f"see {number} for details", regions=["DE"]) == [number], number
        assert found(f"see {number} for details") == []  # no cue, not valid in the default region


@pytest.mark.parametrize("text", [
    "Tel. 12/05/2024", "phone 2024/05/12 12:00", "call 05/2024", "phone: 1/2 of 3/4", "Tel: 0152/4911/3037",
    "mobile path /srv/0152/49113037", "phone 0152/49113037/2", "contact 01/23456789", "Fax 0152/491.13037",
    "call 1234/5678901",
])
def test_slashes_that_are_not_phones(text):
    assert found(text, regions=["DE", "US"]) == []


@pytest.mark.parametrize("text,expected", [
    ("الهاتف: 056 318 4470", ["056 318 4470"]),
    ("फ़ोन: 098214 57360", ["098214 57360"]),
    ("मोबाइल 091234 56780", ["091234 56780"]),
    ("전화번호: 02-731-4482", ["02-731-4482"]),
    ("휴대폰 010-4821-7730", ["010-4821-7730"]),
    ("Телефон: 8 (916) 482-17-30", ["8 (916) 482-17-30"]),
    ("тел.: 8 903 128 44 71", ["8 903 128 44 71"]),
    ("电话: 138 2749 5163", ["138 2749 5163"]),
    ("電話: 090-2748-3315", ["090-2748-3315"]),
    ("携帯：080-3361-7742", ["080-3361-7742"]),
    ("Cep: 0533 418 27 64", ["0533 418 27 64"]),
])
def test_native_script_labels(text, expected):
    got = PhoneDetector().detect(text)
    assert [text[f.start:f.end] for f in got] == expected
    assert all(f.score >= 0.85 for f in got)


def test_native_label_needs_to_be_right_before():
    assert found("version 056 318 4470") == []


def test_iso_6709_positions_are_no_phones() -> None:
    """Time-zone tables and geodata write a position as ``+DDMM-DDDMM`` or ``+DDMMSS-DDDMMSS``: the latitude's
    sign reads as an international prefix. Positions that libphonenumber would accept as numbers are drawn
    here, and none is a phone."""
    import random

    import phonenumbers

    rng = random.Random(6709)
    drawn = 0
    while drawn < 12:
        lat, lon = rng.randint(0, 89), rng.randint(0, 179)
        pos = (f"+{lat:02d}{rng.randint(0, 59):02d}{rng.choice('+-')}{lon:03d}{rng.randint(0, 59):02d}" if rng.random() < 0.5
               else f"+{lat:02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}-{lon:03d}{rng.randint(0, 59):02d}"
                    f"{rng.randint(0, 59):02d}")
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(pos, None))
        except phonenumbers.NumberParseException:
            valid = False
        if not valid:
            continue
        drawn += 1
        assert found(f"XX\t{pos}\tEurope/Somewhere\tmost areas") == [], pos


def test_code_point_sequences_of_unicode_data_are_no_phones() -> None:
    """A Unicode data file's row maps a code point to a sequence of them (``00CC; 0069 0307 0300; ...``): four
    digits a group, like a phone's, but the row's other fields are code points with hex letters. The same groups
    in a row without such a field stay a phone."""
    row = "00CC; {} 0307 0300; 00CC; 00CC; lt; # LATIN CAPITAL LETTER I WITH GRAVE"
    assert found(row.format("0069")) == []
    assert found("Kontakt; Tel. 0049 3012 3456; Berlin") != []


def test_valid_number_asks_the_main_region_first_with_the_same_answers():
    """The fast path (the calling code's main region first) answers as phonenumbers' own check does."""
    import random

    import phonenumbers as pn

    from promptscrub.detectors.phone import valid_number

    rng = random.Random(8)
    for code in (1, 7, 44, 33, 49, 61, 81, 262, 290, 599, 212):
        for _ in range(300):
            num = pn.parse(f"+{code}{rng.randint(10 ** 6, 10 ** 11)}", None)
            assert valid_number(pn, num) == pn.is_valid_number(num), pn.format_number(num, pn.PhoneNumberFormat.E164)
