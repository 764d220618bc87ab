"""Person names of audit 12, as general rules: names in Arabic, Hebrew, Thai, Devanagari and CJK script wherever a cue
marks them (a label that asks for a person, a chat's speaker, a sign-off, a greeting or a title, a name key, a name
column); names in capitals in a court caption's "BETWEEN:" block, under a shipping label's "SHIP TO:", as a
passenger's SURNAME/GIVEN and in an MT940 statement; a given or a family name alone in its own field; surnames with
an apostrophe or a particle; "Last, First" chat headers; and labels and words that are no names.

The names in other scripts are made up at test time from each script's letters (a family name's character first
in Chinese and Korean), so that the rules are shown to hold for names no list knows."""
import random

import pytest

from promptscrub.detectors import names as N
from promptscrub.detectors.names import NameDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in NameDetector(opts).detect(text)]


# --- made-up names in each script ----------------------------------------------------------------------------

_RNG = random.Random(1212)
_ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
_HEBREW_LETTERS = "בגדהזחטיכלמנסעפצקרשת"
_THAI_CONSONANTS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮ"
_THAI_VOWELS = ["า", "ิ", "ี", "ุ", "ู", "ั", "ะ", ""]
_DEVANAGARI_CONSONANTS = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
_DEVANAGARI_SIGNS = ["ा", "ि", "ी", "ु", "ू", "े", "ो", ""]
_HAN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def _word(letters, n, signs=None):
    out = []
    for _ in range(n):
        out.append(_RNG.choice(letters))
        if signs:
            out.append(_RNG.choice(signs))
    return "".join(out)


def arabic():
    return _word(_ARABIC_LETTERS, 4) + " " + _word(_ARABIC_LETTERS, 5)


def hebrew():
    return _word(_HEBREW_LETTERS, 3) + " " + _word(_HEBREW_LETTERS, 4)


def thai():
    return _word(_THAI_CONSONANTS, 3, _THAI_VOWELS) + " " + _word(_THAI_CONSONANTS, 4, _THAI_VOWELS)


def devanagari():
    return _word(_DEVANAGARI_CONSONANTS, 3, _DEVANAGARI_SIGNS) + " " + _word(_DEVANAGARI_CONSONANTS, 3,
                                                                             _DEVANAGARI_SIGNS)


def chinese():
    return _RNG.choice(sorted(N.CHINESE_FAMILY_HAN)) + _word(_HAN_GIVEN, 2)


def japanese():
    return _RNG.choice(sorted(N.JAPANESE_FAMILY)) + " " + _word(_HAN_GIVEN, 2)


def korean():
    family = _RNG.choice(sorted(N.KOREAN_FAMILY))
    return family + "".join(chr(_RNG.randrange(0xAC00, 0xD7A3)) for _ in range(2))


SCRIPTS = [arabic, hebrew, thai, devanagari, chinese, japanese, korean]


# --- names in their own script ---------------------------------------------------------------------------------

@pytest.mark.parametrize("make", SCRIPTS)
@pytest.mark.parametrize("layout", [
    "Name: {n}\nEmail: x@example.org\n",
    "**Employee:** {n}  \n**Manager:** Ann Lee  \n",
    "Reporter: {n} (QX1234) <x@example.org>\n",
    "Parent/guardian:    {n}\nAddress:  12 High St\n",
    "Co-applicant:        {n} (born 1994)\n",
    "Victim: {n}, DOB 01/02/1990, of no fixed abode\n",
    "Owner: {n} · PM: Ann Lee\n",
    "Cc: {n} <x@example.org>\n",
])
def test_a_name_in_its_own_script_after_a_label_that_asks_for_a_person(make, layout):
    name = make()
    assert name in found(layout.format(n=name))


@pytest.mark.parametrize("label,make", [
    ("发件人", chinese), ("收件人", chinese), ("联系人", chinese), ("받는 사람", korean), ("보낸 사람", korean),
    ("担当者", japanese), ("العميل", arabic), ("לקוח", hebrew), ("ผู้ติดต่อ", thai), ("ग्राहक", devanagari),
])
def test_a_name_after_a_label_of_its_own_script(label, make):
    name = make()
    assert name in found(f"{label}: {name} <x@example.org>\n")


