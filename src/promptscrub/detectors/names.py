"""Person names, offline and model-free: name lists plus context cues.

Evidence, weakest to strongest:

* a capitalised word that is a listed first or last name (1990 US Census lists, see
  ``data/build_names.py``) and not an ordinary English word (``Will``, ``Brown``, ``Main`` are
  *ambiguous*: they need more evidence);
* a run of capitalised words ("Mary Ann O'Neil", "Ludwig van Beethoven") where at least one is a name
  and the rest are names or unknown words (foreign surnames are mostly not in any list);
* a cue right before or after: a title (``Mr.``, ``Dr.``), a greeting or sign-off (``Dear``, ``Hi``,
  ``Regards,``), a header (``From:``, ``Name:``), a phrase (``my name is``, ``ask``, ``said``,
  ``'s``, ``, the engineer``). With a cue, unknown capitalised words are taken as names too.

Code is not prose: identifiers after ``.``/``_``/``@``, before ``(``/``.x``/``::``, and after
``class``/``def``/``import``/``new`` are skipped, and so are ALL-CAPS and camelCase tokens.

Apart from that scan, names marked by what surrounds them (``NameDetector._marked_names``): in capitals after an
address label ("TO:   MARGARET QUILLFEATHER", or on the line under it), as a party of a court caption ("..., an
individual,", a "BETWEEN:" block's party above its role), as a passenger's SURNAME/GIVEN or an MT940 statement's
counterparty; after a name key's "=" (a form-urlencoded body, a toString, a CN=); a "Last, First" chat header
before its time; signing a post after a dash or a slash ("— Ana Lima", "/Gunnar"); and in Arabic, Hebrew, Thai,
Devanagari or CJK script wherever a cue marks a run of that script shaped as a name: a label that asks for a
person ("Employee:", "받는 사람:"), a chat's speaker, a sign-off, a greeting or a title, a name key (JSON, XML,
CN=, LaTeX's \name), a name column, a self-introduction ("…と申します").

Options: ``min_score`` (default 0), ``single_first_names`` (bool, default true: a lone unambiguous first
name counts), ``extra_names`` / ``not_names`` (lists of words to add to / remove from the lists),
``context_words`` (extra words that, right before a capitalised word, mark it as a name).
"""
from __future__ import annotations

import array
import bisect
import itertools
import operator
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..char_tables import TranslationTable
from ..text_search import holds_any
from . import _lazyre as regex
from . import _stretches
from ._code_context import CodeKeywordBefore, CueBefore
from ._reference import ReferenceText
from ._licence import after_company
from ._stretches import ClassScan, line_stretches

from ..findings import Finding

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "names.bin"
SECTIONS = ("first", "last", "ambiguous", "words")

# A capitalised word: Upper + lower (O'Neil, Jean-Luc, McDonald, DeShawn); not ALL CAPS, not camelCase tails.
# Written capital first, the look-behind (what may not come before the word) right after it: a pattern that
# opens with a character class lets ``re`` skip to the next capital in C instead of trying the look-behind
# at every position, which halves the scan. ``(?<=M)(?:c|ac)`` etc. are the "Mc", "Mac", "De"... prefixes.
CAP = regex.compile(
    r"(\p{Lu}(?<![\p{L}\p{N}_.@/\\$#%&*+=~^|`-]\p{Lu})"
    r"(?:\p{Ll}+(?:(?:['’](?!s\b)|-)\p{Lu}?\p{Ll}+)*"
    r"|(?:(?<=M)(?:c|ac)|(?<=D)[ei]|(?<=L)[ea]|(?<=O)['’])\p{Lu}\p{Ll}+))"
    r"(?![\p{L}\p{N}_@]|\(|::|\.[\p{L}_]|-\p{L}|['’](?!s\b)\p{L})"
)
#: What the \\p{..} classes hold among ASCII characters: on ASCII text a pattern with these in place of the
#: full Unicode classes finds exactly what the Unicode one does, and stdlib ``re`` runs it ~2x faster.
_ASCII_CLASSES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "N": "0-9", "M": ""}


def ascii_twin(pattern: str, flags: int = 0) -> regex.LazyPattern:
    """``pattern`` for ASCII-only text (see ``finditer``); ``pattern`` must not use a standalone ``\\p{M}``."""
    try:
        result = regex.translate(pattern, _ASCII_CLASSES)
    except ValueError:
        result = ""
    if not result or "[]" in result:
        raise ValueError(f"cannot make an ASCII twin of {pattern!r}")
    return regex.compile(result, flags)


def finditer(pattern: Any, twin: Any, text: str) -> Iterator[Any]:
    """``pattern.finditer(text)`` for a pattern whose matches never span a line break and whose look-arounds
    see at most the line: the lines with only ASCII characters are scanned with its ASCII ``twin``. The
    scans are chained in C: a generator yielding each match would cost more than the scan of most words."""
    if text.isascii():
        return twin.finditer(text)
    return itertools.chain.from_iterable(_line_scans(pattern, twin, text))


def _line_scans(pattern: Any, twin: Any, text: str) -> Iterator[Any]:
    """The ``finditer`` of each stretch of ``text``: ``twin``'s for ASCII lines, ``pattern``'s for the others."""
    for start, end, ascii_only in line_stretches(text):
        yield (twin if ascii_only else pattern).finditer(text, start, end)


#: ``CAP`` on ASCII text turned into its characters' classes (``_stretches.char_classes``, shared with the place
#: detector): every capital is ``U``, so ``re`` finds a word's start with a fast search for one byte instead of
#: testing every character against the capitals (3.7 MB of code: ~13 ms, not ~30, the translation aside). The
#: classes keep what ``CAP`` tells apart but which capital a word starts with: its "Mc", "Mac", "De", "Di", "Le",
#: "La", "O'" forms are found after any capital, as group 2 (group 1 is any other word), and
#: ``_second_form_start`` checks them.
CLASS_CAP = (rb"U(?<![Ulaceis0_.@/-]U)(?:([laceis]+(?:(?:'(?!s\b)|-)U?[laceis]+)*)|((?:c|ac|[ei]|[ea]|')U[laceis]+))"
             rb"(?![Ulaceis0_@(]|::|\.[Ulaceis_]|-[Ulaceis]|'(?!s\b)[Ulaceis])")
#: the forms of ``CAP``'s second branch before its capital (then "Mac")
SECOND_FORMS = frozenset(["Mc", "De", "Di", "Le", "La", "O'"])


def cap_words(text: str) -> Iterator[re.Match[Any]]:
    """The matches of ``CAP`` in ``text`` by their spans, and more: each ASCII line is scanned as classes
    (``CLASS_CAP``: ``group()`` is of the classes), the others with ``CAP``. A match whose ``lastindex`` is 2
    is a "Mc"/"De"/"O'" form after any capital: ``_second_form_start`` says where ``CAP``'s match is."""
    return _CAP_SCAN.finditer(text)


def _second_form_start(text: str, s: int) -> int:
    """Where ``CAP``'s match starts for a ``cap_words`` match at ``s`` of its second form (``lastindex`` 2,
    ending where ``CAP``'s does), -1 if there is none. Its capital at ``s + 2`` ("De"), or ``s + 3`` if the
    class scan took ``ac`` before it, is preceded by ``'`` or a letter: when the form is no "Mc", "Mac", "De",
    "Di", "Le", "La" or "O'", ``CAP`` finds no word on ``s:e`` but for "X'Yy", where it finds "Yy"."""
    if (text[s:s + 3] == "Mac") if text[s + 2] == "c" else (text[s:s + 2] in SECOND_FORMS):
        return s
    return s + 2 if text[s + 1] == "'" else -1


LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}_'’-])\p{Ll}")
CAP_ASCII = ascii_twin(CAP.source)
_CAP_SCAN = ClassScan(CLASS_CAP, CAP, lambda text: finditer(CAP, CAP_ASCII, text))
PARTICLES = frozenset("van von der den de del della di da dos das du la le las los zu af av ter ten bin ibn al el st".split())
#: Honorifics after which any capitalised word is a name ("Mr. Park", "Dr. Key").
HONORIFIC = regex.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sir|Dame|Madam|Madame|Mme|Mlle|Herr|Frau|Sr|Sra|Srta|Rev|Capt|Lt|Sgt)\.?"
    r"[ \t]+$"
)
#: ``HONORIFIC`` behind the cheap test of ``CueBefore`` (lower-cased: the case-sensitive regex still decides)
HONORIFIC_BEFORE = CueBefore(HONORIFIC, "mr mrs ms miss mx dr dra prof sir dame madam madame mme mlle herr frau sr sra "
                                        "srta rev capt lt sgt", trailing=" \t.", needs=" \t")


def _no_title(text: str, s: int) -> bool:
    """No ``HONORIFIC`` before ``s``: there is no capital in its window (every title has one), as in most
    windows that its cheap gate lets through (an indentation, the end of a sentence)."""
    window = text[s - 8 if s > 8 else 0:s]
    return window.lower() == window


def _honorific(text: str, s: int) -> Any:
    """``HONORIFIC.search(text, s - 8, s)``, skipped where the text before ``s`` cannot end with a title."""
    return HONORIFIC_BEFORE.search(text, s - 8 if s > 8 else 0, s)


_TITLE_WORDS = ("mr mrs ms miss mx dr prof professor sir dame madam madame mme mlle herr frau sr sra srta rev reverend "
                "fr father sister brother capt captain col colonel gen general lt sgt sergeant hon judge justice "
                "officer agent detective uncle aunt auntie grandma grandpa dean coach president senator governor "
                "mayor doctor nurse attorney lawyer mister "
                # other languages' titles and the neighbour or colleague a message names ("la Dra. Ortega", "il dott.
                # Greco", "pani Nowak", "min granne Holmgren", "у соседки Кузнецовой", "врача Иванова")
                "dra doctora doutor doutora dott dottore dottoressa docteur ing avv sig signor signora señor señora "
                "senhor senhora meneer mevrouw mevr dhr fru pan pani panią panem pana panu "
                "neighbour neighbor colleague nachbar nachbarin kollege kollegin voisin voisine collègue vecino vecina "
                "colega vicino vicina collega vizinho vizinha buurman buurvrouw collega granne grannen kollega "
                "sąsiad sąsiadka sąsiadki sąsiada komşum komşu сосед соседа соседу соседка соседки соседке коллега "
                "коллеги врач врача врачу доктор доктора")
TITLES = CueBefore(regex.compile(r"(?i:\b(?:" + "|".join(_TITLE_WORDS.split()) + r")\.?)[ \t]+$"), _TITLE_WORDS,
                   trailing=" \t.", needs=" \t")
_INTRO = regex.compile(
    r"(?i:\b(?:dear|hi|hello|hey|hiya|greetings|thanks|thank you|cheers|regards|best|sincerely|love|yours|"
    r"attn|attention|from|to|cc|bcc|sender|recipient|author|signed|name|full name|first name|last name|"
    r"surname|contact|contact person|owner|assignee|reviewer|reporter|patient|client|customer|employee|"
    r"tenant|landlord|applicant|candidate|user|username|emergency contact|spouse|guardian|beneficiary|"
    r"cardholder|account holder|holder|insured|witness|driver|passenger|"
    # a family member named in a roster or a form ("parent Ann Lee", "Mother: ...", "next of kin")
    r"parent|parents|mother|father|mum|mom|dad|grandparent|carer|caregiver|next of kin|"
    # a person's role at work ("Line manager: Rose Quillby", "on-call: ...")
    r"manager|line manager|supervisor|mentor|sponsor|approver|requester|on-call|oncall|escalation contact|"
    # (",Card Number" or a lone tab then the word: a CSV or TSV header's next column)
    r"point of contact)\b(?!\t$)[ \t]*(?::|,(?=[ \t\n]))?[ \t\n>*-]*|"
    r"\b(?:my|his|her|their|your|whose) (?:name|full name|first name|last name|surname) (?:is|was)[ \t]+|"
    r"\bname(?:'s| is)[ \t]+|\b(?:i am|i'm|this is|it's|it is|called|named|call me|ask for|ask|speak to|"
    r"speak with|talk to|talk with|meet|met|married|marry|dating|contact|email|e-mail|phone|cc|ping|tell|"
    r"told|thank|thanks to|congratulate|congratulations to|assigned to|signed by|written by|authored by|"
    r"approved by|reviewed by|reported by|sent by|by|with|for|from|and|son of|daughter of|wife of|"
    r"husband of|friend of)[ \t]+)$"
)
# ("im" without its apostrophe is no INTRO: it is German's "in dem" far more often than chat's "I'm", and
# "im Ordner" made a listed surname of the noun after it.)
#: The last word of every INTRO phrase, for the cheap test that skips its search (see ``CueBefore``).
INTRO = CueBefore(_INTRO, "dear hi hello hey hiya greetings thanks you cheers regards best sincerely love yours attn "
                          "attention from to cc bcc sender recipient author signed name surname contact person owner "
                          "assignee reviewer reporter patient client customer employee tenant landlord applicant "
                          "candidate user username spouse guardian beneficiary cardholder holder insured witness "
                          "driver passenger manager supervisor mentor sponsor approver requester on-call oncall "
                          "parent parents mother father mum mom dad grandparent carer caregiver kin "
                          "is was 's am i'm called named me for ask with meet met married marry "
                          "dating email e-mail phone ping tell told thank congratulate by and of",
                  trailing=" \t:,>*-")
#: The subset of INTRO phrases that alone (without any listed name) make an unknown word a name.
_STRONG_INTRO = regex.compile(
    r"(?i:\b(?:dear|hi|hello|hey|attn|attention|sender|signed|name|full name|surname|"
    # (a comma then the word at once is a CSV header's next column: "Cardholder,Card Number")
    r"emergency contact|cardholder|account holder)\b(?:[ \t]*(?::|,(?=[ \t\n]))[ \t\n>*-]*|[ \n>*-]*)|"
    # greetings of other languages ("Hallo Anke,", "Hoi Marieke,"; their forms' labels are ``NAME_LABEL``)
    r"\b(?:hallo|hoi|hej|hola|ciao|olá|cześć|witaj|witam|καλησπέρα|καλημέρα|γεια[ ]σου|здравствуйте|привет|вітаю|"
    r"привіт|szia|ahoj|zdravo|merhaba|hei|moi|bonjour|bonsoir|salut|coucou|buongiorno|buonasera|salve|car[oa]|"
    r"carissim[oa]|gentil(?:e|issim[oa])|querid[oa]|estimad[oa]|buen[oa]s[ ](?:días|dias|tardes|noches)|prezad[oa]|"
    r"bom[ ]dia|boa[ ](?:tarde|noite)|beste|lieve|hallå|hejsan|bästa|kära|käre|kære|kjære|lieber?|sayın|dzień[ ]dobry|drog[ia]|"
    r"szanown[ya]|уважаем(?:ый|ая)|дорог(?:ой|ая)|добрый[ ](?:день|вечер)|dobrý[ ]den|tere|labas|sveiki),?[ \t]+|"
    # "his name is" in other languages ("er heißt Jörg Quenti", "me llamo ...", "je m'appelle ...")
    r"\b(?:heißt|heisst|heiße|heisse|mein[ ]name[ ]ist|me[ ]llamo|mi[ ]chiamo|je[ ]m'appelle|jag[ ]heter|ik[ ]heet|"
    r"hij[ ]heet|zij[ ]heet|nazywam[ ]się)[ \t]+|"
    r"\b(?:my|his|her|their|your|whose) (?:name|full name|first name|last name|surname) (?:is|was)[ \t]+|"
    r"\bname(?:'s| is)[ \t]+|\bname\?[ \t]+|\b(?:i am|i'm|this is|call me|ask for|speak to|speak with|signed by|"
    r"written by|directed by|produced by|starring|featuring|feat\.|says|said|asked|calls me|call him|call her|"
    r"son of|daughter of|wife of|husband of|named|named (?:him|her|them)|"
    r"my (?:kid|son|daughter|wife|husband|brother|sister|friend|boss|colleague|partner|mother|father|mom|dad|"
    r"uncle|aunt|cousin|nephew|niece|grandson|granddaughter|child))[ \t]+)$"
)
STRONG_INTRO = CueBefore(_STRONG_INTRO, "dear hi hello hey attn attention sender signed name surname contact "
                                        "hallo hoi hej hola ciao olá cześć heißt heisst heiße heisse ist llamo "
                                        "witaj witam καλησπέρα καλημέρα σου здравствуйте привет вітаю привіт szia "
                                        "ahoj zdravo merhaba hei moi bonjour bonsoir salut coucou buongiorno "
                                        "buonasera salve caro cara carissimo carissima gentile gentilissimo "
                                        "gentilissima querido querida estimado estimada días dias tardes noches "
                                        "prezado prezada dia tarde noite beste lieve hallå hejsan bästa kära käre kære kjære lieber "
                                        "liebe sayın dobry drogi droga szanowny szanowna уважаемый уважаемая "
                                        "дорогой дорогая день вечер den tere labas sveiki "
                                        "chiamo appelle heter heet się "
                                        "cardholder holder is was 's name? am i'm me for to with by starring "
                                        "featuring feat. says said asked him her them of named kid son daughter "
                                        "wife husband brother sister friend boss colleague partner mother father "
                                        "mom dad uncle aunt cousin nephew niece grandson granddaughter child",
                         trailing=" \t:,>*-")


class _LabelCue(CueBefore):
    """A ``CueBefore`` whose phrases all end with a colon and blanks: a slice whose last three characters
    hold no colon and not only blanks cannot match (the gate most words in prose and code stop at)."""

    def may_end(self, key: str) -> bool:
        k = key[:-1] if key.endswith("\n") else key
        if ":" not in k and "：" not in k and k.strip(" \t"):
            self.gate[key] = False
            return False
        return super().may_end(key)


_LABEL_WORDS = ("nom prénom nome cognome nombre apellido apellidos vorname nachname naam voornaam achternaam imię "
                "nazwisko sobrenome apelido "
                # Nordic, Finnish, Turkish, Czech, Romanian, Greek and Russian forms
                "namn förnamn efternamn navn fornavn etternavn efternavn nimi etunimi sukunimi isim soyad soyadı "
                "jméno příjmení nume prenume όνομα επώνυμο имя фамилия фио név vezetéknév keresztnév utónév "
                "ім'я прізвище "
                # Japanese, Chinese, Korean and Arabic forms (a Latin-script name after them)
                "氏名 お名前 名前 姓名 이름 성명 성함 الاسم")
#: What may stand between a label's words and the parenthesised plural of forms: "First name(s):",
#: "Vorname(n):", "Prénom(s):", "Nombre(s):", "Given names:" (an English "First name:" is ``STRONG_INTRO``'s)
_LABEL_PLURAL = (r"(?:(?:first|given|middle|fore|sur|family|last)[ ]?name|vorname|nachname|prénom|nombre|apellido|"
                 r"nome|cognome)(?:s|n|\((?:s|n|e)\))")
#: The name labels of forms in other languages, with their colon ("Nachname: Kettler", not "nome del
#: file"): like ``STRONG_INTRO``, they alone make the next capitalised word a name. Labels in CJK scripts take
#: a full-width colon ("氏名：") as often as a colon.
NAME_LABEL = _LabelCue(regex.compile(r"(?i:\b(?:" + "|".join(_LABEL_WORDS.split()) + "|" + _LABEL_PLURAL
                                     + r"|ad[ ]soyad|adı[ ]soyadı|(?:first|last|given|family|middle)_?name)"
                                     # a JSON or YAML key in quotes ("nazwisko": "...")
                                     + r"[\"']?[ \t]*[:：][ \t]*[\"']?)$"),
                       _LABEL_WORDS + " names surnames forenames vornamen prénoms nombres (s) (n) (e) name",
                       trailing=" \t:：\"'")
#: A line that holds only a name label, maybe in two languages ("Příjmení / Surname", "Given names", "Vorname:"): the
#: name is the next line (``_strong_ctx``)
_LINE_LABEL = (r"(?:(?:first|given|last|family|middle|sur|fore)[ ]?names?|names?|full[ ]name|" + "|".join(
    w for w in _LABEL_WORDS.split() if w.isalpha()) + r"|jm[ée]no|p[řr][íi]jmen[íi]|vornamen|prénoms)")
LABEL_LINE_BEFORE = regex.compile(r"(?i:(?:^|\n)[ \t]*(?:[^\W\d_][\w'’.-]*[ \t]*/?[ \t]*){0,3}" + _LINE_LABEL
                                  + r"[ \t]*:?[ \t]*\r?\n)$")
#: ``LABEL_LINE_BEFORE`` behind the cheap test of ``CueBefore`` (every label line ends with one of these words)
LABEL_LINE = CueBefore(LABEL_LINE_BEFORE, " ".join(
    ["name", "names", "vornamen", "prénoms", "jméno", "jmeno"] + [w for w in _LABEL_WORDS.split() if w.isalpha()]
    + [f"p{r}{i}jmen{i2}" for r in "řr" for i in "íi" for i2 in "íi"]), trailing=" \t:\r")
