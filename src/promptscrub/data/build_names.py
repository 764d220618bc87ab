"""Build ``names.bin``: the person-name lists the ``names`` detector loads. Run once by a maintainer;
the output is committed, so users never need the sources.

    python -m promptscrub.data.build_names NAMES_PKG_DIR [WORDS_FILE] [--faker]

Sources (all redistributable):

* first and last names: the 1990 US Census name frequency files (``dist.female.first``,
  ``dist.male.first``, ``dist.all.last``; US government work, public domain) as shipped by the PyPI
  package ``names`` 0.3.0 (MIT, Trey Hunner). Pass the folder holding those three files.
* common English words: ``/usr/share/dict/words`` (Debian ``wamerican``, SCOWL word lists; free to
  use and redistribute). Only lower-case entries are taken: a name whose lower-case form is an
  ordinary word (``Will``, ``Brown``, ``Main``) is marked ambiguous and needs more evidence.
* ``--faker``: the given names of the European, Turkish and Indonesian locales of the PyPI package
  ``faker`` (MIT; installed where the builder runs, never at run time), written as the detector folds
  them (accents off: "Jérôme" is "jerome"). Why: the census knows American given names; "Manon",
  "Guillaume", "Stefano", "Marcin" were listed only as surnames, and "Андрей", "Екатерина" not at all,
  so a greeting or a signature with one of them stayed in clear.

The file holds four sets (first names, last names, ambiguous names, English words), each as a sorted
array of the CRC-32 of its lower-case UTF-8 entries: loading is one read (no parsing, no hashing of
160,000 strings, which would cost ~30 ms), a lookup is one CRC and a binary search. A collision makes
an unrelated word look listed with odds of ~4e-5 per lookup, which the detector's other evidence
absorbs. Layout: ``PSN1``, four little-endian uint32 counts, then the four uint32 arrays.
``--text`` also writes ``names.txt`` (the plain lists) for review; it is not shipped.
"""
from __future__ import annotations

import array
import struct
import sys
import zlib
from pathlib import Path

OUT = Path(__file__).with_name("names.bin")
SECTIONS = ("first", "last", "ambiguous", "words")

#: Capitalised words that the census lists as surnames but that in prompts are products and tools.
TECH = """
docker scala perl mac jackson kafka jenkins travis gradle vue footer ansible apache nginx jupyter pandas
numpy scipy keras kubernetes helm terraform vagrant consul nomad vault packer redis mongo cassandra
hadoop hive pig spark flink storm beam airflow celery django flask fastapi pyramid tornado bottle falcon
sinatra rails laravel symfony spring hibernate maven ant ivy sbt cargo gulp grunt webpack rollup vite
parcel babel eslint prettier jest mocha chai jasmine karma cypress selenium puppeteer playwright junit
mockito hamcrest lombok guava gson dagger retrofit okhttp netty jetty tomcat wildfly glassfish weblogic
jira confluence bitbucket trello slack zoom teams skype outlook gmail chrome firefox safari opera edge
linux ubuntu debian fedora centos redhat alpine arch gentoo mint windows macos ios android xcode swift
kotlin java ruby python php haskell erlang elixir clojure groovy julia dart lua fortran cobol pascal
delphi basic ada lisp scheme prolog matlab simulink labview excel word powerpoint access visio
azure aws amazon google microsoft oracle ibm intel amd nvidia apple samsung sony dell lenovo cisco
""".split()


#: Faker locales whose given names are added (``--faker``): Latin, Cyrillic and Greek script; the CJK,
#: Arabic, Hebrew and Indic names are read by their own cues in ``names.py``
FAKER_LOCALES = """
de_DE de_AT de_CH fr_FR fr_BE fr_CH fr_CA it_IT es_ES es_MX es_AR es_CO pt_PT pt_BR nl_NL nl_BE pl_PL sv_SE
da_DK no_NO fi_FI is_IS cs_CZ sk_SK hu_HU ro_RO hr_HR sl_SI et_EE lv_LV lt_LT tr_TR az_AZ ga_IE en_GB en_IE
en_NZ en_IN id_ID ru_RU uk_UA bg_BG el_GR
""".split()


def faker_first_names(proper_nouns: set[str]) -> set[str]:
    """Given names of :data:`FAKER_LOCALES`, folded as ``names.fold`` folds a word: one word of three letters
    or more (no "Bo", "Al": too often something else), none an acronym. A name the English dictionary writes
    capitalised (``proper_nouns``: "Gregorian", "Georgian", "November", "Atlanta", "Islam") is taken only
    if three locales or more list it ("Olivier", "Klaus", "Andrei"): one locale's rare name is more often
    the calendar, the adjective or the place."""
    import importlib
    from collections import Counter

    from promptscrub.detectors.names import _LETTER_FOLD, fold

    locales: Counter[str] = Counter()
    for loc in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        names: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for name in getattr(provider, attr, None) or ():
                if len(name) >= 3 and name.isalpha() and name[0].isupper() and name[1:].islower():
                    low = fold(name)
                    names.add(low if low.isascii() else low.translate(_LETTER_FOLD))
        locales.update(names)
    return {n for n, k in locales.items() if n not in proper_nouns or k >= 3}


def census(path: Path) -> set[str]:
    with open(path, encoding="ascii") as fh:
        return {line.split()[0].lower() for line in fh if line.strip()}


def key(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def main(argv: list[str]) -> None:
    text, with_faker = "--text" in argv, "--faker" in argv
    argv = [a for a in argv if a not in ("--text", "--faker")]
    src = Path(argv[0])
    words_file = Path(argv[1] if len(argv) > 1 else "/usr/share/dict/words")
    first = census(src / "dist.female.first") | census(src / "dist.male.first")
    last = census(src / "dist.all.last")
    with open(words_file, encoding="utf-8") as fh:
        words = {w.strip() for w in fh}
    if with_faker:
        first |= faker_first_names({w.lower() for w in words if w[:1].isupper() and w.isalpha()} - first)
    words = {w for w in words if w.islower() and w.isalpha() and w.isascii()}
    ambiguous = {n for n in first | last if n in words or len(n) <= 2} | (set(TECH) & (first | last))
    words |= set(TECH)
    sets = {"first": first, "last": last, "ambiguous": ambiguous, "words": words}
    arrays = [array.array("I", sorted({key(w) for w in sets[name]})) for name in SECTIONS]
    if sys.byteorder != "little":
        for arr in arrays:
            arr.byteswap()
    OUT.write_bytes(b"PSN1" + struct.pack("<4I", *(len(a) for a in arrays)) + b"".join(a.tobytes() for a in arrays))
    if text:
        lines = []
        for name in SECTIONS:
            lines += ["#" + name, *sorted(sets[name])]
        OUT.with_suffix(".txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(first)} first, {len(last)} last, {len(ambiguous)} ambiguous, {len(words)} words, "
          f"{OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
