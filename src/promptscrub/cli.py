"""The command line: ``promptscrub [redact] | restore | scan | rules``.

Exit codes everywhere: 0 success / nothing found, 1 findings (scan only), 2 usage, config or I/O
error. Fail closed: output is produced only after everything it depends on succeeded, and any error
prints one line on stderr.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .cli_common import (  # noqa: F401 - re-exported: the workflow commands import them from here
    Fail, build, choose_style, default_vault_path, err, fail_closed, plan_outputs, session_vault, summary,
    touch_session, write_output,
)

app = typer.Typer(
    add_completion=True,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    help="Redact secrets, personal data and company internals before text goes to an AI model; restore the answer.",
)
rules_app = typer.Typer(help="List, check and try rule packs.", pretty_exceptions_enable=False)
app.add_typer(rules_app, name="rules")


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
    from .redact_command import redact as run

    run(paths, map_path, out_dir, config, quiet, jobs, include, exclude, engine, master, session, style, deterministic)


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
    from .restore_command import restore as run

    run(paths, map_path, out_dir, strict, quiet, session)


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
    # gitleaks configs (#3): convert one to our format
    from .rules_import import rules_import_cmd

    rules_app.command("import")(rules_import_cmd)


from . import entry  # noqa: E402

# a hot entry (``promptscrub redact ...``) builds only the command it serves
for _fn in (redact, restore, scan):
    if not entry.HOT or entry.HOT == _fn.__name__:
        app.command()(_fn)
if not entry.HOT:
    register_extras()


with_default_command = entry.with_default_command
main = entry.main
