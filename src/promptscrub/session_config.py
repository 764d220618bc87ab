"""The ``[session]`` and ``[placeholders]`` config sections (issue #6), validated strictly like the rest.

```toml
[session]
max_age_days = 30        # delete sessions unused this long (0 = keep forever)

[placeholders]
style = "tag"            # tag | fake | mask | hash (the --style default)
deterministic = false    # keyed-hash tags (<EMAIL_3fa9c1>); needs PROMPTSCRUB_DETERMINISTIC_KEY or a vault key
tag_length = 6           # hex digits of a deterministic tag (6-16)
```
Unset keys are ``None`` so that a layered config (``[extend]``) only overrides what a layer sets.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from .styles import STYLES
from .tables import check_keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


#: sessions unused this many days are deleted (sessions.py); here, so that reading a config does not
#: import the session store
DEFAULT_MAX_AGE_DAYS = 30


class SessionConfigError(ValueError):
    pass


@dataclass(frozen=True)
class SessionSettings:
    max_age_days: float | None = None
    style: str | None = None
    deterministic: bool | None = None
    tag_length: int | None = None

    @property
    def effective_max_age_days(self) -> float:
        return DEFAULT_MAX_AGE_DAYS if self.max_age_days is None else self.max_age_days


def parse_session_sections(doc: dict[str, Any], source: str) -> SessionSettings:
    session, ph = doc.get("session", {}), doc.get("placeholders", {})
    for name, table, known in (("session", session, {"max_age_days"}), ("placeholders", ph, {"style", "deterministic", "tag_length"})):
        if not isinstance(table, dict):
            raise SessionConfigError(f"{source}: [{name}] must be a table")
        check_keys(table, known, f"{source}: [{name}]", SessionConfigError)
    age = session.get("max_age_days")
    if age is not None and (isinstance(age, bool) or not isinstance(age, (int, float)) or age < 0):
        raise SessionConfigError(f"{source}: [session] max_age_days must be a number of days ≥ 0 (0: keep forever)")
    style = ph.get("style")
    if style is not None and style not in STYLES:
        raise SessionConfigError(f"{source}: [placeholders] style must be one of {', '.join(STYLES)}")
    det = ph.get("deterministic")
    if det is not None and not isinstance(det, bool):
        raise SessionConfigError(f"{source}: [placeholders] deterministic must be true or false")
    length = ph.get("tag_length")
    if length is not None and (isinstance(length, bool) or not isinstance(length, int) or not 6 <= length <= 16):
        raise SessionConfigError(f"{source}: [placeholders] tag_length must be an integer from 6 to 16")
    return SessionSettings(age, style, det, length)


def merge(base: SessionSettings, over: SessionSettings) -> SessionSettings:
    """``over`` on top of ``base``: the keys ``over`` sets win."""
    return replace(base, **{f.name: getattr(over, f.name) for f in fields(over) if getattr(over, f.name) is not None})
