"""The redaction pipeline, one direction: detectors → findings → overlap resolution → placeholders → text.

A :class:`Scrubber` is built once from a :class:`~promptscrub.config.Config` and reused for every
input; it holds no per-text state. Values go into the :class:`~promptscrub.vault.Vault` passed in.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from os import PathLike

from . import allow, overlap
from .config import Config
from .detectors import BUILTIN, family_of, load_detector
from .detectors.patterns import PatternDetector
from .embedded_media import without_media
from .escaped import escaped_secrets, has_escaped_quotes
from .findings import Finding
from .lookalikes import LITERAL, assign
from .password_followups import password_followups
from .place_context import places_near_people
from .repeats import repeats
from .rules import Rule, load_builtin_rules
from .text_search import NOTEBOOK_KEYS, holds_any
from .vault import Vault

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .detectors import Detector

__all__ = ["LITERAL", "Redaction", "Scrubber", "build_scrubber", "select_rules"]
#: A detector's family may be named by category (``secret``) or by its ``[detectors]`` switch (``secrets``).
FAMILY_SWITCH = {"secret": "secrets"}


@dataclass
class Redaction:
    text: str
    findings: list[Finding]
    placeholders: list[str] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(f.type for f in self.findings)


class Scrubber:
    """Finds and replaces. Build with :func:`build_scrubber`."""

    config: Config | None = None
    #: an allowlists.AllowlistFilter when the config has allowlists (#3); None: no allowlist work at all
    allowlists = None

    #: the types secret rules report: a vault's values of these types are secrets (see ``find``)
    secret_types: frozenset[str] = frozenset()

    def __init__(self, detectors: list[Detector], keep: Callable[[Finding], bool] | None = None) -> None:
        self.detectors = detectors
        self.keep = keep
        self._known: dict[int, tuple[int, dict[str, str]]] = {}

    def find(self, text: str, path: str | PathLike[str] | None = None, *, vault: Vault | None = None) -> list[Finding]:
        """Resolved, non-overlapping findings of all detectors, sorted by position.

        ``path`` is the input's file name, if it has one: detectors with ``uses_path`` (code rules) take
        it as a hint of the language, and allowlists' ``paths`` match it; the other detectors never see it.
        ``vault``: the secrets it holds (found in earlier windows of a stream or earlier prompts of a
        session) are found again wherever this text repeats them. Embedded binary media (a notebook's
        images, ``data:`` URIs) are not read (see :mod:`.embedded_media`).
        """
        text = without_media(text)  # same length: the findings' offsets hold for the text as given
        raw: list[Finding] = []
        for d in self.detectors:
            raw.extend(d.detect(text, path=path) if path is not None and getattr(d, "uses_path", False) else d.detect(text))
            if isinstance(d, PatternDetector) and has_escaped_quotes(text):
                raw.extend(escaped_secrets(text, d.detect_secrets))  # api_key = \"...\" in a notebook or nested JSON
            # a key a terminal wrapped at its width; a one-line prompt (its newline ends the text) has no break
            if isinstance(d, PatternDetector) and 0 <= text.find("\n") < len(text) - 1:
                from .wrapped_lines import wrapped_secrets

                raw.extend(wrapped_secrets(text, raw, d))
        if holds_any(text, NOTEBOOK_KEYS):  # json_lines.holds_json_lines, without its import
            from .json_lines import TABLE_READERS, holds_json_lines, json_lines_findings

            if holds_json_lines(text):  # a table printed in a notebook's output: its rows are JSON strings
                raw.extend(json_lines_findings(text, [d.detect for d in self.detectors if d.name in TABLE_READERS]))
        if self.keep is not None:
            raw = [f for f in raw if self.keep(f)]
        raw = self._allowed(text, raw, path)
        # a secret found once is redacted wherever the text repeats it (a log line, a URL, a REPL echo)
        again = repeats(text, raw, self._known_secrets(vault) if vault is not None and len(vault) else None,
                        self._first_name())
        if again:
            raw.extend(self._allowed(text, again, path))
        offered = password_followups(text, raw)  # "pw X (if that fails try Y)": the second one too
        if offered:
            raw.extend(self._allowed(text, offered, path))
        places = self._places()
        if places is not None:  # a city alone in engineering prose is nobody's: only near personal data
            raw = places_near_people(text, raw, places.personal_alone)
        return overlap.resolve(raw)

    def _places(self) -> Any:
        """The places detector, if it runs and reports places near personal data only."""
        for d in self.detectors:
            if d.name == "location" and getattr(d, "near_people_only", False):
                return d
        return None

    def _first_name(self) -> Callable[[str], bool] | None:
        """The names detector's verdict "a listed first name" (unambiguous, or also a surname or a word:
        repeats then takes it mid-sentence only), if that detector runs."""
        for d in self.detectors:
            if d.name == "names":
                from .detectors.names import STRONG_FIRST, WEAK

                return lambda word, classify=d.classify: classify(word) in (STRONG_FIRST, WEAK)  # type: ignore[attr-defined]
        return None

    def _known_secrets(self, vault: Vault) -> dict[str, str]:
        """The vault's secrets, value -> type (its entries of a type a secret rule reports), kept up to
        date as the vault grows: entries are only ever appended, so only the new ones are read."""
        seen, known = self._known.get(id(vault), (0, {}))
        if len(vault) < seen:  # another vault at a reused address
            seen, known = 0, {}
        if len(vault) > seen:
            for entry in vault.entries()[seen:]:
                if entry.type in self.secret_types:
                    known.setdefault(entry.value, entry.type)
            self._known[id(vault)] = (len(vault), known)
        return known

    def _allowed(self, text: str, findings: list[Finding], path: str | PathLike[str] | None) -> list[Finding]:
        """``findings`` minus those the allowlists and the inline allow comments let through; applied
        before overlap resolution, so an allowed value never shadows another finding."""
        if self.allowlists is not None:
            findings = self.allowlists.filter(text, findings, path)
        return allow.drop_allowed(text, findings)

    def redact(self, text: str, vault: Vault, path: str | PathLike[str] | None = None) -> Redaction:
        findings = self.find(text, path, vault=vault)
        # placeholder look-alikes already in the input (liberal forms too) are reserved or escaped, and
        # the output is checked with restore's own scanner, so that restore gives back exactly the input
        findings, placeholders, out = assign(text, findings, vault)
        return Redaction(out, findings, placeholders)

    def redact_stream(self, chunks: Iterable[str], vault: Vault, path: str | PathLike[str] | None = None,
                      counts: Counter[str] | None = None) -> Iterator[str]:
        """:meth:`redact` for inputs too large to hold: redacted text piece by piece (see :mod:`.stream`)."""
        from .stream import redact_stream

        return redact_stream(self, chunks, vault, path, counts)


def select_rules(config: Config) -> list[Rule]:
    """Built-in rules of the enabled families, minus disabled ids, plus the config's own rules."""
    families = {"secret": config.detectors["secrets"], "pii": config.detectors["pii"],
                "internal": config.detectors["internal"], "custom": True}
    rules = [r for r in load_builtin_rules() if families.get(r.category, True) and r.id not in config.disabled_rules]
    return rules + [r for r in config.rules if r.id not in config.disabled_rules]


