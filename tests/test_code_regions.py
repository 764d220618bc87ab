"""Finding code: fences first, then the file name, then cheap signatures, guessing last."""
from __future__ import annotations

import pytest

from promptscrub.code_regions import code_regions, fenced_blocks, looks_like_code, sniff_language


def test_fenced_blocks_offsets_and_tags() -> None:
    text = "intro\n```python title=x\nprint(1)\n```\n~~~~\nraw\n~~~~\n```go\nunclosed"
    blocks = fenced_blocks(text)
    assert [(text[s:e], tag) for s, e, tag in blocks] == [("print(1)\n", "python"), ("raw\n", ""), ("unclosed", "go")]


@pytest.mark.parametrize(("text", "lang"), [
    ("import os\nprint(os.name)\n", "python"), ("package com.acme;\nclass A {}\n", "java"),
    ("package main\n\nfunc main() {}\n", "go"), ("import x from 'y';\n", "javascript"),
    ("#!/bin/bash\necho hi\n", "bash"), ("Just a sentence about imports.", None),
])
def test_sniff(text: str, lang: str | None) -> None:
    assert sniff_language(text) == lang


def test_file_name_wins_and_prose_files_use_fences() -> None:
    assert [r.lexer.name for r in code_regions("x = 1\n", "a.py")] == ["Python"]
    assert code_regions("just prose\n", "notes.md") == []
    assert code_regions("Some prose only.", None, guess_language=True) == []


def test_looks_like_code() -> None:
    assert looks_like_code("int main() {\n  return 0;\n}\n")
    assert not looks_like_code("Dear team,\nthanks.\nBye.")
