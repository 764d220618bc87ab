"""Embedded binary media is not read: a notebook's images and data: URIs pass through untouched, while
the text around them is redacted as usual (see src/promptscrub/embedded_media.py)."""
from __future__ import annotations

import base64
import json
import random
import string

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
