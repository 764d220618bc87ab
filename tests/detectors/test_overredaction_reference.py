"""Reference tables and translated strings name places and things, not people (``detectors/_reference.py``):
time-zone tables, glibc locale sources, ``xml:lang`` elements and font families. Values are made up or built
here; prose keeps its places and people."""
import random

import pytest

from promptscrub.detectors.location import LocationDetector
from promptscrub.detectors.names import NameDetector

COUNTRIES = ["Portugal", "Norway", "Kenya", "Peru", "Vietnam", "Canada", "Morocco", "Chile", "Latvia", "Nepal"]
CITIES = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Toronto", "Rabat", "Santiago", "Riga", "Kathmandu"]


def _spans(text: str) -> list[str]:
    found = NameDetector().detect(text) + LocationDetector().detect(text)
    return [text[f.start:f.end] for f in found]


def _coord(rng: random.Random) -> str:
    return "%+05d%+06d" % (rng.randint(1000, 8959) * rng.choice((1, -1)), rng.randint(10000, 17959))


def test_zone_table_rows_name_no_one():
    rng = random.Random(7)
    rows = [f"{c[:2].upper()}\t{_coord(rng)}\tEurope/{city}\t{country} (most areas)\n"
            for c, city, country in zip(COUNTRIES, CITIES, COUNTRIES)]
    text = "# the zone table\n" + "".join(rows)
    assert _spans(text) == []


def test_country_code_table_names_no_one():
    text = "#code\tname\n" + "".join(f"{c[:2].upper()}\t{c}\n" for c in sorted(COUNTRIES))
    assert _spans(text) == []


def test_list_of_zone_names_names_no_one():
    # (legacy names sort between the areas' ids: "Asia/...", "EST5EDT", "Egypt", "Etc/...")
    names = ([f"America/{c}" for c in CITIES[:5]] + COUNTRIES[:5] + ["EST5EDT", "GMT0"]
             + [f"Europe/{c}" for c in CITIES[5:]] + COUNTRIES[5:] + ["UTC"])
    assert _spans("\n".join(names) + "\n") == []


def test_locale_source_territory_title_and_months():
    text = ("% Walloon language locale for Norway\n%\nLC_IDENTIFICATION\n"
            'title      "Walloon locale for Norway"\nlanguage   "Walloon"\nterritory  "Morocco"\n'
            'END LC_IDENTIFICATION\n\nLC_TIME\nmon        "Janvir";/\n           "Fevrir";/\n'
            '           "Mars";/\n           "Avri";/\n           "Mei";/\n           "Jun"\nEND LC_TIME\n')
    assert _spans(text) == []


@pytest.mark.parametrize("country", COUNTRIES[:4])
def test_locale_source_comments_and_source_line_name_countries_as_reference(country):
    text = (f'LC_IDENTIFICATION\nsource     "Linux Society {country}"\ncontact    "Margarethe Vollstedt"\n'
            f"END LC_IDENTIFICATION\nLC_TIME\n% In {country} Sunday is a workday.\nfirst_weekday 1\nEND LC_TIME\n")
    spans = _spans(text)
    assert country not in spans and "Margarethe Vollstedt" in spans
    # outside a locale source, the same comment names a place
    assert country in _spans(f"% In {country} Sunday is a workday.\n")


def test_locale_source_keeps_its_contact():
    text = ('LC_IDENTIFICATION\ntitle      "Walloon locale for Norway"\ncontact    "Margarethe Vollstedt"\n'
            'END LC_IDENTIFICATION\n')
    assert "Margarethe Vollstedt" in _spans(text)


def test_translated_element_and_font_family():
    text = ('<mime-type type="application/x-demo">\n  <comment>Demo archive</comment>\n'
            '  <comment xml:lang="pt">Arquivo Marcelino</comment>\n  <comment xml:lang="vi">Tài liệu Demo</comment>\n'
            '</mime-type>\n<alias><family>Ostrava Sans Tamil</family></alias>\n')
    assert _spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Last spring I moved to Portugal with Margarethe Vollstedt.", {"Portugal", "Margarethe Vollstedt"}),
    ("PT\tMargarethe Vollstedt\n", {"Margarethe Vollstedt"}),  # one row with a code: no table
    ("mon \"Jan\"\nShe flew to Lisbon.\n", {"Lisbon"}),  # no locale section: prose
])
def test_prose_keeps_places_and_people(text, expected):
    assert expected <= set(_spans(text))


