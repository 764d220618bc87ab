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
  ``08/08/1982`` (day or month first), ``1982/08/08``, ``8 Aug 1982``, ``Aug 8, 1982``, ``19820808``;
  a time after it is allowed (and reported with it);
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
read. A bare ``national_id`` / ``id_number`` / ``tax_id`` column names no country: it is read only when all its
non-empty cells pass ONE country's check (:data:`GENERIC_ID_ORDER`, strictest first: PESEL, personnummer ...),
reported as that country's type, and not at all when no check holds for every cell. A column that names a
country's identifier (:data:`NATIONAL_ID_COLUMNS`: ``Steuer-ID``, ``BSN``, ``N° sécurité sociale``,
``PESEL``, ``DNI``, ``codice fiscale``, ``NINO``, ``NHS number`` ...) is read when the value has that
identifier's shape and passes its check (the validator of its rule): ``DE_TAX_ID``, ``NL_BSN``, ``FR_NIR``
... (rule ``de-tax-id-column``, ``nl-bsn-column`` ...). Header words are read without their accents
(``Téléphone`` is ``telephone``); a bare ``Nom`` / ``Nome`` / ``Nombre`` / ``Naam`` is read as ``name``.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..findings import Finding
from ..text_search import holds_any
from . import _lazyre as regex  # compiled on first use (and then from the regex code cache): no import cost
from ._tables import Table, column_cells, inner

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
                     "employee_name", "contact_name", "display_name", "real_name", "person_name", "patient_name",
                     "vorname", "nachname", "familienname", "geburtsname", "prenom", "nom_de_famille", "nom_complet",
                     "apellido", "apellidos", "primer_apellido", "segundo_apellido", "nombre_completo", "cognome",
                     "nome_completo", "achternaam", "voornaam", "voornamen", "tussenvoegsel", "sobrenome", "apelido",
                     "imie", "nazwisko", "fornavn", "efternavn", "etternavn", "fornamn", "efternamn", "etunimi",
                     "sukunimi"], "person"),
    # street addresses (a ZIP or post code alone is not read)
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
    # employee numbers (company-internal, as the employee-id-label rule has them)
    **dict.fromkeys(["employee_id", "employee_number", "employee_no", "employee_num", "emp_id", "emp_no", "empno",
                     "staff_id", "staff_number", "staff_no", "personnel_number", "personnel_no", "personalnummer",
                     "mitarbeiter_nr", "mitarbeiternummer", "matricule", "personeelsnummer", "personeelsnr",
                     "matricola", "numero_dipendente", "n_dipendente", "matricula", "numero_empleado", "n_empleado",
                     "no_empleado", "num_empleado", "numero_empregado", "numer_pracownika", "nr_pracownika"],
                    "employee_id"),
}

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
                     "insee", "numero_insee"], "fr_nir"),
    **dict.fromkeys(["pesel", "numer_pesel", "nr_pesel"], "pl_pesel"),
    **dict.fromkeys(["dni", "nie", "dni_nie", "nie_dni", "dni_nif", "nif_dni", "numero_dni"], "es_dni"),
    **dict.fromkeys(["nif", "numero_nif"], "es_dni_or_pt_nif"),
    **dict.fromkeys(["contribuinte", "numero_contribuinte", "numero_de_contribuinte", "nif_contribuinte"], "pt_nif"),
    **dict.fromkeys(["codice_fiscale", "cod_fiscale", "codicefiscale"], "it_fiscal_code"),
    **dict.fromkeys(["nino", "ni_number", "ni_no", "national_insurance_number", "national_insurance_no",
                     "national_insurance"], "uk_nino"),
    **dict.fromkeys(["nhs_number", "nhs_no", "nhs_num", "nhs"], "uk_nhs"),
}
#: Columns that say "a national identifier" without saying whose: the column's kind comes from its values.
#: Its non-empty cells must all pass ONE country's check (tried in :data:`GENERIC_ID_ORDER`); that country's
#: type is reported, and nothing when no one check holds for every cell. Not :func:`column_kind` (the name
#: alone says nothing): :func:`table_kinds` gives them the kind ``national_id``.
GENERIC_ID_COLUMNS = frozenset(k.replace("_", "") for k in (
    "national_id", "national_id_number", "national_id_no", "national_identifier", "national_identification_number",
    "national_number", "id_number", "id_no", "identity_number", "identification_number", "personal_id",
    "personal_id_number", "personal_identity_number", "personal_number", "citizen_id", "tax_id", "tax_id_number",
    "tax_number", "taxpayer_id", "tax_identification_number"))
