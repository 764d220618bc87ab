"""Encryption at rest for vault files: AES-256-GCM under a key stretched from a passphrase with scrypt.

Where the passphrase comes from, first match wins: ``PROMPTSCRUB_VAULT_KEY`` (the passphrase itself),
``PROMPTSCRUB_VAULT_KEY_FILE`` (a file holding it; trailing newline ignored), the OS keyring (service
``promptscrub``, user ``vault-key``) if the optional ``keyring`` package is importable — consulted
only to open a file that is already encrypted, or always when ``PROMPTSCRUB_VAULT_KEYRING=1``, so a
plain run never pays for it. Each file has its own random salt (in its header); the header is bound
to the ciphertext as associated data, so a wrong key or a tampered header or payload fails the tag
check and nothing is ever decoded from garbage. ``cryptography`` is imported only here, only when a
key is in play. See docs/threat-model.md.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .vault import FORMAT, KEY_ENV, KEY_FILE_ENV, KEYRING_ENV, VERSION, VaultError

KEYRING_SERVICE, KEYRING_USER = "promptscrub", "vault-key"
CIPHER = "AES-256-GCM"
#: scrypt cost: 2**15 × 8 × 128 B = 32 MiB, ~50–100 ms once per process (the derived key is cached)
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_DERIVED: dict[tuple[bytes, bytes, int, int, int], bytes] = {}


@dataclass(frozen=True)
class KeySource:
    """A vault passphrase and where it came from (named in error messages, never printed)."""

    secret: bytes = field(repr=False)
    origin: str
    from_env: bool = True


@dataclass(frozen=True)
class Sealer:
    """A derived key with its salt and parameters: re-encrypting a file keeps its salt (no new scrypt)."""

    key: bytes = field(repr=False)
    salt: bytes
    params: dict[str, int]
    source: KeySource


def key_from_env(need: bool = False) -> KeySource | None:
    """The configured vault key, or None. ``need``: the file is encrypted, so the keyring may be asked too."""
    value = os.environ.get(KEY_ENV)
    if value == "":
        raise VaultError(f"{KEY_ENV} is set but empty; unset it to keep the mapping in clear, or give the passphrase")
    if value:
        return KeySource(value.encode("utf-8"), KEY_ENV)
    path = os.environ.get(KEY_FILE_ENV)
    if path:
        try:
            data = Path(path).expanduser().read_bytes().rstrip(b"\r\n")
        except OSError as exc:
            raise VaultError(f"{KEY_FILE_ENV}={path}: cannot read key file: {exc.strerror}") from None
        if not data:
            raise VaultError(f"{KEY_FILE_ENV}={path}: key file is empty")
        return KeySource(data, f"key file {path}")
    if need or os.environ.get(KEYRING_ENV) == "1":
        return _from_keyring()
    return None


def _from_keyring() -> KeySource | None:
    try:
        import keyring  # optional, never required
    except ImportError:
        return None
    try:
        secret = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception:  # noqa: BLE001 - no backend, locked keyring…: as if no key were set
        return None
    return KeySource(secret.encode("utf-8"), "OS keyring") if secret else None


def derive(secret: bytes, salt: bytes, params: dict[str, int]) -> bytes:
    cache_key = (secret, salt, params["n"], params["r"], params["p"])
    key = _DERIVED.get(cache_key)
    if key is None:
        key = _DERIVED[cache_key] = hashlib.scrypt(secret, salt=salt, n=params["n"], r=params["r"], p=params["p"],
                                                   maxmem=256 * 1024 * 1024, dklen=32)
    return key


def _header(salt: bytes, params: dict[str, int]) -> dict[str, Any]:
    return {"cipher": CIPHER, "kdf": "scrypt", **params, "salt": _b64(salt)}


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps({"format": FORMAT, "version": VERSION, "encryption": header}, sort_keys=True, separators=(",", ":")).encode()


def seal(plain: Iterable[bytes], source: KeySource | None, sealer: Sealer | None) -> tuple[Iterator[bytes], Sealer]:
    """The encrypted file for a plain vault document (its JSON text in chunks), and the sealer used.

    The file is ``{"format", "version", "encryption": header, "payload": base64(nonce + ciphertext + tag)}``
    as ``json.dumps(..., indent=1)`` writes it; it is produced as ``plain`` is read, so neither the
    document nor its ciphertext is ever held whole. Reuses ``sealer``'s salt for the same key.
    """
    if sealer is None or (source is not None and source.secret != sealer.source.secret):
        if source is None:
            raise VaultError("no vault key to encrypt with")
        salt = os.urandom(16)
        sealer = Sealer(derive(source.secret, salt, SCRYPT), salt, dict(SCRYPT), source)
    header = _header(sealer.salt, sealer.params)
    shell = json.dumps({"format": FORMAT, "version": VERSION, "encryption": header, "payload": ""}, ensure_ascii=False, indent=1)
    head, tail = shell.rsplit('""', 1)  # the payload is the last value: its text goes between these
    return _sealed(plain, sealer.key, _aad(header), head.encode() + b'"', b'"' + tail.encode()), sealer


def _sealed(plain: Iterable[bytes], key: bytes, aad: bytes, head: bytes, tail: bytes) -> Iterator[bytes]:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    nonce = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()  # the same bytes as AESGCM.encrypt
    encryptor.authenticate_additional_data(aad)
    yield head
    b64 = _Base64()
    yield b64.update(nonce)
    for chunk in plain:
        yield b64.update(encryptor.update(chunk))
    yield b64.update(encryptor.finalize() + encryptor.tag)
    yield b64.final() + tail


class _Base64:
    """Base64 of a byte stream fed in pieces: the same text as one ``b64encode`` of the whole."""

    def __init__(self) -> None:
        self._rest = b""

    def update(self, data: bytes) -> bytes:
        data = self._rest + data
        whole = len(data) - len(data) % 3
        self._rest = data[whole:]
        return base64.b64encode(data[:whole])

    def final(self) -> bytes:
        return base64.b64encode(self._rest)


def open_document(doc: dict[str, Any], where: str, key: KeySource | None = None) -> tuple[dict[str, Any], Sealer]:
    """The plain document inside an encrypted vault file; a wrong key or any tampering is a VaultError."""
    header = doc.get("encryption")
    try:
        if not isinstance(header, dict) or header.get("cipher") != CIPHER or header.get("kdf") != "scrypt":
            raise ValueError
        params = {k: header[k] for k in ("n", "r", "p")}
        if not all(isinstance(v, int) and 0 < v <= 2**22 for v in params.values()) or params["n"] & (params["n"] - 1):
            raise ValueError
        salt = base64.b64decode(header["salt"], validate=True)
        raw = base64.b64decode(doc["payload"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise VaultError(f"{where}: encrypted mapping file has a bad header; refusing to use or overwrite it") from None
    source = key or key_from_env(need=True)
    if source is None:
        raise VaultError(f"{where}: mapping file is encrypted; set {KEY_ENV} or {KEY_FILE_ENV} (or store the key in the OS keyring)")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    derived = derive(source.secret, salt, params)
    try:
        plain = AESGCM(derived).decrypt(raw[:12], raw[12:], _aad(_header(salt, params)))
    except (InvalidTag, ValueError):
        raise VaultError(f"{where}: wrong vault key ({source.origin}) or the file was tampered with; nothing was decrypted") from None
    try:
        inner = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise VaultError(f"{where}: encrypted mapping file is corrupt; refusing to use or overwrite it") from None
    return inner, Sealer(derived, salt, params, source)


def is_encrypted(path: Path) -> bool:
    """Whether the vault file at ``path`` is encrypted (read only its header; no key needed)."""
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(doc, dict) and "encryption" in doc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
