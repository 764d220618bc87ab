"""``promptscrub hook install AGENT``: add our hook to an agent's settings file, and nothing else.

The change is shown as a diff first. Other settings and other hooks are preserved; an existing entry
of ours is not added twice. The old file is kept as ``<name>.promptscrub.bak`` and the new one is
written atomically (temp file, fsync, rename) with the old file's permissions.
"""
from __future__ import annotations

import copy
import difflib
import json
import os
import shlex
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write
from .hooks import PROMPT_EVENTS, TOOL_EVENTS

MARK = "promptscrub"


class InstallError(Exception):
    """A settings file we must not touch (not JSON, not an object, unreadable)."""


@dataclass(frozen=True)
class Target:
    agent: str
    path: Path
    #: extra text for the user after installing (a trust step, a feature flag)
    note: str = ""


def settings_path(agent: str, scope: str, cwd: Path | None = None, home: Path | None = None) -> Target:
    """Where each agent reads hooks: user scope under the home folder, project scope under the repo."""
    home = home or Path.home()
    cwd = cwd or Path.cwd()
    if agent == "claude-code":
        folder = {"user": home / ".claude", "project": cwd / ".claude", "local": cwd / ".claude"}[scope]
        name = "settings.local.json" if scope == "local" else "settings.json"
        return Target(agent, folder / name, "Claude Code picks the hook up in new sessions; `/hooks` lists it.")
    if agent == "codex":
        if scope == "local":
            raise InstallError("codex has no local settings scope; use --scope user or project")
        folder = home / ".codex" if scope == "user" else cwd / ".codex"
        return Target(agent, folder / "hooks.json",
                      "Codex runs new hooks only after you review and trust them: open `/hooks` in codex. "
                      "Older codex versions also need `[features] codex_hooks = true` in config.toml.")
    if agent == "gemini":
        if scope == "local":
            raise InstallError("gemini has no local settings scope; use --scope user or project")
        folder = home / ".gemini" if scope == "user" else cwd / ".gemini"
        return Target(agent, folder / "settings.json", "Gemini CLI reads hooks at start-up; `/hooks` lists them.")
    raise InstallError(f"unknown agent {agent!r}")


def hook_command(agent: str, block: str | None) -> str:
    """Our own interpreter and module, so the hook works whatever PATH the agent runs it with."""
    argv = [sys.executable, "-m", "promptscrub", "hook", agent]
    if block:
        argv += ["--block", block]
    return shlex.join(argv)


def is_ours(handler: object) -> bool:
    return isinstance(handler, dict) and MARK in str(handler.get("command", "")) and " hook " in f" {handler.get('command', '')} "


def entries(agent: str, command: str) -> dict[str, dict]:
    """One matcher group per event, in each agent's documented shape."""
    handler: dict = {"type": "command", "command": command}
    if agent == "gemini":
        handler |= {"name": MARK, "timeout": 10000, "description": "Block prompts and tool calls that carry secrets"}
    elif agent == "claude-code":
        handler |= {"timeout": 10}
    prompt_group = {"hooks": [handler]}
    tool_group = {"matcher": "*", "hooks": [dict(handler)]} if agent == "claude-code" else {"hooks": [dict(handler)]}
    return {PROMPT_EVENTS[agent]: prompt_group, TOOL_EVENTS[agent]: tool_group}


def merged(doc: dict, agent: str, command: str) -> dict:
    """``doc`` plus our entries; any previous entry of ours is replaced, everything else kept as is."""
    new = copy.deepcopy(doc)
    hooks = new.setdefault("hooks", {})
    if not isinstance(hooks, dict):
        raise InstallError("'hooks' is not an object; fix the file by hand first")
    for event, group in entries(agent, command).items():
        groups = hooks.setdefault(event, [])
        if not isinstance(groups, list):
            raise InstallError(f"'hooks.{event}' is not a list; fix the file by hand first")
        kept = []
        for g in groups:
            if isinstance(g, dict) and isinstance(g.get("hooks"), list):
                rest = [h for h in g["hooks"] if not is_ours(h)]
                if not rest and g["hooks"]:
                    continue
                g = {**g, "hooks": rest}
            kept.append(g)
        hooks[event] = kept + [group]
    return new


def load(path: Path) -> tuple[str, dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return "", {}
    except (OSError, UnicodeDecodeError) as exc:
        raise InstallError(f"{path}: cannot read: {exc}") from None
    if not text.strip():
        return text, {}
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstallError(f"{path}: not valid JSON (line {exc.lineno}); left untouched") from None
    if not isinstance(doc, dict):
        raise InstallError(f"{path}: not a JSON object; left untouched")
    return text, doc


def render(doc: dict) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def diff(path: Path, old: str, new: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"{path} (now)" if old else "/dev/null", tofile=f"{path} (after)"))


def write_with_backup(path: Path, old: str, new: str) -> Path | None:
    """Back the old file up, then replace it atomically keeping its mode; the backup path, if any."""
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = None
    mode = 0o600
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        backup = path.with_name(path.name + ".promptscrub.bak")
        backup.write_text(old, encoding="utf-8")
        os.chmod(backup, mode)
    try:
        atomic_write(path, new.encode("utf-8"), mode)
    except OSError as exc:
        raise InstallError(f"{path}: cannot write: {exc.strerror}") from None
    return backup