def build_scrubber(config: Config) -> Scrubber:
    rules = select_rules(config)
    detectors: list[Detector] = [PatternDetector(rules)]
    internal_options = config.internal.detector_options()
    for name in BUILTIN:
        family = family_of(name)
        if not config.detectors.get(FAMILY_SWITCH.get(family, family), False) or name in config.disabled_rules:
            continue
        if family == "pii" and not config.pii.detector_enabled(name):
            continue
        base = config.pii.detector_options(name) if family == "pii" else internal_options.get(name, {})
        if family == "pii" and config.detectors.get("internal", True):  # [internal] employee_id_columns
            base = {**base, **internal_options.get(name, {})}
        elif name == "pii_columns":  # it reads employee numbers too (category internal): not with internal off
            base = {**base, "internal": False}
        detectors.append(load_detector(name, {**base, **config.options.get(name, {})}))
    pii = config.pii
    keep = pii.keep if (not pii.enabled or pii.min_score > 0 or pii.types) else None
    scrubber = Scrubber(detectors, keep)
    scrubber.secret_types = frozenset(r.label for r in rules if r.category == "secret")
    scrubber.config = config  # redact reads [placeholders] and [session] from it (#6)
    return attach_allowlists(scrubber, config.allowlists, rules)


def attach_allowlists(scrubber: Scrubber, allowlists: Sequence[Any], rules: Sequence[Rule]) -> Scrubber:
    """Make ``scrubber`` apply the top-level ``allowlists`` and the ``rules``' own; when there are
    none, nothing is imported and no allowlist work is done."""
    if allowlists or any(r.allowlists for r in rules):
        from .allowlists import AllowlistFilter

        scrubber.allowlists = AllowlistFilter(allowlists, rules)
    return scrubber
