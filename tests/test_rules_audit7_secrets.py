"""Secret shapes from the seventh leak audit, every value generated here from a seeded RNG: Redis passwords in
MONITOR / redis-cli form (AUTH, HELLO ... AUTH, MIGRATE ... AUTH / AUTH2, CONFIG SET requirepass, ACL SETUSER),
an AWS secret access key in a table row after its key id (wide columns, cells between, a key id OCR broke
with a blank or a line break), a ``sid`` session cookie with percent signs in its value; and what must stay
quiet: a UUID in prose (``an id such as <uuid>.``), template GCP project ids (``your-project-id``), Redis's own
``(redacted)``, a Windows SID, an upper-case word after ``ASIA``."""
from __future__ import annotations

import random
import string
import uuid

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())
SEEDS = range(8)
B62 = string.ascii_letters + string.digits
B32 = string.ascii_uppercase + "234567"
CONSONANTS, VOWELS = "bcdfghklmnprstvz", "aeiou"
BANNED = ("test", "fake", "exam", "sampl", "dumm", "demo", "pass", "key", "your", "here", "xxx")


def _clean(s: str) -> bool:
    return not any(b in s.lower() for b in BANNED)


def word(rng: random.Random) -> str:
    while True:
        w = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randrange(2, 4)))
        if _clean(w):
            return w


def password(rng: random.Random) -> str:
    """A generated password with symbols (a quote and a backslash too, escaped as MONITOR prints them)."""
    while True:
        s = "".join(rng.choice(B62 + "!#$%&*+-.:=?@^_~") for _ in range(rng.randrange(10, 22)))
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s) and _clean(s):
            return s


def key_id(rng: random.Random) -> str:
    while True:
        s = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
        if any(c.isdigit() for c in s[4:]):
            return s


def secret_key(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice(B62 + "/+") for _ in range(40))
        if any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c.isdigit() for c in s) and _clean(s):
            return s


def findings(text: str, category: str = "secret") -> list:
    return [f for f in SCRUBBER.find(text) if f.category == category]


def covered(text: str, value: str) -> bool:
    """Every character of ``value`` is inside a secret finding."""
    start = text.index(value)
    spans = [(f.start, f.end) for f in findings(text)]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)))


def values(text: str, category: str = "secret") -> list[str]:
    return [text[f.start:f.end] for f in findings(text, category)]


def monitor(rng: random.Random, *args: str) -> str:
    ip = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    quoted = " ".join('"' + a.replace("\\", "\\\\").replace('"', '\\"') + '"' for a in args)
    return f"{rng.randrange(1_600_000_000, 1_800_000_000)}.{rng.randrange(10**6):06d} [0 {ip}:{rng.randrange(1024, 65535)}] {quoted}"


# -- 1. Redis MONITOR / redis-cli --------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_redis_monitor_auth_forms(seed: int) -> None:
    rng = random.Random(f"redis/{seed}")
    pw, user = password(rng), word(rng)
    cases = [
        monitor(rng, "AUTH", pw),
        monitor(rng, "auth", user, pw),
        monitor(rng, "HELLO", "3", "AUTH", user, pw, "SETNAME", word(rng)),
        monitor(rng, "CONFIG", "SET", "requirepass", pw),
        monitor(rng, "CONFIG", "SET", "maxmemory", "2gb", "masterauth", pw),
        monitor(rng, "MIGRATE", "10.0.0.9", "6379", "", "0", "5000", "COPY", "AUTH", pw, "KEYS", word(rng), word(rng)),
        monitor(rng, "MIGRATE", "10.0.0.9", "6379", word(rng), "3", "5000", "AUTH2", user, pw),
        monitor(rng, "ACL", "SETUSER", user, "on", ">" + pw, "~cache:*", "+get"),
        f"127.0.0.1:6379> HELLO 3 AUTH {user} {pw}",
        f"127.0.0.1:6379> ACL SETUSER {user} on >{pw} ~cache:* +get",
    ]
    for text in cases:
        shown = pw.replace("\\", "\\\\").replace('"', '\\"') if text.count('"') > 2 else pw
        assert covered(text, shown), (text, values(text))
        assert user not in values(text), (text, values(text))  # the user name is not the password


@pytest.mark.parametrize("seed", SEEDS)
def test_redis_monitor_quiet(seed: int) -> None:
    rng = random.Random(f"redis-quiet/{seed}")
    for text in [
        monitor(rng, "AUTH", "(redacted)"),
        monitor(rng, "AUTH", word(rng), "(redacted)"),
        monitor(rng, "SET", "auth", word(rng) + word(rng)),
        monitor(rng, "HGET", f"user:{rng.randrange(10**5)}", "auth"),
        f"python manage.py migrate auth 0001_{word(rng)}",
    ]:
        assert values(text) == [], text


# -- 2. AWS secret access key next to its key id --------------------------------------------------------------------

def _split(rng: random.Random, kid: str, sep: str) -> str:
    at = rng.randrange(4, 20)
    return kid[:at] + sep + kid[at:]


