import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.placeholder_syntax import (
    MENTION_CHARS, PLACEHOLDER_RE, _liberal_matches, canonical_key, find_placeholders, format_placeholder, liberal_re, run_around, safe_cut,
)

KNOWN = {"<EMAIL_1>", "<IP_ADDRESS_2>", "<EMAIL_3fa9c1>"}


def spans(text, known=KNOWN):
    return [(text[m.start:m.end], m.key) for m in find_placeholders(text, known)]


def test_format_and_find_agree():
    text = "to " + format_placeholder("AWS_ACCESS_KEY", 2) + " and <EMAIL_3fa9c1>."
    assert [m.key for m in find_placeholders(text)] == ["<AWS_ACCESS_KEY_2>", "<EMAIL_3fa9c1>"]


def test_longer_ids_are_not_prefixes():
    assert [m.key for m in find_placeholders("<EMAIL_12>")] == ["<EMAIL_12>"]


def test_types_with_digit_segments_are_recognised():
    assert [m.key for m in find_placeholders("<AWS_KEY_2_1>")] == ["<AWS_KEY_2_1>"]


@pytest.mark.parametrize(("text", "span"), [
    ("<Email_1>", "<Email_1>"), ("<email_1>", "<email_1>"), ("EMAIL_1", "EMAIL_1"), ("[EMAIL_1]", "[EMAIL_1]"),
    ("{EMAIL_1}", "{EMAIL_1}"), ("{{EMAIL_1}}", "{{EMAIL_1}}"), ("«EMAIL_1»", "«EMAIL_1»"), ("&lt;EMAIL_1&gt;", "&lt;EMAIL_1&gt;"),
    ("\\<EMAIL\\_1\\>", "\\<EMAIL\\_1\\>"), ("EMAIL\\_1", "EMAIL\\_1"), ("EMAIL 1", "EMAIL 1"), ("EMAIL-1", "EMAIL-1"), ("EMAIL_1.", "EMAIL_1"),
    ("<EMAIL_1>'s", "<EMAIL_1>"), ("<EMAIL_1>.", "<EMAIL_1>"), ("**<EMAIL_1>**", "<EMAIL_1>"), ("`<EMAIL_1>`", "<EMAIL_1>"),
    ("(EMAIL_1)", "EMAIL_1"), ("< EMAIL_1 >", "< EMAIL_1 >"), ("<EMAIL_1", "<EMAIL_1"), ("EMAIL_1>", "EMAIL_1>"),
    ("%3CEMAIL_1%3E", "%3CEMAIL_1%3E"), ("EMAIL_1's", "EMAIL_1"), ("IP-ADDRESS-2", "IP-ADDRESS-2"),
    ("<EMAIL_3FA9C1>", "<EMAIL_3FA9C1>"), ("EMAIL 3fa9c1", "EMAIL 3fa9c1"),
    ("\\u003cEMAIL_1\\u003e", "\\u003cEMAIL_1\\u003e"), ("\\u003CEMAIL_1\\u003E", "\\u003CEMAIL_1\\u003E"),
    ("\\x3cEMAIL_1\\x3e", "\\x3cEMAIL_1\\x3e"), ("[IP ADDRESS 2]", "[IP ADDRESS 2]"),
    ("\\\\u003cEMAIL_1\\\\u003e", "\\\\u003cEMAIL_1\\\\u003e"), ("\\\\x3CEMAIL_1\\\\x3E", "\\\\x3CEMAIL_1\\\\x3E"),
    ("<IP ADDRESS 2>", "<IP ADDRESS 2>"), ("{IP ADDRESS 2}", "{IP ADDRESS 2}"),
    ("担当はEMAIL_1さん", "EMAIL_1"), ("EMAIL_1님", "EMAIL_1"), ("的IP-ADDRESS-2的", "IP-ADDRESS-2"), ("さん<EMAIL_1", "<EMAIL_1"),
    ("【EMAIL_1】", "【EMAIL_1】"), ("［IP ADDRESS 2］", "［IP ADDRESS 2］"), ("〔EMAIL_1〕", "〔EMAIL_1〕"), ("｛EMAIL_1｝", "｛EMAIL_1｝"),
    ("「EMAIL_1」", "EMAIL_1"),
    ("‹TÉLÉPHONE_2>", "‹TÉLÉPHONE_2>"), ("<メール_5>", "<メール_5>"), ("[Téléphone_1]", "[Téléphone_1]"),
    ("${EMAIL_1}", "${EMAIL_1}"), ("$EMAIL_1", "$EMAIL_1"), ("{{{EMAIL_1}}}", "{{{EMAIL_1}}}"), ("{{ EMAIL_1 }}", "{{ EMAIL_1 }}"),
])
def test_liberal_forms_reduce_to_the_canonical_key(text, span):
    found = spans(f"see {text} now", KNOWN | {"<TÉLÉPHONE_2>", "<メール_5>", "<TÉLÉPHONE_1>"})
    assert len(found) == 1 and found[0][0] == span
    assert found[0][1] in KNOWN | {"<TÉLÉPHONE_2>", "<メール_5>", "<TÉLÉPHONE_1>"}


