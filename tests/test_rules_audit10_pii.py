"""Audit 10 (personal data: dates of birth, PAN, URL-encoded phones, Windows accounts, names in chat exports,
certificates, forms and dumps), through the whole pipeline in process (overlap resolution included), on texts
of the audited shapes. Every value here is made up."""
import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in scrubber.find(text)]


# --- dates of birth -----------------------------------------------------------------------------------------

def test_a_birth_date_under_a_dynamodb_type_descriptor_is_redacted(scrubber):
    text = ('{"Items": [{"pk": {"S": "CUST#0042"}, "birthDate": {"S": "1979-04-02"}, "tier": {"S": "gold"},\n'
            '  "dob": {\n    "S": "1990-11-23"\n  }, "updated": {"S": "2024-01-02"}}]}\n')
    got = found(scrubber, text)
    assert ("DATE", "1979-04-02") in got and ("DATE", "1990-11-23") in got
    assert not any(v == "2024-01-02" for _, v in got)


def test_a_date_answering_the_agents_date_of_birth_question_is_redacted(scrubber):
    text = ("[00:00:09] AGENT: Thanks. Could you confirm your date of birth?\n"
            "[00:00:12] CUSTOMER: Sep 3, 1974.\n"
            "[00:00:15] AGENT: And the postcode?\n")
    assert ("DATE", "Sep 3, 1974") in found(scrubber, text)


def test_a_refused_date_of_birth_question_redacts_no_later_date(scrubber):
    text = ("AGENT: Can you verify your date of birth?\nCUSTOMER: I'd rather not.\n"
            "AGENT: The outage began on Mar 3, 2024.\n")
    assert not any(t == "DATE" for t, _ in found(scrubber, text))


def test_a_turkish_birth_date_is_redacted_and_its_labels_are_no_names(scrubber):
    text = ("SGK SİGORTALI İŞE GİRİŞ BİLDİRGESİ\nAdı Soyadı: Deniz Karataş\nDoğum Tarihi: 14.02.1977\n"
            "Cep Telefonu: 0 (532) 418 27 64\nİşe Giriş Tarihi: 01.04.2025\n"
            "Meslek Kodu: 2512.01 (Yazılım Geliştirici)\n")
    got = found(scrubber, text)
    assert ("DATE", "14.02.1977") in got
    labels = ("Doğum Tarihi", "Cep Telefonu", "İşe Giriş Tarihi", "Meslek Kodu", "Yazılım Geliştirici")
    assert not [v for t, v in got if t == "PERSON" and v in labels]


# --- Indian PAN ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,pan", [
    ("PAN of the Employee: QWRPT5521K\n", "QWRPT5521K"),
    ("PAN of the Deductor : AADCT7781M\n", "AADCT7781M"),
    ("PAN No. of the deductee  BFTPS0042L\n", "BFTPS0042L"),
    ("Employee PAN: KLMPN3307D\n", "KLMPN3307D"),
    ('{"employee_pan": "HJKPV2290B"}\n', "HJKPV2290B"),
])
def test_a_pan_after_a_form16_label_is_redacted(scrubber, text, pan):
    assert ("IN_PAN", pan) in found(scrubber, text)


# --- phones URL-encoded -------------------------------------------------------------------------------------

def test_a_url_encoded_phone_in_a_webhook_body_is_redacted(scrubber):
    text = "ToCountry=GB&Body=Yes+please&From=%2B447911123456&To=%2B15125550134&NumMedia=0\n"
    got = found(scrubber, text)
    assert ("PHONE", "%2B447911123456") in got and ("PHONE", "%2B15125550134") in got


def test_a_url_encoded_short_code_is_no_phone(scrubber):
    assert not any(t == "PHONE" for t, _ in found(scrubber, "x=%2B12&y=%2B000000000\n"))


# --- Windows accounts ---------------------------------------------------------------------------------------

def test_the_user_of_a_powershell_transcript_header_is_redacted(scrubber):
    text = ("**********************\nWindows PowerShell transcript start\nStart time: 20250102093000\n"
            "Username: ACME\\tvanlier\nRunAs User: ACME\\tvanlier\nMachine: WS-4410 (Microsoft Windows NT 10.0)\n")
    got = found(scrubber, text)
    assert got.count(("USERNAME", "tvanlier")) == 2


