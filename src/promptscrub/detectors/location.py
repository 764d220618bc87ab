"""Place names (LOCATION): countries, regions, US states and cities from a compact GeoNames gazetteer.

A run of capitalised (or ALL-CAPS) words, with the connectors place names contain ("Republic of the
Congo", "Villafranca del Cid"), is looked up phrase by phrase, longest first, in ``data/places.bin``
(see ``data/build_places.py``). Countries, states and large cities count on their own; a smaller
place counts when its name is not also an English word or a person's first name, or when a cue says
it is a place (``in``/``from``/``to``/``lives in`` before it, ``, <country or state>`` after it, a postal code
before it: ``59000 Lille``, or a city key: ``"city": "Lille"``). A place word followed by a method's word is an
eponym, not a place ("Manhattan distance", also across a line break or in Title Case; "Jordan normal form").
Chinese, Japanese and Korean places are found by their administrative levels: a city and its district
(``上海市静安区``), a prefecture and its municipality (``東京都渋谷区``), a metropolitan city and its district
(``서울특별시 강남구``).

Options: ``min_score``; ``major_only`` (bool: only countries, states, big cities); ``not_places`` (list
of names never to report); ``extra_places`` (list of names to report, e.g. your offices' towns).
"""
from __future__ import annotations

import array
import bisect
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from . import _lazyre as regex
from . import _stretches
from ._code_context import CodeKeywordBefore, CueBefore
from ._licence import LICENCE_WORDS, organisation_contact
from ._reference import ReferenceText
from ._stretches import ClassScan, next_non_ascii

from ..findings import Finding
from .names import LOWER_WORD, TOOL_NAMES, _contact_line, _eponym_after, _foreign_sentence_word, _has, _known_phrase, fold, load_lists, read_crc_arrays, time_zone_area

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "places.bin"

#: A capitalised or ALL-CAPS word, written capital first like ``names.CAP`` (the look-behind after the
#: capital): ``re`` then skips to the next capital in C.
TOKEN = regex.compile(
    r"(\p{Lu}(?<![\p{L}\p{N}_.@/\\$#%&*+=~^|`-]\p{Lu})[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\.?)"
    r"(?![\p{L}\p{N}_@(]|::|\.[\p{L}_])"
)
#: ``TOKEN`` on ASCII text turned into its characters' classes (``_stretches.CHAR_CLASSES``, shared with the
#: name detector): upper-case letters become ``U``, so ``re`` finds a word's start with a fast search for one
#: character instead of testing every character against the capitals (3.7 MB of code: ~18 ms with the
#: translation, not ~29); lower-case letters are ``l`` or one of ``a c e i s`` (the name scan tells those
#: apart), which ``TOKEN`` takes alike.
CLASS_TOKEN = (rb"(U(?<![Ulaceis0_.@/-]U)[Ulaceis]*(?:['-][Ulaceis][Ulaceis]*)*\.?)"
               rb"(?![Ulaceis0_@(]|::|\.[Ulaceis_])")
_TOKEN_SCAN = ClassScan(CLASS_TOKEN, TOKEN, lambda text: TOKEN.finditer(text))


def _tokens(text: str) -> Iterator[re.Match[Any]]:
    """The matches of ``TOKEN`` in ``text``, by their spans (on ASCII lines, ``group()`` is of the classes).
    ``TOKEN`` never spans a line break and looks at most one character around a word: each ASCII line is
    scanned as classes (``char_classes``, which the name detector may have made already), the others with
    ``TOKEN``."""
    return _TOKEN_SCAN.finditer(text)


CONNECTORS = frozenset("of the and de del della di da do dos das du la le les van von den der sur upon on am "
                       "im an en y e el al au aux".split())
CUE_BEFORE = CueBefore(regex.compile(
    r"(?i:\b(?:in|at|from|to|near|around|outside|across|visit|visiting|visited|city of|town of|village of|"
    r"live in|lives in|lived in|living in|based in|moved to|move to|born in|travel to|travelling to|"
    r"traveling to|flew to|fly to|flying to|trip to|going to|welcome to|located in|headquartered in|"
    r"office in|offices in|capital|city|town|village|region|province|state|country)(?: the)?)[ \t]+$"
), "in at from to near around outside across visit visiting visited of capital city town village region province "
   "state country the", needs=" \t")