#: the national ids a generic column may hold, strictest check first (a date and a check digit before a
#: lone mod-11 or Luhn digit), so that a value passing two checks is read as the likelier one
GENERIC_ID_ORDER = ("pl_pesel", "se_personnummer", "no_fodselsnummer", "fr_nir", "it_fiscal_code", "es_dni", "uk_nino",
                    "br_cpf", "in_aadhaar", "de_tax_id", "uk_nhs", "us_ssn", "nl_bsn", "pt_nif", "ca_sin")

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
}
#: a national-id column kind -> the ids its values may be (tried in order)
ID_KINDS: dict[str, tuple[str, ...]] = {**{k: (k,) for k in _ID_SHAPES}, "es_dni_or_pt_nif": ("es_dni", "pt_nif")}

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
}
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

_SQUASHED = {key.replace("_", ""): kind for key, kind in {**COLUMNS, **NATIONAL_ID_COLUMNS}.items()}
_CAMEL = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # dateOfBirth, SSNNumber
_NOT_WORD = regex.compile(r"[^0-9a-zà-öø-ÿß]+")
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
    rf"){_TIME}")
_SSN = regex.compile(r"\d{3}([- ]?)\d{2}\1\d{4}")
_SIN = regex.compile(r"\d{3}([- ]?)\d{3}\1\d{3}")
_PHONE = regex.compile(r"[\d +()./-]{6,20}")
_PERSON = regex.compile(
    r"[^\W\d_]+(?:(?:''|['’.-])[^\W\d_]+)*\.?,?(?: {1,2}[^\W\d_]+(?:(?:''|['’.-])[^\W\d_]+)*\.?){0,3}")
_ADDRESS_CODE = frozenset("=(){}[]<>\\|`$@:;*^~")
_ADDRESS_WORD = regex.compile(r"[^\W\d_]{3}")
#: a house number (12, 221B) standing alone: not the 1 of node-1 or the 10 of 10.0.0.1
_HOUSE_NUMBER = regex.compile(r"(?<![\w./-])\d{1,6}[A-Za-z]?(?![\w-]|[./]\d)")
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
        kinds = table_kinds(table, self.employee_keys)
        return [i for i, kind in enumerate(kinds) if kind is not None and (self.internal or kind not in INTERNAL_KINDS)]

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        generic: dict[tuple[Table, int], list[tuple[int, int]]] = {}
        for cell in column_cells(text, self._columns):
            kind = table_kinds(cell.table, self.employee_keys)[cell.column]
            s, e = inner(text, cell.start, cell.end)
            if kind == GENERIC_ID:
                if e > s:
                    generic.setdefault((cell.table, cell.column), []).append((s, e))
            elif kind in ID_KINDS:
                found = _national_id(kind, text[s:e]) if e > s else None
                if found is not None:
                    out.append(Finding(s, e, "pii", *found, SCORE))
            elif kind is not None and e > s and VALID[kind](text[s:e]):
                if kind == "ssn_sin":
                    kind = "ssn" if _ssn(text[s:e]) else "sin"
                label, rule = KINDS[kind]
                out.append(Finding(s, e, "internal" if kind in INTERNAL_KINDS else "pii", label, rule, SCORE))
        for spans in generic.values():
            found = _generic_national_id([text[s:e] for s, e in spans])
            if found is not None:
                out.extend(Finding(s, e, "pii", *found, SCORE) for s, e in spans)
        params = db_parameters(text, self.internal) if holds_any(text, (DB_PARAMETERS,)) else []
        if params:
            out.extend(params)
        if generic or params:
            out.sort(key=lambda f: (f.start, f.end))
        return out


