"""Street addresses (ADDRESS), single- or multi-line, in common US, UK and European shapes.

An address is found from an *anchor* and then grown over the lines and comma-separated parts that
look like the rest of an address:

* anchors: a house number plus a street name ending in a street type (``6750 Main Street``,
  ``12 Glyn St.``); a street type first plus a number (``Rue de Piétrain 371``, ``Via Roma 131``,
  ``ul. Zamkowa 33``); a street word ending in a European street suffix plus a number
  (``Schaarsteinweg 97``, ``Hansinegata 120``, ``Király u. 15.``); a house number (with ``bis``/``ter``)
  plus a French street type, in lower case as French writes it, and the street's name (``102 bis rue des
  Lilas``, ``52, avenue Victor Hugo``; ``place``/``route``/``square``, English words too, only before
  ``de``/``du``/``des`` or a postcode and a city); a Brazilian street, from its type to the CEP (``Rua Sete de
  Setembro, 2974 - Lourdes, Belo Horizonte - MG, 32208-149``; ``R.``/``Tv.``/``Largo`` only with a city and its
  state or a CEP); an Indian house part up to a road or a PIN (``House No. 302, Station Road, Madhapur, Hyderabad
  500031``, ``12, Nehru Marg, Jaipur 302001``); a Spanish, Italian or Polish street with a comma before
  its number or as ``C/`` (``Calle de Alcalá, 42``, ``C/ Mayor 14``) only before a floor (``4º D``) or a postcode and
  a city or at the end of a quoted or bracketed value (``[Via dei Mille, 23]``); a Turkish street with its door
  number (``Cumhuriyet Mah. Atatürk Cad. No: 12 D: 5, 34728 Kadıköy/İstanbul``); a Korean road address (``부산광역시
  해운대구 해운대로 264``); a Japanese one from the prefecture or the postal mark to the block numbers (``〒460-0008
  愛知県名古屋市中区栄3-5-1``); a Chinese one from the city to the number (``深圳市南山区深南大道9988号``) and whatever
  follows a Chinese, Japanese or Korean address label (``地址：``, ``住所：``, ``주소:``); by the postal conventions of
  more countries, a Romanian street with ``nr.`` and its block, staircase and flat (``Str. Zorilor nr. 12, bl. 4,
  sc. B, ap. 9``), a Russian or Ukrainian one with its house and flat (``ул. Гагарина, д. 17, кв. 41``, ``вул. Шевченка,
  8, кв. 3``), a Colombian one with its crossing (``Calle 26 # 13-45``), an Indonesian or Malaysian one with ``No.``
  (``Jl. Kaliurang No. 30, RT 02/RW 06``), a street with a 3 + 2 postcode after it (Czech, Slovak, Swedish, Greek:
  ``Štěpánská 1127/9, 602 00 Brno``), a Gulf villa or flat with its street (``Villa 12, Al Safa Road``), an Arabic,
  a Hebrew and a Thai street named by its type word (``15 شارع النيل، المعادي``, ``רחוב ביאליק 12, דירה 3``, ``123/45
  ถนนประดิพัทธ์ แขวงพญาไท``); a German street named with a
  preposition before a postcode and a city (``Am Hafenbecken 12, 70173 Stuttgart``); a quoted value under a street
  key (``street: 'Im Winkel 4'``, ``"address_line1": "..."``); a postcode and a city under a city key or as a whole
  quoted value of a known city (``city: '59000 Lille'``, ``[50122 Firenze]``); a unit (``Apt. 864``, ``Suite 12``,
  ``P.O. Box 178``); a military address (``PSC 3294, Box 9168`` / ``APO AA 61487``); a
  ``City, ST 12345`` line; and anything with a digit right after an address cue (``lives at``,
  ``my address is``, ``ship to``, ``Address:``, ``Adresse :``, ``Adres:``, ``Anschrift:``, ``Alamat:``, ``Адрес:``,
  ``ที่อยู่:``, ``العنوان:``, ``כתובת:``; in a script without capitals its letters stand in for them), but not a mail header line (``Date: Mon, 4 Mar 2024
  10:12:33 +0100`` after ``Subject: wrong delivery address``) nor numbers that are only a date or a time.
* growth: following parts on the same line (``, Springfield, IL 62704``; a flat after a slash, ``ul. Długa 12/45``;
  a Spanish floor and door, ``, 4º D``; a Polish postcode, ``83-269``; an Italian province, ``(MI)``; a Dutch
  ``1015 CJ``) and following short lines
  that are a unit, a city, a region code, a postal code or ``Country 12345`` (up to six lines).

Options: ``min_score``; ``context_words`` (extra cue phrases, e.g. ``"deliver it to"``).
"""
from __future__ import annotations

import bisect
from collections import namedtuple
from collections.abc import Iterable

from . import _lazyre as regex
from ..findings import Finding
from ._licence import organisation_contact
from ._stretches import digit_marks

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

STREET_TYPES = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Ter|Way|"
    r"Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Gardens|Gdns|Grove|Row|"
    r"Walk|Mews|Alley|Plaza|Greens?|Pass|Union|Gateway|Park|Hill|Heights|Ridge|View|Loop|Path|Pike|Point|"
    r"Crossing|Expressway|Freeway|Estate|Ranch|Villas?|Meadows?|Parade|Esplanade|Quay|Wharf|Causeway|Rise|"
    r"Vale|Fields?|Green|Common|Junction|Landing|Manor|Orchard|Port|Shoals?|Spurs?|Summit|Trace|Track|"
    r"Turnpike|Valley|Viaduct|Vista|Wells?|Cove|Creek|Falls|Ferry|Forest|Fork|Garden|Glen|Harbor|Harbour|"
    r"Haven|Island|Isle|Key|Knoll|Lake|Lakes|Mall|Mill|Mills|Motorway|Oval|Pines|Plains|Prairie|Ramp|"
    r"Route|Spring|Springs|Station|Stravenue|Stream|Throughway|Tunnel|Underpass|Bypass|Drives|Avenues|Streets|Roads"
)
# street names that carry their type as a suffix (German, Nordic, Dutch, Finnish, Hungarian, Slavic...)
SUFFIXED = (
    r"(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|steig|pfad|vej|gade|gatan|gata|"
    r"gaten|vägen|veien|vegen|stien|laan|straat|gracht|plein|singel|dreef|kade|tie|katu|kuja|polku|"
    r"väylä|utca|útja|út|tér|körút|ulica|aleja|ulice|cesta|ulitsa|prospekt|caddesi|sokak|"
    r"bakken|torget|torv|brekka|stígur|braut|gata|vegur)"
)
PREFIXED = (
    r"(?:Rue|Rua|Via|Viale|Vicolo|Corso|Calle|Carrer|Avenida|Avda\.?|Av\.|Avenue|Boulevard|Bd\.?|Chemin|Route|Place|"
    r"Piazza|Piazzale|Plaza|Paseo|Camino|Travessa|Largo|Praça|Estrada|Alameda|Quai|Cours|Allée|Impasse|Rambla|"
    r"Ronda|Carretera|Strada|Ulica|ul\.|al\.|Al\.|pl\.|os\.|Aleja|Ulitsa|Odos|Odós|Laan)"
)
# French street types, written in lower case after the house number ("12 rue de la Paix"); those English
# has as words too ("place", "route", "square") need more (see their anchor)
FR_TYPES = (
    r"rue|avenue|av\.|boulevard|bd\.?|bld\.?|all[ée]e|impasse|imp\.|chemin|quai|cours|faubourg|fbg\.?|"
    r"chauss[ée]e|ruelle|sentier|voie|cit[ée]|r[ée]sidence|rond-point|mont[ée]e|parvis|venelle"
)
FR_TYPES_SHARED = r"place|pl\.|route|rte\.?|square|passage|promenade|esplanade|villa|clos|mail"
# house number, with "bis"/"ter"/"quater" or a letter ("102 bis", "12ter", "8B"), a range ("12-14"), a comma
FR_NUMBER = (
    r"\d(?<![\w.,/-]\d)\d{0,3}(?:-\d{1,4})?(?:[ \t]?(?i:bis|ter|quater)\b|[A-Da-d]\b)?,?[ \t]+"
)
# the street's name: capitalised words, with particles between them ("de la", "des", "du 8 Mai", "de l'Église")
FR_NAME = (
    r"(?:[ \t]+(?:(?i:de|du|des|la|le|les|au|aux|sur|sous|en|et|à)[ \t]+|\d{1,2}(?:er)?[ \t]+)*"
    r"(?:[ldLD]['’])?\p{Lu}[\p{L}\p{M}'’.-]*){1,5}"
)
# Brazil: a street type (Rua, Av., Travessa ...), the street's name ("Sete de Setembro", "XV de Novembro",
# "25 de Março"), ", <number>" ("nº 123", "s/n"), complements (apto 42, bloco B, sala 3), " - <bairro>",
# ", <city> - <UF>" and the CEP (12345-678)
BR_STRONG = (
    r"(?=[RATPEVraptev])(?<![\w.-])(?:Rua|Avenida|Av\.|Travessa|Alameda|Al\.|Praça|Pça\.|Estrada|Rodovia|Viela|"
    r"rua|avenida|travessa|alameda|praça|estrada|rodovia)"
)
BR_WEAK = r"(?=[RTL])(?<![\w.-])(?:R\.|Tv\.|Largo|Lgo\.)"
BR_WORD = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:-\d{1,4})?"
BR_NAME = r"(?:[ \t]+(?:(?:de|da|do|das|dos|e)[ \t]+|\d{1,2}[ \t]+)*" + BR_WORD + r"){1,6}"
BR_NUMBER = (  # (Portugal writes the number "n.º 118" and the floor and side "3.º Esq.", "2.º Dto.", "1.º": a dot before º)
    r"(?:,[ \t]*|[ \t]+)(?:(?i:n\.?[º°o]\.?|número)[ \t]*)?(?:\d{1,5}[A-Za-z]?(?![\w/])|(?i:s/n|s\.n\.|sem número)(?!\w))"
    r"(?:(?:,[ \t]*|[ \t]+-?[ \t]*)(?:(?i:ap(?:to|artamento)?\.?|bloco|bl\.|sala|sl\.|casa|conj\.?|conjunto|loja|lj\.|"
    r"andar|lote|lt\.|quadra|qd\.)[ \t]*[\dA-Z]{1,5}(?![\w/])|\d{1,2}\.[º°ª](?:[ \t]*(?i:esq|dto|dt|drt|frt|fte|esquerdo|"
    r"direito|frente|andar)\.?)?(?![\w]))){0,3}"
)
BR_PLACE = BR_WORD + r"(?:[ \t]+(?:(?:de|da|do|das|dos|e)[ \t]+)?(?:" + BR_WORD + r"|\d{1,2}|[IVX]{1,4}\b)){0,4}"
BR_UF = r"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\w-])"
BR_BAIRRO = r"[ \t]+[-–][ \t]+" + BR_PLACE
BR_CITY_UF = r"[ \t]*[,–-][ \t]*" + BR_PLACE + r"[ \t]*[-–/][ \t]*" + BR_UF
BR_CEP = r"[ \t]*[,–-]?[ \t]*(?:CEP:?[ \t]*)?\d{5}-?\d{3}(?![\w-])"
BR_TAIL = r"(?:" + BR_BAIRRO + r")?(?:" + BR_CITY_UF + r")?(?:" + BR_CEP + r")?"
BR_TAIL_NEEDED = r"(?:" + BR_BAIRRO + r")?(?:" + BR_CITY_UF + r"(?:" + BR_CEP + r")?|" + BR_CEP + r")"
# India: a house part (House No. 302, H.No. 5-3-21, Flat 4B, Plot No. 17, Door No. 8, # 45), then comma-separated
# parts up to a road-like part (MG Road, 12th Cross, Sector 14) or a 6-digit PIN after a city
IN_HOUSE_WORD = (
    r"(?=[HhFPDS])(?<![\w.#&-])(?:(?:House|HOUSE|house)[ \t]*(?:No|NO|no)\.?|H\.[ \t]?(?:No|NO)\.?|"
    r"(?:Flat|FLAT|Plot|PLOT|Door|DOOR|Shop|Site)(?:[ \t]*(?:No|NO)\.?)?)[ \t]*:?[ \t]*"
)
IN_ID = r"(?:[A-Z]{1,2}[-/ ]?)?\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Za-z]{1,2})){0,3}(?![\w/-])"
IN_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,3}(?:st|nd|rd|th)|\d{1,4}[A-Z]?(?![\w-]))"
IN_PART = IN_WORD + r"(?:[ \t]+" + IN_WORD + r"){0,4}"
IN_ROAD_WORD = r"(?:Road|Rd\.?|Street|St\.?|Marg|Lane|Cross|Main|Nagar|Colony|Layout|Extension|Extn\.?)(?![\w-])"
IN_ROAD = (r"(?:(?:" + IN_WORD + r"[ \t]+){1,4}" + IN_ROAD_WORD + r"|(?:Sector|Block|Phase)[ \t]+"
           r"(?:\d{1,3}[A-Z]?|[IVX]{1,4}|[A-Z])(?![\w-]))")