@pytest.mark.parametrize("make", SCRIPTS)
def test_a_chat_speaker_in_its_own_script(make):
    a, b = make(), make()
    chat = f"{a}: can you read me the number?\n{b}: yes, one moment\n{a}: thanks\n"
    assert a in found(chat) and b in found(chat)
    assert a in found(f"[2025-03-04 10:12] {a}: hello\n")            # a time stamp makes one line enough
    assert a in found(f"{a} (agent): how can I help?\n")               # so does a role in brackets


@pytest.mark.parametrize("make,closing", [
    (arabic, "مع خالص التحية"), (hebrew, "בברכה,"), (thai, "ขอแสดงความนับถือ"), (devanagari, "सादर,"),
    (japanese, "よろしくお願いいたします"), (chinese, "此致敬礼"), (korean, "감사합니다"), (arabic, "Kind regards,"),
])
def test_a_name_under_a_sign_off(make, closing):
    name = make()
    assert name in found(f"The contract is attached.\n\n{closing}\n{name}\n+44 20 7946 0000\n")
    assert name in found(f"<p>{closing}<br>{name}<br><a href='mailto:x@example.org'>x</a></p>")


@pytest.mark.parametrize("make", SCRIPTS)
@pytest.mark.parametrize("layout", [
    '{{"id": 7, "full_name": "{n}", "email": "x@example.org"}}',
    '<cac:PartyName><cbc:Name>{n}</cbc:Name></cac:PartyName>',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;CN={n}:mailto:x@example.org\r\n',
    'Hi {n},\nyour parcel is on its way.\n',
    'Dear {n},\n',
])
def test_a_name_as_a_name_keys_value_or_after_a_greeting(make, layout):
    name = make()
    assert name in found(layout.format(n=name))


def test_one_word_after_a_title_or_in_a_cv_name_field():
    surname = _word(_ARABIC_LETTERS, 5)
    given = _word(_ARABIC_LETTERS, 4)
    assert surname in found(f"Dear Dr {surname},\nplease see the patient below.\n")
    names = found(f"\\documentclass{{moderncv}}\n\\name{{{given}}}{{{surname}}}\n")
    assert given in names and surname in names


def test_a_weak_cue_needs_a_listed_given_name_or_a_family_name():
    listed = sorted(N.ARABIC_GIVEN)[3] + " " + _word(_ARABIC_LETTERS, 5)
    assert listed in found(f"- Reference check: call {listed} on +44 20 7946 0000\n")
    assert listed in found(f"Interview feedback — {listed}\n")
    hindi = [w for w in sorted(N.NATIVE_GIVEN) if "\u0900" <= w[0] <= "\u097f"]
    given = hindi[5] + " " + _word(_DEVANAGARI_CONSONANTS, 3, _DEVANAGARI_SIGNS)
    assert given in found(f"Conversation with {given} (+91 98 7654 3210)\n")
    cjk = japanese()
    assert cjk in found(f"| 2025-07-03 | {cjk} | Hotel | 413.29 |\n")
    assert cjk in found(f"dinner with {cjk} (Acme)\n")
    assert found(f"Released with {_word(_ARABIC_LETTERS, 4)} {_word(_ARABIC_LETTERS, 4)} support\n") == []


@pytest.mark.parametrize("header,make", [("성명", korean), ("姓名", chinese), ("氏名", japanese), ("Guest", arabic),
                                         ("Name", hebrew), ("الاسم", arabic)])
def test_a_name_column_in_its_own_script(header, make):
    a, b = make(), make()
    tsv = f"{header}\tEmail\tPhone\n{a}\ta@example.org\t010-1234-5678\n{b}\tb@example.org\t010-8765-4321\n"
    md = f"| # | {header} | Born |\n|---|---|---|\n| 1 | {a} | 1983 |\n| 2 | {b} | 1990 |\n"
    for table in (tsv, md):
        names = found(table)
        assert a in names and b in names


def test_a_chat_header_last_first_in_cjk():
    family, given = sorted(N.JAPANESE_FAMILY)[7], _word(_HAN_GIVEN, 2)
    assert f"{family}, {given}" in found(f"[09:14] {family}, {given}\nthe dashboard is up\n")
    assert f"{family}, {given}" in found(f"{family}, {given}  09:14\nthe dashboard is up\n")