#: A name in Chinese, Japanese or Korean script, then an opening parenthesis: the romanised name follows
#: ("王娜 (Li Na)").
NATIVE_NAME_BEFORE = regex.compile(r"(?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
                                   r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,5}[ \t]?\($")
#: A speaker label: a capitalised word alone at the start of a line, then a colon ("Anna: hi").
SPEAKER = regex.compile(r"^[ \t>*-]*$")
LABELLED_VALUE = regex.compile(r"[ \t]*(?:[+(]?\d|[\w.+-]+://)")
SPOKEN = regex.compile(r": [\\\"'“‘]*\p{L}[\p{L}']*[ ,.!?]")
AFTER = regex.compile(
    r"^(?:['’]s\b|[ \t]+(?:said|says|say|wrote|writes|told|tells|asked|asks|replied|replies|added|explained|"
    r"noted|argued|thinks|thought|believes|stated|reported|claimed|confirmed|announced|sings|sang|is a|"
    r"was a|who|whose|\(\d{1,3}\)|commented|approved these changes|requested changes|reviewed|merged commit|"
    r"opened this (?:issue|pull request)|left a (?:review )?comment)\b"
    r"|,[ \t]+(?:the|a|an|our|my|his|her|their|aged?|\d{1,3},)\b|[ \t]*<[^@\s>]+@)"
)
#: After a capitalised word: what people (not products) do. With it, an unknown word is a name.
HUMAN_AFTER = regex.compile(
    r"^[ \t]+(?:said|says|wrote|writes|told|tells|asked|asks|replied|shouted|screamed|whispered|smiled|laughed|"
    r"cried|lives|lived|spent|married|died|was born|is from|was from|has given|had given|gave|thinks|thought|"
    r"believes|feels|felt|wants|wanted|loves|loved|hates|hated|will be talking|is moving|is very|is a \d|"
    r"is an? (?:friend|colleague|doctor|nurse|teacher|student|engineer|manager|man|woman|boy|girl))\b"
)
#: A roster's line (an on-call list, a staff list): a bullet or a number at the line's start before the words, and
#: after them, in brackets, an employee's id ("(E-20417)", "(#4471)", a placeholder "<EMPLOYEE_ID_3>") or a role
#: ("(SRE lead)", "(backup)"): there words the lists doubt ("Grant", "Rose") are a person's name
ROSTER_BULLET = regex.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+")
ROSTER_AFTER = regex.compile(
    r"[ \t]+\((?:<[A-Z][A-Z0-9_]*>|(?:[A-Za-z]{1,6}[ #:-]?)?\d{3,9}|#\d{2,9}|(?i:(?:[\w/-]+[ ]){0,3}(?:lead|manager|"
    r"engineer|developer|analyst|architect|admin|director|owner|primary|secondary|backup|on-?call|shadow|intern|"
    r"contractor|consultant|coordinator|specialist|supervisor|sre|dba|pm|commander|responder|escalation)))\)")
#: A code-review or issue-tracker header: a bold run of capitalised words, then what a person did there
#: ("**Ann Lee** commented on", "**Ann Lee** approved these changes"). ``CAP`` skips words after ``*``, so
#: ``_bold_actors`` finds these apart. ``ACTOR_VERB``: the closing ``**`` and the verb.
ACTOR_VERB = regex.compile(
    r"\*\*[ \t]+(?:commented|approved these changes|approved|requested changes|reviewed|merged commit|merged|"
    r"opened this (?:issue|pull request)|left a (?:review )?comment)\b"
)
#: The bold run before ``ACTOR_VERB`` (searched only where that verb is: far rarer than ``**``).
BOLD_ACTOR = regex.compile(r"\*\*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})$")
#: Two or three capitalised words in Markdown bold anywhere ("returns the invoice of **Ann Lee** (...)"): ``CAP``
#: skips words after ``*`` (``*args``, ``**kwargs``, a pointer), so a name set in bold is read apart. A name
#: needs a word listed without doubt and no ordinary one (``**Release Notes**``, ``**Known Issues**`` are none).
#: Where ``ACTOR_VERB`` or ``BOLD_NAME`` may match: "**" before a blank and a verb of ``ACTOR_VERB``, or before a
#: capitalised word
BOLD_SCAN = regex.compile(r"\*\*(?=[ \t]+(?:commented|approved|requested|reviewed|merged|opened|left)\b|\p{Lu}\p{Ll})")
#: After a bold run: what says a person is named ("**Eero Quast**, an individual", "**...**, born 1980")
BOLD_PERSON_AFTER = regex.compile(r",?[ \t]+(?:an[ ]individual|born|aged?|DOB|date[ ]of[ ]birth)\b")
BOLD_NAME = regex.compile(r"\*\*(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?(?:[ ][\"“]\p{Lu}\p{Ll}+[\"”])?"
                          r"(?:[ ]\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?){1,2})\*\*")


#: Words that, capitalised right after a capitalised word, make the pair a product or a tool's name, not
#: a person's ("Hugo Extended", "Jenkins Server", "Visual Studio", "Grafana Operator").
PRODUCT_WORDS = frozenset(
    "extended edition pro server plugin plug-in plugins addon add-on extension extensions studio enterprise "
    "framework toolkit sdk cli api ide engine runtime desktop express lite premium ultimate professional "
    "compiler daemon exporter connector operator "
    # an institution named after people or a place ("Carnegie Mellon University"), a project's people
    # ("Rosetta Contributors")
    "university institute college consortium laboratories contributors developers maintainers "
    # a company's legal form ("Acme Sp. z o.o.", "Acme Ltd")
    "sp ltd lda inc llc corp plc srl sarl spa bv nv kg oy gmbh".split()
)
#: The last word of a sports club's name ("Harbour Town", "Kingsbridge Utd", "Millbrook Athletic"): a team, not a
#: person (lower case). Words that are also surnames (Villa, Forest) are left out.
CLUB_SUFFIXES = frozenset("utd united town city county rovers athletic wanderers rangers hotspur harriers "
                          "academicals albion thistle argyle alexandra".split())
#: The first word of a club's name in Spanish, Portuguese, French, German, Italian, Greek and Eastern European
#: leagues ("Deportivo Ribera", "Atlético Sierra", "Sporting Braga", "Borussia Mönchengladbach"); accents folded
CLUB_PREFIXES = frozenset("deportivo deportiva atletico sporting olympique olympiacos dinamo dynamo borussia "
                          "eintracht fortuna racing unione calcio polonia slavia sparta lokomotiv spartak".split())
#: The first word of a bank's, a hotel's, a school's or a hospital's name in the languages of Europe ("Banco
#: Santander", "Banca Sella", "Caixa Geral", "Hotel Adlon", "Klinikum Rechts"); accents folded
INSTITUTION_PREFIXES = frozenset("banco banca banque bank caixa caja cassa sparkasse volksbank raiffeisenbank credito "
                                 "hotel hostal hostel pension klinik klinikum clinica hospital ospedale hopital "
                                 "colegio escuela scuola ecole schule universidad universita universite universitat "
                                 "instituto istituto institut museo musee fundacion fondazione stiftung "
                                 "farmacia apotheke pharmacie".split())
#: Words of the mail headers of other languages that a capital and a colon make a label ("Von:", "De:", "Da:",
#: "Van:", "Till:"), lower case: never a lone name there
HEADER_WORDS = frozenset("von an de para da van aan fra från till od do kimden kime cc".split())
#: A word followed by one of these is a part of a token, not a name ("Sakura#1991", a password)
_TOKEN_GLUE = frozenset("#$%&*+=~^|\\")


def _not_a_lone_name(text: str, start: int, end: int, cls: int) -> bool:
    """The one capitalised word at ``start:end`` is no name where it stands: a mail header's label in another
    language ("Von: ..."), an article of French, Spanish, Italian or Portuguese before a noun ("Les salariés",
    "Una vez"), a part of a token ("Sakura#1991"), a lower-case "name:" key's value in YAML ("- name: Loki")
    unless a listed first name (``cls``)."""
    after = text[end:end + 2]
    low = text[start:end].lower()
    if after[:1] == ":" and low in HEADER_WORDS:
        return True
    if after[:1] in _TOKEN_GLUE and after[1:2].isalnum():
        return True
    if low in DETERMINERS and after[:1] == " " and text[end + 1:end + 2].islower():
        return True
    return cls != STRONG_FIRST and text[end:end + 1] in ("\n", "\r", "") and "name:" in text[start - 8:start] \
        and YAML_NAME_KEY.search(text, max(0, start - 24), start) is not None


#: What comes before the first word of a sentence, a paragraph or a line: an end mark or a label's colon (then
#: blanks and line breaks), a line break (an option's description in a manual page), or the start of the text
SENTENCE_START = regex.compile(r"(?:^|[.!?:\n])[ \t\r\n.]*$")
#: ``SENTENCE_START``, or a list's bullet or number and a task's box at a line's start ("- [ ] Para ...", "2. Seit ...")
ITEM_START = regex.compile(r"(?:^|[.!?:\n])[ \t\r\n.]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$")
#: the words after a sentence's first word (letters, marks, apostrophes)
WORD_AFTER = regex.compile(r"[\p{L}\p{M}'’]+")
_SENTENCE_STOP = regex.compile(r"[.!?;()<>\"]|\n[ \t]*\n")


#: how far either side of a sentence's first word its language's other uses of it are looked for
_NEAR = 1 << 14


def _foreign_sentence_word(text: str, start: int, end: int) -> bool:
    """The one capitalised word at ``start:end`` opens a sentence or a line of another language, where any word
    starts with a capital: one of ``SENTENCE_WORDS`` (also after a list's bullet), or the text also writes it in
    lower case between blanks, twice or more ("Para ..." and "... para ..."): a word of its language, not a name
    nor a place; or it labels what follows ("Aviso: ...", "Nota: ...") and most of the up to four words after it
    are no English words. A lone first name in such a sentence is not told from the language's own word; a cue
    before it still finds it."""
    low = text[start:end].lower()
    if low in SENTENCE_WORDS:  # "Para cada servicio ...", "- [ ] Para o deploy ...": a preposition, not the state
        return ITEM_START.search(text, max(0, start - 40), start) is not None
    if SENTENCE_START.search(text, max(0, start - 40), start) is None:
        return False
    # the lower-case spelling is looked for near the word (``_NEAR`` either side), not in the whole text: one
    # pass over a long text per such word would cost seconds on a book of another language
    lo, hi = max(0, start - _NEAR), end + _NEAR
    if text.count(low, lo, hi) >= 2 and sum(text.count(a + low + b, lo, hi) for a in (" ", "\n") for b in (" ", ",")) >= 2:
        return True
    if text[end:end + 1] != ":":
        return False
    stop = _SENTENCE_STOP.search(text, end + 1, end + 80)
    words = WORD_AFTER.findall(text, end, stop.start() if stop else min(len(text), end + 80))[:4]
    if len(words) < 2:
        return False
    _, _, ambiguous, english = load_lists()
    keys = [zlib.crc32(fold(w).encode("utf-8")) for w in words]
    known = sum(_has(english, k) or _has(ambiguous, k) for k in keys)
    return len(words) - known >= 2 and len(words) - known >= known


#: A lower-case "name:" key of YAML at the start of its line ("  - name: Loki"): a config's item, named by
#: one word only if that word is a listed first name
YAML_NAME_KEY = regex.compile(r"(?:^|\n)[ \t]*(?:-[ \t]+)?name:[ \t]*$")
PRODUCT_AFTER = regex.compile(r"^[ \t]+(\p{L}[\p{L}-]*)\b")
#: the first word of the next line, after its indentation and a comment's marks
PRODUCT_AFTER_WRAP = regex.compile(r"\n[ \t*#%/]*(\p{Lu}[\p{L}-]*)\b")


#: A version number after a name: a release of a product ("Wayland 1.22", "Ostrava v2.4.1"), no person's
VERSION_AFTER = regex.compile(r"[ \t]+v?\d+(?:\.\d+)+(?![\p{L}\p{N}])")
#: A company's legal form after a comma ("Oracle America, Inc.", also in an escaped X.500 name: "America,\\ Inc.")
LEGAL_FORM_AFTER = regex.compile(r",[ \t\\]*(?:Inc|LLC|Ltd|Corp|Co|GmbH|PLC|S\.?A|B\.?V|N\.?V|AG)\b")


def _product_after(text: str, end: int) -> bool:
    """A product word follows the capitalised word(s) ending at ``end`` ("Hugo Extended"), a version number
    ("Wayland 1.22") or, after a comma, a company's legal form ("Acme America, Inc.")."""
    nxt = text[end:end + 1]
    if nxt == ",":
        return LEGAL_FORM_AFTER.match(text, end) is not None
    if nxt == "\n":  # "the name of Carnegie Mellon\n * University": the product word opens the next line
        m = PRODUCT_AFTER_WRAP.match(text, end, end + 24)
        return m is not None and m.group(1).lower() in PRODUCT_WORDS
    if nxt not in (" ", "\t"):  # most words: no blank after them (called per candidate)
        return False
    c = text[end + 1:end + 2]
    if (c.isdigit() or c == "v") and VERSION_AFTER.match(text, end) is not None:
        return True
    rest = text[end:end + 24]
    if not rest.lstrip(" \t")[:1].isupper():
        return False
    m = PRODUCT_AFTER.match(rest)
    return bool(m) and m.group(1).lower() in PRODUCT_WORDS


#: Where a package is uploaded ("Upload to <suite>.", "uploaded to <archive>"): a release or an archive, not a person
UPLOAD_TARGET_BEFORE = regex.compile(r"(?i:\bupload(?:ed|ing|s)?[ \t]+to)[ \t]+$")


def _quoted_item(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is one quoted item of a blank-separated list of quoted strings (a CMake or
    shell list: ``"Alpha" "Bravo" "Charlie"``), or the quoted identifier of a linter's or compiler's message
    (``'Carter' is defined but never used``): an identifier, not a name."""
    q = text[start - 1:start]
    if q not in ("\"", "'", "`", "‘") or text[end:end + 1] not in (q, "’"):
        return False
    return (text[end + 1:end + 3] in (" " + q, "\t" + q) or text[max(0, start - 3):start - 1] in (q + " ", q + "\t")
            or IDENTIFIER_MESSAGE.match(text, end + 1) is not None)


#: What a linter or a compiler says of a quoted identifier (ESLint, TypeScript, pyflakes, Pylint, rustc, go vet)
IDENTIFIER_MESSAGE = regex.compile(
    r"[ \t]+(?:is|was|are)[ \t]+(?:defined|declared|assigned|imported|unused|deprecated|undefined|missing|read-only|"
    r"never[ \t]+(?:used|read|reassigned)|already[ \t]+(?:defined|declared)|possibly[ \t]+undefined|"
    r"not[ \t]+(?:defined|used|a[ \t]+function|callable|iterable|exported|found|assignable|a[ \t]+module))\b")


#: A model number after a name: a roman numeral or digits ("Mark I", "Apple II", "Boeing 747")
MODEL_NUMBER = regex.compile(r"[ \t](?:[IVX]{1,4}|\d{1,4})(?![\p{L}\p{N}'’-])")


def _model_after(text: str, start: int, end: int) -> bool:
    """"the" before the capitalised words at ``start:end`` and a model number after them: a machine or a
    product ("the Harvard Mark I", "the Apple II"), not a person."""
    return (text[end:end + 1] in (" ", "\t") and text[max(0, start - 4):start].lower() == "the "
            and MODEL_NUMBER.match(text, end) is not None)


#: A field's type in a GraphQL schema (SDL) or a typed declaration: a bare identifier key and its colon before the
#: word (``fullName: String!``, ``lastName?: String``), the word then a GraphQL marker (non-null "!", a list's "]",
#: a directive's "@", a default's "=") or the end of its line, a comma or a bracket
TYPE_KEY_BEFORE = regex.compile(r"(?:^|[\n{(,])[ \t]*[A-Za-z_]\w*\??[ \t]*:[ \t]*\[?$")
TYPE_AFTER = regex.compile(r"[!\]]|[ \t]*(?:[@=,;)}]|\r?\n|$)")
#: The built-in scalar types of GraphQL and the common custom ones: never a person under a field's name
SCALAR_TYPES = frozenset("String Int Float Boolean ID DateTime Date Time JSON Email EmailAddress URL UUID Str Text "
                         "Bool Long BigInt Decimal Upload Any".split())
#: The head of a GraphQL type's block (``type Customer {``, ``input AddressInput {``, ``interface Node {``): each of its
#: fields is typed, so the word after a field's colon is a type (``owner: Person``)
SDL_BLOCK = regex.compile(r"(?:^|\n)[ \t]*(?:extend[ \t]+)?(?:type|input|interface)[ \t]+[A-Z]\w*[^{}\n]*\{[^{}]*$")


def _field_type(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is a field's type, not its value: after a bare key's colon, a GraphQL scalar
    type's name or any word inside a ``type`` / ``input`` / ``interface`` block of a schema."""
    if TYPE_AFTER.match(text, end) is None or TYPE_KEY_BEFORE.search(text, max(0, start - 60), start) is None:
        return False
    return text[start:end] in SCALAR_TYPES or SDL_BLOCK.search(text, max(0, start - 2000), start) is not None


#: A preposition of place right before a word ("near Geneva", "in Victoria")
PLACE_PREPOSITION = regex.compile(r"(?i:\b(?:in|near|outside|around|toward|towards|via))[ \t]+$")


def _package_name(text: str, end: int) -> bool:
    """The word(s) ending at ``end`` end their line and a ``Version:`` line follows: the ``Name:`` of a Python
    package's metadata (``PKG-INFO``, ``METADATA``) or of a manifest, a package's name ("Name: Werkzeug")."""
    return text.startswith("\nVersion:", end) or text.startswith("\r\nVersion:", end)


def _place_after_preposition(text: str, start: int, end: int) -> bool:
    """The lone first name at ``start:end`` is also a place and a preposition of place comes before it ("near
    Geneva"): the place is meant."""
    if PLACE_PREPOSITION.search(text, max(0, start - 12), start) is None:
        return False
    return _is_place(text[start:end])


#: Words of German prose that English lacks (lower case): articles, prepositions and their contractions, pronouns
#: and auxiliaries. German capitalises every noun, so its prose is full of capitalised pairs that no list knows
#: ("Bekannte Einschränkungen zur Version", "Geplante Wartungsarbeiten am Montag").
GERMAN_FUNCTION_WORDS = frozenset("""
der das und ist nicht mit für zur zum im vom beim ins ans sie wir ihr ich eine einen einem einer auf bei wird
werden wurde wurden sind nach auch oder über zu dem den des sich noch kann können hier bitte finden sowie durch
unter kein keine sollte sollten muss müssen diese dieser dieses wie bis ab am um ein es dass daß wenn aber nur
hat haben habe war waren sein seine ihre uns unsere
""".split())
_WORD_AROUND = regex.compile(r"\p{L}+")


def _german_phrase(text: str, start: int, end: int) -> bool:
    """The capitalised words at ``start:end`` stand in German prose (three of ``GERMAN_FUNCTION_WORDS`` within
    200 characters), with more words after them on the line: a noun phrase of German's capitalised nouns, not
    a name no list knows. A run that ends its line ("Mit freundlichen Grüßen\nJörg Quenti") is left to the
    lists' judgement. Words in another script (Cyrillic, Greek ...) are no German nouns: not read at all."""
    if max(text[start:end]) > "\u024f":
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[end:line_end].strip(" \t\r.,;:!?"):
        return False
    seen = set()
    for w in _WORD_AROUND.findall(text[max(0, start - 200):end + 200]):
        low = w.lower()
        if low in GERMAN_FUNCTION_WORDS:
            seen.add(low)
            if len(seen) >= 3:
                return True
    return False


#: The letters, digits and full stops that end a stretch of text (``_word_before``)
_WORD_END = re.compile(r"(?:[^\W_]|\.)+$")
#: Opening quotes that may stand between a product and the name of its release ("Linux Mint 22 “Wilma”")
_OPEN_QUOTES = "\"'“‘„«"


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, one blank (and maybe an opening quote) between ("AWS" of "AWS Aurora", "22"
    of "Mint 22 “Wilma”"); "" if none stands there."""
    i = start - 1 if start and text[start - 1] in _OPEN_QUOTES else start
    if i < 2 or text[i - 1] != " " or not text[i - 2].isalnum() and text[i - 2] != ".":
        return ""
    lo = max(0, i - 26)
    w = text[max(text.rfind(" ", lo, i - 1), text.rfind("\n", lo, i - 1), text.rfind("\t", lo, i - 1), lo - 1) + 1:i - 1]
    if w.isalnum():
        return w  # (most words: the blank-separated word is all letters or digits)
    m = _WORD_END.search(w)
    return m.group() if m is not None else ""


#: Idioms and set phrases that open with a given name or a surname, by that word, folded: what may follow it, folded
#: ("Luz verde", "Lange Rede, kurzer Sinn", "Joost mag het weten", "franco fabbrica", "Dolores de cabeza", "Otto
#: Normalverbraucher"): the phrase, no person
IDIOMS = {
    "luz": ("verde", "roja", "amarilla", "amarela", "vermelha", "al final", "no fim", "de emergencia"),
    "gloria": ("a deus", "a dios", "bendita"),
    "dolores": ("de cabeza", "de cabeca", "de barriga", "de estomago"),
    "esperanza": ("de vida",),
    "rosa": ("de los vientos", "dos ventos"),
    "franco": ("fabbrica", "domicilio", "partenza", "destino", "a bordo", "de port"),
    "lange": ("rede",),
    "ernst": ("der lage", "beiseite"),
    "otto": ("normalverbraucher",),
    "hinz": ("und kunz",),
    "frank": ("und frei",),
    "joost": ("mag het weten", "mag weten"),
    "jan": ("en alleman", "modaal", "publiek"),
    "klaas": ("vaak",),
}
#: Portuguese and Spanish contractions of a preposition and an article ("ao", "à", "al"): a sentence's subject is
#: never followed by one, so the capitalised word before one is a noun ("Glória ao time", "Vitória ao SRE")
CONTRACTIONS_AFTER = frozenset("ao aos à às al".split())


def _idiom_end(text: str, end: int, key: str) -> int:
    """Where the idiom of ``IDIOMS`` that the word ``key`` (folded) ending at ``end`` opens ends, 0 if none does."""
    if text[end:end + 1] != " ":
        return 0
    for rest in IDIOMS.get(key, ()):
        e = end + 1 + len(rest)
        if fold(text[end + 1:e]) == rest and not text[e:e + 1].isalnum():
            return e
    return 0


def _contraction_after(text: str, end: int) -> bool:
    """One of ``CONTRACTIONS_AFTER`` follows the word ending at ``end``, then a blank."""
    return text[end:end + 1] == " " and text[end + 1:end + 5].partition(" ")[0] in CONTRACTIONS_AFTER \
        and text[end + 1:end + 5].partition(" ")[1] == " "


def _thing_before(text: str, start: int, single: bool = True) -> bool:
    """The capitalised word at ``start`` names a thing by the word before it: a vendor's, a foundation's or an
    operating system's product ("Apache Felix", "AWS Aurora", "Eclipse Luna"), a storm ("Hurricane Katrina", "la
    tormenta Filomena", "Orkan Emma"), a release after its product's version ("Debian 12 Bookworm", "Ubuntu 22.04
    Jammy Jellyfish", "Linux Mint 21 “Vera”"), or, ``single`` (a name of one word), a team or a project ("Team
    Phoenix", "Project Athena")."""
    w = _word_before(text, start)
    if not w:
        return False
    if w in VENDOR_WORDS or single and w in TEAM_WORDS:
        return True
    low = w.lower()
    if (low if low.isascii() else fold(w)) in STORM_WORDS:
        return True
    return w[0].isdigit() and _release_after(text, start, w)


#: A release's version number ("12", "22.04", "6.5")
VERSION_NUMBER = regex.compile(r"\d{1,4}(?:\.\d{1,4}){0,3}")


def _release_after(text: str, start: int, number: str) -> bool:
    """``number``, the word before ``start``, is a version of the product before it, and the word at ``start`` names
    that release: the product is capitalised (or one of ``VENDOR_WORDS``: "macOS 14 Sonoma"), and the version has
    a dot, or the release is quoted, or the product is one of ``VENDOR_WORDS`` ("Debian 12 Bookworm"); "Sprint 14
    Anna ..." is none."""
    if VERSION_NUMBER.fullmatch(number) is None:
        return False
    quoted = text[start - 1:start] in _OPEN_QUOTES
    product = _word_before(text, start - (2 if quoted else 1) - len(number))
    if not product or not (product[0].isupper() or product in VENDOR_WORDS):
        return False
    return "." in number or quoted or product in VENDOR_WORDS


#: A Markdown heading's marks below the title's level, before its text ("## ", "### ")
SECTION_MARKS = regex.compile(r"[ \t]*#{2,6}[ \t]+")


def _section_heading(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` are the whole text of a Markdown section's heading ("## Offene Fragen", "###
    Próximos pasos:"): a heading of words no list knows is no name (a document's title, "# ...", may be a CV's)."""
    ls = text.rfind("\n", 0, start) + 1
    if text[ls:ls + 1] not in ("#", " ", "\t") or SECTION_MARKS.fullmatch(text, ls, start) is None:
        return False
    le = text.find("\n", end)
    return not text[end:len(text) if le < 0 else le].strip(" \t\r:")


def _eponym_after(text: str, end: int) -> bool:
    """A theorem, law or method word follows the name ending at ``end`` ("Bayes' theorem", "Kalman filter")."""
    if text[end:end + 1] not in ("'", "’", " "):
        return False
    return EPONYM_AFTER.match(text, end, end + 32) is not None


#: Capitalised words that open a run but are cues, not names ("Dear", "Hi", "Thanks").
def _roster_entry(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` open a roster's line (``ROSTER_BULLET`` before, ``ROSTER_AFTER`` after)."""
    if text[end:end + 2].lstrip(" \t")[:1] != "(":
        return False
    ls = text.rfind("\n", 0, start) + 1
    return ROSTER_BULLET.fullmatch(text, ls, start) is not None and ROSTER_AFTER.match(text, end) is not None


LEADING_CUES = frozenset("witaj witam καλησπέρα καλημέρα γεια здравствуйте привет вітаю привіт szia ahoj zdravo "
                         "dear hi hello hey hiya greetings thanks cheers regards best sincerely love yours attn "
                         "attention from to cc bcc signed meet ask call tell thank congratulations welcome see cf "
                         "sou soy chamo-me olá hola hallo ciao bonjour obrigado obrigada gracias grazie danke merci "
                         "cumprimentos saludos hoi hej moin servus salut cześć bonsoir coucou buongiorno buonasera "
                         "salve carissimo carissima gentile gentilissimo gentilissima querido querida "
                         "estimado estimada prezado prezada beste lieve hallå hejsan kære kjære liebe lieber sayın "
                         "drogi droga szanowny szanowna уважаемый уважаемая дорогой дорогая tere labas sveiki "
                         "spett.le egregio egregia bästa kära käre meine mein mijn moja mój mitt mi mis mon mes "
                         "офис biuro correo claro vielen graag para kollege kollegin nachbar nachbarin".split())
LIST_SEP = regex.compile(r"^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$")  # (",Meals,": a CSV row's cells)
_KEYWORD_BEFORE = CodeKeywordBefore("class def import new extends implements struct enum interface fn func package module trait impl var let const raise throw catch except object", 12)
#: a C# using directive: ``using Polly;``, ``global using static Serilog.Log;``, ``using Json = Newtonsoft.Json;``
_USING_DIRECTIVE = regex.compile(r"(?m)^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?$")


def CODE_BEFORE(text: str, s: int) -> bool:  # noqa: N802 - used as the constant it replaced
    """A code keyword before the word (``class Foo``, ``import Bar``), an MSBuild item's package, or a C# using
    directive naming its namespace (``using Polly;``: a library, not the given name; "using Polly's notes" in
    prose stays a name)."""
    if _KEYWORD_BEFORE(text, s):
        return True
    if text[s - 9:s] == 'Include="' or text[s - 8:s] == 'Update="':
        return True  # an MSBuild item (<PackageReference Include="Polly" ...>): a package
    if not (text[s - 6:s] == "using " or "using" in text[max(0, s - 40):s]):
        return False
    e = s
    while e < len(text) and (text[e].isalnum() or text[e] == "_"):
        e += 1
    return text[e:e + 1] in (";", ".") and _USING_DIRECTIVE.search(text, max(0, text.rfind("\n", 0, s) + 1), s) is not None
#: People code and its comments cite by their full names (an algorithm's, a language's or a theory's author; a
#: company founder): public figures, no one's personal data. Folded (:func:`fold`), one blank between words.
PUBLIC_FIGURES = frozenset(line.strip() for line in """
alan turing
ada lovelace
grace hopper
edsger dijkstra
edsger w. dijkstra
donald knuth
donald e. knuth
john von neumann
claude shannon
tony hoare
c. a. r. hoare
barbara liskov
dennis ritchie
ken thompson
brian kernighan
linus torvalds
tim berners-lee
guido van rossum
bjarne stroustrup
james gosling
richard stallman
larry wall
yukihiro matsumoto
rob pike
niklaus wirth
john mccarthy
alonzo church
kurt godel
leslie lamport
edgar codd
e. f. codd
margaret hamilton
katherine johnson
charles babbage
george boole
john backus
alan kay
isaac newton
albert einstein
carl friedrich gauss
leonhard euler
pierre de fermat
blaise pascal
gottfried leibniz
gottfried wilhelm leibniz
richard feynman
marie curie
nikola tesla
thomas bayes
andrey markov
joseph fourier
ronald fisher
karl pearson
vint cerf
bob kahn
jon postel
whitfield diffie
martin hellman
ron rivest
adi shamir
leonard adleman
ralph merkle
satoshi nakamoto
steve jobs
steve wozniak
bill gates
paul allen
larry page
sergey brin
mark zuckerberg
elon musk
jeff bezos
charles darwin
galileo galilei
johannes kepler
stephen hawking
noam chomsky
geoffrey hinton
yann lecun
yoshua bengio
andrew ng
fei-fei li
john carmack
anders hejlsberg
brendan eich
rich hickey
martin fowler
kent beck
robert c. martin
uncle bob
fred brooks
frederick brooks
frederick p. brooks
werner vogels
ward cunningham
erich gamma
grady booch
ivar jacobson
david parnas
tom demarco
gerald weinberg
eric evans
michael feathers
joel spolsky
jeff atwood
paul graham
john ousterhout
butler lampson
jim gray
michael stonebraker
frances allen
fran allen
john hennessy
david patterson
andrew tanenbaum
andrew s. tanenbaum
robert tarjan
robert sedgewick
richard hamming
alan perlis
peter norvig
marvin minsky
kelsey hightower
brendan gregg
martin kleppmann
jez humble
gene kim
nicole forsgren
charity majors
adrian cockcroft
jeff dean
sanjay ghemawat
eric brewer
nancy lynch
diego ongaro
jeannette wing
shafi goldwasser
bruce schneier
daniel j. bernstein
phil zimmermann
hal abelson
gerald sussman
simon peyton jones
philip wadler
robin milner
joe armstrong
jose valim
david heinemeier hansson
salvatore sanfilippo
chris lattner
graydon hoare
ryan dahl
rasmus lerdorf
hedy lamarr
jean sammet
adele goldberg
ivan sutherland
douglas engelbart
doug engelbart
ted nelson
vannevar bush
bob metcalfe
robert metcalfe
radia perlman
eric s. raymond
bram moolenaar
bill joy
russ cox
robert griesemer
doug mcilroy
konrad zuse
tim peters
herb sutter
scott meyers
alexander stepanov
martin odersky
don syme
solomon hykes
mitchell hashimoto
doug cutting
matei zaharia
melvin conway
ken schwaber
jeff sutherland
alistair cockburn
steve mcconnell
andy hunt
sandi metz
michael nygard
sam newman
gregor hohpe
barry boehm
pat helland
edward tufte
don norman
jakob nielsen
w. edwards deming
taiichi ohno
eliyahu goldratt
peter drucker
dan abramov
evan you
john resig
douglas crockford
brian goetz
joshua bloch
marc andreessen
satya nadella
sundar pichai
tim cook
jensen huang
sam altman
demis hassabis
andrej karpathy
ilya sutskever
albert einstein
isaac newton
marie curie
nikola tesla
leonardo da vinci
william shakespeare
wolfgang amadeus mozart
johann sebastian bach
napoleon bonaparte
winston churchill
charles de gaulle
abraham lincoln
george washington
martin luther king
nelson mandela
mahatma gandhi
mustafa kemal ataturk
leo tolstoy
fyodor dostoevsky
yuri gagarin
лев толстои
федор достоевскии
юрии гагарин
александр пушкин
barack obama
joe biden
donald trump
kamala harris
hillary clinton
emmanuel macron
angela merkel
olaf scholz
friedrich merz
giorgia meloni
sergio mattarella
mario draghi
pedro sanchez
keir starmer
rishi sunak
boris johnson
justin trudeau
andrzej duda
donald tusk
recep tayyip erdogan
vladimir putin
volodymyr zelensky
xi jinping
narendra modi
lula da silva
luiz inacio lula da silva
ursula von der leyen
antonio guterres
pope francis
king charles
greta thunberg
taylor swift
beyonce
lionel messi
cristiano ronaldo
kylian mbappe
robert lewandowski
zlatan ibrahimovic
rafael nadal
roger federer
novak djokovic
serena williams
usain bolt
michael jordan
lebron james
thomas muller
""".strip().splitlines())


#: Algorithms, tests and theorems named after two or three people, hyphenated (``Floyd-Warshall``: ``Floyd`` is a
#: first name, so the pair read as a double-barrelled given name). Folded.
EPONYM_PAIRS = frozenset("""
floyd-warshall bellman-ford ford-fulkerson edmonds-karp knuth-morris-pratt boyer-moore rabin-karp cooley-tukey
needleman-wunsch smith-waterman aho-corasick damerau-levenshtein levenshtein-damerau jaro-winkler miller-rabin
diffie-hellman fisher-yates box-muller runge-kutta gauss-seidel gauss-jordan newton-raphson levenberg-marquardt
cook-levin hopcroft-karp kernighan-lin lempel-ziv lempel-ziv-welch reed-solomon merkle-damgard hindley-milner
curry-howard church-turing nelder-mead kolmogorov-smirnov mann-whitney black-scholes cauchy-schwarz navier-stokes
lotka-volterra bron-kerbosch gale-shapley fiat-shamir cohen-sutherland sutherland-hodgman catmull-rom blinn-phong
cook-torrance douglas-peucker ramer-douglas-peucker kosaraju-sharir chu-liu-edmonds boyer-moore-horspool
blum-blum-shub baum-welch viterbi-forney knuth-bendix tonelli-shanks schonhage-strassen karatsuba-ofman
""".split())


#: A line that says whose the name is: a mail or commit header's, or one with an e-mail address
CONTACT_LINE = regex.compile(r"(?i)[ \t>*-]*(?:from|to|cc|bcc|reply-to|author|committer|signed-off-by|co-authored-by|"
                             r"reviewed-by|acked-by|reported-by)[ \t]*:|[^\n]*@")


def _contact_line(text: str, start: int) -> bool:
    """Whether the line of ``start`` is a contact's (:data:`CONTACT_LINE`): a public figure's name there is someone's."""
    return CONTACT_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None


def _public_figure(value: str) -> bool:
    """A public figure's full name (:data:`PUBLIC_FIGURES`): a namesake's on a contact's line."""
    return " " in value and " ".join(fold(w) for w in value.split()) in PUBLIC_FIGURES


#: Firms named after their founders or written like a person's name, folded, without full stops, "&" a word of its
#: own: the firm, no one's personal data (a namesake's name on a contact's line stays a name, as for
#: ``PUBLIC_FIGURES``)
EPONYMOUS_FIRMS = frozenset(line.strip() for line in """
hugo boss
albert heijn
leroy merlin
ernst & young
mercedes-benz
magazine luiza
johnson & johnson
procter & gamble
marks & spencer
marks and spencer
dr oetker
dr martens
dr pepper
ralph lauren
calvin klein
tommy hilfiger
louis vuitton
estee lauder
yves saint laurent
christian dior
giorgio armani
dolce & gabbana
karl lagerfeld
stella mccartney
alexander mcqueen
vivienne westwood
michael kors
carl zeiss
robert bosch
ernst leitz
rolls-royce
rolls royce
harley-davidson
aston martin
alfa romeo
john deere
john lewis
ben & jerry's
jack daniel's
johnnie walker
jim beam
tim hortons
goldman sachs
morgan stanley
charles schwab
merrill lynch
lehman brothers
wells fargo
edward jones
raymond james
hewlett-packard
addison-wesley
colgate-palmolive
kimberly-clark
bristol-myers squibb
eli lilly
boehringer ingelheim
reckitt benckiser
mckinsey & company
bain & company
roland berger
booz allen hamilton
arthur andersen
price waterhouse
baker mckenzie
allen & overy
clifford chance
dow jones
standard & poor's
barnes & noble
abercrombie & fitch
bang & olufsen
black & decker
simon & schuster
smith & wesson
steinway & sons
church & dwight
warner bros
walt disney
thomas cook
william hill
levi strauss
max planck
el corte ingles
massimo dutti
li ning
""".strip().splitlines())
#: Words after "&" that make a firm of the name before it ("Steinway & Sons", "Tiffany & Co.", "Müller & Söhne")
FIRM_AFTER_AMPERSAND = frozenset("co company cie sons son sohne sohn partner partners associates fils hijos hijo figli "
                                 "figlio zonen zoon brothers bros".split())
#: The parts of the firms written "X & Y" ("Ernst", "Young", "Procter", "Gamble"): such a part joined to another
#: word by "&" is a firm's name ("Ernst & Whinney"), unless the other is a listed first name ("Anna & Young")
FIRM_PARTS = frozenset(part for firm in EPONYMOUS_FIRMS if " & " in firm for part in firm.split(" & "))
#: The known phrases in the words of a text, without full stops (``_known_phrase``)
_KNOWN_PHRASES = frozenset(p.replace(".", "").replace("  ", " ") for p in PUBLIC_FIGURES | EPONYMOUS_FIRMS)
_KNOWN_WIDTH = max(p.count(" ") for p in _KNOWN_PHRASES) + 1
_KNOWN_WORDS = frozenset(w for p in _KNOWN_PHRASES for w in p.split(" ") if w != "&")
_KNOWN_LAST = frozenset(p.rpartition(" ")[2] for p in _KNOWN_PHRASES) | frozenset(
    p.rpartition(" ")[2][:-2] for p in _KNOWN_PHRASES if p.endswith("'s"))
#: The words of a line around a finding, blank-separated (``_phrase_words``), and what is stripped off each
_BLANK_SEPARATED = re.compile(r"[^ \t\n]+")
_PHRASE_PUNCT = ",;:!?()[]{}<>\"“”„«»*_`"


def _known_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a public figure's or a firm's name (``_KNOWN_PHRASES``) that overlaps ``start:end``: among its
    words ("Zoals Kent Beck"), or with the capitalised words or the "&" beside it on its line ("Für Magazine Luiza",
    "Ernst & Young", a firm written "X & Y": ``_firm_pair``); the longest first, ``None`` for none."""
    pair = text[end:end + 3] == " & " or text[start - 3:start] == " & "
    if not pair:
        keys = [(w.lower() if w.isascii() else fold(w)).rstrip(".") for w in text[start:end].split()]
        if not any(k in _KNOWN_LAST for k in keys) and not (
                text[end:end + 1] == " " and text[end + 1:end + 2].isupper() and any(k in _KNOWN_WORDS for k in keys)):
            return None  # (most findings: no phrase's last word in them, nor a phrase going on after them)
    span = _phrase_in(_phrase_words(text, start, end), start, end)
    if span is not None or not pair and not (_word_before(text, start)[:1].isupper()
                                             or text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
        return span  # (no capitalised word beside it that a phrase could go on with: "Magazine Luiza")
    ls = text.rfind("\n", max(0, start - 60), start) + 1 or max(0, start - 60)
    le = text.find("\n", end, end + 60)
    return _phrase_in(_phrase_words(text, ls, end + 60 if le < 0 else le), start, end)


def _phrase_words(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The blank-separated words of ``text[a:b]``, their punctuation off, each with its span and its key (folded,
    without a full stop: "Dr." is "dr"; "’" is "'")."""
    out = []
    for m in _BLANK_SEPARATED.finditer(text, a, b):
        w = m.group().strip(_PHRASE_PUNCT)
        if w:
            s = m.start() + m.group().index(w)
            out.append((s, s + len(w), fold(w.rstrip(".")).replace("’", "'")))
    return out


def _phrase_in(words: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int] | None:
    """The span of the longest known phrase among ``words`` (``_phrase_words``) that overlaps ``start:end``."""
    inside = [i for i, (a, b, _) in enumerate(words) if a < end and b > start]
    if not inside:
        return None
    keys = [k for _, _, k in words]
    for n in range(min(_KNOWN_WIDTH, len(words)), 0, -1):
        for i in range(max(0, inside[0] - n + 1), min(inside[-1], len(words) - n) + 1):
            key = " ".join(keys[i:i + n])
            if key in _KNOWN_PHRASES or key.endswith("'s") and key[:-2] in _KNOWN_PHRASES \
                    or n == 3 and keys[i + 1] == "&" and _firm_pair(keys[i], keys[i + 2]):
                return words[i][0], words[i + n - 1][1]
    return None


def _firm_pair(a: str, b: str) -> bool:
    """Two words joined by "&" (folded) name a firm: the same name twice ("Johnson & Johnson"), a firm's word after
    it ("Steinway & Sons"), or a part of a known firm's name beside a word that is no listed first name or is a part
    too ("Ernst & Whinney", "Ben & Jerry's"; not "Anna & Young")."""
    b = b[:-2] if b.endswith("'s") else b
    if a == b or b in FIRM_AFTER_AMPERSAND:
        return True
    if a not in FIRM_PARTS and b not in FIRM_PARTS:
        return False
    first, _, _, _ = load_lists()
    return all(w in FIRM_PARTS or not _has(first, zlib.crc32(w.encode("utf-8"))) for w in (a, b))


def _eponyms(value: str) -> bool:
    """An algorithm's hyphenated eponyms (:data:`EPONYM_PAIRS`), a suffix allowed, or one eponym with its suffix
    ("Kalman-like"): no one's name on any line (an Erlang comment beside ``'cart@localhost'`` node names)."""
    if "-" not in value:
        return False
    key = fold(value)
    bare = EPONYM_SUFFIX.sub("", key)
    return key in EPONYM_PAIRS or bare in EPONYM_PAIRS or bare != key and bare in EPONYM_WORDS


#: The cast of cryptography's and protocols' explanations ("Alice sends Bob her public key; Eve listens"): beside
#: another of them and a protocol's word, a role, no person (``_protocol_party``)
PROTOCOL_CAST = regex.compile(r"\b(?:Alice|Bob|Carol|Charlie|Dave|Eve|Mallory|Trudy|Trent|Peggy|Victor)\b")
PROTOCOL_WORDS = regex.compile(
    r"(?i:\b(?:keys?|key[ -]pair|encrypt\w*|decrypt\w*|cipher\w*|plaintext|nonces?|protocols?|handshakes?|"
    r"shared[ ]secret|hash\w*|certificates?|signatures?|eavesdrop\w*|attackers?|adversar(?:y|ies)|intercept\w*|"
    r"mitm|man-in-the-middle|diffie|rsa|aes|ecdhe?|ecdsa|zero-knowledge|prover|verifier|commitment)\b)")
#: How far from a name of the cast the others and the protocol's words are looked for
_PROTOCOL_NEAR = 800


def _protocol_party(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is one of ``PROTOCOL_CAST`` and, within ``_PROTOCOL_NEAR`` characters, another of
    them and a protocol's word stand: a role of a protocol's explanation ("Alice encrypts ... with Bob's key"), no
    person; "Alice from accounting asked ..." alone, or a chat's speaker, stays a name."""
    name = text[start:end]
    if PROTOCOL_CAST.fullmatch(name) is None or text[end:end + 1] == ":":
        return False  # (a chat's speaker: "Alice: can you rotate the key?")
    lo, hi = max(0, start - _PROTOCOL_NEAR), end + _PROTOCOL_NEAR
    if not any(m.group() != name for m in PROTOCOL_CAST.finditer(text, lo, hi)):
        return False
    return PROTOCOL_WORDS.search(text, lo, hi) is not None


#: Month names of the languages the names lists read (folded: accents off), some of them given names too ("May",
#: "June", "Mai", "Maj", "Nisan"): in a date they are the month
MONTHS = frozenset("""
january february march april may june july august september october november december
januar februar marz april mai juni juli august september oktober november dezember jaenner janner
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
januari februari maart april mei juni juli augustus september oktober november december
stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia
styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien
januari februari mars april maj juni juli augusti september oktober november december
januar februar marts april maj juni juli august september oktober november december
ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik
""".split())
#: Before a month in a date: its day ("26. Mai", "3 June", "le 12 avril"); after it: the day or the year
MONTH_DAY_BEFORE = regex.compile(r"(?<![\d.])\d{1,2}(?:\.|st|nd|rd|th|er|º)?[ \t]+(?:de[ \t]+)?$")
MONTH_AFTER = regex.compile(r"[ \t]+(?:de[ \t]+)?(?:\d{4}(?!\d)|\d{1,2}(?:st|nd|rd|th)?(?:,|\.?[ \t]+\d{4}(?!\d)))")


#: Words of time before a month's name in the languages of ``MONTHS``, folded ("im Juli", "seit Juni", "Ende Mai",
#: "sinds juni", "depuis juin", "desde junio", "fino a luglio", "od maja")
MONTH_PREPOSITIONS = frozenset("""
im in seit bis ab anfang mitte ende vor nach zum
sinds tot eind begin half medio
en depuis fin debut mi
desde hasta finales principios mediados em ate final inicio meados
a da fino entro fine inizio meta
since until till early mid late
w od do
""".split())


def _month_in_date(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is a month's name with its day or its year beside it ("am 26. Mai 2025",
    "May 5, 2025", "April 2025") or a word of time before it ("im Juli", "seit Juni"): a date, not the given name."""
    return fold(text[start:end]) in MONTHS and (MONTH_DAY_BEFORE.search(text, max(0, start - 12), start) is not None
                                                or MONTH_AFTER.match(text, end) is not None
                                                or fold(_word_before(text, start)) in MONTH_PREPOSITIONS)


#: How far from a word its use as an attribute is looked for (a module's docstring speaks of code far below it)
_CODE_NEAR = 1 << 17


def _identifier_elsewhere(text: str, start: int, word: str, memo: dict[tuple[str, int], bool]) -> bool:
    """``word`` is an attribute or a keyword argument near ``start`` in ``text`` (``self.Emin``, ``Emin=-999``;
    within :data:`_CODE_NEAR` characters, one module's length): the code's identifier, then also where its
    docstring or its comments mention it ("less than Emin"). (Looked for in a window: the whole text read once
    a word cost 170 ms on 3.7 MB of code; 128 KB each side, answered once a word and 64 KB, ~12 ms.)"""
    key = (word, start >> 16)
    seen = memo.get(key)
    if seen is None:
        lo, hi = max(0, start - _CODE_NEAR), start + _CODE_NEAR
        seen = memo[key] = any(
            text[i + len(word) + 1:i + len(word) + 2] in ("", "=") or not text[i + len(word) + 1].isalnum()
            for i in _occurrences(text, "." + word, lo, hi)) or text.find(word + "=", lo, hi) >= 0
    return seen


def _occurrences(text: str, needle: str, lo: int, hi: int, limit: int = 64) -> Iterator[int]:
    """The first ``limit`` positions of ``needle`` in ``text[lo:hi]``."""
    i = text.find(needle, lo, hi)
    while i >= 0 and limit:
        yield i
        limit -= 1
        i = text.find(needle, i + 1, hi)


#: The namesakes of algorithms, filters and theorems, one word: alone, with no cue before them, they are the
#: method in a comment ("Kalman merge", "Dijkstra with a priority queue"), though some are given names too
#: (Kalman is one in Hungarian)
EPONYM_WORDS = frozenset(part for pair in EPONYM_PAIRS for part in pair.split("-")) | frozenset("""
kalman dijkstra bayes euler gauss fourier markov huffman kruskal prim viterbi hamming jaccard bloom fenwick tarjan
lamport laplace lagrange poisson bernoulli cholesky jacobi nyquist voronoi delaunay bezier pareto gini sobel canny
gabor hough dirichlet chebyshev legendre hermite laguerre bessel kalman-bucy wiener mahalanobis minkowski
""".split())
#: The heads of German, Dutch and English compounds that name a method after its namesake with a hyphen
#: ("Kalman-Filter", "Gauß-Verfahren", "Dijkstra-Algorithmus", "Huffman-Kodierung", "Merkle-Baum", "Kalman-filter"),
#: folded: such a compound is the method, no double-barrelled name
EPONYM_HEADS = frozenset("""
filter filters verfahren algorithmus algorithmen algoritme algoritmen algorithm algorithms transformation
transformationen transformatie transform kodierung codierung codering coding code codes baum baume boom bomen tree
trees netz netzwerk verteilung verdeling distribution zahl zahlen getal getallen number numbers satz stelling theorem
test tests toets methode methoden method kurve kurven curve curves ahnlichkeit gelijkenis similarity distanz abstand
afstand distance matrix matrizen operator gleichung gleichungen vergelijking equation reihe reeks series raum ruimte
space graph graaf suche zoeken search schema prinzip principe principle effekt effect gesetz wet law regel rule
lemma vermutung vermoeden conjecture integral polynom polynome polynomen kriterium criterium koeffizient coefficient
schatzer schatter estimator heuristik heuristiek index norm sieb zeef sieve automat automaten diagramm diagram
entropie entropy korrelation correlatie correlation formel formule formula funktion functie zerlegung ontbinding
interpolation interpolatie modell kette keten chain signatur handtekening hashing tabelle tabel transformierte
""".split())
#: "Floyd-Warshall-like backoff", "Knuth-Morris-Pratt-style search": the eponyms with a suffix
EPONYM_SUFFIX = regex.compile(r"-(?:like|style|based|type|ish|esque)$")


NOT_NAMES_DEFAULT = frozenset(
    "god lord jesus christ allah buddha monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december christmas easter "
    "internet street avenue road lane drive court boulevard suite apt north south east west mr mrs ms dr "
    "prof jr sr st mt ft jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun "
    "german english french spanish italian dutch swedish danish norwegian finnish polish russian chinese "
    "japanese korean indian arabic hebrew greek turkish portuguese brazilian mexican american british irish "
    "scottish welsh canadian australian african european asian latin catholic protestant muslim jewish "
    "christian hindu buddhist world "
    "i you he she it we they me him her us them his its our your their".split()
)
INITIAL_GAP = regex.compile(r" \p{Lu}\.? ")
#: Given names common in the UK, Ireland and continental Europe today (and the commonest Japanese, Chinese
#: and Korean ones, romanised: the census lists have their surnames, Yamada, Zhang, Choi) that the 1990 US
#: Census lists lack
#: (they are UNKNOWN there, so "Sanne Smit" alone on a line had no listed name in it). Lower case, accents
#: folded. A name that is also an English word ("poppy") is taken as ambiguous, like the census ones.
SUPPLEMENTARY_FIRST = frozenset("""
alfie freya kieran niamh aoife saoirse ciaran eoin oisin cian ffion rhys cerys gethin bethan imogen esme
sienna kirsty liam declan hamish alasdair lachlan eilidh morag ailsa poppy
sjoerd sanne lotte maarten joost daan thijs stijn niels wouter pieter fenna femke anouk eline marloes fleur
lieke jeroen luuk rutger jorien mirjam annelies greetje
maximilian niklas jannik jorg friederike wiebke silke katrin dorte uwe holger sven torsten
oceane amelie gaelle matheo enzo maxime aurelien margaux elodie aurelie segolene
niccolo giulia tommaso giorgia ginevra alessia federica paolo
inigo begona nuria jordi aitor unai ainhoa nerea itziar leire
thiago joao goncalo tiago thais vitoria
pawel wojciech malgorzata zaneta krzysztof grzegorz piotr tomasz lukasz michal jakub kacper szymon agnieszka
katarzyna aleksandra zuzanna wiktoria oliwia maja kasia dorota jolanta
ebba henrik sindre eirik kristoffer mikkel soren freja aino eetu juha jukka tuomas
johan gunnar gustav olof bengt goran hakan lennart mikael torbjorn kjell jorgen pelle kalle stig sune ove
kerstin birgitta ylva tove signe vilma sanna malin stina lisbeth margareta agneta gunilla solveig ingegerd anneli
taro hiroshi takeshi kenji haruto yuto sota riku hinata akira naoki daiki kazuki shota ryota yusuke takumi
nils kaito hiroki masato satoshi makoto kenta sakura haruka misaki ayaka nanami yoko yumiko tomoko naoko kaori
yui aoi hina yuna rina yuka akiko noriko megumi ren sho kei ryo daisuke takashi kazuya haruki shohei
yutong zihan yuxuan haoyu zixuan yichen ruoxi
xiaoming xiaoli xiaoyan xiaohong jianguo zhiwei weiwei lihua jingjing xin yan hui qiang jie yong ling
minjun seoyeon jiwoo jiho minseo seojun jihoon jiyeon eunji soyeon yejin dongwoo sungmin jaehyun hyunwoo
mads rasmus magnus anders jesper frederik oskar emil ida laerke signe mette
eero lauri antti mikko jussi timo pekka matti heikki teemu janne jarkko ville aleksi onni leevi venla
kerem zeynep elif emre burak cem selin merve ozge tugba busra esra ebru gizem damla irem kubra sevgi yasemin
ozlem hulya mehmet mustafa huseyin ibrahim yusuf omer murat serkan volkan tolga onur baris caner arda berk
efe eren kaan ilker levent gokhan hakan ayse fatma emine hatice
arjun aditya vikram rahul rohit rohan karan siddharth ananya priya pooja neha anjali deepika sneha divya
kavya aishwarya lakshmi sunita anita kavita rekha suresh ramesh mahesh rajesh dinesh sanjay vijay ajay
manoj deepak ashok rakesh prakash arun akash sachin nitin gaurav saurabh ankit pravin harish ravi
""".split())
#: Prepositions, conjunctions, adverbs and imperatives of German, Dutch, French, Spanish, Portuguese, Italian and
#: Polish that open a sentence, a list's item or a heading of engineering prose ("Seit ...", "Ook ...", "Pour ...",
#: "Para ...", "Anche ...", "Abra ...", "Sarai ..."): some are listed names or places, and any of them before a name
#: or a product no list knows read as a name of two words ("Voor Albert Heijn", "Abra Buildkite"). Lower case as
#: written; also the first word of a sentence that is no place (``_foreign_sentence_word``).
SENTENCE_WORDS = frozenset("""
seit bis ab laut gemäß wegen trotz statt während ohne außerdem deshalb daher wie stichwort instanz anfang mitte
ook voor zoals volgens tijdens sinds omdat daarom daarna bovendien
pour avec sans chez dans depuis pendant selon aussi donc ensuite remplacer ouvrez cliquez
para desde hasta durante según también porque cada abra sustituir reemplazar instale
até também porque substituir atualiza atualize clique
anche senza perché ogni sarai sarà saranno apri sostituire aggiorna clicca
dla bez podczas według także również każdy każda każdą każde otwórz zastąp
""".split())
#: Capitalised words of other European languages that the English word list lacks and the census lists may
#: hold ("Olá" folds to the first name Ola, "Morada" is a surname): form labels, greetings, sign-offs and the
#: words that open a sentence. Lower case *as written* (the accents tell "olá" from the name "Ola").
FOREIGN_WORDS = frozenset("""
betreff anschrift adresse kontoinhaber inhaber telefon telefonnummer handy mobil mobiltelefon rufnummer
vorname nachname geburtsdatum geburtsort bestellung bestellnummer rechnung rechnungsnummer kunde kundin
kundennummer lieferadresse ort stadt land datum unterschrift bankverbindung kontonummer betrag anrede
hallo danke vielen dank bitte grüße gruß grüsse liebe lieber sehr geehrte geehrter geehrtes freundliche
freundlichen mit meine mein meinen ihre ihr unser unsere viele beste herzliche
indirizzo residenza domicilio cellulare telefono recapito cognome nome codice fiscale nascita luogo
oggetto gentile egregio cordiali saluti distinti grazie ciao buongiorno buonasera firma
dirección direccion domicilio móvil movil teléfono celular apellido apellidos nombre asunto estimado
estimada estimados saludos atentamente gracias hola buenos buenas
morada telemóvel telemovel telefone endereço endereco sobrenome apelido assunto olá obrigado obrigada
cumprimentos atenciosamente prezado prezada bom boa
objet téléphone portable prénom adresse bonjour cordialement merci madame monsieur
onderwerp adres telefoonnummer voornaam achternaam geboortedatum woonplaats groeten beste
temat adres imię nazwisko telefon komórka pozdrawiam dzień dobry szanowny szanowna
naam nom cognome nombre prénom
ufficio personale dipartimento reparto amministrazione contabilità direzione risorse umane vendite acquisti
dział kadr kadry księgowość sprzedaży zakupów administracja
abteilung personalabteilung buchhaltung vertrieb einkauf verwaltung geschäftsführung personalwesen
departamento recursos humanos contabilidad ventas compras administración dirección
ressources humaines comptabilité direction achats
afdeling personeelszaken boekhouding verkoop inkoop administratie
deutsche deutscher deutsches deutschen europäische französische italienische österreichische schweizerische
française français italiana italiano italiani española español nederlandse polska polski polskie portuguesa
welt mundo mondo monde wereld świecie
rubrik ämne hälsningar mvh tack konu merhaba teşekkürler saygılarımla selamlar
gesendet betreft verzonden envoyé enviado benutzer benutzername passwort kennwort zugangsdaten
outorgante outorgantes outorgado primeira primeiro segunda unipessoal
weitere weiteren weiterer weiteres neue neuen neuer neues wichtige wichtigen wichtiger wichtiges folgende folgenden
aktuelle aktuellen allgemeine allgemeinen zusätzliche zusätzlichen nächste nächsten letzte letzten erste ersten
häufige häufigen bekannte bekannten hinweis hinweise
klar genau stimmt alles gut super prima passt okay foutmelding melding opmerking omschrijving toelichting
persönliche persönlichen daten amtliches amtliche kennzeichen fecha fechas
witaj witam καλησπέρα καλημέρα γεια здравствуйте привет добрый доброе вітаю привіт szia sziasztok ahoj
dobrý zdravo bună merhaba moi hei terve
cliente clientes concepto clave importe factura albarán pedido usuario contraseña
kunde rechnung leistung zeitraum
passwort parola passord adgangskode lösenord salasana hasło heslo jelszó wachtwoord senha şifre
büro alarmanlage haustür tür garage keller lager werkstatt praxis filiale zentrale empfang tresor schlüssel
zugang zugangscode türcode
wlan wi-fi wifi ssid
está estás están estão esté estava estaba también também não então jeton jetons
servizio clienti assistenza obsługi obsługa klienta klientów kundenservice kundendienst kundenbetreuung kundtjänst
klantenservice atención atencion müşteri hizmetleri hizmet kargo служба поддержки поддержка italiane
montag dienstag mittwoch donnerstag freitag samstag sonntag pazartesi salı çarşamba perşembe cuma cumartesi
пароль пароля логин логина имя фамилия отчество адрес телефон почта город страна дата примечание комментарий статус
сумма итого пользователь клиент сотрудник тема ответ вопрос спасибо привет здравствуйте ошибка внимание важно
пример результат описание название номер код ключ токен сервер хост порт версия заказ счёт счет оплата доставка
товар цена количество должность отдел компания организация паспорт подпись логін ім'я прізвище адреса пошта місто
країна примітка коментар сума користувач клієнт співробітник відповідь питання дякую привіт помилка увага приклад
опис назва парола потребител държава бележка лозинка корисник презиме κωδικός κωδικος χρήστης όνομα επώνυμο
διεύθυνση τηλέφωνο πόλη χώρα ημερομηνία σημείωση σχόλιο κατάσταση ποσό πελάτης υπάλληλος θέμα απάντηση ερώτηση
ευχαριστώ σφάλμα προσοχή παράδειγμα αποτέλεσμα περιγραφή αριθμός κλειδί
""".split()) | SENTENCE_WORDS | frozenset(
    # English words of forms, trackers and configs that the word list lacks: labels, never a speaker's name
    "assignee assignees cardholder cardmember runtime runtimes reviewer approver requester onboarding "
    "signee signatory payee payer".split()) | frozenset(_LABEL_WORDS.split()) | frozenset(
    # the labels of Turkish forms (SGK, e-Devlet, bank and HR forms: "Doğum Tarihi:", "Cep Telefonu:", "İşe Giriş
    # Tarihi:", "Meslek Kodu:") and the job titles written beside them: a run of two unknown capitalised words
    # before a colon reads as a foreign name otherwise. Written lower case as Python lowers them ("İ" is "i̇").
    w2 for w in """
doğum tarihi tarih yeri telefonu telefon cep ev iş işe giriş çıkış meslek kodu kod numarası numara no sicil
kimlik uyruğu uyruk cinsiyeti cinsiyet medeni hali adresi adres il ilçe mahalle sokak posta e-posta eposta
unvanı unvan görevi görev departmanı birimi şube şubesi işyeri işveren işverenin sigortalı sigortalının bildirge
bildirgesi başlangıç bitiş ücret ücreti maaş brüt net vergi dairesi hesap hesabı banka tutar tutarı tarihi
açıklama durum durumu belge belgesi seri imza kaşe onay yazılım geliştirici geliştiricisi mühendis mühendisi
uzman uzmanı yönetici müdür müdürü sorumlu sorumlusu teknisyen operatör muhasebe personel personeli
""".split() for w2 in (w, w.replace("i", "i\u0307", 1) if w.startswith("i") else w))
#: The names of countries in their own languages ("Deutschland", "España"): places, like the English ones
#: (``PLACE``). Lower case, accents folded.
ENDONYMS = frozenset("""
deutschland osterreich schweiz suisse svizzera espana italia nederland belgie belgique polska sverige norge
danmark suomi island eesti latvija lietuva cesko slovensko magyarorszag hrvatska ellada turkiye rossiya
""".split())
#: Letters that Unicode's decomposition keeps whole, folded as the census lists spell names: "Łukasz", "Yılmaz",
#: "Søren", "Đorđe", "Æsa", "Groß"
_LETTER_FOLD = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ß": "ss",
                              "þ": "th"})
#: Tools and services of an operations stack that the lists hold as names or that no list knows ("name:
#: Prometheus", "Loki", "Jaeger"): never a person, lower case
TOOL_NAMES = frozenset("""
prometheus loki grafana tempo mimir thanos cortex jaeger zipkin kibana logstash fluentd fluentbit elasticsearch
opensearch alertmanager pagerduty opsgenie datadog splunk sentry keycloak traefik envoy istio linkerd argocd
fluxcd tekton harbor nexus artifactory sonarqube rancher portainer minio etcd zookeeper rabbitmq kafka
""".split()
    # and very common names of systems, hosts, services and build files that the census lists hold as names
    # or that open a changelog's line ("Wayland: fix ...", "Makefile: ...", "moved to Github", "Cloud Run"), and the
    # style words of font families ("Sans Bold", "Serif Oblique")
    + """
wayland hurd unix makefile dockerfile github gitlab bitbucket sourceforge cloud commandline tooltips sans serif
oblique monospace
""".split()
    # products, services and projects of engineering prose that no one bears as a name but that the lists hold as
    # a name or a place, or that a cue ("with", "to", "for") would make one ("sign in with Okta", "moved to Trino",
    # "Ask Cortana"): assistants, identity and CI services, query engines, web and test frameworks, notebooks
    + """
okta auth0 cortana bixby trino dagster sidekiq buildkite teamcity gitea phabricator asana figma vitest appium
robolectric ktor quarkus micronaut liquibase flyway alembic prisma pydantic dask optuna gradio streamlit bokeh
metabase superset redash tableau qlik jupyter colab docusaurus mkdocs jekyll hexo gatsby nuxt xamarin bugsnag
rollbar dynatrace instana hystrix dapr akka zeebe camunda snyk sonatype verdaccio kubernetes ollama openshift
""".split())
#: Products and projects named like people that engineering prose names far more often than anyone bearing the
#: name (folded): alone, with no cue that speaks of a person ("Thanks to Hugo", "Hugo said", "Dear Hugo"), they
#: are the product ("built with Hugo", "We use Polly for retries", "AWS Aurora"); beside a surname they stay a
#: name ("Hugo Martin")
PRODUCT_GIVEN = frozenset("hugo polly otto darwin aurora porsche chanel".split())
#: Assistants one talks to, whose name alone is the assistant even after "ask", "tell" or "hey" ("Ask Siri",
#: "Hey Alexa, ...", "we asked Claude to ..."): only a title or a name's label makes one a person
ASSISTANT_NAMES = frozenset("siri alexa claude".split())
#: ``INTRO`` phrases that go with a product as often as with a person ("built with Hugo", "a client for Polly",
#: "moved from Aurora to ..."; not "Thanks to", nor a header's "From:"): no person's cue for a product's name
PRODUCT_INTRO_WORDS = frozenset("with for from and by to".split())
#: A person's pronoun right after a word, across a comma or a full stop ("I was using Polly. She helped.", "cc
#: Polly, she owns billing"): the word was a person
PRONOUN_AFTER = regex.compile(r"[.,;]?[ \t]+(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")
#: The words for a storm before its name in the languages the lists read, folded ("Hurricane Katrina", "Sturmtief
#: Sabine", "la tempête Xynthia", "orkaan Sandy", "huraganu Katarzyna"): the storm, no person
STORM_WORDS = frozenset("""
hurricane storm typhoon cyclone windstorm
orkan orkans sturm sturmtief tief wintersturm unwetter
tempete ouragan cyclone
tormenta borrasca huracan ciclon tifon
uragano tempesta tifone ciclone
furacao tempestade ciclone tufao
orkaan storm stormen
huragan huraganu orkanu sztorm sztormu wichura wichury
""".split())
#: Words that name a team, a project or an operation by the one capitalised word after them ("Team Phoenix",
#: "Squad Falcon", "Project Athena", "Projekt Hermes", "Operation Gladys"); case as written. A name of more words
#: after one ("Team Anna Schmidt") is judged as a name.
TEAM_WORDS = frozenset("""
Team Squad Tribe Guild Project Projekt Projet Proyecto Progetto Projeto Projekti Operation Operación Operação
Operazione Opération Codename
""".split())
#: Vendors, foundations and operating systems whose name opens a product's ("Apache Felix", "AWS Aurora", "Amazon
#: Polly", "Azure Cosmos", "Eclipse Luna", "Debian Bookworm", "macOS Sonoma"): the capitalised word right after
#: one is the product, or the release, no person; case as written
VENDOR_WORDS = frozenset("""
Apache AWS Amazon Azure Google GCP Microsoft Eclipse Oracle IBM SAP Adobe Atlassian Mozilla JetBrains HashiCorp
Salesforce Cisco VMware Nvidia NVIDIA Intel AMD Apple Meta Alibaba Tencent Huawei Samsung Cloudflare Elastic
Netflix Spotify Uber Twitter GitHub GitLab Debian Ubuntu Fedora macOS OSX iOS Android Windows
""".split())
#: Common Chinese family names, romanised (pinyin): several are English words or abbreviations ("Sun",
#: "Ma", "He"), so they make a name only with a pinyin given name (see ``_chinese``).
CHINESE_FAMILY = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
fu zhong qian tan kong yin mao hao gu meng qin yan
""".split())
#: A given name in pinyin: one or two syllables ("Jun", "Yiting", "Xiaoming").
PINYIN_GIVEN = regex.compile(
    r"(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|"
    r"ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,2}")
#: Articles and determiners of German, Italian, Spanish, French, Dutch and Portuguese, lower case (those of
#: one letter, "o", "a", are no capitalised words here). German nouns are always capitalised: "Das
#: Passwort", "Diese Tabelle" are phrases, and so are "Il Colosseo", "La Ferrari", "Het Rijksmuseum"; see
#: ``_after_determiner``. "de", "del", "van", "von" are not here: they are particles of names ("De Luca").
DETERMINERS = frozenset("""
der die das den dem des ein eine einen einem einer dieser diese dieses diesen
il lo la gli le un una uno el los las les une het een os as um uma umas uns
""".split())
#: Determiners that are also given names ("Una Healy", "Les Paul", "Uma Thurman"): followed by one listed
#: name only, they start the name.
DETERMINER_GIVEN = frozenset("una les uma".split())
#: The commonest Vietnamese family names (most Vietnamese have one of them) and Vietnamese given names,
#: lower case, without diacritics. Several are English or other words ("Le", "Do", "Ho", "Vu", "Thu",
#: "Long"): only a whole run of them, a family name and a given name, is taken (see ``_vietnamese``).
VIETNAMESE_FAMILY = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly".split())
VIETNAMESE_GIVEN = frozenset("""
an anh bao binh chau chi cuong dat diep dung duc duy giang ha hai han hang hanh hau hien hieu hoa hoai hong
hue hung huong huy khanh khang khoa khoi kim lam lan linh loan loc long luan mai minh my nam nga ngan nghia
ngoc nguyet nhan nhi nhung oanh phat phong phuc phuong quan quang quoc quy quyen quynh sang son tam tan
thang thanh thao thi thien thinh tho thu thuy thuong tien toan trang tri trinh trong trung tu tuan tung
tuyen tuyet uyen van viet vinh vy xuan yen
""".split())
#: Endings of common nouns in German, Spanish, Italian and Portuguese (Bestellung, Rückerstattung,
#: Kontoinhaber, Información, Informazione, Reclamação): a capitalised word that no list knows and ends so is
#: a noun of its language, not a foreign name. Accents folded; the word must be longer than the ending + 2.
NOUN_ENDINGS = ("ung", "keit", "heit", "schaft", "nummer", "datum", "inhaber", "adresse", "itat", "cion",
                "zione", "acao", "mento", "ismus",
                # their plurals (Einstellungen, Möglichkeiten, Informationen), and German compounds' heads
                # (Zugangsdaten, Amtsgericht, Testsystem)
                "ungen", "keiten", "heiten", "schaften", "itaten", "ionen", "daten", "gericht", "system",
                # Italian, Spanish and Portuguese adverbs (Chiaramente, Finalmente), Polish verbal and -ation
                # nouns (Wdrożenie, Testowanie, Migracja, Konfiguracji), Dutch ones (Migratie, Installaties)
                "mente", "enie", "owanie", "acja", "acji", "acje", "atie", "aties")
#: After a capitalised word: it names a theorem, law or method, not a person ("Bayes' theorem", "Kalman
#: filter", "Fourier transform", "Dijkstra's algorithm", "the Julian day", "Monte Carlo simulation"); the place
#: detector reads it too ("Manhattan distance").
EPONYM_AFTER = regex.compile(
    r"(?:['’]s?)?[ \t]+(?:theorem|theorems|law|laws|lemma|conjecture|principle|inequality|equation|equations|"
    r"constant|distribution|transform|transformation|algorithm|filter|method|rule|number|numbers|formula|"
    r"hypothesis|paradox|effect|series|space|integral|criterion|function|problem|curve|coefficient|estimator|"
    r"graph|tree|sort|distance|matrix|operator|identity|calendar|day|days|date|dates|simulations?|chains?|cycles?|"
    r"metric|norm|geometry|approximation|expansion|polynomials?|interpolation|decomposition|correlation|"
    r"quadrature|plots?|index|normal[ \t]+form|heuristics?|search|encoding|cipher|kernel|similarity|bounds?|"
    r"scheme|walk|sieve|automat(?:on|a)|machine|tests?|entropy|coding|codes?|rank[ \t]+correlation|ratio|limit)\b")


#: ASCII characters that, right after the space ending a word, keep the next word out of its run: not a
#: blank, an initial nor a particle's first letter (``_joins`` is then false; tested before calling it)
NO_JOIN = frozenset(c for c in map(chr, range(128))
                    if not c.isspace() and not c.isupper() and c not in {w[0] for w in PARTICLES})


def _same_script(a: str, b: str) -> bool:
    """Two words' first letters are both Cyrillic, both Greek or both neither: one name is written in one script
    ("Обновление Dyson V15" is a Russian word before a product's name)."""
    return (("\u0400" <= a <= "\u052f") == ("\u0400" <= b <= "\u052f")
            and ("\u0370" <= a <= "\u03ff") == ("\u0370" <= b <= "\u03ff"))


def _joins(gap: str) -> bool:
    """Whether the text between two capitalised words keeps them in one run: a space, a particle
    ("Ludwig van Beethoven") or an initial ("Mary J. Okafor")."""
    n = len(gap)
    if n < 3:
        return gap == " "
    if gap[0] != " " or gap[-1] != " ":
        return False
    if (n == 3 or n == 4) and (gap[1].isupper() or not gap[1].isascii()) and INITIAL_GAP.fullmatch(gap):
        return True  # ASCII capitals are exactly A-Z: the regex is needed only for other characters
    if n > 13:
        return False
    # "Sjoerd van den Berg", "Otto von der Heide": a Dutch or German particle group (not "Chiclana de la
    # Frontera", a place)
    words = gap.lower().split(" ")[1:-1]
    return bool(words) and (len(words) == 1 or words[0] in ("van", "von") or words in (["de", "la"], ["de", "las"],
                                                                                      ["de", "los"])) \
        and all(w in PARTICLES for w in words)  # ("Javier de la Fuente": a place of the kind is in the places list)


#: The elided particle of an Italian or a French surname ("D'Angelo", "D'Souza"), which ``CAP`` leaves out of
#: the word after it: between two words of a run, it keeps them in one
ELISIONS = frozenset(["D'", "D’", "d'", "d’"])

_lists: tuple[array.array, ...] | None = None


def load_lists(path: Path = DATA) -> tuple[array.array, ...]:
    """The four sorted CRC-32 arrays (first, last, ambiguous, words); read once per process."""
    global _lists
    if _lists is not None and path is DATA:
        return _lists  # called for every word classified: skip the path comparison
    if _lists is None or path != DATA:
        out = read_crc_arrays(path, b"PSN1", 4, "name list")
        if path != DATA:
            return tuple(out)
        _lists = tuple(out)
    return _lists


def read_crc_arrays(path: Path, magic: bytes, count: int, what: str) -> list[array.array]:
    """The sorted CRC-32 arrays of a data file (names.bin, places.bin): ``magic``, ``count`` little-endian
    lengths, then the arrays."""
    import sys

    raw = path.read_bytes()
    if raw[:4] != magic:
        raise ValueError(f"{path}: not a promptscrub {what}")
    counts = struct.unpack_from(f"<{count}I", raw, 4)
    out, pos = [], 4 + 4 * count
    for n in counts:
        arr = array.array("I")
        if arr.itemsize != 4:  # pragma: no cover - exotic platforms
            raise RuntimeError("array('I') is not 32-bit here")
        arr.frombytes(raw[pos:pos + 4 * n])
        out.append(arr)
        pos += 4 * n
    if sys.byteorder != "little":  # pragma: no cover
        for arr in out:
            arr.byteswap()
    return out


def _has(arr: array.array, key: int) -> bool:
    i = bisect.bisect_left(arr, key)
    return i < len(arr) and arr[i] == key


#: Vietnamese words that open a polite sentence and are given names elsewhere ("Xin": please; a Chinese given
#: name): before a lower-case Vietnamese word they are that word, not a name ("Xin chào", "Xin lỗi").
VIETNAMESE_OPENERS = frozenset({"xin"})
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _vietnamese_word_after(text: str, end: int) -> bool:
    """A lower-case word with a Vietnamese letter (a tone mark, ă, ơ, ư, đ) follows ``end`` after one blank."""
    if text[end:end + 1] != " ":
        return False
    word = text[end + 1:end + 12].split(" ", 1)[0].rstrip(",.!?")
    return bool(word) and word.islower() and not _VIETNAMESE_LETTERS.isdisjoint(word)


#: ``str.translate``'s table that drops combining marks
_NO_MARKS = TranslationTable(lambda code: None if unicodedata.combining(chr(code)) else code)


def fold(word: str) -> str:
    """Lower-case, without accents: ``Cortés`` → ``cortes``. (A translation table drops the marks: a
    character-by-character filter cost ~5 us a word of Russian, for every capitalised word.)"""
    low = word.lower()
    if low.isascii():
        return low
    return unicodedata.normalize("NFKD", low).translate(_NO_MARKS)


_SUFFIXES = (("ies", "y"), ("ier", "y"), ("iers", "y"), ("s", ""), ("es", ""), ("er", ""), ("ers", ""), ("er", "e"),
             ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("ness", ""), ("ment", ""),
             ("ation", "e"), ("ation", "ate"), ("able", ""), ("able", "e"), ("izer", "ize"), ("ise", "ize"))


def _stems(low: str) -> list[str]:
    """Candidate English stems of a word not in the word list ("classifier" -> "classify")."""
    return [low[: -len(suf)] + rep for suf, rep in _SUFFIXES if low.endswith(suf) and len(low) - len(suf) >= 3]


def _is_major_place(low: str) -> bool:
    """``location.is_major_place``, imported on first use (location imports this module)."""
    global _is_major_place
    from .location import is_major_place

    _is_major_place = is_major_place
    return is_major_place(low)


def _is_place(phrase: str) -> bool:
    """``location.is_place``, imported on first use (location imports this module)."""
    global _is_place
    from .location import is_place

    _is_place = is_place
    return is_place(phrase)


def _cloud_region_place(text: str, start: int, end: int) -> bool:
    """``location.cloud_region_place`` ("eu-central-1 (Frankfurt)"), imported on first use."""
    global _cloud_region_place
    from .location import cloud_region_place

    _cloud_region_place = cloud_region_place
    return cloud_region_place(text, start, end)


#: The areas of IANA time-zone ids ("Europe/Berlin", "America/New_York"; the legacy "US/Eastern", "Canada/Pacific")
TZ_AREAS = frozenset("Africa America Antarctica Arctic Asia Atlantic Australia Europe Indian Pacific Etc US Canada "
                     "Brazil Chile Mexico".split())
#: The rest of a zone id after its area: "/Berlin", "/New_York", "/Argentina/Buenos_Aires", "/GMT+5"
TZ_LOCATION = regex.compile(r"/[A-Z][A-Za-z]*(?:[_+-][A-Za-z0-9]+)*(?:/[A-Z][A-Za-z]*(?:[_-][A-Za-z]+)*)?(?![\w/])")


def time_zone_area(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the area of a time-zone id ("Europe" of "Europe/Berlin"): a setting, not a place
    anyone is at nor a person (shared with the place detector)."""
    return text[end:end + 1] == "/" and text[start:end] in TZ_AREAS and TZ_LOCATION.match(text, end) is not None


def _cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills a table cell: ``|`` or a tab (or the line's edge) on both sides."""
    a = text[max(0, start - 12):start].rstrip(" ")
    b = text[end:end + 12].lstrip(" ")
    return (not a or a[-1] in "|\t\n") and (not b or b[0] in "|\t\n")


def _place_first_then_last(place: str, surname: str) -> bool:
    """A place that is also a listed first name, then a listed surname ("Victoria Smith", "Georgia Parker"),
    the two not one place together ("Virginia Beach")."""
    first, last, _, _ = load_lists()
    if not (_has(first, zlib.crc32(fold(place).encode("utf-8")))
            and _has(last, zlib.crc32(fold(surname).encode("utf-8")))):
        return False
    return not _is_place(place + " " + surname)


def _particles_before(text: str, s: int) -> int:
    """Where the lower-case particles right before ``s`` start ("de ", "van der "; at most three), ``s`` if
    there are none."""
    at = s
    for _ in range(3):
        i = text.rfind(" ", max(0, at - 6), at - 1)
        if i < 0 or text[i + 1:at - 1] not in PARTICLES:
            break
        at = i + 1
    return at


def _title_particle(text: str, s: int, e: int, out: list[Finding]) -> bool:
    """A title, then a surname's particles, then the surname at ``s:e`` ("dr. de Vries", "hos dr af Klint",
    "min granne de Geer"): the particles and the surname are the name, found into ``out``."""
    if text[s - 1:s] != " ":
        return False
    ps = _particles_before(text, s)
    if ps == s or TITLES.search(text, max(0, ps - 40), ps) is None:
        return False
    out.append(Finding(ps, e, "pii", "PERSON", "person-name", 0.8))
    return True


def _greeted_place(text: str, s: int, e: int, word: str) -> bool:
    """A place's name that is also a listed given name, greeted at the start of a line ("Merhaba Büşra,",
    "Dear Victoria!"): the person, where a place alone stays ("flights to Victoria")."""
    if text[e:e + 1] not in (",", "!") or not _listed_given(word):
        return False
    ls = text.rfind("\n", 0, s) + 1
    m = STRONG_INTRO.search(text, ls, s)
    return m is not None and not text[ls:m.start()].strip(" \t>*-")


def _listed_given(word: str) -> bool:
    """``word`` is in the given-name lists (whatever else it is: "Sander" is also a tool)."""
    given = fold(word)
    return _has(load_lists()[0], zlib.crc32(given.encode("utf-8"))) or given in SUPPLEMENTARY_FIRST


#: Particles of Dutch, German and Scandinavian surnames: between a given name and a capitalised word they
#: make a name ("Sander van Dijk"); Romance ones ("de", "del") also join places and dishes ("Flor de Sal")
GERMANIC_PARTICLES = frozenset("van von vom ver ter ten zu af av".split())


def _particle_gap(gap: str, surname: int) -> bool:
    """The text between a given name and the class ``surname`` of the word after is particles: a Germanic one
    first ("van den", "von der"), or any when the word after is a listed surname or no word at all ("de
    Vries"; not "Flor de Sal")."""
    words = gap.split()
    return bool(words) and all(w in PARTICLES for w in words) and (
        words[0] in GERMANIC_PARTICLES or surname == STRONG_LAST or surname == UNKNOWN)


# token classes; PLACE = a country, state or big city ("Georgia", "Victoria"): a name only next to a name
WORD, WEAK, STRONG_FIRST, STRONG_LAST, UNKNOWN, PLACE = range(6)


_CODE_PUNCT = frozenset("{};=<>")


def _code_like(sample: str) -> bool:
    """Code punctuation (``{};=<>``, rare in prose) in more than 2% of the characters: lower-case code
    (``if (len < ulen) break;``), not a lower-cased chat, whose words are judged as if capitalised."""
    n = sum(c in _CODE_PUNCT for c in sample)
    return n >= 2 and n * 50 > len(sample)


class _QuietBefore(dict):
    """The three characters before a word (one at 3 or later) -> whether no cue before it can make it a name:
    no title (``HONORIFIC``, ``TITLES``), no ``STRONG_INTRO``, no ``(`` of a native name. Their ``CueBefore``
    gates answer this for each key; one look-up here spares a word in code (most lone words) their searches."""

    def __missing__(self, key: str) -> bool:
        if len(self) > 20_000:
            self.clear()
        quiet = key[-1:] != "(" and not any(cue.may_end(key) for cue in _BEFORE_CUES)
        self[key] = quiet
        return quiet


_QUIET_BEFORE = _QuietBefore()
#: Labels that ask for a person, lower case, their words joined by one blank: the whole label or its last word
#: (after a "/" or a blank: "Parent/guardian", "Class teacher", "Solicitor for the Claimant"), in English, other
#: European languages and the scripts of ``_NATIVE_LETTERS``
PERSON_LABELS = frozenset("""
name names fullname surname surnames forename forenames nickname contact customer client patient employee staff
member student pupil child son daughter parent parents guardian mother father spouse partner husband wife tenant
landlord landlady owner holder cardholder applicant co-applicant borrower co-borrower guarantor beneficiary insured
policyholder claimant defendant plaintiff respondent petitioner appellant witness victim suspect offender driver
passenger guest visitor attendee attendees participant participants speaker organizer organiser host presenter
interviewer interviewee candidate recruiter manager supervisor lead assignee reporter requester approver reviewer
author sender recipient from to cc bcc attn attention addressee consignee shipper payee payer buyer seller agent
representative rep advisor adviser consultant doctor physician gp nurse surgeon dentist therapist clinician
teacher tutor instructor coach officer inspector investigator caseworker worker signatory signee by pm ceo cfo cto
coo director chair chairperson secretary treasurer president colleague friend kin nominee heir executor trustee
solicitor lawyer attorney counsel notary translator caller operator technician engineer developer person
individual resident occupant homeowner caretaker carer pick-up pickup collector trainee intern volunteer player
captain referee judge magistrate mediator arbitrator poc lessee lessor employer midwife pharmacist referrer
interpreter administrator admin receiver opponent mentor mentee buddy sponsor auditor inspector
vorname nachname kunde kundin mitarbeiter mitarbeiterin ansprechpartner ansprechpartnerin empfänger absender inhaber
kontoinhaber patientin schüler schülerin mieter vermieter antragsteller bearbeiter verfasser von an
nom prénom cliente destinataire expéditeur titulaire élève locataire demandeur interlocuteur
nombre apellido apellidos titular destinatario remitente paciente alumno alumna inquilino solicitante contacto de para
cognome titolare mittente paziente studente richiedente referente da
nome destinatário remetente aluno requerente contato
naam klant ontvanger afzender rekeninghouder patiënt leerling huurder aanvrager contactpersoon aan
namn navn nimi kund asiakas mottagare avsändare mottaker avsender imię nazwisko klient odbiorca nadawca
ad soyad isim müşteri alıcı gönderen jméno příjmení zákazník nume prenume όνομα επώνυμο имя фамилия фио
الاسم اسم العميل المستفيد المرسل المستلم الموظف المدير الطالب المريض الطبيب المتقدم صاحب
שם לקוח נציג שולח נמען מאת אל עובד מנהל תלמיד מטופל רופא
ชื่อ ชื่อ-นามสกุล ชื่อ-สกุล ผู้ติดต่อ ลูกค้า ผู้ส่ง ผู้รับ พนักงาน ผู้จัดการ นักเรียน ผู้ปกครอง ผู้ป่วย แพทย์ ผู้สมัคร
नाम ग्राहक प्रेषक प्राप्तकर्ता कर्मचारी प्रबंधक छात्र अभिभावक मरीज़ रोगी डॉक्टर आवेदक
姓名 名字 联系人 聯絡人 发件人 發件人 收件人 抄送 客户 客户姓名 申请人 申請人 负责人 負責人 经办人 患者 病人 医生 医師 学生
家长 员工 经理 持卡人 收货人 收貨人 寄件人 签名 法定代表人 氏名 お名前 名前 担当 担当者 差出人 宛先 送信者 受信者 申請者
生徒 保護者 社員 上長 代表者 契約者 이름 성명 성함 고객 고객명 담당자 보낸사람 받는사람 참조 신청인 환자 의사 학생 보호자
직원 예금주 수취인 assistant
संपर्क นามสกุล จาก ถึง สำเนา ผู้ถือบัญชี ชื่อบัญชี 账户持有人 持有人 户名 开户名 收款人 付款人 账户名 账户名称 紧急联系人
من إلى
值班 值班人 值班人员 值班员 值班工程师 当班 当值 值守 跟进人 对接人 处理人 受理人 经办 审批人 审核人 报告人 提交人
记录人 主持人 创建人 发起人 指派给 维护人 值日生 作成者 記入者 対応者 報告者 承認者 依頼者 当番 責任者 당직 당직자
담당 작성자 보고자 처리자 승인자 요청자 책임자 참석자 참가자 出席者 参加者 参会人 参会人员 与会者
المسؤول مسؤول المناوب الحضور المشاركون אחראי אחראית תורן תורנית משתתפים נוכחים प्रभारी जिम्मेदार प्रतिभागी
ผู้รับผิดชอบ ผู้เข้าร่วม ผู้เข้าร่วมประชุม مسئول مشتری گیرنده فرستنده کارمند شرکت‌کنندگان حاضرین
""".split()) | frozenset(" ".join(p.split()) for p in """
full name|first name|last name|given name|given names|family name|display name|real name|middle name|birth name
|maiden name|contact person|account holder|emergency contact|next of kin|line manager|case worker|social worker
|point of contact|project manager|signed by|prepared by|requested by|approved by|reviewed by|submitted by
|reported by|assigned to|referred by|created by|updated by|bill to|ship to|deliver to|sold to|ad soyad|adı soyadı
|pick up|key contact|account manager|sales rep|full names|الاسم الكامل|اسم العميل|شם מלא|שם מלא|पूरा नाम
|보낸 사람|받는 사람|account name|आपातकालीन संपर्क|صاحب الحساب|اسم صاحب الحساب
|نام و نام خانوادگی|نام خانوادگی|نام کامل|شرکت کنندگان|שם פרטי|שם משפחה|איש קשר|الاسم الأول|اسم العائلة|पहला नाम
""".split("|"))
#: Labels of ``PERSON_LABELS`` that name a thing as often in a config or a log ("Host: ", "Driver: ", "Operator:
#: "), and a message's headers ("From: Sparkasse", a bank's text message; ``HEADER_WORDS``): no cue for a word in
#: Latin script (a name in another script is no host nor bank)
TECH_LABELS = frozenset("host hosts operator driver admin administrator receiver collector name names from to by "
                        "bcc sender recipient".split()) | HEADER_WORDS
_FIELD_LABELS = sorted((w for w in PERSON_LABELS if w not in TECH_LABELS and all(
    c.isascii() or "LATIN" in unicodedata.name(c, "") for c in w if c.isalpha())), key=len, reverse=True)


#: A word in lower case, not an abbreviation: said, not a field's value (``NameDetector._speaks``)
SAID_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}(?:[\p{Ll}'’]+(?![\p{L}\p{N}.])|[\p{Ll}'’]{3,}(?=\.)"
                          r"|[\p{Ll}'’]+(?=\.$))")  # (a sentence's last word: "What a day.")
#: A word in capitals right after (or before) a name, one blank between: a surname as French and Japanese write it
CAPS_WORD_AFTER = regex.compile(r"[ ]((?:\p{Lu}){3,20}(?:['’-](?:\p{Lu}){2,20})?)(?![\w'’-])")
CAPS_WORD_BEFORE = regex.compile(r"(?<![\w'’-])((?:\p{Lu}){3,20}(?:['’-](?:\p{Lu}){2,20})?)[ ]$")
#: capitals that name a role or a team before or after a name, never a surname
ROLE_CAPS = frozenset("CEO CFO CTO COO CIO CISO CMO CPO SVP EVP AVP SRE DEV OPS DEVOPS MGR TBD TODO FYI ASAP CC BCC "
                      "ATTN RE FW FWD AND THE FOR NOT ALL NEW".split())
#: A line's label: a word or a few, then a colon ("Geburtsdatum: ", "E-Mail: ", "Kundennr.: ")
FIELD_LABEL = regex.compile(r"[ \t]*([^\W\d_][\w .'’-]{0,30}?)[ \t]*:[ \t]")
#: labels of an e-mail field, which no column kind names (the e-mail rule needs no header)
EMAIL_LABELS = frozenset({"email", "e-mail", "e-mail address", "email address", "mail", "courriel", "e-post", "correo"})


def _field_beside(text: str, start: int, le: int) -> bool:
    """Whether the line before or after the one at ``start`` (ending at ``le``) opens with a label of personal
    data (a date of birth, a phone, a city, an e-mail, a bare name: ``Nom``...): the line is then a record's field, as in a
    ``psql -x`` or a form's dump, and its label repeating record after record is no speaker speaking twice."""
    from .pii_columns import bare_name_label, column_kind

    ps = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start else -1
    lines = [(ps, start - 1)] if start and ps < start - 1 else []
    if le >= 0:
        ne = text.find("\n", le + 1)
        lines.append((le + 1, ne if ne >= 0 else len(text)))
    for a, b in lines:
        m = FIELD_LABEL.match(text, a, b)
        if m is not None:
            label = m.group(1).rstrip(" .")
            if label.lower() in EMAIL_LABELS or column_kind(label) is not None or bare_name_label(label):
                return True
    return False


def _column_label(word: str) -> bool:
    """``word`` names a column of personal data (``Ville``, ``Ort``: ``pii_columns.column_kind``): alone, with no
    cue, it is a header's or a label's word, not the given name it may also be."""
    from .pii_columns import column_kind

    return column_kind(word) is not None


def _record_label(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end``, before ": ", are a label of personal data (``Ville``, a Finnish first
    name too; ``Ort``) on a record's line (:func:`_field_beside`): a field, no speaker."""
    from .pii_columns import column_kind

    return column_kind(text[start:end]) is not None and _field_beside(text, start, text.find("\n", end))


#: An e-mail address in brackets right after words ("Ana Lima <ana@x.io>", "(t.mbeki@x.io)")
MAIL_IN_BRACKETS_AFTER = regex.compile(r"[ \t]{1,2}[(<\[][ \t]*[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+[ \t]*[)>\]]")


#: The end of a table's row after its last cell's value
TABLE_ROW_END = regex.compile(r"[ \t]*\**[ \t]*\|[ \t]*\r?(?:\n|$)")


class _FieldCue(_LabelCue):
    """``_LabelCue``, and a two-column table's cell (``| Agent | ``) ends a phrase too."""

    def may_end(self, key: str) -> bool:
        if "|" in key:
            return CueBefore.may_end(self, key)
        return super().may_end(key)


#: A form's or a two-column table's label that asks for a person, in Latin script ("Victim: ", "**Class
#: teacher:** ", "| Agent | "): the value is a name
_FIELD_WORDS = "|".join(regex.escape(w) for w in _FIELD_LABELS)
PERSON_FIELD = _FieldCue(regex.compile(r"(?i:(?:\b(?:" + _FIELD_WORDS + r")[ \t]*\**[ \t]*:"
                                       # a table's row, its label the first cell ("| Agent | Ann Lee |")
                                       + r"|(?:^|\n)[ \t]*\|[ \t]*\**(?:" + _FIELD_WORDS + r")\**[ \t]*\|)[ \t]*\**[ \t]*)$"),
                         " ".join(w.rpartition(" ")[2] for w in _FIELD_LABELS if len(w.rpartition(" ")[2]) > 1),
                         trailing=" \t:*|")
_BEFORE_CUES = (HONORIFIC_BEFORE, TITLES, STRONG_INTRO, NAME_LABEL, LABEL_LINE, PERSON_FIELD)
#: What those cues allow between a phrase and the word (all their ``trailing`` characters), and the last word
#: of every phrase without a final ``.`` ("feat." ends with one, which the strip takes)
_CUE_TRAILING = "".join(sorted({c for cue in _BEFORE_CUES for c in cue.strip}))
_CUE_TAILS = tuple(sorted({t.rstrip(".") for cue in _BEFORE_CUES for t in cue.tails}))
_CUE_WIDTH = max(len(t) for t in _CUE_TAILS)
_CUE_ENDS = frozenset(t[-2:] for t in _CUE_TAILS)


def _cue_before(text: str, start: int) -> bool:
    """Whether a cue of ``_QUIET_BEFORE`` may end before ``start`` (false only where surely none does), for
    the keys it cannot decide ("   ", ".  "): the text before, stripped of what may follow a phrase, must end
    with a phrase's last word (the test ``CueBefore.search`` makes before its regex, for the three at once)."""
    if text[start - 1:start] == "(":  # only a native name ends so: two CJK characters, maybe a blank, then "("
        return not text[max(0, start - 3):start - 1].isascii()
    tail = text[max(0, start - 40):start].rstrip(_CUE_TRAILING)[-_CUE_WIDTH:]
    if not tail.isascii():
        return True
    tail = tail.lower()
    return tail[-2:] in _CUE_ENDS and tail.endswith(_CUE_TAILS)  # (most fail on their last two characters)


def _quiet_after(text: str, end: int, token: str, cls: int) -> bool:
    """Nothing after ``token`` (of class ``cls``, ending at ``end``) makes it a name: no ``HUMAN_AFTER``, no
    speaker's ``": "`` (which ``_strong_ctx`` never takes after an ambiguous word nor one with a hyphen)."""
    c = text[end:end + 1]
    if c == " " or c == "\t":
        return HUMAN_AFTER.match(text[end:end + 24]) is None
    return c != ":" or text[end + 1:end + 2] != " " or cls == WEAK or "-" in token


def _no_cue(text: str, start: int, end: int, cls: int) -> bool:
    """No cue around the word at ``start:end`` (``UNKNOWN`` or ``WEAK``) can make it a name, for a detector
    without ``context_words``: ``_judge_one`` rejects it, ``_judge_lone`` too unless it ends the judgement
    without a verdict (``_detect`` inlines this for lone words)."""
    return (start >= 3 and _QUIET_BEFORE[text[start - 3:start]] or not _cue_before(text, start)) \
        and _quiet_after(text, end, text[start:end], cls)


_END = operator.itemgetter(1)


def _close_to_names(pending: list[tuple[int, int]], starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """The ``pending`` words (sorted, not overlapping) within 7 characters of a name (``starts``, ``ends``),
    the only ones ``_lists`` can find near one, looked up from the names' side: a text of code rejects
    thousands of words, far from its few names."""
    close = set()
    for x in ends:
        close.update(pending[bisect.bisect_left(pending, (x,)):bisect.bisect_left(pending, (x + 8,))])
    for x in starts:
        close.update(pending[bisect.bisect_left(pending, x - 7, key=_END):bisect.bisect_right(pending, x, key=_END)])
    return sorted(close)


# --- Names that the capitalised-word scan cannot see: all capitals after a label or in a court caption, a
# sign-off after a dash or a slash, and names in CJK or Arabic script after their label. Each has its own
# pass (``NameDetector._marked_names``), run only where its cheap gate lets it.

#: A word in capitals of two letters or more ("QUILLFEATHER", "O'NEIL", "SMITH-JONES")
_UPPER_WORD = r"\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+"
#: Two to five such words (an initial, "J.", may stand between), nothing of a word right after them
_UPPER_RUN = _UPPER_WORD + r"(?:[ ](?:" + _UPPER_WORD + r"|\p{Lu}\.))" + r"{1,4}(?![\p{L}\p{N}_])"
#: A name in capitals alone after an address label of a shipping label, an envelope or a form, on its line
#: ("TO:   HELGARD MARQUARDT", "ATTN: JOHN Q. PUBLIC", "Empfänger: ...")
UPPER_LABELLED = regex.compile(
    r"(?m)^[ \t>*|]*(?i:(?:ship(?:ping)?|deliver(?:y)?|sold|bill(?:ing)?|mail|send)[ ]to|to|from|attn|attention|"
    r"recipient|receiver|addressee|consignee|sender|shipper|name|full[ ]name|customer|passenger|cardholder|"
    r"card[ ]holder|account[ ]holder|empfänger|absender|destinataire|expéditeur|destinatario|remitente|mittente|"
    r"ontvanger|afzender|odbiorca|nadawca|mottagare|avsändare|modtager|mottaker|alıcı)\.?[ \t]*:[ \t]*(?:\r?\n[ \t]*)?("
    + _UPPER_RUN + r")[ \t]*,?[ \t]*\r?$")
#: A party in the caption of a court filing: "MARGARET QUILLFEATHER, an individual," or the name, then
#: "Plaintiff," / "Defendant," on the next line
UPPER_CAPTION = regex.compile(
    r"(?m)^[ \t]*(" + _UPPER_RUN + r"),[ \t]*(?:(an?[ ]individual|individually|a[ ]minor|by[ ]and[ ]through)\b"
    r"|\r?\n[ \t]*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Claimants?)\b)"
    # the English and Commonwealth form: "BETWEEN:", each party alone on its line, its role on the next
    r"|^[ \t]*(" + _UPPER_RUN + r")[ \t]*\r?\n[ \t]*(?:\(?(?:First|Second|Third)[ ])?(?:Plaintiffs?|Defendants?|"
    r"Petitioners?|Respondents?|Appellants?|Appellees?|Claimants?|Applicants?)\)?[ \t]*\r?$")
#: A passenger's name as an airline writes it, SURNAME/GIVEN (a title may follow), after a name or passenger label
#: on a boarding pass or an itinerary ("Name: QUILLBY/MARGOT", "Passenger: VAN DER HOLST/GRETA MRS")
SLASH_NAME = regex.compile(
    r"(?im)^[ \t>*|]*(?:name|passenger|pax|traveller|traveler|passagier|passager|pasajero|passeggero|reisender?)"
    r"[ \t]*:[ \t]*((?-i:\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){0,2}/\p{Lu}[\p{Lu}'’-]+(?:[ ](?!(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b)\p{Lu}[\p{Lu}'’-]+)?))"
    r"(?:[ ](?-i:MR|MRS|MS|MISS|MSTR|DR|CHD|INF))?(?=[ \t]*\r?$|[ \t]{2}|\t)")
#: The counterparty's name in the structured details (field 86) of a SWIFT MT940 statement: subfields ?32 and ?33
MT940_NAME = regex.compile(r"\?3[23]((?-i:\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’.-]*){1,3}))(?=\?\d\d|[ \t]*\r?\n|[ \t]*$)")
#: A chat header as Microsoft Teams copies it: "Last, First", then only the time (a date may come before it)
#: ("Quillby, Margot  10:42", "van Loon, Aart 3/4/2025 9:05 AM"). The rules take the forms with a date or a
#: bracketed time before the name; this one needs the lists: no word of it may be an ordinary one
LAST_FIRST_TIME = regex.compile(
    r"(?m)^((?:(?:van|von|de|der|den|da|di|du|del|la|le)[ ])*\p{Lu}[\p{L}'’-]+,[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?)"
    r"(?:[ ]\((?:External|Guest|Extern|Externe?)\))?[ \t]{1,4}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]{1,2})?"
    r"\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[ ]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$")
#: A chat header in the other order: the name as written, then its time, alone on the line ("Sander van den
#: Broek  08:15", as Teams and Slack copy a message's header); two to four words, particles between them
FIRST_LAST_TIME = regex.compile(
    r"(?m)^(\p{Lu}[\p{L}'’-]+(?:[ ](?:(?:van|von|de|der|den|da|di|du|del|la|le|ter|ten|zu)[ ])*\p{Lu}[\p{L}'’-]+){1,3})"
    r"(?:[ ]\((?:External|Guest|Extern|Externe?)\))?[ \t]{1,4}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]{1,2})?"
    r"\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[ ]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$")
#: A name after "=": the value of a name key in a form-urlencoded body ("nome=Thiago+Quast&cpf=..."), a Java
#: object's toString ("{name=Margot Quillby, phone=...}") or a distinguished name's or iCalendar's common name
#: ("CN=Femke de Quast:mailto:..."), which the scan of capitalised words skips (code puts "=" before
#: identifiers). ``KEYED_GATE``: "=" then a capital (or a quote, or an encoded capital with an accent)
KEYED_GATE = regex.compile(r"=(?<=[emnoisEMNOIS]=)(?=\"?[A-Z]|%C3%[89])")
#: the key before the "=" (a person's name, in English and the languages of Europe; camelCase or snake_case)
KEYED_KEY = regex.compile(
    r"(?:^|[^\w.-])[\w]{0,24}?(?i:name|nome|nombre|nom|naam|navn|namn|nimi|isim|imie|nazwisko|vorname|nachname|"
    r"prenom|apellidos?|cognome|sobrenome|surname|forename|(?<![\w])cn)$")
#: how every key of ``KEYED_KEY`` ends (a plain test before its search)
KEYED_TAILS = ("name", "nome", "nombre", "nom", "naam", "navn", "namn", "nimi", "isim", "imie", "nazwisko", "vorname",
               "nachname", "prenom", "apellido", "apellidos", "cognome", "sobrenome", "surname", "forename", "cn")
#: the value: one to four capitalised words (particles between) joined by a blank, "+" or "%20", letters
#: percent-encoded or not, up to a separator of its format
KEYED_VALUE = regex.compile(
    r"\"?((?:\p{Lu}|%C3%[89][0-9A-F])(?:[\p{L}'’-]|%C3%[89AB][0-9A-F]|%C5%[89AB][0-9A-F])+"
    r"(?:(?:[ +]|%20)(?:(?:van|von|de|der|den|da|di|du|del|la|le|ter|ten|dos|das)(?:[ +]|%20))*"
    r"(?:\p{Lu}|%C3%[89][0-9A-F])(?:[\p{L}'’-]|%C3%[89AB][0-9A-F]|%C5%[89AB][0-9A-F])+){0,3})\"?"
    r"(?=[,&;:}\])\r\n\t/]|[ ]\w+=|$)")
#: Words of a company's or an office's name, never of a person's ("ACME HOLDINGS", "CITY COUNCIL")
LEGAL_WORDS = PRODUCT_WORDS | frozenset("gmbh ag sa sas co company corporation incorporated limited holdings group "
                                        "llp lp pty".split())

#: Words of a team's, a project's or an institution's name: a credit line holding one names no person
CREDIT_ORG_WORDS = LEGAL_WORDS | frozenset("foundation project team authors contributors developers maintainers "
                                           "community university institute software systems consortium society "
                                           "association regents network labs laboratories solutions technologies "
                                           "computing devices others force packagers packaging".split())
#: The trailer of a Debian changelog entry: " -- <name> <e-mail>  <RFC 2822 date>" (deb-changelog(5)); the name is
#: the maintainer's, whatever its words
DEBIAN_TRAILER = regex.compile(r"(?m)^ -- ([^\s<>\d][^<>\n\d]{0,58}?)[ \t]+<[^<>\s@]+@[^<>\s]+>[ \t]{1,3}[A-Z][a-z]{2},")
_CREDIT_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?"
#: A copyright notice's holder after its years ("Copyright (C) 1998, 1999 <First Last>", "© 2020 <First Last>"):
#: two or three capitalised words (an initial, a particle between), then the line's end, an e-mail, a comma or
#: a full stop
COPYRIGHT_HOLDER = regex.compile(
    r"(?:(?i:copyright)|\([Cc]\)|©)[ \t:]*(?:(?:\([Cc]\)|©)[ \t]*)?\d{4}(?:[ \t]*[-–,][ \t]*\d{2,4})*,?[ \t]+"
    r"(?:by[ \t]+)?(" + _CREDIT_WORD + r"(?:[ ]\p{Lu}\.)?(?:[ ](?:(?:van|von|de|der|den|da|di|du|le|la)[ ])?"
    + _CREDIT_WORD + r"){1,2})(?=[ \t]*(?:<|\(|\r?\n|$|,|\.[ \t]*(?:\r?\n|$|All\b)))")

#: what every match of ``COPYRIGHT_HOLDER`` holds
COPYRIGHT_MARKS = ("opyright", "OPYRIGHT", "(C)", "(c)", "©")


def _lines_holding(text: str, marks: tuple[str, ...]) -> list[tuple[int, int]]:
    """The lines of ``text`` that hold one of ``marks``, as (start, end after the newline), in order: the
    patterns that open on a case-blind word scan these lines, not the whole text (stdlib ``re`` finds no
    literal to skip ahead to in ``(?i:copyright)``, and read a 4 MB source ~15 ms a pattern). The ASCII marks
    are looked for in the text's one-byte form (``_stretches.one_byte``: the same offsets, read several times faster
    than a wide text)."""
    data = _stretches.one_byte(text) if len(text) >= 1 << 16 else text.encode("latin-1", "replace")
    starts: set[int] = set()
    for mark in marks:
        if mark.isascii():
            _starts_of_lines(data, mark.encode("ascii"), b"\n", starts)
        else:
            _starts_of_lines(text, mark, "\n", starts)
    out = []
    for line in sorted(starts):
        end = data.find(b"\n", line)
        out.append((line, len(text) if end < 0 else end + 1))
    return out


def _starts_of_lines(hay: Any, needle: Any, nl: Any, starts: set[int]) -> None:
    """Adds to ``starts`` where each line of ``hay`` holding ``needle`` starts (``hay`` str or bytes)."""
    at = hay.find(needle)
    while at >= 0:
        starts.add(hay.rfind(nl, 0, at) + 1)
        end = hay.find(nl, at)
        at = -1 if end < 0 else hay.find(needle, end)


#: A capitalised word of a sign-off ("Lindqvist", "Al-Haddad", "O'Neil")
_TITLE_WORD = r"\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*"
#: Where a sign-off may start: a dash or a slash after a blank or a line's start, right before a capitalised
#: word ("— Ana Lima", "/Gunnar"; not "x-Forwarded", "a/Foo", "---"). The mark comes first and its look-behind
#: after it, so that the scan skips to the next dash or slash in C.
SIGNOFF_MARK = regex.compile(r"[—–/-](?<![^ \t\n>].)-?[ \t]?(?=\p{Lu}\p{Ll})")
SIGNOFF_MARKS = frozenset(["—", "–", "/", "-", "--"])
#: The name of a sign-off: one to three capitalised words, particles between them
SIGNOFF_NAME = regex.compile(_TITLE_WORD + r"(?:[ ](?:(?:van|von|de|der|den|da|di|du|del|la|le|al|el|bin|ibn)[ ])*"
                             + _TITLE_WORD + r"){0,2}(?![\p{L}\p{N}_@.-]|\.\p{L})")
#: What ends a sign-off's name: the line's end, or a comma or a closing quote ("— Ana Lima, 0151 ...'")
SIGNOFF_END = regex.compile(r"[ \t]*(?:\r?\n|\r?$|[,\"'”»])")
#: Sentence punctuation: a dash or a slash after it and a blank opens a sign-off ("Thanks! — Ana Lima")
_SENTENCE_END = frozenset(".!?…)\"'”»")

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7a3"
_ARABIC = "\u0621-\u064a\u064b-\u065f\u0671-\u06d3"
_CJK = _HAN + _KANA + _HANGUL
#: A name in CJK script (a space may part family and given names: "山田 花子") or in Arabic script
_NATIVE_VALUE = (r"[" + _CJK + r"]{1,8}(?:[ 　][" + _CJK + r"]{1,8})?|[" + _ARABIC + r"]+(?:[ ][" + _ARABIC
                 + r"]+){0,3}")
#: A name label of a Japanese, Chinese, Korean or Arabic form, its colon (full-width or not), the name, and
#: the end of the line or a separator ("氏名：山田 花子", "이름: 박서연", "الاسم: ...", "收货人：赵子涵，")
NATIVE_LABELLED = regex.compile(
    r"(?m)(?:^|(?<=[\s\[【(（|,，、;；]))(?:氏名|お名前|名前|フリガナ|ふりがな|姓名|名字|真实姓名|收货人|收貨人|收件人|"
    r"联系人|聯絡人|申请人|申請人|持卡人|开户名|户名|이름|성명|성함|고객명|신청인|예금주|수취인|받는[ ]분|보내는[ ]분|"
    r"الاسم(?:[ ]الكامل)?|الإسم|اسم[ ]العميل|اسم[ ]صاحب[ ]الحساب)(?:[(（][^)）\n]{1,12}[)）])?[ \t]*[:：][ \t]*("
    + _NATIVE_VALUE + r")(?=[ \t]*(?:\r?$|[,，、。;；/|(（]))")
#: A name label alone at the start of a line, then blanks instead of a colon, as a Japanese résumé (履歴書) or a
#: printed form lays it out ("氏名　　山田 花子"): a full-width space or two blanks, and the name ends the line
NATIVE_LABELLED_SPACED = regex.compile(
    r"(?m)^[ \t\u3000]*(?:氏名|お名前|名前|姓名|이름|성명|성함)(?:[(（][^)）\n]{1,12}[)）])?(?:\u3000[ \t\u3000]*|[ \t]{2,})(["
    + _HAN + _HANGUL + r"]{1,8}(?:[ \u3000][" + _HAN + _HANGUL + r"]{1,8})?)[ \t\u3000]*\r?$")
#: Values of a name field that say there is none, or that the field is required / optional (a blank form)
NATIVE_NO_NAME = frozenset("なし 無し 無 不明 未定 未記入 未填写 无 없음 미입력 لا يوجد 必須 任意 必填 选填 필수 선택 記入例 "
                           "待定 暂无 未分配 待分配 待安排 全员 所有人 未割当 미정 미배정".split())
#: The commonest Korean family names (one syllable, and the two-syllable ones): a Korean name starts with one
KOREAN_FAMILY = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 "
                          "차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 "
                          "왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 "
                          "좌 승 간 상".split())
KOREAN_COMPOUND_FAMILY = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())
#: Common Korean words of two to four syllables that start with a family name's syllable and may answer a
#: question in a chat ("배송지입니다", it is the delivery address): no name
KOREAN_WORDS = frozenset("""
배송지 주소 번호 연락처 고객 상담원 택배 주문 결제 문의 제품 상품 본인 회원 저희 우리 이것 그것 여기 거기 정보 성함 이름 성명
주문번호 전화번호 휴대폰 전화 문자 오늘 내일 지금 정말 진짜 감사 신청 신청인 수령인 수취인 변경 취소 반품 교환 확인 가능 불가
""".split())
#: A Korean self-introduction: "저는 …입니다" (I am …), "…라고 합니다" (I am called …) after 저는
KOREAN_INTRO = regex.compile(r"저는[ ]?([" + _HANGUL + r"]{2,4}?)(?:입니다|이에요|예요|이고요?|이며|(?:이)?라고[ ]?합니다)")
#: A chat turn that answers a request for the name ("성함과 연락처 확인 부탁드립니다." — "[고객] 신은지이고 010-..."):
#: the speaker's label, a name of two to four syllables and the copula (이고 "and", 입니다 "it is")
KOREAN_ANSWER = regex.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,12}\]|[^\s:：\[\]]{1,12}[:：])[ \t]*([" + _HANGUL
                              + r"]{2,4}?)(?:이고요?|이며|입니다|이에요|예요)(?=[ \t,.]|$)")
#: The words asking for a name in Korean (name, full name, honorific name): ``KOREAN_ANSWER`` reads a turn only
#: within 300 characters after one
KOREAN_NAME_ASKED = regex.compile(r"성함|이름|성명")
#: Common Arabic given names: after "أنا" (I am) one of them starts a name; "اسمي" (my name is) needs none
ARABIC_GIVEN = frozenset("""
محمد أحمد احمد علي حسن حسين عمر خالد يوسف إبراهيم ابراهيم عبدالله عبد سعد فهد سلطان ناصر فيصل طارق ماجد منصور
حمزة زياد سامي سمير رامي هاني وليد ياسر عادل جمال مصطفى محمود أيمن ايمن أنس انس بلال باسم بسام جاسم راشد 
طلال عماد فارس مازن مراد نبيل نزار هشام وائل يحيى إسماعيل اسماعيل موسى عيسى آدم ادم زيد ليث مهند معاذ عثمان قاسم حامد
حازم رائد تامر شادي نادر عمار ياسين مروان غسان نضال جهاد رياض
فاطمة مريم عائشة خديجة زينب نور سارة ساره ليلى ليلي هدى منى رنا رانيا ياسمين سلمى سلمي هند دينا لينا ريم آمنة
امنة حنان سعاد سميرة نادية ناديه هالة هاله وفاء إيمان ايمان أسماء اسماء شيماء رحاب نهى مها لمى لمياء دعاء بسمة رغد
جنى حلا شهد روان غادة سناء عبير نوال سوسن ميساء نورة نوره لطيفة مريام هبة هبه رهف
""".split())
#: Words that follow "أنا" (I am) in a sentence, never in a name: very, here, now, not, and the like
ARABIC_NOT_NAME = frozenset("جدا جداً هنا الآن الان لست لا لم لن في من على مع عميل عميلة صاحب صاحبة".split())
#: An Arabic self-introduction: "اسمي …" (my name is …), or "أنا …" (I am …) then a listed given name; the name
#: runs to a comma, a full stop or the line's end
ARABIC_INTRO = regex.compile(r"(?:(?<![" + _ARABIC + r"])(اسمي|إسمي|أنا|انا)[ ]+)([" + _ARABIC + r"]+(?:[ ][" + _ARABIC
                             + r"]+){0,3}?)(?=[ \t]*(?:[،,.؛:]|\r?$|\n))")
#: A self-introduction: Japanese "…と申します" ("I am called …"), Korean "제 이름은 …입니다" ("my name is …");
#: Chinese "我叫…" ("my name is …") is read by ``CHINESE_PROSE``, which wants a family name first
NATIVE_INTRO = regex.compile(
    r"(?<![" + _HAN + r"\u30a0-\u30ff])([" + _HAN + r"]{1,4}(?:[ 　][" + _HAN + _KANA + r"]{1,4})?)と申します"
    r"|제[ ]?이름은[ ]?([" + _HANGUL + r"]{2,4})(?:입니다|이에요|예요)")
#: A chat log's speaker in Chinese script: a time stamp at the start of the line, then the name and a colon
#: ("[2025-01-02 10:01] 赵子涵：..."); the name must begin with a common family name (``CHINESE_FAMILY_HAN``),
#: which "客服小王" (the service desk's agent) does not
CJK_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{4,32}\]|【[^】\n]{4,32}】|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ T]\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*([" + _HAN + r"]{2,4})[ \t]*[：:]")
#: The commonest Chinese family names in Han script (simplified and traditional)
CHINESE_FAMILY_HAN = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "張劉陳楊黃趙吳許鄭謝韓馮鄧葉蘇盧蔣鍾譚陸賈韋鄒閻龔萬錢嚴湯羅蕭")
CHINESE_COMPOUND_FAMILY = frozenset("欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 慕容".split())


