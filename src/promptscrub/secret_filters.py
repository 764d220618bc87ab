"""Cheap value-only filters for secret findings (stdlib only).

* :func:`is_placeholder` — documented example values and template placeholders; applied to every
  secret finding;
* :func:`is_not_secret` — values that look like something else (UUIDs, hashes, code, paths, numbers,
  the base64 of image and font files); applied to findings of ``generic = true`` rules only;
* :func:`is_public` — public keys in formats of their own and object ids; applied to every secret finding;
* :func:`is_encoded_plain_data` — base64 of small plain data (a pagination cursor's JSON, a sentence) with nothing
  secret inside; applied to every secret finding;
* :func:`is_passphrase` — words joined by hyphens or spaces, a password when it stands in a password's place
  (the detector asks ``secret_context`` for that); :func:`is_slot_phrase` — words joined by ``_`` or ``-``
  with two that are no placeholder words, a password only in a rule's password or signing-key slot;
* :func:`shannon_entropy` — bits per character.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from .detectors import _lazyre as lazyre  # compiled on first use, from the regex code cache

__all__ = ["is_not_secret", "is_passphrase", "is_word_password", "is_slot_phrase", "is_placeholder", "is_public", "shannon_entropy"]

_QUOTES = "'\"`"

#: Words a placeholder is made of (``your_api_key_here``, ``fake-token``, ``<PASSWORD>``); the second set: the
#: words for "password" and "user (name)" in other languages, so that a German or Polish how-to's
#: ``postgres://benutzer:passwort@localhost`` is the placeholder its English one (``user:password@``) is.
_PLACEHOLDER_WORDS = frozenset("""
    your my our the a an here goes insert put enter replace paste add set fill me this that with
    api key keys token tokens secret secrets password passwd pass pwd passphrase credential credentials
    cred creds auth access private public client app application user username login account id
    value values string str text example examples sample samples dummy fake test testing mock demo
    placeholder redacted removed hidden masked changeme change todo tbd fixme none null nil undefined
    empty default foo bar baz qux xyz abc xxx xxxx yyy zzz secure super admin root guest letmein
    new old real sk pk bearer basic hash salt db database server host service webhook url
    bot signing encryption master shared session refresh provider aws gcp azure github slack stripe
    openai is required missing not configured env variable var
""".split()) | frozenset("""
    passwort kennwort benutzer benutzername nutzer nutzername
    motdepasse mot_de_passe utilisateur nom_utilisateur identifiant
    contraseña contrasena clave usuario
    senha usuário utilizador
    parola utente
    wachtwoord gebruiker gebruikersnaam
    haslo hasło uzytkownik użytkownik
    salasana kayttaja käyttäjä
    losenord lösenord anvandare användare
    passord bruker adgangskode kodeord bruger
    heslo uzivatel uživatel jelszo jelszó felhasznalo felhasználó
    sifre şifre parolă kullanici kullanıcı utilizator lozinka korisnik geslo parool kasutaja
    пароль пользователь логин
""".split())

#: Publicly documented credentials that ship in docs and emulators (not secrets anywhere).
_KNOWN_PUBLIC = frozenset({
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",  # Azurite
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE",  # AWS docs
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",  # Stripe docs
    "minioadmin", "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "8a477f597d28d172789f06886806bc55",  # CACHEDIR.TAG signature (Cache Directory Tagging Specification)
    "JBSWY3DPEHPK3PXP",  # the TOTP secret of the Google Authenticator key-URI documentation
    "foobared",  # the commented-out requirepass of the redis.conf that ships with Redis
    # the OAuth 2.0 specifications' examples (RFC 6749 codes, tokens and client credentials, RFC 6750's bearer
    # token, the MAC-token draft's id, key and mac), quoted by every OAuth library's docstrings
    "SplxlOBeZQQYbYS6WxSbIA", "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "s6BhdRkqt3",
    "7Fjfp0ZBr1KtDRbnfVdmIw", "gX1fBat3bV", "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "mF_9.B5f-4.1JqM", "h480djs93hd8",
    "489dks293j39", "bhCQXTVyfj5cmA9uKkPFx1zeOXM=",
    # the digests of the empty input (MD5, SHA-1, SHA-256): test vectors and "nothing here" markers
    "d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
})

#: The anonymous-FTP password convention (RFC 1635): ``anonymous@`` or ``guest@``, maybe with a host.
_ANONYMOUS_FTP = lazyre.compile(r"(?i)(?:anonymous|guest|ftp)@[\w.-]*")

_TEMPLATE = lazyre.compile(
    r"""
    <[^<>]*>                      # <your-key>, <TOKEN>
    | \$\{[^{}]*\}                # ${VAR}, ${VAR:-default}
    | \$\([^()]*\)                # $(command)
    | \{\{[^{}]*\}\}              # {{ var }}
    | \{%[^{}]*%\}                # {% tag %}
    | \{[A-Za-z_][\w.]*\}         # {name} (str.format)
    | %\([^()]*\)[sdr]            # %(name)s
    | %[sdr]                      # %s
    | \$[A-Za-z_]\w*              # $VAR
    | %[A-Za-z_]\w*%              # %VAR% (cmd.exe)
    | \[[A-Za-z_ -]+\]            # [YOUR KEY]
    | @[A-Za-z_]\w*@              # @VAR@ (autoconf)
    | __[A-Z][A-Z0-9_]*__         # __SECRET__
    """,
    re.VERBOSE,
)
_BRACED = lazyre.compile(r"<[^<>]*>|\$\{[^{}]*\}|\$\([^()]*\)|\{\{[^{}]*\}\}|\{%[^{}]*%\}|%\([^()]*\)[sdr]")
#: A YAML tag where the value would be (``password: !vault |``, ``api_password: !secret http_password``,
#: CloudFormation ``!Ref``): the value is elsewhere (an encrypted block, a secrets file, a parameter).
_YAML_TAG = lazyre.compile(r"!!?(?:vault|secret|env_var|include|binary|Ref|Sub|GetAtt|ImportValue|FindInMap|Base64|Join"
                       r"|Select|Split|If|reference|lambda|unsafe|encrypted/pkcs1-oaep)")
_MASK_RUN = lazyre.compile(r"([xX*#•·])\1{4,}|0{8,}|(?:xX){3,}|\.\.\.|…")
#: A run of underscores or dots masks a value when it is a quarter of it or ends it (``sk-_____``,
#: ``ghp____________``); inside a long random token (base64url of zero bytes) it does not.
_FILL_RUN = lazyre.compile(r"_{5,}|\.{5,}")


def _fill_run(v: str) -> bool:
    return any(len(m.group(0)) * 4 >= len(v) or m.end() == len(v) for m in _FILL_RUN.finditer(v))

_ANY_RUN = lazyre.compile(r"(.)\1{7,}")


_REPEAT_UNIT = lazyre.compile(r"(.{2,6}?)\1{3,}")


def _long_run(v: str) -> bool:
    """A run of one character making up a third of the value or more (``aaaaaaaa``, ``sk-11111111``),
    or a short unit repeated four or more times over half of it (``GR13489412312312312312``, ``abababab``)."""
    return any(len(m.group(0)) * 3 >= len(v) for m in _ANY_RUN.finditer(v)) or any(
        len(m.group(0)) * 2 >= len(v) for m in _REPEAT_UNIT.finditer(v))


_RUN4 = lazyre.compile(r"(.)\1{3,}")


def _mostly_runs(v: str) -> bool:
    """Runs of four or more of one character making up 40% of the value (``5555555dAAAAA7777777``)."""
    return len(v) >= 12 and sum(len(m.group(0)) for m in _RUN4.finditer(v)) * 5 >= len(v) * 2


_EXAMPLE = lazyre.compile(r"(?i)example|sample[_-]?(?:key|token|secret)|your[_-]?(?:own[_-]?)?(?:api|secret|access|auth|private)|_here\b|placeholder|redacted|changeme|dummy|insert[_-]?(?:your|key|token)|replace[_-]?(?:me|with|this)")
_WORD_SPLIT = lazyre.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


_CALL_TAIL = lazyre.compile(r"\s*[+.]\s*(?:new\s+)?[A-Za-z_$][\w.$]*\s*\(")


def _elided(v: str) -> bool:
    """A value cut short for display (``ops_eyJzaWdu..``) or a fragment of code caught between two string
    literals (``"+new Buffer("`` from ``"a=" + new Buffer(x)``)."""
    return v.endswith("..") or bool(_CALL_TAIL.fullmatch(v))


def shannon_entropy(value: str) -> float:
    """Shannon entropy of ``value`` in bits per character (0.0 for the empty string)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def _strip(value: str) -> str:
    return value.strip().strip(_QUOTES).strip()


