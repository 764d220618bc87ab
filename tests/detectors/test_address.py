"""Street addresses, single- and multi-line; prose with numbers is not an address."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.detectors import address
from promptscrub.detectors.address import AddressDetector


def found(text, **opts):
    return [text[f.start:f.end] for f in AddressDetector(opts).detect(text)]


@pytest.mark.parametrize("text,expected", [
    ("Ship it to 6750 Main Street Apt. 864\nSpringfield, IL 62704\nThanks", ["6750 Main Street Apt. 864\nSpringfield, IL 62704"]),
    ("I live at 12 Glyn St. since May", ["12 Glyn St."]),
    ("Our office: 221B Baker Street, London NW1 6XE.", ["221B Baker Street, London NW1 6XE"]),
    ("Treffpunkt Lindenstraße 14, 10969 Berlin", ["Lindenstraße 14, 10969 Berlin"]),
    ("Envoyez à Rue de la Paix 12 s'il vous plaît", ["Rue de la Paix 12"]),
    ("Meet at Via Roma 131 at noon", ["Via Roma 131"]),
    ("PO Box 4410\nAustin, TX 78765", ["PO Box 4410\nAustin, TX 78765"]),
    ("PSC 1234, Box 5678\nAPO AE 09876", ["PSC 1234, Box 5678\nAPO AE 09876"]),
    ("my address is 48 Kowalska 7, Gdańsk", ["48 Kowalska 7, Gdańsk"]),
    ("Letters go to\n12 Kestrelgrund 4\nSuite 8\n", ["12 Kestrelgrund 4\nSuite 8"]),
    ("my zip code is 90210", ["90210"]),
])
def test_addresses_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The build took 12 minutes on 4 cores.",
    "x = road_map[12]; street = 'Main'",
    "Python 3.12 and Django 5 are supported.",
    "the difference is at most 22 for large inputs",
    "the address is reserved per RFC 4291.",
    "Returns the address of the buffer (0x7ffe1234).",
    "see section 4 of chapter 12",
    "patched by E. S. Raymond, 21 Dec 1998\n",
    "we need 3 Workers 2\nand more",
    "no digits in this line at all",
    "< HTTP/1.1 502 Bad Gateway\n< Server: nginx",  # a status line, not a street
    "HTTP/2 502 Bad Gateway",
])
def test_not_addresses(text):
    assert found(text) == []


def test_context_words_option():
    text = "Drop-off point: Kestrel 9, Tallinn"
    assert found(text) == []
    assert found(text, context_words=["drop-off point"]) == ["Kestrel 9, Tallinn"]


def test_min_score_option():
    assert found("Apt. 12", min_score=0.7) == []


def test_long_texts_find_the_same_addresses_through_the_engine(monkeypatch):
    """Past ENGINE_FROM the anchors come from the pattern engine; the findings must not change."""
    import random

    from promptscrub.detectors import address

    rnd = random.Random(5)
    filler = ["def f(x):\n    return x + 1\n", "The build took 12 minutes on 4 cores.\n", "id = 42; name = 'Main'\n",
              "Version 3 Patch 2 of the Road map\n", "see RFC 7231 section 6\n"]
    planted = ["Ship it to 6750 Main Street Apt. 864\nSpringfield, IL 62704\n", "Meet at Via Roma 131 at noon\n",
               "PSC 1234, Box 5678\nAPO AE 09876\n", "Treffpunkt Lindenstraße 14, 10969 Berlin\n", "I live at 12 Glyn St. since May\n"]
    text = "".join(rnd.choice(planted) if rnd.random() < 0.05 else rnd.choice(filler) for _ in range(6000))
    assert len(text) >= address.ENGINE_FROM
    through_engine = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    monkeypatch.setattr(address, "ENGINE_FROM", 10**12)
    per_region = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    assert through_engine == per_region and len(per_region) > 100


def _regions_reference(text, gap=100):
    """_digit_regions as first written: one stdlib ``\\d`` search per digit line."""
    import re

    out, pos, n = [], 0, len(text)
    while (m := re.compile(r"\d").search(text, pos)) is not None:
        ls = text.rfind("\n", 0, m.start()) + 1
        ps = text.rfind("\n", 0, ls - 1) + 1 if ls > 0 else 0
        le = text.find("\n", m.end())
        le = n if le < 0 else le
        if out and ps <= out[-1][1] + gap:
            out[-1][1] = le
        else:
            out.append([ps, le])
        pos = le + 1
        if pos >= n:
            break
    return [(a, b) for a, b in out]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "٣", "１", "x", "ab ", "é", "日本", "\n", "\n\n", " " * 60, "z" * 45]), max_size=40))
def test_digit_regions_match_a_plain_digit_search(pieces):
    from promptscrub.detectors.address import _digit_regions

    text = "".join(pieces)
    assert _digit_regions(text) == _regions_reference(text)


@pytest.mark.parametrize("hyperscan", [True, False])
def test_cues_and_anchors_through_the_engine_match_the_region_scan(monkeypatch, hyperscan):
    """The engine runs over the regions joined by blank lines; a cue at the end of a region's last
    line runs on over its line break there, and must end at that break as in the region scan."""
    import random

    from promptscrub import engine
    from promptscrub.detectors import address

    if not hyperscan:
        monkeypatch.setattr(engine, "HYPERSCAN_FROM", 10**12)
    rnd = random.Random(7)
    filler = ["def f(x):\n    return x\n", "no digits on this line at all\n", "x = 1; y = 22\n", "\n", "see RFC 7231\n"]
    planted = ["Ship to 12 Glyn St\nSpringfield, IL 62704\n", "my address is 48 Kowalska 7, Gdańsk\n",
               "order 5 was sent to   \n", "ship to\t\n", "PSC 1234, Box 5678\nAPO AE 09876\n",
               "Apt 4 lives at\n12 Main Street\n", "Via Roma 131\nrest\n", "post code is 12 AB\n", "send it to\n\nnext\n",
               # house numbers after a street suffix (found by the engine's own rule), at a region's start too
               "Schaarsteinweg 97\n", "see Király u. 15. now\n", "Hansinegata\t 120\n", "Árpád fejedelem útja 3.\n",
               "LINDENSTRASSE 14\n", "Lindenſtraße 5\n", "x=weg 5\n", "Strasse1 2\n", "bu. 7 and weg  ٣٤\n"]
    text = "".join(rnd.choice(planted) if rnd.random() < 0.08 else rnd.choice(filler) for _ in range(9000))
    assert len(text) >= address.ENGINE_FROM
    through_engine = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    monkeypatch.setattr(address, "ENGINE_FROM", 10**12)
    per_region = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    assert through_engine == per_region and len(per_region) > 100


@pytest.mark.parametrize("chunk", [3, 1 << 14])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "٣", "x", "ab ", "é", "\n", "\n\n", " " * 60, "z" * 45]), max_size=40))
def test_digit_regions_in_small_chunks(chunk, pieces):
    """Digit regions from digit marks made a chunk at a time (ASCII chunks by bytes alone), across chunk boundaries."""
    from promptscrub.detectors import _stretches
    from promptscrub.detectors._stretches import digit_marks
    from promptscrub.detectors.address import _digit_regions

    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_stretches, "_MARK_CHUNK", chunk)
        digit_marks.forget()
        assert _digit_regions(text) == _regions_reference(text)
    digit_marks.forget()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "٣", "x", "é", "日本", "\x00", "?", "\udc80", "😀", "\n", " " * 60]), max_size=40))
def test_digit_marks_made_a_chunk_at_a_time(pieces):
    """Each digit (any ``\\d``) marked NUL, every ASCII character kept, across chunk boundaries."""
    from promptscrub.detectors import _stretches
    from promptscrub.detectors._stretches import digit_marks

    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_stretches, "_MARK_CHUNK", 3)
        digit_marks.forget()
        marks = digit_marks(text)
    digit_marks.forget()
    assert len(marks) == len(text)
    assert all((m == 0) == c.isdecimal() for m, c in zip(marks, text))
    assert all(m == ord(c) for m, c in zip(marks, text) if c.isascii() and not c.isdecimal() and c != "\x00")


@settings(max_examples=2000, deadline=None)
@given(st.text("aegiltuszäßkſ. \t", max_size=8),
       st.sampled_from(["weg", "Gasse", "STRASSE", "straße", "u.", "U.", "str.", "út", "vej", "gata", "x", ""]))
def test_suffix_tails_never_turn_away_a_street(head, tail):
    """Where ``SUFFIX_END`` matches an ASCII window, the window ends with one of ``SUFFIX_TAILS``."""
    from promptscrub.detectors.address import SUFFIX_END, SUFFIX_TAILS

    window = (head + tail)[-12:]
    if SUFFIX_END.search(window) and window.isascii():
        assert window.lower().endswith(SUFFIX_TAILS)


_FR_TYPES = ["rue", "avenue", "boulevard", "bd", "allée", "impasse", "chemin", "quai", "cours", "Rue", "Avenue"]
_FR_SHARED = ["place", "route", "square", "passage"]
_FR_NAMES = ["des Lilas", "Victor Hugo", "de la Mairie", "du Général de Gaulle", "de l'Église", "d'Alsace",
             "Saint-Michel", "du 8 Mai", "Jean Jaurès", "des Trois Frères", "Pasteur", "de Verdun"]
_FR_CITIES = ["Lille", "Nantes", "Paris", "Aix-en-Provence", "Saint-Étienne", "Boulogne-Billancourt", "Lyon"]


def _fr_address(rnd, types):
    number = str(rnd.randint(1, 250)) + rnd.choice(["", "", " bis", " ter", "bis", "B"])
    street = f"{number}{rnd.choice(['', ','])} {rnd.choice(types)} {rnd.choice(_FR_NAMES)}"
    return street, f"{rnd.randint(1, 95):02d}{rnd.randint(0, 999):03d} {rnd.choice(_FR_CITIES)}"


@pytest.mark.parametrize("template", ["{a}", "Adresse : {a}", "Envoyez le colis au {a}.", "{a}\nFrance",
                                      "Chez Mme Martin\n{a}\n"])
def test_french_street_addresses(template):
    """House number (with bis/ter), a lower-case street type, the street's name, a 5-digit postcode and the city."""
    import random

    rnd = random.Random(f"fr/{template}")
    for _ in range(30):
        street, city = _fr_address(rnd, _FR_TYPES + _FR_SHARED)
        address = f"{street}, {city}"
        text = template.format(a=address)
        hits = found(text)
        assert any(address in h for h in hits), (text, hits)
        # without the postcode a street of an unambiguously French type is still an address
        street, _ = _fr_address(rnd, _FR_TYPES)
        text = f"J'habite au {street} depuis mai."
        assert street in " ".join(found(text)), text


