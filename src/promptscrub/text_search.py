"""Whether a long text holds a word at all: the gates that spare a detector its pass over a text without
its cue words (``"cell_type"``, ``Plaintiff``), asked of the whole input.

A text holding a character beyond the Basic Multilingual Plane (one emoji) is stored four bytes a
character, and a substring search that finds nothing reads all of it: ~2 ms/MB for ASCII text, ~8 ms/MB
for such a text. The rules' scan has already made one byte per character of it (its shadow, see
:func:`.engine_shape.scan_bytes`), where an ASCII word is found exactly where it is in the text (a
character the shadow reads as an ASCII letter can only add a hit, which opens a gate for nothing); a
search there costs what the ASCII text's would.
"""
from __future__ import annotations

#: a notebook's keys (:func:`.json_lines.holds_json_lines`, asked before that module is imported)
NOTEBOOK_KEYS = ('"cell_type"', '"output_type"')
#: below this many characters a search is cheap whatever the text's width
_LONG = 1 << 16


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the ASCII ``words`` occurs in ``text`` (or, for a wide text, in its shadow: a
    superset, see the module's docstring)."""
    if len(text) < _LONG or text.isascii():
        return any(w in text for w in words)
    from .engine_shape import scan_bytes

    kept = scan_bytes.kept(text)
    if kept is None:  # the rules' scan did not read this text (the Python backend): search it as it is
        return any(w in text for w in words)
    data = kept[0]
    return any(w.encode("ascii") in data for w in words)
