"""What a placeholder looks like: written by redact, recognised by restore.

One module serves both directions, so the redactor knows exactly which strings the restorer would
pick up (and can protect look-alikes already present in the input).

Redact writes one canonical form, ``<TYPE_ID>``. Models rewrite it (``<Email_1>``, ``[EMAIL_1]``,
``&lt;EMAIL_1&gt;``, ``\\<EMAIL\\_1\\>``, ``EMAIL 1``, ``\\u003cEMAIL_1\\u003e`` as Go's JSON encoder
writes it…), so the recogniser is liberal about the *shape* but every form reduces to one canonical
key, and restore resolves only exact keys. Three
kinds of mention (see docs/restore.md):

- ``canonical``: ``<TYPE_ID>`` exactly. Found first; liberal forms are only looked for between them,
  so a canonical placeholder is never swallowed by a larger liberal match (``\\<EMAIL_1>`` keeps its
  backslash).
- ``bracketed``: any case, ``_``/``\\_``/``-``/space separators, angle-like brackets, HTML entities,
  Markdown escapes, ``[…]``/``{…}``. Parentheses are left to prose: ``(EMAIL_1)`` is a bare mention
  inside parentheses, and so is Markdown link text ``[EMAIL_1](…)``.
- ``bare``: no brackets (or just one angle bracket). Only a mention when its key is in ``known``
  (the vault), because ``HTTP_2`` or ``page 2`` are ordinary text. Never inside a longer token (a Chinese, Japanese
  or Korean letter next to it is a boundary, as a blank is: those scripts put no blank between words). Without
  any bracket the type must be in capitals, as redact writes it (``EMAIL_1``, ``EMAIL 1``, ``EMAIL-1``,
  ``IP-ADDRESS-2``): ``email_1``, ``path_1``, ``Url_1``,
  ``email-1`` are names code gives its own variables and form fields (TypeScript's compiled
  ``const path_1 = require("path")``), and "email 1" or "Person 1:" is prose, which restore must not fill
  with a value nor redact escape.
"""
from __future__ import annotations

import functools
import re
from collections import namedtuple
from collections.abc import Container, Iterator
from itertools import chain, starmap

from .detectors import _lazyre  # compiled on first use, from the regex code cache: not at every start

#: ``<TYPE_ID>``: TYPE is UPPER_SNAKE, ID a counter (``1``) or a keyed-hash tag (``3fa9c1``).
PLACEHOLDER_RE = _lazyre.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_([0-9]+|[0-9a-f]{6,64})>")

_TYPE = r"[A-Za-z][A-Za-z0-9]*(?:(?:_|\\_|-)[A-Za-z0-9]+)*"
#: a liberal hex tag needs a digit, so words such as ``facade`` are never read as tags
_ID = r"(?:[0-9]{1,64}|(?=[0-9a-fA-F]{0,63}[0-9])[0-9a-fA-F]{6,64})"
_SEP = r"(?:_|\\_|-|[ \u00a0])"
_ANGLE_OPEN = r"<|\\<|\\u003[cC]|\\x3[cC]|\\\\u003[cC]|\\\\x3[cC]|&lt;|&amp;lt;|&\#0*60;|&\#[xX]0*3[cC];|%3[cC]|«|‹|⟨|〈|＜"
_ANGLE_CLOSE = r">|\\>|\\u003[eE]|\\x3[eE]|\\\\u003[eE]|\\\\x3[eE]|&gt;|&amp;gt;|&\#0*62;|&\#[xX]0*3[eE];|%3[eE]|»|›|⟩|〉|＞"
#: ``{{{X}}}`` (Handlebars, unescaped) and ``${X}`` (shell, JavaScript) are template references: replaced whole
_OPEN = _ANGLE_OPEN + r"|\[\[?|\\\[|\{\{?\{?|\$\{|\\\{|【|［|〔|｛"
#: full-width brackets (``【TICKET_ID_1】``, ``［EMAIL_1］``) are brackets as ``[]`` are; ``「」`` are quotation marks, kept
#: ``]`` followed by ``(`` is Markdown link text: its brackets are the author's, not the placeholder's
_CLOSE = _ANGLE_CLOSE + r"|\](?:\](?!\()|(?![\](]))|\\\]|\}\}?\}?|\\\}|】|］|〕|｝"
#: Chinese, Japanese and Korean letters: these scripts put no blank between words, so next to a bare form one is a
#: boundary, as a blank is (``担当はEMAIL_2さんです``, ``PERSON_1님``). Ideographs, kana, hangul and their marks.
_CJK = (r"\u1100-\u11ff\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3040-\u309f\u30a0-\u30ff\u3130-\u318f\u31f0-\u31ff"
        r"\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc\U00020000-\U0003134f")
