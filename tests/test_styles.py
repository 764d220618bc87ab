import ipaddress

from promptscrub.findings import Finding
from promptscrub.styles import SURROGATES, FakeNamer, fake_email, fake_ipv4, fake_name, fake_phone, irreversible, surrogate_lookalikes
from promptscrub.vault import Vault, VaultEntry


def test_surrogates_come_from_reserved_ranges():
    assert fake_email(3).endswith("@example.invalid")
    assert all(ipaddress.ip_address(fake_ipv4(n)) in ipaddress.ip_network(net) for n, net in
               ((0, "192.0.2.0/24"), (300, "198.51.100.0/24"), (600, "203.0.113.0/24")))
    assert fake_ipv4(10_000) is None
    assert "-555-01" in fake_phone(42)
    assert len({fake_name(n) for n in range(600)}) == 600


def test_fake_style_is_consistent_and_falls_back_to_tags():
    v = Vault(FakeNamer())
    a = v.placeholder_for("EMAIL", "alice@corp.io")
    assert a.endswith("@example.invalid") and v.placeholder_for("EMAIL", "alice@corp.io") == a
    assert v.placeholder_for("EMAIL", "bob@corp.io") != a
    assert v.placeholder_for("AWS_ACCESS_KEY", "AKIA…") == "<AWS_ACCESS_KEY_1>"


def test_fake_style_with_a_key_agrees_across_processes():
    a, b = Vault(FakeNamer(key=b"k" * 16)), Vault(FakeNamer(key=b"k" * 16))
    b.placeholder_for("PERSON", "Someone Else")
    assert a.placeholder_for("PERSON", "Ada Lovelace") == b.placeholder_for("PERSON", "Ada Lovelace")


def test_mask_and_hash_are_irreversible_and_keep_neighbours_apart():
    text = "PAY-1 PAY-1 PAY-22"
    fs = [Finding(0, 5, "custom", "T", "r"), Finding(6, 11, "custom", "T", "r"), Finding(12, 18, "custom", "T", "r")]
    assert irreversible(text, fs, "mask") == "***** ***** ******"
    hashed = irreversible(text, fs, "hash", key=b"k" * 16)
    one, two, three = hashed.split(" ")
    assert one == two != three and one.startswith("<T#") and "PAY" not in hashed
    assert irreversible(text, fs, "hash", key=b"k" * 16) == hashed  # keyed: stable across runs
    assert irreversible(text, fs, "hash") != hashed


def test_every_surrogate_is_recognised_as_a_lookalike_in_running_text():
    for make in SURROGATES.values():
        for n in (0, 1, 17, 255, 256, 761, 5000):
            value = make(n)
            if value is not None:
                assert value in surrogate_lookalikes(f"see {value}, then")
    assert surrogate_lookalikes("Avery Ashgrove 3 and https://host4.example.invalid/") >= {
        "Avery Ashgrove", "Avery Ashgrove 3", "host4.example.invalid", "https://host4.example.invalid/"}
    assert not surrogate_lookalikes("avery.0@example.com, Avery Smith, +1 201-555-0199x, 192.0.2.5.1")


def _reference_fake(namer: FakeNamer, vault: Vault, type_: str, value: str, busy) -> str:
    """FakeNamer as first written: every value goes round all ``limit`` candidates before falling back."""
    make = SURROGATES.get(type_)
    if make is not None:
        counter = f"fake:{type_}"
        if namer.key is not None:
            from promptscrub.deterministic import tag_digest

            start = int(tag_digest(type_, value, namer.key)[:8], 16) % namer.limit
        else:
            start = vault._counters.get(counter, 0)
        for n in range(start, start + namer.limit):
            candidate = make(n % namer.limit)
            if candidate is None:
                if namer.key is None:
                    break
                continue
            if not busy(candidate):
                if namer.key is None:
                    vault._counters[counter] = n + 1
                return candidate
    return namer.fallback(vault, type_, value, busy)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["EMAIL", "IP_ADDRESS", "PERSON", "KEY"]), st.integers(0, 12), st.integers(0, 6),
                          st.booleans()), max_size=40),
       st.sampled_from([None, b"k" * 16]), st.integers(1, 6))
def test_fake_names_are_those_of_the_first_version_when_surrogates_run_out(calls, key, limit):
    """Once a vault holds every surrogate of a type the namer falls back at once; what it hands out never changes."""
    fast, slow = Vault(FakeNamer(key=key, limit=limit)), Vault(FakeNamer(key=key, limit=limit))
    for type_, value, taken_n, reserve in calls:
        make = SURROGATES.get(type_)
        taken = make(taken_n) if make else None  # a surrogate the current text holds: free again in a later one
        if reserve and taken:
            fast.reserve({taken})
            slow.reserve({taken})
        got = fast.placeholder_for(type_, str(value), lambda ph, t=taken: ph == t)
        existing = slow.lookup_value(str(value))
        if existing is None:
            def busy(ph, t=taken):
                return ph in slow or ph in slow.reserved or ph == t
            existing = _reference_fake(slow.namer, slow, type_, str(value), busy)
            slow.add(VaultEntry(existing, type_, str(value)))
        assert got == existing


def test_a_type_whose_surrogates_are_all_taken_falls_back_at_once():
    namer = FakeNamer(limit=3)
    v = Vault(namer)
    v.reserve({fake_email(1)})
    assert [v.placeholder_for("EMAIL", f"u{i}@x.io") for i in range(4)] == [fake_email(0), fake_email(2), "<EMAIL_1>", "<EMAIL_2>"]
    assert namer.spent[v] == {"EMAIL"}
    other = Vault(namer)  # another vault has its own surrogates
    assert other.placeholder_for("EMAIL", "u0@x.io") == fake_email(0)


def test_finite_makers_are_none_from_their_count_on():
    from promptscrub.styles import COUNTS

    for make, count in COUNTS.items():
        assert make(count - 1) is not None and all(make(n) is None for n in range(count, count + 600))


@given(st.integers(0, 10**9), st.integers(1, 50), st.integers(1, 60), st.booleans())
def test_numbers_tried_are_the_whole_cycle_less_the_empty_ones(start, limit, count, keyed):
    namer = FakeNamer(key=b"k" * 16 if keyed else None, limit=limit)
    every = list(range(start, start + limit))
    expected = [n for n in every if n % limit < count] if keyed else every
    assert list(namer._numbers(start, count)) == expected
