"""What a placeholder looks like: written by redact, recognised by restore.

One module serves both directions, so the redactor knows exactly which strings the restorer would
pick up (and can protect look-alikes already present in the input).

Redact writes one canonical form, ``<TYPE_ID>``. Models rewrite it (``<Email_1>``, ``[EMAIL_1]``,
``&lt;EMAIL_1&gt;``, ``\\<EMAIL\\_1\\>``, ``EMAIL 1``…), so the recogniser is liberal about the
*shape* but every form reduces to one canonical key, and restore resolves only exact keys. Three
kinds of mention (see docs/restore.md):

- ``canonical``: ``<TYPE_ID>`` exactly. Found first; liberal forms are only looked for between them,
  so a canonical placeholder is never swallowed by a larger liberal match (``\\<EMAIL_1>`` keeps its
  backslash).
- ``bracketed``: any case, ``_``/``\\_``/``-``/space separators, angle-like brackets, HTML entities,
  Markdown escapes, ``[…]``/``{…}``. Parentheses are left to prose: ``(EMAIL_1)`` is a bare mention
  inside parentheses, and so is Markdown link text ``[EMAIL_1](…)``.
- ``bare``: no brackets (or just one angle bracket). Only a mention when its key is in ``known``
  (the vault), because ``HTTP_2`` or ``page 2`` are ordinary text. Never inside a longer token.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

from .detectors import _lazyre  # compiled on first use, from the regex code cache: not at every start

#: ``<TYPE_ID>``: TYPE is UPPER_SNAKE, ID a counter (``1``) or a keyed-hash tag (``3fa9c1``).
PLACEHOLDER_RE = _lazyre.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_([0-9]+|[0-9a-f]{6,64})>")

_TYPE = r"[A-Za-z][A-Za-z0-9]*(?:(?:_|\\_|-)[A-Za-z0-9]+)*"
#: a liberal hex tag needs a digit, so words such as ``facade`` are never read as tags
_ID = r"(?:[0-9]{1,64}|(?=[0-9a-fA-F]{0,63}[0-9])[0-9a-fA-F]{6,64})"
_SEP = r"(?:_|\\_|-|[ \u00a0])"
_ANGLE_OPEN = r"<|\\<|&lt;|&amp;lt;|&\#0*60;|&\#[xX]0*3[cC];|%3[cC]|«|‹|⟨|〈|＜"
_ANGLE_CLOSE = r">|\\>|&gt;|&amp;gt;|&\#0*62;|&\#[xX]0*3[eE];|%3[eE]|»|›|⟩|〉|＞"
_OPEN = _ANGLE_OPEN + r"|\[\[?|\\\[|\{\{?|\\\{"
#: ``]`` followed by ``(`` is Markdown link text: its brackets are the author's, not the placeholder's
_CLOSE = _ANGLE_CLOSE + r"|\](?:\](?!\()|(?![\](]))|\\\]|\}\}?|\\\}"
_BEFORE = r"(?<![\w\\-])"
_AFTER = r"(?![\w]|-\w|\\_)"

LIBERAL_SOURCE = (
    rf"(?P<open>{_OPEN})[ \u00a0]?(?P<bt>{_TYPE}){_SEP}(?P<bi>{_ID})[ \u00a0]?(?P<close>{_CLOSE})"
    rf"|(?P<hopen>{_ANGLE_OPEN})(?P<ht>{_TYPE}){_SEP}(?P<hi>{_ID}){_AFTER}"
    rf"|{_BEFORE}(?P<t>{_TYPE}){_SEP}(?P<i>{_ID})(?:(?P<hclose>{_ANGLE_CLOSE})|{_AFTER})"
)


_LIBERAL = _lazyre.compile(LIBERAL_SOURCE)


def liberal_re() -> re.Pattern[str]:
    """The liberal pattern, compiled on first use from the regex code cache (compiling it costs a few ms of
    a one-line redact's start)."""
    return _LIBERAL  # type: ignore[return-value]

_TYPE_SPLIT = _lazyre.compile(r"\\_|[_\- \u00a0]")
#: characters that can be part of some mention; anything else is a safe place to cut a stream
MENTION_CHARS = r"\w\\\- \u00a0<>&;#%\[\]{}«»‹›⟨⟩〈〉＜＞"
_CUT_RE = _lazyre.compile(rf"[^{MENTION_CHARS}]+")
_MENTION_RUN_RE = _lazyre.compile(rf"[{MENTION_CHARS}]*")
#: every mention holds this: the type's last alphanumeric, a separator, an id with a decimal digit
_ANCHOR_RE = _lazyre.compile(r"[A-Za-z0-9](?:_|\\_|-|[ \u00a0])[0-9a-fA-F]{0,63}[0-9]")
#: where an anchor can end. Every anchor holds a shortest one (cut after the first digit of its id),
#: whose digit follows a separator (itself after an alphanumeric) or a hex letter. Searched from that
#: rare digit, not from every alphanumeric as ``_ANCHOR_RE`` must be: ~4x less time on code.
_ANCHOR_END_RE = _lazyre.compile(r"[0-9](?:(?<=[A-Za-z0-9][_\- \u00a0][0-9])|(?<=[A-Za-z0-9]\\_[0-9])|(?<=[a-fA-F][0-9]))")
#: a shortest anchor is at most 67 characters long (1 + 2 + 63 + 1): it starts this far before its digit
_ANCHOR_REACH = 66


@dataclass(frozen=True, slots=True)
class Mention:
    """A placeholder-looking string in a text; ``key`` is its canonical form ``<TYPE_ID>``.

    ``form``: ``canonical``, ``bracketed`` or ``bare`` (see the module docstring); ``strong`` says it
    looks enough like a placeholder to be reported when the vault does not hold it.
    """

    start: int
    end: int
    key: str
    form: str = "canonical"
    strong: bool = True

    @property
    def type(self) -> str:
        return self.key[1:self.key.rindex("_")]


def format_placeholder(type_: str, ident: str | int) -> str:
    return f"<{type_}_{ident}>"


def canonical_key(type_text: str, ident: str) -> str:
    """``Email\\_1`` → ``<EMAIL_1>``: separators to ``_``, type upper-cased, hex tag lower-cased."""
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
    for c in PLACEHOLDER_RE.finditer(text, start):
        yield from _liberal(text, pos, c.start(), known)
        yield Mention(c.start(), c.end(), c.group(0))
        pos = c.end()
    yield from _liberal(text, pos, end, known)


def _liberal(text: str, pos: int, end: int, known: Container[str] | None) -> Iterator[Mention]:
    for m in _liberal_matches(text, pos, end):
        if m.group("open") is not None:
            key = canonical_key(m.group("bt"), m.group("bi"))
            angle = re.fullmatch(_ANGLE_OPEN, m.group("open")) is not None
            strong = angle or ("_" in text[m.start("bt"):m.start("bi")] and m.group("bt").isupper())
            yield Mention(m.start(), m.end(), key, "bracketed", strong)
            continue
        t, i = ("ht", "hi") if m.group("hopen") is not None else ("t", "i")
        key = canonical_key(m.group(t), m.group(i))
        if known is None or key in known:
            yield Mention(m.start(), m.end(), key, "bare", False)


def _liberal_matches(text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """``liberal_re().finditer(text, pos, end)``, but only run over the stretches that can hold a mention.

    Why: the liberal pattern tries every position and costs ~1 s per 4 MB of code, twice per redact.
    A mention is made of :data:`MENTION_CHARS` only, so it lies inside one run of them, and it holds an
    anchor (an alphanumeric, a separator, an id with a digit). Runs without an anchor are skipped; a run
    with one is searched with the full pattern, one character of context past its end for the
    look-aheads, which gives exactly the matches a scan of the whole range finds there.
    """
    if end - pos < 3:
        return
    liberal = liberal_re()
    while True:
        a0 = _first_anchor(text, pos, end)
        if a0 < 0:
            return
        cut = _CUT_RE.search(text, a0, end)
        stop = end if cut is None else cut.start()
        yield from liberal.finditer(text, _run_start(text, pos, a0), min(stop + 1, end))
        pos = stop
        if pos >= end:
            return


def _first_anchor(text: str, pos: int, end: int) -> int:
    """A position in the run (of mention characters) of the first ``_ANCHOR_RE`` match in
    ``text[pos:end]``, or -1: the start of the anchor found in the window before the first digit
    that ends one. (An earlier anchor would end at an earlier such digit.)"""
    q = pos
    while True:
        d = _ANCHOR_END_RE.search(text, q, end)
        if d is None:
            return -1
        i = d.start()
        a = _ANCHOR_RE.search(text, max(pos, i - _ANCHOR_REACH), i + 1)
        if a is not None:
            return a.start()
        q = i + 1


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
_MENTION_STARTS = _LETTERS | frozenset("<\\&%«‹⟨〈＜[{")
_OPEN_ENDS = frozenset("<;cC«‹⟨〈＜[{")
_CLOSE_STARTS = frozenset(">\\&%»›⟩〉＞]}")
_SPACES = frozenset(" \u00a0")
#: how every id begins (``_ID``): a decimal digit, or six hex digits
_ID_START = _lazyre.compile(r"[0-9]|[0-9a-fA-F]{6}")


def tag_keeps_left(text: str, start: int) -> bool:
    """Whether a canonical tag put over ``text[start:…]`` (non-empty) leaves the mentions before ``start`` as they were.

    Why: a tag is itself a canonical mention, so the liberal scan before it stops at its ``<``; what it
    finds there is what the input held if no mention can run from before ``start`` into the replaced
    text. That holds after a cut character, and after a space that no mention can contain here: a
    space is only a separator (an alphanumeric before, an id after), the padding after an opening
    bracket (a letter after) or before a closing one (a hex digit before). Redact then need not scan
    the run before a replacement again: in logs (``user alice@x.io logged in``) nearly every line.
    """
    if start == 0 or text[start - 1] not in _SPACES:
        return start == 0 or _CUT_RE.match(text, start - 1) is not None
    before = text[start - 2] if start >= 2 else ""
    after = text[start]
    return not ((before in _ALNUM and _ID_START.match(text, start)) or (before in _OPEN_ENDS and after in _LETTERS)
                or (before in _HEX and after in _CLOSE_STARTS))


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
