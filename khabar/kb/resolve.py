"""Resolution of a document's mentions to actors, and within-document coreference.

Order of work for one document (all on token keys, see khabar.kb.keys):
1. every entity: exact alias, then the alias inside it (حركة (حماس)), then fuzzy (rapidfuzz), then
   a composed group (agent noun + country cue: الشرطة الباكستانية), then a new actor of its own
   (people get an English name from arabic-name-romanizer and a sector from their role);
   persons whose knowledge-base reading conflicts with the role words before the name (a police
   officer who shares a commander's name) become a new actor instead;
2. aliases, agent nouns and state organs that no entity covers (الاحتلال, الجيش الإسرائيلي);
3. coreference: a person's surname after the full name, الحركة / الحركتان for the movements
   named just before, بلاده for the country of the person (or state organ) named last.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from khabar.data import load_json
from khabar.doc import Actor, Document, Entity, Mention
from khabar.kb.base import KnowledgeBase, scan_lists
from khabar.kb.codes import sector_name
from khabar.kb.keys import alias_key, token_key, token_lemma
from khabar.kb.records import Agent, KBActor
from khabar.kb.roles import Anaphor, Role, anaphors, own_country_words, role_lexicon, short_names
from khabar.lang.ar import COMMAS, CONJUNCTIONS, QUOTES, normalize, normalize_name

Key = tuple[str, ...]
ROLE_WINDOW = 8  # longest title before a name, in tokens
NAME_WORDS = 3  # longest name after a title that NER missed
ELIDED_REACH = 4  # longest name before و whose head noun the next name shares (ميليشيات الحوثي وصالح)
WIDEN = 3  # words a knowledge-base name may add on each side of an entity
HOMONYM_NEAR = 2  # tokens either side of a country-or-city name (عمان) where a country cue decides it
PATRONYMIC = frozenset({"بن", "ابن", "بنت"})  # "son/daughter of": the name after it is the father's
PREPOSITIONS = frozenset("بلك")
VERB_PARTICLES = frozenset({"قد", "لقد"})  # particles before a past verb, never before a name
PLACE_PREFIXES = ("country.", "place.")  # places that can tell an agent's country in running text
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})  # organs that belong to a state
ORGAN_CUE_WEIGHT = 0.5  # a state organ's own country adjective, as a cue of the document's country
VERBAL_NOUN_VIII = re.compile(r"الت.ا.")  # iltizām: form VIII of a root with initial ل


ROMANIZERS = ("neural", "dictionary")
# longest name romanized in one piece: the package's time and memory grow about fourfold with each
# word (8 words 0.07 s; a list of 17 names the tagger read as one took all the memory)
ROMANIZE_WORDS = 8


@lru_cache(maxsize=2)
def _transliterator(mode: str):  # -> arabic_name_romanizer.Transliterator
    from arabic_name_romanizer.api import Transliterator

    return Transliterator(auto_load_model=mode == "neural")


@lru_cache(maxsize=20_000)
def romanize(name: str, iso2: str | None = None, mode: str = "dictionary") -> str:
    """English form of an Arabic personal name (arabic-name-romanizer, loaded on first use); the
    country (ISO 3166 alpha-2) picks its spelling conventions (برويز مشرف in PK: Parvez
    Musharraf rather than Barwiz Meshref). ``neural`` adds the package's seq2seq model for name
    parts its 86k-name dictionary lacks (better foreign names, ~4 ms a name); ``dictionary`` uses
    the dictionary and spelling rules only (~0.4 ms), for large corpus runs."""
    if mode not in ROMANIZERS:
        raise ValueError(f"romanizer must be one of {ROMANIZERS}, not {mode!r}")
    words = name.split()
    if len(words) > ROMANIZE_WORDS:  # the package ranks every combination of the words' spellings
        return " ".join(romanize(" ".join(words[k:k + ROMANIZE_WORDS]), iso2, mode)
                        for k in range(0, len(words), ROMANIZE_WORDS))
    return _transliterator(mode).transliterate(name, country=iso2) or name


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Given names and surnames of Wikidata's Arabic person names (the NER gazetteer's lists,
    article-less normalised words), to tell a name word from a title or a stray word."""
    names = load_json("ner", "gazetteers.json")["names"]
    return frozenset(w for kind in names.values() for w in kind)


def _core(stem: str) -> str:
    """A word as the name lists hold it: without the article (khabar.models.ner.features.analyse)."""
    return stem[2:] if stem.startswith("ال") and len(stem) >= 4 else stem


@lru_cache(maxsize=4096)
def _feminine(surface: str) -> bool:
    """Whether an agent's listed form ends in ta marbuta (الشرطة, امرأة: not انتحاري)."""
    return normalize(surface).endswith("ه")


def _definite(stem: str) -> bool:
    """Whether a word carries the article (الحكومة; not إلى, التي, nor verbal nouns such as
    التزام, التقاء, whose ال is root letters)."""
    return stem.startswith("ال") and len(stem) > 4 and not VERBAL_NOUN_VIII.fullmatch(stem)


