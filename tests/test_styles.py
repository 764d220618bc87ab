import ipaddress

from promptscrub.findings import Finding
from promptscrub.styles import SURROGATES, FakeNamer, fake_email, fake_ipv4, fake_name, fake_phone, irreversible, surrogate_lookalikes
from promptscrub.vault import Vault


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
