"""Person names from lists and cues; code identifiers and ordinary capitalised words are not names."""
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors import _lazyre
from promptscrub.detectors import names as names_mod
from promptscrub.detectors.names import NameDetector



#: the class scan (``cap_words``/``_tokens``) on these tests' short texts too (see tests/conftest.py)
pytestmark = pytest.mark.usefixtures("class_scan_on_short_texts")

def found(text, **opts):
    return [text[f.start:f.end] for f in NameDetector(opts).detect(text)]


@pytest.mark.parametrize("text,expected", [
    ("Dear John Smith,\nthanks for the update.", ["John Smith"]),
    ("Hi Anna, can you check this?", ["Anna"]),
    ("Please ask Robert Johnson about the invoice.", ["Robert Johnson"]),
    ("Mr. Zbigniew Kowalczyk will call.", ["Mr. Zbigniew Kowalczyk"]),
    ("my name is Xochitl Quispe and I need help", ["Xochitl Quispe"]),
    ("Ludwig van Beethoven wrote it", ["Ludwig van Beethoven"]),
    ("Mary J. Okafor and Tom Lindqvist", ["Mary J. Okafor", "Tom Lindqvist"]),
    ("From: Grace Hopper <grace@example.org>", ["Grace Hopper"]),
    ("Thanks,\nMargaret", ["Margaret"]),
    ("Kowalczyk said the build is green", ["Kowalczyk"]),
    ("Jennifer O'Neil's report", ["Jennifer O'Neil"]),
    ("Dr. Park is in surgery", ["Dr. Park"]),
    ("We invited Patricia, Oyelaran and Jorge.", ["Patricia", "Oyelaran", "Jorge"]),
    ("please forward to michael johnson today", ["michael johnson"]),   # all lower-case text
])
def test_names_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "public static void Main(string[] args)",
    "class Smith(Base): pass",
    "import Jackson from 'jackson'",
    "using Polly;\nusing Polly.Retry;\nglobal using static Serilog.Log;",  # C# using directives: libraries
    '<PackageReference Include="Polly" Version="8.4.1" />\n<PackageVersion Update="Dapper" />',  # packages
    "Main.java and Config.yaml",
    "The Main Street store is closed.",
    "Will you help? Sure, I can.",
    "Click the Save Button and then Open Settings.",
    "Georgia and Virginia are states.",
    "Thank You Very Much",
    "See the Docker and Kafka docs.",
    "January and May are months",
    "Fix Unicode error in Python",
    "Classifier: Development Status",
    "The Southern Region Sales Report",
    'curl -d "content=Hello World" https://example.com/post',
    "if (len < ulen + wlen + 2)\n  break;",  # lower-case code is not judged like a lower-cased chat
    "acme: abdefghjk0123456789mnopq",  # a lower-case config line, not a speaker
])
def test_not_names(text):
    assert found(text) == []


def test_lower_case_chat_speakers_are_names():
    assert found('marisol: \\"where are you?\\"\ntheo: "on my way"') != []


def test_options_extra_and_not_names():
    assert found("Ping Zorro tomorrow", extra_names=["Zorro"]) == ["Zorro"]
    assert found("Robert Johnson", not_names=["Robert", "Johnson"]) == []


def test_context_words_option():
    assert found("Patient: Oyelaran", context_words=["patient"]) == ["Oyelaran"]
    assert found("Patient Oyelaran") == []


def test_single_first_names_option():
    assert found("Jennifer joined") == ["Jennifer"]
    assert found("Jennifer joined", single_first_names=False) == []


def test_min_score():
    assert found("Ping Zbigniew Kowalczyk", min_score=0.9) == []


def test_list_loading_is_cheap():
    names_mod._lists = None
    t = time.perf_counter()
    first, last, ambiguous, words = names_mod.load_lists()
    assert time.perf_counter() - t < 0.015 * 5  # generous for a loaded CI box; ~1 ms on a quiet one
    assert len(first) > 4000 and len(last) > 80000 and len(words) > 50000


def test_constructing_the_detector_loads_nothing():
    names_mod._lists = None
    NameDetector({})
    assert names_mod._lists is None


