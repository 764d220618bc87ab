from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.config import Config
from promptscrub.restore import restore
from promptscrub.rules import rule_from_dict
from promptscrub.scrubber import Scrubber, build_scrubber
from promptscrub.vault import Vault

TICKET = rule_from_dict({"id": "acme-ticket", "regex": r"\bPAY-\d{3,6}\b", "keywords": ["pay-"]}, "t", "custom")


def scrubber() -> Scrubber:
    cfg = Config(rules=[TICKET], detectors={"secrets": False, "pii": False, "internal": False})
    return build_scrubber(cfg)


def test_redact_numbers_left_to_right_and_reuses():
    red = scrubber().redact("PAY-111 PAY-222 PAY-111", Vault())
    assert red.text == "<ACME_TICKET_1> <ACME_TICKET_2> <ACME_TICKET_1>"
    assert red.counts() == {"ACME_TICKET": 3}


def test_placeholder_lookalikes_in_the_input_survive_the_round_trip():
    """A literal `<ACME_TICKET_1>` in the input is neither reused nor restored into a value."""
    vault = Vault()
    first = scrubber().redact("PAY-111", vault)
    text = "compare <ACME_TICKET_1> and <ACME_TICKET_2> with PAY-222"
    red = scrubber().redact(text, vault)
    assert "PAY-222" not in red.text
    assert restore(first.text + red.text, vault).text == "PAY-111" + text


pieces = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(["PAY-1234", "PAY-99999", "<ACME_TICKET_1>", "<ACME_TICKET_2>", "<LITERAL_1>", "\r\n", "\ufeff", " PAY-"]),
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(pieces, pieces)
def test_round_trip_is_exact(a, b):
    """restore(redact(x)) == x for any text, across two prompts sharing one vault."""
    vault = Vault()
    s = scrubber()
    x1, x2 = "".join(a), "".join(b)
    r1, r2 = s.redact(x1, vault), s.redact(x2, vault)
    assert restore(r1.text, vault).text == x1
    assert restore(r2.text, vault).text == x2