def employee_keys(names: Any) -> frozenset[str]:
    """The company's own employee-number column names (``[internal] employee_id_columns``), normalised as
    the header words are (:func:`_key`, then without ``_``: ``MA-Nr``, ``ma_nr`` and ``MA Nr`` are one)."""
    if isinstance(names, str) or not isinstance(names, (list, tuple, set, frozenset)):
        return frozenset()
    return frozenset(k.replace("_", "") for k in (_key(n) for n in names if isinstance(n, str)) if k)


#: A bare ``name`` column names people when its table also holds contact data (a date of birth, an SSN, a
#: phone number, an address or an e-mail column): a customer or employee export, not a list of hosts.
PERSON_CONTEXT = frozenset({"dob", "ssn", "sin", "ssn_sin", "phone", "address", "bank_account", "sort_code", *ID_KINDS})
_EMAIL_KEYS = frozenset({"email", "emailaddress", "mail", "mailaddress"})


@lru_cache(maxsize=1024)
def table_kinds(table: Table, employee: frozenset[str] = frozenset()) -> list[str | None]:
    """The kind of each column of ``table`` (see :func:`column_kind`), a bare ``name`` read in context.
    ``employee``: the company's own employee-number column names (see :func:`employee_keys`); a header that
    is one of them is an ``employee_id`` column, whatever the built-in words say. (Part of the cache key:
    detectors built with other names never see these.)"""
    kinds = [column_kind(name) for name in table.names]
    keys = [_key(name) for name in table.names]
    kinds = [GENERIC_ID if kind is None and key.replace("_", "") in GENERIC_ID_COLUMNS else kind
             for key, kind in zip(keys, kinds)]
    if not BARE_NAMES.isdisjoint(keys) and (PERSON_CONTEXT.intersection(kinds)
                                            or any(k.replace("_", "") in _EMAIL_KEYS for k in keys)):
        kinds = ["person" if key in BARE_NAMES else kind for key, kind in zip(keys, kinds)]
    if employee:
        kinds = ["employee_id" if key.replace("_", "") in employee else kind for key, kind in zip(keys, kinds)]
    return kinds


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """The column name normalised: lower case, words joined by ``_``, a bracketed note and a trailing
    number off (``Date of birth (DD/MM/YYYY)`` -> ``date_of_birth``, ``phone2`` -> ``phone``)."""
    if not name or len(name) > 64:
        return ""
    name = _BRACKETED.sub(" ", name)
    if not name.isascii():  # Prénom, Teléfono, N° sécurité sociale, Nº empleado: read without their accents
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    key = _NOT_WORD.sub("_", _CAMEL.sub("_", name).lower()).strip("_")
    return _TRAILING_NUMBER.sub("", key)


@lru_cache(maxsize=4096)
def column_kind(name: str) -> str | None:
    """The kind of personal data a column of this name holds (a key of :data:`KINDS`), or None."""
    key = _key(name)
    if not key:
        return None
    words = key.split("_")
    for _ in range(2):  # customer_home_phone -> phone
        kind = _SQUASHED.get("".join(words))
        if kind is not None:
            return kind
        if len(words) > 1 and words[0] in QUALIFIERS:
            words = words[1:]
        elif len(words) > 1 and words[-1] in QUALIFIERS:
            words = words[:-1]
    return _SQUASHED.get("".join(words))


# ------------------------------------------------------------------------------------------- the values

def _placeholder(value: str) -> bool:
    return value.lower() in PLACEHOLDERS


