"""The ``[pii]`` configuration section: per-type switches, score floors, context words, detector options.

Example (``.promptscrub.toml``)::

    [pii]
    min_score = 0.5                 # drop personal-data findings scored below this (0-1)
    disabled_types = ["LOCATION"]   # never report these types
    phone_regions = ["US", "GB"]    # national phone formats to accept (ISO 3166 codes)

    [pii.types.PERSON]
    min_score = 0.6
    context_words = ["patient", "tenant"]   # extra cues, e.g. "Patient: Anna Berg"

    [pii.types.EMAIL]
    enabled = false

    [pii.names]                     # options of one detector (names, phone, address, location, ner)
    not_names = ["Jenkins"]
    extra_names = ["Zorro"]

    [pii.ner]                       # optional spaCy NER (pip install 'promptscrub[ner]'); off unless a model is named
    model = "en_core_web_sm"

Validation is strict, like the rest of the config: an unknown key, type or option is a ``ValueError``
naming the source file and the key, because a typo must never quietly switch protection off.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .findings import Finding
from .tables import check_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Types the built-in PII recognisers report (rules/pii/*.toml and the detectors).
PII_TYPES = (
    "PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "UK_NINO", "CA_SIN", "IP_ADDRESS",
    "MAC_ADDRESS", "ADDRESS", "LOCATION", "DATE", "URL", "ORGANIZATION", "BR_CPF", "IN_AADHAAR", "IN_PAN",
    "PASSPORT", "USERNAME", "CARD_CVV", "IT_FISCAL_CODE", "FR_NIR", "NL_BSN", "DE_TAX_ID", "EU_VAT", "PL_PESEL",
    "PL_ID_CARD", "ES_DNI", "ES_NIE", "PT_NIF", "UK_NHS", "MEDICAL_RECORD_NUMBER", "INSURANCE_ID",
    "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "BANK_ACCOUNT", "CRYPTO_ADDRESS", "BOOKING_REFERENCE",
    "ETICKET_NUMBER", "FREQUENT_FLYER_NUMBER", "CN_RESIDENT_ID", "KR_RRN", "JP_MY_NUMBER", "TR_TCKN", "AE_EMIRATES_ID",
    "ES_NAF", "DE_ID_CARD", "AU_MEDICARE", "UPI_ID",
    "AR_CUIL", "AT_SVNR", "AU_TFN", "BE_NATIONAL_NUMBER", "BR_RG", "CL_RUT", "CO_CEDULA", "CZ_BIRTH_NUMBER",
    "DRIVER_LICENSE", "EG_NATIONAL_ID", "FI_HETU", "GR_AMKA", "HU_TAJ", "HU_TAX_ID", "ID_NIK", "IE_PPSN", "IL_ID",
    "LICENSE_PLATE", "MRZ", "MX_CURP", "MX_RFC", "NATIONAL_ID", "NG_BVN", "NG_NIN", "PH_SSS", "PH_TIN", "RO_CNP",
    "RU_INN", "RU_SNILS", "SG_NRIC", "TH_NATIONAL_ID", "UA_RNOKPP", "VN_CCCD", "ZA_ID", "TW_NATIONAL_ID",
    "IR_NATIONAL_CODE", "POSTCODE",
)
#: The code detectors of the PII family and the type each reports (its per-type settings apply to it).
DETECTOR_TYPES = {"phone": "PHONE", "names": "PERSON", "address": "ADDRESS", "location": "LOCATION", "ner": None}
#: Options each detector accepts (anything else is a typo).
DETECTOR_OPTIONS: dict[str, set[str]] = {
    "phone": {"regions", "context_words", "min_score", "any_region_with_context"},
    "names": {"min_score", "single_first_names", "extra_names", "not_names", "context_words"},
    "address": {"min_score", "context_words"},
    "location": {"min_score", "major_only", "not_places", "extra_places", "near_people_only"},
    "ner": {"model", "labels", "min_score", "max_chars"},
}
TOP_KEYS = {"enabled", "min_score", "disabled_types", "phone_regions", "types", *DETECTOR_OPTIONS}
TYPE_KEYS = {"enabled", "min_score", "context_words"}


@dataclass(frozen=True)
class TypeSettings:
    enabled: bool = True
    min_score: float = 0.0
    context_words: tuple[str, ...] = ()


@dataclass
class PiiConfig:
    """Parsed ``[pii]`` section. The defaults are the built-in behaviour."""

    enabled: bool = True
    min_score: float = 0.0
    types: dict[str, TypeSettings] = field(default_factory=dict)
    detectors: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None

    def type_settings(self, type_: str) -> TypeSettings:
        return self.types.get(type_, TypeSettings())

    def type_enabled(self, type_: str) -> bool:
        return self.enabled and self.type_settings(type_).enabled

    def detector_enabled(self, name: str) -> bool:
        """Whether a PII code detector should be built at all (the NER one needs a model name)."""
        if not self.enabled:
            return False
        if name == "ner":
            return bool(self.detectors.get("ner", {}).get("model"))
        t = DETECTOR_TYPES.get(name)
        return t is None or self.type_enabled(t)

    def detector_options(self, name: str) -> dict[str, Any]:
        """The options dict to construct detector ``name`` with: its own table plus its type's settings."""
        opts = dict(self.detectors.get(name, {}))
        t = DETECTOR_TYPES.get(name)
        if t:
            ts = self.type_settings(t)
            if ts.context_words:
                opts["context_words"] = list(opts.get("context_words", [])) + list(ts.context_words)
        return opts

    def keep(self, finding: Finding) -> bool:
        """Apply the type switches and score floors to a finding (non-PII findings always pass)."""
        if finding.category != "pii":
            return True
        if not self.type_enabled(finding.type):
            return False
        floor = max(self.min_score, self.type_settings(finding.type).min_score)
        return finding.score >= floor

    def filter(self, findings: list[Finding]) -> list[Finding]:
        return [f for f in findings if self.keep(f)]


