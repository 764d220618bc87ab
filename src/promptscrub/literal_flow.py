"""The string literal a variable holds where code hands it to a secret's slot.

``const k = "<hex>"; ... crypto.createHmac("sha256", k)``: the call says the value is a signing key, the
assignment says what it is. A rule with ``flow = true`` matches the call and captures the variable's name
as its secret group; :func:`assigned_literal` then finds the literal last assigned to that name before the
call (or, failing that, the first one after it: a constant declared lower in the file) and the finding is
that literal, filtered like any other secret value. A name bound to anything but a plain literal (an
environment lookup, a function's result, a parameter) has no literal, so nothing is found.
"""
from __future__ import annotations

import re

#: What may stand between ``name =`` and the literal: a type conversion that keeps the literal's text
#: (``Buffer.from("..", "base64")``, ``[]byte("..")``, ``bytes.fromhex("..")``, ``"..".getBytes()``).
_WRAPPERS = (r"(?:Buffer[ \t]*\.[ \t]*from|\[\]byte|bytes[ \t]*\.[ \t]*fromhex|bytearray|(?:base64[ \t]*\.[ \t]*)?"
             r"(?:urlsafe_|standard_)?b64decode|unhexlify|Base64[ \t]*\.[ \t]*getDecoder[ \t]*\([ \t]*\)[ \t]*\.[ \t]*decode"
             r"|Convert[ \t]*\.[ \t]*From(?:Base64String|HexString)|Encoding[ \t]*\.[ \t]*\w{2,10}[ \t]*\.[ \t]*GetBytes"
             r"|str(?:ing)?|String|new[ \t]+String)[ \t]*\([ \t]*")
#: after the name (maybe typed: ``k: str``, ``K: &[u8]``, ``key: string``), ``=`` or ``:=`` and a quoted
#: literal; matched at each occurrence of the name, so no pattern is compiled per name
_ASSIGNED = re.compile(r"(?![\w$])(?:[ \t]*:[ \t]*[&'\w\[\]<>;, ]{1,40}?)?[ \t]*:?=(?![=>~])[ \t]*"
                       r"(?:" + _WRAPPERS + r")?[@$]?[bBrRuU]{0,2}(?:\"((?:[^\"\\\n]|\\.){6,500})\"|'((?:[^'\\\n]|\\.){6,500})'"
                       r"|`([^`$\\\n]{6,500})`)")
#: how far from the use an assignment is looked for: a paste's file or function, not a whole tree's text
#: (every use would otherwise search all of a large input for its name)
REACH_BEFORE, REACH_AFTER = 32_768, 8_192


def assigned_literal(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the literal assigned to the variable named by ``text[start:end]``, used there: the last
    assignment before the use, else the first after it (within ``REACH_BEFORE`` / ``REACH_AFTER``
    characters); None if the name is bound to no literal there."""
    name = text[start:end]
    if not name or not re.fullmatch(r"\$?[A-Za-z_][\w$]{0,80}", name):
        return None
    before = after = None
    at, stop = max(0, start - REACH_BEFORE), min(len(text), end + REACH_AFTER)
    while (at := text.find(name, at, stop)) >= 0:
        here, at = at, at + len(name)
        if here and (text[here - 1].isalnum() or text[here - 1] in "_$."):
            continue  # part of a longer name or a member (mk = ..., x.k = ...)
        m = _ASSIGNED.match(text, at)
        if m is None:
            continue
        span = next(m.span(g) for g in (1, 2, 3) if m.start(g) >= 0)
        if here < start:
            before = span
        elif here > end:
            after = span
            break
    return before or after