@pytest.mark.parametrize("text", [
    "404 route Not Found", "we need 2 place Settings", "step 3 route Traffic to the proxy", "add 2 square Brackets",
    "the 1 passage Counts", "rue", "12 rue", "Lines 12 rue 4", "see vol. 3 ch. Introduction",
])
def test_not_french_addresses(text):
    assert found(text) == []


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.mark.parametrize("subject", ["wrong delivery address", "Re: my new address", "Change of billing address",
                                     "shipping address:"])
def test_mail_headers_after_an_address_cue_are_not_addresses(subject):
    """The cue "address" ends the Subject line; the next header (a date, a sender, a message id) is no address."""
    import random

    rnd = random.Random(f"hdr/{subject}")
    for _ in range(30):
        date = (f"{rnd.choice(_WEEKDAYS)}, {rnd.randint(1, 28)} {rnd.choice(_MONTHS)} {rnd.randint(2000, 2030)} "
                f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d} "
                f"{rnd.choice('+-')}{rnd.randint(0, 12):02d}00")
        header = rnd.choice([f"Date: {date}", f"Received: from mx{rnd.randint(1, 99)}.acme.io; {date}",
                             f"Message-ID: <{rnd.randint(10**6, 10**9)}@mail.acme.io>", f"X-Priority: {rnd.randint(1, 5)}",
                             f"Sent: {date}"])
        text = f"From: support@acme.io\nSubject: {subject}\n{header}\n\nHello,\nplease fix it."
        assert found(text) == [], text
        # a date or a time alone after a cue is not an address either
        assert found(f"My new address is valid from {date}.") == [], date


