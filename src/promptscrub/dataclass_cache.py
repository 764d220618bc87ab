"""Our dataclasses' generated methods, compiled once and kept in the derived-data cache.

Why: ``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and, frozen,
``__setattr__``/``__delattr__``) as source text and runs it through ``exec``, which compiles it: ~0.8 ms a
class on CPython 3.11, ~13 ms of a one-line ``redact`` for the 16 data types on its path (issue #8). The text
depends only on a class's fields, so its compiled code is kept in the regex code cache (``_lazyre``, shard
``dataclasses``; marshalled, keyed by the text and the interpreter build) and a later run executes that.

:func:`install` points the ``exec`` that ``dataclasses`` calls at :func:`cached_exec`, which compiles the
text exactly as ``exec`` would (``compile(text, "<string>", "exec")``) and runs it in the same namespaces:
the methods are identical. Only text whose namespace is a promptscrub module is cached; any other class
(a user's, a library's) goes to the builtin ``exec`` untouched. The console entry point installs it; a
program importing promptscrub as a library is left as it is.
"""
from __future__ import annotations

import builtins

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SHARD = "dataclasses"


def install() -> None:
    """Route ``dataclasses``' ``exec`` through :func:`cached_exec` (once; never over someone else's)."""
    import dataclasses

    if "exec" not in vars(dataclasses):
        dataclasses.exec = cached_exec  # type: ignore[attr-defined]


def cached_exec(source: Any, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None, /) -> None:  # noqa: A002
    name = globals.get("__name__", "") if isinstance(globals, dict) else ""
    if isinstance(source, str) and isinstance(name, str) and name.startswith("promptscrub."):
        from .detectors._lazyre import lookup, remember

        key = (source, 0)
        code = lookup(SHARD, key)
        if type(code) is not _CODE:  # a miss (or a damaged entry): compile, and keep it for the next run
            code = compile(source, "<string>", "exec")
            remember(SHARD, key, code)
        source = code
    builtins.exec(source, globals, locals)


_CODE = type(install.__code__)