def slug(text: str) -> str:
    """An id part from an English name; accents folded (Hélène Clark: helene-clark, not h-l-ne-clark)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


@dataclass(slots=True)
class Reading:
    """What a span resolves to, before it becomes a document Actor."""

    id: str
    name_en: str
    name_ar: str
    type: str | None
    country: str | None
    sector: str | None
    attrs: dict = field(default_factory=dict)

    def to_actor(self) -> Actor:
        """A document actor with no mentions yet."""
        return Actor(self.id, self.name_en, self.name_ar, self.country, self.sector, self.type, [], dict(self.attrs))


def kb_reading(actor: KBActor, date: str | None) -> Reading:
    """What a knowledge-base actor reads as in a document of this date (its dated CAMEO code)."""
    country, sector, code = actor.reading(date)
    attrs = {}
    if actor.sectors and len(actor.sectors) > 1:
        attrs["sectors"] = actor.sectors
    if code:
        attrs["cameo"] = code
    for k in ("geonameid", "organization", "full_name", "disputed", "seat_of"):
        if k in actor.attrs:
            attrs[k] = actor.attrs[k]
    return Reading(actor.id, actor.name_en, actor.name_ar, actor.type, country, sector, attrs)


@dataclass(slots=True)
class _Doc:
    """Per-document working state: token keys and lemma keys (for agent nouns and country
    adjectives), sentence of each token, covered tokens, actors."""

    doc: Document
    keys: list[str]
    lemmas: list[str]
    sent_of: list[int]
    sent_end: list[int]
    covered: list[bool]
    in_entity: list[bool]
    starts: list[int] = field(default_factory=list)  # token start offsets, for bisection
    ends: list[int] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    order: list[tuple[int, str]] = field(default_factory=list)  # (token index, actor id) of each mention
    cues: list[tuple[int, str, float]] | None = None  # (token index, ISO3, weight) of every country cue, on demand
    named: list[tuple[int, str]] | None = None  # ... and of adjectives describing groups too
    countries: Counter | None = None  # how often the document names each country (_homonym_order)
    absorbed: set[int] = field(default_factory=set)  # id() of entities a wider name took in (_widen)


@dataclass(frozen=True, slots=True)
class _Title:
    """A title before a name: the sector it gives, the country of its adjective, the role's
    canonical Arabic (None for an organ word such as الشرطة)."""

    sector: str | None
    country: str | None
    role: str | None


class Resolver:
    """Turns entities and untagged alias/agent words into a document's actors."""

    def __init__(self, kb: KnowledgeBase, romanizer: str = "dictionary") -> None:
        if romanizer not in ROMANIZERS:
            raise ValueError(f"romanizer must be one of {ROMANIZERS}, not {romanizer!r}")
        self.kb = kb
        self.romanizer = romanizer
        self.roles = role_lexicon()
        self.anaphors = anaphors()
        self.own_country = own_country_words()
        self.short_names = short_names()
        self.max_key = min(kb.max_key_len, 10)
        self.max_agent = min(kb.max_agent_len, 6)
        self.lists = scan_lists()
        # words that can start an alias, agent (lemma keys) or role: every other token is skipped at once
        self.starts = kb.first_words() | {k[0] for k in self.roles.by_key}

    # ----------------------------------------------------------------------------- document
    def __call__(self, doc: Document) -> Document:
        st = self._state(doc)
        for ent in doc.entities:
            i, j = self.token_range(st, ent.start, ent.end)
            for k in range(i, j):
                st.in_entity[k] = True
        deferred = [ent for ent in sorted(doc.entities, key=lambda e: e.start) if not self._resolve_entity(st, ent)]
        self._scan(st)
        for ent in deferred:  # جنديا تركيا: the entity names the scanned group, else itself
            ent.actor_id = self._covering_actor(st, ent)
            if ent.actor_id is None:
                self._resolve_entity(st, ent, defer=False)
        self._corefer(st)
        for ent in doc.entities:  # an entity coreference linked (التنظيم)
            if ent.actor_id is None:
                ent.actor_id = self._covering_actor(st, ent)
        doc.entities = [ent for ent in doc.entities if id(ent) not in st.absorbed]
        doc.actors = [st.actors[i] for i in dict.fromkeys(a for _, a in sorted(st.order))]
        for actor in doc.actors:
            actor.mentions.sort(key=lambda m: m.start)
        return doc

    @staticmethod
    def _covering_actor(st: _Doc, ent: Entity) -> str | None:
        """The id of the actor with a mention that covers the entity, if any."""
        return next((a.id for a in st.actors.values() for m in a.mentions
                     if m.start <= ent.start and ent.end <= m.end), None)

    def _state(self, doc: Document) -> _Doc:
        n = len(doc.tokens)
        sent_of = [0] * n
        sent_end = [n] * n
        for si, sent in enumerate(doc.sentences):
            lo = sent.token_start if sent.token_start >= 0 else 0
            hi = sent.token_end if sent.token_end >= 0 else n
            for i in range(lo, hi):
                sent_of[i], sent_end[i] = si, hi
        return _Doc(doc, [token_key(t) for t in doc.tokens], [token_lemma(t) for t in doc.tokens], sent_of, sent_end,
                    [False] * n, [False] * n,
                    [t.start for t in doc.tokens], [t.end for t in doc.tokens])

    @staticmethod
    def token_range(st: _Doc, start: int, end: int) -> tuple[int, int]:
        """Tokens overlapping [start, end) (binary search over token offsets)."""
        i = bisect_right(st.ends, start)
        j = bisect_left(st.starts, end)
        return (i, j) if i < j else (0, 0)

    def _words(self, st: _Doc, i: int, j: int) -> Key:
        return tuple(k for t, k in zip(st.doc.tokens[i:j], st.keys[i:j]) if any(c.isalpha() for c in t.text))

    # ----------------------------------------------------------------------------- entities
    def _resolve_entity(self, st: _Doc, ent: Entity, defer: bool = True) -> bool:
        """Resolve one entity; False when it is left for after the scan (a country adjective of
        an agent noun: see _qualifies_agent)."""
        i, j = self.token_range(st, ent.start, ent.end)
        if i == j or id(ent) in st.absorbed or self._heads_name(st, i, j):
            return True
        if defer and self._qualifies_agent(st, i, j):
            return False
        split = self._coordination(st, i, j)
        if split is not None:  # حماس والجهاد as one entity: keep the first name, the second is scanned
            j = self._end_entity(st, ent, split, j)
        known = bool(self.kb.lookup_key(self._words(st, i, j)))
        cut = None if known else self._title_after_name(st, i, j)
        if cut is not None:  # محمد بن سلمان ولي + ولي العهد: the name ends before its title
            j = self._end_entity(st, ent, cut, j)
            known = bool(self.kb.lookup_key(self._words(st, i, j)))
        titled = None if known else self._inside_title(st, i, j)
        if titled is not None:  # الله of آية الله: the entity is the name after the title
            if titled[0] == titled[1]:
                return True
            i, j = titled
            ent.start, ent.end, ent.label = st.doc.tokens[i].stem_start, st.doc.tokens[j - 1].end, "PER"
            ent.text = st.doc.text[ent.start:ent.end]
            for k in range(i, j):
                st.in_entity[k] = True
        if not known and ent.label == "PER" and self._verb_before_name(st, i, j):
            st.in_entity[i] = False  # ودان أوباما: "and Obama condemned", no one called Dan Obama
            i += 1
            ent.start = st.doc.tokens[i].stem_start
            ent.text = st.doc.text[ent.start:ent.end]
        span = i, j
        i, j = self._widen(st, ent, i, j)
        reading = self._named_before(st, i, j, ent.label) or self.resolve_span(st, i, j, ent.label)
        if (i, j) != span and ent.label == "PER" and reading is not None and reading.type in ("ORG", "LOC"):
            ent.label = reading.type  # a person's name inside a body's (مركز الملك سلمان للإغاثة)
        if reading is not None and reading.attrs.get("new") and ent.label != "PER":
            # a one-word place or organisation the knowledge base makes nothing of, after a person
            # whose last name it is, is that person (كاميرون after ديفيد كاميرون: not Cameroon)
            person = self._named_before(st, i, j, "PER")
            if person is not None:
                reading, ent.label = person, "PER"
            elif j - i == 1 and st.keys[i] in self.anaphors and st.doc.tokens[i].stem.startswith("ال"):
                return True  # التنظيم tagged as a name: coreference links it to the one named before
        if reading is None:
            return True
        if ent.label == "PER" and self._names_facility(st, i) \
                or ent.label == "MISC" and reading.id.startswith("country."):
            # مستشفى الملك فهد بجدة: the hospital, no one who acts; صلاة المغرب: the sunset prayer, as
            # NER's rule tags it, not Morocco
            for k in range(i, j):
                st.covered[k] = True
            return True
        if reading.type is None and ent.label == "PER" and reading.id.startswith("cameo."):
            reading.type = "PER"  # the dictionary does not say who is a person; the tagger does
        ent.actor_id = reading.id
        self._mention(st, reading, i, Mention(ent.start, ent.end, ent.text, "name"))
        for k in range(i, j):
            st.covered[k] = True
        return True

    @staticmethod
    def _end_entity(st: _Doc, ent: Entity, end: int, j: int) -> int:
        """End the entity (tokens up to ``j``) at token ``end``, freeing the tokens after it for the
        scan; returns ``end``."""
        for k in range(end, j):
            st.in_entity[k] = False
        ent.end = st.doc.tokens[end - 1].end
        ent.text = st.doc.text[ent.start:ent.end]
        return end

    def _names_facility(self, st: _Doc, i: int) -> bool:
        """Whether the person's name at ``i`` follows a place or institution word in construct,
        titles between allowed (scan.yaml ``facility_heads``: مطار الملك عبد العزيز)."""
        k = i
        while k > 0 and st.sent_of[k - 1] == st.sent_of[i] and self._is_title(st, k - 1):
            k -= 1
        return self._headed_by(st, k, self.lists.facility_heads)

    def _heads_name(self, st: _Doc, i: int, j: int) -> bool:
        """A one-word entity that is a generic head (scan.yaml ``name_heads``) right before
        another entity, quotation marks between allowed (منظمة "هيومن رايتس ووتش"): no actor."""
        return j - i == 1 and st.keys[i] in self.lists.name_heads and self._before_name(st, i)

    def _before_name(self, st: _Doc, i: int) -> bool:
        """Whether a name follows token ``i`` in its sentence, quotation marks between allowed: an
        entity, or a knowledge-base name the tagger missed (ميليشيا وحدات الحماية الكردية)."""
        k = i + 1
        while k < len(st.doc.tokens) and st.doc.tokens[k].text in QUOTES:
            k += 1
        if k >= len(st.doc.tokens) or st.sent_of[k] != st.sent_of[i]:
            return False
        end = st.sent_end[k]
        return st.in_entity[k] or any(self.kb.lookup_key(tuple(st.keys[k:k + n]))
                                      for n in range(2, min(self.max_key, end - k) + 1))

    def _named_before(self, st: _Doc, i: int, j: int, label: str | None) -> Reading | None:
        """A one-word person name that is the last name of a person named earlier in the article
        (أوباما after باراك أوباما, العبادي after حيدر العبادي) is that person, whatever else the
        knowledge base has under the word."""
        if label != "PER" or j - i != 1:
            return None
        for actor in reversed(st.actors.values()):
            words = alias_key(actor.name_ar)
            if actor.type == "PER" and len(words) >= 2 and words[-1] == st.keys[i]:
                return self._reading_of(actor)
        return None

    def _coordination(self, st: _Doc, i: int, j: int) -> int | None:
        """Where a second name starts inside an entity that the knowledge base does not know as a
        whole: after و, when the first part is a known name and the second a known name or an
        organisation's short name (حماس والجهاد; not العدالة والتنمية); after a preposition, when
        the rest is a known person or the last name of one named before (اتصل هولاند بروحاني:
        Hollande called Rouhani; a preposition starts no word of a name, and بالله of المعتز بالله
        names no person)."""
        whole = self._words(st, i, j)
        if j - i < 2 or self.kb.lookup_key(whole) \
                or any(a.type == "PER" and alias_key(a.name_ar) == whole for a in st.actors.values()):
            return None  # a known name, or one named so before (محمد الحويج بوهلال)
        for k in range(i + 1, j):
            prefix = st.doc.tokens[k].prefix
            if not prefix:
                continue
            rest = self._words(st, k, j)
            if prefix[:1] in PREPOSITIONS and (any(a.type == "PER" for a in self.kb.lookup_key(rest))
                                               or self._named_before(st, k, j, "PER")):
                return k
            if prefix.startswith("و") and self.kb.lookup_key(self._words(st, i, k)):
                if self.kb.lookup_key(rest) or (len(rest) == 1 and rest[0] in self._short_name_keys):
                    return k
        return None

    def _verb_before_name(self, st: _Doc, i: int, j: int) -> bool:
        """Whether the first word of a person entity is a past verb that is also a given name
        (scan.yaml ``verb_names``: ودان أوباما، ولقد صادق كارتر) where a verb stands (after و or ف,
        after قد or لقد, or first in its sentence) before a name the knowledge base knows or the
        last name of a person named before."""
        if j - i < 2 or st.keys[i] not in self.lists.verb_names:
            return False
        tokens = st.doc.tokens
        if not (tokens[i].prefix[:1] in CONJUNCTIONS or not i or st.sent_of[i - 1] != st.sent_of[i]
                or tokens[i - 1].stem in VERB_PARTICLES):
            return False
        return bool(self.kb.lookup_key(self._words(st, i + 1, j))) or self._named_before(st, i + 1, j, "PER") is not None

    @cached_property
    def _short_name_keys(self) -> frozenset[str]:
        """Every word that is some organisation alias's short name (الجهاد of حركة الجهاد الإسلامي)."""
        return frozenset(filter(None, (self.short_names.of(key) for key in self.kb.alias_keys())))

    def _title_after_name(self, st: _Doc, i: int, j: int) -> int | None:
        """Where a title that runs past the end of an entity starts inside it, after at least two
        words of name (محمد بن سلمان ولي of ولي ولي العهد, tagged as one person), else None."""
        for k in range(i + 2, j):
            role = self._role(st, k, st.sent_end[i])
            if role is not None and k + role[1] > j:
                return k
        return None

    def _inside_title(self, st: _Doc, i: int, j: int) -> tuple[int, int] | None:
        """When the first word of an entity the knowledge base does not know is part of a title that
        starts before it (الله in آية الله علي السيستاني, الإسلام in حجة الإسلام: not غزة in رئيس
        الحركة في غزة), the tokens of the name after the title: up to
        NAME_WORDS words with no preposition, not in another entity (empty when none). An entity that
        is the first words of a longer title (ولي ولي of ولي ولي العهد, tagged as a person) names no
        one of its own."""
        for start in range(max(0, i - ROLE_WINDOW), i + 1):
            if st.sent_of[start] != st.sent_of[i]:
                continue
            role = self._role(st, start, st.sent_end[i])
            if role is None or start + role[1] <= i or start + role[1] < j or start == i and start + role[1] == j:
                continue
            first = end = start + role[1]
            tokens = st.doc.tokens
            while end < min(st.sent_end[i], first + NAME_WORDS) and tokens[end].text.isalpha() \
                    and not set(tokens[end].prefix) & PREPOSITIONS and not st.in_entity[end]:
                end += 1
            return first, end
        return None

    def _widen(self, st: _Doc, ent: Entity, i: int, j: int) -> tuple[int, int]:
        """Grow an entity to a knowledge-base name around it: NER often tags only the head
        (إيران in الجمهورية الإسلامية في إيران, غزة in قطاع غزة). The name may only add words
        of the same sentence that no other entity holds, but whole entities after it (منظمة الأمن
        + والتعاون في + أوروبا: the OSCE, not the security services and Europe), which it then
        takes in; the entity's span follows."""
        tokens = st.doc.tokens
        reach = tokens[min(st.sent_end[i], j + WIDEN) - 1].end
        later = [(e, *self.token_range(st, e.start, e.end)) for e in st.doc.entities if ent.end <= e.start < reach]
        best, inside = (i, j), []
        for a in range(max(0, i - WIDEN), i + 1):
            for b in range(min(st.sent_end[i], j + WIDEN), j - 1, -1):
                if b - a <= best[1] - best[0] or b - a > self.max_key:
                    continue
                taken = [(e, ei, ej) for e, ei, ej in later if ei < b]  # the entities the span would take in
                if any(ej > b for _, _, ej in taken):
                    continue
                held = {k for _, ei, ej in taken for k in range(ei, ej)}
                extra = [*range(a, i), *range(j, b)]
                if any(st.sent_of[k] != st.sent_of[i] or st.in_entity[k] and k not in held or st.covered[k]
                       or not tokens[k].text.isalpha() for k in extra):
                    continue
                if self.kb.lookup_key(self._words(st, a, b)):
                    best, inside = (a, b), [e for e, _, _ in taken]
        if best != (i, j):
            a, b = best
            ent.start, ent.end = tokens[a].stem_start, tokens[b - 1].end
            ent.text = st.doc.text[ent.start:ent.end]
            for k in range(a, b):
                st.in_entity[k] = True
            st.absorbed.update(id(e) for e in inside)
        return best

    def resolve_span(self, st: _Doc, i: int, j: int, label: str | None) -> Reading | None:
        """The actor a span of tokens names (None when nothing in it is known and no label says what)."""
        key = self._words(st, i, j)
        if not key:
            return None
        known = self.kb.lookup_key(key)
        hit = self._pick(st, [a for a in known if self._nameable(a, len(key), label)
                              and self._form_fits(st, a, i, len(key))], i)
        if hit is None and label == "ORG" and j == i + 1 and self._place_before(st, i):
            hit = self._pick(st, [a for a in known if a.id.startswith("city.")], i)
        if hit is None:
            hit = self._organ_of_country(st, i, j)
        if hit is None and label in ("PER", "ORG", None):
            fuzzy = self.kb.fuzzy(key) if label else None
            if fuzzy is not None:
                hit = self._pick(st, [fuzzy[0]], i)
        if hit is not None:
            return hit
        inner = self._compose(st, i, j, label)
        if inner is not None:
            return inner
        return self._new_actor(st, i, j, label)

    def _form_fits(self, st: _Doc, actor: KBActor, k: int, n: int) -> bool:
        """Whether the ``n`` words at token ``k`` are written as the actor's name is: with the
        article (:meth:`_article_fits`), in quotation marks or after a name head for a name that
        is also an everyday phrase (``quoted``: «الشرق الأوسط», صحيفة الشرق الأوسط; not دول
        الشرق الأوسط, the region)."""
        if actor.attrs.get("quoted"):
            before = st.doc.tokens[k - 1] if k else None
            if before is None or st.sent_of[k - 1] != st.sent_of[k] \
                    or before.text not in QUOTES and st.keys[k - 1] not in self.lists.name_heads:
                return False
        return self._article_fits(st, actor, k, n)

    def _article_fits(self, st: _Doc, actor: KBActor, k: int, n: int) -> bool:
        """A country or a collective of states always named with the article (الكاميرون، الهند،
        الغرب) is not read from a word without it (كاميرون is the British prime minister, هند a
        woman's name, غرب بغداد a direction), except a country's adjective (مساعدات سعودية); keys
        ignore the article, so the token at ``k`` is checked (ل + ال contracts: للهند) when the
        name is read from that one word (``n``). The knowledge base marks such countries
        (``article``), whose names also take a state's head word (دولة الإمارات). A name of
        several words always written definite (الدولة الإسلامية) is not read from an indefinite
        phrase (دول إسلامية, Islamic countries), but for a collective of states (دول غربية: the
        West)."""
        if n > 1:
            if actor.id.startswith("group."):
                return True
            key = tuple(st.keys[k:k + n])
            names = [name for name in (actor.name_ar, *actor.aliases) if alias_key(name) == key]
            return not names or not all(name.startswith("ال") for name in names) \
                or any(t.stem.startswith("ال") for t in st.doc.tokens[k:k + 2])
        if actor.id.startswith("country."):
            always = bool(actor.attrs.get("article"))  # its names with a head (دولة الكاميرون) too
        else:
            always = actor.id.startswith("group.") \
                and all(name.startswith("ال") for name in (actor.name_ar, *actor.aliases))
        if not always:
            return True
        tok = st.doc.tokens[k]
        return tok.stem.startswith("ال") or tok.prefix.endswith("ل") and tok.stem.startswith("ل") \
            or actor.country is not None and self.kb.country_of_nisba(st.lemmas[k]) == actor.country

    def _place_before(self, st: _Doc, i: int) -> bool:
        """Whether the word at ``i`` stands where a place does (في مانشستر، جنوب مانشستر، بمدينة):
        a city the tagger read as its football club is the city there."""
        return st.doc.tokens[i].prefix.endswith("ب") or i > 0 and st.sent_of[i - 1] == st.sent_of[i] \
            and st.keys[i - 1] in self.lists.place_before

    @staticmethod
    def _nameable(actor: KBActor, n: int, label: str | None) -> bool:
        """A one-word city name is too often a common word (السلطة: Salt, خمسة: Khamsa) to be
        read as the city outside a LOC entity, but for a seat of government tagged ORG (أعلنت
        موسكو: the tagger reads the government the name stands for); a one-word place is no
        dictionary person or group (المنصورية, a Baghdad suburb, keys like the Moroccan politician
        المنصوري)."""
        if n == 1 and label == "LOC" and actor.id.startswith("cameo.") and actor.type != "LOC":
            return False
        return n > 1 or label == "LOC" or not actor.id.startswith("city.") \
            or label == "ORG" and "seat_of" in actor.attrs

    def _pick(self, st: _Doc, candidates: list[KBActor], i: int) -> Reading | None:
        """First candidate the context allows; a person whose role words say otherwise is refused.
        A name also written as an everyday phrase that stands in quotation marks or after a name
        head here (``quoted``: «الشرق الأوسط», the newspaper, not the region) is that name."""
        if not candidates:
            return None
        candidates = sorted(self._homonym_order(st, candidates, i), key=lambda a: not a.attrs.get("quoted"))
        title = self._title_before(st, i)
        context = title.sector if title else None
        for actor in candidates:
            if actor.type == "PER" and context and context != actor.sector and context not in actor.sectors:
                continue
            return kb_reading(actor, st.doc.date)
        return None

    def _homonym_order(self, st: _Doc, candidates: list[KBActor], i: int) -> list[KBActor]:
        """Actors of different countries that share a name, in the light of the document. A
        country's name that is also another country's city (عمان: Oman, Amman) names the city
        when its country is named right beside it (العاصمة الأردنية عمان), or in the document while
        the other country is not; another country's name (not adjective: السفير العراقي في عمان)
        beside it makes it a country in a list (دبي والكويت وعمان والأردن); else the country.
        Other namesakes (الجبهة الشعبية: the Palestinian PFLP, Tunisia's Popular Front) go by the
        country the document names most, counting the countries of its other names that only one
        actor has (حمة الهمامي، حركة النهضة), the knowledge base's order breaking ties."""
        if len({a.country for a in candidates}) < 2:
            return candidates
        if st.named is None:
            st.named = [(k, c) for k, c, _ in self._all_cues(st, groups=True)]
        if st.countries is None:  # cues, and the countries of the names only one actor has
            st.countries = Counter(c for _, c in st.named)
            st.countries.update(found[0].country for e in st.doc.entities
                                if len(found := self.kb.lookup(e.text)) == 1 and found[0].country)
        counts = st.countries
        first = candidates[0]
        city = next((a for a in candidates[1:] if a.id.startswith("city.") and a.country != first.country), None)
        if city is None or not first.id.startswith("country."):
            return sorted(candidates, key=lambda a: -counts[a.country])
        near = [(k, c) for k, c in st.named if st.sent_of[k] == st.sent_of[i] and abs(k - i) <= HOMONYM_NEAR]
        listed = {c for k, c in near if not self.kb.country_of_nisba(st.lemmas[k])} - {city.country}
        if listed or not (city.country in {c for _, c in near} or counts[city.country] and not counts[first.country]):
            return candidates
        return [city] + [a for a in candidates if a is not city]

    # ----------------------------------------------------------------------------- context
    def _title_before(self, st: _Doc, i: int) -> _Title | None:
        """The title right before the name at token ``i`` (الضابط في الشرطة المحلية خالد منصور,
        وزير الخارجية الأردني سمير زيدان: GOV, JOR): a role or a state organ ending there, with
        only country adjectives, qualifiers (السابق), commas, quotation marks (الرئيس الأمريكي
        المنتخب "دونالد ترامب") and one organisation after ل in between; the country is the
        adjective's. A name after a preposition (بزياد) is not in apposition to the word before it."""
        if set(st.doc.tokens[i].prefix) & PREPOSITIONS:
            return None
        end = i
        country = None
        organisation = False
        while end > 0 and st.sent_of[end - 1] == st.sent_of[i]:
            key = st.keys[end - 1]
            iso3 = self.kb.country_of_nisba(st.lemmas[end - 1])
            if not (iso3 or key in COMMAS or key in QUOTES or key in self.roles.qualifiers):
                org = None if organisation else self._organisation_before(st, end)
                if org is None:
                    break
                organisation, end = True, org  # الأمين العام للأمم المتحدة بان كي مون: the title's organisation
                continue
            country = iso3 or country
            end -= 1
        for start in range(max(0, end - ROLE_WINDOW), end):
            if st.sent_of[start] != st.sent_of[i]:
                continue
            role = self._role(st, start, end)
            if role is not None and start + role[1] == end:
                return _Title(role[0].sector, country, role[0].ar)
            agent = self._agent_at(st, start, end)
            if agent is not None and agent[0].scan and start + agent[1] == end:
                return _Title(agent[0].sector, country, None)
        return None

    @staticmethod
    def _named_from(st: _Doc, end: int) -> int:
        """Where the run of named tokens (entities, scanned mentions) ending at token ``end``
        starts within its sentence (``end`` itself when the token before is not named)."""
        start = end
        while start > 0 and (st.in_entity[start - 1] or st.covered[start - 1]) and st.sent_of[start - 1] == st.sent_of[end - 1]:
            start -= 1
        return start

    def _organisation_before(self, st: _Doc, end: int) -> int | None:
        """Where a name ending at token ``end`` starts, if it opens with ل (للأمم المتحدة): an
        organisation qualifying the title before it."""
        start = self._named_from(st, end)
        return start if start < end and "ل" in st.doc.tokens[start].prefix else None

    def _agent_at(self, st: _Doc, k: int, end: int, inflected: bool = True) -> tuple[Agent, int] | None:
        """The longest agent noun at token ``k`` (on lemma keys; ``inflected=False``: only words
        written in their lemma form, for names, where مارين is not the plural of مار). A feminine
        word listed in scan.yaml ``feminine_agents`` is that agent (جمهورية: not جمهوري); a
        one-word agent whose name ends in ta marbuta is not read from the bare word without it
        (الطلب "the request" is not الطلبة "the students", الجامع the mosque not الجامعة) unless
        scan.yaml ``bare_agents`` lists the word (دول, the plural of دولة); one listed in
        ``definite_only`` is none without the article (قضاء تلعفر is a district, not a judiciary)."""
        feminine = self.lists.feminine_agents.get(st.keys[k]) \
            if end > k and st.doc.tokens[k].stem.endswith("ه") else None
        if feminine is not None:
            return feminine, 1
        if st.lemmas[k] in self.lists.definite_only and not st.doc.tokens[k].stem.startswith("ال"):
            return None
        for n in range(min(self.max_agent, end - k), 0, -1):
            if not inflected and st.keys[k:k + n] != st.lemmas[k:k + n]:
                continue
            agent = self.kb.agent(tuple(st.lemmas[k:k + n]))
            if agent is not None and not (n == 1 and agent.surface.endswith("ة") and st.keys[k] == st.lemmas[k]
                                          and not st.doc.tokens[k].stem.endswith("ه")
                                          and st.keys[k] not in self.lists.bare_agents):
                return agent, n
        return None

    def _country_cue(self, st: _Doc, k: int, end: int, cities: bool = False,
                     seats: bool = False) -> tuple[str, int] | None:
        """A country named at token ``k``: an adjective (الإسرائيلي) or a country name (and, inside
        a named entity, a city: شرطة بغداد; with ``seats``, a seat of government: حكومة كابل)."""
        if k >= end:
            return None
        nisba = self.kb.nisba_at(st.lemmas, k, end)
        if nisba:
            return nisba
        return self._place_country(st, k, end, lambda actor: cities and actor.id.startswith("city.")
                                   or seats and "seat_of" in actor.attrs)

    def _place_country(self, st: _Doc, k: int, end: int, city: Callable[[KBActor], bool]) -> tuple[str, int] | None:
        """The country of a country named at token ``k``, or of a city ``city`` accepts, and the
        name's length in tokens."""
        for n in range(min(4, end - k), 0, -1):
            key = tuple(st.keys[k:k + n])
            found = self.kb.lookup_key(key)
            if len(found) > 1 and self.kb.homonym(key):
                continue  # عمان: Oman or Amman, no cue until the document has told which
            for actor in found:
                if actor.type == "LOC" and actor.country and (actor.id.startswith(PLACE_PREFIXES) or city(actor)):
                    return actor.country, n
        return None

    def _sentence_country(self, st: _Doc, i: int, j: int) -> str | None:
        """The first country cue of the sentence of the name at tokens [i, j), outside the name
        (for a person with no affiliation; هند of هند صبري names no country)."""
        s = st.sent_of[i]
        k = i
        while k > 0 and st.sent_of[k - 1] == s:
            k -= 1
        while k < st.sent_end[i]:
            cue = None if i <= k < j else self._country_cue(st, k, i if k < i else st.sent_end[i])
            if cue:
                return cue[0]
            k += 1
        return None

    # ----------------------------------------------------------------------------- composition
    def _organ_of_country(self, st: _Doc, i: int, j: int) -> Reading | None:
        """The whole span is an agent noun and a country cue (وزارة الخارجية الإيطالية): tried
        before fuzzy matching, which would take it for the Italian foreign minister."""
        agent = self._agent_at(st, i, j)
        if agent is None:
            return None
        cue = self._country_cue(st, i + agent[1], j, cities=True)
        return self._group(agent[0], cue[0]) if cue and i + agent[1] + cue[1] == j else None

    def _compose(self, st: _Doc, i: int, j: int, label: str | None = None) -> Reading | None:
        """Inside a span: an agent noun or organ with a country cue right after it (وزارة الخارجية
        الإيطالية, جنديا عراقيا: the organ of that country, even where the dictionary has the
        organ's name alone), else a known actor (مقر مجلس الصحوة), else an agent with a country
        later in the span or sentence, or from the context for a state organ, else a country's
        people (عراقياً). In a person's name only uninflected agent words count, no place (هند
        صبري, an actress, is no India), no one named after بن (متعب بن عبد الله بن عبد العزيز
        is not King Abdullah, his father), no known person beside another's name words
        (:meth:`_someone_else`) and no people but of a one-word name. An organisation named after
        its head word (scan.yaml ``naming_agents``: حزب البناء الوطني) is an actor of its own. An agent
        word after the first of a person's name is a surname (شوقي الطبيب: no doctors)."""
        inflected = label != "PER"
        for k in range(i, j):
            agent = self._agent_at(st, k, j, inflected)
            if agent:
                cue = self._country_cue(st, k + agent[1], j, cities=True)
                if cue:
                    return self._group(agent[0], cue[0])
        for k in range(i, j):
            if label == "PER" and k > i and st.keys[k - 1] in PATRONYMIC:
                continue
            for n in range(min(self.max_key, j - k), 0, -1):
                found = [a for a in self.kb.lookup_key(tuple(st.keys[k:k + n]))
                         if (n > 1 or a.type != "LOC" or k == i) and not (label == "PER" and a.type == "LOC")
                         and self._nameable(a, n, label) and self._form_fits(st, a, k, n)
                         and not (label == "PER" and self._someone_else(st, i, j, k, k + n, a))]
                hit = self._pick(st, found, i)
                if hit is not None:
                    return hit
        for k in range(i, j):
            agent = self._agent_at(st, k, j, inflected)
            if agent and label == "ORG" and k == i and k + agent[1] < j and st.keys[k] in self.lists.naming_agents:
                named = self._new_actor(st, i, j, label)  # حزب المجد: that party, not "party"
                if named is not None:
                    rest = st.doc.text[st.doc.tokens[k + agent[1]].stem_start:st.doc.tokens[j - 1].end]
                    named.name_en = f"{romanize(rest, None, self.romanizer)} {agent[0].name_en.title()}"
                    named.sector = agent[0].sector
                return named
            if agent and not (label == "PER" and k > i):  # شوقي الطبيب: a surname, no doctors
                cue = self._country_cue(st, k + agent[1], st.sent_end[k])
                return self._group(agent[0], cue[0]) if cue else self._bare(st, agent[0], k, agent[1])
        # not البوليفي كارلوس تشافيز, nor a currency or other thing its adjective qualifies (دينار ليبي)
        for k in range(i, j) if label not in ("PER", "MISC") or j - i == 1 else ():
            iso3 = self.kb.country_of_nisba(st.lemmas[k])
            if iso3:
                return self._people(st, iso3)
        return None

    def _someone_else(self, st: _Doc, i: int, j: int, a: int, b: int, actor: KBActor) -> bool:
        """Whether a person's name ``i .. j`` holds, beside the known name ``a .. b``, name words
        that are not the actor's (عبير of عبير موسي is not Amr Moussa, جيب of جيب بوش not George W.
        Bush, سلمان of سلمان العبيدي no king, مهدي of مهدي بن نصر not al-Mahdi): another person
        who shares a name part. Titles do not count, nor the further lineage of a known name that
        gives one (محمد بن سلمان بن عبد العزيز)."""
        lineage = any(st.keys[k] in PATRONYMIC for k in range(a, b))
        end = b if lineage and b < j and st.keys[b] in PATRONYMIC else j
        others = [k for k in (*range(i, a), *range(b, end))
                  if _core(st.doc.tokens[k].stem) in _name_words() and not self._is_title(st, k)
                  and not self.kb.country_of_nisba(st.lemmas[k])]  # الرئيس التونسي الباجي قائد السبسي
        if not others:
            return False
        own = {w for name in (actor.name_ar, *actor.aliases) for w in alias_key(name)}
        return any(st.keys[k] not in own for k in others)

    def _bare(self, st: _Doc, agent: Agent, k: int, n: int, organ: bool = False) -> Reading:
        """An agent of ``n`` words named without a country: a state organ (وزارة الخارجية, الجيش;
        ``organ``: its members listed in scan.yaml ``indefinite_organs``, رجل أمن) belongs to the
        country of the place named right after it with في (السلطات في الدوحة: Qatar's, in a story
        about Saudi Arabia), else of the context; other agents (المتظاهرين) stay without one."""
        if (agent.scan or organ) and agent.sector in STATE_SECTORS:
            seat = self._seat_after(st, k + n) if k + n < st.sent_end[k] and st.keys[k + n] == "في" else None
            iso3 = seat or self._context_country(st, k)
            if iso3:
                reading = self._group(agent, iso3)
                reading.attrs["country_from"] = "place" if seat else "context"
                return reading
        return self._group(agent, None)

    def _seat_after(self, st: _Doc, k: int) -> str | None:
        """The country of a country or seat of government named after في at ``k`` (one place word
        of scan.yaml ``sides.places`` between: في مدينة الدوحة; not العاصمة, which is none), not
        of any town (في منطقة دير الزغب matched a town of the Emirates)."""
        end = st.sent_end[k]
        k += 1
        if k < end and st.keys[k] in self.lists.side_places:
            k += 1
        cue = self._place_country(st, k, end, lambda actor: "seat_of" in actor.attrs)
        return cue[0] if cue else None

    def _context_country(self, st: _Doc, k: int) -> str | None:
        """The country the text at token ``k`` is about: the one named most often in the
        document, ties going to the one named last before ``k`` (else first after it)."""
        if st.cues is None:
            st.cues = self._all_cues(st)
        if not st.cues:
            return None
        counts: dict[str, float] = {}
        for _, iso3, weight in st.cues:
            counts[iso3] = counts.get(iso3, 0.0) + weight
        top = max(counts.values())
        best = {c for c, n in counts.items() if n == top}
        before = [c for m, c, _ in st.cues if m < k and c in best]
        if before:
            return before[-1]
        return next(c for _, c, _ in st.cues if c in best)

    def _all_cues(self, st: _Doc, groups: bool = False) -> list[tuple[int, str, float]]:
        """(token index, ISO3, weight) of the document's country cues. The adjective of a group
        (المسلحين الفلسطينيين) tells no organ's country and is left out, that of a state organ
        (القوات الأمنية العراقية) counts ``ORGAN_CUE_WEIGHT``: a foreign army is often named in a
        story about another state (الجيش الإسرائيلي in a Palestinian one), but an Iraqi story may
        name Iraq only so. With ``groups`` every adjective counts whole."""
        cues = []
        k, n = 0, len(st.keys)
        while k < n:
            if self._may_start(st, k) or self.kb.country_of_nisba(st.lemmas[k]):
                cue = self._country_cue(st, k, st.sent_end[k])
                group = self._describes_group(st, k) if cue and not groups else None
                if group and not (group.scan and group.sector in STATE_SECTORS):
                    k += cue[1]
                    continue
                if cue:
                    cues.append((k, cue[0], ORGAN_CUE_WEIGHT if group else 1.0))
                    k += cue[1]
                    continue
            k += 1
        return cues

    def _describes_group(self, st: _Doc, k: int) -> Agent | None:
        """The agent noun right before the country adjective at ``k`` that the adjective qualifies."""
        if not self.kb.country_of_nisba(st.lemmas[k]):
            return None
        return next((agent for n in range(1, min(self.max_agent, k) + 1)
                     if st.sent_of[k - n] == st.sent_of[k] and (agent := self.kb.agent(tuple(st.lemmas[k - n:k])))),
                    None)

    def _qualifies_agent(self, st: _Doc, i: int, j: int) -> bool:
        """An entity that qualifies an agent noun outside any entity right before it: no actor of
        its own; the scan composes the agent with it. A one-word country adjective (NER tags
        تركيا in جنديا تركيا as Turkey: a Turkish soldier), or a country's name or its seat of
        government after a state organ in construct (قوات إسرائيل، حكومة العراق، حكومة بغداد: the
        Israeli military, the Iraqi government, not Israel nor the city)."""
        if i == 0 or st.in_entity[i - 1] or st.doc.tokens[i].prefix:
            return False
        if j == i + 1 and self._describes_group(st, i):
            return True
        if not self._construct_organ(st, i):
            return False
        cue = self._country_cue(st, i, j, seats=True)
        return cue is not None and cue[1] == j - i

    def _construct_organ(self, st: _Doc, k: int) -> bool:
        """Whether a state organ of scan.yaml ``construct_organs`` without the article ends right
        before token ``k`` in its sentence (قوات، حكومة، وزارة خارجية): the first noun of a
        construct whose second is at ``k``."""
        return any(tuple(st.lemmas[k - n:k]) in self.lists.construct_organs and st.sent_of[k - n] == st.sent_of[k]
                   and not st.doc.tokens[k - n].stem.startswith("ال") for n in range(1, min(self.max_agent, k) + 1))

    def _group(self, agent: Agent, iso3: str | None) -> Reading:
        if iso3:
            country = self.kb.get(f"country.{iso3}")
            adjective = country.attrs.get("adj_en") if country else None
            name = f"{adjective} {agent.name_en}" if adjective else f"{agent.name_en} of {country.name_en if country else iso3}"
            return Reading(f"{iso3.lower()}.{agent.slug}", name, agent.surface, "GROUP", iso3, agent.sector)
        return Reading(f"agent.{agent.slug}", agent.name_en, agent.surface, "GROUP", None, agent.sector)

    def _people(self, st: _Doc, iso3: str) -> Reading:
        """People of a country named by its adjective alone (التونسيين, عراقياً), with the
        sector scan.yaml gives them (``people_sector``); a people the knowledge base knows by that
        id (pse.people, the Palestinian people) is that actor, its name and sector the same
        wherever the document names it."""
        known = self.kb.get(f"{iso3.lower()}.people")
        if known is not None:
            return kb_reading(known, st.doc.date)
        country = self.kb.get(f"country.{iso3}")
        adjective = country.attrs.get("adj_en") if country else None
        name = f"{adjective} people" if adjective else f"people of {country.name_en if country else iso3}"
        return Reading(f"{iso3.lower()}.people", name, country.name_ar if country else iso3, "GROUP", iso3,
                       self.lists.people_sector)

    def _new_actor(self, st: _Doc, i: int, j: int, label: str | None) -> Reading | None:
        """An actor the knowledge base lacks: named from the text, typed by the NER label. Not a
        name the knowledge base reads only quoted (``quoted``) written bare: the everyday word (شطري
        الجزيرة, an island; no organisation called al-Jazira)."""
        if label is None or any(a.attrs.get("quoted") for a in self.kb.lookup_key(tuple(st.keys[i:j]))):
            return None
        doc = st.doc
        surface = doc.text[doc.tokens[i].stem_start:doc.tokens[j - 1].end]
        if label == "PER":
            title = self._title_before(st, i)
            sector = title.sector if title else None
            country = title.country if title and title.country else self._sentence_country(st, i, j)
            country_actor = self.kb.get(f"country.{country}") if country else None
            name_en = romanize(surface, country_actor.attrs.get("iso2") if country_actor else None, self.romanizer)
            return Reading(self._new_id(label, surface), name_en, surface, "PER", country, sector, {"new": True})
        actor_type = "LOC" if label == "LOC" else "ORG" if label == "ORG" else label
        name_en = romanize(surface, None, self.romanizer)
        return Reading(self._new_id(label, surface), name_en, surface, actor_type, None, None, {"new": True})

    def _new_id(self, label: str, surface: str) -> str:
        """The id of an actor the knowledge base lacks, the same however its name is spelt and
        wherever it stands (إيد رينولد and ايد رينولد; طارق الكحلاوي beside a Tunisian title or not):
        from the name's spelling view romanized without a country's conventions, which only the
        English name follows."""
        return f"new.{label.lower()}.{slug(romanize(normalize_name(surface), None, self.romanizer))}"

    # ----------------------------------------------------------------------------- scanning
    def _scan(self, st: _Doc) -> None:
        """Aliases and agent phrases outside entities (only scannable ones: see scan.yaml)."""
        tokens = st.doc.tokens
        k = 0
        while k < len(tokens):
            if st.covered[k]:
                k += 1
                continue
            n, reading, kind = 0, None, ""
            if self._may_start(st, k) and not self._street_name(st, k):
                end = st.sent_end[k]
                stop = next((m for m in range(k, end) if st.covered[m]), end)
                role = self._role(st, k, stop)
                if role is not None:
                    n, reading, kind = self._unnamed_title(st, k, role[0], role[1], stop)
                    if reading is None:
                        k += role[1]
                        continue
                else:
                    n, reading, kind = self._scan_at(st, k, stop)
            if reading is None:
                n, reading, kind = self._elided_head(st, k)
            if reading is None:
                n, reading = self._nisba_people(st, k)
                kind = "agent"
            if reading is None:
                k += 1
                continue
            mention = Mention(tokens[k].stem_start, tokens[k + n - 1].end,
                              st.doc.text[tokens[k].stem_start:tokens[k + n - 1].end], kind)
            self._mention(st, reading, k, mention)
            for m in range(k, k + n):
                st.covered[m] = True
            k += n

    def _elided_head(self, st: _Doc, k: int) -> tuple[int, Reading | None, str]:
        """A name after و that shares the head noun of the name right before it (ميليشيات الحوثي
        وصالح, قوات الحوثي وصالح: Saleh's militias too, 89 times in the SaudiNewsNet subset): the
        head (the first word of that name, or the word before it) and the name looked up together
        as a knowledge-base alias; a second country adjective after a side (الجانبين السعودي
        والأردني) is the second state's government."""
        if not st.doc.tokens[k].prefix.startswith("و"):
            return 0, None, ""
        head = k
        while head > max(0, k - ELIDED_REACH) and st.sent_of[head - 1] == st.sent_of[k] \
                and (st.in_entity[head - 1] or st.covered[head - 1]):
            head -= 1
        if head == k:
            return 0, None, ""
        iso3 = self.kb.country_of_nisba(st.lemmas[k]) if st.lemmas[head] in self.lists.sides else None
        side = self._agent_at(st, head, k) if iso3 else None
        if side:  # الجانبين السعودي والأردني: both states
            return 1, self._group(side[0], iso3), "agent"
        heads = [head] + ([head - 1] if head > 0 and st.sent_of[head - 1] == st.sent_of[k] else [])
        stop = next((m for m in range(k, st.sent_end[k]) if st.covered[m]), st.sent_end[k])
        for n in range(min(self.max_key - 1, stop - k), 0, -1):  # the head inside that name or right before it
            for h in heads:
                found = [a for a in self.kb.lookup_key((st.keys[h], *st.keys[k:k + n])) if self._scannable(a, n + 1)]
                hit = self._pick(st, found, k) if found else None
                if hit is not None:
                    return n, hit, "alias"
        return 0, None, ""

    def _unnamed_title(self, st: _Doc, k: int, role: Role, n: int, stop: int) -> tuple[int, Reading | None, str]:
        """A title with no name after it (وقال الرئيس الأميركي، مسؤول أميركي، المسؤولون
        الباكستانيون): the person last named with that title (and country) before it, else, with a
        country adjective, that state's organ of the role's sector, or of the sector of the agent
        noun the title also is (رئيس: GOV): usa.gov, unless a former holder (السابق). The person
        must have held the title with that country, or be known to the knowledge base as its
        (a new person's country may come from another name in its sentence). A title
        that heads a noun (رئيس الغرفتين) is no bare title; one before a name or an organisation
        (الأمين العام لحركة الجهاد) is left to that name and the affiliations stage. A title the
        knowledge base has as a name (خادم الحرمين الشريفين) stands for that actor."""
        end, country, former = self._title_tail(st, k + n, stop)
        if end == k + n and not st.doc.tokens[end - 1].stem.startswith("ال"):
            return 0, None, ""  # رئيس الغرفتين: a title in construct with what it heads
        sent_end = st.sent_end[k]
        name_at = end + 1 if end < sent_end and (st.keys[end] in COMMAS or st.keys[end] in QUOTES) else end
        if name_at < sent_end and (st.in_entity[name_at] or st.covered[name_at] or self._name_at(st, name_at)) \
                and not self._other_countrys_title(st, name_at, country, stop):
            return 0, None, ""
        if not role.plural:
            named = self._apposed_person(st, k)
            if named is not None:  # سامي الحمد، وزير الخارجية: his title, not an earlier minister's
                return end - k, self._reading_of(named), "title"
            for i, actor_id in reversed(st.order):
                actor = st.actors[actor_id]
                title = self._title_of(st, i) if i < k and actor.type == "PER" else None
                if title and title.role == role.ar and (country in (None, title.country) or country == actor.country
                                                        and not actor.id.startswith("new.")):
                    return end - k, self._reading_of(actor), "title"
        agent = self._agent_at(st, k, k + n)
        sector = role.sector or (agent[0].sector if agent and agent[1] == n else None)  # رئيس: GOV
        if country and sector and not former:
            organ = Agent(role.ar, sector, sector_name(sector), sector.lower(), False)
            return end - k, self._group(organ, country), "agent"
        found, reading, kind = self._scan_at(st, k, stop)
        if kind == "alias" and found == n:  # a title that names its holder: خادم الحرمين الشريفين
            return found, reading, kind
        return 0, None, ""

    def _other_countrys_title(self, st: _Doc, k: int, country: str | None, stop: int) -> bool:
        """Whether a title of another country's holder starts at ``k``, after a title of
        ``country`` (بالرئيس الصيني، وبالرئيس الأميركي: two people; the dictionary has "US
        president" as a name, which had hidden the Chinese president)."""
        role = self._role(st, k, stop) if country else None
        if role is None:
            return False
        other = self._title_tail(st, k + role[1], stop)[1]
        return other is not None and other != country

    def _role(self, st: _Doc, i: int, end: int) -> tuple[Role, int] | None:
        """The role at token ``i`` with a minister's portfolio taken in (وزير النقل اليمني: the
        title ends before the country adjective, or a name: العتيبي)."""
        if st.keys[i] not in self.roles.office_titles:  # most words: no closure to build
            return self.roles.match_at(st.keys, st.doc.tokens, i, end)

        def named(j: int) -> bool:
            return st.in_entity[j] or st.covered[j] or bool(self.kb.country_of_nisba(st.lemmas[j]))
        return self.roles.match_office(st.keys, st.doc.tokens, i, end, named)

    def _name_at(self, st: _Doc, k: int) -> bool:
        """A person or organisation name of the knowledge base starts at ``k`` (not scanned yet)."""
        return any(a.type != "LOC" and self._scannable(a, m - k)
                   for m in range(k + 1, min(st.sent_end[k], k + self.max_key) + 1)
                   for a in self.kb.lookup_key(tuple(st.keys[k:m])))

    def _title_of(self, st: _Doc, i: int) -> _Title | None:
        """The title of the person named at ``i``: before the name, starting it where the
        dictionary's name includes it (الرئيس الأميركي جورج بوش), or in apposition after it."""
        role = self._role(st, i, st.sent_end[i])
        if role is None:
            return self._title_before(st, i) or self._title_after(st, i)
        return _Title(role[0].sector, self._title_tail(st, i + role[1], st.sent_end[i])[1], role[0].ar)

    def _apposed_person(self, st: _Doc, k: int) -> Actor | None:
        """The person named right before a comma and the title at ``k`` (X، وزير الخارجية)."""
        j = k - 1
        if j < 1 or st.keys[j] not in COMMAS:
            return None
        start = self._named_from(st, j)
        return next((st.actors[a] for i, a in st.order if i == start < j and st.actors[a].type == "PER"), None)

    def _title_after(self, st: _Doc, i: int) -> _Title | None:
        """A title in apposition after the name at ``i`` (جون كيري، وزير الخارجية الأميركي، ...),
        unless a name follows it, whose title it is (X، وزير الخارجية Y)."""
        sent_end = st.sent_end[i]
        end = i
        while end < sent_end and (st.in_entity[end] or st.covered[end]):
            end += 1
        if end + 1 >= sent_end or st.keys[end] not in COMMAS:
            return None
        role = self._role(st, end + 1, sent_end)
        if role is None or role[0].plural:
            return None
        after, country, _ = self._title_tail(st, end + 1 + role[1], sent_end)
        if after < sent_end and (st.in_entity[after] or self._name_at(st, after)):
            return None
        return _Title(role[0].sector, country, role[0].ar)

    def _title_tail(self, st: _Doc, j: int, stop: int) -> tuple[int, str | None, bool]:
        """Past the country adjectives and qualifiers after a title ending at ``j`` (العراقي
        السابق): where a name may start, the adjective's country, whether a former holder."""
        country = None
        former = False
        while j < stop:
            iso3, n = self.kb.nisba_at(st.lemmas, j, stop) or (None, 1)
            if not (iso3 or st.keys[j] in self.roles.qualifiers):
                break
            country = country or iso3
            former = former or st.keys[j] in self.roles.former
            j += n
        return j, country, former

    @staticmethod
    def _reading_of(actor: Actor) -> Reading:
        return Reading(actor.id, actor.name_en, actor.name_ar, actor.type, actor.country, actor.sector, dict(actor.attrs))

    def _street_name(self, st: _Doc, k: int) -> bool:
        """Whether the word at ``k`` follows a street or square word in construct (scan.yaml
        ``street_heads``: ميدان المحكمة): it names the place, no actor."""
        return self._headed_by(st, k, self.lists.street_heads)

    @staticmethod
    def _headed_by(st: _Doc, k: int, heads: frozenset[str]) -> bool:
        """Whether the word right before ``k``, in its sentence, is one of ``heads`` without the
        article: in construct with what starts at ``k``."""
        return k > 0 and st.sent_of[k - 1] == st.sent_of[k] and st.keys[k - 1] in heads \
            and not st.doc.tokens[k - 1].stem.startswith("ال")

    def _may_start(self, st: _Doc, k: int) -> bool:
        return st.keys[k] in self.starts or st.lemmas[k] in self.starts

    def _scan_at(self, st: _Doc, k: int, stop: int) -> tuple[int, Reading | None, str]:
        """An alias, else an agent with its country cue, else a specific agent alone. A
        dictionary alias no longer than an agent + country phrase at the same place loses to it
        (the organ composed with its country is what the dictionary would say, when it has it)."""
        agent = self._agent_at(st, k, stop)
        definite = st.doc.tokens[k].stem.startswith("ال")
        if agent and definite and st.lemmas[k] in self.lists.groups:
            agent = None  # الوحدة الفلسطينية is unity, not a unit
        if agent and not definite and st.lemmas[k] in self.lists.sides:
            agent = None  # إلى جانب السعودية: beside, no side at talks
        # an organ right before its state's seat of government is the state's (حكومة كابل، نظام طهران)
        cue = self._country_cue(st, k + agent[1], stop, seats=True) if agent else None
        if cue and self._hal(st, k + agent[1] - 1) and not self.kb.country_of_nisba(st.lemmas[k + agent[1]]):
            cue = None  # داعياً الكيان الصهيوني: a participle and its object, not an agent and its country
        if cue and st.lemmas[k] in self.lists.sides and self._land(st, k, k + agent[1] + cue[1]):
            cue = None  # على الجانب السوري من الحدود: a stretch of land, no government
        composed = agent[1] + cue[1] if agent and cue else 0
        for n in range(min(self.max_key, stop - k), 0, -1):
            key = tuple(st.keys[k:k + n])
            if n == 1 and key in self.kb.no_scan:
                continue
            found = [a for a in self.kb.lookup_key(key) if self._scannable(a, n) and self._form_fits(st, a, k, n)
                     and not (n <= composed and a.id.startswith("cameo."))]
            if found:
                hit = self._pick(st, found, k)
                if hit is not None:
                    return n, hit, "alias"
        if agent and cue:
            return composed, self._group(agent[0], cue[0]), "agent"
        while agent:  # the longest agent that can stand alone (المتمردين of المتمردين الإسلاميين)
            n = agent[1]
            if self._alone(st, agent[0], k, n):
                if tuple(st.lemmas[k:k + n]) in self.lists.indefinite:  # مسلحون, مجهولون: no country
                    return n, self._group(agent[0], None), "agent"
                last = st.doc.tokens[k + n - 1]  # definite: الجيش, وزارة الخارجية (not جيش)
                if tuple(st.lemmas[k:k + n]) in self.lists.indefinite_organs:  # رجال شرطة: as رجال الشرطة
                    return n, self._bare(st, agent[0], k, n, organ=True), "agent"
                if agent[0].scan and (n > 1 or (st.keys[k],) not in self.kb.no_scan) and last.stem.startswith("ال"):
                    return n, self._bare(st, agent[0], k, n), "agent"
            agent = self._agent_at(st, k, k + n - 1)
        return 0, None, ""

    def _land(self, st: _Doc, k: int, end: int) -> bool:
        """Whether the side ``k .. end`` (الجانب السوري) is land: after في, or before من and a definite
        noun or a place word (scan.yaml ``sides``)."""
        if k > 0 and st.sent_of[k - 1] == st.sent_of[k] and st.keys[k - 1] == "في":
            return True
        if end + 1 >= len(st.keys) or st.sent_of[end + 1] != st.sent_of[k] or st.keys[end] != "من":
            return False
        return st.doc.tokens[end + 1].stem.startswith("ال") or st.keys[end + 1] in self.lists.side_places

    def _alone(self, st: _Doc, agent: Agent, k: int, n: int) -> bool:
        """Whether an agent word with no country cue can be a noun here rather than an adjective
        or a homograph: not right after an act noun (هجوم انتحاري, العمليات الانتحارية), not a
        feminine form of a masculine agent (عملية انتحارية, السلطة beside السلطات), not a
        definite singular after a definite noun (المجتمع المدني); a word listed in scan.yaml
        ``after_count`` (طالب "demanded") bare only after a count word, one listed in
        ``plural_only`` (مجهولون; مصير مجهول is an unknown fate) only in the plural, one listed
        in ``verbal_before`` not before its words (القضاء على: eliminating), and a generic head of
        ``name_heads`` not right before a name (ميليشيا وحدات الحماية الكردية: the YPG, no militia)."""
        if n > 1:
            return True
        tok = st.doc.tokens[k]
        prev = k > 0 and st.sent_of[k - 1] == st.sent_of[k]
        if st.keys[k] in self.lists.name_heads and self._before_name(st, k):
            return False
        if k + 1 < len(st.keys) and st.sent_of[k + 1] == st.sent_of[k] \
                and st.keys[k + 1] in self.lists.verbal_before.get(st.lemmas[k], ()):
            return False
        if prev and st.lemmas[k - 1] in self.lists.acts and not self._act_genitive(st, k):
            return False
        if tok.stem.endswith("ه") and not _feminine(agent.surface) and not self._feminine_noun(st, k):
            return False
        if prev and tok.stem.startswith("ال") and not tok.prefix and st.keys[k] == st.lemmas[k] \
                and _definite(st.doc.tokens[k - 1].stem) and not st.covered[k - 1]:
            return False  # المجتمع المدني, الإسلام المتشدد: a singular after a definite noun qualifies it
        if st.lemmas[k] in self.lists.plural_only and not st.keys[k].endswith(("ين", "ون")):
            return False
        if st.lemmas[k] in self.lists.after_count and st.keys[k] == st.lemmas[k] and not tok.stem.startswith("ال"):
            # a count right before, itself no definite word (اليوم الأحد وطالب: Sunday, and he demanded)
            return prev and not tok.prefix and not st.doc.tokens[k - 1].stem.startswith("ال") \
                and (st.keys[k - 1] in self.lists.counts or st.keys[k - 1].isdigit())
        return True

    def _act_genitive(self, st: _Doc, k: int) -> bool:
        """Whether the agent word at ``k`` right after an act noun is its genitive, the act's doer,
        not its adjective: joined by ل (هجوم للمتشددين، قصف للطيران) or definite after an
        indefinite act noun (هجوم المسلحين), where an adjective would agree (هجوم مسلح، الهجوم المسلح)."""
        tok, act = st.doc.tokens[k], st.doc.tokens[k - 1]
        return tok.prefix.endswith("ل") or tok.stem.startswith("ال") and not act.stem.startswith("ال")

    def _feminine_noun(self, st: _Doc, k: int) -> bool:
        """Whether the feminine form of an agent word at ``k`` names a woman (انتحارية): no noun
        before it to qualify, as after a complementiser (ان انتحارية نفذت) or a feminine past verb
        (فجرت انتحارية نفسها), or a reflexive right after it (انتحارية نفسها)."""
        has_prev = k > 0 and st.sent_of[k - 1] == st.sent_of[k]
        has_next = k + 1 < len(st.keys) and st.sent_of[k + 1] == st.sent_of[k]
        prev = st.doc.tokens[k - 1].stem if has_prev else ""
        return (has_prev and st.keys[k - 1] in self.lists.feminine_noun_after) \
            or (prev.endswith("ت") and not prev.endswith("ات") and not prev.startswith("ال")) \
            or (has_next and st.keys[k + 1] in self.lists.feminine_noun_before)

    @staticmethod
    def _hal(st: _Doc, k: int) -> bool:
        """Whether token ``k`` is an indefinite accusative (جندياً, داعياً): read as an agent only
        with an adjective after it, since before a noun it is mostly a participle (calling on)."""
        return st.keys[k] != st.lemmas[k] and st.keys[k].endswith("ا") and not st.doc.tokens[k].stem.startswith("ال")

    def _nisba_people(self, st: _Doc, k: int) -> tuple[int, Reading | None]:
        """A country adjective used as a noun names people of that country: a masculine plural
        (التونسيين, كينيين: an agent noun before it has already taken it as its cue; of two words,
        مئات الكوريين الجنوبيين), or a singular accusative after a count word (13 عراقياً; دعماً
        عراقياً is an adjective) or after a definite word, which an indefinite adjective cannot
        qualify (قتل رصاص الجيش الإسرائيلي فلسطينيّا); not a country's name spelt the same (سوريا،
        تركيا). Returns the adjective's words and the reading (None: no people here)."""
        end = st.sent_end[k]
        found = self.kb.nisba_at(st.lemmas, k, k + 1 if k + 1 < end and st.covered[k + 1] else end)
        if not found:
            return 1, None
        iso3, n = found
        key = st.keys[k]
        prev = st.keys[k - 1] if k > 0 and st.sent_of[k - 1] == st.sent_of[k] else ""
        if prev and self._is_title(st, k - 1):
            return 1, None  # مسؤولون أميركيون: officials, whom the affiliations stage names
        if key.endswith(("يين", "يون")):
            return n, self._people(st, iso3)
        if key.endswith("يا") and (prev in self.lists.counts or prev.isdigit() or prev
                                   and st.doc.tokens[k - 1].stem.startswith("ال")
                                   and not any(a.type == "LOC" for a in self.kb.lookup_key((key,)))):
            return n, self._people(st, iso3)
        return 1, None

    def _is_title(self, st: _Doc, k: int) -> bool:
        return self.roles.match(st.keys, k, k + 1) is not None or (st.lemmas[k],) in self.roles.by_key

    @staticmethod
    def _scannable(actor: KBActor, n: int) -> bool:
        """Dictionary places and one-word dictionary or city names are too often common words."""
        if actor.id.startswith("cameo."):
            return n > 1 and actor.type != "LOC"
        return n > 1 or not actor.id.startswith("city.")

    # ----------------------------------------------------------------------------- coreference
    def _corefer(self, st: _Doc) -> None:
        tokens = st.doc.tokens
        surnames: dict[str, tuple[str, str]] = {}  # word key -> (actor id, mention kind)
        written: dict[str, str] = {}  # a surname's word key -> the word as the name writes it
        recent_orgs: list[str] = []
        # (sentence, country) of the last person and of the last state organ named: the owner of
        # بلاده in that sentence or the next, a person first (the speaker more often than an organ)
        person: tuple[int, str] | None = None
        organ: tuple[int, str] | None = None
        firsts = sorted(st.order)
        pos = 0
        for k, tok in enumerate(tokens):
            while pos < len(firsts) and firsts[pos][0] <= k:
                actor = st.actors[firsts[pos][1]]
                if actor.country and actor.type == "PER":
                    person = (st.sent_of[firsts[pos][0]], actor.country)
                elif actor.country and actor.sector in STATE_SECTORS:
                    organ = (st.sent_of[firsts[pos][0]], actor.country)
                if actor.type == "PER" and len(actor.name_ar.split()) >= 2:
                    surnames.setdefault(alias_key(actor.name_ar)[-1], (actor.id, "surname"))
                    written.setdefault(alias_key(actor.name_ar)[-1], actor.name_ar.split()[-1])
                if actor.type == "ORG" and actor.sector:
                    self._register_short_name(actor, surnames)
                    if actor.id in recent_orgs:
                        recent_orgs.remove(actor.id)
                    recent_orgs.append(actor.id)
                pos += 1
            if st.covered[k]:
                continue
            key = st.keys[k]
            # not على "on" for the surname علي (بن علي): the keys fold ى into ي, the writing does not
            if key in surnames and len(key) > 2 and not (st.doc.text[tok.end - 1] == "ى"
                                                          and not written.get(key, "ى").endswith("ى")):
                self._link(st, *surnames[key], k)
                continue
            if tok.stem in self.own_country:
                owner = next((p for p in (person, organ) if p and p[0] >= st.sent_of[k] - 1), None)
                if owner:
                    self._own_country(st, owner[1], k)  # وقال كيري إن بلاده: the United States
                    continue
            anaphor = self.anaphors.get(key)
            if anaphor and tok.stem.startswith("ال"):
                matching = [a for a in recent_orgs if self._antecedent(st.actors[a], anaphor)]
                for actor_id in matching[-anaphor.number:]:
                    self._link(st, actor_id, "anaphor", k)

    def _register_short_name(self, actor: Actor, names: dict[str, tuple[str, str]]) -> None:
        sectors = {actor.sector, *actor.attrs.get("sectors", ())}
        if not sectors & self.short_names.sectors:
            return
        for mention in actor.mentions:
            short = self.short_names.of(alias_key(mention.text))
            if short:
                names.setdefault(short, (actor.id, "short_name"))

    def _antecedent(self, actor: Actor, anaphor: Anaphor) -> bool:
        """An organisation of the anaphor's sectors whose name starts with the anaphor's head
        word where it has one (الحركة: حركة حماس, not سرايا القدس)."""
        if not (actor.sector in anaphor.sectors or set(actor.attrs.get("sectors", ())) & anaphor.sectors):
            return False
        if not anaphor.head:
            return True
        kb_actor = self.kb.get(actor.id)
        return kb_actor is not None and any(alias_key(a)[:1] == (anaphor.head,) for a in kb_actor.aliases)

    def _own_country(self, st: _Doc, iso3: str, k: int) -> None:
        """A mention of the speaker's country (بلاده) at token ``k``; the country actor is made
        from the knowledge base when the text has not named it."""
        actor_id = f"country.{iso3}"
        if actor_id not in st.actors:
            country = self.kb.get(actor_id)
            if country is None:
                return
            st.actors[actor_id] = kb_reading(country, st.doc.date).to_actor()
        st.order.append((k, actor_id))
        self._link(st, actor_id, "anaphor", k)

    def _link(self, st: _Doc, actor_id: str, kind: str, k: int) -> None:
        tok = st.doc.tokens[k]
        st.actors[actor_id].mentions.append(Mention(tok.stem_start, tok.end, st.doc.text[tok.stem_start:tok.end], kind))
        st.covered[k] = True

    # ----------------------------------------------------------------------------- actors
    def _mention(self, st: _Doc, reading: Reading, k: int, mention: Mention) -> None:
        actor = st.actors.get(reading.id)
        if actor is None:
            actor = reading.to_actor()
            st.actors[reading.id] = actor
        actor.mentions.append(mention)
        st.order.append((k, reading.id))