def test_a_real_address_after_the_subject_cue_is_still_found():
    text = "Subject: new delivery address\nDate: Mon, 4 Mar 2024 10:12:33 +0100\n\nmy new address is 12 Kestrelgrund 4, Tallinn"
    assert found(text) == ["12 Kestrelgrund 4, Tallinn"]


def test_french_addresses_through_the_engine(monkeypatch):
    """The French anchors give the same findings through the pattern engine as per region."""
    import random

    from promptscrub.detectors import address

    rnd = random.Random(11)
    filler = ["def f(x):\n    return x + 1\n", "404 route Not Found\n", "id = 42; name = 'Main'\n", "we had 2 place Settings\n"]
    def one() -> str:
        street, city = _fr_address(rnd, _FR_TYPES + _FR_SHARED)
        return f"{street}, {city}\n"

    _engine_finds_what_regions_find(_long_text(rnd, filler, one), monkeypatch)


def _long_text(rnd, filler: list[str], address_line) -> str:  # noqa: ANN001 - a random.Random, a callable
    """Text past the engine's threshold: filler lines, an address line one time in twenty."""
    text = ""
    while len(text) < address.ENGINE_FROM + 1000:
        text += address_line() if rnd.random() < 0.05 else rnd.choice(filler)
    return text


def _engine_finds_what_regions_find(text: str, monkeypatch) -> None:  # noqa: ANN001
    through_engine = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    monkeypatch.setattr(address, "ENGINE_FROM", 10**12)
    per_region = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    assert through_engine == per_region and len(per_region) > 100


