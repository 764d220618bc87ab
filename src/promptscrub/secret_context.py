"""Secret filters that need the text around a value, not just the value (``secret_filters`` judges values).

A table of digests: test suites and lock-like files pin hashes in blocks of lines, each holding a hex string
of the same digest width (``'int16': '7b07f1...'``), introduced by text that says they are hashes ("a sha256
hash of ...", ``# checksums``). A hex API key has the same shape as a digest, so the value
alone cannot tell them apart; the block and its heading can. Both are required: a block of same-width hex
keys in an ``.env`` file has no hash word, and a lone key under a ``sha256`` comment is not a table.

Also: a value assigned to a fake name (``FAKE_KEY=``), a value right after a password name (which makes a
passphrase a password), a value inside a ``${VAR:-default}`` expansion, a line of an Ansible Vault payload, the
conventional password of an anonymous login (``user = "anonymous"`` beside ``password = "wget@"``).
"""
from __future__ import annotations

import re

from .detectors import _lazyre as lazyre  # compiled on first use, from the regex code cache

#: Widths of the common digests: MD5, SHA-1, SHA-256, SHA-512 (hex).
DIGEST_WIDTHS = frozenset({32, 40, 64, 128})
_HEX = lazyre.compile(r"[0-9a-f]+|[0-9A-F]+")
_HASH_WORD = lazyre.compile(r"(?i)sha-?(?:1|224|256|384|512)|md5|blake2|(?<![a-z])hash|digest|checksum")
#: a first row that opens a collection literal (``NAME = {``, ``name: [``): its name is the table's heading
_OPENS_COLLECTION = lazyre.compile(r"[^\n]*?[=:]\s*[{\[(]")
#: lines a table may have above and below the value before it is looked at no further
_REACH = 40
#: lines above the table that may hold its heading
_HEADING_LINES = 6
_MIN_ROWS = 3


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


_ROW = {w: lazyre.compile(rf"(?<![0-9A-Za-z])(?:[0-9a-f]{{{w}}}|[0-9A-F]{{{w}}})(?![0-9A-Za-z])") for w in DIGEST_WIDTHS}


def _holds_hex_of_width(line: str, width: int) -> bool:
    return bool(_ROW[width].search(line))


