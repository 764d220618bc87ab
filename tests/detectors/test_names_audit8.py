"""Person names that the scan of capitalised words could not see (audit 8), as general rules, with made-up
people: names in capitals after an address label or in a court caption, sign-offs after a dash or a slash,
names in CJK or Arabic script after their label, a form's given-name field, a role label in prose, a first
name that is also a city before a surname that is one too; and German noun phrases that are no names."""
import pytest

from promptscrub.detectors.names import NameDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in NameDetector(opts).detect(text)]


# --- names in capitals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("-----------\n TO:   MARGARET QUILLFEATHER\n       Kirchweg 12\n       20095 Hamburg\n", "MARGARET QUILLFEATHER"),
    ("SHIP TO: GRETA VAN DER HOLST\n", "GRETA VAN DER HOLST"),
    ("ATTN: HAROLD J. PENNYWORTH\n", "HAROLD J. PENNYWORTH"),
    ("Empfänger: GUNNAR LINDQVIST\n", "GUNNAR LINDQVIST"),
])
def test_a_name_in_capitals_after_an_address_label_is_a_name(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "TO: ALL STAFF\n",                           # ordinary words
    "FROM: ACME LOGISTICS GMBH\n",               # a company
    "FROM: QUILLSTONE FULFILMENT\n",             # no listed name in it
    "SHIP TO: SAN FRANCISCO\n",                  # a place
    "MAX_RETRY_COUNT: 3\nHTTP STATUS: OK\n",     # code constants, a heading
    "NOTE: READ THIS FIRST\n",
])
def test_capitals_without_a_person_in_them_stay(text):
    assert found(text) == []


def test_a_party_of_a_court_caption_is_a_name():
    caption = ("MARGARET QUILLFEATHER, an individual,\n        Plaintiff,\n    v.\n"
               "BRIGHTWATER LLC, a Delaware limited liability company,\n        Defendant.\n")
    assert found(caption) == ["MARGARET QUILLFEATHER"]
    assert found("HAROLD PENNYWORTH-ASHE,\n        Defendant.\n") == ["HAROLD PENNYWORTH-ASHE"]
    assert found("ACME WIDGETS CORPORATION,\n        Defendant.\n") == []


# --- sign-offs -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Har någon sett samma fel? /Gunnar Lindqvist\n", "Gunnar Lindqvist"),          # the Nordic slash
    ("Tack på förhand!\n/Gunnar\n", "Gunnar"),
    ("'Still no refund after a month!! — Kenji Morimoto, 090-1234-5678'", "Kenji Morimoto"),
    ("'Great support, thanks. – Harriet Quenby'", "Harriet Quenby"),
    ("It works after the upgrade -- Harriet Quenby\n", "Harriet Quenby"),
    ("Thanks for the quick fix. - Zorbaq Quenti\n", "Zorbaq Quenti"),            # unknown to the lists
])
def test_a_sign_off_after_a_dash_or_a_slash_is_a_name(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "cd /Applications\n",
    "copy it to /Program Files\n",
    "- Fix Login\n- Update Docs\n",                  # a list's bullets
    "Built with the best IDE — Visual Studio\n",
    "--- New Section ---\n",
    "the one city I love — New York\n",
    "Read more: x -- See Also\n",
])
def test_a_dash_or_slash_before_other_words_is_no_sign_off(text):
    assert found(text) == []


# --- names in CJK and Arabic script ---------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("お問い合わせ\n氏名：山田 花子\n電話番号：03-1234-5678\n", "山田 花子"),
    ("[신청서]\n이름: 박서연\n주소: 서울\n", "박서연"),
    ("收货人：赵子涵，手机 138xxxx\n", "赵子涵"),
    ("بيانات العميل\nالاسم: ليلى حداد\nرقم الجوال: ...\n", "ليلى حداد"),
    ("いつもお世話になっております。山田 花子と申します。\n", "山田 花子"),
])
def test_a_name_after_its_native_label_is_a_name(text, name):
    assert name in found(text)


def test_a_chinese_chat_speaker_is_a_name_and_so_is_each_repeat():
    log = ("[2025-01-02 10:00] 客服小李：您好\n"
           "[2025-01-02 10:01] 赵子涵：我叫赵子涵，订单有问题\n")
    names = found(log)
    assert names == ["赵子涵", "赵子涵"]          # the speaker and the repeat; the agent's nickname is none


@pytest.mark.parametrize("text", [
    "地址：北京市朝阳区\n备注：无\n",             # labels that are no name labels
    "氏名：なし\n",                               # "none"
    "[2025-01-02 10:00] 金额：100元\n",          # a family name's character opening an ordinary word? not after a
])
def test_native_labels_of_other_fields_give_no_name(text):
    assert found(text) == []


# --- labels and roles ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("2. Surname: Quenti\n3. First name(s): Zorbaq\n4. Date of birth: ...\n", "Zorbaq"),
    ("Vorname(n): Quillan\n", "Quillan"),
    ("Prénom(s): Zélinde\n", "Zélinde"),
    ("Förnamn: Ylvali\n", "Ylvali"),
])
def test_a_given_name_field_makes_its_value_a_name(text, name):
    assert name in found(text)


def test_a_label_of_a_name_field_is_no_speaker():
    assert found("Förnamn: Ylvali\n") == ["Ylvali"]
    assert found("Rubrik: Appen startar inte\n") == []      # Swedish "subject"
    assert found("Konu: Fatura hakkında\n") == []           # Turkish "subject"


def test_a_role_label_in_prose_makes_a_name():
    assert "Rose Quillby" in found("Payroll queries: see HR. Line manager: Rose Quillby.\n")


def test_a_city_first_name_before_a_city_surname_is_a_name_with_a_cue():
    assert "Sydney Trujillo" in found("# pages go to Sydney Trujillo's phone until Friday\n")
    assert found("| Charlotte Medina | 4 |\n") == ["Charlotte Medina"]


def test_package_metadata_name_is_no_person():
    assert found("Metadata-Version: 2.1\nName: Quillstone\nVersion: 2.0.1\n") == []


# --- German noun phrases ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Installation ist einfach. Bekannte Einschränkungen zur Version finden Sie im Anhang.",
    "Geplante Wartungsfenster am Wochenende werden per E-Mail angekündigt, die Dauer ist nicht fest.",
])
def test_german_capitalised_noun_phrases_are_no_names(text):
    assert found(text) == []


def test_an_unknown_name_ending_its_line_in_german_text_stays_a_name():
    assert found("Mit freundlichen Grüßen und bis bald, wir sind für Sie da\nZorbaq Quenti\n") == ["Zorbaq Quenti"]


@pytest.mark.parametrize("text", [
    "Gesendet: Dienstag, 4. März 2025 09:12\nBetreff: AW: Zugangsdaten Testumgebung\n",
    "Benutzer: qa.admin\nPasswort: (siehe Tresor)\n",
    "Betreft: bezwaar aanslag\n",
    "Registergericht: Amtsgericht Musterstadt HRB 12345\n",
    "Quillstone Portugal, Unipessoal Lda., com sede em Lisboa (Primeira Outorgante)\n",
])
def test_labels_and_nouns_of_other_languages_are_no_names(text):
    assert found(text) == []