def _date(value: str) -> bool:
    m = _DATE.fullmatch(value)
    if m is None:
        return False
    g = m.groupdict()
    if g["y1"] or g["y5"]:
        year, month, day = int(g["y1"] or g["y5"]), int(g["m1"] or g["m5"]), int(g["d1"] or g["d5"])
    elif g["a2"]:
        a, b, year = int(g["a2"]), int(g["b2"]), int(g["y2"])
        if len(g["y2"]) == 2:
            year += 1900
        # day first (08.31 is no date) or month first (31/08 is no date): one of them must be a date
        month, day = (b, a) if a > 12 else (a, b)
    else:
        name = (g["n3"] or g["n4"]).lower()
        if name not in _MONTHS:
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
    if len(value) > 100 or _placeholder(value) or _PERSON.fullmatch(value) is None:
        return False
    letters = sum(c.isalpha() for c in value)
    return letters >= 2 and not value.rstrip(".").lower().strip("x") == ""


def _address(value: str) -> bool:
    if not 5 <= len(value) <= 120 or "\n" in value or any(c in _ADDRESS_CODE for c in value):
        return False
    return (" " in value and _ADDRESS_WORD.search(value) is not None and _HOUSE_NUMBER.search(value) is not None
            and _IP_LIKE.search(value) is None)


@lru_cache(maxsize=None)
def _id_shape(kind: str) -> Any:
    return regex.compile(_ID_SHAPES[kind][0])


def _national_id(kind: str, value: str) -> tuple[str, str] | None:
    """(type label, rule id) of the national identifier ``value`` is under a column of ``kind``: its shape and
    its check (the government-ids rules' validator), else None."""
    from .. import validators  # loaded on the first value under such a column

    for id_kind in ID_KINDS[kind]:
        _, check, label, rule = _ID_SHAPES[id_kind]
        if _id_shape(id_kind).fullmatch(value) and validators.VALIDATORS[check](value.upper()):
            return label, rule
    return None


def _generic_national_id(values: list[str]) -> tuple[str, str] | None:
    """(type label, rule id) of the one national id every value of a generic column (``national_id``,
    ``tax_id`` ...) has the shape of and passes the check of, the strictest first; None when none holds for all
    (the column is then not read: a generic header is no evidence by itself)."""
    from .. import validators  # loaded on the first such column

    for id_kind in GENERIC_ID_ORDER:
        _, check, label, rule = _ID_SHAPES[id_kind]
        shape, valid = _id_shape(id_kind), validators.VALIDATORS[check]
        if all(shape.fullmatch(v) and valid(v.upper()) for v in values):
            return label, rule
    return None


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


def _ssn_or_sin(value: str) -> bool:
    return _ssn(value) or _sin(value)


def _employee_id(value: str) -> bool:
    """4 to 12 letters and digits, one dash at most, a digit among them (the employee-id-label rule's value)."""
    return (4 <= len(value) <= 12 and value.count("-") <= 1 and any(c.isdigit() for c in value)
            and value.replace("-", "").isalnum() and value.isascii() and not _placeholder(value))


VALID = {"dob": _date, "ssn": _ssn, "sin": _sin, "ssn_sin": _ssn_or_sin, "phone": _phone, "person": _person, "address": _address,
         "bank_account": _bank_account, "sort_code": _sort_code, "routing_number": _routing_number, "city": _city,
         "employee_id": _employee_id}


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
        if _key(column).replace("_", "") in GENERIC_ID_COLUMNS and value.strip():
            found = _generic_national_id([value])
            return ("pii", found[0], found[1].replace("-column", "-db-parameter")) if found else None
        return None
    if kind in ID_KINDS:
        found = _national_id(kind, value)
        return ("pii", found[0], found[1].replace("-column", "-db-parameter")) if found else None
    if kind in INTERNAL_KINDS and not internal:
        return None
    if kind not in VALID or _placeholder(value) or not VALID[kind](value):
        return None
    if kind == "ssn_sin":
        kind = "ssn" if _ssn(value) else "sin"
    label, rule = KINDS[kind]
    return ("internal" if kind in INTERNAL_KINDS else "pii", label, rule.replace("-column", "-db-parameter"))