IN_PIN = r"[1-9]\d{2}[ \t]?\d{3}(?![\w-])"
IN_TAIL = r"(?:[ \t]*,[ \t]*(?:" + IN_ROAD + r"|" + IN_PART + r"(?:[ \t]*[-–,]?[ \t]*" + IN_PIN + r")?|" + IN_PIN + r")|[ \t]*[-–][ \t]*" + IN_PIN + r"){0,5}"
IN_PARTS = (r"(?:[ \t]*,[ \t]*" + IN_PART + r"){0,3}?[ \t]*,[ \t]*(?:" + IN_ROAD + r"|" + IN_PART
            + r"[ \t]*[-–,]?[ \t]*" + IN_PIN + r")" + IN_TAIL)
# "# 45, 3rd Main, HSR Layout, Bengaluru 560102": after "#" (a comment, an issue) the PIN is needed too
IN_HASH = r"(?<![\w.#&-])#[ \t]?" + IN_ID + r"(?=[^\n]{0,120}?(?<![\w-])" + IN_PIN + r")"
# 12, Nehru Marg, Jaipur 302001: the number is no year ("In 2019, Abbey Road ...") and follows no word ("step 3, ..."; a
# cue, "lives at 12, ...", is found as such)
IN_NUMBER = r"\d(?<![\w.,/:#-]\d)(?<!\p{L}[ \t]\d)\d{0,3}[A-Za-z]?(?:/\d{1,4})?(?<!\b(?:19|20)\d\d),[ \t]*"
IN_ROAD_NAMED = r"(?:" + IN_WORD + r"[ \t]+){1,3}(?:Road|Rd\.?|Marg|Nagar|Street|Lane|Colony|Layout|Cross|Main)(?![\w-])"
IN_AFTER = r"(?=[ \t]*(?:,[ \t]*\p{Lu}|[-–,]?[ \t]*" + IN_PIN + r"))" + IN_TAIL
# Spain: floor and door after the house number ("4º D", "2ºB", "5º izda.", "3º-2ª", "Piso 3", "Puerta 2", "bajo")
ES_FLOOR = (
    r"(?:\d{1,2}[º°ª](?:[ \t-]?(?:\d{1,2}[º°ª]|[A-Z](?![\w.])|(?i:izda|izq|izquierda|dcha|der|derecha|ctro|centro)\b\.?))?"
    r"|(?i:piso|planta|puerta|pta\.|esc\.|escalera|portal)[ \t]*[\dA-Z]{1,3}(?!\w)|(?i:bajo|entlo\.|entresuelo|[áa]tico)(?!\w))"
)
# a street type first, then a comma before the number, or "C/": Calle de Alcalá, 42 / C/ Mayor 14 / Via Roma, 12 /
# ul. Długa 12/45; only with a Spanish floor, or a postcode (12345, Polish 12-345) and a city after it
EU_WEAK = (
    r"(?=[CVPALulaop])(?<![\w./-])(?:C/[ \t]?|(?:Calle|Carrer|Avenida|Avda\.?|Av\.|Paseo|Passeig|Plaza|Pla[çc]a|Via|Viale|"
    r"Corso|Piazza|Piazzale|Largo|Vicolo|ul\.|al\.|os\.|pl\.)[ \t]+)"
)
EU_TAIL_NEEDED = r"(?=[\]\"']|[ \t]*,?[ \t]*(?:" + ES_FLOOR + r"|(?:\d{5}|\d{2}-\d{3})[ \t]+\p{Lu}))"
MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)"
NAMEWORD = (
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,3}(?:st|nd|rd|th)|(?:dell|d|l)['’]\p{Lu}[\p{L}\p{M}'’.-]*|of|the|de|la|le|du|del|"
    r"della|delle|dello|degli|dei|di|da|do|dos|das|los|las|von|van|der|den|et|y|e|al|el)"
)
UNIT = r"(?:(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|lot|dept)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?|(?i:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?box|postbox|box|bus|pmb)[ \t]*#?[ \t]*\d{1,6})"
#: a unit that is an address alone: a dwelling's (apartment, suite, flat) or a box; a room, a floor, a building or a
#: department is an address's part after its street, and alone a meeting's place ("room 221", "floor 3")
UNIT_ALONE = r"(?:(?i:apt|apartment|suite|ste|unit|flat)\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?|(?i:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?box|postbox|box|bus|pmb)[ \t]*#?[ \t]*\d{1,6})"

# Turkey: <name> Mahallesi / Caddesi / Sokak / Bulvarı (Mah., Cad., Sk., Blv.; one to three of them), "No: 36" (the
# door number, with a flat "/4"), "D: 6" / "Daire 6" / "Kat 3", then the postcode and "district/city"
# (Cumhuriyet Mah. Atatürk Cad. No: 12/3 D: 5, 34728 Kadıköy/İstanbul); İzmir's streets are numbered (1453 Sokak)
TR_NAME = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,5}(?:/\d{1,3})?\.?)"
TR_TYPE = (
    r"(?i:mahalles[iİı]|mahalle|mah\.|mh\.|caddes[iİı]|cadde|cad\.|cd\.|sokak|sokağ[ıi]|sok\.|sk\.|bulvar[ıi]|bulvar|"
    r"blv\.|bulv\.|meydan[ıi]|yolu|sites[iİı]|apartman[ıi]|apt\.|köyü)(?![\p{L}\p{M}])"
)
TR_STREET = TR_NAME + r"(?:[ \t]+" + TR_NAME + r"){0,3}[ \t]+" + TR_TYPE
TR_DOOR = (r"[ \t]*,?[ \t]*(?i:no|numara)[ \t]*[:.]?[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w/])"
           r"(?:[ \t]*,?[ \t]*(?i:d|daire|kat|k|blok)[ \t]*[:.]?[ \t]*[\dA-Z]{1,4}(?!\w))*")
TR_CITY = r"\p{Lu}[\p{L}\p{M}]+(?:[ \t]+\p{Lu}[\p{L}\p{M}]+)?"
TR_TAIL = r"(?:[ \t]*,?[ \t]*\d{5}[ \t]+" + TR_CITY + r"(?:[ \t]*[/–-][ \t]*" + TR_CITY + r")?)?"
# Korea: province or metropolitan city (서울특별시, 부산광역시, 경기도 ...; 서울, 경기 in short), city/county/district
# (시/군/구), town (읍/면), then a road (로/길, "번길") and its building number, or a neighbourhood (동/리/가) and a lot
# number; a flat (101동 1203호) and a note in parentheses may follow
HANGUL = "\uac00-\ud7a3"
KO_TOP = (r"(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
          r"(?:특별시|광역시|특별자치시|특별자치도|도)?|(?:충청|전라|경상)[남북]도)")
KO_ADDRESS = (
    r"(?<![" + HANGUL + r"])" + KO_TOP + r"(?:[ \t]+[" + HANGUL + r"]{1,6}[시군구]){0,2}(?:[ \t]+[" + HANGUL + r"]{1,6}[읍면])?"
    r"[ \t]+(?:[" + HANGUL + r"\d]{1,12}(?:로|길)(?:[ \t]?\d{1,4}번?길)?|[" + HANGUL + r"\d]{1,8}[동리가])[ \t]+(?:산[ \t]?)?"
    r"\d{1,5}(?:-\d{1,5})?(?![\d-])(?:,?[ \t]*(?:\d{1,4}동[ \t]*)?\d{1,5}호)?(?:[ \t]*\([^()\n]{1,30}\))?"
)
# Japan: the postal mark and code (〒460-0008), a prefecture (one of the 47), the city, ward and town, and the block
# numbers (栄3-5-1, 1丁目2番3号); with the postal mark the prefecture may be left out
JA_CHARS = "\u3005\u3006\u30f6\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff"
JA_PREF = (
    r"(?:東京都|北海道|大阪府|京都府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|"
    r"岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)"
)
JA_NAME = r"(?:(?![はがをでへ])[" + JA_CHARS + r"])"  # no particle: "愛知県の工場は3-5-1" is no address
JA_TOWN = r"(?:" + JA_NAME + r"|\d{1,3}条)"  # (Sapporo's grid: 北1条西2丁目)
JA_POST = r"〒[ \t]?\d{3}[-－‐−]\d{4}"
JA_DASH = r"[-－‐−ー―]"
JA_BLOCK = (r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})(?:丁目|" + JA_DASH + r")\d{1,4}(?:番地?|" + JA_DASH + r")?(?:\d{1,4}号?)?"
            r"(?:[ \t\u3000]?[" + JA_CHARS + r"A-Za-z]{1,16}?(?:ビル|マンション|ハイツ|コーポ|荘|タワー|レジデンス|アパート)"
            r"(?:[ \t\u3000]?\d{1,4}(?:号室|階|F))?)?")
# without the prefecture nor the postal mark before it, a town and its block numbers in the form of three (chōme,
# banchi, gō: 3-14-7) say an address only where the postal mark follows
JA_TOWN_BLOCK = (r"(?<![" + JA_CHARS + r"\d])" + JA_NAME + r"{2,12}?\d{1,2}" + JA_DASH + r"\d{1,4}" + JA_DASH
                 + r"\d{1,4}(?![\d" + JA_DASH + r"])")
