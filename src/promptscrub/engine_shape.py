"""What a rule's regex looks like to the fast backend: its widths, and a Hyperscan superset of it.

Hyperscan is used only as a *candidate finder*: it must report the end of every match that Python's
``re`` would find, and may report more (``re`` confirms each candidate). So the expression handed to
Hyperscan is not the rule's source text but a re-emission of Python's own parse tree in which every
construct is widened to a superset of Python's semantics:

* character classes become explicit ASCII sets computed with Python's rules (``\\s`` includes
  ``\\x1c``-``\\x1f``, ``(?i)k`` includes the Kelvin sign), plus *all* non-ASCII code points whenever
  the class could match any; so Unicode-version and case-folding differences cannot drop a match;
* zero-width assertions (``$ \\b``, lookarounds) are dropped, back-references become copies of
  the group they repeat, atomic groups and possessive repeats become plain ones. A multi-line ``^``
  is kept: Hyperscan's multi-line ``^`` (every expression is compiled with that flag) holds at
  exactly Python's positions (the start, and after each ``\\n``), and an anchored expression scans
  far fewer live states than one that may start anywhere.

No Hyperscan flag or syntax quirk is then left to interpret. The widths tell the engine how far to
look around a candidate end: ``max_width`` bounds a match's length and ``lookahead`` the context an
assertion may read past its end.
"""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass
from re import _constants as C  # noqa: PLC2701 - the stdlib parser is the definition of the semantics
from re import _parser as P  # noqa: PLC2701

from .char_tables import TranslationTable, case_class
from .textmemo import last_texts

#: A match longer than this is treated as unbounded (confirmation then uses start-of-match data).
MAX_WINDOW = 4096
#: In Hyperscan expressions, repeats allowing more than this many copies become unbounded ...
WIDE_REPEAT = 16
#: ... and minimum counts above this are lowered to it (a superset of the ends, far smaller databases).
REPEAT_CAP = 32
#: Hyperscan scans a one-byte-per-character *shadow* of the text (see :func:`shadow`): ASCII and
#: Latin-1 as their code, the characters that ``(?i)`` equates with an ASCII letter (K, ſ, İ, ı) as
#: that letter, everything else as one of the 32 bytes 0x80-0x9F by its script (:data:`SCRIPT_BYTES`).
#: Offsets are then character offsets; each class is emitted with the bytes of every character Python's
#: class may match.
SHADOW_SPECIAL = {0x130: ord("i"), 0x131: ord("i"), 0x17F: ord("s"), 0x212A: ord("k")}
#: The shadow bytes of characters beyond Latin-1: ``(first, last, first byte, bytes)``, a character of the
#: block getting ``first byte + code % bytes``; any other character (and a C1 control, which is its own byte)
#: reads as one of 0x80-0x9F too, 0x80 if in no block. Why: with one byte for all of them, a rule's Chinese or
#: Thai literal (``地址``, ``ถนน``) matched every pair of letters in a Russian text (1.5 million candidate ends
#: for the address anchors on 1 MB of Russian, 2 s); by script, a literal finds only its own script, and
#: within it about one position in ``bytes ** len``.
SCRIPT_BYTES = (
    (0x0100, 0x02FF, 0x84, 2), (0x1E00, 0x1EFF, 0x84, 2),  # Latin Extended (Polish, Turkish, Vietnamese ...)
    (0x0400, 0x052F, 0x86, 5),  # Cyrillic
    (0x0370, 0x03FF, 0x8B, 2), (0x1F00, 0x1FFF, 0x8B, 2),  # Greek
    (0x0600, 0x06FF, 0x8D, 2), (0x0750, 0x077F, 0x8D, 2), (0x08A0, 0x08FF, 0x8D, 2),  # Arabic, Persian, Urdu
    (0xFB50, 0xFDFF, 0x8D, 2), (0xFE70, 0xFEFF, 0x8D, 2),
    (0x0590, 0x05FF, 0x8F, 1),  # Hebrew
    (0x0900, 0x0DFF, 0x90, 2),  # Devanagari and the other Indic scripts
    (0x0E00, 0x0EFF, 0x92, 2),  # Thai, Lao
    (0x1100, 0x11FF, 0x94, 2), (0x3130, 0x318F, 0x94, 2), (0xAC00, 0xD7AF, 0x94, 2),  # Hangul
    (0x2000, 0x2BFF, 0x81, 1),  # punctuation and symbols
    (0x3000, 0x303F, 0x82, 2), (0xFF00, 0xFFEF, 0x82, 2),  # CJK and full-width punctuation
    (0x3040, 0x30FF, 0x96, 2),  # kana
    # Han: the most bytes, as its words are one or two characters long
    (0x3400, 0x4DBF, 0x98, 8), (0x4E00, 0x9FFF, 0x98, 8), (0xF900, 0xFAFF, 0x98, 8), (0x20000, 0x3FFFF, 0x98, 8),
)
#: the shadow bytes characters beyond Latin-1 may read as
SCRIPT_BYTE_RANGE = (0x80, 0x9F)
#: Characters that Python's case-insensitive matching equates beyond ``lower``/``upper``.
CASE_EXTRAS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a", "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


