"""Phone numbers, validated with libphonenumber (the ``phonenumbers`` package).

Matching is two-stage so that ordinary code costs almost nothing: a cheap regex finds number-shaped
runs (digits with the separators people write: spaces, dashes, dots, parentheses, a leading ``+``,
an ``x123`` extension), obvious non-phones (dates, versions, long digit strings) are dropped, and only
then is ``phonenumbers`` imported (~30 ms) and asked whether the candidate is a valid number.

Decision, per candidate:

* ``+CC ...`` / ``00CC ...``: valid as an international number → PHONE (0.9).
* national format: valid in one of ``regions`` (default ``["US"]``) and written with separators, or
  bare digits with a phone context word nearby (``phone``, ``tel``, ``call``, ``mobile``...) → 0.85.
* with a context word nearby only: valid in any region libphonenumber knows → 0.7; with a strong label
  (``Phone:``, ``Tel.``, ``call me at``) a grouped number of 6–15 digits is taken even if no region
  validates it → 0.5.
* two cues stand in for a context word, for a grouped national number valid in some region (→ 0.7):
  written in parentheses right after a name or an owner/contact key (``Jana Weber (030 31440923)``,
  ``owner: ((089) 80117218)``) with a trunk prefix ``0`` and its area code set apart (``(089) ``,
  ``0151/``, ``030 ``); or joined by "or" (``oder``, ``ou``, ``o``, ``of``) to a phone found just
  before or to an e-mail address (``+49 30 1234567 or 020 3859 1390``, ``jan@x.de oder 030 31440923``).
* a slash only in the older German (DIN 5008) way, between a ``0``-prefixed area code and the number
  (``030/12345678``): judged as the number written with a space there; any other slash is a date, a
  fraction or a path.
* without a context word, the regions the text suggests stand in for configured ones: its script (Thai,
  Cyrillic, Hangul, Arabic ...) for a number grouped as national numbers are (→ 0.75); and where its
  surroundings say it is a contact's (a cell of a delimited row or an HTML table, after a name and a comma,
  beside an e-mail address, alone on a line below a sign-off or in a block of short lines), also the
  letters of its language, its e-mail addresses' country domains and its international numbers' country
  codes (→ 0.75); beside an e-mail address, in a row holding one, below a sign-off, or trunk-prefixed with
  its area code set apart, any region (→ 0.7). Labels of more languages and icons (``Fone:``, ``HP:``,
  ``Telepon``, ``Direct line:``, ``Мобильный ....``, ``โทรศัพท์``, ``📞``), "my number is" in several
  languages and a text message's ``From:``/``To:`` header count as a context word; a Russian number in
  its ``8 (912) 345-67-89`` grouping and a Dutch ``06-12345678`` are shapes of their own.

Options: ``regions`` (list of ISO region codes tried for national formats), ``context_words`` (extra
context words), ``min_score`` (drop findings below), ``any_region_with_context`` (bool, default true).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from . import _lazyre
from ._licence import organisation_contact
from ._stretches import digit_marks

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Kana, CJK ideographs and Hangul: scripts written without blanks, whose particles and verbs are glued to a
#: number (``010-1234-5678로 연락``, ``090-1234-5678までご連絡``, ``电话13812345678``): a letter of theirs beside a
#: number does not make it part of a word, as a Latin letter or a digit does.
GLUED = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
CANDIDATE = _lazyre.compile(
    r"(?=[\d+(])(?<![\w+./-](?<![" + GLUED + r"]))"  # the lookahead (what a candidate starts with) makes the scan ~2x faster
    r"(?:\+\s?|00)?(?:\(\+?\d{1,5}\)[ .-]?)?\d(?:[ .\-/]?\(?\d\)?){4,17}\d?"
    r"(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"
    # (a comma and a digit after it: a decimal, or a CSV row's next cell: see ``_judge``; a dash and a group of four hex
    # digits and a dash: a UUID's first group, "01193188-c6a9-..."; a dash and a word is a label, "555-1234-Office")
    r"(?!(?![" + GLUED + r"])[\w+]|[./-]\d|-[0-9A-Fa-f]{4}-[0-9A-Fa-f])"
)
DIGIT = _lazyre.compile(r"\d")
#: Five digits, each at most three of ``) .-/(`` from the next: every candidate holds such a run (its first
#: five digits after the ``+``/``00``/``(+44)`` prefix). Searched in the text's digit marks (every ``\d`` a
#: NUL, see :func:`~promptscrub.detectors._stretches.digit_marks`): a first byte that ``re`` finds by a plain
#: byte scan, ~10x faster than testing ``\d`` at every character, and far faster than trying CANDIDATE there.
DIGIT_RUN = _lazyre.compile(rb"\x00(?:[ .\-/()]{0,3}\x00){4}")
#: Where a candidate can start, in the digit marks: CANDIDATE's first character and look-behind, but with
#: any non-ASCII character (``?``) let through. Most digit runs in code are inside a word (``a1b2c3d4e5``, a
#: hash) or a dotted version: one byte search turns their windows away.
START = _lazyre.compile(rb"(?<![A-Za-z_\x00+./-])[\x00+(]")
#: a candidate starts at most this many characters before that run (``+ `` and ``(+12345) ``)
LEAD = 11
#: a candidate reads at most this many characters from its start (98 of match, 2 of look-ahead)
READ = 100
#: how far past a digit run a search window reaches (long runs of numbers are passed this much at a time)
STEP = 32
#: Seven digits, each at most three characters from the next (``(?:\d\D{0,3}){7}``), in the digit marks: no
#: phone number has fewer, and a text without them costs one byte scan
SEVEN_DIGITS = _lazyre.compile(rb"\x00(?:[^\x00]{0,3}\x00){6}")
DATE_LIKE = _lazyre.compile(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s|$)")
DEFAULT_CONTEXT = (
    "phone", "tel", "telephone", "mobile", "mob", "cell", "cellphone", "fax", "call", "calling", "called",
    "text", "sms", "whatsapp", "contact", "reach", "ring", "dial", "landline", "hotline", "helpline",
    "voicemail", "messages", "answering", "ph", "registered", "caller", "callerid",
    # other European languages (lower case, as written)
    "telefon", "telefonisch", "telefonnummer", "rufnummer", "handy", "handynummer", "mobil", "mobilnummer",
    "mobilfunk", "anrufen", "telefono", "teléfono", "telefone", "telemóvel", "telemovel", "móvil",
    "movil", "celular", "cellulare", "ligue", "llame", "llamar", "chiamare",
    "chiamami", "portable", "téléphone", "tél", "joindre", "appeler", "mobiel", "telefoonnummer", "bellen",
    "komórka", "komórkowy", "telefonu", "tlf", "puhelin", "gsm",
    # Spanish and Italian "contact" and "call me" as chats and notices write them (llámame al ..., contattare
    # ... al ..., Contacto: ... / 612 ...)
    "contacto", "contactar", "contáctame", "contactame", "llámame", "llamame", "llámanos", "llamanos", "llamadme",
    "contatto", "contatti", "contattare", "contattami", "contattatemi", "chiamatemi", "chiamaci", "telefonare",
    "telefonami", "ligar",
    # "call me" / "reach me" as customers write it in their own language, the verb's other persons and moods
    # included (chiamarmi al ..., llámenme al ..., ruf mich an unter ..., appelez-moi au ..., позвоните по ...)
    "chiamarmi", "richiamarmi", "richiamatemi", "contattarmi", "raggiungibile", "reperibile",
    "llámeme", "llameme", "llámenme", "llamenme", "llamarme", "llámenos", "márcame", "marcame", "márqueme",
    "marqueme", "márquenme", "marquenme", "contactarme", "contácteme", "contacteme", "comuníquese", "comuniquese",
    "comunícate", "comunicate", "liga", "ligue-me", "ligar-me", "ligarem", "contacte", "contactar-me",
    "telefonar", "ruf", "rufen", "rufe", "zurückrufen", "rückruf", "erreichbar", "erreichen", "appelez", "appelle",
    "appelle-moi", "rappelez", "rappeler", "joignable", "contactez", "contacter", "bel", "bereikbaar",
    "terugbellen", "zadzwoń", "zadzwon", "zadzwonić", "dzwonić", "dzwonic", "позвоните", "позвонить", "звоните",
    "звонить", "перезвоните", "свяжитесь", "связаться", "arayın", "arayin", "arayabilirsiniz", "ulaşın",
    # keys of data and code that join the words (phoneNumber, MobilePhone, homePhone): one word once lowered
    "phonenumber", "phoneno", "mobilephone", "mobilenumber", "mobileno", "homephone", "workphone", "cellnumber",
    "telephonenumber", "telnumber", "telno", "faxnumber", "contactnumber", "contactphone", "msisdn",
    # Portuguese (Brazil) "fone", Indonesian and Malay, Finnish, Vietnamese (điện thoại, SĐT), Greek, Hebrew,
    # Russian and Ukrainian, Arabic: the words their forms, rosters and signatures label a phone with
    "fone", "telefones", "telepon", "telp", "ponsel", "puh", "puhelin", "matkapuhelin", "thoại", "sđt", "đt",
    "τηλ", "τηλέφωνο", "κινητό", "טלפון", "נייד", "телефон", "тел", "моб", "мобильный", "мобільний", "сотовый",
    "هاتف", "الهاتف", "جوال", "الجوال", "موبايل", "تلفن", "موبایل",
)
#: Context words of scripts without blanks between words (a particle or the next word is glued on: 연락처를,
#: 電話番号は): looked for as substrings of the text before a number, only when it is not ASCII.
CJK_CONTEXT = ("연락처", "전화", "휴대폰", "핸드폰", "휴대전화", "電話", "携帯", "連絡先", "电话", "手机", "联系方式",
               # Thai (โทร: "call", also in โทรศัพท์ telephone and เบอร์โทร phone number; มือถือ: mobile)
               "โทร", "มือถือ")
#: Phone labels in other scripts (and Turkish), each with the regions a national number after it most likely
#: belongs to: Arabic (the Gulf, Egypt), Persian (Iran), Hindi (India), Korean, Russian (Cyrillic), Chinese simplified
#: (mainland) and traditional/Japanese kanji, Japanese ``携帯``, Turkish. Right before a number (a colon and
#: blanks between) such a label is as strong as ``Phone:``, and the number is validated for those regions.
NATIVE_LABELS = (
    ("هاتف", "جوال", "موبايل", "الهاتف", "الجوال", "رقم الهاتف", ("AE", "SA", "EG")),
    ("फ़ोन", "फोन", "मोबाइल", "दूरभाष", ("IN",)),
    ("전화", "전화번호", "휴대폰", "휴대전화", "핸드폰", ("KR",)),
    ("телефон", "тел", "моб", "мобильный", "сотовый", ("RU", "KZ", "UA", "BY")),
    ("电话", "手机", "手机号", "联系电话", ("CN",)),
    ("電話", "電話番号", "携帯", "携帯電話", ("JP", "TW", "HK")),
    ("telefon", "tel", "cep", "gsm", ("TR",)),
    # Persian (its own yeh and kaf: موبایل is not the Arabic موبايل): mobile, phone, "companion phone" (mobile)
    ("تلفن", "تلفن همراه", "موبایل", "شماره تلفن", "شماره موبایل", "شماره همراه", "تلفن ثابت", ("IR",)),
)
NATIVE_LABEL = _lazyre.compile(
    r"(?i)(?<![\w\u0900-\u097f])(" + "|".join(sorted((w for group in NATIVE_LABELS for w in group[:-1]),
                                                      key=len, reverse=True))
    + r")(?![\w\u0900-\u097f])[ \t]*(?:\.[ \t]*)?(?:no\.?|nr\.?|номер|№|#)?[ \t]*[:：=]?[ \t]*$"
)
NATIVE_REGIONS = {w: group[-1] for group in NATIVE_LABELS for w in group[:-1]}
#: "Contact", "reach me at", "call" and "its number" as prose in Swedish, Polish, Turkish, Italian and Portuguese writes
#: them right before a national number (``kontakt: 070-123 45 67``, ``Ni når mig på ...``, ``numarası 0501 ...``,
#: ``Chiama il ...``, ``o número dele é ...``), with the regions the language's numbers belong to. Such a phrase
#: vouches for a number only when one of its regions validates it (an order number after "kontakt" stays).
#: Looked for only at the end of the text before a number candidate, where a colon and blanks may stand between.
LANG_CONTACT = (
    (r"kontakt", ("SE", "PL", "DE", "AT", "CH", "DK", "NO", "CZ", "SK")),
    (r"n[åa]r[ \t]+(?:mig|oss)[ \t]+p[åa]|n[åa]s[ \t]+p[åa]|ringa?[ \t]+(?:mig|oss)[ \t]+p[åa]", ("SE",)),
    (r"kontaktu|numer(?:[ \t]+(?:telefonu|kom[óo]rki))?|dzwo[ńn][ \t]+(?:na|pod)", ("PL",)),
    (r"ileti[şs]im|numaras[ıi]|numaram|numaram[ıi]z", ("TR",)),
    (r"chiama(?:mi|teci|ci|te)?(?:[ \t]+(?:il|al|allo))?|il[ \t]+(?:suo|mio)[ \t]+numero[ \t]+[èe]", ("IT",)),
    (r"n[úu]mero[ \t]+(?:dele|dela|dele[ \t]+[ée]|dela[ \t]+[ée]|[ée])|liga(?:r)?[ \t]+para", ("PT", "BR")),
)
LANG_CONTACT_RE = _lazyre.compile(
    r"(?i)(?<![\w])(?:" + "|".join(f"(?P<c{i}>{w})" for i, (w, _) in enumerate(LANG_CONTACT)) + r")[ \t]*:?[ \t]*$")
#: Words right after a number that say it is a phone ("555 0143 office", "... (mobile)").
AFTER = _lazyre.compile(
    r"(?i)^[\s(\-,]{0,3}(?:office|fax|mobile|mob|cell|home|work|tel|phone|landline|direct)\b"
    # languages whose verb or case ending follows the number: Turkish "... numarasından arayın" (from the number),
    # Korean "...로 연락/전화" (by ... contact/call), Japanese "...まで/にご連絡/お電話", Chinese "...联系/致电",
    # Hindi "... पर कॉल/संपर्क" (on ... call/contact)
    r"|^[ \t]*(?:numara(?:s[ıi]|m)?(?:ndan|dan|ya|n[ıi]z|n[ıi])?\b|(?:으?로|번으로|번호로)[ \t]*(?:연락|전화|문자)"
    r"|(?:まで|に|へ)[ \t]*(?:ご|お)?(?:連絡|電話|一報)|(?:联系|致电|打电话|給我|给我)|पर[ \t]+(?:कॉल|फ़ोन|फोन|संपर्क))")
STRONG = _lazyre.compile(
    r"(?i)(?:\b(?:phone|tel|telephone|mobile|mob|cell|fax|ph|whatsapp|telefon|telefonnummer|rufnummer|handy|mobil|"
    r"telefono|teléfono|telefone|telemóvel|telemovel|móvil|movil|celular|cellulare|portable|téléphone|tél|"
    r"mobiel|komórka|tlf|gsm)\b\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:=]?\s*$"
    r"|\b(?:call|text|ring|reach|dial)\s+(?:me|us|him|her|them)?\s*(?:at|on)?\s*$)"
)
#: Labels and phrases ``STRONG`` lacks, searched only where the end of the text before a number may hold one
#: (``_more_strong``): the phone labels of Portuguese (Brazil: Fone), Indonesian and Malay, Finnish, Vietnamese,
#: Greek, Hebrew, Russian and Ukrainian; words that label a phone only with their colon (Indonesian and Malay HP,
#: handphone; a direct line); "contact me at"; "my number is" in the languages of the national formats ("mi
#: número es", "meu número é", "nomor saya"); and a phone icon (📞 ☎ 📱 ✆ ☏ 📲) as signatures write it.
MORE_STRONG = _lazyre.compile(
    r"(?i)(?:\b(?:fone|telepon|telp|ponsel|puh|puhelin|matkapuhelin|điện thoại|sđt|đt|τηλ|τηλέφωνο|κινητό|טלפון|נייד|"
    r"телефон|тел|моб|мобильный|мобільний|сотовый)\b\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:=]?\s*$"
    r"|\b(?:hp|no\.?\s*hp|direct|direct\s+line|direct\s+dial|ddi)\s*:\s*$"
    r"|\bcontact\s+(?:me|us|him|her|them)?\s*(?:at|on)?\s*$"
    r"|\b(?:my|his|her|their|our|your|mi|su|meu|seu|mon|son|mein|meine|sein|seine|ihr|ihre|mijn|zijn|haar|il\s+mio|"
    r"il\s+suo|mój|moj|jego|jej|min|mitt|mit|hans|hennes|hendes)\s+(?:new\s+|nuevo\s+|novo\s+|nouveau\s+|"
    r"neue\s+|nieuwe\s+|nuovo\s+)?(?:phone\s+|mobile\s+|cell\s+)?(?:number|n[uú]mero|numéro|nummer|numer)"
    r"(?:\s+(?:nuevo|novo|nouveau|nuovo))?\s*(?:is|es|é|est|ist|è|to|er|är|:)?\s*$"
    r"|\bnomor\s+(?:saya|hp|telepon)\s*(?:adalah|:)?\s*$|\bмой\s+(?:новый\s+)?номер\s*:?\s*$"
    r"|[\U0001F4DE\u260E\U0001F4F1\u2706\u260F\U0001F4F2]\ufe0f?\s*$)"
)
#: what the end of the text before a number holds where ``MORE_STRONG`` may match there (lower case, ASCII)
MORE_STRONG_MARKS = (":", "contact", "num", "núm", "nom", "fone", "tel", "ponsel", "puh")
WORD = _lazyre.compile(r"[^\W\d_]+")
#: The end of an access log's request field (Common / Combined Log Format: ``"GET /x?phone=... HTTP/1.1" 204 3776``):
#: what follows is the status code and the response size, whatever phone word the request holds.
ACCESS_LOG_REQUEST_END = _lazyre.compile(r'HTTP/\d(?:\.\d)?"[ ]\Z')
#: A year, a dash and a serial (``2024-023080``): an order or case number, not a phone, unless labelled as one.
YEAR_SERIAL = _lazyre.compile(r"(?:19|20)\d{2}-\d{4,7}")
#: An ISO 6709 position as time-zone tables and geodata write it (``+DDMM+DDDMM``, ``+DDMMSS-DDDMMSS``):
#: the latitude's sign reads as a ``+`` prefix and the longitude's as a separator
ISO6709 = _lazyre.compile(r"\+(?:[0-8]\d|90)[0-5]\d(?:[+-](?:0\d\d|1[0-7]\d|180)[0-5]\d|[0-5]\d[+-](?:0\d\d|1[0-7]\d|180)[0-5]\d[0-5]\d)")
#: The key of a data field, a log's key=value or an XML element that holds a phone number where messaging and voice
#: APIs write it as E.164 digits without its ``+`` (WhatsApp's ``wa_id``, an SMS gateway's ``msisdn``/``originator``,
#: a voice event's ``from``/``to``, a CDR's ``src``/``dst``/``ani``): right before a number, the key's quote, its
#: ``:`` or ``=`` and the value's quote between. ``from``/``to`` say nothing alone: the number must also be a valid
#: international one (``PhoneDetector._keyed_e164``).
E164_KEY = _lazyre.compile(
    r"(?i)(?:(?:^|[\s{,;(&?\[])[\"']?|<)(?:[a-z_]*(?:phone|msisdn|mobile|caller|callee|wa_?id|whatsapp)[a-z_]*|from|to|"
    r"called|calling|recipient|sender|originator|destination|dest|src|dst|ani|dnis|cli|from_number|to_number|"
    r"source_addr|destination_addr|dest_addr)(?:[\"']?[ \t]*[:=][ \t]*[\"']?|>)$"
)
#: "number" alone (after a comma or a colon, or heading a line), right before a grouped number: "..., number
#: 345 772 1455" names it as one gives a phone, not as "order number" names an order's
NUMBER_ALONE = _lazyre.compile(r"(?i)(?:^|[,;:(\n])[ \t]*(?:number|numéro|número|numero|nummer|numer|номер)[ \t]*:?[ \t]*$")
#: National formats distinctive enough to be taken without a context word when their region validates the
#: number: French pairs (06 78 47 81 29), a trunk-0 area code then the subscriber number as one group
#: (0175 3810118, 07243 914060: Germany, Austria, the UK, the Netherlands...), a Brazilian mobile
#: ((19) 96823-7518), Spanish 3-2-2-2 groups, Korean and Japanese mobiles (010-1234-5678, 090-1234-5678).
NATIONAL_SHAPES = (
    (_lazyre.compile(r"0[1-9](?:[ .]\d{2}){4}"), ("FR",)),
    (_lazyre.compile(r"0\d{3,4} \d{6,8}"), ("DE", "GB", "AT", "NL", "CH", "IT", "BE")),
    # a German mobile in three groups (0170 1908 0264, 0151 234 56789): the 015x-017x prefix is its own
    (_lazyre.compile(r"01[5-7]\d{1,2} \d{3,4} \d{3,5}"), ("DE",)),
    (_lazyre.compile(r"\(\d{2}\) 9\d{4}-\d{4}"), ("BR",)),
    # a Spanish number in the 3-2-2-2 grouping Spain writes (612 34 56 78, 915 23 45 67)
    (_lazyre.compile(r"[6-9]\d{2} \d{2} \d{2} \d{2}"), ("ES",)),
    # a Korean mobile (010-1234-5678) and a Japanese one (090-1234-5678, 070-..., 080-...), dashed as written
    (_lazyre.compile(r"01[016-9]([ -])\d{3,4}\1\d{4}"), ("KR",)),
    (_lazyre.compile(r"0[5789]0([ -])\d{4}\1\d{4}"), ("JP",)),
    # a Russian number (and a Kazakh or Belarusian one) with its trunk prefix 8, the area or mobile code, often
    # in parentheses, and the subscriber number in 3-2-2 with dashes: 8 (912) 345-67-89, 8-912-345-67-89
    (_lazyre.compile(r"8[ -]?(?:\(\d{3,5}\)|\d{3,5})[ -]?\d{1,3}-\d{2}-\d{2}"), ("RU", "KZ", "BY")),
    # a Dutch mobile: 06, a dash or a blank, and the eight digits (06-12345678)
    (_lazyre.compile(r"06[ -]\d{8}"), ("NL",)),
)
#: A national number with a slash between the area code (trunk prefix 0, then 2–5 digits) and the number.
SLASHED = _lazyre.compile(r"\(?0[1-9]\d{1,4}\)?/\d{2,}(?:[ -]?\d{2,})*")
#: A trunk-prefixed national number with its area code set apart: ``(089) 80117218``, ``0151/40986324``,
#: ``030 31440923``, ``06 12 34 56 78``. Taken in parentheses after a name (``OPENER``).
TRUNK_GROUPED = _lazyre.compile(r"(?:\(0\d{1,4}\)[ /]?|0\d{1,4}[ ./-])\d{2,}(?:[ .-]\d{2,})*")
#: What stands before the ``(`` around such a number: a capitalised word (a name: ``Jana Weber (``, but not
#: ``VALUES (`` nor ``v(``: checked in :meth:`PhoneDetector._named_paren`) or an owner/contact key.
OPENER = _lazyre.compile(r"([^\W\d_][\w'’.-]*)([ \t]*[:=]?[ \t]*)$")
OWNER_KEYS = frozenset((
    "owner", "owners", "contact", "contacts", "kontakt", "ansprechpartner", "ansprechpartnerin", "maintainer",
    "responsible", "verantwortlich", "contacto", "contatto", "eigenaar", "propriétaire", "responsable",
    "referente", "titular", "inhaber", "person",
))
#: where a cued national number is looked for first (then in every other region)
CUE_REGIONS = ("DE", "GB", "FR", "NL", "IT", "ES", "AT", "CH", "BE")
#: A cued number that starts like a date written with blanks (``01 02 2024``) or with a year (``2024 12345678``)
CUE_NOT = _lazyre.compile(r"\(?(?:\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}\)?[ ./-])")
#: "or" in the languages of the national formats, between two numbers (or an e-mail address and a number)
OR_BEFORE = _lazyre.compile(
    r"(?i)[ \t]*,?[ \t]+(?:or|oder|ou|o|of)[ \t]+$"
    # or the new value after the old one: a change logged or told ("old=+40 ... new=0721 ...", "from ... to ...", "→")
    r"|[ \t]*,?[ \t]+(?:new|neu|nouveau|nuevo|novo|nuovo|nieuw)[ \t]*[:=][ \t]*$|[ \t]+(?:to|->|→|=>)[ \t]+$")
EMAIL_BEFORE = _lazyre.compile(
    r"(?i)[\w.%+-]@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}[ \t]*,?[ \t]+(?:or|oder|ou|o|of)[ \t]+$")
#: Digits in groups of 2–4 (a leading group of 1–5 in parentheses): how national numbers are written.
PHONE_GROUPS = _lazyre.compile(r"(?:\(\d{1,5}\)|\d{2,5})(?:[ .-]\d{2,4}){1,4}")
#: How national numbers are grouped, more loosely (a leading ``8`` or ``9``: ``8 (912) 345-67-89``, ``9 6123 4870``)
NATIONAL_GROUPS = _lazyre.compile(r"(?:\d{1,2}[ -]?)?(?:\(\d{1,5}\)|\d{2,6})(?:[ ./-]{1,3}\d{2,8}){1,4}")
#: An amount written with thousands separators (``1 234 567``): no phone by its grouping alone
THOUSANDS = _lazyre.compile(r"\d{1,3}(?:[ .]\d{3})+")
#: HTML tags at the end of the text before a number (``<tr><td><b>Phone</b></td><td>``): left out of a label's search
TAGS_AT_END = _lazyre.compile(r"(?:<[^<>\n]{0,60}>[ \t]*)+$")

#: The scripts a text is written in, and the regions its national numbers most likely belong to: a text's own
#: script is as good a hint as a configured region.
SCRIPT_REGIONS = (
    ("\u0e00", "\u0e7f", ("TH",)), ("\uac00", "\ud7a3", ("KR",)), ("\u3040", "\u30ff", ("JP",)),
    ("\u4e00", "\u9fff", ("CN", "TW", "HK")), ("\u0400", "\u04ff", ("RU", "UA", "BY", "KZ")),
    ("\u0370", "\u03ff", ("GR", "CY")), ("\u0590", "\u05ff", ("IL",)), ("\u0600", "\u06ff", ("EG", "AE", "SA", "MA", "JO")),
    ("\u0900", "\u097f", ("IN",)),
)
#: Letters of one or a few languages' alphabets, and the regions of those languages: a weaker hint, taken
#: only where something else says the number is a contact's (a table's cell, a name or an e-mail beside it)
LETTER_REGIONS = {
    **dict.fromkeys("æø", ("DK", "NO")), "å": ("DK", "NO", "SE", "FI"), **dict.fromkeys("äö", ("FI", "SE", "DE", "AT", "CH", "EE")),
    **dict.fromkeys("üß", ("DE", "AT", "CH")), "ñ": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "UY"),
    **dict.fromkeys("ãõ", ("BR", "PT")), **dict.fromkeys("łąęśźżń", ("PL",)), **dict.fromkeys("řěů", ("CZ",)),
    **dict.fromkeys("ňťďľĺŕ", ("SK", "CZ")), **dict.fromkeys("őű", ("HU",)), **dict.fromkeys("şğı", ("TR",)),
    **dict.fromkeys("șță", ("RO", "MD")), **dict.fromkeys("ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ", ("VN",)),
    **dict.fromkeys("ėųį", ("LT",)), **dict.fromkeys("پچژگکی", ("IR", "AF")), **dict.fromkeys("āēīūļņķģ", ("LV",)), **dict.fromkeys("ðþ", ("IS",)),
    **dict.fromkeys("éèêç", ("FR", "BE", "CH", "LU", "CA")), **dict.fromkeys("àìòù", ("IT", "FR")),
    **dict.fromkeys("áíóú", ("ES", "MX", "AR", "CO", "CL", "PE", "PT", "BR", "CZ", "HU")),
}
#: An e-mail address's or a host's country-code top-level domain (``@posti.example.fi``, ``@mail.example.com.ar``)
CCTLD = _lazyre.compile(r"@[\w-]+(?:\.[\w-]+)*\.([a-z]{2})(?![\w.-])")
#: two-letter top-level domains used for their letters, not their country
VANITY_TLDS = frozenset("io ai me tv ly gg fm ws cc sh to so la im ac gl ms nu tk ml ga cf gq eu su".split())
#: The country code of an international number in the text (``+45 20``, ``+7 (9``; not ``i + 1``)
INTL_CC = _lazyre.compile(r"(?<![\w+])\+(\d{1,3})(?=[ ]?\(?\d)")
#: how far around a number its text is read for those hints
HINT_REACH = 4000
#: how far along its line from a number :meth:`PhoneDetector._cue` reads
CUE_REACH = 300

#: An e-mail address, as a contact's other detail beside the number
EMAIL = r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"
#: "or" and "and" in the languages of the national formats, between a number and an e-mail address
OR_WORD = r"(?:or|oder|ou|o|of|y|e|und|and|en|et|eller|tai|lub|nebo|vagy|veya|atau|hoặc|или|або|או|أو)"
#: An e-mail address right before a number (``jan@x.de, 030 ...``, ``jan@x.de · 030 ...``, ``jan@x.de or 030 ...``)
EMAIL_THEN = _lazyre.compile(EMAIL + r"[>)\]]?[ \t]*(?:[,;·•|/–—-]|[ \t]" + OR_WORD + r")[ \t]*$")
#: An e-mail address right after a number (``..., 030 ..., jan@x.de``, ``030 ... or jan@x.de``)
THEN_EMAIL = _lazyre.compile(r"[ \t]*(?:[,;·•|/–—-]|[ \t]" + OR_WORD + r"[ \t])[ \t]*[<(\[]?" + EMAIL)
#: A person's name right before a comma and a number (``Executor: Jan Falk, 030 ...``, ``Mother: วิไล ชัยมงคล, 09...``):
#: capitalised words (particles between them), or words of a script without capitals; at a line's start or after
#: a label's colon, a parenthesis, a dash or a cell's separator
UNCASED_LETTERS = "\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3"
NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’.-]+|[" + UNCASED_LETTERS + r"][" + UNCASED_LETTERS + r"\p{M}]*)"
NAME_COMMA = _lazyre.compile(
    r"(?:^|[:(|\t–—-])[ \t]*" + NAME_WORD + r"(?:[ \t]+(?:(?:de|da|do|dos|van|von|der|den|del|di|la|le|bin|al|el)[ \t]+)?"
    + NAME_WORD + r"){0,3}[ \t]*,[ \t]*$")
#: A sign-off line, in the languages of the national formats: a number alone on a line below it (and the
#: signer's name) is the signer's
SIGN_OFF = _lazyre.compile(
    r"(?i)(?:^|\n)[ \t>]*(?:(?:kind|best|warm|warmest|many)[ \t]+regards|regards|best|best wishes|all the best|cheers|"
    r"thanks|thank you|many thanks|sincerely|yours(?:[ \t]+(?:sincerely|faithfully|truly))?|atenciosamente|abraços|"
    r"cumprimentos|cordialmente|saludos(?:[ \t]+cordiales)?|un saludo|atentamente|cordialement|bien à vous|"
    r"mit freundlichen grü(?:ß|ss)en|(?:freundliche|viele|beste|liebe) grü(?:ß|ss)e|mfg|met vriendelijke groet(?:en)?|"
    r"vriendelijke groet(?:en)?|groeten|(?:distinti|cordiali) saluti|saluti|s pozdravem|pozdrawiam|z poważaniem|"
    r"med vänlig hälsning|vänliga hälsningar|hälsningar|med venlig hilsen|venlig hilsen|med vennlig hilsen|"
    r"vennlig hilsen|mvh|ystävällisin terveisin|terveisin|saygılarımla|hormat saya|salam|terima kasih|trân trọng|"
    r"с уважением|з повагою|με εκτίμηση|üdvözlettel|cu stimă|cu respect|ขอแสดงความนับถือ|مع خالص التحية|"
    r"مع التحية|בברכה|धन्यवाद|감사합니다|よろしくお願いします|此致|敬礼)[ \t]*[,.!]?[ \t]*(?:\r?\n|$)"
)
#: The heading of a block of contact lines (a shipping or billing address, a recipient, a contact), in the
#: languages of the national formats: a number alone on a line of the block below it is the contact's
BLOCK_HEADING = _lazyre.compile(
    r"(?i)(?:^|\n)[ \t>*#-]*[^\n]{0,30}?(?:ship|deliver|recipient|consignee|bill to|billing|send to|contact|address|"
    r"envío|envio|entrega|destinatario|dirección|dostaw|odbiorca|lieferadresse|lieferanschrift|empfänger|livraison|"
    r"destinataire|adresse|consegna|spedizione|indirizzo|destinatário|endereço|alamat|penerima|pengiriman|"
    r"доставк|получател|адрес|จัดส่ง|ผู้รับ|ที่อยู่|收货|收件|地址|配送|お届け|住所|배송|받는|주소|التوصيل|المستلم|العنوان|"
    r"משלוח|נמען|כתובת)[^\n]{0,30}?:[ \t*]*\r?$"
)
#: What may stand right before a number that a cue of ``_cue`` takes (blanks aside): a cell's separator, the end of
#: a tag or of a previous line, a comma after a name, what joins it to an e-mail address (a letter ends "or")
CUE_BEFORE = frozenset(",;\t|>\n\r·•/–—-")
#: An HTML table cell's opening tag, right before a number
TD_OPEN = _lazyre.compile(r"(?i)<td\b[^<>]*>$")
#: Characters of code on the line before a number alone on its line: it is no contact block's line then
CODE_CHARS = frozenset("{}[]=;<>`$\\")
#: A text message's header (``From: ...``, ``To: ...``) right before a number that ends its line or field
SMS_HEADER = _lazyre.compile(r"(?i)(?:^|\n)[ \t>*-]*(?:from|to|sender|recipient|von|an|de|para|da|van|aan|od|do)[ \t]*:[ \t]*$")
#: what may follow such a number: the line's end, or a separator before the message's time
SMS_AFTER = _lazyre.compile(r"[ \t]*(?:\r?\n|$|[|·•–—-][ \t])")
#: An Italian mobile's prefix (3xx) or a landline's area code (0x to 0xxx), a dot and the subscriber number
IT_DOTTED = _lazyre.compile(r"(?:3\d{2}|0\d{1,3})\.\d{5,8}")
#: A date written as eight digits (``20240115``, ``15012024``): no phone however a region reads it
#: Ten bare digits from 1 on: Unix time in seconds (2001-2033), which a national number in some region matches
#: without its trunk prefix (1719632046 in Germany or Korea); none of the configured regions' numbers (a NANP one
#: never starts with 1). Taken only after a strong label ("Tel: ..."), not after a context word ("text", "call").
EPOCH_SECONDS = _lazyre.compile(r"1\d{9}")
BARE_DATE = _lazyre.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d")
#: the cues of :meth:`PhoneDetector._cue`, weakest first: the number is a table's cell, follows a name and a
#: comma, or stands alone on a line of a short block; a cell of a row that holds an e-mail address, a number
#: beside an e-mail address, a number alone on a line below a sign-off or a contact block's heading
CELL, NAMED, LINE, CELL_EMAIL, BESIDE_EMAIL, SIGNED = range(1, 7)


#: code points of four digits, a sequence of them (``0069 0307 0300``): a phone's groups to the eye
CODE_POINTS = _lazyre.compile(r"\d{4}(?: \d{4})+")
#: a field of the Unicode Character Database: a code point with a hex letter and its semicolon (``00CC;``)
UCD_FIELD = _lazyre.compile(r"(?<!\w)(?=[0-9A-F]{4,6};)\d*[A-F][0-9A-F]*;")


def _ucd_line(text: str, start: int) -> bool:
    """Whether the line of ``start`` is a row of a Unicode data file (SpecialCasing.txt, UnicodeData.txt): it holds
    a code point field with a hex letter (``00CC; 0069 0307 0300; 00CC; ...``)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    return UCD_FIELD.search(text, ls, le if le >= 0 else len(text)) is not None


