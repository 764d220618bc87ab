"""Person names: the needless redactions and leaks of the sixth audit, as general rules (own data)."""
import pytest

from promptscrub.detectors import names as names_mod
from promptscrub.detectors.names import NameDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in NameDetector(opts).detect(text)]


@pytest.mark.parametrize("text", [
    "Das Formular liegt bereit.",
    "Der Schlüssel ist abgelaufen.",
    "Diese Liste bitte prüfen.",
    "Dieses Dokument ist vertraulich.",
    "Eine Kopie geht an die Buchhaltung.",
    "Il Duomo è chiuso oggi.",
    "El Corte Inglés abre a las diez.",
    "Lo Stadio è pieno.",
    "El Teatro Real abre hoy.",
    "Los Pinos cierra a las seis.",
    "Le Panthéon ferme à 18 h.",
    "Les Invalides sont fermés.",
    "Het Vondelpark is groot.",
    "Een Overzicht volgt morgen.",
    "Os Lusíadas foram publicados.",
    "Les Halles ferment tôt.",
    "Der Schneider hat angerufen.",   # idem, German colloquial: no cue, no name
])
def test_a_determiner_and_a_noun_are_a_phrase(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Please forward this to La Toya Jackson today.", "Toya Jackson"),  # a first name after it: a name
    ("Ask Les Paul about the guitar.", "Les Paul"),                     # the determiner is a given name
    ("Ask Una Healy about the tour.", "Una Healy"),
    ("Die Anna Schmidt kommt morgen.", "Anna Schmidt"),                 # the determiner goes, the name stays
    ("Dear La Fontaine, thank you.", "La Fontaine"),                    # a strong cue before it
    ("Please ask De Luca about it.", "De Luca"),                        # particles are no determiners
    ("Please ask Van Morrison about it.", "Van Morrison"),
    ("The match: Juan Martín Del Potro won.", "Juan Martín Del Potro"),
])
def test_a_name_with_a_determiner_or_particle_stays_a_name(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,label", [
    ("Name:             api-5c7d9\nNamespace:        billing-prod\nPriority:         0\n", "Namespace"),
    ("Labels:           app=api\nSelector:         app=api\n", "Selector"),
])
def test_an_aligned_label_is_no_speaker(text, label):
    assert label not in found(text)


def test_a_speaker_label_is_still_a_name():
    assert found("Zorblaxa: see you at noon\n") == ["Zorblaxa"]


@pytest.mark.parametrize("label", ["Naam", "Nom", "Nombre", "Cognome", "Vorname", "Nachname", "Imię",
                                   "Nazwisko", "Achternaam", "Apellidos"])
def test_foreign_name_labels_are_no_names_and_cue_their_values(label):
    text = f"Kundennummer: 4417\n{label}: Brzęczyszkiewicz\nStatus: offen\n"
    assert found(text) == ["Brzęczyszkiewicz"]


@pytest.mark.parametrize("line", [
    "Ufficio del Personale, Acme S.r.l.",
    "Dział Kadr, Acme Sp. z o.o.",
    "Personalabteilung, Acme GmbH",
    "Recursos Humanos, Acme S.L.",
    "Ressources Humaines, Acme SARL",
    "Afdeling Personeelszaken, Acme B.V.",
])
def test_department_names_are_no_names(line):
    text = f"Cordiali saluti,\nMarta Bellandi\n{line}\n"
    assert found(text) == ["Marta Bellandi"]


def test_a_company_legal_form_ends_no_name():
    assert found("Die Firma Korvanex Sp. z o.o. hat geliefert.") == []


@pytest.mark.parametrize("text", [
    "Die Bundesrepublik Deutschland hat sechzehn Länder.",
    "Die Deutsche Telekom baut aus.",
    "Die Deutsche Welle sendet täglich.",
    "La República de España tiene diecisiete comunidades.",
])
def test_organisations_and_countries_in_their_languages_are_no_names(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "She programmed the Harvard Mark I in 1944.",
    "The team rebuilt the Ferranti Mark 1 last year.",
])
def test_a_machine_with_a_model_number_is_no_name(text):
    assert found(text) == []


def test_a_regnal_number_without_the_is_still_a_name():
    assert found("Please ask Henry Tudor II about it.") == ["Henry Tudor"]