#: Chat exports, their speakers named by the export's own layout (each pass gated on a literal of its format):
#: a WeChat forwarded chat's header ("—— 林爽的聊天记录 ——", "林爽和王家豪的聊天记录") and its speaker lines (the
#: name, then the date and time: "林爽 3月10日 19:02"); a KakaoTalk export's lines ("[윤유나] [오후 7:02] ...",
#: the phone's "2025년 3월 10일 오후 7:02, 윤유나 : ...") and its header ("윤유나 님과 카카오톡 대화"); a LINE export's
#: lines ("19:02<TAB>加藤 大輝<TAB>...") and header ("[LINE] 加藤大輝とのトーク履歴").
WECHAT_HEADER = regex.compile(r"(?<![" + _HAN + r"])([" + _HAN + r"]{2,4}?)(?:和([" + _HAN + r"]{2,4}?))?的聊天(?:记录|記錄)")
WECHAT_SPEAKER = regex.compile(
    r"(?m)^[ \t]*([" + _HAN + r"]{2,4})[ \t]+(?:\d{1,2}月\d{1,2}日|\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?|昨天|今天)?[ \t]*"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?$")
#: What a WeChat header names that is no person: a group chat, the app, oneself
WECHAT_NOT_NAMES = frozenset("群聊 微信 我们 我的 聊天 客服 家人".split())
KAKAO_LINE = regex.compile(
    r"(?m)^(?:\[([" + _HANGUL + r"]{2,4})\][ ]\[(?:오전|오후)[ ]\d{1,2}:\d{2}\]"
    r"|\d{4}(?:년|\.)[ ]?\d{1,2}(?:월|\.)[ ]?\d{1,2}(?:일|\.)?[ ](?:오전|오후)[ ]\d{1,2}:\d{2},[ ]([" + _HANGUL
    + r"]{2,4})[ ]:[ ])")
KAKAO_HEADER = regex.compile(r"(?<![" + _HANGUL + r"])([" + _HANGUL + r"]{2,4})[ ]?님과[ ]카카오톡[ ]대화")
LINE_ROW = regex.compile(r"(?m)^\d{1,2}:\d{2}\t([" + _HAN + _KANA + r"]{1,8}(?:[ 　][" + _HAN + _KANA
                         + r"]{1,8})?)\t")
LINE_HEADER = regex.compile(r"\[LINE\][ ]?([" + _HAN + _KANA + r"]{1,8}(?:[ 　][" + _HAN + _KANA
                            + r"]{1,8})?)とのトーク履歴")
#: Common words that begin with the character of a family name and may open a chat log's line before a
#: colon ("金额：100元", amount: ...; "程序员：", programmer:): no speaker's name
CJK_SPEAKER_WORDS = frozenset("""
金额 余额 金融 黄金 高级 高度 高速 方法 方式 方向 方案 万元 钱包 白天 程序 程序员 任务 任何 周期 周末 付款 付费 许可 许多 曾经
董事 董事长 夏天 顾客 段落 石头 石油 于是 范围 严重 龙头 谢谢 马上 江湖 林业 黎明 史上 毛利 武器 向导 叶子 苏州 雷达 余量
孙子 王者 何时 陈述 杨树 黄色 白色 朱红 胡说 罗列 梁柱 唐朝 韩国 田地 潘多拉 杜绝 魏国 丁香
""".split())


def _offer(names: dict[str, float], value: str, score: float) -> None:
    """Keep ``value`` as a name found in its own script, with the best score any cue gave it."""
    names[value] = max(names.get(value, 0.0), score)


def _native_value(value: str) -> bool:
    """A labelled value in a CJK script that can be a name: two characters at least (blanks aside), not "none"."""
    return len(value.replace(" ", "").replace("\u3000", "")) >= 2 and value not in NATIVE_NO_NAME


def _korean_name(value: str) -> bool:
    """A Korean name: a family name's syllable first (or a two-syllable family name), not a common word."""
    return (value[0] in KOREAN_FAMILY or value[:2] in KOREAN_COMPOUND_FAMILY) and value not in KOREAN_WORDS


def _holder(findings: list[Finding]) -> Any:
    """A test of whether one of ``findings`` spans all of a finding: the farthest end among those starting at
    or before it reaches its end."""
    spans = sorted((f.start, f.end) for f in findings)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def held(f: Finding) -> bool:
        i = bisect.bisect_right(starts, f.start)
        return i > 0 and reach[i - 1] >= f.end

    return held


def _reads_as_name(classes: list[int]) -> bool:
    """Classes of words that read as a person's name without more context: one listed without doubt, or an
    ambiguous one beside one no list knows ("GRACE VOORTHUIJSEN"); not ambiguous words alone ("ALL STAFF")."""
    return STRONG_FIRST in classes or STRONG_LAST in classes or (WEAK in classes and UNKNOWN in classes)


#: A CJK or Arabic letter: a line without one holds no name that the native-script passes look for
NATIVE_LETTER = regex.compile(r"[" + _CJK + _ARABIC + "\u05d0-\u05ea\u0e01-\u0e4e\u0900-\u097f" + r"]")
#: Where ``UPPER_LABELLED`` may match: a colon, then two words in capitals (the pattern itself, anchored at
#: every line's start, costs a scan of the text that this colon-led one spares). ``[^\W\d_a-z]`` is a gate's
#: "capital": every letter but the ASCII lower-case ones (a ``\p{Lu}`` spelt out is ~3x slower to test);
#: ``UPPER_LABELLED`` decides.
UPPER_GATE = regex.compile(r":(?:[ \t]*[^\W\d_a-z](?:[^\W\d_a-z]|['’-][^\W\d_a-z])+[ ][^\W\d_a-z]"
                           # the label alone on its line (in capitals, or "Ship to:"), the name on the next
                           # ("SHIP TO:\nMARGOT QUILLBY"); a passenger's SURNAME/GIVEN after "Name:", "Passenger:",
                           # "Pax:" (``SLASH_NAME``)
                           r"|(?:(?<=[A-Z]:)|(?<=[Tt]o:))\r?\n[ \t]{0,4}[A-Z][A-Z'’-]+[ ][A-Z]"
                           r"|(?<=[eErRxX]:)[ \t]*[A-Z][A-Z '’-]+/[A-Z]"
                           # the minutes of a time that ends its line, of a "Last, First" chat header
                           # (``LAST_FIRST_TIME``); the details of an MT940 statement's entry (``MT940_NAME``)
                           r"|(?P<time>[0-5]\d(?::[0-5]\d)?(?:[ ]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?(?:\n|$))|(?P<mt>86:))")
#: Words of every court filing's caption (its parties' roles): the caption pass runs only where one is. Every
#: caption names a defendant or a respondent (against a plaintiff, a claimant, a petitioner or an appellant)
CAPTION_WORDS = ("efendant", "espondent")
#: Where ``UPPER_CAPTION`` may match: its "an individual" after a comma, or a party's role starting a line
CAPTION_GATE = regex.compile(
    r",[ \t]*(?:an?[ ]individual|individually|a[ ]minor|by[ ]and[ ]through)\b"
    r"|\n[ \t]*\(?(?:(?:First|Second|Third)[ ])?(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Claimant|"
    r"Applicant)s?\b")


#: A fixed-width register (payroll, HR, a mainframe report): a header line with a name column ("EMPLOYEE NAME",
#: "Name") set apart from the next column by blanks, and under it rows that start with "Last, First" and then
#: blanks (``_register_names``)
REGISTER_HEADER = regex.compile(r"(?m)^[ \t]*(?:[A-Za-z]+[ ])?(?:NAME|Name)(?:[ ]\((?:LAST|Last),[ ]?(?:FIRST|First)\))?"
                                r"(?:[ ]{2,}|\t)[^\n]*\S")
REGISTER_ROW = regex.compile(
    r"[ \t]*((?:(?:van|von|de|der|den|da|di|du|del|la|le|St\.)[ ])*\p{Lu}[\p{L}'’]+(?:[- ]\p{Lu}[\p{L}'’]+)?,[ ]?"
    r"\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}(?:\.|[\p{L}'’-]+))?)(?:[ ]{2,}|\t)")


# --- Names in their own script, wherever a cue marks them (``NameDetector._native_fields``). The lists know no
# name in Arabic, Hebrew, Thai, Devanagari or CJK script, and the capitalised-word scan sees none; but a person
# is named in these scripts where a person is named in any: after a label that asks for a person ("Employee:",
# "Cc:", "받는 사람:", "ผู้ติดต่อ:"), as a chat's speaker, under a sign-off, after a greeting or a title, as the
# value of a name key (JSON, XML, iCalendar's CN=, LaTeX's \name{}{}), in a name column. There, a run of the
# script shaped as a name (two to four words, or two to four characters in CJK; no digit, no punctuation; not
# one of its script's common words) is a name. Where the cue is weaker (a preposition in prose, a dash, a table
# cell), the run must also start with a listed given name or, in CJK, with a family name.

_THAI = "\u0e01-\u0e3a\u0e40-\u0e4e"
_DEVANAGARI = "\u0900-\u0963\u0971-\u097f"
_HEBREW = "\u05d0-\u05ea\u05f3\u05f4"
#: Letters of the scripts whose names part their words with blanks
_SPACED = _ARABIC + _HEBREW + _THAI + _DEVANAGARI
_NATIVE_LETTERS = _CJK + _SPACED
SPACED_LETTER = regex.compile(r"[" + _SPACED + r"]")
#: A LINE export's line (LINE is as common in Thailand) with the speaker in another script of ``_NATIVE_LETTERS``
#: ("19:02<TAB>… …<TAB>..."): a TSV of times and events has that shape too, so ``_native_names`` takes these
#: speakers only in a conversation (one of them speaks twice) or when a given name of the lists starts one
LINE_ROW_SPACED = regex.compile(r"\d{1,2}:\d{2}\t([" + _SPACED + _HANGUL + r"]+(?:[ ][" + _SPACED + _HANGUL
                                + r"]+){0,3})\t")
#: A run of words of those scripts, one blank between them (a full-width one in CJK)
NATIVE_RUN = regex.compile(r"[" + _NATIVE_LETTERS + r"]+(?:[ \u3000][" + _NATIVE_LETTERS + r"]+)*")
#: What may follow a name: the line's end, a separator, two blanks, an opening bracket or an e-mail's "<", a
#: closing quote or tag, and text in another script after a blank ("Patient: 李雨涵   DOB", "call عمر الهاشمي on")
NATIVE_END = regex.compile(r"[ \t\u3000]*(?:\r?\n|\r?$|[,，、;；|<>\"'“”»)）(（\[\]{}*·:：/。.!！?？]|\t|\\(?=[\"']))|[ \t]{2}|[ ][^\s"
                           + _NATIVE_LETTERS + r"]")


def _script(c: str) -> str:
    """The script of a letter of ``_NATIVE_LETTERS``: "han" (and kana), "hangul", or the spaced script's name."""
    o = ord(c)
    if 0x0621 <= o <= 0x06d3:
        return "arabic"
    if 0x05d0 <= o <= 0x05f4:
        return "hebrew"
    if 0x0e01 <= o <= 0x0e4e:
        return "thai"
    if 0x0900 <= o <= 0x097f:
        return "devanagari"
    if 0xac00 <= o <= 0xd7a3:
        return "hangul"
    return "han"


#: Words of each script that are never a name, in the places where names are looked for: the labels of forms
#: (name, date, birth, address, phone, number, e-mail, city, customer, agent, note, subject, total, status),
#: greetings and thanks, yes and no, words for streets and districts.
NATIVE_COMMON = frozenset("""
الاسم اسم تاريخ الميلاد الولادة العنوان عنوان رقم الهاتف هاتف الجوال الموبايل البريد الإلكتروني الالكتروني المدينة
الدولة البلد العميل الموظف ملاحظات ملاحظة الموضوع المجموع المبلغ الحالة نعم لا شكرا شكراً مرحبا مرحباً السلام عليكم
الجنسية الوظيفة الشركة الهوية الوطنية جواز السفر شارع طريق مدينة حي محافظة شركة مؤسسة بنك مجموعة مستشفى جامعة
مدرسة وزارة هيئة التوقيع الرمز كلمة المرور الحساب المستخدم المنتج السعر الكمية الطلب الفاتورة
مع خالص التحية التحيات تحياتي الشكر وتفضلوا بقبول فائق الاحترام كتب كتبت نظام
خدمة العملاء الدعم الفني فريق قسم إدارة المبيعات الموارد البشرية مركز
שירות לקוחות תמיכה טכנית צוות מחלקת מכירות משאבי אנוש מוקד מערכת
सेवा सहायता टीम विभाग बिक्री केंद्र
أنا أنت انت هو هي نحن أريد اريد هل ما ماذا لماذا كيف متى أين يمكن يمكنني من في على هذا هذه ذلك لكن أو و مع عن إلى
אני אתה את הוא היא אנחנו אתם רוצה צריך יכול יכולה איך מה למה מתי איפה אפשר של עם על זה זאת גם או אבל רק עוד כבר
ฉัน ผม คุณ เขา เรา ต้องการ อยาก ได้ ไหม อะไร ทำไม อย่างไร เมื่อไร ที่ไหน และ หรือ แต่ กับ ของ ใน จาก นี้ นั้น
मैं मुझे आप तुम वह हम क्या क्यों कैसे कब कहाँ है हैं था थी नहीं चाहता चाहती सकता सकती यह का की के में से पर और या लेकिन
שם פרטי משפחה מלא תאריך לידה כתובת טלפון נייד מספר דוא״ל דואל עיר מדינה לקוח נציג הערות הערה נושא סכום סטטוס כן לא
תודה שלום רחוב שדרות חברה בנק בית ספר חולים זהות תעודת סיסמה משתמש מוצר מחיר הזמנה חשבונית
ชื่อ นามสกุล ชื่อเล่น วันเกิด ที่อยู่ เบอร์โทร โทรศัพท์ มือถือ อีเมล จังหวัด อำเภอ ตำบล แขวง เขต ถนน ซอย หมู่บ้าน
ลูกค้า พนักงาน หมายเหตุ เรื่อง ยอดรวม สถานะ ใช่ ไม่ ขอบคุณ สวัสดี ครับ ค่ะ บริษัท ธนาคาร โรงเรียน โรงพยาบาล
รหัสผ่าน ผู้ใช้ สินค้า ราคา คำสั่งซื้อ ใบแจ้งหนี้ เลขที่ บัตรประชาชน
नाम पूरा जन्म तिथि तारीख पता फ़ोन फोन मोबाइल नंबर संख्या ईमेल शहर राज्य ज़िला जिला ग्राहक कर्मचारी टिप्पणी विषय कुल
राशि स्थिति हाँ हां नहीं धन्यवाद नमस्ते आधार सड़क मार्ग नगर कंपनी बैंक विद्यालय अस्पताल पासवर्ड उपयोगकर्ता उत्पाद
मूल्य ऑर्डर बिल जी श्री श्रीमती कृपया
""".split())
#: Common CJK words of two to four characters that a form, a table or a chat puts where a name could stand
CJK_COMMON = frozenset("""
姓名 名前 氏名 名字 客户 客服 顾客 用户 会员 地址 电话 手机 邮箱 日期 备注 主题 内容 金额 状态 合计 总计 谢谢 你好 您好
是的 没有 不是 好的 可以 公司 银行 学校 医院 部门 经理 老师 同学 先生 女士 小姐 朋友 大家 我们 你们 他们
お客様 担当 担当者 住所 電話 電話番号 日付 備考 件名 内容 金額 合計 会社 銀行 学校 病院 部署 部長 課長 皆様 皆さん 各位
ありがとう よろしく お願い 了解 承知 確認
고객 담당자 주소 전화 날짜 비고 제목 내용 금액 합계 회사 은행 학교 병원 부서 감사합니다 안녕하세요 여러분
이메일 휴대폰 연락처 생년월일 이용 이번 이후 이전 이상 이하 정보 정상 주문 배송 결제 확인 문의 신청
고객센터 고객님 회원님 상담사 관리자 운영자 매니저 기사님 선생님 사장님 팀장 팀장님 부장 부장님 과장 과장님 대리 사원
선생 사장 기사 원장 원장님 교수 교수님 학생 학부모 보호자
""".split()) | NATIVE_NO_NAME | CJK_SPEAKER_WORDS | KOREAN_WORDS
#: Common Japanese family names (a name in Japanese starts with one: "高橋 真由美", "鈴木由美")
JAPANESE_FAMILY = frozenset("""
佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 山崎 森
池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井
金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木
安藤 宮本 大野 小島 工藤 谷口 今井 高田 丸山 増田 杉山 村田 大塚 小山 平野 藤本 河野 久保 松井 千葉 岩崎 桜井
木下 野口 松尾 菊地 野村 新井 渡部 佐野 杉本 大西 古川 浜田 市川 小松 上野 西田 菅原 大久保 松下 服部 川口
""".split())
#: Common given names in Devanagari, Thai and Hebrew script and family names in Devanagari and Hebrew (Arabic
#: given names: ``ARABIC_GIVEN``): where the cue is weak, a run must start with a given name or end with a family
#: name of its script
NATIVE_GIVEN = frozenset("""
राहुल अमित सुरेश रमेश विकास अनिल सुनील राजेश संजय विजय अजय मनोज दीपक अशोक राकेश प्रकाश अरुण आकाश रोहित अर्जुन
आदित्य विक्रम करण राज रवि सचिन नितिन गौरव सौरभ अंकित प्रवीण महेश दिनेश नरेश गणेश हरीश कृष्ण मोहन श्याम राम
प्रिया पूजा नेहा अंजलि सुनीता अनीता कविता ममता रेखा सीमा गीता रीता आशा उषा मीना संगीता स्नेहा दिव्या श्वेता ज्योति
पल्लवी रश्मि निशा प्रीति काजल आरती शिल्पा अनन्या दीपिका सोनिया लक्ष्मी सरिता किरण मधु नीलम राधा सुमन शालिनी
สมชาย สมศักดิ์ สมหญิง สมพงษ์ สมพร สมบัติ ประเสริฐ สุรชัย วิชัย ชัยวัฒน์ อนุชา กิตติ ธีรพงษ์ พงศกร วรวุฒิ ธนวัฒน์ ศุภชัย
อภิชาติ ปกรณ์ สุนทร บุญชัย นพดล ชาญชัย วิทยา สุชาติ ประยุทธ อนันต์ ณัฐวุฒิ ธนพล ภานุวัฒน์ จักรพันธ์ เอกชัย
นภัสสร สุดารัตน์ รัตนา มาลี วันเพ็ญ อรุณี พิมพ์ชนก ณัฐธิดา ชนิดา ปวีณา อัญชลี นิภา ศศิธร วิไลวรรณ ธนพร ชุติมา จิราพร
ภัทรา อรอุมา เพ็ญศรี สุกัญญา จันทร์เพ็ญ พรทิพย์ อรทัย นิตยา ดวงใจ วราภรณ์ สุนีย์ อำไพ ลำดวน ปราณี
יוסי דוד משה אברהם יעקב יצחק דניאל מיכאל אורי איתי עומר נועם אביב רון גיא אלון עידו יונתן אריאל תומר אסף ערן
שרה רחל לאה רבקה מרים נועה תמר שירה מיכל יעל הילה ענבל אורית רונית דנה מאיה טל ליאת קרן גלית אפרת
""".split())
NATIVE_FAMILY = frozenset("""
शर्मा वर्मा यादव सिंह मिश्रा गुप्ता कुमार पटेल जैन अग्रवाल चौहान ठाकुर पांडे पाण्डेय तिवारी दुबे श्रीवास्तव सक्सेना
जोशी मेहता शाह देसाई नायर रेड्डी राव चौधरी भट्ट कपूर खन्ना मल्होत्रा बंसल गोयल
כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי מלכה כץ שפירא גולדברג רוזנברג אוחיון חדד עמר
""".split())
#: Words that close a letter or an e-mail before the sender's name, in the scripts of ``_NATIVE_LETTERS`` and
#: in English: "مع خالص التحية", "よろしくお願いいたします", "ขอแสดงความนับถือ", "सादर", "בברכה", "此致敬礼", "감사합니다"
NATIVE_CLOSING = regex.compile(
    r"(?:مع[ ](?:خالص[ ])?(?:التحية|التحيات|تحياتي|الشكر)|تحياتي|وتفضلوا[ ]بقبول[ ][^\n]{0,30}|شكرا(?:ً)?(?:[ ]لكم)?|"
    r"בברכה|בתודה|תודה(?:[ ]רבה)?|ขอแสดงความนับถือ|ขอบคุณ(?:ครับ|ค่ะ|มาก)?|ด้วยความเคารพ|सादर|धन्यवाद|भवदीय|"
    r"शुभकामनाओं[ ]सहित|よろしくお願い(?:いた)?します|よろしくお願い申し上げます|敬具|以上|此致(?:敬礼)?|敬礼|谢谢|祝好|"
    r"顺祝商祺|감사합니다|고맙습니다|드림|올림|"
    r"(?i:regards|kind[ ]regards|best[ ]regards|best|best[ ]wishes|thanks|thank[ ]you|many[ ]thanks|cheers|"
    r"sincerely|yours[ ]sincerely|yours[ ]truly|yours|cordialement|saludos|atentamente|cumprimentos|"
    r"mit[ ]freundlichen[ ]grüßen|viele[ ]grüße|grüße|groeten|pozdrawiam|hälsningar|mvh|distinti[ ]saluti|cordiali[ ]saluti))"
    r"[ \t]*[,，、!！。.]?[ \t]*(?:<br[ ]?/?>[ \t]*)?(?:\r?\n[ \t]*)?\Z")
#: Before a name in prose: a greeting, a title or a phrase of introduction, in English, other European
#: languages and the name's own script ("Hi 高橋 彩香,", "Dear Dr सिंह", "Hola soy ...", "مرحباً ...", "คุณ...")
NATIVE_CUE_BEFORE = regex.compile(
    r"(?:(?i:\b(?:dear|hi|hello|hey|attn|attention|greetings|hallo|hoi|hej|hola|ciao|olá|bonjour|"
    r"soy|sou|je[ ]suis|ich[ ]bin|ich[ ]heiße|heißt|me[ ]llamo|mi[ ]chiamo|je[ ]m'appelle|"
    r"(?:my|his|her|their|your)[ ]name[ ]is|name[ ]is|i[ ]am|i'm|this[ ]is|called|named|"
    r"mr|mrs|ms|miss|mx|dr|prof|sir|madam|herr|frau|sr|sra|rev|pc|dc|sgt|insp|det|capt|"
    r"signed[ ]by|written[ ]by|represented[ ]by|conversation[ ]with|chat[ ]with|meeting[ ]with|"
    r"account[ ]name|account[ ]holder|beneficiary|payee|praxis|recipient|addressee|consignee)\.?)"
    r"|مرحبا(?:ً)?|أهلا(?:ً)?|عزيزي|عزيزتي|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|اسمي|أنا|"
    r"שלום|היי|לכבוד|מר|גב׳|גברת|ד״ר|"
    r"เรียน|คุณ|นาย|นาง|นางสาว|"
    r"प्रिय|श्री|श्रीमती|सुश्री|डॉ\.?|नमस्ते)[ \t]*$")
#: Before a name in prose, a weaker cue: a preposition or a verb that takes a person ("with", "by", "call"),
#: a dash before a signature ("— Ana Lima") or "Re:" of a letter about a person
NATIVE_WEAK_BEFORE = regex.compile(
    r"(?:(?i:\b(?:with|by|call|ask|contact|ping|tell|thank|thanks|from|to|cc|for|and|re|von|mit|con|avec|met)"
    r"[ \t]*:?)|[—–][ ]?)[ \t]*$")
#: After a name, what says it is a person's ("ศิริพร วงศ์สวัสดิ์**, an individual", "…, born 2016", "…, DOB ...")
NATIVE_CUE_AFTER = regex.compile(
    r"(?:\*\*)?,?[ \t]*(?i:an[ ]individual|born\b|dob\b|d\.o\.b|aged?\b|date[ ]of[ ]birth|geb\.|né|née|nacid[oa])")
#: After a name, its e-mail address in angle brackets: a mailbox (RFC 5322's "Display Name <addr>"), as a mail
#: header, a contact list or a dedupe report prints it; a desk's or a team's mailbox has a display name too, so a
#: CJK one must start with a family name
NATIVE_MAILBOX_AFTER = regex.compile(r"[ \t]*<[^\s<>@]{1,64}@")
#: After a name alone on its line, its role in a court caption on the next ("BETWEEN:", each party, its role)
NATIVE_ROLE_AFTER = regex.compile(r"[ \t]*\r?\n[ \t]*\(?(?:(?:First|Second|Third)[ ])?(?:Claimant|Defendant|Plaintiff|"
                                  r"Respondent|Petitioner|Appellant|Applicant)s?\)?[ \t]*(?:\r?\n|\r?$)")
#: Before a name, weaker still: a role of a person in prose ("her assistant 정하은", "my wife ...", "Patient ..."),
#: a list's bullet at the line's start ("- נועה מזרחי (external, ...)")
NATIVE_ROLE_BEFORE = regex.compile(
    r"(?:(?i:\b(?:assistant|colleague|wife|husband|son|daughter|mother|father|brother|sister|friend|boss|partner|"
    r"manager|doctor|nurse|teacher|agent|tenant|landlord|neighbour|neighbor|patient|customer|client|member|guest|"
    r"caller|claimant|insured|policyholder|applicant|candidate|employee|passenger|student|user)[ \t]+)"
    r"|(?:^|\n)[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+"
    r"|[" + _NATIVE_LETTERS + r"][ \t]*&[ \t]+)$")
#: After a name, a weak cue: "&" and another name ("윤지민 & 이지민"), a dash then a phone number or an e-mail (a
#: signature's line: "王雨涵 — +86 ...")
NATIVE_WEAK_AFTER = regex.compile(r"[ \t]*(?:&|and|和|및|و)[ \t]+[" + _NATIVE_LETTERS + r"]|[ \t]+[—–-][ \t]+(?:\+?\d|<|\S+@)")
#: After a name in Japanese, Chinese or Korean: an honorific ("田中 様", "高橋さん", "김민준 님", "王先生")
CJK_HONORIFIC_AFTER = regex.compile(r"[ \u3000]?(?:様|さま|さん|殿|先生|氏|女士|小姐|同学|老师|님|씨)")
#: Words of a label that say it is about a thing, not a person ("Company name:", "File name:", "Street:")
THING_LABEL_WORDS = frozenset("""
company firm business organisation organization org bank school hospital product file project street city town
brand shop store hotel app application team department dept building event host hostname domain server service
user username login account device model package repo repository branch table column field database db queue
topic channel group role title subject course venue place location country region
""".split())
#: A JSON or YAML key, an XML element or an attribute whose name says a person: "full_name", "realName",
#: "<cbc:Name>", "CN=", "FN:", "\\name{...}{"; JSON escaped in a string ({\\"fullName\\": \\"...), and a bare key of
#: code with a colon before a quoted value (a JS / TS object's or a mongo shell's ``name: '...'``, Ruby's keyword
#: argument ``name: "..."``)
_NATIVE_KEYS = (r"[\w-]*(?i:name|customer|client|contact|owner|author|sender|recipient|employee|patient|person|"
                r"holder|applicant|assignee|reporter|member|guest)")
NATIVE_KEY_BEFORE = regex.compile(
    r"(?:\\?[\"']" + _NATIVE_KEYS + r"\\?[\"'][ \t]*[:=][ \t]*(?:\\?[\"'])?|(?<![^\s{,;&?(])" + _NATIVE_KEYS
    + r"[ \t]*(?:=[ \t]*[\"']?|:[ \t]*[\"'])"
    r"|<(?:[\w-]+:)?[\w-]*(?:Name|name|NAME)(?:[ ][^<>\n]{0,80})?>[ \t]*"
    r"|(?<![\w-])CN[ ]?=[ ]?\"?|(?m:^)(?:FN|N)(?:;[^:\n]{0,40})?:(?:[^;\n]{0,40};)?"
    r"|\\(?:name|firstname|familyname|lastname|surname|author)\{(?:[^{}\n]{1,40}\}\{)?)$")
#: Keys that ask for a given or a family name alone: there one word is the whole name ("first_name": "ليلى")
NATIVE_SINGLE_KEY = regex.compile(r"(?i:(?:first|last|given|family|middle|maiden|sur|fore)[_ -]?name|surname|forename)")
#: A key of a value whose meaning another key gives: "value" / "text" / "answer" ...
NATIVE_VALUE_KEY = regex.compile(r"(?:\\?[\"'](?:value|text|answer)\\?[\"'][ \t]*:|(?<![\w-])value=)[ \t]*\\?[\"']$")
#: ... a key-value pair's key before it: a form's or a workflow's field list ("name": "full_name", then "value": ...,
#: on the same line or the next), a UI log's input event (field=fullName value="...")
NATIVE_PAIR_BEFORE = regex.compile(r"(?i:[\"']?(?:name|key|field|id|ref|label)[\"']?[ \t]*[:=][ \t]*[\"']?)(" + _NATIVE_KEYS
                                   + r")[\"']?[ \t]*[,;]?\s{0,40}[\"']?(?:value|text|answer)[\"']?[ \t]*[:=][ \t]*[\"']$")
#: ... the field it answers, after it (a Typeform answer: "text": "...", "field": {"ref": "full_name"})
NATIVE_FIELD_AFTER = regex.compile(r"[\"'][ \t]*,\s{0,40}[\"']field[\"'][ \t]*:[ \t]*\{[^{}]{0,200}?[\"'](?:ref|key|id|name|title)"
                                   r"[\"'][ \t]*:[ \t]*[\"'](" + _NATIVE_KEYS + r")[\"']")
#: ... or the object's other keys: a FHIR HumanName's "text" after its "family" and "given" parts
NATIVE_HUMAN_NAME = regex.compile(r"[\"'](?:family|given)[\"'][ \t]*:[^{}]{0,300}$")
#: A key that is about a thing ("username", "file_name", "hostname", "company_name", "display_name_format")
NATIVE_THING_KEY = regex.compile(r"(?i:user_?name|login|file_?name|host_?name|company|org|product|app|project|"
                                 r"service|team|group|bucket|domain|table|column|class|type|brand|shop|store|"
                                 r"street|city|country)")
#: A time stamp that opens a chat line: "[19:02]", "[2025-02-13 08:14]", "2025-02-13 08:14", "12/03/2025, 19:02 -"
NATIVE_STAMP = (r"(?:\[[^\]\n]{3,32}\][ \t]*|【[^】\n]{3,32}】[ \t]*|(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}"
                r"[/.]\d{2,4}),?[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?[ \t]*(?:[-–][ \t]*)?|"
                r"\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?[ \t]+(?:[-–][ \t]*)?)")
#: A chat line's speaker in a script of ``_NATIVE_LETTERS``: at the line's start (after a time stamp, a quote's
#: ">" or a list's bullet), the name, maybe a role in brackets ("(agent)"), a colon, then what was said
NATIVE_SPEAKER = regex.compile(
    r"[ \t>*-]*(" + NATIVE_STAMP + r")?([" + _NATIVE_LETTERS + r"]+(?:[ \u3000][" + _NATIVE_LETTERS + r"]+){0,3})"
    r"[ \t]*(?:[(（]([^()（）\n]{1,24})[)）][ \t]*)?[:：][ \t]*(?=[^\s\d])")
#: A "Last, First" message header in Japanese, Chinese or Korean script after a time stamp (a Teams copy)
NATIVE_LAST_FIRST = regex.compile(
    r"[ \t]*(?:\[[^\]\n]{3,24}\][ \t]*([" + _CJK + r"]{1,4},[ ]?[" + _CJK + r"]{1,4})|([" + _CJK + r"]{1,4},[ ]?["
    + _CJK + r"]{1,4})[ \t]{1,4}\d{1,2}:\d{2}(?:[ ]?[AaPp][Mm])?)[ \t]*\r?$")


#: Prose that introduces or addresses a person in a script of ``_NATIVE_LETTERS``, where the run of the script
#: goes on past the name (the sentence's words are its own script's, and CJK writes them together): the phrase
#: is the cue, and the name is what stands between its parts. Hindi "मैं … हूँ" (I am …), "मेरा नाम … है" (my name
#: is …), "… के नाम पर" (in …'s name); Korean "안녕하세요, …입니다" (hello, this is …), "…(이)라고 합니다" (I am called
#: …), "…님" / "…씨" (the honorifics); Japanese "私は…です", "。…です" (a sentence that says who speaks), "…様" /
#: "…さん"; Chinese "我是…" (I am …), "我叫…"; a role before the name: "患者", "客户", "환자", "고객", "عميل",
#: "मरीज़". The name between must still look like one: its script's family names (CJK), its given or family
#: names (Devanagari, Arabic), a Korean family syllable and three syllables.
_HAN_NAME = _HAN + "\u3005"  # "々" repeats the character before it: "佐々木"
HAN_LETTER = regex.compile(r"[" + _HAN + r"]")
HANGUL_LETTER = regex.compile(r"[" + _HANGUL + r"]")
DEV_ARABIC_LETTER = regex.compile(r"[" + _DEVANAGARI + _ARABIC + r"]")
_DEV_WORD = r"[" + _DEVANAGARI + r"]+"
HINDI_INTRO = regex.compile(
    r"(?<![" + _DEVANAGARI + r"])(?:मैं|मै)[ ]+(" + _DEV_WORD + r"(?:[ ]" + _DEV_WORD + r"){0,2}?)[ ]+"
    r"(?:बोल[ ]रह[ाी][ ])?(?:हूँ|हूं|हू)(?![" + _DEVANAGARI + r"])"
    r"|(?<![" + _DEVANAGARI + r"])मेरा[ ]नाम[ ]+(" + _DEV_WORD + r"(?:[ ]" + _DEV_WORD + r"){0,2}?)[ ]+(?:है|हैं)"
    r"(?![" + _DEVANAGARI + r"])"
    r"|(?<![" + _DEVANAGARI + r"])(" + _DEV_WORD + r"(?:[ ]" + _DEV_WORD + r"){0,3})[ ]+(?:के|का|की)[ ]नाम[ ]"
    r"(?:पर|से|में)(?![" + _DEVANAGARI + r"])")
#: A role before a name in Devanagari or Arabic script (patient, customer, employee), then the name's words
NATIVE_ROLE_WORD = regex.compile(
    r"(?<![" + _DEVANAGARI + _ARABIC + r"])(?:मरीज़|मरीज|रोगी|ग्राहक|कर्मचारी|उपभोक्ता|عميل|العميل|عميلة|العميلة|"
    r"المريض|المريضة|مريض|مريضة|الموظف|الموظفة|موظف|موظفة|المستفيد)[ ]+((?:[" + _DEVANAGARI + _ARABIC
    + r"]+[ ]?){1,4})")
#: Words after a name in Hindi prose that are never part of it: postpositions, copulas, "and"
HINDI_AFTER_NAME = frozenset("को का की के ने से में पर है हैं था थी और जी ने भी".split())
#: Korean: a greeting, then the name and "it is" (the way a message or a call opens: "안녕하세요, …입니다"); or the
#: name, "(이)라고 합니다" (I am called …) at a sentence's start
KOREAN_GREETING_INTRO = regex.compile(
    r"(?:안녕하세요|안녕하십니까|반갑습니다|수고하십니다)[ ]*[,.!]?[ ]*(?:저는[ ]?)?([" + _HANGUL + r"]{2,4}?)"
    r"(?:입니다|이에요|예요|(?:이)?라고[ ]?합니다)(?![" + _HANGUL + r"])"
    r"|(?:^|(?<=[.!?,\"'\s]))([" + _HANGUL + r"]{2,4}?)(?:이)?라고[ ]?합니다")
#: Korean: a name of three syllables (four after a two-syllable family name) at a word's start, then "님" / "씨"
#: (with or without a blank; a particle may follow: "님께서", "씨가"), or a role and "님" after it ("… 고객님"); or
#: a role before it ("환자 …", "고객 …") and a bracket, a comma or the line's end after it
KOREAN_HONORIFIC = regex.compile(
    r"(?<![" + _HANGUL + r"])([" + _HANGUL + r"]{3,4}?)(?:[ ]?(?:님|씨)|[ ](?:고객|회원|환자|선생|과장|부장|대리|팀장|"
    r"주임|차장|실장|원장|사장|대표|기사)님)(?=$|[^" + _HANGUL + r"]|[이은을께의도과가에])"
    r"|(?<![" + _HANGUL + r"])(?:환자|고객|회원|수령인|신청인|보호자|의뢰인|계약자|피보험자|가입자|직원|담당자)[ ]+(["
    + _HANGUL + r"]{3,4})(?=[ \t]*(?:[(,:/)]|\r?$|\n))")
#: Korean words of three syllables that start with a family syllable and stand before "님" / "씨": roles and
#: trades ("간호사님", the nurse; "설계사님", the insurance planner)
KOREAN_ROLES = frozenset("""
간호사 정비사 설계사 상담사 상담원 배달원 배송원 전문가 도우미 관리사 조리사 미용사 운전사 이사장 사장님 원장님 변호사 세무사
회계사 노무사 법무사 감정사 중개사 기사님 선생님 교수님 전도사 목사님 신부님 수녀님 주인장 관리인 관리자 대리인 보호자 후원자
구매자 판매자 작성자 신청자 수신자 발신자 담당자 책임자 사용자 이용자 가입자 방문자 고객님 회원님 여러분 서비스 정보를
""".split())
#: Last syllables of a team's or an office's name ("배송팀", "고객센터", "영업부", "강남점"), never a name's
KOREAN_UNIT_ENDS = frozenset("팀 부 점 터 청 과 처 단 회".split())
#: Endings of a firm's or an office's name in Japanese and Chinese ("山田商事様"): no person's
CJK_FIRM_ENDS = ("商事", "会社", "銀行", "工業", "産業", "建設", "病院", "事務所", "商店", "物産", "電機", "製作所", "公司",
                 "集团", "部", "課", "科", "店", "社", "局", "室")
#: Japanese: who speaks, then "です" (it is …), "と申します", "でございます": after "私は" (I am), a greeting or "の"
#: ("営業部の田中です"), at a sentence's or a cell's start
JAPANESE_DESU = regex.compile(
    r"(?:私は|わたしは|わたくしは|僕は|こちらは|の|(?:^|(?<=[。、！!？?,，\s\"'「『>]))(?:お世話になっております|"
    r"いつもお世話になっております|こんにちは|はじめまして|初めまして|お疲れ様です)?[。、！!]?[ 　]*)(["
    + _HAN_NAME + r"]{1,4}(?:[ 　][" + _HAN_NAME + r"]{1,4})?)(?:です|と申します|といいます|でございます)")
#: Japanese and Chinese honorifics after a name: "高橋様", "田中さん", "张伟先生", "王芳女士"
CJK_HONORIFIC = regex.compile(
    r"(?<![" + _HAN_NAME + r"])([" + _HAN_NAME + r"]{2,4}(?:[ 　][" + _HAN_NAME + r"]{1,4})?)[ 　]?"
    r"(?:様|さま|さん|ちゃん|くん|殿|先生|女士|小姐)")
#: A Chinese family name alone before a title ("李医生", "王老师", "张经理"): how a patient, a pupil or a colleague
#: names someone (the family name is checked against ``CHINESE_FAMILY_HAN``; "女医生", "主治医生" are none)
CHINESE_SURNAME_TITLE = regex.compile(r"([" + _HAN_NAME + r"])(?:医生|醫生|大夫|老师|老師|先生|女士|小姐|经理|經理|律师|律師|教授|主任)")
#: Chinese: "我是…" (I am …), "我叫…" (my name is …), a role before the name ("患者", "客户"): the name is two or
#: three characters, a listed family name first, then a break
CHINESE_PROSE = regex.compile(
    r"(?:我是|我叫|本人|患者|病人|客户|顾客|顧客|用户|會員|会员|收件人|员工|員工|利用者|お客様|社員|担当)[ 　:：]?(["
    + _HAN_NAME + r"]{2,4}?(?:[ 　][" + _HAN_NAME + r"]{1,4})?)(?=[^" + _HAN_NAME + r"]|$|先生|女士|小姐|様|さん)")
#: Chinese thanks in running prose: "感谢…的评审", "谢谢…。", "感謝…的協助", "多谢…！": after the thanks, two or three
#: characters (a listed family name first, ``_cjk_prose_name``), then what closes the name: "的", a stop, a comma, an
#: exclamation mark, "和" (and), "在" / "对" / "帮" (a verb's start) or a title
CHINESE_THANKS = regex.compile(
    r"(?:感谢|谢谢|感謝|謝謝|多谢|多謝|鸣谢|鳴謝)[ 　]?([" + _HAN_NAME + r"]{2,3}?)"
    r"(?=的|。|，|,|！|!|、|；|;|和|与|與|在|对|對|帮|幫|老师|老師|同学|同學|[ \t\r\n]|$)")
#: A Chinese letter's or chat's greeting: the name opens the line (maybe after 尊敬的 / 亲爱的, "dear"), then
#: 您好 / 你好 ("张伟您好，", "尊敬的李娜，您好") -- two or three characters, a listed family name first
CHINESE_GREETING = regex.compile(
    r"(?:^|(?<=\n))[ \t\u3000]*(?:尊敬的|亲爱的|親愛的)?[ \u3000]?([" + _HAN_NAME + r"]{2,3})[ \u3000]?[，,]?[ \u3000]?"
    r"(?:您好|你好|早上好|下午好|晚上好)")
#: A letter's salutation alone, "dear" and the name, then a colon or a comma ("尊敬的陈志强：", "亲爱的李娜，")
CHINESE_DEAR = regex.compile(
    r"(?m)^[ \t\u3000]*(?:尊敬的|亲爱的|親愛的)[ \u3000]?([" + _HAN_NAME + r"]{2,3})[ \u3000]?(?=[：:，,！!]|\r?$)")
#: A neighbour's or a colleague's family name alone after the word ("请交给邻居张。", leave it with neighbour Zhang)
CHINESE_RELATION_SURNAME = regex.compile(r"(?m)(?:邻居|鄰居|同事)([" + _HAN_NAME + r"]{1,3})(?=[。，,.！!；;、]|\r?$)")
#: A letter's or a chat's greeting in Arabic, Hebrew or Hindi: the greeting opens the line, then the name up to a
#: comma, a "!" or the line's end ("مرحبا أحمد،", "שלום דנה,", "नमस्ते राहुल जी,"); one to three words, the first a
#: listed given name (``_native_listed``), so that "مرحبا بكم" (welcome) is none
NATIVE_GREETINGS = ("مرحبا", "أهلا", "اهلا", "عزيزي", "عزيزتي", "שלום", "היי", "नमस्ते", "नमस्कार", "प्रिय")
#: Greetings of the spaced scripts that may stand right before a name (both greeting patterns below)
_SPACED_GREETINGS = r"مرحباً|مرحبا|أهلاً|أهلا|اهلا|عزيزي|عزيزتي|שלום|היי|नमस्ते|नमस्कार|प्रिय"
NATIVE_GREETING = regex.compile(
    r"(?:^|(?<=\n))[ \t>]*(?:" + _SPACED_GREETINGS + r")[ \t]+"
    r"([" + _SPACED + r"]+(?:[ ][" + _SPACED + r"]+){0,2}?)(?:[ ](?:जी|साहब))?[ \t]*(?=[،,!.؛]|\r?\n|$)")
#: A letter's, a message's or a notice's greeting, then a comma (ASCII, Arabic "،", full-width "，" / "、") and the
#: addressee's whole name, which ends at "!", an opening bracket, a comma or the line's end: the way a mail or a
#: text message opens in Arabic and Persian ("مرحباً، …!", "سلام، …!"), Hebrew ("שלום, …!"), Hindi ("नमस्ते, …!"),
#: Thai ("สวัสดีครับ, … ("), Chinese ("您好，…！"), Japanese ("お世話になっております、…様") and Korean ("안녕하세요, …!").
#: An honorific may follow the name ("様", "님", "जी"). What stands there must still be shaped as a name
#: (``_greeted_name``): a greeting to a group or a welcome ("שלום, ברוכים הבאים!") names nobody.
NATIVE_COMMA_GREETINGS = (
    "مرحب", "أهل", "اهل", "عزيز", "السلام", "صباح", "مساء", "تحية", "سلام", "درود", "بخیر",
    "שלום", "היי", "בוקר", "ערב", "नमस", "प्रिय", "सुप्रभात", "हैलो", "สวัสดี", "เรียน", "您好", "你好", "早上好", "下午好", "晚上好", "お世話",
    "こんにち", "こんばん", "おはよう", "お疲れ", "はじめまして", "初めまして", "안녕", "반갑", "수고")
NATIVE_GREETING_COMMA = regex.compile(
    r"(?:^|(?<=\n))[ \t>]*(?:" + _SPACED_GREETINGS + r"|السلام[ ]عليكم|صباح[ ]الخير|مساء[ ]الخير|"
    r"تحية[ ]طيبة|سلام(?:[ ]علیکم)?|درود|وقت[ ]بخیر|صبح[ ]بخیر|בוקר[ ]טוב|ערב[ ]טוב|"
    r"सुप्रभात|हैलो|"
    r"สวัสดี(?:ครับ|ค่ะ|คะ)?|เรียน|"
    r"您好|你好|早上好|下午好|晚上好|(?:いつも)?お世話になっております|お世話になります|こんにちは|こんばんは|"
    r"おはようございます|お疲れ(?:様|さま)です|はじめまして|初めまして|"
    r"안녕하세요|안녕하십니까|반갑습니다|수고하십니다)[ \t]*[,،，、][ \t\u3000]*"
    r"([" + _NATIVE_LETTERS + r"]+(?:[ \u3000][" + _NATIVE_LETTERS + r"]+){0,3}?)"
    r"(?:[ \u3000]?(?:様|さま|さん|殿|先生|女士|小姐|님|씨)|[ ](?:जी|साहब))?"
    r"[ \t\u3000]*(?=[!！(（,،，、]|\r?\n|$)")
#: Words after a greeting that address a group or say welcome, thanks or "how are you": no addressee's name
GREETING_GROUP_WORDS = frozenset("""
بكم بك جميعا جميعاً الجميع وسهلا يا تفضل تفضلوا حالك حالكم أصدقائي زملائي الزملاء الأعزاء الكرام بالجميع
همه همگی دوستان عزیزان همکاران خوش آمدید آمدی چطوری چطورید خوبی خوبید جان
כולם לכולם חברים ברוכים הבאים הבא מה שלומך שלומכם צוות יקרים מצורף מצורפת מצורפים
सभी सब दोस्तों मित्रों साथियों स्वागत आपका आपकी कैसे भाइयों बहनों
ทุกคน ทุกท่าน ยินดีต้อนรับ เพื่อนๆ
""".split())


#: The header a mail client writes over a quoted reply, its verb in English, another European language or the
#: name's own script: "> … wrote:", "On Mon, … <a@b> wrote:", "… 写道：", "… 님이 작성:", "… さんは書きました:",
#: "… כתב/ה:", "… نوشت:", "… ने लिखा:", and Arabic's verb first, "كتب …:". The name is a run of
#: ``_NATIVE_LETTERS`` (a Latin one is the capitalised words' business); its mailbox may stand between.
QUOTE_VERBS = ("wrote", "écrit", "schrieb", "escribió", "scritto", "escreveu", "schreef", "napisał", "написал",
               "написав", "yazdı", "έγραψε", "写道", "寫道", "님이", "書きました", "כתב", "نوشت", "लिखा",
               "เขียน", "viết", "كتب")
QUOTE_HEADER = regex.compile(
    r"(?:^|(?<=\n))[ \t>]*(?:On[ ][^\n<>]{4,80}?[, ][ ]?)?([" + _NATIVE_LETTERS + r"]+(?:[ \u3000]["
    + _NATIVE_LETTERS + r"]+){0,3}?)[ \t]*(?:<[^<>\s]{1,80}>[ \t]*)?(?:wrote|a[ ]écrit|schrieb|escribió|ha[ ]scritto|"
    r"escreveu|schreef|napisał(?:a)?|написал(?:а)?|написав(?:ла)?|yazdı|έγραψε|写道|寫道|님이[ ]?작성|"
    r"(?:さん)?(?:は|が)書きました|כתב(?:ה|/ה)?|نوشت|ने[ ]लिखा|เขียน(?:ว่า)?|(?:đã[ ])?viết)[ \t]*[:：]"
    r"|(?<![" + _ARABIC + r"])كتبت?[ ]+([" + _ARABIC + r"]+(?:[ ][" + _ARABIC + r"]+){0,3}?)[ \t]*"
    r"(?:<[^<>\s]{1,80}>[ \t]*)?[:：]")


#: Chinese words of two to four characters that start with a family name's character and follow "我是"
CHINESE_NOT_NAMES = frozenset("""
高中生 高管 高手 金主 新用户 老用户 王者 万能 方便 白领 石油 周末 黄牛 马上 何人 谁 本人 程序员 工程师 负责人 联系人
高级会员 江湖 龙头 叶子 余额 孙子 陈述 林业 严重 任何 许多 曾经 董事 于是 范围 向导 毛利 史上 雷达 田地 苏州 方面 方法
付出 高效 孔子 宋体 汤姆 贺卡 魏晋 雷锋 周一 周二 周三 周四 周五 周六 周日 周报 周会 周年 周期 周边 全体 全员 全部
""".split()) | CJK_COMMON


def _native_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills a table's cell or a CSV field: a ``|``, a tab, a comma or a semicolon (or the
    line's edge) on both sides."""
    a = text[max(0, start - 12):start].rstrip(" ")
    b = text[end:end + 12].lstrip(" ")
    return (not a or a[-1] in "|\t\n,;") and (not b or b[0] in "|\t\r\n,;")


def _native_shape(value: str, single: bool = False) -> bool:
    """``value`` (a ``NATIVE_RUN``) is shaped as a person's name in its script: two to four words in a spaced
    script (each of two letters at least, none a common word), two to four characters in Chinese or Korean (two
    parts with a blank in Japanese), a family name first in Korean. ``single``: one word will do (a field for
    the given or the family name alone, a title before a surname)."""
    words = value.replace("\u3000", " ").split(" ")
    script = _script(value[0])
    if any(_script(w[0]) != script for w in words):
        return False
    if script == "han":
        if value in CJK_COMMON or any(w in CJK_COMMON for w in words):
            return False
        if "\u3040" <= value[0] <= "\u30ff":
            return False  # kana first: a word, not a family name ("サーバー", "お客様")
        if len(words) == 1:
            return (1 if single else 2) <= len(value) <= 4
        return len(words) == 2 and all(len(w) <= 5 for w in words)
    if script == "hangul":
        joined = "".join(words)
        if joined in CJK_COMMON or len(words) > 2:
            return False
        if single:
            return 2 <= len(joined) <= 4
        return 2 <= len(joined) <= 4 and _korean_name(joined)
    if any(len(w) < 2 or w in NATIVE_COMMON for w in words):
        return False
    return (1 if single else 2) <= len(words) <= (4 if script == "arabic" else 3)


def _native_listed(value: str) -> bool:
    """``value`` starts with a listed given name (or ends with a listed family name) of its script, or, in CJK,
    with a family name: the evidence a weak cue needs."""
    script = _script(value[0])
    words = value.replace("\u3000", " ").split(" ")
    if script == "han":
        return value[0] in CHINESE_FAMILY_HAN or value[:2] in CHINESE_COMPOUND_FAMILY \
            or any(value.startswith(f) for f in (value[:1], value[:2], value[:3]) if f in JAPANESE_FAMILY)
    if script == "hangul":
        return _korean_name("".join(words))
    if script == "arabic":
        return words[0] in ARABIC_GIVEN or (len(words) > 1 and words[0] == "عبد")
    return words[0] in NATIVE_GIVEN or words[-1] in NATIVE_FAMILY


def _hindi_name(words: list[str], kind: str) -> str:
    """The name among ``words`` (Devanagari) that a Hindi phrase marks (``kind``: "intro", "is", "of", "role"), or
    "": after "मैं" (I am) a listed given name first or family name last, so that "मैं ठीक हूँ" (I am fine) is none;
    after "मेरा नाम" (my name is) any words but common ones; before "के नाम पर" (in the name of) the words from a
    listed given name on; after a role a listed given name, and a family name or the word before a postposition."""
    if not words or any(len(w) < 2 for w in words):
        return ""
    if kind == "of":
        i = next((k for k, w in enumerate(words) if w in NATIVE_GIVEN), -1)
        if i < 0:
            return " ".join(words[-2:]) if len(words) > 1 and words[-1] in NATIVE_FAMILY \
                and words[-2] not in NATIVE_COMMON else ""
        words = words[i:i + 3]
    if kind == "role":
        if words[0] not in NATIVE_GIVEN:
            return ""
        name = words[:1]
        if len(words) > 1 and words[1] not in NATIVE_COMMON and words[1] not in HINDI_AFTER_NAME \
                and (words[1] in NATIVE_FAMILY or len(words) == 2 or words[2] in HINDI_AFTER_NAME):
            name.append(words[1])
        return " ".join(name)
    if any(w in NATIVE_COMMON or w in HINDI_AFTER_NAME for w in words):
        return ""
    value = " ".join(words)
    return value if kind == "is" or _native_listed(value) else ""


def _arabic_role_name(words: list[str]) -> str:
    """The name after an Arabic role ("عميل خالد …"): a listed given name (or "عبد" and the next word), then the
    words of its family name ("ال…"), another given name, or "بن" / "بنت" / "أبو" and the word after; "" for none."""
    if not words or not (words[0] in ARABIC_GIVEN or words[0] == "عبد" and len(words) > 1):
        return ""
    name = words[:2] if words[0] == "عبد" else words[:1]
    link = False
    for w in words[len(name):4]:
        if w in NATIVE_COMMON or w in ARABIC_NOT_NAME or _script(w[0]) != "arabic":
            break
        if link or w in ARABIC_GIVEN or (w.startswith("ال") and len(w) > 3):
            name.append(w)
            link = False
        elif w in ("بن", "بنت", "ابن", "أبو", "ابو"):
            name.append(w)
            link = True
        else:
            break
    return " ".join(name[:-1] if link else name)


def _korean_prose_name(value: str) -> bool:
    """A Korean name in prose: three syllables after a family syllable (four after a two-syllable family name),
    not a common word or a role ("간호사", nurse)."""
    n = 4 if value[:2] in KOREAN_COMPOUND_FAMILY else 3
    return len(value) == n and _korean_name(value) and value not in KOREAN_ROLES and value not in CJK_COMMON \
        and value[-1] not in KOREAN_UNIT_ENDS


#: Last characters of the CJK words that name a role, not a person ("店員", "運転手", "看護師", "大家", "老师", "医生")
CJK_ROLE_ENDS = frozenset("長員者師手家生医官士部課係室店社様人们位友客主君姐哥弟妹")


def _given_name_alone(value: str, honorific: str) -> bool:
    """A given name without its family name, as a greeting or an honorific says it to its bearer: "美咲さん",
    "翔太さん、…" (Japanese さん / ちゃん / くん / 様), "婷婷，你好" (a Chinese greeting line): two or three Han
    characters, no common word, no role ("店員さん", "運転手さん", "老师，你好")."""
    if honorific not in ("ん", "様", "好") or not 2 <= len(value) <= 3 or not all("\u3400" <= c <= "\u9fff" or c == "\u3005"
                                                                               for c in value):
        return False
    return value not in CJK_COMMON and value not in CHINESE_NOT_NAMES and value[-1] not in CJK_ROLE_ENDS \
        and value[:2] not in CJK_COMMON


def _cjk_given_part(value: str) -> str:
    """The given name of a full Chinese or Japanese name ("陈志强": "志强"; "佐藤 健太", "佐藤健太": "健太"), or ""
    when it has no clear one: two characters at least, a Han one among them, and no common word."""
    parts = value.replace("\u3000", " ").split(" ")
    if len(parts) == 2 and (parts[0] in JAPANESE_FAMILY or parts[0] in CHINESE_FAMILY_HAN):
        given = parts[1]
    elif len(parts) == 1 and len(value) == 3 and value[0] in CHINESE_FAMILY_HAN and value[:2] not in JAPANESE_FAMILY:
        given = value[1:]
    elif len(parts) == 1 and len(value) == 4 and value[:2] in JAPANESE_FAMILY:
        given = value[2:]
    else:
        return ""
    if len(given) < 2 or HAN_LETTER.search(given) is None or given in CHINESE_NOT_NAMES:
        return ""
    return given


def _cjk_prose_name(value: str, chinese: bool = True) -> bool:
    """A name in Han script in prose: two to four characters (or two parts with a blank), a listed Japanese family
    name first (one of one character, "森", "原", only before more: "原因" is a word), or, ``chinese``, a listed
    Chinese family name; not a common word, nor one that starts with one ("高级会员"), nor a phrase ("江苏人")."""
    bare = value.replace(" ", "").replace("\u3000", "")
    if not 2 <= len(bare) <= 6 or value in CHINESE_NOT_NAMES or bare[-1] in "人的了吗呢吧们":
        return False
    if bare[:2] in CHINESE_NOT_NAMES or bare[:3] in CHINESE_NOT_NAMES or bare[-2:] in CJK_COMMON:
        return False
    family = next((f for f in (bare[:3], bare[:2], bare[:1]) if f in JAPANESE_FAMILY), "")
    japanese = bool(family) and (len(family) > 1 or len(bare) > 2 or bare != value)
    if not japanese and chinese and len(bare) <= 4:
        family = bare[:2] if bare[:2] in CHINESE_COMPOUND_FAMILY else bare[0] if bare[0] in CHINESE_FAMILY_HAN else ""
    elif not japanese:
        return False
    # a family name first, not a firm named after one ("山田商事")
    return bool(family) and not bare[len(family):].endswith(CJK_FIRM_ENDS)

#: A Japanese name as it is written with a blank between its parts ("伊藤 美咲", "高橋　真由美"): a listed family name
#: and one to three kanji or kana; anywhere (a code comment, a roster), as common words are not spaced so (a family
#: name of one character, 林 森 原, is a word as often: not without a cue)
HAN_LETTER = regex.compile(r"[\u3400-\u9fff]")
JAPANESE_SPACED_NAME = regex.compile(
    r"(?<![\u3040-\u30ff\u3400-\u9fff])(" + "|".join(sorted((f for f in JAPANESE_FAMILY if len(f) > 1), key=len, reverse=True))
    + r")[ \u3000]([\u3400-\u9fff][\u3040-\u309f\u3400-\u9fff]{0,2}|[\u3040-\u309f]{2,3})(?![\u3040-\u30ff\u3400-\u9fff])")
#: Honorifics written onto a name in Japanese, Chinese or Korean ("伊藤様", "김하늘님")
_CJK_HONORIFIC_ENDS = ("さま", "さん", "先生", "女士", "小姐", "様", "殿", "님", "씨")


def _greeted_name(value: str, exclaimed: bool) -> str:
    """The addressee's name in ``value``, the words after a greeting and a comma (``NATIVE_GREETING_COMMA``), or ""
    if they are no name: in CJK script a family name first (``_cjk_prose_name``, ``_korean_prose_name``; an
    honorific written onto the name is cut off); in a spaced script one word only if it is a listed given name,
    else two to four words, none a common word nor one that greets a group, and either a listed name among them
    or the greeting ``exclaimed`` ("…, <name>!", "…, <name> (…)"): a short sentence may end the line after a
    greeting too ("مرحباً، طلبك جاهز")."""
    script = _script(value[0])
    if script in ("han", "hangul"):
        for h in _CJK_HONORIFIC_ENDS:
            if value.endswith(h) and len(value) > len(h) + 1:
                value = value[:-len(h)].rstrip(" \u3000")
                break
        if script == "hangul":
            return value if _korean_prose_name(value) else ""
        if not _native_shape(value):
            return ""
        parted = " " in value or "\u3000" in value  # family and given name apart ("中村 直人"): no phrase
        return value if (_native_listed(value) if parted else _cjk_prose_name(value)) else ""
    words = value.split(" ")
    if any(w in NATIVE_COMMON or w in GREETING_GROUP_WORDS for w in words):
        return ""
    if len(words) == 1 or not exclaimed:
        return value if _native_listed(value) and _native_shape(value, single=True) else ""
    return value if _native_shape(value) else ""


#: A label of a list of people (a meeting's attendees, a mail's Cc), then the items before the value, each up to
#: a comma ("**Attendees:** Ana Lima, …, "): every item is a person
LIST_LABEL_BEFORE = regex.compile(
    r"(?:(?i:\b(?:attendees|participants|present|invitees|cc))|出席者|参加者|参会人员?|与会者|与会人员|참석자|참가자|"
    r"משתתפים|נוכחים|الحضور|المشاركون|الحاضرون|प्रतिभागी|उपस्थित|ผู้เข้าร่วม(?:ประชุม)?|شرکت‌کنندگان|شرکت[ ]کنندگان|"
    r"حاضرین)[ \t]*\**[ \t]*[:：][ \t]*\**[ \t]*(?:[^,，、;；\n:：]{1,40}[,，、;；][ \t]*){1,12}$")
#: A LaTeX heading's command before its text ("\\section*{", "\\chapter{")
LATEX_HEADING_BEFORE = regex.compile(r"\\(?:section|chapter)\*?\{$")
#: A contact detail: an e-mail's "@", a "mailto:" or "tel:" link, a phone number (nine digits at least, so that
#: "2015 - 2019" is none)
CV_CONTACT = regex.compile(r"@|mailto:|tel:|\+?\d[\d ()./-]{7,16}\d")


#: Words of a CV's sections that may come first and be followed by the contact details ("Personal information",
#: "Contact", "Profile", "Summary", "Curriculum vitae") in the spaced scripts
CV_SECTION_WORDS = frozenset("""
معلومات الاتصال الشخصية البيانات بيانات شخصية نبذة الملف الشخصي الهدف الوظيفي الخبرة المؤهلات التعليم المهارات
السيرة الذاتية التواصل
اطلاعات تماس شخصی مشخصات فردی رزومه سوابق تحصیلات مهارت‌ها درباره خلاصه
פרטים אישיים פרטי קשר יצירת תקציר קורות חיים השכלה ניסיון תעסוקתי כישורים מטרה פרופיל אודות
व्यक्तिगत जानकारी संपर्क विवरण प्रोफ़ाइल सारांश उद्देश्य शिक्षा अनुभव कौशल परिचय बायोडाटा
ข้อมูลส่วนตัว ข้อมูลติดต่อ ประวัติส่วนตัว ประวัติการศึกษา ประสบการณ์ทำงาน ทักษะ ข้อมูล ติดต่อ ประวัติ
""".split())


def _cv_heading(text: str, hs: int, e: int, value: str) -> bool:
    """The LaTeX heading ``value`` (its command at ``hs``, its text ending at ``e``) is a CV's name: the document's
    first heading, shaped as a name (in CJK a family name first), and a contact detail within the next lines
    ("\\section*{…}", then the phone and the e-mail), where a CV's first section ("Education", "ניסיון תעסוקתי")
    lists schools and years."""
    if text.rfind("\\section", 0, hs) >= 0 or text.rfind("\\chapter", 0, hs) >= 0:
        return False
    if not _native_shape(value) or _script(value[0]) in ("han", "hangul") and not _native_listed(value) \
            or any(w in CV_SECTION_WORDS for w in value.split(" ")):
        return False
    return any(m.group() in ("@", "mailto:", "tel:") or sum(c.isdigit() for c in m.group()) >= 9
               for m in CV_CONTACT.finditer(text, e, e + 300))


#: Endings of a team's, a desk's or an office's name in Chinese and Japanese ("运维组", "后端团队", "客服中心")
CJK_UNIT_ENDS = CJK_FIRM_ENDS + ("组", "組", "团队", "團隊", "小组", "中心", "队", "隊", "处", "處", "班", "チーム", "係")


def _cjk_unit(value: str) -> bool:
    """``value`` in Han or Hangul script names a team or an office (``CJK_UNIT_ENDS``, ``KOREAN_UNIT_ENDS``): a
    person label's value ("值班：运维组", "담당자: 배송팀") that names no person."""
    script = _script(value[0])
    if script == "hangul":
        return len(value) > 1 and value[-1] in KOREAN_UNIT_ENDS and not _korean_prose_name(value)
    return script == "han" and " " not in value and value.endswith(CJK_UNIT_ENDS)


def _keyed_elsewhere(text: str, s: int, e: int) -> bool:
    """The value at ``s:e`` under a "value" / "text" key is a person's name by another key: the pair's key before it
    (``NATIVE_PAIR_BEFORE``), the answered field's reference after it (``NATIVE_FIELD_AFTER``), or a FHIR HumanName's
    parts before it in the same object (``NATIVE_HUMAN_NAME``)."""
    wide = text[max(0, s - 300):s]
    pair = NATIVE_PAIR_BEFORE.search(wide, max(0, len(wide) - 160))
    if pair is not None:
        return NATIVE_THING_KEY.search(pair.group(1)) is None
    field = NATIVE_FIELD_AFTER.match(text, e, e + 300)
    if field is not None:
        return NATIVE_THING_KEY.search(field.group(1)) is None
    return NATIVE_HUMAN_NAME.search(wide) is not None


def _person_label(label: str) -> bool:
    """``label`` (a form field's label, stripped) asks for a person: it, or its last word, is one of
    ``PERSON_LABELS``, and no word of it names a thing ("Company name", "File name")."""
    low = " ".join(label.lower().replace("_", " ").split())
    if not low or len(low) > 40:
        return False
    if low in PERSON_LABELS:
        return True
    words = low.replace("/", " ").split(" ")
    if any(w in THING_LABEL_WORDS for w in words):
        return False
    return words[-1] in PERSON_LABELS or low.replace(" ", "") in PERSON_LABELS
#: The label before a value, up to its colon ("**Employee:** ", "Parent/guardian:    ", "받는 사람: "): words
#: after the line's start or a separator (in CJK a sentence's full stop: "……已恢复。值班：…"), 40 characters at most
LABEL_TAIL = regex.compile(r"([^\s:：|·,;()<>*\[\]【】\"'=。，；！？][^:：|·,;()<>*\[\]【】\t\n\"'=。，；！？]{0,39}?)[ \t]*\**[ \t]*"
                           r"[:：]"
                           r"[ \t]*\**[ \t]*$")
#: A numbered list's or a form's item number before a label ("1. ", "2) ", "a. ")
LIST_MARK = regex.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)][ \t]+")
#: Labels of a field for a given or a family name alone: there one word is the whole name
SINGLE_NAME_LABELS = frozenset(" ".join(p.split()) for p in """
first name|last name|given name|given names|family name|surname|forename|middle name|maiden name|birth name
|vorname|nachname|prénom|nom de famille|apellido|apellidos|cognome|nome|sobrenome|voornaam|achternaam|imię
|nazwisko|förnamn|efternamn|fornavn|etternavn|efternavn|etunimi|sukunimi|ad|adı|soyad|soyadı|jméno|příjmení
|prenume|nume|όνομα|επώνυμο|имя|фамилия|firstname|lastname|givenname|familyname|姓|名|이름|성|ชื่อ|นามสกุล
|نام|الاسم الأول|اسم العائلة|שם פרטי|שם משפחה|पहला नाम|उपनाम
""".replace("\n", "").split("|"))


