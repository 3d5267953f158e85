"""The trigger lexicon and its matcher: which tokens of a sentence can carry which PLOVER event.

Matching works on the clitic-split, normalised view of each token (``Token.stem``). A verb is
stored once, as its past-tense third-person masculine form; :func:`analyze` strips inflection
(past suffixes, present and future prefixes and suffixes, object pronouns) to find the forms a
token may be an inflection of, so ``اغتالته``, ``يهاجمون`` and ``ستبذل`` find ``اغتال``, ``هاجم``
and ``بذل``. Nouns are matched with or without the article and a possessive suffix.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.data import load_json
from khabar.doc import Token
from khabar.lang.ar import COMMAS, CONJUNCTIONS, QUOTES
from khabar.lang.ar.clitics import word_frequencies

PAST_SUFFIXES = ("تما", "تم", "تن", "تا", "وا", "نا", "ت", "ا", "ن", "و")
# the suffixes before which a verb whose last root letter is ى/ي drops it (ألقى: ألقت، ألقوا،
# يلقون): the lemma is the rest with ي again
DEFECTIVE_SUFFIXES = frozenset({"ت", "تا", "وا", "ون", "ين"})
PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
# the suffixes each present prefix takes: none in the first person (أفعل, نفعل), so أيدي "hands"
# is not أ + يد + ي, a form of أيّد "support"; ين and ي only with ت (تفعلين)
PRESENT_SUFFIXES = {"ي": ("ون", "ان", "وا", "ن", "ا"), "ت": ("ون", "ان", "ين", "وا", "ن", "ا", "ي"),
                    "ن": (), "ا": ()}
# ... so a first-person body that ends as a past form does (ادعت، ادعوا: the past of ادعى "claim")
# is no first-person present (أ + دعت "she called" is no word)
FIRST_PERSON_NOT = {"ا": ("ت", "وا")}
OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "ني", "ك")
PRONOUN_OBJECTS = frozenset("ب" + s for s in OBJECT_SUFFIXES)  # بها، بهم: a ب-object the tokenizer keeps whole
PATTERN_WINDOW = {"after": 6, "before": 4}
GOVERNOR_WINDOW = {"before": 6, "after": 3}
NEED_AFTER_WINDOW = 24
NEED_BEFORE_WINDOW = 2
OPENER_WORDS = 4  # words of a sentence's opening phrase before its comma (من جهة أخرى، رفض ...)
FRONTED_WORDS = 3  # words of a subject fronted between a complementiser and its verb (إن حزب العمال الكردستاني قتل)
MIN_PATTERN_LEMMA = 3
YEARS = range(1900, 2100)  # a number before a verb that is a year dates it (عام 2014 هاجم)
PARTICIPLE = "participle"  # the kind of a circumstantial clause's head (، متهما إسرائيل)
CLOSING_QUOTES = frozenset("»”")
PLAIN_QUOTES = frozenset("\"'")  # each closes or opens: counted
NISBA_MIN = 4  # letters of a nisba adjective (مصري، إسلامي; not على، لدى)
NAME_FREQ = 2e-6  # wordfreq frequency (Zipf 3.3) below which a word after a `name_next` noun is a name
NAME_SUFFIXES = ("هما", "ها", "هم", "ه", "ين", "ون", "ات", "ي")  # a common word's inflections (حليفه، مرشحي)
BRACKETS = frozenset("()[]")  # between a number and what it counts: لـ (5864) طالباً


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a token: a dictionary form and the tense its inflection shows."""

    lemma: str
    tense: str  # "past" (or bare form), "present", "future"


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A span of tokens [first, last) that can carry an event of ``type``."""

    type: str
    kind: str  # verb, noun, agent, phrase, pattern, participle (a circumstantial clause's head)
    first: int
    last: int
    lemma: str
    tense: str | None = None
    cameo: str | None = None
    whole: bool = False  # matched on the token with its proclitic: ك+مين is كمين, ف+جرت فجرت


@lru_cache(maxsize=200_000)
def analyze(stem: str) -> tuple[Reading, ...]:
    """All verb readings of a normalised stem (the stem itself first)."""
    out: list[Reading] = []
    seen: set[tuple[str, str]] = set()

    def add(lemma: str, tense: str) -> None:
        if len(lemma) >= 2 and (lemma, tense) not in seen:
            seen.add((lemma, tense))
            out.append(Reading(lemma, tense))

    bases = [stem] + [stem[: -len(s)] for s in OBJECT_SUFFIXES if stem.endswith(s) and len(stem) - len(s) >= 3]
    for base in bases:
        add(base, "past")
        for suf in PAST_SUFFIXES:
            if base.endswith(suf) and len(base) - len(suf) >= 2:
                add(base[: -len(suf)], "past")
                if suf in DEFECTIVE_SUFFIXES:
                    add(base[: -len(suf)] + "ي", "past")
        tense, rest = "present", base
        if base.startswith("س") and len(base) > 3 and base[1] in PRESENT_PREFIXES:
            tense, rest = "future", base[1:]
        if len(rest) >= 3 and rest[0] in PRESENT_PREFIXES \
                and not rest[1:].endswith(FIRST_PERSON_NOT.get(rest[0], ())):
            body = rest[1:]
            suffixes = PRESENT_SUFFIXES[rest[0]]
            for suf in ("", *suffixes):
                if suf and not (body.endswith(suf) and len(body) - len(suf) >= 2):
                    continue
                core = body[: len(body) - len(suf)]
                for lemma in (core, core + "ي") if suf in DEFECTIVE_SUFFIXES else (core,):
                    add(lemma, tense)
                    add("ا" + lemma, tense)
    return tuple(out)


@lru_cache(maxsize=200_000)
def noun_forms(stem: str) -> tuple[str, ...]:
    """The forms a noun token may be listed under: as is, without the article or a possessive, or
    without the alif of the indefinite accusative (شنوا هجوماً، نظموا اعتصاماً), but for ها, a
    possessive (مصادرها "her sources" is no مصادرة: a noun in ة takes no accusative alif)."""
    forms = [stem]
    if stem.startswith("ال") and len(stem) > 3:
        forms.append(stem[2:])
    elif stem.endswith("ا") and not stem.endswith("ها") and len(stem) > 3:
        forms.append(stem[:-1])
    for base in list(forms):
        for suf in OBJECT_SUFFIXES:
            if base.endswith(suf) and len(base) - len(suf) >= 3:
                forms.append(base[: -len(suf)])
    return tuple(dict.fromkeys(forms))


def verb_readings(token: Token) -> tuple[Reading, ...]:
    """The verb readings a token allows: none after the preposition ب/ك or with a final ة
    (إصابة, بحشد are nouns), only present-tense ones after the subjunctive ل (ليتخذ)."""
    prefix = token.prefix.lstrip("وف")
    if token.text.endswith("ة") or prefix[:1] in ("ب", "ك"):
        return ()
    readings = analyze(token.stem)
    if prefix.startswith("ل"):
        return tuple(r for r in readings if r.tense != "past")
    return readings


def _clause_initial_verb(tokens: list[Token], i: int, verb_after: frozenset[str],
                         opener_heads: frozenset[str]) -> bool:
    """A bare word after و/ف that opens a sentence or clause, the sentence's first word, the
    first word after the comma of a short opening phrase headed by a preposition or conjunction
    (``opener_heads``: من جانبه، رفض ...; من جهة أخرى، دعا ...), or a word right after a verbal
    particle (``verb_after``: قد دعم): read as a verb first (وقتل ...، قتل مسلحون ...)."""
    tok = tokens[i]
    if tok.stem.startswith("ال"):
        return False
    if not tok.prefix and i and tokens[i - 1].stem in verb_after:
        return True
    opener = 1 < i <= OPENER_WORDS + 1 and tokens[i - 1].stem in COMMAS and tokens[0].stem in opener_heads \
        and all(t.stem[:1].isalnum() for t in tokens[:i - 1])
    return (tok.prefix[:1] in CONJUNCTIONS or not tok.prefix and (i == 0 or opener)) \
        and (i == 0 or not tokens[i - 1].stem[:1].isalnum())


def _after_fronted_subject(tokens: list[Token], i: int, fronting_after: frozenset[str]) -> bool:
    """A bare word right after the definite word that ends a subject fronted after a complementiser
    (``fronting_after``), a few plain words with no preposition (إن حزب العمال الكردستاني قتل ثلاثة
    جنود): the clause's verb, not an event noun in construct, which a definite word cannot head."""
    tok = tokens[i]
    if tok.prefix or tok.stem.startswith("ال") or i < 2 or not tokens[i - 1].stem.startswith("ال"):
        return False
    for j in range(i - 2, max(-1, i - 2 - FRONTED_WORDS), -1):
        if tokens[j].stem in fronting_after:
            return all(t.stem.isalpha() and t.prefix in ("", "و") for t in tokens[j + 1:i])
        if not tokens[j].stem.isalpha():
            return False
    return False