def test_built_in_windows_accounts_are_kept(scrubber):
    text = "Username: NT AUTHORITY\\SYSTEM\nOwner  : BUILTIN\\Administrators\nRunAs User: ACME\\Administrator\n"
    assert not any(t == "USERNAME" for t, _ in found(scrubber, text))


# --- names --------------------------------------------------------------------------------------------------

def test_a_line_chat_export_speaker_is_redacted(scrubber):
    text = ("[LINE] 山口陽菜とのトーク履歴\n保存日時：2025/01/02 09:00\n\n2025/01/01(水)\n"
            "10:02\t山口 陽菜\t明けましておめでとう\n10:03\t木村\tおめでとう！\n")
    got = found(scrubber, text)
    assert ("PERSON", "山口 陽菜") in got and ("PERSON", "山口陽菜") in got


def test_a_kakaotalk_export_speaker_is_redacted_but_not_the_agent(scrubber):
    text = ("카카오톡 대화\n2025년 1월 2일 목요일\n[박서연] [오후 3:14] 서류 보냈어요\n"
            "[상담원] [오후 3:20] 확인했습니다\n")
    got = found(scrubber, text)
    assert ("PERSON", "박서연") in got
    assert ("PERSON", "상담원") not in got


def test_the_names_of_a_wechat_forwarded_chat_header_are_redacted(scrubber):
    text = "—————  周子涵和刘思远的聊天记录  —————\n周子涵 1月2日 10:02\n明天见\n"
    got = found(scrubber, text)
    assert ("PERSON", "周子涵") in got and ("PERSON", "刘思远") in got


def test_the_holder_name_of_a_client_certificate_is_redacted(scrubber):
    text = ("        Issuer: C=DE, O=Example Corp, CN=Example Issuing CA 2\n"
            "        Subject: C=DE, O=Example Corp, CN=Jörn Weißhaupt, emailAddress=j.weisshaupt@example.de\n")
    got = found(scrubber, text)
    assert ("PERSON", "Jörn Weißhaupt") in got
    assert not any("Issuing" in v for _, v in got)


def test_i9_clarified_name_labels_redact_both_names(scrubber):
    text = "Last Name (Family Name): Vornholt    First Name (Given Name): Ilka\n"
    got = found(scrubber, text)
    assert ("PERSON", "Vornholt") in got and ("PERSON", "Ilka") in got


def test_a_moderncv_name_redacts_given_and_family_name(scrubber):
    text = "\\documentclass{moderncv}\n\\name{Ilka}{Trevisanello}\n\\begin{document}\n"
    got = found(scrubber, text)
    assert ("PERSON", "Ilka") in got and ("PERSON", "Trevisanello") in got


def test_a_payroll_register_redacts_every_last_first_row(scrubber):
    text = ("PAYROLL REGISTER  Pay date 01/15/2025\n"
            "EMPLOYEE NAME               SSN                  GROSS\n"
            "Prentiss, Tyler             139-86-2304        2845.00\n"
            "Okonjo, Destiny             382-43-6926        3310.00\n"
            "Whitlock, Austin            119-44-6685        7743.00\n")
    got = found(scrubber, text)
    for name in ("Prentiss, Tyler", "Okonjo, Destiny", "Whitlock, Austin"):
        assert ("PERSON", name) in got


def test_a_vcard_structured_name_redacts_the_family_part(scrubber):
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Iturbide;Álvaro;;;\nFN:Álvaro Iturbide\nEND:VCARD\n"
    got = found(scrubber, text)
    assert ("PERSON", "Iturbide") in got and ("PERSON", "Álvaro") in got


def test_a_dicom_person_name_element_is_redacted(scrubber):
    text = ("(0008,0060) CS [MR]                                     #   2, 1 Modality\n"
            "(0010,0010) PN [Vornholt^Ilka]                          #  14, 1 PatientName\n"
            "(0010,0020) LO [70392717]                               #   8, 1 PatientID\n")
    assert ("PERSON", "Vornholt^Ilka") in found(scrubber, text)