def candidates(text: str) -> Iterator[re.Match[str]]:
    """``CANDIDATE.finditer(text)``, but the pattern is only tried in windows around the digit runs.

    No candidate starts before ``LEAD`` characters ahead of the next digit run, nor before the first
    place ``START`` allows there, so the search starts there; it ends ``READ`` characters past the last
    start it may report, so that the end of the window (which a look-ahead would see as the end of the
    text) changes nothing it reports.
    """
    n = len(text)
    marks = digit_marks(text)
    pos = 0
    while pos < n:
        run = DIGIT_RUN.search(marks, pos)
        if run is None:
            return
        start = max(pos, run.start() - LEAD)
        stop = min(n, run.start() + STEP + READ)
        last = n if stop == n else stop - READ  # the last start this window decides
        first = START.search(marks, start, last + 1)  # (no candidate starts before it)
        m = CANDIDATE.search(text, first.start(), stop) if first is not None else None
        if m is not None and m.start() <= last:
            yield m
            pos = m.end()
        else:
            pos = last + 1


class PhoneDetector:
    name = "phone"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = options or {}
        self.regions = [str(r).upper() for r in options.get("regions", ["US"])]
        extra = {str(w).lower() for w in options.get("context_words", [])}
        self.context = frozenset(DEFAULT_CONTEXT) | extra
        self.min_score = float(options.get("min_score", 0.0))
        self.any_region = bool(options.get("any_region_with_context", True))
        self._pn: Any = None

    def _phonenumbers(self) -> Any:
        if self._pn is None:
            import phonenumbers

            self._pn = phonenumbers
        return self._pn

    def detect(self, text: str) -> list[Finding]:
        if not SEVEN_DIGITS.search(digit_marks(text)):
            return []
        out: list[Finding] = []
        hint_cache: dict[tuple[int, bool], tuple[str, ...]] = {}  # ``_hints`` of this text, by part
        for m in candidates(text):
            start, end = m.span()
            value = m.group()
            # trailing separators and an unbalanced opening parenthesis are not part of the number
            while value and value[-1] in " .-/(":
                value = value[:-1]
                end -= 1
            if value.endswith(")") and value.count("(") < value.count(")"):
                value, end = value[:-1], end - 1
            score = self._judge(text, start, value, end, out[-1].end if out else -1, hint_cache)
            if score is not None and score >= self.min_score and not organisation_contact(text, start, end):
                out.append(Finding(start, end, "pii", "PHONE", "phone", score))
        if any(text[f.start:f.end].isdigit() for f in out):
            out = _without_id_cells(text, out)
        return out

    def _context(self, text: str, start: int, lo: int = 0) -> tuple[bool, bool]:
        """(any context word in the 48 chars before, from ``lo`` on, a strong label right before)."""
        before = text[max(lo, start - 48):start]
        # (what may stand between a label and its number: blanks, Markdown, a dotted leader, an HTML cell's tags)
        core = before.rstrip("\n \t>*-(.…_")
        if core.endswith(">"):
            core = TAGS_AT_END.sub("", core).rstrip("\n \t>*-(.…_")
        elif len(before) - len(core) > 2 and (".." in before[len(core):] or "…" in before[len(core):]):
            core += ":"  # a form's dotted leader stands for the label's colon ("HP ........ 0813...")
        strong = bool(STRONG.search(core)) or self._more_strong(core)
        lower = before.lower()
        if "call last)" in lower:  # a Python traceback's header is not "call me" (the window may cut "recent")
            lower = lower.replace("call last)", "")
        words = set(WORD.findall(lower))
        if not before.isascii() and any(w in before for w in CJK_CONTEXT):
            return True, strong
        return bool(words & self.context) or strong, strong

    @staticmethod
    def _more_strong(core: str) -> bool:
        """``MORE_STRONG`` at the end of ``core``, searched only where its last characters allow a match."""
        last = core[-1:]
        if last != ":" and last <= "\x7f":  # (a colon, a word, a label's "=" or an icon ends every match)
            if not (last.isalpha() or last == "=") or not any(w in core[-32:].lower() for w in MORE_STRONG_MARKS[1:]):
                return False
        return MORE_STRONG.search(core) is not None

    @staticmethod
    def _native_regions(text: str, start: int) -> tuple[str, ...]:
        """The regions of a ``NATIVE_LABELS`` label right before ``start`` ("전화번호: "), else ()."""
        before = text[max(0, start - 24):start]
        if before.isascii() and "el" not in before.lower() and "ep" not in before.lower() \
                and "sm" not in before.lower():
            return ()  # no label of another script, nor Turkish "Tel"/"Telefon"/"Cep"/"GSM"
        m = NATIVE_LABEL.search(before)
        return NATIVE_REGIONS.get(m.group(1).lower(), ()) if m else ()

    @staticmethod
    def _lang_contact(text: str, start: int) -> tuple[str, ...]:
        """The regions of a ``LANG_CONTACT`` phrase right before ``start`` ("kontakt: "), else ()."""
        before = text[max(0, start - 24):start]
        m = LANG_CONTACT_RE.search(before)
        if m is None:
            return ()
        return LANG_CONTACT[int(m.lastgroup[1:])][1]

    def _context_after(self, text: str, end: int) -> bool:
        return bool(AFTER.match(text[end:end + 16]))

    @staticmethod
    def _named_paren(text: str, start: int, end: int, value: str) -> bool:
        """``value`` is all of a parenthesis after a name or an owner/contact key: ``Lea Roth (030 31440923)``."""
        if start < 2 or text[start - 1] != "(" or text[end:end + 1] != ")" or not TRUNK_GROUPED.fullmatch(value):
            return False
        m = OPENER.search(text, max(0, start - 41), start - 1)
        if m is None:
            return False
        word = m.group(1).rstrip(".")
        if word.lower() in OWNER_KEYS:
            return True
        # a name: capitalised, not all capitals (``VALUES (``), set apart from the parenthesis (not ``Foo(``)
        return bool(m.group(2)) and len(word) > 1 and word[0].isupper() and not word.isupper() \
            and word[1:].replace("-", "").replace("'", "").replace("’", "").isalpha()

    @staticmethod
    def _joined(text: str, start: int, prev_end: int) -> bool:
        """"or" joins the number to a phone found just before, or to an e-mail address."""
        if prev_end >= 0 and start - prev_end <= 8 and OR_BEFORE.fullmatch(text, prev_end, start) is not None:
            return True
        lo = max(0, start - 90)
        return "@" in text[lo:start] and EMAIL_BEFORE.search(text, lo, start) is not None

    def _hints(self, text: str, start: int, cache: dict[tuple[int, bool], tuple[str, ...]],
               weak: bool = False) -> tuple[str, ...]:
        """The regions the text around ``start`` suggests, besides the configured ones: by its script; with
        ``weak``, also by the letters of its language, its e-mail addresses' country domains and the country
        codes of its international numbers. Kept per part of the text (only numbers no context word vouches
        for ask, and ``weak`` only for those their surroundings call a contact's)."""
        part = start // HINT_REACH
        found = cache.get((part, weak))
        if found is not None:
            return found
        if not weak:  # (most texts are ASCII throughout: tested once for all of its parts)
            ascii_text = cache.get((-1, False))
            if ascii_text is None:
                ascii_text = cache[(-1, False)] = ("",) if text.isascii() else ()
            if ascii_text:
                return ()
        window = text[max(0, (part - 1) * HINT_REACH):(part + 2) * HINT_REACH]
        regions: list[str] = []
        if not window.isascii():
            chars = {c for c in set(window) if c > "\x7f"}
            for first, last, script in SCRIPT_REGIONS:
                if any(first <= c <= last for c in chars):
                    regions.extend(script)
            if weak:
                for c in chars:
                    regions.extend(LETTER_REGIONS.get(c.lower(), ()))
        if weak and "@" in window:
            tlds = {m.group(1) for m in CCTLD.finditer(window.lower())} - VANITY_TLDS
            regions.extend("GB" if tld == "uk" else tld.upper() for tld in tlds)
        if weak and "+" in window:
            codes = self._phonenumbers().COUNTRY_CODE_TO_REGION_CODE
            for m in INTL_CC.finditer(window):
                cc = next((int(m.group(1)[:k]) for k in (1, 2, 3) if int(m.group(1)[:k]) in codes), None)
                regions.extend(codes.get(cc, ()) if cc is not None else ())
        supported = self._phonenumbers().SUPPORTED_REGIONS
        found = cache[(part, weak)] = tuple(dict.fromkeys(r for r in regions if r in supported and r not in self.regions))
        return found

    @staticmethod
    def _cue(text: str, start: int, end: int) -> int:
        """What the number's surroundings say of it, with no context word near (0: nothing): a cell of a
        delimited row or of an HTML table (``CELL``; ``CELL_EMAIL`` if the row holds an e-mail address), after a
        name and a comma (``NAMED``), beside an e-mail address (``BESIDE_EMAIL``), alone on its line below a
        sign-off or in a block under a contact's heading ("Ship to:", ``SIGNED``) or in a block of short lines
        (``LINE``: an address block, a signature)."""
        p = start - 1
        while p >= 0 and text[p] == " ":
            p -= 1
        if p >= 0 and text[p] not in CUE_BEFORE and not text[p].isalpha() and "@" not in text[end:end + 90]:
            return 0  # (what stands right before is none of the cues' ends, and no address follows: code, mostly)
        ls = max(text.rfind("\n", 0, start) + 1, start - CUE_REACH)  # (a long line is read near the number only)
        le = text.find("\n", end, end + CUE_REACH)
        le = min(len(text), end + CUE_REACH) if le < 0 else le
        head, tail = text[ls:start], text[end:le]
        at = head.rfind("@")  # (an address beside the number: its "@" within a few dozen characters)
        if at >= 0 and len(head) - at < 90 and EMAIL_THEN.search(head, max(0, at - 70)) \
                or "@" in tail[:90] and THEN_EMAIL.match(tail):
            return BESIDE_EMAIL
        h, t = head.rstrip(" "), tail.lstrip(" ").rstrip("\r")
        cell = 0
        if h[-1:] in (",", ";", "\t", "|") and (not t or t[0] == h[-1]) or not h and t[:1] in (",", ";", "\t", "|"):
            sep = h[-1] if h else t[0]
            if text.count(sep, ls, le) >= 2:
                if "@" in text[ls:le]:
                    return CELL_EMAIL
                if CODE_CHARS.isdisjoint(text[ls:le]) and "(" not in text[ls:le]:
                    cell = CELL  # (not a call's arguments: ``foo(1, 0151 40986, 3)``)
        if h.endswith(",") and NAME_COMMA.search(head):
            return NAMED  # (before a cell: "Third party: Jan Falk, 030 ..., plate ..." is a name's number)
        if cell or t[:4].lower() == "</td" and TD_OPEN.search(h):
            return CELL
        if not h.strip(" \t>*•·-") and not t:
            above = text[max(0, ls - 240):ls]
            if SIGN_OFF.search("\n".join(above.split("\n")[-5:])):
                return SIGNED
            block = above.rstrip("\r\n").split("\n")[-5:]
            for k in range(len(block) - 1, -1, -1):  # (the block: its lines since the last blank one)
                if not block[k].strip():
                    block = block[k + 1:]
                    break
            if block and ":" in block[0] and BLOCK_HEADING.search(block[0]):
                return SIGNED
            prev = above.rstrip("\r\n").rsplit("\n", 1)[-1]
            if prev.strip() and len(prev) <= 80 and CODE_CHARS.isdisjoint(prev):
                return LINE
        return 0

    def _judge(self, text: str, start: int, value: str, end: int, prev_end: int = -1,
               hint_cache: dict[tuple[int, bool], tuple[str, ...]] | None = None) -> float | None:
        digits = "".join(DIGIT.findall(value.split("x")[0].split("ext")[0]))
        n = len(digits)
        if n < 6 or n > 15 or DATE_LIKE.match(value):
            return None
        if value.isdigit() and start and text[start - 1] == "#" and (start < 2 or not text[start - 2].isalpha()):
            return None  # "#1919404", "(LP: #...)": an issue or bug number ("Phone#..." glues a label to it)
        if start > 9 and text[start - 2] == '"' and ACCESS_LOG_REQUEST_END.search(text, start - 12, start):
            return None  # an access log's status and size after its request ("... HTTP/1.1" 204 3776)
        if value[0] == "+" and ISO6709.fullmatch(value):
            return None
        if CODE_POINTS.fullmatch(value) and _ucd_line(text, start):
            return None
        international = value.startswith("+") or value.startswith("00")
        written = value
        separated = any(c in value for c in " -.()/")
        if value.count(".") == 1 and not international:  # 36450.6 is a decimal number; dotted phones have two or more dots
            return self._italian_dotted(text, start, end, value)
        # a dotted run like 1.2.3.4 or 10.0.19041.1 is a version or an address, not a phone
        if "." in value and not international and not re.fullmatch(r"\(?\d{2,4}\)?(?:\.\d{2,4}){1,4}(?:\s?x\d+)?", value):
            return None
        if value.count(".") == 1:
            return None
        if "/" in value and not international:
            # DIN 5008's older style, area code / number (``030/12345678``, ``0152/49113037``): one slash after a
            # trunk-prefixed area code. Dates (``12/05/2024``), fractions and paths have other shapes.
            if n < 7 or not SLASHED.fullmatch(value):
                return None
            value = value.replace("/", " ")
        if n < 7 and not international:
            has_ctx, strong = self._context(text, start)
            return 0.5 if (strong or self._context_after(text, end)) and separated else None
        pn = self._phonenumbers()
        if international:
            try:
                num = pn.parse(value if value.startswith("+") else "+" + value[2:], None)
            except pn.NumberParseException:
                return None
            if valid_number(pn, num):
                return 0.9
            has_ctx, _ = self._context(text, start)
            return 0.6 if has_ctx and pn.is_possible_number(num) else None
        if n >= 10 and value.isdigit() and self._keyed_e164(text, start, value):
            return 0.85
        # a phone found on a line above owns the context words before it ("Call +33 6 ...\nParcel 64702015 ..."):
        # a number on a later line reads its context from after that phone only
        has_ctx, strong = self._context(text, start, prev_end if 0 <= prev_end and "\n" in text[prev_end:start] else 0)
        if not has_ctx and (self._context_after(text, end) or self._sms_header(text, start, end)):
            has_ctx = strong = True
        hints = self._native_regions(text, start)
        if hints:
            has_ctx = strong = True
        elif not has_ctx and not value.isdigit():
            regions = self._lang_contact(text, start)
            if regions and any(self._valid(value, region) for region in regions):
                return 0.8
        if not strong and YEAR_SERIAL.fullmatch(value):
            return None  # "Bestellung 2024-023080": an order number
        if separated or has_ctx:
            for region in self.regions:
                if self._valid(value, region):
                    return 0.85
        for region in hints:
            if region not in self.regions and self._valid(value, region):
                return 0.85
        if not has_ctx:
            return self._without_context(text, start, end, value, written, prev_end,
                                         {} if hint_cache is None else hint_cache)
        if self.any_region and not (not strong and EPOCH_SECONDS.fullmatch(value)):
            for region in pn.SUPPORTED_REGIONS:
                if region not in self.regions and self._valid(value, region):
                    return 0.7
        return 0.5 if separated and (strong or n >= 7 and PHONE_GROUPS.fullmatch(value)) else None

    def _without_context(self, text: str, start: int, end: int, value: str, written: str, prev_end: int,
                         hint_cache: dict[tuple[int, bool], tuple[str, ...]]) -> float | None:
        """A national number no context word vouches for (``written`` as in the text, ``value`` with a DIN 5008
        slash as a blank). Taken when its shape is a region's own (``NATIONAL_SHAPES``); when it is grouped as
        national numbers are and valid in a region the text's script suggests; or when its surroundings say it
        is a contact's (``_named_paren``, ``_joined``, ``_cue``) and it is valid in a region the text suggests,
        or, beside an e-mail address, in a row that holds one, below a sign-off or trunk-prefixed with its area
        code set apart, in any region. A comma and a digit right after it (``612 48 31 90,4``) is a decimal
        unless the number is a delimited row's cell."""
        comma_after = text[end:end + 1] == "," and text[end + 1:end + 2].isdigit()  # (a decimal's comma, or a CSV's)
        if value.isdigit():  # bare digits (code's constants, mostly): only where the surroundings are a contact's
            if prev_end >= 0 and start - prev_end <= 12 and self._joined(text, start, prev_end) \
                    and value[0] == "0" and len(value) >= 9:
                return self._in_any_region(value)  # "old=+40 ... new=0755..."
            cue = self._cue(text, start, end)
            if not cue or comma_after and cue not in (CELL, CELL_EMAIL, BESIDE_EMAIL) or BARE_DATE.fullmatch(value):
                return None
            if any(self._valid(value, region) for region in self._hints(text, start, hint_cache, weak=True)):
                return 0.75
            any_region = cue in (BESIDE_EMAIL, SIGNED) and value[0] == "0" and len(value) >= 9
            return self._in_any_region(value) if any_region else None
        if not CUE_NOT.match(value) and (self._named_paren(text, start, end, written)
                                         or self._joined(text, start, prev_end)):
            return self._in_any_region(value)
        if PHONE_GROUPS.fullmatch(written) and not THOUSANDS.fullmatch(written) \
                and NUMBER_ALONE.search(text, max(0, start - 24), start):
            return self._in_any_region(value)  # "..., number 345 772 1455"
        if value == written and not comma_after:
            for shape, regions in NATIONAL_SHAPES:
                if shape.fullmatch(value):
                    if any(self._valid(value, region) for region in regions):
                        return 0.8
                    break
        if CUE_NOT.match(value):
            return None
        shaped = NATIONAL_GROUPS.fullmatch(written) is not None
        grouped = shaped and not THOUSANDS.fullmatch(written)  # (3 + 3 + 3 is an amount's grouping too: 612 480 319)
        if grouped and value == written and not comma_after \
                and any(self._valid(value, region) for region in self._hints(text, start, hint_cache)):
            return 0.75
        cue = self._cue(text, start, end)
        if not cue or comma_after and cue not in (CELL, CELL_EMAIL, BESIDE_EMAIL) or not shaped and cue < CELL_EMAIL:
            return None
        if any(self._valid(value, region) for region in self._hints(text, start, hint_cache, weak=True)):
            return 0.75
        if cue >= CELL_EMAIL or grouped and (cue == NAMED and PHONE_GROUPS.fullmatch(written) or TRUNK_GROUPED.fullmatch(written)):
            return self._in_any_region(value)
        return None

    def _keyed_e164(self, text: str, start: int, value: str) -> bool:
        """``value`` (bare digits) is the value of a phone key (``E164_KEY``) and, read with a ``+`` before it, a
        valid international number: E.164 as messaging and voice webhooks write it (``"wa_id": "4479..."``)."""
        if E164_KEY.search(text, max(0, start - 48), start) is None:
            return False
        pn = self._pn
        try:
            return valid_number(pn, pn.parse("+" + value, None))
        except pn.NumberParseException:
            return False

    def _in_any_region(self, value: str) -> float | None:
        """0.7 if the number is valid in a region besides the configured ones (the national formats' regions
        first), where ``any_region_with_context`` allows it."""
        if not self.any_region:
            return None
        regions = CUE_REGIONS + tuple(r for r in self._pn.SUPPORTED_REGIONS if r not in CUE_REGIONS)
        return 0.7 if any(self._valid(value, region) for region in regions if region not in self.regions) else None

    def _italian_dotted(self, text: str, start: int, end: int, value: str) -> float | None:
        """An Italian number written with one dot after the mobile operator's prefix or the area code
        (``347.1234567``, ``06.48123456``), as Italy does: with a context word or a contact's surroundings
        (``_cue``), valid in Italy. Any other number with one dot is a decimal."""
        if not IT_DOTTED.fullmatch(value):
            return None
        has_ctx, _ = self._context(text, start)
        if not (has_ctx or self._cue(text, start, end)):
            return None
        self._phonenumbers()
        return 0.75 if self._valid(value.replace(".", " "), "IT") else None

    @staticmethod
    def _sms_header(text: str, start: int, end: int) -> bool:
        """``From: <number>`` or ``To: <number>`` heading a text message: the number is all of the header's
        value (the line ends, or a ``|`` or a dash and the time follow)."""
        before = text[max(0, start - 24):start]
        if not before.rstrip(" \t").endswith(":") or not SMS_HEADER.search(before):
            return False
        digits = "".join(DIGIT.findall(text, start, end))
        if len(digits) < 8 or digits.endswith("000"):
            return False  # a range's bounds ("From: 1000000"), not a sender's number
        return SMS_AFTER.match(text, end, min(len(text), end + 4)) is not None

    def _valid(self, value: str, region: str) -> bool:
        pn = self._pn
        try:
            num = pn.parse(value, region)
        except pn.NumberParseException:
            return False
        return valid_number(pn, num)


