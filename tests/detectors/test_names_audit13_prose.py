"""Person names of audit 13 told in prose, as general rules: self-introductions in Hindi ("मैं … हूँ", "मेरा नाम …
है", "… के नाम पर"), Korean ("안녕하세요, …입니다", "…라고 합니다"), Japanese ("私は…です", "。…です", "の…です") and
Chinese ("我是…", "我叫…"); honorifics after a name ("…様", "…さん", "…先生", "…님", "…씨"); a role before it
("患者", "客户", "환자", "고객", "عميل", "मरीज़", "Patient"); a roster's line ("- First Last (E-1234) ...").

Names are assembled at test time from each script's family names (the detector's own lists say which are
family names) and made-up given names, so the rules are shown to hold for names no list of the audit holds;
ordinary sentences with the same phrases are negatives."""
import random
from functools import partial

import pytest

from native_name_makers import found, ja, ko, zh

from promptscrub.detectors import names as N

_RNG = random.Random(1313)
_zh, _ja, _ko = (partial(make, _RNG) for make in (zh, ja, ko))


def _hi():
    given = sorted(w for w in N.NATIVE_GIVEN if "\u0900" <= w[0] <= "\u097f")
    family = sorted(w for w in N.NATIVE_FAMILY if "\u0900" <= w[0] <= "\u097f")
    return _RNG.choice(given) + " " + _RNG.choice(family)


def _ar():
    return _RNG.choice(sorted(N.ARABIC_GIVEN)) + " ال" + "".join(_RNG.sample("بتجدرسشعفقكلمنه", 4))


@pytest.mark.parametrize("make,template", [
    (_hi, "> नमस्ते, {} हूँ। मेरा पार्सल अभी तक नहीं आया।"),
    (_hi, "नमस्ते, मेरा नाम {} है और मुझे रिफंड चाहिए।"),
    (_hi, "कृपया {} के नाम पर नया बिल भेजें।"),
    (_hi, "मरीज़ {} को कल भर्ती किया गया।"),
    (_ko, '7,"안녕하세요, {}입니다. 환불 요청드립니다.",2024-05-01'),
    (_ko, "{}이라고 합니다. 배송 문의드립니다."),
    (_ko, "{}님께서 전화하셨습니다."),
    (_ko, "환자 {} (MRN 0042) 입원"),
    (_ja, "3,お世話になっております。{}です。返品をお願いします。"),
    (_ja, "私は{}です。"),
    (_ja, "営業部の{}です。"),
    (_ja, "{}様、ご連絡ありがとうございます。"),
    (_zh, "您好，我是{}，订单还没到。"),
    (_zh, "我叫{}。"),
    (_zh, "客户{}，电话已回拨。"),
    (_zh, "{}先生您好"),
    (_zh, "{}您好，\n您的订单已发货。"),
    (_zh, "尊敬的{}，您好！"),
    (_ja, "Hi team,\n\nPatient {} (MRN: 0001) was seen today."),
    (_ar, "عميل {} اتصل اليوم بخصوص الطلب"),
    (_zh, '{{"body": "您好，我是{}，请帮我查一下。"}}'),
])
def test_prose_names(make, template):
    name = make()
    if template.startswith("> नमस्ते"):
        text = template.format("मैं " + name)
    else:
        text = template.format(name)
    assert name in found(text), text


def test_korean_honorific_after_a_role():
    name = _ko()
    assert name in found(f"{name} 고객님, 주문이 접수되었습니다.")


def test_roster_line_names_words_the_lists_doubt():
    text = "On-call rota (Payments)\n- Rui Lopes (E-40213) mobile +1 555 0100\n- Joao Pires (SRE lead) backup\n"
    assert found(text) == ["Rui Lopes", "Joao Pires"]


@pytest.mark.parametrize("text", [
    "저는 개발자입니다.",
    "안녕하세요, 고객센터입니다.",
    "안녕하세요, 배송팀입니다.",
    "간호사님께 문의하세요.",
    "설계사님이 연락드립니다.",
    "고객 정보를 확인했습니다.",
    "私は学生です。",
    "私は大丈夫です。",
    "。原因です",
    "担当者様、ご確認ください。",
    "山田商事様",
    "我是新用户，请帮忙。",
    "我是江苏人",
    "我是高中生",
    "我叫了外卖。",
    "大家好，今天开会",
    "老师您好",
    "各位您好",
    "客户余额不足",
    "मैं ठीक हूँ।",
    "मैं आपका ग्राहक हूँ।",
    "मेरा नाम क्या है",
    "मरीज़ की हालत ठीक है",
    "عميل جديد سجل اليوم",
    "المريض في حالة مستقرة",
    "Patient information updated for customer records",
    "- Payment Service (PAY-1234) degraded",
    "- Rose Garden (primary) open",
])
def test_ordinary_sentences_are_no_names(text):
    assert found(text) == []


def _given(lo: str, hi: str) -> str:
    return _RNG.choice(sorted(w for w in N.NATIVE_GIVEN | N.ARABIC_GIVEN if lo <= w[0] <= hi))


@pytest.mark.parametrize(("lo", "hi", "template"), [
    ("\u0600", "\u06ff", "مرحبا {}،\nكلمة المرور الجديدة في المرفق"),
    ("\u05d0", "\u05ea", "שלום {},\nמצורף הקובץ"),
    ("\u0900", "\u097f", "नमस्ते {} जी,\nआपका ऑर्डर भेज दिया गया है।"),
])
def test_a_greeting_names_its_addressee(lo, hi, template):
    name = _given(lo, hi)
    assert name in found(template.format(name))


@pytest.mark.parametrize("text", ["مرحبا بكم، أهلا وسهلا", "שלום לכולם,", "नमस्ते दोस्तों,"])
def test_a_greeting_to_everyone_names_nobody(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["Xin chào anh, em cần hỗ trợ về đơn hàng.", "Xin lỗi vì trả lời muộn.", "Xin cảm ơn!"])
def test_xin_before_a_vietnamese_word_is_please_not_a_name(text):
    assert found(text) == []


def test_xin_as_a_given_name_is_still_one():
    assert "Xin" in " ".join(found("Thanks, Xin said the build is green."))
    assert "Xin Wang" in found("Xin Wang reviewed the patch.")
