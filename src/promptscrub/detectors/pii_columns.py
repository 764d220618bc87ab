"""Personal data in tables, by column: the cells under a date-of-birth, SSN, phone, person-name, street
address, bank-account or city column of a Markdown or CSV table, an SQL ``INSERT ... (cols) VALUES ...`` or a PostgreSQL
``COPY ... FROM stdin`` (read by :mod:`._tables`, shared with ``secret_tables``), every data row.

A bare ``08.08.1982``, ``399157336``, ``07718 653570`` or ``Neumann`` does not say what it is; the
column header does. A header names a column of :data:`COLUMNS` after normalising (case, ``_ - . space``
and camelCase: ``DOB``, ``dateOfBirth``, ``Birth Date`` and ``date_of_birth`` are one name; a number
after it, ``phone2`` / ``address_line_1``, and qualifiers such as ``home_`` / ``customer_`` / ``_work``
are dropped). A bare ``name`` column is read only when the same table holds contact data (a date of birth,
SSN, phone, address, bank account or e-mail column): alone, it names a product, a host or a file as often as a person.

The cell's value (without CSV / SQL quotes or Markdown backticks) must then have the column's shape, or
nothing is reported (``N/A``, ``NULL``, ``unknown``, ``test``, an ``id`` in a ``phone`` column):

- date of birth -> ``DATE`` (the label of the ``date-of-birth`` rule): ISO ``1982-08-08``, ``08.08.1982``,
  ``08/08/1982`` (day or month first), ``1982/08/08``, ``8 Aug 1982``, ``Aug 8, 1982``, ``19820808``,
  Hungarian / Korean ``1982.08.08.``, CJK ``1982年8月8日``; a time after it is allowed (and reported with it);
- SSN -> ``US_SSN``: 9 digits, with or without ``-`` / space separators (not all one digit, not ``123456789``);
- Canadian SIN -> ``CA_SIN``: 9 digits, Luhn-valid (the ``ca-sin`` rule's validator);
- either (``ssn_or_sin``, ``sin_or_ssn``) -> ``US_SSN`` or ``CA_SIN`` by the value's shape, as above;
- phone -> ``PHONE``: 6 to 20 characters of digits, spaces and ``+()-./``, at least 6 digits;
- person name -> ``PERSON``: 1 to 4 words of letters (accents, apostrophes, hyphens, a trailing dot of an
  initial; ``Neumann, Lukas``), not a placeholder;
- street address -> ``ADDRESS``: 5 to 120 characters, more than one word, with a house number standing
  alone (``12``, ``221B``) and a word of 3 letters, no code characters (``=(){}[]<>:;@``...): an IP, MAC
  or hex address under an ``address`` column is none.

- bank account number (``Account No``, ``Kontonummer``, ``numéro de compte``; not a bare ``account``) ->
  ``BANK_ACCOUNT``: 6 to 18 digits (spaces or dashes between groups), not a run, one digit or a date; a UK
  sort code (``Sort Code``: 12-34-56) and a US routing number (``Routing number``, ``ABA``: its checksum)
  likewise;
- post code (``postcode``, ``zip_code``, ``PLZ``, ``code postal``, ``CEP``, ``郵便番号`` ...) -> ``POSTCODE``: one or two
  groups of letters and digits, two digits at least (``80662``, ``NR2 2XJ``, ``220-7017``, ``1015 CJ``): the finest
  part of an address, which with a date of birth singles most people out; Italy's ``CAP`` five digits, in a
  table with another personal column (a plan's ``cap`` is a limit);
- city (``city``, ``town``, ``Ort``, ``ville``, ``ciudad``, ``città``, ``woonplaats`` ...) -> ``LOCATION``:
  a place name of 1 to 6 words of letters in any script (``Saint-Étienne``, ``東京都渋谷区``), a post code
  before or after it and a state code after `` - `` or ``,`` allowed (``59000 Lille``, ``Recife - PE``);
  not a number, a code (``USA``, ``NYC_01``) or a placeholder.

- employee number -> ``EMPLOYEE_ID`` (category ``internal``, as the ``employee-id-label`` rule): 4 to 12
  letters and digits with a digit, one dash at most. A company names its own such headers in
  ``[internal] employee_id_columns`` (``MA-Nr``, ``PNR``: option ``employee_id_columns``, normalised as the
  built-in words); ``[detectors] internal = false`` (option ``internal = false``) reads no such column.
Findings: category ``pii`` (``internal`` for employee numbers), score 0.85 (the header is strong evidence),
rule ``<kind>-column`` (``date-of-birth-column``, ``us-ssn-column``, ...). The ``[detectors] pii`` switch and ``[pii]`` per-type
settings apply. E-mail columns are left to the e-mail rule (it needs no header); passport columns are not
read. A bare ``id_number`` / ``tax_id`` column names no country: it is read only when all its
non-empty cells pass ONE country's check (:data:`GENERIC_ID_ORDER`, strictest first: PESEL, personnummer ...),
reported as that country's type, and not at all when no check holds for every cell. A column that can only
hold a person's document number but names no country (``national_id``, ``doc_identidad``, ``Nº documento``:
:data:`DOCUMENT_ID_NAMES`) is read cell by cell, each as the first id whose shape and check it passes (a
customer table mixes nationalities), when at least half of its cells pass one. A column that names a
country's identifier (:data:`NATIONAL_ID_COLUMNS`: ``Steuer-ID``, ``BSN``, ``N° sécurité sociale``,
``PESEL``, ``DNI``, ``codice fiscale``, ``NINO``, ``NHS number`` ...) is read when the value has that
identifier's shape and passes its check (the validator of its rule): ``DE_TAX_ID``, ``NL_BSN``, ``FR_NIR``
... (rule ``de-tax-id-column``, ``nl-bsn-column`` ...). Header words are read without their accents
(``Téléphone`` is ``telephone``); a bare ``Nom`` / ``Nome`` / ``Nombre`` / ``Naam`` is read as ``name``.


Headers are read in the languages of office exports, other scripts too (:data:`LOCAL_COLUMNS`,
:data:`LOCAL_ID_COLUMNS`: ``Datum narození``, ``Szül. dátum``, ``Fødselsdato``, ``Дата рожд.``, ``วันเกิด``,
``生年月日``, ``電話番号``, ``मोबाइल नं.``, ``TC Kimlik No``, ``Aadhaar``, ``身份证号``), and a date-of-birth or phone
header may carry words before its name (``Verified DOB``, ``On-call mobile``: :data:`SUFFIX_KINDS`).
Besides tables read by their columns:

- a table of pairs (a form's ``| Field | Value |``, ``<tr><td>Telefon</td><td>...</td></tr>``): no column
  named a kind, or a first column that holds more labels than not (an HTML form's first row is no header):
  each row's first cell names the kind of its second, as a header would;
- a JSON object that names its value's kind beside it (``{"type": "身份证号", "value": "..."}``,
  ``{"value": "+44 ...", "type": "mobile"}``): :func:`typed_values`;
- records' fields: an XML element or a JSON string member whose key is such a name (``<taxId>``, ``<birthDate>``,
  ``"fodelsedatum": "..."``), and the parts of a name object (``"name": {"first": ..., "last": ...}``):
  :func:`record_fields`."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..findings import Finding
from ..text_search import holds_any
from . import _lazyre as regex  # compiled on first use (and then from the regex code cache): no import cost
from ._tables import ALIGNED, CSV, HTML, MARKDOWN, MYSQL, PANDAS, PIPE, PSQL, TSV, Table, column_cells, header_cells, inner, tables

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SCORE = 0.85

#: Column names, normalised (lower case, words joined by ``_``; looked up with the ``_`` taken out too,
#: so ``firstname`` is ``first_name``), and the kind of value under them.
COLUMNS: dict[str, str] = {
    # date of birth (English, German, French, Spanish, Italian, Dutch, Portuguese, Polish, Nordic)
    **dict.fromkeys(["dob", "date_of_birth", "birth_date", "birthdate", "birth_day", "birthday", "born", "born_on",
                     "geburtsdatum", "geburtstag", "geb_datum", "date_naissance", "date_de_naissance", "ne_le",
                     "fecha_nacimiento", "fecha_de_nacimiento", "fecha_nac", "f_nacimiento", "data_nascita",
                     "data_di_nascita", "geboortedatum", "geboren_op", "data_nascimento", "data_de_nascimento",
                     "data_urodzenia", "fodelsedatum", "fodselsdato", "syntymaaika"], "dob"),
    # US social security number
    **dict.fromkeys(["ssn", "ssn_number", "ssn_no", "social_security_number", "social_security",
                     "social_security_no", "us_ssn"], "ssn"),
    # Canadian social insurance number
    **dict.fromkeys(["sin", "sin_number", "sin_no", "social_insurance_number", "ca_sin"], "sin"),
    # either of the two (a North American payroll export): the value's shape decides (SSN 3-2-4, Luhn-valid
    # SIN 3-3-3). A bare national_id column is not read: most countries' ids are neither.
    **dict.fromkeys(["ssn_or_sin", "sin_or_ssn", "ssn_sin", "sin_ssn", "ssn_sin_number"], "ssn_sin"),
    # phone numbers
    **dict.fromkeys(["phone", "phone_number", "phone_no", "phone_num", "mobile", "mobile_phone", "mobile_number",
                     "mobile_no", "cell", "cell_phone", "cellphone", "cell_number", "telephone", "telephone_number",
                     "tel", "tel_no", "fax", "fax_number", "msisdn", "telefon", "telefonnummer", "handy",
                     "handynummer", "telephone_portable", "telefono", "numero_de_telephone", "rufnummer",
                     "mobilnummer", "telefoon", "telefoonnummer", "mobiel", "gsm", "telefone", "telemovel", "celular",
                     "cellulare", "movil", "portable", "numero_di_telefono", "numero_de_telefono", "numer_telefonu",
                     "telefon_komorkowy"], "phone"),
    # person names (not the bare "name": a product, a host or a file as often as a person)
    **dict.fromkeys(["first_name", "firstname", "given_name", "forename", "middle_name", "last_name", "lastname",
                     "surname", "family_name", "maiden_name", "full_name", "fullname", "customer_name",
                     "employee_name", "contact_name", "real_name", "person_name", "patient_name",
                     "vorname", "nachname", "familienname", "geburtsname", "prenom", "nom_de_famille", "nom_complet",
                     "apellido", "apellidos", "primer_apellido", "segundo_apellido", "nombre_completo", "cognome",
                     "nome_completo", "achternaam", "voornaam", "voornamen", "tussenvoegsel", "sobrenome", "apelido",
                     "imie", "nazwisko", "fornavn", "efternavn", "etternavn", "fornamn", "efternamn", "etunimi",
                     "sukunimi", "cardholder", "card_holder", "cardholder_name", "card_holder_name", "name_on_card",
                     "account_holder", "account_holder_name", "karteninhaber", "kontoinhaber", "titular",
                     "titular_da_conta", "titular_de_la_cuenta", "titulaire", "titulaire_de_la_carte",
                     "titolare", "intestatario", "kaarthouder", "rekeninghouder", "posiadacz_karty",
                     "posiadacz_rachunku", "kortinnehavare", "kontoinnehavare"], "person"),
    # post codes: the finest part of an address (a UK or Dutch one names a street, a ZIP and a date of birth
    # single out most people); read under a column or key that says so, with a post code's shape (_postcode)
    **dict.fromkeys(["postcode", "post_code", "postal_code", "postalcode", "zip", "zip_code", "zipcode", "zip_postal",
                     "plz", "postleitzahl", "code_postal", "codigo_postal", "cod_postal", "cep", "codice_postale",
                     "kod_pocztowy", "postnummer", "postnr", "postinumero", "irányítószám", "psc", "郵便番号",
                     "邮编", "邮政编码", "우편번호", "eircode", "pincode", "pin_code"], "postcode"),
    # Italy's CAP: five digits always, and "cap" is also a limit's column (a plan's cap of 1000): five digits alone
    **dict.fromkeys(["cap", "c_a_p"], "postcode_it"),
    # street addresses
    **dict.fromkeys(["address", "addr", "street", "street_address", "address_line", "street_line",
                     "anschrift", "adresse", "strasse", "straße", "direccion", "indirizzo", "adres", "endereco",
                     "morada"], "address"),
    # bank account numbers (not a bare "account" / "konto": an AWS account, a login or a ledger account as often)
    **dict.fromkeys(["account_no", "account_number", "account_num", "account_nr", "acct", "acct_no", "acct_num",
                     "acct_number", "acc_no", "acc_number", "bank_account", "bank_account_number", "bank_account_no",
                     "bank_acct", "bank_acct_no", "kontonummer", "konto_nr", "kontonr", "bankkonto", "numero_de_compte",
                     "numero_compte", "no_de_compte", "n_de_compte", "n_compte", "numero_de_cuenta", "numero_cuenta",
                     "n_cuenta", "no_cuenta", "numero_di_conto", "numero_conto", "n_conto", "rekeningnummer",
                     "rekeningnr", "numer_konta", "nr_konta", "numer_rachunku", "nr_rachunku", "tilinumero",
                     "numero_da_conta", "numero_conta"], "bank_account"),
    # UK sort codes and US routing numbers (the account's bank: with the account number, they name it)
    **dict.fromkeys(["sort_code", "sortcode", "sort_code_no", "bank_sort_code"], "sort_code"),
    **dict.fromkeys(["routing_number", "routing_no", "routing", "aba", "aba_number", "aba_routing_number",
                     "routing_transit_number", "rtn", "ach_routing", "ach_routing_number"], "routing_number"),
    # the town or city of an address: a place name, not a number or a code (see _city)
    **dict.fromkeys(["city", "town", "ort", "wohnort", "stadt", "ville", "ciudad", "localidad", "poblacion",
                     "citta", "comune", "stad", "plaats", "woonplaats", "cidade", "municipio", "localidade", "miasto",
                     "miejscowosc", "kaupunki", "paikkakunta", "hometown", "home_town"], "city"),
    # account names: the login a person signs in with (a users table, an auth log's user column). The cell must
    # look like one (_username): "admin", "postgres", a service account or an id is left.
    **dict.fromkeys(["username", "user_name", "user", "login", "login_name", "user_login", "usename", "screen_name",
                     "handle", "nickname", "nick", "benutzername", "benutzer", "nom_utilisateur", "nom_d_utilisateur",
                     "identifiant", "usuario", "nombre_de_usuario", "nombre_usuario", "utente", "nome_utente",
                     "nome_de_usuario", "gebruikersnaam", "gebruiker", "nazwa_uzytkownika", "uzytkownik",
                     "kullanici_adi", "kullanici"], "username"),
    # a display name: a person's name or their handle, whichever the cell has the shape of (_person, _username)
    **dict.fromkeys(["display_name", "displayname", "profile_name"], "display_name"),
    # medical record numbers and health-insurance member / subscriber / policy ids: letters and digits, no check
    # digit of their own (_record_id: five digits at least, not a date)
    **dict.fromkeys(["mrn", "mrn_number", "mrn_no", "medical_record_number", "medical_record_no", "medical_record",
                     "medical_record_id", "hospital_number", "hospital_no", "chart_number", "chart_no"], "mrn"),
    **dict.fromkeys(["member_id", "member_number", "member_no", "member_num", "subscriber_id", "subscriber_number",
                     "subscriber_no", "insured_id", "insurance_id", "insurance_number", "insurance_no",
                     "insurance_member_id", "health_insurance_number", "policy_number", "policy_no", "policy_id",
                     "policy_num", "versichertennummer", "krankenversichertennummer", "versicherungsnummer",
                     "medicaid_id", "medicaid_number"], "member_id"),
    # employee numbers (company-internal, as the employee-id-label rule has them)
    **dict.fromkeys(["employee_id", "employee_number", "employee_no", "employee_num", "emp_id", "emp_no", "empno",
                     "staff_id", "staff_number", "staff_no", "personnel_number", "personnel_no", "personalnummer",
                     "mitarbeiter_nr", "mitarbeiternummer", "matricule", "personeelsnummer", "personeelsnr",
                     "matricola", "numero_dipendente", "n_dipendente", "matricula", "numero_empleado", "n_empleado",
                     "no_empleado", "num_empleado", "numero_empregado", "numer_pracownika", "nr_pracownika"],
                    "employee_id"),
}

#: Column names in the languages of office exports beyond those above, written as the headers write them
#: (accents, dots, other scripts): they are normalised as any header is (:func:`_key`: accents off,
#: ``ø`` -> ``o``, a dot or a blank a ``_``), so ``Fødselsdato``, ``Datum narození``, ``Szül. dátum`` and
#: ``Дата рожд.`` find their kind whichever way a spreadsheet spells them.
LOCAL_COLUMNS: dict[str, str] = {
    # date of birth: Czech, Slovak, Hungarian, Romanian, South Slavic, Baltic, Nordic, Turkish, Greek, Cyrillic,
    # Indonesian / Malay, Vietnamese, Tagalog, Thai, Hindi, Bengali, Arabic, Persian, Urdu, Hebrew, Japanese,
    # Chinese, Korean; and the abbreviations forms print (geb., Geb.-Datum, D. Tarihi, Szül. dátum, Дата рожд.)
    **dict.fromkeys([
        "D.O.B", "DoB", "Date born", "Born on", "B-day", "Birth dt",
        "Geb.", "Geb.-Datum", "Geb. Datum", "Geboren", "Geboren am", "Geburtsdat.",
        "Geb. datum", "Geboren op", "Naissance", "Date de naiss.", "Date naiss.", "Né le", "Née le",
        "Nacimiento", "F. nacimiento", "F. nac.", "Fec. nac.", "Fecha nac.", "Nacido el",
        "Nascita", "Data nasc.", "Nato il", "Nata il", "Nascimento", "Dt. nascimento", "Dt nasc", "Data nasc",
        "Data de naixement", "Data ur.", "Data urodz.",
        "Datum narození", "Datum nar.", "Dat. nar.", "Narozen", "Narozena", "Narození", "Dátum narodenia",
        "Dát. nar.", "Narodený", "Narodená",
        "Születési dátum", "Születési idő", "Szül. dátum", "Szül. idő", "Született", "Szül.", "Születésnap",
        "Data nașterii", "Data naşterii", "Data nasterii", "Data naștere", "Născut", "Născută",
        "Datum rođenja", "Datum rodjenja", "Rođen", "Datum rojstva", "Datum na raždane",
        "Dzimšanas datums", "Gimimo data", "Sünniaeg", "Sünnikuupäev", "Datëlindja", "Data e lindjes",
        "Født", "Fødd", "Fødselsdag", "Født den", "Född", "Födelsedag", "Syntymäpäivä", "Syntynyt",
        "Fæðingardagur",
        "Doğum tarihi", "D. tarihi", "D. tarih", "Doğ. tarihi", "Doğum t.",
        "Ημερομηνία γέννησης", "Ημ. γέννησης", "Ημ/νία γέννησης", "Γέννηση",
        "Дата рождения", "Дата рожд.", "Д.р.", "Д. р.", "День рождения", "Дата народження", "Дата нар.",
        "Дата на раждане", "Датум рођења", "Дата нараджэння",
        "Tanggal lahir", "Tgl lahir", "Tgl. lahir", "Tarikh lahir", "Ngày sinh", "Ngày tháng năm sinh",
        "Petsa ng kapanganakan", "Kaarawan",
        "วันเกิด", "วันเดือนปีเกิด", "วัน/เดือน/ปีเกิด", "ว/ด/ป เกิด",
        "जन्म तिथि", "जन्मतिथि", "जन्म दिनांक", "जन्म की तारीख", "জন্ম তারিখ", "জন্মতারিখ",
        "تاريخ الميلاد", "تاريخ الولادة", "تاريخ ميلاد", "تاریخ تولد", "تاریخ پیدائش",
        "תאריך לידה", "ת. לידה", "ת.לידה",
        "生年月日", "誕生日", "出生日期", "出生年月日", "出生年月", "生日", "생년월일", "생일",
    ], "dob"),
    # phone numbers
    **dict.fromkeys([
        "Contact number", "Contact no", "Phone no", "Mobile phone number", "Tel number", "Telephone no",
        "WhatsApp", "WhatsApp number", "Landline", "Cell no", "Callback number", "Call-back number", "Callback no",
        "Tel.-Nr.", "Tel. Nr.", "Mobil", "Mobiltelefon", "Festnetz", "Téléphone", "Tél.", "Tél. portable",
        "N° de téléphone", "Numéro de téléphone", "Teléfono", "Móvil", "Número de teléfono", "Teléfono móvil",
        "Nº teléfono", "Cell.", "Numero di telefono", "Telemóvel", "Fone", "Número de telefone", "Tel.nr.",
        "Mobiel nummer", "Nr telefonu", "Numer telefonu", "Komórka", "Tel. kom.", "Tel. číslo", "Telefonní číslo",
        "Mobilní telefon", "Telefónne číslo", "Telefonszám", "Mobilszám", "Număr de telefon", "Nr. telefon",
        "Broj telefona", "Mobitel", "Telefonska številka", "Tlf", "Tlf.", "Tlf. nr.", "Tlf.nr", "Mobilnummer",
        "Telefonnummer", "Tfn", "Puhelin", "Puhelinnumero", "Puh.", "Matkapuhelin", "Cep telefonu", "Cep tel.",
        "Tel. no", "Telefon no", "Τηλέφωνο", "Τηλ.", "Κινητό", "Αριθμός τηλεφώνου", "Κιν.",
        "Телефон", "Тел.", "Моб. телефон", "Мобильный", "Номер телефона", "Моб.", "Сотовый", "Контактный телефон",
        "Номер телефону", "Мобільний", "هاتف", "الهاتف", "رقم الهاتف", "جوال", "الجوال", "موبايل", "رقم الجوال",
        "الموبايل", "رقم الموبايل", "تليفون", "تلفن", "شماره تلفن", "موبایل", "טלפון", "נייד", "מס' טלפון",
        "फ़ोन", "मोबाइल", "मोबाइल नं.", "मोबाइल नंबर", "फ़ोन नंबर", "दूरभाष", "संपर्क नंबर", "ফোন", "মোবাইল",
        "เบอร์โทร", "เบอร์โทรศัพท์", "โทรศัพท์", "มือถือ", "เบอร์มือถือ", "โทร",
        "Số điện thoại", "Điện thoại", "SĐT", "Di động", "Telepon", "No. telepon", "Nomor telepon", "No. HP",
        "Nomor HP", "Telp", "No. telp", "Handphone", "Ponsel", "Telepono", "Numero ng telepono",
        "電話番号", "電話", "携帯電話", "携帯", "携帯番号", "电话", "电话号码", "電話號碼", "手机", "手機", "手机号",
        "手机号码", "手機號碼", "联系电话", "聯絡電話", "전화번호", "전화", "휴대폰", "휴대전화", "핸드폰", "연락처",
        "휴대폰 번호",
    ], "phone"),
    # person names: full-name and given / family-name headers (a bare "name" word is BARE_NAMES')
    **dict.fromkeys([
        "Jméno a příjmení", "Příjmení", "Meno a priezvisko", "Priezvisko", "Vezetéknév", "Keresztnév",
        "Utónév", "Teljes név", "Nume și prenume", "Nume si prenume", "Prenume", "Nume complet",
        "Ime i prezime", "Prezime", "Adı Soyadı", "Ad Soyad", "Soyadı", "Soyad", "Ονοματεπώνυμο", "Επώνυμο",
        "ФИО", "Ф.И.О.", "Фамилия", "Имя и фамилия", "Прізвище", "ПІБ", "Nama lengkap", "Họ tên", "Họ và tên",
        "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "นามสกุล", "पूरा नाम", "الاسم الكامل", "الاسم بالكامل",
        "שם מלא", "שם משפחה", "氏名", "姓名", "이름", "성명", "Imię i nazwisko", "Imię", "Nazwisko i imię",
        "نام و نام خانوادگی", "نام خانوادگی", "نام کامل", "Tên đầy đủ", "ชื่อ-นามสกุล", "ชื่อ นามสกุล",
        "नाम व उपनाम", "उपनाम",
        # the card's or account's holder
        "カード名義", "カード名義人", "名義人", "口座名義", "口座名義人", "持卡人", "持卡人姓名", "户名", "開戶名", "카드 소유자",
        "카드소유자", "예금주", "Держатель карты", "Владелец карты", "Владелец счета", "Kart sahibi", "Hesap sahibi",
    ], "person"),
    # street addresses in other scripts and languages (a bare word: the cell's shape, a house number among words,
    # is the rest of the evidence)
    **dict.fromkeys([
        "Adresa", "Adres zamieszkania", "Lakcím", "Adresă", "Adresa stalna", "Adresas", "Aadress", "Osoite",
        "Katuosoite", "Adress", "Gatuadress", "Gateadresse", "Ev adresi", "Açık adres", "Διεύθυνση",
        "Адрес", "Адрес проживания", "Адрес регистрации", "Адреса", "Адреса проживання", "Alamat", "Alamat lengkap",
        "Địa chỉ", "Địa chỉ thường trú", "Tirahan", "ที่อยู่", "ที่อยู่ปัจจุบัน", "पता", "पूरा पता", "स्थायी पता",
        "ঠিকানা", "العنوان", "عنوان السكن", "آدرس", "نشانی", "آدرس محل سکونت", "כתובת",
        "כתובת מגורים", "住所", "現住所", "地址", "住址", "家庭住址", "通讯地址", "通訊地址", "居住地址", "주소", "집 주소",
    ], "address"),
    # account names in other scripts
    **dict.fromkeys(["Имя пользователя", "Логин", "Пользователь", "ユーザー名", "ユーザ名", "ログインID", "用户名",
                     "用戶名", "登录名", "账号", "사용자명", "사용자 이름", "아이디", "اسم المستخدم", "उपयोगकर्ता नाम"],
                    "username"),
}

#: Columns of a national identifier named in the holder's language or after its card (TC Kimlik No,
#: Fødselsnummer, CPR-nr., Aadhaar, 身份证号, 주민등록번호, マイナンバー, Medicare ...): normalised as above.
LOCAL_ID_COLUMNS: dict[str, str] = {
    **dict.fromkeys(["TC Kimlik No", "T.C. Kimlik No", "TC Kimlik", "Kimlik No", "TCKN", "TC No", "T.C. No",
                     "TC Kimlik Numarası"], "tr_tckn"),
    **dict.fromkeys(["Aadhaar", "Aadhaar No", "Aadhaar No.", "Aadhaar number", "Aadhar", "Aadhar No",
                     "Aadhaar card", "Aadhaar card no", "आधार", "आधार संख्या", "आधार नंबर", "आधार नं."], "in_aadhaar"),
    **dict.fromkeys(["PAN", "PAN No", "PAN No.", "PAN number", "PAN card", "PAN card no", "पैन", "पैन नंबर",
                     "पैन कार्ड"], "in_pan"),
    **dict.fromkeys(["Medicare", "Medicare No", "Medicare number", "Medicare card", "Medicare card number",
                     "Medicare card no"], "au_medicare"),
    **dict.fromkeys(["CPF", "Nº CPF", "Número do CPF", "CPF do titular"], "br_cpf"),
    **dict.fromkeys(["身份证号", "身份证", "身份证号码", "公民身份号码", "居民身份证号码"], "cn_resident_id"),
    # Taiwan writes 身分證 (and a Taiwanese id), but a Chinese resident id may stand under the same words
    **dict.fromkeys(["身分證號碼", "身分證字號", "身分證號", "身分證", "身份證字號", "身份證號碼", "身份證號",
                     "統一編號 (身分證)", "國民身分證統一編號"], "tw_or_cn_id"),
    **dict.fromkeys(["CCCD", "Số CCCD", "CMND", "Số CMND", "CCCD/CMND", "Số CCCD/CMND", "Căn cước công dân",
                     "Số căn cước", "Số căn cước công dân", "Số định danh", "Số định danh cá nhân"], "vn_cccd"),
    **dict.fromkeys(["کد ملی", "کدملی", "شماره ملی", "شماره کد ملی", "کد ملی/شناسه ملی"], "ir_national_code"),
    **dict.fromkeys(["주민등록번호", "주민번호"], "kr_rrn"),
    **dict.fromkeys(["マイナンバー", "個人番号"], "jp_my_number"),
    **dict.fromkeys(["Emirates ID", "Emirates ID number", "Emirates ID no", "الهوية الإماراتية",
                     "رقم الهوية الإماراتية"], "ae_emirates_id"),
    **dict.fromkeys(["NAF", "NUSS", "Nº Seguridad Social", "Número de la Seguridad Social", "Núm. afiliación",
                     "Número de afiliación"], "es_naf"),
    **dict.fromkeys(["Personnummer", "Personnr", "Personnr."], "se_or_no_personnummer"),
    **dict.fromkeys(["Fødselsnummer", "Fødselsnr", "Fødselsnr.", "Fnr", "Fnr."], "no_fodselsnummer"),
    **dict.fromkeys(["CPR", "CPR-nr.", "CPR-nr", "CPR nummer", "CPR-nummer"], "dk_cpr"),
    **dict.fromkeys(["Nr dowodu", "Nr dowodu osobistego", "Numer dowodu", "Numer dowodu osobistego",
                     "Seria i numer dowodu"], "pl_id_card"),
    **dict.fromkeys(["Personalausweis", "Personalausweisnummer", "Ausweisnummer", "Ausweis-Nr.", "Perso-Nr."],
                    "de_id_card"),
    **dict.fromkeys(["CNP", "Cod numeric personal", "Cod numeric"], "ro_cnp"),
    **dict.fromkeys(["Rodné číslo", "Rodné č.", "RČ"], "cz_birth_number"),
    **dict.fromkeys(["Henkilötunnus", "Hetu", "Henkilötunnus (HETU)"], "fi_hetu"),
    **dict.fromkeys(["AMKA", "ΑΜΚΑ", "Αριθμός ΑΜΚΑ"], "gr_amka"),
    **dict.fromkeys(["РНОКПП", "ІПН", "Ідентифікаційний код", "Ідентифікаційний номер"], "ua_rnokpp"),
    **dict.fromkeys(["الرقم القومي", "الرقم القومى", "رقم قومي"], "eg_national_id"),
    **dict.fromkeys(["RUT", "RUN", "Rol Único Tributario"], "cl_rut"),
    **dict.fromkeys(["CUIL", "CUIT", "CUIL/CUIT"], "ar_cuit"),
    **dict.fromkeys(["SV-Nummer", "SVNR", "SV-Nr.", "SV-Nr", "Sozialversicherungsnummer"], "at_svnr"),
    **dict.fromkeys(["Rijksregisternummer", "Numéro de registre national", "N° de registre national", "Registre national",
                     "Numéro national", "INSZ", "NISS"], "be_nrn"),
    **dict.fromkeys(["NIK", "Nomor Induk Kependudukan", "No. NIK"], "id_nik"),
    **dict.fromkeys(["TAJ", "TAJ szám", "TAJ-szám"], "hu_taj"),
    **dict.fromkeys(["Adóazonosító jel", "Adóazonosító"], "hu_tax_id"),
    **dict.fromkeys(["ИНН"], "ru_inn"),
    **dict.fromkeys(["СНИЛС"], "ru_snils"),
    **dict.fromkeys(["TFN", "Tax file number", "TFN No"], "au_tfn"),
    **dict.fromkeys(["NRIC", "NRIC/FIN", "NRIC No"], "sg_nric"),
    **dict.fromkeys(["PPSN", "PPS No", "PPS number"], "ie_ppsn"),
    **dict.fromkeys(["SA ID", "SA ID number", "RSA ID number"], "za_id"),
    **dict.fromkeys(["เลขบัตรประชาชน", "เลขประจำตัวประชาชน"], "th_national_id"),
    **dict.fromkeys(["Teudat Zehut", "תעודת זהות", "ת.ז.", "מספר זהות"], "il_id"),
    **dict.fromkeys(["CURP"], "mx_curp"),
    **dict.fromkeys(["RFC"], "mx_rfc"),
}

#: Columns that name an identity document without saying whose country issued it (``doc_identidad``,
#: ``Nº documento``, ``national_id``, ``ID card number``, 证件号码, ت.ز ...): unlike the bare ``id_number``
#: or ``tax_id`` of GENERIC_ID_COLUMNS (a row's id, a company's tax number as often), the header leaves no
#: doubt that a person's document number is under it, and a customer table mixes nationalities. Each cell
#: is read on its own, as the first national id (:data:`DOCUMENT_ID_ORDER`) whose shape and check it
#: passes; when fewer than half of a column's non-empty cells pass one, the column is not read (invoice or
#: order numbers pass a lone check digit one time in ten).
DOCUMENT_ID_NAMES = (
    "national_id", "national_id_number", "national_id_no", "national_identifier", "national_identification_number",
    "national_number", "identity_number", "identity_no", "identity_card", "identity_card_number", "id_card",
    "id_card_number", "id_card_no", "identity_document", "identity_document_number", "id_document",
    "id_document_number", "citizen_id", "citizen_id_number", "personal_id_number", "personal_identity_number",
    "Doc. identidad", "Doc identidad", "Documento", "Documento de identidad", "Documento identidad",
    "Nº documento", "N° documento", "No. documento", "Número de documento", "Num. documento", "Nro. documento",
    "Número documento", "Document number", "Document no", "Identificación", "Número de identificación",
    "Cédula", "Cédula de identidad", "Nº cédula", "Identidade", "Número de identidade", "Documento d'identità",
    "Carta d'identità", "Numero carta d'identità", "Pièce d'identité", "N° pièce d'identité",
    "Numéro de pièce d'identité", "Carte d'identité", "N° carte d'identité", "Ausweis", "Ausweis-Nr",
    "Identiteitsbewijs", "ID-nummer", "Kimlik", "Kimlik numarası", "Isikukood", "Asmens kodas", "Personas kods",
    "Osobní číslo", "Αριθμός ταυτότητας", "Номер документа", "رقم الهوية", "رقم الهوية الوطنية",
    "证件号码", "证件号", "身分証番号", "신분증 번호", "No. KTP", "Nomor KTP",
    "पहचान संख्या")

#: Columns of a national identifier: each name says whose country's number it is, and the number must pass
#: that number's own check (the validator of its rule in rules/pii/government-ids.toml). A bare
#: ``national_id`` or ``tax_id`` column names no country, and 9 or 11 digits pass some check too often:
#: it is read only when every cell passes one country's check (GENERIC_ID_COLUMNS).
NATIONAL_ID_COLUMNS: dict[str, str] = {
    **dict.fromkeys(["steuer_id", "steuerid", "steuer_idnr", "steuer_id_nr", "steueridentifikationsnummer",
                     "steuer_identifikationsnummer", "identifikationsnummer", "steuerliche_identifikationsnummer",
                     "idnr"], "de_tax_id"),
    **dict.fromkeys(["bsn", "bsn_nummer", "burgerservicenummer", "sofinummer", "sofi_nummer", "sofinr"], "nl_bsn"),
    **dict.fromkeys(["nir", "numero_nir", "securite_sociale", "n_securite_sociale", "no_securite_sociale",
                     "numero_securite_sociale", "numero_de_securite_sociale", "num_securite_sociale", "num_secu",
                     "n_de_securite_sociale", "no_de_securite_sociale",
                     "insee", "numero_insee"], "fr_nir"),
    **dict.fromkeys(["pesel", "numer_pesel", "nr_pesel"], "pl_pesel"),
    **dict.fromkeys(["dni", "nie", "dni_nie", "nie_dni", "dni_nif", "nif_dni", "numero_dni"], "es_dni"),
    **dict.fromkeys(["nif", "numero_nif"], "es_dni_or_pt_nif"),
    **dict.fromkeys(["contribuinte", "numero_contribuinte", "numero_de_contribuinte", "nif_contribuinte"], "pt_nif"),
    **dict.fromkeys(["codice_fiscale", "cod_fiscale", "codicefiscale"], "it_fiscal_code"),
    **dict.fromkeys(["nino", "ni_number", "ni_no", "national_insurance_number", "national_insurance_no",
                     "national_insurance"], "uk_nino"),
    **dict.fromkeys(["nhs_number", "nhs_no", "nhs_num", "nhs"], "uk_nhs"),
    **dict.fromkeys(["my_number", "mynumber", "my_number_card", "individual_number", "kojin_bango"], "jp_my_number"),
}
#: Columns that say "a national identifier" without saying whose: the column's kind comes from its values.
#: Its non-empty cells must all pass ONE country's check (tried in :data:`GENERIC_ID_ORDER`); that country's
#: type is reported, and nothing when no one check holds for every cell. Not :func:`column_kind` (the name
#: alone says nothing): :func:`table_kinds` gives them the kind ``national_id``. (The names that can only mean
#: a person's document, ``national_id`` and the like, are DOCUMENT_ID_NAMES': read cell by cell.)
GENERIC_ID_COLUMNS = frozenset(k.replace("_", "") for k in (
    "id_number", "id_no", "identification_number", "personal_id", "personal_number", "tax_id", "tax_id_number",
    "tax_number", "taxpayer_id", "tax_identification_number"))
#: the national ids a generic column may hold, strictest check first (a date and a check digit before a
#: lone mod-11 or Luhn digit), so that a value passing two checks is read as the likelier one
GENERIC_ID_ORDER = ("cn_resident_id", "ae_emirates_id", "mx_curp", "kr_rrn_checked", "pl_pesel", "se_personnummer",
                    "no_fodselsnummer", "fi_hetu", "ro_cnp", "za_id", "be_nrn", "gr_amka", "cz_birth_number", "fr_nir",
                    "it_fiscal_code", "es_dni", "uk_nino", "in_pan", "br_cpf", "tr_tckn", "ar_cuit", "in_aadhaar",
                    "jp_my_number", "es_naf", "at_svnr", "de_tax_id", "uk_nhs", "au_medicare", "ru_snils", "ru_inn",
                    "hu_tax_id", "th_national_id", "sg_nric", "ie_ppsn", "us_ssn", "nl_bsn", "pt_nif", "ca_sin")
#: the national ids a document column's cell may be, tried in this order (GENERIC_ID_ORDER's, then those whose
#: check is a date and a place, or one digit of ten: enough in a column that names a document)
DOCUMENT_ID_ORDER = (*GENERIC_ID_ORDER[:GENERIC_ID_ORDER.index("us_ssn")], "dk_cpr", "eg_national_id", "id_nik",
                     "mx_rfc", "cl_rut", *GENERIC_ID_ORDER[GENERIC_ID_ORDER.index("us_ssn"):], "au_tfn", "hu_taj",
                     "ua_rnokpp", "il_id", "tw_national_id", "ir_national_code", "vn_cccd")
#: the kind of a column that names an identity document (see DOCUMENT_ID_NAMES)
DOCUMENT_ID = "document_id"

#: per national-id kind: (shape of the value, validator name, type label, rule id); a kind of several tries each
_ID_SHAPES: dict[str, tuple[str, str, str, str]] = {
    "de_tax_id": (r"\d{2}(?:[ ]?\d{3}){3}", "de_tax_id", "DE_TAX_ID", "de-tax-id-column"),
    "nl_bsn": (r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ ]\d{3}[ ]\d{3}", "nl_bsn", "NL_BSN", "nl-bsn-column"),
    "fr_nir": (r"[1-478][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[ABab])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}", "fr_nir", "FR_NIR",
               "fr-nir-column"),
    "pl_pesel": (r"\d{11}", "pl_pesel", "PL_PESEL", "pl-pesel-column"),
    "es_dni": (r"\d{8}-?[A-Za-z]|[XYZxyz]-?\d{7}-?[A-Za-z]|\d{2}\.\d{3}\.\d{3}-?[A-Za-z]", "es_dni", "ES_DNI",
               "es-dni-column"),
    "pt_nif": (r"\d{3}[ ]?\d{3}[ ]?\d{3}", "pt_nif", "PT_NIF", "pt-nif-column"),
    "it_fiscal_code": (r"[A-Za-z]{6}[\dA-Za-z]{2}[A-Za-z][\dA-Za-z]{2}[A-Za-z][\dA-Za-z]{3}[A-Za-z]", "it_fiscal_code",
                       "IT_FISCAL_CODE", "it-fiscal-code-column"),
    "uk_nino": (r"[A-Za-z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-Da-d]", "uk_nino", "UK_NINO", "uk-nino-column"),
    "uk_nhs": (r"\d{3}([ -]?)\d{3}\1\d{4}", "uk_nhs", "UK_NHS", "uk-nhs-column"),
    # only read under a generic national-id column (no country-named header maps to these yet)
    "se_personnummer": (r"(?:1[89]|20)?\d{6}[-+]?\d{4}", "se_personnummer", "SE_PERSONNUMMER", "se-personnummer-column"),
    "no_fodselsnummer": (r"\d{6}[ ]?\d{5}", "no_fodselsnummer", "NO_FODSELSNUMMER", "no-fodselsnummer-column"),
    "br_cpf": (r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}", "br_cpf", "BR_CPF", "br-cpf-column"),
    "in_aadhaar": (r"[2-9]\d{3}([ -]?)\d{4}\1\d{4}", "in_aadhaar", "IN_AADHAAR", "in-aadhaar-column"),
    "us_ssn": (r"\d{3}([- ])\d{2}\1\d{4}", "us_ssn", "US_SSN", "us-ssn-column"),
    "ca_sin": (r"\d{3}([ -]?)\d{3}\1\d{3}", "ca_sin", "CA_SIN", "ca-sin-column"),
    # the identifiers of Asia, the Middle East, Oceania, Turkey, Scandinavia ... (their government-ids rules'
    # validators; the Indian PAN has no check digit: its shape, the fourth letter the holder's status, is all)
    "tr_tckn": (r"[1-9]\d{10}", "tr_tckn", "TR_TCKN", "tr-tckn-column"),
    "in_pan": (r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", "in_pan", "IN_PAN", "in-pan-column"),
    "au_medicare": (r"[2-6]\d{3}([ ]?)\d{5}\1\d(?:[ /-]?\d)?", "au_medicare", "AU_MEDICARE", "au-medicare-column"),
    "cn_resident_id": (r"\d{6}[ ]?\d{8}[ ]?\d{3}[\dXx]", "cn_resident_id", "CN_RESIDENT_ID", "cn-resident-id-column"),
    "kr_rrn": (r"\d{6}[ -]?\d{7}", "kr_rrn_labelled", "KR_RRN", "kr-rrn-column"),
    "kr_rrn_checked": (r"\d{6}[ -]?\d{7}", "kr_rrn", "KR_RRN", "kr-rrn-column"),
    "jp_my_number": (r"\d{4}([ -]?)\d{4}\1\d{4}", "jp_my_number", "JP_MY_NUMBER", "jp-my-number-column"),
    "ae_emirates_id": (r"784-?\d{4}-?\d{7}-?\d", "ae_emirates_id", "AE_EMIRATES_ID", "ae-emirates-id-column"),
    "es_naf": (r"\d{2}([ /-]?)\d{8}\1\d{2}", "es_naf", "ES_NAF", "es-naf-column"),
    "dk_cpr": (r"\d{6}-?\d{4}", "dk_cpr", "DK_CPR", "dk-cpr-column"),
    "pl_id_card": (r"[A-Za-z]{3}[ ]?\d{6}", "pl_id_card", "PL_ID_CARD", "pl-id-card-column"),
    "de_id_card": (r"[CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz0-9]{9}\d?", "de_id_card", "DE_ID_CARD", "de-id-card-column"),
    # more countries' ids, read when the validators module has their check (:func:`_check`)
    "ro_cnp": (r"[1-9]\d{12}", "ro_cnp", "RO_CNP", "ro-cnp-column"),
    "cz_birth_number": (r"\d{6}/?\d{3,4}", "cz_birth_number", "CZ_BIRTH_NUMBER", "cz-birth-number-column"),
    "fi_hetu": (r"\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]", "fi_hetu", "FI_HETU", "fi-hetu-column"),
    "gr_amka": (r"\d{11}", "gr_amka", "GR_AMKA", "gr-amka-column"),
    "ua_rnokpp": (r"\d{10}", "ua_rnokpp", "UA_RNOKPP", "ua-rnokpp-column"),
    "eg_national_id": (r"[23]\d{13}", "eg_national_id", "EG_NATIONAL_ID", "eg-national-id-column"),
    "cl_rut": (r"\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK]", "cl_rut", "CL_RUT", "cl-rut-column"),
    "ar_cuit": (r"\d{2}-?\d{8}-?\d", "ar_cuit", "AR_CUIL", "ar-cuil-column"),
    "at_svnr": (r"\d{4}[ ]?\d{6}", "at_svnr", "AT_SVNR", "at-svnr-column"),
    "be_nrn": (r"\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}", "be_nrn", "BE_NATIONAL_NUMBER", "be-national-number-column"),
    "id_nik": (r"\d{16}", "id_nik", "ID_NIK", "id-nik-column"),
    "hu_taj": (r"\d{3}([ -]?)\d{3}\1\d{3}", "hu_taj", "HU_TAJ", "hu-taj-column"),
    "hu_tax_id": (r"8\d{9}", "hu_tax_id", "HU_TAX_ID", "hu-tax-id-column"),
    "ru_inn": (r"\d{10}|\d{12}", "ru_inn", "RU_INN", "ru-inn-column"),
    "ru_snils": (r"\d{3}-?\d{3}-?\d{3}[ -]?\d{2}", "ru_snils", "RU_SNILS", "ru-snils-column"),
    "au_tfn": (r"\d{3}([ ]?)\d{3}\1\d{2,3}", "au_tfn", "AU_TFN", "au-tfn-column"),
    "sg_nric": (r"[STFGMstfgm]\d{7}[A-Za-z]", "sg_nric", "SG_NRIC", "sg-nric-column"),
    "ie_ppsn": (r"\d{7}[A-Wa-w][A-IWa-iw]?", "ie_ppsn", "IE_PPSN", "ie-ppsn-column"),
    "za_id": (r"\d{13}", "za_id", "ZA_ID", "za-id-column"),
    "th_national_id": (r"\d([ -]?)\d{4}\1\d{5}\1\d{2}\1\d", "th_national_id", "TH_NATIONAL_ID", "th-national-id-column"),
    "il_id": (r"\d{5,9}", "il_id", "IL_ID", "il-id-column"),
    "mx_curp": (r"[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[0-9A-Za-z]\d", "mx_curp", "MX_CURP", "mx-curp-column"),
    "mx_rfc": (r"[A-Za-zÑñ&]{3,4}\d{6}[A-Za-z0-9]{3}", "mx_rfc", "MX_RFC", "mx-rfc-column"),
    "tw_national_id": (r"[A-Za-z][1289]\d{8}", "tw_national_id", "TW_NATIONAL_ID", "tw-national-id-column"),
    "ir_national_code": (r"\d{10}|\d{3}-\d{6}-\d|[۰-۹]{10}", "ir_national_code", "IR_NATIONAL_CODE",
                         "ir-national-code-column"),
    # no check digit: the province (001-096), the century and sex digit and a birth year not yet to come
    "vn_cccd": (r"\d{12}", "vn_cccd", "VN_CCCD", "vn-cccd-column"),
}
#: ids without a check digit: their shape is the check (the Indian PAN: its fourth letter the holder's status)
SHAPE_ONLY = frozenset({"in_pan"})
#: a national-id column kind -> the ids its values may be (tried in order)
ID_KINDS: dict[str, tuple[str, ...]] = {**{k: (k,) for k in _ID_SHAPES}, "es_dni_or_pt_nif": ("es_dni", "pt_nif"),
                                      "se_or_no_personnummer": ("se_personnummer", "no_fodselsnummer"),
                                      "tw_or_cn_id": ("tw_national_id", "cn_resident_id")}

#: Words before (or after) a column name that leave its kind as it is: ``home_phone``, ``customer_dob``,
#: ``phone_work``, ``billing_address``. Never enough to make ``user_name`` a person's name.
QUALIFIERS = frozenset(
    "home work mobile cell office business personal private primary secondary main other alt alternate contact "
    "customer client user patient employee member guest student emergency billing shipping mailing postal "
    "delivery residential legal current permanent mother father parent spouse day night".split())

#: the kind of a column named a national id without a country (see GENERIC_ID_COLUMNS)
GENERIC_ID = "national_id"

#: kind -> (type label, rule id); the labels are those the rules and detectors of the same data use
KINDS: dict[str, tuple[str, str]] = {
    "dob": ("DATE", "date-of-birth-column"),
    "ssn": ("US_SSN", "us-ssn-column"),
    "sin": ("CA_SIN", "ca-sin-column"),
    "ssn_sin": ("US_SSN", "us-ssn-column"),  # or ("CA_SIN", "ca-sin-column"), by the value's shape
    "phone": ("PHONE", "phone-column"),
    "person": ("PERSON", "person-name-column"),
    "address": ("ADDRESS", "address-column"),
    "bank_account": ("BANK_ACCOUNT", "bank-account-column"),
    "sort_code": ("BANK_ACCOUNT", "uk-sort-code-column"),
    "routing_number": ("BANK_ACCOUNT", "aba-routing-column"),
    "city": ("LOCATION", "city-column"),
    "employee_id": ("EMPLOYEE_ID", "employee-id-column"),
    "username": ("USERNAME", "username-column"),
    "display_name": ("PERSON", "person-name-column"),  # or ("USERNAME", "username-column"), by the value's shape
    "mrn": ("MEDICAL_RECORD_NUMBER", "medical-record-number-column"),
    "member_id": ("INSURANCE_ID", "insurance-id-column"),
    "postcode": ("POSTCODE", "postcode-column"),
    "postcode_it": ("POSTCODE", "postcode-column"),
}
#: kinds whose value's shape says which of two kinds it is (:func:`_by_shape`)
SHAPE_KINDS = frozenset({"ssn_sin", "display_name"})
#: kinds that are company-internal identifiers, not personal data (the category their rules give them)
INTERNAL_KINDS = frozenset({"employee_id"})

#: values that stand for no value, whatever the column (lower case)
PLACEHOLDERS = frozenset(
    "null none nil n/a na n.a. - -- --- ? unknown unk test tester testing dummy sample example anonymous anon "
    "redacted hidden private undefined tbd todo tba default empty blank string text value true false yes no "
    "name first last firstname lastname surname fullname user username admin foo bar baz xxx".split()) | {
    "john doe", "jane doe", "first name", "last name", "full name", "test user"}

#: Words that name a column "name" without saying whose: a bare ``name`` (German ``Name`` is the surname
#: beside ``Vorname``), French ``nom``, Italian and Portuguese ``nome``, Spanish ``nombre``, Dutch ``naam``,
#: Nordic ``navn`` / ``namn`` / ``nimi``. Read as a person's name only beside contact data (see table_kinds).
BARE_NAMES = frozenset({"name", "nom", "nome", "nombre", "naam", "navn", "namn", "nimi"})
#: the same word in other languages, as written (normalised with the other headers: see _bare_names)
LOCAL_BARE_NAMES = ("Jméno", "Meno", "Név", "Nume", "Ime", "İsim", "Isim", "Adı", "Όνομα", "Имя", "Ім'я", "Nama",
                    "Tên", "ชื่อ", "नाम", "الاسم", "שם", "名前", "名字", "이름", "名")

#: Kinds whose header may carry words before the name of the kind that say whose or which it is (``Verified
#: DOB``, ``Child date of birth``, ``On-call mobile``, ``Parent phone``): a header whose last words are a
#: header of such a kind is a column of it. (Not for an address: ``email_address``, ``ip_address``.)
SUFFIX_KINDS = frozenset({"dob", "phone"})

_CAMEL = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # dateOfBirth, SSNNumber
#: what separates the words of a header: anything but a letter or digit of any script (or a combining mark:
#: the vowel signs of Thai and Devanagari are marks); ``_`` too
_NOT_WORD = regex.compile(r"(?:[^\w\p{M}]|_)+")
#: letters NFKD leaves as they are, written as a keyboard without them writes them (Fødselsdato: fodselsdato)
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "ı": "i", "Ø": "o", "Æ": "ae", "Œ": "oe", "Ł": "l", "Đ": "d", "Ð": "d", "Þ": "th"})
_TRAILING_NUMBER = regex.compile(r"(?<=[a-zß])_?\d{1,2}$")  # phone2, address_line_1
_BRACKETED = regex.compile(r"\(.*?\)|\[.*?\]")  # Date of birth (DD/MM/YYYY)

_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december mär märz mai okt oktober dez dezember janv févr fevr avr juil sept déc".split())
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|[AaPp]\.?[Mm]\.?))?)?"
_DATE = regex.compile(
    r"(?:(?P<y1>\d{4})(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"           # 1982-08-08, 1982/08/08
    r"|(?P<a2>\d{1,2})(?P<s2>[-/.])(?P<b2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2})"        # 08.08.1982, 8/31/82
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th)?\.?[ -](?P<n3>[^\W\d_]{3,9})\.?,?[ -](?P<y3>\d{4})"   # 8 Aug 1982, 08-Aug-1982
    r"|(?P<n4>[^\W\d_]{3,9})\.? (?P<d4>\d{1,2})(?:st|nd|rd|th)?,? (?P<y4>\d{4})"      # Aug 8, 1982
    r"|(?P<y5>(?:18|19|20)\d{2})(?P<m5>\d{2})(?P<d5>\d{2})"                          # 19820808
    r"|(?P<y6>\d{4})\.[ ]?(?P<m6>\d{1,2})\.[ ]?(?P<d6>\d{1,2})\."                     # 1982.08.08. (hu), 1982. 8. 8. (ko)
    r"|(?P<y7>\d{4})[ ]?[年년][ ]?(?P<m7>\d{1,2})[ ]?[月월][ ]?(?P<d7>\d{1,2})[ ]?[日일]?"  # 1982年8月8日, 1982년 8월 8일
    rf"){_TIME}")
_SSN = regex.compile(r"\d{3}([- ]?)\d{2}\1\d{4}")
_SIN = regex.compile(r"\d{3}([- ]?)\d{3}\1\d{3}")
_PHONE = regex.compile(r"[\d +()./-]{6,20}")
_PERSON = regex.compile(
    r"[^\W\d_]+(?:(?:''|['’.-])[^\W\d_]+)*\.?,?(?: {1,2}[^\W\d_]+(?:(?:''|['’.-])[^\W\d_]+)*\.?){0,3}")
#: the same with the combining marks a letter may carry (the vowel signs of Thai and Devanagari names:
#: กาญจนา, सुरेश), tried when the plain one does not match a text outside ASCII
_LETTER = r"[^\W\d_]\p{M}*"
_PERSON_MARKS = regex.compile(
    rf"(?:{_LETTER})+(?:(?:''|['’.-])(?:{_LETTER})+)*\.?,?(?: {{1,2}}(?:{_LETTER})+(?:(?:''|['’.-])(?:{_LETTER})+)*\.?){{0,3}}")
_ADDRESS_CODE = frozenset("=(){}[]<>\\|`$@:;*^~")
#: a word of 3 letters (a letter may carry combining marks: the vowel signs of Devanagari, मुंबई)
_ADDRESS_WORD = regex.compile(r"(?:[^\W\d_]\p{M}*){3}")
#: an address written without blanks (Chinese, Japanese: 台北市大安區忠孝東路四段134號, 東京都渋谷区神南1-2-3):
#: four wide (CJK) characters and a digit, no blank
_CJK_ADDRESS_CHARS = 4
#: a house number (12, 221B, a Polish or Czech one with its flat: 166/64) standing alone: not the 1 of node-1 or the
#: 10 of 10.0.0.1
_HOUSE_NUMBER = regex.compile(r"(?<![\w./-])\d{1,6}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?(?![\w-]|[./]\d)")
_IP_LIKE = regex.compile(r"\d+\.\d+\.\d+")
_BANK_ACCOUNT = regex.compile(r"\d{2,9}(?:[ -]?\d{2,9}){0,3}")
_SORT_CODE = regex.compile(r"\d{2}([- ]?)\d{2}\1\d{2}")
_ROUTING = regex.compile(r"\d{9}")
#: a place: words of letters joined by blanks, hyphens, apostrophes, dots or slashes (``Saint-Étienne``,
#: ``L'Aquila``, ``St. Louis``), a post code before or after it, a state or county code after `` - `` or ``,``
_CITY = regex.compile(
    r"(?:\d{4,6}[ ])?[^\W\d_]+(?:(?:[ ]?[-,/][ ]?|[ ]|['’][ ]?|\.[ ]?)[^\W\d_]+){0,5}\.?(?:[ ]\d{4,6})?")


class PiiColumnsDetector:
    """Options: ``employee_id_columns`` (the company's own names of an employee-number column, from
    ``[internal]``), ``internal = false`` (no employee-number columns: ``[detectors] internal = false``)."""

    name = "pii_columns"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        self.employee_keys = employee_keys(options.get("employee_id_columns") or ())
        self.internal = options.get("internal", True) is not False

    def _columns(self, table: Table) -> list[int]:
        if table.form == ALIGNED and _loose_aligned(table):
            return []  # read by loose_frames
        kinds = table_kinds(table, self.employee_keys)
        wanted = [i for i, kind in enumerate(kinds) if kind is not None and (self.internal or kind not in INTERNAL_KINDS)]
        if pair_table(table) and (not wanted or len(kinds) == 2 and kinds[0] is not None and kinds[1] is None):
            return [0, 1]  # a table of labels and values, or one whose first pair was taken for its header: see detect
        return wanted

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        by_table: dict[Table, list[tuple[int, int, int]]] = {}
        for cell in column_cells(text, self._columns):
            s, e = inner(text, cell.start, cell.end)
            by_table.setdefault(cell.table, []).append((cell.column, s, e))
        for table, cells in by_table.items():
            kinds = table_kinds(table, self.employee_keys)
            if self._pairs(text, table, kinds, cells):
                out.extend(self._pair_findings(text, table, cells))
            else:
                out.extend(self._column_findings(text, table, kinds, cells))
        typed = typed_values(text, self) if holds_any(text, TYPED_KEYS) else []
        out.extend(typed)
        out.extend(record_fields(text, self))
        params = db_parameters(text, self.internal) if holds_any(text, (DB_PARAMETERS,)) else []
        if params:
            out.extend(params)
        if "\n" in text and _LOOSE_ROW.search(text) is not None:
            out.extend(loose_frames(text, self))
        out.sort(key=lambda f: (f.start, f.end))
        return out

    def _column_findings(self, text: str, table: Table, kinds: list[str | None],
                         cells: list[tuple[int, int, int]]) -> list[Finding]:
        """The findings of a table read by its columns' kinds."""
        out: list[Finding] = []
        ids: dict[int, list[tuple[int, int]]] = {}
        for column, s, e in cells:
            kind = kinds[column]
            if e <= s or kind is None:
                continue
            if kind in (GENERIC_ID, DOCUMENT_ID):
                ids.setdefault(column, []).append((s, e))
                continue
            valid = VALID.get(kind)
            if valid is not None and kind not in SHAPE_KINDS and (self.internal or kind not in INTERNAL_KINDS):
                if valid(text[s:e]):  # (the common case, as _value has it, without its calls)
                    label, rule = KINDS[kind]
                    out.append(Finding(s, e, "internal" if kind in INTERNAL_KINDS else "pii", label, rule, SCORE))
                continue
            found = self._value(kind, text, s, e)
            if found is not None:
                out.append(found)
        for column, spans in ids.items():
            values = [text[s:e] for s, e in spans]
            if kinds[column] == DOCUMENT_ID:
                out.extend(Finding(s, e, "pii", *f, SCORE) for (s, e), f in zip(spans, _document_ids(values)) if f)
                continue
            found = _generic_national_id(values)
            if found is not None:
                out.extend(Finding(s, e, "pii", *found, SCORE) for s, e in spans)
        return out

    def _pairs(self, text: str, table: Table, kinds: list[str | None], cells: list[tuple[int, int, int]]) -> bool:
        """Whether ``table`` is read as pairs of a label (its first column) and a value (its second): no column
        of its header names a kind (``| Field | Value |``), or its header is itself a pair (an HTML form's
        first row, ``<td>Full name</td><td>...</td>``), which shows as a first column that holds more labels
        (names of a kind) than not."""
        if not pair_table(table) or any(c not in (0, 1) for c, _, _ in cells):
            return False
        if all(k is None for k in kinds):
            return True
        labels = [text[s:e] for c, s, e in cells if c == 0]
        return bool(labels) and 2 * sum(self._label_kind(label) is not None for label in labels) >= len(labels)

    def _pair_findings(self, text: str, table: Table, cells: list[tuple[int, int, int]]) -> list[Finding]:
        """The values of a table of pairs (see :meth:`_pair`); an HTML table's first row among them."""
        out: list[Finding] = []
        label: tuple[int, int] | None = None
        rows = [(0, *span) for span in header_cells(text, table)[:1]] + [(1, *span) for span in header_cells(text, table)[1:2]]
        for column, s, e in rows + cells:
            if column == 0:
                label = (s, e)
            elif label is not None:
                found = self._pair(text, label, (s, e)) if e > s else None
                label = None
                if found is not None:
                    out.append(found)
        return out

    def _label_kind(self, name: str) -> str | None:
        """The kind a label names (as a header would: :func:`column_kind`, or an identity document's)."""
        name = name.strip("*_: \t")
        if not name or len(name) > 64:
            return None
        kind = column_kind(name)
        return DOCUMENT_ID if kind is None and document_column(name) else kind

    def _value(self, kind: str, text: str, s: int, e: int) -> Finding | None:
        """The finding for ``text[s:e]`` as a value of ``kind`` (a column's or a label's), or None when it has
        not that kind's shape (or check)."""
        value = text[s:e]
        if kind in ID_KINDS:
            found = _national_id(kind, value)
            return Finding(s, e, "pii", *found, SCORE) if found is not None else None
        if kind == DOCUMENT_ID:
            found = _document_id(value)
            return Finding(s, e, "pii", *found, SCORE) if found is not None else None
        if kind not in VALID or (kind in INTERNAL_KINDS and not self.internal) or not VALID[kind](value):
            return None
        kind = _by_shape(kind, value)
        label, rule = KINDS[kind]
        return Finding(s, e, "internal" if kind in INTERNAL_KINDS else "pii", label, rule, SCORE)

    def _pair(self, text: str, label: tuple[int, int], value: tuple[int, int]) -> Finding | None:
        """A row of a table of pairs (``| Date of birth | 02.03.1980 |``, ``<td>Telefon</td><td>...</td>``):
        its label names the kind of its value as a header would (not a bare ``name``: no contact columns
        beside it to say whose)."""
        kind = self._label_kind(text[label[0]:label[1]])
        if kind is None:
            return None
        s, e = _unstarred(text, *inner(text, *value))
        return self._value(kind, text, s, e) if e > s else None


