"""The actor knowledge base: canonical actors, their alias keys, agent nouns and nisba cues.

Shipped data (khabar/data/kb/, rebuilt by scripts/build_kb.py) is loaded once per process; user
files (``--kb FILE``, the ``kb`` option of the actors stage, or env ``KHABAR_KB`` with paths
separated by ``os.pathsep``) are layered on top: their aliases are tried first and an actor
with an existing id replaces the shipped one.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml
from rapidfuzz import fuzz, process

from khabar.data import data_path
from khabar.errors import DataError
from khabar.kb.files import read_actor_file
from khabar.kb.keys import alias_key, lemma_key, spelling_variants
from khabar.kb.records import Agent, KBActor

Key = tuple[str, ...]
FUZZY_CUTOFF = 90.0
FUZZY_MIN_CHARS = 7
FUZZY_TYPES = ("PER", "ORG", None)


class KnowledgeBase:
    """Lookup of actors by normalised alias, of agent nouns and of country adjectives."""

    def __init__(self, actors: Iterable[tuple[KBActor, list[Key]]], agents: dict[Key, Agent],
                 nisba: dict[str, str], no_scan: set[Key], meta: dict) -> None:
        self.actors: dict[str, KBActor] = {}
        self._index: dict[Key, list[str]] = {}
        self.agents = agents
        self.nisba = nisba
        self.no_scan = no_scan
        self.meta = meta
        for actor, keys in actors:
            self._add(actor, keys, first=False)
        self._fuzzy_choices: dict[str, Key] | None = None

    def _add(self, actor: KBActor, keys: list[Key], first: bool) -> None:
        self.actors[actor.id] = actor
        for key in [*keys, *(v for key in keys for v in spelling_variants(key))]:
            if not key:
                continue
            ids = self._index.setdefault(key, [])
            if actor.id in ids:
                ids.remove(actor.id)
            ids.insert(0, actor.id) if first else ids.append(actor.id)

    def extend(self, actors: Iterable[KBActor]) -> None:
        """Add user actors ahead of the shipped ones (same id: the user's replaces it)."""
        for actor in actors:
            self._add(actor, [alias_key(a) for a in actor.aliases], first=True)
        self._fuzzy_choices = None

    @property
    def max_key_len(self) -> int:
        return max((len(k) for k in self._index), default=0)

    @property
    def max_agent_len(self) -> int:
        return max((len(k) for k in self.agents), default=0)

    def first_words(self) -> set[str]:
        """Word keys that start some alias, and lemma keys that start some agent noun."""
        return {k[0] for k in self._index} | {k[0] for k in self.agents}

    def get(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

    def lookup(self, text: str) -> list[KBActor]:
        """Actors whose alias matches ``text`` after normalisation and clitic stripping."""
        return self.lookup_key(alias_key(text))

    def alias_keys(self) -> Iterable[Key]:
        """Every alias key the knowledge base can look up."""
        return self._index.keys()

    def lookup_key(self, key: Key) -> list[KBActor]:
        return [self.actors[i] for i in self._index.get(key, ())]

    def homonym(self, key: Key) -> bool:
        """Whether a key names both a country and another country's city (عمان: Oman, and Amman,
        the capital of Jordan): the document tells which (khabar.kb.resolve)."""
        ids = self._index.get(key, ())
        countries = {self.actors[i].country for i in ids if i.startswith("country.")}
        return bool(countries) and any(i.startswith("city.") and self.actors[i].country not in countries for i in ids)

    def agent(self, key: Key) -> Agent | None:
        """The agent noun of a lemma key (khabar.kb.keys.lemma_key: مسلح for المسلحين, مسلحاً)."""
        return self.agents.get(key)

    def country_of_nisba(self, word: str) -> str | None:
        """ISO3 for the lemma key of a country adjective (ايراني for الإيرانية, إيرانيين, إيرانياً)."""
        return self.nisba.get(word)

    def nisba_at(self, lemmas: Sequence[str], k: int, end: int) -> tuple[str, int] | None:
        """The country adjective at lemma ``k`` (not reaching ``end``) and its words: two (الكوري
        الجنوبي: South Korean, not the country of the context) or one."""
        if k + 1 < end and (iso3 := self.nisba.get(f"{lemmas[k]} {lemmas[k + 1]}")):
            return iso3, 2
        iso3 = self.nisba.get(lemmas[k]) if k < end else None
        return (iso3, 1) if iso3 else None

    def fuzzy(self, key: Key) -> tuple[KBActor, float] | None:
        """Closest person/organisation alias with the same number of words (rapidfuzz ratio)."""
        query = " ".join(key)
        if len(query) < FUZZY_MIN_CHARS:
            return None
        if self._fuzzy_choices is None:
            self._fuzzy_choices = {" ".join(k): k for k, ids in self._index.items()
                                   if any(self.actors[i].type in FUZZY_TYPES for i in ids)}
        hit = process.extractOne(query, self._fuzzy_choices.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit is None:
            return None
        found = self._fuzzy_choices[hit[0]]
        if len(found) != len(key):
            return None
        return self.actors[self._index[found][0]], float(hit[1])


def _read_tsv(name: str) -> list[list[str]]:
    with data_path("kb", name).open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _shipped() -> tuple[list[tuple[KBActor, list[Key]]], dict[Key, Agent], dict[str, str], set[Key], dict]:
    path = data_path("kb", "actors.jsonl")
    actors = []
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                data = json.loads(line)
                actors.append((KBActor.from_json(data), [tuple(k.split(" ")) for k in data["keys"]]))
        agents = {tuple(key.split(" ")): Agent(surface, sector, name_en, slug, scan == "1")
                  for key, surface, sector, name_en, slug, scan in _read_tsv("agents.tsv")}
        nisba = {key: iso3 for key, iso3 in _read_tsv("nisba.tsv")}
        meta = json.loads(data_path("kb", "meta.json").read_text(encoding="utf-8"))
        with data_path("kb", "curated", "scan.yaml").open(encoding="utf-8") as fh:
            no_scan = {alias_key(w) for w in yaml.safe_load(fh)["no_scan"]}
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(str(path.parent), f"knowledge base is missing or corrupt (rebuild with scripts/build_kb.py): {exc}") from exc
    return actors, agents, nisba, no_scan, meta


@dataclass(frozen=True, slots=True)
class ScanLists:
    """Word lists of scan.yaml beyond ``no_scan`` (see that file): agent lemma keys matched alone
    when indefinite, group nouns that need a cue and no article, count words (word keys) before
    people, act nouns after which an agent word is an adjective (هجوم انتحاري), and agent words
    whose bare form is also a common verb (طالب), matched bare only after a count word, and agent
    words that name people only in the plural (مجهولون); words after or before which a feminine agent form
    is a noun (ان انتحارية، انتحارية نفسها); the sector of a country's people named by its adjective alone (التونسيين);
    generic words the tagger marks alone before the name they head (منظمة «هيومن رايتس ووتش»);
    feminine words that are another agent than their masculine (جمهورية, a republic); words
    without the ta marbuta of an agent that ends in it that still name it (دول, المعارض); words
    before a place (في، جنوب، مدينة); agent words that head an organisation's own name (حزب); past
    verbs that are also given names (دان);
    agent words that are a verbal noun before some words (القضاء على); state organs named in
    construct with a country (قوات إسرائيل); sides (الجانب) and the places that make one land."""

    indefinite: frozenset[Key]
    indefinite_organs: frozenset[Key]  # organ members without the article (رجال شرطة): as if definite
    groups: frozenset[str]
    counts: frozenset[str]
    acts: frozenset[str]
    after_count: frozenset[str]
    plural_only: frozenset[str]
    definite_only: frozenset[str]  # lemma keys of organs named only with the article (القضاء)
    feminine_noun_after: frozenset[str]
    feminine_noun_before: frozenset[str]
    people_sector: str | None
    name_heads: frozenset[str]
    facility_heads: frozenset[str]  # مستشفى الملك فهد: a person's name after them names the place
    street_heads: frozenset[str]  # ميدان المحكمة: an organ word after them names the street or square
    feminine_agents: dict[str, Agent]  # by the word key the masculine shares (جمهوري)
    bare_agents: frozenset[str]
    place_before: frozenset[str]
    naming_agents: frozenset[str]
    verb_names: frozenset[str]  # past verbs that are also given names (ودان أوباما: condemned)
    verbal_before: dict[str, frozenset[str]]  # by the agent word's lemma key: the next words' keys
    construct_organs: frozenset[Key]  # lemma keys of organs named in construct with a country
    sides: frozenset[str]  # lemma keys of a side (الجانب الروسي) ...
    side_places: frozenset[str]  # ... and of the places after من that make it a stretch of land


@lru_cache(maxsize=1)
def scan_lists() -> ScanLists:
    path = data_path("kb", "curated", "scan.yaml")
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ScanLists(frozenset(lemma_key(w) for w in spec["indefinite"]),
                         frozenset(lemma_key(w) for w in spec["indefinite_organs"]),
                         frozenset(lemma_key(w)[0] for w in spec["groups"]),
                         frozenset(alias_key(w)[0] for w in spec["counts"]),
                         frozenset(lemma_key(w)[0] for w in spec["acts"]),
                         frozenset(lemma_key(w)[0] for w in spec["after_count"]),
                         frozenset(lemma_key(w)[0] for w in spec["plural_only"]),
                         frozenset(lemma_key(w)[0] for w in spec["definite_only"]),
                         frozenset(alias_key(w)[0] for w in spec["feminine_noun_after"]),
                         frozenset(alias_key(w)[0] for w in spec["feminine_noun_before"]), spec["people_sector"],
                         frozenset(alias_key(w)[0] for w in spec["name_heads"]),
                         frozenset(alias_key(w)[0] for w in spec["facility_heads"]),
                         frozenset(alias_key(w)[0] for w in spec["street_heads"]),
                         {alias_key(w)[0]: Agent(w, sector, name_en, slug)
                          for w, (sector, name_en, slug) in spec["feminine_agents"].items()},
                         frozenset(alias_key(w)[0] for w in spec["bare_agents"]),
                         frozenset(alias_key(w)[0] for w in spec["place_before"]),
                         frozenset(alias_key(w)[0] for w in spec["naming_agents"]),
                         frozenset(alias_key(w)[0] for w in spec["verb_names"]),
                         {lemma_key(w)[0]: frozenset(alias_key(n)[0] for n in nxt)
                          for w, nxt in spec["verbal_before"].items()},
                         frozenset(lemma_key(w) for w in spec["construct_organs"]),
                         frozenset(lemma_key(w)[0] for w in spec["sides"]["words"]),
                         frozenset(alias_key(w)[0] for w in spec["sides"]["places"]))
    except (OSError, KeyError, IndexError, TypeError, yaml.YAMLError) as exc:
        raise DataError(str(path), f"bad scan list: {exc}") from exc


def user_kb_paths(paths: Iterable[str] = ()) -> tuple[str, ...]:
    """User actor files: those given, then those in env KHABAR_KB."""
    env = [p for p in os.environ.get("KHABAR_KB", "").split(os.pathsep) if p]
    return tuple(dict.fromkeys([*paths, *env]))


@lru_cache(maxsize=8)
def load_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base with the given user files layered on top (cached per process)."""
    actors, agents, nisba, no_scan, meta = _shipped()
    kb = KnowledgeBase(actors, agents, nisba, no_scan, meta)
    for path in user_files:
        kb.extend(read_actor_file(path))
    return kb


__all__ = ["KnowledgeBase", "ScanLists", "load_kb", "scan_lists", "user_kb_paths"]