# Brazilian and Indian addresses: generated street names (made-up syllables), numbers, CEPs and PINs
_SYL = ["ba", "ro", "ten", "mi", "qua", "lu", "zor", "ve", "ni", "pa", "dus", "ca", "len", "ti", "ga"]


def _word(rnd, syllables=(2, 3)):
    return "".join(rnd.choice(_SYL) for _ in range(rnd.randint(*syllables))).capitalize()


def _br_address(rnd, types=("Rua", "Avenida", "Av.", "Travessa", "Alameda", "Praça", "Estrada", "Rodovia", "Viela",
                            "Pça.", "Al.")):
    name = rnd.choice([f"{_word(rnd)} {_word(rnd)}", f"{_word(rnd)} de {_word(rnd)}", f"{rnd.choice(['XV', 'Sete'])} de "
                       f"{_word(rnd)}", f"das {_word(rnd)}", f"{rnd.randint(1, 28)} de {_word(rnd)}", _word(rnd)])
    street = f"{rnd.choice(types)} {name}, {rnd.choice(['', '', 'nº '])}{rnd.randint(1, 9999)}"
    if rnd.random() < 0.4:
        street += f"{rnd.choice([', ', ' - '])}{rnd.choice(['apto', 'ap', 'bloco', 'sala', 'casa'])} {rnd.randint(1, 999)}"
    rest = (f" - {_word(rnd)} {_word(rnd)}, {_word(rnd)} - {rnd.choice(['MG', 'SP', 'PE', 'RJ', 'PR', 'BA', 'DF'])}, "
            f"{rnd.randint(1000, 99999):05d}-{rnd.randint(0, 999):03d}")
    return street, rest


def _in_address(rnd):
    house = rnd.choice(["House No. ", "H.No. ", "Flat ", "Flat No. ", "Plot No. ", "Door No. ", "# "])
    house += rnd.choice([str(rnd.randint(1, 999)), f"{rnd.randint(1, 20)}{rnd.choice('ABC')}",
                         f"{rnd.randint(1, 9)}-{rnd.randint(1, 9)}-{rnd.randint(1, 99)}"])
    road = rnd.choice([f"{_word(rnd)} Road", f"{rnd.randint(1, 20)}th Cross", f"{_word(rnd)} Marg", f"{_word(rnd)} Nagar",
                       f"{rnd.randint(4, 9)}th Main", f"{_word(rnd)} {_word(rnd)} Layout"])
    parts = [house, road] + [_word(rnd) for _ in range(rnd.randint(0, 2))]
    return ", ".join(parts) + f", {_word(rnd)} {rnd.randint(1, 9)}{rnd.randint(0, 99999):05d}"


_CONTEXTS = ["{a}", "Endereço de entrega: {a}. Obrigado!", '{{"customer": {{"address": "{a}", "id": 42}}}}',
             'id,name,address\n17,"Ana","{a}"\n', "Atenciosamente,\nMaria\n{a}\nTel. interno 12\n"]


@pytest.mark.parametrize("template", _CONTEXTS)
def test_brazilian_street_addresses(template):
    """From the street type to the CEP, one span; a street and its number alone are an address too."""
    import random

    rnd = random.Random(f"br/{template}")
    for _ in range(30):
        street, rest = _br_address(rnd)
        address = street + rest
        text = template.format(a=address)
        assert found(text) == [address], text
        text = template.format(a=street)
        assert found(text) == [street], text
        # R. / Tv. / Largo: with the city, its state and the CEP
        street, rest = _br_address(rnd, ("R.", "Tv.", "Largo"))
        text = template.format(a=street + rest)
        assert found(text) == [street + rest], text