_ALNUM_ORDER = {c: i for i, c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz")}


def _sequential(v: str) -> bool:
    """Mostly runs of consecutive or repeated characters: ``1234567890``, ``11223344556677``,
    ``0123456789abcdef``, ``00112233-4455-6677-8899-aabbccddeeff``."""
    chars = [c for c in v.lower() if c in _ALNUM_ORDER]
    if len(chars) < 8:
        return False
    steps = [_ALNUM_ORDER[b] - _ALNUM_ORDER[a] for a, b in zip(chars, chars[1:])]
    return sum(d in (1, 0) for d in steps) >= 0.75 * len(steps)


def _unquote(v: str) -> str:
    """``username%3Apassword`` -> ``username:password`` (percent-escapes only)."""
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), v) if "%" in v else v


def _two_words(w: str) -> bool:
    """Two placeholder words run together: ``mypassword``, ``secretkey``, ``apitoken``."""
    return any(w[:i] in _PLACEHOLDER_WORDS and w[i:] in _PLACEHOLDER_WORDS for i in range(1, len(w)))


#: printf / str.format / f-string / f2py-style fields: ``%s``, ``%(name)s``, ``%0.f``, ``{name}``, ``#name#``.
_FORMAT_FIELD = lazyre.compile(
    r"%\([\w.]+\)[-+ #0]*\d*(?:\.\d+)?[sdrfgixX]|%[-+ #0]*\d*\.\d*f|%[sr](?![0-9A-Fa-f])|%d(?![0-9A-Fa-f])"
    r"|\{[A-Za-z_][\w.]*(?:\([\w.,\s]*\))?(?:![rsa])?(?::[^{}]{0,20})?\}|\{\d?\}|#[a-z_][a-z0-9_]*#")


#: Digits between letters in one run (``rQC00du``, ``g3t21p``): the text of a random token unless it reads as a
#: name (``Win32Error``, ``f2py``, ``k8s``); not the words or constants a format string puts around its
#: fields (``VS%0.f0COMNTOOLS``, ``user_%d_token``).
_RANDOM_HUMPS = lazyre.compile(r"[A-Za-z]\d+[A-Za-z]")


#: an e-mail's or URL's ``@`` and the domain after it
_AT_DOMAIN = lazyre.compile(r"@[A-Za-z0-9-]+\.[A-Za-z]")


def _format_string(v: str) -> bool:
    """A format string, not a value: fields plus words or punctuation (``%s/PKG-INFO``, ``VS%0.f0COMNTOOLS``,
    ``//{type_name}/{label}?{urlencode(parameters)}``, ``__f2py_cb_#name#``)."""
    if not _FORMAT_FIELD.search(v):
        return False
    rest = _FORMAT_FIELD.sub(" ", v)
    if not re.search(r"[A-Za-z0-9]", rest):
        return True  # fields and punctuation only: #docsign#[#docsignopt#], {a}:{b}
    if re.search(r"[{}()\[\]$#<>!^*~|]", rest) or ("@" in rest and not _AT_DOMAIN.search(rest)):
        return False  # a symbol password that happens to hold {a} or %s (qIC07@l%szqmm); not user_%s@example.com
    if any(_RANDOM_HUMPS.search(t) and not _name_reads_as_code(t) for t in re.split(r"[^A-Za-z0-9]+", rest)):
        return False  # yI@rQC00du%dsKo: the text around the "field" is random, so the field is none
    letters = re.sub(r"[^A-Za-z]+", " ", rest).split()
    # PyTuple_Type: camelCase humps that are words count as words too (_wordy wants longer humps)
    return all(_wordy(w) or len(w) <= 4 or w.isupper() or _word_parts(_ident_parts(w) or [w]) for w in letters)


_URI_CREDS = lazyre.compile(r"[A-Za-z][\w+.-]{0,30}://([^\s:/?#@]{0,100}):([^\s/?#@]{1,200})@")


def _placeholder_word(v: str) -> bool:
    """One placeholder word, maybe percent-escaped as a URL's user-info has it: the words in letters the word
    split of :func:`is_placeholder` does not read (``hasło``, ``пароль``, ``has%C5%82o``)."""
    return (_percent_decoded(v) if "%" in v else v).lower() in _PLACEHOLDER_WORDS


def _percent_decoded(v: str) -> str:
    """``has%C5%82o`` -> ``hasło`` (percent-escapes of UTF-8, as a URL's user-info holds them)."""
    from urllib.parse import unquote

    return unquote(v)


def _default_uri_credentials(v: str) -> bool:
    """A URI whose password is its user name or a placeholder word (``postgres://postgres:postgres@...``,
    ``postgres://benutzer:passwort@...``; percent-escapes read as UTF-8, ``has%C5%82o`` is ``hasło``)."""
    m = _URI_CREDS.match(v)
    if not m:
        return False
    user, password = (_percent_decoded(g).lower() if "%" in g else g.lower() for g in m.groups())
    return user == password or password in _PLACEHOLDER_WORDS


#: A bare URI authority with a password (``https://user:password@host.tld:443``), as a rule may take it
#: whole (a custom or imported rule; the built-in ``credentials-in-url`` takes the password alone):
#: judged by its password, not by the host words around it.
_URI_AUTHORITY = lazyre.compile(_URI_CREDS.source + r"[A-Za-z0-9.-]{1,253}(?::\d{1,5})?")


def _uri_password(v: str) -> str | None:
    m = _URI_AUTHORITY.fullmatch(v)
    return m.group(2) if m else None


_SECRET_WORD = lazyre.compile(r"(?i)^(?:secrets?|passwords?|passwd|passphrase|tokens?|keys?|credentials?|auth|apikey)\d*$")
_IDENT_PARTS = lazyre.compile(r"[A-Z]+\d{0,3}(?![a-z\d])|[A-Z]?[a-z]+\d{0,3}(?!\d)|\d{1,8}(?!\d)")


_JOINED_NAME = lazyre.compile(r"[A-Za-z_][\w]*(?:(?:::|[.-])[A-Za-z_0-9]\w*)*")


def _ident_parts(v: str) -> list[str] | None:
    """The words of an identifier (snake_case, camelCase, dotted or ``::`` paths, kebab-case), or None when
    it is not one or has a part no identifier has (a long digit run inside letters: ``c89050313045823``)."""
    v = v.rstrip("-")
    if not _JOINED_NAME.fullmatch(v):
        return None
    parts = _IDENT_PARTS.findall(v)
    if sum(map(len, parts)) != sum(c.isalnum() for c in v):
        return None
    return parts


