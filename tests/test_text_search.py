"""text_search: a whole-text gate answers as a plain substring search would, wide text or not."""
from __future__ import annotations

import random

from promptscrub.engine_shape import scan_bytes
from promptscrub.text_search import holds_any


def _wide_text(words: list[str], seed: int) -> str:
    """~100 KB of code-like lines with an emoji (four bytes a character) and the given words."""
    rng = random.Random(seed)
    lines = [f"x{i} = compute({rng.randint(0, 999)})  # 🙂 café" for i in range(3000)]
    for w in words:
        lines.insert(rng.randrange(len(lines)), f"note = '{w}'")
    return "\n".join(lines)


def test_short_and_ascii_texts_are_searched_as_they_are() -> None:
    assert holds_any("Plaintiff, an individual", ("laintiff", "efendant"))
    assert not holds_any("def f(): pass", ("laintiff",))
    ascii_long = "a = 1\n" * 20000 + "cell_type"
    assert holds_any(ascii_long, ("cell_type",)) and not holds_any(ascii_long, ("output_type",))


def test_a_wide_text_gives_the_same_answer_with_or_without_the_scan_bytes() -> None:
    text = _wide_text(["Defendant", '"cell_type"'], seed=1)
    assert not text.isascii() and len(text) >= 1 << 16
    cases = [("laintiff",), ("efendant",), ('"cell_type"', '"output_type"'), ('"output_type"',), ("[Parameters=[",)]
    before = [holds_any(text, words) for words in cases]  # nothing kept for this text yet: a str search
    scan_bytes(text)  # what the rules' scan makes of it
    assert scan_bytes.kept(text) is not None
    after = [holds_any(text, words) for words in cases]
    expected = [any(w in text for w in words) for words in cases]
    assert before == expected == after == [False, True, True, False, False]


def test_a_word_in_the_text_is_never_missed_in_its_shadow() -> None:
    rng = random.Random(7)
    for seed in range(5):
        words = ["".join(rng.choice("abcK") for _ in range(3)) for _ in range(4)]
        text = _wide_text(words[:2], seed) + " \u212a"  # the Kelvin sign: read as K by the shadow
        scan_bytes(text)
        for w in words:
            if w in text:
                assert holds_any(text, (w,))
