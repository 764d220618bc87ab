"""Embedded binary media is not read: a notebook's images and data: URIs pass through untouched, while
the text around them is redacted as usual (see src/promptscrub/embedded_media.py)."""
from __future__ import annotations

import base64
import json
import random
import re
import string
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub import embedded_media
from promptscrub.config import Config
from promptscrub.embedded_media import MIN_PAYLOAD, media_spans, without_media
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault


def password(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14)) + "#7"


def key_shaped(rng: random.Random) -> str:
    """What random base64 holds by chance: an AWS access key id between two '+' (word boundaries)."""
    return "+AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)) + "+"


def png(rng: random.Random, n: int = 6000) -> str:
    blob = base64.b64encode(rng.randbytes(n)).decode()
    cut = len(blob) // 2
    return blob[:cut] + key_shaped(rng) + blob[cut:]


def redact(text: str) -> tuple[str, Vault]:
    vault = Vault()
    return build_scrubber(Config()).redact(text, vault).text, vault


def test_a_notebook_image_passes_untouched_and_the_code_around_it_is_redacted():
    rng = random.Random("nb-image")
    image, pw = png(rng), password(rng)
    nb = {"cells": [{"cell_type": "code", "source": [f'DB_PASSWORD = "{pw}"\n', "plt.plot(x)\n"],
                     "outputs": [{"output_type": "display_data",
                                  "data": {"image/png": image, "text/plain": ["<Figure size 640x480>"]}}]}]}
    text = json.dumps(nb, indent=1)
    out, vault = redact(text)
    assert pw not in out and image in out
    assert json.loads(out)["cells"][0]["outputs"][0]["data"]["image/png"] == image
    assert restore(out, vault).text == text


def test_a_data_uri_passes_untouched():
    rng = random.Random("data-uri")
    image, pw = png(rng), password(rng)
    text = f'<img src="data:image/png;base64,{image}">\n<!-- admin password: {pw} -->\n'
    out, vault = redact(text)
    assert image in out and pw not in out
    assert restore(out, vault).text == text


def test_a_payload_cut_by_a_stream_window_is_still_media():
    rng = random.Random("cut")
    image = png(rng)
    text = '{"data": {"image/png": "' + image[:3000]
    assert media_spans(text) == [(len(text) - 3000, len(text))]


def test_long_base64_that_is_not_media_is_still_read():
    """A kubeconfig's client-key-data is base64 of a private key: a secret, however long."""
    rng = random.Random("kubeconfig")
    pem = "-----BEGIN RSA PRIVATE KEY-----\n" + base64.encodebytes(rng.randbytes(1190)).decode() + "-----END RSA PRIVATE KEY-----\n"
    value = base64.b64encode(pem.encode()).decode()
    assert len(value) > MIN_PAYLOAD
    text = f"users:\n- name: admin\n  user:\n    client-key-data: {value}\n"
    assert media_spans(text) == []
    out, _ = redact(text)
    assert value[:40] not in out


def test_short_payloads_and_plain_text_are_not_touched():
    text = 'a tiny icon: data:image/png;base64,iVBORw0KGgo=\n'
    assert without_media(text) is text
    code = "x = 1\n" * 100
    assert without_media(code) is code


# media_spans looks for its cues first ("/" by "/", or the cue words where "/" are dense) and reads each
# bundle payload in stretches; it must find exactly what one finditer of the original regex finds.
REFERENCE = re.compile(
    r"data:(?:image|audio|video|font)/[\w.+-]{1,40};base64,([A-Za-z0-9+/=]{%d,})"
    r'|"(?:image/(?:png|jpeg|gif|webp|bmp|tiff)|application/pdf)"[ \t]*:[ \t]*"((?:[A-Za-z0-9+/=]|\\n){%d,})(?:"|\Z)'
    % (MIN_PAYLOAD, MIN_PAYLOAD))
B64 = string.ascii_letters + string.digits + "+/="
#: what may come before a payload: cues, near-cues, and the words a cue is looked for by
PREFIXES = [
    "data:image/png;base64,", "data:font/woff2;base64,", "data:audio/" + "x" * 40 + ";base64,",
    "data:video/" + "x" * 41 + ";base64,", "data:image/png;base64", "data:text/plain;base64,", "data:imag",
    '"image/png": "', '"image/jpeg" :\t"', '"application/pdf":"', '"image/svg+xml": "', '"image/png"', '"image/',
    '"application/pdf"', "/png\"", "/pdf\"", "base64,", ";base64,", "data:", '"',
]
#: what may come after one, or anywhere
OTHERS = ['"', "", "\\n", "\\", "\n", " ", "/", "/x" * 150, "é", "=", "+", "a"]


def reference_spans(text: str) -> list[tuple[int, int]]:
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in REFERENCE.finditer(text)]


def payload(n: int, escapes: list[int], seed: int) -> str:
    """``n`` pieces of base64, those at ``escapes`` a ``\\n`` escape instead."""
    rng = random.Random(seed)
    return "".join("\\n" if k in escapes else rng.choice(B64) for k in range(n))


payloads = st.builds(payload, st.integers(MIN_PAYLOAD - 3, MIN_PAYLOAD + 3),
                     st.lists(st.integers(0, MIN_PAYLOAD + 3), max_size=3), st.integers(0, 1 << 16))
cued = st.tuples(st.sampled_from(PREFIXES), payloads, st.sampled_from(OTHERS)).map("".join)
pieces = st.one_of(st.sampled_from(PREFIXES + OTHERS), st.text(max_size=4), payloads, cued, cued)
texts = st.lists(pieces, max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts, st.sampled_from([(None, None), (64, 2), (1000, 1), (7, 300)]))
def test_media_spans_are_those_of_the_reference_regex(text, scan):
    """Also with tiny blocks and few tries, so block edges and the dense-"/" path are crossed."""
    block, tries = scan
    with (patch.object(embedded_media, "_BLOCK", block or embedded_media._BLOCK),
          patch.object(embedded_media, "_SLASH_TRIES", tries or embedded_media._SLASH_TRIES)):
        assert media_spans(text) == reference_spans(text)


@pytest.mark.parametrize("cue", ["data:audio/" + "x" * 40 + ";base64,", '"application/pdf" : "', '"image/gif":"'])
@pytest.mark.parametrize("before", ["/x" * 40, "a" * 80 + "/ "])
def test_a_cue_across_a_block_edge_in_dense_slashes(before, cue):
    """Where "/" are too many to try, the cue words are looked for as far as a cue from the block can reach:
    from its first untried "/" back to where a match holding it begins, on to where one ends."""
    text = before + cue + payload(MIN_PAYLOAD, [], 1) + '"'
    with patch.object(embedded_media, "_SLASH_TRIES", 1):
        for block in range(1, 160):
            with patch.object(embedded_media, "_BLOCK", block):
                assert media_spans(text) == reference_spans(text) != [], block


def test_a_payload_after_many_slashes_is_found_by_its_cue_words():
    """Paths and URLs before the media: too many "/" to try, the regex starts at the first untried one."""
    rng = random.Random("slashes")
    image = png(rng)
    for code in ("/usr/lib/x.py\n" * 400, "a = b / c\n" * 5000 + "https://example.com/a/b/c\n" * 300):
        text = code + f'{{"data": {{"image/png": "{image}"}}}}\n<img src="data:image/gif;base64,{image}">'
        assert 0 < embedded_media._search_from(text) < len(code)
        assert media_spans(text) == reference_spans(text) and len(media_spans(text)) == 2
