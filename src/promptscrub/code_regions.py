"""Where the code is in a text, and in which language — cheaply, because lexing is not.

pygments lexes about 1 MB/s, ``get_lexer_by_name`` costs ~50 ms cold and ``guess_lexer`` ~250 ms (and
is often wrong), so the order of evidence is: fenced Markdown blocks with a language tag; the file
name's extension; a few line-anchored patterns that recognise the common languages for free; and only
then, if allowed, ``guess_lexer`` on a sample. Prose outside fences is never lexed when fences exist.
Offsets are exact: a region is ``text[start:end]`` and tokens come from ``get_tokens_unprocessed``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

_OPEN_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*\{?\.?([\w+#.-]*)[^\n]*\n", re.M)
#: Files whose code, if any, sits in fences.
PROSE_SUFFIXES = {"", ".md", ".markdown", ".mdx", ".txt", ".rst", ".text", ".log"}
#: First-line-anchored signatures of common languages: (pygments alias, pattern).
SIGNATURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("java", re.compile(r"^(?:package [\w.]+;|import (?:static )?[\w.]+(?:\.\*)?;)", re.M)),
    ("go", re.compile(r"^package \w+\s*$(?:.|\n)*?^(?:func|import) ", re.M)),
    ("python", re.compile(r"^(?:from [\w.]+ import \w|import [\w.]+(?: as \w+)?\s*$|def \w+\(.*\)(?: -> .+)?:\s*$|class \w+(?:\(.*\))?:\s*$)", re.M)),
    ("javascript", re.compile(r"^(?:import .+ from ['\"]|(?:const|let|var) \w+ = require\(|export (?:default |const |function |class ))", re.M)),
    ("bash", re.compile(r"\A#!/(?:usr/)?bin/(?:env )?(?:ba|z)?sh\b")),
    ("yaml", re.compile(r"^apiVersion: \S+\s*$", re.M)),
)
GUESS_SAMPLE = 8192
_LEXERS: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class CodeRegion:
    """``text[start:end]`` is code that ``lexer`` (a pygments lexer instance) understands."""

    start: int
    end: int
    lexer: Any

    @property
    def languages(self) -> set[str]:
        return {a.lower() for a in self.lexer.aliases} | {self.lexer.name.lower()}


def lexer_by_name(name: str) -> Any | None:
    """A cached lexer for a fence tag or alias; ``None`` when pygments does not know it."""
    key = name.lower()
    if key not in _LEXERS:
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound

        try:
            _LEXERS[key] = get_lexer_by_name(key)
        except ClassNotFound:
            _LEXERS[key] = None
    return _LEXERS[key]


def lexer_for_path(path: str | PurePath) -> Any | None:
    name = PurePath(path).name
    key = "file:" + (PurePath(name).suffix.lower() or name)
    if key not in _LEXERS:
        from pygments.lexers import get_lexer_for_filename
        from pygments.util import ClassNotFound

        try:
            _LEXERS[key] = get_lexer_for_filename(name)
        except ClassNotFound:
            _LEXERS[key] = None
    return _LEXERS[key]


def fenced_blocks(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, tag)`` of each fenced block's body; an unclosed fence runs to the end of the text."""
    if "```" not in text and "~~~" not in text:
        return []
    out = []
    pos = 0
    while (m := _OPEN_FENCE.search(text, pos)) is not None:
        fence = m.group(1)
        close = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M).search(text, m.end())
        end = close.start() if close else len(text)
        out.append((m.end(), end, m.group(2)))
        pos = close.end() if close else len(text)
    return out


def sniff_language(text: str) -> str | None:
    """A language from cheap signatures, or ``None``."""
    for name, pattern in SIGNATURES:
        if pattern.search(text):
            return name
    return None


def guess(text: str) -> Any | None:
    """pygments' own guess on a sample — the last resort; plain text and prose-ish answers count as no guess."""
    from pygments.lexers import guess_lexer
    from pygments.util import ClassNotFound

    try:
        lexer = guess_lexer(text[:GUESS_SAMPLE])
    except ClassNotFound:
        return None
    return None if {"text", "markdown", "md", "rst"} & {a.lower() for a in lexer.aliases} else lexer


def looks_like_code(text: str) -> bool:
    """Worth a guess at all: several lines, and a good share of them end or start the way code lines do."""
    lines = [ln for ln in text[:GUESS_SAMPLE].splitlines() if ln.strip()]
    if len(lines) < 3:
        return False
    codey = sum(1 for ln in lines if ln.rstrip().endswith((";", "{", "}", ")", ":", ",")) or ln.startswith(("    ", "\t")))
    return codey * 2 >= len(lines)


def code_regions(text: str, path: str | PurePath | None = None, guess_language: bool = True) -> list[CodeRegion]:
    """The code in ``text``: fenced blocks, else the whole text when the file name or its content says it is code."""
    if path is not None and PurePath(path).suffix.lower() not in PROSE_SUFFIXES:
        lexer = lexer_for_path(path)
        if lexer is not None:
            return [CodeRegion(0, len(text), lexer)]
    blocks = fenced_blocks(text)
    if blocks:
        regions = []
        for start, end, tag in blocks:
            body = text[start:end]
            lexer = (lexer_by_name(tag) if tag else None) or _sniffed(body, guess_language)
            if lexer is not None and end > start:
                regions.append(CodeRegion(start, end, lexer))
        return regions
    lexer = _sniffed(text, guess_language)
    return [CodeRegion(0, len(text), lexer)] if lexer is not None else []


def _sniffed(text: str, guess_language: bool) -> Any | None:
    name = sniff_language(text)
    if name is not None:
        return lexer_by_name(name)
    if guess_language and looks_like_code(text):
        return guess(text)
    return None
