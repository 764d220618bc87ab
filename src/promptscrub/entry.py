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


#: The options the quick path understands, per command: flag → (keyword, takes a value). Anything else
#: (``--help``, ``--jobs``, a typo...) goes to Typer, which owns parsing, help and usage errors.
QUICK_OPTIONS = {
    "redact": {"--map": ("map_path", True), "--config": ("config", True), "--session": ("session", True),
               "--style": ("style", True), "--out-dir": ("out_dir", True), "--quiet": ("quiet", False),
               "-q": ("quiet", False), "--deterministic": ("deterministic", False),
               "--no-deterministic": ("deterministic", False)},
    "restore": {"--map": ("map_path", True), "--session": ("session", True), "--out-dir": ("out_dir", True),
                "--strict": ("strict", False), "--quiet": ("quiet", False), "-q": ("quiet", False)},
}
PATH_OPTIONS = {"map_path", "config", "out_dir"}


def quick_args(argv: list[str]) -> dict[str, object] | None:
    """The command's keyword arguments when ``argv`` is ``redact`` or ``restore`` with only the common
    options, else None.

    Why: importing Typer and building its command costs ~50 ms, most of a one-line redact in a pipe (and
    of the restore of its answer). The values are exactly what Typer would pass (last repeat wins,
    ``--opt=value``, paths as ``Path``, ``--session`` from PROMPTSCRUB_SESSION); tests run both paths on
    the same command lines.
    """
    from pathlib import Path

    if len(argv) < 1 or argv[0] not in QUICK_OPTIONS or "_PROMPTSCRUB_COMPLETE" in os.environ:
        return None
    options = QUICK_OPTIONS[argv[0]]
    kwargs: dict[str, object] = {"paths": [], "quiet": False}
    i = 1
    while i < len(argv):
        tok = argv[i]
        i += 1
        if tok == "-" or not tok.startswith("-"):
            kwargs["paths"].append(tok)  # type: ignore[union-attr]
            continue
        name, _, inline = tok.partition("=")
        spec = options.get(name)
        if spec is None:
            return None
        key, takes_value = spec
        if not takes_value:
            if "=" in tok:
                return None
            kwargs[key] = name != "--no-deterministic"
            continue
        if "=" in tok:
            value = inline
        elif i < len(argv) and not argv[i].startswith("-"):
            value = argv[i]
            i += 1
        else:
            return None  # a missing value: Typer says what is wrong
        if not value:
            return None
        kwargs[key] = Path(value) if key in PATH_OPTIONS else value
    if "session" not in kwargs:
        kwargs["session"] = os.environ.get("PROMPTSCRUB_SESSION") or None
    kwargs["paths"] = kwargs["paths"] or None
    return kwargs


def main() -> None:
    global HOT
    from .dataclass_cache import install

    install()  # our data types' methods from the cache, not compiled at every start
    argv = with_default_command(sys.argv[1:])
    quick = quick_args(argv)
    if quick is not None:
        import gc

        gc.disable()  # start-up without collections: cli_common.settle turns them back on
        if argv[0] == "restore":
            from .restore_command import restore as command
        else:
            from .redact_command import redact as command
        command(**quick)  # type: ignore[arg-type]
        gc.freeze()  # the output is written: spare the exit a full collection of what the run made
        sys.exit(0)
    # shell completion (Typer's _PROMPTSCRUB_COMPLETE) must see every command
    HOT = argv[0] if argv[0] in HOT_COMMANDS and "_PROMPTSCRUB_COMPLETE" not in os.environ else ""
    from .cli import app

    app(args=argv, prog_name="promptscrub")