# The fast paths find exactly what the plain code does. Generated texts mix names, titles, cues, code.
#: ``CAP`` as first written (look-behind first): the capital-first form must find the same words.
PLAIN_CAP = _lazyre.compile(
    r"(?<![\p{L}\p{N}_.@/\\$#%&*+=~^|`-])"
    r"(\p{Lu}\p{Ll}+(?:(?:['’](?!s\b)|-)\p{Lu}?\p{Ll}+)*|(?:Mc|Mac|De|Di|Le|La|O['’])\p{Lu}\p{Ll}+)"
    r"(?![\p{L}\p{N}_@]|\(|::|\.[\p{L}_]|-\p{L}|['’](?!s\b)\p{L})"
)
WORDS = ["John", "Smith", "Will", "True", "Returns", "Paris", "Georgia", "Xochitl", "McDonald", "MacLeod", "DeShawn",
         "LaToya", "O'Neil", "O’Neil", "Jean-Luc", "Ann's", "ALLCAPS", "camelCase", "Zoë", "Élodie", "İpek", "Mr.",
         "Dr", "Dear", "Hi", "van", "de", "J.", "said", "class", "def", "new", "::", "(", ")", ".x", "@", "-", "'",
         "’s", ":", ",", "Main", "the", "and", "é", "Mc", "Mac", "De", "Le", "La", "O'", "x", "7", "A1", "_", "#"]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(["", " ", "  ", "\n", " \t", ", ", ": "])),
                 max_size=14).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_capital_first_scan_finds_the_same_words(text):
    want = [m.span() for m in PLAIN_CAP.finditer(text)]
    assert [m.span() for m in names_mod.CAP.finditer(text)] == want
    assert [m.span() for m in names_mod.finditer(names_mod.CAP, names_mod.CAP_ASCII, text)] == want
    assert _cap_word_spans(text) == want


def _cap_word_spans(text):
    """The spans of ``cap_words`` as ``NameDetector._detect`` takes them (``_second_form_start``)."""
    spans = []
    for m in names_mod.cap_words(text):
        s, e = m.span()
        if m.lastindex == 2:
            s = names_mod._second_form_start(text, s)
            if s < 0:
                continue
        spans.append((s, e))
    return spans


#: words around the "Mc"/"De"/"O'" forms that the class scan finds after any capital, right or wrong
FORM_WORDS = ["McDonald", "MacLeod", "DeShawn", "DiMaggio", "LeRoy", "LaToya", "O'Neil", "O’Neil", "McCoy",
              "XcDonald", "NaN", "NaNa", "BaCd", "LacTe", "MaXi", "MeBe", "DaVid", "LiSa", "LoRa", "D'Angelo",
              "X'Yy", "L'Oreal", "Mac", "Mc", "Ann's", "Ann’s", "Ann'sX", "Ann's-", "Don't", "O'Neil's", "Jean-Luc",
              "Jean-luc", "Mary-Ann's", "Zoë", "Éric", "MacÉlan", "DeÉtienne", "Se", "Ab", "AB", "aB", "Ab1",
              "Ab_", "Ab@", "Ab(", "Ab::", "Ab.c", "Ab.", "Ab-", "-", "'", "’", "s", "'s", "é", "x", "/", "$", ".",
              "@", "_", "7", "("]
FORM_TEXTS = st.lists(st.tuples(st.sampled_from(FORM_WORDS), st.sampled_from(["", " ", "\n", "'", "-", ", "])),
                      max_size=10).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500, deadline=None)
@given(FORM_TEXTS)
def test_class_scan_finds_what_cap_finds(text):
    """The scan of ASCII lines as character classes, its second forms checked, finds ``CAP``'s words."""
    assert _cap_word_spans(text) == [m.span() for m in names_mod.CAP.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="MDLOXacdeilos'’-_.@(:/# \nZé0", max_size=24))
def test_class_scan_finds_what_cap_finds_in_any_characters(text):
    assert _cap_word_spans(text) == [m.span() for m in names_mod.CAP.finditer(text)]


@pytest.mark.parametrize("text,words", [
    ("McDonald and XcDonald", ["McDonald"]),
    ("D'Angelo, O'Neil, X'Yy", ["Angelo", "O'Neil", "Yy"]),
    ("NaN LacTe MaXi MacLeod LaToya", ["MacLeod", "LaToya"]),
    ("Ann's Ann'sX", ["Ann"]),
])
def test_second_forms_after_the_wrong_capital(text, words):
    assert [text[s:e] for s, e in _cap_word_spans(text)] == words
    assert [m[0] for m in names_mod.CAP.finditer(text)] == words


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_one_word_runs_are_judged_as_runs_are(text):
    """``_judge_lone`` (a run of one word) must decide as ``_judge_run`` does, for every word of a text."""
    fast, plain = NameDetector({}), NameDetector({})
    fast._rejected, plain._rejected = [], []
    fast_out, plain_out = [], []
    for m in names_mod.CAP.finditer(text):
        s, e = m.span()
        fast._judge_lone(text, s, e, m[0], fast.classify(m[0]), fast_out)
        plain._judge_run(text, [(s, e, m[0])], plain_out)
    assert fast_out == plain_out and fast._rejected == plain._rejected


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(sorted(names_mod.NO_JOIN)),
       st.one_of(st.sampled_from(sorted(w[1:] for w in names_mod.PARTICLES)),
                 st.text(" \t\nabdeilnorstvA.é", max_size=6)))
