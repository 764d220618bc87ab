"""The console entry point: picks the command, and keeps the hot path (redact/restore/scan) lean.

It must stay import-free: it decides, before ``cli`` is imported, whether the rarely used commands
(run, hook, clip, session, ...) need registering at all.
"""
from __future__ import annotations

import os
import sys

COMMANDS = {"redact", "restore", "scan", "rules", "run", "shell-init", "clip", "hook", "session"}
TOP_LEVEL_FLAGS = {"--help", "-h", "--version", "--install-completion", "--show-completion"}
#: Commands served without registering the others (their own ``--help`` still works).
HOT_COMMANDS = {"redact", "restore", "scan"}
#: The hot command being served, set by :func:`main` before ``cli`` is imported; empty for anyone
#: importing ``cli`` directly (tests, ``--help``), who gets every command.
HOT = ""


def with_default_command(argv: list[str]) -> list[str]:
    """A bare ``promptscrub [PATH]`` means ``promptscrub redact [PATH]``."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in TOP_LEVEL_FLAGS):
        return ["redact", *argv]
    return argv


def main() -> None:
    global HOT
    argv = with_default_command(sys.argv[1:])
    # shell completion (Typer's _PROMPTSCRUB_COMPLETE) must see every command
    HOT = argv[0] if argv[0] in HOT_COMMANDS and "_PROMPTSCRUB_COMPLETE" not in os.environ else ""
    from .cli import app

    app(args=argv, prog_name="promptscrub")
