"""The company's own domains (``[internal] domains``): hosts, e-mail addresses and URLs at or under them.

The domains become two pattern rules run by the ordinary engine (keyword prefilter = the domains), so
the cost is nil on text that never mentions them. A host is redacted wherever it appears — alone, in a
URL (``https://<INTERNAL_HOST_1>/runbooks/x``: the path stays, terms in it are caught separately) or as
a Git remote host — and an address at the domain is redacted whole, because its local part names a person.
"""
from __future__ import annotations

import re

from ..engine import Matcher
from ..findings import Finding
from ..rules import Rule

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"


def domain_rules(domains: list[str], host_type: str = "INTERNAL_HOST") -> list[Rule]:
    """A host rule and an e-mail rule for ``domains`` (already lower-case, no leading dot)."""
    if not domains:
        return []
    # longest first, so that acme.co.uk is not cut short by a shorter alternative
    alt = "|".join(re.escape(d) for d in sorted(domains, key=len, reverse=True))
    tail = r"(?![\w-]|\.[a-z0-9])"
    keywords = tuple(domains)
    # a Java / Android / Maven package named after the domain, reversed (com.acme.billing, and com/acme/billing
    # in a repository path or a source tree): the company's code, wherever the domain itself is not written
    reversed_alt = "|".join(r"[./]".join(re.escape(label) for label in reversed(d.split(".")))
                            for d in sorted(domains, key=len, reverse=True) if "." in d)
    package = [Rule(id="internal-domain-package", regex=rf"(?i)(?<![\w.$@-])((?:{reversed_alt})(?:[./][a-z_][\w$]*)*)(?![\w-])",
                    category="internal", type="INTERNAL_PACKAGE", score=0.9, source="[internal] domains",
                    keywords=tuple(d.split(".")[-2] for d in domains if "." in d),
                    description="package named after a configured company domain, reversed (com.acme.billing, com/acme/billing)")]
    return [*(package if reversed_alt else []),
        Rule(id="internal-domain-host", regex=rf"(?i)(?<![\w.-])((?:{LABEL}\.)*(?:{alt})){tail}", category="internal",
             type=host_type, keywords=keywords, score=0.95, description="host at or under a configured company domain",
             source="[internal] domains"),
        Rule(id="internal-domain-email", regex=rf"(?i)(?<![\w.+-])([\w.+-]*\w@(?:{LABEL}\.)*(?:{alt})){tail}(?!:[\w~./])",
             category="internal", type="EMAIL", keywords=keywords, score=0.95,
             description="e-mail address at a configured company domain", source="[internal] domains"),
    ]


class DomainsDetector:
    """Options: ``domains`` (list of names), ``type`` (placeholder label for hosts, default ``INTERNAL_HOST``)."""

    name = "internal_domains"

    def __init__(self, options: dict[str, Any]) -> None:
        domains = [d.lower().strip(".") for d in options.get("domains", []) if isinstance(d, str) and d.strip(".")]
        self.rules = domain_rules(domains, options.get("type", "INTERNAL_HOST"))
        self.matcher = Matcher(self.rules) if self.rules else None

    def detect(self, text: str) -> list[Finding]:
        if self.matcher is None:
            return []
        return [Finding(m.start, m.end, m.rule.category, m.rule.label, m.rule.id, m.rule.score) for m in self.matcher.matches(text)]