def _pronounceable(w: str) -> bool:
    """A word, not a random run of letters: at most 12 letters, a vowel, no four consonants in a row."""
    w = w.lower()
    return len(w) <= 12 and (len(w) <= 3 or bool(re.search(r"[aeiouy]", w))) and not re.search(
        r"[^aeiouy]{4}|([a-z])\1\1", w)


def _word_parts(parts: list[str]) -> bool:
    """Parts of four letters or so on average, few one- or two-letter parts, every part a word or a short
    acronym, digits only at the end of a few parts: words, not the humps of a random token."""
    if sum(map(len, parts)) / len(parts) < 3.5 or sum(len(p) <= 2 for p in parts) * 2 > len(parts):
        return False
    with_digits = [p for p in parts if any(c.isdigit() for c in p)]
    if len(with_digits) > 2 or sum(c.isdigit() for p in parts for c in p) * 5 > sum(map(len, parts)) * 2:
        return False  # digits all over: a random lower-case-and-digits token (r48, ygy7, vi57 ...)
    shouting = all(p.isupper() or p.isdigit() for p in parts)
    for w in (p.rstrip("0123456789") for p in parts):
        if w and not (w.isupper() and len(w) <= 4) and not (_pronounceable(w) and (shouting or not w.isupper())):
            return False
    return True


def _names_a_secret(v: str) -> bool:
    """An identifier that names a secret rather than holding one: ``challengePassword``,
    ``XXH3_initCustomSecret_avx2``, ``S3CredentialsKind::Default``, ``kXxh3Secrets``."""
    parts = _ident_parts(v)
    if not parts or not 2 <= len(parts) <= 5 or not any(_SECRET_WORD.match(p) for p in parts):
        return False
    if sum(c.isdigit() for c in v) > 2 or not (re.match(r"[a-z_]", v) and re.search(r"[a-z][A-Z]", v)
                                                or re.search(r"[A-Za-z0-9]_[A-Za-z]|::", v)):
        return False  # camelCase, snake_case or a scoped name, not key-<random>
    return _word_parts(parts)


_NAME_JOINT = lazyre.compile(r"[A-Za-z0-9](?:_|-|::)(?=[A-Za-z0-9])")


def _identifier_like(v: str) -> bool:
    """A code identifier made of words, with separators (``gss_krb5_lucid_context_v1``,
    ``PyUnicode_AsUTF8String``, ``_mm512_srli_epi64``, ``PS-or-PDF-font-exception-20170817``)."""
    if len(_NAME_JOINT.findall(v)) < 2:
        return False  # one separator: prefix_<random> (sk_..., glpat-...)
    if re.fullmatch(r"[a-z]+(?:-[a-z]+)+", v):
        return False  # correct-horse-battery-staple: a passphrase
    parts = _ident_parts(v)
    return bool(parts) and len(parts) >= 3 and sum(len(p.rstrip("0123456789")) >= 4 for p in parts) >= 3 and _word_parts(parts)


#: Three to ten words joined all by hyphens or all by spaces, each lower case or capitalised, and maybe a number
#: at the end: how diceware / password-manager passphrases are written (``orbit-velvet-canyon-7``,
#: ``Practice-Sadness-Stock44``, ``maple tundra orbit``).
_PASSPHRASE = lazyre.compile(r"(?:[A-Za-z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,11}){2,9}(?:-?\d{1,6})?"
                         r"|[A-Za-z][a-z]{1,11}(?: [A-Za-z][a-z]{1,11}){2,9}(?: ?\d{1,6})?)")


def is_passphrase(value: str) -> bool:
    """Words that make a passphrase (``orbit-velvet-canyon-7``): three or more pronounceable words of
    three letters or so, joined all by ``-`` or all by spaces, maybe ending in a number, most of them not
    placeholder words (``your-password-here``, ``not-a-real-password`` are placeholders).

    The shape alone is also a kebab-case identifier's (``release-notes-page-2``): only a password's place
    makes it a secret -- a password name right before it (``secret_context.after_password_name``) or a
    specific rule of a password type -- which is how :class:`~promptscrub.detectors.patterns.PatternDetector`
    uses it."""
    v = _strip(value)
    if not _PASSPHRASE.fullmatch(v) or _EXAMPLE.search(v):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", v)]
    if sum(map(len, words)) < 3.5 * len(words) or not all(_pronounceable(w) for w in words):
        return False
    return sum(w in _PLACEHOLDER_WORDS or _two_words(w) for w in words) * 2 < len(words)


#: Three to ten lower-case words joined all by ``_`` or all by ``-``, maybe ending in a number
#: (``app_panther_canyon_signing_key_2022``, ``api-tiger-cobalt-signing-key-2025``)
_SLOT_PHRASE = lazyre.compile(r"[a-z]{2,12}([_-])[a-z]{2,12}(?:\1[a-z]{2,12}){1,8}(?:\1?\d{1,6})?")


def is_slot_phrase(value: str) -> bool:
    """A phrase written as a snake_case or kebab-case name (``app_panther_canyon_signing_key_2022``) with at
    least two words that are no placeholder words: where a rule put it in a password's or signing key's slot
    (``jwt.sign(payload, "...")``) it is the key, though the filters read its shape as an identifier and
    :func:`is_passphrase` its words about keys as a placeholder's. ``my_super_secret_key`` (placeholder words
    only) and ``JWT_SECRET`` (an environment variable's name) stay placeholders."""
    v = _strip(value)
    if not _SLOT_PHRASE.fullmatch(v) or _EXAMPLE.search(v):
        return False
    words = re.findall(r"[a-z]+", v)
    return all(_pronounceable(w) for w in words) and sum(
        w not in _PLACEHOLDER_WORDS and not _two_words(w) for w in words) >= 2


#: Words joined by ``_`` or ``.`` the way people make up a password: a capitalised word, one or more words and a
#: number (``Kiwi_lantern_48``), or three or more lower-case words joined by dots, maybe ending in a number
#: (``gravel.orbit.plume``, ``mint.cedar.wave.12``: a diceware passphrase)
_WORD_PASSWORD = lazyre.compile(r"[A-Za-z][a-z]{2,14}(?:_[a-z]{2,14}){1,4}_?\d{1,6}[!?#$%&*+]{0,2}"
                                r"|[a-z]{2,12}(?:\.[a-z]{2,12}){2,8}(?:\.\d{1,6})?")
#: what the parts of a dotted or snake_case reference are made of (``self.config.secret``, ``request.form.get``,
#: ``os.environ.get``) and what ends a host name (``db.corp.local``) or a file name (``vault.token.json``)
_REFERENCE_WORDS = frozenset("""
    self this cls ctx context config conf cfg configs settings setting env environ environment os sys process
    request req response resp res args kwargs argv params param props options opts form data body input inputs
    get set put value values vars var vault keyring keychain app current state store session props spec
    secrets values item items field fields result results payload attrs attr meta module import
    version number count size length index
    com net org io dev local internal corp lan intra example test invalid cloud svc cluster
    txt pem key json yaml yml env conf cfg ini log gpg asc properties toml xml crt csr der pfx p12 enc bak
""".split())


def is_word_password(value: str) -> bool:
    """A password made of words (``Kiwi_lantern_48``, ``gravel.orbit.plume``): its shape is also a snake_case
    name's or a dotted reference's, so only a password's place makes it one -- a rule of a password type or a
    password name right before it (as :func:`is_passphrase`). None of its words may be a placeholder word
    (``my_password_1``) or a reference's, host's or file's part (``settings.db.pass``, ``vault.token.json``)."""
    v = _strip(value)
    if not _WORD_PASSWORD.fullmatch(v) or _EXAMPLE.search(v):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", v)]
    # (a word of any language: a vowel, no five consonants in a row -- German "kirsche" has four)
    return all(re.search(r"[aeiouy]", w) and not re.search(r"[^aeiouy]{5}|([a-z])\1\1", w) and w not in _PLACEHOLDER_WORDS and w not in _REFERENCE_WORDS and not _two_words(w)
               for w in words)


