"""Stage ``events``: PLOVER events (type, mode, trigger, source, target, place, date, evidence).

Per sentence: the trigger lexicon proposes candidate triggers (khabar.coding.lexicon); for the
types the learned detector covers (ASSAULT, PROTEST) it decides whether the sentence really
reports such an event, and where it doubts, who does what in the clause may still decide
(:func:`dyad`, :func:`happening`); arguments come from the actor mentions around the trigger
(khabar.coding.arguments) and the mode from cue words (khabar.coding.modes).
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.coding.arguments import (COUNTRY, VERBAL, Arguments, Group, circumstantial_subject, elaboration_groups,
                                     fill_arguments, governed_by_light_verb, is_place, kin, light_verb_subject,
                                     news_outlets, object_pronoun, past_time_words, possessed, relative_speaker,
                                     sentence_groups, sentence_subject, speaker_acts, speaker_end)
from khabar.coding.cues import Cues, load_cues
from khabar.coding.detector import load_detector, sentence_features
from khabar.coding.lexicon import PARTICIPLE, TriggerMatch, load_lexicon
from khabar.coding.modes import event_mode
from khabar.doc import Actor, Document, Event, Mention, Token, Trigger
from khabar.kb import load_kb
from khabar.kb.keys import ARTICLE, token_lemma, word_key
from khabar.kb.resolve import kb_reading
from khabar.kb.roles import role_lexicon
from khabar.pipeline import register

# confidence of a lexicon-only event by trigger kind (types without a trained detector)
KIND_CONFIDENCE = {"verb": 0.7, PARTICIPLE: 0.7, "phrase": 0.7, "noun": 0.6}
KIND_RANK = {"verb": 0, PARTICIPLE: 0, "phrase": 1, "noun": 2, "pattern": 3, "agent": 4}
STRUCK_GAP = 3  # tokens between an attack trigger and the place after على / ضد it strikes
STAGING_GAP = 2  # words between a verb that stages an event noun and the noun (اندلعت في نواكشوط مظاهرات)
LINK_GAP = 1  # other words than names between an event and the event noun it answers or charges (بشدة)

try:  # the dates stage may offer a per-sentence event date
    from khabar.dates import event_date as _event_date
except ImportError:  # pragma: no cover - depends on which stages are installed
    _event_date = None


NAME_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})


def outside_names(doc: Document, tokens: list[Token], matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Drop trigger words that are part of a name or a place (حركة نداء تونس, تشاد read as تشيد),
    including the dictionary names the NER missed (مجلس التعاون الخليجي, منظمة الأمن والتعاون),
    an organisation's short name (النداء for Nidaa Tounes, named in full before) and the head word
    of a place (cues.yaml ``place_heads``: مقاطعة روستوف is a province, not a boycott; مقاطعة إسرائيل
    is a boycott)."""
    lo, hi = tokens[0].start, tokens[-1].end
    spans = [(e.start, e.end, e.label == "LOC") for e in doc.entities
             if e.label in NAME_LABELS and e.end > lo and e.start < hi]
    mentions = [(m, a) for a in doc.actors for m in a.mentions if m.end > lo and m.start < hi]
    spans += [(m.start, m.end, is_place(a)) for m, a in mentions
              if is_place(a) or m.kind in ("alias", "short_name")]
    if not spans:
        return matches
    # a country after the head word is boycotted (مقاطعة إسرائيل، مقاطعة قطر), no province's name
    countries = {m.start for m, a in mentions if a.id.startswith(COUNTRY)}
    places = {a for a, _, place in spans if place and a not in countries}
    heads = load_cues().place_heads
    return [m for m in matches if not any(a <= tokens[m.first].stem_start < b for a, b, _ in spans)
            and not (tokens[m.first].stem in heads and m.last < len(tokens) and not tokens[m.last].prefix
                     and tokens[m.last].stem_start in places)]  # not الدول المقاطعة لقطر


