"""Audit 8, people in key-value data (rules/pii/labelled.toml, person-name-key-value): a person's name as the
value of an environment variable or a key-value store's key whose name says it is one (a build's author, a
commit's committer, an owner, the on-call engineer); teams, bots and companies under the same keys stay.
Every name is made up here at test time from a seeded generator."""
import random
from pathlib import Path

import pytest

from promptscrub.detectors.patterns import PatternDetector
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files

RNG = random.Random("audit8-names")
DETECTOR = PatternDetector(load_rules(rule_files(Path(builtin_rules_dir() / "pii"))))


def person() -> str:
    def word() -> str:
        syllables = RNG.randint(2, 3)
        return "".join(RNG.choice("bdfgklmnprstvz") + RNG.choice("aeiou") for _ in range(syllables)).capitalize()
    return RNG.choice([f"{word()} {word()}", f"{word()} van {word()}", f"{word()} {word()}-{word()}"])


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(text) if f.type == "PERSON"]


@pytest.mark.parametrize("template", [
    "$ env | grep BUILD_\nBUILDKITE_BUILD_AUTHOR={}\nBUILDKITE_BUILD_AUTHOR_EMAIL=dev@example.org\n",
    "BUILDKITE_BUILD_CREATOR={}\nBUILDKITE_BUILD_NUMBER=812\n",
    "export GIT_AUTHOR_NAME=\"{}\"\nexport GIT_AUTHOR_EMAIL=dev@example.org\n",
    "GIT_COMMITTER_NAME={}\n",
    "SERVICE_OWNER='{}'\n",
    "config/billing/prod/oncall/primary:{}\nconfig/billing/prod/oncall/primary_phone:+44 20 7946 0000\n",
    "/services/ledger/owner={}\n",
    "$ etcdctl get --prefix /teams/ledger\n/teams/ledger/maintainer: {}\n",
])
def test_a_name_under_a_key_that_says_person_is_redacted(template):
    for _ in range(5):
        name = person()
        assert name in found(template.format(name)), template.format(name)


@pytest.mark.parametrize("text", [
    "SERVICE_OWNER=Platform Team\n",
    "CODEOWNER=Payments Squad\n",
    "BUILDKITE_BUILD_AUTHOR_EMAIL=dev@example.org\n",
    "author = Google Inc\n",
    "Author: Amazon Web Services\nLicense: Apache\n",
    "config/billing/prod/oncall/primary_phone:+44 20 7946 0000\n",
    "OWNER=Ilka Vornholt ran the job twice\n",        # not the value of the key: a sentence goes on
    "owner: ledger-team\n",
    "BUILDKITE_BUILD_AUTHOR=dependabot\n",
    "# Author: Ilka Vornholt\n",                     # a comment's label: the names detector's to judge
])
def test_teams_bots_and_companies_under_those_keys_stay(text):
    assert found(text) == []