# China (and Taiwan): province, city (市), district or county (区/縣), the street (路/街/大道/巷/弄, a section 段) and its
# number (号/號), then a building, unit and room (3栋1201室)
HAN = "\u4e00-\u9fff"
ZH_NAME = r"(?:(?![的了是在个個这這那我你他她它们們和与與及或也都很到至于於寄送住址])[" + HAN + r"])"  # no particle, pronoun ("住在": lives in)
#: a city's name: no particle either, but 都 as a city's own character (昌都市, 京都市), right before 市
ZH_CITY_NAME = r"(?:" + ZH_NAME + r"|都(?=市))"
ZH_ADDRESS = (
    r"(?:(?<![" + HAN + r"])|(?<=[址在于於至到]))(?:" + ZH_NAME + r"{2,4}(?:省|自治区|自治區))?" + ZH_NAME + ZH_CITY_NAME
    + r"{1,3}市"
    r"(?:[" + HAN + r"]{1,4}?(?:区|區|县|縣|市|旗))?[" + HAN + r"A-Za-z0-9]{0,16}?(?:路|街|大道|大街|道|巷|弄|胡同)"
    r"(?:[一二三四五六七八九十\d]{1,3}段)?(?:\d{1,4}[巷弄])*\d{1,5}(?:号|號)"
    r"(?:[" + HAN + r"]{0,6}?\d{1,4}(?:栋|棟|幢|座|号楼|號樓|楼|樓|单元|單元))*(?:\d{1,5}(?:室|房|号房|號房))?"
)
# a road and its number without the city (南京西路1266号, 中山北路二段15号), where the text names no city before it:
# a road's word right before the number and 号 is an address's (after a verb of sending or living: 寄到, 住在)
ZH_ROAD = (
    r"(?:(?<![" + HAN + r"])|(?<=[址在于於至到]))" + ZH_NAME + r"{1,10}?(?:路|街|大道|大街|巷|弄|胡同)"
    r"(?:[一二三四五六七八九十\d]{1,3}段)?(?:\d{1,4}[巷弄])*\d{1,5}(?:号|號)"
    r"(?:[" + HAN + r"]{0,6}?\d{1,4}(?:栋|棟|幢|座|号楼|號樓|楼|樓|单元|單元))*(?:\d{1,5}(?:室|房|号房|號房))?"
)
# Korea: a road (로/길) and its building number without the province, where the postcode (5 digits) follows
KO_ROAD_POST = (
    r"(?<![" + HANGUL + r"])[" + HANGUL + r"\d]{1,12}(?:로|길)(?:[ \t]?\d{1,4}번?길)?[ \t]+\d{1,5}(?:-\d{1,5})?(?![\d-])"
    r"(?=[ \t]*,?[ \t]*\d{5}(?![\d-]))"
)
# after a Chinese, Japanese or Korean address label (地址：, 住所：, 주소:) a value with a number, CJK characters and
# an address word (市, 区, 路, 号, 町, 구, 로 ...; not "见附件第3页", see page 3); not "IP地址"/"MAC地址" (after a Latin letter)
CJK = HAN + HANGUL + "\u3040-\u30ff"
CJK_CUE = (
    r"(?<![A-Za-z])(?:地址|住址|住所|所在地|居所|주소)[ \t]*[：:][ \t\u3000]*(?P<v>(?=[^\n]{0,20}?[" + CJK + r"])"
    r"(?=[^\n，。；;、|]{0,60}?[市区區県县縣路街道号號町村省州구군로길동읍면리])"
    r"[^\n，。；;、|]{0,60}?\d[^\n，。；;、|]{0,40}?)(?=[ \t\u3000]*(?:[\n，。；;、|]|$))"
)
# Germany: streets named with a preposition and an article (Am Hafenbecken 12, An der Alster 5, Zur Mühle 3): only
# before a postcode and a city that ends the line or a part of it ("Am Montag 12" is a date; "Im Jahr 2020, 12000
# Besucher kamen": a year, a number and a noun in a sentence)
DE_PREP = (
    r"(?=[AIZBUHV])(?<![\w.-])(?:Am|Im|Zum|Zur|Beim|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|Auf[ \t]+den|In[ \t]+der|"
    r"In[ \t]+den|Unter[ \t]+den|Hinter[ \t]+der|Hinter[ \t]+dem|Vor[ \t]+dem|Vor[ \t]+der|Bei[ \t]+der)[ \t]+"
    r"\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?[ \t]+(?!(?:19|20)\d\d(?!\d))\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?(?![\w/])"
    r"(?=[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+\p{Lu}[\p{L}\p{M}-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}-]+)?"
    r"(?:[ \t]*(?:$|[\n,.;:)\]\"'–—-])|[ \t]{2}|[ \t]\())"
)
# a quoted value under a street key of a document or code (street: 'Am Hafenbecken 145', "address_line1": "...",
# streetAddress = "12 Elm Road"; YAML's unquoted street: ...): a number and a name, in either order; not a URL,
# an e-mail or an IP or MAC address (the ip_address / email_address keys are not these keys)
KV_STREET_KEY = (  # (its first letter tested first: the search then skips to those letters)
    r"(?=[HPMBRDSAIEhpmbrdsaie])(?<![\w-])(?i:(?:(?:home|postal|mailing|billing|shipping|residential|delivery)[_ -]?)?"
    r"(?:street(?:[_ -]?(?:address|line|name))?|address(?:[_ -]?line)?)[_ -]?\d?|stra(?:ss|ß)e|addr[_ -]?line[_ -]?\d|adres|"
    r"adresse|anschrift|direcci[óo]n|indirizzo|endere[çc]o)"
)
KV_VALUE = (
    r"(?:\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?[ \t]+\p{L}[^\"'\n{}\[\]<>=@:/\\|]{1,70}?|"
    r"\p{Lu}[^\"'\n{}\[\]<>=@:/\\|\d]{1,60}?[ \t,]\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?(?:[ \t,][^\"'\n{}\[\]<>=@:/\\|]{0,50}?)?)"
)
KV_STREET = KV_STREET_KEY + r"[\"']?[ \t]*(?:=>|:=|[:=])[ \t]*[\"'](?P<v>" + KV_VALUE + r")[\"']"
KV_STREET_YAML = (  # street: Am Hafenbecken 145 (YAML, unquoted: a street key only)
    r"(?<![^\n])[ \t-]*(?i:street(?:[_ -]?(?:address|line)[_ -]?\d?)?|address[_ -]?line[_ -]?\d|stra(?:ss|ß)e):[ \t]+"
    r"(?P<v>" + KV_VALUE + r")(?=[ \t]*(?:\n|$))"
)
# a quoted value under a street key (and a UI log's field=street value="...") written in a script without capitals
# (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai; Cyrillic's street types are in lower case): its
# letters, then a number that ends it or that a unit of the address follows (号, 栋, 番地, 호, 동 ...), then maybe
# more parts after a comma (the city, a postcode). Under a bare line / line1 / line2 key (Stripe's and Shopify's
# address objects, a FHIR address's "line" list) only where a city, postcode or country key of the same object
# follows: an invoice's or a log's "line" holds other things
NATIVE_ADDR_LETTER = (r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff"
                      r"\u3400-\u9fff\uac00-\ud7a3]")
KV_NATIVE_VALUE = (
    r"[\"'](?P<v>" + NATIVE_ADDR_LETTER + r"[^\"'\n{}\[\]<>=@\\|]{0,40}?\d{1,5}(?:[-‐−]\d{1,5}){0,3}"
    r"(?:号|號|栋|棟|幢|番地?|号室|室|楼|樓|호|동|번지)?(?:[ \t]*[,，、،][^\"'\n{}\[\]<>=@\\|]{1,60}?)?)[\"']"
)
KV_NATIVE = (r"(?:(?<![\w-])field=[\"']?)?" + KV_STREET_KEY + r"[\"']?(?:[ \t]*(?:=>|:=|[:=])[ \t]*|[ \t]+value=)"
             + KV_NATIVE_VALUE)
KV_NATIVE_LINE = (
    r"(?<![\w-])(?i:line(?:[_ -]?[1-3])?)[\"']?[ \t]*(?:=>|:=|[:=])[ \t]*(?:\[[ \t\r\n]*)?" + KV_NATIVE_VALUE
    + r"(?=[^{}]{0,200}?(?i:city|town|postal|zip|post_?code|country|state|province)[\"']?[ \t]*(?:=>|:=|[:=]))"
)
# a postcode and a city: under a city key (city: '59000 Lille', Ort: 10115 Berlin), or as a whole quoted or bracketed
# value when the gazetteer knows the city ([50122 Firenze], '3511 AL Utrecht'; not a year: '2024 Paris'). One anchor
# from the postcode (its first digit tested first: the search skips to digits); ``_post_city`` reads what is before it.
POST_CITY = (
    r"(?=[\dA-Z])(?<![\w.,:/-])(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+"
    r"(?P<place>\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t-]\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?=[\"',\])\n]|[ \t]*$)"
)
CITY_KEY_BEFORE = regex.compile(
    r"(?<![\w-])(?i:city|town|ort|wohnort|ville|ciudad|citt[àa]|stadt|plaats|woonplaats|miasto|cidade|locality|commune|"
    r"gemeente|plz[_ /-]?ort|postcode[_ -]?city|zip[_ -]?city)[\"']?[ \t]*(?:=>|:=|[:=])[ \t]*[\"']?$"
)
RECENT_YEAR = regex.compile(r"(?:19[5-9]\d|20[0-3]\d)[ \t]")

# Romania: a street type (Strada, Str., Bulevardul, Bd., B-dul, Calea, Aleea, Șoseaua, Piața, Intrarea, Splaiul), the
# name, "nr." and the number, then the block, staircase, floor and flat (bl. 25, sc. A, et. 3, ap. 7); the postcode
# (six digits) and the city follow as parts (Str. Zorilor nr. 12, bl. 4, sc. B, ap. 9, 500030 Brașov)
RO_TYPE = (r"(?=[SBCAȘŞPIDsbcașşpid])(?<![\w.-])(?i:str(?:ada|\.)|bulevardul|b-dul\.?|bd\.|bdul\.?|calea|aleea|[șşs]oseaua|"
           r"[șşs]os\.|pia[țţ]a|intrarea|intr\.|splaiul|spl\.|drumul)")
RO_UNITS = (r"(?:[ \t]*,?[ \t]*(?i:bl\.?|bloc(?:ul)?|sc\.?|scara|et\.?|etaj(?:ul)?|ap\.?|apt\.?|apartament(?:ul)?|cam\.?)"
            r"[ \t]*[\dA-Z]{1,4}(?!\w))*")
