"""``promptscrub shell-init bash|zsh|fish``: shell functions that put ``promptscrub run`` in front of AI CLIs.

Meant for ``eval "$(promptscrub shell-init zsh)"`` in a shell's rc file. Only the AI CLIs found on
PATH get a wrapper (``--all`` for every known one), so the output stays short and a later install
needs a new shell. Each shell gets its own session vault (``PROMPTSCRUB_SESSION``), so one
conversation keeps its placeholders. An interactive TUI (no arguments, a terminal on stdin) cannot be
redacted, so the wrapper says so on stderr and starts the real tool unwrapped.
"""
from __future__ import annotations

import shutil
import sys
from typing import Annotated

import typer

#: AI command-line tools with a print/exec mode worth wrapping, in the order they are emitted.
AI_CLIS = ("claude", "codex", "gemini", "llm", "ollama", "aider", "sgpt", "mods", "opencode", "cursor-agent", "qwen")
SHELLS = ("bash", "zsh", "fish")

HEADER = "# promptscrub shell-init {shell}: AI CLIs get redacted prompts and restored answers.\n"

POSIX_SESSION = 'export PROMPTSCRUB_SESSION="${PROMPTSCRUB_SESSION:-shell-$$}"\n'
POSIX_WRAPPER = """{fn}() {{
  if [ "$#" -eq 0 ] && [ -t 0 ]; then
    echo "promptscrub: interactive {name} is not redacted (only print/exec modes can be wrapped); see \\`promptscrub hook install\\`" >&2
    command {name}
  else
    promptscrub run -- {name} "$@"
  fi
}}
"""
POSIX_SCRUB = 'scrub() { promptscrub run -- "$@"; }\n'

FISH_SESSION = "set -q PROMPTSCRUB_SESSION; or set -gx PROMPTSCRUB_SESSION shell-$fish_pid\n"
FISH_WRAPPER = """function {fn} --wraps {name} --description 'promptscrub run -- {name}'
    if test (count $argv) -eq 0; and isatty stdin
        echo "promptscrub: interactive {name} is not redacted (only print/exec modes can be wrapped); see `promptscrub hook install`" >&2
        command {name}
    else
        promptscrub run -- {name} $argv
    end
end
"""
FISH_SCRUB = "function scrub --description 'promptscrub run -- COMMAND...'\n    promptscrub run -- $argv\nend\n"


def found_clis(names: tuple[str, ...] = AI_CLIS) -> list[str]:
    return [n for n in names if shutil.which(n)]


def render(shell: str, names: list[str]) -> str:
    """The script for ``shell``: a session variable, one wrapper per tool, and ``scrub``."""
    fish = shell == "fish"
    out = [HEADER.format(shell=shell), FISH_SESSION if fish else POSIX_SESSION]
    template = FISH_WRAPPER if fish else POSIX_WRAPPER
    for name in names:
        out.append(template.format(fn=name, name=name))
    out.append(FISH_SCRUB if fish else POSIX_SCRUB)
    return "".join(out)


def shell_init_cmd(
    shell: Annotated[str, typer.Argument(help="bash, zsh or fish.")],
    all_tools: Annotated[bool, typer.Option("--all", help="Wrap every known AI CLI, not only those on PATH.")] = False,
) -> None:
    """Print shell functions that wrap the AI CLIs on PATH with `promptscrub run --`, plus `scrub`.

    \b
    Examples:
      eval "$(promptscrub shell-init zsh)"        in ~/.zshrc
      eval "$(promptscrub shell-init bash)"       in ~/.bashrc
      promptscrub shell-init fish | source        in ~/.config/fish/config.fish
      scrub aider --message "fix PAY-1234"        any command, redacted
    """
    from .cli import Fail, fail_closed

    with fail_closed():
        if shell not in SHELLS:
            raise Fail(f"unknown shell {shell!r}: use {', '.join(SHELLS)}")
        names = list(AI_CLIS) if all_tools else found_clis()
        sys.stdout.write(render(shell, names))
