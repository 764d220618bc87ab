"""Deterministic placeholders: ``<EMAIL_3fa9c1>`` from a keyed hash of the value, no shared state needed.

Independent processes (other machines, Spark executors, tomorrow's batch) that use the same key give
the same value the same placeholder, so their vaults merge (:meth:`Vault.merge`). The tag is the
shortest prefix — at least ``length`` hex digits, and always containing a decimal digit so restore
never mistakes a word like ``facade`` for a tag — of HMAC-SHA256(key, type NUL value) whose placeholder
is not ``taken``: a collision (two values, one tag) gives the newcomer a longer tag, never a shared one.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .placeholder_syntax import format_placeholder

KEY_ENV = "PROMPTSCRUB_DETERMINISTIC_KEY"
DEFAULT_LENGTH = 6
MAX_LENGTH = 64
DOMAIN = b"promptscrub/deterministic/v1"


class DeterministicKeyError(ValueError):
    """No key for the deterministic mode (or an unusable one)."""


def tag_digest(type_: str, value: str, key: bytes) -> str:
    """The full 64-hex-digit keyed hash behind a value's tag."""
    return hmac.new(key, type_.encode("utf-8") + b"\0" + value.encode("utf-8"), hashlib.sha256).hexdigest()


def deterministic_placeholder(type_: str, value: str, key: bytes | str, taken: Callable[[str], bool] = lambda _: False,
                              length: int = DEFAULT_LENGTH) -> str:
    """``<TYPE_tag>`` for ``value``: the same for every caller with the same key, unless ``taken`` forces a longer tag."""
    if isinstance(key, str):
        key = key.encode("utf-8")
    if not key:
        raise DeterministicKeyError("an empty key would make placeholders guessable; use a random secret")
    digest = tag_digest(type_, value, key)
    for n in range(max(1, length), MAX_LENGTH + 1):
        tag = digest[:n]
        if not any(c.isdigit() for c in tag):
            continue
        ph = format_placeholder(type_, tag)
        if not taken(ph):
            return ph
    raise DeterministicKeyError(f"no free {type_} placeholder for this value even with a {MAX_LENGTH}-digit tag")


def key_from_env() -> bytes:
    """``PROMPTSCRUB_DETERMINISTIC_KEY`` as is (what the Spark engine uses too), else one derived from the vault key."""
    raw = os.environ.get(KEY_ENV)
    if raw:
        return raw.encode("utf-8")
    from .vault_crypto import key_from_env as vault_key

    source = vault_key(need=True)
    if source is None:
        raise DeterministicKeyError(f"--deterministic needs a key: set {KEY_ENV} (or a vault key, PROMPTSCRUB_VAULT_KEY)")
    # a passphrase is stretched (fixed salt: every machine must derive the same key) and kept apart from the vault's key
    return hashlib.scrypt(source.secret, salt=DOMAIN, n=2**15, r=8, p=1, maxmem=256 * 1024 * 1024, dklen=32)


@dataclass
class DeterministicNamer:
    """A :class:`~promptscrub.vault.Namer` for :class:`~promptscrub.vault.Vault`: keyed-hash tags."""

    key: bytes = field(repr=False)
    length: int = DEFAULT_LENGTH

    def __call__(self, vault: object, type_: str, value: str, busy: Callable[[str], bool]) -> str:
        return deterministic_placeholder(type_, value, self.key, busy, self.length)