#: a character of a name (a longer token): ``\w`` but for the CJK letters
_IDENT = rf"[^\W{_CJK}]"
_BEFORE = rf"(?:(?<![\w\\-])|(?<=[{_CJK}]))"
_AFTER = rf"(?!{_IDENT}|-\w|\\_)"

#: inside brackets the words of a type in capitals may also be apart by a blank (``[IP ADDRESS 1]``)
#: in brackets a type may be in other letters too (``‹TÉLÉPHONE_2>``, ``<メール_5>``): no vault type is, so such a
#: mention is only ever listed as unresolved (a model translated the placeholder). Its id follows a ``_``: a blank or a
#: hyphen after a word of CJK or accented text is prose (``担当 2``), and the anchor search need not stop there.
_UNICODE_TYPE = r"[^\W\d_][^\W_]*(?:(?:_|\\_|-)[^\W_]+)*(?=_|\\_)"
_SPACED_TYPE = r"[A-Z][A-Z0-9]*(?:(?:_|\\_|-|[ \u00a0])[A-Z0-9]+)*(?![a-z])|" + _TYPE + "|" + _UNICODE_TYPE
_BRACKETED = rf"(?P<open>{_OPEN})[ \u00a0]?(?P<bt>{_SPACED_TYPE}){_SEP}(?P<bi>{_ID})[ \u00a0]?(?P<close>{_CLOSE})"
#: an opening bracket glued to an identifier is its own (``Map<EMAIL_3, String>``, a generic), not the placeholder's
_HALF_BRACKETED = rf"(?<!{_IDENT})(?P<hopen>{_ANGLE_OPEN})(?P<ht>{_TYPE}){_SEP}(?P<hi>{_ID}){_AFTER}"
#: a bare type is in capitals, as redact writes it (see the module docstring)
_BARE_TYPE = r"[A-Z][A-Z0-9]*(?:(?:_|\\_|-)[A-Z0-9]+)*(?![a-z])"
#: ``$EMAIL_1`` is a shell or template variable: the ``$`` goes with it, or the shell would expand ``$alice``
_BARE = rf"(?=[A-Z$])(?:(?:(?<![\w\\$-])|(?<=[{_CJK}]))\$|{_BEFORE})(?P<t>{_BARE_TYPE}){_SEP}(?P<i>{_ID})(?:(?P<hclose>{_ANGLE_CLOSE})|{_AFTER})"
#: the first characters of ``_OPEN`` (and so of ``_ANGLE_OPEN``)
_OPEN_STARTS = r"<\\&%«‹⟨〈＜\[{$【［〔｛"
#: The three forms, tried in this order at each position; the two bracketed ones only where an opening
#: bracket can begin, as ``_BARE`` begins with a capital or ``$``: the same matches, but sre no longer tries the
#: ~25 brackets at every position of a word (~30% of a scan's time).
LIBERAL_SOURCE = rf"(?=[{_OPEN_STARTS}])(?:{_BRACKETED}|{_HALF_BRACKETED})|{_BARE}"


_LIBERAL = _lazyre.compile(LIBERAL_SOURCE)


def liberal_re() -> re.Pattern[str]:
    """The liberal pattern, compiled on first use from the regex code cache (compiling it costs a few ms of
    a one-line redact's start)."""
    return _LIBERAL  # type: ignore[return-value]

