import secrets

from hypothesis import given, settings
from hypothesis import strategies as st

from promptscrub.restore import restore
from promptscrub.styles import FakeNamer
from promptscrub.vault import Vault


def vault_with(*entries: tuple[str, str]) -> Vault:
    """A vault holding ``(type, value)`` entries, numbered in order (``<EMAIL_1>``...)."""
    v = Vault()
    for type_, value in entries:
        v.placeholder_for(type_, value)
    return v


def test_restores_known_and_lists_unknown():
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    out = restore("write to <EMAIL_1>, not <EMAIL_7>", v)
    assert out.text == "write to a@x.io, not <EMAIL_7>"
    assert out.unresolved == ["<EMAIL_7>"]
    assert out.restored == 1


def test_liberal_forms_restore_but_only_exact_keys():
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    text = "[Email_1], EMAIL 1, &lt;EMAIL_1&gt;, **EMAIL\\_1**, (EMAIL_1) and <EMAIL_12>, MY_EMAIL_1_X, EMAIL_1x"
    assert restore(text, v).text == "a@x.io, a@x.io, a@x.io, **a@x.io**, (a@x.io) and <EMAIL_12>, MY_EMAIL_1_X, EMAIL_1x"


def test_unresolved_lists_placeholder_looking_strings_only():
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    out = restore("EMAIL_9, [PHONE_2], <Person_3>, page 2, HTTP_2, [step 4]", v)
    assert sorted(out.unresolved) == ["<Person_3>", "EMAIL_9", "[PHONE_2]"]


def test_fake_surrogates_restore_as_whole_tokens():
    v = Vault(FakeNamer())
    fake = v.placeholder_for("EMAIL", "alice@corp.example")
    out = restore(f"mail {fake}. not x{fake}", v)
    assert out.text == f"mail alice@corp.example. not x{fake}"


REWRITES = [
    lambda t, i: f"<{t}_{i}>", lambda t, i: f"<{t.title()}_{i}>", lambda t, i: f"<{t.lower()}_{i}>", lambda t, i: f"{t}_{i}",
    lambda t, i: f"[{t}_{i}]", lambda t, i: f"{{{t}_{i}}}", lambda t, i: f"«{t}_{i}»", lambda t, i: f"&lt;{t}_{i}&gt;",
    lambda t, i: f"\\<{t.replace('_', chr(92) + '_')}\\_{i}\\>", lambda t, i: f"{t}\\_{i}", lambda t, i: f"{t} {i}",
    lambda t, i: f"{t}-{i}", lambda t, i: f"**<{t}_{i}>**", lambda t, i: f"`<{t}_{i}>`", lambda t, i: f"<{t}_{i}>'s",
    lambda t, i: f"({t}_{i})", lambda t, i: f"< {t}_{i} >", lambda t, i: f"\\u003c{t}_{i}\\u003e",
]
KEEP = {12: ("**", "**"), 13: ("`", "`"), 14: ("", "'s"), 15: ("(", ")")}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["EMAIL", "IP_ADDRESS", "ACME_TICKET"]), st.integers(0, 3), st.integers(0, len(REWRITES) - 1),
                          st.sampled_from([" ", ". ", ", ", "\n", " and "])), min_size=1, max_size=8))
def test_llm_style_rewrites_restore_to_the_original_values(items):
    v = Vault()
    values = {}
    for t in ("EMAIL", "IP_ADDRESS", "ACME_TICKET"):
        for n in range(4):
            values[v.placeholder_for(t, f"{t.lower()}-value-{n}")] = f"{t.lower()}-value-{n}"
    answer, expected = [], []
    for t, n, r, sep in items:
        ident = str(n + 1)
        answer.append(REWRITES[r](t, ident) + sep)
        before, after = KEEP.get(r, ("", ""))
        expected.append(before + values[f"<{t}_{ident}>"] + after + sep)
    out = restore("".join(answer), v)
    assert out.text == "".join(expected)
    assert out.unresolved == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["avery.0@example.invalid", "EMAIL_1", "<EMAIL_2>", "avery", ".0@", " ", "x", "_1", "Jordan Ashgrove",
                                 "Jordan Ashgrove_3", "[Jordan Ashgrove 2]"]), max_size=16))
