"""Per-character tables: ``str.translate`` tables filled as characters are met, and the classes of characters
``re`` equates under IGNORECASE. Shared by the Hyperscan shadow (``engine_shape``), the cue gates
(``detectors._code_context``) and the name lists' folding (``detectors.names``).

Why tables filled lazily: a text holds a few hundred distinct characters, so ``translate`` through a dict
costs one lookup a character at C speed, where a Python function per character cost microseconds.
"""
from __future__ import annotations

from _sre import unicode_tolower  # noqa: PLC2701 - the lower case re compares with

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable


class TranslationTable(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table whose entries ``fn`` computes the first time a code point is met (``fn``
    returns the replacement's code point, or None to drop the character)."""

    def __init__(self, fn: Callable[[int], int | None]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, code: int) -> int | None:
        value = self[code] = self.fn(code)
        return value


_EXTRA: dict[int, tuple[int, ...]] | None = None


def case_class(code: int) -> tuple[int, ...]:
    """The code points ``re`` takes for ``code`` under IGNORECASE, as it compares them: the simple lower case of
    ``code`` and ``re``'s extra equivalents of that (``ſ`` with ``s``, ``ı`` with ``i``, ``ς`` with ``σ``).
    Two characters match case-insensitively exactly when their classes are the same."""
    global _EXTRA
    if _EXTRA is None:
        from re._casefix import _EXTRA_CASES  # noqa: PLC2701 - re's own table

        _EXTRA = _EXTRA_CASES
    low = unicode_tolower(code)
    return (low, *_EXTRA.get(low, ()))


_FOLD = TranslationTable(lambda code: min(case_class(code)))


def fold(s: str) -> str:
    """``s`` with each character replaced by the least member of its :func:`case_class`: two strings match
    case-insensitively (``re``'s IGNORECASE) exactly when their folds are equal; an ASCII string folds to its
    ``lower()``."""
    return s.translate(_FOLD)
