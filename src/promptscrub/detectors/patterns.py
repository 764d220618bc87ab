"""The pattern detector: every regex rule (built-in packs and config ``[[rules]]``) via the engine."""
from __future__ import annotations

from collections.abc import Sequence

from ..engine import Matcher
from ..findings import Finding
from ..rules import Rule


class PatternDetector:
    name = "patterns"

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.matcher = Matcher(rules)
        self._filters = None
        self._context = None

    def detect(self, text: str) -> list[Finding]:
        out = []
        for m in self.matcher.matches(text):
            rule = m.rule
            if rule.category == "secret" and not self._keep_secret(rule, text, m.start, m.end):
                continue
            out.append(Finding(m.start, m.end, rule.category, rule.label, rule.id, rule.score))
        return out

    def _keep_secret(self, rule: Rule, text: str, start: int, end: int) -> bool:
        """The value filters (``secret_filters``), then the ones that read the text around the value
        (``secret_context``): a row of a table of digests is not a key, a value assigned to a name that
        says it is fake (``FAKE_KEY=``) is a test fixture, a word or placeholder as the default of a
        ``${VAR:-default}`` expansion stands in for a value (a random default, or a provider token, is a
        hard-coded secret all the same), an Ansible Vault payload is ciphertext, and a public key in a
        format of its own (``age1...``) or a Stripe object id (``pi_...``) is no secret under any name. A
        passphrase (``orbit-velvet-canyon-7``) in a password's place -- right after a password name, or
        found by a specific rule whose type says password -- is kept whatever the value filters make of
        its identifier-like shape."""
        if self._filters is None:
            from .. import secret_context, secret_filters

            self._filters = secret_filters
            self._context = secret_context
        value = text[start:end]
        filters, context = self._filters, self._context
        if context.assigned_to_fake_name(text, start):
            return False
        if context.inside_shell_expansion(text, start):  # ${DB_PASSWORD:-postgres}: judged by the default alone
            default = value.lstrip("-=?+:").rstrip("}")
            if len(default) < 4 or filters.is_placeholder(default) or filters.is_not_secret(default):
                return False
        if filters.is_passphrase(value) and (_password_slot(rule) or context.after_password_name(text, start)):
            return True  # words and hyphens read as a kebab-case identifier; in a password's place, a password
        if filters.is_placeholder(value) or filters.is_public(value) or (rule.generic and filters.is_not_secret(value)):
            return False
        return not (context.in_digest_table(text, start, end) or context.in_ansible_vault(text, start))


def _password_slot(rule: Rule) -> bool:
    """A specific (not generic) rule whose type says the value is a password (``PASSWORD``, ``DB_PASSWORD``,
    ``URL_PASSWORD`` ...): its regex already placed the value in a password's slot (a credential
    constructor's password argument, a URL's user-info, ``IDENTIFIED BY``), name or no name."""
    return not rule.generic and rule.label.endswith("PASSWORD")