_TYPE_SPLIT = _lazyre.compile(r"\\_|[_\- \u00a0]")
#: characters that can be part of some mention; anything else is a safe place to cut a stream
MENTION_CHARS = r"\w\\\- \u00a0<>&;#%\[\]{}«»‹›⟨⟩〈〉＜＞$【】［］〔〕｛｝"
_CUT_RE = _lazyre.compile(rf"[^{MENTION_CHARS}]+")
_MENTION_RUN_RE = _lazyre.compile(rf"[{MENTION_CHARS}]*")


class Mention(namedtuple("Mention", "start end key form strong", defaults=("canonical", True))):
    """A placeholder-looking string in a text: ``start``, ``end`` (int offsets), ``key`` (str), its
    canonical form ``<TYPE_ID>``, ``form`` (str: ``canonical``, ``bracketed`` or ``bare``, see the module
    docstring) and ``strong`` (bool: it looks enough like a placeholder to be reported when the vault does
    not hold it).

    A named tuple, not a frozen dataclass: as immutable, and made ~4x faster (code has thousands of
    look-alikes per MB, each made once by the scan and again, moved, by redact's rescan).
    ``collections.namedtuple``, not ``typing.NamedTuple``: this module is on the path of every redact,
    which does not import ``typing`` (~3 ms of a cold start).
    """

    __slots__ = ()
    @property
    def type(self) -> str:
        return self.key[1:self.key.rindex("_")]


def format_placeholder(type_: str, ident: str | int) -> str:
    return f"<{type_}_{ident}>"


@functools.lru_cache(maxsize=1024)
def canonical_key(type_text: str, ident: str) -> str:
    """``Email\\_1`` → ``<EMAIL_1>``: separators to ``_``, type upper-cased, hex tag lower-cased.

    Memoised: the same few look-alikes (``UTF_8``, ``Python 3``) recur all over a text."""
    if type_text.isalnum():  # the common one-word type ("the 2", "Python 3"): nothing to split
        return format_placeholder(type_text.upper(), ident.lower())
    return format_placeholder("_".join(p for p in _TYPE_SPLIT.split(type_text) if p).upper(), ident.lower())


def find_placeholders(text: str, known: Container[str] | None = None, start: int = 0) -> Iterator[Mention]:
    """Every placeholder-shaped string in ``text`` from ``start``, left to right, non-overlapping.

    ``known`` (e.g. the vault): bare forms are yielded only when their key is in it. Without it, every
    candidate is yielded — what redact needs to reserve look-alikes so they are never handed out.
    """
    end = len(text)
    pos = start
    classes = _classes(text, start, end)  # once: a text of tags has a stretch between each two
    for c in PLACEHOLDER_RE.finditer(text, start):
        yield from _liberal(text, pos, c.start(), known, classes)
        yield Mention(c.start(), c.end(), c.group(0))
        pos = c.end()
    yield from _liberal(text, pos, end, known, classes)


def _liberal(text: str, pos: int, end: int, known: Container[str] | None, classes: _Classes) -> Iterator[Mention]:
    for m in _liberal_matches(text, pos, end, classes):
        open_, bt, bi, hopen, ht, hi, t, i = m.group("open", "bt", "bi", "hopen", "ht", "hi", "t", "i")  # one call, not eight
        if open_ is not None:
            angle = re.fullmatch(_ANGLE_OPEN, open_) is not None
            strong = angle or ("_" in text[m.start("bt"):m.start("bi")] and bt.isupper())
            yield Mention(m.start(), m.end(), canonical_key(bt, bi), "bracketed", strong)
            continue
        key = canonical_key(t, i) if hopen is None else canonical_key(ht, hi)
        if known is None or key in known:
            start, stop = m.span()
            yield Mention(start, stop, key, "bare", False)


def _liberal_matches(text: str, pos: int, end: int, classes: _Classes | None = None) -> Iterator[re.Match[str]]:
    """``liberal_re().finditer(text, pos, end)``, but only run over the stretches that can hold a mention.

    Why: the liberal pattern tries every position and costs ~1 s per 4 MB of code, twice per redact.
    A mention is made of :data:`MENTION_CHARS` only, so it lies inside one run of them, and it holds an
    anchor (an alphanumeric, a separator, an id with a digit). Runs without an anchor are skipped; a run
    with one is searched with the full pattern, one character of context past its end for the
    look-aheads, which gives exactly the matches a scan of the whole range finds there.

    Chained in C (no Python frame per run or per match): code has thousands of such runs per MB.
    ``classes``: those of a stretch of ``text`` that holds ``[pos, end)``, when the caller has them.
    """
    if end - pos < 3:
        return iter(())
    return chain.from_iterable(starmap(functools.partial(liberal_re().finditer, text), _anchor_runs(text, pos, end, classes)))


