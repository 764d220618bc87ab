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
#: ``name`` (maybe typed: ``k: str``, ``K: &[u8]``, ``key: string``) ``=`` or ``:=`` a quoted literal; no
#: lookbehind before the name (checked in code), so ``re`` finds candidates by the name's literal prefix
_ASSIGNMENT = (r"NAME(?![\w$])(?:[ \t]*:[ \t]*[&'\w\[\]<>;, ]{1,40}?)?[ \t]*:?=(?![=>~])[ \t]*"
               r"(?:" + _WRAPPERS + r")?[@$]?[bBrRuU]{0,2}(?:\"((?:[^\"\\\n]|\\.){6,500})\"|'((?:[^'\\\n]|\\.){6,500})'"
               r"|`([^`$\\\n]{6,500})`)")
_CACHE: dict[str, re.Pattern[str]] = {}
#: how far from the use an assignment is looked for: a paste's file or function, not a whole tree's text
#: (every use would otherwise search all of a large input for its name)
REACH_BEFORE, REACH_AFTER = 32_768, 8_192


def _pattern(name: str) -> re.Pattern[str]:
    pattern = _CACHE.get(name)
    if pattern is None:
        if len(_CACHE) > 512:
            _CACHE.clear()
        pattern = _CACHE[name] = re.compile(_ASSIGNMENT.replace("NAME", re.escape(name)))
    return pattern


def assigned_literal(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the literal assigned to the variable named by ``text[start:end]``, used there: the last
    assignment before the use, else the first after it (within ``REACH_BEFORE`` / ``REACH_AFTER``
    characters); None if the name is bound to no literal there."""
    name = text[start:end]
    if not name or not re.fullmatch(r"\$?[A-Za-z_][\w$]{0,80}", name):
        return None
    before = after = None
    for m in _pattern(name).finditer(text, max(0, start - REACH_BEFORE), end + REACH_AFTER):  # the name leads the pattern: re searches for it as a literal
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_$."):
            continue  # part of a longer name or a member (mk = ..., x.k = ...)
        group = next(g for g in (1, 2, 3) if m.start(g) >= 0)
        span = m.span(group)
        if m.start() < start:
            before = span
        elif m.start() > end:
            after = span
            break
    return before or after