@pytest.mark.parametrize("template", _CONTEXTS)
def test_indian_street_addresses(template):
    """From the house part (House No., Flat, Plot No., #) over the road to the PIN, one span."""
    import random

    rnd = random.Random(f"in/{template}")
    for _ in range(30):
        address = _in_address(rnd)
        text = template.format(a=address)
        assert found(text) == [address], text
        # a number, a comma and a road: 12, Nehru Marg, Jaipur 302001
        address = f"{rnd.randint(1, 999)}, {_word(rnd)} {rnd.choice(['Road', 'Marg', 'Nagar'])}, {_word(rnd)} " \
                  f"{rnd.randint(100000, 999999)}"
        text = template.format(a=address)
        assert found(text) == [address], text


@pytest.mark.parametrize("text", [
    "The Largo, 12 bars long, ends the symphony.", "Play it Largo, 60 bpm, then Andante.", "Via Rail, 2 trains a day",
    "See R. Smith, 2004 - Nature, London - UK", "Tv. Series, 12 episodes", "x = 1  # 12, Main loop",
    "fixes #12, Block Phase 2", "issue #45, Cross Platform Build", "for i in range(3):  # 3, Main Road",
    "In 2019, Abbey Road, London", "Sector 7G of the plant ran 3 shifts.", "as shown in Table 3, Main Results",
    "step 3, Main Street, Springfield", "Rua", "the rua 12", "House No. x",
])
def test_not_brazilian_or_indian_addresses(text):
    assert found(text) == []


def test_brazilian_and_indian_addresses_through_the_engine(monkeypatch):
    """The Brazilian and Indian anchors give the same findings through the pattern engine as per region."""
    import random

    from promptscrub.detectors import address

    rnd = random.Random(12)
    filler = ["def f(x):\n    return x + 1  # 12, Main loop\n", "The Largo, 12 bars long\n", "In 2019, Abbey Road\n",
              "id = 42; name = 'Rua'\n"]
    def one() -> str:
        return ("".join(_br_address(rnd)) if rnd.random() < 0.5 else _in_address(rnd)) + "\n"

    _engine_finds_what_regions_find(_long_text(rnd, filler, one), monkeypatch)


def test_brazilian_and_indian_addresses_round_trip_through_the_scrubber():
    """Redacted whole (street, number and postcode gone), restored exactly."""
    from promptscrub.config import Config
    from promptscrub.restore import restore
    from promptscrub.scrubber import build_scrubber
    from promptscrub.vault import Vault

    br = "Rua Zorveni de Baluti, 2974 - Quamiro, Tenpa Lu - MG, 32208-149"
    ind = "House No. 302, Caroten Road, Vezorni, Galuba 500031"
    text = f"Olá, entregue em {br}.\nSecond office: {ind}\n"
    vault = Vault()
    red = build_scrubber(Config()).redact(text, vault)
    for piece in ("Zorveni", "2974", "32208-149", "302", "Caroten Road", "500031"):
        assert piece not in red.text, red.text
    assert red.counts().get("ADDRESS") == 2, red.text
    assert restore(red.text, vault).text == text


def test_a_brazilian_address_over_lines():
    """The bairro, "City - UF" and the CEP on lines of their own are grown into the street's span."""
    address = "Rua Zorveni Luba, 123\nJardim Tenpa\nQuamiro - SP\nCEP 13010-000"
    assert found(f"Atenciosamente,\nAna\n{address}\n") == [address]
    assert found("Rua Zorveni Luba, 123, Quamiro - SP") == ["Rua Zorveni Luba, 123, Quamiro - SP"]


# Italian, Spanish, Polish and Dutch addresses: generated street names (made-up syllables), numbers and postcodes
def _it_address(rnd):
    name = rnd.choice([_word(rnd), f"{_word(rnd)} {_word(rnd)}", f"dei {_word(rnd)}", f"della {_word(rnd)}",
                       f"dell'{_word(rnd)}", f"degli {_word(rnd)}"])
    number = rnd.choice([str(rnd.randint(1, 299)), f"{rnd.randint(1, 99)}/{rnd.randint(1, 9)}"])
    street = f"{rnd.choice(['Via', 'Viale', 'Corso', 'Piazza', 'Largo', 'Vicolo', 'Piazzale'])} {name}"
    address = f"{street}{rnd.choice([' ', ', '])}{number}, {rnd.randint(10, 98)}{rnd.randint(0, 999):03d} {_word(rnd)}"
    return address + rnd.choice(["", "", f" ({rnd.choice(['MI', 'RM', 'TO', 'FI', 'NA'])})"])


