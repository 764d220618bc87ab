"""restore(redact(x)) == x for any x, whatever look-alikes (strict or liberal) x already holds."""
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
