"""Audit 9 (personal data in records): NACHA ACH entries and HL7 v2 segments read by their layout, EF Core's
sensitive-data parameter logs read by the column each value is bound to, dates of birth after Italian / Spanish /
Japanese labels, national mobile numbers in Spanish, Italian, Korean and Japanese text, and the fields of a
URL-encoded form post. Values are generated (check digits computed here), never copied from anywhere."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())


def found(text: str, value: str, type_: str) -> bool:
    start = text.index(value)
    return any(f.start <= start and f.end >= start + len(value) and f.type == type_ for f in SCRUBBER.find(text))


def typed(text: str, type_: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.type == type_]


def aba(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(8)]
    check = (-sum(d * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7)))) % 10
    return "".join(map(str, body)) + str(check)


def bsn(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        last = sum(d * w for d, w in zip(body, range(9, 1, -1))) % 11
        if last < 10:
            return "".join(map(str, body)) + str(last)


def ssn(rng: random.Random) -> str:
    return f"{rng.randrange(100, 666)}{rng.randrange(10, 99)}{rng.randrange(1000, 9999)}"


SURNAMES = ["QUEXTER", "VELINSKA", "ODRANEL", "PARMIGGIO", "TROSSBACH", "KELDWYN"]
GIVEN = ["ROSALIND", "MARTA", "ILVO", "BENEDIKT", "SAORLA", "TEODOR"]


def nacha_entry(rng: random.Random, account: str, name: str, ident: str = "") -> str:
    tc = rng.choice(["22", "27", "32", "37"])
    line = ("6" + tc + aba(rng) + account.ljust(17) + str(rng.randrange(1, 10**6)).rjust(10, "0") + ident.ljust(15)
            + name.ljust(22) + "  " + "0" + aba(rng)[:8] + str(rng.randrange(10**7)).rjust(7, "0"))
    assert len(line) == 94
    return line


@pytest.mark.parametrize("seed", range(4))
def test_the_account_and_name_of_a_nacha_entry_detail_record_are_redacted(seed: int):
    rng = random.Random(seed)
    entries = []
    for _ in range(3):
        account = str(rng.randrange(10**7, 10**rng.randrange(8, 17)))
        name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
        ident = rng.choice(["", f"EMP{rng.randrange(10**5)}", str(rng.randrange(10**14, 10**15))])
        entries.append((account, name, ident, nacha_entry(rng, account, name, ident)))
    header = ("101 " + aba(rng) + " 1234567890" + "2503011200A094101" + "DEST BANK".ljust(23) + "ORIGIN CO".ljust(23)
              + " " * 8)
    text = header + "\n" + "\n".join(e[-1] for e in entries) + "\n\nwhich entry does the bank reject?\n"
    for account, name, ident, line in entries:
        assert found(text, line[12:12 + len(account)], "BANK_ACCOUNT")
        assert name in typed(text, "PERSON")
        if ident:
            assert ident in typed(text, "BANK_ACCOUNT")
    # the receiving bank's routing number (positions 4-12) stays: it names a bank, not a person
    at = text.index(entries[0][-1]) + 3
    assert not any(f.start < at + 9 and f.end > at for f in SCRUBBER.find(text))


def test_a_line_that_is_not_a_94_character_entry_record_is_left_alone():
    rng = random.Random(7)
    line = nacha_entry(rng, "44120987", "VELINSKA MARTA")
    assert typed(line[:90], "BANK_ACCOUNT") == []
    assert typed("7" + line[1:], "BANK_ACCOUNT") == []


@pytest.mark.parametrize("seed", range(4))
def test_the_patient_in_an_hl7_pid_segment_is_redacted(seed: int):
    rng = random.Random(seed)
    family, given = rng.choice(SURNAMES), rng.choice(GIVEN)
    dob = f"{rng.randrange(1930, 2010)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    social = ssn(rng)
    mrn = str(rng.randrange(10**6, 10**8))
    text = (f"MSH|^~\\&|ADT1|GENHOSP|LAB|GENHOSP|202501021530||ADT^A01|{rng.randrange(10**6)}|P|2.5.1\r"
            f"PID|1||{mrn}^^^GENHOSP^MR||{family}^{given}^Q||{dob}|F|||{rng.randrange(10, 999)} Larch Way^^Dover^DE^19901"
            f"||302555{rng.randrange(1000, 9999)}||||||{social}\r"
            f"NK1|1|{rng.choice(SURNAMES)}^{rng.choice(GIVEN)}|SPO^Spouse||302555{rng.randrange(1000, 9999)}\r"
            "PV1|1|I|W^389^1\r")
    assert found(text, f"{family}^{given}", "PERSON")
    assert found(text, dob, "DATE")
    assert found(text, social, "US_SSN")
    assert found(text, mrn, "MEDICAL_RECORD_NUMBER")
    assert found(text, "Larch Way^^Dover^DE^19901", "ADDRESS")
    nk1 = text.split("NK1|1|")[1].split("|")[0]
    assert found(text, nk1, "PERSON")


def test_an_hl7_pid_with_lf_line_ends_and_the_ssn_one_field_early_is_read_too():
    rng = random.Random(3)
    social = ssn(rng)
    text = ("MSH|^~\\&|EPIC|X|Y|Z|202511070912||ADT^A04|1|P|2.5.1\n"
            f"PID|1||88412^^^X^MR||TROSSBACH^SAORLA||19790415|F|||12 Elm St^^Dover^DE^19901||(302) 555-0188|||||{social}\n")
    assert found(text, social, "US_SSN")
    assert found(text, "TROSSBACH^SAORLA", "PERSON")


def efcore_log(params: str, sql: str) -> str:
    return ("warn: Microsoft.EntityFrameworkCore.Model.Validation[10400]\n"
            "      Sensitive data logging is enabled.\n"
            "info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n"
            f"      Executed DbCommand (12ms) [Parameters=[{params}], CommandType='Text', CommandTimeout='30']\n"
            f"      {sql}\n")


@pytest.mark.parametrize("seed", range(4))
def test_a_birth_date_and_a_bsn_bound_to_their_columns_in_an_ef_core_log_are_redacted(seed: int):
    rng = random.Random(seed)
    dob = f"{rng.randrange(1940, 2005)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    number = bsn(rng)
    params = (f"@p0='{dob}T00:00:00.0000000', @p1='Wendelien Okkerse' (Size = 4000), @p2='{number}' (Size = 20), "
              f"@p3='2025-01-0{rng.randrange(1, 9)}T10:11:12.0000000'")
    sql = ("INSERT INTO [Members] ([BirthDate], [FullName], [NationalId], [CreatedAt])\n      OUTPUT INSERTED.[Id]\n"
           "      VALUES (@p0, @p1, @p2, @p3);\n"
           f"Microsoft.Data.SqlClient.SqlException (0x80131904): The duplicate key value is ({number}).")
    text = efcore_log(params, sql)
    assert found(text, f"{dob}T00:00:00.0000000", "DATE")
    assert typed(text, "NL_BSN") == [number, number]  # the parameter and its repeat in the error
    created = params.rsplit("'", 2)[-2]
    assert created not in typed(text, "DATE")  # a timestamp column is not a birth date


def test_an_ef_core_update_and_where_bind_the_value_by_column_name():
    text = efcore_log("@p1='1983-02-17', @p0='42'", 'UPDATE "patients" SET "date_of_birth" = @p1\n      WHERE "id" = @p0;')
    assert typed(text, "DATE") == ["1983-02-17"]
    text = efcore_log("@__dateOfBirth_0='1971-06-30T00:00:00.0000000'", "SELECT [m].[Id] FROM [Members] AS [m]")
    assert typed(text, "DATE") == ["1971-06-30T00:00:00.0000000"]


def test_an_ef_core_value_in_a_column_that_is_not_personal_is_left_alone():
    text = efcore_log("@p0='2024-03-01T00:00:00.0000000', @p1='123456782'",
                      "INSERT INTO [Orders] ([OrderDate], [Quantity]) VALUES (@p0, @p1);")
    assert typed(text, "DATE") == [] and typed(text, "NL_BSN") == []
    # a 9-digit value under a national-id column that passes no check is not claimed as any country's id
    text = efcore_log("@p0='123456789'", "INSERT INTO [People] ([NationalId]) VALUES (@p0);")
    assert typed(text, "NL_BSN") == []


@pytest.mark.parametrize("text,value", [
    ("La sottoscritta Ilenia Broggi, nata/a il 03/11/1979, residente a Torino", "03/11/1979"),
    ("Il sottoscritto, nato a Reggio Calabria (RC) il 8 maggio 1966, dichiara", "8 maggio 1966"),
    ("D. Tomás Ibarrola, con DNI en trámite, nacido/a el 21/06/1984, figura inscrito", "21/06/1984"),
    ("certifico que Lucía Arbide, nacida en Santa Cruz de Tenerife el 2 de julio de 1990,", "2 de julio de 1990"),
    ("氏名\u3000\u3000山岸 透\n生年月日\u30001979年11月30日生（満 45 歳）", "1979年11月30日"),
    ("生年月日\u3000\u3000平成3年 2月 9日", "平成3年 2月 9日"),
])
def test_a_date_of_birth_after_an_italian_spanish_or_japanese_label_is_redacted(text: str, value: str):
    assert found(text, value, "DATE")


def test_a_date_after_nato_a_that_is_no_birth_is_left_alone():
    assert typed("il ticket assegnato a Rossi il 04/02/2025 alle 10", "DATE") == []


@pytest.mark.parametrize("text,value", [
    ("Contacto: pablo.urquiza@correo.example / 648 29 17 53", "648 29 17 53"),
    ("si no contesto llámame al 611 402 387, estoy en el tren", "611 402 387"),
    ("Per urgenze contattare l'amministratore al 347 2210894.", "347 2210894"),
    ("[고객] 한지우이고 010-4821-7730 입니다.", "010-4821-7730"),
    ('      "MobilePhone": "090-5127-4408",', "090-5127-4408"),
    ("currentUser: {displayName: Ece Kaya, phoneNumber: 0 (532) 418 27 60, photoURL: null}", "0 (532) 418 27 60"),
    ("連絡先は 080-3310-6627 までお願いします", "080-3310-6627"),
])
def test_a_national_mobile_number_in_spanish_italian_korean_or_japanese_text_is_redacted(text: str, value: str):
    assert found(text, value, "PHONE")


def test_numbers_in_code_are_not_taken_for_national_mobiles():
    code = "const ranges = [612, 34, 56, 78];\nversion = '010.1234.5678'\nbuild 0901-2345-6789-01 ok\n"
    assert typed(code, "PHONE") == []


@pytest.mark.parametrize("seed", range(3))
def test_the_address_and_name_fields_of_a_url_encoded_form_post_are_redacted(seed: int):
    rng = random.Random(seed)
    street = rng.choice(["Hauptstra%C3%9Fe+", "Via+dei+Mille%2C+", "", "Rue+des+Lilas+"]) + str(rng.randrange(1, 300))
    if street[0].isdigit():
        street += "+Larkspur+Ln"
    city = rng.choice(["10115+Berlin", "Portland%2C+OR+97220", "20121+Milano"])
    text = (f"ipn from 198.51.100.7: mc_gross=19.00&address_status=confirmed&first_name=Ren%C3%A9e&last_name=Aubry-Sand"
            f"&payer_email=r.aubry%40mail.example&address_street={street}&address_city={city}&txn_id=4AB12345CD678901E\n")
    assert found(text, street, "ADDRESS")
    assert found(text, city, "LOCATION")
    assert "Ren%C3%A9e" in typed(text, "PERSON") and "Aubry-Sand" in typed(text, "PERSON")


def test_a_form_template_is_not_taken_for_an_address():
    text = 'body = "first_name=%s&last_name=%s&address_street=%s&address_city=%s" % row\n'
    assert typed(text, "ADDRESS") == [] and typed(text, "PERSON") == []


def test_an_indian_pan_under_a_tax_id_key_is_redacted():
    rng = random.Random(91)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pan = "".join(rng.choice(letters) for _ in range(3)) + "P" + rng.choice(letters) + f"{rng.randrange(10000):04d}" \
        + rng.choice(letters)
    text = f"{{'name': 'A. Menon', 'phone': '+91 98200 12345', 'tax_id': '{pan}'}}"
    assert found(text, pan, "IN_PAN")
    assert not typed("{'order_ref': 'BQZXK7301M', 'span': 'ABCPE1234F'}", "IN_PAN")
