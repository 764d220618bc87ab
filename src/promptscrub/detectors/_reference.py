"""Reference text that names places, languages and things but never a person who is in it, shared by the name
and place detectors: the tables of the IANA time-zone database, glibc locale definitions, the translations of
an XML element (``xml:lang``) and a font family element.

Each is recognised by its own format, not by the names in it:

* ``zone.tab`` / ``zone1970.tab``: a row is country code(s), a tab, ISO 6709 coordinates, a tab, a zone id;
  ``iso3166.tab``: a two-letter code, a tab and the region's name, on consecutive lines; the list of zone
  names: one identifier a line, ``Area/City`` among them ("Europe/Paris", the legacy "Egypt", "Cuba").
* a glibc locale source (a ``LC_IDENTIFICATION`` / ``LC_TIME`` ... section in the text): the keywords that
  hold a territory, a language, a title or month and day names (``territory "..."``, ``mon "...";/``, the
  continuation lines of such a list) and the comment "<language> locale for <territory>". Its ``source``,
  ``address``, ``contact`` and ``email`` lines are left alone: they hold people.
* ``<comment xml:lang="vi">...</comment>``: a translated string of a catalogue (MIME types, AppStream);
  ``<family>...</family>``: a font family of fontconfig.

Findings are few, so this runs per finding; the text-wide facts (is it a locale source?) are looked up once.
"""
from __future__ import annotations

from ..text_search import holds_any
from . import _lazyre as regex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..findings import Finding

#: a row of zone.tab or zone1970.tab: country code(s), ISO 6709 coordinates (±DDMM±DDDMM or with seconds)
ZONE_ROW = regex.compile(r"[A-Z]{2}(?:,[A-Z]{2})*\t[+-]\d{4}(?:\d{2})?[+-]\d{5}(?:\d{2})?\t")
#: a row of iso3166.tab: a two-letter code, a tab, a name (no other tab)
CODE_ROW = regex.compile(r"[A-Z]{2}\t[^\t\n]+\r?$")
#: a zone id of the tz database, alone on its line ("Europe/Paris", "America/Argentina/San_Luis", "Etc/GMT+5")
ZONE_ID_LINE = regex.compile(r"(?m)^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|"
                             r"Pacific|Etc|US|Canada|Brazil|Chile|Mexico)/[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)?\r?$")
#: a line holding one identifier of the tz database (a zone id or a legacy name: "Egypt", "EST5EDT", "GMT+0")
ZONE_TOKEN = regex.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){0,2}\r?$")
#: a section of a glibc locale source
#: (its keyword at a line's start, or after ``END``; the pattern opens on the literal, which ``re`` skips to)
LOCALE_SECTION = regex.compile(r"LC_(?:IDENTIFICATION|TIME|ADDRESS|CTYPE|COLLATE|MONETARY|NUMERIC|MESSAGES|PAPER|"
                               r"NAME|MEASUREMENT|TELEPHONE)\b")
#: what may stand between a line's start and a locale section's keyword
LOCALE_SECTION_LEAD = regex.compile(r"(?:END[ \t]+)?")
#: how many lines either side of a line of the list of zone names ``_zone_list_line`` looks at
ZONE_LIST_REACH = 8
#: a glibc locale keyword whose value is a territory, a language, a title or calendar names
LOCALE_KEY = regex.compile(r"[ \t]*(?:title|language|territory|country_name|lang_name|abday|day|abmon|mon|"
                           r"alt_mon|ab_alt_mon|name_gen|name_mr|name_mrs|name_miss|name_ms)[ \t]+\"")
#: a locale's ``source`` line (who wrote it: "Linux Society Bulgaria", "RAP")
LOCALE_SOURCE = regex.compile(r"source[ \t]+\"")
#: a continuation line of a locale's list of strings (``"Mei";/``, ``"Jun";"Jul";/``, or the list's last)
LOCALE_LIST_LINE = regex.compile(r"[ \t]*\"[^\"\n]*\"(?:;[ \t]*\"[^\"\n]*\")*(?:;[ \t]*/?|[ \t]*/)?[ \t]*\r?$")
#: a locale's comment that says what it is for ("% Spanish language locale for <territory>") or its header's
#: "% Territory: ..." / "% Language: ..."
LOCALE_COMMENT = regex.compile(r"(?i:[ \t]*%.*\blocale[ \t]+(?:for|in)\b|[ \t]*%[ \t]*(?:territory|language)[ \t]*:)")
#: a translated element's text before a word: ``<comment xml:lang="vi">``, or a font family's ``<family>``
TRANSLATED_BEFORE = regex.compile(r"<[A-Za-z][\w:.-]*[^<>\n]*\bxml:lang[ \t]*=[ \t]*[\"'][^\"'<>\n]+[\"'][^<>\n]*>"
                                  r"[^<>\n]*$|<family>[^<>\n]*$")


