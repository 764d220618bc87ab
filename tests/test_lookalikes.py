"""restore(redact(x)) == x for any x, whatever look-alikes (strict or liberal) x already holds."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.config import Config
from promptscrub.deterministic import DeterministicNamer
from promptscrub.restore import restore
from promptscrub.rules import rule_from_dict
from promptscrub.scrubber import build_scrubber
from promptscrub.styles import FakeNamer
from promptscrub.vault import Vault

TICKET = rule_from_dict({"id": "acme-ticket", "regex": r"\bPAY-\d{3,6}\b", "keywords": ["pay-"]}, "t", "custom")
MAIL = rule_from_dict({"id": "email", "type": "EMAIL", "regex": r"\b[a-z]+@[a-z]+\.io\b", "keywords": ["@"]}, "t", "custom")
SCRUBBER = build_scrubber(Config(rules=[TICKET, MAIL], detectors={"secrets": False, "pii": False, "internal": False}))

LOOKALIKES = ["<ACME_TICKET_1>", "ACME_TICKET_1", "acme-ticket-2", "ACME_TICKET 1", "[Acme_Ticket_2]", "&lt;ACME_TICKET_1&gt;",
              "\\<ACME\\_TICKET\\_1\\>", "LITERAL_1", "<LITERAL_1>", "email 1", "EMAIL_2", "(EMAIL_1)", "<Email_1", "EMAIL_1>",
              "«EMAIL_1»", "EMAIL\\_1", "\\", "<", ">", "_", "1", "x", "-", "avery.0@example.invalid", "jordan.1@example.invalid"]
pieces = st.lists(st.one_of(st.text(max_size=8), st.sampled_from(
    ["PAY-1234", "PAY-99999", "bob@corp.io", "al@x.io", "\r\n", "\ufeff", " PAY-", "é", "日本", *LOOKALIKES])), max_size=14)


def round_trips(vault: Vault, *texts: str) -> None:
    outs = [SCRUBBER.redact(x, vault).text for x in texts]
    for x, y in zip(texts, outs, strict=True):
        assert restore(y, vault).text == x  # each answer still restores after later prompts of the session


@settings(max_examples=300, deadline=None)
@given(pieces, pieces)
def test_round_trip_is_exact_across_a_session(a, b):
    round_trips(Vault(), "".join(a), "".join(b))


@settings(max_examples=100, deadline=None)
@given(pieces, pieces)
def test_round_trip_is_exact_with_deterministic_tags(a, b):
    round_trips(Vault(DeterministicNamer(b"k" * 16)), "".join(a), "".join(b))


@settings(max_examples=100, deadline=None)
@given(pieces, pieces)
def test_round_trip_is_exact_with_fake_surrogates(a, b):
    round_trips(Vault(FakeNamer()), "".join(a), "".join(b))


def test_a_bare_lookalike_the_vault_maps_is_escaped():
    vault = Vault()
    first = SCRUBBER.redact("PAY-111", vault).text
    red = SCRUBBER.redact("ACME_TICKET_1 and acme-ticket-1 stay; PAY-222 goes", vault)
    assert "PAY-222" not in red.text and "ACME_TICKET_1" not in red.text
    assert restore(first + " " + red.text, vault).text == "PAY-111 ACME_TICKET_1 and acme-ticket-1 stay; PAY-222 goes"


def test_lookalikes_in_the_input_are_never_handed_out_later():
    vault = Vault()
    earlier = SCRUBBER.redact("see EMAIL 1 and [ACME_TICKET_1]", vault).text
    later = SCRUBBER.redact("al@x.io PAY-1234", vault).text
    assert later == "<EMAIL_2> <ACME_TICKET_2>"
    assert restore(earlier, vault).text == "see EMAIL 1 and [ACME_TICKET_1]"


def test_a_mention_created_by_splicing_is_escaped():
    """``EMAIL_1x`` is no mention, but once ``x…`` is replaced ``EMAIL_1<…>`` would be one."""
    vault = Vault()
    vault.placeholder_for("EMAIL", "zed@q.io")
    text = "EMAIL_1PAY-1234"
    red = SCRUBBER.redact(text, vault)
    assert restore(red.text, vault).text == text


# Redact checks its output with restore's scanner; the output's mentions are derived from the
# input's, rescanning only around the replacements. They must be what a scan of the whole output finds.
_TEXT_PIECES = ["EMAIL", "email", "_", "\\_", "-", " ", "1", "3fa9c1", "<", ">", "[", "](", "(", ")", ".", "\n", "&lt;",
                "x", "é", "<EMAIL_1>", "PHONE 2", "{{", "}}"]
_REPLACEMENTS = ["<EMAIL_1>", "<LITERAL_2>", "avery.0@example.invalid", "x", "", "(", "_1", "EMAIL", " 2", "]", "<"]


def rescan_is_a_full_scan(text: str, spans: list[tuple[int, int]], reps: list[str]) -> None:
    from promptscrub.apply import splice
    from promptscrub.findings import Finding
    from promptscrub.lookalikes import _rescan
    from promptscrub.placeholder_syntax import find_placeholders

    found = [Finding(s, e, "pii", "X", "x") for s, e in spans]
    out = splice(text, found, reps)
    assert _rescan(text, list(find_placeholders(text)), found, reps, out) == list(find_placeholders(out))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=30), st.data())
def test_output_mentions_are_those_of_a_full_scan(pieces, data):
    text = "".join(pieces)
    bounds = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = list(zip(bounds[::2], bounds[1::2], strict=False))
    rescan_is_a_full_scan(text, spans, [data.draw(st.sampled_from(_REPLACEMENTS)) for _ in spans])


@pytest.mark.parametrize(("text", "spans", "reps"), [
    ("EMAIL_x.+y", [(6, 8), (8, 9)], ["1", "2"]),  # the second finding replaces the cut character after the first's run
    ("a.b", [(1, 1)], ["_1"]),                      # an empty finding at a cut character
    ("[EMAIL_1] (x", [(9, 10)], [""]),              # the cut after "]" becomes "(": link text, no longer a mention
    ("EMAIL_1 x", [(0, 0), (9, 9)], ["<", ">"]),
])
def test_output_mentions_around_adjacent_replacements(text, spans, reps):
    rescan_is_a_full_scan(text, spans, reps)


# A tag between neighbours that keep it apart is not scanned again with its run (``_touched``). The pieces
# put every character that decides this next to a replacement: spaces, ids, letters, brackets' ends.
_NEAR_PIECES = [" ", "\u00a0", "  ", "a", "user", "EMAIL", "Email_", "1", "42", "f", "3fa9c1", "x", "\\", "\\_", "_", "-", ".", "@",
                "(", "\n", "é", ";", "c", "#", "&", "%", "<EMAIL_1>", "line 7", "さん", "的", "メール", "TÉL"]
_OPENS = ["<", "\\<", "&lt;", "&amp;lt;", "&#60;", "&#0060;", "&#x3c;", "&#X3C;", "%3c", "%3C", "«", "‹", "⟨", "〈", "＜", "[", "[[", "\\[", "{", "{{",
          "\\{", "{{{", "${", "$", "【", "［", "〔", "｛", "\\\\u003c", "\\\\x3C"]
_CLOSES = [">", "\\>", "&gt;", "&amp;gt;", "&#62;", "&#x3e;", "%3e", "%3E", "»", "›", "⟩", "〉", "＞", "]", "]]", "](", "\\]", "}", "}}", "\\}", "}}}", "\\\\u003e", "\\\\x3E", "】", "］", "〕", "｝"]
_TAGS = ["<EMAIL_1>", "<X_Y_2>", "<LITERAL_3>", "<IP_3fa9c1>"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_NEAR_PIECES + _OPENS + _CLOSES), max_size=24), st.data())
def test_output_mentions_around_tags_are_those_of_a_full_scan(pieces, data):
    text = "".join(pieces)
    bounds = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    spans = [(s, e) for s, e in zip(bounds[::2], bounds[1::2], strict=False) if e > s]
    rescan_is_a_full_scan(text, spans, [data.draw(st.sampled_from(_TAGS)) for _ in spans])


@pytest.mark.parametrize(("text", "span"), [
    ("user bob@x.io logged", (5, 13)),    # spaces on both sides: the tag alone is scanned
    ("from 10.0.0.1 on", (5, 13)),        # "from 10" was a mention: the run is scanned
    ("[ bob@x.io]", (2, 10)),             # the space pads a bracket: scanned
    ("EMAIL_1 bob@x.io", (8, 16)),        # "EMAIL_1 b…" no longer reads on: unchanged either way
    ("id 12 3fa9c1x", (6, 12)),           # the space separates an id
    ("ab bob@x.ioEMAIL_1", (3, 11)),      # a letter after the tag starts a mention
    ("[IP ADDRESS 1] bob@x.io", (15, 23)),  # a capital before the space may belong to a spaced type
    ("[INTERNAL HOST bob 1]", (15, 18)),  # a capitals' word after the space: scanned with its run
    ("ERROR Bob@x.io", (6, 14)),
])
def test_output_mentions_next_to_one_tag(text, span):
    rescan_is_a_full_scan(text, [span], ["<EMAIL_1>"])


def test_every_bracket_space_and_id_next_to_a_tag():
    """Each character class ``tag_keeps_left``/``tag_keeps_right`` reads, on each side of a replaced value."""
    lefts = ["", " ", "x ", "EMAIL ", "EMAIL_1 ", "メール ", "<メール ", "id 12 ", "f ", "9 ", "\u00a0", "ab\u00a0", ".", "a", "EMAIL_", "EMAIL-", "1 "]
    lefts += [o + pad for o in _OPENS for pad in ("", " ", "\u00a0")] + [o + " EMAIL_1 " for o in _OPENS]
    rights = ["", " ", " x", " 12", " f00d12", ".", "1", "_1", "-1", "\\_1", " _", "x", "EMAIL_1", " EMAIL_1>", "(", "\n"]
    rights += [pad + c for c in _CLOSES for pad in ("", " ", "1 ", "1")] + _OPENS
    values = ["bob@x.io", "abc", "12", "f00d1", "EMAIL", "_1", "x y", "メール", "É"]
    for left in lefts:
        for value in values:
            for right in rights:
                rescan_is_a_full_scan(left + value + right, [(len(left), len(left) + len(value))], ["<EMAIL_1>"])


def test_a_tag_between_spaces_is_not_scanned_again():
    from promptscrub.findings import Finding
    from promptscrub.lookalikes import _touched
    from promptscrub.placeholder_syntax import find_placeholders

    text = "00 line 7 INFO user bob@x.io logged in"
    f = Finding(20, 28, "pii", "EMAIL", "email")
    mentions = list(find_placeholders(text))
    starts = [m.start for m in mentions]
    assert _touched(text, [f], ["<EMAIL_1>"], mentions, starts) == [(20, 28, "<EMAIL_1>")]
    assert _touched(text, [f], ["bob.1@example.invalid"], mentions, starts) == [(0, 38, None)]  # not a tag: its whole run


def test_a_surrogate_written_in_an_earlier_prompt_is_never_handed_out_later():
    vault = Vault(FakeNamer())
    earlier = SCRUBBER.redact("write to avery.0@example.invalid", vault).text
    later = SCRUBBER.redact("bob@corp.io", vault).text
    assert later != "avery.0@example.invalid"
    assert restore(earlier, vault).text == "write to avery.0@example.invalid"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.@1 ", max_size=30), st.lists(st.text(alphabet="ab.@1 ", max_size=14), max_size=10))
def test_occurs_in_is_a_substring_test(text, strings):
    from promptscrub.lookalikes import occurs_in

    occurs = occurs_in(text)
    assert [occurs(s) for s in strings] == [s in text for s in strings]


def test_a_surrogate_that_does_not_fit_falls_back_to_the_values_first_tag():
    from promptscrub.lookalikes import tag_for

    vault = Vault(FakeNamer())
    surrogate = vault.placeholder_for("EMAIL", "bob@corp.io")
    first = tag_for(vault, "EMAIL", "bob@corp.io")
    assert first == "<EMAIL_1>" and tag_for(vault, "EMAIL", "bob@corp.io") == first
    assert vault.lookup_value("bob@corp.io") == surrogate  # the surrogate stays its primary name
    assert tag_for(vault, "EMAIL", "al@x.io") == "<EMAIL_2>" == vault.tag_of("al@x.io")
    assert [e.placeholder for e in vault.entries() if e.value == "bob@corp.io"] == [surrogate, first]


def test_code_names_shaped_like_a_key_are_left_as_written():
    """TypeScript compiles ``import * as mail`` to ``const email_1 = require(...)``; once the session's vault holds
    ``<EMAIL_1>``, that name must stay as it is (restore reads no lower-case bare form, so there is nothing to
    escape), and the round trip stays exact."""
    vault = Vault()
    SCRUBBER.redact("write to al@x.io", vault)  # the vault now holds <EMAIL_1>
    text = 'const email_1 = require("email");\nconst Email_1 = 2; <input id="email-1"> ask bob@corp.io\n'
    out = SCRUBBER.redact(text, vault).text
    assert out.startswith('const email_1 = require("email");\nconst Email_1 = 2; <input id="email-1"> ask <EMAIL_')
    assert "LITERAL" not in out
    assert restore(out, vault).text == text


def test_findings_in_one_run_of_words_share_one_run_search(monkeypatch: pytest.MonkeyPatch):
    """A line of words with no punctuation is one run (see ``placeholder_syntax.run_around``); finding it
    again for each of its findings made redacting such a line quadratic (800 KB: 18 s). The run is now found
    once, and the round trip is unchanged."""
    import promptscrub.lookalikes as lookalikes

    calls = []
    real = lookalikes.run_around
    monkeypatch.setattr(lookalikes, "run_around", lambda *a: calls.append(a) or real(*a))
    text = " ".join(f"ticket 2 PAY-{1000 + i} seen by ops EMAIL PAY-{5000 + i} and acme ticket 2" for i in range(300)) + "\n"
    vault = Vault()
    out = SCRUBBER.redact(text, vault).text
    assert "PAY-1" not in out and restore(out, vault).text == text
    assert len(calls) <= 2
