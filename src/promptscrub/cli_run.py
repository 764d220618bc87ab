"""``promptscrub run -- COMMAND ...``: wrap an AI CLI so it only ever sees placeholders.

The command's arguments and its stdin are redacted before it starts (fail closed: nothing runs if
redaction fails); its stdout is restored as it streams, so ``claude -p``, ``codex exec``, ``gemini -p``,
``llm`` and ``ollama run`` feel unchanged. Stderr passes through untouched unless ``--restore-stderr``.
Signals (Ctrl-C, SIGTERM, SIGHUP) are forwarded to the child, and its exit code passes through.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Annotated

import typer

from .cli_options import ConfigOpt, MapOpt, QuietOpt, SessionOpt
#: The tail of a buffer that could still grow into a placeholder (``<ACME_TIC``): held back until complete.
PARTIAL_PLACEHOLDER = re.compile(r"<[A-Za-z0-9_]{0,80}\Z")
FORWARDED = ("SIGINT", "SIGTERM", "SIGHUP")


class InteractiveRefused(Exception):
    """The wrapped command would start an interactive TUI, which cannot be redacted keystroke by keystroke."""


def session_vault_path(session: str | None, map_path: Path | None) -> Path:
    """The vault ``redact``/``restore`` use for the same ``--map``/``--session`` choice."""
    from .cli import Fail
    from .vault_choice import BadSession
    from .vault_choice import session_vault_path as _vault_path

    try:
        return _vault_path(session, map_path)
    except BadSession as exc:
        raise Fail(str(exc)) from None


@dataclass
class StreamRestore:
    """Restores placeholders in a stream of text chunks; emits everything except a possibly unfinished placeholder.

    Placeholders never contain ``<`` after their first character nor a newline, so restoring a prefix
    that ends before the last unfinished ``<…`` is exact.
    """

    vault: object
    pending: str = ""
    unresolved: list[str] = field(default_factory=list)

    def feed(self, chunk: str) -> str:
        buf = self.pending + chunk
        m = PARTIAL_PLACEHOLDER.search(buf)
        cut = m.start() if m else len(buf)
        self.pending = buf[cut:]
        return self._restore(buf[:cut])

    def flush(self) -> str:
        out, self.pending = self._restore(self.pending), ""
        return out

    def _restore(self, text: str) -> str:
        if not text:
            return ""
        from .restore import restore

        res = restore(text, self.vault)  # type: ignore[arg-type]
        self.unresolved.extend(res.unresolved)
        return res.text


def make_restorer(vault):  # noqa: ANN001, ANN201 - the streaming restorer, shared one when it exists
    """Prefer the project's ``StreamRestorer`` (liberal restore, sessions); fall back to the exact one above."""
    try:
        from .stream_restore import StreamRestorer  # type: ignore[import-not-found]
    except ImportError:
        return StreamRestore(vault)
    return StreamRestorer(vault)


