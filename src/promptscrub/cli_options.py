"""Option types shared by the workflow commands (run, clip, hook), kept apart from cli.py.

cli.py imports the command modules to register them, so they must not import cli.py at import
time; they take their options from here and cli.py's helpers lazily, inside the commands.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

MapOpt = Annotated[Optional[Path], typer.Option("--map", help="Mapping file to read (if present) and write. Default: the per-user session vault.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="Config file (default: discovered .promptscrub.toml / pyproject.toml / user config).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No summary or notes on stderr.")]
SessionOpt = Annotated[Optional[str], typer.Option("--session", envvar="PROMPTSCRUB_SESSION", help="Named session vault (default: the per-user default session). Also PROMPTSCRUB_SESSION.")]
