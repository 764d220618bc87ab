"""Agent hooks: decide, from an AI agent's hook payload, whether a prompt or a tool call may go out.

Each agent (Claude Code, Codex CLI, Gemini CLI) sends one JSON object on stdin naming its event; we
scan the prompt (UserPromptSubmit / BeforeAgent) or every string in the tool's input (PreToolUse /
BeforeTool) and answer in that agent's own reply format. The reply names what was found — types and
counts, never the values — because it is shown to the user and, for tool calls, to the model.
Schemas followed: see docs/hooks.md (sources and dates).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .findings import CATEGORIES, Finding

AGENTS = ("claude-code", "codex", "gemini")
#: events that carry a prompt, and events that carry a tool call, per agent
PROMPT_EVENTS = {"claude-code": "UserPromptSubmit", "codex": "UserPromptSubmit", "gemini": "BeforeAgent"}
TOOL_EVENTS = {"claude-code": "PreToolUse", "codex": "PreToolUse", "gemini": "BeforeTool"}
DEFAULT_BLOCK = frozenset({"secret"})


class PayloadError(ValueError):
    """A hook payload that is not what the agent documents; the hook then blocks (fail closed)."""


@dataclass(frozen=True)
class Decision:
    """What to tell the agent: ``stdout`` (may be empty) and the exit code (0 = the agent reads stdout)."""

    blocked: bool
    stdout: str
    exit_code: int = 0
    summary: str = ""


def parse_payload(raw: str) -> dict:
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise PayloadError(f"hook payload is not JSON ({exc.msg} at char {exc.pos})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("hook_event_name"), str):
        raise PayloadError("hook payload has no hook_event_name")
    return doc


def strings_in(value: object) -> Iterator[str]:
    """Every string inside a tool input (commands, file contents, URLs, nested edits), keys excluded."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)


def texts_for(agent: str, doc: dict) -> tuple[str, list[str]] | None:
    """``(kind, texts)`` to scan for this event, or None for an event we do not police."""
    event = doc["hook_event_name"]
    if event == PROMPT_EVENTS[agent]:
        prompt = doc.get("prompt")
        if not isinstance(prompt, str):
            raise PayloadError(f"{event} payload has no prompt string")
        return "prompt", [prompt]
    if event == TOOL_EVENTS[agent]:
        if "tool_input" not in doc:
            raise PayloadError(f"{event} payload has no tool_input")
        return "tool", list(strings_in(doc["tool_input"]))
    return None


def describe(findings: list[Finding]) -> str:
    """``2 secret (AWS_ACCESS_KEY, GITHUB_TOKEN), 1 custom (ACME_TICKET)``: kinds and counts, no values."""
    by_cat: dict[str, Counter[str]] = {}
    for f in findings:
        by_cat.setdefault(f.category, Counter())[f.type] += 1
    parts = []
    for cat in sorted(by_cat, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else 99):
        types = by_cat[cat]
        parts.append(f"{sum(types.values())} {cat} ({', '.join(sorted(types))})")
    return ", ".join(parts)


def decide(agent: str, doc: dict, findings: list[Finding], block: frozenset[str]) -> Decision:
    """The agent-specific reply for the findings of the category set ``block``."""
    event = doc["hook_event_name"]
    hits = [f for f in findings if f.category in block]
    allow_out = "{}\n" if agent == "gemini" else ""  # Gemini parses stdout as JSON; the others add plain stdout to the context
    if not hits:
        return Decision(False, allow_out)
    what = describe(hits)
    tool = doc.get("tool_name")
    if event == PROMPT_EVENTS[agent]:
        reason = (f"promptscrub blocked this prompt: it contains {what}. Nothing was sent. Remove or redact it "
                  f"(`promptscrub clip`, or `promptscrub run -- ...`) and send it again.")
    else:
        reason = (f"promptscrub blocked the {tool or 'tool'} call: its input contains {what}. "
                  f"Do not put such values in tool calls; use an environment variable or a file reference instead.")
    if event == TOOL_EVENTS[agent] and agent in ("claude-code", "codex"):
        reply: dict = {"hookSpecificOutput": {"hookEventName": event, "permissionDecision": "deny", "permissionDecisionReason": reason}}
    elif agent == "gemini":
        reply = {"decision": "deny", "reason": reason, "systemMessage": reason}
    else:
        reply = {"decision": "block", "reason": reason}
    return Decision(True, json.dumps(reply) + "\n", 0, what)


def parse_block(spec: str) -> frozenset[str]:
    """``--block secret,pii`` or ``all`` → the set of categories that block."""
    if spec.strip() == "all":
        return frozenset(CATEGORIES)
    cats = frozenset(c.strip() for c in spec.split(",") if c.strip())
    unknown = sorted(cats - set(CATEGORIES))
    if unknown or not cats:
        raise ValueError(f"--block takes categories from {', '.join(CATEGORIES)} (or 'all'), not {spec!r}")
    return cats
