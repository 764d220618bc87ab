"""Vault values at rest on shared storage: deterministic AES-GCM under a key derived from the run's key.

Why deterministic: vault shards written by different jobs must de-duplicate by plain row equality
after a union, so the same (placeholder, value) must always give the same ciphertext. The nonce is
therefore synthetic — an HMAC of placeholder and value under a separate derived key (SIV-style) — so
a nonce repeats only for the very same plaintext, which is the one case where AES-GCM tolerates it.
This reveals which rows are equal, which the placeholder itself already reveals. The placeholder is
bound as associated data, so ciphertexts cannot be swapped between entries.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

ENC_PREFIX = "ps1:"
INFO_ENC = b"promptscrub/spark-vault/v1/aes-gcm-key"
INFO_NONCE = b"promptscrub/spark-vault/v1/nonce-key"


class VaultDecryptError(ValueError):
    """A vault value that does not decrypt under this key (wrong key, or tampered with)."""


def derive(key: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


@dataclass(frozen=True)
class ValueCipher:
    """Encrypts and decrypts vault values; build with :func:`value_cipher` (derivation is the slow part)."""

    enc_key: bytes
    nonce_key: bytes

    def encrypt(self, placeholder: str, value: str) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        data = value.encode("utf-8")
        nonce = hmac.new(self.nonce_key, placeholder.encode("utf-8") + b"\0" + data, hashlib.sha256).digest()[:12]
        sealed = AESGCM(self.enc_key).encrypt(nonce, data, placeholder.encode("utf-8"))
        return ENC_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, placeholder: str, token: str) -> str:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not token.startswith(ENC_PREFIX):
            raise VaultDecryptError(f"{placeholder}: not an encrypted vault value")
        try:
            raw = base64.urlsafe_b64decode(token[len(ENC_PREFIX):])
            return AESGCM(self.enc_key).decrypt(raw[:12], raw[12:], placeholder.encode("utf-8")).decode("utf-8")
        except (InvalidTag, ValueError):
            raise VaultDecryptError(f"{placeholder}: vault value does not decrypt with this key (wrong key or tampered)") from None


def value_cipher(key: bytes) -> ValueCipher:
    return ValueCipher(derive(key, INFO_ENC), derive(key, INFO_NONCE))
