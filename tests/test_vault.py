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


def test_a_linked_mapping_is_locked_and_saved_as_the_file_it_names(tmp_path: Path):
    real = tmp_path / "real.json"
    Vault().save(real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with locked(link):
        vault = Vault.load(link)
        vault.placeholder_for("EMAIL", "ann@corp-mail.test")
        vault.save(link)
    assert link.is_symlink() and "ann@corp-mail.test" in real.read_text(encoding="utf-8")
    assert (tmp_path / "real.json.lock").exists() and not (tmp_path / "link.json.lock").exists()
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "gone.json")
    with pytest.raises(VaultError, match="dangling.json: cannot use mapping file: a symbolic link to a missing file"):
        with locked(dangling):
            pass


def test_lock_is_reentrant_across_uses(tmp_path: Path):
    path = tmp_path / "m.json"
    with locked(path):
        Vault().save(path)
    with locked(path):
        assert json.loads(path.read_text())["format"] == "promptscrub-vault"


# --- merge (#6) ----------------------------------------------------------------------------------

def test_merge_adds_entries_and_refuses_conflicts_without_changing_anything():
    from promptscrub.deterministic import DeterministicNamer

    a, b = Vault(DeterministicNamer(b"k" * 16)), Vault(DeterministicNamer(b"k" * 16))
    pa = a.placeholder_for("EMAIL", "a@x.io")
    pb = b.placeholder_for("EMAIL", "b@x.io")
    assert b.placeholder_for("EMAIL", "a@x.io") == pa  # independent processes agree
    assert a.merge(b) == 1 and a.get(pb).value == "b@x.io"
    c = Vault()
    c.add(type(a.get(pa))(pa, "EMAIL", "someone else"))
    before = a.to_json()
    with pytest.raises(VaultError, match="cannot merge"):
        a.merge(c)
    assert a.to_json() == before
    d = Vault()
    d.reserve({pa})  # d saw pa as literal text: its answers would restore wrongly with a's entry
    with pytest.raises(VaultError):
        a.merge(d)


# --- encryption at rest (#6) ---------------------------------------------------------------------

@pytest.fixture
def fast_kdf(monkeypatch):
    from promptscrub import vault_crypto

    monkeypatch.setattr(vault_crypto, "SCRYPT", {"n": 2**10, "r": 8, "p": 1})


def test_with_a_key_the_file_holds_no_plaintext_and_a_wrong_key_is_refused(tmp_path, monkeypatch, fast_kdf):
    path = tmp_path / "m.json"
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "correct horse")
    v = Vault()
    v.placeholder_for("EMAIL", "secret-alice@x.io")
    v.save(path)
    raw = path.read_bytes()
    assert b"secret-alice" not in raw and b"EMAIL" not in raw
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert Vault.load(path).get("<EMAIL_1>").value == "secret-alice@x.io"
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "wrong")
    with pytest.raises(VaultError, match="wrong vault key"):
        Vault.load(path)
    monkeypatch.delenv("PROMPTSCRUB_VAULT_KEY")
    with pytest.raises(VaultError, match="encrypted"):
        Vault.load(path)
    assert path.read_bytes() == raw


def test_tampering_is_detected(tmp_path, monkeypatch, fast_kdf):
    path = tmp_path / "m.json"
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "k")
    Vault().save(path)
    doc = json.loads(path.read_text())
    doc["encryption"]["r"] = 9  # header is authenticated too
    path.write_text(json.dumps(doc))
    with pytest.raises(VaultError):
        Vault.load(path)


def test_a_plain_vault_is_encrypted_on_the_next_save_once_a_key_is_set(tmp_path, monkeypatch, fast_kdf):
    path = tmp_path / "m.json"
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    v.save(path)
    monkeypatch.setenv("PROMPTSCRUB_VAULT_KEY", "k")
    again = Vault.load(path)
    again.placeholder_for("EMAIL", "b@x.io")
    again.save(path)
    assert "encryption" in json.loads(path.read_text())
    assert len(Vault.load(path)) == 2


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["EMAIL", "PHONE", "X_Y"]), st.text(min_size=1, max_size=20)), max_size=8),
       st.sets(st.sampled_from(["<EMAIL_9>", "<Q_1>"])), st.text(min_size=1, max_size=12))
