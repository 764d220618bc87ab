"""Detectors: each turns a text into findings. A new detector is one module plus one line here.

Entries are ``"module:Class"`` strings so that a detector's module (and its heavy imports) load only
when the detector is enabled. Each class takes its options dict and has ``detect(text) -> list[Finding]``.
"""
from __future__ import annotations

import importlib

TYPE_CHECKING = False
if TYPE_CHECKING:  # not at run time: see promptscrub/__init__.py
    from typing import Any, Protocol

    from ..findings import Finding

    class Detector(Protocol):
        name: str

        def detect(self, text: str) -> list[Finding]: ...


#: Code detectors by name: ``"module:Class"`` and the ``[detectors]`` switch (family) that enables it.
BUILTIN: dict[str, tuple[str, str]] = {
    "detect_secrets": ("promptscrub.detectors.detect_secrets_plugins:DetectSecretsDetector", "detect_secrets"),
    # secrets: the cells of a password / token / api_key column of a Markdown or CSV table, every row
    "secret_tables": ("promptscrub.detectors.secret_tables:SecretTablesDetector", "secrets"),
    # company vocabulary (#5): no-ops unless [internal] / [[code_rules]] configure them
    "internal_domains": ("promptscrub.detectors.domains:DomainsDetector", "internal"),
    "internal_terms": ("promptscrub.detectors.terms:TermsDetector", "internal"),
    "internal_packages": ("promptscrub.detectors.packages:PackagesDetector", "internal"),
    "code_rules": ("promptscrub.detectors.code_rules:CodeRulesDetector", "internal"),
    # personal data
    "phone": ("promptscrub.detectors.phone:PhoneDetector", "pii"),
    "names": ("promptscrub.detectors.names:NameDetector", "pii"),
    "address": ("promptscrub.detectors.address:AddressDetector", "pii"),
    "location": ("promptscrub.detectors.location:LocationDetector", "pii"),
    # the cells of a date-of-birth / SSN / phone / name / address column of a table or SQL dump, every row
    "pii_columns": ("promptscrub.detectors.pii_columns:PiiColumnsDetector", "pii"),
    "ner": ("promptscrub.detectors.spacy_ner:SpacyNerDetector", "pii"),  # no-op unless options name a model
}


def family_of(name: str) -> str:
    entry = BUILTIN[name]
    return entry[1] if isinstance(entry, tuple) else "pii"


def load_detector(name: str, options: dict[str, Any] | None = None) -> Detector:
    entry = BUILTIN[name]
    target = entry[0] if isinstance(entry, tuple) else entry
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)(options or {})