# ---------------------------------------------------------------- data frames printed out of alignment

#: A data frame's print whose columns do not line up (a CJK or Devanagari name pandas counted as narrower than
#: it shows, a print pasted through a proportional font or retyped, R's one blank between columns): a header
#: line that starts with the index column's blanks, over rows that start with their index label. Neither the
#: pandas reader nor the aligned one reads it (their names must stand over their cells), so it is read by what
#: it says: the header is split into the column names this module knows (several words each: ``Imię i
#: nazwisko``, ``Data urodzenia``; the known names covering the most words), a run of other words is a run of
#: columns of no interest; then each row's words are dealt out to the columns in order, each named column
#: taking a run of words that has its kind's shape (``伊藤 さくら`` a name, ``1987-03-16`` a date,
#: ``+81 70-2644-6460`` a phone), each other column one word at least. A row that cannot be dealt out so is
#: skipped: no cell is guessed.
_LOOSE_ROW = regex.compile(r"\n\d{1,9}[ ]+[^ \t\r\n]")
_LOOSE_LABEL = regex.compile(r"\d{1,9}(?=[ ]+[^ \t\r\n])")
_LOOSE_WORD = regex.compile(r"[^ \t\r\n]+")
#: the words a column's name may have, at most; the words a named cell may take; a longer header or row is not read
_LOOSE_NAME_WORDS, _LOOSE_CELL_WORDS, _LOOSE_MAX_WORDS = 5, 6, 60
#: what pandas prints for a missing value (a named column's cell may be one)
_MISSING = frozenset({"NaN", "nan", "None", "NaT", "<NA>", "null"})
#: a gap: a run of columns of no interest
_GAP = "\0gap"