def pump(src: IO[bytes], dst: IO[bytes], restorer) -> None:  # noqa: ANN001
    """Copy ``src`` to ``dst`` as bytes arrive, restoring placeholders; UTF-8 is decoded incrementally."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    fd = src.fileno()
    while True:
        data = os.read(fd, 65536)
        text = decoder.decode(data, final=not data)
        out = restorer.feed(text) if data else restorer.feed(text) + restorer.flush()
        if out:
            try:
                dst.write(out.encode("utf-8", errors="surrogateescape"))
                dst.flush()
            except BrokenPipeError:
                # our reader went away: keep draining so the child is not blocked, write nothing more
                dst = open(os.devnull, "wb")  # noqa: SIM115
        if not data:
            return


def redact_invocation(argv: list[str], stdin_text: str | None, scrubber, vault) -> tuple[list[str], str | None, int]:  # noqa: ANN001
    """Redact each argument (not the command name) and stdin; returns them and the number of findings."""
    count = 0
    out = [argv[0]]
    for arg in argv[1:]:
        red = scrubber.redact(arg, vault)
        count += len(red.findings)
        out.append(red.text)
    if stdin_text is not None:
        red = scrubber.redact(stdin_text, vault)
        count += len(red.findings)
        stdin_text = red.text
    return out, stdin_text, count


def check_not_interactive(argv: list[str], stdin_is_tty: bool) -> None:
    if stdin_is_tty and len(argv) == 1:
        name = os.path.basename(argv[0])
        raise InteractiveRefused(
            f"`{name}` with no arguments and a terminal on stdin would start an interactive session; "
            f"only print/exec modes can be wrapped: pass the prompt as an argument (e.g. `promptscrub run -- claude -p \"...\"`) "
            f"or pipe it on stdin"
        )


def run_child(argv: list[str], stdin_data: bytes | None, vault, restore_stderr: bool) -> tuple[int, list[str]]:  # noqa: ANN001
    """Start the child in its own process group, forward signals, restore its output; its exit status."""
    import signal
    import subprocess
    import threading

    posix = os.name == "posix"
    kwargs: dict = {"process_group": 0} if posix else {}
    proc = subprocess.Popen(  # noqa: S603 - running the user's command is the point
        argv,
        stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if restore_stderr else None,
        **kwargs,
    )
    previous = {}

    def forward(signum: int, _frame: object) -> None:
        try:
            if posix:
                os.killpg(proc.pid, signum)
            else:
                proc.send_signal(signum)
        except (ProcessLookupError, PermissionError):
            pass

    for name in FORWARDED:
        sig = getattr(signal, name, None)
        if sig is not None:
            previous[sig] = signal.signal(sig, forward)
    threads = []
    try:
        if stdin_data is not None:
            threads.append(threading.Thread(target=_feed, args=(proc.stdin, stdin_data), daemon=True))
        out_restorer = make_restorer(vault)
        err_restorer = make_restorer(vault) if restore_stderr else None
        if restore_stderr:
            threads.append(threading.Thread(target=pump, args=(proc.stderr, sys.stderr.buffer, err_restorer), daemon=True))
        for t in threads:
            t.start()
        pump(proc.stdout, sys.stdout.buffer, out_restorer)  # type: ignore[arg-type]
        for t in threads:
            t.join()
        code = proc.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    unresolved = list(getattr(out_restorer, "unresolved", [])) + list(getattr(err_restorer, "unresolved", []) if err_restorer else [])
    return (128 - code if code < 0 else code), unresolved


def _feed(pipe: IO[bytes], data: bytes) -> None:
    try:
        pipe.write(data)
    except BrokenPipeError:
        pass
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


def run_cmd(
    command: Annotated[list[str], typer.Argument(metavar="-- COMMAND [ARGS]...", help="The AI CLI to run, after `--`.")],
    session: SessionOpt = None,
    map_path: MapOpt = None,
    config: ConfigOpt = None,
    restore_stderr: Annotated[bool, typer.Option("--restore-stderr", help="Restore placeholders in the command's stderr too (default: passed through untouched).")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Run an AI CLI with redacted arguments and stdin; restore its answer as it streams.

    Exit code: the command's own (128+N if it died of signal N); 2 if promptscrub could not redact
    or start it (then nothing ran). Only print/exec modes can be wrapped, not interactive TUIs.

    \b
    Examples:
      promptscrub run -- claude -p "why does PAY-1234 fail for jane@acme.com?"
      git diff | promptscrub run -- llm "write a commit message"
      promptscrub run --session review -- codex exec "summarise the incident in notes.txt"
      cat trace.log | promptscrub run -- gemini -p "explain this stack trace"
      promptscrub run -- ollama run llama3 "rewrite: call bob@corp.example"
    """
    from .cli import Fail, build, err, fail_closed
    from .vault import Vault, locked

    with fail_closed():
        if not command:
            raise Fail("nothing to run: give the command after `--`, e.g. `promptscrub run -- claude -p \"...\"`")
        stdin_is_tty = sys.stdin.isatty() if sys.stdin else False
        try:
            check_not_interactive(command, stdin_is_tty)
        except InteractiveRefused as exc:
            raise Fail(str(exc)) from None
        import shutil

        exe = shutil.which(command[0])
        if exe is None:
            raise Fail(f"{command[0]}: command not found")
        scrubber = build(config)
        stdin_text = None
        if not stdin_is_tty and sys.stdin is not None:
            from .inputs import decode

            stdin_text = decode(sys.stdin.buffer.read(), "<stdin>")
        vault_path = session_vault_path(session, map_path)
        with locked(vault_path):
            vault = Vault.load(vault_path)
            argv, stdin_text, count = redact_invocation(command, stdin_text, scrubber, vault)
            if vault.changed:
                vault.save(vault_path)
        if not quiet and count and sys.stderr.isatty():
            err(f"redacted {count} value(s) before running {os.path.basename(command[0])}")
        try:
            code, unresolved = run_child([exe, *argv[1:]], stdin_text.encode("utf-8") if stdin_text is not None else None, vault, restore_stderr)
        except OSError as exc:
            raise Fail(f"{command[0]}: cannot run: {exc.strerror}") from None
        if unresolved and not quiet:
            err(f"{len(unresolved)} placeholder(s) in the answer not in the mapping, left as they are: {', '.join(sorted(set(unresolved)))}")
    raise typer.Exit(code)
