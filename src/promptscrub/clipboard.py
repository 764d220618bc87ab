"""The system clipboard through the platform's own tools (or pyperclip when importable).

Tried in order: macOS pbpaste/pbcopy; Wayland wl-paste/wl-copy (when ``WAYLAND_DISPLAY`` is set);
X11 xclip, then xsel (when ``DISPLAY`` is set); Windows and WSL powershell Get-Clipboard / clip.exe;
pyperclip. Shelling out keeps start-up free of GUI libraries, and the tools are what users already have.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass


class ClipboardError(Exception):
    """No usable clipboard, or a tool failed; the message says which and what to install."""


@dataclass(frozen=True)
class Backend:
    name: str
    paste: tuple[str, ...]
    copy: tuple[str, ...]
    #: clip.exe reads UTF-16LE; the others take UTF-8
    copy_encoding: str = "utf-8"

    def read(self) -> str:
        try:
            out = subprocess.run(self.paste, capture_output=True, check=True, timeout=10).stdout  # noqa: S603
        except (OSError, subprocess.SubprocessError) as exc:
            raise ClipboardError(f"cannot read the clipboard with {self.name}: {_why(exc)}") from None
        try:
            text = out.decode("utf-8")
        except UnicodeDecodeError:
            raise ClipboardError("the clipboard does not hold UTF-8 text; nothing was changed") from None
        if self.name == "powershell" and text.endswith("\r\n"):
            text = text[:-2]  # Get-Clipboard adds a line end
        return text

    def write(self, text: str) -> None:
        data = text.encode(self.copy_encoding)
        if self.copy_encoding == "utf-16-le":
            data = b"\xff\xfe" + data
        try:
            subprocess.run(self.copy, input=data, capture_output=True, check=True, timeout=10)  # noqa: S603
        except (OSError, subprocess.SubprocessError) as exc:
            raise ClipboardError(f"cannot write the clipboard with {self.name}: {_why(exc)}") from None


@dataclass(frozen=True)
class PyperclipBackend:
    name: str = "pyperclip"

    def read(self) -> str:
        import pyperclip  # type: ignore[import-not-found]

        try:
            return pyperclip.paste()
        except pyperclip.PyperclipException as exc:
            raise ClipboardError(f"cannot read the clipboard with pyperclip: {exc}") from None

    def write(self, text: str) -> None:
        import pyperclip  # type: ignore[import-not-found]

        try:
            pyperclip.copy(text)
        except pyperclip.PyperclipException as exc:
            raise ClipboardError(f"cannot write the clipboard with pyperclip: {exc}") from None


def _why(exc: BaseException) -> str:
    if isinstance(exc, subprocess.CalledProcessError):
        detail = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        return detail[0] if detail else f"exit code {exc.returncode}"
    return str(exc)


def detect(env: dict[str, str] | None = None, platform: str | None = None) -> Backend | PyperclipBackend:
    """The first clipboard that works here; :class:`ClipboardError` naming what to install if none."""
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    have = shutil.which
    if platform == "darwin" and have("pbpaste") and have("pbcopy"):
        return Backend("pbcopy", ("pbpaste",), ("pbcopy",))
    if env.get("WAYLAND_DISPLAY") and have("wl-paste") and have("wl-copy"):
        return Backend("wl-clipboard", ("wl-paste", "--no-newline"), ("wl-copy",))
    if env.get("DISPLAY"):
        if have("xclip"):
            return Backend("xclip", ("xclip", "-selection", "clipboard", "-o"), ("xclip", "-selection", "clipboard", "-i"))
        if have("xsel"):
            return Backend("xsel", ("xsel", "--clipboard", "--output"), ("xsel", "--clipboard", "--input"))
    ps = have("powershell.exe") or have("powershell")
    clip = have("clip.exe") or (have("clip") if platform == "win32" else None)
    if ps and clip:
        return Backend("powershell", (ps, "-NoProfile", "-NonInteractive", "-Command", "[Console]::OutputEncoding=[Text.Encoding]::UTF8; Get-Clipboard -Raw"), (clip,), "utf-16-le")
    try:
        import pyperclip  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        pass
    else:
        return PyperclipBackend()
    raise ClipboardError(
        "no clipboard found: install wl-clipboard (Wayland), xclip or xsel (X11), or `pip install pyperclip`; "
        "in a pipe use `pbpaste | promptscrub | pbcopy` style commands instead"
    )
