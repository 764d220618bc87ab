import json

from promptscrub.findings import Finding
from promptscrub.report import render


def test_reports_locate_but_never_quote():
    text = "a\r\nkey=s3cr3tvalue\n"
    start = text.index("s3cr3t")
    results = [("f.env", text, [Finding(start, start + 11, "secret", "GENERIC_SECRET", "gen", 0.5)])]
    (rec,) = [json.loads(line) for line in render(results, "jsonl").splitlines()]
    assert (rec["line"], rec["column"]) == (2, 5)
    for fmt in ("text", "json", "jsonl"):
        assert "s3cr3t" not in render(results, fmt)
    assert render(results, "text") == "f.env:2:5: GENERIC_SECRET (secret, rule gen)\n"
