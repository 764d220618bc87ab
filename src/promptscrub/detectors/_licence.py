"""Licence and copyright boilerplate: the published address of an organisation is public text, not personal data.

A GPL header prints the Free Software Foundation's postal address, Python's licence BeOpen's and CNRI's, a
copyright line the town of the company that holds it ("Copyright 2001 Acme, Inc., Springfield, Texas."), a
licence's "for permission, contact" block an office of a university with its address and phone. The address,
phone and location detectors ask :func:`organisation_contact` before reporting such a span; a person's address,
phone or town (after a name, a label, a cue) is not in any of these shapes and stays found.
"""
from __future__ import annotations

import re

#: the postal addresses that well-known licence texts print, by their street (a short list, like the public DNS
#: resolvers the ipv4 validator leaves): the Free Software Foundation's three (GPL and LGPL headers of every age),
#: BeOpen's and CNRI's (Python's licence), Oracle's (the notice of its manual pages)
WELL_KNOWN_STREET = re.compile(
    r"(?i)\b(?:51\s+Franklin\s+St|59\s+Temple\s+Place|675\s+Mass(?:achusetts|\.)?\s+Ave|"
    r"160\s+Saratoga\s+Ave|1895\s+Preston\s+White\s+Dr|500\s+Oracle\s+Parkway)"
)
#: words of which one is in any text :func:`organisation_contact` can accept a span of (a cheap gate)
LICENCE_WORDS = ("opyright", "OPYRIGHT", "©", "icense", "icence", "ICENSE")
#: what marks licence or copyright text in the lines before a span
LICENCE_CUE = re.compile(r"(?i)copyright|©|\(c\)[ \t]*\d|licen[cs]e|all rights reserved|permission|write to the")
#: an organisation's name at the end of the text before a span: a legal form or an institution word, its comma,
#: maybe the town already passed (", Cedar Park, " before the state), maybe a line break and a comment's prefix
COMPANY_BEFORE = re.compile(
    r"(?:\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|GmbH|AG|Foundation|University|Institute|"
    r"Laboratories|Labs)\.?|\bFree[ \t]+Software[ \t]+Foundation)[ \t]*(?:,|[ \t]-)[ \t]*"
    r"(?:[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,2}[ \t]*,[ \t]*)?(?:\n[ \t#*/;%.\\\"-]*)?$"
)
#: a line that is an organisation's name alone (a "contact" block of a licence: the office, the university), not a
#: labelled or quoted value ("source "Acme, Inc."": a locale's contact block, whose address is its maintainer's)
ORGANISATION_LINE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*,?[ \t]+(?:(?:of|the|and|for|de)[ \t]+)?){0,6}"
    r"(?:University|Institute|Foundation|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|GmbH|Laboratories)[ \t]*,?$")
#: a line of an address block: a house number and a street (not a year and a name: a copyright list), or
#: "Town, ST" (a region code)
ADDRESS_LINE = re.compile(r"^(?!(?:19|20)\d\d\b)\d{1,6}[ \t]+[A-Z]|,[ \t]*[A-Z]{2}\b")
COMMENT_PREFIX = " \t#*/;%.\\\"-"
#: an institution named after a place, right before it ("The Regents of the University of <California>")
INSTITUTION_OF = re.compile(r"(?i)\b(?:University|Regents|Institute|College|Polytechnic|Academy)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def organisation_contact(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (an address, a phone, a place) is an organisation's in licence text: one of the
    well-known licence addresses (or a part of one), what follows a company's name and its comma there, the place
    an institution is named after ("University of California"), or a line of the address block under an
    organisation's name line."""
    if WELL_KNOWN_STREET.search(text, max(0, start - 80), end):
        return True
    if COMPANY_BEFORE.search(text[max(0, start - 160):start]):
        return after_company(text, start)
    if INSTITUTION_OF.search(text[max(0, start - 40):start]):  # the holder's name, as public as the notice
        return bool(LICENCE_CUE.search(text, _lines_back(text, start, 3), start))
    return _under_organisation_line(text, start) and bool(LICENCE_CUE.search(text, max(0, start - 600), start))


def after_company(text: str, start: int) -> bool:
    """Whether ``start`` follows a company's name and its comma (and maybe its town) on a copyright or licence line
    (a cue on it or on the three lines above): "Copyright 2001 Acme, Inc., Springfield, Texas"."""
    return bool(COMPANY_BEFORE.search(text[max(0, start - 160):start])) and \
        bool(LICENCE_CUE.search(text, _lines_back(text, start, 3), start))


def _lines_back(text: str, at: int, n: int) -> int:
    """Where the line ``n`` lines above the one holding ``at`` starts (0 at the text's start)."""
    pos = at
    for _ in range(n + 1):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return 0
    return pos + 1


def _under_organisation_line(text: str, start: int) -> bool:
    """Whether the lines above ``start`` (up to four) are an address block under an organisation's name line."""
    line_end = text.rfind("\n", 0, start)
    for _ in range(4):
        if line_end <= 0:
            return False
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end].strip(COMMENT_PREFIX)
        if ORGANISATION_LINE.search(line):
            return True
        if not line or "@" in line or not ADDRESS_LINE.search(line):
            return False
        line_end = line_start - 1
    return False
