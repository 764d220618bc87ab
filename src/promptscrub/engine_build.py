"""Compiling a rule set's Hyperscan database in a background process, so that the first inputs after
installing promptscrub (or changing its rules) do not wait for it.

Why: compiling the built-in rules takes ~17 s of one core, and the first input of 4 KB or more paid all of
it. The Python backend finds the same matches (a test compares them) at ~27 s/MB of code, so for the first
:data:`COLD_PYTHON_BYTES` a matcher reads it is the faster of the two; meanwhile one detached, niced process
per rule set compiles the database into the cache, and the runs after it load it in milliseconds. Past the
budget a run waits for that build rather than compile a second copy. ``PROMPTSCRUB_BACKGROUND_BUILD=0``
compiles in the foreground instead (as a test suite or a CI job that wants no stray process may prefer).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import cache
from .paths import cache_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .rules import Rule

ENV = "PROMPTSCRUB_BACKGROUND_BUILD"
#: Input a matcher serves with the Python backend while its database is missing: ~7 s of code at most,
#: against ~17 s of compiling in the foreground.
COLD_PYTHON_BYTES = 256 * 1024
#: A build lock older than this is a leftover (its process died without removing it).
STALE_SECONDS = 600
#: How long a run past the budget waits for a background build before compiling itself.
WAIT_SECONDS = 300


def enabled() -> bool:
    """Background builds need the cache (their only way to hand the database over)."""
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "false", "no", "off") and cache.enabled()


def _lock(key: str) -> Path:
    return cache_dir() / f"{key}.building"


def _job_key(key: str) -> str:
    return "hsjob-" + key.split("-", 1)[-1]


def _alive(pid: int) -> bool:
    if os.name != "posix":  # (os.kill would end the process on Windows: rely on the lock's age there)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def building(key: str) -> bool:
    """Whether a background build of ``key`` is running; a lock left by a process that died is removed."""
    lock = _lock(key)
    try:
        age = time.time() - lock.stat().st_mtime
        text = lock.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    if age > STALE_SECONDS or (text.isdigit() and not _alive(int(text))):
        lock.unlink(missing_ok=True)
        return False
    return True


def start(key: str, rules: Sequence[Rule], keywords: Sequence[str]) -> bool:
    """Start building ``key``'s database in the background unless a build of it runs already.
    False if none runs (it could not be started: the caller compiles in the foreground)."""
    if building(key):
        return True
    try:
        cache_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(_lock(key), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return True  # another run started it a moment ago
    except OSError:
        return False
    try:
        cache.store(_job_key(key), (list(rules), list(keywords)), prune=True)
        proc = subprocess.Popen([sys.executable, "-m", "promptscrub.engine_build", key],  # noqa: S603
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True, close_fds=True)
        os.write(fd, str(proc.pid).encode("ascii"))
    except OSError:
        os.close(fd)
        _lock(key).unlink(missing_ok=True)
        return False
    os.close(fd)
    return True


def wait(key: str, timeout: float = WAIT_SECONDS) -> None:
    """Return when no background build of ``key`` runs (or after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while building(key) and time.monotonic() < deadline:
        time.sleep(0.1)


def main(argv: Sequence[str]) -> int:
    """The background process: compile the job stored for ``argv[0]`` into the cache, then remove the job
    and the lock (whatever happens: the next run then tries again, or compiles itself)."""
    key = argv[0]
    try:
        if hasattr(os, "nice"):
            os.nice(10)
        job = cache.load(_job_key(key))
        if isinstance(job, tuple) and len(job) == 2:
            from .engine_hyperscan import build

            rules, keywords = job
            cache.store(key, build(rules, keywords), prune=True)
    finally:
        (cache_dir() / f"{_job_key(key)}.pickle").unlink(missing_ok=True)
        _lock(key).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