class ReferenceText:
    """Which findings of one text lie in reference text (see the module's docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._locale: bool | None = None

    def keep(self, findings: Iterable[Finding], places: bool = False) -> list[Finding]:
        """``findings`` without those in reference text; ``places``: they are places, which a locale source's
        comments and ``source`` line also name as reference (its people stay found there)."""
        return [f for f in findings if not self.holds(f.start, f.end, places)]

    def holds(self, start: int, end: int, places: bool = False) -> bool:
        """Whether ``text[start:end]`` lies in a time-zone table, a locale's naming line, or a translated or
        font family element."""
        text = self.text
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        if le < 0:
            le = len(text)
        if "\t" in text[ls:start + 1] and self._zone_table_row(ls, le):
            return True
        if text.find("<", ls, start) >= 0 and TRANSLATED_BEFORE.search(text, ls, start) is not None:
            return True
        if le - ls < 64 and self._zone_list_line(ls, le):
            return True
        return self._locale_line(ls, le, places)

    def _zone_table_row(self, ls: int, le: int) -> bool:
        """A row of zone.tab / zone1970.tab, or of iso3166.tab with another such row before or after it."""
        text = self.text
        if ZONE_ROW.match(text, ls) is not None:
            return True
        if CODE_ROW.match(text, ls, le) is None:
            return False
        prev = text.rfind("\n", 0, max(0, ls - 1)) + 1
        if ls > 0 and CODE_ROW.match(text, prev, ls - 1) is not None:
            return True
        nxt = text.find("\n", le + 1)
        return le < len(text) and CODE_ROW.match(text, le + 1, nxt if nxt >= 0 else len(text)) is not None

    def _zone_list_line(self, ls: int, le: int) -> bool:
        """A line of the list of zone names: one identifier, among eight lines either side that are all one
        identifier, one of them (or it) an ``Area/City`` id (the legacy names, "Cuba", "Egypt", sort between them)."""
        text = self.text
        if ZONE_TOKEN.match(text, ls, le) is None:
            return False
        lo = ls
        for _ in range(ZONE_LIST_REACH):
            if lo == 0:
                break
            lo = text.rfind("\n", 0, lo - 1) + 1
        hi = le
        for _ in range(ZONE_LIST_REACH):
            if hi >= len(text):
                break
            nxt = text.find("\n", hi + 1)
            hi = nxt if nxt >= 0 else len(text)
        window = text[lo:hi].strip("\n").split("\n")
        return len(window) >= 5 and all(ZONE_TOKEN.match(w) for w in window) and ZONE_ID_LINE.search(
            text, lo, hi) is not None

    def _locale_line(self, ls: int, le: int, places: bool = False) -> bool:
        """A line of a glibc locale source that names a territory, a language or calendar words (for ``places``
        also any comment, "% In <country> Sunday is a workday", and the ``source`` line, a society's country)."""
        text = self.text
        head = text[ls:ls + 1]
        if head not in (" ", "\t", "%", '"') and not head.islower():
            return False
        if self._locale is None:
            # the substring test spares most texts the pattern's pass (~4 ms a MB; a line-start anchor gives
            # stdlib ``re`` no literal to skip ahead to)
            self._locale = holds_any(text, ("LC_",)) and any(
                LOCALE_SECTION_LEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is not None
                for m in LOCALE_SECTION.finditer(text))
        if not self._locale:
            return False
        if places and (head == "%" or LOCALE_SOURCE.match(text, ls, le) is not None):
            return True
        return (LOCALE_KEY.match(text, ls, le) is not None or LOCALE_LIST_LINE.match(text, ls, le) is not None
                or LOCALE_COMMENT.match(text, ls, le) is not None)
