"""``promptscrub hook AGENT`` (the hook itself) and ``promptscrub hook install AGENT`` (set it up).

The hook reads the agent's JSON payload on stdin and answers on stdout in that agent's format. Fail
closed: a payload it cannot understand, or any internal error, blocks (exit 2 with one stderr line,
which Claude Code, Codex and Gemini CLI all treat as "block").
"""
from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from .cli_options import ConfigOpt

hook_app = typer.Typer(help="Agent hooks: block prompts and tool calls that carry secrets (Claude Code, Codex, Gemini CLI).",
                       pretty_exceptions_enable=False, no_args_is_help=True)

BlockOpt = Annotated[str, typer.Option("--block", help="Categories that block: secret, pii, internal, custom (comma-separated) or all.")]


def run_hook(agent: str, block: str, config) -> None:  # noqa: ANN001
    from .cli import Fail, build, err, fail_closed
    from .hooks import PayloadError, decide, parse_block, parse_payload, texts_for

    with fail_closed():
        try:
            cats = parse_block(block)
            doc = parse_payload(sys.stdin.read())
            scope = texts_for(agent, doc)
        except (ValueError, PayloadError) as exc:
            raise Fail(f"hook {agent}: {exc}; blocking to be safe") from None
        if scope is None:
            sys.stdout.write("{}\n" if agent == "gemini" else "")
            return
        scrubber = build(config)
        findings = [f for text in scope[1] for f in scrubber.find(text)]
        decision = decide(agent, doc, findings, cats)
        sys.stdout.write(decision.stdout)
        if decision.blocked:
            err(f"blocked: {decision.summary}")


@hook_app.command("claude-code")
def hook_claude(block: BlockOpt = "secret", config: ConfigOpt = None) -> None:
    """Claude Code hook (UserPromptSubmit, PreToolUse): JSON on stdin, decision on stdout.

    \b
    Examples:
      promptscrub hook install claude-code          add it to ~/.claude/settings.json
      echo '{"hook_event_name":"UserPromptSubmit","prompt":"key AKIA..."}' | promptscrub hook claude-code
    """
    run_hook("claude-code", block, config)


@hook_app.command("codex")
def hook_codex(block: BlockOpt = "secret", config: ConfigOpt = None) -> None:
    """Codex CLI hook (UserPromptSubmit, PreToolUse): JSON on stdin, decision on stdout.

    \b
    Examples:
      promptscrub hook install codex                add it to ~/.codex/hooks.json
    """
    run_hook("codex", block, config)


@hook_app.command("gemini")
def hook_gemini(block: BlockOpt = "secret", config: ConfigOpt = None) -> None:
    """Gemini CLI hook (BeforeAgent, BeforeTool): JSON on stdin, decision on stdout.

    \b
    Examples:
      promptscrub hook install gemini               add it to ~/.gemini/settings.json
    """
    run_hook("gemini", block, config)


@hook_app.command("install")
def hook_install(
    agent: Annotated[str, typer.Argument(help="claude-code, codex or gemini.")],
    scope: Annotated[str, typer.Option("--scope", help="user (your home folder), project (this repo, shared) or local (Claude Code only, not committed).")] = "user",
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Apply without asking.")] = False,
    block: Annotated[Optional[str], typer.Option("--block", help="Categories the installed hook blocks (default: secret).")] = None,
) -> None:
    """Add the promptscrub hook to an agent's settings, after showing the diff.

    Other settings and hooks are kept; the old file is saved as <file>.promptscrub.bak. Without a
    terminal and without --yes it only shows the diff (exit 1).

    \b
    Examples:
      promptscrub hook install claude-code
      promptscrub hook install claude-code --scope project --yes
      promptscrub hook install gemini --block secret,internal
    """
    from .cli import Fail, err, fail_closed
    from .hook_install import InstallError, diff, hook_command, load, merged, render, settings_path, write_with_backup
    from .hooks import AGENTS, parse_block

    with fail_closed():
        if agent not in AGENTS:
            raise Fail(f"unknown agent {agent!r}: use {', '.join(AGENTS)}")
        if scope not in ("user", "project", "local"):
            raise Fail(f"--scope must be user, project or local, not {scope!r}")
        try:
            if block:
                parse_block(block)
            target = settings_path(agent, scope)
            old_text, doc = load(target.path)
            new_doc = merged(doc, agent, hook_command(agent, block))
        except (InstallError, ValueError) as exc:
            raise Fail(str(exc)) from None
        if new_doc == doc:
            sys.stdout.write(f"{target.path}: the promptscrub hook is already installed; nothing to do\n")
            return
        new_text = render(new_doc)
        sys.stdout.write(diff(target.path, old_text, new_text))
        if not yes:
            if not sys.stdin.isatty():
                err("not applied: re-run with --yes to write this change")
                raise typer.Exit(1)
            if not typer.confirm(f"Write {target.path}?", default=False, err=True):
                err("not applied")
                raise typer.Exit(1)
        try:
            backup = write_with_backup(target.path, old_text, new_text)
        except InstallError as exc:
            raise Fail(str(exc)) from None
        sys.stdout.write(f"wrote {target.path}" + (f" (previous version: {backup})" if backup else "") + "\n")
        if target.note:
            sys.stdout.write(target.note + "\n")