def test_scan_drops_the_mentions_a_surrogate_overlaps(pieces):
    """What ``scan`` keeps of the placeholder mentions: those no surrogate overlaps (found by bisection)."""
    from promptscrub.placeholder_syntax import find_placeholders
    from promptscrub.restore import scan
    from promptscrub.vault import VaultEntry

    v = Vault()
    v.add(VaultEntry("avery.0@example.invalid", "EMAIL", "a@x.io"))
    v.add(VaultEntry("Jordan Ashgrove", "PERSON", "Ada"))
    text = "".join(pieces)
    surrogates = [(m.start(), m.end()) for m in v.surrogate_pattern().finditer(text)]
    kept = [m for m in find_placeholders(text) if not any(s < m.end and m.start < e for s, e in surrogates)]
    assert [(m.start, m.end) for m in scan(text, v) if m.form != "surrogate"] == [(m.start, m.end) for m in kept]


def test_a_look_alike_the_prompt_held_is_not_reported_as_unresolved():
    """The user's own constant (``Slot.EMAIL_2``) was reserved by redact: echoed in the answer, it is the user's
    text, not a placeholder the model made up, so ``--strict`` does not fail on it; a made-up one still is."""
    from promptscrub.config import Config
    from promptscrub.rules import rule_from_dict
    from promptscrub.scrubber import build_scrubber

    mail = rule_from_dict({"id": "email", "type": "EMAIL", "regex": r"\b[a-z]+@[a-z]+\.io\b", "keywords": ["@"]}, "t", "custom")
    scrubber = build_scrubber(Config(rules=[mail], detectors={"secrets": False, "pii": False, "internal": False}))
    v = Vault()
    scrubber.redact("send Slot.EMAIL_2 to al@x.io", v)
    back = restore("use Slot.EMAIL_2 for <EMAIL_1>, not EMAIL_3", v)
    assert back.text == "use Slot.EMAIL_2 for al@x.io, not EMAIL_3"
    assert back.unresolved == ["EMAIL_3"]


def test_a_bare_form_that_ends_a_longer_type_is_not_the_shorter_placeholder():
    """``URL PASSWORD 1`` is ``<URL_PASSWORD_1>`` written with a blank, not "URL" and ``<PASSWORD_1>``'s value: with
    ``URL_PASSWORD`` in the vault it is left and listed (blanks need brackets); ``_`` or ``-`` between the words restores it."""
    v = Vault()
    url_pw, pw = f"Url#{secrets.token_hex(4)}", f"Pw#{secrets.token_hex(4)}"
    v.placeholder_for("URL_PASSWORD", url_pw)
    v.placeholder_for("PASSWORD", pw)
    v.placeholder_for("AWS_SECRET_ACCESS_KEY", "aws-secret")
    out = restore("URL PASSWORD 1, URL PASSWORD_1, URL PASSWORD-1, AWS SECRET ACCESS KEY 1 or PASSWORD 1", v)
    assert out.text == f"URL PASSWORD 1, URL PASSWORD_1, URL PASSWORD-1, AWS SECRET ACCESS KEY 1 or {pw}"
    assert out.unresolved == ["URL PASSWORD 1", "URL PASSWORD_1", "URL PASSWORD-1", "AWS SECRET ACCESS KEY 1"]
    out = restore("URL_PASSWORD 1, URL-PASSWORD 1, [URL PASSWORD 1], the PASSWORD 1, NEW PASSWORD 1", v)
    assert out.text == f"{url_pw}, {url_pw}, {url_pw}, the {pw}, NEW {pw}"
    assert out.unresolved == []


def test_json_escaped_twice_restores_whole():
    """JSON inside a JSON string escapes the backslash of ``\\u003c`` again: ``\\\\u003cPHONE_2\\\\u003e`` is one
    placeholder, restored whole, never half (``\\+34…\\\\u003e``)."""
    v = Vault()
    phone = f"+34 91{secrets.randbelow(10**7):07d}"
    v.placeholder_for("PHONE", phone)
    inner = '{\\"to\\": \\"\\\\u003cPHONE_1\\\\u003e\\"}'
    out = restore(f'{{"log": "{inner}", "hex": "\\\\x3cPHONE_1\\\\x3e", "other": "\\\\u003cPHONE_7\\\\u003e"}}', v)
    assert out.text == f'{{"log": "{{\\"to\\": \\"{phone}\\"}}", "hex": "{phone}", "other": "\\\\u003cPHONE_7\\\\u003e"}}'
    assert out.unresolved == ["\\\\u003cPHONE_7\\\\u003e"]


