"""What every command shares, free of the CLI framework: one-line errors, fail-closed handling,
vault and config resolution, outputs.

Why not in cli.py: the quick path in :mod:`.entry` serves ``promptscrub redact`` without importing
Typer (~40 ms of a one-line redact), so the commands' logic must not need it.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path


class Fail(Exception):
    """A usage/config/I/O problem: one line on stderr, exit 2."""


def err(msg: str) -> None:
    sys.stderr.write(f"promptscrub: {msg}\n")


@contextlib.contextmanager
def fail_closed() -> Iterator[None]:
    """Turn every failure into one stderr line and exit 2; nothing unredacted reaches stdout."""
    from .config import ConfigError
    from .inputs import InputError
    from .rules import RuleError
    from .vault import VaultError

    try:
        yield
    except (Fail, ConfigError, InputError, RuleError, VaultError) as exc:
        err(str(exc))
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        err("interrupted; nothing was written to stdout")
        raise SystemExit(130) from None
    except BrokenPipeError:
        _drop_stdout()
        raise SystemExit(2) from None
    except OSError as exc:  # a full disk or a failing device under stdout or an output file: not a bug of ours
        if exc.filename is None and exc.errno is None:
            err(f"internal error ({type(exc).__name__}: {exc}); nothing was written to stdout")
        elif exc.filename is not None:  # a file we read or wrote: its name and the reason
            err(f"{exc.filename}: {exc.strerror or exc}")
        else:  # no name: the stream we write to (stdout)
            err(f"output: cannot write: {exc.strerror or exc}")
        _drop_stdout()
        raise SystemExit(2) from None
    except Exception as exc:  # noqa: BLE001 - fail closed on anything unexpected
        if _framework_exit(exc):
            raise
        err(f"internal error ({type(exc).__name__}: {exc}); nothing was written to stdout")
        raise SystemExit(2) from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's flush at exit does not fail a second time on a
    closed pipe or a full device (which prints "Exception ignored ..." and exits 120)."""
    with contextlib.suppress(Exception):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115


def _framework_exit(exc: Exception) -> bool:
    """Typer's ``Exit`` (an ``Exception``) raised inside a command is its exit code, not a failure."""
    typer = sys.modules.get("typer")
    return typer is not None and isinstance(exc, typer.Exit)


def default_vault_path() -> Path:
    from .paths import state_dir

    return state_dir() / "sessions" / "default.json"


def session_vault(session: str | None, map_path: Path | None) -> Path:
    """``--map`` wins, else the named session's vault (#6: sessions.py)."""
    if map_path is not None:
        return map_path  # as sessions.vault_path decides, without importing the session store
    from .sessions import vault_path

    return vault_path(session, map_path)


def touch_session(path: Path) -> None:
    from .sessions import touch

    touch(path)


def choose_style(config, style: str | None, deterministic: bool | None):  # noqa: ANN001, ANN201 - see redact_style.py
    from .redact_style import StyleError, choose

    try:
        return choose(config, style, deterministic)
    except StyleError as exc:
        raise Fail(str(exc)) from None


def build(config: Path | None):  # noqa: ANN201 - returns a Scrubber; imported lazily
    from .config import check_rule_ids, load_config
    from .rules import load_builtin_rules
    from .scrubber import build_scrubber

    cfg = load_config(config)
    if cfg.disabled_rules:  # rule ids, or the names of code detectors (build_scrubber skips those too)
        from .detectors import BUILTIN

        check_rule_ids(cfg, {r.id for r in load_builtin_rules()} | set(BUILTIN))
    scrubber = build_scrubber(cfg)
    settle()
    return scrubber


def settle() -> None:
    """Start-up is over: turn the garbage collector back on (the entry's quick path turns it off), with
    everything start-up made frozen, never scanned again.

    Why: start-up creates ~200k objects (modules, rules, detectors) that live to the end; collecting
    while it runs (~40 passes) and scanning them again at exit cost a one-line redact ~15 ms (issue #8).
    What runs after (the redaction) is collected as usual. A no-op where the collector is on (Typer's
    path, tests, a program using promptscrub): nothing of theirs is frozen."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def plan_outputs(paths: list[str] | None, out_dir: Path | None, quiet: bool):  # noqa: ANN201
    from .inputs import expand

    sources, skipped, had_dir = expand(paths or [])
    if not quiet:
        for s in skipped:
            err(f"skipped {s.display}: {s.reason}")
    if (len(sources) > 1 or had_dir) and out_dir is None:
        raise Fail("several inputs or a directory need --out-dir DIR")
    if out_dir is not None:
        resolved_inputs = {s.path.resolve() for s in sources if s.path is not None}
        for s in sources:
            target = (out_dir / s.rel).resolve()
            if target in resolved_inputs:
                raise Fail(f"{out_dir / s.rel}: output would overwrite an input; choose another --out-dir")
    return sources


def refuse_out_dir_over_inputs(paths: list[str], out_dir: Path) -> None:
    """A tree's ``--out-dir`` may lie inside an input directory (its files are then never read as input),
    but must not be an input directory or hold one: the outputs would overwrite the inputs, or every input
    would be skipped as earlier output and the run would "succeed" having redacted nothing."""
    out_root = out_dir.resolve()
    for p in paths:
        if p == "-":
            continue
        here = Path(p).resolve()
        if not here.is_dir():
            continue  # a file: plan_outputs refuses an output on top of it
        if here == out_root:
            raise Fail(f"{out_dir}: output would overwrite an input; choose another --out-dir")
        if out_root in here.parents:
            raise Fail(f"{out_dir}: --out-dir holds the input {p}, whose files would be skipped as output; "
                       "choose another --out-dir")


def write_output(text: str, rel: Path, out_dir: Path | None) -> None:
    data = text.encode("utf-8")
    if out_dir is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = out_dir / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, target)


def summary(counts: dict[str, int], verb: str, quiet: bool) -> None:
    if quiet or not sys.stderr.isatty():
        return
    total = sum(counts.values())
    detail = ", ".join(f"{t} {n}" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    err(f"{verb} {total}" + (f" ({detail})" if detail else ""))
