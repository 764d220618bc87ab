"""Configured company domains: hosts (also in URLs and Git remotes) and whole e-mail addresses."""
from __future__ import annotations

import pytest

from promptscrub.detectors.domains import DomainsDetector

DET = DomainsDetector({"domains": ["acme.internal", "acme-corp.com"]})


@pytest.mark.parametrize(("text", "expected"), [
    ("see https://wiki.acme-corp.com/display/PAY", [("wiki.acme-corp.com", "INTERNAL_HOST")]),
    ("acme-corp.com is ours", [("acme-corp.com", "INTERNAL_HOST")]),
    ("mail dana.w@acme-corp.com.", [("acme-corp.com", "INTERNAL_HOST"), ("dana.w@acme-corp.com", "EMAIL")]),
    ("git@git.acme.internal:pay/ledger.git", [("git.acme.internal", "INTERNAL_HOST")]),
    ("notacme-corp.com and acme-corp.community and acme-corp.com.evil.io", []),
    # the domain reversed names the company's Java / Android / Maven packages, dotted or as a path
    ("import com.acme-corp.billing.Ledger;", [("com.acme-corp.billing.Ledger", "INTERNAL_PACKAGE")]),
    ("PUT https://repo.example.org/releases/com/acme-corp/billing/core/2.1.0/core-2.1.0.jar",
     [("com/acme-corp/billing/core", "INTERNAL_PACKAGE")]),
    ("import com.acme-corpx.util; mail a@com.acme-corp.io; org.apache.com.acme-corp", []),
])
def test_domains(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((text[f.start:f.end], f.type) for f in DET.detect(text)) == sorted(expected)


def test_unconfigured_is_a_no_op() -> None:
    assert DomainsDetector({}).detect("wiki.acme-corp.com") == []
