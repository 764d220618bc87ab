"""``promptscrub restore``: put the original values back into an AI's answer (stdin as it arrives).

Framework-free, like :mod:`.redact_command`, so that :mod:`.entry`'s quick path can run it without
importing Typer: restore runs after every answer in an alias, so its start matters as much as redact's.
cli.py's ``restore`` command only declares the options and calls :func:`restore`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .cli_common import Fail, err, fail_closed, plan_outputs, session_vault, settle, touch_session, write_output


def restore(paths: list[str] | None = None, map_path: Path | None = None, out_dir: Path | None = None,
            strict: bool = False, quiet: bool = False, session: str | None = None) -> None:
    """``promptscrub restore`` (see cli.py for the options' help): called by Typer, or directly by the
    quick path. Exits 1 with ``strict`` when a placeholder is not in the mapping."""
    from .inputs import read_text
    from .restore import restore as do_restore
    from .vault import Vault

    with fail_closed():
        sources = plan_outputs(paths, out_dir, quiet)
        vault_path = session_vault(session, map_path)
        if map_path is not None and not map_path.exists():
            raise Fail(f"{map_path}: mapping file not found")
        vault = Vault.load(vault_path)
        settle()  # start-up is over (the answer may be long: collect as usual from here)
        if map_path is None:
            touch_session(vault_path)  # a session's age counts from its last use
        unresolved: list[str] = []
        pending = []
        if len(sources) == 1 and sources[0].path is None and out_dir is None:  # stdin: restore as it arrives
            from .stream_restore import restore_stream

            unresolved = restore_stream(sys.stdin.buffer, sys.stdout.buffer, vault).unresolved
            sources = []
        for src in sources:
            res = do_restore(read_text(src), vault)
            unresolved.extend(res.unresolved)
            if out_dir is None:
                pending.append((res.text, src.rel))
            else:
                write_output(res.text, src.rel, out_dir)
        for text, rel in pending:
            write_output(text, rel, None)
        if unresolved and not quiet:
            err(f"{len(unresolved)} placeholder(s) not in the mapping, left as they are: {', '.join(sorted(set(unresolved)))}")
    if unresolved and strict:
        raise SystemExit(1)
