"""Replacement styles: ``tag`` (``<TYPE_N>``, the default), ``fake``, ``mask`` and ``hash``.

``fake`` puts realistic surrogates in the text (an e-mail address, a name, a phone number) so the
model reads natural text; the vault maps each surrogate back, so restore works as for tags. The
surrogates come from ranges reserved for documentation so they cannot be somebody real:
``@example.invalid`` (RFC 2606), 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737),
2001:db8::/32 (RFC 3849), 555-01xx phone numbers (reserved for fiction in the NANP). Types without a
surrogate (secrets, most identifiers) keep the tag.

``mask`` and ``hash`` are irreversible: no vault is read or written. They run through
presidio-anonymizer's ``mask`` and ``hash`` operators, imported only for these styles.
"""
from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from .detectors import _lazyre
from .findings import Finding
from .vault import Vault, counter_namer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .vault import Namer

STYLES = ("tag", "fake", "mask", "hash")
REVERSIBLE = ("tag", "fake")

FIRST = ("Avery", "Jordan", "Riley", "Morgan", "Casey", "Quinn", "Rowan", "Emerson", "Sasha", "Dakota",
         "Harper", "Reese", "Skyler", "Finley", "Marlowe", "Sidney")
#: invented surnames: a surrogate name should not be anybody's real name
LAST = ("Quillfeather", "Ostrander-Vell", "Brackenholm", "Thistlewood", "Marrowby", "Fennimore-Cray", "Ashgrove",
        "Vantwistle", "Pellingham", "Corvellan", "Dunmorrow", "Halloway-Pike", "Inglesworth", "Larkspurr", "Merriweather-Nox",
        "Wrenfield")
DOC_NETS = ("192.0.2", "198.51.100", "203.0.113")


def fake_email(n: int) -> str:
    return f"{FIRST[n % len(FIRST)].lower()}.{n}@example.invalid"


def fake_name(n: int) -> str:
    name = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]}"
    return name if n < len(FIRST) * len(LAST) else f"{name} {n // (len(FIRST) * len(LAST)) + 1}"


def fake_phone(n: int) -> str:
    return f"+1 {201 + n // 100:03d}-555-01{n % 100:02d}"


def fake_ipv4(n: int) -> str | None:
    net, host = divmod(n, 254)
    return f"{DOC_NETS[net]}.{host + 1}" if net < len(DOC_NETS) else None


#: makers with fewer surrogates than a namer's ``limit``: ``make(n)`` is None from this ``n`` on
COUNTS: dict[Callable[[int], str | None], int] = {fake_ipv4: len(DOC_NETS) * 254}


def fake_host(n: int) -> str:
    return f"host{n}.example.invalid"


def fake_url(n: int) -> str:
    return f"https://host{n}.example.invalid/"


def _one_of(words: Sequence[str]) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


#: Every string a surrogate maker above can produce, as whole tokens (the boundaries of
#: ``Vault.surrogate_pattern``). A look-alike of a surrogate already in an input is reserved, so a later
#: prompt of the session never gets it: the earlier answer's literal text would restore to that value.
SURROGATE_SHAPE = _lazyre.compile(
    r"(?<![\w.@+-])(?:"
    + _one_of([f.lower() for f in FIRST]) + r"\.\d+@example\.invalid"
    + "|" + _one_of(FIRST) + " " + _one_of(LAST) + r"(?: \d+)?"
    + r"|\+1 \d{3}-555-01\d\d"
    + "|" + _one_of(DOC_NETS) + r"\.\d{1,3}"
    + r"|(?:https://)?host\d+\.example\.invalid/?"
    + r")(?![\w@]|[.:-]\w)"
)


def surrogate_lookalikes(text: str) -> set[str]:
    """Strings in ``text`` that a fake surrogate could be; a numbered name also holds its unnumbered one
    (restore's whole-token match would find ``Avery Ashgrove`` in ``Avery Ashgrove 2``), a URL its host."""
    found: set[str] = set()
    for m in SURROGATE_SHAPE.finditer(text):
        value = m.group()
        found.add(value)
        if value[:1].isupper() and value[-1:].isdigit():
            found.add(value.rpartition(" ")[0])
        elif value.startswith("https://"):
            found.add(value[len("https://"):].rstrip("/"))
            found.add(value if value.endswith("/") else value + "/")
    return found