def valid_number(pn: Any, num: Any) -> bool:
    """``pn.is_valid_number(num)``, asking the country code's main region first.

    Why: for a calling code shared by many regions (+1: 25 of them, +44, +7...) phonenumbers tries the
    regions in turn until one's patterns fit, ~0.1 ms a number; a valid number of the main region (the
    list's first, which the full check also tries first) is answered by one region's patterns."""
    region = pn.region_code_for_country_code(num.country_code)
    if region not in ("ZZ", "001") and pn.is_valid_number_for_region(num, region):
        return True
    return bool(pn.is_valid_number(num))


#: the words of a column header that names an identifier of a record, not a contact ("Order No.",
#: "Bestellnr.", "invoice_id", "LEID", "N° commande"): a number in such a column is no phone, whatever the row
_ID_HEADER_WORDS = frozenset(
    "id no nr nro num number numero nummer order orders invoice receipt ref reference sku transaction txn ticket "
    "case leid euid bestellnr bestellnummer bestellung rechnungsnr rechnungsnummer auftragsnr commande facture "
    "pedido factura ordine fattura bestelling factuur zamowienie zamowienia faktura order_no ordernummer "
    "tracking shipment".split())


def _id_column(name: str) -> bool:
    from .pii_columns import _key, column_kind

    key = _key(name)
    if not key or column_kind(name) is not None or "phone" in key or "tel" in key.split("_"):
        return False
    return not _ID_HEADER_WORDS.isdisjoint(key.split("_"))


def _without_id_cells(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` less the bare-digit numbers that are all of a cell of a table column named an identifier
    (see :data:`_ID_HEADER_WORDS`): an order number in a row beside a name and an e-mail is still an order number."""
    from ._tables import column_cells, inner

    cells = {inner(text, c.start, c.end)
             for c in column_cells(text, lambda t: [i for i, n in enumerate(t.names) if _id_column(n)])}
    if not cells:
        return found
    return [f for f in found if (f.start, f.end) not in cells or not text[f.start:f.end].isdigit()]
