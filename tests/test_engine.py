import random
import string

from promptscrub.engine import SMALL_TEXT, Matcher, shannon_entropy
from promptscrub.rules import rule_from_dict


def rule(**kw):
    return rule_from_dict({"id": "r", "regex": r"key=(\w+)", **kw}, "t.toml")


def test_secret_group_is_the_span():
    """Only the group is reported, so `key=` stays readable."""
    (m,) = Matcher([rule(keywords=["key="])]).matches("my key=abc123 here")
    assert (m.start, m.end) == (7, 13)


def test_keyword_prefilter_skips_rules():
    m = Matcher([rule(keywords=["key="]), rule_from_dict({"id": "other", "regex": "zzz", "keywords": ["zz"]}, "t")])
    assert [r.id for r in m.candidates("a KEY=1")] == ["r"]
    assert m.candidates("nothing") == []


def test_keywordless_rules_always_run():
    assert [r.id for r in Matcher([rule()]).candidates("nothing")] == ["r"]


def test_entropy_threshold():
    m = Matcher([rule(keywords=["key="], entropy=3.0)])
    assert list(m.matches("key=aaaaaaaaaaaa")) == []
    assert len(list(m.matches("key=Zq8vX2pL9wRt"))) == 1


def test_large_texts_find_the_same_as_small_ones():
    """The Aho-Corasick path (large texts) agrees with the plain `in` path."""
    rnd = random.Random(3)
    filler = "".join(rnd.choice(string.ascii_lowercase + " \n") for _ in range(SMALL_TEXT * 2))
    text = filler + " key=Tail42 "
    m = Matcher([rule(keywords=["key="])])
    assert [text[x.start:x.end] for x in m.matches(text)][-1] == "Tail42"


def test_entropy_values():
    assert shannon_entropy("") == 0
    assert shannon_entropy("abab") == 1.0
