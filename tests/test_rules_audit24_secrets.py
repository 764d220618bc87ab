"""Audit 24 (ordinary code that the secret rules misread): UUIDs and hex digests that hex-token-after-name took
for keys -- behind a type annotation (``id: str = <uuid>``, ``checksum: str = <sha256>``), quoted in a message
(``inventory '<uuid>' missing``), cited in a comment (``# see <sha>``, ``# e.g. <sha256>``) or ending a
namespaced cache key (``'upload:index:<hex>'``) -- while a UUID or hex key under a secret's or a vendor's name,
typed or not, stays redacted; base64 pagination cursors (a page token that decodes to ``{"page": 37, ...}``), while
a base64'd service-account file, a base64'd key and a JWT stay redacted. Every value is generated here from a
seeded random (never stored)."""
from __future__ import annotations

import base64
import json
import random
import string
import uuid

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(6)


def secrets_in(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start:f.end]) for f in SCRUBBER.find(text) if f.category == "secret"]


def redacted(text: str, value: str) -> bool:
    """The value is inside one secret finding."""
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in SCRUBBER.find(text))


def a_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def a_hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# -- 1. UUIDs are ids ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_uuid_behind_a_type_annotation_is_judged_by_its_name(seed: int) -> None:
    rng = random.Random(f"typed-uuid/{seed}")
    u = a_uuid(rng)
    for text in (f'    id: str = "{u}"', f'const DEFAULT_ID: &str = "{u}";', f'val tenantId: String = "{u}"',
                 f'var ID string = "{u}"', f"export const orderId: string = '{u}';", f'    uid: Final = "{u}"'):
        assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_uuid_under_a_name_that_says_uuid_or_guid_is_no_secret(seed: int) -> None:
    rng = random.Random(f"named-uuid/{seed}")
    u = a_uuid(rng)
    for text in (f'let defaultID = UUID(uuidString: "{u}")!', f'guidValue = "{u}"', f"ParentGuid: {u}"):
        assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_uuid_quoted_in_a_message_is_no_secret(seed: int) -> None:
    rng = random.Random(f"message-uuid/{seed}")
    u = a_uuid(rng)
    noun = rng.choice(["inventory", "warehouse", "shipment", "product", "basket"])
    for text in (f"raise KeyError(f\"{noun} '{u}' missing\")", f'log.warn("{noun} \\"{u}\\" not found");',
                 f"error: {noun} '{u}' was deleted"):
        assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_uuid_or_hex_key_under_a_secret_or_vendor_name_stays_redacted(seed: int) -> None:
    rng = random.Random(f"uuid-key/{seed}")
    u, h = a_uuid(rng), a_hex(rng, rng.choice([32, 40]))
    for text, value in ((f'api_key: str = "{u}"', u), (f'const API_KEY: &str = "{h}";', h),
                        (f'var APIKey string = "{u}"', u), (f"HEROKU_API_KEY={u}", u), (f"blazemeter {u}", u),
                        (f'webhookSecret: string = "{h}"', h), (f"acmepay {h}", h),
                        (f"vendor '{u}' secret '{h}'", u), (f"vendor '{u}' secret '{h}'", h)):
        assert redacted(text, value), text


# -- 2. Hex digests ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_a_digest_behind_a_type_annotation_or_cited_in_a_comment_is_no_secret(seed: int) -> None:
    rng = random.Random(f"digest/{seed}")
    d64, d40 = a_hex(rng, 64), a_hex(rng, 40)
    for text in (f'    checksum: str = "{d64}"', f'    digest: Final = "{d40}"', f"# e.g. {d64}", f"# see {d40}",
                 f"// see {d40} for the fix", f"# cf. {d40}", f'export const revision: string = "{d40}";',
                 f'SHA = "{d64}"  # i.e. {a_hex(rng, 64)}'):
        assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_a_digest_ending_a_namespaced_cache_key_is_no_secret(seed: int) -> None:
    rng = random.Random(f"cache-key/{seed}")
    for n in (32, 40, 64):
        text = f"CACHE_KEY = '{rng.choice(['upload', 'thumbs', 'report'])}:index:{a_hex(rng, n)}'"
        assert secrets_in(text) == [], text


# -- 3. Base64 pagination cursors ----------------------------------------------------------------------------------

def b64(data: object, urlsafe: bool = False) -> str:
    raw = (data if isinstance(data, str) else json.dumps(data)).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=") if urlsafe else base64.b64encode(raw).decode()