#: The ``STRONG_CUE`` phrases that say where a thing is, not a person ("located in", "headquartered in")
COMPANY_CUE = regex.compile(r"(?i)located|headquartered")
#: Cues after which a capitalised word is a place even if the gazetteer does not know it.
STRONG_CUE = CueBefore(regex.compile(
    r"(?i:\b(?:flew to|fly to|flying to|grew up in|growing up in|moved (?:here |there )?from|moved to|"
    r"based in|(?:i'm|i am|we're|we are|he's|she's|they're) (?:in|from)|(?:live|lives|lived|living|reside|resides|"
    r"resided|residing|stay|stays|stayed|staying) in|born in|located in|headquartered in|travel(?:l?ing)? to|"
    r"trip to|returned to|originally from|comes? from|came from|hometown(?: is|:)?|city of|town of|village of|"
    r"arrived (?:at|in)|university of|home (?:city|town)(?: of)?|where:|location:|city:|town:|place of birth:?))"
    r"[ \t]+$"
), "to in from of at is town town: city city: where: location: birth birth:", needs=" \t")

#: The phrases ``STRONG_CUE`` matches, spelt out (its optional parts taken and left out): a text whose
#: lower-cased ASCII end has none of them has no strong cue (``_strong_cue``). Kept equal by a test.
STRONG_CUE_PHRASES = tuple(
    "arrived at|arrived in|based in|born in|came from|city of|city:|come from|comes from|flew to|fly to|flying to|"
    "grew up in|growing up in|he's from|he's in|headquartered in|home city|home city of|home town|home town of|"
    "hometown|hometown is|hometown:|i am from|i am in|i'm from|i'm in|live in|lived in|lives in|living in|"
    "located in|location:|moved from|moved here from|moved there from|moved to|originally from|place of birth|"
    "place of birth:|reside in|resided in|resides in|residing in|returned to|she's from|she's in|stay in|"
    "stayed in|staying in|stays in|they're from|they're in|town of|town:|travel to|traveling to|travelling to|"
    "trip to|university of|village of|we are from|we are in|we're from|we're in|where:".split("|"))
CUE_WIDTH = max(map(len, STRONG_CUE_PHRASES))


#: ASCII characters that, right after the space ending a word, keep the next word out of its run: not a
#: blank and no connector's first letter (``_joins`` is then false; tested before calling it)
NO_JOIN = frozenset(c for c in map(chr, range(128))
                    if not c.isspace() and c.lower() not in {w[0] for w in CONNECTORS})


def _joins(gap: str) -> bool:
    """Whether the text between two capitalised words (it starts and ends with a space) keeps them in one
    run: a space or connectors ("Republic of the Congo")."""
    return gap == " " or (len(gap) < 12 and CONNECTORS.issuperset(gap.lower().split()))


#: ASCII characters no ``STRONG_CUE`` phrase ends with, in either case (blanks aside: they come after one)
NOT_CUE_END = frozenset(map(chr, range(128))) - frozenset(" \t" + "".join(
    p[-1] + p[-1].upper() for p in STRONG_CUE_PHRASES))
#: the last two characters of every ``STRONG_CUE`` phrase
CUE_ENDS = frozenset(p[-2:] for p in STRONG_CUE_PHRASES)


#: ``_joined`` of the gaps between two words, memoised (code repeats its short gaps: " = ", ", ")
_gaps: dict[str, bool] = {}


def _joined(gap: str) -> bool:
    """Whether two capitalised words with ``gap`` between them belong to one run: a space at both ends of
    the gap and ``_joins`` (tested last: ``NO_JOIN`` saves most calls)."""
    if len(_gaps) > 20_000:
        _gaps.clear()
    joined = _gaps[gap] = gap[0] == " " and gap[-1] == " " and (
        len(gap) == 1 or gap[1] not in NO_JOIN and _joins(gap))
    return joined


def _strong_cue(text: str, s: int) -> Any:
    """``STRONG_CUE`` in the 30 characters before ``s``. Its ``[ \\t]+$`` puts blanks at the end of the
    window (a line break may follow them), right after one of ``STRONG_CUE_PHRASES``: where there are no
    blanks, or what comes before them cannot end a phrase (indented code, "Foo.  Bar", "x in Foo"), the
    regex is not run. On ASCII, case-insensitive matching is plain ``lower()``."""
    lo = s - 30 if s > 30 else 0
    head = text[lo:s - 1] if text[s - 1:s] == "\n" else text[lo:s]
    rest = head.rstrip(" \t")
    if len(rest) == len(head) or len(rest) < 2 or rest[-1] in NOT_CUE_END:
        return None
    tail = rest[-CUE_WIDTH:]
    if tail.isascii() and not tail.lower().endswith(STRONG_CUE_PHRASES):
        return None
    return STRONG_CUE.search(text, lo, s)


def _cue_before(text: str, s: int) -> bool:
    """``_strong_cue``, run only where the three characters before ``s`` allow one (``_cue_may_end``)."""
    key = text[s - 3:s]
    may = _cue_ends.get(key)
    if may is None:
        may = _cue_may_end(key)
    return may and _strong_cue(text, s) is not None


#: ``_cue_may_end`` of the three characters before a word, memoised (few distinct ones occur)
_cue_ends: dict[str, bool] = {}


