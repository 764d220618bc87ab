"""``promptscrub redact``: read, redact, write the vault, then print (fail closed).

Framework-free so that :mod:`.entry`'s quick path can run it without importing Typer; cli.py's
``redact`` command only declares the options and calls :func:`redact`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .cli_common import (Fail, build, choose_style, fail_closed, plan_outputs, refuse_out_dir_over_inputs, session_vault, settle,
                         summary, touch_session, write_output)


def redact(paths: list[str] | None = None, map_path: Path | None = None, out_dir: Path | None = None,
           config: Path | None = None, quiet: bool = False,
           jobs: int | None = None, include: list[str] | None = None, exclude: list[str] | None = None,
           engine: str = "local", master: str = "local[*]", session: str | None = None, style: str | None = None,
           deterministic: bool | None = None) -> None:
    """``promptscrub redact`` (see cli.py for the options' help): called by Typer, or directly by the quick path."""
    from collections import Counter

    from .inputs import read_or_stream, read_text
    from .redact_style import configure, expire_sessions, irreversible_outputs
    from .vault import Vault, locked

    with fail_closed():
        vault_path = session_vault(session, map_path)
        if engine != "local" or out_dir is not None:
            settle()  # many inputs: no start-up to speed up, collect as usual from the start
        if out_dir is not None:
            refuse_out_dir_over_inputs(paths or [], out_dir)
        if engine != "local":
            from .spark_files import redact_with_engine  # Spark (#9): loaded only when asked for

            redact_with_engine(engine, master, paths or [], out_dir, vault_path, config, include or [], exclude or [], quiet)
            return
        if out_dir is not None and any(p != "-" and Path(p).is_dir() for p in paths or []):
            from .batch import redact_tree  # trees only: processes, progress bar, resumable manifest

            if style not in (None, "tag") or deterministic:
                raise Fail("--style and --deterministic are not supported for directories yet")
            redact_tree(paths or [], out_dir, vault_path, config, jobs, include or [], exclude or [], quiet)
            return
        scrubber = build(config)
        choice = choose_style(scrubber.config, style, deterministic)
        sources = plan_outputs(paths, out_dir, quiet)
        counts: Counter[str] = Counter()
        if not choice.reversible:  # mask / hash: nothing to restore, so no vault is read or written
            outputs = list(irreversible_outputs(scrubber, sources, choice, counts))
            for text, rel in outputs:
                write_output(text, rel, out_dir)
            summary(counts, "redacted", quiet)
            return
        if map_path is None:
            expire_sessions(scrubber.config)
        with locked(vault_path):
            vault = configure(Vault.load(vault_path), choice)
            pending: list[tuple[str, Path]] = []
            try:
                for src in sources:
                    data = read_or_stream(src) if out_dir is None and len(sources) == 1 else read_text(src)
                    if not isinstance(data, str):  # large input: redact and write as it streams
                        for piece in scrubber.redact_stream(data, vault, src.path, counts):
                            sys.stdout.buffer.write(piece.encode("utf-8"))
                        sys.stdout.buffer.flush()
                        continue
                    red = scrubber.redact(data, vault, path=src.path)
                    counts.update(red.counts())
                    if out_dir is None:
                        pending.append((red.text, src.rel))
                    else:
                        write_output(red.text, src.rel, out_dir)
            finally:
                if vault.changed:
                    vault.save(vault_path)
                elif map_path is None:
                    touch_session(vault_path)
            if not vault_path.exists():  # nothing found: `redact --map m | llm | restore --map m` still restores
                vault.save(vault_path)
        for text, rel in pending:
            write_output(text, rel, None)
        summary(counts, "redacted", quiet)


