"""secret_filters: documented placeholders and non-secret values are recognised, random tokens never are."""
from __future__ import annotations

import base64
import json
import math
import random
import re
import string
import uuid

import pytest

from promptscrub.secret_filters import (is_encoded_plain_data, is_no_value, is_not_secret, is_placeholder,
                                        shannon_entropy)


def rand(alphabet: str, n: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


B62 = string.ascii_letters + string.digits


@pytest.mark.parametrize("value", [
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_live_EXAMPLE1234",
    "xxxxxxxxxxxxxxxxxxxx", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "********",
    "00000000000000000000", "<your-key>", "<API_KEY>", "${API_KEY}", "${DB_PASSWORD:-secret}", "{{ token }}",
    "{{secrets.NPM_TOKEN}}", "%(password)s", "$TOKEN", "%APPDATA_TOKEN%", "$(cat token.txt)", "[YOUR TOKEN]",
    "changeme", "password", "Password", "your_api_key_here", "YOUR-API-KEY", "dummy", "REDACTED", "<redacted>",
    "sk-...", "ghp_...abc", "abc…", "test-token", "fake_secret", "my-secret-token", "placeholder", "insert-your-key",
    "ghp_${GITHUB_TOKEN}", "sk-<openai-key>", "1234567890", "${USER}:${PASS}", "aaaaaaaaaaaa", "abcabcabcabc",
    "'changeme'", '"<token>"', "glrt-7Q2x121212121212121212", "tok_9f3a7b7b7b7b7b7b7b7b7b",
    # the documented sample: jwt.io's
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----",
])
def test_placeholders(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", [
    "ghp_" + rand(B62, 36, 1), "sk_live_" + rand(B62, 32, 2), rand(string.hexdigits[:16], 32, 3), str(uuid.UUID(int=random.Random(7).getrandbits(128), version=4)),
    "xoxb-" + rand(string.digits, 12, 4) + "-" + rand(string.digits, 12, 5) + "-" + rand(B62, 24, 6),
    "m{{h}o)p${e]nob(ky}",  # a password made of template-ish punctuation is still a password
    "$apr1$" + rand(B62, 8, 7) + "$" + rand(B62, 22, 8),  # crypt hashes are not $VARs
    "AAAAAAAAAAAAAAAAAAAAA" + rand(B62, 90, 9),  # X bearer tokens start with a run of A
    "hunter2", "Tr0ub4dor&3",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA" + rand(B62, 60, 10) + "\n-----END RSA PRIVATE KEY-----",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTgxNzIiLCJleHAiOjE3NjQ0MDAwMDB9." + rand(B62, 43, 11),
])
def test_real_looking_values_are_not_placeholders(value: str) -> None:
    assert not is_placeholder(value)


@pytest.mark.parametrize("alphabet", [B62, string.hexdigits[:16], string.ascii_uppercase + "234567", B62 + "+/", B62 + "_-"])
@pytest.mark.parametrize("length", [16, 24, 32, 40, 64])
def test_random_tokens_are_never_placeholders(alphabet: str, length: int) -> None:
    for seed in range(200):
        value = rand(alphabet, length, seed * 1000 + length)
        if "example" in value.lower():  # astronomically unlikely; keeps the test honest
            continue
        assert not is_placeholder(value), value