RO_STREET = (RO_TYPE + r"[ \t]+(?:" + NAMEWORD + r"[ \t]+){0,4}?" + NAMEWORD + r",?[ \t]+(?i:nr\.?|num[aă]rul)[ \t]*"
             r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?(?![\w/])" + RO_UNITS)
# Russia, Ukraine, Belarus: the street type in lower case as written (ул., улица, вул., пр-т, просп., пер., ш., наб., пл.,
# б-р ...), the name, the house (д. 52 / буд. 46 / a bare number after a comma), then the building, the flat and the
# office (корп. 2, стр. 1, кв. 264); the postcode and "г."/"м." and the city may follow (ул. Гагарина, д. 17, кв. 41,
# 344002, г. Ростов-на-Дону), and the city may come first (г. Самара, ул. Куйбышева, д. 3)
CYR_TYPE = (r"(?i:ул\.|улица|вул\.|вулиця|пр-т|пр-кт|просп\.|проспект|пер\.|переулок|пров\.|провулок|ш\.|шоссе|шосе|"
            r"наб\.|набережная|набережна|пл\.|площадь|площа|б-р|бульв\.|бульвар|проезд|пр-д|туп\.|тупик|мкр\.?|"
            r"микрорайон|мікрорайон|алл\.|аллея|алея|линия|лінія|тракт)")
CYR_NAME = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,2}(?:-?(?:я|й|го|ая|ий|а))?)"
CYR_CITY = r"(?i:г\.|м\.|город|місто|пос\.|пгт\.?|смт\.?|с\.)[ \t]*\p{Lu}[\p{L}\p{M}-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}-]+)?"
CYR_STREET = (
    r"(?<![\w.-])(?:(?:\d{5,6},[ \t]*)?" + CYR_CITY + r",[ \t]*)?(?:" + CYR_TYPE + r"[ \t]*(?:" + CYR_NAME + r"[ \t]+){0,3}?"
    + CYR_NAME + r"|(?:" + CYR_NAME + r"[ \t]+){1,3}" + CYR_TYPE + r")"  # (the type after the name: Лиговский пр-т)
    r"(?:,?[ \t]*(?i:д\.|дом|буд\.|будинок|б\.)[ \t]*|,[ \t]*)\d{1,4}[а-яА-Яa-z]?(?:/\d{1,3}[а-яА-Я]?)?(?![\w/])"
    r"(?:,?[ \t]*(?i:корп\.|корпус|к\.|стр\.|строение|кв\.|квартира|оф\.|офис|под\.|подъезд|эт\.|этаж|секц\.|пом\.)[ \t]*"
    r"\d{1,4}[а-яА-Я]?(?![\w/]))*(?:,?[ \t]*\d{5,6}(?!\d))?(?:,[ \t]*" + CYR_CITY + r")?"
)
# Colombia: the way's type and number, "#" (or "No.") and the crossing way's number and the door (Calle 26 # 13-45,
# Carrera 7 No. 32-16, Transversal 4A Bis # 15-08 Sur), then the flat, tower or office (apto 1138, Torre 2)
CO_TYPE = (r"(?=[CKTDAc])(?<![\w.-])(?:Calle|Cl\.?|Cll\.?|Carrera|Cra\.?|Kr\.?|Cr\.?|Transversal|Tv\.?|Trans\.?|Diagonal|"
           r"Dg\.?|Diag\.?|Avenida(?:[ \t]+(?:Calle|Carrera|Cra\.?|Cl\.?))?|Av\.?(?:[ \t]+(?:Calle|Carrera|Cra\.?|Cl\.?))?|"
           r"Ak|Ac|Circular|Circunvalar|calle|carrera)")
CO_WAY = r"(?:\d{1,3}[ \t]?[A-Z]?(?:[ \t]?Bis)?(?:[ \t]?[A-Z](?![\w.]))?(?:[ \t]+(?:Sur|Este|Norte|Oeste))?|" + NAMEWORD + r"(?:[ \t]+" + NAMEWORD + r"){0,2})"
CO_STREET = (
    CO_TYPE + r"[ \t]+" + CO_WAY + r"[ \t]*(?:#|No\.?|N[º°o]\.?|Nro\.?|Núm\.?)[ \t]*\d{1,3}[ \t]?[A-Z]?(?:[ \t]?Bis)?[ \t]*-[ \t]*"
    r"\d{1,3}[A-Z]?(?![\w-])(?:[ \t]+(?:Sur|Este))?"
    r"(?:[ \t]*,?[ \t]*(?i:apto\.?|apartamento|ap\.|int\.?|interior|torre|of\.?|oficina|casa|piso|bloque|local|lote|mz\.?|"
    r"manzana)[ \t]*[\dA-Z]{1,5}(?!\w))*"
)
# Indonesia and Malaysia: Jl. / Jalan / Gg. and the street's name, then "No." and the number (Jl. Jend. Ahmad Yani No. 30),
# the neighbourhood units (RT 02/RW 06, RT.002/RW.006), a block (Blok C2); or the number first (No. 12, Jalan Ampang)
ID_TYPE = r"(?=[JGLP])(?<![\w.-])(?:Jl\.?|Jln\.?|Jalan|Gg\.|Gang|Lorong|Persiaran|Lebuh)"
ID_UNITS = (r"(?:[ \t]*,?[ \t]*(?:RT\.?[ \t]*\d{1,3}[ \t]*/[ \t]*RW\.?[ \t]*\d{1,3}|(?i:blok|kav\.?|kavling|lt\.?|lantai)[ \t]*"
            r"[\dA-Z]{1,4}(?!\w)))*")
ID_STREET = (
    r"(?:" + ID_TYPE + r"[ \t]+(?:" + NAMEWORD + r"[ \t]+){0,4}?" + NAMEWORD + r",?[ \t]+(?i:no\.?|nomor|nmr\.?)[ \t]*"
    r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,3}[A-Za-z]?)?(?![\w/])|(?<![\w.])(?i:no\.?)[ \t]*\d{1,4}[A-Za-z]?(?:[-/]\d{1,3})?,?[ \t]+"
    + ID_TYPE + r"[ \t]+(?:" + NAMEWORD + r"[ \t]+){0,4}?" + NAMEWORD + r"(?![\w]))" + ID_UNITS
)
# Czech Republic, Slovakia, Sweden, Greece: the street and its number (Czech and Slovak: the conscription and the
# house number, Štěpánská 1127/9), then the postcode written 3 + 2 (602 00, 114 55, 105 57) and the city, on the same
# line after a comma or on the next
POST32_STREET = (  # (the postcode is matched, not looked ahead at: the engine's pass then needs it too; ``v`` is reported)
    r"(?P<v>(?<![\w.-])\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,2}\.|nad|pod|u|na|v|ve|za|pri))*?[ \t]+"
    r"\d{1,5}(?:/\d{1,4})?[a-zA-Z]?(?![\w/]))[ \t]*(?:,[ \t]*|\r?\n[ \t]*)\d{3}[ \t]\d{2}[ \t]+\p{Lu}"
)
# Norway and Denmark: the street's type as a word of its own after the name (Thereses gate 14, Thor Olsens vei 4), or a
# Danish flat's floor and side after the number (Nørregade 14, 2. tv.), then the four-digit postcode and the city
# (0358 Oslo, 8000 Aarhus C)
NORDIC_STREET = (
    r"(?P<v>(?<![\w.-])(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’.-]+[ \t]+(?:gate|gata|vei|veien|veg|vegen|"
    r"vej|gade|allé|plass|plads|torg|torv|stræde|stræt|bakke|løkka)[ \t]+\d{1,4}[A-Za-z]?(?![\w/])"
    # or a Danish street (whatever its name) with the floor and the side of the flat: Nørregade 14, 2. tv. / 1. th. / st.
    r"|(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’.-]+[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+(?:\d{1,2}\.?[ \t]*(?:th|tv|mf)|st|kl|sal)"
    r"\.?(?:[ \t]*(?:th|tv|mf)\.?)?(?![\w])))[ \t]*(?:,[ \t]*|[ \t]+|\r?\n[ \t]*)\d{4}[ \t]+\p{Lu}"
)
# the United Arab Emirates (and the Gulf): a villa, flat or office and its number, then the street, named with its
# type (Villa 12, Al Safa Road; Flat 1204, Harbour Tower, Al Sufouh Street) or numbered (Villa 7, Street 24)
GULF_UNIT = (
    r"(?=[VFAOSUP])(?<![\w-])(?:Villa|Flat|Apartment|Apt\.?|Office|Shop|Unit|Plot)[ \t]*(?:No\.?[ \t]*)?#?\d{1,5}[A-Z]?"
    r"(?:[ \t]*,[ \t]*(?:" + NAMEWORD + r"[ \t]+){0,3}(?:Building|Bldg\.?|Tower|Towers|Residence|Residences|Villas|Complex))?"
    r"[ \t]*,[ \t]*(?:(?:" + NAMEWORD + r"[ \t]+){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Highway)|(?:Street|Road)[ \t]+\d{1,3}[A-Z]?"
    r"|\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:Street|Road))(?![\w])"
)
# Arabic (Egypt, the Levant, the Gulf): the number, then the street's type (شارع street, ش., طريق road, ميدان square,
# كورنيش corniche, جادة avenue) and name, or the type, the name and the number (رقم), or the building's (مبنى, بناية,
# عمارة building, فيلا villa, منزل house: the Gulf's way, شارع الخليج، مبنى 12); then the district, the city and
# the governorate after commas (Arabic "،" or ","): 15 شارع النيل، المعادي، القاهرة
AR_WORD = r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff][\u0620-\u065f\u0670-\u06d3\u06fa-\u06ff]*"
AR_TYPE = r"(?:شارع|ش\.|طريق|ميدان|كورنيش|جادة)"
AR_TAIL = r"(?:[ \t]*[,،][ \t]*" + AR_WORD + r"(?:[ \t]+" + AR_WORD + r"){0,2}){0,3}"
AR_STREET = (
    r"(?:(?<![\w.-])\d{1,5}[ \t]*[,،]?[ \t]+" + AR_TYPE + r"[ \t]+" + AR_WORD + r"(?:[ \t]+" + AR_WORD + r"){0,2}"
    r"|(?<![\u0620-\u06ff])" + AR_TYPE + r"[ \t]+" + AR_WORD + r"(?:[ \t]+" + AR_WORD + r"){0,2}[ \t]*[,،]?[ \t]*"
    r"(?:(?:رقم|مبنى|بناية|عمارة|فيلا|منزل)[ \t]*)?"
    r"\d{1,5}(?![\w.,/-]\d))" + AR_TAIL
)
# Hebrew (Israel): the street's type (רחוב street, רח׳, שדרות boulevard, שד׳, דרך road, סמטת alley, כיכר square) and name,
# the number, then the flat, floor or entrance (דירה 31, קומה 2) and the city with its postcode (7 digits)
HE_WORD = r"[\u05d0-\u05ea][\u05b0-\u05c7\u05d0-\u05ea'׳״-]*"
HE_STREET = (
    r"(?<![\u05d0-\u05ea])(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|כיכר|ככר)[ \t]+" + HE_WORD + r"(?:[ \t]+" + HE_WORD + r"){0,2}"
    r"[ \t]+\d{1,4}(?:[א-ת](?![\u05d0-\u05ea]))?(?![\w.,/-]\d)(?:[ \t]*,?[ \t]*(?:דירה|דיר['׳]|קומה|כניסה|בניין)[ \t]*\d{1,4}(?!\d))*"
    r"(?:[ \t]*,[ \t]*" + HE_WORD + r"(?:[ \t]+" + HE_WORD + r"){0,2}(?:[ \t]+\d{5,7}(?!\d))?)?"
)
# Thailand: the house number (with its lot, 123/45; after เลขที่ "number"), then the parts named by their words: หมู่
# village, ซอย/ซ. lane, ถนน/ถ. road, แขวง/ตำบล/ต. sub-district, เขต/อำเภอ/อ. district, จังหวัด/จ. province (Bangkok's
# กรุงเทพฯ without), and the postcode (5 digits): 123/45 ถนนประดิพัทธ์ แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400
TH_WORD = r"[\u0e01-\u0e4e]+"
TH_PART = (r"(?:หมู่(?:ที่)?|ม\.|หมู่บ้าน|อาคาร|ชั้น|ห้อง|ซอย|ซ\.|ถนน|ถ\.|แขวง|ตำบล|ต\.|เขต|อำเภอ|อ\.|จังหวัด|จ\.)[ \t]*"
           r"(?:" + TH_WORD + r"|\d{1,4})(?:[ \t]*\d{1,4}(?![\d/]))?")