#: a made-up password's words: a capitalised word joined to others by one kind of separator and ending in a number
#: (``Wolke_Sommer21``, ``Regen-Katze12``, ``Mond&Stern44``), lower-case words joined by ``.``, ``-`` or ``_`` with a
#: number as the last part (``cedar.violet.pencil.7``, ``frog-lake-honey-barn-30``) or glued to the last word
#: (``lantern.cobalt42``, ``maple-harbor29``, ``quartz_tulip7!``: a word or two and a number, the shape password
#: generators and people pick), or capitalised words run together behind a leading sigil (``_MangoComet5``,
#: ``$ZomerVos7``, ``#TulpeRegen8``)
_MADE_UP_PASSWORD = lazyre.compile(
    r"[A-Z][a-z]{1,14}(?:([-_.+&*#@!?=])[A-Za-z][a-z]{1,14}){1,5}\d{1,6}[!?#$%&*+]{0,2}"
    r"|[a-z]{2,12}(?:([-_.])[a-z]{2,12}){1,8}\2\d{1,6}"
    r"|[a-z]{3,12}([-_.])[a-z]{3,12}(?:\3[a-z]{3,12}){0,6}\d{1,6}[!?#$%&*+]{0,2}"
    r"|[_$#!@*&+](?:[A-Z][a-z]{1,14}){2,4}\d{1,6}[!?#$%&*+]{0,2}")


def is_made_up_password(value: str) -> bool:
    """A password made up of words in one of the shapes :func:`is_word_password` and :func:`is_passphrase` leave
    out (``Wolke_Sommer21``, ``Regen-Katze12``, ``_MangoComet5``, ``$ZomerVos7``, ``cedar.violet.pencil.7``): read
    alone, a snake_case constant, a kebab-case name, a ``$VARIABLE`` or a dotted reference; right after a password's
    name or in a rule's password slot, a password (the same words test as :func:`is_word_password`; a placeholder's
    or reference's word, ``$DbPassword2`` or ``settings.db.pass``, is none)."""
    v = _strip(value)
    if not _MADE_UP_PASSWORD.fullmatch(v) or _EXAMPLE.search(v):
        return False
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+", v)]
    return all(re.search(r"[aeiouy]", w) and not re.search(r"[^aeiouy]{5}|([a-z])\1\1", w) and w not in _PLACEHOLDER_WORDS
               and w not in _REFERENCE_WORDS and not _two_words(w) for w in words)


_ALNUM_RUN = "0123456789abcdefghijklmnopqrstuvwxyz"


def _alphabet_run(v: str) -> bool:
    """The alphabet counted out after a prefix: ``ackey_0123456789abcdef``, ``tok_abcdefghijklmnop``."""
    return len(v) >= 12 and v.lower() in _ALNUM_RUN


_TYPE_WIDTH = lazyre.compile(r"[a-z]{3,12}(?:8|16|32|64|128|256|512)")


def _type_name(v: str) -> bool:
    """A sized scalar type name: ``float64``, ``complex128``, ``uint8`` (letters that read as a word, then a width)."""
    return bool(_TYPE_WIDTH.fullmatch(v)) and _pronounceable(v.rstrip("0123456789"))


_LIST_SEP = lazyre.compile(r"\s*[|,]\s*")


def _type_list(v: str) -> bool:
    """Two or more sized type names joined by ``|`` or ``,`` (``float64|complex64``, ``int32,int64``): a
    signature or a dtype union, as the single names are."""
    parts = _LIST_SEP.split(v)
    return len(parts) >= 2 and all(_type_name(p) for p in parts)


def _snake_identifier(v: str) -> bool:
    """A lower-case snake_case identifier of four or more short parts (``gss_krb5_rfc1964_keydata``)."""
    segs = v.strip("_").split("_")
    return (len(segs) >= 4 and all(re.fullmatch(r"[a-z]{1,10}\d{0,4}|\d{1,4}", s) for s in segs)
            and sum(bool(re.search(r"[aeiouy]", s)) or len(s) <= 4 for s in segs) * 4 >= len(segs) * 3)


def _placeholder_words(rest: str) -> bool:
    """Two or more placeholder words after a vendor prefix: ``xoxb-your-bot-token``, ``ghp_your_token_here``."""
    words = [w.lower() for w in _WORD_SPLIT.split(rest) if w]
    return len(words) >= 2 and sum(map(len, words)) * 3 >= len(rest) * 2 and all(
        w in _PLACEHOLDER_WORDS or _two_words(w) for w in words)


#: Words that open a self-describing placeholder: what to put there, addressed to the reader.
_INSTRUCTION_WORDS = frozenset({"your", "my", "enter", "insert", "put", "paste", "replace", "type", "set", "add"})
#: The nouns such a placeholder ends on (``your-mail-password``, ``enter_the_smtp_token``).
_SECRET_NOUNS = frozenset({"password", "passwd", "pass", "pwd", "passphrase", "secret", "token", "key", "apikey",
                           "credential", "credentials", "pin", "passcode"})


def _self_described(v: str) -> bool:
    """A placeholder that says what belongs in its place: an instruction or possessive word first, a secret's
    name last, two to five words between them in all (``your-mail-password``, ``YOUR_REDIS_PASSWORD``,
    ``enter-smtp-token-here``, ``yourMailPassword``): the words a real password would not be made of."""
    words = [w.lower() for w in _WORD_SPLIT.split(v) if w]
    if not words or sum(map(len, words)) * 4 < len(v) * 3 or not all(w.isalpha() for w in words):
        return False
    if words[-1] == "here":
        words = words[:-1]
    return 2 <= len(words) <= 5 and words[0] in _INSTRUCTION_WORDS and words[-1] in _SECRET_NOUNS


_PUNCT_RUN = lazyre.compile(r"[\W_]+")
#: A URL's scheme and host: a tenant's host (``example.webhook.office.com``) names no example of the ids after it.
#: Not with user-info: a credential URI at example.com is a documentation sample (its password has its own rule).
_URL_HOST = lazyre.compile(r"^[A-Za-z][\w+.-]{1,30}://[^/\s?#@]+(?=[/?#]|$)")
_SHORT_PREFIX = lazyre.compile(r"[A-Za-z0-9]{1,12}[_\-.:]")
_WORD_DIGITS = lazyre.compile(r"([a-z]+)(\d{4,})")
_WHOLE = lazyre.compile("(.*)()")


