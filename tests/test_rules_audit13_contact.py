"""Contact details and chat secrets of support and integration pastes (audit 13): E.164 digits without their
``+`` under a phone key, national numbers after a "call me" of another language or glued to a CJK particle, an
e-mail address glued to Japanese, Chinese or Korean text, a key or password stated in chat ("new one is ...",
"the password so you can check: ..."); and the look-alikes left alone (timestamps, ids, a request log's trace id).

Numbers are drawn from libphonenumber's example numbers with random last digits, the other values are made up."""
from __future__ import annotations

import json
import random
import string

import phonenumbers
import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str, category: str | None = None) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if category is None or f.category == category}


def redacted(scrubber, text: str) -> str:
    return scrubber.redact(text, Vault()).text


def numbers(region: str, kind=phonenumbers.PhoneNumberType.MOBILE, count: int = 3, seed: int = 13) -> list:
    """``count`` valid numbers of ``region``: its example number with the last five digits drawn."""
    rng = random.Random(f"{seed}-{region}-{kind}")
    out = []
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    while len(out) < count:
        num = phonenumbers.parse("+" + str(example.country_code) + nsn[:-5]
                                 + "".join(rng.choice(string.digits) for _ in range(5)))
        if phonenumbers.is_valid_number(num) and num not in out:
            out.append(num)
    return out


def e164_digits(num) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)[1:]


def national(num) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


# ------------------------------------------------------------------------------- E.164 digits under a key

@pytest.mark.parametrize("region", ["GB", "DE", "ES", "RU", "TR", "JP", "IN", "BR", "AE"])
def test_e164_digits_under_a_phone_key_are_a_phone(scrubber, region):
    caller, wa = (e164_digits(n) for n in numbers(region, count=2))
    voice = json.dumps({"from": caller, "to": "15550100", "uuid": "8f0c2b1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f",
                        "status": "answered"}, indent=2)
    whatsapp = json.dumps({"contacts": [{"profile": {"name": "x"}, "wa_id": wa}]}, indent=2)
    assert caller in found(scrubber, voice, "pii")
    assert wa in found(scrubber, whatsapp, "pii")


def test_e164_digits_in_key_value_logs_and_xml(scrubber):
    a, b, c = (e164_digits(n) for n in numbers("IT"))
    assert a in found(scrubber, f"sms delivered msisdn={a} status=DELIVRD\n")
    assert b in found(scrubber, f"<Recipient>{b}</Recipient>\n")
    assert c in found(scrubber, f"{{'originator': '{c}', 'body': 'hi'}}\n")


@pytest.mark.parametrize("text", [
    '{"from": "1734560622", "to": "1734560622000"}',      # epoch seconds and milliseconds
    '{"from": "20240115", "to": "20241231"}',              # dates
    '{"to": "4294967295", "count": 12}',                   # the largest 32-bit number
    '{"from": "0000000000", "to": "9999999999"}',
    '{"order_id": "447911123456"}',                        # digits under a key that is no phone's
])
def test_digits_that_are_no_phone_are_left(scrubber, text):
    assert not [f for f in scrubber.find(text) if f.type == "PHONE"]


# --------------------------------------------------------------------- "call me" in other languages, CJK

@pytest.mark.parametrize("region,template", [
    ("IT", "Il pacco non è arrivato. Potete chiamarmi al {} oppure scrivermi."),
    ("MX", "Mi pedido no ha llegado. Llámenme al {} por favor."),
    ("ES", "Si hay algún problema, llámeme al {} esta tarde."),
    ("DE", "Bei Fragen ruf mich an unter {} danke."),
    ("FR", "Pour la livraison, appelez-moi au {} svp."),
    ("TR", "Siparişim gelmedi. Beni {} numarasından arayabilirsiniz."),
    ("KR", "주문한 물건이 안 왔어요. {}로 연락 주세요."),
    ("JP", "荷物が届きません。{}までご連絡ください。"),
])
def test_a_national_number_after_a_call_me_is_a_phone(scrubber, region, template):
    for num in numbers(region):
        text = template.format(national(num))
        assert national(num) in found(scrubber, text, "pii"), text


def test_an_international_number_glued_to_a_korean_particle(scrubber):
    num = numbers("KR")[0]
    written = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert written in found(scrubber, f"안녕하세요. {written}로 연락 주시거나 메일 주세요.")


