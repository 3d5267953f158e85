"""The role lexicon (الأمين العام = Secretary-General, عضو المكتب السياسي = Political bureau
member, ...): data in khabar/data/kb/curated/roles.yaml, matched on token keys."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml

from khabar.data import data_path
from khabar.doc import Token
from khabar.kb.keys import alias_key, word_key
from khabar.lang.ar import normalize

Key = tuple[str, ...]
# words between an organisation's part and the ل of its name (القيادة العامة للقوات المسلحة، المكتب
# السياسي لحركة حماس: roles.yaml ``organisations.parts``), for the affiliations and events stages
ORG_PART_WORDS = 2


@dataclass(frozen=True, slots=True)
class Role:
    """A title: canonical Arabic and English, the sector it implies, whether it covers several people."""

    ar: str
    en: str
    sector: str | None = None
    plural: bool = False
    org_word: bool = False


@dataclass(frozen=True, slots=True)
class RoleLexicon:
    by_key: dict[Key, Role]
    max_len: int
    qualifiers: frozenset[str]  # word keys of السابق, الحالي ...: between a title and the name
    former: frozenset[str]  # the qualifiers of a past holder: السابق, الراحل
    office_titles: frozenset[str]  # word keys of وزير ...: titles that take a portfolio
    office_heads: frozenset[str]  # the titles' and the ministries' (وزارة) word keys
    office_joiners: frozenset[str]  # word keys of الدولة, شؤون: a ل-joined portfolio follows them
    org_heads: frozenset[str]  # word keys of حركة, كتلة ...: in construct before an organisation's name
    org_parts: frozenset[str]  # word keys of قيادة, مكتب: a part of the organisation named after it with ل
    seat_sectors: frozenset[str]  # sectors of the body an organisation sits in (بمجلس نواب الشعب)
    postings: frozenset[str]  # word keys of لدى: the place a title is held at follows

    def match(self, keys: list[str], i: int, end: int) -> tuple[Role, int] | None:
        """Longest role starting at token ``i`` (not crossing ``end``): (role, number of tokens)."""
        for n in range(min(self.max_len, end - i), 0, -1):
            role = self.by_key.get(tuple(keys[i:i + n]))
            if role is not None:
                return role, n
        return None

    def match_at(self, keys: list[str], tokens: Sequence[Token], i: int, end: int) -> tuple[Role, int] | None:
        """:meth:`match` on the text's tokens: a role that names its organisation by a generic word
        (رئيس الحركة) has it with the article; without it the word heads the organisation's own
        name (رئيس حركة النهضة: the head of Ennahda, the title رئيس)."""
        hit = self.match(keys, i, end)
        while hit is not None and hit[0].org_word and any(
                keys[j] in self.org_heads and not tokens[j].stem.startswith("ال") for j in range(i, i + hit[1])):
            hit = self.match(keys, i, i + hit[1] - 1)
        return hit

    def match_office(self, keys: list[str], tokens: Sequence[Token], i: int, end: int,
                     stop: Callable[[int], bool]) -> tuple[Role, int] | None:
        """:meth:`match_at`, with a minister's portfolio taken into the title (وزير النقل والبنية
        الرقمية, وزير الخارجية والتعاون الدولي); ``stop`` as for :meth:`office_end`."""
        hit = self.match_at(keys, tokens, i, end)
        if hit is None or keys[i] not in self.office_titles:
            return hit
        return hit[0], max(hit[1], self.office_end(tokens, i + 1, end, stop) - i)

    def office_end(self, tokens: Sequence[Token], k: int, end: int, stop: Callable[[int], bool]) -> int:
        """Where the portfolio after an office word at ``k - 1`` ends (``k`` when it has none):
        وزير [التعليم العالي والبحث العلمي] المغربي (roles.yaml ``offices``). The office word is
        in construct (no article) and ``stop`` ends the portfolio at an adjective-looking word
        that is something else: a country adjective, a name, a trigger (وقع وزير الخارجية الاتفاقية)."""
        if k >= end or tokens[k - 1].stem.startswith("ال") or tokens[k].prefix or not tokens[k].stem.startswith("ال"):
            return k  # الوزير الألماني, وزير سابق, وزير لم يسم: no portfolio
        j = k + 1
        while j < end:
            t, before = tokens[j], tokens[j - 1]
            definite = t.stem.startswith("ال")
            joiner = word_key(before.stem) in self.office_joiners
            adjective = definite and not t.prefix and t.stem.endswith(("ي", "يه")) and not stop(j) \
                and word_key(t.stem) not in self.qualifiers  # وزير الخارجية الحالي: the title's time
            joined = t.prefix == "ل" and joiner and (definite or word_key(t.stem) in self.office_joiners)
            construct = definite and not t.prefix and joiner and before.prefix == "ل"
            if not (adjective or definite and t.prefix == "و" or joined or construct):
                break
            j += 1
        return j


@lru_cache(maxsize=1)
def role_lexicon() -> RoleLexicon:
    """The shipped role lexicon, loaded once per process."""
    with data_path("kb", "curated", "roles.yaml").open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    by_key: dict[Key, Role] = {}
    for entry in spec["roles"]:
        single = Role(entry["ar"][0], entry["en"], entry.get("sector"), False, bool(entry.get("org_word")))
        for form in entry["ar"]:
            by_key.setdefault(alias_key(form), single)
        for form in entry.get("plural", []):
            by_key.setdefault(alias_key(form), Role(single.ar, single.en, single.sector, True, single.org_word))
    former = frozenset(alias_key(q)[0] for q in spec.get("former", []))
    qualifiers = former | frozenset(alias_key(q)[0] for q in spec.get("qualifiers", []))
    offices = {k: frozenset(alias_key(w)[0] for w in v) for k, v in spec["offices"].items()}
    orgs = spec["organisations"]
    return RoleLexicon(by_key, max(len(k) for k in by_key), qualifiers, former, offices["titles"],
                       offices["titles"] | offices["ministries"], offices["joiners"],
                       frozenset(alias_key(w)[0] for w in orgs["heads"]),
                       frozenset(alias_key(w)[0] for w in orgs["parts"]), frozenset(orgs["seat_sectors"]),
                       frozenset(alias_key(w)[0] for w in orgs["postings"]))


@dataclass(frozen=True, slots=True)
class Anaphor:
    number: int
    sectors: frozenset[str]
    head: str | None = None  # word key the antecedent's name starts with (حرك for الحركة)


@lru_cache(maxsize=1)
def _coref_spec() -> dict:
    with data_path("kb", "curated", "coref.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass(frozen=True, slots=True)
class ShortNames:
    sectors: frozenset[str]
    heads: frozenset[str]  # word keys skipped before the distinctive word

    def of(self, name_key: tuple[str, ...]) -> str | None:
        """The short name of an organisation's full name key, if it has one."""
        words = list(name_key)
        while words and words[0] in self.heads:
            words.pop(0)
        return words[0] if len(words) >= 2 else None


@lru_cache(maxsize=1)
def short_names() -> ShortNames:
    """How organisations are referred to by one word of their name later in an article."""
    spec = _coref_spec()["short_names"]
    return ShortNames(frozenset(spec["sectors"]), frozenset(alias_key(h)[0] for h in spec["heads"]))


@lru_cache(maxsize=1)
def own_country_words() -> frozenset[str]:
    """Words for the speaker's own country (بلاده، بلادنا), normalised."""
    return frozenset(normalize(w) for w in _coref_spec()["own_country"])


@lru_cache(maxsize=1)
def anaphors() -> dict[str, Anaphor]:
    """Single-word anaphors (الحركة, الحركتان) keyed by word key."""
    spec = _coref_spec()
    out: dict[str, Anaphor] = {}
    for entry in spec["anaphors"]:
        for form in entry["ar"]:
            head = alias_key(entry["head"])[0] if entry.get("head") else None
            out[alias_key(form)[0]] = Anaphor(entry["number"], frozenset(entry["sectors"]), head)
    return out
