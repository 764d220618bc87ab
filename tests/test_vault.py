import json
import os
import stat
from pathlib import Path

import pytest

from promptscrub.vault import Vault, VaultError, locked


def test_same_value_same_placeholder_numbered_per_type():
    v = Vault()
    assert v.placeholder_for("EMAIL", "a@x.io") == "<EMAIL_1>"
    assert v.placeholder_for("EMAIL", "b@x.io") == "<EMAIL_2>"
    assert v.placeholder_for("PHONE", "+1 555") == "<PHONE_1>"
    assert v.placeholder_for("EMAIL", "a@x.io") == "<EMAIL_1>"


def test_reserved_and_taken_placeholders_are_skipped():
    v = Vault()
    v.reserve({"<EMAIL_1>"})
    assert v.placeholder_for("EMAIL", "a@x.io", taken=lambda p: p == "<EMAIL_2>") == "<EMAIL_3>"


def test_save_is_owner_only_and_round_trips(tmp_path: Path):
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    path = tmp_path / "sub" / "m.json"
    v.save(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = Vault.load(path)
    assert again.get("<EMAIL_1>").value == "a@x.io"
    assert again.placeholder_for("EMAIL", "c@x.io") == "<EMAIL_2>"
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_file_is_created_owner_only_even_with_a_loose_umask(tmp_path: Path):
    old = os.umask(0)
    try:
        Vault().save(tmp_path / "m.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "m.json").st_mode) == 0o600


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "corrupt"),
        (b'{"some": "other tool"}', "not a promptscrub mapping"),
        (b'{"format": "promptscrub-vault", "version": 99, "entries": []}', "newer"),
        (b'{"format": "promptscrub-vault", "version": 1, "entries": [{"placeholder": 1}]}', "corrupt"),
    ],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path: Path, content, message):
    path = tmp_path / "m.json"
    path.write_bytes(content)
    with pytest.raises(VaultError, match=message):
        Vault.load(path)
    assert path.read_bytes() == content


def test_missing_file_is_an_empty_vault(tmp_path: Path):
    assert len(Vault.load(tmp_path / "none.json")) == 0


def test_lock_is_reentrant_across_uses(tmp_path: Path):
    path = tmp_path / "m.json"
    with locked(path):
        Vault().save(path)
    with locked(path):
        assert json.loads(path.read_text())["format"] == "promptscrub-vault"