TH_STREET = (
    r"(?:เลขที่[ \t]*)?(?<![\w./-])\d{1,5}(?:/\d{1,4})?(?![\w/])(?:[ \t]*,?[ \t]*" + TH_PART + r")+"
    r"(?:[ \t]*,?[ \t]*" + TH_WORD + r")?(?:[ \t]*,?[ \t]*\d{5}(?!\d))?"
)

ANCHORS = [
    # 6750 Main Street / 1668 Glyn St / 99 N. Park Avenue West
    (regex.compile(
        r"\d(?<![\w.,/-]\d)\d{0,5}[A-Za-z]?(?:[- ]\d{1,6})?[ \t]+(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?[ \t]+)?"
        r"(?:" + NAMEWORD + r"[ \t]+){1,4}(?:" + STREET_TYPES + r")\b\.?"
        r"(?:[ \t]+(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\b\.?)?"
    ), 0.75),
    # Rue de Piétrain 371 / Via Roma 131 / ul. Zamkowa 33 / 20 Rue Hsine Eloued
    (regex.compile(
        r"(?=[RVCABPTLEQISUOuapo])(?<![\w.-])" + PREFIXED + r"[ \t]+(?:" + NAMEWORD + r"[ \t]+){0,4}?" + NAMEWORD + r"[ \t]+\d{1,5}[A-Za-z]?"
        r"(?:/\d{1,4}[A-Za-z]?(?![\w/]))?\b\.?"
    ), 0.7),
    (regex.compile(
        r"\d(?<![\w.,/-]\d)\d{0,5}[A-Za-z]?[ \t]+" + PREFIXED + r"(?:[ \t]+" + NAMEWORD + r"){1,5}"
    ), 0.7),
    # 57 Askelund 1 / 2224 Trenerys gate 232 / 85 Ηλίου 64: number, name, number, then end of line or comma
    (regex.compile(
        r"\d(?<![\w.,/:-]\d)\d{0,5}[ \t]+(?!" + MONTHS + r"\b)(?![^\n,]{0,60}?[\p{L}\p{M}]{4}\.[ \t])(?P<name>\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+[\p{L}\p{M}'’.-]+){0,3})[ \t]+\d{1,5}[A-Za-z]?\b\.?"
        r"(?=[ \t]*(?:,|\n|$))"
    ), 0.6),
    # my zip code is 86786 / Postcode: SW1A 1AA (every postcode has a digit: not a schema's "postalCode: String")
    (regex.compile(r"(?i)(?=[zp])\b(?:zip|postal|post)[ \t]?code[ \t]*(?:is|:|=)?[ \t]*(?P<v>(?=[A-Z -]{0,9}\d)[A-Z0-9](?:[A-Z0-9 -]{1,8}[A-Z0-9])?)\b"), 0.6),
    # units and boxes; not in a path or a file name (/etc/cron.daily/apt 1..., man8/apt.8.gz), nor before a version's
    # dot or a shell redirection ("apt 2.6.1", "apt 2>/dev/null"): a package or a tool named like a unit
    (regex.compile(r"(?i:(?=[asufbp]))(?<![\w./-])" + UNIT_ALONE + r"\b(?!\.\w|>)"), 0.6),
    # military: PSC 3294, Box 9168 / Unit 8524 Box 0979 / USNS Name \n FPO AA 12345
    (regex.compile(r"(?<![\w-])(?:PSC|Unit|USNS|USNV|USS|USCGC)[ \t]+[\w ,.]{1,40}?\n?[ \t]*[ADF]PO[ \t]+A[AEP][ \t]+\d{5}\b"), 0.8),
    (regex.compile(r"(?i)(?=[adf])(?<![\w-])[adf]po[ \t]+a[aep][ \t]+\d{5}\b"), 0.75),
    # Springfield, IL 62704 / London SW1A 1AA
    (regex.compile(r"(?<![\w-])(?:\p{Lu}[\p{L}\p{M}'’.-]+[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’.-]+,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b"), 0.7),
    (regex.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b"), 0.6),
    # French: 12 rue des Lilas / 102 bis, avenue du Général de Gaulle / 3 allée de l'Église (type in lower case)
    (regex.compile(FR_NUMBER + r"(?i:" + FR_TYPES + r")(?![\p{L}\p{M}-])" + FR_NAME), 0.7),
    # 96 place de la Mairie / 4 route de Lyon (words English has too: a French particle after them, or a
    # postcode and a city after the street: "7 square Louvois, 75002 Paris")
    (regex.compile(FR_NUMBER + r"(?i:" + FR_TYPES_SHARED + r")(?![\p{L}\p{M}-])"
                   r"(?:(?=[ \t]+(?i:de|du|des|d['’]))" + FR_NAME + r"|" + FR_NAME + r"(?=,?[ \t]+\d{5}[ \t]+\p{Lu}))"), 0.7),
    # Brazil: Rua Sete de Setembro, 2974 - Lourdes, Belo Horizonte - MG, 32208-149 (one span, street to CEP)
    (regex.compile(BR_STRONG + BR_NAME + BR_NUMBER + BR_TAIL), 0.7),
    # R. / Tv. / Largo (an initial, "TV", a musical term): only with a city and its state, or a CEP
    (regex.compile(BR_WEAK + BR_NAME + BR_NUMBER + BR_TAIL_NEEDED), 0.7),
    # India: House No. 302, Station Road, Madhapur, Hyderabad 500031 / Flat 4B, 12th Cross, ... 560038
    (regex.compile(r"(?:" + IN_HOUSE_WORD + IN_ID + r"|" + IN_HASH + r")" + IN_PARTS), 0.7),
    # India: 12, Nehru Marg, Jaipur 302001 (a number, a comma and a road; then a city or a PIN)
    (regex.compile(IN_NUMBER + IN_ROAD_NAMED + IN_AFTER), 0.7),
    # Spain, Italy, Poland: Calle de Alcalá, 42, 4º D, 28014 Madrid / C/ Mayor 14, 2º / Via Roma, 12, 20121 Milano
    (regex.compile(EU_WEAK + r"(?:" + NAMEWORD + r"[ \t]+){0,4}?" + NAMEWORD + r",?[ \t]+(?:(?i:n[º°o]\.?)[ \t]*)?"
                   r"\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w/])" + EU_TAIL_NEEDED), 0.7),
    # Turkey: Cumhuriyet Mahallesi No: 36 D: 6, 34728 Kadıköy/İstanbul (the door number is needed)
    (TR_ANCHOR := regex.compile(r"(?<![\w.-])" + TR_STREET + r"(?:,?[ \t]+" + TR_STREET + r"){0,2}" + TR_DOOR + TR_TAIL), 0.7),
    # Korea: 부산광역시 해운대구 해운대로 264
    (KO_ANCHOR := regex.compile(KO_ADDRESS), 0.7),
    # Japan: 〒460-0008 愛知県名古屋市中区栄3-5-1 (the prefecture, or the postal mark)
    (JA_ANCHOR := regex.compile(r"(?:" + JA_POST + r"[ \t\u3000]*)?" + JA_PREF + JA_TOWN + r"{1,24}?" + JA_BLOCK), 0.7),
    (JA_POST_ANCHOR := regex.compile(JA_POST + r"[ \t\u3000]*(?:" + JA_TOWN + r"{2,12}[ \t\u3000])?" + JA_TOWN + r"{2,24}?"
                                     + JA_BLOCK), 0.7),
    # 神宮前3-14-7, 〒150-0001 (the town and its block numbers, the postal mark after them)
    (JA_TOWN_POST_ANCHOR := regex.compile(JA_TOWN_BLOCK + r"(?=[ \t\u3000]*[,，、]?[ \t\u3000]*〒)"), 0.7),
    # China: 深圳市南山区深南大道9988号
    (ZH_ANCHOR := regex.compile(ZH_ADDRESS), 0.7),
    # 南京西路1266号 (a road and its number without the city)
    (ZH_ROAD_ANCHOR := regex.compile(ZH_ROAD), 0.7),
    # 테헤란로 152, 06236 (a road and its building number, the postcode after them)
    (KO_ROAD_POST_ANCHOR := regex.compile(KO_ROAD_POST), 0.7),
    # 地址：..., 住所：..., 주소: ...
    (CJK_CUE_ANCHOR := regex.compile(CJK_CUE), 0.65),
    # Am Hafenbecken 12, 70173 Stuttgart
    (regex.compile(DE_PREP), 0.7),
    # street: 'Am Hafenbecken 145' / "address_line1": "12 Elm Road"
    (regex.compile(KV_STREET), 0.7),
    (KV_YAML_ANCHOR := regex.compile(KV_STREET_YAML), 0.7),
    # "street": "세종대로 110" / address1: '科技园南区6栋' / "line": ["شارع الخليج، مبنى 12"]
    (KV_NATIVE_ANCHOR := regex.compile(KV_NATIVE), 0.7),
    (KV_NATIVE_LINE_ANCHOR := regex.compile(KV_NATIVE_LINE), 0.7),
    # city: '59000 Lille' / [50122 Firenze]
    (regex.compile(POST_CITY), 0.65),
    # Str. Zorilor nr. 12, bl. 4, sc. B, ap. 9
    (RO_ANCHOR := regex.compile(RO_STREET), 0.7),
    # ул. Гагарина, д. 17, кв. 41 / вул. Шевченка, 8, кв. 3
    (CYR_ANCHOR := regex.compile(CYR_STREET), 0.7),
    # Calle 26 # 13-45
    (CO_ANCHOR := regex.compile(CO_STREET), 0.7),
    # Jl. Jend. Ahmad Yani No. 30, RT 02/RW 06
    (ID_ANCHOR := regex.compile(ID_STREET), 0.7),
    # Štěpánská 1127/9, 602 00 Brno
    (POST32_ANCHOR := regex.compile(POST32_STREET), 0.65),
    # Villa 12, Al Safa Road
    (GULF_ANCHOR := regex.compile(GULF_UNIT), 0.7),
    # 15 شارع النيل، المعادي / רחוב ביאליק 12, דירה 3 / 123/45 ถนนประดิพัทธ์ แขวงพญาไท
    (AR_ANCHOR := regex.compile(AR_STREET), 0.7),
    (HE_ANCHOR := regex.compile(HE_STREET), 0.7),
    (TH_ANCHOR := regex.compile(TH_STREET), 0.7),
    # Thereses gate 14, 0358 Oslo
    (NORDIC_ANCHOR := regex.compile(NORDIC_STREET), 0.7),
]
#: the "City, ST 12345" anchor (ANCHORS[8]) is costly to try at every capital; it needs this in the span
CITY_ST = 8
CITY_ST_GATE = regex.compile(r"[A-Z]{2}[ \t]+\d{5}")


#: the last region ``_non_ascii`` tested, and its answer: the anchors of other scripts ask in turn for each region
_last_region: list[Any] = [None, -1, -1, False]


def _non_ascii(text: str, r0: int, r1: int) -> bool:
    last = _last_region
    if last[0] is not text or last[1] != r0 or last[2] != r1:
        last[:] = [text, r0, r1, not text[r0:r1].isascii()]
    return last[3]


def _gate(pattern: Any) -> Any:
    return lambda text, r0, r1: pattern.search(text, r0, r1) is not None


def _script_gate(pattern: Any) -> Any:
    """``_gate`` of a pattern of another script's characters, searched only in a region that is not ASCII."""
    return lambda text, r0, r1: _non_ascii(text, r0, r1) and pattern.search(text, r0, r1) is not None


class MarksFilter:
    """A byte pattern searched in a region's digit marks (each digit a NUL, a non-ASCII character ``?``) that
    several anchors' gates need: searched once per region (the last region's answer is kept for the next gate)."""

    def __init__(self, pattern: bytes) -> None:
        self.compiled = regex.compile(pattern)
        self.last: tuple[bytes | None, int, int, bool] = (None, -1, -1, False)

    def __call__(self, marks: bytes, r0: int, r1: int) -> bool:
        seen, a, b, found = self.last
        if seen is not marks or a != r0 or b != r1:
            found = self.compiled.search(marks, r0, r1) is not None
            self.last = (marks, r0, r1, found)
        return found


def _marks_gate(pattern: bytes, first: MarksFilter | None = None) -> Any:
    """A gate searching the region's digit marks with a byte pattern that starts with a literal or a class of them
    (``re`` skips to those without trying each position; one alternation of several such patterns would lose
    that), after a filter shared with other gates if ``first``."""
    compiled = regex.compile(pattern)

    def passes(text: str, r0: int, r1: int) -> bool:
        marks = digit_marks(text)
        return (first is None or first(marks, r0, r1)) and compiled.search(marks, r0, r1) is not None
    return passes


#: what each of these anchors holds, in the digit marks (and a filter some share): "nr." and a number (Romania),
#: "#" or "No." and a number, a dash and a number (Colombia), "No." and a number (Indonesia), a postcode of 3 + 2
#: digits, a villa's or a flat's number, a house number and a four-digit postcode and a city (Norway, Denmark)
#: "#", "nr.", "No.", "N°", "Nomor", "Nro." and a number: the Romanian, Colombian and Indonesian anchors' shared filter
NUMBER_SIGN = MarksFilter(  # (each alternative starts with a literal: ``re`` then skips to "#", "N" or "n")
    rb"(?:#|N(?:[RrOo]\.?|\?|omor|mr\.?|ro\.?)|n(?:[ro]\.?|omor|mr\.?))[ \t]*\x00")
MARKS_GATES = {
    RO_ANCHOR: (rb"[Nn][Rr]\.?[ \t]*\x00", NUMBER_SIGN),
    CO_ANCHOR: (rb"(?:#|N[o?]\.?|Nro\.?)[ \t]*\x00{1,3}[ \t]?[A-Z]?(?:[ \t]?Bis)?[ \t]*-[ \t]*\x00", NUMBER_SIGN),
    ID_ANCHOR: (rb"[Nn](?:[Oo]|omor|OMOR|mr|MR)\.?[ \t]*\x00", NUMBER_SIGN),
    POST32_ANCHOR: (rb"\x00\x00\x00[ \t]\x00\x00[ \t]",),
    GULF_ANCHOR: (rb"(?:Villa|Flat|Apartment|Apt|Office|Shop|Unit|Plot)\.?[ \t]*(?:No\.?[ \t]*)?#?\x00",),
    NORDIC_ANCHOR: (rb"\x00\x00\x00\x00[ \t]+[A-Z?]",),  # (its postcode and the city's capital)
}
#: Anchors tried in a digit region only where a cheap test passes (each would be tried at every capital
#: or every position): the Chinese, Japanese and Korean ones only in a region that is not ASCII, the
#: Turkish one where a door number ("No: 12") is, YAML's unquoted street where a street key is.
ANCHOR_GATES: dict[int, Any] = {
    CITY_ST: _gate(CITY_ST_GATE),
    **{[p for p, _ in ANCHORS].index(a): _non_ascii
       for a in (KO_ANCHOR, JA_ANCHOR, JA_POST_ANCHOR, ZH_ANCHOR, CJK_CUE_ANCHOR, JA_TOWN_POST_ANCHOR, ZH_ROAD_ANCHOR,
                 KO_ROAD_POST_ANCHOR, KV_NATIVE_ANCHOR, KV_NATIVE_LINE_ANCHOR)},
    # the anchors of other scripts: only in a region holding that script's letters (Cyrillic, Thai) or its street
    # types' words (Arabic, Hebrew), searched only where the region is not ASCII
    **{[p for p, _ in ANCHORS].index(a): _script_gate(regex.compile(g)) for a, g in (
        (CYR_ANCHOR, r"[\u0400-\u04ff]"), (TH_ANCHOR, r"[\u0e01-\u0e4e]"), (AR_ANCHOR, AR_TYPE),
        (HE_ANCHOR, r"(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|כיכר|ככר)"))},
    [p for p, _ in ANCHORS].index(TR_ANCHOR): _gate(regex.compile(r"[Nn](?:[Oo]|[Uu][Mm][Aa][Rr][Aa])[ \t]*[:.]?[ \t]*\d")),
    [p for p, _ in ANCHORS].index(KV_YAML_ANCHOR): _gate(regex.compile(r"[Ss][Tt][Rr](?:[Ee][Ee][Tt]|[Aa](?:[Ss][Ss]|ß)[Ee])|[Ll][Ii][Nn][Ee][_ -]?\d")),
    **{[p for p, _ in ANCHORS].index(a): _marks_gate(*g) for a, g in MARKS_GATES.items()},
}
# Schaarsteinweg 97 / hersnapvej 18 / Király u. 15. / Árpád fejedelem útja 3.: found from the number
# backwards (a forward scan would try every word of the text as the start of a street name)
HOUSE_NUMBER = regex.compile(r"[ \t](?<=[\p{L}.][ \t])[ \t]*\d{1,5}[A-Za-z]?\b\.?")
#: a digit after a blank, where HOUSE_NUMBER may match: after a letter or "." and one blank, or after two blanks
SPACED_DIGIT = regex.compile(r"\d(?<=[ \t]\d)(?:(?<=[\p{L}.][ \t]\d)|(?<=[ \t][ \t]\d))")
SUFFIXED_STREET = regex.compile(  # Lindenstraße / Hansinegata: the suffix ends one word
    r"(?i)(?<![\w.-])(?:\d{1,6}[ \t]+)?(?!['’])[\p{L}\p{M}'’-]+" + SUFFIXED + r"$"  # (not an opening quote)
)
STANDALONE_STREET = regex.compile(  # Árpád fejedelem útja / Király u. / Jana Pawła ulica: the type is its own word
    r"(?i)(?<![\w.-])(?:\d{1,6}[ \t]+)?(?!['’])(?:[\p{L}\p{M}'’-]+[ \t]+){1,3}(?:" + SUFFIXED + r"|u\.)$"
)
SUFFIX_END = regex.compile(r"(?i)(?:" + SUFFIXED + r"|\bu\.)$")
#: a suffix ``SUFFIX_END`` matches, then a house number's first digit: for a long text the engine finds
#: these digits in its pass over the regions (far fewer than the spaced digits)
SUFFIX_NUMBER = r"(?i)(?:" + SUFFIXED + r"|\bu\.)[ \t]+\d"
#: what ``SUFFIX_END`` can match, as plain strings: an ASCII text ending in none of them (lower-cased) cannot
#: match it (on ASCII, ``(?i)`` is ``lower()``; its ``\b`` only narrows ``u.``)
SUFFIX_TAILS = tuple(
    w.replace("\\.", ".") for w in SUFFIXED[3:-1].replace("stra(?:ss|ß)e", "strasse|straße").split("|")
) + ("u.",)
STREET_WORD = regex.compile(r"(?i)\b(?:" + STREET_TYPES + r")\b|" + SUFFIXED + r"\b|\b" + PREFIXED + r"\s|\b(?:apt|suite|unit|box|floor)\b")
CUE = regex.compile(
    r"(?i)(?=[lrmhbsdpocteainаทاعכđδपنآ])\b(?:lives? at|lived at|living at|lives on|live on|resides? at|(?:my|his|her|their|our|new|home|billing|"
    r"shipping|mailing|postal|delivery|street|office|correct|the) address(?: is| was|:)?|address of [\p{L} .&-]{1,40} is|"
    r"address:|(?:adres|adresse|anschrift|direcci[óo]n|indirizzo|endere[çc]o|adresa|osoite|alamat|адрес|адреса|ที่อยู่|العنوان|عنوان|نشانی|آدرس|כתובת|"
    r"địa chỉ|διεύθυνση|पता)[ \t]*:|located at|(?:is|are) at|sent to|send it to|send to|ship(?:ped)? to|deliver(?:ed)? to|return(?:ed)? to|"
    r"mail(?:ed)? to|moved to|enter on|drops? you off at|pick(?:ed)? (?:me |you )?up (?:at|from)|meet me at|"
    r"arrived at|the corner of|corner of)[ \t]*\n?[ \t]*"
)
#: what follows a cue, to the end of its sentence: a dot after a Devanagari letter is an abbreviation's (नं. 12,
#: house number 12; Hindi ends a sentence with ।)
_CUE_CHAR = r"(?:[^\n.?!;।]|(?<=[\u0900-\u097f])\.)"
CUE_SPAN = regex.compile(rf"(?m){_CUE_CHAR}{{0,90}}?(?:\d{_CUE_CHAR}{{0,60}}?)?(?=$|(?:(?<![\u0900-\u097f])[.?!;]|।)(?:\s|$)|\n\n|\n(?=\S{{0,3}}[a-z]))")
# continuation: the rest of an address after an anchor, same line or next short lines. A capitalised word of a part
# holds a dot inside (St.Gallen) or ends with one only when it is an abbreviation of one to three letters (Str., St.,
# D.C.):
# "Leipzig. Meine ..." is a sentence's end, not the address going on
_PART_WORD = r"(?:\p{Lu}[\p{L}\p{M}]{0,2}(?:\.\p{L}[\p{L}\p{M}]{0,2})*\.(?![\p{L}\p{M}])|\p{Lu}(?:[\p{L}\p{M}'’-]|\.(?=[\p{L}\p{M}]))*)"
PART = (  # (a Brazilian "Campinas - SP" line first: the city's words alone would end the part before " - SP")
    r"(?:" + BR_PLACE + r"[ \t]*[-–/][ \t]*" + BR_UF + r"|" + UNIT + r"|" + ES_FLOOR + r"|\d{3}[ \t]\d{2}(?![\w-])|"
    r"\d{3,6}(?:-\d{3,4})?|\d{2}-\d{3}(?![\w-])|"
    r"\(\p{Lu}{2}\)|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|\d{4}[ \t]?[A-Z]{2}|nan|"
    r"(?:" + _PART_WORD + r"|\p{Lu}{2,})(?!\d)(?:[ \t-](?:" + _PART_WORD + r"(?!\d)|(?:de|la|du|del|der|am|an|of|the|and|et|sur)(?![\p{L}\p{M}])|\d{3,6}))*)"
)
SAME_LINE = regex.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)" + PART)
NEXT_LINE = regex.compile(r"[ \t]*,?[ \t]*\n(?:[ \t>]*\n)?[ \t>*-]*(,[ \t]*)?" + PART + r"(?:,?[ \t]+" + PART + r"){0,3}[ \t,]*(?=\n|$)")
BAD_PART = regex.compile(r"(?i)^(?:,?[ \t]*)(?:and|or|but|the|to|in|for|is|was|at|on|by|with|from|office|fax|mobile|phone|tel|email|e-mail|website|name|date)\b")
#: the protocol of an HTTP status line, right before its version's last digit or its status code
_HTTP_BEFORE = regex.compile(r"HTTP/(?:\d\.)?(?:\d[ \t]+)?$")
LEADING_NUMBER = regex.compile(r"(?:\d{1,6}[ \t]+){1,2}$")
#: a line that closes an address block: postcode and city ("49577 Köln", "1530 SD Utrecht", "75008 Paris"); after
#: it a blank line ends the block (a letter's next block: the recipient's company, the date)
CLOSING_LINE = regex.compile(r"(?:^|\n)[ \t>*-]*(?:\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2})[ \t]+\p{Lu}[^\n\d]{1,40}$")
#: A letter's postcode line next to its street line: Japanese 〒954-0255 and Chinese 邮编 771282 (above or below
#: it), Russian "151736, г. Казань" (above it: the Russian order, postcode and city before the street). A label
#: with a colon ("郵便番号: 530-7451") is a record's field: ``postcode-after-label`` takes its value, the label stays
_POSTCODE_LINE = r"(?:〒[ \t]*\d{3}-?\d{4}|(?:邮编|郵編|邮政编码|郵便番号)[ \t]+\d{3}-?\d{3,4})"
POSTCODE_LINE_BELOW = regex.compile(r"[ \t]*\r?\n[ \t]*" + _POSTCODE_LINE + r"[ \t]*(?=\r?\n|$)")
POSTCODE_LINE_ABOVE = regex.compile(
    r"(?:^|(?<=\n))[ \t]*(?:" + _POSTCODE_LINE + r"|\d{6},?[ \t]+(?:г\.|город)[ \t]*\p{Lu}[\p{L}\p{M}-]{1,30}"
    r"(?:[ \t]\p{Lu}[\p{L}\p{M}-]{1,30}){0,2})[ \t]*\r?\n[ \t]*$")


