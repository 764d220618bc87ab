"""Places from the bundled gazetteer, with cues for the ambiguous ones."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors import _lazyre, location
from promptscrub.detectors.location import LocationDetector



#: the class scan (``cap_words``/``_tokens``) on these tests' short texts too (see tests/conftest.py)
pytestmark = pytest.mark.usefixtures("class_scan_on_short_texts")

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


# The fast paths find exactly what the plain code does. Generated texts mix places, cues, values, code.
#: ``TOKEN`` as first written (look-behind first): the capital-first form must find the same words.
PLAIN_TOKEN = _lazyre.compile(
    r"(?<![\p{L}\p{N}_.@/\\$#%&*+=~^|`-])"
    r"(\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\.?)"
    r"(?![\p{L}\p{N}_@(]|::|\.[\p{L}_])"
)
WORDS = ["Paris", "Canada", "None", "NONE", "NaN", "None.", "Reading", "Savonlinna", "New", "York", "Emin", "STORE",
         "Buenos", "Aires", "Kraków", "Country", "Club", "of", "the", "lives in", "flew to", "from", "in", "class",
         "import", "::", "(", ".x", "@", "-", "'", ":", ",", "Mt.", "St.", "France", "Zzyzxville", "é", "x", "=",
         "7", "A1", "_", "#"]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(["", " ", "  ", "\n", " \t", ", ", ": "])),
                 max_size=14).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_capital_first_scan_finds_the_same_words(text):
    want = [m.span() for m in PLAIN_TOKEN.finditer(text)]
    assert [m.span() for m in location.TOKEN.finditer(text)] == want
    assert [m.span() for m in location._tokens(text)] == want


class _LooksAtValueWords(LocationDetector):
    """Judges a lone value word ("None") like any other word instead of skipping it: a listed word is
    looked up, any other looked at after a strong cue."""

    def _lone_kind(self, tok):
        k, _, in_city = self._lookup(tok)
        return location._LISTED if in_city or k in self.extra else location._IF_CUED


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_skipping_lone_value_words_changes_nothing(text):
    assert LocationDetector({}).detect(text) == _LooksAtValueWords({}).detect(text)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(sorted(location.NO_JOIN)),
       st.one_of(st.sampled_from(sorted(w[1:] + " the" for w in location.CONNECTORS)),
                 st.text(" \t\naedhlnostuy.é", max_size=10)))
def test_characters_that_never_join_a_run(first, rest):
    """A gap whose first character after the space is in ``NO_JOIN`` never joins two words."""
    assert not location._joins(" " + first + rest + " ")


def test_a_law_named_after_a_place_word_is_no_place():
    """"Bayes' theorem" (Bayes is also a town): a theorem, law or method word after it names the law."""
    text = "The prior comes from Bayes' theorem, and a Kalman filter smooths it."
    assert [text[f.start:f.end] for f in LocationDetector().detect(text)] == []


@pytest.mark.parametrize("text", [
    "We run in AWS eu-central-1 (Frankfurt) and ap-northeast-1 (Tokyo).",
    "Backups: eu-west-1 (Ireland), us-east-1 (N. Virginia), ap-south-1 (Mumbai).",
    "Azure westeurope (Amsterdam); GCP europe-west3 (Frankfurt), asia-northeast1 (Tokyo)",
    "Region: Frankfurt (eu-central-1)",
])
def test_cloud_region_locations_are_not_personal(text):
    assert found(text) == []


def test_places_next_to_ordinary_parentheses_still_found():
    assert found("She moved to Frankfurt (Germany) last year.") != []
    assert "Tokyo" in found("the southwest (Bristol) office; I flew to Tokyo")
    assert location.cloud_region_place("x eu-central-1 (Frankfurt)", 16, 25)
    assert not location.cloud_region_place("the southwest (Bristol)", 15, 22)


class _Plain(LocationDetector):
    """The detector without its shortcuts: every lone word looked up or checked for a strong cue, every run
    scanned, the cue regexes always run."""

    def _detect(self, text):
        out, run = [], []
        for m in PLAIN_TOKEN.finditer(text):
            s, e = m.span()
            if run and text[run[-1][1]] == " " and text[s - 1] == " " and location._joins(text[run[-1][1]:s]):
                run.append((s, e))
                continue
            self._plain_run(text, run, out)
            run = [(s, e)]
        self._plain_run(text, run, out)
        seen = {}
        for f in out:
            if (f.start, f.end) not in seen or f.score > seen[(f.start, f.end)].score:
                seen[(f.start, f.end)] = f
        return [f for f in sorted(seen.values(), key=lambda f: f.start)
                if not location.cloud_region_place(text, f.start, f.end)]

    def _plain_run(self, text, run, out):
        if not run:
            return
        s0, e0 = run[0][0], run[-1][1]
        if len(run) == 1:
            k, _, in_city = self._lookup(text[s0:e0])
            listed = text[s0:e0].lower() not in location.NOT_PLACES and (in_city or k in self.extra)
            if not listed and not location.STRONG_CUE.search(text, max(0, s0 - 30), s0):
                return
        if location.CODE_BEFORE(text, s0) or location._eponym_follows(text, e0):
            return
        if location.STRONG_CUE.search(text, max(0, s0 - 30), s0):
            self._cued(text, run, out)
        i, n = 0, len(run)
        while i < n:
            for j in range(min(n, i + 6), i, -1):
                s, e = run[i][0], run[j - 1][1]
                phrase = text[s:e]
                if phrase.endswith(".") and j == i + 1 and len(phrase) <= 4:
                    continue
                k, in_major, in_city = self._lookup(phrase)
                if k in self.not_places or (j == i + 1 and phrase.lower() in location.NOT_PLACES):
                    continue
                if in_major or (not self.major_only and in_city):
                    e -= phrase.endswith(".")
                    if e < e0 and location._eponym_follows(text, e):
                        i = j - 1  # a place word inside the run that names a method ("Manhattan Distance ...")
                        break
                    score = self._score(text, s, e, in_major, j - i)
                    if score and score >= self.min_score:
                        out.append(location.Finding(s, e, "pii", "LOCATION", "location", score))
                    i = j - 1
                    break
            i += 1


CUE_WORDS = WORDS + ["lives", "hometown", "Where:", "City:", "birth:", "ſ", "ı", "I'm", "arrived", "at", "HOME",
                     "town", "Dear", ".", "Victoria", "Austin", "Florence", "Madison", "Springfield", "Illinois",
                     "Bayes'", "theorem", "Frankfurt", "eu-central-1"]
CUE_TEXTS = st.lists(st.tuples(st.sampled_from(CUE_WORDS),
                               st.sampled_from(["", " ", "  ", "\n", " \t", ", ", ": ", " \n", "\t"])),
                     max_size=14).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500, deadline=None)
@given(CUE_TEXTS, st.sampled_from([{}, {"major_only": True}, {"min_score": 0.6}, {"extra_places": ["Emin"]},
                                   {"not_places": ["Paris"]}]))
def test_shortcuts_find_what_the_plain_detector_does(text, opts):
    assert LocationDetector(opts).detect(text) == _Plain(opts).detect(text)


@settings(max_examples=400, deadline=None)
@given(CUE_TEXTS)
def test_strong_cue_tests_only_skip_the_regex_where_it_finds_nothing(text):
    for s in range(len(text) + 1):
        want = location.STRONG_CUE.search(text, max(0, s - 30), s) is not None
        assert (location._strong_cue(text, s) is not None) == want
        assert location._cue_before(text, s) == want
        if not location._cue_may_end(text[s - 3:s]):
            assert not want


def test_strong_cue_phrases_are_the_regexes():
    """``STRONG_CUE_PHRASES`` spells out ``STRONG_CUE``: every string its phrase part matches."""
    import re._parser as sre_parse

    def spell(items):
        outs = [""]
        for op, av in items:
            if str(op) == "LITERAL":
                alts = [chr(av)]
            elif str(op) == "SUBPATTERN":
                alts = spell(av[-1])
            elif str(op) == "BRANCH":
                alts = [a for branch in av[1] for a in spell(branch)]
            elif str(op) == "MAX_REPEAT" and av[:2] == (0, 1):
                alts = spell(av[2]) + [""]
            else:
                assert str(op) == "AT", (op, av)  # \b
                alts = [""]
            outs = [o + a for o in outs for a in alts]
        return outs

    source = location.STRONG_CUE.pattern.source
    assert source.startswith("(?i:\\b(?:") and source.endswith("))[ \\t]+$")
    phrases = spell(sre_parse.parse(source[len("(?i:\\b(?:"):-len("))[ \\t]+$")]))
    assert sorted(set(phrases)) == sorted(location.STRONG_CUE_PHRASES)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Aa0_.@-'(:/# \n\tZz=é’ÉΩcesiM?\\", max_size=30))
def test_words_scanned_as_character_classes_are_tokens(text):
    assert [m.span() for m in location._tokens(text)] == [m.span() for m in PLAIN_TOKEN.finditer(text)]


def test_character_classes_keep_word_characters_apart():
    """``\\b`` on the classes is ``\\b`` on ASCII text: word characters stay word characters, others others."""
    import re

    from promptscrub.detectors._stretches import CHAR_CLASSES
    for c in range(128):
        assert (re.match(rb"\w", bytes([CHAR_CLASSES[c]])) is not None) == (chr(c).isalnum() or chr(c) == "_")


# --- audit 8: eponyms on every path, postcodes and city keys as cues, Chinese, Japanese and Korean places ---

@pytest.mark.parametrize("text", [
    "On a grid with Manhattan\ndistance the heuristic is admissible.",      # the eponym word on the next line
    "> use Manhattan\n> distance for 4-connected grids",                    # quoted, wrapped
    "Open the Manhattan Distance Calculator.",                              # Title Case: a place word inside a run
    "Bring the matrix to Jordan normal form.",                              # a country's name
    "Find a Hamilton cycle in the graph.",                                  # a city's name
    "A Manhattan plot shows the association hits.",
])
def test_a_place_word_naming_a_method_is_no_place(text):
    assert found(text) == []


def test_a_place_word_before_an_ordinary_word_is_still_a_place():
    assert found("She lives in Manhattan now.") == ["Manhattan"]
    assert found("The Manhattan office moved.") == ["Manhattan"]


@pytest.mark.parametrize("text,expected", [
    ("Bitte an 24103 Kiel senden.", ["Kiel"]),                  # a postcode before a town is a cue
    ("Rechnungsadresse: D-24103 Kiel", ["Kiel"]),
    ('{"name": "x", "city": "Kiel", "zip": "24103"}', ["Kiel"]),  # so is a city key before its quoted value
    ("Olympics 2024 Kiel regatta.", []),                         # a year is no postcode
    ("drwxr-xr-x   2 root  wheel   1024 Nov 17  1993 lib", []),  # a size before a month
])
def test_postcodes_and_city_keys_are_cues(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("出生地：广州市天河区", ["广州市天河区"]),                    # a Chinese city and its district
    ("我住在北京市海淀区。", ["北京市海淀区"]),
    ("東京都世田谷区在住です", ["東京都世田谷区"]),                 # a Japanese prefecture and its ward
    ("大阪府堺市北区に引っ越しました", ["大阪府堺市北区"]),
    ("거주지: 서울특별시 마포구", ["서울특별시 마포구"]),             # a Korean metropolitan city and its district
    ("这个城市社区很好，超市区域很大。", []),                       # 城市 (city) and 超市 (supermarket) are words
    ("东京都很大。大阪府立大学の町。", []),                         # a prefecture alone; a university's town
    ("서울 친구 만났다", []),                                     # a short city name and a word ending in 구
])
def test_chinese_japanese_and_korean_places(text, expected):
    assert found(text) == expected


def test_cjk_places_follow_the_options():
    assert found("我住在北京市海淀区。", major_only=True) == []
    assert found("我住在北京市海淀区。", not_places=["北京市海淀区"]) == []


def test_cjk_places_are_searched_only_on_lines_with_a_mark():
    """``_cjk_place_matches`` runs ``CJK_PLACE`` on the lines holding a place mark (市, 区, 県, 시 ...) only,
    and finds exactly what it finds run over the whole text (a match never spans a line break)."""
    import random

    from promptscrub.detectors.location import CJK_PLACE, _cjk_place_matches

    pieces = ["杭州市", "西湖区", "浙江省", "东京都", "新宿区", "神奈川県", "横浜市", "서울특별시", " 강남구", "住址", "在",
              "城市", "我们", "的", "路", "12号", "\n", " ", "abc", "。", "，", "市", "区", "こんにちは", "부산광역시"]
    found = 0
    for seed in range(30):
        rnd = random.Random(seed)
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 400)))
        whole = [(m.start(), m.end()) for m in CJK_PLACE.finditer(text)]
        assert [(m.start(), m.end()) for m in _cjk_place_matches(text)] == whole, text
        found += len(whole)
    assert found > 30