def loose_frames(text: str, detector: PiiColumnsDetector) -> list[Finding]:
    """Findings in the rows of the data frame prints no table reader read (see :data:`_LOOSE_ROW`)."""
    out: list[Finding] = []
    read = {t.start for t in tables(text) if t.kind == PANDAS and not _loose_aligned(t)}
    for m in _LOOSE_ROW.finditer(text):
        row_start = m.start() + 1
        start = text.rfind("\n", 0, m.start()) + 1
        header = text[start:m.start()].rstrip("\r")
        if start in read or not header.startswith(" ") or not header.strip() or header.lstrip()[:1].isdigit():
            continue
        columns = _loose_columns(tuple(header.split()), detector.employee_keys)
        if columns is None:
            continue
        pos = row_start
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            label = _LOOSE_LABEL.match(text, pos, end)
            if label is None:
                break
            words = [w.span() for w in _LOOSE_WORD.finditer(text, label.end(), end)]
            if len(words) <= _LOOSE_MAX_WORDS:
                out.extend(_deal(text, words, columns, detector))
            pos = end + 1
    return out


def _loose_aligned(table: Table) -> bool:
    """Whether a frame the aligned reader took (one word a name) is this reader's: a name it knows has several
    words (``Data urodzenia``: the aligned reader would read ``Data`` and ``urodzenia`` as two columns)."""
    return table.kind == PANDAS and table.form == ALIGNED and _loose_names(table.names)


