"""Embedded binary media — a notebook's ``"image/png": "iVBORw0..."`` output, an HTML or CSS
``data:image/png;base64,...`` URI — is not text: nothing in it can be a readable secret, name or host.

Detectors are shown the text with such payloads blanked (same length, so every offset holds), because
base64 is the worst input the pattern rules can get: a random run of it holds vendor keywords and
key-shaped substrings everywhere, each a candidate to confirm (~8 ms per KB, 100x code's cost), and
any "finding" there is noise that would mangle the image. The payload itself is left as it is.
"""
from __future__ import annotations

from .detectors import _lazyre

#: shorter payloads are cheap to scan and could be anything (a short data: value, a token)
MIN_PAYLOAD = 1024
#: a data: URI of binary media, or a notebook output's binary MIME bundle entry (base64, maybe with \n
#: escapes, up to its closing quote or the end of a stream's window); groups 1 and 2 are the payload
_MEDIA = _lazyre.compile(
    r"data:(?:image|audio|video|font)/[\w.+-]{1,40};base64,([A-Za-z0-9+/=]{%d,})"
    r'|"(?:image/(?:png|jpeg|gif|webp|bmp|tiff)|application/pdf)"[ \t]*:[ \t]*"((?:[A-Za-z0-9+/=]|\\n){%d,})(?:"|\Z)'
    % (MIN_PAYLOAD, MIN_PAYLOAD))


def media_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each embedded binary payload of ``text`` (none without a cue: two substring tests)."""
    if "base64," not in text and '"image/' not in text and '"application/pdf"' not in text:
        return []
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _MEDIA.finditer(text)]


def without_media(text: str) -> str:
    """``text`` with its embedded binary payloads blanked (spaces), or ``text`` itself when it has none."""
    spans = media_spans(text)
    if not spans:
        return text
    parts, pos = [], 0
    for s, e in spans:
        parts.append(text[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
