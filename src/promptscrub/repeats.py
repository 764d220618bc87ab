"""Every occurrence of a found secret: a value is usually recognisable once, where it is assigned
(``password: U6y=NVWwgBgn``), and then repeated where nothing says what it is — a log line, a URL, a
``psql`` transcript, a REPL echo, a notebook's output. The repeats are redacted with it.

Secrets are carried, and company-internal identifiers and account names that read as identifiers (a digit,
or a ``-`` ``.`` ``_`` inside: ``ledger-qa``, ``844711574519``, ``anna.berg``): a namespace named in ``kubectl -n
ledger-qa`` is the same secret-ish name in the JSON that follows (``"namespace": "ledger-qa"``), and a login
found after ``/user:`` is the same in ``Get-ADUser -Identity anna.berg`` and ``SamAccountName : anna.berg``. A plain word found as an
identifier (a namespace called ``payments``) is not carried into prose, and personal data is not
carried as such: a repeated e-mail is found by its own shape anyway, while a person's or place's name
found once would, carried everywhere, turn one guess into many. The one exception is a full name found
with a strong cue (a mail header, a label, a title): the full name is found wherever the text repeats it
("From: Jan Becker" ... "Kind regards, Jan Becker"), and its first name, if it is a listed first name and no
common word, where it stands alone mid-sentence ("From: Maria Gonzalez" ... "reply to Maria"). A repeat
must stand alone as a token (``admin12`` does not hold the password ``admin1``).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .findings import Finding

#: Shorter values are too likely to be ordinary substrings of the text.
MIN_LENGTH = 6
#: The rule id and score of a repeat of a secret found in an earlier text (see ``repeats``'s ``known``).
KNOWN_RULE = "known-secret"
KNOWN_SCORE = 0.6
#: Above this many distinct values one Aho-Corasick pass beats one ``str.find`` sweep per value.
AUTOMATON_FROM = 16


#: A person's full name found with at least this score (a mail header, a label, a title: not a guess)
#: lends its first name to the text's other mentions of it ("Maria Gonzalez" ... "reply to Maria").
FULL_NAME_SCORE = 0.8


def repeats(text: str, findings: Sequence[Finding], known: Mapping[str, str] | None = None,
            first_name: Callable[[str], bool] | None = None) -> list[Finding]:
    """Findings for the other occurrences of each secret finding's value, not yet covered by a
    finding of the same value; each copies the original's type, rule and score (so both get the same
    placeholder). ``known`` (value -> type) adds the secrets found before, in earlier windows of a
    stream or earlier prompts of a session (the vault's secrets): ``KNOWN_RULE`` findings.
    ``first_name`` (from the names detector): whether a word is a listed first name and no common word;
    the first name of a full name found with a strong cue is then found where it stands alone."""
    by_value: dict[str, Finding] = {}
    given: set[str] = set()  # first names lent by a full name: mid-sentence occurrences only
    for f in findings:
        if f.end - f.start >= MIN_LENGTH and (f.category == "secret" or (
                (f.category == "internal" or f.type == "USERNAME") and _reads_as_identifier(text[f.start:f.end]))):
            by_value.setdefault(text[f.start:f.end], f)
        elif first_name is not None and f.type == "PERSON" and f.score >= FULL_NAME_SCORE:
            full = text[f.start:f.end]
            words = full.split()
            if 2 <= len(words) <= 4:
                by_value.setdefault(" ".join(words), f)  # the whole name, wherever the text repeats it
            if 2 <= len(words) <= 4 and len(words[0]) >= 3 and words[0].isalpha() and first_name(words[0]) \
                    and words[0] not in by_value:
                by_value[words[0]] = f
                given.add(words[0])
    for value, type_ in (known or {}).items():
        if value not in by_value and len(value) >= MIN_LENGTH:
            by_value[value] = Finding(0, 0, "secret", type_, KNOWN_RULE, KNOWN_SCORE)
    if not by_value:
        return []
    found = {(f.start, f.end) for f in findings}
    out = []
    for value, start in _occurrences(text, list(by_value)):
        end = start + len(value)
        if (start, end) in found or not _stands_alone(text, start, end):
            continue
        if value in given and not _mid_sentence(text, start):
            continue  # "Will you ...": a sentence's first word may be the word, not the name
        f = by_value[value]
        out.append(Finding(start, end, f.category, f.type, f.rule_id, f.score))
    return out


def _occurrences(text: str, values: list[str]) -> list[tuple[str, int]]:
    """(value, start) of every occurrence of every value, overlapping ones included."""
    if len(values) < AUTOMATON_FROM:
        out = []
        for v in values:
            i = text.find(v)
            while i >= 0:
                out.append((v, i))
                i = text.find(v, i + 1)
        return out
    import ahocorasick_rs

    from .engine_shape import scan_bytes

    try:
        encoded = [v.encode("latin-1") for v in values]
    except UnicodeEncodeError:  # a value beyond Latin-1: search the text itself (~5x slower)
        automaton = ahocorasick_rs.AhoCorasick(values, matchkind=ahocorasick_rs.MatchKind.Standard)
        return [(values[k], s) for k, s, _ in automaton.find_matches_as_indexes(text, overlapping=True)]
    # the Hyperscan shadow has one byte per character, and a Latin-1 character's byte is its code: every
    # occurrence of a Latin-1 value is found at its own offsets; a folded character can only add a false
    # hit, which the comparison with the text removes. Bytes spare the automaton mapping UTF-8 offsets.
    data, _ = scan_bytes(text)
    automaton = ahocorasick_rs.BytesAhoCorasick(encoded, matchkind=ahocorasick_rs.MatchKind.Standard)
    return [(values[k], s) for k, s, _ in automaton.find_matches_as_indexes(data, overlapping=True)
            if text.startswith(values[k], s)]


def _mid_sentence(text: str, start: int) -> bool:
    """The word at ``start`` follows a lower-case word or a comma on its line ("reply to Maria", "thanks,
    Maria"), so its capital is the name's, not the sentence's."""
    before = text[max(0, start - 40):start].rstrip(" \t")
    return bool(before) and (before[-1].islower() or before[-1] == ",")


def _reads_as_identifier(value: str) -> bool:
    """A digit, or a separator between its characters: not a word of prose."""
    return any(c.isdigit() for c in value) or any(c in "-._" for c in value[1:-1])


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No letter or digit runs on from either end of the value (when that end is one itself)."""
    if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
        return False
    return not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())
