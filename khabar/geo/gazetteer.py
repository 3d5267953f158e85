"""Place lookup by Arabic name, with clitic, article and descriptor variants tried in turn.

The data (khabar/data/geo/places.json, built by scripts/build_places.py) maps a normalised
name key to the places that bear it, most populous first, so a lookup is a few dict probes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from khabar.data import data_path, load_json
from khabar.errors import DataError
from khabar.lang.ar.normalize import normalize

ARTICLE = "ال"
# A place of the hinted country wins over a more populous namesake unless that one is over
# this many times larger (Tripoli LB vs LY: hint wins; Cairo US vs Cairo EG: it does not).
HINT_MAX_RATIO = 100
# Misspellings (جوانتانامو, كراكاس) match a known name at this rapidfuzz ratio or above, compared
# without the article; names shorter than FUZZY_MIN_LEN letters (without it) must match exactly.
FUZZY_CUTOFF = 92
FUZZY_MIN_LEN = 6
# Shortest word left after removing a proclitic or the article, or that gets the article added.
MIN_WORD = 3
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place. ``geonameid`` is None for curated places GeoNames lacks."""

    geonameid: int | None
    name_en: str
    name_ar: str
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int


def name_key(name: str) -> str:
    """The matching form of a name: normalised Arabic, punctuation to spaces, spaces collapsed."""
    return " ".join(_NON_WORD.sub(" ", normalize(name)).split())


def _bare(key: str) -> str:
    """A key without its leading article, for fuzzy comparison."""
    return key[len(ARTICLE):] if key.startswith(ARTICLE) else key


class Gazetteer:
    """The loaded place data and its name index."""

    def __init__(self, data: dict) -> None:
        self._rows: list[list] = data["places"]
        self._names: dict[str, list[int]] = data["names"]
        self._core_key: dict[str, str] = {}  # name without article -> name (first one wins)
        self._by_len: dict[int, list[str]] = {}
        for key in self._names:
            core = _bare(key)
            if core not in self._core_key:
                self._core_key[core] = key
                self._by_len.setdefault(len(core), []).append(core)
        self._descriptors: dict[str, str | None] = {name_key(k): v for k, v in data["descriptors"].items()}
        spec = load_json("lexicons", "clitics.json")
        self._prefixes: list[str] = sorted(spec["prefixes"], key=len)
        self._country_place: dict[str, int] = {}
        for i, row in enumerate(self._rows):
            if row[6] == "A" and row[0] is not None and row[3] and row[3] not in self._country_place:
                if name_key(row[2]) in self._names:
                    self._country_place[row[3]] = i

    def place(self, index: int) -> Place:
        return Place(*self._rows[index])

    def lookup(self, name: str, country_hint: str | None = None) -> Place | None:
        key = name_key(name)
        if not key:
            return None
        for variant, feature in self._variants(key):
            ids = self._names.get(variant)
            if ids:
                index = self._choose(ids, country_hint, feature)
                if index is not None:
                    return self.place(index)
        for variant in self._spellings(key, article=False):
            key = self._fuzzy(_bare(variant))
            if key is not None:
                return self.place(self._choose(self._names[key], country_hint, None))
        return None

    def _fuzzy(self, core: str) -> str | None:
        """The known name closest to a misspelt one, if close enough. Only names of nearly the
        same length can reach the cutoff, so only those are compared."""
        if len(core) < FUZZY_MIN_LEN:
            return None
        slack = int(len(core) * (100 - FUZZY_CUTOFF) / 100) + 1
        keys = [k for n in range(len(core) - slack, len(core) + slack + 1) for k in self._by_len.get(n, ())]
        match = process.extractOne(core, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                   processor=None) if keys else None
        return self._core_key[match[0]] if match else None

    def country(self, iso3: str) -> Place | None:
        index = self._country_place.get(iso3)
        return None if index is None else self.place(index)

    def _variants(self, key: str) -> list[tuple[str, str | None]]:
        """Keys to try, in order: as written, without a proclitic, with/without the article,
        then without a leading descriptor word (which constrains the feature class)."""
        out = [(k, None) for k in self._spellings(key)]
        first, _, rest = key.partition(" ")
        for word in (first, *self._spellings(first)[1:]):
            if rest and word in self._descriptors:
                out.extend((k, self._descriptors[word]) for k in self._spellings(rest))
        return out

    def _spellings(self, key: str, article: bool = True) -> list[str]:
        first, sep, rest = key.partition(" ")
        words = [first]
        for prefix in self._prefixes:
            if first.startswith(prefix) and len(first) - len(prefix) >= MIN_WORD:
                stem = first[len(prefix):]
                if prefix.endswith(ARTICLE) or prefix.endswith("لل"):
                    stem = ARTICLE + stem
                words.append(stem)
        for word in list(words) if article else ():
            if word.startswith(ARTICLE):
                if len(word) - len(ARTICLE) >= MIN_WORD:
                    words.append(word[len(ARTICLE):])
            elif len(word) >= MIN_WORD:
                words.append(ARTICLE + word)
        return list(dict.fromkeys(w + sep + rest for w in words))

    def _choose(self, ids: list[int], hint: str | None, feature: str | None) -> int | None:
        if feature:
            ids = [i for i in ids if self._rows[i][6] == feature]
            if not ids:
                return None
        top = ids[0]
        if hint:
            for i in ids:
                if self._rows[i][3] == hint:
                    if self._rows[i][7] * HINT_MAX_RATIO >= self._rows[top][7]:
                        return i
                    break
        return top


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    if not data_path("geo", "places.json").exists():
        raise DataError(str(data_path("geo", "places.json")), "missing; run scripts/build_places.py")
    try:
        return Gazetteer(load_json("geo", "places.json"))
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise DataError(str(data_path("geo", "places.json")), f"malformed gazetteer: {exc}") from exc


@lru_cache(maxsize=50_000)
def lookup_place(name: str, country_hint: str | None = None) -> Place | None:
    """The place an Arabic name most likely refers to, or None.

    On ambiguity the most populous place wins, except that one in ``country_hint`` (ISO3)
    is preferred unless it is tiny next to the other (see HINT_MAX_RATIO).
    """
    return gazetteer().lookup(name, country_hint)


def place_by_country(iso3: str) -> Place | None:
    """The country itself as a place (coordinates of its capital), by ISO3 code."""
    return gazetteer().country(iso3)