def _anchor_runs(text: str, pos: int, end: int, classes: _Classes | None = None) -> list[tuple[int, int]]:
    """``(a, b)``, left to right: ranges of ``text[pos:end]`` whose scan finds every mention there. Each is a run
    with an anchor from its first character that can begin a mention, to the character after the run (for
    the look-aheads); a run may come with its neighbours, which a scan of the whole range treats alike.

    Why: searching the text itself for anchors costs a regex step per character (~18 ms on 4 MB of code).
    Each character is put in its class instead (:func:`_anchor_scan`: two C passes over bytes), and the
    class string is searched backwards, where an anchor starts with a digit, a literal sre skips to fast.
    A match reaches on to its run's start, so a run costs one match however many anchors it holds.
    """
    base, forward, backward = _classes(text, pos, end) if classes is None else classes
    n = len(forward)
    lo, hi = pos - base, end - base
    runs = []
    for m in _anchor_scan()[1].finditer(backward, n - hi, n - lo):  # a match at [s, e) is forward[n - e:n - s]
        stop = forward.find(b".", n - m.start(), hi)  # the run goes on from its last anchor's end to a cut
        runs.append((base + n - m.start("lead"), base + (hi if stop < 0 else stop + 1)))
    runs.reverse()
    return runs


class _Classes(namedtuple("_Classes", "base forward backward")):
    """The classes (see :func:`_anchor_scan`) of ``text[base:base + len(forward)]``, one byte per character
    (``forward`` bytes; ``backward`` the same, reversed)."""

    __slots__ = ()


def _classes(text: str, start: int, end: int) -> _Classes:
    """The classes of ``text[start:end]``: three C passes (encode, translate, reverse), a few ms per 4 MB."""
    forward = text[start:end].encode("latin-1", "replace").translate(_anchor_scan()[0])
    return _Classes(start, forward, forward[::-1])


@functools.cache
def _anchor_scan() -> tuple[bytes, re.Pattern[bytes]]:
    """The ``bytes.translate`` table of character classes, and the pattern of an anchor and the rest of its run
    in the reversed class string (group ``lead``: the run's first characters, none of which can begin a mention).

    Classes: ``d`` digit, ``h`` hex letter, ``l`` other ASCII letter, ``u`` other letter or digit (the end of a
    type in brackets such as ``<メール_5>``, before a ``_``), ``_``, ``\\``, ``s`` the other separators, ``w`` any other mention
    character, ``.`` a cut character. ``encode`` turns a character beyond latin-1 into ``?``, so ``?`` is a ``u``:
    it never cuts a run, and may end a type (a ``?`` that is not one only makes a stretch searched for nothing).
    """
    latin1 = bytes(range(256)).decode("latin-1")
    table = bytearray(b"." * 256)
    letters = "".join(c for c in latin1 if c.isascii() and c.isalpha())
    others = "".join(c for c in latin1 if not c.isascii() and c.isalnum()) + "?"  # and every character beyond latin-1
    classes = ((_CUT_RE.sub("", latin1), "w"), (others, "u"), (letters, "l"), ("abcdefABCDEF", "h"), ("0123456789", "d"),
               ("- \u00a0", "s"), ("_", "_"), ("\\", "\\"))
    for chars, name in classes:  # each class over the ones before it
        for c in chars:
            table[ord(c)] = ord(name)
    # an anchor reversed (a digit, hex digits, a separator, an alphanumeric; ``_`` before a ``u``), then the run back to its start,
    # its first digits and separators apart (``lead``: a scan can begin after them)
    return bytes(table), _lazyre.compile(rb"d[dh]{0,63}(?:(?:[s_]|_\\)[dhl]|_\\?u)(?:[^.]*[^.ds_])?(?P<lead>[ds_]*)")