#: The words of a run that may mark the run's words around them (``NameDetector._judge_run``), lower case and folded
_RUN_KEYS = frozenset(w.lower() for w in VENDOR_WORDS | TEAM_WORDS) | STORM_WORDS | frozenset(IDIOMS) | MONTHS


class NameDetector:
    name = "names"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = options or {}
        self.min_score = float(options.get("min_score", 0.0))
        self.single_first = bool(options.get("single_first_names", True))
        self.extra = frozenset(fold(str(w)) for w in options.get("extra_names", []))
        self.not_names = NOT_NAMES_DEFAULT | frozenset(fold(str(w)) for w in options.get("not_names", []))
        extra_ctx = [str(w).strip() for w in options.get("context_words", []) if str(w).strip()]
        self.extra_context = (
            regex.compile(r"(?i:\b(?:" + "|".join(regex.escape(w) for w in extra_ctx) + r"))[ \t]*[:,]?[ \t]*$")
            if extra_ctx else None
        )
        self._cache: dict[str, int] = {}
        self._lower = False

    def classify(self, token: str) -> int:
        cls = self._cache.get(token)
        if cls is None:
            cls = self._classify(token)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[token] = cls
        return cls

    def _classify(self, token: str) -> int:
        low = fold(token)
        if low in self.not_names or token.lower() in FOREIGN_WORDS or low in TOOL_NAMES:
            return WORD
        if low in self.extra:
            return STRONG_FIRST
        if not low.isascii():  # "Łukasz", "Yılmaz", "Søren": letters that NFKD does not take apart
            low = low.translate(_LETTER_FOLD)
        first, last, ambiguous, words = load_lists()
        if len(low) > 3 and low[1] in "'’" and low[0] in "od" and low[2:].isalpha():
            # "O'Connell", "D'Angelo": an Irish or Italian surname's form; the lists (census spellings) hold
            # "oconnell", "dangelo", or the name after the apostrophe
            rest = low[2:]
            if low[0] == "o" or any(_has(arr, zlib.crc32(w.encode("utf-8")))
                                    for arr in (first, last) for w in (low[0] + rest, rest)):
                return STRONG_LAST
        parts = [p for p in low.replace("’", "'").replace("-", " ").split() if p]
        if len(parts) > 1:  # Jean-Luc, Smith-Jones: a name if any part is
            if any(p in FOREIGN_WORDS or p in TOOL_NAMES for p in parts) or "-" in low and parts[-1] in EPONYM_HEADS:
                return WORD  # "Wi-Fi-Passwort", "Büro-Telefon": a label's compound; "Kalman-Filter": a method
            classes = [self._classify(p.capitalize()) for p in parts]
            if classes[0] == STRONG_FIRST or STRONG_FIRST in classes and STRONG_LAST not in classes:
                return STRONG_FIRST  # (a surname first, then a given name: "Schulze-Berndt", a double surname)
            if STRONG_LAST in classes:
                return STRONG_LAST
            return WEAK if WEAK in classes else UNKNOWN if UNKNOWN in classes else WORD
        k = zlib.crc32(low.encode("utf-8"))
        if _is_major_place(low) or low in ENDONYMS:
            return PLACE
        is_first, is_last = _has(first, k), _has(last, k)
        if is_first or is_last:
            if _has(ambiguous, k):
                return WEAK
            return STRONG_FIRST if is_first else STRONG_LAST
        if low in SUPPLEMENTARY_FIRST:
            return WEAK if _has(words, k) else STRONG_FIRST
        if low in VIETNAMESE_GIVEN and not _has(words, k):
            return STRONG_FIRST  # "Duc", "Khoa" (not "Long", "Tan": those stay words outside ``_vietnamese``)
        if _has(words, k) or any(_has(words, zlib.crc32(stem.encode())) for stem in _stems(low)):
            return WORD
        if low.endswith(NOUN_ENDINGS) and any(low.endswith(x) and len(low) > len(x) + 2 for x in NOUN_ENDINGS):
            return WORD  # Bestellung, Información: a noun of its language
        return UNKNOWN

    def detect(self, text: str) -> list[Finding]:
        out = self._unmarked(text)
        if out:  # a time-zone table, a locale's territory, a translated string: no person in them
            out = [f for f in ReferenceText(text).keep(out) if not self._foreign_word(text, f)]
        if out:  # one word after a company and its comma on a copyright line is its town ("Digital Equipment
            # Corporation, Maynard, Massachusetts"), public (see _licence; a look at 160 characters a finding)
            out = [f for f in out if " " in text[f.start:f.end] or not after_company(text, f.start)]
        if out:
            out = [self._with_capital_surname(text, f) for f in out]
        if out:  # "Inspired by Alan Turing", "Floyd-Warshall": a public figure cited, an algorithm's eponyms;
            # "Hugo Boss", "Ernst & Young": a firm; "Alice encrypts ... with Bob's key": a protocol's party
            out = [f for f in out if not (_eponyms(text[f.start:f.end]) or _protocol_party(text, f.start, f.end))]
            out = [k for f in out for k in self._without_known_phrase(text, f)]
        if out:  # "less than Emin" in the docstring of a class that sets ``self.Emin``: the code's identifier;
            # "am 26. Mai 2025": a month
            memo: dict[tuple[str, int], bool] = {}
            out = [f for f in out if f.rule_id != "person-name" or not text[f.start:f.end].isalpha()
                   or not (f.score < 0.8 and _identifier_elsewhere(text, f.start, text[f.start:f.end], memo)
                           or _month_in_date(text, f.start, f.end))]
        return out

    def _without_known_phrase(self, text: str, f: Finding) -> list[Finding]:
        """``f`` less a public figure's or a firm's name that overlaps it (``_known_phrase``), unless that stands on
        a contact's line (then a namesake's). What is left of ``f`` outside the phrase stays a finding only if it
        holds a listed name ("Voor Albert Heijn", "Zoals Kent Beck": a sentence's first word, no name)."""
        if " " not in text[f.start:f.end] and (f.end - f.start < 2 or not text[f.start - 1:f.start].isspace()
                                               and not text[f.end:f.end + 1].isspace()):
            return [f]  # (a word alone with no blank either side: no phrase around it)
        span = _known_phrase(text, f.start, f.end)
        if span is None or _contact_line(text, f.start):
            return [f]
        kept = []
        for a, b in ((f.start, min(f.end, span[0])), (max(f.start, span[1]), f.end)):
            words = text[a:b].split()
            if words and any(self.classify(w.strip(".,")) in (STRONG_FIRST, STRONG_LAST) for w in words):
                a += len(text[a:b]) - len(text[a:b].lstrip())
                b -= len(text[a:b]) - len(text[a:b].rstrip())
                kept.append(Finding(a, b, f.category, f.type, f.rule_id, f.score))
        return kept

    def _with_capital_surname(self, text: str, f: Finding) -> Finding:
        """``f`` with the surname written in capitals beside it, as French, Japanese and passport styles write
        it ("Jean DUPONT", "Marie MARTIN", "NAKAMURA Daisuke"): the word is a listed surname or given name (after
        the name, also a word a name can be: MARTIN, PETIT), never a role's acronym ("CEO Anna Lee")."""
        start, end = f.start, f.end
        for _ in range(2):  # ("José GARCÍA LÓPEZ")
            m = CAPS_WORD_AFTER.match(text, end)
            if m is None or m.group(1) in ROLE_CAPS or self.classify(m.group(1).capitalize()) not in (WEAK, STRONG_FIRST, STRONG_LAST):
                break
            end = m.end()
        for _ in range(2):
            m = CAPS_WORD_BEFORE.search(text, max(0, start - 32), start)
            if m is None or m.group(1) in ROLE_CAPS or self.classify(m.group(1).capitalize()) not in (STRONG_FIRST, STRONG_LAST):
                break
            start = m.start(1)
        return f if (start, end) == (f.start, f.end) else Finding(start, end, f.category, f.type, f.rule_id, f.score)

    @staticmethod
    def _foreign_word(text: str, f: Finding) -> bool:
        """A weak finding of one word (a lone first name, a speaker's label) that is the first word of a
        sentence of another language (``_foreign_sentence_word``); a speaker who speaks twice stays a name."""
        if f.score > 0.6 or f.rule_id != "person-name" or not text[f.start:f.end].isalpha():
            return False
        label = "\n" + text[f.start:f.end] + ": "
        if text[f.end:f.end + 2] == ": " and text.count(label, max(0, f.start - _NEAR), f.end + _NEAR) > 1:
            return False
        return _foreign_sentence_word(text, f.start, f.end)

    def _unmarked(self, text: str) -> list[Finding]:
        """The findings of the scan of capitalised words and of ``_marked_names``, one per name."""
        out = self._detect_words(text)
        marked = self._marked_names(text)
        if 0.8 >= self.min_score:
            self._register_names(text, out, marked)
        if not marked:
            return out
        # a marked name replaces the findings inside it ("Al-Haddad" of "— Layla Al-Haddad") and is dropped
        # where a finding already holds it (the same span too)
        held, same = _holder(marked), {(m.start, m.end) for m in marked}
        keep = [f for f in out if (f.start, f.end) in same or not held(f)]
        held = _holder(keep)
        keep += [m for m in marked if not held(m)]
        keep.sort(key=lambda f: f.start)
        return keep

    def _marked_names(self, text: str) -> list[Finding]:
        """The names that the scan of capitalised words does not see, each marked by what surrounds it: in
        capitals after an address label or in a court caption, after a name key's "=", after a sign-off's dash
        or slash, and in the scripts of ``_NATIVE_LETTERS`` after their cues (``_native_names``)."""
        out: list[Finding] = []
        if 0.6 < self.min_score:
            return out
        self._upper_names(text, out)
        self._keyed_names(text, out)
        self._signoffs(text, out)
        self._credit_lines(text, out)
        if not text.isascii():
            self._native_names(text, out)
        return [f for f in out if f.score >= self.min_score]

    def _upper_names(self, text: str, out: list[Finding]) -> None:
        """``UPPER_LABELLED`` and ``UPPER_CAPTION``: a person's name in capitals. After an address label, its
        words must hold a listed name and no ordinary word nor a company's ("TO: ALL STAFF", "FROM: ACME
        LOGISTICS GMBH" are none), and not be a place together ("SAN FRANCISCO"); a caption's "an individual"
        says it is a person, so only an ordinary word or a company's there keeps it out. ``UPPER_GATE`` also
        finds a passenger's ``SLASH_NAME``, a ``LAST_FIRST_TIME`` chat header and an MT940 entry's details
        (``MT940_NAME``), whose counterparty must hold a listed name too."""
        lines = set()
        for g in UPPER_GATE.finditer(text):
            ls = text.rfind("\n", 0, g.start()) + 1
            if ls in lines:
                continue
            lines.add(ls)
            if g.lastgroup == "time":
                self._last_first_time(text, ls, out, text.find(", ", ls, g.start()) >= 0)
                continue
            if g.lastgroup == "mt":  # the entry's details run to the next field (":62F:", ":61:")
                stop = text.find("\n:", g.end())
                for m in MT940_NAME.finditer(text, g.end(), len(text) if stop < 0 else stop + 1):
                    if self._upper_person(m.group(1), listed=True):
                        out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))
                continue
            m = UPPER_LABELLED.match(text, ls)
            if m is not None and self._upper_person(m.group(1), listed=True):
                out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))
            elif text.find("/", g.start(), g.start() + 40) >= 0:
                m = SLASH_NAME.match(text, ls)
                if m is not None:
                    parts = m.group(1).replace("/", " ").split(" ")
                    if sum(len(p) for p in parts) >= 6 and self._upper_person(" ".join(parts), listed=False):
                        out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))
        if holds_any(text, CAPTION_WORDS):
            seen = set()
            for g in CAPTION_GATE.finditer(text):
                # the caption's line: the gate's own for "an individual", the one before a party's role
                at = g.start() if text[g.start()] == "," else g.start() - 1
                ls = text.rfind("\n", 0, max(at, 0)) + 1
                if ls in seen:
                    continue
                seen.add(ls)
                m = UPPER_CAPTION.match(text, ls)
                if m is None:
                    continue
                # "an individual" is evidence enough; a party on its own ("..., Plaintiff,") needs a listed name
                g = 1 if m.group(1) else 3
                # (the lists hold names in Latin letters only: one in Cyrillic or Greek capitals needs none)
                latin = any("A" <= c <= "Z" for c in m.group(g))
                if self._upper_person(m.group(g), listed=m.group(2) is None and latin):
                    out.append(Finding(m.start(g), m.end(g), "pii", "PERSON", "person-name", 0.8))

    def _keyed_names(self, text: str, out: list[Finding]) -> None:
        """``KEYED_GATE``, ``KEYED_KEY``, ``KEYED_VALUE``: a name after a name key's "=". Its words must not be
        ordinary ones; one must be listed, unless the key asks for a given or a family name alone (then one
        word will do: "surname=Quast"); and a common name (``CN=``) must read as a person's, not a server's."""
        from urllib.parse import unquote_plus

        for g in KEYED_GATE.finditer(text):
            p = g.start()
            if not text[p - 8 if p > 8 else 0:p].lower().endswith(KEYED_TAILS):
                continue  # most "=" before a capital: an assignment in code ("x=Foo(")
            key = KEYED_KEY.search(text, max(0, p - 32), p)
            if key is None:
                continue
            m = KEYED_VALUE.match(text, p + 1)
            if m is None:
                continue
            words = [w for w in unquote_plus(m.group(1)).split(" ") if w and w not in PARTICLES]
            classes = [self.classify(w) for w in words]
            k = key.group().lower()
            if NATIVE_THING_KEY.search(k) is not None:
                continue  # "filename=", "hostname=", "company_name="
            alone = k.endswith(("first_name", "firstname", "last_name", "lastname", "surname", "forename",
                                "vorname", "nachname", "prenom", "apellido", "apellidos", "cognome", "sobrenome",
                                "imie", "nazwisko", "given_name", "givenname", "family_name", "familyname"))
            if WORD in classes or any(fold(w) in LEGAL_WORDS for w in words) \
                    or not (_reads_as_name(classes) or alone and len(words) == 1 and PLACE not in classes):
                continue
            if len(words) > 1 and _is_place(" ".join(words)) or LEGAL_FORM_AFTER.match(text, m.end(1)) is not None:
                continue  # a place; a company's name before its legal form ("CN=Acme America, Inc.")
            out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))

    def _last_first_time(self, text: str, ls: int, out: list[Finding], comma: bool) -> None:
        """``LAST_FIRST_TIME`` (or, with no comma, ``FIRST_LAST_TIME``) on the line at ``ls``: no word of the
        name an ordinary one or a place."""
        m = (LAST_FIRST_TIME if comma else FIRST_LAST_TIME).match(text, ls)
        if m is None:
            return
        words = [w for w in m.group(1).replace(",", "").split(" ") if w not in PARTICLES]
        classes = [self.classify(w) for w in words]
        if not comma and not _listed_given(words[0]):
            return  # "Daily Standup  9:30": an agenda's line; a header in this order starts with a given name
        if WORD not in classes and PLACE not in classes and (_reads_as_name(classes) or UNKNOWN in classes
                                                             or len(words) < m.group(1).count(" ") + 1):
            # (words that are names and words both, a particle between them: "Sander van den Berg  08:15")
            out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))

    def _register_names(self, text: str, found_names: list[Finding], out: list[Finding]) -> None:
        """``REGISTER_HEADER`` and ``REGISTER_ROW``: the "Last, First" rows under a register's name column, up to a
        blank line; the header says the column holds names, so a word of the lists need not be there, but the
        rows must not be ordinary words ("Total, All", "Page, Continued") and at least two must read so. Looked
        for only above a name already found that opens a line and is followed or preceded by ", " (a row's
        "Last, First"): no pass over a text without one."""
        headers: set[int] = set()
        for f in found_names:
            if text[f.end:f.end + 2] != ", " and text[f.start - 2:f.start] != ", ":
                continue
            ls = text.rfind("\n", 0, f.start) + 1
            if text[ls:f.start].strip(" \t,") and REGISTER_ROW.match(text, ls) is None:
                continue
            # the header: among the 60 lines above
            pos = ls
            for _ in range(60):
                if pos <= 0:
                    break
                prev = text.rfind("\n", 0, pos - 1) + 1
                if REGISTER_HEADER.match(text, prev) is not None:
                    headers.add(prev)
                    break
                if not text[prev:pos].strip():
                    break
                pos = prev
        for hs in sorted(headers):
            pos, found = text.find("\n", hs) + 1, []
            while pos < len(text) and len(found) < 500:
                le = text.find("\n", pos)
                le = len(text) if le < 0 else le
                if not text[pos:le].strip():
                    break
                m = REGISTER_ROW.match(text, pos, le + 1 if le < len(text) else le)
                if m is None and text[pos:le].strip(" \t-=_*") and found:
                    pos = le + 1
                    continue
                if m is not None:
                    words = [w for w in re.split(r"[ ,-]+", m.group(1)) if w and w.lower() not in PARTICLES]
                    classes = [self.classify(w) for w in words]
                    if classes.count(WORD) < len(classes) - 1 and not any(fold(w) in LEGAL_WORDS for w in words):
                        found.append(m.span(1))
                pos = le + 1
            if len(found) >= 2:
                out.extend(Finding(a, b, "pii", "PERSON", "person-name", 0.8) for a, b in found)

    def _upper_person(self, run: str, listed: bool) -> bool:
        words = [w for w in run.split(" ") if w.lower() not in PARTICLES and not w.endswith(".")]
        if not words or any(fold(w) in LEGAL_WORDS for w in words):
            return False
        classes = [self.classify(w) for w in words]
        if WORD in classes:
            return False
        if not listed:
            return True
        if not _reads_as_name(classes):
            return False
        return not _is_place(run)

    def _credit_lines(self, text: str, out: list[Finding]) -> None:
        """The maintainer of a Debian changelog entry (``DEBIAN_TRAILER``: any words but a team's) and the holder
        of a copyright notice (``COPYRIGHT_HOLDER``) whose first word is a listed first name and whose words are
        no company's, team's or place's ("Copyright (C) 2001 Acme Software" is none): the census lists hold
        neither "Havoc" nor "Lane" as a name alone, but these lines name people by their format."""
        if text.startswith(" -- ") or holds_any(text, ("\n -- ",)):
            for m in DEBIAN_TRAILER.finditer(text):
                words = m.group(1).split()
                if len(words) <= 5 and not any(fold(w.strip(".,()")) in CREDIT_ORG_WORDS for w in words):
                    out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))
        lines = _lines_holding(text, COPYRIGHT_MARKS)
        if not lines:
            return
        for m in (m for a, b in lines for m in COPYRIGHT_HOLDER.finditer(text, a, b)):
            words = m.group(1).split(" ")
            if any(fold(w) in CREDIT_ORG_WORDS for w in words) or self.classify(words[-1]) == PLACE \
                    or not _listed_given(words[0]) or _is_place(m.group(1)):
                continue
            out.append(Finding(m.start(1), m.end(1), "pii", "PERSON", "person-name", 0.8))

    def _signoffs(self, text: str, out: list[Finding]) -> None:
        """A name that signs a post or a quote after a dash or a slash: at the start of a line ("— Ana Lima",
        "/Gunnar"), after a sentence's end ("Thanks! — Ana Lima, 0151 ...", "Any ideas? /Gunnar Lindqvist"), or
        after a blank at the end of a line ("works now -- Ana Lima"). A single hyphen counts after a
        sentence's end only (at a line's start it is a list's bullet). The words must read as a name: one
        word a listed first name; of two or three, one listed without doubt (one ordinary word may then
        stand before the last), an ambiguous one beside an unknown one, or all unknown ("— Zorbaq
        Quenti"); not a place, and not ending with an ordinary word ("— Visual Studio", "/Program Files")."""
        for m in SIGNOFF_MARK.finditer(text):
            s = m.start()
            mark = m.group().rstrip(" \t")
            if mark not in SIGNOFF_MARKS:
                continue  # "—-", "/-"
            before = text[max(0, s - 80):s]
            line = before.rpartition("\n")[2]
            if not line.strip(" \t>"):
                where = "start"
            elif line[-1:] in " \t" and line.rstrip(" \t")[-1:] in _SENTENCE_END:
                where = "sentence"
            elif line[-1:] in " \t" and mark != "-":
                where = "blank"
            else:
                continue
            if mark == "-" and where == "start":
                continue
            n = SIGNOFF_NAME.match(text, m.end())
            if n is None:
                continue
            end = SIGNOFF_END.match(text, n.end())
            if end is None or where == "blank" and end.group().strip(" \t\r") not in ("", "\n"):
                continue
            score = self._signoff_score(n.group())
            if score:
                out.append(Finding(n.start(), n.end(), "pii", "PERSON", "person-name", score))

    def _signoff_score(self, run: str) -> float:
        words = [w for w in run.split(" ") if w.lower() not in PARTICLES]
        classes = [self.classify(w) for w in words]
        if len(words) == 1:
            return 0.8 if classes[0] == STRONG_FIRST else 0.0
        strong = STRONG_FIRST in classes or STRONG_LAST in classes
        if classes[-1] == WORD or classes.count(WORD) > (1 if strong else 0) or words[-1].lower() in LEGAL_WORDS:
            return 0.0  # "— Visual Studio", "/Program Files"
        if not (strong or _reads_as_name(classes) or classes.count(UNKNOWN) == len(classes)):
            return 0.0  # places and ambiguous words ("— New York", "— All Staff")
        if _is_place(run):
            return 0.0
        return 0.8 if strong and WORD not in classes else 0.7 if strong or WEAK in classes else 0.6

    def _native_names(self, text: str, out: list[Finding]) -> None:
        """Names in the scripts of ``_NATIVE_LETTERS`` (the lists know none): after a form's name label
        (``NATIVE_LABELLED``), in a self-introduction (``NATIVE_INTRO``), as a chat log's speaker (``CJK_SPEAKER``),
        in a chat export's layout, after the cues of ``_native_fields``, in a name column (``_native_columns``).
        Scripts without blanks between words give no word boundary to find the name by elsewhere, so each name
        found is found again wherever the text repeats it ("赵子涵：赵子涵，手机 ...")."""
        names: dict[str, float] = {}
        speakers: dict[str, int] = {}
        talk: dict[str, int] = {}
        rows: dict[str, int] = {}
        for ls, le, ascii_only in line_stretches(text):
            if ascii_only or NATIVE_LETTER.search(text, ls, le) is None:
                continue
            self._chat_export_line(text, ls, le, names, rows)
            self._native_fields(text, ls, le, names, talk)
            self._native_prose(text, ls, le, names)
            for m in NATIVE_LABELLED.finditer(text, ls, le):
                value = m.group(1)
                if len(value.replace(" ", "")) >= 2 and value not in NATIVE_NO_NAME:
                    _offer(names, value, 0.85)
            for m in NATIVE_INTRO.finditer(text, ls, le):
                value = m.group(m.lastindex or 1)
                _offer(names, value, 0.8)
            for m in NATIVE_LABELLED_SPACED.finditer(text, ls, le):
                value = m.group(1)
                if _native_value(value):
                    _offer(names, value, 0.8)
            if "저는" in text[ls:le]:
                for m in KOREAN_INTRO.finditer(text, ls, le):
                    if _korean_name(m.group(1)):
                        _offer(names, m.group(1), 0.8)
            for m in KOREAN_ANSWER.finditer(text, ls, le):
                if _korean_name(m.group(1)) and KOREAN_NAME_ASKED.search(text, max(0, m.start() - 300), m.start(1)):
                    _offer(names, m.group(1), 0.75)
            for m in ARABIC_INTRO.finditer(text, ls, le):
                words = m.group(2).split(" ")
                if any(w in ARABIC_NOT_NAME for w in words):
                    continue
                if m.group(1) in ("أنا", "انا") and (len(words) < 2 or words[0] not in ARABIC_GIVEN):
                    continue  # "أنا سعيد" (I am happy): after "I am", only a listed given name and a surname
                _offer(names, m.group(2), 0.8)
            if any(v in text[ls:le] for v in QUOTE_VERBS):
                for m in QUOTE_HEADER.finditer(text, ls, le):
                    value = m.group(m.lastindex or 1)
                    if _native_shape(value) and (_script(value[0]) not in ("han", "hangul") or _native_listed(value)):
                        _offer(names, value, 0.8)
            for m in CJK_SPEAKER.finditer(text, ls, le):
                value = m.group(1)
                if (value[0] in CHINESE_FAMILY_HAN or value[:2] in CHINESE_COMPOUND_FAMILY) \
                        and value not in CJK_SPEAKER_WORDS:
                    speakers[value] = speakers.get(value, 0) + 1
        for value, turns in speakers.items():
            if len(value) > 2 or turns > 1:  # a name of two characters must speak twice: it may be a word
                _offer(names, value, 0.8)
        chat = any(n > 1 for n in rows.values())  # a LINE conversation: someone speaks twice
        for value in rows:
            if chat or _native_listed(value):
                _offer(names, value, 0.8)
        if sum(talk.values()) > 1:  # a conversation: two lines at least open with a speaker's name
            for value in talk:
                _offer(names, value, 0.8)
        self._native_columns(text, names, out)
        lent: dict[str, str] = {}  # a given name -> the full name that lent it
        for value, score in list(names.items()):
            given = _cjk_given_part(value) if score >= 0.8 else ""
            if given and given not in names:  # "尊敬的陈志强：" ... "志强将在星期五前…": the given name alone
                lent[given] = value
                _offer(names, given, 0.7)
        for value, score in names.items():
            # Arabic, Hebrew and Devanagari script part their words with blanks: there a repeat must be whole
            # words (Thai writes a sentence's words together, CJK every word)
            whole = _script(value[0]) in ("arabic", "hebrew", "devanagari")
            full = lent.get(value, "")
            i = text.find(value)
            while i >= 0:
                j = i + len(value)
                if full and text.startswith(full, j - len(full)):
                    pass  # the given name inside its full name, found whole
                elif not whole or not (i and SPACED_LETTER.match(text, i - 1) or SPACED_LETTER.match(text, j)):
                    out.append(Finding(i, j, "pii", "PERSON", "person-name", score))
                i = text.find(value, j)

    @staticmethod
    def _native_prose(text: str, ls: int, le: int, names: dict[str, float]) -> None:
        """Names that prose introduces or addresses on the line ``ls:le`` (see ``HINDI_INTRO``): each pattern is
        tried only where its script's letters or its phrase's literal occur."""
        line = text[ls:le]
        if (" " in line or "\u3000" in line) and HAN_LETTER.search(line) is not None:
            for m in JAPANESE_SPACED_NAME.finditer(text, ls, le):  # "# 伊藤 美咲": a family name, a blank, a given name
                given = m.group(2)
                if given not in CJK_COMMON and given not in _CJK_HONORIFIC_ENDS and not given.endswith(_CJK_HONORIFIC_ENDS):
                    _offer(names, m.group(0), 0.75)
        if any(g in line for g in NATIVE_GREETINGS):
            for m in NATIVE_GREETING.finditer(text, ls, le):
                value = m.group(1)
                if not any(w in NATIVE_COMMON for w in value.split(" ")) and _native_listed(value):
                    _offer(names, value, 0.8)
        if any(g in line for g in NATIVE_COMMA_GREETINGS):
            for m in NATIVE_GREETING_COMMA.finditer(text, ls, le):
                value = _greeted_name(m.group(1), text[m.end():m.end() + 1] in ("!", "！", "(", "（"))
                if value:
                    _offer(names, value, 0.8)
        if DEV_ARABIC_LETTER.search(line) is not None:
            if "नाम" in line or "हू" in line:
                for m in HINDI_INTRO.finditer(text, ls, le):
                    kind = "intro" if m.group(1) else "is" if m.group(2) else "of"
                    value = _hindi_name(m.group(m.lastindex or 1).split(" "), kind)
                    if value:
                        _offer(names, value, 0.8)
            for m in NATIVE_ROLE_WORD.finditer(text, ls, le):
                words = m.group(1).split()
                value = _arabic_role_name(words) if _script(words[0][0]) == "arabic" else _hindi_name(words, "role")
                if value:
                    _offer(names, value, 0.75)
        if HANGUL_LETTER.search(line) is not None:
            for m in KOREAN_GREETING_INTRO.finditer(text, ls, le):
                value = m.group(m.lastindex or 1)
                if _korean_prose_name(value):
                    _offer(names, value, 0.8)
            if "님" in line or "씨" in line or "환자" in line or "고객" in line or "회원" in line:
                for m in KOREAN_HONORIFIC.finditer(text, ls, le):
                    value = m.group(m.lastindex or 1)
                    if _korean_prose_name(value):
                        _offer(names, value, 0.8)
        if "です" in line or "申します" in line or "といいます" in line or "ございます" in line:
            for m in JAPANESE_DESU.finditer(text, ls, le):
                if _cjk_prose_name(m.group(1), chinese=False):
                    _offer(names, m.group(1), 0.8)
        if HAN_LETTER.search(line) is None:
            return
        for m in CJK_HONORIFIC.finditer(text, ls, le):
            if _cjk_prose_name(m.group(1)) or _given_name_alone(m.group(1), text[m.end() - 1]):
                _offer(names, m.group(1), 0.8)
        for m in CHINESE_SURNAME_TITLE.finditer(text, ls, le):
            if m.group(1) in CHINESE_FAMILY_HAN:  # the title goes with it, as "Dr." does with "Dr. Ortega"
                _offer(names, m.group(), 0.75)
        for m in CHINESE_PROSE.finditer(text, ls, le):
            if _cjk_prose_name(m.group(1)):
                _offer(names, m.group(1), 0.8)
        if "的" in line:
            for m in CHINESE_DEAR.finditer(text, ls, le):
                if _cjk_prose_name(m.group(1)):
                    _offer(names, m.group(1), 0.8)
        if "邻居" in line or "鄰居" in line or "同事" in line:
            for m in CHINESE_RELATION_SURNAME.finditer(text, ls, le):
                if len(m.group(1)) > 1:
                    if _cjk_prose_name(m.group(1)):  # "交给邻居李秀英。": the full name
                        _offer(names, m.group(1), 0.8)
                elif m.group(1) in CHINESE_FAMILY_HAN:  # with the word, as the title goes with "李医生": one
                    _offer(names, m.group(), 0.75)  # character alone would be found everywhere ("一张纸")
        if "谢" in line or "謝" in line:
            for m in CHINESE_THANKS.finditer(text, ls, le):
                if _cjk_prose_name(m.group(1)):
                    _offer(names, m.group(1), 0.8)
        if "好" in line:
            for m in CHINESE_GREETING.finditer(text, ls, le):
                if _cjk_prose_name(m.group(1)) or _given_name_alone(m.group(1), "好"):
                    _offer(names, m.group(1), 0.8)

    def _native_fields(self, text: str, ls: int, le: int, names: dict[str, float],
                       talk: dict[str, int]) -> None:
        """The runs of ``_NATIVE_LETTERS`` on the line ``ls:le`` that a cue marks as a name (see the section's
        comment); a speaker without a time stamp or a role is counted in ``talk`` (``_native_names`` takes the
        speakers of a conversation, two lines at least)."""
        m = NATIVE_SPEAKER.match(text, ls, le)
        if m is not None:
            value = m.group(2)
            han = _script(value[0]) in ("han", "hangul")
            if _native_shape(value) and (not han or _native_listed(value)):  # not "客服小李" (the desk's agent)
                if m.group(1) or m.group(3):
                    _offer(names, value, 0.8)
                else:
                    talk[value] = talk.get(value, 0) + 1
        m = NATIVE_LAST_FIRST.match(text, ls, le)
        if m is not None:
            value = m.group(1) or m.group(2)
            family, _, given = value.partition(",")
            if value not in CJK_COMMON and family not in CJK_COMMON and _native_listed(family + given.strip()):
                _offer(names, value, 0.8)
        for r in NATIVE_RUN.finditer(text, ls, le):
            s, e = r.span()
            value = r.group()
            if e - s > 40:
                continue
            before = text[max(ls, s - 64):s]
            if CJK_HONORIFIC_AFTER.match(text, e) is not None:  # "高橋さん", "김민준 님"
                if _native_shape(value, single=True) and _native_listed(value):
                    _offer(names, value, 0.8)
                    continue
            if NATIVE_END.match(text, e) is None:
                continue
            score = self._native_cue(text, ls, s, e, value, before)
            if score:
                _offer(names, value, score)

    @staticmethod
    def _native_cue(text: str, ls: int, s: int, e: int, value: str, before: str) -> float:
        """The score of the run ``value`` at ``s:e`` as a name by the cue before or after it (0 for none)."""
        lab = LABEL_TAIL.search(before) if ":" in before or "：" in before else None
        if lab is not None:
            label = LIST_MARK.sub("", lab.group(1).strip(" \t-•*_"))  # "3) שם מלא:": the form's item 3
            if _person_label(label):
                low = " ".join(label.lower().split())
                single = low in SINGLE_NAME_LABELS or low.rpartition("/")[2].strip() in SINGLE_NAME_LABELS
                return 0.85 if _native_shape(value, single=single) and not _cjk_unit(value) else 0.0
        key = NATIVE_KEY_BEFORE.search(before)
        if key is not None and NATIVE_THING_KEY.search(key.group()) is None:
            single = "\\" in key.group() or NATIVE_SINGLE_KEY.search(key.group()) is not None
            return 0.85 if _native_shape(value, single=True) and (_native_shape(value) or single
                                                                   or _native_listed(value)) else 0.0
        if before[-1:] == "{" and text[e:e + 1] == "}":
            heading = LATEX_HEADING_BEFORE.search(before)
            if heading is not None:
                return 0.8 if _cv_heading(text, s - len(before) + heading.start(), e, value) else 0.0
        if NATIVE_VALUE_KEY.search(before) is not None and _keyed_elsewhere(text, s, e):
            return 0.85 if _native_shape(value, single=True) and (_native_shape(value) or _native_listed(value)) \
                else 0.0
        if not _native_shape(value, single=True):
            return 0.0
        if before[-2:].rstrip(" \t")[-1:] in (",", "，", "、", ";", "；") \
                and LIST_LABEL_BEFORE.search(text, max(ls, s - 400), s) is not None:
            # a later item of a list of people after its label ("Attendees: …, …, …")
            han = _script(value[0]) in ("han", "hangul")
            return 0.8 if _native_shape(value) and (not han or _native_listed(value)) else 0.0
        cue = NATIVE_CUE_BEFORE.search(before)
        if cue is not None:
            # one word only after a title ("Dr सिंह"), a whole name after a greeting
            title = cue.group().strip(" \t,.").lower() in ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
                                                              "madam", "herr", "frau", "sr", "sra", "rev", "pc",
                                                              "dc", "sgt", "insp", "det", "capt")
            if _script(value[0]) in ("han", "hangul") and " " not in value and not _native_listed(value):
                return 0.0  # CJK without a family name first: a word ("处理中") as often
            return 0.8 if title or _native_shape(value) else 0.0
        line_before = before.rpartition("\n")[2]
        if not line_before.strip() and ls > 0 and text[e:e + 1] in ("\n", "\r", ""):
            # alone on its line under a label alone on its own ("الاسم الأول / Given names", then the name)
            prev = text[text.rfind("\n", 0, ls - 1) + 1:ls].strip(" \t\r\n:：")
            parts = [" ".join(p.lower().split()) for p in prev.split("/")]
            single = any(p in SINGLE_NAME_LABELS for p in parts)
            if prev and len(prev) <= 60 and (single or any(map(_person_label, parts))):
                return 0.8 if _native_shape(value, single=single) else 0.0
        if not _native_shape(value):
            return 0.0
        if (not line_before.strip() or line_before.rstrip().lower().endswith(("<br>", "<br/>", "<br />"))) \
                and text[e:e + 1] in ("\n", "\r", "<", ""):
            if NATIVE_CLOSING.search(text, max(0, s - 120), s) is not None:
                return 0.8  # under a sign-off, alone on its line
        if NATIVE_MAILBOX_AFTER.match(text, e) is not None \
                and (_script(value[0]) not in ("han", "hangul") or _native_listed(value)):
            return 0.8
        if NATIVE_CUE_AFTER.match(text, e) is not None or not line_before.strip() \
                and NATIVE_ROLE_AFTER.match(text, e) is not None:
            return 0.8
        if _native_listed(value):
            if NATIVE_WEAK_BEFORE.search(before) is not None or NATIVE_ROLE_BEFORE.search(before) is not None \
                    or NATIVE_WEAK_AFTER.match(text, e) is not None:
                return 0.75
            # a table's cell, or a CSV field: a Korean name of three syllables there (two start many a word:
            # "이메일")
            if _native_cell(text, s, e) and (_script(value[0]) != "hangul" or len(value.replace(" ", "")) == 3):
                return 0.75
        return 0.0

    def _native_columns(self, text: str, names: dict[str, float], out: list[Finding]) -> None:
        """A table's name column, its header one of ``PERSON_LABELS`` ("姓名", "성명", "Guest", "Ad", "Soyad"):
        each cell shaped as a name in a script of ``_NATIVE_LETTERS`` goes to ``names``; in Latin script, a cell
        of one to four capitalised words, none an ordinary word, goes to ``out`` (under a bare "Name" header, one
        of them must be listed: a column of products or hosts has that header too; under a given or a family
        name's header one word is the whole name)."""
        from ._tables import column_cells, inner

        def wanted(table: Any) -> list[int]:
            return [i for i, n in enumerate(table.names) if n and _person_label(n.strip("*` "))]

        kinds: dict[tuple[int, int], str] = {}
        for cell in column_cells(text, wanted):
            a, b = inner(text, cell.start, cell.end)
            value = text[a:b]
            if not value or len(value) > 60:
                continue
            header = " ".join(cell.table.names[cell.column].strip("*` ").lower().split())
            single = header in SINGLE_NAME_LABELS
            if NATIVE_RUN.fullmatch(value) is not None:
                if _native_shape(value, single=single):
                    _offer(names, value, 0.85)
                continue
            words = value.split(" ")
            if len(words) > 4 or (len(words) == 1 and not single) and header in ("name", "names") \
                    or any(CAP.fullmatch(w) is None for w in words if w.lower() not in PARTICLES):
                continue
            classes = [self.classify(w) for w in words if w.lower() not in PARTICLES]
            if not classes or WORD in classes or all(c == PLACE for c in classes) \
                    or any(fold(w) in LEGAL_WORDS for w in words):
                continue
            if header in ("name", "names", "naam", "nom", "nombre", "nome", "navn", "namn", "nimi", "isim") \
                    and not _reads_as_name(classes):
                continue
            kinds[a, b] = header
        for a, b in kinds:
            out.append(Finding(a, b, "pii", "PERSON", "person-name", 0.8))

    @staticmethod
    def _chat_export_line(text: str, ls: int, le: int, names: dict[str, float], rows: dict[str, int]) -> None:
        """A line of a WeChat, KakaoTalk or LINE chat export (``WECHAT_HEADER`` ...) that names its speaker: the
        line patterns are anchored at the line's start, the headers looked for only where their words are. A
        LINE line's speaker in a spaced script or Hangul is counted in ``rows`` (see ``LINE_ROW_SPACED``)."""
        c = text[ls]
        if c == "[" or "0" <= c <= "9":
            m = KAKAO_LINE.match(text, ls, le)
            if m is not None:
                value = m.group(m.lastindex or 1)
                if _korean_name(value):
                    _offer(names, value, 0.8)
                return
            if c != "[":
                m = LINE_ROW.match(text, ls, le)
                if m is not None:
                    value = m.group(1)
                    if _native_value(value):
                        _offer(names, value, 0.8)
                    return
                m = LINE_ROW_SPACED.match(text, ls, le)
                if m is not None:
                    value = m.group(1)
                    if _native_shape(value):
                        rows[value] = rows.get(value, 0) + 1
                    return
            elif text.find("トーク履歴", ls, le) >= 0:
                for m in LINE_HEADER.finditer(text, ls, le):
                    value = m.group(1)
                    if len(value) >= 2 and value not in NATIVE_NO_NAME and "グループ" not in value:
                        _offer(names, value, 0.85)
                return
        m = WECHAT_SPEAKER.match(text, ls, le)
        if m is not None:
            value = m.group(1)
            if (value[0] in CHINESE_FAMILY_HAN or value[:2] in CHINESE_COMPOUND_FAMILY) \
                    and value not in CJK_SPEAKER_WORDS:
                _offer(names, value, 0.8)
            return
        if text.find("的聊天", ls, le) >= 0:
            for m in WECHAT_HEADER.finditer(text, ls, le):
                for value in m.group(1, 2):
                    if value and value not in WECHAT_NOT_NAMES:
                        _offer(names, value, 0.85)
        elif text.find("카카오톡", ls, le) >= 0:
            for m in KAKAO_HEADER.finditer(text, ls, le):
                if _korean_name(m.group(1)):
                    _offer(names, m.group(1), 0.85)

    def _detect_words(self, text: str) -> list[Finding]:
        if not any(c.isupper() for c in text[:4096]) and text[:1].islower() and not _code_like(text[:4096]):
            # all lower-case (chat, a lower-cased export): judge names as if capitalised, but keep only
            # findings with a listed name in them (a lone unknown word is not evidence enough here)
            capped = LOWER_WORD.sub(lambda m: m.group().upper(), text)
            if len(capped) == len(text):
                self._lower = True
                try:
                    return [f for f in self._detect(capped) if f.score > 0.5]
                finally:
                    self._lower = False
        return self._detect(text)

    def _detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        self._rejected: list[tuple[int, int]] = []
        #: lone words that surely make no finding (``_no_cue``); whether ``_judge_lone`` would have rejected
        #: them, which only ``_lists`` asks, is left to ``_was_rejected``
        self._maybe_rejected: dict[tuple[int, int], str] = {}
        maybe = self._maybe_rejected
        quiet = _QUIET_BEFORE
        fast = self.extra_context is None  # an extra cue is not among those ``_QUIET_BEFORE`` rules out
        cache = self._cache
        first: str | None = None  # the current run's first word, at fs
        fs = pe = 0  # where the run starts, where its last word ends
        more: list[tuple[int, int, str]] | None = None  # the run's words if it has several
        title_gate = HONORIFIC_BEFORE.gate  # inlined ``may_end``: few ordinary words follow a title
        for m in cap_words(text):
            s, e = m.span()
            if m.lastindex == 2:  # "McX", "DeX", "O'X" after any capital: which ``CAP`` finds
                s = _second_form_start(text, s)
                if s < 0:
                    continue
            if first is not None:
                # (``_joins`` is false for a gap over 13 characters: the test that rules out most words)
                if s - pe <= 13 and text[pe] == " " and _same_script(first[0], text[s]) and (text[s - 1] == " " and (
                        s == pe + 1 or text[pe + 1] not in NO_JOIN and _joins(text[pe:s]))
                        or s == pe + 3 and text[pe + 1:s] in ELISIONS):  # "Grace D'Angelo"
                    if more is None:
                        more = [(fs, fs + len(first), first)]
                    if text[s - 1] != " ":
                        s -= 2  # the word with its particle: "D'Angelo", a surname
                    more.append((s, e, text[s:e]))
                    pe = e
                    continue
                if more is not None:
                    self._judge_run(text, more, out)
                    more = None
                else:  # most runs: one ordinary word ("Returns", "The"), skipped here unless a title is before it
                    cls = cache.get(first)
                    if cls is None:
                        cls = self.classify(first)
                    if cls == WORD:
                        if text[fs - 1] in " \t\n" and title_gate.get(text[fs - 3:fs]) is not False:
                            window = text[fs - 8 if fs > 8 else 0:fs]  # ``_no_title``, inlined
                            if window.lower() != window and _honorific(text, fs):
                                self._judge_lone(text, fs, pe, first, cls, out)
                    elif (cls == UNKNOWN or cls == WEAK) and fast and (fs >= 3 and quiet[text[fs - 3:fs]]
                                                                       or not _cue_before(text, fs)) \
                            and _quiet_after(text, pe, first, cls) \
                            and (text[fs - 1] != " " or _particles_before(text, fs) == fs):  # ``_no_cue``, inlined
                        # (after a particle, a title may come before it: "dr. de Vries")
                        maybe[fs, pe] = first  # most of the rest: a word in code ("True", "Foo") with no cue
                    else:
                        self._judge_lone(text, fs, pe, first, cls, out)
            first, fs, pe = text[s:e], s, e
        if more is not None:
            self._judge_run(text, more, out)
        elif first is not None:
            self._judge_lone(text, fs, pe, first, self.classify(first), out)
        if out and (self._rejected or maybe):
            self._lists(text, out)
        bold = [m.start() for m in BOLD_SCAN.finditer(text)]  # one search for the two passes
        if bold:
            self._bold_actors(text, out, bold)
            self._bold_names(text, out, bold)
        if out:
            out = [f for f in out if not _cloud_region_place(text, f.start, f.end)
                   and not time_zone_area(text, f.start, f.end)]
        out.sort(key=lambda f: f.start)
        return out

    def _was_rejected(self, text: str, s: int, e: int) -> bool:
        """Whether ``_judge_lone`` would have rejected the word at ``s:e``, one of ``_maybe_rejected``: it makes no
        finding, so it is rejected unless a check that ends the judgement first (code, a greeting, a product) holds."""
        return not (CODE_BEFORE(text, s) or self._maybe_rejected[s, e].lower() in LEADING_CUES
                    or _product_after(text, e) or _eponym_after(text, e) or _model_after(text, s, e)
                    or _thing_before(text, s))

    def _bold_names(self, text: str, out: list[Finding], bold: list[int]) -> None:
        """``BOLD_NAME``: a bold run of two or three words with one listed without doubt, none an ordinary word,
        a place or a company's; ``_bold_actors`` takes those before a reviewer's verb. ``bold``: where
        ``BOLD_SCAN`` found a "**" (the runs are looked for there, as ``finditer`` would, none inside another)."""
        done = 0
        for at in bold:
            m = BOLD_NAME.match(text, at) if at >= done else None
            if m is None:
                continue
            done = m.end()
            # (a quoted nickname between the names is theirs: "**Jonathan "Jojo" Quarnby**")
            words = [w for w in m.group(1).split(" ") if w[0] not in "\"“"]
            classes = [self.classify(w) for w in words]
            if classes == [PLACE, STRONG_LAST] and _place_first_then_last(words[0], words[1]):
                classes[0] = STRONG_FIRST  # "**Jordan Quillby**": a first name that is also a country
            elif WORD not in classes and PLACE not in classes and BOLD_PERSON_AFTER.match(text, m.end()):
                classes[0] = STRONG_FIRST  # "**Eero Quast**, an individual residing at ..."
            if WORD in classes or PLACE in classes or not (STRONG_FIRST in classes or STRONG_LAST in classes) \
                    or words[-1].lower() in PRODUCT_WORDS or words[-1].lower() in CLUB_SUFFIXES \
                    or _is_place(m.group(1)) or 0.75 < self.min_score:
                continue
            s, e = m.span(1)
            if not any(f.start <= s and f.end >= e for f in out):
                out.append(Finding(s, e, "pii", "PERSON", "person-name", 0.75))

    def _bold_actors(self, text: str, out: list[Finding], bold: list[int]) -> None:
        """``BOLD_ACTOR``: the whole bold run is the name when no word in it is an ordinary one and one is
        listed; a finding inside it (the last name alone) is replaced. ``bold``: where ``BOLD_SCAN`` found a "**"
        (``ACTOR_VERB`` is matched there)."""
        for at in bold:
            v = ACTOR_VERB.match(text, at)
            if v is None:
                continue
            m = BOLD_ACTOR.search(text, max(0, v.start() - 60), v.start())
            if m is None:
                continue
            classes = [self.classify(t) for t in m.group(1).split()]
            if WORD in classes or all(c == UNKNOWN for c in classes) or 0.85 < self.min_score:
                continue
            s, e = m.span(1)
            out[:] = [f for f in out if not (f.start >= s and f.end <= e)]
            out.append(Finding(s, e, "pii", "PERSON", "person-name", 0.85))

    def _lists(self, text: str, out: list[Finding]) -> None:
        """Single capitalised words listed next to names ("Efimiya, Mary and Ariana") are names too."""
        import bisect as _b

        starts = sorted(f.start for f in out)
        ends = sorted(f.end for f in out)
        maybe = self._maybe_rejected
        # each word is judged once (no duplicates) and words do not overlap: sorted by start, the pending
        # words are sorted by end too; both lists come in text order, so the sort is a merge
        pending = sorted(self._rejected + list(maybe))
        for _ in range(3):  # a list grows outwards from its known names, a few steps at most
            added = []
            for s, e in _close_to_names(pending, starts, ends) if 2 * len(starts) < len(pending) else pending:
                i = _b.bisect_right(ends, s) - 1  # the nearest name ending before this word
                j = _b.bisect_left(starts, e)  # the nearest name starting after it
                near = (i >= 0 and s - ends[i] <= 7 and LIST_SEP.match(text[ends[i]:s])) or \
                       (j < len(starts) and starts[j] - e <= 7 and LIST_SEP.match(text[e:starts[j]]))
                if near and ((s, e) not in maybe or self._was_rejected(text, s, e)):
                    added.append((s, e))
            if not added:
                break
            for s, e in added:
                out.append(Finding(s, e, "pii", "PERSON", "person-name", 0.5))
                _b.insort(starts, s)
                _b.insort(ends, e)
            done = set(added)
            pending = [p for p in pending if p not in done]

    def _judge_lone(self, text: str, s: int, e: int, tok: str, cls: int, out: list[Finding]) -> None:
        """``_judge_run`` for a run of one word, without its lists and loops: most runs are one word. An
        ordinary one (``WORD``) can only be a name after a title ("Mr. Will")."""
        if CODE_BEFORE(text, s) or tok.lower() in LEADING_CUES:
            return
        if tok.lower() in VIETNAMESE_OPENERS and _vietnamese_word_after(text, e):
            return  # "Xin chào", "Xin cảm ơn": please, not the given name Xin
        title = _honorific(text, s)
        if title and not text[title.start()].isspace():
            out.append(Finding(title.start(), e, "pii", "PERSON", "person-name", 0.8))
        elif cls == PLACE:
            if _greeted_place(text, s, e, tok):
                out.append(Finding(s, e, "pii", "PERSON", "person-name", 0.75))
        elif _title_particle(text, s, e, out):
            return
        elif cls != WORD and cls != PLACE:
            self._judge_one(text, s, e, cls, out)

    def _judge_run(self, text: str, run: list[tuple[int, int, str]], out: list[Finding]) -> None:
        """A run of capitalised words (``_judge_lone`` is this for one word)."""
        start = run[0][0]
        while run and run[0][2].lower() in LEADING_CUES:
            run = run[1:]  # "Dear John Smith": the greeting is context, not part of the name
        if not run:
            return
        cache = self._cache
        classes = [cache[tok] if tok in cache else self.classify(tok) for _, _, tok in run]
        if len(run) <= 2 and PLACE not in classes and _title_particle(text, start, run[-1][1], out):
            return
        for i, (_, _, tok) in enumerate(run):
            low = tok.lower()
            if low not in _RUN_KEYS:  # (most words: none of the words below)
                if low.isascii():
                    continue
                low = fold(tok)
                if low not in _RUN_KEYS:
                    continue
            if tok in VENDOR_WORDS or tok in TEAM_WORDS or low in STORM_WORDS:
                classes[i] = WORD  # "Apache Felix", "Amazon Polly", "Storm Ophelia", "Projekt Hermes": a product's,
                # a storm's, a project's name follows (``_thing_before``)
            elif i and i == len(run) - 1 and low in MONTHS and fold(run[i - 1][2]) in MONTH_PREPOSITIONS:
                classes[i - 1] = classes[i] = WORD  # "Ende Juli", "Anfang Mai": a month ("Desde Julio Pérez": a name)
            elif low in IDIOMS:
                idiom = _idiom_end(text, run[i][1], low)
                for k in range(i, len(run)) if idiom else ():
                    if run[k][1] <= idiom:
                        classes[k] = WORD  # "Lange Rede", "Der Ernst der Lage": an idiom
        if classes.count(WORD) == len(classes) and _no_title(text, run[0][0]):
            return  # ordinary words only ("See Also") and no title before them: nothing to find, code or not
        if CODE_BEFORE(text, start):
            return
        title = _honorific(text, run[0][0])
        if len(run) <= 3 and title and not text[title.start()].isspace():
            # "Mr. Manning", "Dr. Key": after a title any capitalised words are the name; the title is
            # redacted with it ("Mr." alone says too much in a one-line prompt)
            out.append(Finding(title.start(), run[-1][1], "pii", "PERSON", "person-name", 0.8))
            return
        if len(run) > 1:
            if len(run) <= 4 and self._vietnamese(text, run, classes):
                if 0.8 >= self.min_score:  # "Duc Le", "Thu Nguyen", "Le Thi Hong"
                    out.append(Finding(run[0][0], run[-1][1], "pii", "PERSON", "person-name", 0.8))
                return
            if len(run) == 2 and self._chinese(text, run, classes):
                if 0.8 >= self.min_score:  # "Jun Chen", "Yiting Sun"
                    out.append(Finding(run[0][0], run[-1][1], "pii", "PERSON", "person-name", 0.8))
                return
            if run[0][2].lower() in DETERMINERS and text[run[0][1]:run[1][0]] == " ":
                run, classes = self._after_determiner(text, run, classes)
        # split at ordinary words: "Thank You John Smith" -> "John Smith"; not a surname after its particle,
        # which may be a word ("Olivier de La Tour", "Anke van Dam")
        piece: list[int] = []
        for i, c in enumerate(classes + [WORD]):
            if c != WORD or i < len(run) and piece and self._particle_surname(text, run, classes, piece, i):
                piece.append(i)
                continue
            if piece:
                self._judge_piece(text, run, classes, piece, out)
            piece = []

    @staticmethod
    def _particle_surname(text: str, run: list[tuple[int, int, str]], classes: list[int], piece: list[int],
                          i: int) -> bool:
        """Word ``i`` of ``run`` follows a particle (written between the words, "de", or as a capitalised word of
        the run, "La", "Van") in a piece that opens with a listed given name: the surname, whatever else it is."""
        if classes[piece[0]] not in (STRONG_FIRST, WEAK):
            return False
        gap = text[run[i - 1][1]:run[i][0]].strip().lower()
        return bool(gap) and all(w in PARTICLES for w in gap.split()) or (
            i - 1 in piece and i - 1 != piece[0] and run[i - 1][2].lower() in PARTICLES)

    @staticmethod
    def _vietnamese(text: str, run: list[tuple[int, int, str]], classes: list[int]) -> bool:
        """A run of two to four words, one of ``VIETNAMESE_FAMILY`` first or last, the others
        ``VIETNAMESE_GIVEN``, one of them no English word or one written with Vietnamese diacritics ("Duc Le",
        "Thu Nguyen", "Nguyen Van An", "Phạm Quốc Huy"; not "Long Ho", "An Do"), one blank between them."""
        words = [fold(tok).translate(_LETTER_FOLD) for _, _, tok in run]  # ("Đỗ": "do")
        if words[0] in VIETNAMESE_FAMILY:
            given = words[1:]
        elif words[-1] in VIETNAMESE_FAMILY:
            given = words[:-1]
        else:
            return False
        return (all(w in VIETNAMESE_GIVEN or w in VIETNAMESE_FAMILY for w in given)
                and any(w in VIETNAMESE_GIVEN for w in given)
                and (any(c != WORD and c != WEAK for c in classes)
                     # written with its tone marks ("Phạm Quốc Huy"): Vietnamese, no English words
                     or any(not tok.isascii() for _, _, tok in run))
                and all(text[a[1]:b[0]] == " " for a, b in zip(run, run[1:])))

    @staticmethod
    def _chinese(text: str, run: list[tuple[int, int, str]], classes: list[int]) -> bool:
        """Two words, one of ``CHINESE_FAMILY`` and a pinyin given name that is not one too ("Jun Chen",
        "Yiting Sun", "Chen Jun"), one of them no English word, one blank between them, not a place together
        ("Hong Kong")."""
        if text[run[0][1]:run[1][0]] != " " or WORD not in classes and WEAK not in classes:
            return False  # two listed or unknown words: the lists decide
        a, b = fold(run[0][2]), fold(run[1][2])
        if (a in CHINESE_FAMILY) == (b in CHINESE_FAMILY):
            return False
        given = b if a in CHINESE_FAMILY else a
        if len(given) < 2 or PINYIN_GIVEN.fullmatch(given) is None or all(c == WORD or c == WEAK for c in classes):
            return False
        return not _is_place(a + " " + b)

    @staticmethod
    def _after_determiner(text: str, run: list[tuple[int, int, str]],
                          classes: list[int]) -> tuple[list[tuple[int, int, str]], list[int]]:
        """A run that starts with one of ``DETERMINERS`` ("Das Passwort", "Il Colosseo", "El Museo del Prado")
        is a phrase, unless the rest is clearly a name. The choice: the run stays as it is when the rest starts
        with a listed first name and goes on ("La Toya Jackson"), when the determiner is also a given name
        followed by one listed name ("Les Paul", "Uma Thurman"), or after a title or strong cue ("Dear La Toya");
        otherwise the determiner goes, and the rest is judged only if it holds a listed first name ("Die Anna
        Schmidt"): a determiner with surnames or unknown words alone ("La Ferrari", "Der Müller", "Das
        Oktoberfest") is no name. Particles that are no determiners ("De Luca", "Del Potro", "Van Morrison")
        never come here."""
        rest = classes[1:]
        if rest[0] == STRONG_FIRST and len(rest) > 1:
            return run, classes
        if run[0][2].lower() in DETERMINER_GIVEN and len(rest) == 1 and rest[0] in (STRONG_FIRST, STRONG_LAST):
            return run, classes
        start = run[0][0]
        before = text[max(0, start - 40):start]
        if TITLES.search(before) or STRONG_INTRO.search(before) or NAME_LABEL.search(before):
            return run, classes
        if STRONG_FIRST in rest:
            return run[1:], rest
        return [], []

    def _judge_piece(self, text: str, run: list[tuple[int, int, str]], classes: list[int], idx: list[int],
                     out: list[Finding]) -> None:
        # "Forward To Michael Johnson", "Ping Zorro": ambiguous words before a first name are not part of it
        while len(idx) > 1 and classes[idx[0]] in (WEAK, PLACE) and classes[idx[1]] == STRONG_FIRST:
            between = text[run[idx[0]][1]:run[idx[1]][0]].split()
            if between and all(w in PARTICLES for w in between):
                break  # "Iris de Jong": a particle between, so the first-name-like word is a surname's ("de Jong")
            if classes[idx[0]] == PLACE and self._place_person(text, run, idx):
                break  # "Victoria Parker": Victoria is the first name here
            idx = idx[1:]
        if self._lower and STRONG_FIRST in [classes[i] for i in idx]:
            # lower-case text has no capitals to go by: a name starts at its first name
            p = [classes[i] for i in idx].index(STRONG_FIRST)
            if all(classes[i] in (WEAK, PLACE) for i in idx[:p]):
                idx = idx[p:]
        if len(idx) > 4:
            return  # a title or a heading, not a name
        if len(idx) > 1 and run[idx[-1]][2].lower() in PRODUCT_WORDS:
            return  # "Hugo Pro": a product's name
        if len(idx) > 1 and (run[idx[-1]][2].lower() in CLUB_SUFFIXES or fold(run[idx[0]][2]) in CLUB_PREFIXES
                             or fold(run[idx[0]][2]) in INSTITUTION_PREFIXES):
            return  # "Harbour Town", "Kingsbridge Utd", "Deportivo Ribera": a sports club
        if len(idx) > 1 and len({run[i][2] for i in idx}) < len(idx) \
                and not any(run[i][2].lower() in PARTICLES for i in idx[1:-1]):
            # "Mul Expr Expr": a word repeated is a type applied to its arguments, never a person's name (but
            # "Luca De Luca": a particle between)
            return
        cls = [classes[i] for i in idx]
        start, end = run[idx[0]][0], run[idx[-1]][1]
        # "Ping Thandiwe Mbeki (t.mbeki@...)": words no list knows, an address in brackets right after, theirs (a
        # word before them that is also a surname, "Ping", is the sentence's; "Payment Service (...)" has no such word)
        mailed = len(cls) > 1 and UNKNOWN in cls and MAIL_IN_BRACKETS_AFTER.match(text, end) is not None
        if mailed and len(cls) > 2 and cls[0] in (WEAK, PLACE, WORD):
            idx, cls, start = idx[1:], cls[1:], run[idx[1]][0]
        if _product_after(text, end) or _eponym_after(text, end) or _model_after(text, start, end) \
                or _package_name(text, end) or len(idx) > 1 and _thing_before(text, start, False):
            return  # "Hugo Extended", "Bayes' theorem", "the Harvard Mark I", "Name: Werkzeug\nVersion: 3.1", "Ubuntu
            # 22.04 Jammy Jellyfish" (one word: ``_judge_one`` asks ``_thing_before``)
        if len(idx) == 1 and idx[0] + 1 < len(run) and run[idx[0] + 1][2] in ("Name", "Names", "NAME"):
            return  # "Last Name", "First Name": a form field's label
        if cls.count(PLACE) == len(cls) and not (len(cls) == 2 and self._place_person(text, run, idx)):
            # places only; but "Sydney Trujillo": a listed first name, then a listed surname, each a place
            if len(cls) == 1 and _greeted_place(text, start, end, text[start:end]):
                out.append(Finding(start, end, "pii", "PERSON", "person-name", 0.75))  # "Merhaba Büşra,"
            return
        if len(cls) == 1:
            self._judge_one(text, start, end, cls[0], out)
            return
        if len(cls) <= 3 and _is_major_place(text[start:end].lower()):
            return  # "New York", "Los Angeles": one place of several words (York, Angeles are surnames too)
        if len(idx) < idx[-1] - idx[0] + 1 or " de " in text[start:end]:
            if _is_place(text[start:end]):
                return  # "Chiclana de la Frontera", "Alcalá de Henares": a town with its particle
        before = text[max(0, start - 40):start]
        after = text[end:end + 24]
        memo: dict[str, bool] = {}

        def strong_ctx() -> bool:  # computed only when a score depends on it: most pieces never need it
            if "strong" not in memo:
                memo["strong"] = self._strong_ctx(text, start, end, before, after, cls)
            return memo["strong"]

        def ctx() -> bool:
            # on a roster's line, one word at least that no list knows ("Payment Service (PAY-1234)" has none);
            # the next of a list of names ("Ruud Bos, Sander Meijer")
            return strong_ctx() or bool(INTRO.search(before) or AFTER.match(after)) \
                or UNKNOWN in cls and _roster_entry(text, start, end) \
                or bool(out) and 0 < start - out[-1].end <= 7 and LIST_SEP.match(text[out[-1].end:start]) is not None \
                and " " in text[out[-1].start:out[-1].end]

        n_strong = cls.count(STRONG_FIRST) + cls.count(STRONG_LAST)
        n_weak = cls.count(WEAK) + cls.count(PLACE)
        score = 0.0
        if n_strong:
            score = 0.85
        elif n_weak and (cls[0] == WEAK and cls[-1] in (WEAK, UNKNOWN)) and ctx():
            score = 0.75
        elif strong_ctx() or n_weak and ctx() or mailed:
            score = 0.6
        elif cls.count(UNKNOWN) == len(cls) and len(cls) <= 3 and not _german_phrase(text, start, end) \
                and not _section_heading(text, start, end):
            # two or three capitalised words that are neither English nor listed: most often a
            # foreign name (or a place or company, which their own detectors claim at higher scores); not a
            # section's heading ("## Offene Fragen")
            score = 0.5
        if score < 0.75 and cls[0] == WEAK and PLACE not in cls and len(cls) == 2 \
                and _particle_gap(text[run[idx[0]][1]:run[idx[1]][0]], cls[1]) and _listed_given(run[idx[0]][2]):
            # "Sander van Dijk", "Sander de Vries": a given name that is also a word, a particle, a surname
            score = 0.75
        if score < 0.75 and cls[0] == PLACE and len(cls) == 2 and cls[1] != UNKNOWN \
                and (cls[1] != WEAK and cls[1] != PLACE or ctx() or _cell(text, start, end)) \
                and self._place_person(text, run, idx):
            # "| Victoria Smith |": a first name that is also a place, then a surname (one that is also a
            # word, "Georgia Power", or a place, "Sydney Trujillo", needs a cue or a table cell of its own)
            score = 0.75
        elif score < 0.6 and cls == [PLACE, UNKNOWN] and _listed_given(run[idx[0]][2]) \
                and not _is_place(text[start:end]) \
                and PLACE_PREPOSITION.search(text, max(0, start - 12), start) is None:  # "to Victoria Harbour"
            score = 0.6  # "Karin Lindqvist": a given name that is also a town, then a word no list knows
        if score and score >= self.min_score:
            out.append(Finding(start, end, "pii", "PERSON", "person-name", score))

    @staticmethod
    def _place_person(text: str, run: list[tuple[int, int, str]], idx: list[int]) -> bool:
        """The piece's first word is a place and a listed first name, directly followed by a listed surname."""
        a, b = run[idx[0]], run[idx[1]]
        return text[a[1]:b[0]] == " " and _place_first_then_last(a[2], b[2])

    def _judge_one(self, text: str, start: int, end: int, c: int, out: list[Finding]) -> None:
        """A name of one word (not ``WORD`` nor ``PLACE``) needs a cue, unless it is a listed first name."""
        word = text[start:end]
        low = word.lower() if word.isascii() else fold(word)
        if _product_after(text, end) or _eponym_after(text, end) or _model_after(text, start, end) \
                or _package_name(text, end) or _field_type(text, start, end) or _quoted_item(text, start, end) \
                or UPLOAD_TARGET_BEFORE.search(text, max(0, start - 24), start) is not None \
                or _thing_before(text, start) or low in IDIOMS and _idiom_end(text, end, low):
            return  # "Hugo Extended", "Jenkins Server": a product's name; "Bayes' theorem"; "the Mark I"; "String!";
            # a list of quoted identifiers; where a package is uploaded: a release's codename; "Apache Felix"; "Luz
            # verde": an idiom
        if (c == UNKNOWN or c == WEAK) and self.extra_context is None and _no_cue(text, start, end, c) \
                or _not_a_lone_name(text, start, end, c):
            self._rejected.append((start, end))  # what the searches below would conclude
            return
        before = text[max(0, start - 40):start]
        after = text[end:end + 24]
        if (low in PRODUCT_GIVEN or low in ASSISTANT_NAMES) and not self._named_person(text, start, end, before,
                                                                                        after, c, low):
            self._rejected.append((start, end))  # the product ("We use Polly for retries"), unless listed beside names
            return
        score = 0.0
        if c == STRONG_FIRST or c == STRONG_LAST:
            if self._strong_ctx(text, start, end, before, after, [c]) or INTRO.search(before) or AFTER.match(after):
                score = 0.8 if c == STRONG_FIRST else 0.75
            elif c == STRONG_FIRST and self.single_first and not _place_after_preposition(text, start, end) \
                    and ("-" not in text[start:end] or self._first_part_given(text[start:end])) \
                    and not (after.lstrip(" \t")[:1] == ":" and _record_label(text, start, end)) \
                    and fold(text[start:end]) not in EPONYM_WORDS and not _column_label(text[start:end]) \
                    and not _contraction_after(text, end):
                # ("Ville : Nantes", "// Kalman merge"; a column's label: "Ville" in "...,Code postal,Ville,Pays";
                # "Glória ao time": a noun before a contraction)
                score = 0.55
        elif self._strong_ctx(text, start, end, before, after, [c]):
            score = 0.6
        elif c in (UNKNOWN, WEAK) and HUMAN_AFTER.match(after):
            score = 0.6
        if score and score >= self.min_score:
            out.append(Finding(start, end, "pii", "PERSON", "person-name", score))
        else:
            self._rejected.append((start, end))

    def _named_person(self, text: str, start: int, end: int, before: str, after: str, c: int, low: str) -> bool:
        """Whether a cue makes the product's name ``low`` at ``start:end`` (``PRODUCT_GIVEN``, ``ASSISTANT_NAMES``)
        a person's: a title or a name's label for an assistant ("Dr. Claude", "Name: Alexa"); for the others also a
        greeting or a speaker's label, what people do after it ("Hugo said", "Otto <otto@...>"), a pronoun ("...
        Polly. She ...") or an ``INTRO`` phrase other than a preposition ("Thanks to Hugo", "ask Otto"; not "built
        with Hugo")."""
        if low in ASSISTANT_NAMES:
            return bool(_honorific(text, start) or TITLES.search(before) or NAME_LABEL.search(before)
                        or PERSON_FIELD.search(before))
        if self._strong_ctx(text, start, end, before, after, [c]) or HUMAN_AFTER.match(after) \
                or PRONOUN_AFTER.match(after):
            return True
        m = AFTER.match(after)
        if m is not None and m.group().lstrip(" \t")[:1] not in ("'", "’", ","):
            return True  # "Hugo wrote", not "Hugo's templates", "Polly, a resilience library"
        m = INTRO.search(before)
        return m is not None and m.group().strip(" \t\n>*-").lower() not in PRODUCT_INTRO_WORDS

    def _first_part_given(self, token: str) -> bool:
        """A hyphenated word alone counts as a given name when it starts with one ("Jean-Luc", "Anna-Lena"); one
        that starts with a surname is a double-barrelled surname or a firm named after two people
        ("Addison-Wesley", "Hewlett-Packard"), which needs a cue."""
        return self.classify(token.split("-", 1)[0]) in (STRONG_FIRST, WEAK)

    def _strong_ctx(self, text: str, start: int, end: int, before: str, after: str, cls: list[int]) -> bool:
        """A cue that alone makes capitalised words a name: a title, a strong intro, a speaker label, a name
        label alone on the line before (an identity card's "Jméno / Given names", then the name)."""
        return bool(
            TITLES.search(before) or STRONG_INTRO.search(before) or NAME_LABEL.search(before)
            or (before[-1:] == "\n" and text[end:end + 1] in ("\n", "\r", "")
                and LABEL_LINE.search(before) is not None)
            # a form's or a two-column table's label that asks for a person ("Pupil: ", "| Agent | ", the row's
            # last cell the name)
            or PERSON_FIELD.search(before) is not None and (before.rstrip(" \t*")[-1:] != "|"
                                                             or TABLE_ROW_END.match(text, end) is not None)
            or (before[-1:] == "(" and NATIVE_NAME_BEFORE.search(before) is not None)
            or (self.extra_context is not None and self.extra_context.search(before))
            # (a colon, then more blanks: a label aligned with the others of a listing, "Namespace:   dev")
            or (after.startswith(": ") and after[2:3] not in (" ", "\t")
                and SPEAKER.match(before.rpartition("\n")[2])
                # lower-case "key: value" is a config line; a speaker goes on in words ("ann: see you")
                and (not self._lower or SPOKEN.match(after) is not None)
                and (start == 0 or "\n" in before) and len(cls) <= 2 and "-" not in text[start:end]
                and not _record_label(text, start, end)
                and WEAK not in cls and (end - start > 3 or cls[0] != UNKNOWN)
                # "Móvil: 623 ...", "Grafana: http://...": a form field or a link's label, not what a speaker says
                and not (UNKNOWN in cls and LABELLED_VALUE.match(after, 2) is not None)
                # a word no list knows says something (a form's field holds a value: "Emne: Complaint — ...",
                # "Counterparty: Ann Lee (...)") or speaks twice
                # (a lower-cased text, read capitalised, was asked for ``SPOKEN`` above)
                and (UNKNOWN not in cls or self._lower or self._speaks(text, start, end))))

    @staticmethod
    def _speaks(text: str, start: int, end: int) -> bool:
        """What follows the words at ``start:end`` and their ": " reads as said, not as a field's value: a word
        in lower case in it ("What a wife.", "see you at noon"; not a short abbreviation's "вул.") or a question or an
        exclamation mark at its end; or the words open another line of ``text`` as a speaker ("\nZorbaq: ...")."""
        le = text.find("\n", end)
        said = text[end + 2:le if le >= 0 else len(text)].rstrip(" \t\r")
        if said[-1:] in ("?", "!") or SAID_WORD.search(said) is not None and " " in said.strip():
            return True  # (one word said, "Checksum: ok", "Build: passed", is a status line's value unless it speaks twice)
        if _field_beside(text, start, le):
            return False  # a record's field ("Tarif: Starter" between "Steuer-ID:" and "PLZ:"), repeated per record
        who = "\n" + text[start:end] + ": "
        if start and text.startswith(who[1:]):
            return True  # the text's first line is theirs too
        i = text.find(who)
        if i >= 0 and i + 1 == start:
            i = text.find(who, end)
        return i >= 0
