"""A second password offered right after the first: a chat or a ticket gives one password and then
another in the same breath ("pw `Xq7...` (if that fails try Wq7!mZ2pLx9)", "I also tried the temporary one
you sent (Or5n-1W@e5)"). Nothing names the second one: only its place does, a few words after a found
password, introduced by "try", "or", "the old one", "you sent" ..., or alone in brackets. It is taken when it
is shaped as a password and no filter calls it a word, an identifier, a path, a version or an id.
"""
from __future__ import annotations

from collections.abc import Sequence

from .detectors import _lazyre as regex
from .detectors._secret_keep import keep_secret
from .findings import Finding
from .secret_filters import is_made_up_password, is_passphrase

RULE_ID = "password-followup"
SCORE = 0.6
#: How far after a found password a second one is looked for: its line and the next two, this many
#: characters at most
REACH = 300
LINES = 3
#: A word that offers another value, then (within a few words) the value: after a blank, a colon, an opening
#: bracket or quote; or a value alone in brackets
OFFER = regex.compile(
    r"(?i)(?:\b(?:try|tried|trying|use|used|or|otherwise|else|fallback|sent|gave|given|"
    r"(?:old|older|new|newer|temporary|temp|other|another|second|backup|previous|current)[ \t]+one)\b"
    r"[^\n()\[\]`\"'“”]{0,40}?[ \t:]+[(\[`\"'“]?|\([ \t]?)"
    r"([^\s()\[\]{}<>\"'`“”]{6,64})")
#: What ends a sentence or a clause after the value, not part of it ("try X.", "try X, then ...", "try X?")
TRAILING = ",;.:?"
SYMBOLS = frozenset("!@#$%^&*=+?~")


#: What a command or a config says where a password could stand: a variable (``$PW``, ``${PW}``, ``$(cat f)``),
#: an assignment (``PGPASSWORD=$PW``), a path (``~/.pgpass``), an option (``--password-stdin``)
NOT_A_VALUE = regex.compile(r"\$(?:[A-Z_][A-Z0-9_]*\b|[{(])|^[A-Za-z_][A-Za-z0-9_]*=|[/\\]|^[-.~]")


def _password_shaped(v: str) -> bool:
    """A symbol, or capitals, small letters and digits together (``M@1s0n7!``, ``Sole4734``), or words made
    into a password (``Katze_sole_82``, ``harbor.taste.arctic.alarm.face.68``); not a tool's name and version
    (``node18``, ``python3``)."""
    if len(v) < 6 or not any(c.isalpha() for c in v) or NOT_A_VALUE.search(v):
        return False
    if any(c in SYMBOLS for c in v) or (any(c.isupper() for c in v) and any(c.islower() for c in v)
                                        and any(c.isdigit() for c in v)):
        return True
    return is_made_up_password(v) or is_passphrase(v)


def password_followups(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Findings for the passwords offered after each found password (see the module's docstring)."""
    starts = [f for f in findings if f.category == "secret" and "PASSWORD" in f.type]
    if not starts:
        return []
    taken = {(f.start, f.end) for f in findings}
    out: list[Finding] = []
    for f in starts:
        hi = f.end
        for _ in range(LINES):
            nl = text.find("\n", hi + 1)
            hi = len(text) if nl < 0 else nl
        hi = min(hi, f.end + REACH)
        for m in OFFER.finditer(text, f.end, hi):
            s, e = m.span(1)
            while e > s and text[e - 1] in TRAILING:
                e -= 1
            value = text[s:e]
            if (s, e) in taken or any(g.start <= s < g.end for g in findings) or not _password_shaped(value):
                continue
            if keep_secret(text, s, e, generic=True, password_slot=True):
                taken.add((s, e))
                out.append(Finding(s, e, "secret", "PASSWORD", RULE_ID, SCORE))
    return out
