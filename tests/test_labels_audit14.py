"""Personal data after its label in Thai, Hindi, Persian and Traditional Chinese (audit 14): a Thai date of birth
with a Thai month name and a Buddhist-era year, an address after पता / نشانی / آدرس, an Iranian mobile number
after تلفن همراه / موبایل, an Iranian national code after کد ملی and a Taiwanese id after 身分證字號; and the
look-alikes left alone. Numbers are drawn from libphonenumber's example numbers with random digits, ids are
generated with their check digits, the other values are made up."""
from __future__ import annotations

import datetime
import random
import string

import phonenumbers
import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.validators import ir_national_code, tw_national_id

THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
               "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.type for f in scrubber.find(text)}


def birthdays(seed: str, n: int = 4) -> list[datetime.date]:
    rng = random.Random(seed)
    return [datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randint(0, 25000)) for _ in range(n)]


def thai(d: datetime.date, style: int) -> str:
    be = d.year + 543
    if style == 0:
        return f"{d.day} {THAI_MONTHS[d.month - 1]} {be}"
    if style == 1:
        return f"{d.day:02d} {THAI_ABBR[d.month - 1]} พ.ศ. {be}"
    if style == 2:
        return f"{d.day} {THAI_MONTHS[d.month - 1]} {be}".translate(THAI_DIGITS)
    return f"{d.day:02d}/{d.month:02d}/{be}"


@pytest.mark.parametrize("style", range(4))
@pytest.mark.parametrize("layout", ["วันเกิด: {}\n", "ชื่อ: สมหญิง (วันเกิด: {}) — นัด 10:00\n", "วัน/เดือน/ปีเกิด {}\r\n",
                                    "เกิดวันที่ {} ที่ขอนแก่น\n"])
def test_a_thai_date_of_birth_after_its_label(scrubber, style: int, layout: str) -> None:
    for d in birthdays(f"{style}{layout}", 2):
        value = thai(d, style)
        assert found(scrubber, layout.format(value)).get(value) == "DATE", layout.format(value)


@pytest.mark.parametrize("text", [
    "วันหมดอายุ: 5 มีนาคม 2570\n", "ประชุมวันที่ 12 มกราคม 2568 เวลา 10:00\n", "ระบบล่มเกิดเมื่อวันที่ 3 ก.พ. 2567\n",
    "วันเกิด: ไม่ระบุ\n", "รุ่น 2.5 ออก 1 มิถุนายน 2567\n",
])
def test_thai_dates_that_are_no_birthday(scrubber, text: str) -> None:
    assert "DATE" not in found(scrubber, text).values()


def test_an_address_after_a_hindi_label(scrubber) -> None:
    rng = random.Random("hi")
    for _ in range(3):
        value = f"मकान नं. {rng.randint(2, 400)}, शिवाजी नगर, पुणे, महाराष्ट्र {rng.randint(411001, 411062)}"
        text = f"नमस्ते!\nपता: {value}\nधन्यवाद।\n"
        assert found(scrubber, text).get(value) == "ADDRESS", text


@pytest.mark.parametrize("label", ["نشانی", "آدرس"])
def test_an_address_after_a_persian_label(scrubber, label: str) -> None:
    rng = random.Random(label)
    for _ in range(3):
        value = f"مشهد، بلوار وکیل‌آباد، کوچه {rng.randint(2, 60)}، پلاک {rng.randint(1, 300)}، واحد {rng.randint(1, 30)}"
        text = f"سلام\n{label}: {value}\nممنون\n"
        assert found(scrubber, text).get(value) == "ADDRESS", text


@pytest.mark.parametrize("text", [
    "آدرس: در دست بررسی است.\n", "पता: अभी तय नहीं है।\n", "آدرس سرور را در فایل تنظیمات بنویسید.\n",
])
def test_an_address_label_without_an_address(scrubber, text: str) -> None:
    assert "ADDRESS" not in found(scrubber, text).values()


def iranian_mobiles(count: int = 3) -> list[str]:
    rng = random.Random("ir-mobile")
    example = phonenumbers.example_number_for_type("IR", phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    out: list[str] = []
    while len(out) < count:
        digits = "0" + nsn[:-7] + "".join(rng.choice(string.digits) for _ in range(7))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "IR")):
            out.append(f"{digits[:4]}-{digits[4:7]}-{digits[7:]}")
    return out


@pytest.mark.parametrize("label", ["تلفن همراه", "موبایل", "شماره تلفن", "تلفن"])
def test_an_iranian_mobile_after_a_persian_label(scrubber, label: str) -> None:
    for value in iranian_mobiles():
        text = f"نام: مشتری\n{label}: {value}\n"
        assert found(scrubber, text).get(value) == "PHONE", text


def test_a_persian_order_number_is_no_phone(scrubber) -> None:
    assert "PHONE" not in found(scrubber, "شماره سفارش: 1403-021-7781\nنسخه 2.14.3\n").values()


def gen(check, make, seed: str, n: int = 3) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        value = make(rng)
        if check(value):
            out.append(value)
    return out


def test_an_iranian_national_code_after_its_label(scrubber) -> None:
    persian = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    for code in gen(ir_national_code, lambda r: f"{r.randint(0, 10**10 - 1):010d}", "ir"):
        for value in (code, code.translate(persian)):
            text = f"نام: مشتری\nکد ملی: {value}\n"
            assert found(scrubber, text).get(value) == "IR_NATIONAL_CODE", text


def test_a_taiwanese_id_after_its_label(scrubber) -> None:
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    for value in gen(tw_national_id, lambda r: r.choice(letters) + r.choice("12") + f"{r.randint(0, 10**8 - 1):08d}", "tw"):
        for label in ("身分證字號：", "身分證號碼 ", "國民身分證統一編號: "):
            assert found(scrubber, f"姓名：某人\n{label}{value}\n").get(value) == "TW_NATIONAL_ID"


@pytest.mark.parametrize("text", [
    "کد پستی: 1234567890\n", "شماره سفارش 1234567891\n", "訂單編號：A123456789\n", "身分證字號：請填寫\n",
])
def test_ids_without_their_label_or_check(scrubber, text: str) -> None:
    assert not {"IR_NATIONAL_CODE", "TW_NATIONAL_ID"} & set(found(scrubber, text).values())
