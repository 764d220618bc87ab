"""Personal data the fourth leak audit found left in clear, with values of our own."""
import pytest

from promptscrub.detectors.names import NameDetector
from promptscrub.detectors.phone import PhoneDetector
from promptscrub.detectors.pii_columns import PiiColumnsDetector
from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files
from pathlib import Path


def names(text):
    return [text[f.start:f.end] for f in NameDetector().detect(text)]


def phones(text):
    return [text[f.start:f.end] for f in PhoneDetector().detect(text)]


@pytest.mark.parametrize("text", [
    "Betreff: Erstattung Lieferung 2023-114512", "Kontoinhaber: siehe unten", "Meine Anschrift hat sich geändert",
    "Móvil: 611 22 33 44", "Dirección: ver abajo", "Residenza: vedi sotto", "Cellulare: 347 111 2233",
    "Telemóvel: 912 345 678", "Olá, equipa!", "Obrigado,", "Cumprimentos,", "Grafana: http://grafana.example.org:3000/",
    "The estimate follows from Bayes' theorem.", "the Kalman filter and the Fourier transform",
])
def test_labels_greetings_and_eponyms_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text,name", [
    ("Owner: Poppy Ellingham (on call)", "Poppy Ellingham"), ("Alfie Thornbury", "Alfie Thornbury"),
    ("Sjoerd van den Hoek", "Sjoerd van den Hoek"), ("Sou Thiago Ramalhete, cliente.", "Thiago Ramalhete"),
])
def test_names_the_lists_lacked(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text,number", [
    ("Móvil: 611 22 33 44", "611 22 33 44"), ("Telefonisch erreichen Sie mich unter 0151 23456789.", "0151 23456789"),
    ("Meu celular é (21) 98765-4321 e o e-mail", "(21) 98765-4321"), ("Ana Ruiz — 06 12 34 56 78", "06 12 34 56 78"),
    ("Cellulare: 347 123 4567", "347 123 4567"),
])
def test_national_numbers_after_labels_and_in_prose(text, number):
    assert number in phones(text)


@pytest.mark.parametrize("text", ["Bestellung 2023-114512 ist unterwegs", '"GET / HTTP/1.1" 200 51234 "-"'])
def test_order_numbers_and_log_sizes_are_not_phones(text):
    assert phones(text) == []


def test_ssn_or_sin_column():
    text = "name,ssn_or_sin,country\nAnn Lee,130 692 544,CA\nBo Li,219-09-9999,US\n"
    found = {(text[f.start:f.end], f.type) for f in PiiColumnsDetector({}).detect(text)}
    assert ("130 692 544", "CA_SIN") in found and ("219-09-9999", "US_SSN") in found


def _rules():
    return PatternDetector(load_rules(rule_files(Path(builtin_rules_dir() / "pii"))))


@pytest.mark.parametrize("text,value,type_", [
    ("ATTENDEE;CN=Ilka Vornholt;ROLE=REQ-PARTICIPANT:mailto:i@example.org", "Ilka Vornholt", "PERSON"),
    ('{"full_name": "Ma\\u00ebl Qu\\u00e9ven"}', "Ma\\u00ebl Qu\\u00e9ven", "PERSON"),
    ("last_name\t'Trevisanello'", "Trevisanello", "PERSON"),
    ("BDAY;VALUE=date:1979-03-14", "1979-03-14", "DATE"),
    ("Geburtsdatum (zur Kontrolle): 03.04.1971", "03.04.1971", "DATE"),
    ("Host bastion\n  HostName 10.1.2.3\n  User hkarlsson7\n", "hkarlsson7", "USERNAME"),
    ("sshd[1]: Accepted publickey for l.brandt from 10.0.0.5 port 22 ssh2", "l.brandt", "USERNAME"),
    ("Logged in as okeefe-3f1a", "okeefe-3f1a", "USERNAME"),
])
def test_rules_find(text, value, type_):
    found = {(text[f.start:f.end], f.type) for f in _rules().detect(text)}
    assert (value, type_) in found