def is_placeholder(value: str) -> bool:
    """True for documented example values and template placeholders, never for a random token."""
    v = _strip(value)
    if len(v) < 4 or v in _KNOWN_PUBLIC or _ANONYMOUS_FTP.fullmatch(v) or _placeholder_word(v):
        return True
    password = _uri_password(v)
    if password is not None:
        return _default_uri_credentials(v) or is_placeholder(password) or bool(_EXAMPLE.search(v))
    if "-----BEGIN" in v:  # key blocks: only an elided or documented body is a placeholder
        lines = re.split(r"\r?\n|\\n", v)
        if len(lines) < 3:  # collapsed onto one line (a chat app ate the breaks): the body is between the armour
            lines = ["", *re.sub(r"^-----BEGIN[^\n]*?-----|-----END[^\n]*?-----$", " ", v).split(), ""]
        body = [ln.strip() for ln in lines[1:-1] if ln.strip() and ":" not in ln]
        return not body or any(ln in ("...", "…") or _TEMPLATE.fullmatch(ln) for ln in body) or bool(
            re.search(r"(?i)example|\.\.\.|…|<[^<>]+>", "".join(body)))
    if "\n" in v:  # a block of key: value lines (YAML data:): a placeholder when every value is one
        return all(is_placeholder(ln.split(":", 1)[-1]) for ln in v.splitlines() if ln.strip())
    if not any(c.isalnum() for c in v) or (v.isdigit() and _sequential(v)) or _YAML_TAG.fullmatch(v):
        return True
    if not _PUNCT_RUN.sub("", _BRACED.sub("", v)):  # only templates and punctuation: ${A}:${B}
        return True
    if _format_string(v) or _default_uri_credentials(v) or _names_a_secret(v) or _identifier_like(v):
        return True
    if _snake_identifier(v) or _type_name(v) or _type_list(v):
        return True  # gss_krb5_rfc1964_keydata, complex128, float64, float64|complex64
    if _TEMPLATE.fullmatch(v) or _EXAMPLE.search(_URL_HOST.sub("", v, 1)) or _MASK_RUN.search(v) or _long_run(v):
        return True
    if _mostly_runs(v) or _elided(v) or _fill_run(v) or _self_described(v):
        return True
    # a template placeholder as the variable part after a short prefix: sk-<key>, ghp_${TOKEN}
    m = _SHORT_PREFIX.match(v)
    if m and (_TEMPLATE.fullmatch(v[m.end():]) or _alphabet_run(v[m.end():]) or _placeholder_words(v[m.end():])
              or v[m.end():].isdigit() and _sequential(v[m.end():])):
        return True
    if v.startswith("eyJ") and v.count(".") == 2 and (v.rpartition(".")[2] in _PUBLIC_JWT_SIGNATURES or _toy_jwt(v)):
        return True
    if v.startswith("eyJ") and v.count(".") == 1 and _toy_jwt(v):
        return True  # header.payload of a documentation toy, its signature cut off
    words = [w.lower() for w in _WORD_SPLIT.split(_unquote(v)) if w]
    # token1234: a placeholder word with a counting suffix
    words = [p for w in words for p in (_WORD_DIGITS.fullmatch(w) or _WHOLE.fullmatch(w)).groups() if p]
    # (the words must be a good part of the value: one letter among symbols, A,.:-@*?!, is a password, not "a")
    if words and sum(map(len, words)) * 3 >= len(v) and all(
            w in _PLACEHOLDER_WORDS or _two_words(w) or w.isdigit() and (len(w) <= 3 or w in "01234567890") for w in words):
        return True
    # a single character class with very few distinct characters: aaaaBBBB, 121212121
    return len(set(v.lower())) <= 3 and len(v) >= 6


#: The signatures of JWTs published as documentation samples (jwt.io's HS256 "John Doe" token). Any
#: other JWT is redacted, whatever its claims say: a signed token is a credential even when its claims
#: look like an example ({"sub": "username:bob"}), and redacting a sample costs nothing.
_PUBLIC_JWT_SIGNATURES = frozenset({"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"})


#: Words of documentation payloads ({"some": "payload"}, {"hello": "world"}).
_TOY_WORDS = _PLACEHOLDER_WORDS | {"some", "payload", "data", "hello", "world", "claim", "claims", "k"}
#: Claims a token issued to someone carries (RFC 7519): a payload with none of them is a toy.
_REGISTERED_CLAIMS = frozenset({"iss", "sub", "aud", "exp", "nbf", "iat", "jti"})


def _toy_jwt(token: str) -> bool:
    """A documentation toy (``jwt.encode({"k": "value"}, key)``): no registered claim, and every claim
    name and value a placeholder word. Any token naming a subject, issuer or expiry is a credential."""
    import base64
    import json

    part = token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except ValueError:
        return False
    if not isinstance(claims, dict) or not claims or _REGISTERED_CLAIMS & set(claims):
        return False
    words = [w.lower() for item in claims.items() for w in _WORD_SPLIT.split(" ".join(map(str, item))) if w]
    return all(w in _TOY_WORDS or len(w) == 1 for w in words)


#: a CSS / hex colour (``#e6edf3``, ``#fff``, ``#00000080``)
_COLOUR = lazyre.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_UUID = lazyre.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX_HASH = lazyre.compile(r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}"
                       r"|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}|[0-9A-F]{128})")
_INTEGRITY = lazyre.compile(r"(?:sha(?:1|224|256|384|512)|md5)[-:=][A-Za-z0-9+/=]+", re.I)
_NUMBER = lazyre.compile(r"[+-]?(?:\d[\d_,]*)?(?:\.\d+)?(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F_]+|v?\d+(?:\.\d+){1,3}[\w.+-]*")
_IDENT = lazyre.compile(r"[A-Za-z_][A-Za-z_]*(?:[.:][A-Za-z_][A-Za-z_]*)*")
_CODE = lazyre.compile(
    r"""
    (?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*\(.*\)           # os.environ.get(...), a.b() (a.b.c: _dotted_name)
    | [A-Za-z_]\w*\(.*\)                            # get_password(), getenv("X")
    | [A-Za-z_][\w.]*\[.*\]                         # os.environ["X"], config['db']['pwd']
    | (?:process\.env|os\.environ|ENV|env|secrets|vars|settings|config)\b.*
    | \w+(?:::\w+)+                                 # Rust/C++ paths: std::env::var
    | \$?[A-Za-z_]\w*->[\w{\[].*                    # $this->password, Perl's $self->{pass}
    """,
    re.VERBOSE,
)
#: troff markup where a man page's source names an option (``\f[CB]\-storepass\f[R],``): a font change,
#: an escaped dash or a named character is no value
_TROFF = lazyre.compile(r"\\(?:f(?:\[\w*\]|\(\w\w|\w)|\*|\(|-|e)")
#: what only a regular expression is made of (``\s[^#]*$/`` after ``passwd:`` in a sed script); two of them
_REGEX_TOKEN = lazyre.compile(r"\\[sSdDwWbB]|\[\^|\.\*|\][*+?]|\$/|\]\{\d{1,4}(?:,\d{0,4})?\}|\[[A-Za-z0-9]-[A-Za-z0-9]")
#: a variable's member in Perl or PHP: ``$self->{pass}``, ``$cfg->password``, ``$Config::pass``
_SIGIL_MEMBER = lazyre.compile(r"\$[A-Za-z_]\w*(?:->|::)[\w{\[]")
#: A Debian package's version: an epoch (``1:``) or a revision with the archive's marks (``+deb12u1``, ``+dfsg``,
#: ``ubuntu``, ``~bpo``) around a dotted upstream version (``1:4.13+dfsg1-1+deb12u1``): what a package list prints
#: beside the ``passwd`` or ``login`` package
_PACKAGE_VERSION = lazyre.compile(
    r"(?:\d{1,2}:\d+(?:\.\d+)+[\w.+~]*(?:-[\w.+~]+)?|\d+(?:\.\d+)+[\w.+~]*-[\w.~]*(?:\+deb\d+u\d+|\+dfsg|ubuntu\d|~bpo|"
    r"\+b\d|build\d)[\w.+~]*)")
#: a command that reads or fetches a password, where a config or script names one
#: (``cat_passwd='getent passwd'``, ``passwordCommand: pass show mail``): the secret is elsewhere
_COMMAND = lazyre.compile(
    r"(?:sudo[ ]+)?(?:(?:cat|head|tail|grep|egrep|awk|sed|cut)[ ].*[/.~]\S*|getent[ ]+(?:passwd|shadow|group)\b.*"
    r"|(?:go)?pass[ ]+(?:show[ ]+)?[\w.-]+/\S+|op[ ]+read[ ]+\S+|gpg[ ]+(?:-d|--decrypt|-q)\b.*|security[ ]+find-\S+.*"
    r"|secret-tool[ ]+lookup\b.*|bw[ ]+get\b.*|lpass[ ]+show\b.*|vault[ ]+(?:kv[ ]+get|read)\b.*"
    r"|kubectl[ ]+get[ ]+secrets?\b.*|aws[ ]+(?:secretsmanager|ssm)\b.*|gcloud[ ]+secrets\b.*|az[ ]+keyvault\b.*)")