def _err(source: str, key: str, msg: str) -> ValueError:
    return ValueError(f"{source}: [pii] {key}: {msg}")


def _score(value: Any, source: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise _err(source, key, "must be a number between 0 and 1")
    return float(value)


def _bool(value: Any, source: str, key: str) -> bool:
    if not isinstance(value, bool):
        raise _err(source, key, "must be true or false")
    return value


def _strings(value: Any, source: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(source, key, "must be a list of non-empty strings")
    return list(value)


def _type_name(value: str, source: str, key: str) -> str:
    if value not in PII_TYPES:
        raise _err(source, key, f"unknown type {value!r} (known: {', '.join(PII_TYPES)})")
    return value


def parse_pii_config(raw: dict[str, Any], source: str) -> PiiConfig:
    """Validate a ``[pii]`` table; raise ``ValueError`` naming ``source`` and the offending key."""
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: [pii] must be a table")
    check_keys(raw, TOP_KEYS, f"{source}: [pii]", ValueError)
    cfg = PiiConfig(source=source)
    if "enabled" in raw:
        cfg.enabled = _bool(raw["enabled"], source, "enabled")
    if "min_score" in raw:
        cfg.min_score = _score(raw["min_score"], source, "min_score")
    types: dict[str, TypeSettings] = {}
    for name in _strings(raw.get("disabled_types", []), source, "disabled_types"):
        types[_type_name(name, source, "disabled_types")] = TypeSettings(enabled=False)
    tables = raw.get("types", {})
    if not isinstance(tables, dict):
        raise _err(source, "types", "must be a table of [pii.types.TYPE] tables")
    for name, table in tables.items():
        key = f"types.{name}"
        _type_name(name, source, key)
        if not isinstance(table, dict):
            raise _err(source, key, "must be a table")
        bad = sorted(set(table) - TYPE_KEYS)
        if bad:
            raise _err(source, f"{key}.{bad[0]}", f"unknown key (known: {', '.join(sorted(TYPE_KEYS))})")
        prev = types.get(name, TypeSettings())
        types[name] = TypeSettings(
            enabled=_bool(table["enabled"], source, f"{key}.enabled") if "enabled" in table else prev.enabled,
            min_score=_score(table["min_score"], source, f"{key}.min_score") if "min_score" in table else 0.0,
            context_words=tuple(_strings(table.get("context_words", []), source, f"{key}.context_words")),
        )
    cfg.types = types
    detectors: dict[str, dict[str, Any]] = {}
    for det, allowed in DETECTOR_OPTIONS.items():
        table = raw.get(det)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise _err(source, det, "must be a table")
        bad = sorted(set(table) - allowed)
        if bad:
            raise _err(source, f"{det}.{bad[0]}", f"unknown option (known: {', '.join(sorted(allowed))})")
        for key, value in table.items():
            where = f"{det}.{key}"
            if key == "min_score":
                _score(value, source, where)
            elif key in ("single_first_names", "any_region_with_context", "major_only", "near_people_only"):
                _bool(value, source, where)
            elif key in ("model",):
                if not isinstance(value, str) or not value.strip():
                    raise _err(source, where, "must be a spaCy model package name, like 'en_core_web_sm'")
            elif key == "max_chars":
                if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                    raise _err(source, where, "must be a positive integer")
            elif key == "labels":
                if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                    raise _err(source, where, "must be a table mapping spaCy labels to types, like {GPE = 'LOCATION'}")
                for v in value.values():
                    _type_name(v, source, where)
            else:
                _strings(value, source, where)
        detectors[det] = dict(table)
    if "phone_regions" in raw:
        regions = _strings(raw["phone_regions"], source, "phone_regions")
        if not all(len(r) == 2 and r.isalpha() for r in regions):
            raise _err(source, "phone_regions", "must be two-letter ISO 3166 region codes, like 'US' or 'GB'")
        detectors.setdefault("phone", {})["regions"] = [r.upper() for r in regions]
    cfg.detectors = detectors
    return cfg