@lru_cache(maxsize=256)
def _loose_names(words: tuple[str, ...]) -> bool:
    """Whether two words or more of ``words`` (a header's) make one name this module knows."""
    return any(_known_header(" ".join(words[i:j])) for i in range(len(words))
               for j in range(i + 2, min(len(words), i + _LOOSE_NAME_WORDS) + 1))


@lru_cache(maxsize=256)
def _loose_columns(words: tuple[str, ...], employee: frozenset[str]) -> tuple[str, ...] | None:
    """The columns a header's ``words`` name, in order: a kind, or :data:`_GAP` for a run of columns of no
    interest; None when no kind is named (or the header is too long to be one). The words are split into
    names so that known names cover the most words (then into the fewest names)."""
    n = len(words)
    if not 2 <= n <= 3 * _LOOSE_MAX_WORDS // 2:
        return None
    # best[i]: (words covered by known names, known names, names) for words[i:]; of two ways that cover as many
    # words, the one of more known names (``Imię i nazwisko`` + ``Data urodzenia``, not one date-of-birth name
    # of five words: a date-of-birth or phone name may have words before it, ``Verified DOB``)
    best: list[tuple[int, int, tuple[tuple[str, bool], ...]]] = [(0, 0, ())] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = [(best[i + 1][0], best[i + 1][1], ((words[i], False), *best[i + 1][2]))]
        for j in range(i + 1, min(n, i + _LOOSE_NAME_WORDS) + 1):
            name = " ".join(words[i:j])
            if _known_header(name):
                options.append((best[j][0] + j - i, best[j][1] + 1, ((name, True), *best[j][2])))
        best[i] = max(options, key=lambda o: (o[0], o[1]))
    names = best[0][2]
    kinds = table_kinds(Table(PANDAS, 0, 0, tuple(name for name, _ in names)), employee)
    columns: list[str] = []
    for (_, known), kind in zip(names, kinds):
        column = kind if known and kind is not None and kind != GENERIC_ID else _GAP
        if column != _GAP or not columns or columns[-1] != _GAP:
            columns.append(column)
    if all(c == _GAP for c in columns) or len(names) < 2:
        return None
    return tuple(columns)