def _cue_may_end(key: str) -> bool:
    """Whether a ``STRONG_CUE`` match may end a text that ends with ``key``, its last three characters:
    ``_strong_cue``'s tests on them. False is sure (a word at the start of a text, with fewer before it,
    has no room for a cue either); blanks throughout leave it to ``_strong_cue``."""
    if len(_cue_ends) > 20_000:
        _cue_ends.clear()
    head = key[:-1] if key.endswith("\n") else key
    rest = head.rstrip(" \t")
    if len(rest) == len(head):
        ok = False
    elif not rest:
        ok = True
    elif rest[-1] in NOT_CUE_END:
        ok = False
    else:
        ok = len(rest) < 2 or not rest.isascii() or rest.lower() in CUE_ENDS
    _cue_ends[key] = ok
    return ok


#: A postal code right before a place ("70178 Stuttgart", "59000 Lille", "3511 AL Utrecht", "D-01099 Dresden"): a cue,
#: as "in" is; not a recent year ("2024 Paris").
POSTCODE_BEFORE = regex.compile(
    r"(?<![\w.,:/-])(?:[A-Z]{1,2}-)?(?:\d{5}|(?!19[5-9]\d|20[0-3]\d)\d{4}(?:[ \t]?[A-Z]{2})?)[ \t]+$"
)

#: A city key of a document or code right before a quoted place ("city": "Lille", city: 'Lille', Ort = "Ulm"): a cue
CITY_KEY_BEFORE = regex.compile(
    r"(?<![\w-])(?i:city|town|ville|ciudad|citt[àa]|stadt|ort|wohnort|plaats|woonplaats|miasto|cidade|locality|hometown|"
    r"birthplace|birth_?place|place_?of_?birth)[\"']?[ \t]*(?:=>|:=|[:=])[ \t]*[\"']$"
)

#: A city label opening a line, the place after it unquoted: a record view's or a form's field ("Ville : Nantes",
#: "Ort: Ulm", "- city: Springfield"): a cue
CITY_LABEL_BEFORE = regex.compile(
    r"(?:^|\n)[ \t]*(?:-[ \t]+)?\**(?i:city|town|ville|ciudad|citt[àa]|stadt|ort|wohnort|plaats|woonplaats|miasto|"
    r"miejscowo[sś][cć]|cidade|localidade|localidad|kaupunki|paikkakunta|locality|hometown|birthplace|place of birth|"
    r"lieu de naissance|geburtsort)\**[ \t]*:[ \t]*$"
)

def _personal_row_cell(text: str, s: int, e: int) -> bool:
    """The place fills a cell of a delimited row (comma, semicolon or tab on both sides) that also holds an e-mail
    address: a customer export without its header ("519790,Amanda Anderson,a@x.io,...,Springfield,04/28/2024").
    A cue, as a city column's header would be."""
    before, after = text[s - 1:s], text[e:e + 1]
    if before not in (",", ";", "\t") or after not in (",", ";", "\t", "\r", "\n", ""):
        return False
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    line = text[ls:le if le >= 0 else len(text)]
    return "@" in line and line.count(before) >= 3


#: Month names and abbreviations: after a number they are a date's ("1024 Nov 17  1993" in ``ls -l``), no postcode's
MONTH_WORDS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                        "august september october november december".split())

#: A line break inside a sentence (and the next line's indentation or quote marks): read as one space
WRAP = regex.compile(r"[ \t]*\r?\n[ \t>*]*")


def _eponym_follows(text: str, end: int) -> bool:
    """``names._eponym_after`` (a method's or a quantity's word) after a place word ending at ``end``, also when
    a line break falls before the next word ("with Manhattan\ndistance") or it is written in Title Case ("Manhattan
    Distance Calculator")."""
    head = text[end:end + 40]
    if not head or head[0] not in "'’ \t\r\n":
        return False
    flat = WRAP.sub(" ", head, count=1).lower()
    return _eponym_after(flat, 0)