def _es_address(rnd):
    street = rnd.choice(["Calle", "Calle de", "Avenida de", "Av.", "Paseo de", "Plaza", "C/", "Carrer de", "Calle de la"])
    number = rnd.randint(1, 299)
    address = f"{street} {_word(rnd)}{rnd.choice([' ', ', '])}{number}" if street != "C/" else f"C/ {_word(rnd)} {number}"
    floor = rnd.choice(["", f", {rnd.randint(1, 9)}º {rnd.choice('ABCD')}", f", {rnd.randint(1, 9)}º{rnd.choice('ABCD')}",
                        f", {rnd.randint(1, 9)}º izda.", f", {rnd.randint(1, 9)}º dcha.", f", {rnd.randint(1, 9)}º",
                        f", {rnd.randint(1, 9)}º-{rnd.randint(1, 4)}ª"])
    return f"{address}{floor}, {rnd.randint(1, 52):02d}{rnd.randint(0, 999):03d} {_word(rnd)}"


def _pl_address(rnd):
    number = rnd.choice([str(rnd.randint(1, 199)), f"{rnd.randint(1, 199)}/{rnd.randint(1, 99)}",
                         f"{rnd.randint(1, 99)}{rnd.choice('ab')}/{rnd.randint(1, 99)}"])
    return (f"{rnd.choice(['ul.', 'al.', 'os.', 'pl.'])} {rnd.choice([_word(rnd), f'{_word(rnd)} {_word(rnd)}'])} "
            f"{number}, {rnd.randint(0, 99):02d}-{rnd.randint(0, 999):03d} {_word(rnd)}")


def _nl_address(rnd):
    suffix = rnd.choice(["straat", "gracht", "weg", "laan", "plein", "kade"])
    return (f"{_word(rnd)}{suffix} {rnd.randint(1, 399)}, {rnd.randint(1000, 9999)} "
            f"{rnd.choice('ABCDGHJKLMNPRSTVWXZ')}{rnd.choice('ABCDEGHJKLNPRSTVWXZ')} {_word(rnd)}")


_EU_CONTEXTS = ["{a}", "Residenza: {a}\nTel. 02 1234\n", "Dirección: {a}\n", "indirizzo '{a}'", "Adres zamieszkania: {a}\n",
                '{{"customer": {{"address": "{a}", "id": 42}}}}', 'id,name,address\n17,"Ana","{a}"\n',
                "Met vriendelijke groet,\nJan\n{a}\nTel. 12\n"]


@pytest.mark.parametrize("template", _EU_CONTEXTS)
@pytest.mark.parametrize("make", [_it_address, _es_address, _pl_address, _nl_address])
def test_italian_spanish_polish_dutch_addresses(template, make):
    """From the street over the number (a flat after "/"), the floor and door ("4º D"), the postcode (12345, 12-345,
    1234 AB) and the city (a province code after it, "(MI)"), one span."""
    import random

    rnd = random.Random(f"{make.__name__}/{template}")
    for _ in range(30):
        a = make(rnd)
        text = template.format(a=a)
        assert found(text) == [a], text


@pytest.mark.parametrize("text", [
    "See C/ Python 3 bindings for details.", "The C/Python 3 extension is faster.", "Written in C/C++ 11 and Rust.",
    "Plaza Hotel, 5 stars, 10000 Reviews", "Set Via Proxy, 2 retries", "Largo 3, 12345 Items",
    "al. 2019, 12345 Samples were used", "Corso 2, 10-100 items", "It took 12 minutes (UK) on 3 cores",
    "Route requests via Redis, 3, 10000 Requests per second", "dates 12/03/2024 and Via Roma",
])
def test_not_italian_spanish_or_polish_addresses(text):
    assert found(text) == []