def _known_header(name: str) -> bool:
    """Whether ``name`` is a column name this module knows (of a kind, a bare ``name``, an e-mail, an id); not
    by its last words alone (in a header of names one blank apart, ``Şehir Doğum Tarihi`` is two names)."""
    if column_kind(name, suffixes=False) is not None:
        return True
    key = _key(name)
    return bool(key) and (key in _bare_names() or key.replace("_", "") in _email_keys() or document_column(name)
                          or key.replace("_", "") in GENERIC_ID_COLUMNS)


def _deal(text: str, words: list[tuple[int, int]], columns: tuple[str, ...],
          detector: PiiColumnsDetector) -> list[Finding]:
    """The findings of one row: its ``words`` (spans) dealt out to ``columns`` in order (see
    :data:`_LOOSE_ROW`), each named column the longest run of words that has its kind's shape and leaves the
    rest a way to be dealt out; nothing when there is no way."""
    n, last = len(words), len(columns) - 1
    failed: set[tuple[int, int]] = set()

    def deal(c: int, w: int) -> list[Finding] | None:
        if c > last:
            return [] if w == n else None
        if (c, w) in failed:
            return None
        named = columns[c] != _GAP
        most = n - w - (last - c)  # one word at least for each column after this one
        if c == last:
            sizes = [most] if 0 < most <= (_LOOSE_CELL_WORDS if named else n) else []
        else:
            sizes = list(range(min(most, _LOOSE_CELL_WORDS) if named else most, 0, -1))
        for k in sizes:
            found: list[Finding] = []
            if named:
                s, e = words[w][0], words[w + k - 1][1]
                value = text[s:e]
                if value not in _MISSING:
                    finding = detector._value(columns[c], text, s, e)
                    if finding is None:
                        continue
                    found.append(finding)
            rest = deal(c + 1, w + k)
            if rest is not None:
                return found + rest
        failed.add((c, w))
        return None

    return deal(0, 0) or []