@pytest.mark.parametrize("seed", SEEDS)
def test_a_base64_page_token_is_no_secret(seed: int) -> None:
    rng = random.Random(f"cursor/{seed}")
    page, offset, limit = rng.randint(2, 99), rng.randint(10, 9999), rng.randint(10, 100)
    cursor = b64({"page": page, "offset": offset}, urlsafe=bool(seed % 2))
    after = b64({"after": a_uuid(rng), "limit": limit}, urlsafe=True)
    for text in (f'pageToken = "{cursor}"', f'resp = get("/v1/items?page_token={cursor}&limit={limit}")',
                 f'NEXT_PAGE_TOKEN="{after}"', f'  "nextCursor": "{cursor}",', f"cursor: {after}"):
        assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_base64_of_a_key_a_service_account_or_a_jwt_stays_redacted(seed: int) -> None:
    rng = random.Random(f"b64-key/{seed}")
    tok = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))
    account = b64({"type": "service_account", "project_id": "billing", "private_key_id": a_hex(rng, 40),
                   "private_key": "-----BEGIN PRIVATE KEY-----\n" + tok + "\n-----END PRIVATE KEY-----\n"})
    header = b64({"alg": "HS256", "typ": "JWT"}, urlsafe=True)
    claims = b64({"sub": str(rng.randint(10**5, 10**6)), "iat": 1700000000 + rng.randint(0, 10**7)}, urlsafe=True)
    jwt = f"{header}.{claims}.{base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip('=')}"
    for text, value in ((f"GOOGLE_CREDENTIALS_B64={account}", account), (f'api_token = "{b64(tok)}"', b64(tok)),
                        (f'page_token = "{b64({"k": tok, "n": "x"})}"', b64({"k": tok, "n": "x"})),
                        (f"Authorization: Bearer {jwt}", jwt), (f'session = "{jwt}"', jwt)):
        assert redacted(text, value), text


# -- 4. COBOL working-storage passwords and Erlang distribution cookies ---------------------------------------------

WORDS = ["maple", "velvet", "harbor", "quartz", "willow", "falcon", "copper", "orchid", "tundra", "lantern"]


def made_up(rng: random.Random) -> str:
    """Words, a symbol and digits (Maple!Velvet6356)."""
    a, b = rng.sample(WORDS, 2)
    return a.capitalize() + rng.choice("!#.^_") + b.capitalize() + str(rng.randint(1000, 9999))


def cookie(rng: random.Random) -> str:
    """What Erlang writes to ~/.erlang.cookie: 20 random capitals."""
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(20))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_password_in_a_cobol_data_item_named_for_it_is_redacted(seed: int) -> None:
    rng = random.Random(f"cobol/{seed}")
    pw = made_up(rng)
    name = rng.choice(["WS-DB-PASS", "WS-PASSWORD", "DB2-PWD", "WS-FTP-PASSWD", "WS-API-SECRET", "WS-AUTH-TOKEN"])
    for text in (f"       01 {name} PIC X(20) VALUE '{pw}'.", f"000310 05  {name}  PIC X({len(pw)})  VALUE \"{pw}\".",
                 f"       77 {name} PICTURE IS X(30) VALUE IS '{pw}'."):
        assert redacted(text, pw), text
        assert [v for _, v in secrets_in(text)] == [pw], text


@pytest.mark.parametrize("seed", SEEDS)
def test_cobol_items_about_a_password_are_no_secret(seed: int) -> None:
    rng = random.Random(f"cobol-neg/{seed}")
    for text in ("       01 WS-PASSWORD-MSG PIC X(30) VALUE 'INVALID PASSWORD ENTERED'.",
                 "       01 WS-PASS-FLAG PIC X VALUE 'N'.", "       01 WS-DB-PASS PIC X(20) VALUE SPACES.",
                 f"       05 WS-SORT-KEY PIC X(10) VALUE 'CUST{rng.randint(100000, 999999)}'.",
                 f"       01 WS-PWD-LEN PIC X(2) VALUE '{rng.randint(10, 32)}'."):
        assert secrets_in(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
def test_an_erlang_distribution_cookie_is_redacted(seed: int) -> None:
    rng = random.Random(f"cookie/{seed}")
    c = cookie(rng)
    for text in (f"-define(COOKIE, '{c}').", f"-define(NODE_COOKIE, '{c}').",
                 f"    true = erlang:set_cookie(node(), '{c}'),", f"    erlang:set_cookie('{c}'),",
                 f"erl -sname worker -setcookie {c} -s app start", f"-setcookie {c}",
                 f'Node.set_cookie(node(), :"{c}")', f"iex --sname dev --cookie {c} -S mix",
                 f"RABBITMQ_ERLANG_COOKIE={c}", f"export RELEASE_COOKIE={c}"):
        assert redacted(text, c), text


def test_cookie_names_variables_and_http_cookies_are_no_erlang_cookie() -> None:
    for text in ("-define(COOKIE, ?DEFAULT_COOKIE).", "erlang:set_cookie(node(), Cookie),",
                 "erl -sname worker -setcookie $ERLANG_COOKIE", "RELEASE_COOKIE=${RELEASE_COOKIE}",
                 "-define(COOKIE_HEADER, os:getenv(\"COOKIE\")).", "curl --cookie \"lang=en\" https://example.org/"):
        assert [r for r, _ in secrets_in(text) if r == "erlang-distribution-cookie"] == [], text