#: Chinese, Japanese and Korean place names are written with their administrative level (Chinese 市 city,
#: 区 district; Japanese 県 prefecture, 市, 区; Korean 특별시/광역시/도, 구/시/군): a city and its district, a
#: prefecture and its municipality, say where someone lives (上海市静安区, 東京都渋谷区, 大阪府大阪市北区, 서울특별시 강남구).
#: Not a level alone ("东京都", "市场区域": no city before the district, or an area word after it).
_HAN = "\u4e00-\u9fff"
_HANGUL = "\uac00-\ud7a3"
_JA_CHARS = "\u3005\u3006\u30f6\u3040-\u309f\u30a0-\u30ff" + _HAN
#: Chinese: a place name starts after a non-Han character or a word that ends a cue (住址, 在, 于, 到); it holds no
#: particle or pronoun ("这个城市": this city); 市 ends no common word (城市 city, 超市 supermarket, 上市 listed), nor
#: 区 (社区 community, 小区 housing estate), and an area word does not follow (区域 area, 区别 difference)
#: Japanese: the municipality's name holds no particle ("大阪府立大学の町": a university's town)
_JA_NAME = r"(?:(?![のはがをでへ])[" + _JA_CHARS + r"])"
_ZH_START = r"(?:(?<![" + _HAN + r"])|(?<=[址在于於至到]))"
_ZH_NAME = r"(?:(?![的了是在个個这這那我你他她它们們和与與及或也都很到至于於寄送住址])[" + _HAN + r"])"
_ZH_CITY = r"(?<![城超门門股夜集菜都街黑开開上闹鬧])市"
_ZH_DISTRICT = r"(?<![社小])(?:区|區|县|縣)(?![域别別分块塊间間])"
_KO_PLACE = (r"(?<![" + _HANGUL + r"])(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
             r"(?:특별시|광역시|특별자치시|특별자치도|도)|(?:충청|전라|경상)[남북]도)(?:[ \t]+[" + _HANGUL + r"]{1,6}[시군구]"
             r"(?![" + _HANGUL + r"])){1,2}")
_JA_PREFECTURE = (r"(?:東京都|北海道|大阪府|京都府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|"
                  r"石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|"
                  r"佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)")
CJK_PLACE = regex.compile(
    # Japan: a prefecture (one of the 47), a city, ward, town or village, and a ward of that city; or the
    # prefecture alone, written with its level as an address or a customer's row has it (福岡県, 大阪府), as its
    # romanised name is a place ("Fukuoka"); not a prefectural institution's name (県立, 府庁)
    _JA_PREFECTURE + _JA_NAME + r"{1,5}?(?:市|区|郡|町|村)(?:" + _JA_NAME + r"{1,4}?区)?"
    + r"|(?<![" + _HAN + r"])" + _JA_PREFECTURE + r"(?![立庁])"
    # Korea: a province or metropolitan city, written in full, and its districts
    + r"|" + _KO_PLACE
    # China: (a province,) a city and its district or county; or a province and its city
    + r"|" + _ZH_START + r"(?:" + _ZH_NAME + r"{2,4}(?:省|自治区|自治區))?" + _ZH_NAME + r"{2,4}" + _ZH_CITY + _ZH_NAME
    + r"{1,4}?" + _ZH_DISTRICT + r"|" + _ZH_START + _ZH_NAME + r"{2,4}省" + _ZH_NAME + r"{2,4}?" + _ZH_CITY
)
#: characters one of which every ``CJK_PLACE`` match holds (a text without any is not searched)
CJK_PLACE_MARKS = frozenset("都道府県市区縣區省") | frozenset("시구군도")


def _cjk_place_matches(text: str) -> Iterator[re.Match[str]]:
    """``CJK_PLACE.finditer(text)``, run only on the lines holding a mark: a match holds one and never a line
    break (its names are Han, kana or Hangul, its blanks spaces and tabs). Each line is searched whole, with
    the text around it for the lookbehinds, so the matches are the same; on 1 MB of Chinese the pattern,
    which may start at every Han character, cost ~0.4 s run over all of it."""
    for line in _MARKED_LINE.finditer(text):
        start, end = line.start(), line.end()
        # without a Han character only the Korean alternative can match (Japan's prefectures and China's
        # names are Han): in Korean prose, where 시 구 군 도 mark nearly every line, ~8x cheaper
        pattern = CJK_PLACE if _HAN_CHAR.search(text, start, end) else KO_PLACE
        yield from pattern.finditer(text, start, end + 1)


KO_PLACE = regex.compile(_KO_PLACE)
_HAN_CHAR = regex.compile("[" + _HAN + "]")
#: a line holding a ``CJK_PLACE_MARKS`` character
_MARKED_LINE = regex.compile("(?m)^[^\\n]*[" + "".join(sorted(CJK_PLACE_MARKS)) + "][^\\n]*")


def _holds_cjk_mark(text: str) -> bool:
    """Whether ``text`` holds a ``CJK_PLACE_MARKS`` character: only its non-ASCII stretches are looked at
    (a set test over all of a 3.7 MB text cost ~40 ms; this, ~3 ms)."""
    pos = next_non_ascii(text)
    while pos >= 0:
        if not CJK_PLACE_MARKS.isdisjoint(text[pos:pos + 1024]):
            return True
        pos = next_non_ascii(text, pos + 1024)
    return False


CUE_AFTER = regex.compile(r"^(?:,[ \t]*(?:\p{Lu}{2}\b|(?P<place>\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?))|[ \t]+(?:city|town|province|region)\b)")
CODE_BEFORE = CodeKeywordBefore("class def import new extends implements struct enum interface fn func package module", 10)

#: entries of the per-detector word caches before they are emptied (bounded memory on endless streams)
CACHE_LIMIT = 100_000

