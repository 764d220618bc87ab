from pathlib import Path

from promptscrub.gitignore import Ignorer


def test_nested_gitignore_applies_below_its_folder(tmp_path: Path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".gitignore").write_text("secret.txt\n!keep.log\n*.log\n", encoding="utf-8")
    ig = Ignorer(tmp_path)
    ig.enter(tmp_path)
    ig.enter(sub)
    assert ig.ignored(sub / "secret.txt", is_dir=False)
    assert not ig.ignored(tmp_path / "secret.txt", is_dir=False)
    assert ig.ignored(sub / "x.log", is_dir=False)
