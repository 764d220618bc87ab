"""The Hyperscan backend finds exactly what the pure-Python backend finds, on the same inputs.

Inputs are generated: filler with ASCII, Latin-1, CJK, emoji, the characters case-folding treats
specially (K, İ, ı, ſ) and the control characters Python counts as spaces, with every rule's
examples planted at random places, at line starts, glued to words and at the very end.
"""
from __future__ import annotations

import random

import pytest

from promptscrub.engine import Matcher
from promptscrub.rules import RuleError, load_builtin_rules, rule_from_dict

hyperscan = pytest.importorskip("hyperscan")

TAIL = r"""(?:[\x60'"\s;]|\\[nr]|$)"""
TRICKY = [
    {"id": "assign", "keywords": ["acme"], "examples": ["ACME_SECRET = 'q8vx2pl9wrtyb7nq8vx2pl9wrtyb7nz'"],
     "regex": r"""(?i)[\w.-]{0,50}?(?:acme)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}([a-z0-9]{32})""" + TAIL},
    {"id": "prefixed", "keywords": ["ghp_"], "examples": ["ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], "regex": r"\b(ghp_[A-Za-z0-9]{36})\b"},
    {"id": "pem", "keywords": ["-----begin"], "examples": ["-----BEGIN RSA PRIVATE KEY-----\n" + "A" * 64 + "\nBBBB\n-----END RSA PRIVATE KEY-----"],
     "regex": r"(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S-]{64,}?KEY(?: BLOCK)?-----"},
    {"id": "generic", "keywords": ["key", "token", "secret"], "examples": ["api_key = 'Zq8vX2pL9wRtYb7N'", "token:\n  abcdefghijk12345"],
     "regex": r"""(?i)[\w.-]{0,50}?(?:key|token|secret)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|:)[\x60'"\s=]{0,5}([\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})""" + TAIL},
    {"id": "mid-i", "keywords": ["p8e-"], "examples": ["p8e-ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "P8E-abcdefghijklmnopqrstuvwxyz012345"],
     "regex": r"\b(p8e-(?i)[a-z0-9]{32})(?:[\x60'\"\s;]|\\[nr]|$)"},
    {"id": "end-z", "keywords": ["zend_"], "examples": ["zend_abcdefghij0123456789"], "regex": r"\b(zend_[a-z0-9]{20})\z"},
    {"id": "lookahead", "keywords": ["lk_"], "examples": ["x lk_abcdefghijklmnopqrstuvwx y"], "regex": r"\blk_([a-z0-9]{24})(?=\s|$)(?!\s*#no)"},
    {"id": "long-lookahead", "examples": ["see https://u.example/x?id=1 here"], "regex": r"https://[a-z.]+/\S*(?=.*here)"},
    {"id": "lookbehind", "keywords": ["passwd"], "examples": ["passwd: Xy7#kq92LmZ"], "regex": r"(?<=passwd: )(\S{8,40})"},
    {"id": "backref", "keywords": ["pw="], "examples": ["pw='S3cr3tValue99'", 'PW="abcdefgh"'], "regex": r"(?i)pw=(['\"])([^'\"]{8,64})\1", "secret_group": 2},
    {"id": "email", "category": "pii", "examples": ["jane.doe@example.org", "ÉLISE@exämple.fr"], "regex": r"\b[\w.%+-]{1,64}@[\w.-]{1,253}\.[A-Za-z]{2,24}\b"},
    {"id": "ipv4", "category": "pii", "examples": ["10.12.250.3"], "regex": r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"},
    {"id": "ssn", "category": "pii", "examples": ["123-45-6789"], "regex": r"\b(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"},
    {"id": "ticket", "category": "internal", "examples": ["OPS-4521", "ops-77777"], "regex": r"(?i)\bOPS-\d{3,6}\b"},
    {"id": "kelvin", "category": "internal", "keywords": ["kelv"], "examples": ["KELVIN-99", "\u212aelvin-12"], "regex": r"(?i)kelvin-\d\d"},
    {"id": "ascii-i", "category": "internal", "keywords": ["ix"], "examples": ["fix-0042", "f\u0130x-0042", "f\u0131x-0042"], "regex": r"(?i)fix-\d{4}"},
    {"id": "long-s", "category": "internal", "examples": ["ſerial-5", "SERIAL-5"], "regex": r"(?i)serial-\d"},
    {"id": "space", "category": "internal", "examples": ["vol\x1c7", "vol 7"], "regex": r"vol\s\d"},
    {"id": "word", "category": "internal", "examples": ["Écureuil-42", "名前-45"], "regex": r"\b\w+-4\d\b"},
    {"id": "dotall-line", "category": "internal", "examples": ["BEGIN x\ny END"], "regex": r"(?s)BEGIN.{1,20}END"},
    {"id": "verbose", "category": "internal", "examples": ["id: 42-abc"], "regex": r"(?x) id: \s (\d+) - [a-z]+  # comment"},
    {"id": "unicode-literal", "category": "internal", "examples": ["naïve-9"], "regex": r"na[ïi]ve-\d"},
    # a keyword outside ASCII is not in the keyword database: the gate reads the text for it
    {"id": "unicode-keyword", "category": "internal", "keywords": ["größe"], "examples": ["größe=42"], "regex": r"(?i)größe=\d\d"},
    # the database drops what a match may begin with and widens large repeats: still a superset
    {"id": "dropped-group-ref", "category": "internal", "keywords": ["tok_"], "examples": ["'tok_abcd'", "tok_wxyz", "\"tok_abcd'"],
     "regex": r"(['\"]?)tok_[a-z]{4}\1"},
    {"id": "huge-repeat", "category": "internal", "keywords": ["big_"], "examples": ["big_" + "a1" * 60, "big_" + "z" * 5000],
     "regex": r"\bbig_[a-z0-9]{100,4000}\b"},
    {"id": "leading-repeat", "category": "internal", "examples": ["12345-zab", "1234567890123-zab"], "regex": r"[0-9]{3,9}-z[a-z]{2}\b"},
    # a multi-line ``^`` is kept in the database (Hyperscan's multi-line ``^``): at the start, after a
    # newline, inside an alternation and mid-pattern; a ``^`` without (?m) (start of text) is dropped
    {"id": "line-start", "category": "internal", "examples": ["pw_k1 = 55", "  \tpw_k2 = 7"], "regex": r"(?m)^[ \t]*pw_k\d = (\d+)"},
    {"id": "line-start-branch", "category": "internal", "examples": ["zz9,zz8", "zz7"], "regex": r"(?m)(?:^|,)zz\d"},
    {"id": "line-start-mid", "category": "internal", "examples": ["hdr:\n^val 42", "hdr:\nval 43"], "regex": r"(?m)hdr:\r?\n^\^?val \d+"},
    {"id": "text-start", "category": "internal", "examples": ["qq-start 1"], "regex": r"^qq-start \d"},
    {"id": "scoped-line-start", "category": "internal", "examples": ["x\nyy-3"], "regex": r"(?m:^)yy-\d"},
    {"id": "trailing-repeat", "category": "internal", "keywords": ["tr:"], "examples": ["tr: " + "x" * 50, "TR:\n\n" + "y" * 9000],
     "regex": r"(?i)tr:\s*(x{20,}|y{20,})"},
    # line-anchored, an unbounded lookahead (so starts come from reversed scans of the windows), an optional
    # leading group, a long run between the line start and the literal: each match starts where its window
    # does, i.e. at the very end of the reversed window, where Hyperscan can miss a match (see SENTINEL)
    {"id": "shell-user", "category": "pii", "keywords": ["--user"],
     "examples": ["$ SYNC_TOKEN=abc ./sync --server http://10.0.0.5:8080 --user tvanlier", "(venv) % ./bin/cli login --username=m.okafor",
                  "$ pip install --upgrade requests --user bob"],
     "regex": r"(?m)^[ \t]*(?:\([\w.-]{1,40}\)[ ])?[$%][ \t]+(?![^\n]{0,200}?\b(?:pip3?|dbus-\w+)\b[^\n]{0,200}?--user\b)"
              r"[^\n]{0,300}?[ \t]--user(?:name)?(?:=|[ \t]+)[\"']?([A-Za-z_][\w.-]{1,62})[\"']?(?=[\s:]|$)"},
    # a record: a key line, up to 6 lines, then a literal field; the database looks for what follows the lines
    {"id": "record-lines", "category": "pii", "keywords": ["gecos"],
     "examples": ["jdoe:\n  shell: /bin/sh\n  gecos: x", "ops_bot:\n\n  gecos: y", "a1:\n   uid: 3\n   x: 1\n   gecos: z"],
     "regex": r"(?m)^([ \t]*)([A-Za-z_][\w.-]{1,31}):[ \t]*\r?\n(?:\1[ \t]+[^ \t\n][^\n]*\n|[ \t]*\r?\n){0,6}?\1[ \t]+gecos:",
     "secret_group": 2},
    {"id": "prompt-token", "keywords": ["--token"],
     "examples": [">> deploy --region eu-west-1 --cluster prod-main-0042 --token Ab12Cd34Ef56Gh78",
                  "[ops@bastion-7] > kubectl-wrap apply -f manifests/base/overlays --token=zz99yy88xx77ww66",
                  "> ./ship --dry-run --target staging-cluster-01 --token Qq11Ww22Ee33Rr44"],
     "regex": r"(?m)^(?:\[[\w@.-]{1,30}\][ ])?>{1,2}[ \t]+(?!.*\bdry-run\b)\S.{20,}?[ \t]--token[= ]([A-Za-z0-9]{12,40})\b"},
    {"id": "env-secret-line", "keywords": ["_secret"],
     "examples": ["export PAYMENTS_GATEWAY_SECRET = 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2'", "   BILLING_SECRET=Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2",
                  "DEMO_SECRET=Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2  # example"],
     "regex": r"(?m)^[ \t]*(?:export[ \t]+)?(?![^\n]*#\s*example)[A-Z][A-Z0-9_]{2,40}_SECRET[ \t]*=[ \t]*[\"']?([A-Za-z0-9/+]{20,60})"},
]
# a leading alternation of many names makes an expression Hyperscan calls "too large": it is split
# into one expression per name (the same ends), not approximated in prefilter mode
_RND = random.Random(3)
VENDORS = ["".join(_RND.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(_RND.randrange(5, 12))) for _ in range(130)]
TRICKY.append({
    "id": "many-vendors", "keywords": VENDORS, "examples": [f"{VENDORS[0]} key Zq8vX2pL9wRtYb7N4k", f"{VENDORS[-1].upper()}_TOKEN='a1b2c3d4e5f6g7h8i9'"],
    "regex": r"""(?i)\b(?:""" + "|".join(VENDORS) + r""")[\w.-]{0,30}?[\s"':=,._-]{1,6}(?:(?:key|token|secret|access|private|api|pat|id)[\s"':=,._-]{1,6}){0,3}"""
             r"""(?<![A-Za-z0-9+/])(?=[A-Za-z0-9_+/]{0,120}\d)([A-Za-z0-9_+/]{16,120}={0,2}|[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})(?![A-Za-z0-9_+/=-])"""})
FILLER = ["def f(x):", "    return x", "key", "token = compute()", "é", "ü", "名前", "😀", "\u212a", "\u0130", "\u0131", "\u017f",
          "\x1c", "\t", " ", "\r\n", "\n", "\r", "'", '"', ",", "=", ":", "-----", "ops", "OPS-1", "http://", "@", "1.2.3", "p8e-", "lk_"]


def tricky_rules():
    return [rule_from_dict(r, "tricky.toml", r.get("category", "secret")) for r in TRICKY]


def builtin():
    """Every built-in rule, as the scrubber runs them (validators included: both backends apply them)."""
    try:
        return load_builtin_rules()
    except (RuleError, ImportError):
        return []


def texts(rules, seed: int, n: int = 6) -> list[str]:
    rnd = random.Random(seed)
    examples = [ex for r in rules for ex in r.examples]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randrange(300, 3000)):
            roll = rnd.random()
            if roll < 0.08 and examples:
                ex = rnd.choice(examples)
                parts.append(ex if rnd.random() < 0.7 else ex.upper() if rnd.random() < 0.5 else ex[: len(ex) // 2])
            else:
                parts.append(rnd.choice(FILLER))
        text = "".join(parts)
        out += [text, text + rnd.choice(examples)]
    out.append("".join(examples) + "\n" + "\n".join(examples))
    return out


@pytest.fixture(scope="module")
def matchers():
    rules = tricky_rules() + builtin()
    return Matcher(rules, engine="python"), Matcher(rules, engine="hyperscan")


def found(m: Matcher, text: str):
    return [(x.rule.id, x.start, x.end) for x in m.matches(text)]


@pytest.mark.parametrize("seed", range(4))
def test_backends_find_the_same(matchers, seed):
    """Same matches, same order, on generated texts with every rule's examples planted."""
    py, hs = matchers
    for text in texts(py.rules, seed):
        assert found(hs, text) == found(py, text)


def test_a_rule_whose_reversed_form_hyperscan_rejects_runs_as_in_python(matchers, monkeypatch):
    """A FULL or window-starts rule takes its starts from a reversed database of its own; if Hyperscan rejects
    that expression, the rule reads the whole text as the Python backend does: the same matches either way."""
    from dataclasses import replace

    from promptscrub import cache, engine_hyperscan

    real = engine_hyperscan.analyse
    monkeypatch.setattr(engine_hyperscan, "analyse", lambda regex: replace(real(regex), reversed_expression="(?:a"))
    monkeypatch.setattr(cache, "store", lambda *a, **k: None)  # (the test's rejections stay out of the shared cache)
    py, _ = matchers
    hs = Matcher(py.rules, engine="hyperscan")
    backend = hs.backend_for("x" * 10_000)
    backend._reversed = {}  # none compiled yet
    for text in texts(py.rules, 7, n=2):
        assert found(hs, text) == found(py, text)
    assert backend._reversed and all(db is None for db in backend._reversed.values())


def test_every_example_is_found_by_both(matchers):
    py, hs = matchers
    for rule in py.rules:
        if rule.examples:
            padded = "start\n" + "\n".join(rule.examples) + "\n" + "x" * 500  # both engines are forced: no need for 4 KiB
            assert found(hs, padded) == found(py, padded)


def test_the_tricky_rules_exercise_every_plan(matchers):
    """Window, line-bounded, start-anchored and Python-only plans all occur (so all are compared), and
    window/line plans whose lookahead is unbounded take their starts from a reversed scan of the windows."""
    _, hs = matchers
    backend = hs.backend_for("x" * 10_000)
    assert backend.name == "hyperscan"
    plans = {r.id: backend.plans[i] for i, r in enumerate(hs.rules) if r.source == "tricky.toml"}
    assert {"window", "lines", "full"} <= {p.mode for p in plans.values()}
    assert plans["lookahead"].mode == "window" and plans["lookahead"].starts
    assert plans["long-lookahead"].mode == "lines" and plans["long-lookahead"].starts


def test_the_database_is_cached(tmp_path, monkeypatch):
    """A second matcher over the same rules loads the compiled database instead of compiling it."""
    from promptscrub import engine_hyperscan

    rules = tricky_rules()[:3]
    first = Matcher(rules, engine="hyperscan").backend_for("x" * 10_000)
    monkeypatch.setattr(engine_hyperscan, "build", lambda *a: pytest.fail("compiled again"))
    again = Matcher(rules, engine="hyperscan")
    assert found(again, "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 " * 200)
    assert again.backend_for("x" * 10_000).plans == first.plans  # the plans come back from the pickle as built


def test_short_texts_use_python_and_long_ones_hyperscan():
    m = Matcher(tricky_rules())
    assert m.backend_for("one line").name == "python"
    assert m.backend_for("x" * 100_000).name == "hyperscan"


def test_without_hyperscan_the_python_backend_serves(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_hyperscan(name, *args, **kwargs):
        if name == "hyperscan":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_hyperscan)
    m = Matcher(tricky_rules())
    assert m.backend_for("x" * 100_000).name == "python"
    assert found(m, "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 " * 200)


def test_rejected_expressions_are_dropped_and_the_rest_kept():
    """One combined compile; when it fails, bisection finds the rejected entry: it is dropped, the rest kept."""
    from promptscrub.engine_hyperscan import _compile

    entries = [(0, b"abc", 0), (1, b"a{0,100000}b", 0), (2, b"x[0-9]+y", 0), (7, b"(?:kw)", hyperscan.HS_FLAG_SINGLEMATCH)]
    db, failed = _compile(entries)
    assert failed == {1: None}
    hits = []
    db.scan(b"--abc--x12y--kw", match_event_handler=lambda i, f, t, fl, c: hits.append(i))
    assert sorted(set(hits)) == [0, 2, 7]


def test_the_database_expression_is_small_and_a_superset():
    """Large bounded repeats are opened, what a match may begin with is dropped; widths come from the regex."""
    from promptscrub.engine_shape import analyse

    shape = analyse(r"[\w.-]{0,50}?(?:key)[ ]{0,20}=([a-z0-9]{40,4000})")
    assert "{0,50}" not in shape.expression and "4000" not in shape.expression and "{32,}" in shape.expression
    assert shape.expression.startswith("[\\x4b\\x6b]") or shape.expression.startswith("[\\x6b]")
    assert shape.max_width == 50 + 3 + 20 + 1 + 4000


def test_a_repeat_of_lines_is_looked_for_by_the_literal_after_it():
    """``A (?:line\\n){0,12} B``: the database holds ``B`` alone when ``B`` holds a literal (the same ends, a
    superset; the window still spans the whole match); without one, ``B`` would be found everywhere."""
    from promptscrub.engine_shape import analyse

    record = next(r for r in TRICKY if r["id"] == "record-lines")["regex"]
    assert analyse(record).expression.startswith("(?:[\\x09\\x20])")  # the indent before "gecos:", no key line
    assert "[\\x67][\\x65][\\x63][\\x6f][\\x73]" in analyse(record).expression
    assert analyse(record).newlines == 7
    quoted = r"(?m)^([A-Za-z_]\w{1,31}):[ \t]*\n(?:[ \t]+[^\n]*\n){0,6}?[ \t]+['\"][A-Za-z0-9]{16,}"
    assert analyse(quoted).expression.startswith("^")  # no literal after the lines: the key line stays


def test_a_line_start_anchors_the_database_expression():
    """``(?m)^`` stays (Hyperscan's multi-line ``^`` is the same positions), even before a nullable
    prefix; ``^`` without (?m) means the text's start and is dropped like other assertions."""
    from promptscrub.engine_shape import analyse

    assert analyse(r"(?m)^[ \t]*pw = (\d+)").expression.startswith("^")
    assert "[\\x0a]^" in analyse(r"(?m)hdr:\r?\n^val").expression
    assert "^" not in analyse(r"^qq-start \d").expression
    assert "^" not in analyse(r"(?m)^[ \t]*pw = (\d+)").reversed_expression


def test_a_too_large_alternation_is_split_not_approximated():
    """Split into one expression per alternative: exact ends (no prefilter), so few candidates to confirm."""
    from promptscrub.engine_hyperscan import FULL, PYTHON, build
    from promptscrub.engine_shape import analyse, split_expressions

    rule = next(r for r in tricky_rules() if r.id == "many-vendors")
    with pytest.raises(hyperscan.error, match="too large"):
        hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(expressions=[analyse(rule.regex).expression.encode()])
    assert len(split_expressions(rule.regex)) == len(VENDORS)
    built = build([rule], rule.keywords)
    assert built.plans[0].mode not in (PYTHON, FULL) and not built.plans[0].prefilter
    m = Matcher([rule], engine="hyperscan")
    text = ("int vendor_count = 12345678901234567890; // " + " ".join(VENDORS[:5]) + "\n") * 200 + rule.examples[0]
    assert [text[x.start:x.end] for x in m.matches(text)] == ["Zq8vX2pL9wRtYb7N4k"]


def test_a_back_reference_counts_what_its_group_can_hold():
    """``(["'])...\\1`` stays line-bounded (not a full reversed scan): the group holds no newline."""
    from promptscrub.engine_shape import analyse

    assert analyse(r"""pw\s{0,2}=(["'])[^"'\n]{8,64}\1""").newlines == 2
    assert analyse(r"""(\s+)x\1""").newlines is None


def _intervals_by_definition(text: str, ends: list[int], lines: int) -> list[tuple[int, int]]:
    """Each end's window (after the lines+1-th newline before it), sorted and merged: what
    ``intervals`` must return, computed the slow way."""
    spans = []
    for e in ends:
        starts = [i + 1 for i, c in enumerate(text[:e]) if c == "\n"]
        spans.append((starts[-(lines + 1)] if len(starts) > lines else 0, e))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


@pytest.mark.parametrize("seed", range(40))
def test_line_windows_merge_as_defined(seed):
    """The line-bounded windows look back only to the previous end (ends crowd on one line): the merged
    intervals are still exactly those of the definition, for ascending and for unordered ends."""
    from promptscrub.engine_hyperscan import LINES, Plan, intervals

    rng = random.Random(seed)
    text = "".join(rng.choice("ab \n") for _ in range(rng.randint(1, 400)))
    ends = sorted(rng.sample(range(1, len(text) + 1), rng.randint(1, min(30, len(text)))))
    if seed % 4 == 0:
        rng.shuffle(ends)
    lines = rng.randint(0, 4)
    assert intervals(text, ends, Plan(LINES, lines=lines)) == _intervals_by_definition(text, ends, lines)


def test_a_latin1_keyword_stays_in_the_keyword_database():
    """``prüf``: its ü is found in the shadow as ü or Ü (nothing beyond Latin-1 lower-cases to ü), so the
    keyword database keeps serving the gate, with the same matches as the Python backend. A keyword
    with ß (ẞ lower-cases to it) or ÿ (its capital is beyond Latin-1) cannot be in the database."""
    from promptscrub.engine_shape import keyword_expression

    assert keyword_expression("prüf") is not None
    assert keyword_expression("größe") is None and keyword_expression("ÿes") is None
    latin1 = {"id": "latin1-keyword", "category": "internal", "keywords": ["prüf"], "examples": ["PRÜFNR 12", "prüfnr 34"],
              "regex": r"(?i)prüfnr \d\d"}
    # its keyword anywhere in the text lets it run: far from the match, so the keyword scan decides
    far = {"id": "far-keyword", "category": "internal", "keywords": ["prüf"], "examples": ["nr-123"], "regex": r"\bnr-\d{3}\b"}
    rules = [r for r in tricky_rules() if r.id != "unicode-keyword"] + [
        rule_from_dict(r, "t.toml", "internal") for r in (latin1, far)]
    python, fast = Matcher(rules, engine="python"), Matcher(rules, engine="hyperscan")
    assert fast.backend_for("x" * 10_000).kw_db is not None
    filler = "def f(x):\n    return x\n" * 400
    for text in (f"nr-123 {filler} PRÜF", f"nr-123 {filler} prüf", f"nr-123 {filler} PRUF", *texts(rules, 1, n=3)):
        assert found(fast, text) == found(python, text)
    assert [r for r, _, _ in found(fast, f"nr-123 {filler} PRÜF")] == ["far-keyword"]


def test_a_keyword_beyond_latin1_keeps_the_keyword_database():
    """``пароль``, ``größe``: the shadow cannot find them (ẞ lower-cases to ß; п is beyond Latin-1), so they
    are looked for in the lower-cased text, and only in a text that is not ASCII, where alone they can
    occur. The other keywords keep the database, and the matches are the Python backend's."""
    from promptscrub.engine_shape import keyword_expression

    assert keyword_expression("пароль") is None and keyword_expression("größe") is None
    native = {"id": "native-keyword", "category": "secret", "keywords": ["пароль"], "examples": ["Пароль: Qw7eRt9y"],
              "regex": r"(?i)пароль: ([A-Za-z0-9]{8})"}
    rules = tricky_rules() + [rule_from_dict(native, "t.toml", "secret")]
    python, fast = Matcher(rules, engine="python"), Matcher(rules, engine="hyperscan")
    backend = fast.backend_for("x" * 10_000)
    assert backend.kw_db is not None and len(backend.outside) == 2
    filler = "def f(x):\n    return x\n" * 400
    for text in (f"{filler} ПАРОЛЬ: Zx8cVb7n", f"{filler} пароль: Zx8cVb7n größe=12", f"{filler} GRÖẞE=12 ю",
                 f"{filler} parol: Zx8cVb7n", f"{filler} Größe=34", *texts(rules, 2, n=3)):
        assert found(fast, text) == found(python, text)
    assert [r for r, _, _ in found(fast, f"{filler} ПАРОЛЬ: Zx8cVb7n")] == ["native-keyword"]


def test_a_line_anchored_rule_with_an_unbounded_lookahead():
    """Its starts come from the reversed scan of each line's window, and a match starts where the window
    does: at the very end of the reversed buffer, a match Hyperscan can miss (see ``SENTINEL``)."""
    rule = rule_from_dict({
        "id": "unbounded-lookahead-at-line-start", "description": "x", "type": "USERNAME", "secret_group": 1,
        "keywords": ["--user"],
        "regex": r"(?m)^[ \t]*(?:\([\w.-]{1,40}\)[ ])?[$%][ \t]+(?![^\n]{0,200}?\b(?:pip3?|dbus-\w+)\b[^\n]{0,200}?--user\b)"
                 r"[^\n]{0,300}?[ \t]--user(?:name)?(?:=|[ \t]+)[\"']?([A-Za-z_][\w.-]{1,62})[\"']?(?=[\s:]|$)",
    }, "tricky.toml", "pii")
    text = ("pg_dump --username=kwalker ledger > x.sql\n$ SYNC_TOKEN=abc ./sync --server http://10.0.0.5:8080 --user tvanlier\n"
            "% ./bin/cli login --username=m.okafor\nfoo\n")
    py, hs = Matcher([rule], engine="python"), Matcher([rule], engine="hyperscan")
    assert found(hs, text) == found(py, text)


def test_a_match_ending_at_the_end_of_the_buffer_is_not_missed():
    """Hyperscan can miss a match ending exactly at the end of what it scans (a literal, a long run, a short
    class tail); every scan appends a sentinel byte, so the match at the text's end is found."""
    from promptscrub.engine_hyperscan import SENTINEL

    def ends(expression: bytes, data: bytes) -> list[int]:
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=[expression], ids=[0], elements=1, flags=[hyperscan.HS_FLAG_MULTILINE])
        out: list[int] = []
        db.scan(data, match_event_handler=lambda i, f, t, fl, c: out.append(t))
        return out

    data = b"--u" + b"a" * 40 + b" x"
    assert len(data) in ends(rb"--u[^\n]*[ ][xy]", data + SENTINEL)
    rule = rule_from_dict({"id": "tail", "keywords": ["--u"], "examples": ["--u" + "a" * 40 + " x"],
                           "regex": r"--u[^\n]*[ ][xy]"}, "t.toml", "internal")
    text = "filler line\n" * 300 + "--u" + "a" * 40 + " x"
    py, hs = Matcher([rule], engine="python"), Matcher([rule], engine="hyperscan")
    assert hs.backend_for(text).name == "hyperscan"
    assert found(hs, text) == found(py, text) != []


def test_characters_beyond_latin1_read_as_bytes_of_their_script():
    """The shadow gives each script its own bytes (``SCRIPT_BYTES``): a Chinese literal finds no candidate in a
    Russian text, and the case partners ``re`` equates under IGNORECASE (the Ohm sign and omega, the Angstrom
    sign and ``å``, final and medial sigma, the rounded ve of Cyrillic Extended-C and ``в``) are still found."""
    from promptscrub.engine_shape import analyse, scan_bytes

    native = [
        {"id": "zh-address", "category": "pii", "examples": ["地址：北京路12号"], "regex": r"地址[：:]\S{2,12}\d+号"},
        {"id": "ru-street", "category": "pii", "examples": ["улица Ленина 5", "УЛИЦА Мира 12"], "regex": r"(?i)улица [а-яё]+ \d+"},
        {"id": "greek-word", "category": "pii", "examples": ["ΟΔΟΣ 4", "οδος 4"], "regex": r"(?i)οδοσ \d"},
        {"id": "omega", "category": "pii", "examples": ["\u2126-7", "ω-7"], "regex": r"(?i)ω-\d"},
        {"id": "angstrom", "category": "pii", "examples": ["\u212brhus-1", "århus-1"], "regex": r"(?i)århus-\d"},
        {"id": "ve", "category": "pii", "examples": ["\u1c80ход-3", "вход-3"], "regex": r"(?i)вход-\d"},
        {"id": "thai-range", "category": "pii", "examples": ["ถนนสุขุมวิท 9"], "regex": r"ถนน[\u0e01-\u0e4e]+ \d"},
    ]
    rules = [rule_from_dict(r, "t.toml", "pii") for r in native]
    python, fast = Matcher(rules, engine="python"), Matcher(rules, engine="hyperscan")
    russian = "Привет, как дела? Всё хорошо, спасибо. " * 300
    filler = ["Привет", "дела", "地址", "北京", "οδός", "ΟΔΟΣ", "\u2126", "\u212b", "\u1c80", "ถนน", "ก", " ", "\n", "5", "：", "号"]
    rnd = random.Random(5)
    examples = [ex for r in native for ex in r["examples"]]
    for text in [russian + ex for ex in examples] + [
            "".join(rnd.choice(filler + examples) for _ in range(3000)) for _ in range(4)]:
        assert found(fast, text) == found(python, text)
    # the Chinese rule's database expression has no candidate end in Russian prose (one byte for all would)
    backend = fast.backend_for(russian)
    ends, _ = backend.scan(russian)
    assert not ends[0] and scan_bytes(russian)[0].count(b"\x80") == 0
    assert analyse("地址").expression != analyse("Адрес").expression
    # case partners share a byte: a case-insensitive word is one byte string, not a product of classes
    assert analyse("(?i)улица").expression == analyse("улица").expression == analyse("УЛИЦА").expression
    assert analyse("(?i)ω").expression == analyse("\u2126").expression  # the Ohm sign reads as omega


@pytest.mark.parametrize("seed", range(6))
def test_the_shadow_is_one_byte_a_character_however_dense_the_script(seed):
    """Sparse runs are translated one by one, a text in another script a chunk at a time: either way each
    character gets its own byte, and a special character (İ ı ſ K) anywhere is reported."""
    from promptscrub.engine_shape import SHADOW_SPECIAL, shadow_and_special, shadow_byte

    rnd = random.Random(seed)
    alphabet = ["a", " ", "\n", "é", "ÿ", "\x85", "д", "Ж", "名", "ค", "😀", "٣", "\u3000"] + (["ſ", "\u0130"] if seed % 2 else [])
    weights = [30, 10, 2, 1, 1, 1] + [rnd.choice([0, 1, 40]) for _ in alphabet[6:]]
    text = "".join(rnd.choices(alphabet, weights, k=rnd.randrange(100, 40_000)))
    data, special = shadow_and_special(text)
    want = bytes(c if c <= 0xFF else SHADOW_SPECIAL.get(c) or shadow_byte(c) for c in map(ord, text))
    assert data == want
    assert special == any(chr(c) in text for c in SHADOW_SPECIAL)
