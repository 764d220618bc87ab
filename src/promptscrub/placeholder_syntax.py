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

import functools
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

#: ``<TYPE_ID>``: TYPE is UPPER_SNAKE, ID a counter (``1``) or a keyed-hash tag (``3fa9c1``).
PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_([0-9]+|[0-9a-f]{6,64})>")

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


@functools.cache
def liberal_re() -> re.Pattern[str]:
    """Compiled on first use (a few ms), not at import: start-up time matters for one-line redacts."""
    return re.compile(LIBERAL_SOURCE)

_TYPE_SPLIT = re.compile(r"\\_|[_\- \u00a0]")
#: characters that can be part of some mention; anything else is a safe place to cut a stream
MENTION_CHARS = r"\w\\\- \u00a0<>&;#%\[\]{}«»‹›⟨⟩〈〉＜＞"
_CUT_RE = re.compile(rf"[^{MENTION_CHARS}]+")
_MENTION_CHAR_RE = re.compile(rf"[{MENTION_CHARS}]")
_NON_MENTION_SET = frozenset("\n\t\r.,:()'\"=/")  # common cut characters, checked before the regex
#: every mention holds this: the type's last alphanumeric, a separator, an id with a decimal digit
_ANCHOR_RE = re.compile(r"[A-Za-z0-9](?:_|\\_|-|[ \u00a0])[0-9a-fA-F]{0,63}[0-9]")


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
        a = _ANCHOR_RE.search(text, pos, end)
        if a is None:
            return
        a0 = a.start()
        cut = _CUT_RE.search(text, a0, end)
        stop = end if cut is None else cut.start()
        start = a0
        while start > pos and text[start - 1] not in _NON_MENTION_SET and _MENTION_CHAR_RE.match(text[start - 1]):
            start -= 1
        yield from liberal.finditer(text, start, min(stop + 1, end))
        pos = stop
        if pos >= end:
            return


def safe_cut(text: str, start: int = 0) -> int:
    """The last position in ``text`` (≥ ``start``) after a character no mention can contain.

    Cutting a stream there is exact: no mention spans the cut, and none on either side is decided
    by characters on the other side.
    """
    last = start
    for m in _CUT_RE.finditer(text, start):
        last = m.end()
    return last