def test_vault_round_trips_through_encryption(tmp_path_factory, entries, reserved, passphrase):
    from promptscrub import vault_crypto

    old = vault_crypto.SCRYPT
    vault_crypto.SCRYPT = {"n": 2**8, "r": 8, "p": 1}
    try:
        path = tmp_path_factory.mktemp("enc") / "m.json"
        source = vault_crypto.KeySource(passphrase.encode("utf-8", "surrogatepass"), "test", from_env=False)
        v = Vault()
        for t, value in entries:
            v.placeholder_for(t, value)
        v.reserve(reserved)
        v.save(path, key=source)
        back = Vault.load(path, key=source)
        assert back.to_json() == v.to_json()
    finally:
        vault_crypto.SCRYPT = old


# --- concurrency: two processes writing one session never lose an entry ----------------------------

def _writer(path: str, values: list[str]) -> None:
    for value in values:
        with locked(Path(path)):
            v = Vault.load(Path(path))
            v.placeholder_for("EMAIL", value)
            v.save(Path(path))


@settings(max_examples=4, deadline=None)
@given(st.sets(st.text(alphabet="abcdef", min_size=1, max_size=6), min_size=2, max_size=12))
def test_two_processes_writing_one_session_never_lose_an_entry(tmp_path_factory, values):
    import multiprocessing

    path = tmp_path_factory.mktemp("conc") / "s.json"
    ordered = sorted(values)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(path), ordered[i::2])) for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(20)
        assert p.exitcode == 0
    vault = Vault.load(path)
    assert {e.value for e in vault.entries()} == set(values)
    assert len({e.placeholder for e in vault.entries()}) == len(values)


# --- the file as it is written: the same bytes as json.dumps, produced in pieces ---------------------

@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["EMAIL", "PHONE", "X_Y"]), st.text(max_size=12)), max_size=30),
       st.sets(st.text(max_size=8), max_size=8))
def test_saved_bytes_are_json_dumps_with_indent_one(tmp_path_factory, entries, reserved):
    v = Vault()
    for t, value in entries:
        v.placeholder_for(t, value)
    v.reserve(reserved)
    path = tmp_path_factory.mktemp("plain") / "m.json"
    v.save(path)
    assert path.read_bytes() == json.dumps(v.to_json(), ensure_ascii=False, indent=1).encode("utf-8")


def test_a_large_vault_is_saved_as_json_dumps_writes_it(tmp_path: Path):
    v = Vault()
    for i in range(30_000):
        v.placeholder_for(("EMAIL", "IP")[i % 2], f"u{i}@mail{i % 7}.com\u00e9\"")
    v.reserve({f"<LINE_{i}>" for i in range(30_000)})
    v.save(tmp_path / "m.json")
    assert (tmp_path / "m.json").read_bytes() == json.dumps(v.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    assert Vault.load(tmp_path / "m.json").to_json() == v.to_json()


def test_the_encrypted_payload_is_the_compact_document(tmp_path: Path, fast_kdf):
    import base64

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from promptscrub import vault_crypto

    v = Vault()
    for i in range(5000):  # several chunks
        v.placeholder_for("EMAIL", f"u{i}@x.io")
    source = vault_crypto.KeySource(b"pw", "test", from_env=False)
    v.save(tmp_path / "m.json", key=source)
    doc = json.loads((tmp_path / "m.json").read_text())
    assert list(doc) == ["format", "version", "encryption", "payload"]
    raw = base64.b64decode(doc["payload"])
    header = doc["encryption"]
    key = vault_crypto.derive(b"pw", base64.b64decode(header["salt"]), {k: header[k] for k in ("n", "r", "p")})
    plain = AESGCM(key).decrypt(raw[:12], raw[12:], vault_crypto._aad(header))
    assert plain == json.dumps(v.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@given(st.lists(st.binary(max_size=10), max_size=8))
def test_base64_in_pieces_is_base64_of_the_whole(pieces):
    import base64

    from promptscrub.vault_crypto import _Base64

    b64 = _Base64()
    assert b"".join(b64.update(p) for p in pieces) + b64.final() == base64.b64encode(b"".join(pieces))


def test_surrogate_matcher_follows_the_vault():
    from promptscrub.styles import FakeNamer

    v = Vault(FakeNamer())
    assert v.surrogate_pattern() is None
    v.placeholder_for("EMAIL", "a@x.io")
    a = v.placeholder_for("EMAIL", "b@x.io")
    v.placeholder_for("KEY", "secret")  # a tag: not a surrogate
    assert [m.group() for m in v.surrogate_pattern().finditer(f"to {a} and <KEY_1>")] == [a]
