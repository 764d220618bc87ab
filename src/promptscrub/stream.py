"""Streaming redaction: large inputs in windows, so memory stays flat and output starts at once.

The text arrives as chunks; windows of about :data:`WINDOW` characters are redacted one after the
other and their output yielded. Each window is detected together with :data:`OVERLAP` characters of
what follows (so a match is seen whole) and :data:`CONTEXT` characters of what precedes (so ``\\b``
and lookbehinds see real text). A window ends at a line break inside the region before the overlap,
moved back to the start of any finding that would cross it; that finding is then redacted with the
next window. A finding that starts in the already-written context but reaches into the window has
its new part redacted too, so no secret's tail leaks. The concatenated output restores exactly to
the input (the splice copies everything outside findings untouched). A secret longer than
:data:`OVERLAP` may be cut in two placeholders: still redacted, never leaked.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from os import PathLike
from typing import TYPE_CHECKING

from .findings import Finding

if TYPE_CHECKING:
    from .scrubber import Scrubber
    from .vault import Vault

WINDOW = 1 << 20
OVERLAP = 64 << 10
CONTEXT = 4 << 10


def redact_stream(scrubber: Scrubber, chunks: Iterable[str], vault: Vault, path: str | PathLike[str] | None = None,
                  counts: Counter[str] | None = None, window: int = WINDOW, overlap_chars: int = OVERLAP,
                  context: int = CONTEXT) -> Iterator[str]:
    """Redacted output, piece by piece; ``counts`` (if given) is updated with the finding types."""
    _fixed_mmap_threshold()
    it = iter(chunks)
    buf = ""  # buf[:ctx] was already written (context only); buf[ctx:] is pending
    ctx = 0
    done = False
    while not done:
        parts = [buf]
        size = len(buf) - ctx
        while size < window + overlap_chars:
            try:
                piece = next(it)
            except StopIteration:
                done = True
                break
            parts.append(piece)
            size += len(piece)
        buf = "".join(parts)
        if done:
            cut = len(buf)
        else:
            limit = len(buf) - overlap_chars
            cut = buf.rfind("\n", ctx, limit) + 1
            if cut <= ctx:
                cut = limit  # no line break in a whole window: cut mid-line
        text, cut, found = _window(scrubber, buf, ctx, cut, vault, path)
        if counts is not None:
            counts.update(f.type for f in found)
        if text:
            yield text
        keep = max(0, cut - context)
        buf = buf[keep:]
        ctx = cut - keep


def _window(scrubber: Scrubber, buf: str, ctx: int, cut: int, vault: Vault,
            path: str | PathLike[str] | None) -> tuple[str, int, list[Finding]]:
    """Redact ``buf[ctx:cut]`` (``cut`` moved back before any finding crossing it).

    Placeholders are assigned by :func:`.lookalikes.assign`, as for a whole text: look-alikes in the
    input are escaped and the output is checked with restore's own scanner, so the round trip is exact
    for streams too (and every placeholder style works).
    """
    from .lookalikes import assign

    findings = scrubber.find(buf, path, vault=vault)  # the secrets of earlier windows are found again
    for f in findings:
        if f.start < cut < f.end:
            cut = f.start if f.start > ctx else f.end
            break
    shifted = []
    for f in findings:
        if f.end <= ctx or f.start >= cut:
            continue
        start = max(f.start, ctx)  # began in text already written: redact the part that is new
        shifted.append(Finding(start - ctx, f.end - ctx, f.category, f.type, f.rule_id, f.score))
    found, _, out = assign(buf[ctx:cut], shifted, vault)
    return out, cut, found


def _fixed_mmap_threshold() -> None:
    """Have glibc serve every allocation of 256 KiB or more (a window's strings and bytes) by ``mmap``, which
    it gives back to the system when freed, rather than from the heap.

    Why: glibc raises its mmap threshold to the size of each large block freed, so from the first window
    on, the window-sized strings came from the heap, which kept the pages they left between long-lived
    objects: the resident size crept up window after window (136 MB after 5 windows, 175-203 MB after
    100) while Python's own allocations stayed flat. A fixed threshold turns that adjustment off. A
    no-op where there is no glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-3, 256 << 10)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass
