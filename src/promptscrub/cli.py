"""The command line: ``promptscrub [redact] | restore | scan | rules``.

Exit codes everywhere: 0 success / nothing found, 1 findings (scan only), 2 usage, config or I/O
error. Fail closed: output is produced only after everything it depends on succeeded, and any error
prints one line on stderr.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

app = typer.Typer(
    add_completion=True,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    help="Redact secrets, personal data and company internals before text goes to an AI model; restore the answer.",
)
rules_app = typer.Typer(help="List, check and try rule packs.", pretty_exceptions_enable=False)
app.add_typer(rules_app, name="rules")



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
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        err("interrupted; nothing was written to stdout")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        with contextlib.suppress(Exception):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        raise typer.Exit(2) from None
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - fail closed on anything unexpected
        err(f"internal error ({type(exc).__name__}: {exc}); nothing was written to stdout")
        raise typer.Exit(2) from None


def version_cb(value: bool) -> None:
    if value:
        sys.stdout.write(f"promptscrub {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=version_cb, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Redact secrets, personal data and company internals before text goes to an AI model.

    \b
    Examples:
      promptscrub prompt.txt > safe.txt        same as `promptscrub redact prompt.txt`
      pbpaste | promptscrub | pbcopy           stdin to stdout
      promptscrub restore answer.txt           put the real values back
      promptscrub scan src/ --format jsonl     report only; exit 1 when anything is found
      promptscrub run -- claude -p "..."       wrap an AI CLI: redacted prompt, restored answer
      eval "$(promptscrub shell-init zsh)"     do that for every AI CLI on PATH
      promptscrub clip                         redact the clipboard in place (--restore: undo)
      promptscrub hook install claude-code     block prompts/tool calls that carry secrets
    """


PathsArg = Annotated[Optional[list[str]], typer.Argument(metavar="[PATH|-]...", help="Files or directories; none or '-' reads stdin.")]
OutDirOpt = Annotated[Optional[Path], typer.Option("--out-dir", help="Write each output under DIR at its relative path (required for several inputs or a directory).")]
from .cli_options import ConfigOpt, MapOpt, QuietOpt, SessionOpt  # noqa: E402 - shared with run/clip/hook
StyleOpt = Annotated[Optional[str], typer.Option("--style", help="tag (<EMAIL_1>, default), fake (realistic surrogates, reversible), mask or hash (irreversible, no mapping kept).")]
DeterministicOpt = Annotated[Optional[bool], typer.Option("--deterministic/--no-deterministic", help="Placeholders from a keyed hash (<EMAIL_3fa9c1>): every process with the same key agrees. Key: PROMPTSCRUB_DETERMINISTIC_KEY or the vault key.")]


def default_vault_path() -> Path:
    from .paths import state_dir

    return state_dir() / "sessions" / "default.json"


def session_vault(session: str | None, map_path: Path | None) -> Path:
    """``--map`` wins, else the named session's vault (#6: sessions.py)."""
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
    if cfg.disabled_rules:
        check_rule_ids(cfg, {r.id for r in load_builtin_rules()})
    return build_scrubber(cfg)


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


def redact(paths: PathsArg = None, map_path: MapOpt = None, out_dir: OutDirOpt = None, config: ConfigOpt = None, quiet: QuietOpt = False,
           jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes for a directory (default: all cores).")] = None,
           include: Annotated[Optional[list[str]], typer.Option("--include", help="Only files matching this glob (path or name; repeatable).")] = None,
           exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Skip files matching this glob (path or name; repeatable).")] = None,
           engine: Annotated[str, typer.Option("--engine", help="local, or spark for a directory (needs promptscrub[spark] and PROMPTSCRUB_DETERMINISTIC_KEY).")] = "local",
           master: Annotated[str, typer.Option("--master", help="Spark master URL for --engine spark.")] = "local[*]",
           session: SessionOpt = None, style: StyleOpt = None, deterministic: DeterministicOpt = None) -> None:
    """Replace what must not leave the machine with placeholders; keep the mapping for restore.

    \b
    Examples:
      promptscrub redact prompt.txt > safe.txt
      git diff | promptscrub redact | llm "review this"
      promptscrub redact src/ --out-dir safe/ --map m.json
      promptscrub redact repo/ --out-dir safe/ --jobs 4 --include '*.py' --exclude 'tests/*'
      promptscrub redact --session review-42 --style fake < prompt.txt
    """
    from collections import Counter

    from .inputs import read_or_stream, read_text
    from .redact_style import configure, expire_sessions, irreversible_outputs
    from .vault import Vault, locked

    with fail_closed():
        vault_path = session_vault(session, map_path)
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
        for text, rel in pending:
            write_output(text, rel, None)
        summary(counts, "redacted", quiet)