def _circumstantial_at(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` can open a circumstantial clause: right after a comma or a
    closing quotation mark (، داعيا; "ورم سرطاني" داعيا; not "مساندة دول المجلس: the noun), bare
    or after و (، ومحملة الخاطفين), and not described by a nisba adjective, which makes it a noun
    (والقرضاوي، داعية مصري الأصل: a preacher)."""
    prev = tokens[i - 1].stem if i else ""
    closing = prev in CLOSING_QUOTES or prev in PLAIN_QUOTES and sum(t.stem == prev for t in tokens[:i]) % 2 == 0
    if not (prev in COMMAS or closing) or tokens[i].prefix not in ("", "و"):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not (not nxt.prefix and nxt.stem.endswith("ي") and not nxt.stem.startswith("ال")
                               and len(nxt.stem) >= NISBA_MIN)


NUMBER = "#"  # a word of a blocked phrase that stands for any number (لقاء # "in exchange for")


def _word_matches(token: Token, word: str) -> bool:
    if word == NUMBER:
        return token.stem.replace(".", "").replace(",", "").isdigit()
    forms = noun_forms(token.stem)
    return word in forms or (word.startswith("ال") and word[2:] in forms)


class TriggerLexicon:
    """Index of triggers.json; :meth:`match` finds the trigger spans of a token sequence."""

    def __init__(self, spec: dict) -> None:
        self.version = spec.get("version")
        self.single_verbs: dict[str, list[dict]] = defaultdict(list)
        self.single_nouns: dict[str, list[dict]] = defaultdict(list)
        self.multi_verbs: dict[str, list[dict]] = defaultdict(list)
        self.multi_nouns: dict[str, list[dict]] = defaultdict(list)
        self.participles: dict[str, list[dict]] = defaultdict(list)
        for entry in spec["entries"]:
            head, multi = entry["words"][0], len(entry["words"]) > 1
            if entry["kind"] == PARTICIPLE:
                self.participles[head].append(entry)
            elif entry["kind"] == "verb":
                (self.multi_verbs if multi else self.single_verbs)[head].append(entry)
            else:
                key = head[2:] if head.startswith("ال") and len(head) > 3 else head
                (self.multi_nouns if multi else self.single_nouns)[key].append(entry)
        self.patterns: dict[str, list[dict]] = defaultdict(list)
        for pat in spec["patterns"]:
            for verb in pat["verbs"]:
                self.patterns[verb].append(pat)
        self.blocked: dict[str, list[list[str]]] = spec.get("blocked", {})
        by_type = {key: {t: frozenset(ws) for t, ws in spec.get(key, {}).items()}
                   for key in ("governors", "need_actor", "need_target", "name_next")}
        self.governors: dict[str, frozenset[str]] = by_type["governors"]
        self.need_actor: dict[str, frozenset[str]] = by_type["need_actor"]
        self.need_target: dict[str, frozenset[str]] = by_type["need_target"]
        self.name_next: dict[str, frozenset[str]] = by_type["name_next"]
        by_lemma = {key: {t: {lemma: frozenset(ws) for lemma, ws in lemmas.items()}
                          for t, lemmas in spec.get(key, {}).items()}
                   for key in ("need_after", "need_before", "cancel_before", "cancel_next")}
        self.need_after: dict[str, dict[str, frozenset[str]]] = by_lemma["need_after"]
        self.need_before: dict[str, dict[str, frozenset[str]]] = by_lemma["need_before"]
        self.cancel_before: dict[str, dict[str, frozenset[str]]] = by_lemma["cancel_before"]
        self.cancel_next: dict[str, dict[str, frozenset[str]]] = by_lemma["cancel_next"]
        self.nominal_after: frozenset[str] = frozenset(spec.get("nominal_after", ()))
        self.verb_after: frozenset[str] = frozenset(spec.get("verb_after", ()))
        self.opener_heads: frozenset[str] = frozenset(spec.get("opener_heads", ()))
        self.fronting_after: frozenset[str] = frozenset(spec.get("fronting_after", ()))
        self.generic_after: frozenset[str] = frozenset(spec.get("generic_after", ()))
        self.body_heads: frozenset[str] = frozenset(spec.get("body_heads", ()))

    def is_verb(self, stem: str) -> bool:
        """Whether some reading of ``stem`` is a curated trigger verb (استهدفت; not هجوم)."""
        return any(r.lemma in self.single_verbs for r in analyze(stem))

    def match(self, tokens: list[Token]) -> list[TriggerMatch]:
        """Trigger matches in ``tokens`` (one sentence), curated entries before CAMEO patterns."""
        found: list[TriggerMatch] = []
        forms: list[tuple[str, ...]] | None = None
        for i, tok in enumerate(tokens):
            if not tok.stem[:1].isalpha():
                continue
            curated = self._curated_at(tokens, i) or self._whole_at(tokens, i)
            found.extend(curated)
            if not curated and any(r.lemma in self.patterns for r in self._verb_readings(tokens, i)):
                forms = forms or [noun_forms(t.stem) for t in tokens]
                found.extend(self._patterns_at(tokens, i, forms))
        return [m for m in found if not self._is_blocked(tokens, m) and self._governed(tokens, m)
                and self._followed(tokens, m) and self._preceded(tokens, m) and not self._generic(tokens, m)
                and not self._names_body(tokens, m) and not self._cancelled(tokens, m)]

    def _curated_at(self, tokens: list[Token], i: int) -> list[TriggerMatch]:
        out: list[TriggerMatch] = []
        seen: set[str] = set()
        if _circumstantial_at(tokens, i):  # ، متهما إسرائيل: "accusing"
            for entry in self.participles.get(tokens[i].stem, ()):
                seen.add(entry["type"])
                out.append(TriggerMatch(entry["type"], PARTICIPLE, i, i + 1, entry["lemma"]))
        # nouns first: a bare form listed both as verb and as noun (دعم) reads as the masdar,
        # except at the head of a clause after و/ف, as the sentence's first word, after a verbal
        # particle or after a fronted subject, where news prose has its verbs (وقتل مهاجم ...، قد دعم)
        if _clause_initial_verb(tokens, i, self.verb_after, self.opener_heads) \
                or _after_fronted_subject(tokens, i, self.fronting_after):
            out.extend(self._verbs_at(tokens, i, seen))
        for form in noun_forms(tokens[i].stem):
            for entry in self.single_nouns.get(form, ()):
                if entry["type"] not in seen:
                    seen.add(entry["type"])
                    out.append(TriggerMatch(entry["type"], entry["kind"], i, i + 1, form))
            for entry in self.multi_nouns.get(form, ()):
                last = self._rest_matches(tokens, i + 1, entry["words"][1:])
                if last is not None:
                    out = [m for m in out if m.type != entry["type"]]
                    seen.add(entry["type"])
                    out.append(TriggerMatch(entry["type"], entry["kind"], i, last, " ".join(entry["words"])))
        out.extend(self._verbs_at(tokens, i, seen))
        return out

    def _whole_at(self, tokens: list[Token], i: int) -> list[TriggerMatch]:
        """One-word entries read on the whole token when the clitic splitter took the word's own
        first letter for a proclitic (كمين as ك + مين "who", فجرت as ف + جرت "it ran")."""
        tok = tokens[i]
        if not tok.prefix:
            return []
        whole = replace(tok, prefix="", stem=tok.prefix + tok.stem, stem_start=tok.start)
        return [replace(m, first=i, last=i + 1, whole=True) for m in self._curated_at([whole], 0) if m.last == 1]

    def _verbs_at(self, tokens: list[Token], i: int, seen: set[str]) -> list[TriggerMatch]:
        """Curated verb entries read at ``i``, for types not in ``seen`` (which it extends)."""
        out: list[TriggerMatch] = []
        for reading in self._verb_readings(tokens, i):
            for entry in self.single_verbs.get(reading.lemma, ()):
                if entry["type"] not in seen:
                    seen.add(entry["type"])
                    out.append(TriggerMatch(entry["type"], "verb", i, i + 1, reading.lemma, reading.tense))
            for entry in self.multi_verbs.get(reading.lemma, ()):
                last = self._rest_matches(tokens, i + 1, entry["words"][1:])
                if last is not None and entry["type"] not in seen:
                    seen.add(entry["type"])
                    out.append(TriggerMatch(entry["type"], "verb", i, last, " ".join(entry["words"]), reading.tense))
        return out

    def _verb_readings(self, tokens: list[Token], i: int) -> tuple[Reading, ...]:
        """The verb readings of the token at ``i`` in its sentence: the bare form (طالب، طالبا)
        after a number (brackets between) or a word of ``nominal_after`` is a noun (400 طالب،
        لـ (5864) طالباً، وهو طالب: a student), as it is before its own feminine (طالبا وطالبة)."""
        readings = verb_readings(tokens[i])
        if not readings or not i or tokens[i].prefix or tokens[i].stem[:1] in PRESENT_PREFIXES:
            return readings  # وطالب؛ وهو يدعو (a present form listed as its own lemma)
        stem = tokens[i].stem
        bare = stem[:-1] if stem.endswith("ا") else stem
        k = i - 1
        while k > 0 and tokens[k].stem in BRACKETS:
            k -= 1
        prev = tokens[k].stem
        number = prev.removeprefix("و")  # و169 طالب لجوء: the tokenizer keeps و on digits
        counted = prev in self.nominal_after or number.isdigit() and int(number) not in YEARS
        paired = i + 1 < len(tokens) and tokens[i + 1].prefix == "و" and tokens[i + 1].stem == bare + "ه"
        return tuple(r for r in readings if r.lemma not in (stem, bare)) if counted or paired else readings

    def _patterns_at(self, tokens: list[Token], i: int, forms: list[tuple[str, ...]]) -> list[TriggerMatch]:
        """CAMEO patterns of the verb at ``i`` whose words stand in the window (``forms``: noun forms per token)."""
        out: list[TriggerMatch] = []
        seen: set[str] = set()
        windows = {
            "after": {f for fs in forms[i + 1:i + 1 + PATTERN_WINDOW["after"]] for f in fs},
            "before": {f for fs in forms[max(0, i - PATTERN_WINDOW["before"]):i] for f in fs},
        }
        for reading in self._verb_readings(tokens, i):
            if len(reading.lemma) < MIN_PATTERN_LEMMA:  # احد read as حد "limit": too short to trust
                continue
            for pat in self.patterns.get(reading.lemma, ()):
                if pat["type"] in seen:
                    continue
                window = windows[pat["side"]]
                if all(any(w in window for w in alts) for alts in pat["words"]):
                    seen.add(pat["type"])
                    out.append(TriggerMatch(pat["type"], "pattern", i, i + 1, reading.lemma, reading.tense, pat["cameo"]))
        return out

    @staticmethod
    def _rest_matches(tokens: list[Token], start: int, words: list[str]) -> int | None:
        """End index if ``words`` follow from ``start`` (each as a noun form), else None."""
        if start + len(words) > len(tokens):
            return None
        for k, word in enumerate(words):
            if not _word_matches(tokens[start + k], word):
                return None
        return start + len(words)

    def needs_actor(self, m: TriggerMatch) -> bool:
        """Whether an event of this trigger needs a source or a target to be kept: visits and
        help without an actor are mostly tourism and health pages (زيارة المتحف، يساعد)."""
        return m.lemma in self.need_actor.get(m.type, ())

    def needs_target(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """Whether an event of this trigger needs a target to be kept: اعترف with no one
        recognised is an admission (اعترف ياسين بذلك، اعترفت الشركة ... بوجود عيب), unless a
        pronoun right after it stands for who is (لم يعترف بها، لا تعترف بهم)."""
        if m.lemma not in self.need_target.get(m.type, ()):
            return False
        return m.last >= len(tokens) or tokens[m.last].stem not in PRONOUN_OBJECTS

    def _generic(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """An event noun right after a quantifier of ``generic_after`` names no particular event
        (أي اتفاق، كل المساعدات)."""
        return m.kind in ("noun", "phrase") and m.first > 0 and tokens[m.first - 1].stem in self.generic_after

    def _names_body(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """An event noun without a proclitic right after a head of ``body_heads``, maybe across a
        quotation mark, is in construct with it and names a body, an office or its people: منظمات
        الإغاثة، مكتب التحقيقات، حزب «النداء»."""
        k = m.first - 1
        while k > 0 and tokens[k].text in QUOTES:
            k -= 1
        return m.kind in ("noun", "phrase") and k >= 0 and not tokens[m.first].prefix \
            and tokens[k].stem in self.body_heads

    def _cancelled(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """A noun after a word its lemma lists in ``cancel_before`` (among the
        ``NEED_BEFORE_WINDOW`` before it), or a noun or verb before a word of ``cancel_next``, names
        no event of the type: a threat confronted or posed to safety is a danger, no threat made
        (لمواجهة التهديدات، يهدد سلامة الملاحة); an invitation answered is no demand (تلبية لدعوة).
        A word joined by و or ف is no complement (تهديد وإرهاب صحافيين: threats and terror). A
        noun of ``name_next`` before a name (:func:`_name_like`) is that name's other word (مقاطعة
        لياونينغ، بمقاطعة كورام: provinces, no boycotts)."""
        if m.lemma in self.name_next.get(m.type, ()) and m.kind == "noun" and m.last < len(tokens) \
                and _name_like(tokens[m.last].stem):
            return True
        before = self.cancel_before.get(m.type, {}).get(m.lemma)
        if before and m.kind in ("noun", "phrase") and any(
                _word_matches(t, w) for t in tokens[max(0, m.first - NEED_BEFORE_WINDOW):m.first] for w in before):
            return True
        nxt = self.cancel_next.get(m.type, {}).get(m.lemma)
        return bool(nxt) and m.kind in ("noun", "phrase", "verb") and m.last < len(tokens) \
            and tokens[m.last].prefix[:1] not in CONJUNCTIONS and any(_word_matches(tokens[m.last], w) for w in nxt)

    def _followed(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """False for a verb whose type lists words one of which must follow it (بحث ... مع) when
        none does within ``NEED_AFTER_WINDOW`` words."""
        words = self.need_after.get(m.type, {}).get(m.lemma)
        if words is None or m.kind != "verb":
            return True
        return any(words.intersection(noun_forms(t.stem)) for t in tokens[m.last:m.last + NEED_AFTER_WINDOW])

    def _preceded(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """False for a noun whose type lists words one of which must precede it (سجن: حكم، عقوبة)
        when none of the ``NEED_BEFORE_WINDOW`` words before it is one and none is its proclitic
        (بالسجن): without them the noun names a thing or a place (في السجن)."""
        words = self.need_before.get(m.type, {}).get(m.lemma)
        if words is None or m.kind != "noun":
            return True
        return any(c in words for c in tokens[m.first].prefix) or any(
            words.intersection(noun_forms(t.stem)) for t in tokens[max(0, m.first - NEED_BEFORE_WINDOW):m.first])

    def _definite(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """A definite noun: with the article, or in construct with a definite word right after it
        (اتفاق الصخيرات، اتفاق الدائنين: an indefinite noun's adjective is never definite), unless
        the word is also a verb of the type and the definite word its subject (تعهد الطرفان)."""
        if tokens[m.first].stem.startswith("ال"):
            return True
        nxt = tokens[m.last] if m.last < len(tokens) else None
        if nxt is None or nxt.prefix or not nxt.stem.startswith("ال"):
            return False
        return not any(e["type"] == m.type for r in verb_readings(tokens[m.first])
                       for e in self.single_verbs.get(r.lemma, ()))

    def _governed(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """False for a definite noun of a type with governors none of which stands near it: the
        noun then names a thing already done (أدان الاتفاق), not the event (توصلوا إلى الاتفاق)."""
        words = self.governors.get(m.type)
        if not words or m.kind not in ("noun", "phrase") or not self._definite(tokens, m):
            return True
        near = [*range(max(0, m.first - GOVERNOR_WINDOW["before"]), m.first),
                *range(m.last, min(len(tokens), m.last + GOVERNOR_WINDOW["after"]))]
        return any(words.intersection(noun_forms(tokens[j].stem))
                   or any(r.lemma in words for r in verb_readings(tokens[j])) for j in near)

    def _is_blocked(self, tokens: list[Token], m: TriggerMatch) -> bool:
        """Whether a blocked phrase covers the trigger; a phrase of several words that starts
        with the trigger's lemma also covers its inflections (طلبت عدم نشر اسمها for طلب عدم نشر
        اسم); a one-word phrase blocks that word only (ثمن "price", not ثمّنت "she appreciated")."""
        for phrase in self.blocked.get(m.type, ()):
            if len(phrase) > 1 and phrase[0] == m.lemma and self._rest_matches(tokens, m.last, phrase[1:]) is not None:
                return True
            for s in range(max(0, m.first - len(phrase) + 1), m.first + 1):
                end = self._rest_matches(tokens, s, phrase)
                if end is not None and s <= m.first < end:
                    return True
        return False


def _name_like(stem: str) -> bool:
    """Whether a word is a name by its rarity: it and its forms without a possessive or plural
    ending (حليفه: حليف، مرشحي: مرشح، داعمي: داعم) are rarer than ``NAME_FREQ`` in wordfreq
    (لياونينغ، مونتغمري، كورام)."""
    if not stem.isalpha():
        return False
    freqs = word_frequencies()
    forms = [stem] + [stem[:-len(s)] for s in NAME_SUFFIXES if stem.endswith(s) and len(stem) - len(s) >= 2]
    return max(freqs.get(f, 0.0) for f in forms) < NAME_FREQ


@lru_cache(maxsize=1)
def load_lexicon() -> TriggerLexicon:
    """The shipped trigger lexicon (loaded once per process)."""
    return TriggerLexicon(load_json("events", "triggers.json"))