def outside_offices(tokens: list[Token], matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Drop trigger words inside a minister's or ministry's portfolio (وزير التخطيط والتعاون
    الدولي، وزارة التضامن الاجتماعي): the office's name, not an event (roles.yaml ``offices``)."""
    roles = role_lexicon()
    triggers = {m.first for m in matches}
    inside: set[int] = set()
    for h, head in enumerate(tokens):
        if word_key(head.stem) in roles.office_heads:
            inside.update(range(h + 1, roles.office_end(tokens, h + 1, len(tokens), triggers.__contains__)))
    return [m for m in matches if m.first not in inside] if inside else matches


def outside_accidents(tokens: list[Token], matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Drop the casualty triggers of a sentence that names an accident or a disaster and no attack
    (لقي 11 شخصا مصرعهم وأصيب 40 آخرون إثر انقلاب حافلة): the dead were not attacked (cues.yaml
    ``accidents``)."""
    cues = load_cues()
    own = [m for m in matches if m.type in cues.accident_types]
    if not own or any(m.lemma not in cues.accident_casualties for m in own):
        return matches
    lemmas = [token_lemma(t) for t in tokens]
    if not any(tuple(lemmas[k:k + len(cause)]) == cause
               for cause in cues.accident_causes for k in range(len(lemmas) - len(cause) + 1)):
        return matches
    return [m for m in matches if m.type not in cues.accident_types]


def off_topic(tokens: list[Token]) -> str | None:
    """The topic of no politics an article is about (cues.yaml ``topics``: sports, technology,
    fashion, health, arts, food, stock markets), when enough of its Arabic words are that topic's,
    with or without the article, and none of the words that keep such a page political (refugees a
    clinic treats)."""
    cues = load_cues()
    words = [t.stem for t in tokens if t.stem[:1].isalpha()]

    def listed(word: str, wordlist: frozenset[str]) -> bool:
        return word in wordlist or word.startswith("ال") and word[2:] in wordlist

    for name, (topic_words, least, share, unless) in cues.topics.items():
        hits = sum(1 for w in words if listed(w, topic_words))
        if hits >= least and hits >= share * len(words) and not any(listed(w, unless) for w in words):
            return name
    return None


def rank(tokens: list[Token], match: TriggerMatch, cues: Cues) -> int:
    """How well a trigger word stands for its sentence's event of its type (lower is better): a
    verb before a phrase before a noun (KIND_RANK), but an event noun that is a light verb's
    object ranks as the verb it is in all but form (المتمردين شنوا الهجوم ... بسيارة مفخخة يقودها
    انتحاري: the rebels' attack, not the car bomb whose driver it names)."""
    return KIND_RANK["verb"] if governed_by_light_verb(tokens, match, cues) else KIND_RANK[match.kind]


def select_triggers(tokens: list[Token], matches: list[TriggerMatch]
                    ) -> tuple[list[tuple[TriggerMatch, float]], list[tuple[TriggerMatch, float]]]:
    """The triggers that become events, each with its confidence, in text order; and the verb,
    noun and phrase triggers of a ``dyad_types`` or ``happening_types`` type the detector did not
    accept, with its probability: they become events only if their own clause names an armed
    source and a target (:func:`dyad`) or reports them happening (:func:`happening`)."""
    detector = load_detector()
    cues = load_cues()
    chosen: list[tuple[TriggerMatch, float]] = []
    held: list[tuple[TriggerMatch, float]] = []
    for etype in dict.fromkeys(m.type for m in matches):
        own = [m for m in matches if m.type == etype]
        if detector.covers(etype):
            p = detector.probability(etype, sentence_features(tokens, matches, etype))
            if p >= detector.threshold(etype):
                # a negated trigger stands for the sentence's event only when every one is (شهدت
                # محافظات مظاهرات ... لحث الأهالي على عدم النزول إلى الشارع: the protests held)
                best = min(own, key=lambda m: (event_mode(tokens, m) == "negated", rank(tokens, m, cues), m.first))
                chosen.append((best, p))
            elif etype in cues.dyad_types or etype in cues.happening_types:
                held += [(m, p) for m in own if m.kind in ("verb", "noun", "phrase")]
            continue
        # CAMEO patterns only propose candidates to the detector: alone they are mostly light
        # verbs in other senses (وصل إلى, قام ب, دفع إلى; docs/events.md)
        curated = [m for m in own if m.kind not in ("agent", "pattern")]
        modes: set[str] = set()
        for m in sorted(curated, key=lambda m: m.first):
            mode = event_mode(tokens, m)
            if mode not in modes:  # one event per type and mode in a sentence (التقى ... وبحثا)
                modes.add(mode)
                chosen.append((m, KIND_CONFIDENCE[m.kind]))
    return sorted(chosen, key=lambda c: c[0].first), held


def dyad(doc: Document, tokens: list[Token], groups: list[Group], held: list[tuple[TriggerMatch, float]],
         chosen: list[tuple[TriggerMatch, float]], positions: list[int]) -> list[tuple[TriggerMatch, float]]:
    """The held triggers whose own clause says who does what to whom: an armed source
    (cues.armed_sectors) and a target or a place struck, in an asserted or reported mode (قصفت
    الطائرات الروسية مواقع المعارضة، غارات على قطاع غزة); an event noun only as the object of a
    light verb, whose subject is its source (شنت مقاتلات التحالف غارات على مواقع الحوثيين), or as
    a reciprocal noun whose sides follow بين (اشتباكات بين الجيش ومسلحين). The detector, fit on
    the GSR's long candidate sentences, scores such short plain reports under its threshold; the
    argument structure is the evidence. One per type."""
    cues = load_cues()
    kept: list[tuple[TriggerMatch, float]] = []
    for match, p in held:
        if match.type not in cues.dyad_types or any(m.type == match.type for m, _ in kept) \
                or event_mode(tokens, match) not in cues.dyad_modes \
                or match.kind != "verb" and match.lemma not in cues.reciprocal \
                and not light_verb_subject(tokens, groups, match, cues):
            continue
        args = _trial_arguments(tokens, groups, match, chosen, positions)
        armed = any((a := doc.actor(i)) is not None and a.sector in cues.armed_sectors for i in args.source)
        # a target, or a place struck: على / ضد a place right after the trigger (غارات على قطاع غزة)
        if armed and (args.target or any(g.place and g.marker in cues.struck_preps
                                         and match.last <= g.first <= match.last + STRUCK_GAP for g in groups)):
            kept.append((match, p))
    return kept


def happening(doc: Document, tokens: list[Token], groups: list[Group], held: list[tuple[TriggerMatch, float]],
              chosen: list[tuple[TriggerMatch, float]], positions: list[int]) -> list[tuple[TriggerMatch, float]]:
    """The held triggers of a ``happening_types`` type whose clause reports the event happening,
    done by people: a verb of demonstrating that opens its clause and names no doer but
    demonstrators or a counted crowd (واعتصم المتظاهرون قرب محطة لتوليد الطاقة، وتظاهر آلاف الأكراد
    أمس), or an event noun or phrase after a verb that stages it and opens its clause, with no other
    doer (وفي غضون ذلك، اندلعت في نواكشوط مظاهرات، ونزل المتظاهرون الى الشوارع). The detector, fit on
    the GSR's long sentences, scores such plain reports under its threshold, and a protest's own
    words (هتف، رفعوا لافتات) in its other sentences over it; where the protest stands in its sentence
    is the evidence. One per type."""
    cues = load_cues()
    kept: list[tuple[TriggerMatch, float]] = []
    for match, p in held:
        if match.type not in cues.happening_types or any(m.type == match.type for m, _ in kept) \
                or event_mode(tokens, match) not in cues.dyad_modes:
            continue
        if match.kind == "verb":  # demonstrating takes no object (تجمعه بأعضاء كتلته: brings them together)
            head = match.first if match.lemma in cues.demonstrating and not object_pronoun(tokens, match) else None
        else:
            head = next((j for j in range(match.first - 1, max(-1, match.first - STAGING_GAP - 2), -1)
                         if tokens[j].stem in cues.staging_verbs), None)
        if head is None or not _opens_clause(tokens, head):
            continue
        args = _trial_arguments(tokens, groups, match, chosen, positions)
        if not args.source and match.kind == "verb" and not _crowd_after(tokens, match.last, cues):
            continue
        if all((a := doc.actor(i)) is not None and not i.startswith(COUNTRY) and _demonstrators(a, cues)
               for i in args.source):
            kept.append((match, p))
    return kept


def _demonstrators(actor: Actor, cues: Cues) -> bool:
    """Whether an actor may be the crowd of a protest: one of ``demonstrator_sectors``, or a
    country's people named by its adjective, which has no sector by CAMEO's convention (تظاهر مئات
    الكوريين الجنوبيين; scan.yaml ``people_sector``)."""
    return actor.sector in cues.demonstrator_sectors or actor.type == "GROUP" and actor.sector is None


def _crowd_after(tokens: list[Token], j: int, cues: Cues) -> bool:
    """Whether a crowd is counted at ``j``, maybe after words of time: a number or one of
    ``crowd_counts`` (تظاهر أمس عشرات، تجمع نحو 50 شخصا), the unnamed subject of a verb of
    demonstrating."""
    j = past_time_words(tokens, j, cues)
    return j < len(tokens) and (tokens[j].stem[:1].isdigit() or tokens[j].stem in cues.crowd_counts)


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether the verb at ``j`` opens its clause: the sentence's first word, one carrying و or ف,
    or one after a punctuation mark (وفي غضون ذلك، اندلعت); not one after a relative, a
    complementiser, قد or a noun (المتظاهرين الذين تجمعوا، وكانت مظاهرات اخرى قد انطلقت)."""
    return j == 0 or tokens[j].prefix.startswith(("و", "ف")) or not tokens[j - 1].stem[:1].isalnum()


def _trial_arguments(tokens: list[Token], groups: list[Group], match: TriggerMatch,
                     chosen: list[tuple[TriggerMatch, float]], positions: list[int]) -> Arguments:
    """A held trigger's arguments up to the next chosen trigger, as a trial: the groups' marks
    stay as they were."""
    bound = min((m.first for m, _ in chosen if m.first > match.first), default=len(tokens))
    marks = [g.used_as_target for g in groups]
    args = fill_arguments(tokens, groups, match, bound, [], positions)
    for g, mark in zip(groups, marks):
        g.used_as_target = mark
    return args


def called_on(events: list[Event]) -> None:
    """Give an event called for in its sentence the party called on as its source: the target of
    the request before it (دعا ظريف دول الخليج إلى التعاون مع طهران: the Gulf states are to
    cooperate, not Zarif), where the request names one and the event had the caller or no one."""
    for k, event in enumerate(events):
        if event.mode != "called_for":
            continue
        request = next((r for r in reversed(events[:k]) if r.type == "REQUEST"), None)
        if request is None or not request.target or event.source not in ([], request.source):
            continue
        source = [i for i in request.target if i not in event.target]
        if source:
            event.source = source
            event.attrs["source_from"] = "called_on"


@register("events")
class EventsStage:
    name = "events"
    requires: tuple[str, ...] = ("tokens", "sentences", "actors")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, code_topics: Sequence[str] = ()) -> None:
        self.lexicon = load_lexicon()
        self.detector = load_detector()
        self.cues = load_cues()
        self.kb = load_kb()
        self.code_topics = frozenset(code_topics)

    def _stand_in_mention(self, doc: Document, actor_id: str, first: Token, last: Token, kind: str) -> None:
        """A mention of a country on a word that stands for it, its adjective (أميركية) or its seat
        of government (موسكو), the actor made from the knowledge base when the text names the
        country nowhere else (without the geo stage's coordinates)."""
        actor = doc.actor(actor_id)
        if actor is None:
            actor = kb_reading(self.kb.get(actor_id), doc.date).to_actor()
            doc.actors.append(actor)
        if not any(m.start == first.stem_start for m in actor.mentions):
            actor.mentions.append(Mention(first.stem_start, last.end, doc.text[first.stem_start:last.end], kind))
            actor.mentions.sort(key=lambda m: m.start)

    def _acting(self, tokens: list[Token], groups: list[Group], match: TriggerMatch, subject: list[str],
                speaker: int | None, verb_source: list[str], judged: tuple[int, int] | None = None) -> list[str]:
        """The subject a trigger's event may take as its source: the sentence's, but for a
        circumstantial participle (، متهما الدوحة) its main clause's: the speaker before a
        complementiser; else the source of the verb event before it (قطعت السعودية ومصر ...
        العلاقات مع قطر ...، متهمة الدوحة: the countries, which the sentence's subject, places,
        does not name; يشار إلى أن الجبهة ... اتهمت ...، مطالبة); else none after an unnamed
        speaker's complementiser, and the sentence's subject elsewhere. No source comes from
        another sentence: of the sources carried from the sentence before into one without a
        subject, about two in three were wrong (docs/benchmarks.md, thirty-fifth session). An
        event noun in the token span ``judged``, the object of a verb that judges (cues.yaml ``judging``), is
        not its judge's (أدانت الرئاسة الفلسطينية حكم محكمة إسرائيلية بسجن طفل), but for one with a
        possessive (وأدان الحزب العملية معبرا عن رفضه: the party's); nor is one right after a word
        of fighting it (cues.yaml ``combat_words``: محاربة التهريب) or of a cell it is the purpose of
        (``unit_nouns``: بخلية لدعم الجماعات الإرهابية); one announced in a relative
        clause is its antecedent's (:func:`relative_speaker`)."""
        if judged and judged[0] <= match.first < judged[1] and match.kind not in VERBAL \
                and not possessed(tokens[match.first], match):
            return []
        if match.first and tokens[match.first - 1].stem in self.cues.combat_words:
            return []  # في إطار محاربة التهريب: smuggling is fought, not done, by the subject
        if match.first and match.kind not in VERBAL and tokens[match.first - 1].stem in self.cues.unit_nouns:
            return []  # الإطاحة بخلية لدعم الجماعات الإرهابية: the cell's support, not the army's
        relative = None if match.kind in VERBAL else relative_speaker(tokens, groups, match)
        if relative is not None:
            return relative  # ومصر التي أعلنت قطع علاقاتها: Egypt, not the sentence's subject
        if match.kind != PARTICIPLE:
            return subject if speaker_acts(tokens, match, speaker) else []
        main = circumstantial_subject(tokens, groups, match)
        return main or verb_source or (subject if main is None else [])

    def _clause_end(self, tokens: list[Token], matches: list[TriggerMatch], start: int) -> int:
        """Where the clause going on at token ``start`` ends: at the next verb trigger, clause
        break (cues.yaml ``clause_breaks``) or word of saying (مؤكدا), else at the sentence's end."""
        verbs = [m.first for m in matches if m.kind in VERBAL and m.first >= start]
        breaks = [j for j in range(start, len(tokens)) if tokens[j].stem in self.cues.clause_breaks
                  or tokens[j].stem in self.cues.modes["reported"]]
        return min([*verbs, *breaks, len(tokens)])

    def _answered(self, tokens: list[Token], groups: list[Group], match: TriggerMatch,
                  answers: list[tuple[int, frozenset[str], list[str]]]) -> list[str]:
        """The source of the sentence's last answering event (cues.yaml ``answered``: a denial) when
        the trigger is an event noun of a type it answers, right after it: the answerer is its
        target (وتنفي قطر بشدة هذه الاتهامات: Qatar is accused); else []."""
        if match.kind in VERBAL or not answers:
            return []
        end, types, source = answers[-1]
        if match.type not in types or end > match.first:
            return []
        return source if self._right_after(tokens, groups, end, match.first) else []

    def _charged(self, tokens: list[Token], groups: list[Group], match: TriggerMatch,
                 charges: dict[int, tuple[list[str], list[str]]]) -> tuple[list[str], list[str]] | None:
        """The accused and the accusers of the sentence's last charging event (cues.yaml
        ``charging_types``) when the trigger is an event noun after ب right after it, the charge
        (اتهام السعودية لقطر بدعم الإرهاب: Qatar's alleged support; no accused where a pronoun or
        the passive leaves them unnamed); else None."""
        if match.kind in VERBAL or match.type in self.cues.charging_types or not tokens[match.first].prefix.endswith("ب"):
            return None
        end = max((e for e in charges if e <= match.first), default=None)
        if end is None or not self._right_after(tokens, groups, end, match.first):
            return None
        return charges[end]

    def _right_after(self, tokens: list[Token], groups: list[Group], end: int, first: int) -> bool:
        """Whether only names, words of ``link_between`` and ``LINK_GAP`` other words stand
        between an event's trigger (ending at ``end``) and a later trigger at ``first``."""
        others = [j for j in range(end, first) if tokens[j].stem[:1].isalpha()
                  and tokens[j].stem not in self.cues.link_between and not any(g.first <= j < g.last for g in groups)]
        return len(others) <= LINK_GAP

    def __call__(self, doc: Document) -> Document:
        doc.events = []
        topic = off_topic(doc.tokens)
        if topic is not None:
            doc.meta["topic"] = topic
            if topic not in self.code_topics:
                return doc  # a match is no meeting, an app that helps no aid (cues.yaml, topics)
        participants: list[str] = []
        with_parties: set[str] = set()  # types the document has coded an event with a party of
        for si, sent in enumerate(doc.sentences):
            tokens = doc.tokens[sent.token_start:sent.token_end]
            matches = self.lexicon.match(tokens) if tokens else []
            if matches:
                matches = outside_accidents(tokens, outside_offices(tokens, outside_names(doc, tokens, matches)))
            if not matches:
                continue
            chosen, held = select_triggers(tokens, matches)
            if not chosen and not held:
                continue
            groups = sentence_groups(doc, si, tokens, participants)
            positions = sorted({m.first for m in matches})
            dyads = dyad(doc, tokens, groups, held, chosen, positions) + \
                happening(doc, tokens, groups, held, chosen, positions) if held else []
            if dyads:
                chosen = sorted(chosen + dyads, key=lambda c: c[0].first)
            if not chosen:
                continue
            subject = sentence_subject(tokens, groups, chosen[0][0]) or []
            verb_source: list[str] = []  # the source of the sentence's last verb event so far
            answers: list[tuple[int, frozenset[str], list[str]]] = []  # (end, types answered, source)
            # where each charging trigger ends -> the accused and the accusers (none known for a
            # trigger coded in no event of its own: one event per type and mode)
            charges = {m.last: ([], []) for m in matches if m.type in self.cues.charging_types
                       and m.kind not in ("pattern", "agent")}  # CAMEO patterns only propose
            speaker = speaker_end(tokens, groups, chosen[0][0]) if subject else None
            elaboration = elaboration_groups(tokens, groups)
            date = _event_date(doc, si) if _event_date else doc.date
            evidence = doc.text[sent.start:sent.end]
            elaborated = max((k for k, (m, _) in enumerate(chosen) if elaboration and m.first < elaboration[0]),
                             default=None)
            judged: tuple[int, int] | None = None  # the object of a verb that judges, as a token span
            first_event = len(doc.events)
            for k, (match, confidence) in enumerate(chosen):
                bound = chosen[k + 1][0].first if k + 1 < len(chosen) else len(tokens)
                args = fill_arguments(tokens, groups, match, bound,
                                      self._acting(tokens, groups, match, subject, speaker, verb_source, judged),
                                      positions)
                for other in (m for m in matches if m.type == match.type and m.first != match.first):
                    if args.source and args.target:
                        break
                    # the sentence's other words of the type: انفجرت ... مما أدى إلى مقتل عشرة أشخاص
                    # استهدفت غارة: the raid's own source only (ضربات جوية أمريكية), no other word's,
                    # nor the sentence's subject (قالت: «... بفعل قذيفة انفجرت: not the speaker's)
                    own = other.first == args.subject_noun
                    more = fill_arguments(tokens, groups, other, bound if other.first < bound else len(tokens),
                                          [] if own else self._acting(tokens, groups, other, subject, speaker,
                                                                      verb_source, judged),
                                          positions)
                    if not args.source and args.target and other.lemma in self.cues.reciprocal \
                            and other.first and tokens[other.first - 1].stem in self.cues.amid \
                            and other.last < len(tokens) and tokens[other.last].stem == "مع":
                        # قتل جندي تركي في اشتباكات مع تنظيم داعش: the other side of the clash did it
                        args.source = [i for i in more.target if i not in args.target]
                    if not args.source and (args.subject_noun is None or own):
                        args.source = [i for i in more.source if i not in args.target]
                        args.adjectives = more.adjectives
                    args.target = args.target or [i for i in more.target if not kin(i, args.source)]
                    args.seats = {**more.seats, **args.seats}
                if elaboration:
                    cue, ids = elaboration
                    if k == elaborated:  # the last event before خصوصا: its target is elaborated
                        args.target += [i for i in ids if i not in args.target and i not in args.source]
                    elif match.first < cue:  # not an earlier one's; a later one names its own
                        # (سبعة أشخاص، بينهم شرطيان، أصيبوا: the policemen were wounded)
                        args.target = [i for i in args.target if i not in ids]
                mode = event_mode(tokens, match)
                answerer = self._answered(tokens, groups, match, answers)
                if answerer:  # نفى أوباما اتهامات ترامب: Trump accuses Obama; one accused after ل stays
                    # accused (رفض رئيس الوزراء التركي اتهامات لبلاده: Turkey, which had been the accuser)
                    accused = {i for g in groups if g.first >= match.last and g.marker in self.cues.genitive_object_preps
                               for i in g.ids} - set(answerer)
                    args.source = [i for i in args.source + args.target if i not in answerer and i not in accused]
                    args.target = list(answerer) + [i for i in args.target if i in accused]
                charge = self._charged(tokens, groups, match, charges)
                if charge is not None:  # اتهام السعودية لقطر بدعم الإرهاب: Qatar's alleged support
                    accused, accusers = charge
                    # with the accused unnamed (واتهم بدعم نظام بن علي: Sarkozy, the sentence's
                    # subject), the charge keeps its own source but the accusers
                    args.source = list(accused) or [i for i in args.source if i not in accusers]
                    args.target = [i for i in args.target if i not in accused]
                    mode = "reported"
                if match.type in self.cues.charging_types:  # recorded even if it names no party itself
                    charges[match.last] = (args.target, args.source)
                place_target = not args.target and match.type in self.cues.place_target_types \
                    and (args.location or "").startswith(COUNTRY) and args.location not in args.source
                if place_target:  # an attack in a country naming no other target: the country
                    args.target = [args.location]
                # with no party: a form that needs one (زيارة المتحف), or a lexicon-only type whose
                # subject names no actor (ويدعم التطبيق أكثر من 140 بلدا، يتفق الخبراء على): no politics
                if not args.source and not args.target and (
                        self.lexicon.needs_actor(match) or args.subject_no_actor and not self.detector.covers(match.type)):
                    continue
                if not args.target and self.lexicon.needs_target(tokens, match):  # اعترف ... بذلك: an admission
                    continue
                if match.type in self.cues.press_types:
                    interview, media = news_outlets(tokens, groups, match)
                    if media & set(args.source) or interview & set(args.target):
                        continue  # التقت «الشرق الأوسط» الشابين، في لقاء خص به «الشرق الأوسط»: reporting
                    args.target = [i for i in args.target if i not in media]  # وكالة أنباء إيرانية عن ... المحادثات
                if not args.source and not args.target and match.type in with_parties \
                        and match.kind == "noun" and tokens[match.first].stem.startswith(ARTICLE):
                    continue  # وتم خلال اللقاء ...: the meeting coded before, or any such event
                if args.source or args.target:
                    with_parties.add(match.type)
                first, last = tokens[match.first], tokens[match.last - 1]
                start = first.start if match.whole else first.stem_start
                event = Event(
                    type=match.type,
                    trigger=Trigger(start, last.end, doc.text[start:last.end]),
                    sentence=si,
                    source=args.source,
                    target=args.target,
                    # the denial's negator does not negate the accusation denied (نفت قطر الاتهامات)
                    mode="asserted" if answerer and mode == "negated" else mode,
                    location=args.location,
                    date=date,
                    confidence=confidence if args.source else confidence * 0.8,
                    evidence=evidence,
                )
                if match.cameo:
                    event.attrs["cameo"] = match.cameo
                if any(match is m for m, _ in dyads):
                    event.attrs["detected_by"] = "arguments"  # the dyad or happening rule, not the detector
                if place_target:
                    event.attrs["target_from"] = "location"
                adjectives = {i: j for i, j in args.adjectives.items() if i in args.source}
                for actor_id, j in adjectives.items():
                    self._stand_in_mention(doc, actor_id, tokens[j], tokens[j], "adjective")
                if adjectives:
                    event.attrs["source_from"] = "adjective"
                for actor_id, (a, b) in args.seats.items():
                    if actor_id in args.source or actor_id in args.target:
                        self._stand_in_mention(doc, actor_id, tokens[a], tokens[b - 1], "seat")
                doc.events.append(event)
                if match.kind in VERBAL and args.source:
                    verb_source = args.source
                if match.kind in VERBAL and match.lemma in self.cues.judging:
                    judged = (match.last, self._clause_end(tokens, matches, match.last))
                if match.type in self.cues.answered and args.source:
                    answers.append((match.last, self.cues.answered[match.type], args.source))
                if match.type == "CONSULT" and args.source and args.target:
                    participants = args.source + [i for i in args.target if i not in args.source]
            called_on(doc.events[first_event:])
        return doc
