"""``.gitignore`` semantics for tree walks, via ``pathspec`` (imported only when walking a tree)."""
from __future__ import annotations

from pathlib import Path


class Ignorer:
    """Collects the .gitignore files met while walking down from ``root`` and answers for paths."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._specs: list[tuple[Path, object]] = []

    def enter(self, folder: Path) -> None:
        gi = folder / ".gitignore"
        if gi.is_file():
            import pathspec

            try:
                lines = gi.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                return
            self._specs.append((folder, pathspec.GitIgnoreSpec.from_lines(lines)))

    def ignored(self, path: Path, *, is_dir: bool) -> bool:
        for base, spec in self._specs:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):  # type: ignore[attr-defined]
                return True
        return False