@pytest.mark.parametrize("seed", SEEDS)
def test_aws_secret_in_table_row_after_key_id(seed: int) -> None:
    rng = random.Random(f"aws/{seed}")
    header = "Access key ID      Secret access key\n"
    for sep in ("", " ", " \n", "\n"):
        kid, sk = key_id(rng), secret_key(rng)
        shown = _split(rng, kid, sep) if sep else kid
        gap = " " * rng.randrange(3, 24)
        for row in (f"{shown}{gap}{sk}\n",
                    f"{shown}{gap}Active{gap}2025-0{rng.randrange(1, 9)}-1{rng.randrange(10)}{gap}{sk}\n",
                    f"{word(rng)},,{shown},{sk},https://{word(rng)}.signin.aws.amazon.com/console\n"):
            text = header + row + "Status: Active   Created: 2 minutes ago\n"
            assert covered(text, sk), (text, values(text))
            assert covered(text, shown), (text, values(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_aws_split_key_id_alone(seed: int) -> None:
    rng = random.Random(f"aws-split/{seed}")
    kid = key_id(rng)
    shown = _split(rng, kid, " ")
    text = f"[screenshot] IAM > Users > {word(rng)} > {shown}   Active"
    assert covered(text, shown), (text, values(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_aws_pair_quiet(seed: int) -> None:
    rng = random.Random(f"aws-quiet/{seed}")
    kid = key_id(rng)
    digest = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    caps = "".join(rng.choice(string.ascii_uppercase) for _ in range(16))
    text = f"{kid}   {digest}"
    assert "aws-secret-access-key-pair" not in [f.rule_id for f in findings(text)], findings(text)
    # a word after ASIA, or one character too many, is no key id
    for text in (f"TOUR OF ASIA {caps} 2025", f"ASIA{caps[:5]} {caps[5:]}{rng.choice('234567')}X"):
        assert values(text) == [], text


# -- 3. session cookie with percent signs ---------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_sid_cookie_with_percent(seed: int) -> None:
    rng = random.Random(f"cookie/{seed}")
    for _ in range(3):
        body = "".join(rng.choice(B62 + "-_") for _ in range(rng.randrange(24, 40)))
        body = body[:4] + str(rng.randrange(10)) + body[4:]
        at = rng.randrange(0, len(body))
        for v in ("%" + body, body[:at] + "%" + body[at:], f"%{rng.randrange(16, 256):02X}" + body):
            for text in (f'    "cookie": "sid={v}; theme=dark"', f"Cookie: lang=en; sid={v}; path=/"):
                assert covered(text, v), (text, values(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_windows_sid_is_no_cookie(seed: int) -> None:
    rng = random.Random(f"winsid/{seed}")
    sid = "S-1-5-21-" + "-".join(str(rng.randrange(10**9, 4 * 10**9)) for _ in range(3)) + f"-{rng.randrange(1000, 9999)}"
    assert values(f"sid={sid}") == []


# -- 4. UUIDs ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_uuid_in_prose_is_no_secret(seed: int) -> None:
    rng = random.Random(f"uuid/{seed}")
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    for text in (f'    """Fetch one {word(rng)}; {word(rng)}_id is a UUID such as {u}."""',
                 f"# see {rng.choice(['request', 'record', 'invoice', 'event', 'ticket'])} {u} for the details",
                 f"e.g. {u}",
                 f"like {u}, or any other"):
        assert values(text) == [], (text, values(text))


@pytest.mark.parametrize("seed", SEEDS)
def test_uuid_assigned_to_a_key_name_is_secret(seed: int) -> None:
    rng = random.Random(f"uuid-key/{seed}")
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    name = word(rng).upper()
    for text in (f"{name}_API_KEY={u}", f'api_key = "{u}"', f"{name}_API_KEY {u}", f"heroku auth token {u}"):
        assert covered(text, u), (text, values(text))


# -- 5. GCP project placeholders ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["your-project-id", "my-project-id", "your-gcp-project", "project-id", "myprojectid",
                                   "example-project-123"])
def test_gcp_placeholder_project_ids_are_left(value: str) -> None:
    for text in (f'{{\n  "project_info": {{\n    "project_number": "000000000000",\n    "project_id": "{value}"\n  }}\n}}',
                 f"gcloud run deploy api --project {value}",
                 f"gcr.io/{value}/api:1.0",
                 f"projects/{value}/topics/events"):
        assert values(text, "internal") == [], (text, values(text, "internal"))


@pytest.mark.parametrize("seed", SEEDS)
def test_gcp_real_project_ids_still_found(seed: int) -> None:
    rng = random.Random(f"gcp/{seed}")
    pid = f"{word(rng)}-{word(rng)}-{rng.randrange(100000, 999999)}"
    for text in (f'"project_id": "{pid}"', f"gcloud run deploy api --project {pid}", f"projects/{pid}/topics/events"):
        assert pid in values(text, "internal"), (text, values(text, "internal"))
