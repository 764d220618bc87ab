"""Person names in native scripts that audit 14 found missed, as general rules: a greeting, a comma and the
addressee's whole name ("<greeting>, <Given Family>!"); a LINE export's speaker column in a spaced script or
Hangul, and a Vietnamese sender written with its tone marks; a quoted reply's header ("> … wrote:", "… 写道：",
"… כתב:", "كتب …:"); duty and role labels in CJK ("值班：", "担当者：", "담당자:") and full-name labels in Persian,
Hebrew and Arabic; a CV's name as its LaTeX document's first heading, and a list of attendees.

Names are assembled at test time from each script's family names (the detector's own lists say which are family
names) and made-up given names or syllables, so the rules are shown to hold for names no list of the audit holds;
ordinary text with the same shapes (greetings to everyone, schedules, headings, a system's quote header) is a
negative."""
import random
from functools import partial

import pytest

from native_name_makers import found, ja, ko, zh

from promptscrub.detectors import names as N

_RNG = random.Random(1414)
_zh, _ja, _ko = (partial(make, _RNG) for make in (zh, ja, ko))
_THAI_PARTS = ["ศรี", "สุข", "ทอง", "แก้ว", "มณี", "วงศ์", "ใจ", "ดี", "รัตน์", "พร"]
_FA_GIVEN = ["پریسا", "کامران", "شیرین", "بهرام", "آرش", "نسرین"]
_FA_ROOTS = ["نیک", "صادق", "فرهاد", "طاهر", "کاظم", "شریف"]
_VI_FAMILY = ["Lê", "Trần", "Phạm", "Vũ", "Đỗ", "Huỳnh"]
_VI_GIVEN = ["Lan", "Minh", "Ngọc", "Quốc", "Thị", "Văn", "Huy", "Khôi"]


def _script_words(words, lo, hi):
    return sorted(w for w in words if lo <= w[0] <= hi)


def _ar():
    return _RNG.choice(sorted(N.ARABIC_GIVEN)) + " ال" + "".join(_RNG.sample("بتجدرسشعفقكلمنه", 4))


def _fa():
    return _RNG.choice(_FA_GIVEN) + " " + _RNG.choice(_FA_ROOTS) + _RNG.choice(["ی", "پور", "زاده", "نیا"])


def _he():
    return (_RNG.choice(_script_words(N.NATIVE_GIVEN, "\u05d0", "\u05ea")) + " "
            + _RNG.choice(_script_words(N.NATIVE_FAMILY, "\u05d0", "\u05ea")))


def _hi():
    return (_RNG.choice(_script_words(N.NATIVE_GIVEN, "\u0900", "\u097f")) + " "
            + _RNG.choice(_script_words(N.NATIVE_FAMILY, "\u0900", "\u097f")))


def _th():
    return "".join(_RNG.sample(_THAI_PARTS, 2)) + " " + "".join(_RNG.sample(_THAI_PARTS, 2))


def _vi():
    return _RNG.choice(_VI_FAMILY) + " " + " ".join(_RNG.sample(_VI_GIVEN, 2))


@pytest.mark.parametrize("make,template", [
    (_ar, "مرحباً، {}!\nتم تأكيد موعدك يوم الأحد."),
    (_ar, "مرحباً، {} (رقم الملف 5531)\nموعدك غداً"),
    (_fa, "سلام، {}!\nبلیط شما صادر شد."),
    (_he, "שלום, {}!\nהכרטיס שלך מוכן."),
    (_he, "שלום, {} (מס׳ לקוח 8812)\nהתור שלך מחר"),
    (_hi, "नमस्ते, {}!\nआपकी बुकिंग पक्की हो गई है।"),
    (_th, "สวัสดีครับ, {} (รหัสสมาชิก 4410)"),
    (_zh, "您好, {}!\n您的快递已发出。"),
    (_zh, "您好，{}！"),
    (_ja, "お世話になっております, {}!\n見積書を添付いたします。"),
    (_ja, "お世話になっております、{}様\n"),
    (_ko, "안녕하세요, {}!\n회의 일정 공유드립니다."),
    (_ko, "안녕하세요, {} (회원번호 7731)"),
    (_vi, "Xin chào, {} (mã khách hàng 5521)"),
])
def test_a_greeting_and_a_comma_name_the_addressee(make, template):
    name = make()
    assert name in found(template.format(name))


@pytest.mark.parametrize("text", [
    "مرحباً، أهلا وسهلا بكم!", "مرحباً, كيف حالك!", "مرحباً، شكرا لتواصلك معنا!", "سلام، دوستان عزیز!",
    "سلام, خوش آمدید!", "שלום, ברוכים הבאים!", "שלום, תודה על פנייתך!", "नमस्ते, आपका स्वागत है!",
    "สวัสดีครับ, ทุกคน!", "สวัสดีค่ะ, ยินดีต้อนรับ!", "大家好，今天开会", "您好，欢迎光临！", "您好, 请问有什么可以帮您？",
    "こんにちは、皆さん！", "お世話になっております、\n", "안녕하세요, 여러분!", "안녕하세요, 고객님!", "안녕하세요, 반갑습니다!",
    "مرحباً، طلبك جاهز\n", "שלום, ההזמנה נשלחה\n", "안녕하세요, 고객센터입니다.\n",
])
def test_a_greeting_to_everyone_names_nobody(text):
    assert found(text) == []


