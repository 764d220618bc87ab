"""Inputs: what to read (stdin, files, walked trees) and how bytes become text.

Text is decoded as strict UTF-8 without newline translation, so CRLF, a BOM and trailing spaces
survive untouched and offsets are code-point indices into exactly what was read. Binary files (a NUL
byte near the start) and invalid UTF-8 are refused with a clear message; when walking a tree they are
skipped and reported, as are files that ``.gitignore`` ignores.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BINARY_SNIFF = 8192
#: Files larger than this are skipped when walking a tree (a single explicit file is always read).
MAX_WALK_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be processed as text; the message names it."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input: ``path`` is None for stdin; ``rel`` is the output path relative to ``--out-dir``."""

    path: Path | None
    rel: Path
    display: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out of a batch (binary, too large, unreadable) and why; reported, never silent."""

    display: str
    reason: str


def decode(data: bytes, display: str) -> str:
    if b"\0" in data[:BINARY_SNIFF]:
        raise InputError(f"{display}: looks binary (NUL byte); promptscrub only handles text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{display}: not valid UTF-8 (byte {exc.start}); convert it first, e.g. with iconv") from None


def read_text(src: Source) -> str:
    if src.path is None:
        data = sys.stdin.buffer.read()
    else:
        try:
            data = src.path.read_bytes()
        except OSError as exc:
            raise InputError(f"{src.display}: cannot read: {exc.strerror}") from None
    return decode(data, src.display)


#: Inputs larger than this are redacted as a stream (flat memory, output as it goes).
STREAM_FROM = 8 << 20
BLOCK = 1 << 20


def read_or_stream(src: Source, threshold: int = STREAM_FROM) -> str | Iterator[str]:
    """The whole text when the input is at most ``threshold`` bytes, else an iterator of text chunks
    decoded incrementally (strict UTF-8; a bad byte later on raises :class:`InputError` mid-stream)."""
    if src.path is None:
        fh = sys.stdin.buffer
        head = fh.read(threshold + 1)
    else:
        try:
            fh = open(src.path, "rb")  # noqa: SIM115 - closed by the generator below or right here
            head = fh.read(threshold + 1)
        except OSError as exc:
            raise InputError(f"{src.display}: cannot read: {exc.strerror}") from None
    if len(head) <= threshold:
        if src.path is not None:
            fh.close()
        return decode(head, src.display)
    if b"\0" in head[:BINARY_SNIFF]:
        raise InputError(f"{src.display}: looks binary (NUL byte); promptscrub only handles text")
    return _chunks(fh, head, src)


def _chunks(fh, head: bytes, src: Source) -> Iterator[str]:  # noqa: ANN001 - a binary file object
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    blocks = iter([head[i:i + BLOCK] for i in range(0, len(head), BLOCK)])
    block = next(blocks)
    try:
        while block:
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError as exc:
                raise InputError(f"{src.display}: not valid UTF-8 (byte {offset + exc.start}); convert it first, e.g. with iconv") from None
            offset += len(block)
            if text:
                yield text
            block = next(blocks, None) or fh.read(BLOCK)
        try:
            tail = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise InputError(f"{src.display}: not valid UTF-8 (truncated at the end)") from None
        if tail:
            yield tail
    finally:
        if src.path is not None:
            fh.close()


def expand(args: list[str]) -> tuple[list[Source], list[Skipped], bool]:
    """Sources for the command-line arguments; the flag says whether a directory was among them."""
    if not args:
        args = ["-"]
    sources: list[Source] = []
    skipped: list[Skipped] = []
    had_dir = False
    for arg in args:
        if arg == "-":
            sources.append(Source(None, Path("stdin.txt"), "<stdin>"))
            continue
        p = Path(arg)
        if p.is_dir():
            had_dir = True
            for item in walk(p):
                if isinstance(item, Skipped):
                    skipped.append(item)
                else:
                    sources.append(item)
        elif p.exists():
            sources.append(Source(p, Path(p.name), arg))
        else:
            raise InputError(f"{arg}: no such file or directory")
    return sources, skipped, had_dir


def walk(root: Path) -> Iterator[Source | Skipped]:
    """Files under ``root`` in a stable order, minus .git, what .gitignore ignores and binaries."""
    from .gitignore import Ignorer

    ignorer = Ignorer(root)
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        ignorer.enter(here)
        dirnames[:] = sorted(d for d in dirnames if d != ".git" and not ignorer.ignored(here / d, is_dir=True))
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root)
            if ignorer.ignored(path, is_dir=False):
                yield Skipped(str(path), "ignored by .gitignore")
                continue
            if path.is_symlink() or not path.is_file():
                yield Skipped(str(path), "not a regular file")
                continue
            try:
                size = path.stat().st_size
                with open(path, "rb") as fh:
                    head = fh.read(BINARY_SNIFF)
            except OSError as exc:
                yield Skipped(str(path), f"unreadable ({exc.strerror})")
                continue
            if size > MAX_WALK_BYTES:
                yield Skipped(str(path), f"larger than {MAX_WALK_BYTES // 2**20} MiB")
            elif b"\0" in head:
                yield Skipped(str(path), "binary")
            else:
                yield Source(path, rel, str(path))