@pytest.mark.parametrize("text", [
    "العنوان: شارع النصر، القاهرة\n", "تاريخ الميلاد: 14/10/2008\n", "الموضوع: طلب إجازة\n",
    "Subject: 会议纪要\n", "Status: 已发货\n", "Department: 人事部\n", "Address: 北京市朝阳区建国路\n",
    "Company: 株式会社サンプル\n", "Title: 高级工程师\n", "备注: 请尽快处理\n", "金额: 100元\n",
    "ที่อยู่: ถนนสีลม แขวงสีลม\n", "หมายเหตุ: โปรดตรวจสอบ\n", "पता: मुख्य सड़क दिल्ली\n", "विषय: छुट्टी का आवेदन\n",
    "כתובת: רחוב הרצל תל אביב\n", "הערות: נא לבדוק\n", "## 概要 — システム構成\n", "Thanks — 非常感谢\n",
    "by 中国银行\n", "Product: 笔记本电脑\n", "你好，请问这个怎么用？\n这是一个测试。我们明天开会。\n",
    "السلام عليكم ورحمة الله\n", "Notes: تم الإرسال بنجاح\n", "Description: ระบบใหม่ ใช้งานได้\n",
    "성명\t이메일\t휴대폰\n", "Company name: 山田商事\n",
])
def test_text_in_other_scripts_that_names_no_one_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("chat", [
    "고객센터: 안녕하세요, 무엇을 도와드릴까요?\n고객님: 주문 확인 부탁드려요\n고객센터: 네 확인해 드리겠습니다\n",
    "خدمة العملاء: مرحبا، كيف يمكنني مساعدتك؟\nالعميل: أريد إلغاء الطلب\nخدمة العملاء: حسنا، لحظة من فضلك\n",
    "שירות לקוחות: שלום, איך אפשר לעזור?\nלקוח: אני רוצה לבטל\nשירות לקוחות: בסדר\n",
    "客服: 您好，请问有什么可以帮您？\n用户: 我想退货\n客服: 好的，请提供订单号\n",
    "司会: それでは始めます\n参加者: よろしくお願いします\n司会: 次の議題です\n",
    "| 名称 | 描述 |\n|---|---|\n| 服务器 | 用于存储数据 |\n| 数据库 | 主库 |\n",
])
def test_a_support_chat_whose_speakers_are_roles_names_no_one(chat):
    assert found(chat) == []


# --- names in capitals ------------------------------------------------------------------------------------------

def test_the_parties_of_a_between_caption_are_names():
    caption = ("Claim No. 4471\r\n\r\nBETWEEN:\r\n\r\nMARGOT QUILLBY\r\nClaimant\r\n\r\n- and -\r\n\r\n"
               "DESMOND O'HARA\r\nDefendant\r\n\r\nPARTICULARS OF CLAIM\r\n")
    assert found(caption) == ["MARGOT QUILLBY", "DESMOND O'HARA"]
    assert found("BETWEEN:\n\nACME WIDGETS LIMITED\nClaimant\n") == []


def test_a_name_in_capitals_on_the_line_under_its_label():
    assert "HENRIK QUAST" in found("SHIP TO:\nHENRIK QUAST\n12 Harbour Road\n")
    assert found("FROM:\nACME LOGISTICS GMBH\n") == []


