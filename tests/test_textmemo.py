"""textmemo: a result is kept for the last texts (by identity), never for an equal text elsewhere."""
from __future__ import annotations

from promptscrub.textmemo import last_texts


def test_the_last_texts_are_answered_from_memory_and_only_they():
    calls: list[str] = []

    @last_texts(2)
    def size(text: str) -> int:
        calls.append(text)
        return len(text)

    a, b, c = "a" * 10, "b" * 20, "c" * 30
    assert [size(a), size(b), size(a), size(b)] == [10, 20, 10, 20]
    assert calls == [a, b]  # two kept
    size(c)  # a is now the third most recent: dropped
    size(a)
    assert calls == [a, b, c, a]
    twin = "".join(["b" * 10, "b" * 10])  # equal to b, another object: computed again
    assert twin == b and twin is not b
    size(twin)
    assert calls[-1] is twin
    size.forget()
    size(a)
    assert calls[-1] is a and len(calls) == 6


def test_kept_reads_the_memory_without_computing():
    calls: list[str] = []

    @last_texts()
    def size(text: str) -> int:
        calls.append(text)
        return len(text)

    a, b = "a" * 10, "b" * 20
    assert size.kept(a) is None and calls == []
    size(a)
    assert size.kept(a) == 10 and size.kept("".join(["a" * 5, "a" * 5])) is None  # an equal text is not it
    size(b)
    assert size.kept(a) is None and size.kept(b) == 20 and calls == [a, b]
