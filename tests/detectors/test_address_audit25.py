"""Addresses that stop where they end (audit 25): at a sentence's end ("..., 10115 Berlin. Meine ..."), never inside
a word, at a blank line in a letter (the company line below is no part of it); and a room number alone is no
address. Streets and places are made up or common names; numbers are typed here."""
import pytest

from promptscrub.detectors.address import AddressDetector


def addresses(text):
    return [text[f.start:f.end] for f in AddressDetector().detect(text)]


@pytest.mark.parametrize("text,expected", [
    ("Bitte liefern Sie an Lindenallee 12, 04109 Leipzig. Meine Kundennummer lautet 5531.",
     "Lindenallee 12, 04109 Leipzig"),
    ("Stuur het pakket naar Molenweg 7, 3511 AB Utrecht. Graag snel terugstorten.", "Molenweg 7, 3511 AB Utrecht"),
    ("Envoyez-le au 5 rue des Tilleuls, 69003 Lyon. Merci beaucoup.", "5 rue des Tilleuls, 69003 Lyon"),
    ("Address: Carrera 9 # 14-20 apto 302, Bogotá D.C.", "Carrera 9 # 14-20 apto 302, Bogotá D.C."),
])
def test_an_address_stops_at_the_end_of_its_sentence(text, expected):
    assert addresses(text) == [expected]


def test_an_address_never_ends_inside_a_word():
    text = "Schicken Sie es an Gartenstraße 41, 28195 Bremen. Meine Steuer-ID lautet 12345."
    for value in addresses(text):
        end = text.index(value) + len(value)
        assert not (text[end - 1].isalpha() and text[end:end + 1].isalpha()), value


def test_a_letter_block_stops_at_the_blank_line():
    text = "Anna Beispiel\nBirkenweg 17\n50667 Köln\n\nStadtwerke\n03.03.2025\n"
    assert addresses(text) == ["Birkenweg 17\n50667 Köln"]


@pytest.mark.parametrize("text", [
    "Next sync: Tuesday at 09:30, room 114.",
    "The interview is at 14:00 in Room 3.07, floor 2.",
    "Your check-up is on 03/11/2025 at 08:15 in room 412.",
])
def test_a_room_alone_is_no_address(text):
    assert addresses(text) == []


def test_a_flat_or_suite_alone_is_still_an_address_part():
    assert addresses("Deliver it to Suite 210, thanks.") == ["Suite 210"]


@pytest.mark.parametrize("text,expected", [
    ("佐々木 恵\n〒460-0008\n愛知県名古屋市中区栄3-4-5\n", "〒460-0008\n愛知県名古屋市中区栄3-4-5"),
    ("王丽\n浙江省杭州市西湖区文三路88号2栋302室\n邮编 310012\n\n阿里巴巴\n", "浙江省杭州市西湖区文三路88号2栋302室\n邮编 310012"),
    ("Анна Смирнова\n420015, г. Казань\nул. Пушкина, д. 12, кв. 5\n", "420015, г. Казань\nул. Пушкина, д. 12, кв. 5"),
])
def test_the_postcode_line_of_a_letter_address_is_part_of_it(text, expected):
    assert expected in addresses(text)


def test_a_labelled_postcode_field_keeps_its_label():
    """A record's "郵便番号: ..." under its street is a field: its value is redacted, the label stays readable."""
    from promptscrub.config import load_config
    from promptscrub.scrubber import build_scrubber
    from promptscrub.vault import Vault

    out = build_scrubber(load_config(None)).redact("住所: 渋谷区神南2-8-30\n郵便番号: 530-7451\n", Vault()).text
    assert "郵便番号:" in out and "530-7451" not in out