#: the forms of table whose rows may be pairs of a label and its value (a form's key-value layout), when no
#: column of its header names a kind (``| Field | Value |``): not SQL rows nor a print of a data frame
PAIR_FORMS = frozenset({MARKDOWN, HTML, MYSQL, PSQL, PIPE, TSV, CSV})


def pair_table(table: Table) -> bool:
    """Whether ``table`` may be a table of pairs: its rows' first cell a label, the second its value."""
    return table.kind in PAIR_FORMS and len(table.names) >= 2


#: A value whose JSON object names its kind in a key beside it: ``{"type": "身份证号", "value": "..."}``,
#: ``{"value": "+44 ...", "type": "mobile"}`` (Google People, a KYC form's documents). The type is read as a
#: column header is (:func:`column_kind`, a document's name); the value must have that kind's shape and pass
#: its check. The keys' literals gate it.
TYPED_KEYS = ('"type"', '"kind"', '"label"', '"idType"', '"id_type"', '"documentType"', '"document_type"',
              '"docType"', '"doc_type"')
_TYPE_KEY = r'"(?:type|kind|label|id_?[Tt]ype|document_?[Tt]ype|doc_?[Tt]ype)"'
_VALUE_KEY = r'"(?:value|number|id_?[Nn]umber|document_?[Nn]umber|no|num)"'
_JSON_STRING = r'"([^"\\\n]{1,64})"'
_TYPED = regex.compile(
    rf"{_TYPE_KEY}[ \t]*:[ \t]*{_JSON_STRING}[ \t]*,\s*{_VALUE_KEY}[ \t]*:[ \t]*{_JSON_STRING}"
    rf"|{_VALUE_KEY}[ \t]*:[ \t]*{_JSON_STRING}[ \t]*,\s*{_TYPE_KEY}[ \t]*:[ \t]*{_JSON_STRING}")


def typed_values(text: str, detector: PiiColumnsDetector) -> list[Finding]:
    """Findings for the values of the JSON objects that name their kind (see :data:`TYPED_KEYS`)."""
    out: list[Finding] = []
    for m in _TYPED.finditer(text):
        name, (s, e) = (m.group(1), m.span(2)) if m.group(1) is not None else (m.group(4), m.span(3))
        kind = column_kind(name)
        if kind is None and (document_column(name) or _squash(name) in GENERIC_ID_COLUMNS):
            kind = DOCUMENT_ID
        if kind is not None and kind != "person":
            found = detector._value(kind, text, s, e)
            if found is not None:
                out.append(found)
    return out


# ------------------------------------------------------------- records' fields: XML elements, name objects

#: An XML element of text alone (``<birthDate>1961-04-07</birthDate>``, ``<ns:city>Gdańsk</ns:city>``), attributes
#: allowed on its start tag: the tag names the value's kind as a table's header would.
_XML_FIELD = regex.compile(r"<((?:[\w-]{1,20}:)?([A-Za-z][\w.-]{0,40}))(?:[ \t][^<>\n]{0,200})?>[ \t]*"
                           r"([^<>\n]{1,120}?)[ \t]*</\1>")
#: A JSON string member (``"fodelsedatum": "1961-04-07"``, ``"achternaam": "van Leeuwen"``): its key names the
#: value's kind as a header would, in every language the headers are known in.
_JSON_FIELD = regex.compile(r'"([A-Za-z\u00c0-\uffff][^"\\\n]{0,40})"[ \t]*:[ \t]*"([^"\\\n]{1,120})"')
#: kinds whose JSON members rules read with more context than a key gives (a user object's login, not a UI
#: string's "login": "Anmelden"; an address's shape): not read again by :func:`record_fields`
_JSON_OWN_RULES = frozenset({"username", "display_name", "address"})
#: A name split into parts under a name key: MongoDB's ``"name": {"first": "Jana", "last": "Wagner"}``, or
#: XML's ``<name><first>Jana</first><last>Wagner</last></name>``: the part's key alone ("last") says nothing.
_NAME_PARTS = frozenset({"first", "last", "given", "family", "middle", "surname", "forename"})
_XML_PARENT = regex.compile(r"<((?:[\w-]{1,20}:)?[A-Za-z][\w.-]{0,40})(?:[ \t][^<>]*)?>"
                            r"(?:\s*<([\w:.-]+)[^<>]*>[^<>]*</\2>)*\s*$")
_NAME_PARENT = regex.compile(r'(?i:name|full_?name|customer_?name|person_?name|legal_?name)["\'>]?(?:[ \t]*:[ \t]*)?\{?\s*$')


def record_fields(text: str, detector: PiiColumnsDetector) -> list[Finding]:
    """The values of XML elements whose tag names a kind (``<taxId>``, ``<city>``, ``<street>``, ``<birthDate>``),
    of JSON string members whose key does, and the parts of a name object (see :data:`_NAME_PARTS`). A bare
    ``<name>`` is left (a product's, a host's); a value that is itself such a name is a translation's label
    (``"lastName": "Nachname"``), no data; a country-less id tag (``<taxId>``, ``<idNumber>``) is read as a
    generic column is: every value of that tag in the text must pass one country's check."""
    out: list[Finding] = []
    generic: dict[str, list[tuple[int, int]]] = {}
    if "</" in text:
        for m in _XML_FIELD.finditer(text):
            tag, (s, e) = m.group(2), m.span(3)
            if tag.lower() in _NAME_PARTS:
                if _name_parent(text, m.start()):
                    found = detector._value("person", text, s, e)
                    if found is not None:
                        out.append(found)
                continue
            kind = detector._label_kind(tag)
            if kind is None and _squash(tag) in GENERIC_ID_COLUMNS:
                generic.setdefault(_squash(tag), []).append((s, e))
            elif kind is not None and kind not in _bare_names() and column_kind(text[s:e]) is None:
                found = detector._value(kind, text, s, e)
                if found is not None:
                    out.append(found)
    for spans in generic.values():
        found_id = _generic_national_id([text[s:e] for s, e in spans])
        if found_id is not None:
            out.extend(Finding(s, e, "pii", *found_id, SCORE) for s, e in spans)
    if '":' in text or '" :' in text:
        for m in _JSON_FIELD.finditer(text):
            key = m.group(1)
            if key in _NAME_PARTS:
                kind = "person" if _name_parent(text, m.start()) else None
            else:
                kind = column_kind(key)
                if kind in _JSON_OWN_RULES:
                    continue
            value = m.group(2)
            if kind is not None and kind not in _bare_names() and column_kind(value) is None:
                found = detector._value(kind, text, *m.span(2))
                if found is not None:
                    out.append(found)
    return out