#: Tokens that look like places in the gazetteer but in text are values ("NaN", "None").
NOT_PLACES = frozenset("nan none null true false inf infinity na n/a tbd todo".split())

#: Continents and world regions: a shipping zone, a market or a sales territory (``Rest of Europe``, ``EMEA and
#: Asia``), never a person's whereabouts in any sense that identifies them, so never reported (the gazetteer
#: lists the continents with the countries; a country, a state or a city within them is still a place).
WORLD_REGIONS = frozenset(
    "africa|asia|europe|oceania|antarctica|antarctic|arctic|the americas|americas|north america|south america|"
    "central america|latin america|middle east|the middle east|near east|far east|caribbean|the caribbean|"
    "scandinavia|nordics|the nordics|balkans|the balkans|baltics|the baltics|benelux|sub-saharan africa|"
    "north africa|west africa|east africa|southern africa|central africa|southeast asia|south asia|east asia|"
    "central asia|western asia|asia pacific|asia-pacific|eurasia|western europe|eastern europe|northern europe|"
    "southern europe|central europe|continental europe|mainland europe|australasia|melanesia|"
    "polynesia|siberia|patagonia|sahara|levant|maghreb|gulf region".split("|"))

#: What a lone capitalised word can be (``LocationDetector._lone_kind``).
_NEVER, _IF_CUED, _LISTED = range(3)

_places: tuple[array.array, array.array] | None = None


def load_places() -> tuple[array.array, array.array]:
    global _places
    if _places is None:
        out = read_crc_arrays(DATA, b"PSP1", 2, "gazetteer")
        _places = (out[0], out[1])
    return _places


def place_key(phrase: str) -> int:
    return zlib.crc32(fold(" ".join(phrase.split())).encode("utf-8"))


def is_major_place(phrase: str) -> bool:
    return _has(load_places()[0], place_key(phrase))


def is_place(phrase: str) -> bool:
    """Whether ``phrase`` is a place of any list (a major one or a smaller city)."""
    k = place_key(phrase)
    return any(_has(arr, k) for arr in load_places())


_COMPASS = r"(?:north|south|east|west|central)"
#: A cloud provider's region code: AWS ``eu-central-1``, ``us-gov-west-1``; GCP ``europe-west3``,
#: ``asia-northeast1``; Azure ``westeurope``, ``eastus2``, ``uksouth`` (compass points and a country or
#: continent: ``southwest`` alone is no region).
_REGION_CODE = (r"(?:[a-z]{2}(?:-gov|-iso[a-z]?)?-" + _COMPASS + r"{1,2}-\d{1,2}|[a-z]+-" + _COMPASS
                + r"{1,2}\d{1,2}|" + _COMPASS + r"+(?:us|europe|asia|india)\d?|(?:uk|uae|france|germany|norway|"
                r"switzerland|sweden|poland|italy|spain|japan|korea|australia|brazil|canada|southafrica|qatar|"
                r"israel|mexico|jioindia|newzealand|austria|belgium|chile|indonesia|malaysia|taiwan)"
                + _COMPASS + r"+\d?)")
#: Before a place: a region code and an opening parenthesis ("eu-central-1 (Frankfurt", "us-east-1 (N. ").
CLOUD_REGION_BEFORE = regex.compile(r"(?<![\w.-])" + _REGION_CODE + r"[ \t]*\([ \t]*(?:\p{Lu}\.[ \t]*)?$")
#: After a place: its region code in parentheses ("Frankfurt (eu-central-1)").
CLOUD_REGION_AFTER = regex.compile(r"[ \t]*\([ \t]*" + _REGION_CODE + r"[ \t]*\)")
#: "region"/"Region:" right before a place, and a region code near it ("region Frankfurt, eu-central-1").
REGION_WORD_BEFORE = regex.compile(r"(?i:\bregions?)[ \t]*[:=]?[ \t]*$")
REGION_CODE_NEAR = regex.compile(r"(?<![\w.-])" + _REGION_CODE + r"(?![\w-])")


