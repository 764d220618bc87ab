"""Generated company prompts: every planted identifier is redacted; ordinary prompts get no internal findings."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import gen_internal  # noqa: E402

from promptscrub.config import load_config  # noqa: E402
from promptscrub.restore import restore  # noqa: E402
from promptscrub.scrubber import Scrubber, build_scrubber  # noqa: E402
from promptscrub.vault import Vault  # noqa: E402


@pytest.fixture(scope="module")
def scrubber(tmp_path_factory: pytest.TempPathFactory) -> Scrubber:
    return build_scrubber(load_config(gen_internal.write_company(tmp_path_factory.mktemp("acme"), 500, 10)))


@pytest.mark.parametrize("prompt", gen_internal.planted_prompts(25, 500, 10), ids=lambda p: p.text[:4])
def test_planted_identifiers_are_redacted(scrubber: Scrubber, prompt: gen_internal.Prompt) -> None:
    vault = Vault()
    red = scrubber.redact(prompt.text, vault)
    assert [v for v in prompt.planted if v in red.text] == []
    assert restore(red.text, vault).text == prompt.text


@pytest.mark.parametrize("text", gen_internal.ordinary_prompts())
def test_ordinary_prompts_have_no_internal_findings(scrubber: Scrubber, text: str) -> None:
    assert [(f.rule_id, text[f.start:f.end]) for f in scrubber.find(text) if f.category == "internal"] == []


def test_same_name_same_placeholder_in_prose_and_code(scrubber: Scrubber) -> None:
    text = "acme_ledger3 is slow:\n```python\nimport acme_ledger3\n```\nNightjar uses acme_ledger3; Nightjar!"
    red = scrubber.redact(text, Vault())
    assert red.text.count("<ACME_PACKAGES_1>") == 3 and red.text.count("<CODENAME_1>") == 2