def in_digest_table(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a hex string of a digest's width, is one row of a table of digests:
    at least three consecutive lines (with it) hold a hex string of that width, and a hash word is in the
    few lines above the table or in the name of the collection its first row opens. (Not in its rows:
    ``HASH_SALT=<hex>`` beside two hex keys is no heading.)"""
    value = text[start:end]
    if len(value) not in DIGEST_WIDTHS or not _HEX.fullmatch(value):
        return False
    width = len(value)
    ls, le = _line_bounds(text, start, end)
    rows = 1
    top = ls  # start of the table's first line
    for _ in range(_REACH):  # upwards
        if top == 0:
            break
        prev = text.rfind("\n", 0, top - 1) + 1
        line = text[prev:top - 1]
        if not _holds_hex_of_width(line, width):
            break
        rows += 1
        top = prev
    bottom = le
    for _ in range(_REACH):  # downwards
        if bottom >= len(text):
            break
        nxt = text.find("\n", bottom + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[bottom + 1:nxt]
        if not _holds_hex_of_width(line, width):
            break
        rows += 1
        bottom = nxt
    if rows < _MIN_ROWS:
        return False
    heading_start = top
    for _ in range(_HEADING_LINES):
        if heading_start == 0:
            break
        heading_start = text.rfind("\n", 0, heading_start - 1) + 1
    row_end = text.find("\n", top)
    first_row = text[top:row_end if row_end >= 0 else len(text)]
    opened = _OPENS_COLLECTION.match(first_row)  # ``INT_FUNC_HASHES = {'binomial': '2fbe...'``: named by its own first row
    return bool(_HASH_WORD.search(text, heading_start, top + (opened.end() if opened else 0)))


#: Words that make a name say its value is made up. Not ``test``: a test key is often a real staging key.
FAKE_WORDS = frozenset({"fake", "fakes", "dummy", "dummies", "example", "examples", "mock", "mocked", "mocks",
                        "placeholder", "placeholders"})
#: The name a value is assigned to, right before it on its line: ``FAKE_KEY=``, ``"dummy_token": "``,
#: ``example_api_key: ``, ``$mock_secret = '``, ``self.placeholder_token := `` (its last dotted part: a
#: host such as ``api.example.com:`` is no name, and ``fake.api_key`` names an API key).
_ASSIGNED_TO = lazyre.compile(r"""(?<![\w$@-])([A-Za-z_$@][\w$@-]{0,120})["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*[@$]?["'`]?\Z""")
_NAME_WORDS = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def assigned_to_fake_name(text: str, start: int) -> bool:
    """Whether the value at ``start`` is assigned to a name that says it is fake (``FAKE_KEY=...``,
    ``dummy_token = "..."``, ``mockSecret: ...``): a test fixture, not a secret. The name must be the one
    the value is assigned to, right before it on its line, and made of a fake word and at least one
    other: a fake word alone (``Example: ...``, ``Sample=``) labels a value shown in prose, which may be
    a real one."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    m = _ASSIGNED_TO.search(text, max(line_start, start - 200), start)
    if not m:
        return False
    words = [w.lower() for w in _NAME_WORDS.findall(m.group(1))]
    return len(words) >= 2 and any(w in FAKE_WORDS for w in words)


#: The value of a name/value pair whose name field comes first (HAR headers and cookies, Kubernetes and ECS env
#: lists, Postman variables): ``"name": "x-request-id",\n "value": "`` up to the value (the name captured).
_PAIR_VALUE_BEFORE = lazyre.compile(
    r"""["']?(?:name|key)["']?[ \t]*:[ \t]*["']?([\w.:-]{1,80})["']?[ \t]*,?\s{0,40}"""
    r"""["']?value["']?[ \t]*:[ \t]*["']?\Z""")
#: a pair's name that says its value is an id, not a credential: a request, trace or correlation id header
#: (x-request-id, X-Amzn-Trace-Id, traceparent, cf-ray, etag), any name ending in id / uuid / guid -- not a
#: session's, a secret's, a token's or a key's id (VAULT_SECRET_ID is the AppRole's secret half)
_ID_NAME = lazyre.compile(
    r"(?i)(?!.*(?:session|secret|token|passw|auth|cred|private))"
    r"(?:.*(?:[-_.]|(?<=[a-z])(?-i:(?=I))|^)(?:ids?|uuid|guid)|traceparent|tracestate|cf-ray|etag|if-none-match|x-amz-cf-id)\Z")


def named_as_id(text: str, start: int) -> bool:
    """Whether the value at ``start`` is the ``value`` of a name/value pair whose name says it is an id
    (``{"name": "x-request-id", "value": "<uuid>"}`` in a HAR file, ``- name: TRACE_ID\n  value: ...``): a UUID
    or random id there is a request's or a record's id, not a key."""
    m = _PAIR_VALUE_BEFORE.search(text, max(0, start - 300), start)
    return bool(m) and bool(_ID_NAME.match(m.group(1)))


#: Kafka's record dumps: ``ConsumerRecord(topic = t, ..., key = K, value = V)``, ``ProducerRecord(topic=t, ...,
#: key=K, value=V, timestamp=null)``, up to the record's key
_KAFKA_RECORD_KEY_BEFORE = lazyre.compile(r"\b(?:Consumer|Producer)Record\((?:topic|[^\n]{0,2000}?,[ \t]*)key[ \t]?=[ \t]?\Z")


def kafka_record_key(text: str, start: int) -> bool:
    """Whether the value at ``start`` is a Kafka record's key in a ``ConsumerRecord(...)`` /
    ``ProducerRecord(...)`` dump (a customer's or an order's id, often a UUID): the ``key`` is the topic's
    partition key, not a credential."""
    line_start = text.rfind("\n", max(0, start - 2100), start) + 1
    return bool(_KAFKA_RECORD_KEY_BEFORE.search(text, line_start, start))


#: A password name right before a value: a word of its own (``password:``, ``DB_PASSWORD=``, ``--password``,
#: ``"pwd": "``, ``pass=``), the last hump of a camelCase name (``postgresPassword:``, ``dbPass=``) or glued to
#: a lower- or upper-case prefix (``PGPASSWORD=``, ``rootpassword:``; not ``bypass``, ``compass``), then an
#: assignment, a comparison, ``is`` or a bare space, and maybe an opening quote. A secret key's name counts
#: too (``MINIO_SECRET_KEY:``, ``clientSecret=``): its value is often a password a person chose.
_PASSWORD_NAME_BEFORE = lazyre.compile(
    r"""(?:(?<![A-Za-z0-9])(?i:passw(?:or)?d|passphrase|pwd|pass|secret(?:[_-]?key)?)
         |(?<=[a-z0-9])(?:Password|Passwd|Passphrase|Pwd|Pass|Secret|SecretKey)
         |(?<=[A-Za-z])(?:PASSWORD|PASSWD|PASSPHRASE|PWD)
         |(?<=[a-z])(?:password|passwd|passphrase))
       \d{0,2}["']?\]?
       (?:[ \t]*(?:\|\|=|\?\?=|\?=|::?=|=>|===?|!==?|=|:|\.equals\()[ \t]*|[ \t]+(?:is[ \t]+)?)
       [@$]?[rbuN]?["'`]?\Z""",
    re.VERBOSE,
)
#: A password slot introduced without a password name: a setter or builder call (``ds.setPassword("``,
#: ``.password('``), SQL's ``IDENTIFIED [WITH plugin] BY '``.
_PASSWORD_SLOT_BEFORE = lazyre.compile(
    r"""(?:(?:\.|->|\b(?i:set|with)_?)(?i:password|passwd|pwd|passphrase)[ \t]*\([ \t]*[@$]?
        |\b(?i:identified[ \t]+(?:with[ \t]+\w+[ \t]+)?by)[ \t]+)["'`]?\Z""",
    re.VERBOSE,
)
#: A password named in one field of a name/value pair and given in the next, on the same line or the next
#: ones: Postman auth arrays and environments (``{"key": "password", "value": "``), ECS / Kubernetes env lists
#: (``{"name": "DB_PASSWORD", "value": "``, ``- name: DB_PASSWORD\n  value: ``), a few fields between them.
_PASSWORD_FIELD_BEFORE = lazyre.compile(
    r"""["']?(?:key|name)["']?[ \t]*:[ \t]*["']?(?:[\w.-]{0,40}[_.-])?(?i:passw(?:or)?d|passwd|passphrase|pwd|pass)["']?
        [ \t]*,?\s{0,40}(?:["']?(?:type|enabled|description|disabled)["']?[ \t]*:[ \t]*[^\n,]{0,60},?\s{0,40}){0,3}
        ["']?(?:value|currentValue|current_value|initialValue|initial_value)["']?[ \t]*:[ \t]*["']?\Z""",
    re.VERBOSE,
)
#: The user-info of a URL, up to the password (``postgres://app:``).
_URL_USER_BEFORE = lazyre.compile(r"[A-Za-z][\w+.-]{0,30}://[^\s:/?#@\"'<>]{0,100}:\Z")


#: A name saying its value identifies a public key: ``GPG_KEY`` (the official Docker images' release key),
#: ``*_KEY_ID`` (not a private or secret key's id: that one goes with the key), ``fingerprint``,
#: ``gpg --recv-keys``; then an assignment or a blank, and maybe a quote.
_KEY_ID_NAME_BEFORE = lazyre.compile(
    r"""(?i)(?:(?<![a-z0-9])(?:gpg|pgp)[_-]?keys?(?:[_-]?ids?)?|fingerprints?|(?<![a-z0-9])(?<!private[_-])(?<!secret[_-])(?<!access[_-])key[_-]?ids?|recv-keys?)
        ["']?[ \t]*(?::=|=|:|[ \t])[ \t]*["']?\Z""",
    re.VERBOSE,
)
#: A key id (8 or 16 hex digits) or a v4 fingerprint (40), maybe in groups of 4
_KEY_ID = lazyre.compile(r"[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{4}(?: ?[0-9A-Fa-f]{4}){9}")


def names_public_key_id(text: str, start: int, end: int) -> bool:
    """Whether the value is a key id or fingerprint after a name that says so (``ENV GPG_KEY=A035C8C1...``):
    published to verify signatures, never a secret, though 40 hex digits look like a token."""
    if not _KEY_ID.fullmatch(text, start, end):
        return False
    line_start = text.rfind("\n", max(0, start - 120), start) + 1
    return bool(_KEY_ID_NAME_BEFORE.search(text, max(line_start, start - 120), start))


#: A name saying its value is a public key, right before the value: ``PublicKey = `` (WireGuard's [Peer] and
#: [Interface]), ``public_key:``, ``"publicKey": "``, ``PUBKEY=``, ``server_pub_key=``; then an assignment
#: or a blank, and maybe a quote. Only the last word(s) of the name count: ``public_key_secret`` is no such name.
_PUBLIC_KEY_NAME_BEFORE = lazyre.compile(
    r"""(?i)(?<![a-z0-9])(?:[a-z0-9]{1,30}[_.-]?)?(?:public|pub)[_.-]?key(?:[_.-]?(?:b64|base64|hex|pem))?\d{0,2}
        ["'\]]{0,2}[ \t]*(?::=|=>|=|:|[ \t])[ \t]*["'`]?\Z""",
    re.VERBOSE,
)


def names_public_key(text: str, start: int, end: int) -> bool:
    """Whether the value follows a name that says it is a public key (``PublicKey = <base64>`` in a WireGuard
    config, ``public_key: ...``): published by design, whatever its shape. Not when the value is a private
    key block pasted under the wrong name (``PUBLIC_KEY=-----BEGIN PRIVATE KEY-----``)."""
    if "PRIVATE" in text[start:end].upper():
        return False
    line_start = text.rfind("\n", max(0, start - 120), start) + 1
    return bool(_PUBLIC_KEY_NAME_BEFORE.search(text, max(line_start, start - 120), start))


#: A content-addressed name: words (a tool, an OS, an architecture: ``node-cache-Linux-x64-npm-``,
#: ``pip-Windows-``, ``v1-deps-``) then a digest of the files it was built from, hex of an MD5, SHA-1 or SHA-256 width.
_NAMED_DIGEST = lazyre.compile(r"((?:[A-Za-z0-9_.]{1,30}-){1,8})(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})")
_PLATFORM_WORD = lazyre.compile(
    r"(?i)(?:linux|windows|win(?:32|64)?|macos|osx|darwin|ubuntu|debian|alpine|x64|x86(?:_64)?|amd64|arm64|aarch64"
    r"|armv\d\w*|i386|cache|deps|node|npm|yarn|pnpm|pip|poetry|gradle|maven|cargo|go|gems?|bundler|composer"
    r"|nuget|docker|buildx|lock(?:file)?|build|setup|toolchain|python\d*|py\d*|ruby\d*|jdk\d*|java\d*)"
)
_CACHE_KEY_BEFORE = lazyre.compile(r"(?i)cache[ _.-]?(?:key|hit|restored|saved|miss)|(?:restore|save|saved|restored)[ _-]cache")


def names_content_digest(text: str, start: int, end: int) -> bool:
    """Whether the value is a cache key, a content digest prefixed by the names of what it caches
    (``node-cache-Linux-x64-npm-<sha256>``, CI's ``hashFiles('**/package-lock.json')``): every word of the
    prefix names a tool, a platform or the cache itself, or the line says it is a cache key (``Cache saved
    with key: ...``). A hash of files, not a secret; a vendor prefix (``key-<hex>``) is none of those words."""
    m = _NAMED_DIGEST.fullmatch(text, start, end)
    if not m:
        return False
    words = [w for w in m.group(1).split("-") if w]
    if all(_PLATFORM_WORD.fullmatch(w) for w in words):
        return True
    line_start = text.rfind("\n", max(0, start - 120), start) + 1
    return len(words) >= 2 and bool(_CACHE_KEY_BEFORE.search(text, max(line_start, start - 120), start))


#: what follows a digest that opens its line in a listing: a commit subject or parent ids (``git log
#: --format='%H %s'``, ``git rev-list --parents``), a ref (``git ls-remote``: a tab), or a file name in the
#: coreutils format (``sha1sum``: two blanks, or a blank and ``*`` for binary mode)
_LISTING_TAIL = lazyre.compile(r"(?:[ ][ *]?|\t)[^\s]")


def heads_listing_row(text: str, start: int, end: int) -> bool:
    """Whether the value, lower-case hex of a digest's width, starts its line and is followed by a blank and
    more text: a row of ``git log --format='%H %s'`` / ``git rev-list`` / ``git ls-remote`` output (a commit or
    object id before its subject or ref) or of ``sha256sum`` / ``sha1sum`` / ``md5sum`` output (a checksum
    before its file name). Published ids and checksums, never keys; a key alone on its line has no such tail."""
    if end - start not in DIGEST_WIDTHS or (start and text[start - 1] != "\n"):
        return False
    value = text[start:end]
    if not _HEX.fullmatch(value) or not value.islower() and not value.isdigit():
        return False
    return bool(_LISTING_TAIL.match(text, end))


#: The rest of the first line of ``git format-patch`` output after the commit id: the fixed date git writes there
#: (the mbox "From " line's, ``Mon Sep 17 00:00:00 2001``) or any mbox date.
_MBOX_DATE = lazyre.compile(r" (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                            r" [ \d]\d \d\d:\d\d:\d\d \d{4}[ \t]*\r?(?:\n|\Z)")


def patch_header_commit(text: str, start: int, end: int) -> bool:
    """Whether the value is the commit id of a ``git format-patch`` (mbox) header line, ``From <sha> Mon Sep
    17 00:00:00 2001``: the line opens with ``From ``, the value is a commit id's hex (SHA-1 or SHA-256)
    and an mbox date ends the line. A published object id, never a key."""
    if end - start not in (40, 64) or text[max(0, start - 5):start] != "From ":
        return False
    if start > 5 and text[start - 6] != "\n":
        return False
    return bool(_HEX.fullmatch(text, start, end)) and bool(_MBOX_DATE.match(text, end))


def after_password_name(text: str, start: int) -> bool:
    """Whether the value at ``start`` is what a password name holds: it comes right after the name on its
    line (``password: ``, ``DB_PASSWORD=``, ``"passphrase": "``, ``--password ``, ``adminPassword=``), in a
    password setter (``setPassword("``) or SQL's ``IDENTIFIED BY '``, after the user name in a URL's
    user-info (``https://deploy:``), or as the ``Default:`` of a CloudFormation parameter declared ``NoEcho``
    (:func:`noecho_default`). A passphrase's shape (words and
    hyphens) is also a kebab-case identifier's; after a password name it is the password."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    lo = max(line_start, start - 200)
    return bool(_PASSWORD_NAME_BEFORE.search(text, lo, start) or _URL_USER_BEFORE.search(text, lo, start)
                or _PASSWORD_SLOT_BEFORE.search(text, lo, start)
                or _PASSWORD_FIELD_BEFORE.search(text, max(0, start - 300), start)
                or noecho_default(text, start))


#: ``Default:`` of a CloudFormation parameter, YAML (its indentation captured) or JSON, up to the value
_DEFAULT_BEFORE = lazyre.compile(r"""([ \t]*)["']?Default["']?[ \t]*:[ \t]*["']?\Z""")
_NOECHO_TRUE = lazyre.compile(r"""["']?NoEcho["']?[ \t]*:[ \t]*["']?(?:true|True|TRUE)\b""")
#: lines of one parameter's YAML block looked at above and below its Default:
_PARAMETER_LINES = 12


def noecho_default(text: str, start: int) -> bool:
    """Whether the value at ``start`` is the ``Default`` of a CloudFormation parameter declared ``NoEcho:
    true``: in YAML, a property line of the same block (same indentation, up to the next line indented less)
    says ``NoEcho: true``; in JSON, the parameter's object (between the braces around the value) does. The
    template marks the value a secret, so a passphrase there (``Juniper-Lantern-Fjord-42``) is a password."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    m = _DEFAULT_BEFORE.search(text, line_start, start)
    if not m:
        return False
    if text.startswith('"', m.end(1)):  # JSON: the object around the value
        lo = text.rfind("{", max(0, start - 1000), start)
        hi = text.find("}", start, start + 1000)
        return lo >= 0 and hi >= 0 and "}" not in text[lo:start] and bool(_NOECHO_TRUE.search(text, lo, hi))
    indent = m.group(1)
    if not indent or m.start() != line_start:
        return False
    ls = line_start  # upwards: each line above, while it is indented as Default: is
    for _ in range(_PARAMETER_LINES):
        if ls == 0:
            break
        ls = text.rfind("\n", 0, ls - 1) + 1
        if not text.startswith(indent, ls) or text[ls + len(indent):ls + len(indent) + 1] in "\r\n":
            break  # a line indented less, or a blank one, ends the parameter (a deeper one is inside it)
        if _NOECHO_TRUE.match(text, ls + len(indent)):
            return True
    le = text.find("\n", start)  # downwards
    for _ in range(_PARAMETER_LINES):
        if le < 0:
            break
        ls, le = le + 1, text.find("\n", le + 1)
        if not text.startswith(indent, ls) or text[ls + len(indent):ls + len(indent) + 1] in "\r\n":
            break  # a line indented less, or a blank one, ends the parameter (a deeper one is inside it)
        if _NOECHO_TRUE.match(text, ls + len(indent)):
            return True
    return False


#: An unclosed ``${`` before the value on its line: the value is a shell parameter expansion's default or
#: message (``${POSTGRES_PASSWORD:-postgres}``, ``${API_KEY:?missing}``), which only stands in for a value.
_OPEN_EXPANSION = lazyre.compile(r"\$\{[^{}\n]*\Z")


def inside_shell_expansion(text: str, start: int) -> bool:
    """Whether the value at ``start`` sits inside a ``${...}`` expansion (its default, alternative or error
    message): a rule that read the variable's name as a secret name took the expansion's tail as the value."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    return bool(_OPEN_EXPANSION.search(text, max(line_start, start - 200), start))


#: The head of a shell parameter expansion up to its word: ``${NAME`` and the operator (``:-`` default,
#: ``:=`` assign, ``:+`` alternative, ``:?`` error message, each also without the colon).
_EXPANSION_HEAD = lazyre.compile(r"\$\{[#!]?[A-Za-z_][A-Za-z0-9_]{0,100}(?:\[[^\]\n]{0,40}\])?(:?[-=+?])?")


def shell_expansion_word(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The operator and word of the ``${NAME<op>word}`` expansion that holds the value ``text[start:end]``
    -- the value inside its word (``${A:-VALUE}``) or the value the expansion itself, cut short or whole
    (``${POSTGRES_PASSWORD:?set`` of ``${POSTGRES_PASSWORD:?set it in .env}``) -- or None when the value is
    not in one. The word runs to the expansion's closing brace on the line (nested ``${...}`` counted), so a
    value cut at a blank is judged by the whole word; ``("", "")`` for a bare ``${NAME}``."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if text.startswith("${", start):
        open_at = start
    else:
        m = _OPEN_EXPANSION.search(text, max(line_start, start - 200), start)
        if not m:
            return None
        open_at = text.rfind("${", m.start(), start)
    head = _EXPANSION_HEAD.match(text, open_at)
    if not head:
        return None
    line_end = text.find("\n", open_at)
    line_end = len(text) if line_end < 0 else line_end
    depth, i = 1, head.end()
    while i < line_end:
        if text.startswith("${", i):
            depth, i = depth + 1, i + 2
            continue
        if text[i] == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    else:
        return None  # never closed on its line: no expansion
    if i < end - 1:
        return None  # the value runs past the closing brace: more than the expansion
    return head.group(1) or "", text[head.end():i]


_VAULT_HEADER = lazyre.compile(r"[ \t]*\$ANSIBLE_VAULT;\d+\.\d+;[A-Z0-9]+(?:;[\w.-]+)?[ \t]*")
_HEX_LINE = lazyre.compile(r"[ \t]*[0-9a-f]{2,200}[ \t]*")


def in_ansible_vault(text: str, start: int) -> bool:
    """Whether the value at ``start`` is a line of an Ansible Vault payload: hex lines under a
    ``$ANSIBLE_VAULT;1.1;AES256`` header. The payload is ciphertext (AES-256 under the vault password),
    meant to be committed; it is no secret in clear, so it is not labelled one."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    if not _HEX_LINE.fullmatch(text, ls, le if le >= 0 else len(text)):
        return False
    for _ in range(400):  # upwards through the payload's hex lines to its header
        if ls == 0:
            return False
        prev = text.rfind("\n", 0, ls - 1) + 1
        if _VAULT_HEADER.fullmatch(text, prev, ls - 1):
            return True
        if not _HEX_LINE.fullmatch(text, prev, ls - 1):
            return False
        ls = prev
    return False


#: A user name set to the anonymous account (RFC 1635; ``ftp`` is its alias on most FTP servers):
#: ``user = "anonymous"``, ``server->user = "anonymous";``, ``"login": "ftp"``, the FTP command ``USER anonymous``.
_ANONYMOUS_USER = lazyre.compile(r"""(?i)(?<![A-Za-z0-9])(?:user(?:_?name)?|login|usr)["'\]]?[ \t]*(?::=|=>|=|:|[ \t])"""
                                 r"""[ \t]*["'`]?(?:anonymous|ftp)(?![\w@.-])""")
#: The password an anonymous login gives by convention (RFC 1635): the guest's e-mail address, or a client's
#: name and an ``@`` (``-wget@``, ``IEUser@``, ``mozilla@example.com``); an identification, not a secret.
_ANONYMOUS_PASSWORD = lazyre.compile(r"[\w.+-]{0,64}@(?:[\w-]+(?:\.[\w-]+)*)?")
#: lines above and below the value that may set the user name of its login
_LOGIN_LINES = 3


def anonymous_login_password(text: str, start: int, end: int) -> bool:
    """Whether the value is an anonymous login's password: an e-mail address or a ``name@`` (RFC 1635's
    convention) with the user name set to ``anonymous`` (or ``ftp``) within a few lines. The account
    is public, its password a courtesy identification; any other value beside ``anonymous`` is kept."""
    if not _ANONYMOUS_PASSWORD.fullmatch(text[start:end].strip("'\"`")):
        return False
    lo, hi = start, end - 1
    for _ in range(_LOGIN_LINES + 1):  # the value's line and the ones above it
        lo = text.rfind("\n", 0, lo)
        if lo < 0:
            break
    for _ in range(_LOGIN_LINES + 1):  # ... and below it
        hi = text.find("\n", hi + 1)
        if hi < 0:
            hi = len(text)
            break
    return bool(_ANONYMOUS_USER.search(text, lo + 1, hi))


#: The opening of a variable reference a deployment tool resolves at deploy time: a Serverless Framework
#: variable source (``${ssm:/path}``, ``${ssm(eu-west-1):/path}``, ``${env:NAME}``, ``${self:custom.key}``,
#: ``${file(./secrets.yml):key}``, ``${cf:stack.Output}``, ``${s3:bucket/key}``, ``${sls:stage}``,
#: ``${opt:stage}``, ``${param:name}``, ``${aws:accountId}``, ``${output:service.key}``) or a CloudFormation
#: dynamic reference (``{{resolve:ssm:name}}``, ``{{resolve:ssm-secure:name:1}}``,
#: ``{{resolve:secretsmanager:id:SecretString:key}}``). The value lives in the store it names.
_REFERENCE_OPEN = lazyre.compile(r"\$\{(?:ssm|env|self|file|cf|s3|sls|opt|param|aws|output|strToBool)"
                                 r"(?:\((?:[^(){}\n]|\$\{[^{}\n]{0,100}\}){0,200}\))?:"
                                 r"|\{\{resolve:(?:ssm|ssm-secure|secretsmanager):")


def _reference_end(text: str, open_at: int, line_end: int) -> tuple[int, int] | None:
    """Where the reference opened at ``open_at`` ends (after its closing brace(s)), and where its fallback
    starts (after the first top-level comma: ``${ssm:/x, 'default'}``; the end when it has none), or None
    when it is not closed on its line."""
    if text.startswith("{{", open_at):
        close = text.find("}}", open_at, line_end)
        return None if close < 0 else (close + 2, close + 2)
    depth, i, fallback = 0, open_at, None
    while i < line_end:
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1, fallback if fallback is not None else i + 1
        elif c == "," and depth == 1 and fallback is None:
            fallback = i
        i += 1
    return None


def in_deploy_reference(text: str, start: int, end: int) -> bool:
    """Whether the value ``text[start:end]`` lies inside a reference a deployment tool resolves: a Serverless
    Framework variable (``${ssm:/app/${sls:stage}/api-key}``, ``${env:API_TOKEN}``) or a CloudFormation dynamic
    reference (``{{resolve:secretsmanager:prod/db:SecretString:password}}``), whole or a piece a rule took
    from it. It names where the secret is stored, not the secret. A literal fallback after the reference's
    comma (``${ssm:/x, 'Kq7...'}``) is a value like any other and is judged as one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for m in _REFERENCE_OPEN.finditer(text, max(line_start, start - 400), min(line_end, end)):
        bounds = _reference_end(text, m.start(), line_end)
        if bounds and m.start() <= start and end <= bounds[0] and start < bounds[1]:
            return True
    return False


#: A value given under a ``secure:`` key: Pulumi stack settings (``secure: v1:<nonce>:<ciphertext>``, or the
#: base64 blob of a KMS / Vault secrets provider) and Travis CI's encrypted variables (``- secure: "..."``); and
#: a Pulumi stack's ``encryptionsalt: v1:<salt>:v1:<nonce>:<ciphertext>`` (the passphrase's salt and a
#: known text encrypted under it, to check the passphrase).
_SECURE_BEFORE = lazyre.compile(r"""(?:^|[\s{,\[-])["']?(?:secure|encryptionsalt)["']?[ \t]*:[ \t]*["']?"""
                                r"""(?:v1:[A-Za-z0-9+/=]{4,64}:){0,2}\Z""")


def encrypted_config_value(text: str, start: int) -> bool:
    """Whether the value at ``start`` is what a ``secure:`` key holds in a Pulumi stack file or a Travis CI
    config (``secure: v1:yR4...:Wq9...``), or a Pulumi stack's ``encryptionsalt:``: ciphertext under the
    stack's or repository's key, meant to be committed, like an Ansible Vault payload."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    return bool(_SECURE_BEFORE.search(text[line_start:start]))
