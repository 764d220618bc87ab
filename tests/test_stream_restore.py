import io

from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.restore import restore
from promptscrub.stream_restore import StreamRestorer, restore_stream
from promptscrub.styles import FakeNamer
from promptscrub.vault import Vault


def vault(fake: bool = False) -> Vault:
    v = Vault(FakeNamer() if fake else None)
    for t in ("EMAIL", "ACME_TICKET"):
        for n in range(3):
            v.placeholder_for(t, f"{t.lower()}-{n}@value")
    return v


def test_a_placeholder_split_across_reads_is_restored():
    r = StreamRestorer(vault())
    assert r.feed("x <EMA") == ""
    assert r.feed("IL_1> y. z") == "x email-0@value y."
    assert r.flush() == " z"


def test_complete_lines_are_written_at_once():
    r = StreamRestorer(vault())
    assert r.feed("first <EMAIL_2>\nsecond") == "first email-1@value\n"


def test_restore_stream_flushes_each_piece():
    class Out(io.BytesIO):
        flushes = 0

        def flush(self):
            Out.flushes += 1

    src, dst = io.BytesIO("a <EMAIL_1>.\nb [Acme_Ticket_2], c\n".encode()), Out()
    r = restore_stream(src, dst, vault(), size=5)
    assert dst.getvalue().decode() == "a email-0@value.\nb acme_ticket-1@value, c\n"
    assert Out.flushes >= 2 and r.unresolved == []


ALPHABET = ["<EMAIL_1>", "EMAIL_2", "email 3", "[ACME_TICKET_1]", "&lt;EMAIL_2&gt;", "<EMAIL_9>", "ACME_TICKET_12", ".", ",", " ", "\n",
            "x", "_", "1", "<", ">", "-", "é", "\r\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=25), st.lists(st.integers(1, 7), min_size=1, max_size=40), st.booleans())
def test_any_chunking_gives_exactly_the_whole_text_restore(parts, sizes, fake):
    v = vault(fake)
    if fake:
        parts = parts + [e.placeholder for e in v.entries() if not e.placeholder.startswith("<")]
    text = "".join(parts)
    r = StreamRestorer(v)
    out, pos, i = [], 0, 0
    while pos < len(text):
        n = sizes[i % len(sizes)]
        out.append(r.feed(text[pos:pos + n]))
        pos, i = pos + n, i + 1
    out.append(r.flush())
    whole = restore(text, v)
    assert "".join(out) == whole.text
    assert r.unresolved == whole.unresolved