@pytest.mark.parametrize("text", ["email_1", "Email_1", "email-1", "ip_address_1", "const email_1 = require('x')",
                                  "<input id=\"email-1\">", "Email_1.send()", "email 1 goes out Monday", "Person 1: hi"])
def test_bare_forms_of_code_names_and_prose_are_no_mention(text):
    """Without brackets the type keeps its capitals, as redact writes it: ``email_1``, ``Email_1``, ``email-1``
    are names code gives its own variables and form fields, "email 1" and "Person 1:" are prose."""
    assert spans(f"see {text} now") == []


@pytest.mark.parametrize("text", ["<EMAIL_12>", "MY_EMAIL_1_X", "EMAIL_12", "x_EMAIL_1", "foo-EMAIL_1", "EMAIL_1-based",
                                  "EMAIL_1x", "the decade", "EMAIL1", "NOTE: EMAIL_01"])
def test_never_inside_a_longer_token_nor_another_id(text):
    assert all(key not in KNOWN for _, key in spans(text))


def test_bare_forms_need_the_vault_to_know_them():
    assert spans("EMAIL_7 and page 2 and HTTP_2") == []
    assert [k for _, k in spans("EMAIL_7 and page 2 and PAGE 2", known=None)] == ["<EMAIL_7>", "<PAGE_2>"]  # prose's "page 2" is none
    # bracketed forms are mentions even when unknown (so restore can report them)
    assert spans("[EMAIL_7]") == [("[EMAIL_7]", "<EMAIL_7>")]


def test_a_canonical_placeholder_is_never_swallowed_by_a_liberal_match():
    assert spans("\\<EMAIL_1>") == [("<EMAIL_1>", "<EMAIL_1>")]


def test_markdown_link_text_keeps_its_brackets():
    assert spans("[EMAIL_1](mailto:EMAIL_1)") == [("EMAIL_1", "<EMAIL_1>"), ("EMAIL_1", "<EMAIL_1>")]


def test_strength_decides_what_is_reported():
    by_text = {m.key: m for m in find_placeholders("<Foo_1> [BAR_2] [step 3] BAZ_4")}
    assert by_text["<FOO_1>"].strong and by_text["<BAR_2>"].strong
    assert not by_text["<STEP_3>"].strong and not by_text["<BAZ_4>"].strong


def test_canonical_key():
    assert canonical_key("Ip\\_address-x", "3FA9C1") == "<IP_ADDRESS_X_3fa9c1>"


def test_safe_cut_is_after_the_last_character_no_mention_contains():
    assert safe_cut("hello, EMAIL 1") == len("hello,")
    assert safe_cut("abc def") == 0
    assert safe_cut("done.\n") == 6