def _name_parent(text: str, start: int) -> bool:
    """Whether the field at ``start`` is a part of a name object: the object (or element) that holds it, opened
    within 200 characters before and not closed since, is under a name key."""
    before = text[max(0, start - 200):start]
    brace, angle = before.rfind("{"), before.rfind("<")
    if brace > angle and "}" not in before[brace:]:
        return _NAME_PARENT.search(before, 0, brace + 1) is not None
    # XML: the nearest open tag before the siblings that precede the field
    m = _XML_PARENT.search(before)
    return m is not None and _squash(m.group(1).rpartition(":")[2]) in ("name", "fullname", "personname", "customername")


def _unstarred(text: str, s: int, e: int) -> tuple[int, int]:
    """A Markdown value without the ``**`` / ``_`` / backticks around it."""
    while e - s >= 2 and text[s] == text[e - 1] and text[s] in "*_`":
        s, e = s + 1, e - 1
    return s, e


def employee_keys(names: Any) -> frozenset[str]:
    """The company's own employee-number column names (``[internal] employee_id_columns``), normalised as
    the header words are (:func:`_key`, then without ``_``: ``MA-Nr``, ``ma_nr`` and ``MA Nr`` are one)."""
    if isinstance(names, str) or not isinstance(names, (list, tuple, set, frozenset)):
        return frozenset()
    return frozenset(k.replace("_", "") for k in (_key(n) for n in names if isinstance(n, str)) if k)


#: A bare ``name`` column names people when its table also holds contact data (a date of birth, an SSN, a
#: phone number, an address or an e-mail column): a customer or employee export, not a list of hosts.
PERSON_CONTEXT = frozenset({"dob", "ssn", "sin", "ssn_sin", "phone", "address", "bank_account", "sort_code", *ID_KINDS,
                            DOCUMENT_ID})
_EMAIL_KEYS = frozenset({"email", "emailaddress", "mail", "mailaddress"})
#: the e-mail column in other languages, as written (normalised as any header is: see _email_keys)
LOCAL_EMAIL_NAMES = ("E-post", "E-posta", "E-postadress", "Courriel", "Adresse e-mail", "Correo", "Correo electrónico",
                     "Posta elettronica", "Sähköposti", "Email cím", "Ηλεκτρονικό ταχυδρομείο", "Эл. почта", "Почта",
                     "Електронна пошта", "البريد الإلكتروني", "דוא\"ל", "ईमेल", "อีเมล", "メールアドレス", "メール", "邮箱",
                     "电子邮件", "電子郵件", "이메일", "Thư điện tử")


@lru_cache(maxsize=1)
def _email_keys() -> frozenset[str]:
    return _EMAIL_KEYS | frozenset(k for k in map(_squash, LOCAL_EMAIL_NAMES) if k)


@lru_cache(maxsize=1024)
def table_kinds(table: Table, employee: frozenset[str] = frozenset()) -> list[str | None]:
    """The kind of each column of ``table`` (see :func:`column_kind`), a bare ``name`` read in context.
    ``employee``: the company's own employee-number column names (see :func:`employee_keys`); a header that
    is one of them is an ``employee_id`` column, whatever the built-in words say. (Part of the cache key:
    detectors built with other names never see these.)"""
    kinds = [column_kind(name) for name in table.names]
    keys = [_key(name) for name in table.names]
    documents = _document_names()
    kinds = [kind if kind is not None else DOCUMENT_ID if key.replace("_", "") in documents
             else GENERIC_ID if key.replace("_", "") in GENERIC_ID_COLUMNS else None
             for key, kind in zip(keys, kinds)]
    bare = _bare_names()
    if not bare.isdisjoint(keys) and (PERSON_CONTEXT.intersection(kinds)
                                      or any(k.replace("_", "") in _email_keys() for k in keys)):
        kinds = ["person" if key in bare else kind for key, kind in zip(keys, kinds)]
    if "postcode_it" in kinds and not any(k not in (None, "postcode_it") for k in kinds):
        kinds = [None if kind == "postcode_it" else kind for kind in kinds]  # a plan's "cap" beside no personal column
    if employee:
        kinds = ["employee_id" if key.replace("_", "") in employee else kind for key, kind in zip(keys, kinds)]
    return kinds


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """The column name normalised: lower case, words joined by ``_``, a bracketed note and a trailing
    number off (``Date of birth (DD/MM/YYYY)`` -> ``date_of_birth``, ``phone2`` -> ``phone``, ``Phone
    (optional)`` -> ``phone``); accents off and the letters NFKD keeps written plainly (``Fødselsdato`` ->
    ``fodselsdato``, ``Data nașterii`` -> ``data_nasterii``); other scripts kept (``дата_рожд``, ``出生日期``)."""
    if not name or len(name) > 64:
        return ""
    name = _BRACKETED.sub(" ", name)
    if not name.isascii():  # Prénom, Teléfono, N° sécurité sociale, Nº empleado: read without their accents
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        name = name.translate(_LETTERS)
    key = _NOT_WORD.sub("_", _CAMEL.sub("_", name).lower()).strip("_")
    return _TRAILING_NUMBER.sub("", key)


def _squash(name: str) -> str:
    return _key(name).replace("_", "")


@lru_cache(maxsize=1)
def _squashed() -> dict[str, str]:
    """Every column name of :data:`COLUMNS`, :data:`LOCAL_COLUMNS`, :data:`NATIONAL_ID_COLUMNS` and
    :data:`LOCAL_ID_COLUMNS`, normalised (:func:`_key`) without its ``_``, and its kind. Built on first use
    (the normalising regexes are compiled then, not at import)."""
    out: dict[str, str] = {}
    for table in (LOCAL_COLUMNS, LOCAL_ID_COLUMNS, COLUMNS, NATIONAL_ID_COLUMNS):
        for name, kind in table.items():
            key = _squash(name)
            if key:
                out[key] = kind
    return out


@lru_cache(maxsize=1)
def _document_names() -> frozenset[str]:
    """:data:`DOCUMENT_ID_NAMES`, normalised as :func:`_squashed` has the others."""
    return frozenset(k for k in map(_squash, DOCUMENT_ID_NAMES) if k)


@lru_cache(maxsize=1)
def _bare_names() -> frozenset[str]:
    """:data:`BARE_NAMES` and :data:`LOCAL_BARE_NAMES`, normalised (:func:`_key`, as a header is)."""
    return BARE_NAMES | frozenset(k for k in map(_key, LOCAL_BARE_NAMES) if k)


@lru_cache(maxsize=4096)
def column_kind(name: str, suffixes: bool = True) -> str | None:
    """The kind of personal data a column of this name holds (a key of :data:`KINDS`, or a national id's:
    :data:`ID_KINDS`), or None. ``suffixes=False``: not by its last words alone (``Verified DOB``: see
    :data:`SUFFIX_KINDS`)."""
    key = _key(name)
    if not key:
        return None
    squashed = _squashed()
    words = key.split("_")
    for _ in range(2):  # customer_home_phone -> phone
        kind = squashed.get("".join(words))
        if kind is not None:
            return kind
        if len(words) > 1 and words[0] in QUALIFIERS:
            words = words[1:]
        elif len(words) > 1 and words[-1] in QUALIFIERS:
            words = words[:-1]
    kind = squashed.get("".join(words))
    if kind is not None or not suffixes:
        return kind
    words = key.split("_")
    for i in range(1, min(len(words), 5)):  # verified_dob, child_date_of_birth, on_call_mobile -> their last words'
        kind = squashed.get("".join(words[i:]))
        if kind in SUFFIX_KINDS:
            return kind
    return None


def bare_name_label(name: str) -> bool:
    """Whether ``name`` is a bare name column's or label's (``Name``, ``Nom``, ``Nombre``: a person's in a record,
    a host's or a product's elsewhere)."""
    return _key(name) in _bare_names()


def document_column(name: str) -> bool:
    """Whether a column of this name holds identity-document numbers of any country (see DOCUMENT_ID_NAMES)."""
    return _squash(name) in _document_names()


# ------------------------------------------------------------------------------------------- the values

def _placeholder(value: str) -> bool:
    return value.lower() in PLACEHOLDERS


#: the groups of _DATE's year-first forms: (year, month, day)
_YEAR_FIRST = (("y1", "m1", "d1"), ("y5", "m5", "d5"), ("y6", "m6", "d6"), ("y7", "m7", "d7"))


def _date(value: str) -> bool:
    m = _DATE.fullmatch(value)
    if m is None:
        return False
    g = m.groupdict()
    if g["a2"]:
        a, b, year = int(g["a2"]), int(g["b2"]), int(g["y2"])
        if len(g["y2"]) == 2:
            year += 1900
        # day first (08.31 is no date) or month first (31/08 is no date): one of them must be a date
        month, day = (b, a) if a > 12 else (a, b)
    elif not (g["n3"] or g["n4"]):
        for y, mo, d in _YEAR_FIRST:
            if g[y]:
                year, month, day = int(g[y]), int(g[mo]), int(g[d])
                break
    else:
        name = (g["n3"] or g["n4"]).lower()
        if name not in _MONTHS:
            from ..validators import MONTHS  # the month names of the date-of-birth rules' languages

            if name not in MONTHS:
                return False
        year, month, day = int(g["y3"] or g["y4"]), 1, int(g["d3"] or g["d4"])
    return 1800 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def _ssn(value: str) -> bool:
    if _SSN.fullmatch(value) is None:
        return False
    digits = value.replace("-", "").replace(" ", "")
    return len(set(digits)) > 1 and digits not in ("123456789", "987654321")


def _sin(value: str) -> bool:
    if _SIN.fullmatch(value) is None:
        return False
    from ..validators import ca_sin  # loaded on the first value under a SIN column

    return ca_sin(value)


def _phone(value: str) -> bool:
    if _PHONE.fullmatch(value) is None:
        return False
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 6 and len(set(digits)) > 1


def _person(value: str) -> bool:
    if len(value) > 100 or _placeholder(value):
        return False
    if _PERSON.fullmatch(value) is None and (value.isascii() or _PERSON_MARKS.fullmatch(value) is None):
        return False
    letters = sum(c.isalpha() for c in value)
    return letters >= 2 and not value.rstrip(".").lower().strip("x") == ""


def _address(value: str) -> bool:
    if not 5 <= len(value) <= 120 or "\n" in value or any(c in _ADDRESS_CODE for c in value):
        return False
    if " " not in value and not value.isascii() and any(c.isdigit() for c in value):
        from ._stretches import is_wide

        return sum(map(is_wide, value)) >= _CJK_ADDRESS_CHARS
    return (" " in value and _ADDRESS_WORD.search(value) is not None and _HOUSE_NUMBER.search(value) is not None
            and _IP_LIKE.search(value) is None)


@lru_cache(maxsize=None)
def _id_shape(kind: str) -> Any:
    return regex.compile(_ID_SHAPES[kind][0])


def _check(name: str) -> Any:
    """The check of a national id: its government-ids rule's validator; for an id of :data:`SHAPE_ONLY`, its
    shape alone (always true here); for an id whose validator this build lacks, always false (not read)."""
    from .. import validators  # loaded on the first value under such a column

    found = validators.VALIDATORS.get(name)
    if found is not None:
        return found
    return _shape_only if name in SHAPE_ONLY else _unsupported


def _shape_only(value: str) -> bool:
    return True


def _unsupported(value: str) -> bool:
    return False


def _national_id(kind: str, value: str) -> tuple[str, str] | None:
    """(type label, rule id) of the national identifier ``value`` is under a column of ``kind``: its shape and
    its check (the government-ids rules' validator), else None."""
    for id_kind in ID_KINDS[kind]:
        _, check, label, rule = _ID_SHAPES[id_kind]
        if _id_shape(id_kind).fullmatch(value) and _check(check)(value.upper()):
            return label, rule
    return None


def _generic_national_id(values: list[str]) -> tuple[str, str] | None:
    """(type label, rule id) of the one national id every value of a generic column (``id_number``,
    ``tax_id`` ...) has the shape of and passes the check of, the strictest first; None when none holds for all
    (the column is then not read: a generic header is no evidence by itself)."""
    for id_kind in GENERIC_ID_ORDER:
        _, check, label, rule = _ID_SHAPES[id_kind]
        shape, valid = _id_shape(id_kind), _check(check)
        if all(shape.fullmatch(v) and valid(v.upper()) for v in values):
            return label, rule
    return None


def _document_id(value: str) -> tuple[str, str] | None:
    """(type label, rule id) of the first national id (:data:`DOCUMENT_ID_ORDER`) whose shape and check
    ``value`` passes, else None: a cell of a column that names an identity document (DOCUMENT_ID_NAMES)."""
    for id_kind in DOCUMENT_ID_ORDER:
        _, check, label, rule = _ID_SHAPES[id_kind]
        if _id_shape(id_kind).fullmatch(value) and _check(check)(value.upper()):
            return label, rule
    return None


