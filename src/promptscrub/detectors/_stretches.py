"""The ASCII and non-ASCII stretches of a text, whole lines each, shared by the name, place and address
detectors; the text's character classes, shared by the name and place detectors; and its digit marks,
shared by the address and phone detectors (and which characters are wide: two columns in a terminal and in
pandas' East Asian alignment, for the tables and the terminal-wrap reader): their scans run faster on ASCII (an ASCII twin of a regex, a
byte search) and code is mostly ASCII with a stray non-ASCII line.

Finding the non-ASCII characters with a regex costs ~4 ns a character; ``str.isascii`` on a slice (a copy
that CPython makes with a vectorised scan) costs a fraction of that, so chunks are tested that way first.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from . import _lazyre as regex
from ..textmemo import last_texts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
#: chunk sizes: a large one skips ASCII text quickly, a small one narrows down a non-ASCII character
_BIG, _SMALL = 1 << 16, 1 << 8


def next_non_ascii(text: str, pos: int = 0) -> int:
    """Where the first non-ASCII character at or after ``pos`` is (-1: none). The chunks tried grow from
    ``_SMALL`` to ``_BIG``: an ASCII stretch is skipped quickly, and in a text of another script, where the
    next such character is a few characters on, no large slice is copied at each call."""
    n = len(text)
    size = _SMALL
    while pos < n:
        if text[pos:pos + size].isascii():
            pos += size
            size = min(size * 4, _BIG)
            continue
        m = _NON_ASCII.search(text, pos, min(n, pos + size))
        assert m is not None
        return m.start()
    return -1


def line_stretches(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, ascii)`` for consecutive stretches of whole lines covering ``text``: each non-ASCII
    stretch is one line holding a non-ASCII character, with its line break; the ASCII ones lie between."""
    pos, n = 0, len(text)
    while pos < n:
        at = next_non_ascii(text, pos)
        if at < 0:
            yield pos, n, True
            return
        ls = max(pos, text.rfind("\n", pos, at) + 1)
        if ls > pos:
            yield pos, ls, True
        le = text.find("\n", at + 1)
        le = n if le < 0 else le + 1
        yield ls, le, False
        pos = le


#: The classes of ASCII characters that the word scans of the name and place detectors (``names.CLASS_CAP``,
#: ``location.CLASS_TOKEN``) tell apart: every capital is ``U`` (a scan then finds a word's start with a fast
#: search for one byte); a lower-case letter is ``l``, except ``a c e i s``, kept for the "Mac", "De", "La"
#: forms and for "'s" (the place scan takes them all alike); a digit is ``0``; ``_ . @ - ' ( :`` are kept;
#: ``/ \ $ # % & * + = ~ ^ | ``` are ``/``; any other character (a non-ASCII one too, its ``?``) is a space.
#: Word characters (``\b``) stay word characters, and the others stay others.
CHAR_CLASSES = bytes(ord("U" if "A" <= c <= "Z" else c if c in "aceis_.@-'(:" else "l" if "a" <= c <= "z" else
                         "0" if "0" <= c <= "9" else "/" if c in "/\\$#%&*+=~^|`" else " ")
                     for c in map(chr, range(256)))


#: texts shorter than this (a prompt) are scanned with the plain patterns of the regex code cache: the class
#: scan's translation and its compile cost more than they save there (tests lower it to test the class scan)
CLASS_SCAN_FROM = 1 << 13


@last_texts()  # the name and place detectors both scan them
def char_classes(text: str) -> bytes:
    """One byte per character of ``text``: its class (``CHAR_CLASSES``). Exact for the ASCII lines only."""
    return one_byte(text).translate(CHAR_CLASSES)