@pytest.mark.parametrize("text,name", [
    ("BOARDING PASS\nName: QUILLBY/MARGOT\nFlight: XY123   Seat 39B\n", "QUILLBY/MARGOT"),
    ("Passenger: VAN DER HOLST/GRETA MRS\n", "VAN DER HOLST/GRETA"),
])
def test_a_passengers_surname_slash_given_name(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", ["Name: AND/OR\n", "Name: CI/CD\n", "Protocol: TCP/IP\n"])
def test_a_slash_pair_that_is_no_passenger_stays(text):
    assert found(text) == []


def test_the_counterparty_of_an_mt940_statement():
    line = ":86:166?00SEPA-UEBERWEISUNG?20Miete?30COBADEFFXXX?31DE89370400440532013000?32GRETA SCHMIDT\n:62F:C2411\n"
    assert found(line) == ["GRETA SCHMIDT"]
    assert found("?32ACME HOLDINGS GMBH\n") == []


# --- a given or a family name alone in its field -----------------------------------------------------------------

def test_a_given_or_family_name_column():
    tsv = "Ad\tSoyad\tE-posta\nDeniz\tAksoy\td@example.org\nEce\tTunç\te@example.org\n"
    assert found(tsv) == ["Deniz", "Aksoy", "Ece", "Tunç"]


def test_a_name_on_the_line_under_its_label():
    card = "Příjmení / Surname\nNOVAKOVA\nJméno / Given names\nLukáš\nDatum narození / Date of birth\n"
    assert "Lukáš" in found(card)


@pytest.mark.parametrize("key", ["Efternamn", "nazwisko", "Nachname", "apellido"])
def test_a_quoted_name_key(key):
    assert "Holmquist" in found(f'{{"{key}": "Holmquist", "city": "x"}}')


def test_letters_that_unicode_keeps_whole_fold_to_the_lists_spelling():
    d = NameDetector()
    assert d.classify("Łukasz") == N.STRONG_FIRST
    assert d.classify("Yılmaz") == d.classify("Yilmaz")


# --- apostrophes, particles, headers, keys ----------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Class teacher: Jack O'Quillan\n", "Jack O'Quillan"),
    ("Pupil: Grace D'Angelo   Date of birth: 01/02/2014\n", "Grace D'Angelo"),
    ("ATTENDEE;CN=Femke de Quast:mailto:f@example.nl\r\n", "Femke de Quast"),
    ("payload={name=Henrik Quillström, phone=+46 70 123 45 67}", "Henrik Quillström"),
    ("nome=Thiago+Quast&cpf=12345678909&email=t%40example.org", "Thiago+Quast"),
    ("Quillby, Margot  10:42\nKannst du mir die Nummer schicken?\n", "Quillby, Margot"),
    ("Klar, er heißt Gerd Quastenbühl, am besten nach 14 Uhr.\n", "Gerd Quastenbühl"),
    ("2. **Eero Quastinen**, an individual residing at 4 Main St\n", "Eero Quastinen"),
    ("Victim: **Jordan Harrington**, +1 555 0100\n", "Jordan Harrington"),
])
def test_latin_names_in_labelled_and_keyed_places(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "filename=Quarterly+Report&x=1", "Column(name=Email, type=String)", "CN=Example Issuing CA 2, O=Acme",
    "Hello, World 10:42\n", "Monday, Tuesday 10:00\n",
])
def test_keys_and_headers_without_a_person_stay(text):
    assert found(text) == []


# --- labels and words that are no names ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("Von: Lena Quast <lena@example.de>\n", "Von"),
    ("Assignee: Selin Quast\nLabels: backend\n", "Assignee"),
    ("FACTURA 2024-1\nCliente: Nuria Quast\nConcepto: Mantenimiento servidor (noviembre)\n", "Cliente"),
    ("FACTURA 2024-1\nCliente: Nuria Quast\nConcepto: Mantenimiento servidor (noviembre)\n", "Concepto"),
    ("Klar: +49 170 1234567 — ruf ihn an.\n", "Klar"),
    ("      Handler: app.handler\n      Runtime: python3.12\n", "Runtime"),
    ("datasources:\n  - name: Prometheus\n    type: prometheus\n  - name: Loki\n    type: loki\n", "Prometheus"),
    ("datasources:\n  - name: Prometheus\n    type: prometheus\n  - name: Loki\n    type: loki\n", "Loki"),
    ("Clave: 4471\n", "Clave"),
    ("Les salariés acquièrent 2,08 jours de congés. Les demandes se font dans le portail.\n", "Les"),
    ("bank,bic,country\nBanco Santander,BSCHESMMXXX,ES\n", "Banco Santander"),
    ("Parola Wi-Fi: 4471Xyz\n", "Parola Wi-Fi"),
    ("Alarmanlage Büro: 4471\n", "Alarmanlage Büro"),
    ("Wi-Fi-passord: fjord4471\n", "Wi-Fi-passord"),
    ("password: Sakura#1991\n", "Sakura"),
    ("Emne: Complaint — Kunde 0735\n", "Emne"),
    ("Counterparty: Róisín Quast (GB18 LOYD)\n", "Counterparty"),
    ("date,name,category,merchant\n2024-12-02,Ifeanyi Quast,Meals,Uber\n", "Meals"),
    ("Student ID\tName\tScore\tGrade\n", "Score"),
])
def test_labels_and_words_are_no_names(text, word):
    assert word not in found(text)


def test_a_speaker_that_no_list_knows_says_something_or_speaks_again():
    assert found("Zorblaxa: see you at noon\n") == ["Zorblaxa"]
    assert "Zorblaxa" in found("Zorblaxa: Ready?\n")
    assert "Zorblaxa" in found("Zorblaxa: What a day.\n")
    assert "zorblaxa" in found('zorblaxa: "who are you?"\nquentina: "i am here"\n')  # a lower-cased chat
    assert found("Zorblaxa: Complaint 0735\n") == []
