"""How ``redact`` names what it replaces: ``--style``, ``--deterministic`` and their config defaults.

Kept out of cli.py so the command stays a thin shell. The choices come from the command line, then
``[placeholders]`` in the config, then the built-in defaults (``tag``, counters).
"""
from __future__ import annotations

from dataclasses import dataclass

from .config import Config
from .styles import REVERSIBLE, STYLES
from .vault import Vault


class StyleError(ValueError):
    """An unknown style or a deterministic mode without a key."""


@dataclass(frozen=True)
class RedactStyle:
    style: str = "tag"
    deterministic: bool = False
    tag_length: int = 6

    @property
    def reversible(self) -> bool:
        return self.style in REVERSIBLE


def choose(config: Config | None, style: str | None, deterministic: bool | None) -> RedactStyle:
    settings = config.session if config is not None else None
    chosen = style or (settings.style if settings else None) or "tag"
    if chosen not in STYLES:
        raise StyleError(f"--style must be one of {', '.join(STYLES)}, not {chosen!r}")
    det = deterministic if deterministic is not None else bool(settings and settings.deterministic)
    length = (settings.tag_length if settings else None) or 6
    return RedactStyle(chosen, det, length)


def deterministic_key() -> bytes:
    from .deterministic import DeterministicKeyError, key_from_env

    try:
        return key_from_env()
    except DeterministicKeyError as exc:
        raise StyleError(str(exc)) from None


def configure(vault: Vault, choice: RedactStyle) -> Vault:
    """Give ``vault`` the namer for ``choice`` (counter tags, keyed-hash tags, or fake surrogates)."""
    if choice.deterministic:
        from .deterministic import DeterministicNamer

        vault.namer = DeterministicNamer(deterministic_key(), choice.tag_length)
    if choice.style == "fake":
        from .styles import FakeNamer

        vault.namer = FakeNamer(vault.namer, deterministic_key() if choice.deterministic else None)
    return vault


def irreversible_key(choice: RedactStyle) -> bytes | None:
    """``--style hash`` salt: the deterministic key when asked for (stable hashes), else a random one per run."""
    return deterministic_key() if choice.deterministic else None


def expire_sessions(config: Config | None) -> list[str]:
    """Delete sessions unused for ``[session] max_age_days`` (default 30); a failure here never blocks a redact."""
    import contextlib

    from .session_config import SessionSettings
    from .sessions import purge_expired

    settings = config.session if config is not None else SessionSettings()
    with contextlib.suppress(OSError):
        return purge_expired(settings.effective_max_age_days)
    return []


def irreversible_outputs(scrubber, sources, choice: RedactStyle, counts):  # noqa: ANN001, ANN201 - Scrubber, list[Source], Counter
    """``(text, rel)`` per source for ``mask``/``hash``: the findings replaced, nothing kept."""
    from .inputs import read_text
    from .styles import irreversible

    key = irreversible_key(choice)
    for src in sources:
        text = read_text(src)
        findings = scrubber.find(text) if src.path is None else scrubber.find(text, src.path)
        counts.update(f.type for f in findings)
        yield irreversible(text, findings, choice.style, key), src.rel
