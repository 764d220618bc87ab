"""Personal data in structured data in scripts without capitals, and GraphQL types that are no names (audit 13).

Names and addresses in Arabic, Devanagari, Chinese, Korean and Japanese script under a name or an address key
(JSON, JSON escaped in a string, a JS / mongo-shell object, Ruby keyword arguments, a FHIR HumanName, a form's
field list, a UI log), CJK dates of birth after an English label, national ids under a national_id key. Every value
here is made up for the test or generated at test time."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.validators import VALIDATORS


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str, type_: str) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if f.type == type_}


RNG = random.Random(1313)
ARABIC = RNG.choice(["ريم", "يوسف", "هند"]) + " " + RNG.choice(["السبيعي", "الدوسري", "الزهراني"])
HINDI = RNG.choice(["मीरा", "अनुराग", "कविता"]) + " " + RNG.choice(["सिन्हा", "त्रिपाठी", "भाटिया"])
CHINESE = RNG.choice("黄周吴郑") + RNG.choice(["思远", "梓萱", "一鸣"])
KOREAN = RNG.choice("윤한서") + RNG.choice(["서진", "지우", "도현"])
JAPANESE = RNG.choice(["松井", "森", "石原"]) + " " + RNG.choice(["陽菜", "拓海", "結衣"])

NAME_CASES = {
    "a mongo shell document's unquoted name key": (f"{{\n    _id: ObjectId('65f0'),\n    name: '{KOREAN}',\n}}", KOREAN),
    "a JS object's name key with a Chinese name": (f"const c = {{ name: '{CHINESE}', plan: 'pro' }}", CHINESE),
    "Ruby keyword arguments with a Devanagari name": (f'User.create!(name: "{HINDI}", role: "admin")', HINDI),
    "a TS fixture's fullName with an Arabic name": (f"  buyer: {{\n    fullName: '{ARABIC}',\n", ARABIC),
    "JSON escaped inside a string": (f'"body": "{{\\"fullName\\": \\"{HINDI}\\", \\"plan\\": 2}}"', HINDI),
    "a FHIR HumanName's text": (f'"name": [{{"family": "x", "given": ["y"], "text": "{CHINESE}"}}]', CHINESE),
    "a workflow's field list (name, then value)": (f'{{"name": "full_name",\n "value": "{ARABIC}"}}', ARABIC),
    "a form answer whose field ref says full_name": (f'{{"type": "text", "text": "{HINDI}",\n "field": {{"ref": "full_name"}}}}', HINDI),
    "a UI log's input event": (f'ui field=fullName value="{KOREAN}" ok', KOREAN),
    "a log line's recipient": (f"2025-02-01 sms queued (recipient {ARABIC})", ARABIC),
    "a mailbox in a report": (f"dup: [{ARABIC} <x1@example.org>] ~ [{ARABIC} <x2@example.org>]", ARABIC),
    "a Japanese name under a Ruby name key": (f'Customer.new(name: "{JAPANESE}")', JAPANESE),
    "one Arabic word under a last_name key": ('{"first_name": "x", "last_name": "الزهراني"}', "الزهراني"),
}


@pytest.mark.parametrize("text,value", NAME_CASES.values(), ids=list(NAME_CASES))
def test_native_name_under_a_name_key(scrubber, text, value):
    assert value in found(scrubber, text, "PERSON")


ADDRESS_CASES = {
    "an Arabic street and building under a street key": ('{"street": "شارع الخليج، مبنى 52", "city": "x"}', "شارع الخليج، مبنى 52"),
    "an Arabic street in prose": ("يرجى الشحن إلى طريق الملك عبدالله، مبنى 9، الدوحة", "طريق الملك عبدالله، مبنى 9"),
    "a Korean road and number under a street key": ('"street": "광화문로 27",', "광화문로 27"),
    "a Chinese road and number under address1": ('"address1": "中山北路二段15号",', "中山北路二段15号"),
    "a Chinese building under address1": ('"address1": "深圳湾科技园7栋",', "深圳湾科技园7栋"),
    "a Japanese town and block numbers under a Ruby address key": ('Shop.new(address: "京橋2-7-9")', "京橋2-7-9"),
    "a FHIR address line": ('"line": [\n  "طريق الملك عبدالله، مبنى 9"\n],\n"city": "x"', "طريق الملك عبدالله، مبنى 9"),
    "a Stripe-like line1 beside a city key": ("ship: { line1: '광화문로 27', city: 'x' }", "광화문로 27"),
    "a UI log's street field": ('ui field=street value="长安街12号"', "长安街12号"),
    "a Chinese road and number in prose": ("包裹已寄到长安街12号，请查收。", "长安街12号"),
    "a Cyrillic street under a street key": ('"street": "ул. Садовая, д. 14",', "ул. Садовая, д. 14"),
}


@pytest.mark.parametrize("text,value", ADDRESS_CASES.values(), ids=list(ADDRESS_CASES))
def test_native_address_under_an_address_key(scrubber, text, value):
    assert any(value in a for a in found(scrubber, text, "ADDRESS"))


@pytest.mark.parametrize("text", [
    "Birthday 1979年2月17日 (card sent)", "patient (DOB 1983年11月4日) called", '"dob": "1992년 6월 3일"',
    '{"type": "date", "date": "1979-03-14", "field": {"ref": "date_of_birth"}}',
])
def test_cjk_date_of_birth_after_a_label(scrubber, text):
    assert found(scrubber, text, "DATE")


def _valid(name: str, length: int, rng: random.Random, first: str = "123456789") -> str:
    while True:
        v = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(length - 1))
        if VALIDATORS[name](v):
            return v


@pytest.mark.parametrize("check,length,template", [
    ("tr_tckn", 11, '    "national_id": "{}",'),
    ("pt_nif", 9, '    national_id = "{}"'),
    ("de_tax_id", 11, "  nationalId: '{}',"),
])
def test_national_id_under_a_national_id_key(scrubber, check, length, template):
    value = _valid(check, length, random.Random(check))
    assert value in found(scrubber, template.format(value), "NATIONAL_ID")


NEGATIVES = [
    "type Customer {\n  id: ID!\n  fullName: String!\n  postalCode: String\n  tags: [String!]!\n}\n",
    "input AddressInput {\n  name: String\n  owner: Person\n}\n",
    "interface Person {\n  lastName?: String;\n}\n",
    "type Address {\n  line1: String!\n  postalCode: String\n}\ntype Query {\n  customers(first: Int = 20): [Customer!]!\n}\n",
    '{"name": "name", "value": "必須"}', "{ title: '用户手册', label: '名前' }", 'field=city value="東京"',
    '"text": "お問い合わせありがとうございます"', '"line": "错误在第3行",', '"line1": "한국어 버전 2",', '"address": "见附件第3页",',
    "版本1-2-3已发布", "处理了3号工单", '"national_id": "pending"', "national_id = factory.Faker('ssn')",
    "DOB verified 2023年5月", '{"type": "date", "date": "2024-03-14", "field": {"ref": "appointment_date"}}',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_text_stays(scrubber, text):
    assert scrubber.find(text) == []
