"""The company's package namespaces (``[internal] packages``): internal package and module names anywhere.

Code rules (``[[code_rules]]``) see package names only where code is recognised; the same names show up
in stack traces, manifests (``pom.xml``, ``.csproj``, ``Gemfile``), pip and npm output, commit messages and
prose. A namespace prefix the company owns (``acme_``, ``@acme/``, ``com.acme.``, ``Acme.``,
``github.acme.io/``) marks them all, so each prefix becomes part of one pattern rule run by the ordinary
engine (keyword prefilter = the prefixes): nil cost on text that never names them.

A match is the prefix at the start of a name (no letter, digit, ``_`` or ``$`` before it, and for a prefix
that starts with a letter no ``.`` or ``-`` either: ``notacme_x``, ``x.acme_y`` are someone else's) and the
rest of the dotted, slashed or dashed name after it (``com.acme.ledger.client.LedgerService``,
``@acme/pricing-ui/dist/index.js``), never a trailing separator (a sentence's full stop) or a ``:line``
suffix. A prefix that ends in a letter or digit (``com.acme``) must end a name part (not ``com.acmecorp``).
Matching is case-sensitive, as package names are: list each spelling the company uses.
"""
from __future__ import annotations

import re

from ..rules import Rule
from ._rule_set import RuleSetDetector

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

RULE_ID = "internal-package"
#: one more part of a name: a separator (``.``, ``/``, ``\``, ``-``, ``::``) and letters, digits, ``_`` or ``$``
_PART = r"(?:(?:[./\\-]|::)[\w$]+)"


def package_rule(prefixes: list[str], package_type: str = "INTERNAL_PACKAGE") -> list[Rule]:
    """One rule for every configured prefix (longest first, so ``com.acme.billing.`` wins over ``com.acme.``)."""
    if not prefixes:
        return []
    alts = []
    for p in sorted(set(prefixes), key=len, reverse=True):
        before = r"(?<![\w$.-])" if (p[0].isalnum() or p[0] == "_") else r"(?<![\w$])"
        rest = rf"(?![\w$]){_PART}*" if p[-1].isalnum() else rf"[\w$]+{_PART}*"
        alts.append(f"{before}{re.escape(p)}{rest}")
    return [Rule(id=RULE_ID, regex=f"({'|'.join(alts)})", category="internal", type=package_type,
                 keywords=tuple(sorted({p.lower() for p in prefixes})), score=0.9, source="[internal] packages",
                 description="package or module name under a configured company namespace (acme_billing, @acme/ui, com.acme.ledger)")]


class PackagesDetector(RuleSetDetector):
    """Options: ``packages`` (namespace prefixes), ``type`` (placeholder label, default ``INTERNAL_PACKAGE``)."""

    name = "internal_packages"

    def __init__(self, options: dict[str, Any]) -> None:
        prefixes = [p for p in options.get("packages", []) if isinstance(p, str) and p]
        super().__init__(package_rule(prefixes, options.get("type", "INTERNAL_PACKAGE")))
