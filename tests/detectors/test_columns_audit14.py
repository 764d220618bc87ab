"""Tables read by their columns (audit 14): data frame prints whose columns do not line up (native-script
headers of several words: a date of birth, a name, a phone), address columns named in other scripts, and the
Vietnamese CCCD, Iranian national code and Taiwanese id under their native headers. Every value is made up or
generated here."""
from __future__ import annotations

import datetime
import random

import pytest

from promptscrub.detectors.pii_columns import PiiColumnsDetector, column_kind
from promptscrub.validators import ir_national_code, tw_national_id, vn_cccd

DET = PiiColumnsDetector({})


def found(text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.type for f in DET.detect(text)}


def dates(seed: str, n: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [(datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randint(0, 20000))).isoformat() for _ in range(n)]


def phones(seed: str, n: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [f"+{rng.randint(30, 90)} {rng.randint(500, 599)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
            for _ in range(n)]


def loose_frame(header: str, rows: list[list[str]], pads: tuple[int, ...] = (1, 3)) -> str:
    """A frame print whose cells stand where they fall: one to three blanks between them, none lined up."""
    rng = random.Random(header)
    lines = ["In [3]: df.head()", "Out[3]:", "   " + header]
    for i, row in enumerate(rows):
        lines.append(f"{i}  " + "".join(c + " " * rng.randint(*pads) for c in row).rstrip())
    return "\n".join(lines) + "\n"


NAMES = {
    "ja": ("氏名", "生年月日", "電話番号", ["山口 花子", "木村 一郎", "林 美穂"]),
    "zh": ("姓名", "出生日期", "电话", ["王 小明", "李娜", "赵 国强"]),
    "ko": ("이름", "생년월일", "전화번호", ["박서준", "최 민지", "한지우"]),
    "ar": ("الاسم الكامل", "تاريخ الميلاد", "رقم الهاتف", ["سعيد العتيبي", "ليلى الحربي", "يوسف الدوسري"]),
    "fa": ("نام و نام خانوادگی", "تاریخ تولد", "شماره تلفن", ["علی رستمی", "نرگس صادقی", "بهرام نوری"]),
    "he": ("שם מלא", "תאריך לידה", "טלפון", ["רונית לוי", "עמית שגיא", "דנה מזרחי"]),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Telefon", ["Jerzy Nowicki", "Anna Zielińska", "Ewa Mazur"]),
    "tr": ("Ad Soyad", "Doğum Tarihi", "Telefon", ["Emre Aydın", "Zeynep Koç", "Burak Öztürk"]),
    "ru": ("ФИО", "Дата рождения", "Телефон", ["Олег Смирнов", "Ирина Волкова", "Пётр Орлов"]),
    "uk": ("ПІБ", "Дата народження", "Телефон", ["Тарас Бойко", "Олена Мельник", "Іван Шевчук"]),
    "el": ("Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Τηλέφωνο", ["Νίκος Παππάς", "Ελένη Γεωργίου", "Άννα Ρήγα"]),
    "th": ("ชื่อ-นามสกุล", "วันเกิด", "เบอร์โทร", ["สมศักดิ์ ใจดี", "วิไล แสงทอง", "ประยุทธ ศรีสุข"]),
    "vi": ("Họ và tên", "Ngày sinh", "Số điện thoại", ["Trần Văn Nam", "Phạm Thị Mai", "Đỗ Minh Tuấn"]),
    "hi": ("पूरा नाम", "जन्म तिथि", "मोबाइल", ["सुनील मेहता", "पूजा सिंह", "अजय कुमार"]),
}


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_a_loose_frame_print_gives_its_dates_of_birth_names_and_phones(lang: str) -> None:
    name, dob, phone, people = NAMES[lang]
    births, numbers = dates(lang), phones(lang)
    text = loose_frame(f"{name} {dob} {phone}", [list(r) for r in zip(people, births, numbers)])
    got = found(text)
    for person, birth, number in zip(people, births, numbers):
        assert got.get(birth) == "DATE", (lang, text, got)
        assert got.get(number) == "PHONE", (lang, text, got)
        assert got.get(person) == "PERSON", (lang, text, got)


def test_a_loose_frame_with_other_columns_and_missing_values() -> None:
    births = dates("other")
    text = loose_frame("Ad Soyad Şehir Doğum Tarihi Not", [
        ["Kemal Arslan", "İzmir", births[0], "yeni müşteri"],
        ["Selin Demir", "Bursa", "NaN", "—"],
        ["Hakan Çelik", "Ankara", births[2], "VIP"],
    ])
    got = found(text)
    assert got.get(births[0]) == "DATE" and got.get(births[2]) == "DATE"
    assert got.get("Kemal Arslan") == "PERSON" and got.get("Hakan Çelik") == "PERSON"
    assert "NaN" not in got and "İzmir" not in got


@pytest.mark.parametrize("text", [
    # a frame of no personal columns, a changelog with numbered lines, a version table
    "   version  released  notes\n0  2.1.0  2024-01-03  fixes\n1  2.2.0  2024-03-09  speed\n",
    "   Ürün Fiyat Stok\n0  Kalem 12.50 300\n1  Defter 40.00 120\n",
    "  steps:\n1  install the package\n2  run the tests\n",
    # a date column that is not a birth date
    "   Ad Soyad İşe giriş tarihi\n0  Kemal Arslan 2019-04-01\n",
])
def test_loose_frames_of_other_things_give_no_date(text: str) -> None:
    assert "DATE" not in found(text).values()


@pytest.mark.parametrize(("header", "kind"), [
    ("पता", "address"), ("आडरेस", None), ("نشانی", "address"), ("آدرس", "address"), ("Адрес", "address"),
    ("Địa chỉ", "address"), ("住所", "address"), ("주소", "address"), ("ที่อยู่", "address"), ("כתובת", "address"),
    ("Imię i nazwisko", "person"), ("نام و نام خانوادگی", "person"),
    ("Số CCCD", "vn_cccd"), ("CCCD", "vn_cccd"), ("کد ملی", "ir_national_code"), ("身分證字號", "tw_or_cn_id"),
])
def test_native_headers(header: str, kind: str | None) -> None:
    assert column_kind(header) == kind


def test_a_hindi_address_column_of_a_csv() -> None:
    rng = random.Random("hi-address")
    rows = [f'"मकान नं. {rng.randint(2, 300)}, गांधी नगर, जयपुर, राजस्थान {rng.randint(302001, 302039)}"' for _ in range(3)]
    text = "नाम,पता,ऑर्डर\n" + "".join(f"ग्राहक {i},{r},{1000 + i}\n" for i, r in enumerate(rows))
    got = found(text)
    assert [got.get(r.strip('"')) for r in rows] == ["ADDRESS"] * 3
    assert not any(v == "ADDRESS" for k, v in got.items() if k.startswith("100"))


def test_a_persian_address_column_of_a_tsv() -> None:
    rng = random.Random("fa-address")
    rows = [f"شیراز، خیابان زند، کوچه {rng.randint(2, 40)}، پلاک {rng.randint(1, 300)}" for _ in range(3)]
    text = "نام\tآدرس\n" + "".join(f"مشتری {i}\t{r}\n" for i, r in enumerate(rows))
    assert [found(text).get(r) for r in rows] == ["ADDRESS"] * 3


def test_an_address_column_of_words_alone_is_no_address() -> None:
    text = "نام\tآدرس\nالف\tنامعلوم\nب\tدر حال بررسی\n"
    assert "ADDRESS" not in found(text).values()


def gen_cccd(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(1, 96):03d}{rng.choice('0123')}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
        if vn_cccd(value):
            return value


def gen_ir(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(0, 999999999):09d}"
        r = sum(int(c) * w for c, w in zip(value, range(10, 1, -1))) % 11
        value += str(r if r < 2 else 11 - r)
        if ir_national_code(value):
            return value


def gen_tw(rng: random.Random) -> str:
    while True:
        value = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO") + rng.choice("12") + f"{rng.randint(0, 99999999):08d}"
        if tw_national_id(value):
            return value


@pytest.mark.parametrize(("header", "gen", "label"), [
    ("Số CCCD", gen_cccd, "VN_CCCD"), ("کد ملی", gen_ir, "IR_NATIONAL_CODE"), ("身分證字號", gen_tw, "TW_NATIONAL_ID"),
])
def test_native_id_columns(header: str, gen, label: str) -> None:
    rng = random.Random(header)
    values = [gen(rng) for _ in range(3)]
    text = f"STT\t{header}\n" + "".join(f"{i}\t{v}\n" for i, v in enumerate(values, 1))
    assert [found(text).get(v) for v in values] == [label] * 3


def test_a_national_id_column_of_vietnamese_ids_in_a_dump() -> None:
    rng = random.Random("vn-dump")
    values = [gen_cccd(rng) for _ in range(3)]
    text = ("INSERT INTO `customers` (`id`, `national_id`) VALUES\n"
            + ",\n".join(f"({i},'{v}')" for i, v in enumerate(values, 1)) + ";\n")
    assert all(v in found(text) for v in values)


def test_ids_that_fail_their_check_are_left() -> None:
    text = "کد ملی\tنام\n1111111111\tالف\n0000000000\tب\n"
    assert found(text) == {}
    assert not tw_national_id("A123456788") and not ir_national_code("1234567890")
