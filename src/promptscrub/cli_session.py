"""``promptscrub session list|show|clear|export|import``: look after the session vaults.

``show`` prints placeholders and types, never the values unless ``--reveal``; ``export`` writes a
file (0600, encrypted when a vault key is set) and refuses stdout unless ``--stdout`` is given.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli_options import ConfigOpt

session_app = typer.Typer(help="List, show, clear, export and import session vaults.", pretty_exceptions_enable=False, no_args_is_help=True)

NameArg = Annotated[Optional[str], typer.Argument(metavar="[NAME]", help="Session name (default: default).")]
MapOpt = Annotated[Optional[Path], typer.Option("--map", help="A mapping file instead of a session.")]


def _max_age(config: Path | None) -> float:
    from .config import load_config

    return load_config(config).session.effective_max_age_days


def _vault_path(name: str | None, map_path: Path | None, must_exist: bool = True) -> Path:
    from .cli import Fail
    from .sessions import vault_path

    path = vault_path(name, map_path)
    if must_exist and not path.exists():
        raise Fail(f"{path}: no such session or mapping file" if map_path else f"session {name or 'default'!r} does not exist (see `promptscrub session list`)")
    return path


@session_app.command("list")
def list_cmd(config: ConfigOpt = None) -> None:
    """Sessions with their size, last use and when they expire ([session] max_age_days)."""
    from .cli import fail_closed
    from .sessions import list_sessions
    from .vault_crypto import is_encrypted

    with fail_closed():
        max_age = _max_age(config)
        now = time.time()
        for info in list_sessions():
            age = info.age_days(now)
            when = "never" if max_age <= 0 else ("expired" if age >= max_age else f"in {max_age - age:.1f}d")
            enc = "encrypted" if is_encrypted(info.path) else "plain"
            sys.stdout.write(f"{info.name}\t{info.size} bytes\t{enc}\tused {age:.1f}d ago\texpires {when}\n")


@session_app.command("show")
def show_cmd(name: NameArg = None, map_path: MapOpt = None,
             reveal: Annotated[bool, typer.Option("--reveal", help="Also print the original values (they are secrets).")] = False) -> None:
    """Placeholders and their types (values only with --reveal)."""
    from .cli import fail_closed
    from .vault import Vault

    with fail_closed():
        vault = Vault.load(_vault_path(name, map_path))
        for e in sorted(vault.entries(), key=lambda e: (e.type, e.placeholder)):
            sys.stdout.write(f"{e.placeholder}\t{e.type}" + (f"\t{e.value}" if reveal else "") + "\n")


@session_app.command("clear")
def clear_cmd(name: NameArg = None,
              all_: Annotated[bool, typer.Option("--all", help="Delete every session.")] = False,
              expired: Annotated[bool, typer.Option("--expired", help="Delete only sessions past [session] max_age_days.")] = False,
              config: ConfigOpt = None) -> None:
    """Delete a session vault (the placeholders in old answers can no longer be restored)."""
    from .cli import Fail, err, fail_closed
    from .sessions import delete, list_sessions, purge_expired

    with fail_closed():
        if expired:
            gone = purge_expired(_max_age(config))
        elif all_:
            gone = [i.name for i in list_sessions() if delete(i.name)]
        else:
            target = name or "default"
            if not delete(target):
                raise Fail(f"session {target!r} does not exist")
            gone = [target]
        err(f"deleted {len(gone)} session(s)" + (f": {', '.join(gone)}" if gone else ""))


@session_app.command("export")
def export_cmd(target: Annotated[str, typer.Argument(metavar="PATH", help="File to write (use --stdout to print instead).")],
               name: Annotated[Optional[str], typer.Option("--session", help="Session to export (default: default).")] = None,
               to_stdout: Annotated[bool, typer.Option("--stdout", help="Allow PATH '-': print the mapping, values included.")] = False) -> None:
    """Write the session's mapping to a file usable with --map (0600; encrypted when a vault key is set)."""
    from .cli import Fail, fail_closed
    from .vault import Vault

    with fail_closed():
        vault = Vault.load(_vault_path(name, None))
        if target == "-":
            if not to_stdout:
                raise Fail("refusing to print the mapping (it holds the original values) to stdout; give a file, or --stdout")
            import json

            sys.stdout.write(json.dumps(vault.to_json(), ensure_ascii=False, indent=1) + "\n")
            return
        path = Path(target)
        if path.exists():
            raise Fail(f"{path}: already exists; refusing to overwrite")
        vault.save(path)


@session_app.command("import")
def import_cmd(source: Annotated[Path, typer.Argument(metavar="PATH", help="A mapping file (e.g. from another machine in --deterministic mode).")],
               name: Annotated[Optional[str], typer.Option("--session", help="Session to merge into (default: default).")] = None) -> None:
    """Merge a mapping file into a session; refused if any placeholder would mean two values."""
    from .cli import Fail, err, fail_closed
    from .vault import Vault, locked

    with fail_closed():
        if not source.exists():
            raise Fail(f"{source}: mapping file not found")
        other = Vault.load(source)
        path = _vault_path(name, None, must_exist=False)
        with locked(path):
            vault = Vault.load(path)
            added = vault.merge(other)
            if vault.changed:
                vault.save(path)
        err(f"merged {added} entr{'y' if added == 1 else 'ies'} into session {name or 'default'!r}")