SURROGATES: dict[str, Callable[[int], str | None]] = {
    "EMAIL": fake_email, "PERSON": fake_name, "NAME": fake_name, "PHONE": fake_phone, "PHONE_NUMBER": fake_phone,
    "IP_ADDRESS": fake_ipv4, "IPV4": fake_ipv4, "PRIVATE_IP": fake_ipv4, "INTERNAL_HOST": fake_host, "HOSTNAME": fake_host,
    "URL": fake_url,
}


@dataclass
class FakeNamer:
    """A :class:`~promptscrub.vault.Namer`: a surrogate for the types in :data:`SURROGATES`, else ``fallback``.

    Counted per type (``fake:EMAIL``) in the vault, or — with ``key`` — started from the keyed hash,
    so independent processes agree as in the deterministic mode.
    """

    fallback: Namer = counter_namer
    key: bytes | None = None
    limit: int = 100_000
    #: per vault, the types all of whose ``limit`` surrogates it holds or reserves: they get ``fallback`` at once
    spent: WeakKeyDictionary[Vault, set[str]] = field(default_factory=WeakKeyDictionary, repr=False, compare=False)

    @staticmethod
    def lookalikes(text: str) -> set[str]:
        """What in ``text`` this namer could hand out (see :func:`surrogate_lookalikes`): redact reserves it."""
        return surrogate_lookalikes(text)

    def __call__(self, vault: Vault, type_: str, value: str, busy: Callable[[str], bool]) -> str:
        make = SURROGATES.get(type_)
        if make is not None and type_ not in self.spent.get(vault, ()):
            counter = f"fake:{type_}"
            if self.key is not None:
                from .deterministic import tag_digest

                start = int(tag_digest(type_, value, self.key)[:8], 16) % self.limit
            else:
                start = vault._counters.get(counter, 0)
            for_good = True  # every candidate so far is held or reserved by the vault, which never lets go of one
            for n in self._numbers(start, COUNTS.get(make, self.limit)):
                candidate = make(n % self.limit)
                if candidate is None:
                    if self.key is None:
                        for_good = False
                        break
                    continue
                if not busy(candidate):
                    if self.key is None:
                        vault._counters[counter] = n + 1
                    return candidate
                for_good = for_good and (candidate in vault or candidate in vault.reserved)
            if for_good:  # so every later value would go round all of them again, in vain: ``limit`` steps each
                self.spent.setdefault(vault, set()).add(type_)
        return self.fallback(vault, type_, value, busy)

    def _numbers(self, start: int, count: int) -> Iterable[int]:
        """The ``n`` to try, ``start`` to ``start + limit``; with a key, less those whose surrogate is None (``n % limit >=
        count``), which are passed over anyway: 762 IPv4 surrogates would otherwise cost ~50,000 steps a value."""
        if self.key is None or count >= self.limit:
            return range(start, start + self.limit)
        first = start % self.limit
        base = start - first
        return itertools.chain(range(start, base + max(first, count)), range(base + self.limit, base + self.limit + min(first, count)))


def irreversible(text: str, findings: Sequence[Finding], style: str, key: bytes | None = None) -> str:
    """``text`` with each finding masked (``*`` for every character) or hashed (``<TYPE#hex12>``), via presidio."""
    if not findings:
        return text
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    # one entity type per finding: presidio merges neighbouring entities of one type (and the gap between them)
    results = [RecognizerResult(entity_type=f"F{i}", start=f.start, end=f.end, score=f.score) for i, f in enumerate(findings)]
    types = {f"F{i}": f.type for i, f in enumerate(findings)}
    if style == "mask":
        operators = {k: OperatorConfig("mask", {"masking_char": "*", "chars_to_mask": 10**9, "from_end": False}) for k in types}
        return AnonymizerEngine().anonymize(text=text, analyzer_results=results, operators=operators).text
    if style != "hash":
        raise ValueError(f"not an irreversible style: {style!r}")
    # a keyed salt (the deterministic key) makes hashes stable across runs; otherwise one random salt per run,
    # so equal values still hash equally within the output. Never unsalted: e-mails and phones are guessable.
    salt = key if key and len(key) >= 16 else (key * (16 // len(key) + 1) if key else os.urandom(32))
    hashed = AnonymizerEngine().anonymize(text=text, analyzer_results=results,
                                          operators={k: OperatorConfig("hash", {"hash_type": "sha256", "salt": salt}) for k in types})
    # presidio returns the full digest in place; shorten it and label it with the type
    out, pos = [], 0
    for item in sorted(hashed.items, key=lambda i: i.start):
        out.append(hashed.text[pos:item.start])
        out.append(f"<{types[item.entity_type]}#{item.text[:12]}>")
        pos = item.end
    out.append(hashed.text[pos:])
    return "".join(out)
