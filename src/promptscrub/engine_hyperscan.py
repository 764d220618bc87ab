"""The Hyperscan backend: one database finds candidate match *ends* for all rules at once, then
each rule's own ``re`` pattern confirms them in small windows, so the result is exactly
:class:`~promptscrub.engine_python.PythonBackend`'s, at tens of MB/s.

How a window is chosen (see :mod:`promptscrub.engine_shape` for why Hyperscan's ends are a superset):

* every match ``(s, e)`` has ``e`` among the reported ends, and ``s >= e - max_width`` (bounded
  patterns) or ``s`` after the ``newlines + 1``-th newline before ``e`` (unbounded ones that cross
  few lines). So each end gives an interval holding every match that ends there; overlapping
  intervals are merged, and every match lies inside one merged interval;
* ``finditer(text, pos, endpos)`` then runs over the *full string* (lookbehinds and ``\\b`` see the
  real context) from ``max(interval start, previous match end)``, with ``endpos`` a margin past the
  interval so lookaheads and ``$`` see real text too. A match reaching past the interval can only be
  an artefact of ``endpos``; if one shows up, the rule simply continues on the whole text. This
  reproduces ``finditer``'s left-to-right, non-overlapping choice exactly;
* patterns with no usable bound (PEM blocks spanning any number of lines, unbounded lookaheads)
  are also compiled *reversed*, each into a database of its own, the first time a text has a
  candidate for it; scanning the reversed text gives a superset of their match *starts*, and
  ``pattern.match(text, start)`` at each one, left to right, is exactly what ``finditer`` does (it
  tries every position; the others cannot match). Patterns Hyperscan cannot take at all run as in
  the Python backend.

The compiled databases are serialised into the cache, keyed by the rules, the Hyperscan version and
the CPU: compiling takes seconds, loading a few milliseconds.
"""
from __future__ import annotations

import hashlib
import platform
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .detectors import _lazyre as lazyre
from .engine_python import KeywordGate
from .engine_shape import (SCRIPT_BYTE_RANGE, Shape, ShapeError, analyse, keyword_expression, scan_bytes,
                           split_expressions)
from .rules import Rule

#: Bump when the database layout or the planning below changes.
FORMAT = "hs-23"  # 23: a rule with a repeat of lines is looked for by what follows it (engine_shape)
#: Context past an interval's end for assertions that look ahead (``$``, ``\\b``) besides lookaheads.
MARGIN = 2
#: Expressions longer than this are test-compiled alone when the combined database fails (see _compile).
LONG_EXPRESSION = 4000
#: An expression this long that starts with an alternation of at least SPLIT_MIN_PARTS names is entered
#: as one expression per name: the same ends, ~10x less scan time (a big case-insensitive alternation
#: followed by classes is one of Hyperscan's slow shapes).
SPLIT_FROM, SPLIT_MIN_PARTS = 2000, 8
#: Unbounded patterns spanning at most this many newlines get line-bounded windows.
MAX_LINES = 16
#: Appended to every buffer a rules' database scans; ends past the real data are dropped. Hyperscan
#: (5.4, block mode) can miss a match that ends exactly at the end of the buffer: a literal, a long
#: unbounded run, then a short class tail (``u--[^\n]*[ ][$%]`` over ``u--`` + 30 bytes + `` $``), found
#: as soon as any byte follows. In a reversed window scan that end is the window's start, where every
#: line-anchored match begins; forward, a match ending at the text's end. Any byte works; ``\n`` adds
#: the fewest spurious ends (see :func:`padded`).
SENTINEL = b"\n"

WINDOW, LINES, FULL, PYTHON = "window", "lines", "full", "python"
#: A rule's keyword is first looked for in this many characters before each of its first NEAR_ENDS
#: candidate ends (see HyperscanBackend._keywords_near_ends)
NEAR_CHARS, NEAR_ENDS = 160, 8
#: Characters whose shadow byte is an ASCII letter their ``lower()`` is not.
LOWER_SPECIAL = ("\u0130", "\u0131", "\u017f")


