"""A place is personal data where it says something about a person: beside a name, a contact, an
account or an identity number ("Anna Berg, Lyon"; a customer's row with its city), or where the text says
someone lives, was born or is travelling there ("I moved to Porto"). A city alone in engineering prose
("traffic in Frankfurt peaks at noon", "the Warsaw data centre", "GOTO Amsterdam") tells nothing about
anyone, and redacting it only mangles the prompt: the gazetteer's places are kept only near personal data.

"Near" is within ``REACH`` characters of a personal finding, so a long document keeps the cities of its
customer table and leaves those of its architecture section. A place in a sentence about someone's doings
("who's coming to Lisbon with me?", "Oslo was fun to visit", "she arrived from Kenya": ``PERSONAL_WORDS``)
is kept too. So are what the places detector found after a strong cue (``lives in``), what a rule found under
a label (``City: Lyon``), and the towns a company lists as its own (``extra_places``: ``keep_anyway``).
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from .detectors import _lazyre as regex
from .findings import Finding

#: How far (in characters, either side) a personal finding makes a place personal: a paragraph, a record
#: of an export, a message of a chat
REACH = 400
#: The gazetteer detector's rule id: only its findings are judged here
GAZETTEER_RULE = "location"
#: Personal-data types that make nothing near them personal: places themselves, firms, web addresses
NOT_ANCHORS = frozenset({"LOCATION", "ORGANIZATION", "URL", "MAC_ADDRESS"})
#: Words of a sentence about a person and where they go, live or have been: the first person singular and
#: the words of travel, visits, homes and origins (English: the sentences of engineering prose that name a
#: city, "traffic in Frankfurt peaks", "we deploy to the Madrid region", hold none of them)
PERSONAL_WORDS = regex.compile(
    r"(?i)\b(?:i|me|my|mine|myself|i'm|i've|i'll|she|he|her|his|him|visit(?:s|ed|ing)?|trip|trips|travel\w*|"
    r"vacation|holiday|holidays|honeymoon|flight|flights|fly|flew|flying|arriv\w*|return(?:s|ed|ing)?|"
    r"coming|going|went|moved?|moving|live[sd]?|living|born|stay(?:s|ed|ing)?|home|hometown|family|"
    r"parents|wife|husband|kids|friend|friends)\b")
#: How far a sentence is looked at around a place, each side
SENTENCE_REACH = 160


def places_near_people(text: str, findings: Sequence[Finding],
                       keep_anyway: Callable[[str, Finding], bool]) -> list[Finding]:
    """``findings`` without the gazetteer's places that no personal finding is within ``REACH`` of, unless
    ``keep_anyway(text, place)`` says the place is personal by itself."""
    findings = list(findings)
    if not any(f.rule_id == GAZETTEER_RULE for f in findings):
        return findings
    anchors = sorted((f.start, f.end) for f in findings
                     if f.category == "pii" and f.type not in NOT_ANCHORS)
    starts = [a for a, _ in anchors]
    out = []
    for f in findings:
        if f.rule_id != GAZETTEER_RULE or _near(anchors, starts, f) or _personal_sentence(text, f) \
                or keep_anyway(text, f):
            out.append(f)
    return out


def _near(anchors: list[tuple[int, int]], starts: list[int], f: Finding) -> bool:
    """An anchor starts within ``REACH`` after the place, or one before it ends within ``REACH`` of it
    (anchors are short: the last few starting before the place are enough to look at)."""
    i = bisect.bisect_left(starts, f.start)
    if i < len(starts) and starts[i] <= f.end + REACH:
        return True
    return any(anchors[j][1] >= f.start - REACH for j in range(max(0, i - 8), i))


def _personal_sentence(text: str, f: Finding) -> bool:
    """The sentence around the place (to a full stop, a "!" or "?", or a line break) holds one of
    ``PERSONAL_WORDS``."""
    lo = max(0, f.start - SENTENCE_REACH)
    a = max(text.rfind(". ", lo, f.start), text.rfind("!", lo, f.start), text.rfind("?", lo, f.start),
            text.rfind("\n", lo, f.start)) + 1 or lo
    hi = min(len(text), f.end + SENTENCE_REACH)
    ends = [i for i in (text.find(". ", f.end, hi), text.find("\n", f.end, hi)) if i >= 0]
    b = min(ends) if ends else hi
    return PERSONAL_WORDS.search(text, a, b) is not None
