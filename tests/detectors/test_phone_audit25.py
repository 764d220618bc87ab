"""National-format phones after a contact word of Swedish, Polish, Turkish, Italian or Portuguese prose (audit 25),
and the numbers such words or a phone on an earlier line must not turn into phones. Numbers are libphonenumber's
example numbers with their last digits drawn, formatted nationally."""
import random

import phonenumbers
import pytest

from promptscrub.detectors.phone import PhoneDetector


def found(text):
    return [text[f.start:f.end] for f in PhoneDetector().detect(text)]


def national(region, seed, kind=phonenumbers.PhoneNumberType.MOBILE):
    rng = random.Random(f"a25-{region}-{seed}")
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        num = phonenumbers.parse(nsn[:-4] + "".join(rng.choice("0123456789") for _ in range(4)), region)
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


CASES = [
    ("SE", "Hör av dig, ni når mig på {n} hela veckan."),
    ("SE", "- Karin Ek är sjuk i dag; kontakt: {n}."),
    ("PL", "- Jan Bury jest na urlopie; kontakt: {n}."),
    ("TR", "tamam, numarası {n}"),
    ("TR", "- Deniz Uçar izinli; iletişim: {n}."),
    ("TR", "Sorunuz olursa {n} numarasını arayın."),
    ("IT", "Problemi con la consegna? Chiama il {n}."),
    ("PT", "sim, o número dele é {n}"),
]


@pytest.mark.parametrize("region,sentence", CASES)
@pytest.mark.parametrize("seed", range(3))
def test_national_phone_after_a_contact_word(region, sentence, seed):
    number = national(region, seed)
    text = sentence.format(n=number)
    assert found(text) == [number], (text, found(text))


@pytest.mark.parametrize("text", [
    "kontakt: zamówienie 2024 553 12",
    "Numer zamówienia 48 201 773 został nadany.",
    "iletişim: sipariş 2025-48211",
])
def test_ordinary_numbers_after_a_contact_word_stay(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Vous avez une question ? Appelez le +33 6 41 27 90 13.\nLe colis 51730286 arrive mardi.",
    "Kurier w drodze. Zadzwoń 512 884 301.\nPaczka 30917455 dotrze w piątek.",
])
def test_an_order_number_below_a_phone_stays(text):
    assert len(found(text)) == 1, found(text)