def test_italian_spanish_polish_dutch_addresses_through_the_engine(monkeypatch):
    """The anchors for these give the same findings through the pattern engine as per region."""
    import random

    rnd = random.Random(13)
    filler = ["def f(x):\n    return x + 1  # C/ Python 3\n", "Plaza Hotel, 5 stars\n", "Largo 3, 12345 Items\n",
              "id = 42; name = 'Via'\n"]
    makers = [_it_address, _es_address, _pl_address, _nl_address]

    _engine_finds_what_regions_find(_long_text(rnd, filler, lambda: rnd.choice(makers)(rnd) + "\n"), monkeypatch)


def test_a_spanish_address_round_trips_through_the_scrubber():
    """Redacted whole (street, floor, postcode and city gone), restored exactly."""
    from promptscrub.config import Config
    from promptscrub.restore import restore
    from promptscrub.scrubber import build_scrubber
    from promptscrub.vault import Vault

    text = "Dirección: Calle de Zorveni 42, 4º D, 28014 Quamiro\nAdres: ul. Tenpa 12/45, 83-269 Baluti\n"
    vault = Vault()
    red = build_scrubber(Config()).redact(text, vault)
    for piece in ("Zorveni", "4º D", "28014", "Quamiro", "Tenpa", "/45", "83-269", "Baluti"):
        assert piece not in red.text, red.text
    assert restore(red.text, vault).text == text


# --- audit 8: Turkish, Korean, Japanese and Chinese addresses, German "Am ..." streets, addresses as values ---

@pytest.mark.parametrize("text,expected", [
    # Turkey: neighbourhood / street / avenue, the door number (No:), the flat (D:, Daire, Kat), postcode, district/city
    ("Adres: Yıldız Mahallesi Papatya Sokak No: 7/2 D: 4, 06550 Yenimahalle/Ankara\nTel: yok",
     ["Yıldız Mahallesi Papatya Sokak No: 7/2 D: 4, 06550 Yenimahalle/Ankara"]),
    ("Teslimat: Bahçelievler mah. 1203/1 sk. No:14 K:2, 35170 Karabağlar/İzmir",
     ["Bahçelievler mah. 1203/1 sk. No:14 K:2, 35170 Karabağlar/İzmir"]),
    ("İkamet: Gazi Mustafa Kemal Bulvarı No: 118 Daire 9", ["Gazi Mustafa Kemal Bulvarı No: 118 Daire 9"]),
    # Korea: province or metropolitan city, district, road and building number (or neighbourhood and lot), flat
    ("주소: 경기도 성남시 분당구 불정로 6\n연락처: 없음", ["경기도 성남시 분당구 불정로 6"]),
    ("배송지 인천광역시 연수구 송도과학로 16, 101동 1203호 로 보내 주세요", ["인천광역시 연수구 송도과학로 16, 101동 1203호"]),
    ("대전광역시 유성구 궁동 220", ["대전광역시 유성구 궁동 220"]),
    # Japan: postal mark and code, prefecture, city, ward, town and block numbers (Sapporo's 条 grid too)
    ("送付先：〒812-0011 福岡県福岡市博多区博多駅前2-1-1\nよろしくお願いします。", ["〒812-0011 福岡県福岡市博多区博多駅前2-1-1"]),
    ("本社 〒060-0001 北海道札幌市中央区北1条西2丁目1番地", ["〒060-0001 北海道札幌市中央区北1条西2丁目1番地"]),
    ("神奈川県横浜市西区みなとみらい2丁目3番5号 にあります", ["神奈川県横浜市西区みなとみらい2丁目3番5号"]),
    # China and Taiwan: (province,) city, district, street and number, building and room
    ("我住在广东省广州市天河区天河路208号1501室，谢谢", ["广东省广州市天河区天河路208号1501室"]),
    ("公司：臺北市大安區忠孝東路四段100號", ["臺北市大安區忠孝東路四段100號"]),
    # after an address label in Chinese, Japanese or Korean: the value, structured or not
    ("收货地址：成都武侯区人民南路四段12号\n电话：无", ["成都武侯区人民南路四段12号"]),
    # German streets named with a preposition, before a postcode and a city
    ("Mieter: K. Brandt, Zum Steinbruch 8, 01067 Dresden", ["Zum Steinbruch 8, 01067 Dresden"]),
    ("Lieferung an\nAn der Wuhlheide 21\n12459 Berlin\n", ["An der Wuhlheide 21\n12459 Berlin"]),
    # a Dutch street whose type comes first
    ("Correspondentie: Laan van Nieuw Oost-Indië 23, 2593 BJ Den Haag", ["Laan van Nieuw Oost-Indië 23, 2593 BJ Den Haag"]),
])
def test_audit8_addresses_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a street under a street key (a MongoDB document, JSON, code, YAML), in either order of name and number
    ("{ street: 'Im Winkel 4', zip: '79098' }", ["Im Winkel 4"]),
    ('{"streetAddress": "221 Larkspur Way", "x": 1}', ["221 Larkspur Way"]),
    ('address_line1 = "Flat 2, 14 Harbour Row"', ["Flat 2, 14 Harbour Row"]),
    ("contact:\n  street: Zur Linde 9\n  country: DE\n", ["Zur Linde 9"]),
    # a postcode and a city under a city key, or as a whole bracketed or quoted value of a known city
    ('{"city": "80331 München", "country": "DE"}', ["80331 München"]),
    ("PLZ/Ort: 8010 Graz", ["8010 Graz"]),
    ("binding parameter [2] as [VARCHAR] - [20095 Hamburg]", ["20095 Hamburg"]),
    # a Spanish or Italian street with a comma before its number, as a whole bracketed value
    ("binding parameter [1] as [VARCHAR] - [Calle de Toledo, 45]", ["Calle de Toledo, 45"]),
])
def test_audit8_addresses_as_values(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Am Montag 12 Uhr beginnt das Meeting.",           # a German preposition street needs a postcode and a city
    "Im Jahr 2020, 10000 Menschen kamen zum Fest.",     # a year, then a number and a noun in a sentence
    "地址：见附件第3页",                                  # "see page 3 of the attachment" after the address label
    'buffer = "2048 Bytes"',                           # no city after the number
    'title = "2024 Paris"',                            # a year, not a postcode
    "IP地址：10.0.0.12\n服务器地址：192.168.1.1",        # network addresses after the Chinese word for address
    "ip_address: 'Rack 12'\nemail_address = \"Desk 4\"",  # not a street key
    "愛知県の工場は3-5-1で稼働中",                       # a prefecture, then a sentence: no address
    "Sipariş No: 48213, Fatura No: 2291",              # "No:" without a Turkish street before it
])
def test_audit8_not_addresses(text):
    assert found(text) == []


