"""Personal data in conversational prose and messages (audit 25), the classes other than names: a date of birth
stated in a sentence beyond English, a username stated in prose, national-format phones after a contact word in
Swedish, Polish and Turkish, the postcode line of a Japanese, Chinese or Russian letter address, Mir and Troy
cards, and the look-alikes an address or phone must leave alone.

All values are made up here (dates, handles, numbers drawn or typed for this file)."""
from __future__ import annotations

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def found(scrubber, text: str) -> dict[str, str]:
    """Each finding's text and type."""
    return {text[f.start:f.end]: f.type for f in scrubber.find(text)}


def redacted(scrubber, text: str) -> str:
    return scrubber.redact(text, Vault()).text


# --- dates of birth stated in a sentence --------------------------------------------------------------------------

DOB_SENTENCES = [
    ("Hallo, mein Geburtsdatum ist der 17. Juli 1976. Danke!", "17. Juli 1976"),
    ("Mein Geburtsdatum ist der 04.02.1989, bitte prüfen.", "04.02.1989"),
    ("Bonjour, ma date de naissance est le 3 novembre 1982.", "3 novembre 1982"),
    ("Ma date de naissance est le 19/08/1970, merci.", "19/08/1970"),
    ("Hola, mi fecha de nacimiento es el 28/09/1991.", "28/09/1991"),
    ("Mi fecha de nacimiento es el 5 de abril de 1964.", "5 de abril de 1964"),
    ("La mia data di nascita è il 14 gennaio 1987.", "14 gennaio 1987"),
    ("A minha data de nascimento é 02/12/1959. Obrigado.", "02/12/1959"),
    ("Joana Prates (nascida a 9 de março de 1993) entra na equipa.", "9 de março de 1993"),
    ("Mijn geboortedatum is 23 februari 1985.", "23 februari 1985"),
    ("Mijn geboortedatum is 06-06-1966.", "06-06-1966"),
    ("Moja data urodzenia to 30 października 1974.", "30 października 1974"),
    ("Adam Wrona (ur. 11.01.1990) dołącza do zespołu.", "11.01.1990"),
    ("Ewa Lis (ur. 2 maja 1968) dołącza do zespołu.", "2 maja 1968"),
    ("Mitt födelsedatum är 12 augusti 1979. Tack!", "12 augusti 1979"),
    ("Mitt födelsedatum är 1994-03-27.", "1994-03-27"),
    ("Doğum tarihim 25 Ağustos 1980. Teşekkürler.", "25 Ağustos 1980"),
    ("Doğum tarihim 07.06.1971.", "07.06.1971"),
    ("Kaan Er (doğum tarihi 3 Aralık 1962) ekibe katılıyor.", "3 Aralık 1962"),
    ("Моя дата рождения: 18 ноября 1983 г.. Спасибо.", "18 ноября 1983"),
    ("Олег Петров (дата рождения 1 июля 1958 г.) выходит в команду.", "1 июля 1958"),
    ("生年月日は1975/10/21です。", "1975/10/21"),
    ("智子（1990年6月14日生まれ）は来月から参加します。", "1990年6月14日"),
    ("山本 翼（1983/01/09生まれ）は来月から参加します。", "1983/01/09"),
    ("我的出生日期是1969-04-30。谢谢。", "1969-04-30"),
]


@pytest.mark.parametrize("text,value", DOB_SENTENCES)
def test_date_of_birth_stated_in_a_sentence(scrubber, text, value):
    assert found(scrubber, text).get(value) == "DATE", found(scrubber, text)


@pytest.mark.parametrize("text", [
    "Die Lieferung ist der 17. Juli 2025 geplant.",
    "La réunion est le 3 novembre 2025.",
    "Teslim tarihi 07.06.2025 olarak güncellendi.",
    "Zamówienie z 11.01.2025 dotarło.",
    "2025年6月14日から参加します。",
    "Дата выдачи: 18 ноября 2013 г.",
])
def test_other_dates_in_a_sentence_stay(scrubber, text):
    assert "DATE" not in found(scrubber, text).values(), found(scrubber, text)


# --- usernames stated in prose ------------------------------------------------------------------------------------

USERNAME_SENTENCES = [
    ("Hello, my account username is bkeller_19. Thanks!", "bkeller_19"),
    ("[10:02, 03.04.25] Dana Voss: My username is d.voss4", "d.voss4"),
    ("Guten Tag, mein Benutzername lautet f.haberl. Danke.", "f.haberl"),
    ("Mon identifiant client est sroux_77. Merci.", "sroux_77"),
    ("Hola, mi usuario es ines.ortiz2.", "ines.ortiz2"),
    ("Il mio nome utente è pcarli_5.", "pcarli_5"),
    ("O meu utilizador é tiago.reis8.", "tiago.reis8"),
    ("Mijn gebruikersnaam is hvoort31.", "hvoort31"),
    ("Mój login to jnowicki_4.", "jnowicki_4"),
    ("Mitt användarnamn är o.lindahl.", "o.lindahl"),
    ("Kullanıcı adım cansu_ak90. Teşekkürler.", "cansu_ak90"),
    ("ユーザー名はr.hoshino12です。", "r.hoshino12"),
    ("我的用户名是 wu.lei66。", "wu.lei66"),
]


@pytest.mark.parametrize("text,value", USERNAME_SENTENCES)
def test_username_stated_in_prose(scrubber, text, value):
    assert found(scrubber, text).get(value) == "USERNAME", found(scrubber, text)


@pytest.mark.parametrize("text", [
    "My username is wrong, can you reset it?",
    "My login is dana.voss@mail.example.",
    "Mein Benutzername lautet admin.",
    "The login is slow since v2.1 was released.",
    "Mi usuario es el mismo de siempre.",
])
def test_prose_after_a_username_phrase_stays(scrubber, text):
    assert "USERNAME" not in found(scrubber, text).values(), found(scrubber, text)