def test_an_angle_bracket_glued_to_a_name_is_a_generic_and_stays():
    """``Map<EMAIL_3, String>``: the ``<`` belongs to the generic, so the value goes between its brackets; a ``<`` after
    a blank or punctuation is still the placeholder's own, with its ``>`` lost."""
    v = Vault()
    mail = f"user{secrets.randbelow(1000)}@example.org"
    v.placeholder_for("EMAIL", mail)
    out = restore("Map<EMAIL_1, String> m; Map&lt;EMAIL_1, String&gt; m; to: <EMAIL_1, cc <EMAIL_1", v)
    assert out.text == f"Map<{mail}, String> m; Map&lt;{mail}, String&gt; m; to: {mail}, cc {mail}"


def test_template_references_are_replaced_whole():
    """``${PHONE_1}``, ``$PHONE_1``, ``{{{EMAIL_1}}}`` and ``{{ EMAIL_1 }}`` are a template's or a shell's reference to the
    placeholder: the value takes the place of all of it (``$+34…`` would be expanded by the shell, ``{value}`` is a
    Handlebars block)."""
    phone, mail = f"+34 91{secrets.randbelow(10**7):07d}", f"user{secrets.randbelow(1000)}@example.org"
    v = vault_with(("PHONE", phone), ("EMAIL", mail))
    out = restore('curl -d "to=${PHONE_1}&cc=$EMAIL_1"; <p>{{{EMAIL_1}}}</p> {{ EMAIL_1 }} {{{ PHONE_1 }}} ${PHONE_7}', v)
    assert out.text == f'curl -d "to={phone}&cc={mail}"; <p>{mail}</p> {mail} {phone} ${{PHONE_7}}'
    assert out.unresolved == ["${PHONE_7}"]


def test_bare_forms_glued_to_chinese_japanese_or_korean_text_restore():
    """These scripts put no blank between words, so a kana, ideograph or hangul next to ``EMAIL_2`` ends it as a blank
    would; an unknown one is listed. A Latin letter still makes a longer token (``éEMAIL_1``, ``EMAIL_1x``)."""
    person, mail = f"Ana Silva {secrets.randbelow(100)}", f"user{secrets.randbelow(1000)}@example.org"
    v = vault_with(("PERSON", person), ("EMAIL", mail))
    out = restore("担当はEMAIL_1さんです。PERSON_1様、PERSON_1님, PERSON_1先生, EMAIL_1的邮箱, EMAIL_9さん, éEMAIL_1, EMAIL_1x", v)
    assert out.text == f"担当は{mail}さんです。{person}様、{person}님, {person}先生, {mail}的邮箱, EMAIL_9さん, éEMAIL_1, EMAIL_1x"
    assert out.unresolved == ["EMAIL_9"]


def test_full_width_brackets_are_replaced_with_the_placeholder():
    """``【TICKET_ID_1】``, ``［EMAIL_1］``, ``〔EMAIL_1〕``, ``｛EMAIL_1｝`` are brackets, as ``[EMAIL_1]``; ``「EMAIL_1」`` are quotation marks."""
    ticket, mail = f"OPS-{secrets.randbelow(10**4)}", f"user{secrets.randbelow(1000)}@example.org"
    v = vault_with(("TICKET_ID", ticket), ("EMAIL", mail))
    out = restore("【TICKET_ID_1】の件、［EMAIL_1］、〔EMAIL_1〕、｛EMAIL_1｝、「EMAIL_1」、［EMAIL_9］", v)
    assert out.text == f"{ticket}の件、{mail}、{mail}、{mail}、「{mail}」、［EMAIL_9］"
    assert out.unresolved == ["［EMAIL_9］"]


def test_a_placeholder_whose_type_a_model_translated_is_listed():
    """``‹TÉLÉPHONE_2>``, ``<メール_5>``: a model translated the type. No vault type has such letters, so it is never
    restored, but it is listed like ``<PERSONNE_1>`` (``--strict`` fails); bare, ``TÉLÉPHONE_2`` is prose."""
    v = Vault()
    v.placeholder_for("PHONE", f"+33 1 {secrets.randbelow(10**8):08d}")
    text = "Appelez le ‹TÉLÉPHONE_2> ou <Téléphone_1>, écrivez à <メール_5> ou [ÉMAIL_1]; TÉLÉPHONE_2, café_1"
    out = restore(text, v)
    assert out.text == text
    assert out.unresolved == ["‹TÉLÉPHONE_2>", "<Téléphone_1>", "<メール_5>", "[ÉMAIL_1]"]
