"""Regexes compiled on first use: the PII detectors hold many large patterns, and compiling them (and
importing ``regex``) at import time would cost ~50 ms of start-up for every command, PII or not."""
from __future__ import annotations

from typing import Any


class LazyPattern:
    """Stands in for ``regex.compile(pattern, flags)`` until an attribute is first needed; each attribute
    fetched is then kept on the instance, so later calls cost what a compiled pattern's do."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            import regex

            compiled = self._compiled = regex.compile(*self._args)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors regex.compile
    return LazyPattern(pattern, flags)


def escape(text: str) -> str:
    import regex

    return regex.escape(text)


def findall(pattern: str, text: str) -> list[Any]:
    import regex

    return regex.findall(pattern, text)
