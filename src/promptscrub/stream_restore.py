"""Streaming restore: ``some-ai-cli | promptscrub restore`` shows the answer as it arrives.

A :class:`StreamRestorer` is fed chunks as they are read and returns what can be written now: all of
the text up to the last character that no placeholder (in any liberal form) can contain — a full
stop, a comma, a newline… (see :func:`~promptscrub.placeholder_syntax.safe_cut`). The rest waits for
the next chunk, so a placeholder split across reads (``<EMA`` + ``IL_1>``) is still restored, and the
output is exactly what :func:`~promptscrub.restore.restore` gives for the whole text, however it was
chunked. With ``--style fake`` surrogates (which contain dots and ``@``), the held tail also covers the
longest surrogate. Used by ``restore`` on stdin and by ``run -- CMD`` for the child's output.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .placeholder_syntax import _CUT_RE
from .restore import apply, scan
from .vault import Vault

#: characters of already-written text kept as context for the next chunk (a mention's left boundary)
CONTEXT = 8


@dataclass
class StreamRestorer:
    vault: Vault
    unresolved: list[str] = field(default_factory=list)
    restored: int = 0
    _pending: str = ""
    _context: str = ""

    def feed(self, chunk: str) -> str:
        """The restored text that is final after ``chunk``; hold back what a later chunk could change."""
        buf = self._pending + chunk
        if not buf:
            return ""
        text = self._context + buf
        base = len(self._context)
        mentions = scan(text, self.vault, base)
        cut = self._cut(text, base, mentions)
        return self._emit(text, base, cut, mentions)

    def flush(self) -> str:
        """Everything still held (at end of input)."""
        if not self._pending:
            return ""
        text = self._context + self._pending
        base = len(self._context)
        return self._emit(text, base, len(text), scan(text, self.vault, base))

    def _cut(self, text: str, base: int, mentions: list) -> int:  # noqa: ANN001 - list[Mention]
        limit = len(text)
        pattern = self.vault.surrogate_pattern()
        if pattern is not None:
            limit -= max(len(e.placeholder) for e in self.vault.entries()) + 2
        cuts = [m.end() for m in _CUT_RE.finditer(text, base)]
        for c in reversed(cuts):
            if c <= limit and not any(m.start < c < m.end for m in mentions):
                return c
        return base

    def _emit(self, text: str, base: int, cut: int, mentions: list) -> str:  # noqa: ANN001
        res = apply(text, self.vault, mentions, base, cut)
        self.unresolved.extend(res.unresolved)
        self.restored += res.restored
        self._context = text[max(0, cut - CONTEXT):cut]
        self._pending = text[cut:]
        return res.text


def restore_stream(src, dst, vault: Vault, size: int = 65536) -> StreamRestorer:  # noqa: ANN001 - binary file objects
    """Copy ``src`` to ``dst`` restoring as bytes arrive (``read1``: no waiting for a full buffer), flushing each piece."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    restorer = StreamRestorer(vault)
    read = getattr(src, "read1", src.read)
    while True:
        data = read(size)
        out = restorer.feed(decoder.decode(data, final=not data))
        if not data:
            out += restorer.flush()
        if out:
            dst.write(out.encode("utf-8", errors="surrogateescape"))
            dst.flush()
        if not data:
            return restorer