@dataclass(frozen=True, slots=True)
class Plan:
    """How one rule is confirmed: ``mode`` is one of WINDOW, LINES, FULL (Hyperscan gates a full
    ``finditer``) or PYTHON (not in the database: keyword gate only)."""

    mode: str
    width: int = 0
    lines: int = 0
    margin: int = MARGIN
    prefilter: bool = False
    #: WINDOW/LINES with an unbounded lookahead: the windows are scanned backwards for candidate
    #: starts, and ``match`` at each one reads the whole text (no margin can hold the lookahead)
    starts: bool = False

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Pickled as its fields (see ``Rule.__reduce__``: the cached database holds ~500 plans)."""
        return Plan, (self.mode, self.width, self.lines, self.margin, self.prefilter, self.starts)


def plan_rule(shape: Shape | None) -> Plan:
    if shape is None or shape.min_width == 0:
        return Plan(PYTHON)
    if shape.lookahead is None:
        if shape.max_width is not None:
            return Plan(WINDOW, width=shape.max_width, starts=True)
        if shape.newlines is not None and shape.newlines <= MAX_LINES:
            return Plan(LINES, lines=shape.newlines, starts=True)
        return Plan(FULL)
    margin = shape.lookahead + MARGIN
    if shape.max_width is not None:
        return Plan(WINDOW, width=shape.max_width, margin=margin)
    if shape.newlines is not None and shape.newlines <= MAX_LINES:
        return Plan(LINES, lines=shape.newlines, margin=margin)
    return Plan(FULL)


def cpu_signature() -> str:
    """The CPU features a database was compiled for (Hyperscan tunes to the host)."""
    sig = platform.machine()
    try:
        with open("/proc/cpuinfo", "rb") as fh:
            for line in fh:
                if line.startswith((b"flags", b"Features")):
                    return sig + hashlib.sha256(line).hexdigest()[:12]
    except OSError:
        pass
    return sig + platform.processor()


def ruleset_key(rules: Sequence[Rule], hs_version: str) -> str:
    h = hashlib.sha256(f"{FORMAT}\0{hs_version}\0{cpu_signature()}".encode())
    for r in rules:
        h.update(f"\0{r.id}\0{r.regex}\0{','.join(r.keywords)}".encode())
    return f"hsdb-{h.hexdigest()[:24]}"


@dataclass
class Built:
    """What the cache holds: the serialised databases (rule ends; keywords) and the plans. The rules
    whose starts come from a reversed scan (FULL and window-starts plans) have a database each, compiled
    when a text first needs it (see HyperscanBackend._reversed_db): a combined one of all ~220 of them
    took 8 of the 25 s of a cold build, and a text usually needs a few."""

    blob: bytes
    plans: list[Plan]
    #: False if Hyperscan rejected a keyword's expression (never seen): the gate then reads the text
    keywords_in_db: bool = True
    #: the keywords in a database of their own: a pure literal set scans ~25x faster alone than
    #: mixed into the rules' database (it breaks the literal-set optimisations there)
    keywords_blob: bytes | None = None
    #: keywords the shadow cannot find (a character beyond Latin-1: 密码, пароль): looked for in the
    #: lower-cased text, and only in a text that is not ASCII, where alone they can occur
    outside_keywords: tuple[int, ...] = ()


def build(rules: Sequence[Rule], keywords: Sequence[str]) -> Built:
    """Compile the databases: rule ``i`` has id ``i`` in the rules' one, keyword ``k`` id ``k`` in the keywords'."""
    import hyperscan as hs

    plans: list[Plan] = []
    entries: list[tuple[int, bytes, int]] = []
    for i, rule in enumerate(rules):
        try:
            shape: Shape | None = analyse(rule.regex)
        except ShapeError:
            shape = None
        plan = plan_rule(shape)
        plans.append(plan)
        if plan.mode != PYTHON and shape is not None:
            # a FULL rule only needs to know *whether* it occurs (its starts come from the reversed scan)
            flags = (hs.HS_FLAG_SINGLEMATCH if plan.mode == FULL else 0) | hs.HS_FLAG_MULTILINE
            parts = split_expressions(rule.regex) if len(shape.expression) > SPLIT_FROM else []
            if len(parts) >= SPLIT_MIN_PARTS:
                entries.extend((i, part.encode("ascii"), flags) for part in parts)
            else:
                entries.append((i, shape.expression.encode("ascii"), flags))
    db, failed = _compile(entries, lambda i: [e.encode("ascii") for e in split_expressions(rules[i].regex)])
    for i, prefiltered in failed.items():
        plans[i] = Plan(PYTHON) if prefiltered is None else replace(plans[i], prefilter=True)
    expressions = [keyword_expression(kw) for kw in keywords]
    kw_entries = [(k, e.encode("ascii"), hs.HS_FLAG_SINGLEMATCH) for k, e in enumerate(expressions) if e is not None]
    outside = tuple(k for k, e in enumerate(expressions) if e is None)  # (never pure ASCII: see keyword_expression)
    keywords_blob, keywords_in_db = None, False
    if kw_entries:
        kdb, kfailed = _compile(kw_entries)
        keywords_blob = hs.dumpb(kdb)
        keywords_in_db = not any(p is None for p in kfailed.values())
    return Built(hs.dumpb(db), plans, keywords_in_db, keywords_blob, outside)


def _compile(entries: list[tuple[int, bytes, int]],
             split: Callable[[int], list[bytes]] | None = None) -> tuple[Any, dict[int, bool | None]]:
    """Compile all entries; an entry Hyperscan rejects is retried as one expression per alternative of
    its leading alternation (``split``: the same ends), then in prefilter mode, else dropped.

    Returns the database and ``{id: True (prefiltered) | None (dropped)}`` for the exceptions.
    One combined compile when every entry is accepted (the usual case); otherwise the long expressions
    (the ones Hyperscan calls "too large") are tried alone, the other rejected ones found by bisection (a
    batch that compiles is accepted whole; a few compiles, not one per entry), and the rest is compiled
    together once more."""
    import hyperscan as hs

    def attempt(batch: list[tuple[int, bytes, int]]) -> Any:
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        db.compile(expressions=[e for _, e, _ in batch], ids=[i for i, _, _ in batch], elements=len(batch),
                   flags=[f for _, _, f in batch])
        return db

    def accepted(batch: list[tuple[int, bytes, int]]) -> bool:
        try:
            attempt(batch)
        except hs.error:
            return False
        return True

    def rejected(batch: list[tuple[int, bytes, int]]) -> list[tuple[int, bytes, int]]:
        if accepted(batch):
            return []
        if len(batch) == 1:
            return batch
        mid = len(batch) // 2
        return rejected(batch[:mid]) + rejected(batch[mid:])

    failed: dict[int, bool | None] = {}
    good: list[tuple[int, bytes, int]] = []

    def place(bad: list[tuple[int, bytes, int]]) -> None:
        for i, expr, flags in bad:
            if split is not None and (parts := [(i, p, flags) for p in split(i)]) and accepted(parts):
                good.extend(parts)
            elif accepted([retry := (i, expr, flags | hs.HS_FLAG_PREFILTER)]):
                good.append(retry)
                failed[i] = True
            else:
                failed[i] = None

    try:  # the usual case, and the costly step: testing the long expressions first cost 10% more
        return attempt(entries), failed
    except hs.error:
        pass
    bad = [e for e in entries if len(e[1]) > LONG_EXPRESSION and not accepted([e])]
    good.extend(e for e in entries if e not in bad)
    place(bad)
    try:
        return attempt(good), failed
    except hs.error:
        pass
    bad = rejected(good)
    good[:] = [e for e in good if e not in bad]
    place(bad)
    while True:
        try:
            return attempt(good), failed
        except hs.error:  # accepted alone, not together (a database-wide limit): drop the costliest
            if len(good) <= 1:
                raise
            i, _, _ = max(good, key=lambda e: len(e[1]))
            good = [e for e in good if e[0] != i]
            failed[i] = None


#: a text with more characters beyond Latin-1 than this is in such a script: its keywords are looked for whole
BEYOND_LATIN1_FEW = 4096


def _beyond_latin1(text: str, data: bytes) -> set[str] | None:
    """The lower-cased characters beyond Latin-1 in ``text`` (each is a byte of 0x80-0x9F in its shadow ``data``,
    as a C1 control is), or None if there are many. Why: code and prose hold a few (’ — ─, an emoji), and
    lower-casing a whole text and searching it for every native keyword cost ~45 ms/MB; a keyword whose first
    such letter is not among them cannot occur (its capital, also beyond Latin-1, would be among them lower-cased)."""
    if len(data) - len(data.translate(None, _SCRIPT_BYTES)) > BEYOND_LATIN1_FEW:
        return None
    return {text[m.start()].lower() for m in _SCRIPT_BYTE.finditer(data)}


_SCRIPT_BYTES = bytes(range(SCRIPT_BYTE_RANGE[0], SCRIPT_BYTE_RANGE[1] + 1))
_SCRIPT_BYTE = lazyre.compile(b"[" + re.escape(_SCRIPT_BYTES) + b"]")


class LazyDatabase:
    """A serialised Hyperscan database, deserialised (with its scratch space) at its first scan."""

    def __init__(self, blob: bytes) -> None:
        self.blob = blob
        self._db: Any = None
        self._scratch: Any = None

    def scan(self, data: bytes, on_match: Callable[..., Any]) -> None:
        if self._db is None:
            import hyperscan as hs

            self._db = hs.loadb(self.blob, hs.HS_MODE_BLOCK)
            self._scratch = hs.Scratch(self._db)
        self._db.scan(data, match_event_handler=on_match, scratch=self._scratch)


@dataclass(frozen=True)
class Cached:
    """A rule set's cache key, and its database from the cache (both None when missing or unusable)."""

    key: str
    built: Built | None = None
    db: Any = None