def test_a_grouped_number_after_number_alone_is_a_phone(scrubber):
    num = numbers("IT")[0]
    text = f"customer asking again about the refund, number {national(num)}"
    assert national(num) in found(scrubber, text)


@pytest.mark.parametrize("text", [
    "Order number 2024 1187 shipped.",
    "La versione 3.12.1 è uscita; chiamarmi non serve.",
    "Bitte ruf mich an, Ticket 55123 ist offen.",
    "Siparişim 12 gün önce geldi.",
    "会议室3号に行きます。2024年1月15日まで",
    "version 10.0.19041.1 build 22621",
])
def test_prose_without_a_phone_is_left(scrubber, text):
    assert not [f for f in scrubber.find(text) if f.type == "PHONE"]


# ------------------------------------------------------------------------ e-mail glued to CJK / Hangul

@pytest.mark.parametrize("template", [
    "再設定メールが{}に届きません。",
    "邮件一直没有发到{}。",
    "비밀번호 재설정 메일이 {}로 오지 않습니다.",
    "メール：{}まで",
])
def test_an_address_glued_to_cjk_text_is_an_email(scrubber, template):
    rng = random.Random(template)
    local = "".join(rng.choice(string.ascii_lowercase) for _ in range(6)) + "." + "".join(
        rng.choice(string.ascii_lowercase) for _ in range(5))
    for domain in ("gmail.com", "naver.com", "126.com", "yahoo.co.jp"):
        address = f"{local}@{domain}"
        assert address in found(scrubber, template.format(address), "pii")


def test_an_address_glued_to_latin_letters_is_still_none(scrubber):
    assert not found(scrubber, "see the token jane@acme.com_bak here", "pii") & {"jane@acme.com"}


# --------------------------------------------------------------------------------- secrets in chat prose

def token(rng: random.Random, n: int = 40) -> str:
    while True:
        value = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


@pytest.mark.parametrize("template", [
    "the API key expired, new one is {} \nalso the customer called",
    "heads up: bot token was revoked, the fresh one is {}",
    "webhook secret rotated; replacement is {}",
])
def test_a_replaced_key_given_as_the_new_one_is_a_secret(scrubber, template):
    value = token(random.Random(template))
    text = template.format(value)
    assert value in found(scrubber, text, "secret")
    message = json.dumps({"messages": [{"user": "U02ABC", "text": template.format(value).strip()}]})
    assert value not in redacted(scrubber, message)


@pytest.mark.parametrize("value", ["cobalt-meadow-prism5", "Juniper#8812", "9vKx2mQp7LrT4wZn"])
def test_a_password_shared_so_you_can_check_is_a_password(scrubber, value):
    for text in (f"here is the prod db password so you can check: {value}",
                 json.dumps({"text": f"here is the staging db password you asked for: {value}", "ts": "1.0"}),
                 f"the db password changed this morning, new one is {value}"):
        assert value not in redacted(scrubber, text), text


@pytest.mark.parametrize("text", [
    "the API key expired, the new one is ready",
    "the API key expired, the new one is in the vault under payments/prod",
    "the password so you can check: see the wiki",
    "password in case you need it: ask the on-call",
    "the password policy changed; the new one is at least 14 characters",
    "token expired; new one is v2.3.1-beta",
])
def test_chat_prose_without_a_secret_is_left(scrubber, text):
    assert not found(scrubber, text, "secret")


# ------------------------------------------------------------------------------------------- negatives

def test_a_trace_id_after_a_request_uuid_is_no_facebook_secret(scrubber):
    rng = random.Random("trace")
    for _ in range(30):
        request_id = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12))
        request_id = request_id[:14] + "4cfb" + request_id[18:]  # a UUID whose group ends in "fb"
        trace = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        line = json.dumps({"level": "info", "msg": "request completed", "request_id": request_id, "trace_id": trace})
        assert redacted(scrubber, line) == line


def test_a_facebook_app_secret_is_still_found(scrubber):
    rng = random.Random("fb")
    value = "".join(rng.choice("0123456789abcdef") for _ in range(31)) + "7"
    assert value in found(scrubber, f"FACEBOOK_APP_SECRET={value}\n", "secret")
