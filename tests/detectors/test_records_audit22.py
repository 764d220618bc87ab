"""Bulk exports of customer records (audit 22): XML elements and name objects read by their keys, record
dumps whose repeated labels are no chat's speakers, CSV headers that say whose the card is or carry a ``°``,
a CSV row's next cells that are no part of a street address. Every value is made up or generated here."""
from __future__ import annotations

import random

import pytest

from promptscrub.detectors.address import AddressDetector
from promptscrub.detectors.pii_columns import PiiColumnsDetector, column_kind
from promptscrub.validators import de_tax_id, jp_my_number
from promptscrub.config import load_config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

DET = PiiColumnsDetector({})
SCRUBBER = build_scrubber(load_config(None))


def found(text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.type for f in DET.detect(text)}


def checked(valid, digits: int, seed: str) -> str:
    """A made-up number of ``digits`` digits that passes ``valid`` (drawn until one does)."""
    rng = random.Random(seed)
    while True:
        value = str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))
        if valid(value):
            return value


def redacted(text: str) -> str:
    return SCRUBBER.redact(text, Vault()).text


def test_xml_elements_are_read_by_their_tags():
    tax = [checked(de_tax_id, 11, f"steuer{i}") for i in range(2)]
    text = "".join(f'  <customer id="C-{i}">\n    <birthDate>19{60 + i}-04-0{i + 1}</birthDate>\n'
                   f"    <street>Quellenweg {12 + i}</street>\n    <city>Brakwede</city>\n"
                   f"    <taxId>{t}</taxId>\n    <plan>Starter</plan>\n  </customer>\n" for i, t in enumerate(tax))
    got = found(text)
    assert got[tax[0]] == got[tax[1]] == "DE_TAX_ID"
    assert got["1960-04-01"] == "DATE" and got["Quellenweg 12"] == "ADDRESS" and got["Brakwede"] == "LOCATION"
    assert "Starter" not in got


def test_a_country_less_id_tag_needs_every_value_to_pass_one_check():
    text = "<taxId>12345678901</taxId>\n<taxId>98765432100</taxId>\n"
    assert not any(v.startswith(("1234", "9876")) for v in found(text))


def test_the_parts_of_a_name_object_are_names():
    text = ('{"customerId":"C-17","name":{"first":"Valorie","last":"Quendt"},"plan":"Pro"}\n'
            "<customer><name><first>Ilsabet</first><last>Morvane</last></name><tier>Gold</tier></customer>\n"
            '{"range":{"first":"Alpha","last":"Omega"}}\n')
    got = found(text)
    assert {k: got.get(k) for k in ("Valorie", "Quendt", "Ilsabet", "Morvane")} == dict.fromkeys(
        ("Valorie", "Quendt", "Ilsabet", "Morvane"), "PERSON")
    assert "Alpha" not in got and "Omega" not in got  # a range's first and last are no name


@pytest.mark.parametrize("header", ["my_number", "My Number", "マイナンバー"])
def test_a_my_number_column(header):
    value = checked(jp_my_number, 12, header)
    text = f"id,full_name,{header}\n1,Kaori Ide,{value}\n"
    assert found(text).get(value) == "JP_MY_NUMBER"


@pytest.mark.parametrize("header", ["Cardholder", "Card holder name", "Titulaire", "Karteninhaber", "Titular", "カード名義", "持卡人",
                                    "예금주", "Держатель карты"])
def test_the_holder_of_a_card_is_a_person_in_upper_case_too(header):
    text = f"ID transaction,N° commande,{header},Card Number\nTX-1,ORD-17,BRUNA QUELLEC,4000 0000 0000 0002\n"
    assert found(text).get("BRUNA QUELLEC") == "PERSON"


def test_a_csv_header_after_a_person_label_is_no_name():
    for sep in (",", "\t"):
        text = sep.join(["Transaction ID", "Cardholder", "Card Number", "Status"]) + "\n" + sep.join(
            ["TX-1", "Mara Ostrick", "4000 0000 0000 0002", "paid"]) + "\n"
        out = redacted(text)
        assert out.splitlines()[0] == text.splitlines()[0] and "Mara" not in out


def test_record_dump_labels_that_repeat_are_no_speakers():
    records = "".join(f"-[ RECORD {i} ]-----\nName: {n}\nE-Mail: {n.split()[0].lower()}@corp-mail.test\n"
                      f"Geburtsdatum: 1{i}.03.1971\nStraße: Ahornweg {i}\nTarif: {p}\nErstellt am: 2024-01-0{i}\n"
                      for i, (n, p) in enumerate([("Lena Quarz", "Starter"), ("Otto Brüm", "Team"),
                                                  ("Ida Ferlach", "Pro")], 1))
    out = redacted(records)
    assert out.count("\nTarif: ") == 3 and out.count("\nStraße: ") == 3


def test_a_chat_speaker_who_speaks_twice_is_still_a_name():
    chat = "Zorbaq: ok\nMelk: deploy done?\nZorbaq: yes\n"
    assert "Zorbaq" not in redacted(chat)