# The liberal scan skips stretches that cannot hold a mention; it must find exactly what one
# pass of the full pattern over the whole range finds.
_PIECES = ["EMAIL", "Email", "ip", "x", "_", "\\_", "-", " ", "\u00a0", "1", "42", "3fa9c1", "abcdef", "<", ">",
           "&lt;", "&gt;", "[", "]", "](", "{", "}", "«", "»", "(", ")", ".", ",", "=", ";", "&#60;", "%3C", "\n",
           "é", "\\", "return 0", "page 2", "<EMAIL_1>", "$", "${", "{{{", "}}}"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_liberal_scan_matches_one_full_pass(pieces, lead, trail):
    text = "".join(pieces)
    pos, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - trail)
    fast = [(m.start(), m.end()) for m in _liberal_matches(text, pos, end)]
    full = [(m.start(), m.end()) for m in liberal_re().finditer(text, pos, end)] if end - pos >= 3 else []
    assert fast == full


# Anchors are found from the digit that ends them: long hex stretches, escaped separators and ids
# that start with letters must not hide one.
_ANCHOR_PIECES = ["a", "Z", "9", "_", "\\_", "-", " ", "\u00a0", "abcdef" * 8, "abcdef" * 11, "a_" + "abcdef" * 10 + "2", "f", "0", "x", "\\", ".", "<", ">", "]("]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ANCHOR_PIECES), max_size=30), st.integers(0, 3))
def test_liberal_scan_around_hex_ids_matches_one_full_pass(pieces, lead):
    text = "".join(pieces)
    pos = min(lead, len(text))
    fast = [(m.start(), m.end()) for m in _liberal_matches(text, pos, len(text))]
    full = [(m.start(), m.end()) for m in liberal_re().finditer(text, pos, len(text))] if len(text) - pos >= 3 else []
    assert fast == full


# The anchor search reads a class string made by encoding to latin-1, where every other character becomes
# "?": brackets beyond latin-1, letters \w counts, cut characters, lone surrogates and a real "?" alike.
_WIDE_PIECES = ["EMAIL", "x", "_", "-", " ", "\u00a0", "1", "42", "3fa9c1", "?", "‹", "›", "⟨", "⟩", "＜", "＞", "〈", "〉",
                "«", "»", "【", "】", "［", "］", "〔", "｝", "「", "é", "ß", "Ω", "字", "さん", "メール", "TÉL", "²", "님", "ｻ", "$", "١", "😀", "\udc80", "—", "“", ".", "\n", "  ", "<EMAIL_1>", "[", "]"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WIDE_PIECES), max_size=40), st.integers(0, 4), st.integers(0, 4))
def test_liberal_scan_beyond_latin1_matches_one_full_pass(pieces, lead, trail):
    text = "".join(pieces)
    pos, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - trail)
    fast = [(m.start(), m.end()) for m in _liberal_matches(text, pos, end)]
    full = [(m.start(), m.end()) for m in liberal_re().finditer(text, pos, end)] if end - pos >= 3 else []
    assert fast == full


# Randomised text over the characters that play a part in mentions: find_placeholders must give what a
# plain scan gives (canonical placeholders first, the full liberal pattern between them).
_CHARS = "aAfFzZ019_-\\ \u00a0<>&;#%[]{}()«»‹⟨＜〉x3cC.é字?\n$"


def full_scan(text):
    out, pos = [], 0
    for c in [*PLACEHOLDER_RE.finditer(text), None]:
        stop = len(text) if c is None else c.start()
        out.extend(m.span() for m in liberal_re().finditer(text, pos, stop))
        if c is not None:
            out.append(c.span())
            pos = c.end()
    return out


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60) | st.lists(st.sampled_from(_PIECES + _WIDE_PIECES), max_size=30).map("".join))
def test_find_placeholders_matches_a_plain_scan(text):
    assert [(m.start, m.end) for m in find_placeholders(text)] == full_scan(text)