@pytest.mark.parametrize("make", [_th, _fa, _he, _ko])
def test_a_line_export_names_its_speakers(make):
    a, b = make(), make()
    while b == a:
        b = make()
    text = f"21:40\t{a}\tถึงแล้ว\n21:41\t{b}\tโอเค\n21:45\t{a}\tขอบใจ\n"
    got = found(text)
    assert a in got and b in got


def test_a_schedule_of_times_and_events_names_nobody():
    text = "09:00\tاجتماع الفريق\tقاعة 3\n10:00\tمراجعة الكود\tقاعة 2\n11:00\tהפסקת קפה\tלובי\n"
    assert found(text) == []


def test_a_vietnamese_sender_with_tone_marks_is_a_name():
    name = _vi()
    assert name in found(f"[08:15 12/06] {name}: mai gặp nhé\n")


@pytest.mark.parametrize("make,template", [
    (_zh, "> {} wrote:\n> 明天的会议改到三点"),
    (_zh, "> {} 写道：\n> 报表已更新"),
    (_ja, "> {} wrote:\n> 明日の会議は三時からです"),
    (_ko, "> {} wrote:\n> 내일 회의는 3시입니다"),
    (_he, "{} כתב:\n> שלום"),
    (_fa, "{} نوشت:\n> سلام"),
    (_hi, "> {} ने लिखा:"),
    (_th, "> {} wrote:"),
    (_ar, "في الأحد، 2 مارس 2025 كتب {} <x@example.com>:"),
    (_ko, "2025년 3월 2일 (일) 오후 4:10, {} 님이 작성:"),
    (_he, "On Mon, 3 Mar 2025 at 10:00, {} <x@example.com> wrote:"),
])
def test_a_quoted_reply_header_names_the_quoted(make, template):
    name = make()
    assert name in found(template.format(name))


@pytest.mark.parametrize("text", ["> 系统管理员 写道：", "> 客服 wrote:", "> 用户 写道：", "> מערכת wrote:",
                                  "他在信中写道：", "박물관 작성:", "보고서 작성:"])
def test_a_quote_header_of_a_desk_or_a_system_names_nobody(text):
    assert found(text) == []


@pytest.mark.parametrize("make,template", [
    (_zh, "数据库主从切换完成。值班：{}\n"),
    (_zh, "值班人员：{}，电话 010-0000"),
    (_zh, "跟进人：{}\n"),
    (_ja, "担当者：{}\n"),
    (_ko, "담당자: {}\n"),
    (_fa, "نام و نام خانوادگی: {}\n"),
    (_he, "2) שם מלא: {}\nכתובת: רחוב הגפן 4"),
    (_ar, "الاسم الكامل: {}\n"),
])
def test_a_duty_or_full_name_label_names_a_person(make, template):
    name = make()
    assert name in found(template.format(name))


@pytest.mark.parametrize("text", ["值班：待定\n", "负责人：暂无\n", "1. 部署完成。状态：正常\n", "值班：运维组\n",
                                  "# 负责人：后端团队\n", "담당자: 배송팀\n"])
def test_a_duty_label_without_a_person_names_nobody(text):
    assert found(text) == []


@pytest.mark.parametrize("make", [_th, _he, _ja, _ko, _fa])
def test_a_cv_names_its_owner_in_its_first_heading(make):
    name = make()
    text = ("\\documentclass{article}\n\\begin{document}\n\\section*{" + name + "}\n"
            "+1 202 555 0100 \\\\\n\\href{mailto:cv@example.com}{cv@example.com}\n")
    assert name in found(text)


def test_a_latex_author_is_a_name():
    name = _ar()
    assert name in found("\\title{تقرير}\n\\author{" + name + "}\n")


@pytest.mark.parametrize("text", [
    "\\begin{document}\n\\section*{ניסיון תעסוקתי}\n2015-2019 חברת הייטק\n",
    "\\begin{document}\n\\section*{教育背景}\n2015-2019 北京大学\n",
    "\\section*{المقدمة}\n\\section*{نتائج التجربة}\nالبريد: a@example.com\n",
    "\\begin{document}\n\\section*{פרטים אישיים}\nטלפון: 050-0000000\n",
    "\\begin{document}\n\\section*{معلومات الاتصال}\nالبريد: cv@example.com\n",
])
def test_a_heading_that_is_no_name_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("make", [_fa, _th, _he])
def test_a_list_of_attendees_names_each(make):
    name = make()
    assert name in found(f"Attendees: Ana Lima, {name}, Bo Chen\n")


def test_a_chinese_list_of_attendees_names_each():
    a, b = _zh(), _zh()
    got = found(f"参会人员：{a}、{b}\n")
    assert a in got and b in got


def test_a_list_without_people_names_nobody():
    assert found("Tags: backend, فريق الدعم, urgent\n") == []