@pytest.mark.parametrize("text", [
    "The lab sits near Geneva on the lake.",
    "We opened an office in Florence last year.",
])
def test_a_first_name_that_is_a_place_after_a_preposition_of_place_is_the_place(text):
    assert found(text) == []


def test_a_first_name_after_in_that_is_no_place_stays_a_name():
    assert found("The change is in Brianna's branch.") == ["Brianna"]


@pytest.mark.parametrize("text,expected", [
    ("Please loop in Duc Le before Friday.", ["Duc Le"]),
    ("Thu Nguyen signed the form.", ["Thu Nguyen"]),
    ("The ticket went to Khoa Do yesterday.", ["Khoa Do"]),
    ("Nguyen Thi Lan approved the budget.", ["Nguyen Thi Lan"]),
    ("Owner: Binh Vu", ["Binh Vu"]),
])
def test_short_vietnamese_full_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Long Ho trail is closed.",   # two English words, though one is a family name and one a given name
    "An Do loop in Fortran.",
    "Le Mans is a race.",
])
def test_vietnamese_family_names_need_the_pair(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Hoi Zwaantje, kun je dit nakijken?", ["Zwaantje"]),
    ("Hallo Wiebrecht, wie geht's?", ["Wiebrecht"]),
    ("Hola Xiomara, ¿qué tal?", ["Xiomara"]),
])
def test_greetings_of_other_languages_are_cues_not_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Hallo Welt!", "Hola Mundo", "Ciao Mondo"])
def test_hello_world_is_no_name(text):
    assert found(text) == []


def test_the_new_cues_are_known_to_the_shortcuts():
    """Every new greeting is a last word of the ``STRONG_INTRO`` gate and every label one of ``NAME_LABEL``'s
    (``_QUIET_BEFORE`` and ``_cue_before`` are built from them): the value after it is judged, not skipped."""
    for word in ("hoi", "hallo"):
        assert word in names_mod.STRONG_INTRO.tails
        assert found(f"{word.capitalize()} Zwaantje") == ["Zwaantje"]
    for word in ("nachname", "nazwisko", "imię", "achternaam"):
        assert word in names_mod.NAME_LABEL.tails
        assert found(f"{word.capitalize()}: Zwaantje") == ["Zwaantje"]
        assert found(f"{word.capitalize()}:\tZwaantje") == ["Zwaantje"]
        assert found(f"{word.capitalize()} : Zwaantje") == ["Zwaantje"]


def test_a_label_word_without_its_colon_is_no_cue():
    assert found("Il nome Zwaantje non compare.") == []


def test_a_first_name_that_is_a_place_without_a_preposition_stays_a_name():
    assert found("Send the draft to Florence today.") == ["Florence"]


@pytest.mark.parametrize("text,expected", [
    ("Summary: Ruoxi Sun from the Lyon office phoned.", ["Ruoxi Sun"]),  # an unknown given name, "Sun"
    ("Lead owner,Jun Zhou", ["Jun Zhou"]),                             # "Jun" is also a month
    ("Please ask Zhou Jun about it.", ["Zhou Jun"]),
])
def test_short_chinese_full_names(text, expected):
    assert [n for n in found(text) if n != "Lyon"] == expected


@pytest.mark.parametrize("text", ["The Sun Also Rises again.", "He Said no.", "Wu Tang Clan played."])
def test_chinese_family_names_that_are_words_need_a_pinyin_given_name(text):
    assert found(text) == []


@pytest.mark.parametrize("cue", sorted(set(names_mod.NAME_LABEL.tails) | {"hoi", "hallo", "hola", "ciao", "olá",
                                                                          "cześć", "hej"}))
@pytest.mark.parametrize("sep", ["", " ", ":", ": ", ":\t", " : ", ", ", ":\n"])
def test_the_shortcuts_know_the_new_cues(cue, sep):
    """``_QUIET_BEFORE``/``_cue_before`` change no finding after the new cues (the property test of
    test_names.py, on each cue word and separator)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    import test_names

    check = test_names.test_shortcuts_find_what_the_searches_find.hypothesis.inner_test
    for word in (cue, cue.capitalize()):
        for text in (f"{word}{sep}Zorblax", f"x {word}{sep}Zorblax said", f"{word}{sep}Will"):
            for lower in (False, True):
                check(text, {}, lower)
