"""Results kept for the last texts a function read, because one redact asks several detectors the same
question about the same text (the table headers, the allowed lines, the bytes Hyperscan scans).

A text is recognised by identity, and the text itself is kept (until a newer one takes its place), so
that another text at a reused address is never taken for it. Memory stays bounded: ``size`` texts.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


def last_texts(size: int = 1) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorator: ``fn(text)`` computed once for each of the last ``size`` texts; ``fn.kept(text)`` is what
    is kept for ``text`` (None: nothing), for a caller that can use the result but need not pay for it;
    ``fn.forget()`` drops what is kept (tests)."""

    def decorate(fn: Callable[[str], T]) -> Callable[[str], T]:
        kept: list[tuple[str, T]] = []

        @wraps(fn)
        def wrapper(text: str) -> T:
            for seen, result in kept:
                if seen is text:
                    return result
            result = fn(text)
            kept.insert(0, (text, result))
            del kept[size:]
            return result

        def kept_for(text: str) -> T | None:
            for seen, result in kept:
                if seen is text:
                    return result
            return None

        wrapper.kept = kept_for  # type: ignore[attr-defined]
        wrapper.forget = kept.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