def cloud_region_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the public location of a cloud region, named next to its code
    ("eu-central-1 (Frankfurt)", "westeurope (Amsterdam)", "Frankfurt (eu-central-1)"): not personal data.
    Shared by the location and the name detectors ("sa-east-1 (São Paulo)" is no person either)."""
    before = text[max(0, start - 40):start]
    if "(" in before[-5:] and CLOUD_REGION_BEFORE.search(before):
        return True
    if text[end:end + 2].lstrip(" \t")[:1] == "(" and CLOUD_REGION_AFTER.match(text, end, end + 40):
        return True
    if REGION_WORD_BEFORE.search(before):
        return REGION_CODE_NEAR.search(text, max(0, start - 40), min(len(text), end + 40)) is not None
    return False


def _ordinary(word: str) -> bool:
    """A common English word, not in capitals nor a major place: no place after a strong cue (``_cued``)."""
    first, last, ambiguous, words = load_lists()
    low = fold(word.rstrip("."))
    return _has(words, zlib.crc32(low.encode("utf-8"))) and not word.isupper() and not is_major_place(low)


def _may_score(phrase: str, is_major: bool, ntok: int) -> bool:
    """Whether ``LocationDetector._score`` can give the phrase more than 0 in some context: a lone word
    that is no major place needs a cue, and even then scores 0 in capitals (a constant) or as an English
    word."""
    if ntok > 1 or is_major:
        return True
    if phrase.isupper():
        return False
    first, last, ambiguous, words = load_lists()
    k = zlib.crc32(fold(phrase).encode("utf-8"))
    return not (_has(words, k) or _has(ambiguous, k))


class LocationDetector:
    name = "location"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = options or {}
        self.min_score = float(options.get("min_score", 0.0))
        self.major_only = bool(options.get("major_only", False))
        self.not_places = frozenset(place_key(str(p)) for p in [*options.get("not_places", []), *WORLD_REGIONS])
        #: (a world region's words are no place of their own either: "North America" is no "America")
        self.regions = frozenset(place_key(p) for p in WORLD_REGIONS)
        self.extra = frozenset(place_key(str(p)) for p in options.get("extra_places", []))
        #: a place is reported only near personal data (see ``place_context``) unless this is false
        self.near_people_only = bool(options.get("near_people_only", True))
        # what a phrase or a lone word is depends on the options only: kept across texts (a stream's
        # windows repeat the same words), up to CACHE_LIMIT entries
        self._lookups: dict[str, tuple[int, bool, bool]] = {}
        self._single: dict[str, int] = {}
        self._hits: dict[str, tuple[tuple[int, int, bool, int], ...]] = {}

    def detect(self, text: str) -> list[Finding]:
        out = self._detect_latin(text)
        if out and any(cue in text for cue in LICENCE_WORDS):
            # a town after a company on a copyright line ("..., Inc., Springfield, Texas"), or in a licence's
            # well-known address, is the organisation's, public (see _licence)
            out = [f for f in out if not organisation_contact(text, f.start, f.end)]
        if not text.isascii() and _holds_cjk_mark(text):
            out = self._cjk_places(text, out)
        if out:  # a time-zone table, a locale's territory, a translated string: reference, not where anyone is
            out = [f for f in ReferenceText(text).keep(out, places=True)
                   if not (text[f.start:f.end].isalpha() and _foreign_sentence_word(text, f.start, f.end))]
        if out:  # a part of a public figure's or a firm's name ("Margaret Hamilton", "John Lewis"), which the names
            # detector keeps (``names._known_phrase``): no place
            out = [f for f in out if _known_phrase(text, f.start, f.end) is None or _contact_line(text, f.start)]
        return out

    def _detect_latin(self, text: str) -> list[Finding]:
        if text[:1].islower() and not any(c.isupper() for c in text[:4096]):
            # all lower-case: judge words as if capitalised, keep countries/states/big cities and cued places
            capped = LOWER_WORD.sub(lambda m: m.group().upper(), text)
            if len(capped) == len(text):
                return [f for f in self._detect(capped) if f.score >= 0.55]
        return self._detect(text)

    def _cjk_places(self, text: str, out: list[Finding]) -> list[Finding]:
        """``out`` with the Chinese, Japanese and Korean places of ``CJK_PLACE`` (a district: not with
        ``major_only``)."""
        if self.major_only or 0.7 < self.min_score:
            return out
        found = [Finding(m.start(), m.end(), "pii", "LOCATION", "location", 0.7) for m in _cjk_place_matches(text)
                 if place_key(m.group()) not in self.not_places]
        return sorted(out + found, key=lambda f: f.start) if found else out

    def _detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        if len(self._lookups) + len(self._single) + len(self._hits) > CACHE_LIMIT:
            self._lookups.clear()
            self._single.clear()
            self._hits.clear()
        single, run_hits, cue_ends, gaps = self._single, self._hits, _cue_ends, _gaps
        tokens = _tokens(text)
        m = next(tokens, None)
        if m is None:
            return out
        fs, pe = m.span()  # where the run starts, where its last word ends
        first = text[fs:pe]  # the current run's first word
        more: list[tuple[int, int]] | None = None  # the run's words if it has several
        for m in tokens:
            s, e = m.span()
            if s - pe < 12:  # most gaps are longer than any that joins two words (``_joins``)
                gap = text[pe:s]
                joined = gaps.get(gap)
                if joined is None:
                    joined = _joined(gap)
                if joined:
                    if more is None:
                        more = [(fs, pe)]
                    more.append((s, e))
                    pe = e
                    continue
            if more is not None:  # worth a look if it holds a place name or follows a strong cue
                hits = run_hits.get(text[fs:pe])
                if hits is None or hits or _cue_before(text, fs):
                    self._scan_run(text, more, out)
                more = None
            else:  # most runs: one word, usually no place; worth a look if listed or after a strong cue
                kind = single.get(first)
                if kind is None:
                    kind = single[first] = self._lone_kind(first)
                if kind == _LISTED:
                    self._scan_run(text, [(fs, pe)], out)
                elif kind == _IF_CUED:
                    key = text[fs - 3:fs]  # ``_cue_before``, inlined: most words have no cue before them
                    may = cue_ends.get(key)
                    if (may or may is None and _cue_may_end(key)) and _strong_cue(text, fs):
                        self._scan_run(text, [(fs, pe)], out)
            first, fs, pe = text[s:e], s, e
        if more is not None:
            self._scan_run(text, more, out)
        else:
            kind = self._lone_kind(first)
            if kind == _LISTED or (kind == _IF_CUED and _strong_cue(text, fs)):
                self._scan_run(text, [(fs, pe)], out)
        if len(out) > 1:  # a cued place is also found by the lookup: keep one finding per span
            seen: dict[tuple[int, int], Finding] = {}
            for f in out:
                if (f.start, f.end) not in seen or f.score > seen[(f.start, f.end)].score:
                    seen[(f.start, f.end)] = f
            out = sorted(seen.values(), key=lambda f: f.start)
        if out:
            out = [f for f in out if not cloud_region_place(text, f.start, f.end)
                   and not time_zone_area(text, f.start, f.end)]
        return out

    def personal_alone(self, text: str, f: Finding) -> bool:
        """A place found here that is personal with no personal data near it (``place_context``): one of the
        company's own towns (``extra_places``), or one after a cue that someone lives, was born, stays or
        travels there ("I moved to Porto"; not "the cluster is located in Frankfurt")."""
        if self.extra and place_key(text[f.start:f.end].rstrip(".")) in self.extra:
            return True
        m = _strong_cue(text, f.start)
        return m is not None and not COMPANY_CUE.search(m.group())

    def _lone_kind(self, tok: str) -> int:
        """What a lone word can be. A value word ("None", "NaN") is never reported, cue or not: both the
        lookup and ``_cued`` skip it; nor is a common word the lookup finds nothing reportable in
        ("Returns"), as ``_cued`` skips it too. A listed word with nothing reportable alone ("Reading": a
        common word) counts only after a strong cue, like an unlisted one."""
        if tok.lower() in NOT_PLACES or tok.lower() in TOOL_NAMES:
            return _NEVER
        if not self._run_hits(tok, [(0, len(tok))]):
            return _NEVER if _ordinary(tok) else _IF_CUED
        k, _, in_city = self._lookup(tok)
        return _LISTED if in_city or k in self.extra else _IF_CUED

    def _lookup(self, phrase: str) -> tuple[int, bool, bool]:
        """``place_key`` of a phrase without its final dot, whether it is a major place (or an extra one),
        whether a city: kept for the text, as code repeats its words."""
        found = self._lookups.get(phrase)
        if found is None:
            major, city = load_places()
            k = place_key(phrase.rstrip("."))
            i, j = bisect.bisect_left(major, k), bisect.bisect_left(city, k)  # ``_has``, inlined: called per phrase
            found = self._lookups[phrase] = (k, k in self.extra or (i < len(major) and major[i] == k),
                                             j < len(city) and city[j] == k)
        return found

    def _scan_run(self, text: str, run: list[tuple[int, int]], out: list[Finding]) -> None:
        """A run of capitalised words: several, or a lone one that may be a place (see ``_detect``)."""
        s0, e0 = run[0][0], run[-1][1]
        hits = self._run_hits(text, run)
        cued = _strong_cue(text, s0)
        if not (hits or cued) or CODE_BEFORE(text, s0) or _eponym_follows(text, e0):
            return  # nothing to find; code; "Bayes' theorem", "Dirichlet distribution": a law named after someone
        if cued:
            self._cued(text, run, out)
        for s, e, is_major, ntok in hits:
            if e < e0 - s0 and _eponym_follows(text, s0 + e):
                continue  # "the Manhattan Distance Calculator": a place word inside the run names a method
            score = self._score(text, s0 + s, s0 + e, is_major, ntok)
            if score and score >= self.min_score:
                out.append(Finding(s0 + s, s0 + e, "pii", "LOCATION", "location", score))

    def _run_hits(self, text: str, run: list[tuple[int, int]]) -> tuple[tuple[int, int, bool, int], ...]:
        """``_find_hits`` of a run, kept per run text: code repeats its runs. The text alone decides the
        words: its blank-separated pieces that start with a capital (a gap holds blanks and connectors,
        and a connector written with a capital would have been a word of its own)."""
        key = text[run[0][0]:run[-1][1]]
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = self._find_hits(text, run)
        return hits

    def _find_hits(self, text: str, run: list[tuple[int, int]]) -> tuple[tuple[int, int, bool, int], ...]:
        """The run's phrases found in the gazetteer, the longest from each word on, that ``_score`` may
        report in some context: ``(start, end, major, words)``, offsets from the run's start."""
        s0 = run[0][0]
        hits = []
        i, n = 0, len(run)
        while i < n:
            found = None
            region_end = 0
            for j in range(min(n, i + 6), i, -1):
                s, e = run[i][0], run[j - 1][1]
                phrase = text[s:e]
                if phrase.endswith(".") and j == i + 1 and len(phrase) <= 4:
                    continue
                k, in_major, in_city = self._lookup(phrase)
                if k in self.regions:
                    region_end = j  # a world region: none of its words is a place ("North America")
                    break
                if k in self.not_places or (j == i + 1 and phrase.lower() in NOT_PLACES):
                    continue
                if in_major or (not self.major_only and in_city):
                    found = (s, e if not phrase.endswith(".") else e - 1, in_major, j)
                    break
            if found is None:
                i = region_end or i + 1
                continue
            s, e, is_major, j = found
            if _may_score(text[s:e], is_major, j - i):
                hits.append((s - s0, e - s0, is_major, j - i))
            i = j
        return tuple(hits)

    def _cued(self, text: str, run: list[tuple[int, int]], out: list[Finding]) -> None:
        """After "flew to", "grew up in"...: the first 1-3 capitalised words, unless they are common words."""
        toks = run[:1]
        for s, e in run[1:3]:  # "LEPTIS on Monday": only words joined by a single space
            if text[toks[-1][1]:s] != " ":
                break
            toks.append((s, e))
        if text[toks[0][0]:toks[0][1]].lower() in NOT_PLACES or text[toks[0][0]:toks[0][1]].lower() in TOOL_NAMES:
            return  # ("moved to Github": a service)
        kept = []
        for s, e in toks:  # "Kraków Country Club": the place ends where ordinary words begin
            if _ordinary(text[s:e]):
                break
            kept.append((s, e))
        if not kept:
            return
        toks = kept
        s, e = toks[0][0], toks[-1][1]
        if text[e - 1] == ".":
            e -= 1
        if place_key(text[s:e]) in self.not_places:
            return
        if 0.55 >= self.min_score:
            out.append(Finding(s, e, "pii", "LOCATION", "location", 0.55))

    def _score(self, text: str, s: int, e: int, is_major: bool, ntok: int) -> float:
        phrase = text[s:e]
        after = CUE_AFTER.match(text[e:e + 30])
        if after and after.group("place") and not is_major_place(after.group("place")):
            after = None  # "Victor, Andrew, Brandon": a list of names, not "Springfield, Illinois"
        cue = bool(CUE_BEFORE.search(text, max(0, s - 30), s) or after
                   or (text[s - 1:s] in (" ", "\t") and POSTCODE_BEFORE.search(text, max(0, s - 14), s)
                       and phrase.rstrip(".").lower() not in MONTH_WORDS)  # "1024 Nov 17": a size and a date
                   or (text[s - 1:s] in ("'", '"') and CITY_KEY_BEFORE.search(text, max(0, s - 30), s))
                   or (text[s - 1:s] in (" ", "\t") and CITY_LABEL_BEFORE.search(text, max(0, s - 40), s))
                   or _personal_row_cell(text, s, e))
        if ntok > 1:
            if is_major or cue:
                return 0.8
            # "Country Club", "Deep Creek": a place name made of ordinary words needs a cue
            first, last, ambiguous, words = load_lists()
            toks = [fold(t) for t in phrase.split()]
            if not phrase.isupper() and all(_has(words, zlib.crc32(t.encode("utf-8"))) or t in CONNECTORS for t in toks):
                return 0.0
            return 0.65
        caps = phrase.isupper()
        if caps and len(phrase) < 5 and not cue:
            return 0.0
        first, last, ambiguous, words = load_lists()
        low = fold(phrase)
        k = zlib.crc32(low.encode("utf-8"))
        is_word = _has(words, k) or _has(ambiguous, k)
        is_first = _has(first, k)
        if is_major:
            return 0.8 if cue or not (is_word or is_first) else 0.0
        if caps:  # ALL-CAPS in code is a constant: only after "flew to", "lives in"... (see _cued)
            return 0.0
        if cue:  # "shouted at David": a first name after "at" is more likely the person
            return 0.0 if is_word else 0.5 if is_first else 0.7
        if is_word or is_first or _has(last, k):
            return 0.0
        # a lone small-town name with no cue: in code as often a class or variable name ("Emin")
        return 0.0