_BRACKET_PIECES = ["<", "\\<", "\\u003c", "\\u003e", "\\\\u003c", "\\\\u003E", "\\\\x3c", "\\\\x3e", "\\x3C", "\\x3e", "&lt;", "&amp;lt;", "&#60;", "&#0060;", "&#x3c;", "&#X03C;", "%3c", "%3C", "«", "‹", "⟨", "〈", "＜", "[", "[[",
                   "\\[", "{", "{{", "{{{", "${", "$", "【", "］", "〔", "｛", "\\{", ">", "]", "}", "]]", "}}}", "»", " ", "EMAIL", "x", "_", "-", "1", "3fa9c1", "\\_", "(", "](", "é"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_BRACKET_PIECES), max_size=25))
def test_liberal_pattern_is_the_plain_alternation_of_its_forms(pieces):
    """The bracketed forms are only tried where _OPEN_STARTS says a bracket begins: the matches must be the same."""
    from promptscrub.placeholder_syntax import _BARE, _BRACKETED, _HALF_BRACKETED, _OPEN, _OPEN_STARTS

    text = "".join(pieces)
    plain = re.compile(f"{_BRACKETED}|{_HALF_BRACKETED}|{_BARE}")
    assert [(m.span(), m.groupdict()) for m in liberal_re().finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    for piece in pieces:
        if re.match(_OPEN, piece):
            assert re.match(f"[{_OPEN_STARTS}]", piece)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_run_around_stops_at_the_nearest_cut_characters(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    a, b = run_around(text, start, end)
    cut = [not re.fullmatch(rf"[{MENTION_CHARS}]", c) for c in text]
    assert not any(cut[a:start]) and not any(cut[end:b])
    assert (a == 0 or cut[a - 1]) and (b == len(text) or cut[b])


@given(st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,6}(?:(?:_|\\_|-| )[A-Za-z0-9]{1,4}){0,2}", fullmatch=True))
def test_canonical_key_of_one_word_types_needs_no_split(type_text):
    parts = [p for p in re.split(r"\\_|[_\- \u00a0]", type_text) if p]
    assert canonical_key(type_text, "1") == format_placeholder("_".join(parts).upper(), "1")


# tag_keeps_left/right read a few characters next to a replacement; the classes they use must cover
# every mention the patterns can find. Checked on the matches themselves, group by group.
_ROLE_PIECES = _PIECES + ["メール", "TÉL", "ß", "²", "\\u003c", "\\u003E", "\\x3c", "\\x3e", "&amp;lt;", "&#x3c;", "&#0060;", "%3c", "%3e", "&#62;", "‹", "›", "⟨", "⟩", "〈", "〉", "＜", "＞", "[[", "]]", "{{",
                          "}}", "\\[", "\\]", "\\{", "\\}", "\\<", "\\>", "\u00a0", " ", "  ", "abc123", "f00d12"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=30))
def test_character_roles_cover_every_mention(pieces):
    from promptscrub.placeholder_syntax import _CLOSE_STARTS, _HEX, _ID_START, _MENTION_STARTS, _OPEN_ENDS, PLACEHOLDER_RE

    text = "".join(pieces)
    for m in find_placeholders(text):
        assert text[m.start] in _MENTION_STARTS
    for m in [*liberal_re().finditer(text), *PLACEHOLDER_RE.finditer(text)]:
        groups = m.groupdict() if m.re is liberal_re() else {}
        if groups.get("open") is not None:
            assert m.group("open")[-1] in _OPEN_ENDS and m.group("close")[0] in _CLOSE_STARTS
            assert text[m.end("bi") - 1] in _HEX
        for g in ("hclose",):
            if groups.get(g) is not None:
                assert m.group(g)[0] in _CLOSE_STARTS
        for ident in ("bi", "hi", "i"):
            if groups.get(ident) is not None:
                assert _ID_START.match(text, m.start(ident))
        for i in range(m.start(), m.end()):  # a space inside a mention: a separator or a bracket's padding
            if text[i] in " \u00a0":
                after = text[i + 1]
                assert _ID_START.match(text, i + 1) or (text[i - 1] in _OPEN_ENDS and after.isalnum() and not after.isdecimal()) or (
                    text[i - 1] in _HEX and after in _CLOSE_STARTS)
