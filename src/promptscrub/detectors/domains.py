"""The company's own domains (``[internal] domains``): hosts, e-mail addresses and URLs at or under them.

The domains become two pattern rules run by the ordinary engine (keyword prefilter = the domains), so
the cost is nil on text that never mentions them. A host is redacted wherever it appears — alone, in a
URL (``https://<INTERNAL_HOST_1>/runbooks/x``: the path stays, terms in it are caught separately) or as
a Git remote host — and an address at the domain is redacted whole, because its local part names a person.
Resources a company names after itself (``acme-tfstate-prod``, ``acme-billing-api``: buckets, repositories,
images, clusters) start with the domain's own name, so a lower-case dashed name starting with it is redacted too.
"""
from __future__ import annotations

import re

from ..rules import Rule
from ._rule_set import RuleSetDetector

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
#: Second-level labels under which country registries hand out names (acme.co.uk, acme.com.au, acme.ne.jp).
SECOND_LEVEL = frozenset("co com net org ac gov edu ne or go gv ltd plc".split())
#: A shorter name (``ab-test``) or one of these words (a ``corp.local`` or ``company.lan`` directory domain)
#: would start ordinary hyphenated words and tool names, not only the company's resources.
MIN_NAME = 4
GENERIC_NAMES = frozenset(
    "corp internal intranet local localdomain lan home office company domain example test ad int private "
    "web mail cloud prod dev staging stage online group global".split()
)


def domain_name(domain: str) -> str | None:
    """The name a company registered (``acme`` of ``wiki.acme.co.uk``, ``acme-corp`` of ``acme-corp.com``,
    ``acme`` of ``acme.internal``), or None when it is too short or too generic to mark its resources."""
    labels = domain.split(".")
    if len(labels) < 2:
        return None
    name = labels[-2]
    if len(labels) >= 3 and name in SECOND_LEVEL and len(labels[-1]) == 2:
        name = labels[-3]
    if len(name) < MIN_NAME or name in GENERIC_NAMES or not any(c.isalpha() for c in name):
        return None
    return name


def name_rule(domains: list[str]) -> list[Rule]:
    """A lower-case dashed name that starts with a domain's own name (``acme-tfstate-prod``, ``acme-ledger-7``):
    the company's bucket, repository (``acme-infra.git``), image or cluster. Not inside a host (``acme-cdn.com``,
    ``x.acme-api``: the host rule's) nor an e-mail address, nor a code identifier (``acme_client``, ``AcmeClient``),
    nor another configured name alone (``acme-corp`` of acme-corp.com is the company's name, not ``acme`` + ``-corp``)."""
    names = sorted({n for d in domains if (n := domain_name(d))}, key=len, reverse=True)
    if not names:
        return []
    alt = "|".join(re.escape(n) for n in names)
    return [Rule(id="internal-domain-name", regex=rf"(?<![\w.-])(?!(?:{alt})(?![\w-]))((?:{alt})(?:-[a-z0-9]+)+)(?![\w@-]|\.(?!git(?![\w.-]))[a-z0-9])",
                 category="internal", type="INTERNAL_NAME", keywords=tuple(f"{n}-" for n in names), score=0.8,
                 source="[internal] domains",
                 description="resource name starting with a configured company domain's name (acme-tfstate-prod)")]


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
    return [*(package if reversed_alt else []), *name_rule(domains),
        Rule(id="internal-domain-host", regex=rf"(?i)(?<![\w.-])((?:{LABEL}\.)*(?:{alt})){tail}", category="internal",
             type=host_type, keywords=keywords, score=0.95, description="host at or under a configured company domain",
             source="[internal] domains"),
        Rule(id="internal-domain-email", regex=rf"(?i)(?<![\w.+-])([\w.+-]*\w@(?:{LABEL}\.)*(?:{alt})){tail}(?!:[\w~./])",
             category="internal", type="EMAIL", keywords=keywords, score=0.95,
             description="e-mail address at a configured company domain", source="[internal] domains"),
    ]


class DomainsDetector(RuleSetDetector):
    """Options: ``domains`` (list of names), ``type`` (placeholder label for hosts, default ``INTERNAL_HOST``)."""

    name = "internal_domains"

    def __init__(self, options: dict[str, Any]) -> None:
        domains = [d.lower().strip(".") for d in options.get("domains", []) if isinstance(d, str) and d.strip(".")]
        super().__init__(domain_rules(domains, options.get("type", "INTERNAL_HOST")))