class AddressDetector:
    name = "address"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = options or {}
        self.min_score = float(options.get("min_score", 0.0))
        extra = [str(w) for w in options.get("context_words", []) if str(w).strip()]
        self.extra_cue = (regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in extra) + r")[ \t]*:?[ \t]*")
                          if extra else None)

    def detect(self, text: str) -> list[Finding]:
        # every anchor has a digit on its line or the next ("Address:\n12 Main St"): only those lines are scanned
        regions = _digit_regions(text)
        if not regions:
            return []  # no digit at all
        spans: list[tuple[int, int, float]] = []
        lower_text = not any(c.isupper() for c in text[:4096])
        if len(text) >= ENGINE_FROM:
            self._engine_spans(text, regions, lower_text, spans)
        else:
            for r0, r1 in regions:
                self._anchors(text, r0, r1, lower_text, spans)
        if not spans:
            return []
        out = []
        grown = [(*self._grow(text, s, e), score) for s, e, score in _merge(text, spans)]
        for s, e, score in _merge(text, grown):
            val = text[s:e]
            if not any(ch.isalpha() for ch in val) and not (val.isdigit() and len(val) >= 4):
                continue
            if organisation_contact(text, s, e):
                continue  # an organisation's published address in licence text (see _licence)
            if _HTTP_BEFORE.search(text, max(0, s - 12), s):
                continue  # an HTTP status line: "HTTP/1.1 502 Bad Gateway" names no street
            if score >= self.min_score:
                out.append(Finding(s, e, "pii", "ADDRESS", "street-address", score))
        return out

    def _anchors(self, text: str, r0: int, r1: int, lower_text: bool, spans: list[tuple[int, int, float]]) -> None:
        """Anchors, house numbers and cues in the digit region ``[r0, r1)``, each anchor's regex run over it."""
        for i, (pattern, score) in enumerate(ANCHORS):
            gate = ANCHOR_GATES.get(i)
            if gate is not None and not gate(text, r0, r1):
                continue
            for m in pattern.finditer(text, r0, r1):
                span = _anchor_span(pattern, m)
                if span and text[span[0]:span[1]].strip():
                    spans.append((*span, score))
        self._house_numbers(text, r0, r1, lower_text, spans)
        for cue in (CUE, self.extra_cue):
            if cue is not None:
                _cue_spans(text, (m.end() for m in cue.finditer(text, r0, r1)), lower_text, spans)

    def _engine_spans(self, text: str, regions: list[tuple[int, int]], lower_text: bool,
                      spans: list[tuple[int, int, float]]) -> None:
        """What :meth:`_anchors` finds in every region, for a long text: the anchors (and, with Hyperscan,
        the cues and the house numbers' candidates) come from one engine pass over the regions. (The
        spans' order does not matter: :func:`_merge` sorts them.)"""
        found = _engine_anchors(text, regions)
        spans.extend(s for s in found.anchors if text[s[0]:s[1]].strip())
        if found.cue_ends is not None:
            _cue_spans(text, found.cue_ends, lower_text, spans)
        if found.house_digits is not None:
            for d, r1 in found.house_digits:
                _house_number(text, d, r1, lower_text, spans)
        for r0, r1 in regions:
            if found.house_digits is None:
                self._house_numbers(text, r0, r1, lower_text, spans)
            if found.cue_ends is None:
                _cue_spans(text, (m.end() for m in CUE.finditer(text, r0, r1)), lower_text, spans)
            if self.extra_cue is not None:
                _cue_spans(text, (m.end() for m in self.extra_cue.finditer(text, r0, r1)), lower_text, spans)

    def _house_numbers(self, text: str, r0: int, r1: int, lower_text: bool, spans: list[tuple[int, int, float]]) -> None:
        """Street names ending in a street suffix, before a house number, in the region ``[r0, r1)``."""
        # HOUSE_NUMBER matches only where a digit follows a space: find those digits (a fast scan), then
        # try the pattern from the start of the blank run before each one (what finditer would find)
        for d in SPACED_DIGIT.finditer(text, r0, r1):
            _house_number(text, d.start(), r1, lower_text, spans, r0)

    def _grow(self, text: str, s: int, e: int) -> tuple[int, int]:
        lines = 0
        cell = _cell_delimiter(text, s)
        while lines < 6:
            m = SAME_LINE.match(text, e)
            if m and cell and cell in text[e:m.end()].lstrip(" "):
                m = None  # a CSV or TSV row's next cell (a postcode, a city, a country, a plan), not the address's next part
            if m and not BAD_PART.match(m.group()) and m.end() - e <= 60:
                e = m.end()
                continue
            m = NEXT_LINE.match(text, e)
            if m and m.group().count("\n") > 1 and CLOSING_LINE.search(text, max(0, e - 60), e):
                m = None  # (a blank line after the postcode and city: the block has ended)
            if m and not BAD_PART.match(m.group().lstrip(" \t\n>*-")) and len(m.group()) <= 60 \
                    and not _wordy(m.group()):
                e = m.end()
                lines += 1
                continue
            break
        if not cell and "\n" in text[e:e + 2]:
            m = POSTCODE_LINE_BELOW.match(text, e)
            if m:
                e = m.end()
        if not cell and s and text[s - 1] == "\n":
            m = POSTCODE_LINE_ABOVE.search(text, max(0, s - 60), s)
            if m:
                s = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        if cell:  # an anchor's own parts stop at the cell's end too ("145 Mill Lane\tNR2 2XJ": two cells)
            cut = text.find(cell, s, e)
            e = cut if cut > s else e
        while e > s and text[e - 1] in " \t,\n'’":  # (a closing quote: "indirizzo 'Via Roma 1, 00100 Roma'")
            e -= 1
        lm = LEADING_NUMBER.search(text, max(0, s - 16), s)
        if lm and not (cell and cell in lm.group()):  # (not the year of the cell before: "1991\t145 Mill Lane")
            s = lm.start()
        return s, e