def test_characters_that_never_join_a_run(first, rest):
    """A gap whose first character after the space is in ``NO_JOIN`` never joins two words."""
    assert not names_mod._joins(" " + first + rest + " ")


@pytest.mark.parametrize("big,small", [(8, 2), (16, 4), (1 << 16, 1 << 12)])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "é", "日本", "\n", "x\n", " " * 9, "Zo", "ë"]), max_size=30))
def test_line_stretches_split_at_non_ascii_lines(big, small, pieces):
    """Stretches cover the text in order, whole lines each; a non-ASCII one is exactly one non-ASCII line."""
    from promptscrub.detectors import _stretches

    text = "".join(pieces)
    want, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.isascii() and want and want[-1][2]:
            want[-1] = (want[-1][0], pos + len(line), True)
        else:
            want.append((pos, pos + len(line), line.isascii()))
        pos += len(line)
    at = [i for i, c in enumerate(text) if not c.isascii()]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_stretches, "_BIG", big)
        mp.setattr(_stretches, "_SMALL", small)
        assert list(_stretches.line_stretches(text)) == want
        assert _stretches.next_non_ascii(text) == (at[0] if at else -1)


@pytest.mark.parametrize("product", ["Extended", "Edition", "Pro", "Server", "Plugin", "Studio", "Enterprise", "SDK", "CLI"])
def test_a_name_before_a_product_word_is_a_product(product):
    """A capitalised word right before a product word ("Hugo Extended", "Jenkins Server") names a tool."""
    import random

    rnd = random.Random(f"product/{product}")
    for _ in range(10):
        name = rnd.choice(["Hugo", "Jenkins", "Grace", "Maria", "Oliver", "Ruby", "Hopper"])
        text = rnd.choice(["Install {} {} for the docs.", "We moved to {} {} last year.", "the {} {} build failed"])
        assert found(text.format(name, product)) == [], text.format(name, product)
    # the same names are still names before other words, and with a cue
    assert found("Please ask Oliver about it.") == ["Oliver"]
    assert found("Dear Hugo, the Hugo Extended build failed")[:1] == ["Hugo"]
    assert found("Hugo said the build is green") == ["Hugo"]


@pytest.mark.parametrize("text,expected", [
    ("**Megan Holloway** commented on `api/routes.py` line 7:", ["Megan Holloway"]),
    ("**Gary Whitfield** approved these changes", ["Gary Whitfield"]),
    ("**Rita Okonkwo** requested changes", ["Rita Okonkwo"]),
    ("**Dennis Carver** left a comment", ["Dennis Carver"]),
    ("**Build Bot** commented on `api/routes.py`", []),  # ordinary words: a bot, not a person
    ("**Note** reviewed by nobody", []),
])
def test_bold_review_header_is_the_whole_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Primary: AWS eu-central-1 (Frankfurt), sa-east-1 (São Paulo)",
    "GCP europe-west3 (Frankfurt), Azure westeurope (Amsterdam)",
])
def test_cloud_region_location_is_no_person(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The lessor, represented by Victoria Pearson, signs below.", ["Victoria Pearson"]),
    ("| 3 | Georgia Whitaker | active |", ["Georgia Whitaker"]),
    ("| 4 | Victoria Smith | active |", ["Victoria Smith"]),
    ("Our Georgia Power bill went up.", []),  # a surname that is also a word needs a cue or a cell
    ("| 5 | Virginia Beach | open |", []),  # the pair is one place
])
def test_place_first_name_then_surname_is_a_person(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Customer Kenji Nakamura called about the refund.", ["Kenji Nakamura"]),
    ("客户 张伟 (Zhang Wei) 来电", ["张伟", "Zhang Wei"]),  # 客户 (customer) before a family name: a name too
    ("We grow taro in the garden.", []),
])
def test_romanised_east_asian_names(text, expected):
    assert found(text) == expected


def test_a_form_fields_label_is_no_name():
    """"Last Name" heading a column (or a form field) is a label, though "Last" is a listed surname."""
    d = NameDetector()
    text = "Employee ID\tFirst Name\tLast Name\tDOB\nLast Name: Jackson\n"
    assert "Last" not in [text[f.start:f.end] for f in d.detect(text)]


def test_a_salutation_word_that_is_also_a_first_name_stays_a_name():
    """The European form words are no names, but a word that is also a common first name (Cara) is left
    to the lists: "Cara Delevingne" is a person."""
    text = "Please ask Cara Delevingne about it."
    assert ["Cara Delevingne"] == [text[f.start:f.end] for f in NameDetector().detect(text)]