def test_audit8_addresses_through_the_engine_match_the_region_scan(monkeypatch):
    """The new anchors found through the pattern engine (a long text) are those the region scan finds."""
    import random

    from promptscrub.detectors import address

    rnd = random.Random(8)
    filler = ["def f(x):\n    return x + 1\n", "The build took 12 minutes on 4 cores.\n", "Am Montag 12 Uhr\n",
              "服务器地址：192.168.1.1\n", 'buffer = "2048 Bytes"\n', "Sipariş No: 48213\n"]
    planted = ["Adres: Yıldız Mahallesi Papatya Sokak No: 7/2 D: 4, 06550 Yenimahalle/Ankara\n",
               "주소: 경기도 성남시 분당구 불정로 6\n", "送付先：〒812-0011 福岡県福岡市博多区博多駅前2-1-1\n",
               "我住在广东省广州市天河区天河路208号1501室\n", "Zum Steinbruch 8, 01067 Dresden\n",
               "{ street: 'Im Winkel 4', city: '79098 Freiburg' }\n", "  street: Zur Linde 9\n",
               "[Calle de Toledo, 45] [20095 Hamburg]\n"]
    text = "".join(rnd.choice(planted) if rnd.random() < 0.05 else rnd.choice(filler) for _ in range(6000))
    assert len(text) >= address.ENGINE_FROM
    through_engine = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    monkeypatch.setattr(address, "ENGINE_FROM", 10**12)
    per_region = [(f.start, f.end, f.score) for f in AddressDetector().detect(text)]
    assert through_engine == per_region and len(per_region) > 200


@pytest.mark.parametrize("line", ["نشانی: تبریز، خیابان امام، کوچه ۷، پلاک 12، واحد 4", "Adresse: Lindenweg 8, 04109 Leipzig"])
def test_a_latex_line_break_after_a_cued_address_is_not_part_of_it(line):
    """A CV typeset in LaTeX ends its lines with ``\\\\``: the address after its label is still one, without it."""
    value = line.split(": ", 1)[1]
    assert value in found(line + " \\\\\n\\end{document}\n")