def _document_ids(values: list[str]) -> list[tuple[str, str] | None]:
    """:func:`_document_id` of each value of a document column; all None when fewer than half of them are
    one (the column then holds something else: invoice numbers pass a check digit one time in ten)."""
    found = [_document_id(v) for v in values]
    if 2 * sum(f is not None for f in found) < len(found):
        return [None] * len(found)
    return found


def _bank_account(value: str) -> bool:
    """6 to 18 digits (a space or dash between groups), not a run, one digit or a date (the
    bank-account-number rule's validator)."""
    if _BANK_ACCOUNT.fullmatch(value) is None:
        return False
    from ..validators import bank_account_number

    return bank_account_number(value)


def _sort_code(value: str) -> bool:
    if _SORT_CODE.fullmatch(value) is None:
        return False
    from ..validators import uk_sort_code

    return uk_sort_code(value)


def _routing_number(value: str) -> bool:
    if _ROUTING.fullmatch(value) is None:
        return False
    from ..validators import aba_routing

    return aba_routing(value)


def _city(value: str) -> bool:
    """A place name: 1 to 6 words of letters (any script: ``Cardiff``, ``Saint-Étienne``, ``St. Louis``,
    ``東京都渋谷区``), a post code before or after it (``59000 Lille``) and a state code after a dash or
    comma (``Recife - PE``) allowed; 3 letters at least, not all capitals when shorter than 4 (``USA`` and
    ``N/A`` are codes), not a placeholder, no code characters or underscores."""
    if not 2 <= len(value) <= 60 or _placeholder(value) or _CITY.fullmatch(value) is None:
        return False
    letters = [c for c in value if c.isalpha()]
    if len(letters) < 3 and not any(ord(c) > 0x2E7F for c in letters):  # 大阪 has two characters
        return False
    return not (len(letters) <= 3 and "".join(letters).isupper())


#: a post code: one or two groups of letters and digits (``80662``, ``NR2 2XJ``, ``220-7017``, ``416 89``,
#: ``1015 CJ``, ``K1A 0B1``, ``〒460-0008``)
_POSTCODE = regex.compile(r"〒?[ ]?[A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?")


def _five_digits(value: str) -> bool:
    """Italy's CAP: five digits, not all zeros."""
    return len(value) == 5 and value.isascii() and value.isdigit() and value != "00000"


def _postcode(value: str) -> bool:
    """A post code's shape (:data:`_POSTCODE`) with two digits or more, not one digit repeated nor a placeholder."""
    if not 3 <= len(value) <= 12 or _POSTCODE.fullmatch(value) is None or _placeholder(value):
        return False
    digits = [c for c in value if c.isdigit()]
    if len(digits) < 2 or sum(c.isalnum() for c in value) < 4:
        return False
    return len(set(digits)) > 1 or any(c.isalpha() for c in value)  # (NR2 2XJ: letters beside one digit twice)


def _ssn_or_sin(value: str) -> bool:
    return _ssn(value) or _sin(value)


def _employee_id(value: str) -> bool:
    """4 to 12 letters and digits, one dash at most, a digit among them (the employee-id-label rule's value)."""
    return (4 <= len(value) <= 12 and value.count("-") <= 1 and any(c.isdigit() for c in value)
            and value.replace("-", "").isalnum() and value.isascii() and not _placeholder(value))


#: an account name: a letter, then letters, digits and ``. _ -`` (``jdoe``, ``maria.lopez``, ``k_weber7``)
_USERNAME = regex.compile(r"[A-Za-z][A-Za-z0-9._-]{1,39}")
#: a record, member or policy id: runs of letters and digits, a dash, slash or blank between (``MRN0042117``,
#: ``XK-4471-0912``, ``88310274``)
#: a stand-in account of a fixture or a doc: a generic word or a one-letter stem and a counter (``u001``, ``user2``,
#: ``svc0``, ``test_3``, ``acct-12``): numbered like rows, it names nobody
_STAND_IN = regex.compile(r"(?i)(?:[a-z]|usr|user|svc|srv|sa|bot|app|test|demo|guest|acct|account|login|member)[._-]?\d*")
#: what a handle has and a name has not: a digit, an underscore, or a dot between lower-case letters (``j.doe``)
_USERNAME_MARKS = regex.compile(r"[\d_]|[a-z]\.[a-z]")
_RECORD_ID = regex.compile(r"[A-Za-z0-9]{1,20}(?:[-/ ][A-Za-z0-9]{1,20}){0,3}")


def _username(value: str) -> bool:
    """An account name (``_USERNAME``; not an e-mail address: the e-mail rule's), not a placeholder, nor a
    system, service or stand-in account (:func:`..validators.account_name`), nor a word ending in a dot."""
    if _USERNAME.fullmatch(value) is None or value[-1] in "._-" or _placeholder(value) or _STAND_IN.fullmatch(value):
        return False
    from ..validators import account_name  # loaded on the first value under a user column

    return account_name(value)


def _display_name(value: str) -> bool:
    return _person(value) or _username(value)


def _record_id(value: str) -> bool:
    """A medical record or insurance member id: 5 to 30 characters (``_RECORD_ID``), five digits or more, not
    one digit repeated, not a date, not a placeholder."""
    if not 5 <= len(value) <= 30 or _RECORD_ID.fullmatch(value) is None or _placeholder(value) or _date(value):
        return False
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 5 and len(set(digits)) > 1


def _by_shape(kind: str, value: str) -> str:
    """The kind of a valid ``value`` of a column of ``kind``: for a kind of :data:`SHAPE_KINDS`, the one its shape
    says (an SSN or a SIN; a person's name or an account name), else ``kind``."""
    if kind == "ssn_sin":
        return "ssn" if _ssn(value) else "sin"
    if kind == "display_name":
        return "person" if _person(value) and not _USERNAME_MARKS.search(value) else "username"
    return kind


VALID = {"dob": _date, "ssn": _ssn, "sin": _sin, "ssn_sin": _ssn_or_sin, "phone": _phone, "person": _person, "address": _address,
         "bank_account": _bank_account, "sort_code": _sort_code, "routing_number": _routing_number, "city": _city,
         "employee_id": _employee_id, "username": _username, "display_name": _display_name, "mrn": _record_id,
         "member_id": _record_id, "postcode": _postcode, "postcode_it": _five_digits}


# ------------------------------------------------------------------ bind parameters in a database log

#: EF Core with sensitive-data logging (``EnableSensitiveDataLogging``) writes each command's parameter values
#: before its SQL: ``Executed DbCommand (3ms) [Parameters=[@p0='1977-08-05T00:00:00.0000000', @p1='...' (Size =
#: 4000)], CommandType='Text', CommandTimeout='30']`` and then ``INSERT INTO [Patients] ([DateOfBirth], [Email])
#: VALUES (@p0, @p1);``. A parameter's value is read as the column it is bound to: the same position in an
#: ``INSERT``'s column list and ``VALUES`` tuple (several rows too), a ``[col] = @p`` in ``SET`` or ``WHERE``,
#: or the name of a captured variable (``@__dateOfBirth_0``). The column then names the kind as a table header
#: does (:func:`column_kind`; ``NationalId`` and other country-less ids by the check the value passes), and the
#: value must have that kind's shape. A national id found so is also taken where the same command's text
#: repeats it (``The duplicate key value is (...)``). The literal ``[Parameters=[`` gates it all.
DB_PARAMETERS = "[Parameters=["
_DB_PARAM = regex.compile(r"(@\w{1,64})=(?:'((?:[^'\n]|'')*)'|NULL\b)")
_DB_LIST_END = regex.compile(r"\]\s*,\s*CommandType=|\]\]|\n")
_DB_INSERT = regex.compile(r"(?is)\bINSERT\s+INTO\s+[\w\[\]\".`]{1,200}\s*\(([^()]{1,4000})\)")
_DB_VALUES = regex.compile(r"(?is)\bVALUES\s*(\((?:[^()]|\([^()]*\)){0,4000}?\)(?:\s*,\s*\((?:[^()]|\([^()]*\)){0,4000}?\))*)")
_DB_TUPLE = regex.compile(r"\(((?:[^()]|\([^()]*\))*)\)")
_DB_MERGE_COLUMNS = regex.compile(r"(?is)^\s*\)?\s*AS\s+\w+\s*\(([^()]{1,4000})\)")
_DB_ASSIGN = regex.compile(r"([\w\]\"`]{1,128})\s*=\s*(@\w{1,64})\b|(@\w{1,64})\s*=\s*([\[\"`]?[A-Za-z_][\w\]\"`.]{0,128})")
_DB_CAPTURED = regex.compile(r"@__(\w+?)_\d+$")
#: how far past a parameter list its command's SQL (and the error about it) is read
DB_SQL_REACH = 4000


def _db_column(name: str) -> str:
    """``[dbo].[Patients].[DateOfBirth]`` / ``"p"."date_of_birth"`` -> the bare column name."""
    return name.strip().split(".")[-1].strip("[]\"` ")


def db_parameters(text: str, internal: bool = True) -> list[Finding]:
    """Findings for the parameter values of EF Core's sensitive-data log (see :data:`DB_PARAMETERS`)."""
    out: list[Finding] = []
    starts = []
    i = text.find(DB_PARAMETERS)
    while i >= 0:
        starts.append(i + len(DB_PARAMETERS))
        i = text.find(DB_PARAMETERS, i + 1)
    for n, start in enumerate(starts):
        end_m = _DB_LIST_END.search(text, start)
        list_end = end_m.start() if end_m else len(text)
        values: dict[str, tuple[int, int]] = {}
        for m in _DB_PARAM.finditer(text, start, list_end):
            if m.group(2) is not None:
                values[m.group(1).lower()] = (m.start(2), m.end(2))
        if not values:
            continue
        stop = min(starts[n + 1] if n + 1 < len(starts) else len(text), list_end + DB_SQL_REACH)
        sql = text[list_end:stop]
        columns: dict[str, str] = {}
        for ins in _DB_INSERT.finditer(sql):
            cols = [_db_column(c) for c in ins.group(1).split(",")]
            vals = _DB_VALUES.search(sql, ins.end())
            if vals is None:
                continue
            merge = _DB_MERGE_COLUMNS.match(sql, vals.end())
            # MERGE ... USING (VALUES (@p0, @p1, 0), ...) AS i ([DateOfBirth], [Email], _Position): the alias's columns
            names = [_db_column(c) for c in merge.group(1).split(",")] if merge else cols
            for tup in _DB_TUPLE.finditer(vals.group(1)):
                for col, val in zip(names, tup.group(1).split(",")):
                    val = val.strip().lower()
                    if val.startswith("@"):
                        columns.setdefault(val, col)
        for m in _DB_ASSIGN.finditer(sql):
            col, param = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
            columns.setdefault(param.lower(), _db_column(col))
        for param in values:
            if param not in columns:
                cap = _DB_CAPTURED.match(param)
                if cap:
                    columns[param] = cap.group(1)
        repeat: set[str] = set()
        for param, col in columns.items():
            span = values.get(param)
            if span is None or span[1] <= span[0]:
                continue
            value = text[span[0]:span[1]]
            found = _db_value(col, value, internal)
            if found is None:
                continue
            category, label, rule = found
            out.append(Finding(span[0], span[1], category, label, rule, SCORE))
            if label not in ("DATE", "PERSON", "PHONE", "ADDRESS", "LOCATION") and len(value) >= 6:
                repeat.add(value)
        for value in repeat:  # (a plain search: a pattern made of the value would be kept in the regex cache)
            what = next((f.category, f.type, f.rule_id) for f in reversed(out) if text[f.start:f.end] == value)
            at = text.find(value, list_end, stop)
            while at >= 0:
                after = at + len(value)
                if not _word_edge(text, at - 1) and not _word_edge(text, after):
                    out.append(Finding(at, after, *what, SCORE))
                at = text.find(value, after, stop)
    return out


def _word_edge(text: str, i: int) -> bool:
    """``text[i]`` would continue a value found next to it (a letter, digit, ``_`` or ``-``)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _db_value(column: str, value: str, internal: bool) -> tuple[str, str, str] | None:
    """(category, type label, rule id) of a parameter's ``value`` bound to ``column``, or None."""
    kind = column_kind(column)
    if kind is None:
        if value.strip() and (_squash(column) in GENERIC_ID_COLUMNS or document_column(column)):
            found = _generic_national_id([value]) or _document_id(value)
            return ("pii", found[0], found[1].replace("-column", "-db-parameter")) if found else None
        return None
    if kind in ID_KINDS:
        found = _national_id(kind, value)
        return ("pii", found[0], found[1].replace("-column", "-db-parameter")) if found else None
    if kind in INTERNAL_KINDS and not internal:
        return None
    if kind not in VALID or _placeholder(value) or not VALID[kind](value):
        return None
    kind = _by_shape(kind, value)
    label, rule = KINDS[kind]
    return ("internal" if kind in INTERNAL_KINDS else "pii", label, rule.replace("-column", "-db-parameter"))
