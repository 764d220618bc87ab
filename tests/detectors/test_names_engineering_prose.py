"""Engineering prose is full of capitalised words that the name lists hold as people: products and projects named
like people, vendors' products, firms named after their founders, storms and release codenames, teams and projects,
eponyms, the cast of a protocol's explanation, computing's public figures quoted, other languages' ordinary words
and Chinese names thanked in prose. Each rule is shown on sentences made up for it, beside the cues that keep a
person's name found."""
import pytest

from promptscrub.detectors.names import NameDetector


def found(text):
    return [text[f.start:f.end] for f in NameDetector().detect(text)]


# --- products and projects named like people; vendors' products


@pytest.mark.parametrize("text", [
    "We render the docs site with Hugo before each release.",
    "Every outbound call is wrapped in a Polly retry policy.",
    "Voice prompts are synthesised by Polly in three languages.",
    "The replica lag on Aurora stayed under a second.",
    "Otto ships the warehouse orders through our API.",
    "Ask Alexa to read the build status aloud.",
    "Hey Siri, start the standup timer.",
    "We asked Claude to draft the changelog.",
    "Sign-in for contractors goes through Okta.",
    "Siri, Alexa and Cortana each ship a skills API.",
])
def test_products_named_like_people_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "The OSGi bundles run on Apache Felix in production.",
    "Our dashboards query Apache Doris directly.",
    "Failover on AWS Aurora took 31 seconds.",
    "Announcements are read by Amazon Polly.",
    "We tried Google Gemma for the summaries.",
    "The plug-in targets Eclipse Luna and later.",
])
def test_a_vendor_opens_a_products_name(text):
    assert found(text) == []


@pytest.mark.parametrize("text,names", [
    ("Thanks to Hugo for porting the docs to Hugo.", ["Hugo"]),
    ("Otto said the Polly retries are enough.", ["Otto"]),
    ("Hi Polly, the Aurora cluster is back.", ["Polly"]),
    ("Hugo Lefèvre moved our blog from Jekyll to Hugo.", ["Hugo Lefèvre"]),
    ("Claude Fontaine a demandé à Claude un résumé.", ["Claude Fontaine"]),
    ("Dr. Claude Meyer asked Claude for a summary.", ["Dr. Claude Meyer"]),
])
def test_people_with_a_products_name_keep_their_cue(text, names):
    assert found(text) == names


# --- firms named after people


@pytest.mark.parametrize("text", [
    "Last year Hugo Boss moved its storefront to our platform.",
    "The pilot at Leroy Merlin covers twelve stores.",
    "Our contract with Johnson & Johnson renews in March.",
    "Procter & Gamble and Marks & Spencer both asked for SSO.",
    "Ernst & Young will audit the access logs again.",
    "The Dr. Oetker shop runs on the new stack.",
    "Mercedes-Benz plants send telemetry every minute.",
    "Voor Albert Heijn draait een aparte omgeving.",
    "Die Filialen von Magazine Luiza melden sich stündlich.",
    "Rolls-Royce engines stream their sensor data to us.",
])
def test_firms_named_after_people(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Ernst & Whinney was one of the firms that merged.",
    "Harrison & Sons shipped the racks.",
    "Murray & Partners sent the invoice.",
])
def test_a_firm_written_with_an_ampersand(text):
    assert found(text) == []


@pytest.mark.parametrize("text,names", [
    ("Anna & Tom met Ernst & Young on Monday.", ["Anna", "Tom"]),
    ("From: Hugo Boss <hugo.boss@example.org>\n\nHugo Boss renewed the licence.", ["Hugo Boss"]),
])
def test_people_beside_a_firms_name(text, names):
    assert found(text) == names


# --- storms and release codenames


@pytest.mark.parametrize("text", [
    "The site ran on batteries during Hurricane Katrina.",
    "Storm Ophelia took the uplink down for two hours.",
    "Typhoon Nancy flooded the depot.",
    "Orkan Kyrill hat das Rechenzentrum nicht erreicht; Sturmtief Emma dagegen schon.",
    "Pendant la tempête Alex, le site de secours a pris le relais.",
    "Durante la borrasca Filomena el CPD funcionó con generadores.",
    "Durante a tempestade Leslie o datacenter ficou no gerador.",
    "L'uragano Ian ha colpito il sito di backup.",
    "Tijdens storm Dudley viel de verbinding weg.",
    "Podczas huraganu Katarzyna serwerownia działała na agregatach.",
])
def test_a_storms_name(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "The build agents still run Debian 8 Jessie.",
    "Old boxes run Debian 5 Lenny.",
    "We pin the runners to Linux Mint 20.2 “Uma”.",
    "macOS 10.15 Catalina broke the VPN client.",
    "The laptops stay on macOS Big Sur until the audit.",
])
def test_a_release_codename_after_its_product(text):
    assert found(text) == []


def test_a_number_before_a_name_is_no_release():
    assert found("Sprint 14 Anna moved the runners to Debian 8 Jessie.") == ["Anna"]


# --- teams and projects


@pytest.mark.parametrize("text", [
    "Team Luna owns the billing API.",
    "Project Miranda was cancelled in 2019.",
    "Projeto Helena começa em março.",
    "Operación Carmen terminó antes de lo previsto.",
])
def test_a_team_or_a_project_of_one_word(text):
    assert found(text) == []


def test_a_name_of_two_words_after_team_stays_a_name():
    assert found("Team Anna Schmidt leads the Project Gladys review.") == ["Anna Schmidt"]


# --- eponyms in compounds and before their method


