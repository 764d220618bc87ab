import subprocess
import sys
import types

import pytest

from promptscrub import vault_crypto
from promptscrub.vault import Vault, VaultError


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(vault_crypto, "SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    monkeypatch.delenv("PROMPTSCRUB_VAULT_KEY_FILE", raising=False)
    monkeypatch.delenv("PROMPTSCRUB_VAULT_KEYRING", raising=False)


def test_key_file_is_a_key_source(tmp_path, monkeypatch):
    keyfile = tmp_path / "key"
    keyfile.write_bytes(b"s3cret\n")
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY_FILE", str(keyfile))
    source = vault_crypto.key_from_env()
    assert source.secret == b"s3cret" and "key file" in source.origin
    keyfile.write_bytes(b"")
    with pytest.raises(VaultError, match="empty"):
        vault_crypto.key_from_env()


def test_an_empty_key_variable_is_refused_not_a_plain_mapping(tmp_path, monkeypatch):
    """``PROMPTSCRUB_VAULT_KEY=''`` (a script whose secret did not load) asked for encryption; writing the
    mapping in clear without a word was audit 21's finding. Now nothing is written."""
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "")
    v = Vault()
    v.placeholder_for("EMAIL", "ana@example.org")
    with pytest.raises(VaultError, match="set but empty"):
        v.save(tmp_path / "m.json")
    assert not (tmp_path / "m.json").exists()


def test_keyring_is_optional_and_only_asked_for_encrypted_files(tmp_path, monkeypatch):
    asked = []
    fake = types.SimpleNamespace(get_password=lambda service, user: asked.append((service, user)) or "from-keyring")
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert vault_crypto.key_from_env() is None and not asked  # a plain run never pays for the keyring
    source = vault_crypto.key_from_env(need=True)
    assert source.secret == b"from-keyring" and asked == [("promptscrub", "vault-key")]
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed
    assert vault_crypto.key_from_env(need=True) is None


def test_keyring_key_opens_an_encrypted_vault(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    v.save(path, key=vault_crypto.KeySource(b"ring", "test", from_env=False))
    monkeypatch.setitem(sys.modules, "keyring", types.SimpleNamespace(get_password=lambda s, u: "ring"))
    assert Vault.load(path).get("<EMAIL_1>").value == "a@x.io"
    assert vault_crypto.is_encrypted(path)


def test_cryptography_is_not_imported_without_a_key(tmp_path):
    code = ("import sys; from pathlib import Path; from promptscrub.vault import Vault; v = Vault(); v.placeholder_for('E', 'x'); "
            f"v.save(Path({str(tmp_path / 'm.json')!r})); Vault.load(Path({str(tmp_path / 'm.json')!r})); "
            "print('cryptography' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.strip() == "False"
