"""The regexes of the PII detectors and the secret filters: written with ``\\p{L}``-style Unicode
classes, run by stdlib ``re``, compiled on first use and kept compiled across runs.

* ``\\p{L}``, ``\\p{Lu}``, ``\\p{Ll}``, ``\\p{N}``, ``\\p{M}`` (all stdlib ``re`` lacks of the ``regex``
  syntax these patterns use) are spelt out from the generated ``_unicode_classes.py``; ``[\\p{L}\\p{N}_...]``
  becomes ``[\\w...]`` (the same set: stdlib ``\\w`` is letters, numbers and ``_``).
* Spelt out, those classes are large, and compiling them costs ~0.5-3 ms each; so the compiled form
  (sre code) of every pattern is kept in the derived-data cache (``cache.py``), keyed by the Python
  build and the pattern, and a later run rebuilds a pattern from it in microseconds. Should the cache
  be off, stale or unreadable, or the interpreter's internals differ, patterns are simply compiled.
* The cache is split into *shards*, one per module that compiles (``names``, ``secret_filters``, the
  rules' ``rules``): a run loads only the shards of the patterns it uses, so a secrets-only scan does
  not read the ~1 MB of personal-data code (loading all of it cost ~5 ms of every start).
* Within a shard, each pattern's code is one marshalled slice of a blob, found through an index of
  pattern digests and read from disk and decoded only when asked for (:class:`Shard`): the rules' shard
  holds ~4 MB of code for ~950 patterns, of which a one-line prompt needs ~90; reading all of it cost
  ~4 ms of every start.
* Nothing is compiled at import: a command that finds no PII (or a text a detector's cheap gate
  rejects) pays for none of it.
"""
from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

Key = tuple[str, int]  # (pattern, flags)

#: per shard, the sre code of compiled patterns, ``(pattern, flags) -> _sre.compile args``; each shard
#: is loaded on first use
_codes: dict[str, Shard] = {}
#: per shard, the entries compiled in this run, written to the cache at exit
_new: dict[str, dict[tuple[str, int], tuple]] = {}
#: per shard, every pattern this run took from the cache or compiled: their entries are kept fresh
_used: dict[str, set[tuple[str, int]]] = {}
#: an entry not used by any of the last this-many runs that saved the cache is dropped, so patterns
#: of edited or removed rules do not pile up (a run saves only when it compiled something new)
KEEP_SAVES = 20


def _digest(key: Key) -> int:
    """A shard index's key for a pattern; the entry holds the pattern too, so a collision is a miss."""
    return zlib.crc32(f"{int(key[1])}\0{key[0]}".encode("utf-8", "surrogatepass"))  # int: flags may be re.I