@pytest.mark.parametrize("text", [
    "Der Kalman-Filter glättet die Messwerte.",
    "De Dijkstra-algoritme vindt de kortste route.",
    "Het Kalman-filter schat de positie van de drone.",
    "De Levenshtein-afstand is te groot.",
    "The Shannon entropy of the password is low.",
    "Pearson's rank correlation between the two is weak.",
])
def test_an_eponym_in_a_compound_or_before_its_method(text):
    assert found(text) == []


# --- a protocol's cast


@pytest.mark.parametrize("text", [
    "Alice encrypts the session key with Bob's public key; Mallory cannot read it.",
    "Bob verifies the signature that Alice made, while Eve only sees ciphertext.",
    "In the handshake, Alice sends a nonce and Trent vouches for Bob.",
])
def test_the_cast_of_a_protocol(text):
    assert found(text) == []


def test_a_colleague_far_from_the_protocol_stays_a_name():
    filler = "the rest of the design review covered quotas, retention and dashboards. " * 14
    text = "Alice encrypts the key for Bob.\n\n" + filler + "\n\nThanks to Alice for the review."
    assert found(text) == ["Alice"] and text.rfind("Alice") == NameDetector().detect(text)[0].start


# --- computing's public figures quoted


@pytest.mark.parametrize("text", [
    "Come diceva Fred Brooks, aggiungere persone a un progetto in ritardo lo ritarda.",
    "Wie Werner Vogels sagt, geht irgendwann alles kaputt.",
    "Selon Ward Cunningham, la dette technique se compose.",
    "Zoals Barbara Liskov liet zien, moet een subtype zich als zijn basistype gedragen.",
    "De acordo com Jez Humble, a entrega contínua reduz o risco.",
])
def test_public_figures_of_computing_quoted(text):
    assert found(text) == []


def test_a_public_figure_is_no_place_in_a_quote():
    from promptscrub.detectors.location import LocationDetector

    text = "Como dijo Margaret Hamilton, el software también es ingeniería."
    assert found(text) == [] and LocationDetector().detect(text) == []


def test_a_public_figures_namesake_on_a_contact_line():
    text = "From: Fred Brooks <fred@example.org>\n\nAs Fred Brooks wrote, adding people late makes it later."
    assert found(text) == ["Fred Brooks"]


# --- other languages' ordinary words


@pytest.mark.parametrize("text", [
    "Ook Rabobank gebruikt de nieuwe pipeline.",
    "Anche Ferrero usa Kubernetes in produzione.",
    "Sustituir Memcached por Valkey en todos los servicios.",
    "Sarai tu il referente del rilascio.",
    "Wdrożenie Jenkinsa trwało tydzień.",
    "Chiaramente Pulumi non basta.",
    "Migratie van Nagios naar Prometheus is klaar.",
    "Zoals Nagios al deed, draait alles lokaal.",
])
def test_a_sentences_first_word_of_another_language(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Para cada servicio hay un runbook.",
    "- [ ] Para o cliente, o deploy é na sexta.",
])
def test_para_opening_a_sentence_is_no_place(text):
    from promptscrub.detectors.location import LocationDetector

    assert LocationDetector().detect(text) == []


@pytest.mark.parametrize("text", [
    "Luz verde para el despliegue del viernes.",
    "Lange Rede, kurzer Sinn: wir brauchen mehr Speicher.",
    "Joost mag het weten waarom de build faalt.",
    "Der Ernst der Lage ist allen klar.",
    "Franco fabbrica, consegna in tre giorni.",
    "Dolores de cabeza con el nuevo ORM.",
    "Glória ao time de plataforma pelo zero downtime.",
])
def test_an_idiom_that_opens_with_a_name(text):
    assert found(text) == []


def test_a_name_beside_an_idiom_of_its_own():
    assert found("Luz verde: Luz Martínez aprobó el cambio.") == ["Luz Martínez"]


@pytest.mark.parametrize("text", [
    "Wir stellen im Juli auf den neuen Broker um.",
    "Seit Juni läuft der Cluster stabil.",
    "Ende Juli kommt das nächste Update.",
    "Anfang Mai ist Code-Freeze.",
])
def test_a_month_after_a_word_of_time(text):
    assert found(text) == []


def test_a_name_after_a_word_of_time_stays_a_name():
    assert found("Seit Juni prüft Julio Pérez die Deployments.") == ["Julio Pérez"]


@pytest.mark.parametrize("text", [
    "## Offene Punkte\n\n- Speicherbedarf klären",
    "### Próximos Pasos:\n\n1. Migrar la base de datos",
    "## Geplante Maßnahmen",
    "### Prochaines Étapes",
])
def test_a_section_heading_of_words_no_list_knows(text):
    assert found(text) == []


def test_a_documents_title_may_still_be_a_name():
    assert found("# Zorbaq Quenti\n\n## Eigene Notizen\n\nzorbaq@example.org") == ["Zorbaq Quenti"]


# --- Chinese names thanked in prose


@pytest.mark.parametrize("text,name", [
    ("感谢孙志强的代码评审。", "孙志强"),
    ("谢谢黄丽娜，问题已经解决。", "黄丽娜"),
    ("感謝林志明的協助！", "林志明"),
    ("这次上线要感谢何静在周末的值守。", "何静"),
])
def test_a_chinese_name_after_thanks(text, name):
    assert found(text) == [name]


def test_thanks_to_everyone_names_no_one():
    assert found("感谢大家的支持，感谢高效的配合，也感谢孙志强的代码评审。") == ["孙志强"]
