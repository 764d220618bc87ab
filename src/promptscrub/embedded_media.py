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
#: escapes, up to its closing quote or the end of a stream's window); groups 1 and 2 are the payload.
#: The bundle's payload is the whole run of base64 and \n from its opening quote (a shorter run cannot be
#: followed by the quote): a look-ahead counts its first MIN_PAYLOAD pieces, and an atomic group takes it in
#: stretches (piece by piece, as ``(?:[...]|\\n){n,}``, costs ~100 ns a character, 40 ms for a 400 KB image).
_MEDIA = _lazyre.compile(
    r"data:(?:image|audio|video|font)/[\w.+-]{1,40};base64,([A-Za-z0-9+/=]{%d,})"
    r'|"(?:image/(?:png|jpeg|gif|webp|bmp|tiff)|application/pdf)"[ \t]*:[ \t]*"'
    r'((?=(?:[A-Za-z0-9+/=]|\\n){%d})(?>(?:[A-Za-z0-9+/=]++|\\n)+))(?:"|\Z)'
    % (MIN_PAYLOAD, MIN_PAYLOAD))


#: What every match holds from the "/" after its media type on: the subtype and ``;base64,`` of a data: URI, or
#: the rest of a bundle's ``"image/png"`` or ``"application/pdf"`` (the same classes and words as ``_MEDIA``).
_CUE = _lazyre.compile(r'/(?:[\w.+-]{1,40};base64,|(?:png|jpeg|gif|webp|bmp|tiff|pdf)")')
#: a match starts at most this many characters before its cue's "/" (``"application/pdf"``) ...
_CUE_REACH = len('"application')
#: ... and holds one of these words, which ends at most this many characters after the "/"
_CUE_WORDS = ("base64,", '"image/', '"application/pdf"')
_WORD_REACH = 1 + 40 + len(";base64,")
#: the text is looked at in blocks of this many characters; in each, while "/" are few, they are tried one by one
#: (``str.find`` reaches the next by memchr); in a block with more (paths, URLs, base64), the words are looked for
_BLOCK = 1 << 16
_SLASH_TRIES = 256


def media_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each embedded binary payload of ``text``.

    Why not just ``_MEDIA.finditer``: it tries its first characters at every "d" and quote, and three
    substring tests for its cues cost as much on code, which holds none. ``_MEDIA`` starts where
    :func:`_search_from` says: it reads nothing before where it starts, so it finds the same matches."""
    start = _search_from(text)
    if start < 0:
        return []
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _MEDIA.finditer(text, start)]


def _search_from(text: str) -> int:
    """A position of ``text`` before which no ``_MEDIA`` match starts; -1: there is none."""
    for lo in range(0, len(text), _BLOCK):
        at = _first_cue(text, lo, lo + _BLOCK)
        if at >= 0:
            return max(0, at - _CUE_REACH)
    return -1


def _first_cue(text: str, lo: int, hi: int) -> int:
    """The first "/" in ``text[lo:hi]`` that can be a match's cue, or one before it; -1: none there."""
    find, cue = text.find, _CUE.match
    at = find("/", lo, hi)
    for _ in range(_SLASH_TRIES):
        if at < 0 or cue(text, at):
            return at
        at = find("/", at + 1, hi)
    if at < 0:
        return -1
    # the "/" from ``at`` on are too many to try: the words of the matches whose cue lies there, if any
    return at if any(find(word, max(0, at - _CUE_REACH), hi + _WORD_REACH) >= 0 for word in _CUE_WORDS) else -1


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