def _cell_delimiter(text: str, at: int) -> str:
    """The cell delimiter of the line holding ``at`` if it is a table's row, else "": a tab if it holds three
    tabs or more (a TSV or a spreadsheet's paste), a comma if three commas or more and none followed by a blank
    (the parts of a written address are: "12 Main St, Springfield, IL")."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    line = text[ls:le if le >= 0 else len(text)]
    if line.count("\t") >= 3:
        return "\t"
    return "," if line.count(",") >= 3 and ", " not in line else ""


def _house_number(text: str, d: int, r1: int, lower_text: bool, spans: list[tuple[int, int, float]],
                  r0: int = 0) -> None:
    """The street name ending in a street suffix before the house number whose first digit is at ``d``,
    if there is one; the region ``[r0, r1)`` holds the digit's line (the blank run must start in it)."""
    p = d - 1
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    if p < r0:
        return
    before = text[p - 12 if p > 12 else 0:p]
    if before.isascii() and not before.lower().endswith(SUFFIX_TAILS):
        return  # ``SUFFIX_END`` cannot match at ``p``, where any match would start
    m = HOUSE_NUMBER.match(text, p, r1)
    if m is None:
        return
    s0 = m.start()
    if not SUFFIX_END.search(text, max(0, s0 - 12), s0):
        return
    w = SUFFIXED_STREET.search(text, max(0, s0 - 40), s0) or STANDALONE_STREET.search(text, max(0, s0 - 80), s0)
    if w and (lower_text or any(c.isupper() for c in w.group())):
        spans.append((w.start(), m.end(), 0.7))