def _run_start(text: str, pos: int, i: int) -> int:
    """Where the run of mention characters ending just before ``i`` starts (the run that holds
    ``text[i]``, if that is one), but not before ``pos``.

    Read backwards by matching the reversed text before ``i``, in windows growing from 64 characters
    (a run is seldom longer), rather than testing one character at a time."""
    width = 64
    while True:
        lo = max(pos, i - width)
        run = _MENTION_RUN_RE.match(text[lo:i][::-1]).end()  # type: ignore[union-attr] - ``*`` always matches
        if run < i - lo or lo == pos:
            return i - run
        width *= 8


def run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``(a, b)``: ``[start, end)`` widened to the nearest cut characters, ``text[a - 1]`` and ``text[b]``
    (or the ends of ``text``).

    All that decides the mentions inside ``[a, b)``: no mention holds a cut character, and the liberal
    pattern reads at most one character past a run (the cut ``text[b]``, for ``[EMAIL_1](``).
    """
    cut = _CUT_RE.search(text, end)
    return _run_start(text, 0, start), len(text) if cut is None else cut.start()


#: Characters by the role they can play in a mention (read off ``LIBERAL_SOURCE``; kept in step with it by
#: tests/test_placeholder_syntax.py): what may begin one, end an opening bracket, begin a closing one, begin an id.
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_HEX = frozenset("0123456789abcdefABCDEF")
_ALNUM = _LETTERS | _HEX
_MENTION_STARTS = _LETTERS | frozenset("<\\&%«‹⟨〈＜[{$【［〔｛")
_OPEN_ENDS = frozenset("<;cC«‹⟨〈＜[{【［〔｛")
_CLOSE_STARTS = frozenset(">\\&%»›⟩〉＞]}】］〕｝")
_SPACES = frozenset(" \u00a0")
_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAPS_ALNUM = _CAPS | frozenset("0123456789")
#: how every id begins (``_ID``): a decimal digit, or six hex digits
_ID_START = _lazyre.compile(r"[0-9]|[0-9a-fA-F]{6}")


def tag_keeps_left(text: str, start: int) -> bool:
    """Whether a canonical tag put over ``text[start:…]`` (non-empty) leaves the mentions before ``start`` as they were.

    Why: a tag is itself a canonical mention, so the liberal scan before it stops at its ``<``; what it
    finds there is what the input held if no mention can run from before ``start`` into the replaced
    text. That holds after a cut character, and after a space that no mention can contain here: a
    space is only a separator (an alphanumeric before, an id after), the padding after an opening
    bracket (a letter after) or before a closing one (a hex digit before), or between two words of a
    type in capitals (a capital or digit before, a capital after: ``[IP ADDRESS 1]``). Redact then need not scan
    the run before a replacement again: in logs (``user alice@x.io logged in``) nearly every line.
    """
    if start == 0 or text[start - 1] not in _SPACES:
        return start == 0 or _CUT_RE.match(text, start - 1) is not None
    before = text[start - 2] if start >= 2 else ""
    after = text[start]
    return not ((before.isalnum() and _ID_START.match(text, start)) or (before in _OPEN_ENDS and after.isalnum() and not after.isdecimal())
                or (before in _HEX and after in _CLOSE_STARTS) or (before in _CAPS_ALNUM and after in _CAPS))


def tag_keeps_right(text: str, end: int) -> bool:
    """Whether a canonical tag ending at ``end`` leaves the mentions after ``end`` as they were, given that no
    mention of ``text`` covers ``end``: the character there can begin none, so the scan after the tag's
    ``>`` and the input's scan at ``end`` both fail there and then read the same characters."""
    return end == len(text) or text[end] not in _MENTION_STARTS


def safe_cut(text: str, start: int = 0) -> int:
    """The last position in ``text`` (≥ ``start``) after a character no mention can contain.

    Cutting a stream there is exact: no mention spans the cut, and none on either side is decided
    by characters on the other side.
    """
    last = start
    for m in _CUT_RE.finditer(text, start):
        last = m.end()
    return last