def restore(
    paths: PathsArg = None,
    map_path: MapOpt = None,
    out_dir: OutDirOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any placeholder could not be resolved.")] = False,
    quiet: QuietOpt = False,
    session: SessionOpt = None,
) -> None:
    """Put the original values back into text that carries placeholders (an AI's answer).

    Accepts what models do to placeholders (<Email_1>, [EMAIL_1], EMAIL 1, &lt;EMAIL_1&gt;...) but
    resolves only the exact type and id the mapping holds. Stdin is restored as it arrives.

    \b
    Examples:
      promptscrub restore answer.txt
      llm "..." < safe.txt | promptscrub restore
      promptscrub restore --session review-42 answer.md
    """
    from .inputs import read_text
    from .restore import restore as do_restore
    from .vault import Vault

    with fail_closed():
        sources = plan_outputs(paths, out_dir, quiet)
        vault_path = session_vault(session, map_path)
        if map_path is not None and not map_path.exists():
            raise Fail(f"{map_path}: mapping file not found")
        vault = Vault.load(vault_path)
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
            raise typer.Exit(1)


def scan(
    paths: PathsArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, jsonl or sarif (SARIF 2.1.0 for code scanning).")] = "text",
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when something is found.")] = False,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Accept the findings recorded in this baseline file; report only new ones.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Record every current finding (as keyed hashes, never values) in this file and exit 0.")] = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Report findings without changing anything (never the values); exit 1 when anything is found.

    \b
    Examples:
      promptscrub scan src/ --format jsonl
      promptscrub scan .env --exit-zero
      promptscrub scan . --format sarif > promptscrub.sarif
      promptscrub scan . --write-baseline .promptscrub-baseline.json
      promptscrub scan . --baseline .promptscrub-baseline.json
    """
    from .inputs import InputError, expand, read_text
    from .report import render

    with fail_closed():
        if fmt not in ("text", "json", "jsonl", "sarif"):
            raise Fail(f"--format must be text, json, jsonl or sarif, not {fmt!r}")
        scrubber = build(config)
        sources, skipped, _ = expand(paths or [])
        if not quiet:
            for s in skipped:
                err(f"skipped {s.display}: {s.reason}")
        results = []
        for src in sources:
            try:
                text = read_text(src)
            except InputError as exc:
                if len(sources) == 1:
                    raise
                if not quiet:
                    err(f"skipped {exc}")
                continue
            results.append((src.display, text, scrubber.find(text, src.path)))
        if baseline is not None or write_baseline is not None:
            from .baseline import apply_options

            kept = apply_options(results, baseline, write_baseline, quiet)
            if kept is None:
                return
            results = kept
        sys.stdout.write(render(results, fmt))
        found = any(f for _, _, f in results)
    if found and not exit_zero:
        raise typer.Exit(1)


@rules_app.command("list")
def rules_list(config: ConfigOpt = None) -> None:
    """List the rules in effect: id, category, type and description."""
    from .scrubber import select_rules

    with fail_closed():
        from .config import load_config

        for r in select_rules(load_config(config)):
            sys.stdout.write(f"{r.id}\t{r.category}\t{r.label}\t{r.description}\n")


@rules_app.command("check")
def rules_check(paths: Annotated[Optional[list[Path]], typer.Argument(help="Rule files or folders (default: the built-in packs).")] = None) -> None:
    """Validate rule files and config files' rules: each compiles, its examples match and its negative examples do not."""
    from .rulecheck import check_files
    from .rules import builtin_rules_dir, rule_files

    with fail_closed():
        files: list[Path] = []
        for p in paths or [builtin_rules_dir()]:
            files.extend(rule_files(p) if p.is_dir() else [p])
        count, problems = check_files(files)
        for line in problems:
            err(line)
        if problems:
            raise Fail(f"{len(problems)} problem(s) in {count} rule(s)")
        sys.stdout.write(f"{count} rules in {len(files)} file(s): all examples pass\n")


def register_extras() -> None:
    """The commands a one-line redaction never needs; each lives in its own module.

    Registered at import unless the entry point is serving a hot command (redact, restore, scan),
    where importing and building them would cost ~20 ms of a ~60 ms start.
    """
    from .cli_clip import clip_cmd
    from .cli_hook import hook_app
    from .cli_run import run_cmd
    from .cli_session import session_app
    from .rules_try import rules_test_cmd
    from .shell_init import shell_init_cmd

    # Everyday workflows (#7)
    app.command("run", context_settings={"allow_interspersed_args": False, "ignore_unknown_options": True})(run_cmd)
    app.command("shell-init")(shell_init_cmd)
    app.command("clip")(clip_cmd)
    app.add_typer(hook_app, name="hook")
    # Sessions (#6)
    app.add_typer(session_app, name="session")
    # Company rules (#5): try a rule set on a sample
    rules_app.command("test")(rules_test_cmd)


from . import entry  # noqa: E402

# a hot entry (``promptscrub redact ...``) builds only the command it serves
for _fn in (redact, restore, scan):
    if not entry.HOT or entry.HOT == _fn.__name__:
        app.command()(_fn)
if not entry.HOT:
    register_extras()


with_default_command = entry.with_default_command
main = entry.main