def _lists_plain(self, text, out):
    """``NameDetector._lists`` as it was before its look-ups went from the names' side: every rejected word
    against the nearest names (the oracle of the test below)."""
    import bisect as _b

    starts = sorted(f.start for f in out)
    ends = sorted(f.end for f in out)
    pending = sorted(set(self._rejected))
    for _ in range(3):
        added = []
        for s, e in pending:
            i = _b.bisect_right(ends, s) - 1
            j = _b.bisect_left(starts, e)
            near = (i >= 0 and s - ends[i] <= 7 and names_mod.LIST_SEP.match(text[ends[i]:s])) or \
                   (j < len(starts) and starts[j] - e <= 7 and names_mod.LIST_SEP.match(text[e:starts[j]]))
            if near:
                added.append((s, e))
        if not added:
            break
        for s, e in added:
            out.append(names_mod.Finding(s, e, "pii", "PERSON", "person-name", 0.5))
            _b.insort(starts, s)
            _b.insort(ends, e)
        done = set(added)
        pending = [p for p in pending if p not in done]


CUE_WORDS = ["John", "Smith", "Anna", "Xochitl", "Kowalczyk", "Will", "Georgia", "Victoria", "True", "Returns",
             "See", "In", "The", "Dear", "Hi", "Mr.", "Dr", "Mrs", "said", "says", "is", "my name is", "name:", "Name",
             "call me", "called", "uncle", "feat.", "王娜 (", "(", "and", "or", ",", ":", ": ", "Requires-Dist",
             "Jean-Luc", "**", "commented", "class", "def", "::", "Extended", "theorem", "'s", "is a", "lives", "from",
             "ask", "the", "Ann's", "Zoë", "x", "=", "-", ">", "Tom", "Zorblax", "Jenkins\tServer", "Ask", "Cheers",
             "Hoi", "hallo", "Nachname", "naam:", "Nom:", "Nazwisko", "Imię", "Das", "La", "Thu", "Nguyen", "Le", "Jun", "Chen"]
CUE_TEXTS = st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from(["", " ", "  ", "\n", " \t", ", ", ": ",
                                                                             ".  ", "\n    ", " and "])),
                     max_size=16).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500, deadline=None)
@given(CUE_TEXTS, st.sampled_from([{}, {"min_score": 0.55}, {"single_first_names": False}]), st.booleans())
def test_shortcuts_find_what_the_searches_find(text, opts, lower):
    """The cheap verdicts (``_QUIET_BEFORE``, ``_cue_before``, ``_no_cue``, ``_no_title``, the rejections
    ``_lists`` settles only near a name, its look-ups from the names' side) change no finding: with all of
    them off every word goes through the searches, and ``_lists`` through every rejected word."""
    import collections

    text = text.lower() if lower else text
    want = [(f.start, f.end, f.score) for f in NameDetector(opts).detect(text)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(names_mod, "_QUIET_BEFORE", collections.defaultdict(bool))
        mp.setattr(names_mod, "_cue_before", lambda text, start: True)
        mp.setattr(names_mod, "_no_cue", lambda *args: False)
        mp.setattr(names_mod, "_no_title", lambda *args: False)
        mp.setattr(NameDetector, "_lists", _lists_plain)
        plain = [(f.start, f.end, f.score) for f in NameDetector(opts).detect(text)]
    assert want == plain


@pytest.mark.parametrize("text", [
    "Calculate the Julian day based on the year, week of the year and weekday.",
    "dates before the switch are Julian dates; after it, Gregorian ones",
])
def test_calendar_terms_named_after_people_are_not_names(text):
    assert found(text) == []


def test_a_first_name_before_a_plain_day_word_is_still_a_name():
    assert found("Julian Barnes, day shift lead") == ["Julian Barnes"]


def test_german_im_is_not_english_im():
    """"im" (in dem) before a German noun that is also a surname does not make the noun a name."""
    assert found("Die Datei liegt im Ordner auf dem Server.") == []
    assert found("Die Rechnung liegt im Ordner.") == []


@pytest.mark.parametrize("text", ["Shares rose 4% in after-hours trading in New York.", "flights from Hong Kong"])
def test_a_place_of_several_words_is_not_a_name(text):
    assert found(text) == []


def test_a_name_that_starts_with_a_place_is_still_a_name():
    assert found("Dear Georgia Parker,") == ["Georgia Parker"]


def test_a_library_named_like_a_person_in_prose_stays_a_name():
    """Only the directive is code: "I was using Polly." names someone."""
    assert found("I was using Polly. She helped.") == ["Polly"]