class Shard:
    """One shard's cached codes: ``index`` maps a pattern's digest to its entry's slice of the blob,
    a marshalled ``(key, entry)`` that is read and decoded only when the pattern is first compiled.
    The blob is in memory (``blob``) or still on disk (``tail``, a :class:`~promptscrub.cache.Tail`)."""

    __slots__ = ("index", "blob", "tail")

    def __init__(self, index: dict[int, tuple[int, int]] | None = None, blob: bytes = b"", tail: Any = None) -> None:
        self.index = index or {}
        self.blob = blob
        self.tail = tail

    @classmethod
    def of(cls, codes: dict[Key, tuple]) -> Shard:
        index: dict[int, tuple[int, int]] = {}
        parts: list[bytes] = []
        offset = 0
        for key, entry in codes.items():
            try:
                data = marshal.dumps(((key[0], int(key[1])), entry))  # marshal takes no int subclass (re.I)
            except ValueError:  # pragma: no cover - not plain data: left uncached
                continue
            index[_digest(key)] = (offset, offset + len(data))
            parts.append(data)
            offset += len(data)
        return cls(index, b"".join(parts))

    def _slice(self, start: int, end: int) -> bytes:
        return self.tail.read(start, end) if self.tail is not None else self.blob[start:end]

    def get(self, key: Key) -> tuple | None:
        span = self.index.get(_digest(key))
        if span is None:
            return None
        try:
            found, entry = marshal.loads(self._slice(*span))
        except Exception:  # noqa: BLE001 - a damaged entry is a miss
            return None
        return entry if tuple(found) == key else None

    def __contains__(self, key: Key) -> bool:
        return self.get(key) is not None

    def decoded(self) -> dict[Key, tuple]:
        """Every entry, for a run that saves the shard."""
        out: dict[Key, tuple] = {}
        for a, b in self.index.values():
            try:
                key, entry = marshal.loads(self._slice(a, b))
            except Exception:  # noqa: BLE001 - a damaged entry is dropped
                continue
            out[tuple(key)] = entry
        return out


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` until an attribute is first needed; each attribute
    fetched is then kept on the instance, so later calls cost what a compiled pattern's do."""

    def __init__(self, pattern: str, flags: int = 0, shard: str = "") -> None:
        self.source = pattern  # as written (``\\p{..}`` classes untranslated): translate(source) is the ``re`` form
        self._args = (pattern, flags, shard)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _compile(*self._args)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """A pattern compiled on first use; its code is cached in the shard of the calling module."""
    return LazyPattern(pattern, flags, _shard_of(sys._getframe(1).f_globals.get("__name__", "")))


def _shard_of(module: str) -> str:
    """``promptscrub.detectors.names`` -> ``names``: a name fit for a cache file."""
    name = module.rsplit(".", 1)[-1]
    return "".join(c for c in name if c.isalnum() or c == "_") or "main"


escape = re.escape


def translate(pattern: str, classes: dict[str, str] | None = None) -> str:
    """``pattern`` with its ``\\p{..}`` classes spelt out for stdlib ``re`` (from ``classes``, by default
    the full Unicode ones; names.py passes ASCII-only ones for its fast path)."""
    if isinstance(pattern, bytes) or "\\p{" not in pattern:  # (a byte pattern has no Unicode classes)
        return pattern
    default = classes is None
    if classes is None:
        from ._unicode_classes import CLASSES as classes

    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif ch == "[":
            j = _class_end(pattern, i)
            out.append(_translate_class(pattern[i:j], classes))
            i = j
        else:
            out.append(ch)
            i += 1
    result = "".join(out)
    if default and "\\p{L}" in result:
        # a standalone \p{L}: the word characters that are no digit, "_" or other number. The same set as the
        # spelt-out class, which stdlib re tests range by range (~250 beyond the BMP): ~5x faster
        from ._unicode_classes import WORD_NUMBERS

        result = result.replace("\\p{L}", "[^\\W\\d_" + WORD_NUMBERS + "]")
    # a standalone \p{..}: wrap it in a class of its own
    for name, body in classes.items():
        if body:
            result = result.replace("\\p{" + name + "}", "[" + body + "]")
    if "\\p{" in result:
        raise ValueError(f"unsupported Unicode class in {pattern!r}")
    return result


def _class_end(pattern: str, i: int) -> int:
    """Index just past the ``]`` closing the class that opens at ``pattern[i]``."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):  # a leading ] is literal
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise ValueError(f"unterminated character class in {pattern!r}")


def _translate_class(cls: str, classes: dict[str, str]) -> str:
    if "\\p{" not in cls:
        return cls
    if "\\p{L}" in cls and "\\p{N}" in cls and "_" in cls.replace("\\_", "_"):
        cls = cls.replace("\\p{L}", "\\w", 1).replace("\\p{N}", "", 1)
    for name, body in classes.items():
        cls = cls.replace("\\p{" + name + "}", body)
    return cls


def compile_now(pattern: str, flags: int = 0, shard: str = "main") -> Any:
    """The compiled pattern, through the cache's ``shard``; ``re.error`` as ``re.compile`` raises it."""
    return _compile(pattern, flags, shard)


def lookup(shard: str, key: Key) -> Any:
    """``key``'s cached entry in ``shard`` (``None``: a miss), marked used so that it stays cached."""
    codes = _codes.get(shard)
    if codes is None:
        codes = _codes[shard] = _load(shard)[0]
    _used.setdefault(shard, set()).add(key)
    return codes.get(key)


def remember(shard: str, key: Key, entry: Any) -> None:
    """Cache ``entry`` (plain data ``marshal`` takes) for ``key`` in ``shard``: written at exit."""
    if not _new:
        import atexit

        atexit.register(_save)
    _new.setdefault(shard, {})[key] = entry


def _compile(pattern: str, flags: int, shard: str = "main") -> Any:
    key = (pattern, flags)
    entry = lookup(shard, key)
    if entry is not None:
        try:
            import _sre

            return _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), *entry[2:])
        except Exception:  # noqa: BLE001 - a bad entry is a miss
            pass
    source = translate(pattern)
    try:
        import _sre

        args = _sre_args(source, flags)
        compiled = _sre.compile(pattern, *args)
    except Exception:  # noqa: BLE001 - other interpreter internals: compile the ordinary way
        return re.compile(source, flags)
    try:
        entry = (args[0], array("I", args[1]).tobytes(), *args[2:])
    except OverflowError:  # pragma: no cover - an array('I') narrower than sre code
        return compiled
    remember(shard, key, entry)
    return compiled


def _sre_args(source: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``source`` (CPython 3.11-3.13),
    but the pattern text: flags, code, groups, groupindex, indexgroup."""
    from re import _compiler, _parser

    p = _parser.parse(source, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # plain ints: opcodes are int subclasses
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))


#: Bump when :func:`translate` spells a class differently (the cached code is of its output).
TRANSLATION = 2  # 2: a standalone \\p{L} as [^\\W\\d_...]


def _build() -> str:
    """What the cached code depends on: the interpreter build and its regex engine."""
    import sys

    import _sre

    from ._unicode_classes import UNIDATA_VERSION

    return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{UNIDATA_VERSION}|{TRANSLATION}"


def _cache_key(build: str, shard: str) -> str:
    # re3: the blob after the pickled index, read in slices (re2: pickled with it; re: one pickled dict)
    return f"re3-{shard}-{zlib.crc32(build.encode()):08x}"


def _load(shard: str) -> tuple[Shard, dict[int, int], int]:
    """A shard's cached codes, the save count at which each (by digest) was last used, and the shard's
    save count. The codes stay on disk until asked for (a one-line prompt needs ~90 of ~900 rules')."""
    from .. import cache

    build = _build()
    found = cache.load_head(_cache_key(build, shard))
    data, tail = found if found is not None else (None, None)
    # the build is kept in the entry too: a key collision is a miss, never foreign code
    if isinstance(data, dict) and data.get("build") == build and isinstance(data.get("index"), dict) \
            and data.get("size") == getattr(tail, "size", None):
        stamps, saves = data.get("stamps"), data.get("saves")
        codes = Shard(data["index"], tail=tail)
        if isinstance(stamps, dict) and isinstance(saves, int):
            return codes, stamps, saves
        return codes, {}, 0
    return Shard(), {}, 0


def _save() -> None:
    """Write each shard this run compiled something new for (the others are unchanged but for their
    stamps, which wait for a run that saves them)."""
    for shard, new in list(_new.items()):
        if new:
            _save_shard(shard, new)


def _save_shard(shard: str, new: dict[tuple[str, int], tuple]) -> None:
    from .. import cache

    build = _build()
    cached, stamps, saves = _load(shard)  # another process may have added entries meanwhile
    codes = cached.decoded()
    codes.update(new)
    saves += 1
    stamps.update(dict.fromkeys(map(_digest, _used.get(shard, ())), saves))
    codes = {k: v for k, v in codes.items() if stamps.get(_digest(k), 0) > saves - KEEP_SAVES}
    kept = {_digest(k) for k in codes}
    stamps = {d: v for d, v in stamps.items() if d in kept}
    out = Shard.of(codes)
    cache.store(_cache_key(build, shard),
                {"build": build, "index": out.index, "size": len(out.blob), "stamps": stamps, "saves": saves},
                prune=True, tail=out.blob)
