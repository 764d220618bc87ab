import random
import string

from promptscrub.config import Config
from promptscrub.detectors.detect_secrets_plugins import DetectSecretsDetector
from promptscrub.scrubber import build_scrubber


def fake_aws_key(seed: int) -> str:
    rnd = random.Random(seed)
    return "AKIA" + "".join(rnd.choice(string.ascii_uppercase + "234567") for _ in range(16))


def test_values_are_located_as_spans():
    """detect-secrets reports values; the adapter turns every occurrence into a span."""
    key = fake_aws_key(1)
    text = f"first line\naws = {key}\nagain {key}\n"
    found = DetectSecretsDetector({}).detect(text)
    spans = {(f.start, f.end) for f in found if f.type == "AWS_ACCESS_KEY"}
    assert {text[s:e] for s, e in spans} == {key}
    assert len(spans) == 2


def test_heuristic_filters_drop_templated_values():
    assert DetectSecretsDetector({}).detect('password = "${DB_PASSWORD}"\n') == []


def test_off_by_default_and_switchable():
    assert not any(d.name == "detect_secrets" for d in build_scrubber(Config()).detectors)
    cfg = Config(detectors={"secrets": True, "pii": True, "internal": True, "detect_secrets": True})
    assert any(d.name == "detect_secrets" for d in build_scrubber(cfg).detectors)