def _anchor_span(pattern: Any, m: Any) -> tuple[int, int] | None:
    """The span an anchor's match stands for (its ``v`` group where it has one), in ``m``'s string."""
    if "name" in pattern.groupindex and _wordy(m.group("name")):
        return None  # "3 Workers 2": ordinary words between two numbers
    if "place" in pattern.groupindex:
        return m.span() if _post_city(m) else None
    return m.span("v") if "v" in pattern.groupindex else m.span()


def _post_city(m: Any) -> bool:
    """Whether a postcode and a city (a ``POST_CITY`` match) are an address's: under a city key, or a whole
    quoted or bracketed value whose city the gazetteer knows, its number no recent year ("[2048 Bytes]",
    "'2024 Paris'")."""
    text, s, e = m.string, m.start(), m.end()
    before = text[max(0, s - 40):s]
    if CITY_KEY_BEFORE.search(before):
        return True
    return (before[-1:] in ("[", '"', "'", "(") and text[e:e + 1] in ("]", '"', "'", ")")
            and not RECENT_YEAR.match(text, s) and _known_place(m.group("place")))


def _known_place(phrase: str) -> bool:
    """Whether the location detector's gazetteer lists the phrase (a country, state or city)."""
    from .location import load_places, place_key
    from .names import _has

    k = place_key(phrase.rstrip("."))
    major, city = load_places()
    return _has(major, k) or _has(city, k)


def _cue_spans(text: str, ends: Iterable[int], lower_text: bool, spans: list[tuple[int, int, float]]) -> None:
    """What follows each address cue (ending at ``ends``), when it looks like an address."""
    for end in ends:
        c = CUE_SPAN.match(text, end)
        if c and c.end() > c.start():
            s, e = c.span()
            value = c.group().rstrip()
            if value.endswith("\\\\"):  # a LaTeX line break ends the line of a CV: not part of the address
                e = s + len(value[:-2].rstrip())
            if e > s and _addressish(text[s:e], lower_text):
                spans.append((s, e, 0.65))


#: From this length the anchors are found by the pattern engine: one Hyperscan pass finds candidates
#: for all of them and each anchor's own regex confirms, instead of one regex pass per anchor and region.
ENGINE_FROM = 64 << 10
_engine: Any = None


class EngineFinds(namedtuple("EngineFinds", "anchors cue_ends house_digits")):
    """What the engine's pass over the digit regions found, in the text's offsets: ``anchors``
    (``(start, end, score)`` tuples); ``cue_ends``, where the cues end (None when the engine is the Python
    one: the cue regex is then as cheap run over each region); ``house_digits``, the first digit of each
    house number after a street suffix with the end of its region (None with the Python engine: the
    regions' spaced digits are tried instead)."""

    __slots__ = ()


def _engine_anchors(text: str, regions: list[tuple[int, int]]) -> EngineFinds:
    """The anchors' spans in the digit regions, where the cues there end, and the house numbers' digits.

    The engine runs once over the regions joined by blank lines (a quarter of code, say: its cost
    grows with the text). Each anchor match found there is one the region scan finds, since an
    anchor lies on a digit's line or the line before (all inside a region), reads no further than
    the line breaks around the region, and cannot run over a blank line; what precedes and follows
    a region reads the same to every anchor (a line break, a blank line or the end of the text).
    So do the cues, but for one that runs on over the region's last line break (``[ \t]*\n?[ \t]*``
    at its end): within the region it ends at the break, which its match up to the region's end
    gives. (Where Hyperscan is missing, the engine's Python backend does the same.) A suffix and its
    house number (``SUFFIX_NUMBER``) lie on one line, so they too are found as in the text; the
    matches cannot overlap (the suffix has no digit), so each such digit ends one.
    """
    global _engine
    if _engine is None:
        from ..engine import Matcher
        from ..rules import Rule

        rules = [Rule(id=f"address-anchor-{k}", regex=regex.translate(p.source), category="pii", type="ADDRESS")
                 for k, (p, _) in enumerate(ANCHORS)]
        rules.append(Rule(id="address-cue", regex=regex.translate(CUE.source), category="pii", type="ADDRESS"))
        rules.append(Rule(id="address-house", regex=regex.translate(SUFFIX_NUMBER), category="pii", type="ADDRESS"))
        _engine = Matcher(rules)
    joined, starts = _joined(text, regions)
    backend = _engine.backend_for(joined)
    anchors: list[tuple[int, int, float]] = []
    cue_ends: list[int] | None = None
    house_digits: list[tuple[int, int]] | None = None
    if backend.name != "python":  # (the Python backend's finditer is lazy: cues and house numbers never run)
        cue_ends, house_digits = [], []  # a rule Hyperscan finds no candidate for is not reported
    cue, house = len(ANCHORS), len(ANCHORS) + 1
    index = {r.id: k for k, r in enumerate(_engine.rules)}
    for rule, matches in backend.raw_matches(joined):
        k = index[rule.id]
        if k < cue:
            pattern, score = ANCHORS[k]
            for m in matches:
                span = _anchor_span(pattern, m)
                if span:
                    shift, _ = _region_of(m.start(), starts, regions)
                    anchors.append((span[0] + shift, span[1] + shift, score))
        elif k == cue and cue_ends is not None:
            for m in matches:
                shift, r1 = _region_of(m.start(), starts, regions)
                cue_ends.append(m.end() + shift if m.end() + shift <= r1 else CUE.match(text, m.start() + shift, r1).end())
        elif k == house and house_digits is not None:
            for m in matches:
                shift, r1 = _region_of(m.start(), starts, regions)
                house_digits.append((m.end() - 1 + shift, r1))
    return EngineFinds(anchors, cue_ends, house_digits)


def _region_of(at: int, starts: list[int], regions: list[tuple[int, int]]) -> tuple[int, int]:
    """For a position in the joined regions: what maps it back into the text, and its region's end."""
    j = bisect.bisect_right(starts, at) - 1
    return regions[j][0] - starts[j], regions[j][1]


def _joined(text: str, regions: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The regions' text joined by blank lines, and where each region starts in it."""
    starts = []
    pos = 0
    for r0, r1 in regions:
        starts.append(pos)
        pos += r1 - r0 + 2
    return "\n\n".join([text[r0:r1] for r0, r1 in regions]), starts


def _digit_regions(text: str, gap: int = 100) -> list[tuple[int, int]]:
    """Spans of the lines holding a digit, each with the line before it; close spans are joined. (Byte
    searches in the :func:`digit_marks`: a digit and a line break are one byte each there.)"""
    marks = digit_marks(text)
    find, rfind, n = marks.find, marks.rfind, len(marks)
    out: list[tuple[int, int]] = []
    d = find(0)
    while d >= 0:
        ls = rfind(10, 0, d) + 1
        start = rfind(10, 0, ls - 1) + 1 if ls > 0 else 0  # the line before
        if out and start <= out[-1][1] + gap:
            start = out.pop()[0]
        le = find(10, d)
        le = n if le < 0 else le
        # a digit line starting within ``gap`` of the end is joined, and so are all before it: jump to the
        # last digit there (one search for a run of close digit lines, not one per line)
        while (k := rfind(0, le + 1, le + gap + 1)) >= 0:
            le = find(10, k)
            le = n if le < 0 else le
        out.append((start, le))
        d = find(0, le + 1)
    return out


def _wordy(line: str) -> bool:
    """A line of ordinary English words only ("Thanks", "Best regards"): the address has ended."""
    if any(c.isdigit() for c in line):
        return False
    from .names import _has, fold, load_lists

    words = load_lists()[3]
    import zlib

    toks = WORD_TOKEN.findall(line)
    return bool(toks) and all(_has(words, zlib.crc32(fold(t).encode("utf-8"))) for t in toks)


WORD_TOKEN = regex.compile(r"[\p{L}'’]+")
ADDRESS_NUMBER = regex.compile(r"(?<![\w.])\d{1,6}(?![\w.]\w)")
LOWER = regex.compile(r"(?<![\w'’.-])\p{Ll}[\p{Ll}'’]*\b")
CONNECTOR_WORDS = frozenset("and of the de la le du del della di da do dos das van von der den et y e u ul st str "
                            "rue via nan corner box apt suite unit floor".split())


#: A mail or HTTP header line ("Date: ...", "Message-ID: ...", "X-Mailer: ..."): a cue on the line before
#: ("Subject: wrong delivery address") does not make it an address
MAIL_HEADER = regex.compile(
    r"(?i)[ \t>]*(?:date|from|to|cc|bcc|subject|sent|sender|reply-to|return-path|message-id|in-reply-to|references|"
    r"received|received-spf|delivered-to|envelope-to|mime-version|content-[a-z-]+|x-[a-z0-9-]+|dkim-signature|"
    r"arc-[a-z-]+|authentication-results|thread-topic|thread-index|importance|priority|user-agent|list-[a-z-]+)"
    r"[ \t]*:"
)
#: Dates and times: their numbers are not house numbers or postal codes ("Mon, 4 Mar 2024 10:12:33 +0100")
DATE_TIME = regex.compile(
    r"(?i)\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[ \t]?[ap]\.?m\.?\b)?(?:[ \t]?(?:[+-]\d{4}|z|utc|gmt)\b)?"
    r"|\b\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}\S*)?\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+" + MONTHS + r"[a-z]*\.?,?[ \t]+\d{4}\b"
    r"|\b" + MONTHS + r"[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}\b"
)


def _addressish(value: str, lower_text: bool) -> bool:
    """What follows an address cue: a house number or postal code (not a date's or a time's numbers), few
    ordinary words, no code, not a mail header."""
    if any(c in value for c in "=(){}[]<>\\|`$") or "0x" in value or not ADDRESS_NUMBER.search(value):
        return False
    if MAIL_HEADER.match(value) or not ADDRESS_NUMBER.search(DATE_TIME.sub(" ", value)):
        return False
    if lower_text:  # no capitals to go by: want a street word or two separate numbers
        return bool(STREET_WORD.search(value)) or len(ADDRESS_NUMBER.findall(value)) >= 2
    first = value.lstrip()[:1]
    # (a script without capitals, Arabic, Hebrew, Thai, CJK: its letters stand in for them)
    if not (first.isdigit() or first.isupper() or _uncased(first)) or not any(c.isupper() or _uncased(c) for c in value):
        return False
    return sum(1 for w in LOWER.findall(value) if w not in CONNECTOR_WORDS) <= 2


def _uncased(c: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Thai, Devanagari, CJK)."""
    return c.isalpha() and not c.isupper() and not c.islower() and c > "\u00ff"


def _merge(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Join overlapping or adjacent anchors (same line, separated by spaces/commas, or one newline)."""
    spans.sort()
    out: list[list] = []
    for s, e, score in spans:
        if out and s <= out[-1][1] + 3 and not text[out[-1][1]:s].strip(" \t,\n"):
            out[-1][1] = max(out[-1][1], e)
            out[-1][2] = max(out[-1][2], score)
        else:
            out.append([s, e, score])
    return [(s, e, score) for s, e, score in out]
