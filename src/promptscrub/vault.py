"""The mapping vault: placeholder ↔ original value, kept on disk between redact and restore.

The file holds the secrets themselves, so it is written atomically (temp file + rename) and created
with mode 0600 from the start; a file that is not ours, is corrupt, or comes from a newer version is
refused with a clear message and left untouched. With a vault key set (``PROMPTSCRUB_VAULT_KEY``,
``PROMPTSCRUB_VAULT_KEY_FILE`` or the OS keyring; see :mod:`.vault_crypto`) the whole payload is
encrypted (AES-256-GCM) and the file holds no plaintext value.

How new placeholders are named is a :class:`Namer`: the default counts per type (``<EMAIL_1>``);
:mod:`.deterministic` derives them from a keyed hash, :mod:`.styles` makes fake surrogates.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from .placeholder_syntax import PLACEHOLDER_RE, format_placeholder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    from .vault_crypto import KeySource, Sealer
    from .vault_surrogates import SurrogateMatcher

FORMAT = "promptscrub-vault"
#: 1: plain entries; 2: the same document encrypted (``encryption`` header + ``payload``).
VERSION = 2
#: Where a vault key comes from (see :mod:`.vault_crypto`): the key itself, a file holding it, or "1" to
#: ask the OS keyring.
KEY_ENV = "PROMPTSCRUB_VAULT_KEY"
KEY_FILE_ENV = "PROMPTSCRUB_VAULT_KEY_FILE"
KEYRING_ENV = "PROMPTSCRUB_VAULT_KEYRING"


def key_configured() -> bool:
    """Whether the environment sets a vault key (then :func:`.vault_crypto.key_from_env` reads it). A key
    variable set but empty counts: the user asked for encryption, so :func:`.vault_crypto.key_from_env`
    refuses it rather than writing the mapping in clear."""
    return (os.environ.get(KEY_ENV) is not None or bool(os.environ.get(KEY_FILE_ENV))
            or os.environ.get(KEYRING_ENV) == "1")
PLAIN_VERSION = 1


class VaultError(Exception):
    """A vault that cannot be read or written; the message says which file and why."""


@dataclass(frozen=True, slots=True)
class VaultEntry:
    placeholder: str
    type: str
    value: str


if TYPE_CHECKING:
    class Namer(Protocol):
        """Names a new value: returns a placeholder (or surrogate) for which ``busy`` is false."""

        def __call__(self, vault: Vault, type_: str, value: str, busy: Callable[[str], bool]) -> str: ...


def counter_namer(vault: "Vault", type_: str, value: str, busy: Callable[[str], bool]) -> str:
    """``<TYPE_N>`` with the next free N for the type (the default)."""
    n = vault._counters.get(type_, 0)
    while True:
        n += 1
        ph = format_placeholder(type_, n)
        if not busy(ph):
            break
    vault._counters[type_] = n
    return ph


class Vault:
    """Values and their placeholders; the same value always gets the same placeholder."""

    def __init__(self, namer: Namer | None = None) -> None:
        self._by_placeholder: dict[str, VaultEntry] = {}
        self._by_value: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._types: set[str] = set()
        self._surrogates: SurrogateMatcher | None = None  # the placeholders that are no tags (--style fake)
        self._later_tags: dict[str, str] = {}  # value → its first tag, for values whose first placeholder is a surrogate
        self.reserved: set[str] = set()
        self.changed = False
        self.namer: Namer = namer or counter_namer
        self.sealer: Sealer | None = None  # how it was encrypted on disk, reused when saving

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __contains__(self, placeholder: object) -> bool:
        return placeholder in self._by_placeholder

    def entries(self) -> list[VaultEntry]:
        return list(self._by_placeholder.values())

    def get(self, placeholder: str) -> VaultEntry | None:
        return self._by_placeholder.get(placeholder)

    def lookup_value(self, value: str) -> str | None:
        return self._by_value.get(value)

    def types(self) -> set[str]:
        return self._types

    def surrogate_pattern(self) -> SurrogateMatcher | None:
        """What finds the ``--style fake`` surrogates this vault maps (whole tokens; ``finditer`` as a regex), or None.

        Kept up to date as surrogates are added (see :mod:`.vault_surrogates`): one regex of them all
        cost time in proportion to their number at every position of every text.
        """
        return self._surrogates

    def reserve(self, placeholders: set[str]) -> None:
        """Placeholders seen literally in an input: never hand them out, or restore would confuse them."""
        new = {p for p in placeholders if p not in self.reserved and p not in self._by_placeholder}
        if new:
            self.reserved |= new
            self.changed = True

    def placeholder_for(self, type_: str, value: str, taken: Callable[[str], bool] = lambda _: False) -> str:
        """The value's placeholder; a new value is named by :attr:`namer` (``<TYPE_N>`` by default)."""
        existing = self._by_value.get(value)
        if existing is not None:
            return existing

        def busy(ph: str) -> bool:
            return ph in self._by_placeholder or ph in self.reserved or taken(ph)

        ph = self.namer(self, type_, value, busy)
        self.add(VaultEntry(ph, type_, value))
        return ph

    def tag_of(self, value: str) -> str | None:
        """The first ``<TYPE_N>`` tag the vault gave ``value`` (not a ``--style fake`` surrogate), or None."""
        first = self._by_value.get(value)
        if first is None or self._surrogates is None or first not in self._surrogates:
            return first
        return self._later_tags.get(value)

    def add(self, entry: VaultEntry) -> None:
        self._by_placeholder[entry.placeholder] = entry
        first = self._by_value.setdefault(entry.value, entry.placeholder)
        self._types.add(entry.type)
        if not PLACEHOLDER_RE.fullmatch(entry.placeholder):
            if self._surrogates is None:
                from .vault_surrogates import SurrogateMatcher

                self._surrogates = SurrogateMatcher()
            self._surrogates.add(entry.placeholder)
        elif first != entry.placeholder:  # a tag for a value named before: a surrogate that did not fit (see tag_of)
            self._later_tags.setdefault(entry.value, entry.placeholder)
        self.changed = True

    def conflicts(self, other: "Vault") -> list[str]:
        """Placeholders on which the two vaults disagree (other value, or reserved as literal text by one side)."""
        bad = []
        for e in other.entries():
            mine = self._by_placeholder.get(e.placeholder)
            if (mine is not None and mine.value != e.value) or e.placeholder in self.reserved:
                bad.append(e.placeholder)
        bad.extend(p for p in other.reserved if p in self._by_placeholder)
        return sorted(set(bad))

    def merge(self, other: "Vault") -> int:
        """Add ``other``'s entries; refuse (changing nothing) if any placeholder would mean two things.

        Returns the number of entries added. Deterministic vaults made with one key merge cleanly.
        """
        bad = self.conflicts(other)
        if bad:
            raise VaultError(f"cannot merge: {len(bad)} placeholder(s) mean different things in the two mappings, e.g. {bad[0]}")
        added = 0
        for e in other.entries():
            if e.placeholder not in self._by_placeholder:
                self.add(e)
                added += 1
        for t, n in other._counters.items():
            if n > self._counters.get(t, 0):
                self._counters[t] = n
                self.changed = True
        self.reserve(set(other.reserved))
        return added

    # --- persistence -------------------------------------------------------------------------

    def to_json(self) -> dict:
        doc = self._document()
        doc["entries"] = list(doc["entries"])
        return doc

    def _document(self) -> dict[str, Any]:
        """The plain document, its entries a generator: saving never holds them all as dicts."""
        return {
            "format": FORMAT,
            "version": PLAIN_VERSION,
            "entries": ({"placeholder": e.placeholder, "type": e.type, "value": e.value} for e in self._by_placeholder.values()),
            "counters": self._counters,
            "reserved": sorted(self.reserved),
        }

    def _json(self, indent: int | None) -> Iterator[bytes]:
        """:meth:`to_json` as JSON text (``indent``: as ``json.dumps`` takes it), in chunks of UTF-8."""
        from .vault_json import chunked, json_pieces

        return chunked(json_pieces(self._document(), indent))

    @classmethod
    def from_json(cls, doc: object, where: str) -> "Vault":
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultError(f"{where}: not a promptscrub mapping file; refusing to use or overwrite it")
        version = doc.get("version")
        if not isinstance(version, int) or version > VERSION:
            raise VaultError(f"{where}: mapping file version {version!r} is newer than this promptscrub understands ({VERSION}); upgrade promptscrub")
        if "encryption" in doc:
            raise VaultError(f"{where}: mapping file is encrypted; load it with Vault.load and a key")
        vault = cls()
        try:
            for e in doc["entries"]:
                if not all(isinstance(e[k], str) for k in ("placeholder", "type", "value")):
                    raise TypeError
                vault.add(VaultEntry(e["placeholder"], e["type"], e["value"]))
            for k, v in doc.get("counters", {}).items():
                if not isinstance(k, str) or not isinstance(v, int):
                    raise TypeError
                vault._counters[k] = v
            vault.reserved = {str(r) for r in doc.get("reserved", [])}
        except (KeyError, TypeError, AttributeError):
            raise VaultError(f"{where}: mapping file is corrupt (bad entry); refusing to use or overwrite it") from None
        vault.changed = False
        return vault

    @classmethod
    def load(cls, path: Path, key: "KeySource | None" = None) -> "Vault":
        """The vault stored at ``path``, or an empty one if the file does not exist yet.

        An encrypted file needs ``key``, or a key from the environment (see :mod:`.vault_crypto`).
        """
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise VaultError(f"{path}: cannot read mapping file: {exc.strerror}") from None
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultError(f"{path}: mapping file is corrupt (not JSON); refusing to use or overwrite it") from None
        if isinstance(doc, dict) and doc.get("format") == FORMAT and "encryption" in doc and isinstance(doc.get("version"), int) and doc["version"] <= VERSION:
            from .vault_crypto import open_document

            inner, sealer = open_document(doc, str(path), key)
            vault = cls.from_json(inner, str(path))
            vault.sealer = sealer
            return vault
        return cls.from_json(doc, str(path))

    def save(self, path: Path, key: "KeySource | None" = None) -> None:
        """Write atomically: a 0600 temp file in the same folder, fsync, rename over the old file.

        Encrypted when a key is given or set in the environment, or when the file was encrypted. The
        text is ``json.dumps(self.to_json(), ensure_ascii=False, indent=1)`` (compact inside the
        encryption), written as it is produced.
        """
        source = key
        if source is None and (self.sealer is None or self.sealer.source.from_env) and key_configured():
            from .vault_crypto import key_from_env  # (hashlib, base64: ~4 ms, so only when a key is set)

            source = key_from_env()
        if source is not None or self.sealer is not None:
            from .vault_crypto import seal

            payload, self.sealer = seal(self._json(None), source, self.sealer)
        else:
            payload = self._json(1)
        write_private(path, payload)
        self.changed = False


def write_private(path: Path, payload: bytes | Iterable[bytes]) -> None:
    """Atomically replace ``path`` with ``payload`` (or its chunks); the file is created 0600, never chmod'ed later."""
    from .atomic import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        atomic_write(path, payload, 0o600)
    except OSError as exc:
        raise VaultError(f"{path}: cannot write mapping file: {exc.strerror}") from None


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (via a sidecar ``.lock`` file) for a read-modify-write."""
    from .atomic import through_link

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        path = through_link(path)  # one lock for the file, whichever link names it
    except OSError as exc:
        raise VaultError(f"{path}: cannot use mapping file: {exc.strerror}") from None
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise VaultError(f"{lock_path}: cannot create lock file: {exc.strerror}") from None
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        except ImportError:  # Windows: msvcrt locks a byte range
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        yield
    finally:
        os.close(fd)