def test_a_csv_rows_next_cells_are_no_part_of_the_street():
    text = "id,street,postcode,city,country,plan\n7,Schulstraße 14,22830,Hamburg,DE,Business\n"
    spans = [text[f.start:f.end] for f in AddressDetector({}).detect(text)]
    assert spans == ["Schulstraße 14"]
    prose = "Ship to: 12 Main Street, Springfield, IL 62704"
    assert [prose[f.start:f.end] for f in AddressDetector({}).detect(prose)] == ["12 Main Street, Springfield, IL 62704"]


def test_column_names_added():
    assert column_kind("N° de sécurité sociale") == "fr_nir"
    assert column_kind("my_number") == "jp_my_number"


def test_a_japanese_prefecture_alone_is_a_place():
    out = redacted("顧客の住所は福岡県です。\n| C-1 | 佐藤 | 神奈川県 | Pro |\n京都府立大学の講義\n")
    assert "福岡県" not in out and "神奈川県" not in out
    assert "京都府立大学" in out  # a prefectural university's name


def test_a_romanised_japanese_address_is_an_address():
    out = redacted('id,name,address\n1,Koji Kato,"1-16-2 Marunouchi, Chiyoda-ku, Tokyo 100-0005"\n')
    assert "Marunouchi" not in out and "<ADDRESS_1>" in out


def test_a_tsv_rows_address_stays_in_its_cell():
    """A spreadsheet's paste: neither the year of the cell before nor the postcode of the cell after."""
    text = "Nachname\tVorname\tJahr\tStraße\tPLZ\tOrt\nMill\tAnn\t1991\t145 Mill Lane\tNR2 2XJ\tNorwich\n"
    assert [text[f.start:f.end] for f in AddressDetector({}).detect(text)] == ["145 Mill Lane"]


@pytest.mark.parametrize("header", ["Order No.", "LEID", "invoice_id", "Bestellnr."])
def test_a_number_in_an_identifier_column_is_no_phone(header):
    """Beside a name, an address and a phone, a bare number under an order or record id is still that id."""
    text = (f'"{header}","Name","Address","Phone"\n'
            '"4033945402","Orla Quenby","Calle de Alcalá 175, 48013 Bilbao","+34 810 19 99 77"\n'
            '"4057373724","Femke Vossel","Molenweg 84, 3581 NV Utrecht","010 667 7835"\n')
    out = redacted(text)
    assert "4033945402" in out and "4057373724" in out and "+34 810" not in out and "010 667" not in out


@pytest.mark.parametrize("line,name", [
    ("Contact: Jean DUPONT (sales)", "Jean DUPONT"),
    ("signed by Marie MARTIN today", "Marie MARTIN"),
    ("C2022-12653  NAKAMURA Daisuke  Chiyoda-ku", "NAKAMURA Daisuke"),
    ("José GARCÍA LÓPEZ", "José GARCÍA LÓPEZ"),
])
def test_a_surname_in_capitals_goes_with_the_name(line, name):
    out = redacted(line + "\n")
    assert all(part not in out for part in name.split())


def test_a_role_in_capitals_stays():
    out = redacted("CEO Anna Lee said the API Daisuke wrote is fine\n")
    assert out.startswith("CEO <PERSON_") and "API" in out


def test_a_native_display_name_in_an_address_list():
    out = redacted('To: "Lukas Brenner" <lukas@corp-mail.test>,\n    "中村陽菜" <hina@corp-mail.test>,\n'
                   '    "営業部" <sales@corp-mail.test>\n')
    assert "中村陽菜" not in out and "営業部" in out


@pytest.mark.parametrize("value", ["80662", "NR2 2XJ", "220-7017", "416 89", "1015 CJ", "K1A 0B1", "22307-694"])
def test_a_post_code_under_its_column_or_key(value):
    text = f"id,name,postcode,city\n1,Ann Lee,{value},Oldtown\n"
    assert found(text).get(value) in ("POSTCODE", "ADDRESS")
    assert found(f'{{"plz": "{value}"}}').get(value) == "POSTCODE"


@pytest.mark.parametrize("value", ["dist.zip", "true", "00000", "N/A", "x1"])
def test_what_is_no_post_code_under_a_zip_key(value):
    assert found(f'{{"zip": "{value}"}}') == {}


def test_a_japanese_name_written_with_a_blank_needs_no_cue():
    """(Audit 23's prompts) a code comment naming the address's owner: "# 伊藤 美咲"."""
    out = redacted('ADMIN_EMAIL = "misaki.ito@corp-mail.test"   # 伊藤 美咲\nOWNER = "x"  # 高橋　真由美\n')
    assert "美咲" not in out and "真由美" not in out


def test_a_translation_files_labels_are_no_data():
    text = '{"firstName": "Vorname", "lastName": "Nachname", "city": "Stadt", "birthDate": "Geburtsdatum"}\n'
    assert found(text) == {}