@pytest.mark.parametrize("value", [
    str(uuid.UUID(int=random.Random(8).getrandbits(128), version=4)), "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
    "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
    "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "self.password", "os.environ[\"DB_PASSWORD\"]", "os.environ.get('X')", "get_password()", "getpass.getpass()",
    "config['db']['password']", "process.env.API_KEY", "std::env::var", "$this->password", "settings.SECRET_KEY",
    "/etc/app/secret.txt", "./secrets/token.json", "C:\\Users\\me\\key.pem", "id_rsa.pem", "~/.ssh/id_ed25519",
    "12345", "3.14159", "1e10", "0xDEADBEEF", "v1.2.3", "2.0.1-beta",
    "secret_key", "getPassword", "My-Service-Name", "_threading_local._localimpl.", "tokenize.generate_tokens",
    "https://api.acme.io/v1/tokens", "me@acme.io",
])
def test_not_secret(value: str) -> None:
    assert is_not_secret(value)


@pytest.mark.parametrize("value", [
    "ghp_" + rand(B62, 36, 21), rand(B62, 32, 22), "Tr0ub4dor&3", "m{{h}o)p${e]nob(ky}", rand(B62 + "+/", 40, 23),
    "https://user:" + rand(B62, 12, 24) + "@host/",
])
def test_secrets_are_not_dismissed(value: str) -> None:
    assert not is_not_secret(value)


def test_shannon_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("ab") == pytest.approx(1.0)
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert shannon_entropy(string.hexdigits[:16]) == pytest.approx(4.0)
    assert shannon_entropy(B62) == pytest.approx(math.log2(62))


def test_cheap_to_import() -> None:
    import subprocess
    import sys

    code = "import sys, promptscrub.secret_filters; print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'regex', 'hyperscan', 'presidio_anonymizer')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def _b64url(obj: dict) -> str:
    import base64
    import json

    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


@pytest.mark.parametrize("value", [
    "tok_" + "7" * 6 + "Q" * 5 + "3" * 6 + "Zq" + "a" * 8,  # mostly runs of one character
    "ops_" + rand(B62, 12, 21) + "..",  # cut short for display
    "+new Buffer(",  # code caught between two string literals: "a=" + new Buffer(x)
    ". getSecret(",
])
def test_more_placeholders(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", [
    # a JWT whose claims are only numbers says nothing about being a documentation sample
    f"{_b64url({'alg': 'HS512'})}.{_b64url({'uid': 45742})}.{rand(B62 + '_-', 86, 22)}",
    f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{_b64url({'confidence': 0.8})}.{rand(B62 + '_-', 43, 23)}",
    "AAAA" + rand(B62, 40, 24),  # one short run is not "mostly runs"
    "pa55..word" + rand(B62, 8, 25),  # dots inside a value are not an elision
])
def test_not_placeholders_either(value: str) -> None:
    assert not is_placeholder(value)


def test_a_jwt_naming_a_subject_is_a_secret_whatever_its_claims_look_like() -> None:
    """Only jwt.io's published sample and toys without registered claims ({"k": "value"}) are placeholders."""
    token = f"{_b64url({'alg': 'HS256'})}.{_b64url({'sub': 'user', 'name': 'John Doe', 'iat': 1516239022})}.{rand(B62, 43, 26)}"
    assert not is_placeholder(token)
    toy = f"{_b64url({'typ': 'JWT', 'alg': 'HS256'})}.{_b64url({'some': 'value'})}.{rand(B62 + '_-', 43, 28)}"
    assert is_placeholder(toy)


@pytest.mark.parametrize("value", ["sk-_____", "ghp____________", "api_key_" + "." * 6, "tok." + rand(B62, 6, 27) + "_" * 6])
def test_underscore_and_dot_fill_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


def test_underscore_run_inside_a_long_random_token_is_not_a_mask() -> None:
    """base64url of zero bytes gives ``_____`` in the middle of real tokens."""
    assert not is_placeholder("HRKU-AA" + rand(B62, 40, 28) + "_____" + rand(B62 + "_", 14, 29))


@pytest.mark.parametrize("value", [
    # format strings: printf / str.format / f-string / f2py fields with words or path punctuation around them
    "%s/PKG-INFO", "VS%0.f0COMNTOOLS", "//{type_name}/{label}?{urlencode(parameters)}", "__f2py_cb_#name#",
    # identifiers that name a secret instead of holding one (the key's own name, camel-cased)
    "challengePassword", "XXH3_initCustomSecret_avx512", "S3CredentialsKind::Default", "kXxh3Secrets",
    # code identifiers made of words
    "track_history_except_column_list", "heap_decimal32_array", "x15_source_code_locationB", "gss_krb5_rfc1964_keydata",
    # type names with a bit width, counted and percent-encoded placeholders, default URI credentials
    "complex128", "float64", "token1234", "mypassword", "username%3Apassword",
    "postgresql://postgres:postgres@localhost:5432/app", "amqp://guest:guest@localhost:5672/",
    # the alphabet counted out after a prefix, the CACHEDIR.TAG signature
    "ackey_0123456789abcdef", "tok_abcdefghijklmnop", "8a477f597d28d172789f06886806bc55",
])
def test_code_and_format_placeholders(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", [
    "correct-horse-battery-staple", "HorseBatteryPassword", "Summer{2024}x!", "p{q}r$Zt8#mW2",
    "postgres://svc:Kq8vTz3nWbR5@db.acme.internal/app",
])
def test_passphrases_and_real_looking_values_are_not_placeholders(value: str) -> None:
    assert not is_placeholder(value)


