"""Phone numbers, validated with libphonenumber (the ``phonenumbers`` package).

Matching is two-stage so that ordinary code costs almost nothing: a cheap regex finds number-shaped
runs (digits with the separators people write: spaces, dashes, dots, parentheses, a leading ``+``,
an ``x123`` extension), obvious non-phones (dates, versions, long digit strings) are dropped, and only
then is ``phonenumbers`` imported (~30 ms) and asked whether the candidate is a valid number.

Decision, per candidate:

* ``+CC ...`` / ``00CC ...``: valid as an international number → PHONE (0.9).
* national format: valid in one of ``regions`` (default ``["US"]``) and written with separators, or
  bare digits with a phone context word nearby (``phone``, ``tel``, ``call``, ``mobile``...) → 0.85.
* with a context word nearby only: valid in any region libphonenumber knows → 0.7; with a strong label
  (``Phone:``, ``Tel.``, ``call me at``) a grouped number of 6–15 digits is taken even if no region
  validates it → 0.5.
* two cues stand in for a context word, for a grouped national number valid in some region (→ 0.7):
  written in parentheses right after a name or an owner/contact key (``Jana Weber (030 31440923)``,
  ``owner: ((089) 80117218)``) with a trunk prefix ``0`` and its area code set apart (``(089) ``,
  ``0151/``, ``030 ``); or joined by "or" (``oder``, ``ou``, ``o``, ``of``) to a phone found just
  before or to an e-mail address (``+49 30 1234567 or 020 3859 1390``, ``jan@x.de oder 030 31440923``).
* a slash only in the older German (DIN 5008) way, between a ``0``-prefixed area code and the number
  (``030/12345678``): judged as the number written with a space there; any other slash is a date, a
  fraction or a path.

Options: ``regions`` (list of ISO region codes tried for national formats), ``context_words`` (extra
context words), ``min_score`` (drop findings below), ``any_region_with_context`` (bool, default true).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from . import _lazyre
from ._stretches import digit_marks

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CANDIDATE = _lazyre.compile(
    r"(?=[\d+(])(?<![\w+./-])"  # the lookahead (what a candidate starts with) makes the scan ~2x faster
    r"(?:\+\s?|00)?(?:\(\+?\d{1,5}\)[ .-]?)?\d(?:[ .\-/]?\(?\d\)?){4,17}\d?"
    r"(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"
    r"(?![\w+]|[.,/-]\d)"
)
DIGIT = _lazyre.compile(r"\d")
#: Five digits, each at most three of ``) .-/(`` from the next: every candidate holds such a run (its first
#: five digits after the ``+``/``00``/``(+44)`` prefix). Searched in the text's digit marks (every ``\d`` a
#: NUL, see :func:`~promptscrub.detectors._stretches.digit_marks`): a first byte that ``re`` finds by a plain
#: byte scan, ~10x faster than testing ``\d`` at every character, and far faster than trying CANDIDATE there.
DIGIT_RUN = re.compile(rb"\x00(?:[ .\-/()]{0,3}\x00){4}")
#: Where a candidate can start, in the digit marks: CANDIDATE's first character and look-behind, but with
#: any non-ASCII character (``?``) let through. Most digit runs in code are inside a word (``a1b2c3d4e5``, a
#: hash) or a dotted version: one byte search turns their windows away.
START = re.compile(rb"(?<![A-Za-z_\x00+./-])[\x00+(]")
#: a candidate starts at most this many characters before that run (``+ `` and ``(+12345) ``)
LEAD = 11
#: a candidate reads at most this many characters from its start (98 of match, 2 of look-ahead)
READ = 100
#: how far past a digit run a search window reaches (long runs of numbers are passed this much at a time)
STEP = 32
#: Seven digits, each at most three characters from the next (``(?:\d\D{0,3}){7}``), in the digit marks: no
#: phone number has fewer, and a text without them costs one byte scan
SEVEN_DIGITS = re.compile(rb"\x00(?:[^\x00]{0,3}\x00){6}")
DATE_LIKE = _lazyre.compile(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s|$)")
DEFAULT_CONTEXT = (
    "phone", "tel", "telephone", "mobile", "mob", "cell", "cellphone", "fax", "call", "calling", "called",
    "text", "sms", "whatsapp", "contact", "reach", "ring", "dial", "landline", "hotline", "helpline",
    "voicemail", "messages", "answering", "ph", "registered",
    # other European languages (lower case, as written)
    "telefon", "telefonisch", "telefonnummer", "rufnummer", "handy", "handynummer", "mobil", "mobilnummer",
    "mobilfunk", "anrufen", "telefono", "teléfono", "telefone", "telemóvel", "telemovel", "móvil",
    "movil", "celular", "cellulare", "ligue", "llame", "llamar", "chiamare",
    "chiamami", "portable", "téléphone", "tél", "joindre", "appeler", "mobiel", "telefoonnummer", "bellen",
    "komórka", "komórkowy", "telefonu", "tlf", "puhelin", "gsm",
    # Spanish and Italian "contact" and "call me" as chats and notices write them (llámame al ..., contattare
    # ... al ..., Contacto: ... / 612 ...)
    "contacto", "contactar", "contáctame", "contactame", "llámame", "llamame", "llámanos", "llamanos", "llamadme",
    "contatto", "contatti", "contattare", "contattami", "contattatemi", "chiamatemi", "chiamaci", "telefonare",
    "telefonami", "ligar",
    # keys of data and code that join the words (phoneNumber, MobilePhone, homePhone): one word once lowered
    "phonenumber", "phoneno", "mobilephone", "mobilenumber", "mobileno", "homephone", "workphone", "cellnumber",
    "telephonenumber", "telnumber", "telno", "faxnumber", "contactnumber", "contactphone", "msisdn",
)
#: Context words of scripts without blanks between words (a particle or the next word is glued on: 연락처를,
#: 電話番号は): looked for as substrings of the text before a number, only when it is not ASCII.
CJK_CONTEXT = ("연락처", "전화", "휴대폰", "핸드폰", "휴대전화", "電話", "携帯", "連絡先", "电话", "手机", "联系方式")
#: Phone labels in other scripts (and Turkish), each with the regions a national number after it most likely
#: belongs to: Arabic (the Gulf, Egypt), Hindi (India), Korean, Russian (Cyrillic), Chinese simplified
#: (mainland) and traditional/Japanese kanji, Japanese ``携帯``, Turkish. Right before a number (a colon and
#: blanks between) such a label is as strong as ``Phone:``, and the number is validated for those regions.
NATIVE_LABELS = (
    ("هاتف", "جوال", "موبايل", "الهاتف", "الجوال", "رقم الهاتف", ("AE", "SA", "EG")),
    ("फ़ोन", "फोन", "मोबाइल", "दूरभाष", ("IN",)),
    ("전화", "전화번호", "휴대폰", "휴대전화", "핸드폰", ("KR",)),
    ("телефон", "тел", "моб", "мобильный", "сотовый", ("RU", "KZ", "UA", "BY")),
    ("电话", "手机", "手机号", "联系电话", ("CN",)),
    ("電話", "電話番号", "携帯", "携帯電話", ("JP", "TW", "HK")),
    ("telefon", "tel", "cep", "gsm", ("TR",)),
)
NATIVE_LABEL = _lazyre.compile(
    r"(?i)(?<![\w\u0900-\u097f])(" + "|".join(sorted((w for group in NATIVE_LABELS for w in group[:-1]),
                                                      key=len, reverse=True))
    + r")(?![\w\u0900-\u097f])[ \t]*(?:\.[ \t]*)?(?:no\.?|nr\.?|номер|№|#)?[ \t]*[:：=]?[ \t]*$"
)
NATIVE_REGIONS = {w: group[-1] for group in NATIVE_LABELS for w in group[:-1]}
#: Words right after a number that say it is a phone ("555 0143 office", "... (mobile)").
AFTER = _lazyre.compile(r"(?i)^[\s(\-,]{0,3}(?:office|fax|mobile|mob|cell|home|work|tel|phone|landline|direct)\b")
STRONG = _lazyre.compile(
    r"(?i)(?:\b(?:phone|tel|telephone|mobile|mob|cell|fax|ph|whatsapp|telefon|telefonnummer|rufnummer|handy|mobil|"
    r"telefono|teléfono|telefone|telemóvel|telemovel|móvil|movil|celular|cellulare|portable|téléphone|tél|"
    r"mobiel|komórka|tlf|gsm)\b\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:=]?\s*$"
    r"|\b(?:call|text|ring|reach|dial)\s+(?:me|us|him|her|them)?\s*(?:at|on)?\s*$)"
)
WORD = _lazyre.compile(r"[^\W\d_]+")
#: A year, a dash and a serial (``2024-023080``): an order or case number, not a phone, unless labelled as one.
YEAR_SERIAL = _lazyre.compile(r"(?:19|20)\d{2}-\d{4,7}")
#: National formats distinctive enough to be taken without a context word when their region validates the
#: number: French pairs (06 78 47 81 29), a trunk-0 area code then the subscriber number as one group
#: (0175 3810118, 07243 914060: Germany, Austria, the UK, the Netherlands...), a Brazilian mobile
#: ((19) 96823-7518), Spanish 3-2-2-2 groups, Korean and Japanese mobiles (010-1234-5678, 090-1234-5678).
NATIONAL_SHAPES = (
    (_lazyre.compile(r"0[1-9](?:[ .]\d{2}){4}"), ("FR",)),
    (_lazyre.compile(r"0\d{3,4} \d{6,8}"), ("DE", "GB", "AT", "NL", "CH", "IT", "BE")),
    # a German mobile in three groups (0170 1908 0264, 0151 234 56789): the 015x-017x prefix is its own
    (_lazyre.compile(r"01[5-7]\d{1,2} \d{3,4} \d{3,5}"), ("DE",)),
    (_lazyre.compile(r"\(\d{2}\) 9\d{4}-\d{4}"), ("BR",)),
    # a Spanish number in the 3-2-2-2 grouping Spain writes (612 34 56 78, 915 23 45 67)
    (_lazyre.compile(r"[6-9]\d{2} \d{2} \d{2} \d{2}"), ("ES",)),
    # a Korean mobile (010-1234-5678) and a Japanese one (090-1234-5678, 070-..., 080-...), dashed as written
    (_lazyre.compile(r"01[016-9]([ -])\d{3,4}\1\d{4}"), ("KR",)),
    (_lazyre.compile(r"0[5789]0([ -])\d{4}\1\d{4}"), ("JP",)),
)
#: A national number with a slash between the area code (trunk prefix 0, then 2–5 digits) and the number.
SLASHED = _lazyre.compile(r"\(?0[1-9]\d{1,4}\)?/\d{2,}(?:[ -]?\d{2,})*")
#: A trunk-prefixed national number with its area code set apart: ``(089) 80117218``, ``0151/40986324``,
#: ``030 31440923``, ``06 12 34 56 78``. Taken in parentheses after a name (``OPENER``).
TRUNK_GROUPED = _lazyre.compile(r"(?:\(0\d{1,4}\)[ /]?|0\d{1,4}[ ./-])\d{2,}(?:[ .-]\d{2,})*")
#: What stands before the ``(`` around such a number: a capitalised word (a name: ``Jana Weber (``, but not
#: ``VALUES (`` nor ``v(``: checked in :meth:`PhoneDetector._named_paren`) or an owner/contact key.
OPENER = _lazyre.compile(r"([^\W\d_][\w'’.-]*)([ \t]*[:=]?[ \t]*)$")
OWNER_KEYS = frozenset((
    "owner", "owners", "contact", "contacts", "kontakt", "ansprechpartner", "ansprechpartnerin", "maintainer",
    "responsible", "verantwortlich", "contacto", "contatto", "eigenaar", "propriétaire", "responsable",
    "referente", "titular", "inhaber", "person",
))
#: where a cued national number is looked for first (then in every other region)
CUE_REGIONS = ("DE", "GB", "FR", "NL", "IT", "ES", "AT", "CH", "BE")
#: A cued number that starts like a date written with blanks (``01 02 2024``) or with a year (``2024 12345678``)
CUE_NOT = _lazyre.compile(r"\(?(?:\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}\)?[ ./-])")
#: "or" in the languages of the national formats, between two numbers (or an e-mail address and a number)
OR_BEFORE = _lazyre.compile(r"(?i)[ \t]*,?[ \t]+(?:or|oder|ou|o|of)[ \t]+$")
EMAIL_BEFORE = _lazyre.compile(
    r"(?i)[\w.%+-]@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}[ \t]*,?[ \t]+(?:or|oder|ou|o|of)[ \t]+$")
#: Digits in groups of 2–4 (a leading group of 1–5 in parentheses): how national numbers are written.
PHONE_GROUPS = _lazyre.compile(r"(?:\(\d{1,5}\)|\d{2,5})(?:[ .-]\d{2,4}){1,4}")


def candidates(text: str) -> Iterator[re.Match[str]]:
    """``CANDIDATE.finditer(text)``, but the pattern is only tried in windows around the digit runs.

    No candidate starts before ``LEAD`` characters ahead of the next digit run, nor before the first
    place ``START`` allows there, so the search starts there; it ends ``READ`` characters past the last
    start it may report, so that the end of the window (which a look-ahead would see as the end of the
    text) changes nothing it reports.
    """
    n = len(text)
    marks = digit_marks(text)
    pos = 0
    while pos < n:
        run = DIGIT_RUN.search(marks, pos)
        if run is None:
            return
        start = max(pos, run.start() - LEAD)
        stop = min(n, run.start() + STEP + READ)
        last = n if stop == n else stop - READ  # the last start this window decides
        first = START.search(marks, start, last + 1)  # (no candidate starts before it)
        m = CANDIDATE.search(text, first.start(), stop) if first is not None else None
        if m is not None and m.start() <= last:
            yield m
            pos = m.end()
        else:
            pos = last + 1


class PhoneDetector:
    name = "phone"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = options or {}
        self.regions = [str(r).upper() for r in options.get("regions", ["US"])]
        extra = {str(w).lower() for w in options.get("context_words", [])}
        self.context = frozenset(DEFAULT_CONTEXT) | extra
        self.min_score = float(options.get("min_score", 0.0))
        self.any_region = bool(options.get("any_region_with_context", True))
        self._pn: Any = None

    def _phonenumbers(self) -> Any:
        if self._pn is None:
            import phonenumbers

            self._pn = phonenumbers
        return self._pn

    def detect(self, text: str) -> list[Finding]:
        if not SEVEN_DIGITS.search(digit_marks(text)):
            return []
        out = []
        for m in candidates(text):
            start, end = m.span()
            value = m.group()
            # trailing separators and an unbalanced opening parenthesis are not part of the number
            while value and value[-1] in " .-/(":
                value = value[:-1]
                end -= 1
            if value.endswith(")") and value.count("(") < value.count(")"):
                value, end = value[:-1], end - 1
            score = self._judge(text, start, value, end, out[-1].end if out else -1)
            if score is not None and score >= self.min_score:
                out.append(Finding(start, end, "pii", "PHONE", "phone", score))
        return out

    def _context(self, text: str, start: int) -> tuple[bool, bool]:
        """(any context word in the 48 chars before, a strong label right before)."""
        before = text[max(0, start - 48):start]
        strong = bool(STRONG.search(before.rstrip("\n \t>*-(")))
        lower = before.lower()
        if "recent call last" in lower:  # a Python traceback's header is not "call me"
            lower = lower.replace("recent call last", "")
        words = set(WORD.findall(lower))
        if not before.isascii() and any(w in before for w in CJK_CONTEXT):
            return True, strong
        return bool(words & self.context) or strong, strong

    @staticmethod
    def _native_regions(text: str, start: int) -> tuple[str, ...]:
        """The regions of a ``NATIVE_LABELS`` label right before ``start`` ("전화번호: "), else ()."""
        before = text[max(0, start - 24):start]
        if before.isascii() and "el" not in before.lower() and "ep" not in before.lower() \
                and "sm" not in before.lower():
            return ()  # no label of another script, nor Turkish "Tel"/"Telefon"/"Cep"/"GSM"
        m = NATIVE_LABEL.search(before)
        return NATIVE_REGIONS.get(m.group(1).lower(), ()) if m else ()

    def _context_after(self, text: str, end: int) -> bool:
        return bool(AFTER.match(text[end:end + 16]))

    @staticmethod
    def _named_paren(text: str, start: int, end: int, value: str) -> bool:
        """``value`` is all of a parenthesis after a name or an owner/contact key: ``Lea Roth (030 31440923)``."""
        if start < 2 or text[start - 1] != "(" or text[end:end + 1] != ")" or not TRUNK_GROUPED.fullmatch(value):
            return False
        m = OPENER.search(text, max(0, start - 41), start - 1)
        if m is None:
            return False
        word = m.group(1).rstrip(".")
        if word.lower() in OWNER_KEYS:
            return True
        # a name: capitalised, not all capitals (``VALUES (``), set apart from the parenthesis (not ``Foo(``)
        return bool(m.group(2)) and len(word) > 1 and word[0].isupper() and not word.isupper() \
            and word[1:].replace("-", "").replace("'", "").replace("’", "").isalpha()

    @staticmethod
    def _joined(text: str, start: int, prev_end: int) -> bool:
        """"or" joins the number to a phone found just before, or to an e-mail address."""
        if prev_end >= 0 and start - prev_end <= 8 and OR_BEFORE.fullmatch(text, prev_end, start) is not None:
            return True
        lo = max(0, start - 90)
        return "@" in text[lo:start] and EMAIL_BEFORE.search(text, lo, start) is not None

    def _judge(self, text: str, start: int, value: str, end: int, prev_end: int = -1) -> float | None:
        digits = "".join(DIGIT.findall(value.split("x")[0].split("ext")[0]))
        n = len(digits)
        if n < 6 or n > 15 or DATE_LIKE.match(value):
            return None
        international = value.startswith("+") or value.startswith("00")
        written = value
        separated = any(c in value for c in " -.()/")
        # a dotted run like 1.2.3.4 or 10.0.19041.1 is a version or an address, not a phone
        if "." in value and not international and not re.fullmatch(r"\(?\d{2,4}\)?(?:\.\d{2,4}){1,4}(?:\s?x\d+)?", value):
            return None
        if value.count(".") == 1:  # 36450.6 is a decimal number; dotted phones have two or more dots
            return None
        if "/" in value and not international:
            # DIN 5008's older style, area code / number (``030/12345678``, ``0152/49113037``): one slash after a
            # trunk-prefixed area code. Dates (``12/05/2024``), fractions and paths have other shapes.
            if n < 7 or not SLASHED.fullmatch(value):
                return None
            value = value.replace("/", " ")
        if n < 7 and not international:
            has_ctx, strong = self._context(text, start)
            return 0.5 if (strong or self._context_after(text, end)) and separated else None
        pn = self._phonenumbers()
        if international:
            try:
                num = pn.parse(value if value.startswith("+") else "+" + value[2:], None)
            except pn.NumberParseException:
                return None
            if pn.is_valid_number(num):
                return 0.9
            has_ctx, _ = self._context(text, start)
            return 0.6 if has_ctx and pn.is_possible_number(num) else None
        has_ctx, strong = self._context(text, start)
        if not has_ctx and self._context_after(text, end):
            has_ctx = strong = True
        hints = self._native_regions(text, start)
        if hints:
            has_ctx = strong = True
        if not strong and YEAR_SERIAL.fullmatch(value):
            return None  # "Bestellung 2024-023080": an order number
        if separated or has_ctx:
            for region in self.regions:
                if self._valid(value, region):
                    return 0.85
        for region in hints:
            if region not in self.regions and self._valid(value, region):
                return 0.85
        if not has_ctx:
            if separated and self.any_region and not CUE_NOT.match(value) \
                    and (self._named_paren(text, start, end, written) or self._joined(text, start, prev_end)):
                regions = CUE_REGIONS + tuple(r for r in pn.SUPPORTED_REGIONS if r not in CUE_REGIONS)
                return 0.7 if any(self._valid(value, region) for region in regions if region not in self.regions) \
                    else None
            if value != written:
                return None  # a slash alone is not a shape distinctive enough
            for shape, regions in NATIONAL_SHAPES:
                if shape.fullmatch(value):
                    return 0.8 if any(self._valid(value, region) for region in regions) else None
            return None
        if self.any_region:
            for region in pn.SUPPORTED_REGIONS:
                if region not in self.regions and self._valid(value, region):
                    return 0.7
        return 0.5 if separated and (strong or n >= 7 and PHONE_GROUPS.fullmatch(value)) else None

    def _valid(self, value: str, region: str) -> bool:
        pn = self._pn
        try:
            num = pn.parse(value, region)
        except pn.NumberParseException:
            return False
        return bool(pn.is_valid_number(num))
