"""Audit 5 (person names, places, phones), end to end through ``promptscrub scan``: the whole pipeline,
with its overlap resolution, on texts of the audited shapes (values made up here)."""
import json
import subprocess
import sys

import pytest


def scan(text: str) -> list[tuple[str, str]]:
    out = subprocess.run([sys.executable, "-m", "promptscrub", "scan", "-f", "jsonl", "-"], input=text,
                         capture_output=True, text=True, encoding="utf-8", check=False).stdout
    return [(f["type"], text[f["start"]:f["end"]]) for f in map(json.loads, out.splitlines())]


@pytest.mark.parametrize("text,name", [
    ("**Megan Holloway** commented on `billing/api.py` line 12:\n", "Megan Holloway"),
    ("**Gary Whitfield** approved these changes\n", "Gary Whitfield"),
    ("| 2 | Victoria Pearson | gold |\n", "Victoria Pearson"),
    ("Signed for the lessor, represented by Victoria Pearson.\n", "Victoria Pearson"),
    ("Customer Kenji Nakamura called about the refund.\n", "Kenji Nakamura"),
])
def test_whole_name_redacted(text, name):
    assert ("PERSON", name) in scan(text)


def test_cloud_region_locations_kept():
    text = ("Primary in AWS eu-central-1 (Frankfurt), sa-east-1 (São Paulo), us-east-1 (N. Virginia); "
            "GCP asia-northeast1 (Tokyo), Azure westeurope (Amsterdam) for DR.\n")
    assert [f for f in scan(text) if f[0] in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text,number", [
    ("الهاتف: 056 318 4470\n", "056 318 4470"),
    ("फ़ोन: 098214 57360\n", "098214 57360"),
    ("전화번호: 02-731-4482\n", "02-731-4482"),
    ("Телефон: 8 (916) 482-17-30\n", "8 (916) 482-17-30"),
    ("电话: 138 2749 5163\n", "138 2749 5163"),
    ("携帯：080-3361-7742\n", "080-3361-7742"),
    ("Cep: 0533 418 27 64\n", "0533 418 27 64"),
])
def test_phone_after_native_label(text, number):
    assert ("PHONE", number) in scan(text)