@pytest.mark.parametrize("value", ["gss_krb5_lucid_context_v1", "w32-window-exists-p", "PyUnicode_AsUTF8String"])
def test_word_identifiers_are_not_secret(value: str) -> None:
    assert is_not_secret(value)


@pytest.mark.parametrize("alphabet", [B62, B62 + "_-", string.ascii_lowercase + string.digits,
                                      string.ascii_uppercase + string.digits, "0123456789abcdef"])
@pytest.mark.parametrize("prefix", ["", "sk_live_", "ghp_", "xoxb-", "glpat-", "npm_", "secret_", "key-", "dop_v1_"])
def test_random_tokens_are_never_code_or_format_placeholders(alphabet: str, prefix: str) -> None:
    """The identifier / format / name checks must not eat random tokens of provider shapes."""
    rng = random.Random(f"{alphabet}/{prefix}")
    hits = [v for v in (prefix + "".join(rng.choice(alphabet) for _ in range(rng.choice((24, 32, 40))))
                        for _ in range(300)) if is_placeholder(v)]
    assert not hits


@pytest.mark.parametrize("value", ["A,.:-@*?!#%", "Q~]{>;|(@*!&", "z#)(*&^%$!{]"])
def test_one_letter_among_symbols_is_a_password_not_a_placeholder_word(value: str) -> None:
    """'a' is a placeholder word, but a value that is mostly symbols is not made of words."""
    assert not is_placeholder(value)


@pytest.mark.parametrize("value", ["auth=(.*)", "token:*", "key-->", "secret()"])
def test_a_placeholder_word_with_a_little_punctuation_is_still_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


def test_toy_jwt_header_and_payload_without_signature_is_a_placeholder() -> None:
    assert is_placeholder("eyJhbGciOiJIUzI1NiJ9.eyJrIjoidmFsdWUifQ")  # {"alg":"HS256"}.{"k":"value"}
    assert not is_placeholder("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzhrMnE5ZHciLCJpYXQiOjE3MTIzMDAwMDB9")


@pytest.mark.parametrize("value", [",&PyTuple_Type,&#varname#_xa_capi", "#prefix#PyObject_Call#suffix#", "%(name)s_PyObject_GetAttr"])
def test_format_string_with_camel_case_identifiers_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["float64|complex64", "int32,int64", "uint8 | uint16 | uint32", "float32, float64"])
def test_a_union_of_sized_type_names_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("seed", range(20))
def test_random_tokens_joined_by_a_bar_are_no_type_union_or_format_string(seed: int) -> None:
    a, b = rand(B62, 12, seed), rand(B62, 12, seed + 1000)
    letters = rand(string.ascii_letters, 16, seed)
    assert not is_placeholder(f"{a}|{b}") and not is_placeholder(f"#f#{letters}") and not is_placeholder(f"{{x}}_{letters}")


@pytest.mark.parametrize("value", ["0123456789ABCDEFabcdef", "0123456789abcdefABCDEF", "abcdefghijklmnopqrstuvwxyz0123456789",
                                   "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"])
def test_a_charset_literal_is_not_a_secret(value: str) -> None:
    assert is_not_secret(value)


