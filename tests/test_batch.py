"""Batch redaction of trees: parallel detection, one vault, output identical to the one-process path, resumable."""
from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers_subprocess import PROMPTSCRUB, env_for
from typer.testing import CliRunner

from promptscrub.batch import MANIFEST
from promptscrub.cli import app, build
from promptscrub.inputs import Source, walk
from promptscrub.vault import Vault

runner = CliRunner()


def make_tree(root: Path, n: int, seed: int = 7) -> None:
    """``n`` small files in 25 folders; tickets repeat across files so placeholder order matters."""
    rnd = random.Random(seed)
    pool = [f"PAY-{rnd.randint(100, 999999)}" for _ in range(n // 3 + 5)]
    for i in range(n):
        d = root / f"d{i % 25:02d}"
        d.mkdir(parents=True, exist_ok=True)
        lines = [f"line {j}: {'ticket ' + rnd.choice(pool) if j % 4 == 0 else 'nothing to see'}\n" for j in range(12)]
        (d / f"f{i:05d}.txt").write_text("".join(lines), encoding="utf-8")


def sequential_reference(root: Path, config: Path) -> tuple[dict[str, str], dict]:
    """The plain one-process path: redact each file in walk order with one vault."""
    scrubber = build(config)
    vault = Vault()
    out = {}
    for item in walk(root):
        if isinstance(item, Source):
            out[item.rel.as_posix()] = scrubber.redact(item.path.read_text(encoding="utf-8"), vault).text
    return out, vault.to_json()


def tree_files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.is_file() and p.name != MANIFEST}


def test_parallel_output_is_identical_to_the_one_process_path(ticket_config: Path, tmp_path: Path):
    src = tmp_path / "src"
    make_tree(src, 3000)
    t0 = time.monotonic()
    r = runner.invoke(app, ["redact", str(src), "--out-dir", str(tmp_path / "out2"), "--map", str(tmp_path / "m2.json"),
                            "--config", str(ticket_config), "--jobs", "2"])
    elapsed = time.monotonic() - t0
    assert r.exit_code == 0, r.stderr
    expected, vault_doc = sequential_reference(src, ticket_config)
    assert tree_files(tmp_path / "out2") == expected
    assert json.loads((tmp_path / "m2.json").read_text()) == vault_doc
    r1 = runner.invoke(app, ["redact", str(src), "--out-dir", str(tmp_path / "out1"), "--map", str(tmp_path / "m1.json"),
                             "--config", str(ticket_config), "--jobs", "1"])
    assert r1.exit_code == 0 and tree_files(tmp_path / "out1") == expected
    assert elapsed < 15


def test_rerun_skips_done_files_and_redoes_changed_ones(ticket_config: Path, tmp_path: Path):
    src, out, m = tmp_path / "src", tmp_path / "out", tmp_path / "m.json"
    make_tree(src, 60)
    args = ["redact", str(src), "--out-dir", str(out), "--map", str(m), "--config", str(ticket_config), "--jobs", "2"]
    assert runner.invoke(app, args).exit_code == 0
    manifest = json.loads((out / MANIFEST).read_text())
    assert len(manifest["files"]) == 60 and "PAY-" not in (out / MANIFEST).read_text()
    (src / "d00" / "f00000.txt").write_text("changed PAY-1\n")
    (out / "d01" / "f00001.txt").unlink()
    again = runner.invoke(app, args)
    assert again.exit_code == 0
    assert "2 file(s) redacted" in again.stderr and "58 already done" in again.stderr
    assert (out / "d01" / "f00001.txt").exists()
    # another config (or another vault) means nothing is taken as done
    other = tmp_path / "other.toml"
    other.write_text(ticket_config.read_text() + '\n[detectors]\npii = false\n')
    third = runner.invoke(app, [*args[:-4], "--config", str(other), "--jobs", "2"])
    assert third.exit_code == 0 and "already done" not in third.stderr
    assert json.loads((out / MANIFEST).read_text())["config"] != manifest["config"]


def test_include_exclude_gitignore_binaries_and_oversized(ticket_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import promptscrub.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_WALK_BYTES", 1000)
    src = tmp_path / "src"
    (src / "tests").mkdir(parents=True)
    (src / "a.py").write_text("x = 'PAY-1234'\n")
    (src / "b.md").write_text("PAY-5678\n")
    (src / "tests" / "t.py").write_text("PAY-1\n")
    (src / "big.py").write_text("PAY-2 " * 400)
    (src / "blob.py").write_bytes(b"\0PAY-3")
    (src / ".gitignore").write_text("*.log\n")
    (src / "x.log").write_text("PAY-4\n")
    out = src / "safe"  # inside the tree: never read back as input
    r = runner.invoke(app, ["redact", str(src), "--out-dir", str(out), "--map", str(tmp_path / "m.json"), "--config", str(ticket_config),
                            "--include", "*.py", "--exclude", "tests/*"])
    assert r.exit_code == 0, r.stderr
    assert sorted(tree_files(out)) == ["a.py"]
    assert "larger than" in r.stderr and "binary" in r.stderr and "ignored by .gitignore" in r.stderr and "excluded" in r.stderr
    again = runner.invoke(app, ["redact", str(src), "--out-dir", str(out), "--map", str(tmp_path / "m.json"), "--config", str(ticket_config)])
    assert again.exit_code == 0 and not (out / "safe").exists()


@pytest.mark.parametrize("where", ["same", "above"])
def test_an_out_dir_that_is_or_holds_an_input_directory_is_refused(ticket_config: Path, tmp_path: Path, where: str):
    """``redact src --out-dir src`` used to skip every file as earlier output and exit 0 having redacted
    nothing (audit 21); now it stops before any work and leaves no manifest behind."""
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text("ticket PAY-1234\n")
    target, out = (src, src) if where == "same" else (src / "sub", src)
    r = runner.invoke(app, ["redact", str(target), "--out-dir", str(out), "--map", str(tmp_path / "m.json"), "--config", str(ticket_config)])
    assert r.exit_code == 2 and "choose another --out-dir" in r.stderr
    assert (src / "sub" / "a.txt").read_text() == "ticket PAY-1234\n" and not (out / MANIFEST).exists()


def test_the_stdin_path_loads_no_batch_machinery(ticket_config: Path, isolated_home: Path):
    code = ("import sys\nfrom promptscrub.cli import main\nsys.argv=['promptscrub','--config',sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(repr(sorted(m for m in ('multiprocessing','concurrent.futures','rich','promptscrub.batch') if m in sys.modules)))")
    r = subprocess.run([sys.executable, "-c", code, str(ticket_config)], input=b"PAY-1234", capture_output=True, env=env_for(isolated_home), timeout=30)
    assert r.stdout == b"<ACME_TICKET_1>"
    assert r.stderr.decode().endswith("[]")


def test_progress_bar_only_on_a_terminal(ticket_config: Path, tmp_path: Path, isolated_home: Path):
    src = tmp_path / "src"
    make_tree(src, 20)
    r = subprocess.run([*PROMPTSCRUB, "redact", str(src), "--out-dir", str(tmp_path / "out"), "--config", str(ticket_config)],
                       capture_output=True, env=env_for(isolated_home), timeout=60, stdin=subprocess.DEVNULL)
    assert r.returncode == 0 and r.stdout == b""
    assert b"\x1b[" not in r.stderr and b"redact" not in r.stderr  # nothing but notes on a pipe