def one_byte(text: str) -> bytes:
    """``text``, one byte per character, that ``CHAR_CLASSES`` reads as it reads ``text.encode("ascii", "replace")``.

    The bytes the rules' Hyperscan scan made of ``text`` (``engine_shape.scan_bytes``), when it kept some and
    they read no character as an ASCII letter (İ ı ſ K): ASCII as itself, any other character as a byte from
    0x80 on, which is a space to ``CHAR_CLASSES`` as the ``?`` of the ASCII encoding is. Why: encoding a long
    text again costs about what translating it does (~1 ms a MB)."""
    from ..engine_shape import scan_bytes

    made = scan_bytes.kept(text)  # type: ignore[attr-defined]
    if made is not None and not made[1]:
        return made[0]
    return text.encode("ascii", "replace")


class ClassScan:
    """A word pattern written over ``char_classes`` (``class_source``, compiled on first use), with the
    Unicode pattern it stands for (``plain``) for the lines beyond ASCII, and ``short`` for texts under
    ``CLASS_SCAN_FROM``. The pattern must never span a line break and look at most one character around
    a match. Shared by the name and place detectors' word scans."""

    def __init__(self, class_source: bytes, plain: Any, short: Callable[[str], Iterator[Any]]) -> None:
        self.class_source = class_source
        self.plain = plain
        self.short = short
        self._compiled: re.Pattern[bytes] | None = None

    def finditer(self, text: str) -> Iterator[Any]:
        if len(text) < CLASS_SCAN_FROM:  # a prompt: the cached plain pattern, nothing to translate
            return self.short(text)
        if self._compiled is None:
            self._compiled = re.compile(self.class_source)
        scan, plain = self._compiled, self.plain
        classes = char_classes(text)
        if text.isascii():
            return scan.finditer(classes)
        return itertools.chain.from_iterable(
            scan.finditer(classes, start, end) if ascii_only else plain.finditer(text, start, end)
            for start, end, ascii_only in line_stretches(text))



#: ASCII digits to NUL (and NUL to 1): a digit is then found by ``bytes.find`` (memchr)
_DIGIT_TO_NUL = bytes.maketrans(b"0123456789\x00", b"\x00" * 10 + b"\x01")


#: the marks are made this many characters at a time: buffers this small are reused, where one the size of
#: a long text would be fresh memory (its page faults cost as much as the encoding); and ASCII chunks, most
#: of code, need no search for other digits
_MARK_CHUNK = 1 << 14
#: a digit beyond ASCII (``٣``, ``１``): ``\d`` is 0-9 or a character from U+0660 on, so a range test comes
#: first (faster than ``\d``'s)
OTHER_DIGIT = regex.compile(r"[\u0660-\U0010ffff](?<=\d)")


@last_texts()  # the address and phone detectors both search them
def digit_marks(text: str) -> bytes:
    """One byte per character of ``text``, for byte searches that care about its digits: NUL for a digit
    (any ``\\d``), any other ASCII character as itself (a NUL as 1), any other as ``?``."""
    parts = []
    for i in range(0, len(text), _MARK_CHUNK):
        chunk = text[i:i + _MARK_CHUNK]
        marks = chunk.encode("ascii", errors="replace").translate(_DIGIT_TO_NUL)
        parts.append(marks if chunk.isascii() else _mark_other_digits(chunk, marks))
    return b"".join(parts)


def _mark_other_digits(chunk: str, marks: bytes) -> bytes:
    """``marks`` of a non-ASCII ``chunk`` with its non-ASCII digits marked too."""
    found = [m.start() for m in OTHER_DIGIT.finditer(chunk)]
    if not found:
        return marks
    marked = bytearray(marks)
    for k in found:
        marked[k] = 0
    return bytes(marked)


#: characters from here on may be East Asian wide or fullwidth (none before is: the test below is skipped)
WIDE_FROM = 0x1100


def is_wide(c: str) -> bool:
    """Whether ``c`` takes two columns (a CJK ideograph, kana, Hangul, a fullwidth form)."""
    return ord(c) >= WIDE_FROM and unicodedata.east_asian_width(c) in "WF"