def cached(rules: Sequence[Rule]) -> Cached:
    """Look the rules' database up in the cache, loading it (a few ms) if it is there."""
    import hyperscan as hs

    from . import cache

    key = ruleset_key(rules, hs.__version__)
    built = cache.load(key)
    if isinstance(built, Built):
        try:
            return Cached(key, built, hs.loadb(built.blob, hs.HS_MODE_BLOCK))
        except hs.error:  # compiled for another CPU or version: rebuild
            pass
    return Cached(key)


class HyperscanBackend:
    """Candidate ends from one Hyperscan scan, confirmed by each rule's ``re`` in windows."""

    name = "hyperscan"

    def __init__(self, gate: KeywordGate, compiled: Callable[[Rule], Any], found: Cached | None = None) -> None:
        """``found``: the cache lookup already made (see :func:`cached`); the database is compiled if it missed."""
        import hyperscan as hs

        from . import cache

        self.gate = gate
        self.compiled = compiled
        rules = gate.rules
        found = found or cached(rules)
        key, built, db = found.key, found.built, found.db
        if db is None or built is None:
            built = build(rules, gate.keywords)
            cache.store(key, built, prune=True)
            db = hs.loadb(built.blob, hs.HS_MODE_BLOCK)
        self.db = db
        self.scratch = hs.Scratch(db)
        # the keywords' database is deserialised when a text first needs it (often never: see _keywords_near_ends)
        self.plans = built.plans
        self.python_only = [i for i, p in enumerate(self.plans) if p.mode == PYTHON]
        self.keywords_in_db = built.keywords_in_db and built.keywords_blob is not None
        self.kw_db = LazyDatabase(built.keywords_blob) if self.keywords_in_db and built.keywords_blob else None
        self.outside = getattr(built, "outside_keywords", ())
        #: each outside keyword's first character beyond Latin-1 (None: it has none, ß or ÿ made it outside)
        self.outside_first = {k: next((c for c in gate.keywords[k] if ord(c) > 0xFF), None) for k in self.outside}
        self._terminated = hs.ScanTerminated
        #: the rules each keyword (by index) lets run (lists: building 1,600 sets cost ~1 ms of each
        #: start), and the rules no keyword gates
        by_keyword = gate.by_keyword
        self.kw_rules = [by_keyword[kw] for kw in gate.keywords]
        self.gated = set(range(len(rules))) - set(gate.always)
        self._key = key
        #: rule index -> its own reversed database (FULL and window-starts rules, compiled when a text first
        #: needs one; None: Hyperscan rejects it, the rule runs as in the Python backend)
        self._reversed: dict[int, LazyDatabase | None] | None = None

    def scan(self, text: str) -> tuple[list[list[int]], set[str]]:
        """Candidate ends per rule index, and keywords present: enough of them to decide, exactly as the
        gate would, every rule that can match here (a rule with candidate ends, or one Hyperscan does not
        take). The keyword scan stops as soon as each of those rules has a keyword, which in a long text
        is usually near its start; the other rules cannot match whatever keywords the rest holds."""
        ends: list[list[int]] = [[] for _ in range(len(self.plans))]

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            ends[i].append(to)

        # special: a character the shadow reads as an ASCII letter and lower() does not
        data, special = scan_bytes(text)
        self._data = data
        self.db.scan(padded(data), match_event_handler=on_match, scratch=self.scratch)
        _drop_sentinel_ends(ends, len(data))
        if self.kw_db is not None and not (special and any(c in text for c in LOWER_SPECIAL)):
            unmet = {i for i, e in enumerate(ends) if e}
            unmet.update(self.python_only)
            unmet &= self.gated
            near = self._keywords_near_ends(text, ends, unmet)  # decides most rules: often no scan is left
            seen: set[int] = set()
            kw_rules = self.kw_rules

            def on_keyword(k: int, _from: int, _to: int, _flags: int, _ctx: object) -> bool:
                seen.add(k)
                unmet.difference_update(kw_rules[k])
                return not unmet  # True stops the scan: every rule that can match is decided

            if unmet and self.outside and not text.isascii():  # (isascii: O(1) on a str)
                lowered = None
                beyond = _beyond_latin1(text, data)
                for k in self.outside:
                    kw, first = self.gate.keywords[k], self.outside_first[k]
                    if beyond is not None and first is not None and first not in beyond:
                        continue  # its first letter beyond Latin-1 is nowhere in the text
                    if lowered is None:
                        lowered = text.lower()
                    if kw in lowered:
                        seen.add(k)
                        unmet.difference_update(kw_rules[k])
            if unmet:
                try:
                    self.kw_db.scan(data, on_keyword)
                except self._terminated:
                    pass
            keywords = self.gate.keywords
            present = near | {keywords[k] for k in seen}
        else:  # the shadow reads these as ASCII letters, lower() does not: let the gate decide
            present = self.gate.present(text)
        return ends, present

    def _keywords_near_ends(self, text: str, ends: list[list[int]], unmet: set[int]) -> set[str]:
        """Keywords of the ``unmet`` rules found in the text just before their candidate ends, where a
        match usually holds its own keyword; the rules they gate are taken out of ``unmet``. Any
        occurrence proves a keyword present (what the gate asks), so this only spares the keyword scan
        the rules it decides; a rule whose keyword lies elsewhere is left to the scan."""
        found: set[str] = set()
        rules, by_keyword = self.gate.rules, self.gate.by_keyword
        for i in sorted(unmet):
            if i not in unmet:
                continue  # decided by a keyword found for an earlier rule
            keywords = rules[i].keywords
            for e in ends[i][:NEAR_ENDS]:
                before = text[e - NEAR_CHARS if e > NEAR_CHARS else 0:e].lower()
                hit = next((kw for kw in keywords if kw in before), None)
                if hit is not None:
                    found.add(hit)
                    unmet.difference_update(by_keyword[hit])
                    break
        return found

    def starts(self, rule_index: int) -> list[int]:
        """Candidate starts of a FULL rule's matches in the last scanned text (a reversed scan of it whole:
        a rule's own database reads it at ~2 ms/MB)."""
        n = len(self._data)
        found: list[int] = []

        def on_match(_i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            if to <= n:  # past n: a match using the sentinel
                found.append(n - to)

        # a match starting at 0 ends at the end of the reversed text: the sentinel keeps it in sight
        self._reversed_db(rule_index).scan(padded(self._data[::-1]), on_match)
        return sorted(set(found))

    def _reversed_db(self, rule_index: int) -> LazyDatabase:
        db = self._reversed_dbs([rule_index])[rule_index]
        assert db is not None  # (raw_matches asks only for the rules whose database exists)
        return db

    def _reversed_dbs(self, indices: Sequence[int]) -> dict[int, LazyDatabase | None]:
        """The reversed databases of these rules: loaded from the cache beside the rules' database, those
        missing compiled (~30 ms each) and the cache entry written once for all of them."""
        from . import cache

        key = "hsrev-" + self._key.removeprefix("hsdb-")
        if self._reversed is None:
            stored = cache.load(key)
            self._reversed = ({i: None if b is None else LazyDatabase(b) for i, b in stored.items()}
                              if isinstance(stored, dict) else {})
        missing = [i for i in indices if i not in self._reversed]
        if missing:
            import hyperscan as hs

            for i in missing:
                try:
                    expression = analyse(self.gate.rules[i].regex).reversed_expression.encode("ascii")
                    db = hs.Database(mode=hs.HS_MODE_BLOCK)
                    db.compile(expressions=[expression], ids=[i], elements=1, flags=[0])
                    self._reversed[i] = LazyDatabase(hs.dumpb(db))
                except (ShapeError, hs.error):
                    self._reversed[i] = None
            cache.store(key, {i: None if d is None else d.blob for i, d in self._reversed.items()}, prune=True)
        return self._reversed

    def window_starts(self, rule_index: int, spans: list[tuple[int, int]]) -> list[int]:
        """Candidate starts of a rule's matches inside ``spans`` (each holds every match ending at its
        ends): the rule's reversed database scanned over each span alone, far less text than a full scan.

        A match starting at a span's start (every line-anchored one) ends at the end of the reversed
        span, which Hyperscan may miss (see :data:`SENTINEL`): the span is scanned followed by the byte
        before it (the real text, no extra copy), or the sentinel at the text's start, and starts
        before the span are dropped."""
        found: list[int] = []
        data = self._data
        db = self._reversed_db(rule_index)

        for a, b in spans:
            def on_match(_i: int, _from: int, to: int, _flags: int, _ctx: object, b: int = b, limit: int = b - a) -> None:
                if to <= limit:
                    found.append(b - to)

            db.scan(data[a - 1:b][::-1] if a else padded(data[:b][::-1]), on_match)
        return sorted(set(found))

    def raw_matches(self, text: str) -> Iterator[tuple[Rule, Iterator[Any]]]:
        rules, plans = self.gate.rules, self.plans
        ends, present = self.scan(text)
        enabled = self.gate.enabled(present)
        reversed_dbs = self._reversed_dbs([i for i in enabled if ends[i] and (plans[i].mode == FULL or plans[i].starts)])
        for i in enabled:
            plan = plans[i]
            if plan.mode == PYTHON:
                yield rules[i], self.compiled(rules[i]).finditer(text)
                continue
            if not ends[i]:
                continue
            pattern = self.compiled(rules[i])
            if (plan.mode == FULL or plan.starts) and reversed_dbs[i] is None:  # no reversed database: as Python
                yield rules[i], pattern.finditer(text)
            elif plan.mode == FULL:
                yield rules[i], anchored(pattern, text, self.starts(i))
            elif plan.starts:
                yield rules[i], anchored(pattern, text, self.window_starts(i, intervals(text, ends[i], plan)))
            else:
                yield rules[i], confirm(pattern, text, intervals(text, ends[i], plan), plan.margin)


def padded(data: bytes) -> bytes:
    """``data`` as a rules' database scans it: followed by :data:`SENTINEL`, so that no real match ends
    at the end of the buffer (a Hyperscan blind spot). The ends reported are those of ``data`` (no
    expression reads past its own end) plus, possibly, ``len(data) + 1``, which the callers drop."""
    return data + SENTINEL


def _drop_sentinel_ends(found: list[list[int]], n: int) -> None:
    """Remove the ends past ``n`` (matches using the sentinel; Hyperscan does not promise end order)."""
    for e in found:
        if e and max(e) > n:
            e[:] = [x for x in e if x <= n]


def intervals(text: str, ends: list[int], plan: Plan) -> list[tuple[int, int]]:
    """Merged ``[start, end]`` intervals, sorted, each holding every match ending at its ends."""
    spans = []
    if plan.mode == WINDOW:
        w = plan.width
        spans = [(e - w if e > w else 0, e) for e in ends]
    else:
        rfind, lines = text.rfind, plan.lines
        previous = -1  # the last end (ends come ascending; an end before it is taken on its own)
        for e in ends:
            # the window starts after the (lines + 1)-th newline before e. Looked for back to the
            # previous end only: if there are fewer, the window starts at or before that end and merges
            # with its window, so (previous, e) gives the same merged interval, for one search instead
            # of lines + 1 (ends often crowd on one line)
            floor = previous if 0 <= previous <= e else 0
            pos, n = e, 0
            while n <= lines:
                pos = rfind("\n", floor, pos)
                if pos < 0:
                    break
                n += 1
            spans.append((pos + 1, e) if pos >= 0 or not floor else (floor, e))
            previous = e
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def confirm(pattern: Any, text: str, spans: list[tuple[int, int]], margin: int) -> Iterator[Any]:
    """``pattern.finditer(text)`` restricted to ``spans``: the same matches, in the same order."""
    n = len(text)
    last = 0
    for a, b in spans:
        pos = a if a > last else last
        if pos > b:
            continue
        endpos = b + margin
        for m in pattern.finditer(text, pos, endpos if endpos < n else n):
            if m.end() > b:
                if m.start() <= b:  # an artefact of endpos: fall back to the real text from here
                    yield from pattern.finditer(text, pos)
                    return
                break
            last = m.end()
            pos = last
            yield m


def anchored(pattern: Any, text: str, starts: list[int]) -> Iterator[Any]:
    """``pattern.finditer(text)`` given a superset of its match starts: try only those positions."""
    last = 0
    for s in starts:
        if s < last:
            continue
        m = pattern.match(text, s)
        if m is not None:
            last = m.end() if m.end() > s else s + 1
            yield m


class ExpressionScan:
    """A few fixed expressions (not rules: a detector's own candidate search, such as the table headers'
    in ``detectors/_tables.py``) in one Hyperscan database, scanned over a text's shadow: the end of
    every match of each, as :func:`~promptscrub.engine_shape.analyse` widens it (a superset of the
    ends ``re`` would find). The database is cached like the rules' one."""

    def __init__(self, patterns: Sequence[str]) -> None:
        import hyperscan as hs

        from . import cache

        h = hashlib.sha256(f"{FORMAT}\0{hs.__version__}\0{cpu_signature()}".encode())
        for p in patterns:
            h.update(f"\0{p}".encode())
        key = f"hsexpr-{h.hexdigest()[:24]}"
        blob = cache.load(key)
        db = None
        if isinstance(blob, bytes):
            try:
                db = hs.loadb(blob, hs.HS_MODE_BLOCK)
            except hs.error:
                db = None
        if db is None:
            db = hs.Database(mode=hs.HS_MODE_BLOCK)
            db.compile(expressions=[analyse(p).expression.encode("ascii") for p in patterns],
                       ids=list(range(len(patterns))), elements=len(patterns),
                       flags=[hs.HS_FLAG_MULTILINE] * len(patterns))
            cache.store(key, hs.dumpb(db), prune=True)
        self.db = db
        self.scratch = hs.Scratch(db)
        self.count = len(patterns)

    def ends(self, text: str) -> list[list[int]]:
        """Per expression, the ends of its matches in ``text``, ascending (character offsets)."""
        found: list[list[int]] = [[] for _ in range(self.count)]

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            found[i].append(to)

        data = scan_bytes(text)[0]
        self.db.scan(padded(data), match_event_handler=on_match, scratch=self.scratch)
        _drop_sentinel_ends(found, len(data))
        return found
