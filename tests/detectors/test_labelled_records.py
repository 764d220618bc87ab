"""Records written as ``Label: value`` lines and log lines of ``key=value`` pairs (audit 22's record views, YAML
fixtures and structured logs): a post code after a label that names one, Italy's CAP column, a city after a city
label, a label that is also a first name (``Ville``) read as a field, not a speaker, and a customer's name under a
dotted key.
Every value is made up or generated here."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import load_config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

SCRUBBER = build_scrubber(load_config(None))


def redacted(text: str) -> str:
    return SCRUBBER.redact(text, Vault()).text


def postcodes(seed: int) -> list[str]:
    """Made-up post codes in the common national forms."""
    rng = random.Random(seed)
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    letters = lambda n: "".join(rng.choice("ABDEFGHJLNPRSTUWXYZ") for _ in range(n))  # noqa: E731
    return [str(rng.randint(10000, 99999)), f"{rng.randint(100, 999)}-{d(4)}", f"{rng.randint(1000, 9999)} {letters(2)}",
            f"{letters(2)}{rng.randint(1, 9)} {rng.randint(1, 9)}{letters(2)}", f"{rng.randint(10000, 99999)}-{d(3)}"]


@pytest.mark.parametrize("seed", range(3))
def test_a_post_code_under_its_label_in_a_record_view_a_fixture_or_a_log_line(seed: int):
    for code in postcodes(seed):
        for text in (f"Kundennr.: C-{seed}1\nName: Jonas Keller\nPLZ: {code}\nOrt: Tübingen\n",
                     f"- id: {seed}\n  postcode: '{code}'\n  plan: pro\n",
                     f"level=info order=O-{seed} shipping.postcode=\"{code}\" total=12.50\n",
                     f"ERROR update failed (user_id={seed}, zip={code}): rejected\n"):
            out = redacted(text)
            assert code not in out and "<POSTCODE_1>" in out, text


@pytest.mark.parametrize("text", ["zip: true\n", "compression:\n  zip: 9\n", "archive = zip = zipfile.ZipFile(path)\n",
                                  "zip_code: 00000\n", "zip_code: {{ zip }}\n", "postalCode: String\n", "gzip: 12345\n",
                                  "CP: 2048\n", "zip: 1.2.3\n"])
def test_what_is_no_post_code_under_such_a_key_stays(text: str):
    assert redacted(text) == text


def test_an_italian_cap_column_beside_personal_columns_is_a_post_code():
    rng = random.Random(7)
    caps = [f"{rng.randint(10000, 99999)}" for _ in range(3)]
    rows = "".join(f"C-{i},Ilaria,Benvolti,ilaria{i}@example.org,Via Roma {i + 3},{c},Torino\n" for i, c in enumerate(caps))
    out = redacted("Codice,Nome,Cognome,Email,Indirizzo,CAP,Città\n" + rows)
    assert not any(c in out for c in caps)


def test_a_cap_column_of_limits_stays():
    text = "| plan | cap |\n|---|---|\n| pro | 1000 |\n| team | 25000 |\n"
    assert redacted(text) == text


def test_a_city_under_a_city_label_opening_a_line():
    out = redacted("Client : 4411\nNom : Claire Vautrin\nCode postal : 44000\nVille : Nantes\n")
    assert "Nantes" not in out and "Ville : <LOCATION_1>" in out


def test_a_label_that_is_also_a_first_name_is_a_field_beside_other_fields():
    """``Ville`` is a Finnish first name and French for city: beside ``Nom:`` it is a record's label."""
    out = redacted("Client: 4412\nNom: Paul Vautrin\nVille: Bordeaux\n")
    assert "Ville: <LOCATION_" in out and "Bordeaux" not in out


def test_a_speaker_named_ville_still_speaks():
    out = redacted("Ville: Hi there, how are you?\nAnna: fine, thanks\n")
    assert "Ville" not in out


def test_a_customer_name_under_a_dotted_key_in_a_log_line_is_taken_whole():
    out = redacted('level=info order_id=O-1 customer.name="Jack Tillerby" shipping.city="Columbus" total=7.63\n')
    assert "Jack" not in out and "Tillerby" not in out and 'customer.name="<PERSON_1>"' in out


def test_a_yaml_fixtures_unquoted_names_and_a_folded_birth_date_key():
    out = redacted('users:\n  - first_name: Brittany\n    last_name: Okafor-Lind\n    fodelsedatum: "1959-06-19"\n'
                   "    plan: pro\n")
    assert "Brittany" not in out and "Okafor" not in out and "1959" not in out and "plan: pro" in out


@pytest.mark.parametrize("text", ["first_name: String\n", "  full_name: Text\n", "last_name: Optional[str]\n"])
def test_a_schemas_types_under_name_keys_stay(text: str):
    assert redacted(text) == text


def test_a_house_number_with_its_flat_in_an_address_column():
    text = ("COPY public.customers (id_klienta, imie_i_nazwisko, adres, kod_pocztowy, miejscowosc) FROM stdin;\n"
            "C-17\tIlona Wąsik\tul. Polna 166/64\t00-138\tWarszawa\n\\.\n")
    assert "Polna" not in redacted(text)


def test_a_place_in_a_headerless_csv_row_that_holds_an_e_mail():
    rows = ("519790,Amanda Vell,avell84@example.org,(201) 327-8662,Springfield,04/28/2024,\"1,114.25\",USD\n"
            "CUST-4373;Brandon Ostry;b.ostry@example.org;+1 201-539-6454;Denver;2024-03-25;2072.34;USD\n")
    out = redacted(rows)
    assert "Springfield" not in out and "Denver" not in out


def test_a_place_in_a_row_without_an_e_mail_needs_its_usual_cue():
    text = "region,Denver,us-central,3\n"
    assert redacted(text) == text
