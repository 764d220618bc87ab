"""Running the real ``promptscrub`` console script in a subprocess, with an isolated home."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FAKE_AI = FIXTURES / "fake_ai.py"
PROMPTSCRUB = [sys.executable, "-m", "promptscrub"]


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROMPTSCRUB_", "FAKE_AI_"))}
    env["PROMPTSCRUB_HOME"] = str(home)
    env.update(extra)
    return env


def promptscrub(*args: str, home: Path, input: bytes | None = None, timeout: float = 30, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([*PROMPTSCRUB, *args], input=input, capture_output=True, timeout=timeout, env=env_for(home, **env),
                          stdin=None if input is not None else subprocess.DEVNULL)