#: an e-mail address: its top-level domain is letters (``0@SI.EFyP9ZB2gG2`` is a password with an @ in it)
_EMAIL = lazyre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}")
_URL = lazyre.compile(r"(?i)[a-z][a-z0-9+.-]*://([^/\s]*)\S*")
_PATH = lazyre.compile(r"(?:[A-Za-z]:)?(?:~|\.{1,2})?(?:[/\\][\w.@+-]+){2,}[/\\]?|[\w.-]+\.(?:pem|key|crt|cer|json|ya?ml|toml|ini|cfg|conf|env|txt|p12|pfx|jks|py|js|ts|go|rb|sh)")


#: Letter pairs words rarely have: q without u, j / q / x / z before most consonants, a consonant before
#: j / q / x / z, a letter three times (abbreviations do: sqrt, lxml, zstd, jdbc; so one such hump is no proof;
#: sql, freq, seq, txn, object and adjust are left out).
_ODD_LETTERS = lazyre.compile(r"(?<![esl])q(?!u)|[jqz][bcdfgjkmnpqrstvwxz]|x[bdfgjkmqrsvwxz]|[cfgkmpvw][jqxz]|[bd][qxz]|([a-z])\1\1")
_HUMP = lazyre.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _random_letters(v: str) -> bool:
    """A generated letters-only password (``QmvtZiaqDaaEqu``), not a camelCase identifier: 12 or more letters
    of both cases with two or more humps holding a pair of letters words rarely have. Its humps may have
    vowels enough to pass :func:`_wordy` (one random letter in five is a vowel, ``y`` included, and short
    humps need none)."""
    if not (12 <= len(v) <= 64 and v.isalpha()) or v.islower() or v.isupper():
        return False
    return sum(bool(_ODD_LETTERS.search(h.lower())) for h in _HUMP.findall(v)) >= 2



#: Humps of identifiers written without a vowel: the abbreviations code uses (``CmdLine``, ``PkgConfig``, ``XmlDoc``)
CONSONANT_HUMPS = frozenset("""
cmd msg ctx str src dst tmp pkg cfg btn hdr ptr buf mgr std lst xml sql rpc dns tcp http https html css ssh ssl tls
jwt url uri csv pdf png svg xhr crc rgb hsl hwnd wnd dll lib bcrypt scrypt sync fn num cnt len idx pwd dir fmt
rnd rng gpg pgp smtp nfs rdp ldap ntp vm db sdk cdn gpu cpu mmr txn svc srv clk rst blk chk crt msk pkt rcv snd xfr drv
lck mtx ttl ssd hdd nvm npm pnpm yml tsx jsx ts js mjs cjs wsl cwd pwd sftp ftp vnc pty tty gc jvm
""".split())
_HUMPS = lazyre.compile(r"[A-Z][a-z]{2,}")


def _unspeakable_hump(v: str) -> bool:
    """A capitalised hump of three letters or more with no vowel that is no code abbreviation (``Maqai44XkrIa``'s
    ``Xkr``), as many such humps as humps that are English words at least: a generated password's letters (one
    may make a word by chance: ``Tubes72XcrLe``), not an identifier's words (``BslnFormat0Part`` abbreviates
    "baseline" beside the words Format and Part)."""
    humps = _HUMPS.findall(v)
    odd = sum(1 for h in humps if not re.search(r"[aeiouy]", h, re.I) and h.lower() not in CONSONANT_HUMPS)
    if not odd:
        return False
    import zlib

    from .detectors.names import _has, load_lists

    words = load_lists()[3]
    return odd >= sum(1 for h in humps if len(h) >= 4 and _has(words, zlib.crc32(h.lower().encode())))


