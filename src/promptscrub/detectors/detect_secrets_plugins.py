"""detect-secrets' plugins as a detector, with its heuristic false-positive filters.

Off by default (``[detectors] detect_secrets = true`` turns it on): importing detect-secrets costs
~150 ms and its plugins scan ~0.1 MB/s, and our own rule packs cover what they find. It is there for
teams that want detect-secrets' exact behaviour on top. detect-secrets reports values, not offsets
(and for some plugins only part of the secret), so every reported value is located in its line here.
"""
from __future__ import annotations

from typing import Any

from ..findings import Finding

#: Plugins whose job our own detectors do better, or that flag public data (public IPs are not secrets).
SKIPPED = {"IPPublicDetector"}


class DetectSecretsDetector:
    name = "detect_secrets"

    def __init__(self, options: dict[str, Any]) -> None:
        from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
        from detect_secrets.filters import heuristic

        self.filename = str(options.get("filename", "prompt.txt"))
        self.plugins = [cls() for cls in get_mapping_from_secret_type_to_class().values() if cls.__name__ not in SKIPPED]
        self.filters = [heuristic.is_sequential_string, heuristic.is_potential_uuid, heuristic.is_likely_id_string,
                        heuristic.is_templated_secret, heuristic.is_prefixed_with_dollar_sign,
                        heuristic.is_indirect_reference, heuristic.is_not_alphanumeric_string]

    def _filtered(self, value: str, line: str) -> bool:
        for f in self.filters:
            names = f.__code__.co_varnames[: f.__code__.co_argcount]
            args = {"secret": value, "line": line, "filename": self.filename}
            try:
                if f(**{k: args[k] for k in names if k in args}):
                    return True
            except Exception:  # noqa: BLE001 - a filter that cannot judge does not filter
                continue
        return False

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        offset = 0
        for no, line in enumerate(text.splitlines(keepends=True), 1):
            for plugin in self.plugins:
                for secret in plugin.analyze_line(filename=self.filename, line=line, line_number=no):
                    value = secret.secret_value
                    if not value or self._filtered(value, line):
                        continue
                    start = line.find(value)
                    while start >= 0:
                        out.append(Finding(offset + start, offset + start + len(value), "secret",
                                           type_for(secret.type), "detect-secrets:" + plugin.__class__.__name__, 0.6))
                        start = line.find(value, start + len(value))
            offset += len(line)
        return out


def type_for(secret_type: str) -> str:
    """``"Slack Token"`` → ``SLACK_TOKEN``."""
    from ..rules import type_from_id

    return type_from_id(secret_type)