@pytest.mark.parametrize("value", ["abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "0123456abcdef", "012345abcdefABCDEF"])
def test_letters_or_partial_digit_runs_are_no_charset_literal(value: str) -> None:
    """Hand-made dummy keys without the full digit run are still redacted (generic rules keep them)."""
    from promptscrub.secret_filters import _charset_literal

    assert not _charset_literal(value)


@pytest.mark.parametrize("value", ["xoxb-your-bot-token", "ghp_your_token_here", "glpat-my-access-token", "sk-proj-YOUR_API_KEY"])
def test_placeholder_words_after_a_vendor_prefix(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("seed", range(5))
def test_random_token_after_a_vendor_prefix_is_no_placeholder(seed: int) -> None:
    rng = random.Random(f"prefixwords/{seed}")
    body = "-".join("".join(rng.choice(string.ascii_letters + string.digits) for _ in range(8)) for _ in range(3))
    assert not is_placeholder("xoxb-" + body)


@pytest.mark.parametrize("value", [
    "self.password", "settings.SECRET_KEY", "cfg.s3Key", "os.path", "self.setUp", "config.db1.password",
    "np.float64", "tokenize.generate_tokens", "this.apiKey", "ctx.obj.oauth2_token", "codecs.koi8_r",
    "locale.ISO8859", "request.POST", "Secrets.AWS_SECRET_ACCESS_KEY", "st.st_mtime_ns",
])
def test_dotted_names_made_of_identifiers_are_code(value: str) -> None:
    assert is_not_secret(value)


@pytest.mark.parametrize("value", ["tiJ.qNfQmQE7jN", "Zq7.pLm4Xw9Ka2"])
def test_dotted_random_values_are_not_code(value: str) -> None:
    assert not is_not_secret(value)


def test_random_values_with_a_dot_are_rarely_read_as_code() -> None:
    """A dotted name is code only when its parts read as identifiers: random base62 parts joined by a dot
    (api_token = tiJ.qNfQmQE7jN) almost never do. (Any such value used to pass as ``a.b`` code.)"""
    rng = random.Random("dotted")
    values = [rng.choice(string.ascii_letters) + "".join(rng.choice(B62) for _ in range(rng.randrange(2, 6))) + "."
              + rng.choice(string.ascii_letters) + "".join(rng.choice(B62) for _ in range(rng.randrange(9, 16)))
              for _ in range(500)]
    dismissed = [v for v in values if is_not_secret(v)]
    assert len(dismissed) <= len(values) // 10, dismissed[:20]


# -- passphrases, public keys, YAML tags, format strings inside random text ----------------------------------

def _made_up_word(rng: random.Random) -> str:
    while True:
        w = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randrange(2, 4)))
        if w not in {"value", "token", "sample", "dummy"}:
            return w


@pytest.mark.parametrize("seed", range(10))
def test_passphrases_are_recognised(seed: int) -> None:
    from promptscrub.secret_filters import is_passphrase

    rng = random.Random(f"passphrase/{seed}")
    words = [_made_up_word(rng) for _ in range(rng.randrange(3, 7))]
    n = str(rng.randrange(1, 10**rng.randrange(1, 5)))
    for v in ("-".join(words), "-".join(words + [n]), "-".join(w.capitalize() for w in words) + n, " ".join(words),
              " ".join(words + [n])):
        assert is_passphrase(v), v


@pytest.mark.parametrize("value", [
    "your-password-here", "not-a-real-password", "my-secret-pass-1", "super-secret-password-123",
    "two-words", "gss_krb5_lucid_context", "PS-or-PDF-font-exception-20170817",
    "kqzt-vbnm-xwrt", "a-b-c-d", "orbit_velvet_canyon_7", "orbit-velvet canyon-7", "example-orbit-velvet-2",
])
def test_not_passphrases(value: str) -> None:
    from promptscrub.secret_filters import is_passphrase

    assert not is_passphrase(value)


@pytest.mark.parametrize("seed", range(10))
def test_joined_phrases_with_two_real_words_read_as_slot_phrases(seed: int) -> None:
    """``app_panther_canyon_signing_key_2022``: what a developer types as a JWT key; only a rule's password or
    signing-key slot makes it one (see ``_secret_keep``), so the filter may say yes to the shape."""
    from promptscrub.secret_filters import is_slot_phrase

    rng = random.Random(f"snake/{seed}")
    words = [_made_up_word(rng) for _ in range(rng.randrange(2, 4))]
    year = str(rng.randrange(2015, 2030))
    for v in ("_".join(["app", *words, "signing", "key", year]), "_".join(words + ["secret"]),
              "_".join(words + ["canyon", year]), "-".join(["api", *words, "signing", "key", year])):
        assert is_slot_phrase(v), v


@pytest.mark.parametrize("value", [
    "my_super_secret_key", "jwt_secret", "JWT_SECRET_KEY", "your_signing_key_here", "my_secret_key_2021",
    "kqzt_vbnm_xwrt", "orbit_velvet-canyon_7", "Orbit_Velvet_Canyon", "my-secret-api-key", "your-signing-key-here",
])
def test_placeholder_phrases_and_mixed_joints_are_no_slot_phrases(value: str) -> None:
    from promptscrub.secret_filters import is_slot_phrase

    assert not is_slot_phrase(value)


@pytest.mark.parametrize("value", ["gh[pousr]_[A-Za-z0-9]{36}", "[a-z0-9]{32}", "AKIA[0-9A-Z]{16}"])
def test_a_regex_of_a_token_format_is_no_value(value: str) -> None:
    assert is_no_value(value)


@pytest.mark.parametrize("value", ["d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
                                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"])
def test_the_digests_of_the_empty_input_are_documented_values(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["!vault", "!secret", "!!binary", "!Ref", "JBSWY3DPEHPK3PXP"])
def test_yaml_tags_and_the_totp_sample_are_placeholders(value: str) -> None:
    assert is_placeholder(value)


def test_the_oauth_specifications_examples_are_placeholders_and_tokens_of_their_shape_are_not() -> None:
    from promptscrub.scrubber import build_scrubber
    from promptscrub.config import load_config
    from promptscrub.vault import Vault

    spec = ('Authorization: MAC id="h480djs93hd8",\n  mac="bhCQXTVyfj5cmA9uKkPFx1zeOXM="\n'
            "GET /resource?access_token=mF_9.B5f-4.1JqM HTTP/1.1\n"
            '{"access_token":"2YotnFZFEjr1zCsicMWpAA", "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}\n'
            "Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n")
    scrubber = build_scrubber(load_config(None))
    assert scrubber.redact(spec, Vault()).text == spec
    # the same lines with values of the same shape drawn here are redacted, every one of them (the MAC id
    # names a key, it is none)
    rng = random.Random("oauth")
    own = spec
    for v in ("bhCQXTVyfj5cmA9uKkPFx1zeOXM", "mF_9.B5f-4.1JqM", "2YotnFZFEjr1zCsicMWpAA",
              "tGzv3JOkF0XG5Qx2TlKWIA", "czZCaGRSa3F0MzpnWDFmQmF0M2JW"):
        own = own.replace(v, "".join(rng.choice(B62) if c.isalnum() else c for c in v))
    out = scrubber.redact(own, Vault()).text
    assert not any(tok in out for tok in re.findall(r"[A-Za-z0-9_.=-]{14,}", own) if tok not in spec), out


@pytest.mark.parametrize("seed", range(10))
def test_printf_field_inside_a_random_password_is_no_format_string(seed: int) -> None:
    rng = random.Random(f"pct/{seed}")
    up, low = string.ascii_uppercase, string.ascii_lowercase
    humps = rng.choice(up) + rng.choice(low) + str(rng.randrange(10, 99)) + rng.choice(low) + rng.choice(up)  # Qa47kR
    parts = [humps, rng.choice("@#!") + rand(B62, 3, rng.randrange(10**9)), "%" + rng.choice("dsr") + rand(B62, 4, rng.randrange(10**9))]
    rng.shuffle(parts)
    v = "".join(parts)
    assert not is_placeholder(v), v


@pytest.mark.parametrize("seed", range(10))
def test_an_at_sign_beside_a_printf_field_makes_a_password(seed: int) -> None:
    """``xY12@q%sab``: the field's neighbours hold no random humps, but an ``@`` with no domain after it is a
    password's symbol, not a format string's text (``user_%s@example.com`` still is one)."""
    rng = random.Random(f"at/{seed}")
    low = string.ascii_lowercase
    v = rand(B62, 3, seed) + str(rng.randrange(10, 99)) + "@" + rng.choice(low) + "%s" + "".join(rng.choices(low, k=4))
    assert not is_placeholder(v), v


@pytest.mark.parametrize("value", ["%s/PKG-INFO", "VS%0.f0COMNTOOLS", "%s@%s", "user_%d_token", "Win32Error%d", "user_%s@example.com",
                                   "#docsign#[#docsignopt#]", "{a}:{b}"])
def test_format_strings_still_are(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("seed", range(5))
def test_public_keys_and_object_ids(seed: int) -> None:
    from promptscrub.secret_filters import is_public

    rng = random.Random(f"public/{seed}")
    bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    assert is_public("age1" + "".join(rng.choice(bech32) for _ in range(58)))
    assert is_public("B" + rand(B62 + "-_", 86, rng.randrange(10**9)))  # a VAPID / P-256 public point
    assert is_public("pk_live_" + rand(B62, 99, rng.randrange(10**9)))
    assert is_public("pi_" + rand(B62, 24, rng.randrange(10**9)))
    assert is_public("cus_" + rand(B62, 14, rng.randrange(10**9)))
    assert not is_public("AGE-SECRET-KEY-1" + "".join(rng.choice(bech32.upper()) for _ in range(58)))
    assert not is_public("sk_live_" + rand(B62, 99, rng.randrange(10**9)))
    assert not is_public("whsec_" + rand(B62, 32, rng.randrange(10**9)))
    assert not is_public(rand(B62 + "-_", 43, rng.randrange(10**9)))  # a VAPID private key


@pytest.mark.parametrize("seed", range(5))
def test_base64_of_public_file_formats_is_not_a_secret(seed: int) -> None:
    import base64

    rng = random.Random(f"files/{seed}")
    body = bytes(rng.randrange(256) for _ in range(48))
    for magic in (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"%PDF-1.7\n", b"wOF2\x00\x01"):
        assert is_not_secret(base64.b64encode(magic + body).decode()), magic
    assert not is_not_secret(base64.b64encode(b"\x1f\x8b\x08\x00" + body).decode())  # gzip may carry anything


@pytest.mark.parametrize("value", ["x25519.X25519PrivateKey", "ed25519.Ed25519PublicKey", "ed448.Ed448PrivateKey"])
def test_dotted_names_with_a_curve_are_code(value: str) -> None:
    assert is_not_secret(value)


@pytest.mark.parametrize("value", ["Notable27-", "Bw9UyewegSz--", "0@SI.EFyP9ZB2gG2"])
def test_a_password_ending_in_punctuation_or_holding_an_at_is_no_identifier_or_address(value: str) -> None:
    """Identifiers end in a letter, digit or _; an e-mail address ends in a letters-only top-level domain."""
    assert not is_not_secret(value)


# -- letters-only generated passwords (audit 4) ------------------------------------------------------------

@pytest.mark.parametrize("seed", range(20))
def test_random_letters_with_odd_humps_are_kept(seed: int) -> None:
    """A vowel-rich run of random letters passes _wordy; two humps with pairs no word has (qr, aq at a hump's
    end, xw ...) say it is generated."""
    from promptscrub.secret_filters import _random_letters

    rng = random.Random(f"letters/{seed}")
    while True:
        v = "".join(rng.choice(string.ascii_letters) for _ in range(rng.randrange(12, 30)))
        if _random_letters(v):
            break
    assert not is_not_secret(v), v


@pytest.mark.parametrize("value", [
    "TokenizerStateMachine", "PostgresExplainLexer", "JsonBareObjectLexer", "SQLNativeSqlHandle",
    "MKGeoJSONObjectType", "formatGridFreqTip", "AdjustObjectSize", "xmlIsValidObject", "SQLTxnSuccess",
])
def test_identifiers_with_abbreviations_are_not_random_letters(value: str) -> None:
    from promptscrub.secret_filters import _random_letters

    assert not _random_letters(value)
    assert is_not_secret(value)


def test_a_digest_opening_a_git_log_or_checksum_row_is_not_a_secret():
    import hashlib

    from promptscrub.secret_context import heads_listing_row

    sha = hashlib.sha1(b"audit5-row").hexdigest()
    for text in (f"{sha} Bump attrs to 23.2.0\n", f"{sha}  dist.tar.gz\n", f"{sha} *dist.bin\n", f"{sha}\trefs/heads/main\n",
                 f"x\n{sha} Docs: clarify\n"):
        start = text.index(sha)
        assert heads_listing_row(text, start, start + len(sha)), text
    for text, value in ((f"{sha}\n", sha), (f"KEY={sha} rest\n", sha), (f"  {sha} indented\n", sha),
                        (f"{sha.upper()} Bump\n", sha.upper())):
        start = text.index(value)
        assert not heads_listing_row(text, start, start + len(value)), text


def test_in_a_password_slot_capitals_small_letters_and_digits_make_a_password():
    """``RKPFLzro32Js73`` splits into word-like humps; where a password stands it is one all the same."""
    from promptscrub.secret_filters import is_not_secret

    value = "RKPFLzro32Js73"
    assert is_not_secret(value)  # a generic rule, with no password in sight, reads it as an identifier
    assert not is_not_secret(value, password_slot=True)
    assert is_not_secret("getUserPassword", password_slot=True)  # no digit: an identifier
    assert is_not_secret("/etc/app/v2/conf3.yaml", password_slot=True)  # a path stays a path
    assert is_not_secret("TestParseConfig2", password_slot=True)  # an identifier ends in its digits
    assert is_not_secret("Staplesunset21")  # a word or two and a number: a word-made identifier, with no password in sight
    for made_up in ("Staplesunset21", "Pirateriver21", "Windowframe2024"):  # ... and a made-up password where one stands
        assert not is_not_secret(made_up, password_slot=True), made_up


def test_a_passcode_announced_in_a_chat_is_redacted():
    from promptscrub.config import Config
    from promptscrub.scrubber import build_scrubber

    text = "10:31:40 From Ana to Everyone:\n\trecording passcode for people who missed it: QWmTNvzu48Ka19\n"
    assert any(text[f.start:f.end] == "QWmTNvzu48Ka19" for f in build_scrubber(Config()).find(text))


def test_a_code_counted_out_or_repeated_is_an_example_code() -> None:
    from promptscrub.secret_filters import is_example_code

    for code in ("0000", "1234", "9876", "123-456", "4444#"):
        assert is_example_code(code), code
    for code in ("4821", "0394", "553 201", "1234567890123"):  # a list of codes is not one example
        assert not is_example_code(code), code


def test_in_a_password_slot_hex_of_a_digest_width_is_a_key():
    """A signing key is often generated as hex (``[]byte("<40 hex>")``); only outside a password slot does a
    digest's width make hex a hash."""
    value = "3f9c0a7e5b12d4c86e0f1a2b9c7d5e3f4a6b8c0d"
    assert is_not_secret(value)
    assert not is_not_secret(value, password_slot=True)
    assert is_not_secret("5d1e7c3a-92b4-4f08-a6e1-3c7b9d2f04a8", password_slot=True)  # a UUID stays an id


def test_base64_of_a_pem_certificate_or_public_key_is_no_secret():
    """A kubeconfig's certificate-authority-data: is a PEM certificate in base64: public, whatever its entropy."""
    import base64

    body = "".join(random.Random(7).choice(string.ascii_letters + string.digits) for _ in range(64))
    for kind in ("CERTIFICATE", "PUBLIC KEY"):
        pem = f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----\n".encode()
        assert is_not_secret(base64.b64encode(pem).decode())
    private = base64.b64encode(f"-----BEGIN PRIVATE KEY-----\n{body}\n".encode()).decode()
    assert not is_not_secret(private)


@pytest.mark.parametrize("value", [
    r"\f[R],", r"\fB\-keypass\fR", r"\*(Aq",                 # troff markup where a man page names an option
    r"\s[^#]*$/", r"^\d+\s.*$",                               # a regular expression (sed, grep, a validator)
    "getent passwd", "cat /etc/shadow", "pass show mail/imap", "op read op://vault/db/password",  # commands
    "$self->{dbpass}", "$cfg->password", "$Config::pass",     # a Perl/PHP variable's member
    "projects/7731/secrets/billing-db/versions/3", "arm64/neon/sha-update.S", "src/main/resources",  # paths
    "ERR_CONN_ACCESS_REFUSED", "KEY_USAGE_DIGITAL_SIGNATURE",  # C constants
    "1:4.13+dfsg1-1+deb12u1", "2.36-9+deb12u14", "1:2.38.1-5+b1", "0.9.8-2ubuntu3",  # Debian package versions
    "salsa20-256-set-key.c", "s390x/msa_x1/sha256-compress.asm", "read_config-file.py",  # source files
])
def test_markup_regexes_commands_and_members_are_no_value(value: str) -> None:
    assert is_no_value(value)


@pytest.mark.parametrize("value", [
    "correct horse battery staple", "catwalk-Pasture-91", "f[R]x9Lk2Q", "Zq8$vLm2->Kx9", "sed4Lq!x9",
    "cat is 9 lives", rand(B62, 1, 20), "AKIA_X7QW_ZP3K_L9MN", "3.14-Kx9+deb", "1:Qz7xR4m2", "2.7-9Lq~x", "kx9-qtz7.py", "zq8_vlm2-rt.c",
])
def test_passwords_are_values(value: str) -> None:
    assert not is_no_value(value)


def test_a_password_option_in_a_man_page_source_is_no_finding() -> None:
    """A specific rule places the value (``-storepass X``), yet troff's font change after the option is markup."""
    from promptscrub.config import load_config
    from promptscrub.scrubber import build_scrubber

    text = ".TP\n\\f[CB]\\-storepass\\f[R], \\f[CB]\\-keypass\\f[R]\nThe keystore password.\n"
    assert [f for f in build_scrubber(load_config(None)).find(text) if f.category == "secret"] == []


def test_random_base64_with_slashes_is_no_path() -> None:
    """Base64 holds slashes: a random key cut by two or more of them is still a value, not a relative path."""
    rng = random.Random("b64-slashes")
    for length in (20, 32, 40, 64):
        for _ in range(3000):
            v = "".join(rng.choice(B62 + "+/") for _ in range(length))
            if v.count("/") >= 2:
                assert not is_no_value(v), v


@pytest.mark.parametrize("value", ["#e6edf3", "#fff", "#00000080", "#C9D1D9"])
def test_a_hex_colour_is_not_secret(value: str) -> None:
    """Found by running the flow rules over 104 MB of installed packages: a style's ``Token: FG_DEFAULT``
    led to ``FG_DEFAULT = "#e6edf3"``."""
    assert is_not_secret(value)


def _b64(data: object, urlsafe: bool = False) -> str:
    raw = (data if isinstance(data, str) else json.dumps(data)).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=") if urlsafe else base64.b64encode(raw).decode()


@pytest.mark.parametrize("seed", range(5))
def test_base64_of_a_cursor_or_a_sentence_is_plain_data(seed: int) -> None:
    """A page token is the base64 of a small JSON object of numbers, dates, words or UUIDs: no secret."""
    rng = random.Random(f"cursor/{seed}")
    after = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    for data, urlsafe in (({"page": rng.randint(2, 99), "offset": rng.randint(10, 9999)}, False),
                          ({"after": after, "limit": rng.randint(10, 100)}, True),
                          ({"created_at": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00Z",
                            "sort": "created_at_desc", "id": rng.randint(1, 10**9)}, True),
                          ([rng.randint(1, 500), "next"], False),
                          ("page two of the results, sorted by name", False)):
        value = _b64(data, urlsafe)
        assert is_encoded_plain_data(value), (data, value)
        assert is_encoded_plain_data(value.rstrip("=") + "%3D" * (len(value) - len(value.rstrip("=")))), value


@pytest.mark.parametrize("seed", range(5))
def test_base64_of_a_credential_is_never_plain_data(seed: int) -> None:
    """What carries a secret stays one: a service-account file (its private_key), a Docker config's auth, an
    object holding a random token or a hex key, the base64 of a token, a user:password pair, random bytes."""
    rng = random.Random(f"b64-secret/{seed}")
    tok = rand(B62, 40, rng.randrange(10**9))
    hexkey = rand("0123456789abcdef", 40, rng.randrange(10**9))
    for data in ({"type": "service_account", "project_id": "p", "private_key": "-----BEGIN PRIVATE KEY-----\n"},
                 {"auths": {"registry.example.com": {"auth": _b64("deploy:" + tok[:12])}}},
                 {"k": tok, "n": "grafana", "id": 1}, {"v": hexkey}, {"password": "Maple" + tok[:4]},
                 {"clientSecret": tok[:20]}, tok, "deploy:" + tok[:14], "the key is " + tok):
        assert not is_encoded_plain_data(_b64(data)), data
    raw = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    assert not is_encoded_plain_data(raw)


def _generated_password(rng: random.Random) -> str:
    """Letters in random case around one run of digits, as password generators and people make them: humps
    that are no words (``Xkr``), so no identifier."""
    cons, vow = "bcdfghjklmnpqrstvwxz", "aeiou"
    word = lambda n: "".join(rng.choice(cons if i % 2 == 0 else vow) for i in range(n))  # noqa: E731
    junk = "".join(rng.choice(cons) for _ in range(3))
    return word(5).capitalize() + str(rng.randint(10, 99)) + junk.capitalize() + rng.choice(cons).upper() + rng.choice(vow)


@pytest.mark.parametrize("seed", range(20))
def test_a_generated_password_with_one_run_of_digits_is_no_identifier(seed: int) -> None:
    value = _generated_password(random.Random(seed))
    assert not is_not_secret(value), value
    assert not is_not_secret(value, password_slot=True), value


@pytest.mark.parametrize("value", ["CmdLine2Parser", "PkgConfig2Loader", "XmlDoc5Reader", "Base64Encoder", "Utf8Decoder"])
def test_identifiers_with_consonant_abbreviations_stay_identifiers(value: str) -> None:
    assert is_not_secret(value)
