"""literal_flow: a variable used in a credential's slot is traced to the literal assigned to it, in the
assignment forms of the common languages; a name bound to anything but a literal gives nothing."""
from __future__ import annotations

import random
import string

import pytest

from promptscrub.config import Config
from promptscrub.literal_flow import assigned_literal
from promptscrub.scrubber import build_scrubber


def value_of(text: str, name: str, use: str) -> str | None:
    at = text.index(use) + use.index(name)
    span = assigned_literal(text, at, at + len(name))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("assignment", [
    'const k = "{v}";', "let k = '{v}';", 'var k = `{v}`;', 'k := "{v}"', 'k = b"{v}"', 'String k = "{v}";',
    'val k: String = "{v}"', 'const k: &[u8] = b"{v}";', '$k = \'{v}\';', 'k = Buffer.from("{v}", "base64");',
    'k = bytes.fromhex("{v}")', 'var k = Convert.FromBase64String("{v}");', 'k = base64.b64decode("{v}")',
])
def test_assignment_forms(assignment: str) -> None:
    v = "".join(random.Random(assignment).choice(string.ascii_letters + string.digits) for _ in range(24))
    name = "$k" if assignment.startswith("$") else "k"
    text = assignment.format(v=v) + f"\nsign(payload, {name})\n"
    assert value_of(text, name, f"sign(payload, {name})") == v


def test_the_last_assignment_before_the_use_wins_else_the_first_after() -> None:
    text = 'k = "first-value-1"\nk = "second-value-2"\nuse(k)\nk = "third-value-3"\n'
    assert value_of(text, "k", "use(k)") == "second-value-2"
    text = 'use(K)\nK = "declared-below-1"\nK = "declared-below-2"\n'
    assert value_of(text, "K", "use(K)") == "declared-below-1"


@pytest.mark.parametrize("text", [
    "k = os.environ['KEY']\nuse(k)\n", "const k = getKey();\nuse(k)\n", "def f(k):\n    use(k)\n",
    'if k == "not-an-assignment":\n    use(k)\n', 'mk = "other-name-value"\nuse(k)\n', 'x.k = "member-not-variable"\nuse(k)\n',
])
def test_no_literal_no_value(text: str) -> None:
    assert value_of(text, "k", "use(k)") is None


SCRUBBER = build_scrubber(Config())


def secret_at(text: str, value: str) -> bool:
    start = text.index(value)
    return any(f.category == "secret" and f.start <= start and f.end >= start + len(value) for f in SCRUBBER.find(text))


@pytest.mark.parametrize("seed", range(4))
def test_secrets_reaching_a_slot_through_a_neutral_name_are_redacted(seed: int) -> None:
    rng = random.Random(seed)
    hexkey = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    tok = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(28)) + "7Qa"
    pw = rng.choice(["Harbor", "Willow", "Copper"]) + rng.choice("!+^") + rng.choice(["Otter", "Maple"]) + str(rng.randrange(10, 99))
    cases = [
        (f'const k = "{hexkey}";\nconst sig = crypto.createHmac("sha256", k).update(body).digest("hex");\n', hexkey),
        (f'String s = "{tok}";\nm.init(new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));\n', tok),
        (f'const a = "{pw}";\nconst pool = new Pool({{ host: "db", user: "app", password: a }});\n', pw),
        (f'auth = "{tok}"\nheaders = {{"Authorization": f"Bearer {{auth}}"}}\n', tok),
        (f'k = "{tok}"\nclient = Client(api_key=k)\n', tok),
    ]
    for text, value in cases:
        assert secret_at(text, value), text


@pytest.mark.parametrize("text", [
    "const k = process.env.HMAC_KEY;\nconst sig = crypto.createHmac('sha256', k).digest('hex');\n",
    "headers = {'Authorization': f'Bearer {token}'}\n",
    "def connect(user, pw):\n    return psycopg2.connect(user=user, password=pw)\n",
    'pw = "changeme"\nconn = connect(password=pw)\n',
    'name = "release_notes_page"\nrender(title=name, token=csrf)\n',
])
def test_no_literal_or_a_placeholder_reaches_the_slot(text: str) -> None:
    assert not [f for f in SCRUBBER.find(text) if f.category == "secret"]