@pytest.mark.parametrize("text", [
    # the first word of a sentence or of an option's description in a manual of another language, which the
    # manual also writes in lower case
    "Feito.\n\n           Esta rotina apaga os ficheiros antigos.\n  --all\n      Apaga esta lista.\n  --new\n      Cria esta pasta.\n",
    "  --quiet\n        Lida silenciosamente com os pacotes.\n  --debug\n        Mostra como lida com os dados\n"
    "        e como lida com os erros.\n",
    "\n       Aviso: Usar esta opção pode apagar dados.\n",
    "Uwaga: Można użyć najwyżej dziesięciu poleceń.\n",
    # a place's spelling that the text also uses as its own word
    "Copia os ficheiros para o disco e para a rede.\n\n       Para copiar tudo, use --all.\n",
])
def test_foreign_sentence_words_are_no_names(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Done.\n\nEsta called about the invoice again.\n", "Esta"),  # an English sentence: the first name stays
    ("Ana: hola, que tal\nAna: bien, gracias\n", "Ana"),  # a speaker who speaks twice
    ("Nos mudámos no ano passado para Portugal.\n", "Portugal"),  # not a sentence's first word
])
def test_names_in_english_or_cued_stay(text, expected):
    assert expected in _spans(text)


@pytest.mark.parametrize("text", [
    "  * Upload to Quirinus.\n",  # a release's codename where a package goes
    "  * Release candidate for Wayland 1.31\n",
    "  * Built against Ostrava 2.4.1 now\n",  # a word followed by a version number: a product
    'set(GPU_GENERATIONS "Fermi" "Quirinus" "Maxwell" "Ostrava")\n',  # a list of quoted identifiers
    "    - Wayland: fix the popup placement\n",
    "  Makefile: build the docs too\n",
    "The sources moved to Github in March.\n",
    "This is Unix, after all.\n",
    'CN="Ostrava America, Inc.", OU=Engineering\n',  # a company's legal form after the word
    "Copyright 2001 Carnegie Mellon University.\n",
    "- narrower glyphs in Sans Bold and Serif Oblique\n",
    "Default region to use when working with Cloud Run resources.\n",
    "Copyright (C) 2004-2007 Rosetta Contributors\n",  # a project's people, no person
    " * without the consent of Carnegie Mellon\n * University.\n",
    "  * Built against Quarnby 2.4 now\n",
])
def test_products_releases_and_fonts_are_no_names(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Yesterday I met Maxwell at the station.", "Maxwell"),
    ("Thanks to Kepler Brandt for the review.", "Kepler Brandt"),
    ("She flew to Oslo in 2019.", "Oslo"),
])
def test_people_and_places_near_products_stay(text, expected):
    assert expected in _spans(text)


def _trailer(name: str) -> str:
    return f" -- {name} <{name.split()[0].lower()}@example.org>  Fri, 11 Sep 2020 13:34:50 +0100\n"


@pytest.mark.parametrize("text, expected", [
    ("pkg (1.0-1) unstable; urgency=medium\n\n  * Fix.\n\n" + _trailer("Iain Lane"), "Iain Lane"),
    ("  * Fix.\n\n" + _trailer("gregor quarnby"), "gregor quarnby"),  # written in lower case, as some sign
    ("# Copyright (C) 1998, 1999, Martin Guy\n", "Martin Guy"),
    ("    Copyright 2016 Grace Lane <gl@example.org>\n", "Grace Lane"),
    ("Written by Marco d'Itri and others.\n", "Marco d'Itri"),
    ('Reviewed by **Jonathan "Jojo" Quarnby** today.\n', 'Jonathan "Jojo" Quarnby'),
])
def test_credit_lines_name_people(text, expected):
    assert expected in _spans(text)


@pytest.mark.parametrize("text", [
    "  * Fix.\n\n" + _trailer("Debian Ostrava Maintainers"),
    "Copyright (C) 2001 Grace Software Foundation\n",
    "Copyright 2003 Acme Widgets\n",
])
def test_credit_lines_of_teams_name_no_one(text):
    assert not any(" " in s for s in _spans(text))


@pytest.mark.parametrize("wide", [False, True])
def test_credit_lines_are_found_anywhere_in_a_long_text(wide):
    # a long text's copyright lines are looked up in its one-byte form: the offsets must be the text's own,
    # however wide its characters (an emoji makes Python store four bytes a character)
    filler = "".join(f"x{i} = compute({i})  # {'🙂' if wide else 'ok'}\n" for i in range(4000))
    text = filler + "# Copyright (c) 2019 Grace Lane\n" + filler + " -- Iain Quarnby <iq@example.org>  " \
        "Fri, 11 Sep 2020 13:34:50 +0100\n" + "/* (C) 2021 Martin Guy, (c) 2022 Ana Lima */\n"
    assert len(text) > 1 << 16
    spans = _spans(text)
    assert {"Grace Lane", "Iain Quarnby", "Martin Guy"} <= set(spans)
