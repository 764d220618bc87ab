"""Licence and copyright boilerplate is public text, not personal data: a company that holds a copyright, the
Free Software Foundation's name in a GPL header, "Group" used as an ordinary noun. The company names, years and
holders are made up (random combinations); the people on the same lines stay found."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

COMPANY_WORDS = ("Northwind", "Tailspin", "Wingtip", "Litware", "Fabrikam", "Proseware", "Adventure", "Lucerne",
                 "Contoso", "Woodgrove", "Trey", "Humongous")
FORMS = ("Inc.", "Corp.", "Corporation", "Ltd", "GmbH", "LLC", "Limited")


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def types(scrubber, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.type for f in scrubber.find(text)}


def company(rnd: random.Random) -> str:
    return f"{rnd.choice(COMPANY_WORDS)} {rnd.choice(('Systems', 'Labs', 'Software', 'Networks'))}, {rnd.choice(FORMS)}"


@pytest.mark.parametrize("seed", range(6))
def test_copyright_holder_company_is_no_finding(scrubber, seed):
    rnd = random.Random(seed)
    name, year = company(rnd), rnd.randint(1985, 2030)
    for text in (f" * Copyright (C) {year} {name}\n", f"// Portions copyright {year}-{year + 3}, {name}\n",
                 f"/*\n * Copyright (c) {year},{year + 1}\n *  {name}\n */\n", f"# © {year} {name} All rights reserved.\n",
                 f"Files: *\nCopyright: {year} Jane Roe\n           {year + 2} {name}\nLicense: MIT\n"):
        assert "ORGANIZATION" not in types(scrubber, text).values(), text


def test_company_outside_copyright_still_found(scrubber):
    rnd = random.Random(7)
    name = company(rnd)
    assert "ORGANIZATION" in types(scrubber, f"I signed the contract with {name} last week.\n").values()


def test_fsf_name_in_gpl_header_is_no_finding(scrubber):
    for text in ("# with this program; if not, write to the Free Software\n# Foundation, Inc., Boston.\n",
                 'source     "Free Software Foundation, Inc."\n'):
        assert "ORGANIZATION" not in types(scrubber, text).values(), text


def test_group_as_ordinary_noun(scrubber):
    for text in ('echo "removing Storage Group $NAME"\n', "Update a Network Endpoint Group.\n",
                 "the Data Formats Working Group met\n"):
        assert "ORGANIZATION" not in types(scrubber, text).values(), text
    assert "ORGANIZATION" in types(scrubber, "She moved from Tailspin Group to a startup.\n").values()


def kinds(scrubber, text: str) -> set[str]:
    return set(types(scrubber, text).values())


def test_well_known_licence_address_is_no_finding(scrubber):
    text = ("# You should have received a copy of the GNU General Public License\n# along with this program; if not,"
            " write to the Free Software Foundation,\n# Inc., 51 Franklin Street, Fifth Floor,\n# Boston, MA"
            " 02110-1301, USA.\n")
    assert not kinds(scrubber, text) & {"ADDRESS", "LOCATION", "ORGANIZATION"}


@pytest.mark.parametrize("seed", range(4))
def test_company_address_and_town_on_copyright_line(scrubber, seed):
    rnd = random.Random(seed)
    name, year, number = company(rnd), rnd.randint(1985, 2030), rnd.randint(100, 9999)
    town = rnd.choice(("Springfield", "Sunnyvale", "Bismarck", "Boulder"))
    state = rnd.choice(("Texas", "California", "Colorado", "Oregon"))
    text = f" * Copyright {year} {name}, {town}, {state}.\n * All Rights Reserved.\n"
    assert not kinds(scrubber, text) & {"LOCATION", "ORGANIZATION"}, text
    text = (f"Permission is granted provided this notice is kept.\nCopyright {year} {name},\n"
            f"{number} Harbor Street, {town}, CA 9{number:04d}.\n")
    assert "ADDRESS" not in kinds(scrubber, text), text


@pytest.mark.parametrize("state", ["California", "Oregon", "Texas"])
def test_place_an_institution_is_named_after_in_a_notice(scrubber, state):
    text = f"Copyright (c) 1987-1993 The Regents of the University of {state}.  All rights reserved.\n"
    assert "LOCATION" not in kinds(scrubber, text), text
    # in prose, where someone studied stays found
    assert types(scrubber, "She studied at the University of Oregon until 2001.\n").get("Oregon") == "LOCATION"


@pytest.mark.parametrize("town", ["Maynard", "Armonk", "Redmond"])
def test_one_word_town_after_a_company_on_a_copyright_line(scrubber, town):
    text = f"  Copyright: 1988 by Digital Equipment Corporation, {town}, Massachusetts\n"
    assert not kinds(scrubber, text) & {"PERSON", "LOCATION"}, types(scrubber, text)
    # a person named in the same words elsewhere stays one
    assert types(scrubber, f"Ask {town} Quarnby, she knows.\n").get(f"{town} Quarnby") == "PERSON"


def test_licence_contact_office_phone(scrubber):
    rnd = random.Random(3)
    area, a, b = rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(1000, 9999)
    text = ("For permission or any other legal details, please contact\n      Office of Licensing\n"
            f"      Lakeside State University\n      {a * 7} College Avenue\n      Riverton, OR  97{a:03d}\n"
            f"      ({area}) {a}-{b}, fax: ({area}) {a}-{(b + 1) % 10000:04d}\n")
    assert not kinds(scrubber, text) & {"ADDRESS", "PHONE"}, text


def test_personal_contacts_still_found(scrubber):
    rnd = random.Random(5)
    a, b = rnd.randint(200, 999), rnd.randint(1000, 9999)
    text = f"This file is under the MIT license.\nContact: Jane Roe, tel. +1 (415) {a}-{b}\nJane lives at 12 Maple Street, Springfield, IL 62704.\n"
    found = kinds(scrubber, text)
    assert {"PHONE", "ADDRESS"} <= found, found
    text = f"Our new office: {company(rnd)}, 44 Harbor Street, Springfield, IL 62704\n"
    assert "ADDRESS" in kinds(scrubber, text)


@pytest.mark.parametrize("word", ["apt", "unit", "suite"])
def test_tool_or_package_named_like_a_unit_is_no_address(scrubber, word):
    rnd = random.Random(len(word))
    major, minor = rnd.randint(1, 9), rnd.randint(0, 30)
    for text in (f"rm_conffile /etc/cron.weekly/{word} {major}.{minor}.{rnd.randint(0, 9)}~ -- \"$@\"\n",
                 f"if command -v {word} {major}>/dev/null; then\n", f"pkg\t{word}\t{major}.{minor}.1-2\n",
                 f"commands={{bindir}}/{word}{major} discover []\n", f"usr/share/man/man{major}/{word}.{major}.gz\n"):
        assert "ADDRESS" not in kinds(scrubber, text), text
    assert "ADDRESS" in kinds(scrubber, f"Send it to {word.title()} {rnd.randint(2, 999)}, 14 Harbor Road, Springfield, IL 62704\n")


def emails(scrubber, text: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.find(text) if f.type == "EMAIL"]


@pytest.mark.parametrize("seed", range(4))
def test_email_numbered_domain_and_cctld_extension(scrubber, seed):
    rnd = random.Random(seed)
    user = "".join(rnd.choice("abcdefghijk") for _ in range(6))
    for domain in (f"{rnd.randint(10, 9999)}.{rnd.choice(('am', 'moe', 'de', 'io'))}",
                   f"{rnd.choice(('tools', 'relay', 'mailer'))}.{rnd.choice(('sh', 'py', 'rs'))}"):
        assert emails(scrubber, f"write to {user}@{domain} today\n") == [f"{user}@{domain}"]
    for text in ("npm i left-pad@20.alpine\n", "icon@2x.sh\n", "see pkg@1.2.3\n", "systemctl stop user@1001.service\n",
                 "journalctl -u serial-getty@ttyS0.service\n"):
        assert emails(scrubber, text) == [], text


def test_email_in_pod_escapes(scrubber):
    text = "=head1 AUTHOR\n\nJane Roe E<lt>jroe@example.orgE<gt>\n"
    assert emails(scrubber, text) == ["jroe@example.org"]


@pytest.mark.parametrize("written,spelled", [
    ("jroe[at]example.org", True), ("jroe (at) example dot com", True), ("<jroe at example.com>", True),
    ("Email: jroe at example.com", True), ("jroe {at} mail dot example dot net", True),
    ("please look at example.com first", False), ("at least one (at) most two", False),
    ("the release is at github.com/acme/tool", False), ("back at the dot com era", False),
])
def test_obfuscated_email(scrubber, written, spelled):
    assert bool(emails(scrubber, written + "\n")) is spelled, written
