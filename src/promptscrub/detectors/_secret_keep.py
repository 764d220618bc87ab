"""Whether a secret a detector found is kept: the value filters every secret finding goes through, shared by
the pattern detector (rule matches) and the code detectors that find secrets themselves (``secret_tables``).

``secret_filters`` and ``secret_context`` are imported on the first call, never at import time: a one-line
prompt with no secret-looking text does not pay for them.
"""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..rules import Rule

_filters = None
_context = None


def keep_secret(text: str, start: int, end: int, *, generic: bool, password_slot: bool = False,
                code: bool = False) -> bool:
    """The value filters (``secret_filters``), then the ones that read the text around the value
    (``secret_context``): a row of a table of digests is not a key, a value assigned to a name that
    says it is fake (``FAKE_KEY=``) is a test fixture, a word or placeholder as the default of a
    ``${VAR:-default}`` expansion stands in for a value (a random default, or a provider token, is a
    hard-coded secret all the same; a value that is the expansion, cut short at a blank or whole, is judged
    the same way), an error message (``${VAR:?set it in .env}``) is never a value, the commit id of a
    ``git format-patch`` header (``From <sha> Mon Sep 17 00:00:00 2001``) is published, an Ansible Vault
    payload is ciphertext, a key id or fingerprint after a name that says so (``GPG_KEY=``) is published,
    so is any value after a public key's name (``PublicKey = `` in WireGuard), a digest prefixed by the
    names of what it caches
    (``node-cache-Linux-x64-npm-<sha256>``) is a cache key, an e-mail or ``name@`` as the password of an
    ``anonymous`` login is RFC 1635's courtesy identification, a digest opening a line of ``git log`` or
    ``sha256sum`` output (:func:`secret_context.heads_listing_row`) is an id or checksum, and a public key in a
    format of its own (``age1...``) or a Stripe object id (``pi_...``) is no secret under any name, a Serverless
    variable or CloudFormation dynamic reference (``${ssm:/app/api-key}``, ``{{resolve:secretsmanager:...}}``)
    names where a secret is stored, and a Pulumi or Travis ``secure:`` value is ciphertext. The value of a
    name/value pair named as an id (``{"name": "x-request-id", "value": ...}``) and a Kafka record's key
    (``ConsumerRecord(..., key = <uuid>, ...)``) are ids. Base64 that decodes to
    small plain data, nothing secret inside (a pagination cursor: :func:`secret_filters.is_encoded_plain_data`), is
    none either, under any name and whatever rule found it. Markup, a regex,
    a command or a variable's member is no value anywhere (:func:`secret_filters.is_no_value`). A
    passphrase (``orbit-velvet-canyon-7``) in a password's place -- right after a password name, or
    ``password_slot`` (found by a specific rule whose type says password, see :func:`password_slot`) -- is
    kept whatever the value filters make of its identifier-like shape. ``generic``: the finder only knows
    the value's place, not its shape (a generic rule), so a value that reads as a word, a path, an
    identifier ... (``is_not_secret``) is dropped too. ``code``: a short code found after its label (see
    :func:`short_code`), which the token filters misread (``918 224`` is groups of three digits to them): only
    the context checks apply, and a code counted out or of one digit repeated (``1234``, ``0000``) is an example."""
    global _filters, _context
    if _filters is None:
        from .. import secret_context, secret_filters

        _filters, _context = secret_filters, secret_context
    value = text[start:end]
    filters, context = _filters, _context
    if (context.assigned_to_fake_name(text, start) or context.names_public_key_id(text, start, end)
            or context.names_public_key(text, start, end) or context.names_content_digest(text, start, end)
            or context.anonymous_login_password(text, start, end) or context.heads_listing_row(text, start, end)
            or context.patch_header_commit(text, start, end) or context.in_deploy_reference(text, start, end)
            or context.encrypted_config_value(text, start) or context.named_as_id(text, start)
            or context.kafka_record_key(text, start)):
        return False
    if code:
        return not filters.is_example_code(value)
    expansion = context.shell_expansion_word(text, start, end)
    if expansion is not None:  # ${DB_PASSWORD:-postgres}: judged by the default alone
        op, word = expansion
        if op.endswith("?"):
            return False  # ${VAR:?message}: the error message shown when VAR is unset, never a value
        default = word.strip().strip("'\"")
        if len(default) < 4 or filters.is_placeholder(default) or filters.is_not_secret(default):
            return False
    if filters.is_no_value(value):
        return False  # markup, a regex, a command or a variable, even where a password stands
    if filters.is_passphrase(value) and (password_slot or context.after_password_name(text, start)):
        return True  # words and hyphens read as a kebab-case identifier; in a password's place, a password
    if ((filters.is_word_password(value) or filters.is_made_up_password(value))
            and (password_slot or context.after_password_name(text, start))):
        return True  # Kiwi_lantern_48, gravel.orbit.plume, Wolke_Sommer21, $ZomerVos7: a name's shape, a password here
    if password_slot and filters.is_slot_phrase(value):
        return True  # jwt.sign(payload, "app_panther_canyon_signing_key_2022"): the key, whatever its shape
    if filters.is_placeholder(value) or filters.is_public(value) or (generic and filters.is_not_secret(value, password_slot)):
        return False
    if text[end:end + 1] != "." and filters.is_encoded_plain_data(value):
        return False  # base64 of a cursor's JSON or of a sentence, nothing secret inside (not a JWT's first part)
    return not (context.in_digest_table(text, start, end) or context.in_ansible_vault(text, start))


def password_slot(rule: Rule) -> bool:
    """A rule whose type says the value is a password (``PASSWORD``, ``DB_PASSWORD``, ``URL_PASSWORD`` ...),
    a signing or cipher key (``SIGNING_SECRET``, ``ENCRYPTION_KEY``) or the password of a Basic-auth pair
    (``BASIC_AUTH``): its regex
    already placed the value in such a slot (a credential constructor's or ``.login(u, p)``'s password
    argument, a URL's user-info, ``IDENTIFIED BY``, the key of ``jwt.sign`` or ``[]byte(...)`` for an HMAC,
    the ``u:p`` of ``b64encode(b"u:p")`` or ``CURLOPT_USERPWD``), name or no name. A generic rule of such a
    type found the slot too; only its value's shape is left to the filters, and a passphrase is a password's
    shape."""
    return rule.label.endswith("PASSWORD") or rule.label in ("SIGNING_SECRET", "ENCRYPTION_KEY", "BASIC_AUTH")


#: the types of the short codes a label announces (rules/secrets/codes.toml)
SHORT_CODE_TYPES = frozenset({"PIN", "ONE_TIME_CODE", "ACCESS_CODE", "RECOVERY_CODE"})


def short_code(rule: Rule) -> bool:
    """A rule whose type says its value is a short code (a PIN, a one-time, recovery or door code): a few
    digits or short groups that only the label before them makes a secret."""
    return rule.label in SHORT_CODE_TYPES
