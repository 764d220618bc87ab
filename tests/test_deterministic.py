import pytest

from promptscrub.deterministic import DeterministicKeyError, deterministic_placeholder, key_from_env
from promptscrub.placeholder_syntax import find_placeholders

KEY = b"0123456789abcdef"


def test_same_key_same_placeholder_other_key_other_placeholder():
    a = deterministic_placeholder("EMAIL", "a@x.io", KEY)
    assert a == deterministic_placeholder("EMAIL", "a@x.io", KEY.decode())
    assert a != deterministic_placeholder("EMAIL", "a@x.io", b"another key.....")
    assert len(a) == len("<EMAIL_>") + 6
    assert [m.key for m in find_placeholders(a)] == [a]


def test_a_collision_extends_the_tag_deterministically_never_shares_it():
    first = deterministic_placeholder("EMAIL", "a@x.io", KEY)
    longer = deterministic_placeholder("EMAIL", "a@x.io", KEY, taken=lambda p: p == first)
    assert longer != first and longer[:-1].startswith(first[:-1]) and len(longer) > len(first)
    assert longer == deterministic_placeholder("EMAIL", "a@x.io", KEY, taken=lambda p: p == first)


def test_tags_always_hold_a_digit():
    for i in range(300):
        tag = deterministic_placeholder("T", str(i), KEY, length=1)[3:-1]
        assert any(c.isdigit() for c in tag)


def test_empty_key_and_missing_key_are_refused(monkeypatch):
    with pytest.raises(DeterministicKeyError):
        deterministic_placeholder("EMAIL", "x", b"")
    monkeypatch.delenv("PROMPTSCRUB_DETERMINISTIC_KEY", raising=False)
    monkeypatch.delenv("PROMPTSCRUB_VAULT_KEY_FILE", raising=False)
    with pytest.raises(DeterministicKeyError, match="PROMPTSCRUB_DETERMINISTIC_KEY"):
        key_from_env()
    monkeypatch.setenv("PROMPTSCRUB_DETERMINISTIC_KEY", "abc")
    assert key_from_env() == b"abc"  # as is: the Spark engine uses the same bytes
