from promptscrub.findings import Finding


def test_overlap_is_half_open():
    """Adjacent spans do not overlap; shared characters do."""
    a = Finding(0, 5, "secret", "T", "r")
    assert not a.overlaps(Finding(5, 9, "secret", "T", "r"))
    assert a.overlaps(Finding(4, 9, "secret", "T", "r"))
    assert a.length == 5