def _wordy(v: str) -> bool:
    """Letters made of words (``getPassword``, ``HTTPServerName``), not a random run (``QhTRwkPzXyBv``)."""
    parts = [p for p in re.split(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", v) if p]
    if not parts:
        return True
    letters = "".join(parts)
    if len(letters) >= 12 and sum(c in "aeiouyAEIOUY" for c in letters) < 0.28 * len(letters):
        return False  # words have vowels; random letters have about one in five
    short = sum(1 for p in parts if len(p) < 3)
    return short * 3 <= len(parts) and all(re.search(r"[aeiouyAEIOUY]", p) or len(p) <= 4 for p in parts)


def _charset_literal(v: str) -> bool:
    """A character-set string, the digits and letters written out one after another
    (``0123456789ABCDEFabcdef``, ``abcdefghijklmnopqrstuvwxyz0123456789``): every run of consecutive
    characters starts an alphabet (``0``, ``a`` or ``A``) and is six or more long, and the digits run
    in full. (Letters alone, ``abcdef...ABCDEF...``, are a hand-made dummy key more often than a
    charset, and dummy keys are still redacted.)"""
    runs, start = [], 0
    for i in range(1, len(v) + 1):
        if i == len(v) or ord(v[i]) != ord(v[i - 1]) + 1:
            runs.append(v[start:i])
            start = i
    return len(runs) >= 2 and "0123456789" in runs and all(len(r) >= 6 and r[0] in "0aA" for r in runs)


_DOTTED_NAME = lazyre.compile(r"(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*")
#: digits inside the letters of a name, not only at its end (``s3Key``, ``koi8r``; ``pLm4Xw9Ka2`` has two)
_INNER_DIGITS = lazyre.compile(r"\d+(?=[A-Za-z])")
_ONE_CASE = lazyre.compile(r"[a-z][a-z\d]*|[A-Z][A-Z\d]*")
#: A name with a long number at the head of a camelCase name: a standard or curve (``X25519``, ``Ed448``,
#: ``Curve25519``), whose digits run longer than an identifier's humps allow.
_STANDARD_NAME = lazyre.compile(r"[A-Z]?[a-z]{0,8}\d{3,6}(?=[A-Z][a-z])")


def _name_reads_as_code(name: str) -> bool:
    """One part of a dotted name read as an identifier: each snake_case segment in one case (a word, an
    abbreviation, a constant: ``rstrip``, ``getcwd``, ``OPTCRE``, ``ISO8859``) or camelCase humps that are
    words (``setUp``, ``SECRET_KEY``, ``s3Key``) -- not the humps of a random token (``qNfQmQE7jN``:
    no identifier; ``pLm4Xw9Ka2``: two-letter humps without a vowel, digits inside it twice)."""
    for seg in name.split("_"):
        if not seg or seg.isdigit():
            continue
        if len(_INNER_DIGITS.findall(seg)) > 1:
            return False
        if _ONE_CASE.fullmatch(seg):
            continue
        std = _STANDARD_NAME.match(seg)  # X25519PrivateKey, Ed25519PublicKey, Curve448Key: a curve, then words
        if std:
            seg = seg[std.end():]
            if _ONE_CASE.fullmatch(seg):
                continue
        humps = _ident_parts(seg)
        if humps is None:
            return False
        letters = [h.rstrip("0123456789") for h in humps]
        if sum(len(h) <= 2 and not h.isupper() for h in letters) > 1:
            return False  # humps are words: at most one of one or two letters (setUp, getX)
        if any(len(h) == 2 and h[0].isupper() and not re.search(r"(?i)[aeiouy]", h) for h in letters):
            return False  # Nf, Xw, Lm are no words
    return True


def _dotted_name(v: str) -> bool:
    """A dotted name in code (``self.password``, ``settings.SECRET_KEY``, ``a.b.c``) when every part reads
    as an identifier; a random value with a dot in it (``tiJ.qNfQmQE7jN``, ``Zq7.pLm4Xw9Ka2``) is none."""
    return bool(_DOTTED_NAME.fullmatch(v)) and all(_name_reads_as_code(p) for p in v.split("."))


#: Public keys written in formats of their own: an age recipient (``age1`` + bech32; the secret form is
#: ``AGE-SECRET-KEY-1...``), an uncompressed P-256 point in base64url (65 bytes: ``B`` + 86 characters; the
#: VAPID / Web Push ``applicationServerKey``; its private key is 43 characters); and client-side keys that
#: are public by design: Stripe publishable keys, Mapbox public tokens, Google OAuth client ids (the rules
#: of their own report these as internal identifiers).
_PUBLIC_KEY = lazyre.compile(r"age1(?:[a-z0-9]{1,20}1)?[02-9ac-hj-np-z]{58}|B[A-Za-z0-9_-]{86}|pk_live_[0-9A-Za-z]{20,247}"
                         r"|pk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}"
                         r"|\d{6,20}-[0-9a-z]{32}\.apps\.googleusercontent\.com")


#: Stripe object ids (PaymentIntent, Charge, Customer, Invoice, PaymentMethod ...): ids of objects, not keys
#: (keys are sk_ / rk_ / whsec_, each with a rule of its own).
_STRIPE_OBJECT_ID = lazyre.compile(r"(?:pi|ch|cus|in|ii|il|pm|src|card|ba|acct|py|po|sub|si|price|prod|txn|evt|seti|cn|dp"
                               r"|du|file|link|plink|pyr|qt|sh|tr|trr|ipi|prc|inv|cs_(?:live|test))_[A-Za-z0-9]{8,66}")


def is_public(value: str) -> bool:
    """True for a public key in a format that says so (``age1...`` recipients, 65-byte EC points such as a
    VAPID public key, ``pk_live_`` / ``pk.eyJ`` client keys; not ``pk_test_`` / ``pk_prod_``, which other
    vendors use for secret keys) and for Stripe object ids (``pi_...``,
    ``cus_...``): shared by design or mere ids, whatever name they are assigned to, so no secret rule
    reports them."""
    v = _strip(value)
    return bool(_PUBLIC_KEY.fullmatch(v) or _STRIPE_OBJECT_ID.fullmatch(v))


#: The base64 of files of a public format, by their magic bytes: PNG, JPEG, GIF, PDF, ICO, WOFF / WOFF2, SVG,
#: XML (a ConfigMap's binaryData:, a data: URI), and a PEM certificate or public key (a kubeconfig's
#: certificate-authority-data: is ``-----BEGIN CERTIFICATE-----`` in base64). Not gzip or zip: an archive may
#: carry anything; not a PEM private key (base64-private-key-block's).
_FILE_BASE64 = lazyre.compile(r"(?:iVBORw0KGg|/9j/|R0lGOD[dl]h|JVBERi0|AAABAA[EIQ]|d09GR|d09GMg|PHN2Zy|PD94bWwg"
                          r"|LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t|LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS)"
                          r"[A-Za-z0-9+/]{20,}={0,2}")


#: A call or subscript cut off where the value's text ended: a name, an opening bracket, its arguments and
#: maybe the closing one (``hash(pw1``, ``getpass(prompt2)``, ``args[1``), nothing after it.
_CALL_FRAGMENT = lazyre.compile(r"([A-Za-z_][\w.]*)[(\[]([\w.,:=+-]*)[)\]]?")


def _call_fragment(v: str) -> bool:
    """Code a prose or config rule took up to a blank or a quote: a call or subscript whose name reads as
    code, words or a short lower-case name (``hash(pw1``, ``getpass(prompt2``, ``pw[:-1``), not a password with a bracket inside (``dEbw1jp(f)qA``: text
    after the bracket; ``WqvpdZYX[GU4QQ6N``: no word before it)."""
    m = _CALL_FRAGMENT.fullmatch(v)
    return bool(m) and all(_name_reads_as_code(p) and (_wordy(p) or p.islower() and len(p) <= 4)
                           for p in m.group(1).split("."))


#: a capital, a small letter and a digit somewhere in the value
_MIXED_CLASSES = lazyre.compile(r"(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])(?=\D*\d)")
_DIGIT_RUNS = lazyre.compile(r"\d+")
#: A made-up password's commonest shape: a capitalised word (or words run together, no second capital) and a
#: number of two to four digits, maybe a symbol (``Batteryorange72``, ``Pirateriver21!``). A class name has
#: more capitals (``TestParseConfig2``), a variable starts in lower case; where a password stands, this is one.
_HUMAN_PASSWORD = lazyre.compile(r"[A-Z][a-z]{5,30}\d{2,4}[!@#$%^&*?.+=~-]?")


def is_example_code(value: str) -> bool:
    """A short code as documentation writes one: its digits (eight at most: a list of codes is not one)
    one repeated or counted out (``0000``, ``1234``, ``9876``, ``123-456``)."""
    digits = re.sub(r"\D", "", value)
    return len(digits) <= 8 and (len(set(digits)) <= 1 or digits in "01234567890" or digits in "09876543210")


_RELATIVE_PATH = lazyre.compile(r"[\w.@+-]+(?:/[\w.@+-]+){2,}/?")
_LOWER_SEGMENT = lazyre.compile(r"[a-z]{3,}[a-z0-9._-]*")


def _relative_path(v: str) -> bool:
    """A relative path or a cloud resource name (``projects/1234/locations/us-east1/caPools/pool``,
    ``powerpc64/p8/ghash-update.asm``): three segments at least, two of them lower-case words, letters made of
    words, few digits. (Base64 has slashes too; of 40,000 random ones with two or more, none reads so.)"""
    if not _RELATIVE_PATH.fullmatch(v) or sum(c.isdigit() for c in v) * 4 > len(v):
        return False
    parts = [p for p in v.split("/") if p]
    return (len(parts) >= 3 and sum(1 for p in parts if _LOWER_SEGMENT.fullmatch(p)) >= 2 and _wordy(v)
            and not any(_random_letters(p) for p in parts))


#: a C/C++ macro or constant (``TLS1_AD_ACCESS_DENIED``, ``ERR_LIB_PASSWORD_3``): capitals in three parts at least
_SCREAMING_SNAKE = lazyre.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}")


def _constant_name(v: str) -> bool:
    parts = v.split("_")
    return bool(_SCREAMING_SNAKE.fullmatch(v)) and sum(c.isdigit() for c in v) * 5 <= len(v) and sum(
        1 for p in parts if len(p) >= 3 and p.isalpha() and re.search(r"[AEIOUY]", p)) * 2 >= len(parts)


#: a source file's name, maybe under a relative path: lower-case words and digits joined by - or _, and the
#: extension of a language or a build tool (``salsa20-256-set-key.c``, ``x86_64/sha256-compress.asm``)
_SOURCE_FILE = lazyre.compile(r"(?:[\w.+-]+/)*[a-z0-9]+(?:[-_][a-z0-9]+)+\.(?:c|h|cc|cpp|cxx|hh|hpp|asm|S|s|py|rs|go|js|"
                              r"ts|pl|pm|sh|m4|in|am|java|rb|php|swift|kt|lua)")


def _source_file(v: str) -> bool:
    """A source file's name (``_SOURCE_FILE``) made of words: two or more of its parts are 3+ letters with a vowel
    (what a file list beside ``*-set-key.c`` holds, no password)."""
    if not _SOURCE_FILE.fullmatch(v):
        return False
    words = re.findall(r"[a-z]+", v.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    return sum(1 for w in words if len(w) >= 3 and re.search(r"[aeiouy]", w)) >= 2


#: base64 (or base64url), padded or not, of a few bytes to a few kilobytes; a ``%3D`` padding is read as ``=``
_BASE64_TEXT = lazyre.compile(r"(?:[A-Za-z0-9+/]{16,5500}|[A-Za-z0-9_-]{16,5500})(?:={0,2}|(?:%3[Dd]){1,2})")
#: a member name of a decoded object that says its value is a secret or signs one (``private_key``,
#: ``client_secret``, ``password``, ``auth`` in a Docker config, ``apiKey``, ``sig``)
_SECRET_MEMBER = lazyre.compile(r"(?i)secret|passw|passphrase|pwd|token|private|credential|auth|api[_-]?key|(?:^|[_.-])key(?:s|$)"
                                r"|(?<=[a-z])Key(?:s|$)|signature|^sig$|cookie|session|bearer|jwt|hmac|cert")
#: a run of a token's alphabet in decoded text, long enough to be a key
_TOKEN_RUN = lazyre.compile(r"[A-Za-z0-9+/_=.~-]{16,}")
#: what a small object's decoded text may be at most
_PLAIN_DATA_MAX = 2048


def _key_like(run: str) -> bool:
    """A run of decoded text that may be a key: random enough, and not a UUID (an id) nor words (``created_at_desc``)."""
    if _UUID.fullmatch(run) or shannon_entropy(run) < 3.0:
        return False
    return any(c.isdigit() for c in run) or not _wordy(run) or _random_letters(run)


def _plain_json(node: object, depth: int = 0) -> bool:
    """Every member name and string of a decoded JSON value is plain: no secret's name, no key-like run."""
    if depth > 8:
        return False
    if isinstance(node, dict):
        return all(isinstance(k, str) and not _SECRET_MEMBER.search(k) and _plain_json(k, depth + 1)
                   and _plain_json(v, depth + 1) for k, v in node.items())
    if isinstance(node, list):
        return all(_plain_json(v, depth + 1) for v in node)
    if isinstance(node, str):
        return not any(_key_like(r) for r in _TOKEN_RUN.findall(node))
    return True  # numbers, booleans, null


def is_encoded_plain_data(value: str) -> bool:
    """True for base64 that decodes to small, plain data and nothing secret: a pagination cursor or page token
    (``eyJwYWdlIjogMzcsICJvZmZzZXQiOiA3NDB9`` is ``{"page": 37, "offset": 740}``), a JSON object or array whose
    member names name no secret (``private_key``, ``client_secret``, ``auth``, ``apiKey`` ...) and whose strings
    hold no key-like run (16+ characters of a token's alphabet, random, not a UUID), or a sentence (three or more
    words) with neither. A service-account file (its ``private_key``), a Docker config (``auth``), the base64 of a
    key, a token or a ``user:password`` pair (bytes, or one random run) are never so; nor is a JWT (its dots)."""
    import json

    from .validators import base64_text

    v = _strip(value)
    if not _BASE64_TEXT.fullmatch(v):
        return False
    text = base64_text(v.replace("%3D", "=").replace("%3d", "="), urlsafe=True)
    if text is None or not text.strip() or len(text) > _PLAIN_DATA_MAX or not all(c.isprintable() or c in "\t\r\n" for c in text):
        return False
    if text.lstrip()[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            return False
        return bool(data) and _plain_json(data)
    words = text.split()
    return (len(words) >= 3 and not _SECRET_MEMBER.search(text) and not any(_key_like(r) for r in _TOKEN_RUN.findall(text))
            and not _URI_CREDS.search(text))


def is_no_value(value: str) -> bool:
    """Text that is no value at all, wherever it stands, even in a password's slot: troff markup
    (``\\f[R]``), a regular expression (two of its tokens), a command that fetches a password from elsewhere,
    a Perl/PHP variable's member (``$self->{pass}``), a relative path or resource name (a secret manager's
    ``projects/p/secrets/db/versions/2`` says where the secret is), a C constant's name, a Debian package's
    version, a source file's name."""
    v = _strip(value)
    return bool(_TROFF.match(v) or len(_REGEX_TOKEN.findall(v)) >= 2 or (" " in v and _COMMAND.fullmatch(v))
                or _SIGIL_MEMBER.match(v) or ("/" in v and _relative_path(v)) or ("_" in v and _constant_name(v))
                or (v[:1].isdigit() and _PACKAGE_VERSION.fullmatch(v)) or ("." in v and _source_file(v)))


def is_not_secret(value: str, password_slot: bool = False) -> bool:
    """True for values a generic rule should not report: UUIDs, hex hashes, integrity hashes,
    numbers and versions, file paths, code expressions and plain identifiers or words.

    ``password_slot``: the value stands where a password does (see :func:`._secret_keep.password_slot`); there a
    value mixing capitals, small letters and two runs of digits is a password however its humps split into
    word-like pieces (``RKPFLzro32Js73``); an identifier's digits end it (``TestParseConfig2``, still none), so
    only the structural checks (numbers, paths, code) apply to the former. Nor is hex of a digest's width a
    hash there: a signing key is often generated as hex (``webhookSecret = []byte("<40 hex>")``), and a
    password slot holds a password, not a digest of one (a digest *name* is left out by the rules)."""
    v = _strip(value)
    if not v:
        return True
    password = _uri_password(v)
    if password is not None:
        return is_not_secret(password)
    if _UUID.fullmatch(v) or _INTEGRITY.fullmatch(v) or _charset_literal(v):
        return True
    if _HEX_HASH.fullmatch(v) and not password_slot:
        return True
    if _FILE_BASE64.fullmatch(v) or _COLOUR.fullmatch(v):
        return True
    if _NUMBER.fullmatch(v) or _PATH.fullmatch(v) or _CODE.fullmatch(v) or _dotted_name(v) or _call_fragment(v):
        return True
    if password_slot and len(v) >= 8 and _MIXED_CLASSES.match(v) and len(_DIGIT_RUNS.findall(v)) >= 2:
        return False
    if password_slot and _HUMAN_PASSWORD.fullmatch(v):
        return False  # Staplesunset21: one capital, words run together, a number -- how people make one up
    # plain words, identifiers and dotted names without digits: self_password, getPassword, a._b.c.
    if _random_letters(v):
        return False  # a generated letters-only password: its humps are not words
    if (_IDENT.fullmatch(v) or re.fullmatch(r"[A-Za-z_.:/ -]+", v)) and _wordy(v):
        return True
    # identifiers with a few digits that are made of words: LapackILP64NotFoundError, BSD-2-Clause, utf8_decode
    # (an identifier ends in a letter, digit or _: Notable27- and Bw9UyewegSz-- are passwords)
    if re.fullmatch(r"[A-Za-z_][\w.:-]*\w", v) and sum(c.isdigit() for c in v) * 5 <= len(v) \
            and _wordy(re.sub(r"\d+", "_", v)) and not _unspeakable_hump(v):
        return True
    # identifiers made of words with separators: gss_krb5_lucid_context_v1, w32-window-exists-p, BslnFormat0Part
    parts = _ident_parts(v) if (v[-1].isalnum() or v[-1] == "_") else None
    if parts and len(parts) >= 3 and sum(c.isdigit() for c in v) <= 4 and _word_parts(parts) and not _unspeakable_hump(v):
        return True
    # URLs without credentials and e-mail addresses (credentials in URLs have their own rules)
    if _EMAIL.fullmatch(v):
        return True
    m = _URL.fullmatch(v)
    return bool(m and "@" not in m.group(1))