class ShapeError(ValueError):
    """The pattern cannot be analysed (syntax only ``regex`` knows); the rule runs on ``re`` alone."""


@dataclass(frozen=True, slots=True)
class Shape:
    """``max_width``: longest possible match, None when unbounded; ``lookahead``: context read past
    a match's end by assertions, None when unbounded; ``min_width`` 0 means it can match empty."""

    expression: str
    min_width: int
    max_width: int | None
    lookahead: int | None
    newlines: int | None
    #: matches the reversed text where the pattern matches the text: its ends are match *starts*
    reversed_expression: str


def python_source(pattern: str) -> tuple[str, int]:
    """The pattern as stdlib ``re`` can parse it, plus global flags: Go-style mid-pattern ``(?i)``
    becomes a global IGNORECASE (a superset of both Go's and ``regex``'s readings), ``\\z`` → ``\\Z``."""
    flags = 0
    src = pattern.replace(r"\z", r"\Z")
    stripped = re.sub(r"(?<!\\)\(\?i\)", "", src)
    if stripped != src:
        flags |= re.IGNORECASE
    return stripped, flags


def _parse(pattern: str) -> tuple[P.SubPattern, int, list]:
    """Python's parse tree of a rule's regex, its global flags, and the top-level items the ends-only
    expression is emitted from; :class:`ShapeError` when ``re``'s parser rejects the pattern."""
    src, flags = python_source(pattern)
    try:
        tree = P.parse(src, flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise ShapeError(str(exc)) from None
    items = list(tree)
    if items and items[0][0] == C.ASSERT and items[0][1][0] == -1:
        # a leading lookbehind is consumed instead of dropped: the same ends, far fewer candidates
        items[0] = (C.SUBPATTERN, (None, 0, 0, items[0][1][1]))
    return tree, tree.state.flags, _after_line_repeat(tree.state, items, tree.state.flags)


#: What follows a repeat of lines must hold a literal this long to serve alone as the candidate
SUFFIX_LITERAL = 3


def _after_line_repeat(state: P.State, items: list, flags: int) -> list:
    """The top-level items after the last repeat of whole lines (``(?:[^\n]*\n){0,12}``), when every match
    of those holds a literal of :data:`SUFFIX_LITERAL` characters (``gecos:``, ``-----END``); else all items.

    Why: every match of ``A R B`` ends where a match of ``B`` ends, and the engine's window around an end
    comes from the whole pattern's widths, so ``B`` alone finds a superset of the ends. A record rule
    (``user:`` then up to 12 lines, then ``gecos:``) otherwise keeps Hyperscan tracking a dozen lines after
    every ``name:`` line of code: one such rule cost 14% of the whole database's scan of source code. Without
    a literal, ``B`` (a quoted value) is found everywhere: the candidates would cost more than they save."""
    for k in range(len(items) - 1, -1, -1):
        op, av = items[k]
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[1] > 1 \
                and _newlines(av[2], flags) != 0 and P.SubPattern(state, av[2]).getwidth()[1] > 1:
            rest = items[k + 1:]
            return rest if _literal_run(rest, flags) >= SUFFIX_LITERAL else items
    return items


def _literal_run(items: list | P.SubPattern, flags: int) -> int:
    """The length of the longest literal every match of ``items`` holds (a letter under ``(?i)`` counts: a
    class of one or two characters is as selective), summed over consecutive items."""
    best = run = 0
    for op, av in items:
        if op == C.LITERAL or op == C.IN and len(av) <= 2 and all(o == C.LITERAL for o, _ in av):
            run += 1
        else:
            inner = 0
            if op == C.SUBPATTERN:
                inner = _literal_run(av[3], (flags | av[1]) & ~av[2])
            elif op == C.BRANCH:
                inner = min(_literal_run(alt, flags) for alt in av[1])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                inner = _literal_run(av[2], flags)
            best = max(best, run, inner)
            run = 0 if op not in (C.AT, C.ASSERT, C.ASSERT_NOT) else run
    return max(best, run)


def analyse(pattern: str) -> Shape:
    """The :class:`Shape` of a rule's regex; :class:`ShapeError` when ``re``'s parser rejects it."""
    tree, flags, items = _parse(pattern)
    lo, hi = tree.getwidth()
    return Shape(
        expression=_Emitter(tree.state, tree).emit_ends(items, flags),
        min_width=lo,
        max_width=hi if hi <= MAX_WINDOW else None,
        lookahead=_lookahead(tree),
        newlines=_newlines(tree, flags),
        reversed_expression=_Emitter(tree.state, tree, reverse=True).emit_ends(list(tree), flags),
    )


def split_expressions(pattern: str) -> list[str]:
    """The Hyperscan expression once per alternative of the pattern's first top-level alternation.

    Why: ``(?i)(?:a|b|...|z)<rest>`` with a hundred provider names is "too large" for Hyperscan as one
    expression, and its prefilter-mode approximation reports an end at nearly every long token. One
    expression per alternative, all under the rule's id, gives exactly the same set of ends. Empty
    when the pattern has no such alternation.
    """
    try:
        tree, flags, items = _parse(pattern)
    except ShapeError:
        return []
    for k, (op, av) in enumerate(items):
        if op == C.BRANCH:
            branch, add, delete = av, 0, 0
        elif op == C.SUBPATTERN and len(av[3]) == 1 and av[3][0][0] == C.BRANCH:
            branch, add, delete = av[3][0][1], av[1], av[2]
        else:
            continue
        emitter = _Emitter(tree.state, tree)
        return [emitter.emit_ends([*items[:k], (C.SUBPATTERN, (None, add, delete, alt)), *items[k + 1:]], flags)
                for alt in branch[1]]
    return []


def _lookahead(tree: P.SubPattern | list) -> int | None:
    """Longest lookahead in the pattern (0 when none); None when one is unbounded."""
    best = 0
    for op, av in tree:
        subs: list = []
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction == 1:
                hi = sub.getwidth()[1]
                if hi > MAX_WINDOW:
                    return None
                best = max(best, hi)
            subs = [sub]
        elif op == C.BRANCH:
            subs = av[1]
        elif op == C.SUBPATTERN:
            subs = [av[3]]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            subs = [av[2]]
        elif op == C.ATOMIC_GROUP:
            subs = [av]
        elif op == C.GROUPREF_EXISTS:
            subs = [s for s in av[1:] if s is not None]
        for sub in subs:
            inner = _lookahead(sub)
            if inner is None:
                return None
            best = max(best, inner)
    return best


def _newlines(items: list | P.SubPattern, flags: int, groups: dict[int, int | None] | None = None) -> int | None:
    """How many newlines one match can contain at most; None when unbounded.

    ``groups`` (filled on the way, left to right) holds each capturing group's count, so a
    back-reference (``(["'])...\\1``) counts what its group can hold instead of making it unbounded.
    """
    groups = {} if groups is None else groups
    total = 0
    for op, av in items:
        n: int | None = 0
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            n = 1 if _can_match_newline(op, av, flags) else 0
        elif op == C.BRANCH:
            counts = [_newlines(alt, flags, groups) for alt in av[1]]
            n = None if None in counts else max(counts)  # type: ignore[type-var]
        elif op == C.SUBPATTERN:
            n = _newlines(av[3], (flags | av[1]) & ~av[2], groups)
            if av[0] is not None:
                groups[av[0]] = n
        elif op == C.ATOMIC_GROUP:
            n = _newlines(av, flags, groups)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            inner = _newlines(av[2], flags, groups)
            n = None if inner is None else (0 if inner == 0 else (None if av[1] == C.MAXREPEAT else inner * av[1]))
        elif op == C.GROUPREF:
            n = groups.get(av)  # a group not seen yet (a forward reference): unbounded
        elif op == C.GROUPREF_EXISTS:
            n = None  # rare: not worth tracking
        if n is None:
            return None
        total += n
    return total


def _can_match_newline(op: int, av, flags: int) -> bool:  # noqa: ANN001
    if op == C.LITERAL:
        return av == 10
    if op == C.NOT_LITERAL:
        return av != 10
    if op == C.ANY:
        return bool(flags & re.DOTALL)
    negate = bool(av) and av[0][0] == C.NEGATE
    items = av[1:] if negate else list(av)
    return _member("\n", items, bool(flags & re.IGNORECASE)) != negate


class _Emitter:
    """Re-emits a parse tree as a Hyperscan expression matching a superset (of the shadow bytes).

    Only match *ends* matter to the engine (a window is derived from the original pattern's widths),
    so the expression is widened where that costs Hyperscan nothing in candidates but saves a lot of
    compile time and database size:

    * :meth:`emit_ends` drops what a match *begins* with when it may be empty, and cuts a leading
      repeat to its minimum count: every match of ``A B`` with ``A`` nullable ends where a match of
      ``B`` ends, and ``X{2,9}Y`` ends where ``X{2}Y`` does (in reverse mode: what a match *ends* with);
    * repeats with a large upper bound become open (``{10,150}`` → ``{10,}``) and large lower bounds
      are capped at :data:`REPEAT_CAP` (``{40}`` → ``{32,}``): bounded repeats are what makes
      Hyperscan databases big and slow to compile.
    """

    def __init__(self, state: P.State, tree: P.SubPattern, reverse: bool = False) -> None:
        self.groups: dict[int, tuple[list, int]] = {}
        self.reverse = reverse
        self.state = state
        self.emit(tree, tree.state.flags)  # registers every group first: back-references may be emitted before it

    def _line_start(self, op: int, av, flags: int) -> bool:  # noqa: ANN001
        """A multi-line ``^``: kept (as Hyperscan's multi-line ``^``, the same positions), not dropped."""
        return op == C.AT and av == C.AT_BEGINNING and bool(flags & re.MULTILINE) and not self.reverse

    def _nullable(self, op: int, av) -> bool:  # noqa: ANN001
        """Whether the node can match the empty string (zero-width assertions count as empty)."""
        return P.SubPattern(self.state, [(op, av)]).getwidth()[0] == 0

    def emit(self, items: list | P.SubPattern, flags: int) -> str:
        parts = [self._node(op, av, flags) for op, av in items]
        return "".join(reversed(parts) if self.reverse else parts)

    def emit_ends(self, items: list | P.SubPattern, flags: int) -> str:
        """Like :meth:`emit`, but only the set of match ends (starts, in reverse mode) is kept."""
        items = list(items)
        if not items:
            return ""
        k = len(items) - 1 if self.reverse else 0
        op, av = items[k]
        rest = items[:k] if self.reverse else items[k + 1:]
        head: str | None = None
        if self._line_start(op, av, flags):
            return "^" + self.emit(rest, flags)
        if self._nullable(op, av) and not all(self._nullable(o, a) for o, a in rest):
            return self.emit_ends(rest, flags)
        if op == C.SUBPATTERN:
            _, add, delete, sub = av
            head = "(?:" + self.emit_ends(sub, (flags | add) & ~delete) + ")"
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            body = "(?:" + self.emit(av[2], flags) + ")"
            head = body if av[0] == 1 else body + f"{{{min(av[0], REPEAT_CAP)}}}"
        if head is None:
            return self.emit(items, flags)
        return head + self.emit(rest, flags)  # reversed: the last item comes first

    def _node(self, op: int, av, flags: int) -> str:  # noqa: ANN001, PLR0911, C901 - one case per opcode
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return self._class(op, av, flags)
        if self._line_start(op, av, flags):
            return "^"
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return ""  # dropping a zero-width assertion can only add matches
        if op == C.BRANCH:
            return "(?:" + "|".join(self.emit(alt, flags) for alt in av[1]) + ")"
        if op == C.SUBPATTERN:
            group, add, delete, sub = av
            inner = (flags | add) & ~delete
            if group is not None:
                self.groups[group] = (sub, inner)
            return "(?:" + self.emit(sub, inner) + ")"
        if op == C.ATOMIC_GROUP:
            return "(?:" + self.emit(av, flags) + ")"
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            body = "(?:" + self.emit(sub, flags) + ")"
            if hi > WIDE_REPEAT or lo > REPEAT_CAP:
                lo, hi = min(lo, REPEAT_CAP), C.MAXREPEAT
            if hi == C.MAXREPEAT:
                return body + ("*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}")
            return body + (f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}")
        if op == C.GROUPREF:
            sub, inner = self.groups[av]
            # a back-reference under IGNORECASE compares case-insensitively: widen to both readings
            return "(?:" + self.emit(sub, inner | (flags & re.IGNORECASE)) + ")"
        if op == C.GROUPREF_EXISTS:
            _, yes, no = av
            return "(?:" + self.emit(yes, flags) + "|" + (self.emit(no, flags) if no is not None else "") + ")"
        raise ShapeError(f"unsupported construct {op}")

    def _class(self, op: int, av, flags: int) -> str:  # noqa: ANN001
        key = (op, tuple(av) if isinstance(av, list) else av, flags & (re.IGNORECASE | re.DOTALL))
        out = _CLASSES.get(key)
        if out is None:
            out = _CLASSES[key] = _class(op, av, flags)
        return out


#: Emitted classes by (opcode, items, flags): the same few classes recur across all rules.
_CLASSES: dict[tuple, str] = {}


def _class(op: int, av, flags: int) -> str:  # noqa: ANN001
    icase = bool(flags & re.IGNORECASE)
    if op == C.LITERAL:
        items, negate = [(C.LITERAL, av)], False
    elif op == C.NOT_LITERAL:
        items, negate, icase = [(C.LITERAL, av)], True, False  # case-sensitive negation is wider
    elif op == C.ANY:
        items, negate, icase = ([] if flags & re.DOTALL else [(C.LITERAL, 10)]), True, False
    else:
        negate = bool(av) and av[0][0] == C.NEGATE
        items = av[1:] if negate else list(av)
        if negate:
            icase = False
    members = {c for c in range(256) if _member(chr(c), items, icase) != negate}
    beyond = None if negate else _beyond_latin1_bytes(items, icase)
    members |= set(range(SCRIPT_BYTE_RANGE[0], SCRIPT_BYTE_RANGE[1] + 1)) if beyond is None else beyond
    members |= {b for sp, b in SHADOW_SPECIAL.items() if _member(chr(sp), items, icase) != negate}
    if not members:
        raise ShapeError("empty character class")
    members = sorted(members)
    return "[" + _ranges(members) + "]"


def _member(ch: str, items: list, icase: bool) -> bool:
    """Whether ASCII ``ch`` is in the class ``items`` under Python's rules (case variants included)."""
    variants = {ch}
    if icase:
        variants |= {v for v in (ch.lower(), ch.upper(), ch.casefold()) if len(v) == 1}
        variants |= set(CASE_EXTRAS.get(ch.lower(), "")) | set(CASE_EXTRAS.get(ch, ""))
    for kind, val in items:
        for v in variants:
            o = ord(v)
            if kind == C.LITERAL and o == val:
                return True
            if kind == C.RANGE and val[0] <= o <= val[1]:
                return True
            if kind == C.CATEGORY and v == ch and _category(ch, val):
                return True
    return False


def _category(ch: str, cat: object) -> bool:
    """Python's own definitions for ``str`` patterns (Unicode)."""
    digit = ch.isdecimal()
    word = ch.isalnum() or ch == "_"
    space = ch.isspace()
    return {
        C.CATEGORY_DIGIT: digit, C.CATEGORY_NOT_DIGIT: not digit,
        C.CATEGORY_WORD: word, C.CATEGORY_NOT_WORD: not word,
        C.CATEGORY_SPACE: space, C.CATEGORY_NOT_SPACE: not space,
    }.get(cat, True)


def _beyond_latin1_bytes(items: list, icase: bool) -> set[int] | None:
    """The shadow bytes of the characters beyond Latin-1 that a (not negated) class may match, their case
    variants included under ``icase``; None for any of them (a category: ``\\w``, ``\\s``)."""
    codes: set[int] = set()
    out: set[int] = set()
    for kind, val in items:
        if kind == C.LITERAL:
            codes.add(val)
        elif kind == C.RANGE:
            lo, hi = val
            if hi > 0xFF:
                out |= _range_bytes(max(lo, 0x100), hi)
            if icase:  # the case variants of the range's characters (a few thousand characters have any)
                codes.update(c for c in _case_partners() if lo <= c <= hi)
        elif kind == C.CATEGORY and val in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            out.add(SCRIPT_BYTE_RANGE[0])  # (see shadow_byte)
        else:
            return None
    if icase:
        partners = _case_partners()
        codes |= {p for c in list(codes) for p in partners.get(c, ())}
    out |= {shadow_byte(c) for c in codes if c > 0xFF and c not in SHADOW_SPECIAL}
    return out


def shadow_byte(code: int) -> int:
    """The shadow's byte for a character beyond Latin-1 (see :data:`SCRIPT_BYTES`), by its :func:`case_key`: the
    characters ``re`` equates under IGNORECASE share it, so a case-insensitive literal is one byte sequence, not
    a product of classes (``(?i)город`` as 2^5 byte strings left Hyperscan only the ``.`` after it to look for:
    42 ms instead of 0.2 on 1 MB of code). Digits and blanks of any script read as 0x80, with the characters of
    no block: ``\\d`` and ``\\s`` then add one byte to their class, not 32 (a ``\\d`` with every script byte
    made the rules' scan of plain code ~30% slower)."""
    ch = chr(code)
    if ch.isdecimal() or ch.isspace():
        return SCRIPT_BYTE_RANGE[0]
    return _block_byte(case_key(code))


def _block_byte(code: int) -> int:
    for first, last, byte, n in SCRIPT_BYTES:
        if first <= code <= last:
            return byte + code % n
    return SCRIPT_BYTE_RANGE[0]


def case_key(code: int) -> int:
    """One representative of the characters ``re`` equates with ``code`` under IGNORECASE (its
    :func:`~promptscrub.char_tables.case_class`), beyond Latin-1 where the class has such a member (``µ`` and
    ``μ``: ``μ``), else ``code``: equal for every two characters of a class beyond Latin-1."""
    keys = [c for c in case_class(code) if c > 0xFF]
    return min(keys) if keys else code


def _range_bytes(lo: int, hi: int) -> set[int]:
    """The shadow bytes of the characters ``lo``-``hi`` (all beyond Latin-1): every byte of a block the range
    covers widely, those of each character otherwise, and those of the characters whose case key lies in
    another block than they do (the Ohm sign reads as omega)."""
    out: set[int] = set()
    covered = 0
    for first, last, byte, n in SCRIPT_BYTES:
        a, b = max(lo, first), min(hi, last)
        if a > b:
            continue
        covered += b - a + 1
        out |= set(range(byte, byte + n)) if b - a + 1 >= 4 * n else {shadow_byte(c) for c in range(a, b + 1)}
    if covered < hi - lo + 1 or any(lo <= c <= hi for c in _digits_and_blanks()):
        out.add(SCRIPT_BYTE_RANGE[0])  # some character of the range is in no block (they do not overlap), or a digit
    out |= {shadow_byte(c) for c in _case_partners() if lo <= c <= hi and c > 0xFF and c not in SHADOW_SPECIAL}
    return out


_digits_blanks: tuple[int, ...] | None = None


def _digits_and_blanks() -> tuple[int, ...]:
    """The digits and blanks beyond Latin-1 (their shadow byte is 0x80: see :func:`shadow_byte`)."""
    global _digits_blanks
    if _digits_blanks is None:
        _digits_blanks = tuple(c for c in range(0x100, 0x110000) if chr(c).isdecimal() or chr(c).isspace())
    return _digits_blanks


_partners: dict[int, tuple[int, ...]] | None = None


def _case_partners() -> dict[int, tuple[int, ...]]:
    """Each character's case partners: the others of its class under ``lower``, ``upper`` (simple and full
    one-character mappings) and ``re``'s own extra equivalences (``\\u03c3`` and ``\\u03c2``), for the
    characters that have any; what ``re`` may treat as equal under IGNORECASE lies within one class (the Ohm
    sign with omega, the Angstrom sign with ``å``). One pass over every code point, once per process and only
    while compiling a database."""
    global _partners
    if _partners is None:
        import _sre
        from re._casefix import _EXTRA_CASES  # noqa: PLC2701 - re's own table

        parent: dict[int, int] = {}

        def find(x: int) -> int:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            parent.setdefault(ra, ra)
            parent.setdefault(rb, rb)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        for code in range(0x110000):
            ch = chr(code)
            for other in (_sre.unicode_tolower(code), ch.lower(), ch.upper()):
                o = other if isinstance(other, int) else (ord(other) if len(other) == 1 else code)
                if o != code:
                    union(code, o)
        for code, extras in _EXTRA_CASES.items():
            for o in extras:
                union(code, o)
        groups: dict[int, list[int]] = {}
        for code in parent:
            groups.setdefault(find(code), []).append(code)
        _partners = {c: tuple(g) for g in groups.values() for c in g}
    return _partners


def _ranges(codes: list[int]) -> str:
    out = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(f"\\x{codes[i]:02x}" + (f"-\\x{codes[j]:02x}" if j > i else ""))
        i = j + 1
    return "".join(out)


#: whether the last :func:`shadow` in this thread met a character of SHADOW_SPECIAL
_seen = threading.local()


#: ``str.translate``'s table of the shadow (Latin-1 reads as itself), filled as characters are met
_SHADOW_TABLE = TranslationTable(lambda code: code if code <= 0xFF else SHADOW_SPECIAL.get(code) or shadow_byte(code))
_SPECIAL_CHARS = tuple(map(chr, SHADOW_SPECIAL))
#: a run of characters beyond Latin-1 starting at most this many characters after the last one's end marks
#: a text in such a script: the rest is then translated a chunk at a time, not a run (a word) at a time
_DENSE_GAP, _DENSE_CHUNK = 32, 8192


def _shadow_errors(exc: UnicodeEncodeError) -> tuple[str, int]:
    """The encoder's handler for what Latin-1 cannot encode: that run alone, or in a text of another script
    (the run follows the last one closely), a chunk from it on -- the encoder calls back once per word
    otherwise (~1.3 us a call: 90 ms for 1 MB of Russian, 30 chunked)."""
    text, start = exc.object, exc.start
    if 0 <= start - getattr(_seen, "end", -1 - _DENSE_GAP) <= _DENSE_GAP:
        end = max(exc.end, min(len(text), start + _DENSE_CHUNK))
        chunk = text[start:end]
        if any(c in chunk for c in _SPECIAL_CHARS):
            _seen.special = True
        out = chunk.translate(_SHADOW_TABLE)
    else:
        end = exc.end
        out = text[start:end].translate(_SHADOW_TABLE)
        if min(out) < "\x80":  # only the SHADOW_SPECIAL characters read as ASCII
            _seen.special = True
    _seen.end = end
    return out, end


codecs.register_error("promptscrub-shadow", _shadow_errors)


def shadow(text: str) -> bytes:
    """One byte per character of ``text`` (Latin-1, other characters folded as described above)."""
    _seen.end = -(_DENSE_GAP + 1)
    return text.encode("latin-1", errors="promptscrub-shadow")


def shadow_and_special(text: str) -> tuple[bytes, bool]:
    """:func:`shadow`, and whether ``text`` holds a character it reads as an ASCII letter (İ ı ſ K):
    found while encoding, instead of searching the text again for each."""
    _seen.special = False
    return shadow(text), _seen.special


# the rules' scan, the table search and the whole-text gates (text_search.holds_any) read the same text;
# four kept, as the escaped strings' and the wrapped lines' views are scanned in between; encoding 3.7 MB
# of non-ASCII text costs ~6 ms
@last_texts(4)
def scan_bytes(text: str) -> tuple[bytes, bool]:
    """What Hyperscan scans for ``text``: its ASCII bytes, or its shadow; and whether it holds a
    character the shadow reads as an ASCII letter (see :func:`shadow_and_special`)."""
    return (text.encode("ascii"), False) if text.isascii() else shadow_and_special(text)


def keyword_expression(keyword: str) -> str | None:
    """A Hyperscan expression found in a shadow exactly where ``keyword in text.lower()`` holds, for a
    text without ſ, İ or ı (K lower-cases to k, as its shadow reads); None for a keyword the shadow
    cannot find exactly. ASCII letters match themselves and their capitals; a Latin-1 letter (``ü`` of
    ``prüfnummer``) the Latin-1 characters that lower-case to it, provided no character beyond Latin-1
    (whose shadow is a byte of 0x80-0x9F) does; any other character makes it None."""
    beyond = [c for c in set(keyword) if not c.isascii()]
    preimages = _latin1_preimages(frozenset(beyond)) if beyond else {}
    out = []
    for c in keyword:
        if c.isascii():
            codes = {ord(c), ord(c.upper())}
        else:
            codes = preimages.get(c)
            if codes is None:
                return None
        out.append("[" + _ranges(sorted(codes)) + "]")
    return "".join(out)


def _latin1_preimages(chars: frozenset[str]) -> dict[str, set[int]]:
    """For each of ``chars``, the codes of the characters whose ``lower()`` holds it, if all are
    Latin-1 and lower-case to one character (so offsets stay aligned); chars without are left out."""
    table, bad = _lower_preimages()
    return {c: set(table[c]) for c in chars if c in table and c not in bad and ord(c) <= 0xFF}


_preimages: tuple[dict[str, set[int]], set[str]] | None = None


def _lower_preimages() -> tuple[dict[str, set[int]], set[str]]:
    """Each non-ASCII Latin-1 character's preimages under ``lower()``, and those with one beyond Latin-1
    or lower-casing to several characters: one pass over every code point, once per process and only
    while compiling a database (a pass per keyword cost ~0.4 s each, ~10 s for a pack's 25 such keywords)."""
    global _preimages
    if _preimages is None:
        table: dict[str, set[int]] = {}
        bad: set[str] = set()
        for code in range(0x110000):
            low = chr(code).lower()
            if len(low) == 1:
                if not 0x80 <= ord(low) <= 0xFF:
                    continue  # ASCII, or beyond Latin-1 (never asked about: see _latin1_preimages)
                table.setdefault(low, set()).add(code)
                if code > 0xFF:
                    bad.add(low)
                continue
            for c in set(low):
                if 0x80 <= ord(c) <= 0xFF:
                    table.setdefault(c, set()).add(code)
                    bad.add(c)
        _preimages = table, bad
    return _preimages
