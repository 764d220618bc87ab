"""``promptscrub clip``: redact the clipboard in place (``--restore`` puts the real values back).

Fail closed: the clipboard is written only after the whole text was redacted and the mapping saved;
on any error it is left as it was, one line goes to stderr and the exit code is 2.
"""
from __future__ import annotations

import sys
from collections import Counter
from typing import Annotated

import typer

from .cli_options import ConfigOpt, MapOpt, QuietOpt, SessionOpt


def clip_cmd(
    restore: Annotated[bool, typer.Option("--restore", help="Put the real values back into the clipboard's text instead.")] = False,
    session: SessionOpt = None,
    map_path: MapOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Redact the clipboard in place, ready to paste into a chat; `--restore` undoes it on the answer.

    Uses pbcopy/pbpaste, wl-copy/wl-paste, xclip, xsel, clip.exe/powershell or pyperclip; exit 2
    where there is no clipboard.

    \b
    Examples:
      promptscrub clip                 copy, run, paste into the chat
      promptscrub clip --restore       copy the answer, run, paste it back
      promptscrub clip --session chat  keep a separate mapping per conversation
    """
    from .cli import Fail, build, err, fail_closed
    from .cli_run import session_vault_path
    from .clipboard import ClipboardError, detect
    from .vault import Vault, locked

    with fail_closed():
        try:
            board = detect()
            text = board.read()
        except ClipboardError as exc:
            raise Fail(str(exc)) from None
        vault_path = session_vault_path(session, map_path)
        if restore:
            from .restore import restore as do_restore

            if map_path is not None and not map_path.exists():
                raise Fail(f"{map_path}: mapping file not found")
            res = do_restore(text, Vault.load(vault_path))
            new_text, verb, counts = res.text, "restored", Counter({"placeholders": res.restored})
            if res.unresolved and not quiet:
                err(f"{len(res.unresolved)} placeholder(s) not in the mapping, left as they are: {', '.join(sorted(set(res.unresolved)))}")
        else:
            scrubber = build(config)
            with locked(vault_path):
                vault = Vault.load(vault_path)
                red = scrubber.redact(text, vault)
                if vault.changed:
                    vault.save(vault_path)
            new_text, verb, counts = red.text, "redacted", red.counts()
        if new_text != text:
            try:
                board.write(new_text)
            except ClipboardError as exc:
                raise Fail(str(exc)) from None
        if not quiet:
            total = sum(counts.values())
            detail = ", ".join(f"{t} {n}" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n and t != "placeholders")
            sys.stderr.write(f"promptscrub: clipboard ({board.name}): {verb} {total}" + (f" ({detail})" if detail else "") + "\n")
