"""Source, target and place of an event from the actor mentions around its trigger.

The actors stage gives each actor its mentions (names, titles, agent nouns such as الشرطة,
anaphora such as الحركتان, which may point to several actors). Here they become token-level
*groups* in a sentence, each with a marker: the preposition that introduces it (from the
token's proclitic ب/ل or a preceding word such as مع، على، إلى، ضد، في). Rules, by trigger kind:

* verb (Arabic is mostly verb-subject-object): source = the first unmarked group right after
  the verb, else the nearest unmarked group before it (subject-verb order); target = the next
  group after the verb (and its source), marked or not, with the groups coordinated with it,
  not across a complementiser (واعدة بأن الولايات المتحدة ستساعد: another clause's subject).
  A country named bare next to the verb is a party there (واتهمت باكستان الهند), the place
  elsewhere; as a verb-first subject only when the verb agrees with it. Words between a
  complementiser and the verb are its subject, an actor or not (إن مشروعي القناة سيساعدان مصر),
  and so is a definite noun right after the verb that names no actor (وطلبت النيابة توقيف الشبان).
* noun (masdar, and the multi-word trigger phrases: سيارة مفخخة): source = a country adjective
  qualifying it (ضربة جوية أميركية: the state that acts), else the subject of a light verb whose
  object it is (نفذت القوات الأميركية ضربة), else the sentence's subject (first unmarked group
  before the trigger that is not another event's target); target = the group that follows
  within a few words (idafa: دعم خطوات أسرانا) and its coordinated groups; for an attack that
  names none, the group a casualty noun governs (مقتل ستة اشخاص).
* a sentence without its own subject takes the source of an event up to two sentences back
  (carried over, but not carried on from there), unless its first event is reported after a
  speaker and a complementiser;
  a participants word (المجتمعون، الطرفان، الحركتان) with no actor mention stands for the
  participants of the last CONSULT event.
* groups after an elaboration word (خصوصا، لا سيما) join the target of the first event before
  it: الشكر ... لكل من يدعم ...، خصوصا إيران وحزب الله.
* place: a place actor introduced by في/بـ nearest to the trigger, else any in the sentence.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from khabar.coding.cues import Cues, load_cues
from khabar.coding.lexicon import (FRONTED_WORDS, OBJECT_SUFFIXES, PARTICIPLE, YEARS, TriggerMatch, analyze, load_lexicon,
                                   noun_forms)
from khabar.doc import Actor, Document, Token
from khabar.kb import load_kb
from khabar.kb.keys import ARTICLE, token_key, token_lemma
from khabar.kb.records import Agent
from khabar.kb.resolve import STATE_SECTORS
from khabar.kb.roles import ORG_PART_WORDS, role_lexicon
from khabar.lang.ar import COMMAS, CONJUNCTIONS, QUOTES

PLACE_TYPES = frozenset({"LOC", "PLACE", "LOCATION", "GPE", "COUNTRY", "CITY", "REGION", "FAC"})
SOURCE_GAP = 8  # tokens between a verb and its subject
TARGET_GAP = 6  # tokens between trigger (or source) and target
CONSTRUCT_WORDS = 2  # words of a prepositional object in construct between a verb and a group
PRESS_REACH = 4  # words between a meeting noun and the news outlet that holds the interview (لقاء أجرته معه جريدة «الشرق الأوسط»)
DATELINE_WORDS = 3  # words of the city before a news medium in a dateline (غواتيمالا سيتي - «الشرق الأوسط»:)
CLAIM_REACH = 12  # words between a claiming verb and "its responsibility" (أعلن تنظيم داعش في بيان نشر اليوم، مسؤوليته)
LIGHT_VERB_WORDS = 2  # words before an event noun (or the subject before it) in which its light verb stands
KILLER_REACH = 2  # words between a counted subject and the count of its objects (victims, targets)
PURPOSE_GAP = 3  # words between a purpose word (احتجاجا على) and the protest's target
COUNTRY = "country."  # id prefix of countries: places that can be a protest's target
DAMMA = "\u064f"  # the vowel of a passive's first letter (قُتل)
PLURAL_ENDINGS = ("ون", "ين", "ات")  # a noun's plural endings (الصحفيين; not ان: الفنان is one artist)
RESUMED_ADJECTIVES = 2  # definite adjectives between a relative's antecedent and the pronoun
COORD_GAP = 3  # tokens between coordinated groups (حماس والجهاد)
PLURAL_SUFFIXES = ("وا", "ون")  # of a verb's plural subject (سرقوا، يهاجمون)
NISBA_PLURALS = ("يين", "يون", "يه")  # a group's adjective of belonging (الحوثيين، الحوثيون، الحوثيه)
PLURAL_NOUNS = ("ين", "ون", "ات")  # sound plurals a plural verb describes (مسلحين هاجموا)
UNDERGONE_GAP = 1  # words between a verb of undergoing and the event it governs (تعرض أيضا لانتقادات)
CHAIR_REACH = 10  # words between a meeting noun and the برئاسة that names its chair
PERFORM_GAP = 2  # words between an event noun and the verb of doing after it (الزيارة التي قام بها)
SPEECH_GAP = 3  # tokens between a verb of saying and its subject
STATEMENT_REACH = 12  # words between a text's noun and the verb of its فيه (لطلب صادر عن ... تطالب فيه)
FORCE_ADJECTIVES = 2  # adjectives between forces and the word of their loyalty (القوات العسكرية الموالية)
TITLE_GAP = 10  # characters between a title standing alone and its organisation (لجماعة before حزب الله)
TITLE_REACH = 80  # characters between a person's title and name (الأمين العام لحزب الله اللبناني، حسن نصر الله)
NOT_ACTORS = frozenset({"MISC", "EVENT"})  # named things that do nothing (الإسلام, a named war)
AGENT = "agent"  # marker of a group after من قبل / على يد
ATTRIBUTION = "attribution"  # marker of a group after بحسب / وفقا ل / نقلا عن: who tells, not who acts
ALONGSIDE = "alongside"  # marker of a group after إلى جانب: on the side of the clause's subject, no object
ADJECTIVE_GAP = 2  # other adjectives between an event noun and its country adjective (ضربة جوية أميركية)
ADJECTIVE_ENDINGS = ("ي", "ه", "ا")  # normalised endings of the adjectives skipped (جوية، انتحاري، عنيفا)
VERBAL = ("verb", "pattern", PARTICIPLE)  # kinds read as verbs (verb-subject-object); phrases are nouns (سيارة مفخخة)
PREVERBAL_GAP = 2  # words between a fronted subject and قد (وكانت قوة إسرائيلية خاصة قد اقتحمت)
RESULT_WINDOW = 6  # words from a verb of result to the casualty (وأدى إلى وفاة شرطي وجرح شخصين)
OBLIQUE_LENGTH = 7  # letters of a definite plural in ـين at least (المسلحين; not الصين، الحسين)
AGENT_VERB_REACH = 3  # words between an event noun and the verb naming its agent (الهجوم الانتحاري الذي نفذه)
COUNT_WORDS = 3  # words between a count and the group it counts (عدد من عناصر تنظيم «داعش»)
BETWEEN_REACH = 4  # words between a reciprocal noun and its بين (اجتماع في البيت الأبيض بين)
OCCURRING_REACH = 8  # the same after a verb of taking place (اشتباكات دارت منتصف ليل أمس (الأول) بين)
LAM_PRONOUNS = frozenset("ل" + s for s in OBJECT_SUFFIXES)  # لنا، لهم: an object with ل the tokenizer keeps whole
CHARGE_REACH = 3  # tokens after the accused in which the charge stands (اتهام النواب أو بعضهم بالإرهاب)
NUMBERING = frozenset({"-", "–", ".", ")", ":"})  # marks of a numbered item that may open a sentence (5- مصر تدين)
RESUMPTIVE = ("ه", "ها", "هم", "هما", "هن")  # a verb's third-person object pronouns (التي تدعمها)
POSSESSIVES = ("ها", "هم", "هما", "هن")  # the possessives a noun's spelling tells (ه is also the ta marbuta)
SIDE_MARKERS = ("مع", "ضد")  # the prepositions of the other side after a signer (الاتفاق الذي أبرمته إيران مع)
TITLE_BODY_WORDS = 3  # a title and the body it heads before في and its organisation (رئيس اللجنة الثقافية)
RELATIVE_REACH = 2  # words between a relative pronoun and a group in its clause (التي يأتيها جيش الاحتلال)
AMBIGUOUS_RELATIVES = ("من", "ما")  # relatives that are also a preposition and "what" (من يدعم، من الجيش)
ON = "علي"  # the preposition على as tokens spell it normalised
POSTING_PREPS = ("الي", "لدي")  # إلى and لدى as tokens spell them normalised: the place a title is held at
GIVER_WORDS = 2  # indefinite words in construct between من and a giver's name (بدعم من بعض نواب المعارضة)


def is_place(actor: Actor) -> bool:
    """A place: typed as one, or given coordinates by the geo stage."""
    return (actor.type or "").upper() in PLACE_TYPES or "lat" in actor.attrs


@dataclass
class Group:
    """Actor mentions on one span, as token indices within the sentence."""

    first: int
    last: int
    ids: list[str]
    place: bool
    marker: str = ""
    used_as_target: bool = field(default=False)
    # a country named with no preposition (انتقدت روسيا تركيا): the state when it is a verb's
    # subject or object, else the place
    bare_state: bool = False
    # the country whose seat of government the group names (موسكو: country.RUS), for bare_state
    seat: str | None = None
    person: bool = False  # every actor of the group is a person
    armed: bool = False  # some actor of the group is of an armed sector (cues.armed_sectors)
    state: bool = False  # some actor of the group is a state organ (government, army, police ...)
    media: bool = False  # every actor of the group is a news medium (sector MED, no person)
    organisation: bool = False  # every actor of the group is an organisation (type ORG)
    generic: bool = False  # every actor of the group is a group named by a common noun (type GROUP)
    civilian: bool = False  # every actor of the group is a person or a civilian group (sector CVL)
    # a person with the title and organisation read beside the name: its ids are those, not the
    # other mentions inside it (the body a bloc sits in: رئيس كتلة نداء تونس بمجلس نواب الشعب)
    titled: bool = False


@dataclass
class Arguments:
    source: list[str]
    target: list[str]
    location: str | None
    # countries named only by an adjective of the trigger (id -> token index in the sentence): the
    # events stage gives them a mention there, as no actor mention covers the word
    adjectives: dict[str, int] = field(default_factory=dict)
    # countries named by their seat of government (id -> token range in the sentence: أعلنت
    # موسكو), given a mention there by the events stage in the same way
    seats: dict[str, tuple[int, int]] = field(default_factory=dict)
    # the verb's subject is a phrase that names no actor (ويدعم التطبيق، يتفق الخبراء)
    subject_no_actor: bool = False
    # ... an event noun right after it (استهدفت غارة أخرى رتلا) or before it (غارة أميركية استهدفته):
    # its token index; no other word of the sentence lends the verb a source
    subject_noun: int | None = None


def sentence_groups(doc: Document, s_index: int, tokens: list[Token], anaphora: list[str]) -> list[Group]:
    """Mention groups of sentence ``s_index``; ``anaphora`` stands for unmentioned participant words."""
    cues = load_cues()
    sent = doc.sentences[s_index]
    starts = [t.start for t in tokens]
    spans: dict[tuple[int, int], Group] = {}
    for actor in doc.actors:
        if (actor.type or "").upper() in NOT_ACTORS:
            continue
        place = is_place(actor) and not actor.sector
        seat = COUNTRY + actor.attrs["seat_of"] if place and actor.attrs.get("seat_of") else None
        person = (actor.type or "").upper() == "PER"
        armed = actor.sector in cues.armed_sectors
        media = actor.sector == "MED" and not person
        civilian = person or actor.sector == "CVL"
        organisation = (actor.type or "").upper() == "ORG"
        generic = (actor.type or "").upper() == "GROUP"
        for m in actor.mentions:
            if not sent.start <= m.start < sent.end:
                continue
            first = max(0, bisect_right(starts, m.start) - 1)
            last = max(first + 1, bisect_right(starts, m.end - 1))
            g = spans.setdefault((first, last), Group(first, last, [], place, seat=seat, person=person, media=media,
                                                      civilian=civilian, organisation=organisation,
                                                      generic=generic))
            if actor.id not in g.ids:
                g.ids.append(actor.id)
            g.place = g.place and place
            g.person = g.person and person
            g.civilian = g.civilian and civilian
            g.armed = g.armed or armed
            g.state = g.state or actor.sector in STATE_SECTORS
            g.media = g.media and media
            g.organisation = g.organisation and organisation
            g.generic = g.generic and generic
            g.seat = g.seat if g.seat == seat else None
    for first, last, ids in _titled_people(doc, sent.start, sent.end, tokens, starts):
        outer = spans.setdefault((first, last), Group(first, last, [], False))
        outer.ids[:0] = [i for i in ids if i not in outer.ids]
        outer.titled = True
        actors = [a for i in outer.ids if (a := doc.actor(i)) is not None]
        outer.person = all((a.type or "").upper() == "PER" for a in actors)
        outer.civilian = all((a.type or "").upper() == "PER" or a.sector == "CVL" for a in actors)
        outer.armed = any(a.sector in cues.armed_sectors for a in actors)
    covered = {j for g in spans.values() for j in range(g.first, g.last)}
    if anaphora:
        for j, tok in enumerate(tokens):
            if j not in covered and tok.stem in cues.participants:
                spans[(j, j + 1)] = Group(j, j + 1, list(anaphora), False)
    groups = _appositions(tokens, _organisation_of(tokens, sorted(spans.values(), key=lambda g: (g.first, -g.last))))
    kept: list[Group] = []
    for g in groups:  # nested mentions (زياد النخالة inside a longer title span) fold into the outer one
        if kept and g.first < kept[-1].last:
            if not kept[-1].titled:
                kept[-1].ids.extend(i for i in g.ids if i not in kept[-1].ids)
            continue
        part = _part_before(tokens, g.first)
        if part is None:
            part = _forces_before(tokens, g.first, cues)
        if part is None and not any(g.last <= h.first <= g.last + 1 for h in groups):
            part = _title_before(tokens, g.first)  # no holder named after it
        if part is not None and (not kept or part >= kept[-1].last):
            # المكتب السياسي لحركة حماس، الأمين العام لمنظمة التعاون الإسلامي: the organisation, named
            # with its part or the title of its head, stands where the part or title does
            g.first = part
        g.marker = ATTRIBUTION if g.media and (_told(tokens, g.first, cues) or _dateline(tokens, g)) \
            else _marker(tokens, g.first, cues)
        if kept and not g.marker and g.first >= 1 and tokens[g.first - 1].text == "(" and kept[-1].last == g.first - 1:
            g.marker = kept[-1].marker  # في حلف شمال الأطلسي (الناتو): the name in brackets stands where the name does
        prep = g.marker or (tokens[g.first - 1].stem if g.first else "")
        if _listed(tokens, g.first, cues):
            prep = ""  # أعلنت كل من السعودية ومصر: the states themselves, not from them
        if g.place and prep in cues.state_preps and all(i.startswith(COUNTRY) for i in g.ids):
            # طلبت من ليبيا، زيارة إلى مصر، الهجوم على العراق: the state, not the place (and after من
            # no subject: طلبت من ليبيا asks Libya)
            g.place, g.marker = False, prep
        elif g.place and not g.marker and prep not in cues.state_preps \
                and (g.seat or all(i.startswith(COUNTRY) for i in g.ids)):
            g.bare_state = True  # a country, or a city that names its state's government (أعلنت موسكو)
        kept.append(g)
    return kept


def _appositions(tokens: list[Token], groups: list[Group]) -> list[Group]:
    """``groups`` with a definite singular agent noun of a person right before a person's name made
    one group, the person's (ودعا الكاتب الجزائري عاشور فني: the writer is Fenni, not the one he
    calls on; الناشطة الإيرانية نرجس محمدي); not a state organ (للجمهورية الفرنسية جون إيف لودريان:
    the minister's title ends there) nor a body (المعارضة)."""
    out: list[Group] = []
    for g in groups:
        if out and out[-1].generic and not (out[-1].armed or out[-1].state) and g.person and not g.titled \
                and g.first == out[-1].last:
            head = tokens[out[-1].first]
            agent = _agent_noun(head)
            # not a body named by a feminine noun (وتتهم المعارضة إردوغان: the opposition accuses him)
            if head.stem.startswith(ARTICLE) and not head.stem.endswith(PLURAL_ENDINGS) \
                    and not (agent is not None and agent.surface.endswith("ة")):
                out[-1] = replace(g, first=out[-1].first, ids=list(g.ids))
                continue
        out.append(g)
    return out


def _agent_noun(tok: Token) -> Agent | None:
    """The knowledge base's agent noun the word is (الكاتب، جندي), if any."""
    return load_kb().agent((token_lemma(tok),))


def _organisation_of(tokens: list[Token], groups: list[Group]) -> list[Group]:
    """``groups`` with a group named by a common noun and the organisation right after it as its
    adjective made one group, the organisation's (المسلحين الحوثيين، المتمردون الحوثيون: the Houthis,
    not gunmen and the Houthis they fight; الكثير من النواب الجمهوريين: the Republicans)."""
    out: list[Group] = []
    for g in groups:
        if out and out[-1].generic and g.organisation and g.first == out[-1].last == g.last - 1:
            head, adjective = tokens[out[-1].first], tokens[g.first]
            if not adjective.prefix and adjective.stem.endswith(NISBA_PLURALS) \
                    and head.stem.startswith(ARTICLE) == adjective.stem.startswith(ARTICLE):
                out[-1].last, out[-1].ids = g.last, list(g.ids)
                out[-1].generic, out[-1].organisation = False, True
                continue
        out.append(g)
    return out


def _opens(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` opens its sentence, maybe after an item's number (5- ترامب زار);
    not after a quotation mark or a bracket, which open a name or an aside (مثلث «ليبيا»)."""
    return all(t.stem.isdigit() or t.stem in NUMBERING for t in tokens[:k])


def _listed(tokens: list[Token], first: int, cues: Cues) -> bool:
    """Whether the group at ``first`` opens a list after كل من (each of), which takes no part of
    a whole: the group stands where the list does."""
    return first >= 2 and tokens[first - 1].stem == "من" and tokens[first - 2].stem in cues.partitive_heads


def _listed_state(tokens: list[Token], first: int, cues: Cues) -> bool:
    """Whether the country at ``first`` opens a list of parties after كل من (أعلنت كل من السعودية
    ومصر، وهي كل من السعودية ومصر), not of places (في كل من العراق وسوريا، بكل من)."""
    return _listed(tokens, first, cues) and not tokens[first - 2].prefix.endswith(("ب", "ل")) \
        and (first < 3 or tokens[first - 3].stem not in cues.place_preps)


def _titled_people(doc: Document, lo: int, hi: int, tokens: list[Token],
                   starts: list[int]) -> Iterator[tuple[int, int, list[str]]]:
    """Token spans of a person with the title and organisation the affiliations stage read beside
    the name (الأمين العام لحزب الله اللبناني، حسن نصر الله), with the person's id and the
    organisation's: one group, so the organisation after the title's ل is no target of the
    person's act (the seed names the movement with its leader, زياد النخالة)."""
    for aff in doc.affiliations:
        if not lo <= aff.start < hi:
            continue
        person, org = doc.actor(aff.person), doc.actor(aff.organization or "")
        # a name, not another title of the holder (وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد
        # الصمعاني: رئيس is a title mention of his, nearer than the name)
        names = [m for m in (person.mentions if person else [])
                 if lo <= m.start < hi and abs(m.start - aff.start) <= TITLE_REACH and m.kind != "title"]
        if not names:
            continue
        name = min(names, key=lambda m: abs(m.start - aff.start))
        # the organisation between the title and the name after it, or after the title that
        # follows the name (حسن نصر الله، الأمين العام لحزب الله); not a later mention of it
        reach = name.start if name.start > aff.start else aff.end + TITLE_REACH
        orgs = [m for m in (org.mentions if org else []) if aff.start < m.start < reach]
        begin = min(aff.start, name.start)
        end = max([name.end, *(m.end for m in orgs)])
        yield (max(0, bisect_right(starts, begin) - 1), max(1, bisect_right(starts, end - 1)),
               [aff.person] + ([aff.organization] if orgs and aff.organization else []))
    # the title alone, standing for the holder named earlier, with the organisation after a
    # preposition (ودعا القيادي في حركة النهضة الحكومة، انتقد الأمين العام لجماعة حزب الله الأمم
    # المتحدة); not one in construct (بحضور رئيس الحزب: the party may be named apart)
    orgs_of = {(a.person, a.organization) for a in doc.affiliations if a.organization}
    for person in filter(None, map(doc.actor, sorted({p for p, _ in orgs_of}))):
        for title in (m for m in person.mentions if m.kind == "title" and lo <= m.start < hi):
            k = bisect_right(starts, title.end)
            if k >= len(tokens) or not (tokens[k].stem == "في" or tokens[k].prefix.endswith(("ل", "ب"))):
                continue
            for org in sorted({o for p, o in orgs_of if p == person.id}):
                actor = doc.actor(org)
                after = [m for m in (actor.mentions if actor else []) if title.end < m.start <= title.end + TITLE_GAP]
                if after:
                    yield (max(0, bisect_right(starts, title.start) - 1), max(1, bisect_right(starts, after[0].end - 1)),
                           [person.id, org])
                    break


def _marker(tokens: list[Token], first: int, cues: Cues) -> str:
    tok = tokens[first]
    before = [t.stem for t in tokens[max(0, first - 3):first]]
    if before and (before[-1] in cues.attribution_preps  # بحسب X، وفقا لـX
                   or len(before) >= 2 and before[-1] in ("عن", "ل") and before[-2] in cues.attribution_preps
                   or len(before) == 3 and before[-2] == "ما" and before[0] in cues.attribution_preps):
        return ATTRIBUTION  # نقلا عن X، بحسب ما قالت X
    if any(tuple(t.stem for t in tokens[max(0, first - len(p)):first]) == p for p in cues.alongside):
        return ALONGSIDE  # ميليشيات تقاتل إلى جانب نظام الأسد: with the regime, not against it
    clitic = tok.prefix.lstrip("وف")
    if clitic in ("ب", "ل"):
        return clitic
    head = _before_quotes(tokens, first - 1)
    if head >= 0 and (tokens[head].stem in cues.org_heads or _construct_title(tokens[head])):
        # بتنظيم "الدولة الإسلامية"، من رئيس مجلس النواب: the name carries its head's preposition
        clitic = tokens[head].prefix.lstrip("وف")
        if clitic in ("ب", "ل"):
            return clitic
        if head > 0 and (tokens[head - 1].stem in cues.target_preps or tokens[head - 1].stem in cues.place_preps):
            return tokens[head - 1].stem
    if first > 0:
        prev = tokens[first - 1].stem
        p = _before_quotes(tokens, first - 1)  # من قبل «ولاية سيناء»
        agent_prep = tokens[p].stem in cues.agent_preps and p >= 1 and tokens[p - 1].stem in cues.agent_prep_openers
        if agent_prep or prev in cues.fire_words and tokens[first - 1].prefix.endswith("ب") \
                or _counted_agent(tokens, first, cues) \
                or prev == "من" and first >= 2 and tokens[first - 2].stem in cues.agent_participles:
            return AGENT  # على يد X، من قبل X، برصاص X، على يد 3 مهاجمين، المفروض من التحالف (not في أيدي X)
        if prev in cues.target_preps or prev in cues.place_preps:
            return prev
    return ""


def _before_quotes(tokens: list[Token], k: int) -> int:
    """The word at ``k``, or the word before the quotation marks that stand there (بتنظيم "الدولة
    الإسلامية"، من قبل «فارك»), not past the sentence's first word."""
    while k > 0 and tokens[k].text in QUOTES:
        k -= 1
    return k


def past_time_words(tokens: list[Token], k: int, cues: Cues, end: int | None = None) -> int:
    """The first word from ``k`` (before ``end``) that is no word of time: where what follows a
    verb stands past أمس، اليوم (تظاهر أمس عشرات)."""
    end = len(tokens) if end is None else end
    while k < end and tokens[k].stem in cues.time_words:
        k += 1
    return k


def _part_before(tokens: list[Token], first: int) -> int | None:
    """Where a part of an organisation named before the organisation's ل starts (المكتب السياسي
    لحركة حماس، القيادة العامة للقوات المسلحة: roles.yaml ``organisations.parts``): a definite part
    word with only definite adjectives after it, or an indefinite one right before it (انتقدت لجنة
    للأمم المتحدة: the UN criticised), else None."""
    if tokens[first].prefix.lstrip("وف") != "ل":
        return None
    parts = role_lexicon().org_parts
    for j in range(first - 1, max(-1, first - 2 - ORG_PART_WORDS), -1):
        tok = tokens[j]
        if not tok.stem.startswith(ARTICLE):
            return j if j == first - 1 and token_key(tok) in parts else None
        if token_key(tok) in parts:
            return j
        if tok.prefix:
            return None
    return None


def _forces_before(tokens: list[Token], first: int, cues: Cues) -> int | None:
    """Where forces named by a common noun start, loyal to the principal whose name opens with ل at
    ``first`` or follows a title with ل (القوات العسكرية الموالية لشرعية الرئيس هادي، قوات تابعة للمشير
    حفتر، القوات الموالية للرئيس الشرعي عبد ربه منصور هادي: cues ``force_nouns``, ``loyal_words``),
    else None."""
    lam = next((k for k in range(first, max(-1, first - 1 - FORCE_ADJECTIVES), -1)
                if tokens[k].prefix.lstrip("وف") == "ل"), None)
    if not lam or any(not tokens[k].stem.startswith(ARTICLE) or k > lam and tokens[k].prefix for k in range(lam, first)) \
            or token_lemma(tokens[lam - 1]) not in cues.loyal_words:  # (no ل, or no word before it)
        return None
    for j in range(lam - 2, max(-1, lam - 3 - FORCE_ADJECTIVES), -1):
        if token_lemma(tokens[j]) in cues.force_nouns:
            return j
        if tokens[j].prefix or not tokens[j].stem.startswith(ARTICLE):
            return None  # only definite adjectives between the forces and their loyalty
    return None


def _title_before(tokens: list[Token], first: int) -> int | None:
    """Where a definite title that ends right before an organisation's ل starts (الأمين العام
    لمنظمة التعاون الإسلامي), else None."""
    if not first or tokens[first].prefix.lstrip("وف") != "ل":
        return None
    roles = role_lexicon()
    lo = max(0, first - roles.max_len)
    keys = [token_key(t) for t in tokens[lo:first]]
    for j in range(lo, first):
        hit = roles.match(keys, j - lo, first - lo)
        if hit is not None and j + hit[1] == first and tokens[j].stem.startswith(ARTICLE) \
                and not tokens[j].prefix.lstrip("وف"):
            return j
    return None


def _appositive_org(tokens: list[Token], actors: list[Group], group: Group) -> Group | None:
    """The organisation after the ل of a definite title set right after a group, maybe after a
    comma (عبد اللطيف الزياني الأمين العام لمجلس التعاون), or after في when a title and the body it
    heads come between (رئيس اللجنة الثقافية في البرلمان الإيراني), the title maybe opening the
    organisation's own group, or after عن when the title is a group of its own (زهرة إدريس، النائب
    عن حزب نداء تونس): the group's organisation, no other party of its event."""
    j = group.last + (group.last < len(tokens) and tokens[group.last].stem in COMMAS)
    org = next((g for g in actors if g.first >= j), None)
    if org is None:
        return None
    # a title named as a group of its own, after the group or the group itself, then عن and a party
    # (زهرة إدريس، النائب عن حزب نداء تونس: an MP's party)
    for title in (org, group):
        if (title is group or title.first == j) and _is_title(tokens, title.first, title.last):
            party = next((g for g in actors if g.first == title.last + 1 and g.marker == "عن"), None)
            if party is not None:
                return party
    # a title and the body it heads, then the organisation that body sits in after في (مرتضى حسيني
    # رئيس اللجنة الثقافية في البرلمان الإيراني الدول الغربية: the parliament is his, not the accused)
    if org.marker == "في" and not org.place and _title_opens(tokens, j, org.first - 1):
        return org
    # the title may open the organisation's group (الأمين العام لجامعة الدول العربية): its ل inside
    inner = next((k for k in range(j + 1, org.last) if tokens[k].prefix.lstrip("وف") == "ل"), None) \
        if org.first == j and not tokens[j].prefix else None
    return org if _title_before(tokens, inner or org.first) == j else None


def _title_opens(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the tokens ``[a, b)``, at most TITLE_BODY_WORDS, open with a title, maybe followed by
    the body it heads (رئيس اللجنة الثقافية)."""
    return 0 < b - a <= TITLE_BODY_WORDS \
        and role_lexicon().match([token_key(t) for t in tokens[a:b]], 0, b - a) is not None


def _holder_after(actors: list[Group], k: int) -> Group | None:
    """The person named right after ``actors[k]``, else None: the holder of a title whose body or
    posting ``actors[k]`` is."""
    holder = actors[k + 1] if k + 1 < len(actors) else None
    return holder if holder is not None and holder.person and holder.first == actors[k].last else None


def _body_before_holder(tokens: list[Token], actors: list[Group], k: int, start: int) -> bool:
    """Whether ``actors[k]`` is the organisation, after في, of a title and the body it heads that
    open at ``start``, right before the holder's name (انتقد رئيس اللجنة الاقتصادية في البرلمان
    الإيراني أحمد توكلي: the parliament is his, not the criticised)."""
    org = actors[k]
    return org.marker == "في" and _holder_after(actors, k) is not None and _title_opens(tokens, start, org.first - 1)


def _posting(tokens: list[Token], actors: list[Group], k: int) -> bool:
    """Whether ``actors[k]`` is the place a title is held at, after إلى or لدى, between the title and
    its holder's name (طلبت من وفد المبعوث الدولي إلى سوريا ستيفان دي ميستورا: de Mistura's posting,
    not the one asked)."""
    place = actors[k]
    at = place.first - 1  # the preposition
    if place.marker not in POSTING_PREPS or _holder_after(actors, k) is None:
        return False
    keys = [token_key(t) for t in tokens[max(0, at - TITLE_BODY_WORDS):at]]
    return any((hit := role_lexicon().match(keys, j, len(keys))) is not None and j + hit[1] == len(keys)
               for j in range(len(keys)))


def _construct_title(tok: Token, single: bool = False) -> bool:
    """A one-word title in construct with what follows (رئيس مجلس النواب، وزير خارجية قطر); with
    ``single``, one person's (not ضباط الجيش)."""
    role = None if tok.stem.startswith(ARTICLE) else role_lexicon().by_key.get((token_key(tok),))
    return role is not None and not (single and role.plural)


def _counted_agent(tokens: list[Token], first: int, cues: Cues) -> bool:
    """Whether a count stands between an agent word and the group at ``first`` (قتلوا على يد 3
    مهاجمين، على يد عشرات المستوطنين): the counted group is the agent."""
    k = first - 1
    while k > 0 and (tokens[k].stem.isdigit() or tokens[k].stem.removeprefix("ال") in cues.quantifiers):
        k -= 1
    return k < first - 1 and tokens[k].stem in cues.agent_preps


def _told(tokens: list[Token], first: int, cues: Cues) -> bool:
    """Whether a news medium at ``first`` is who tells (cues ``media_verbs``; ل: قال لـ«الشرق
    الأوسط»; an interview with it: وطالب النجيفي في حوار مع «الشرق الأوسط»), quotation marks and a
    head word (صحيفة، وكالة) between."""
    k = first
    while k >= 0 and (k == first or tokens[k].text in QUOTES or tokens[k].stem in cues.media_heads):
        if tokens[k].prefix.endswith("ل"):  # لرويترز، لوكالة رويترز
            return True
        k -= 1
    return k >= 0 and (tokens[k].stem == "ل" or tokens[k].stem in cues.media_verbs
                       or k > 0 and tokens[k].stem == "مع" and tokens[k - 1].stem in cues.interviews)


def _dateline(tokens: list[Token], group: Group) -> bool:
    """Whether a news medium is a report's dateline: after at most DATELINE_WORDS words (the city)
    that open the sentence and before a colon (* دونيتسك - «الشرق الأوسط»: تبادلت أوكرانيا ...): it
    tells what follows, it does none of it."""
    k = group.last
    while k < len(tokens) and tokens[k].text in QUOTES:
        k += 1
    return k < len(tokens) and tokens[k].text == ":" and _words_between(tokens, 0, group.first) <= DATELINE_WORDS


def _outlet(tokens: list[Token], group: Group, cues: Cues) -> bool:
    """Whether a news medium is an outlet (a paper, an agency, a channel, the media), not a
    journalist or a blogger: a media head word starts it or stands before it, quotation marks
    between (وكالة "فرانس برس"، وسائل الإعلام البريطانية), or its actors are organisations."""
    if not group.media:
        return False
    k = group.first - 1
    while k >= 0 and tokens[k].text in QUOTES:
        k -= 1
    heads = [tokens[group.first].stem.removeprefix(ARTICLE)] + ([tokens[k].stem] if k >= 0 else [])
    return group.organisation or any(h in cues.media_heads for h in heads)


def news_outlets(tokens: list[Token], groups: list[Group], match: TriggerMatch) -> tuple[set[str], set[str]]:
    """The ids of the news outlets a sentence names (papers, agencies, channels, not journalists
    named by their trade: إعلاميين تونسيين, a generic group): those within PRESS_REACH words of the
    trigger (في لقاء أجرته معه جريدة «الشرق الأوسط»: the interview itself), and all."""
    outlets = [g for g in groups if g.media and not g.generic]
    gaps = [_words_between(tokens, match.last, g.first) if g.first >= match.last
            else _words_between(tokens, g.last, match.first) for g in outlets]
    near = {i for g, gap in zip(outlets, gaps) if gap <= PRESS_REACH for i in g.ids}
    return near, {i for g in outlets for i in g.ids}


def _quantified(tokens: list[Token], group: Group, cues: Cues) -> bool:
    """A number or quantity word (or digits) right before the group: اربعة ايطاليين، 8 مهربين."""
    if group.first == 0:
        return False
    prev = tokens[group.first - 1].stem
    if prev == "من" and group.first > 1:  # أربعة من المتهمين، العشرات من المسلحين
        prev = tokens[group.first - 2].stem.removeprefix("ال")
    return prev in cues.quantifiers or prev.isdigit() or tokens[group.first].stem in cues.quantifiers


def _words_to(tokens: list[Token], match: TriggerMatch, group: Group) -> list[Token]:
    """The words between a verb trigger and a group after it, quotation marks aside."""
    return [t for t in tokens[match.last:group.first] if t.text not in QUOTES]


def _prepositional_head(tokens: list[Token], match: TriggerMatch, group: Group, cues: Cues) -> bool:
    """Whether the words between the verb and ``group`` (quotation marks aside) are an indefinite
    noun with a preposition and maybe one more indefinite noun in construct with it (رحب بعرض
    الرئيس الأميركي، يندد بتصرفات الشرطة، تطالب بمغادرة حلف الناتو، اتصل بمسؤول تنظيم "الدولة
    الإسلامية"), maybe after a preposition with a pronoun (يهدد فيه بإعدام كرواتي): the group is
    their genitive, inside the verb's object, not the verb's subject."""
    between = _words_to(tokens, match, group)
    if between and between[0].stem in cues.resumptive_preps:
        between = between[1:]  # يهدد فيه بإعدام كرواتي: "in it", then the object
    return 0 < len(between) <= CONSTRUCT_WORDS and _construct_phrase(between, cues)


def _what_text_says(tokens: list[Token], match: TriggerMatch, group: Group, cues: Cues) -> bool:
    """Whether ``group`` follows a verb of threatening, calling or accusing after فيه/فيها ("in it")
    and a noun of a text stands a few words before the verb (نشرت بيانا هددت فيه تركيا، لطلب صادر عن
    ... موغيريني تطالب فيه إيران بالالتزام): the verb tells what the text says, and the group is the
    one addressed (Turkey is threatened), not the subject; unless a definite noun follows the group
    with no preposition, the verb's object (بيان دعت فيه «أوبك» المنتجين: OPEC calls), or no text
    stands before (أول مرة تتهم فيها إسرائيل: Israel accuses)."""
    between = _words_to(tokens, match, group)
    if match.type not in cues.addressed_types or len(between) != 1 or between[0].stem not in cues.in_it:
        return False
    nxt = next((t for t in tokens[group.last:] if t.text not in QUOTES), None)
    if nxt is not None and not nxt.prefix and nxt.stem.startswith(ARTICLE):
        return False
    words = [t for t in tokens[:match.first] if t.stem[:1].isalpha()][-STATEMENT_REACH:]
    return any(t.stem in cues.statement_nouns for t in words)


def _after_count(tokens: list[Token], match: TriggerMatch, group: Group, cues: Cues) -> bool:
    """Whether a quantity word in the accusative, or a number after a verb of an act done to people
    (`patient_types`), opens the words between the verb and ``group`` (اعتقلت عددا كبيرا من الأشخاص،
    التقى عددًا من رفاق الطيار، وأوقف 5 رجال أحدهم الجزائري سفيان إيه): the counted noun is the verb's
    object or its passive subject, and the group belongs to that phrase, not the verb's subject. A
    quantity word in the nominative counts the subject itself (طالب عدد من نواب مجلس الشعب), and so
    may a number elsewhere (رفض 32 برلمانيا من حزب سيريزا)."""
    k = next((j for j in range(match.last, group.first) if tokens[j].text not in QUOTES), None)
    if k is None:
        return False
    return tokens[k].stem.isdigit() and match.type in cues.patient_types \
        or tokens[k].stem in cues.quantifiers and _accusative(tokens, k)


def _object_head(tokens: list[Token], match: TriggerMatch, group: Group, cues: Cues) -> bool:
    """Whether the words between the verb and ``group`` (quotation marks aside) open with a noun of
    places or targets with no clitic (cues ``object_heads``), at most CONSTRUCT_WORDS of them: the
    group is that object's genitive (استهدف مواقع التنظيم), not the verb's subject. Not after a
    verb with its object pronoun, whose next noun is its subject (استقبلتها قاعدة سفاجا البحرية)."""
    between = _words_to(tokens, match, group)
    return 0 < len(between) <= CONSTRUCT_WORDS and not between[0].prefix and between[0].stem in cues.object_heads \
        and not object_pronoun(tokens, match)


def _construct_phrase(words: list[Token], cues: Cues) -> bool:
    """Whether ``words`` are an indefinite noun with a preposition (cues ``construct_preps``), not
    a word of fire nor of behalf (باسم الشرطة), then indefinite nouns in construct with it
    (بمسؤول تنظيم، لمبنى): a name after them is their genitive, inside a prepositional phrase."""
    tok = words[0]
    return tok.prefix[-1:] in cues.construct_preps and tok.stem.isalpha() and not tok.stem.startswith(ARTICLE) \
        and tok.stem not in cues.fire_words and tok.stem not in cues.behalf_words \
        and all(t.stem.isalpha() and not t.prefix and not t.stem.startswith(ARTICLE) for t in words[1:])


def _governed(tokens: list[Token], group: Group, cues: Cues) -> bool:
    """Whether the group is the genitive of an indefinite noun with a preposition right before it
    (quotation marks aside), maybe through one more such noun (أغلقت الشرطة البوابة الرئيسية لمبنى
    البرلمان ... كما اعتقلت: the parliament, inside a prepositional phrase, is no subject). Not
    read for a verb right after a relative pronoun, whose antecedent it may be (بحضور رئيس الوزراء
    بنيامين نتنياهو الذي زار), nor for a group right before the verb, whose relative clause it may
    head with no pronoun (بوجود رجل مسلح يهدده)."""
    end = group.first
    while end > 0 and tokens[end - 1].text in QUOTES:
        end -= 1
    # معارضة بذلك الرئيس: a demonstrative is no noun
    return any(_construct_phrase(words, cues) and not any(t.stem in cues.function_words for t in words)
               for words in (tokens[end - n:end] for n in range(1, CONSTRUCT_WORDS + 1) if end >= n))


def _accusative(tokens: list[Token], k: int) -> bool:
    """An indefinite accusative written with tanween (ناشطاً), or without its mark on an agent
    noun (اعتقلت شخصا مسلحا: شخص): an object, not a subject. Not a dual in construct, whose
    nominative drops its ن before a definite noun (التقى رئيسا الوزراء)."""
    tok = tokens[k]
    if tok.text.endswith(("اً", "ًا")):
        return True
    stem = tok.stem
    construct = k + 1 < len(tokens) and tokens[k + 1].stem.startswith("ال")
    return stem.endswith("ا") and not stem.startswith("ال") and len(stem) > 3 and not construct \
        and load_kb().agent((stem[:-1],)) is not None


def _oblique_plural(tokens: list[Token], group: Group) -> bool:
    """Whether a group of people (no person's name, no place) is headed by a definite sound
    masculine plural or dual in ـين (الفرنسيين، المتظاهرين، الطرفين): accusative or genitive,
    never a verb's subject, which would end in ـون / ـان (ودعا الفرنسيين إلى التصويت: the
    French are called on). Not after من, where the group only names what a subject counts
    (اقتحمت مجموعات من المستوطنين: groups of settlers stormed), nor a nisba after a definite
    noun, whose adjective it is and whose case it takes (عدد من الساسة التونسيين; but ودعت
    الشرطة الأوكرانية المواطنين)."""
    stem = tokens[group.first].stem
    k = _before_quotes(tokens, group.first - 1)
    prev = tokens[k].stem if k >= 0 else ""
    # after من, or joined by و to the word right after it when what من follows is no accusative (وطالب
    # عدد من المسؤولين والمشرعين الأميركيين: the subject; but اختطفت عددا من الأكاديميين والناشطين)
    dependent = prev == "من" or tokens[group.first].prefix == "و" and k > 1 and tokens[k - 1].stem == "من" \
        and not tokens[k - 2].stem.endswith("ا") \
        or stem.endswith("يين") and prev.startswith("ال") and not prev.endswith("ين")
    # indefinite (طالت يد الغدر مصلين), but not the noun of إن / أن, accusative and the subject
    # (إن مسلحين مجهولين ... جاءوا)
    indefinite = group.generic and not stem.startswith("ال") and len(stem) >= OBLIQUE_LENGTH - 2 \
        and prev not in load_cues().complementizers
    return not (group.person or group.place or group.bare_state or dependent) and stem.endswith("ين") \
        and (stem.startswith("ال") and len(stem) >= OBLIQUE_LENGTH or indefinite)


def _participle_agent(tokens: list[Token], groups: list[Group], group: Group, match: TriggerMatch) -> bool:
    """Whether an agent phrase (من قبل X، على يد X) follows a definite participle of its own after
    the trigger, whose agent it is (انتقد الحزب المقاربات المتبعة من قبل الحكومة: the party
    criticises the approaches the government follows; the government criticises nothing); not
    the last word of a name (زيارات للولايات المتحدة من قبل سياسيين), nor the adjective of an
    event noun, whose agent it names (التهديد المتزايد من قبل المتشددين: the militants threaten)."""
    k = group.first - 3  # the word before من قبل / على يد
    adjective = k == match.last and match.kind not in VERBAL
    stem = tokens[k].stem if k >= match.last and not adjective else ""
    return tokens[group.first - 2].stem in ("من", ON) and stem.startswith("الم") and len(stem) > 4 \
        and not any(g.first <= k < g.last for g in groups)


def _verb_onset(tokens: list[Token], match: TriggerMatch, cues: Cues) -> int:
    """Where the verb's clause starts: at the verb, or at a particle right before it (إنها لن
    تسمح، إن الولايات المتحدة قد دعت)."""
    return match.first - 1 if match.first and tokens[match.first - 1].stem in cues.verb_particles else match.first


def object_pronoun(tokens: list[Token], match: TriggerMatch) -> str:
    """The third-person object pronoun on a verb trigger ('' when none): التي تتهمها السلطات, the
    ها of a verb whose lemma ends like another pronoun (اتهم)."""
    verb = tokens[match.last - 1].stem
    return next((p for p in RESUMPTIVE if verb.endswith(p) and not match.lemma.endswith(p)), "")


def _indefinite_antecedent(tokens: list[Token], actors: list[Group], match: TriggerMatch, cues: Cues) -> Group | None:
    """The indefinite group right before a verb that describes it, a clause with no relative
    pronoun (اعتقلت الشرطة مسلحين هاجموا مركزا للشرطة، بحق ناشط دعا إلى): the verb's subject,
    whatever its own part in the sentence (the object of the arrest, after بحق). Only a group
    named by a common noun (not قطر لن يساعد), not before a verb joined by و or ف (قتلوا شخصا
    وأصابوا), nor a casualty verb, whose group before it may be its victim, nor a singular verb
    with an object pronoun, which is the group (500 سجين مدني أعدمهم); a plural verb needs a
    plural group."""
    verb = tokens[match.last - 1].stem
    pronoun = object_pronoun(tokens, match)
    plural = _plural_verb(tokens, match) or bool(pronoun) and verb[:-len(pronoun)].endswith("و")  # استهدفوهم
    if match.kind != "verb" or match.lemma in cues.victim_verbs or tokens[match.first].prefix[:1] in CONJUNCTIONS \
            or pronoun and not plural:
        return None
    onset = _verb_onset(tokens, match, cues)
    group = next((g for g in actors if g.last == onset and g.generic and not g.place), None)
    if group is None or any(t.stem.startswith(ARTICLE) for t in tokens[group.first:group.last]):
        return None
    if plural and not tokens[group.first].stem.endswith(PLURAL_NOUNS):
        return None
    return group


def _subject_before(tokens: list[Token], match: TriggerMatch, actors: list[Group], cues: Cues) -> bool:
    """The verb's subject is the unmarked group before it: the verb is plural (مجهولين اغتالوا),
    has a reflexive object (مهاجما انتحاريا فجر نفسه), follows the subject with a particle (وكانت
    قوة ... قد قتلت), follows it as a relative pronoun (هاموند الذي زار) or the subject stands
    right after a complementiser (إن الولايات المتحدة تدعم)."""
    verb = tokens[match.last - 1].stem
    nxt = tokens[match.last].stem if match.last < len(tokens) else ""
    prev = tokens[match.first - 1].stem if match.first else ""
    before = [g for g in actors if g.last <= match.first and not g.marker and not g.used_as_target]
    if verb.endswith("وا") or nxt in cues.reflexive:
        return bool(before)
    if prev in cues.preverbal:  # the subject shortly before the particle, not قد opening the clause
        return bool(before) and _words_between(tokens, before[-1].last, match.first - 1) <= PREVERBAL_GAP
    if not before:
        return False
    if _relative_subject(tokens, match, cues) and _antecedent_of(tokens, before[-1], match):
        return True  # هاموند الذي زار إسرائيل: Hammond visited
    onset = _verb_onset(tokens, match, cues)
    if onset and tokens[onset - 1].stem in cues.copulas:  # الأسد كان يطالب: كان opens the verb
        onset -= 1
    if before[-1].last != onset:
        return False
    # a subject right before its verb that opens the sentence or follows كان (ترامب زار مقر وكالة
    # الاستخبارات، وكان ترامب زار) or is fronted after a complementiser, maybe opening a quotation
    # (قال إن الولايات المتحدة تدعم إسرائيل، أكد أن الحكومة لن تسمح، أن «الرئيس السوري بشار الأسد كان
    # يطالب)
    start = _coordination_ending(before, len(before) - 1, tokens)[0].first
    quoted = before[-1].first - (2 if before[-1].first > 1 and tokens[before[-1].first - 1].text in QUOTES else 1)
    return _opens(tokens, start) \
        or 0 < start and tokens[start - 1].stem in cues.copulas \
        or quoted >= 0 and tokens[quoted].stem in cues.complementizers


def _unnamed_subject(tokens: list[Token], match: TriggerMatch, actors: list[Group], cues: Cues) -> bool:
    """Whether the verb's subject is a phrase that names no actor, fronted between a complementiser
    and the verb (إن مشروعي القناة سيساعدان مصر، أن الجمهور يطلب من كوبولا): then the group after
    the verb is its object and nothing else is its source. Not across a relative pronoun or a
    clause break (أن التعديلات التي وافق عليها مجلس الوزراء), nor after a complementiser that
    carries its own subject (إنه يدعم: the speaker's)."""
    k = _verb_onset(tokens, match, cues) - 1
    for c in range(k, max(-1, k - FRONTED_WORDS - 1), -1):
        stem = tokens[c].stem
        if stem in cues.complementizers:
            return c < k and stem not in cues.pronoun_complementizers
        if not stem.isalpha() or stem in cues.relatives or stem in cues.clause_breaks \
                or stem in cues.verb_particles or any(g.first <= c < g.last for g in actors):
            return False
    return False


def _media_after(tokens: list[Token], match: TriggerMatch, groups: list[Group], cues: Cues) -> bool:
    """Whether the verb's subject is news media no name follows: a plural media head right after
    the verb (maybe after words of time) in construct with an indefinite word (cues.yaml
    ``unnamed_media``: واتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب الديمقراطي: the party is accused,
    the government is no target; not تحث وسائل الإعلام, an object)."""
    k = past_time_words(tokens, match.last, cues)
    return k + 1 < len(tokens) and tokens[k].stem in cues.unnamed_media and not tokens[k].prefix \
        and tokens[k + 1].stem.isalpha() and not tokens[k + 1].stem.startswith(ARTICLE) \
        and not any(g.first <= k + 1 < g.last for g in groups)


def _event_subject(tokens: list[Token], match: TriggerMatch, groups: list[Group], triggers: list[int],
                   cues: Cues) -> int | None:
    """Where an indefinite event noun stands right before the verb (an adjective may come
    between) with no actor mention from it to the verb: the verb describes it, a relative clause
    with no relative pronoun (تبعه هجوم مسلح استهدف كمائن عسكرية: the attack targeted), so it is
    the verb's subject. Not when the verb carries an object pronoun and a group follows it, its
    subject (اتفاق وقعته الحكومة; but عمليات تفجير استهدفتهم: the bombings targeted them). A noun
    with a possessive is no such subject (في احتجاجاتها وإدانتها: a second noun, read as a verb)."""
    stem = tokens[match.first].stem
    if not match.lemma.endswith("ه") and any(stem.endswith(s) and len(stem) - len(s) >= 3 for s in OBJECT_SUFFIXES) \
            and any(match.last <= g.first and _words_between(tokens, match.last, g.first) <= 2 and not g.marker
                    for g in groups):
        return None
    onset = _verb_onset(tokens, match, cues)
    lexicon = load_lexicon()
    return next((p for p in triggers if onset - 3 < p < onset and not tokens[p].stem.startswith("ال")
                 and not tokens[p].stem.endswith(POSSESSIVES)
                 and (tokens[p].prefix.endswith(("ب", "ل")) or not lexicon.is_verb(tokens[p].stem))  # a noun (بقصف)
                 and all(t.stem.isalpha() for t in tokens[p:onset])
                 and not any(g.last > p and g.first < onset for g in groups)), None)


def _noun_subject(tokens: list[Token], match: TriggerMatch, groups: list[Group], cues: Cues) -> bool:
    """Whether a definite noun that names no actor and is no title stands right after the verb
    (past words of time): it is the verb's subject (أدان البيان دعم حركة حماس: the statement
    condemns, Hamas is no subject), so no group after it is. Not a title or a description before
    a person's name (زار الأمير مشاري بن سعود، طالب الفنان المصمم يحيى البشري), an oblique
    plural (وطالب اللاعبين: the object), a preposition with a pronoun (دعا إليه تسيبراس) nor a
    word of how many before من after a verb that opens its clause (وانتقد الكثير من الجمهوريين:
    they are the subject)."""
    j = past_time_words(tokens, match.last, cues)
    if j >= len(tokens):
        return False
    tok, stem = tokens[j], tokens[j].stem
    if tok.prefix or not stem.startswith("ال") or len(stem) <= 3 or not stem.isalpha() or stem.endswith("ين") \
            or stem.startswith("الي") and len(stem) <= 6 or stem in cues.function_words:
        return False
    if stem[len(ARTICLE):] in cues.quantity_heads and j + 1 < len(tokens) and tokens[j + 1].stem == "من" \
            and (match.first == 0 or tokens[match.first].prefix[:1] in CONJUNCTIONS):
        # وانتقد الكثير من الجمهوريين: the verb opens its clause, the Republicans it counts are the
        # subject (but التنظيم الارهابي أعدم العديد من العسكريين: the object)
        return False
    if any(g.first <= j < g.last or g.person and (g.first == j + 1 or g.first == j + 2
                                                  and tokens[j + 1].stem.startswith("ال"))
           for g in groups):
        return False  # an actor, or a description before a person's name (طالب الفنان المصمم يحيى البشري)
    roles = role_lexicon()
    keys = [token_key(t) for t in tokens[j:j + roles.max_len]]
    return roles.match(keys, 0, len(keys)) is None


def _attack_noun_after(tokens: list[Token], match: TriggerMatch, triggers: list[int], cues: Cues) -> bool:
    """Whether an indefinite attack noun, not accusative, stands right after the verb (استهدفت غارة
    أخرى رتلا من عجلات داعش، استهدف انفجار كنيسة): the verb's subject, so neither the group after it
    nor one before the verb acts (but ستعقد اجتماعا, انتقدت زيارة: objects)."""
    j = match.last
    if j not in triggers or j >= len(tokens):
        return False
    tok = tokens[j]
    return not tok.prefix and not tok.stem.startswith(ARTICLE) and not tok.stem.endswith("ا") \
        and any(f in cues.agentive_nouns for f in noun_forms(tok.stem))


def _relative_subject(tokens: list[Token], match: TriggerMatch, cues: Cues) -> bool:
    """Whether the verb follows a relative pronoun that is its subject: the group before the
    pronoun acts, whether or not it is an actor (الأطراف التي تطالب: the parties demand, not an
    actor named earlier). Not when a pronoun on the verb or the word after it refers back to it
    (الجماعات التي تدعمها إيران، التحقيق الذي تساعد فيه بلجيكا), the verb is in the first person
    (البرنامج الذي تفاوضنا عليه), a nominative plural follows it (الملا منصور الذي ينتقد بعض
    المتطرفون علاقاته: the extremists criticise him) or the verb's gender is not the pronoun's
    (الأهداف التي دعا تنظيم داعش إلى مهاجمتها: the organisation calls)."""
    prev = tokens[match.first - 1].stem if match.first else ""
    if not _relative_pronoun(prev, cues):
        return False
    verb = tokens[match.last - 1].stem
    nxt = tokens[match.last].stem if match.last < len(tokens) else ""
    pronoun = object_pronoun(tokens, match)
    first_person = verb.endswith("نا") and not match.lemma.endswith("نا")
    # a definite plural in ـون after the verb (a quantity word between) is its own subject
    nominative = any(_nominative_plural(t) for t in tokens[match.last:match.last + 2])
    return not (pronoun or first_person or nominative or nxt in cues.resumptive_preps) \
        and _relative_agrees(prev, tokens[match.first].stem)


def _nominative_plural(tok: Token) -> bool:
    """A definite sound masculine plural in ـون (المتطرفون): a subject, whatever counts it."""
    return tok.stem.startswith(ARTICLE) and tok.stem.endswith("ون") and len(tok.stem) >= OBLIQUE_LENGTH


def relative_speaker(tokens: list[Token], groups: list[Group], match: TriggerMatch) -> list[str] | None:
    """For an event noun announced, decided or asked for in a relative clause (ومصر التي أعلنت
    اليوم قطع علاقاتها مع الدوحة), the relative's antecedent and the groups joined to it, the
    event's subject ([] when it names no actor), not the sentence's (Turkey, which offered to
    mediate); None when no such clause opens before the noun, or the noun's possessive names its
    owner (البيان الذي أكد دعمهم: their support)."""
    cues = load_cues()
    if possessed(tokens[match.first], match):
        return None
    k = match.first - 1
    while k >= 0 and tokens[k].stem in cues.time_words:
        k -= 1
    if k < 1 or tokens[k].stem not in cues.announcing or not _relative_pronoun(tokens[k - 1].stem, cues):
        return None
    named = [g for g in groups if not g.marker and _party(g)]
    end = next((j for j, g in enumerate(named) if g.last == k - 1), None)
    return [] if end is None else _ids(_coordination_ending(named, end, tokens))


def _resumed(tokens: list[Token], groups: list[Group], actors: list[Group], match: TriggerMatch,
             cues: Cues) -> list[Group]:
    """The antecedent of the relative pronoun right before a verb whose object pronoun refers
    back to it (باكستان التي يتهمها تنظيم داعش، إيران التي يتهمونها: the verb's object, not its
    subject; a country is its state), adjectives between allowed (حزب العمال الكردستاني المحظور
    الذي تتهمه); [] when there is none or it is no party. The pronoun refers back when the verb
    names its own subject or cannot agree with the relative; a verb that agrees and names none
    has the relative for its subject, its pronoun someone else (مجلس نواب الشعب الذي سيناقشه: the
    parliament discusses the law). Not a relative joined by و, which goes back further (كولن ...
    المقيم في الولايات المتحدة والذي تتهمه), nor a group in construct with a noun before it that
    the relative can refer to (مشروع تقسيم العراق الذي ساندته قطر: the project, not Iraq; but
    ضبط إيران التي سيساعدها: Iran)."""
    if not match.first or match.kind != "verb" or match.last != match.first + 1:
        return []  # حشدت قواتها: a noun's possessive, not the verb's object
    relative = tokens[match.first - 1]
    pronoun = cues.resumed_by.get(relative.stem)
    if pronoun is None or relative.prefix or object_pronoun(tokens, match) != pronoun:
        return []
    verb = tokens[match.last - 1].stem.removesuffix(pronoun)
    plural = verb.endswith((*PLURAL_SUFFIXES, "و")) and relative.stem in ("الذي", "التي")  # اتهموه
    if _relative_agrees(relative.stem, verb) and not plural and not verb.endswith("نا") \
            and not _subject_after(tokens, groups, match, cues):
        return []
    before = [g for g in groups if g.last < match.first]
    if not before:
        return []
    antecedent = before[-1]
    between = [t for t in tokens[antecedent.last:match.first - 1] if t.stem[:1].isalpha()]
    if len(between) > RESUMED_ADJECTIVES or not all(_adjective_like(t, cues) for t in between):
        return []
    head = tokens[antecedent.first - 1] if antecedent.first else None
    if head is not None and head.stem[:1].isalpha() and not head.prefix and head.stem not in cues.function_words \
            and (not head.stem.startswith(ARTICLE) and head.stem not in cues.quantifiers
                 and _could_head(head.stem, relative.stem)
                 or head.stem.startswith(ARTICLE) and antecedent.last == antecedent.first + 1
                 and _adjective_like(tokens[antecedent.first], cues)):
        return []  # الاستراتيجية السعودية التي تدعمها: the strategy, not Saudi Arabia
    if antecedent.place:  # في باكستان التي يتهمها: a country after a preposition too
        if not (antecedent.seat or all(i.startswith(COUNTRY) for i in antecedent.ids)):
            return []
        antecedent = _as_state(antecedent)
    elif antecedent not in actors:
        return []
    return [antecedent]


def _could_head(noun: str, relative: str) -> bool:
    """Whether an indefinite noun can be what a relative pronoun refers to, by its spelling: التي a
    feminine or plural noun (ـة، ـات), الذي a masculine singular, الذين a sound masculine plural."""
    feminine = noun.endswith(("ه", "ات"))
    if relative == "التي":
        return feminine
    if relative == "الذي":
        return not feminine and not noun.endswith(("ين", "ون"))
    return relative != "الذين" or noun.endswith(("ين", "ون"))


def _subject_after(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> bool:
    """Whether a group with no preposition follows the verb, time words, commas and a verb joined
    to it aside (الذي استقبله، صباح أمس، الرئيس التونسي؛ التي تدعمها وتديرها طهران): the verb's own
    subject."""
    k = match.last
    pronoun = object_pronoun(tokens, match)
    while k < len(tokens) and (tokens[k].stem in cues.time_words or not tokens[k].stem[:1].isalpha()
                               or k == match.last and tokens[k].prefix == "و" and tokens[k].stem.endswith(pronoun)):
        k += 1
    return any(g.first == k and not g.marker for g in groups)


def _adjective_like(tok: Token, cues: Cues) -> bool:
    """A definite word that can qualify the noun before it: a participle (المحظور), a nisba
    (السوري) or a number (الثلاثة); not a noun in construct (ضحايا الشر الذي تدعمه)."""
    stem = tok.stem
    return stem.startswith(ARTICLE) and not tok.prefix and (
        stem.startswith(ARTICLE + "م") and not stem.endswith(("ه", "ات"))  # not a noun such as المنطقة
        or stem.endswith(("ي", "يه", "يين", "يون")) or stem.removeprefix(ARTICLE) in cues.quantifiers)


def _antecedent_of(tokens: list[Token], group: Group, match: TriggerMatch) -> bool:
    """Whether ``group`` is the antecedent of the relative pronoun right before the verb: nothing
    but punctuation, a parenthesis (فقيري (20 سنة) الذي فجر نفسه) or a pronoun (أميركا هي التي)
    between them."""
    depth = 0
    for tok in tokens[group.last:match.first - 1]:
        depth += tok.text == "(" or tok.text == "«"
        depth -= tok.text == ")" or tok.text == "»"
        if depth <= 0 and tok.stem[:1].isalpha() and tok.stem not in ("هو", "هي", "هم", "هما"):
            return False
    return True


def _traveller(tokens: list[Token], groups: list[Group], after: list[Group],
               next_trigger: int, match: TriggerMatch, triggers: list[int]) -> tuple[list[Group], list[Group]]:
    """(source, target) of a travel noun whose first group is ``after``: with a destination
    after إلى within the clause, that group travels there (a country visited is the target; a city
    is the event's place, no target); else a person travels (وزيارة أوباما في وقت لاحق، زيارة جون
    كيري يوم 14 أغسطس، زيارة غير مسبوقة لرئيس أميركي) unless named in another clause, after a comma
    and another trigger (في زيارة تستغرق يومين، يلتقي خلالها العاهل المغربي: the one met), and
    anything else is where one goes (زيارة إلى مصر، زيارة لفرنسا)."""
    dest = next((g for g in groups if after[-1].last <= g.first < next_trigger and g.marker == "الي"
                 and _words_between(tokens, after[-1].last, g.first) <= TARGET_GAP), None)
    if dest is None:
        apart = any(t.stem in COMMAS for t in tokens[match.last:after[0].first]) \
            and any(match.last <= p < after[0].first for p in triggers)
        return (after, []) if not apart and all(g.person for g in after) else ([], after)
    return after, [] if dest.place else [dest]


def _states(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> list[Group]:
    """The countries (or their seats of government: موسكو) named bare where a verb's subject or
    object stands, i.e. the states: right after the verb, maybe after a preposition with a pronoun
    that refers back (التي تطالب بها تركيا), or after another party (انتقدت روسيا تركيا، روسيا
    وإيران), opening a clause (إن الولايات المتحدة تدعم إسرائيل), or the speaker after a verb of
    saying (أعلنت موسكو أنها سترسل), or listed after كل من where they would stand, or after the
    complete title of the person right after the verb (اتهم إياد علاوي نائب الرئيس العراقي قطر);
    not in construct after a noun (سفيرة الولايات المتحدة، لدى اليمن) nor joined to a place (في
    العراق وسوريا، في كل من العراق وسوريا)."""
    states: list[Group] = []
    for group in groups:
        if not group.bare_state:
            continue
        j = group.first - (3 if _listed(tokens, group.first, cues) else 1)  # the word before كل من
        prev = tokens[j].stem if j >= 0 else ""
        if _listed_state(tokens, group.first, cues):
            states.append(group)  # اعلان 7 دول ... وهي كل من السعودية ومصر; not في كل من العراق وسوريا
        elif j < 0 or j == match.last - 1 or not prev[:1].isalpha() or prev in cues.complementizers \
                or prev in cues.preverbal or prev in cues.copulas or prev in cues.modes["reported"] \
                or j == match.last and prev in cues.resumptive_preps \
                or any(g.last == group.first and (not g.place or g in states) for g in groups) \
                or tokens[group.first - 1].stem.startswith(ARTICLE) \
                and any(g.first == match.last and g.person and g.last < group.first
                        and _is_title(tokens, g.last, group.first) for g in groups):
            # اتهم إياد علاوي نائب الرئيس العراقي قطر: after the subject's title, which ends in a
            # definite word (not ملك إسبانيا، وزير خارجية الفلبين: the title's own country)
            states.append(group)
    return states


def _construct_states(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> list[Group]:
    """The country named bare in construct right after an event noun of `construct_state_nouns`,
    the state the event is for or about (دعم لبنان، زيارة كينيا، اتفاق إيران): not its seat of
    government (اتفاق فيينا، زيارة الرياض: a name, or a place the actors stage resolves), nor a
    country whose own object follows (دعم إيران لحزب الله، دعم الصين لها: the agent) or, after a
    reciprocal noun, that is joined to others (اتفاق إيران والقوى الكبرى: the parties), nor its
    adjective (مساعدات سعودية), nor the giver of what a verb of receiving names (تحظيان بدعم الولايات
    المتحدة). Countries joined by و after another noun are all its states (دعم لبنان وسوريا والعراق
    واليمن)."""
    # a definite noun is in construct with nothing (طائرة الإغاثة السعودية: an adjective)
    if match.lemma not in cues.construct_state_nouns or tokens[match.last - 1].stem.startswith(ARTICLE) \
            or match.first > 0 and tokens[match.first - 1].stem in cues.undergo:
        return []
    group = next((g for g in groups if g.first == match.last and not g.marker and _stateable(g)), None)
    qualifier = qualifying_country(tokens, groups, match, cues) if group is not None else None
    if group is None or qualifier is not None and qualifier[1] == group.first:
        return []  # مساعدات سعودية: an adjective, the state that gives
    joined = [group]
    while (more := next((g for g in groups if g.first == joined[-1].last), None)) is not None \
            and tokens[more.first].prefix.startswith("و") and _stateable(more) and match.lemma not in cues.reciprocal:
        joined.append(more)
    nxt = tokens[joined[-1].last] if joined[-1].last < len(tokens) else None
    if nxt is not None and (_lam_object(tokens, joined[-1].last) or nxt.stem in cues.genitive_object_preps
                            or nxt.stem == "الي"
                            or nxt.prefix.startswith("و") and any(g.first == joined[-1].last for g in groups)):
        return []
    return joined


def _lam_object(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is an object with ل: a word with the proclitic (للسعودية) or a
    pronoun the tokenizer keeps whole with it (لنا، لها)."""
    return k < len(tokens) and (tokens[k].prefix.lstrip("وف") == "ل" or tokens[k].stem in LAM_PRONOUNS)


def _stateable(group: Group) -> bool:
    """Whether a group is a country named bare, not a seat of government: one that reads as its
    state wherever the events stage makes no mention of a seat for it (a sentence's subject, a
    speaker or decider in construct, a side after بين)."""
    return group.bare_state and not group.seat


def _party(group: Group) -> bool:
    """Whether a group can stand as an event's party: an actor, or a country named bare."""
    return not group.place or _stateable(group)


def _state_of(states: dict[int, Group], group: Group) -> Group:
    """A group taken as an event's party: a country or seat named bare is its state, recorded in
    ``states`` (whose parties no longer count as the event's place)."""
    if not group.place:
        return group
    states[id(group)] = _as_state(group)
    return states[id(group)]


def _as_state(group: Group) -> Group:
    """A copy of a bare country (or seat of government) group read as its state, a party."""
    return replace(group, place=False, ids=[group.seat] if group.seat else group.ids)


def _agrees(tokens: list[Token], match: TriggerMatch, state: Group, cues: Cues) -> bool:
    """Whether a verb can have the country ``state`` as its subject: most country names are
    feminine and take a feminine verb (رفضت إيران، تطالب تونس), a few masculine (يرفض العراق); a
    masculine verb (زار، يزور، سيلتقي) takes a feminine country only as its object; city names
    are feminine (أعلنت موسكو)."""
    return _feminine_verb(tokens, match) \
        or not state.seat and all(i.removeprefix(COUNTRY) in cues.masculine_states for i in state.ids)


def _feminine_verb(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether the verb is in the feminine third person: تـ in the present (or a past تفاعل, read
    leniently), a final ت in the past, maybe before an object pronoun (طالبته). Not a past verb
    of the تفعّل and تفاعل patterns that reads as no present verb (تعهد الرئيس: he pledged)."""
    return _feminine(tokens[match.first].stem)


def _feminine(verb: str) -> bool:
    """:func:`_feminine_verb` on a verb's stem."""
    present = verb[1:] if verb[:2] in ("سي", "ست") else verb
    if present[:1] in ("ي", "ت"):
        return present.startswith("ت") and not _past_with_ta(verb)
    # a past verb keeps two letters before its ت (دعت، طالبته; not اتهم, no اـتهم)
    return any(verb.endswith("ت" + s) and len(verb) - len(s) > 2 for s in ("", *OBJECT_SUFFIXES))


def _relative_agrees(relative: str, verb: str) -> bool:
    """Whether a verb right after a relative pronoun agrees with it in gender, so the pronoun can
    be its subject: التي تزور لبنان, but التي دعا تنظيم داعش إلى مهاجمتها (the organisation calls)."""
    if relative == "التي":
        return _feminine(verb)
    return relative != "الذي" or not _feminine(verb)


def _past_with_ta(stem: str) -> bool:
    """Whether a stem in تـ is a trigger verb's past (تعهد، تظاهر) and none of its present
    readings is a trigger verb (تدعم: دعم, تنفي: نفى; those are read as the feminine present),
    nor is it a hollow or defective verb's present (تزور، تدين، تدعو: زار، أدان، دعا)."""
    verbs = load_lexicon().single_verbs
    return stem in verbs and len(stem) > 3 and stem[2] not in "وي" and stem[-1] not in "وي" \
        and not any(r.tense != "past" and r.lemma in verbs for r in analyze(stem))


def _masculine_object(tokens: list[Token], match: TriggerMatch, group: Group) -> bool:
    """Whether a group after a feminine verb is masculine singular, so its object, not its subject
    (كما دعت المجتمع الدولي: she called on the international community): a definite noun with
    no feminine ending followed by a masculine adjective of relation (الدولي، الإسرائيلي; a
    feminine or broken plural noun takes الدولية، الغربية)."""
    if group.last - group.first < 2 or not _feminine_verb(tokens, match):
        return False
    head, adjective = tokens[group.first].stem, tokens[group.first + 1].stem
    return head.startswith("ال") and not head.endswith(("ه", "ات")) \
        and adjective.startswith("ال") and adjective.endswith("ي") and len(adjective) > 4


def _feminine_object(tokens: list[Token], match: TriggerMatch, group: Group) -> bool:
    """Whether a group right after a masculine verb is a feminine singular body, so its object,
    not its subject (وطالب الخارجية التونسية والجامعة العربية بإدانة: he called on the ministry;
    she would take طالبت): a definite noun in ة, its adjectives in ة too, naming no person."""
    if group.person or _feminine_verb(tokens, match) or group.first != match.last:
        return False
    words = tokens[group.first:group.last]
    return words[0].stem.startswith("ال") and all(t.text.endswith("ة") for t in words)


def _device(tokens: list[Token], group: Group, cues: Cues) -> bool:
    """A bomb (سيارة مفخخة، عبوة ناسفة): the device of an attack, standing for its makers."""
    return any(token_lemma(t) in cues.device_words for t in tokens[group.first:group.last])


def _pronoun_subject(tokens: list[Token], match: TriggerMatch, cues: Cues) -> int | None:
    """Where a complementiser carrying the verb's subject stands right before it (قال إنه يدعم،
    أكدت أنها لن تسمح), else None: the subject is the pronoun, i.e. the speaker before it."""
    k = _verb_onset(tokens, match, cues) - 1
    return k if k >= 0 and tokens[k].stem in cues.pronoun_complementizers else None


def _victim_subject(tokens: list[Token], match: TriggerMatch, before: Group, after: Group | None,
                    cues: Cues) -> bool:
    """The group before a casualty verb is its victim (سبعة اشخاص قتلوا، عنصر قتل وجرح آخرون):
    the verb is one whose unvocalised form reads as a passive (قُتل، أُصيب), nothing after it
    is its object (``after``, the group in the verb's clause, before any comma, is no number or
    accusative), and
    the group is quantified or the verb agrees with it as a subject. A verb of seizing
    (``counted_victim_verbs``) reads so only after a counted group, with no object at all."""
    if match.kind == "verb" and match.lemma in cues.counted_victim_verbs:
        return after is None and _quantified(tokens, before, cues) \
            and _words_between(tokens, before.last, match.first) <= FRONTED_WORDS
    if match.kind != "verb" or match.lemma not in cues.victim_verbs:
        return False
    if before.first and tokens[before.first - 1].stem in cues.fire_words:
        return False  # وكان رصاص الجيش الإسرائيلي قد قتل أمس: the army's bullets killed
    if after is not None and not any(t.stem in cues.clause_breaks for t in tokens[match.last:after.first]) \
            and (_quantified(tokens, after, cues) or _accusative(tokens, after.first)):
        return False
    preverbal = match.first and tokens[match.first - 1].stem in cues.preverbal
    fronted = not tokens[match.first].prefix \
        and _complement_between(tokens, max(0, before.first - FRONTED_WORDS - 1), before.first, cues)
    if (preverbal or fronted) and _counted_object(tokens, match.last, cues):
        # a fronted subject (after قد before the verb, or after a complementiser), the verb and a
        # counted object: active (قوة ... قد قتلت أربعة، أن الجيش قتل "إرهابيين اثنين"، فإن مفرزة
        # خاصة من الحشد الشعبي قتلت احد أبرز قناصي تنظيم داعش)
        return False
    return _quantified(tokens, before, cues) or _subject_before(tokens, match, [before], cues) \
        or _words_between(tokens, before.last, match.first) <= 1


def _vocalised_passive(tok: Token) -> bool:
    """A past verb written with a damma on its first letter (قُتل، طُلب، اُعتقل): a passive, whose
    subject after it is what it befell (طُلب مني تغطية مؤتمر صحافي في السفارة: the embassy asked
    nothing). Not ي ت ن with a damma, which open an active present too (يُطلق، تُظهر)."""
    word = tok.text[len(tok.text) - (tok.end - tok.stem_start):] if tok.end > tok.stem_start else tok.text
    return len(word) > 1 and word[1] == DAMMA and word[0] not in "يتن"


def _killed_in(tokens: list[Token], match: TriggerMatch, cues: Cues) -> bool:
    """A casualty verb, "in it" and a count: passive (والهجوم المسلح الذي نفذه ...، وقتل فيها 17
    جنديا: the soldiers were killed, by no subject before)."""
    return match.lemma in cues.victim_verbs and match.last + 1 < len(tokens) \
        and tokens[match.last].stem in cues.passive_in and _counted_object(tokens, match.last + 1, cues, reach=0)


def _casualty_pair(tokens: list[Token], match: TriggerMatch, cues: Cues) -> bool:
    """Two bare past casualty verbs joined by و, killed and wounded: passive, their subject the
    dead and wounded after them (وقد قتل وجرح في المعارك أمس نحو 50 من عناصر الميليشيات: the
    militiamen were killed, they killed no one)."""
    if match.lemma not in cues.victim_verbs or match.last != match.first + 1:
        return False
    nxt = match.last
    return nxt < len(tokens) and tokens[nxt].prefix == "و" and tokens[nxt].stem in cues.victim_verbs \
        or tokens[match.first].prefix == "و" and match.first > 0 and tokens[match.first - 1].stem in cues.victim_verbs


def _counted_object(tokens: list[Token], start: int, cues: Cues, reach: int = TARGET_GAP) -> bool:
    """A number or quantity word in the clause from ``start`` on, within ``reach`` words and
    before any word joined by و or a free preposition (قد قتلت أول من أمس أربعة من المتهمين): an
    object no actor mention covers; not a part of the group before (أشخاص بينهم 5 شرطيين)."""
    words = 0
    for tok in tokens[start:]:
        if tok.stem in cues.clause_breaks or tok.prefix.startswith("و") or tok.stem == "و" or words > reach \
                or tok.stem in cues.part_of \
                or not tok.prefix and (tok.stem in cues.target_preps or tok.stem in cues.place_preps):
            return False
        if tok.stem in cues.quantifiers or tok.stem.isdigit() and int(tok.stem) not in YEARS:
            return True
        words += tok.stem[:1].isalpha()
    return False


def _complement_between(tokens: list[Token], a: int, b: int, cues: Cues) -> bool:
    """A complementiser (أن، بأن، إنه) in [a, b): the group before it speaks or reports, and the
    event after it is someone else's (أفادت الوزارة بأن قنبلة انفجرت)."""
    return any(tokens[j].stem in cues.complementizers and not (j and tokens[j - 1].stem in ("ما", "فما"))  # ما إن: as soon as
               for j in range(a, b))


def _relative_pronoun(stem: str, cues: Cues) -> bool:
    """Whether a word is a relative pronoun and nothing else (الذي، التي، الذين), not من or ما."""
    return stem in cues.relatives and stem not in AMBIGUOUS_RELATIVES


def _relative_between(tokens: list[Token], a: int, b: int, cues: Cues) -> bool:
    """A relative pronoun in [a, b): what follows is inside a relative clause (من يدعم ...)."""
    for j in range(a, b):
        stem = tokens[j].stem
        if stem in cues.relatives:
            if stem not in AMBIGUOUS_RELATIVES:
                return True
            nxt = tokens[j + 1].stem if j + 1 < len(tokens) else ""
            if nxt.startswith("ي") and nxt not in ("يوم", "يد"):
                return True
    return False


def _clause_apart(tokens: list[Token], a: int, b: int, cues: Cues, triggers: list[int]) -> bool:
    """Whether a clause break word or another trigger stands between positions a and b."""
    lo, hi = min(a, b), max(a, b)
    return any(t.stem in cues.clause_breaks and t.stem[:1].isalpha() for t in tokens[lo + 1:hi]) \
        or any(lo < t < hi for t in triggers)


def _coordinated(groups: list[Group], start: int, tokens: list[Token]) -> list[Group]:
    """The group at ``start`` and those joined to it by و (or و and the word before the last one
    again: أبناء الحركتين وأبناء الشعب) or a comma; a list joined by commas
    ends with و (ألمانيا، فرنسا وبريطانيا), so groups after the last و-joined one, joined by a
    comma alone, are not in it (ودعا الكربولي، الحكومة إلى: the government is the one called on),
    but a person's name apposed to the title before it (الأمين العام لحركة الجهاد الإسلامي، زياد
    النخالة)."""
    cues = load_cues()
    out = [groups[start]]
    joined_by_wa = [True]
    for g in groups[start + 1:]:
        gap = g.first - out[-1].last
        # or after و and the same word as before the last group: أبناء الحركتين وأبناء الشعب الفلسطيني
        wa = _counted_with_wa(tokens, g, out[-1], cues) or g.first > out[-1].first > 0 \
            and tokens[g.first - 1].prefix.startswith("و") and tokens[g.first - 1].stem == tokens[out[-1].first - 1].stem
        joiner = wa or any(t.text in COMMAS for t in tokens[out[-1].last:g.first])
        if g.place or gap > COORD_GAP or not joiner or g.marker == ATTRIBUTION \
                or any(t.stem in cues.time_words for t in tokens[out[-1].last:g.first]):
            break  # دعا ظريف، الأربعاء، الرئيس الأميركي: after the time the verb's object
        out.append(g)
        joined_by_wa.append(wa)
    while len(out) > 1 and not joined_by_wa[len(out) - 1] and not out[-1].person:
        out.pop()
    return out


def _elaborated(tokens: list[Token], groups: list[Group], part: list[Group], cues: Cues) -> list[Group]:
    """The groups that ``part`` is named among, after an elaboration word and at most COORD_GAP
    words after them (سبعة أشخاص على الأقل، بينهم شرطيان، أصيبوا: all seven were wounded, not only
    the policemen); [] when no such word is right before it."""
    k = part[0].first - 1
    while k >= 0 and tokens[k].text in COMMAS:
        k -= 1
    if k < 0 or tokens[k].stem not in cues.elaboration:
        return []
    end = next((j for j in range(len(groups) - 1, -1, -1) if groups[j].last <= k), None)
    if end is None or _words_between(tokens, groups[end].last, k) > COORD_GAP:  # على الأقل، بينهم
        return []
    return _coordination_ending(groups, end, tokens)


def _counted_with_wa(tokens: list[Token], group: Group, before: Group, cues: Cues) -> bool:
    """Whether و joins ``group`` to the group ``before`` it: on its first word, on a count before
    it (جندي دولي وثمانية مقاتلين أفغان), maybe with من between (خمسة مدنيين و11 من المتمردين), or on
    the one definite word, an epithet, between the two when the second names a person (المتمردين
    الحوثيين والمخلوع علي عبد الله صالح، نظيريه الروسي سيرجي لافروف والسعودي عادل الجبير); not when a
    phrase after ب or ل follows the group before, which the و continues (قضت محكمة مصرية بمعاقبة
    الإعلامي ونائب البرلمان السابق توفيق عكاشة: the one punished)."""
    if tokens[group.first].prefix.startswith("و"):  # (a name's own ل-word right before it: كالبنك الافريقي للتنمية والبنك)
        return group.first - before.last < 2 or tokens[before.last].prefix.lstrip("وف") not in ("ب", "ل")
    k = group.first - 1
    if k == before.last and group.person and tokens[k].prefix == "و" and tokens[k].stem.startswith(ARTICLE) \
            and not load_lexicon().is_verb(tokens[k].stem):  # not والتقى الرئيس الأميركي باراك أوباما
        return True
    if k - 1 >= before.last and tokens[k].stem == "من" and not tokens[k].prefix:
        k -= 1
    return k >= before.last and tokens[k].prefix.startswith("و") \
        and (tokens[k].stem in cues.quantifiers or tokens[k].stem.isdigit())


def _coordination_ending(groups: list[Group], end: int, tokens: list[Token]) -> list[Group]:
    """The whole coordination whose last group is ``groups[end]``, joined by و (ألمانيا وفرنسا
    وبريطانيا, خمسة مدنيين و11 من المتمردين); a comma before a subject more often ends a speaker's
    name (وأكد اللواء منصور التركي، تنظيم داعش يسيطر)."""
    cues = load_cues()
    k = end
    while k and _counted_with_wa(tokens, groups[k], groups[k - 1], cues) \
            and groups[k] in _coordinated(groups, k - 1, tokens):
        k -= 1
    return [g for g in _coordinated(groups, k, tokens) if g.last <= groups[end].last]


def _words_between(tokens: list[Token], a: int, b: int) -> int:
    """Number of word tokens in [a, b): punctuation does not count as distance."""
    return sum(1 for t in tokens[a:b] if t.stem[:1].isalpha())


def fill_arguments(tokens: list[Token], groups: list[Group], match: TriggerMatch, next_trigger: int,
                   subject: list[str], triggers: list[int] | None = None) -> Arguments:
    """Source, target and place of one trigger; ``next_trigger`` bounds its target search and
    ``triggers`` (the token positions of all trigger words) bound the clause its place is in."""
    cues = load_cues()
    verbal = match.kind in VERBAL
    # a country (or its seat of government) as a verb's subject or object is the state: a party,
    # no longer the place
    states = {id(g): _as_state(g) for g in (_states(tokens, groups, match, cues) if verbal
                                            else _construct_states(tokens, groups, match, cues))}
    actors = [states.get(id(g), g) for g in groups if not g.place or id(g) in states]
    if match.type not in cues.device_types:  # ضبط مصنع للأحزمة الناسفة: the bombs are things here
        actors = [g for g in actors if not _device(tokens, g, cues)]
    source: list[Group] = []
    target: list[Group] = []
    victims: list[Group] = []
    dead_before = False
    intransitive = match.lemma in cues.intransitive  # تظاهر، تجمع: no object
    relative = verbal and _relative_subject(tokens, match, cues)
    # a participle opening a circumstantial clause after a comma (قال الوزير ...، داعيا إسرائيل إلى;
    # the lexicon matches participles only there): its subject is the main clause's, not the
    # nearest name before it (دونالد ترامب of a clause between), and what follows it is its object
    circumstantial = match.kind == PARTICIPLE
    resulting = _resulting(tokens, match, triggers or [], cues)
    # a circumstantial participle's subject is the sentence's: what follows it is its object
    event_at = _event_subject(tokens, match, groups, triggers or [], cues) if verbal and not circumstantial else None
    media = verbal and not circumstantial and _media_after(tokens, match, groups, cues)
    unnamed = verbal and not circumstantial and (_unnamed_subject(tokens, match, actors, cues) or event_at is not None
                                                 or media)
    attack_after = verbal and not circumstantial and _attack_noun_after(tokens, match, triggers or [], cues)
    noun_subject = verbal and not circumstantial and _noun_subject(tokens, match, groups, cues) or attack_after
    after = [k for k, g in enumerate(actors) if g.first >= match.last and g.first < next_trigger
             and g.marker not in (ATTRIBUTION, ALONGSIDE)]
    # not على يد of a later clause, nor of a killing between (احتجاجا على مقتل مدنيين على يد ...)
    agents = [k for k in after if actors[k].marker == AGENT
              and not _clause_apart(tokens, match.last - 1, actors[k].first, cues, [])
              and not _casualty_between(tokens, match.last, actors[k].first, cues)
              and not _participle_agent(tokens, groups, actors[k], match)]
    passive = verbal and (tokens[match.first].stem in cues.passive_forms or _killed_in(tokens, match, cues)
                          or _casualty_pair(tokens, match, cues) or _vocalised_passive(tokens[match.first]))
    passive_victim = False  # وقتل 14 شخصا: "14 people were killed", by no subject of the sentence
    if agents:  # passive with its agent: اغتيل على يد مسلحين
        source = [actors[agents[0]]]
        after = [k for k in after if k not in agents]
        fronted = [g for g in actors if g.last <= match.first and not g.marker]
        if fronted and _victim_subject(tokens, match, fronted[-1], None, cues):
            victims = [fronted[-1]]  # سبعة أشخاص قتلوا على يد ثلاثة مهاجمين: the seven are its target
    elif verbal:
        nxt = actors[after[0]] if after else None
        pronoun = _pronoun_subject(tokens, match, cues)
        # a verb form that can only be passive (اغتيل النائب العام) has no source next to it, nor is
        # the one it asks its subject (طلب الوزير من الحكومة);
        # after an intransitive verb a counted group is its subject (تظاهر نحو 15 شخصا)
        # قتل شخصين: unvocalised, a casualty verb before a group that bears no arms (no armed
        # sector, no state) reads as a passive
        # ... unless a count follows it: عندما قتل أربعة انتحاريين بريطانيين 52 شخصا، قتل متطرفون بالرصاص 48 مصليا;
        # a counted group before a counted object is any verb's subject (قصفت 3 طائرات تركية 4 مواقع)
        # (past the organisation they belong to: أربعة مسلحين من حركة الشباب 67 شخصا)
        killers = nxt is not None and _counted_object(
            tokens, max([nxt.last, *(g.last for g in _members_of(tokens, actors, nxt, cues))]), cues, KILLER_REACH)
        # واعتقل مسلح ثالث: a third gunman was arrested, by none named before (a bare past verb with
        # no object pronoun, before an indefinite group of no article that is neither counted nor
        # accusative and ends its clause: not الشرطة اعتقلت شخصين، أوقف خفر السواحل زورقه، كان
        # احتجزهم مسلحون، احتجز متظاهرون غاضبون نائب رئيس مجلس المحافظة)
        seized = match.lemma in cues.counted_victim_verbs and nxt is not None and not killers \
            and tokens[match.first].stem == match.lemma and not object_pronoun(tokens, match) \
            and not any(t.stem.startswith(ARTICLE) for t in tokens[nxt.first:nxt.last]) \
            and not _quantified(tokens, nxt, cues) and not _accusative(tokens, nxt.first) \
            and _indefinite_victims(tokens, actors, after) and _nothing_after(tokens, nxt, cues)
        unarmed_victim = seized or match.lemma in cues.victim_verbs and nxt is not None and not killers \
            and (not (nxt.armed or nxt.bare_state) or _indefinite_victims(tokens, actors, after)
                 or _counted_after(tokens, match, nxt, cues))
        passive_victim = unarmed_victim and tokens[match.first].stem == match.lemma
        antecedent = None if passive or circumstantial else _indefinite_antecedent(tokens, actors, match, cues)
        if antecedent is not None:  # اعتقلت الشرطة مسلحين هاجموا مركزا: the gunmen attacked
            source = [antecedent]
        elif nxt and not passive and not unarmed_victim and not nxt.marker and pronoun is None and not circumstantial \
                and not relative and not _asked(tokens, match, nxt, cues) \
                and (intransitive and _quantified(tokens, nxt, cues) or killers  # تظاهر نحو 15 شخصا: counted
                     or _nominative_plural(tokens[nxt.first])  # ينتقد بعض المتطرفون: counted, a subject still
                     or not _quantified(tokens, nxt, cues) and not _accusative(tokens, nxt.first)
                     and not _oblique_plural(tokens, nxt)) \
                and (match.lemma not in cues.device_verbs or _device(tokens, nxt, cues)) \
                and not (nxt.bare_state and not _agrees(tokens, match, nxt, cues)) \
                and not _masculine_object(tokens, match, nxt) and not _feminine_object(tokens, match, nxt) \
                and not unnamed and not _subject_before(tokens, match, actors, cues) \
                and not noun_subject and not _prepositional_head(tokens, match, nxt, cues) \
                and not _object_head(tokens, match, nxt, cues) \
                and not _what_text_says(tokens, match, nxt, cues) \
                and (killers or not _after_count(tokens, match, nxt, cues)) \
                and not (nxt.first > match.last and _governed(tokens, nxt, cues)) \
                and not _clause_apart(tokens, match.last - 1, nxt.first, cues, []) \
                and not _complement_between(tokens, match.last, nxt.first, cues) \
                and _words_between(tokens, match.last, nxt.first) <= SOURCE_GAP:
            source = _coordinated(actors, after[0], tokens)
            source += _members_of(tokens, actors, source[-1], cues)
            after = [k for k in after if actors[k].first >= source[-1].last]
        else:
            clause = match.first if pronoun is None else pronoun  # إنه: its subject is the speaker
            before = [g for g in actors if g.last <= clause and not g.marker and not g.used_as_target
                      and not _complement_between(tokens, g.last, clause, cues)
                      and (relative or g.last == clause or not _governed(tokens, g, cues))]
            if pronoun is not None and _added_statement(tokens, pronoun, cues):
                # قالت الحكومة ...، مضيفة أنها قصفت: the speaker, where the sentence names one (not
                # أكد المصدر أن البغدادي ...، مشيرا إلى أنه اتهم: al-Baghdadi)
                before = _main_speakers(tokens, groups, match, cues) or before
            if relative and before and not _antecedent_of(tokens, before[-1], match) or unnamed or attack_after:
                before = []  # the relative's antecedent, the fronted phrase or the event after the verb acts, no actor
            obj = nxt if nxt and _words_between(tokens, match.last, nxt.first) <= TARGET_GAP \
                and not any(match.last <= p < nxt.first for p in triggers or []) else None
            if before and _victim_subject(tokens, match, before[-1], obj, cues):
                # ثمانية اشخاص قتلوا، 19 عنصرا من الجيش والشرطة قتلوا: the subject of a casualty verb is its target
                victims = _coordination_ending(before, len(before) - 1, tokens)
                victims = _elaborated(tokens, before, victims, cues) + victims
            elif before and before[-1] in _the_dead(tokens, actors, cues):
                dead_before = True  # مقتل سبعة اشخاص ... في هجوم استهدف موكبه: the dead did not attack
            elif before and not passive and not circumstantial and not resulting and not seized:
                source = _coordination_ending(before, len(before) - 1, tokens)
                # قاموا باختطاف الصحفية أفراح شوقي وسرقوا حاسوبها: not she (but حبري وفريقه ... رفضوا)
                if len(source) == 1 and source[0].person and pronoun is None and _plural_verb(tokens, match) \
                        and not (source[0].last < match.first and tokens[source[0].last].prefix.startswith("و")):
                    source = []
    genitive = None if verbal or match.kind == "agent" or victims else \
        _genitive_agent(tokens, groups, actors, match, next_trigger, cues)
    if genitive is not None:  # دعم إيران للحوثيين: Iran supports the Houthis
        agent, target = genitive
        source = [_state_of(states, agent)]
        if match.lemma in cues.doer_nouns:  # its object is sought after the doer
            after = [k for k in after if actors[k].first >= agent.last]
    elif not verbal and match.kind != "agent" and not victims \
            and (match.type in cues.speech_types or match.lemma in cues.caller_nouns) \
            and (speaker := _construct_speaker(tokens, groups, actors, match, cues)) is not None:
        # رغم اتهامات ترامب ودول خليجية: Trump and the Gulf states accuse; انتقادات روسيا: the state
        source = [_state_of(states, g) for g in speaker]
        after = [k for k in after if actors[k].first >= source[-1].last]
    elif not verbal and match.kind != "agent" and not victims and match.lemma in cues.agentive_nouns:
        attacker = next((g for g in actors if match.last <= g.first <= match.last + ADJECTIVE_GAP
                         and _attacker(tokens, g, [match.first], cues)), None)
        if attacker is not None:  # جراء قصف القوات الأوكرانية: the forces shelled
            source = [attacker]
            after = [k for k in after if actors[k].first >= attacker.last]
    claimant = None if verbal or match.kind == "agent" else _claimant(tokens, actors, match, cues)
    if claimant is not None:  # أعلنت حركة طالبان مسؤوليتها عن الهجوم: the Taliban attacked
        source = [claimant]
        after = [k for k in after if actors[k].first >= match.last]
    decider = None if source or verbal or match.kind == "agent" else _decider(tokens, groups, match, cues)
    if decider is not None:  # قرار الرئيس دونالد ترامب بشأن حظر: Trump bans; named in the event's phrase
        source = [_state_of(states, decider)]
    involved = None if source or verbal or match.kind == "agent" else _involved(tokens, groups, match, cues)
    if involved is not None:  # السعودية متورطة في دعم الإرهاب: Saudi Arabia is said to support it
        source = [_state_of(states, involved)]
    giver = None
    if not source and not verbal and match.kind != "agent" and match.type not in cues.from_not_agent_types \
            and tokens[match.last - 1].stem not in cues.dead_nouns | cues.casualty_nouns:
        giver = _giver(tokens, actors, match, cues)
        if giver is not None:  # بدعم من طيران التحالف: the coalition supports; named in the event's phrase
            source = _coordinated(actors, actors.index(giver), tokens)
            after = [k for k in after if actors[k].first >= source[-1].last]
    # بدعوة من الوزير الأول، الجزائري، عبد المالك سلال: the one invited is the clause's subject
    invited = bool(source) and not verbal and tokens[match.first].stem in cues.invitations \
        and tokens[match.first].prefix.endswith("ب")
    # واستعادت قوات الجيش بدعم من سكان مسلحين: the army is helped, nothing after the giver is
    helped = giver is not None and not invited and tokens[match.first].prefix.endswith("ب")
    if not source and not verbal and match.kind != "agent":
        # الزيارة التي قام بها رئيس الحكومة، لقاء ضم وزير الخارجية الروسي سيرغي لافروف مع خالد مشعل
        source = _performer(tokens, groups, actors, match, cues) or _gathered(tokens, actors, match, cues)
        after = [k for k in after if not source or actors[k].first >= source[-1].last]
    if not source and not verbal and match.lemma in cues.gathering:
        # right after the noun, or after one bare word qualifying it (اجتماع قريب للرئيس الأمريكي)
        bare = match.last < len(tokens) and not tokens[match.last].prefix and tokens[match.last].stem.isalpha() \
            and not tokens[match.last].stem.startswith(ARTICLE) and tokens[match.last].stem not in cues.function_words
        host = next((g for g in actors if g.marker == "ل" and (g.first == match.last or bare and g.first == match.last + 1)),
                    None)
        if host is not None:  # اجتماعا لحلف شمال الأطلسي: NATO meets; named in the event's phrase
            source = _coordinated(actors, actors.index(host), tokens)
            after = [k for k in after if actors[k].first >= source[-1].last]
    if not source and not verbal and match.type == "CONSULT":
        chair = _chair(tokens, actors, match, next_trigger, cues)
        if chair is not None:  # اجتماع عقد في قصر السلام بجدة برئاسة الأمير محمد بن نايف
            source = _coordinated(actors, actors.index(chair), tokens)
            after = [k for k in after if actors[k].first >= source[-1].last]
    anchor = source[-1].last if source and source[-1].first >= match.last else match.last
    title_org = _appositive_org(tokens, actors, source[-1]) if source and source[-1].first >= match.last else None
    if title_org is not None:  # استنكر الزياني الأمين العام لمجلس التعاون تصريحات المالكي: not the GCC
        anchor = title_org.last
        after = [k for k in after if actors[k].first >= anchor]
    elif verbal and after and not source and (_body_before_holder(tokens, actors, after[0], match.last)
                                              or _posting(tokens, actors, after[0])):
        # انتقد رئيس اللجنة الاقتصادية في البرلمان الإيراني أحمد توكلي، ردة فعل الحكومة: he criticises;
        # زار المبعوث الخاص إلى سوريا ستيفان دي مستورا طهران: he visits
        source = [_holder_after(actors, after[0])]
        anchor = source[0].last
        after = [k for k in after if actors[k].first >= anchor]
    gap = TARGET_GAP if verbal else TARGET_GAP - 2
    cue = _undergo_cue(tokens, actors, match, triggers or [], cues)
    undergone = _undergoer(tokens, actors, match, cue, cues)
    if undergone is not None:  # بتعرض X لمحاولة اغتيال: X is the target
        target = _coordinated(actors, undergone, tokens)
        source = [g for g in source if g not in target]
        doer = next((k for k in after if actors[k].first == match.last and not actors[k].marker), None)
        if not source and not verbal and doer is not None:  # حظي بتأييد النواب: the deputies support him
            source = _coordinated(actors, doer, tokens)
    elif victims:
        target = victims
    elif helped:
        target = _helped(tokens, actors, match, cues)
    elif resumed := _resumed(tokens, groups, actors, match, cues):  # باكستان التي يتهمها تنظيم داعش
        target = resumed
        source = [g for g in source if g not in target]
    # an intransitive verb (تظاهر، تجمع) has no object: what follows it is place, time or manner
    for k in [] if target or intransitive or invited or helped or match.kind == "agent" else after:
        # the object of a verb coordinated with the trigger (اقتحم مسلحون ... وخطفوا أربعة)
        start = max([anchor, *(p + 1 for p in triggers or [] if anchor <= p < actors[k].first
                               and tokens[p].prefix.startswith("و"))])
        if _clause_apart(tokens, start - 1, actors[k].first, cues, []) or _device(tokens, actors[k], cues):
            continue  # اقتحموا غرفة التنسيق، حيث يوجد الضابط: the officer is in another clause; a bomb is no target
        if _attacker(tokens, actors[k], triggers or [], cues):
            continue  # قتل جراء قصف القوات الأوكرانية: the forces shelled, they were not killed
        if _posting(tokens, actors, k):
            continue
        if media and actors[k].marker and any(not g.marker for g in actors[k + 1:]):
            continue  # وسائل إعلام مؤيدة للحكومة: the government is in the media's phrase, no object
        if k and actors[k - 1].last == actors[k].first - 1 and (
                actors[k].marker == "في" or actors[k].marker == "ل"
                and token_lemma(tokens[actors[k].first - 1]) in cues.loyal_words):
            # وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث، وطلبت الوكالة الدولية للطاقة
            # الذرية التابعة للأمم المتحدة دخول موقع بارشين: the body the group before is in or belongs
            # to (but التقى بعض القيادات في جماعة أنصار الله: the Houthis are met)
            continue
        if _words_between(tokens, start, actors[k].first) <= gap \
                and not _relative_between(tokens, start, actors[k].first, cues) \
                and not _complement_between(tokens, start, actors[k].first, cues) \
                and not any(t.stem in cues.agent_verbs for t in tokens[start:actors[k].first]):  # هجوم نفذه X
            killer = _killer(tokens, actors, k, start - 1, next_trigger, cues) \
                if match.type in cues.purpose_types else None
            if killer == []:
                break  # احتجاجا على مقتل براون: against his killer, who is not named
            target = killer or [g for g in _coordinated(actors, k, tokens) if g.first < next_trigger]
            members = _members_of(tokens, actors, target[-1], cues) if all(g.generic for g in target) else []
            if members:  # قتلى وجرحى من الحوثيين وقوات صالح: the wounded and their side
                target += [g for g in _coordinated(actors, actors.index(members[0]), tokens) if g.first < next_trigger]
        break
    sides = [] if source or match.lemma not in cues.reciprocal else _between_sides(tokens, groups, match, next_trigger, cues)
    if sides:  # اشتباكات بين الجيش ومسلحين، اجتماع في البيت الأبيض بين ترامب ونتنياهو: the first side is the source
        sides = [_state_of(states, g) for g in sides]
        source, target = sides[:1], sides[1:]
    if target and not source and match.lemma in cues.travel_nouns and target[0].marker in ("", "ل"):
        source, target = _traveller(tokens, groups, target, next_trigger, match, triggers or [])
    if not target and match.type in cues.casualty_types:
        target = [g for g in _casualty_victims(tokens, actors, cues)
                  if g not in source and not any(kin(i, _ids(source)) for i in g.ids)]
    if not target and match.type in cues.purpose_types:
        target = _purpose_target(tokens, groups, source, match, next_trigger, cues, triggers or [])
    for g in target:
        g.used_as_target = True
    for g in groups:
        if id(g) in states:
            g.used_as_target = states[id(g)].used_as_target
    tgt_ids = _ids(target)
    src_ids = _ids(source)
    # أمر بسجنه: the subject the possessive refers to, a person or civilians named in the
    # sentence, underwent the event (not a ministry, a party, the media: their arrest of someone)
    subject_groups = [g for g in groups if set(g.ids) & set(subject)]
    undergoer = not verbal and not source and not target and match.type in cues.patient_types \
        and possessed(tokens[match.first], match) and not _object_after(tokens, match) \
        and bool(subject_groups) and all(g.civilian for g in subject_groups)
    # وأدينت بالسجن، فتعرض أيضا لانتقادات with no group of its own: the sentence's subject underwent
    # the event the verb governs (not one further on: تواجه عزلة فرضتها دول عربية وتعهد بمواصلة؛
    # nor a verb joined by و: للعدوان الذي تتعرض له وداعية التونسيين)
    undergoer = undergoer or cue is not None and undergone is None and not source and not target and bool(subject) \
        and not tokens[match.first].prefix.startswith("و") and _words_between(tokens, cue + 1, match.first) <= UNDERGONE_GAP
    if undergoer or invited:
        tgt_ids = [i for i in subject if i not in src_ids]
    qualifier = None if src_ids else qualifying_country(tokens, groups, match, cues)
    adjective = [qualifier[0]] if qualifier and qualifier[0] not in tgt_ids else []
    # an agent noun is its own source, but not among the dead (قتلت 10 من عناصر تنظيم داعش، بينهم انتحاري)
    own = [g for g in actors if g.first <= match.first < g.last] \
        if match.kind == "agent" and not (match.first and tokens[match.first - 1].stem in cues.part_of) else []
    signer, partner = ([], []) if verbal else _signer(tokens, groups, actors, match, cues)
    if signer and not (src_ids or own or adjective):  # الاتفاق الذي وقعته إيران مع القوى الكبرى
        tgt_ids = [i for i in tgt_ids if i not in signer] or [i for i in partner if i not in signer]
    src_ids = src_ids or _ids(own) or adjective or signer or _nominal_agent(tokens, groups, actors, match, cues) \
        or [i for i in light_verb_subject(tokens, groups, match, cues) if i not in tgt_ids] \
        or ([] if victims or dead_before or passive or passive_victim or relative and not source or unnamed or noun_subject
            or undergoer or resulting or _background(tokens, match, cues)
            # a participle's main clause keeps its subject when it also names others: المجتمعون ...،
            # داعين أبناء الحركتين (its own members) وأبناء الشعب الفلسطيني: the movements call on the people
            else [i for i in subject if i not in tgt_ids
                  or circumstantial and not set(tgt_ids) <= set(subject)])
    if not (src_ids or victims or passive or undergoer):
        src_ids = [i for i in _possessor(tokens, groups, match, cues) if i not in tgt_ids]
    src_ids = [i for i in src_ids if i not in cues.victim_actors]  # لم يسفر عن قتلى، بينما أصيب ستة جنود
    if not src_ids and match.lemma in cues.travel_nouns and not verbal:
        # a visit to a country named in construct with no visitor is mostly tourism or a visa
        # (منح التأشيرات للمواطنين اللبنانيين لزيارة بلاده): the country stays its place
        tgt_ids = [i for i in tgt_ids if not any(i in state.ids for state in states.values())]
    parties = set(src_ids + tgt_ids)
    places = [g for g in groups if not (id(g) in states and parties.intersection(states[id(g)].ids))]
    seats = {g.seat: (g.first, g.last) for g in (states[id(g)] for g in groups if id(g) in states)
             if g.seat in parties}
    return Arguments(src_ids, [i for i in tgt_ids if i not in src_ids],
                     _location(tokens, places, match, triggers or [], cues),
                     {qualifier[0]: qualifier[1]} if adjective and src_ids == adjective else {}, seats,
                     subject_no_actor=noun_subject or unnamed,
                     subject_noun=match.last if attack_after else event_at)


def _nothing_after(tokens: list[Token], group: Group, cues: Cues) -> bool:
    """Whether the clause goes on after ``group`` and at most one word qualifying it (مسلح ثالث)
    with no noun that could be a verb's object: punctuation, a preposition, a time word or the end
    of the sentence follows."""
    for k in range(group.last, min(group.last + 2, len(tokens))):
        tok = tokens[k]
        if not tok.stem[:1].isalpha() or tok.stem in cues.function_words or tok.stem in cues.time_words \
                or tok.prefix.startswith(("ب", "ل", "و", "ف")):
            return True
    return group.last + 1 >= len(tokens)


def _indefinite_victims(tokens: list[Token], actors: list[Group], after: list[int]) -> bool:
    """Whether the groups right after a casualty verb are common nouns without the article that
    no other group follows as an object (وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات:
    a soldier and eight fighters were killed; not قتل مسلحون مجهولون الشرطي), generic or an agent
    noun with its state's adjective (قتل جندي تركي في هجوم ... شنه متمردون أكراد: the Turkish army
    killed no one)."""
    sides = _coordinated(actors, after[0], tokens)
    if not all((g.generic or _agent_noun(tokens[g.first]) is not None)
               and not tokens[g.first].stem.startswith(ARTICLE) for g in sides):
        return False
    rest = [actors[k] for k in after if actors[k].first >= sides[-1].last]
    # a group after في (في هجوم ... شنه متمردون) is in another phrase, no object
    return not rest or rest[0].marker != "" or _words_between(tokens, sides[-1].last, rest[0].first) > TARGET_GAP \
        or any(not t.prefix and t.stem == "في" for t in tokens[sides[-1].last:rest[0].first])


def _counted_after(tokens: list[Token], match: TriggerMatch, group: Group, cues: Cues) -> bool:
    """Whether the group is counted right after the verb (قتل ستة من عناصر الشرطة، قتل عنصران من
    الشرطة، قتل ثلاثة جنود أتراك، وجرح 15 من مسلحي التنظيم): counted right after a casualty verb
    with no counted object after it, the group is its victims (a passive), armed or not."""
    return _counted_span(tokens, past_time_words(tokens, match.last, cues, group.first), group.first, cues)


def _counted_span(tokens: list[Token], a: int, b: int, cues: Cues) -> bool:
    """Whether the words in [a, b) count the group at ``b``: a number, quantity or member word
    first, then at most COUNT_WORDS words, none a preposition but من nor a clause break (ستة من
    عناصر، عدد من عناصر تنظيم «داعش»، 15 من مسلحي)."""
    words = [t for t in tokens[a:b] if t.stem[:1].isalnum()]
    if not words or len(words) > COUNT_WORDS + 1:
        return False
    first = words[0].stem
    return (first.isdigit() and int(first) not in YEARS or first in cues.quantifiers or first in cues.members) \
        and not any(t.prefix or t.stem in cues.clause_breaks or t.stem != "من" and t.stem in cues.target_preps
                    or t.stem in cues.place_preps for t in words[1:])


def _plural_verb(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether a verb trigger bears the plural subject suffix (سرقوا، يهاجمون): its subject is
    no one person."""
    stem = tokens[match.first].stem
    return match.kind == "verb" and stem.endswith(PLURAL_SUFFIXES) and stem not in (match.lemma, match.lemma + "ا")


def _resulting(tokens: list[Token], match: TriggerMatch, triggers: list[int], cues: Cues) -> bool:
    """Whether a casualty follows a verb of result whose subject is an event named before it
    (الاعتداء الذي جد أمس في باريس وأدى إلى وفاة شرطي وجرح شخصين): the event caused it, not
    the sentence's subject (the president who sent his condolences)."""
    if match.type not in cues.casualty_types:
        return False
    for j in range(match.first - 1, max(-1, match.first - RESULT_WINDOW - 1), -1):
        if tokens[j].stem in cues.result_verbs:
            return any(p < j for p in triggers)
    return False


def _background(tokens: list[Token], match: TriggerMatch, cues: Cues) -> bool:
    """Whether an event noun with no possessive follows a word of sequel or cause (على إثر
    الاعتداء، عقب الهجوم، جراء القصف): for the types that are announced rather than made by
    the sentence's subject (``reporter_types``: the president who sent his condolences on the
    attack), an event the news follows from; not a meeting its subject spoke after (وقال X
    إثر اللقاء)."""
    if match.type not in cues.reporter_types or match.kind in VERBAL or not match.first \
            or possessed(tokens[match.first], match):
        return False
    return tokens[match.first - 1].stem in cues.background_words


def _object_after(tokens: list[Token], match: TriggerMatch) -> bool:
    """Whether a definite noun with no preposition follows the trigger: its object (اعتقالها
    المتهم), whether or not it names an actor."""
    nxt = tokens[match.last] if match.last < len(tokens) else None
    return nxt is not None and not nxt.prefix and nxt.stem.startswith(ARTICLE) and nxt.stem.isalpha()


def _possessor(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> list[str]:
    """The owner a noun trigger's feminine or plural possessive refers back to when the noun's
    object follows it, maybe after one definite adjective, after ل or one of cues
    ``possessor_objects`` (ودعمها لأدواتها، مبدية تضامنها الكامل مع، تعاونهم مع الأكراد، موافقتها على):
    the nearest group before it in the sentence with no preposition, a country as its state, and
    not a person (whose gender the pronoun may not match), nor one in a relative clause (الممارسات
    التي يأتيها جيش الاحتلال). Only for types whose
    possessive names the doer (cues ``possessor_types``: not اعتقالهم، تهريبهم, which befall them),
    and not before ب, which tells an accused's charge (اتهامها بعدم بذل جهود)."""
    tok = tokens[match.first]
    k = match.last + (1 if match.last < len(tokens) and not tokens[match.last].prefix
                      and tokens[match.last].stem.startswith(ARTICLE) else 0)
    nxt = tokens[k] if k < len(tokens) else None
    if match.kind in VERBAL or match.kind == "agent" or match.type not in cues.possessor_types or nxt is None \
            or not tok.stem.endswith(POSSESSIVES) or not possessed(tok, match) \
            or not (nxt.prefix.lstrip("وف").startswith("ل") or nxt.stem in cues.possessor_objects):
        return []
    owner = next((g for g in reversed(groups) if g.last <= match.first and not g.marker
                  and not any(_relative_pronoun(t.stem, cues) for t in tokens[max(0, g.first - RELATIVE_REACH):g.first])),
                 None)
    if owner is None or owner.person or owner.place and not owner.bare_state:
        return []
    return _as_state(owner).ids if owner.bare_state else owner.ids


def possessed(tok: Token, match: TriggerMatch) -> bool:
    """Whether a noun trigger carries a third-person possessive pronoun (سجنه، اعتقالهم،
    مصادرتها; رفضه, a form the lexicon lists whole, whose base is a noun trigger too), not a word
    that ends so itself (ضربة, مصادرة read as ضربه، مصادره)."""
    stem = tok.stem
    for suffix in RESUMPTIVE:
        base = stem[: -len(suffix)]
        if stem.endswith(suffix) and (base == match.lemma or match.lemma.endswith("ه") and base == match.lemma[:-1] + "ت"
                                      or stem == match.lemma and _noun_trigger(base)):
            return True
    return False


def _noun_trigger(stem: str) -> bool:
    """Whether ``stem`` is a one-word event noun of the lexicon (رفض), not an agent (انتحاري)."""
    return any(e["kind"] == "noun" for e in load_lexicon().single_nouns.get(stem, ()))


def qualifying_country(tokens: list[Token], groups: list[Group], match: TriggerMatch,
                       cues: Cues) -> tuple[str, int] | None:
    """The country (id, token index) whose adjective qualifies a noun trigger: the state that acts
    (ضربة جوية أميركية، الغارات الإسرائيلية، دعماً سعودياً). Only over other adjectives that agree
    with the noun in definiteness and gender, carry no clitic and belong to no actor mention
    (اغتيال السفير الأميركي: the adjective is the ambassador's); a plural (اعتقال فلسطينيين)
    names people, whom the actors stage resolves, not the state."""
    if match.kind in VERBAL or match.kind == "agent":
        return None
    head = tokens[match.first].stem
    definite = head.startswith("ال")
    before = tokens[match.first - 1] if match.first else None
    if definite and before and not before.prefix and before.stem.endswith("ه") and not before.stem.startswith("ال") \
            and before.stem not in cues.quantity_heads:  # but غالبية الغارات التركية: the raids are Turkish
        return None  # وكالة المساعدات الدولية الأميركية: the noun completes another, whose adjective it may be
    feminine = head.endswith(("ه", "ات"))  # ضربة، الغارات: a feminine adjective (non-human plurals too)
    taken = {j: g for g in groups for j in range(g.first, g.last)}
    kb = load_kb()
    for j in range(match.last, min(len(tokens), match.last + ADJECTIVE_GAP + 1)):
        tok = tokens[j]
        if tok.prefix or not tok.stem.isalpha() or tok.stem.startswith("ال") != definite \
                or tok.stem.endswith("ه") != feminine:  # مراكز الاعتقال الليبية: the centres are Libyan
            return None
        iso3 = kb.country_of_nisba(token_lemma(tok))
        group = taken.get(j)
        if iso3 and (group is None or group.ids == [COUNTRY + iso3]):  # مساعدات سعودية read as the country
            return None if tok.stem.endswith(("يين", "يون")) else (COUNTRY + iso3, j)
        if group is not None or not tok.stem.endswith(ADJECTIVE_ENDINGS) or tok.stem in cues.function_words:
            return None
    return None


def _members_of(tokens: list[Token], actors: list[Group], group: Group, cues: Cues) -> list[Group]:
    """The organisation a group belongs to, named right after it with من (متظاهرون من حركة
    الحرس الفتي، عشرات من أعضاء حزب الغد): part of the same side, not the next argument. A
    person is no body to belong to (طلبت ميركل من ترامب: Trump was asked), nor is one named
    after a person's title (طلبت أحزاب المعارضة من رئيس مجلس نواب الشعب)."""
    nxt = next((g for g in actors if g.first >= group.last), None)
    if nxt is None or nxt.first == group.last or tokens[group.last].stem not in cues.partitive \
            or nxt.marker or nxt.person or _complement_between(tokens, group.last, nxt.first, cues) \
            or _construct_title(tokens[nxt.first - 1], single=True):  # طلبت الأحزاب من رئيس البرلمان: its head asked
        return []  # a state after من is addressed, not joined (طلبت الحكومة من ليبيا)
    return [nxt] if _words_between(tokens, group.last, nxt.first) <= 3 else []


def _asked(tokens: list[Token], match: TriggerMatch, group: Group, cues: Cues) -> bool:
    """Whether ``group`` follows من after the verb as the one asked: right after the verb, or
    anywhere after a verb of asking (`from_addressee_types`: طلب الوزير من الحكومة), but not after
    a noun it is part of (اجتمع مندوبون من الحكومة: the delegates' government meets)."""
    if group.first == 0 or tokens[group.first - 1].stem != "من":
        return False
    return group.first == match.last + 1 or match.type in cues.from_addressee_types


def _attacker(tokens: list[Token], group: Group, triggers: list[int], cues: Cues) -> bool:
    """Whether a group stands in construct right after an attack noun among ``triggers`` (قصف
    القوات الأوكرانية، غارات التحالف، هجوم المستوطنين), or after it with ل when the noun is
    indefinite (في هجمات لحزب العمال الكردستاني), adjectives of its means between (cues
    ``means_adjectives``: غارة جوية لقوات التحالف; a blow only so): that noun's attacker. After a noun whose
    construct group may be its object (cues ``object_nouns``: قصف المدنيين) only an armed one."""
    k = group.first - 1
    for _ in range(ADJECTIVE_GAP if group.marker == "ل" else 0):  # غارة جوية لطيران التحالف: over its means
        if k in triggers or k == 0 or tokens[k].prefix or tokens[k].stem not in cues.means_adjectives:
            break
        k -= 1
    if group.marker not in ("", "ل") or k not in triggers or tokens[k].stem.startswith("ال"):
        return False
    forms = set(noun_forms(tokens[k].stem))
    if group.marker == "ل" and k == group.first - 1 and forms & cues.blow_nouns:
        return False  # في ضربة لسلاح الجو: a blow to it
    return bool(forms & cues.agentive_nouns) and (group.armed or not forms & cues.object_nouns)


def _casualty_victims(tokens: list[Token], actors: list[Group], cues: Cues) -> list[Group]:
    """The group a casualty noun governs (مقتل ستة اشخاص، اصابة ثلاثة من عناصر الجيش): the victims of
    an attack the sentence reports, when its trigger names no target."""
    return next(_casualties(tokens, actors, cues), [])


def _casualties(tokens: list[Token], actors: list[Group], cues: Cues) -> Iterator[list[Group]]:
    """Each group a casualty noun governs, or a casualty verb counts right after it (قتل 20 أجنبيا
    وشرطيا تونسيا: a passive), or that died (لقي شرطي مصرعه), with the groups coordinated with it,
    in text order."""
    for j, tok in enumerate(tokens):
        if tok.stem in cues.died_verbs:
            k = next((k for k, g in enumerate(actors) if g.first > j), None)
            if k is not None and (_words_between(tokens, j + 1, actors[k].first) <= 1
                                  or _counted_span(tokens, j + 1, actors[k].first, cues)):
                dead = _coordinated(actors, k, tokens)
                death = next((t for t in tokens[dead[-1].last:dead[-1].last + SOURCE_GAP]
                              if t.stem.startswith(cues.death_nouns)), None)
                if death is not None:
                    yield dead
            continue
        nxt = tokens[j + 1].stem if j + 1 < len(tokens) else ""
        verb = tok.stem.removesuffix("ت")  # قتل، قتلت (not قتلوا سبعة أشخاص: its subject is carried on)
        counted = verb in cues.victim_verbs and (nxt.isdigit() or nxt in cues.quantifiers or nxt in cues.members)
        if tok.stem not in cues.casualty_nouns and not counted:
            continue
        k = next((k for k, g in enumerate(actors) if g.first > j), None)
        if k is not None and _words_between(tokens, j + 1, actors[k].first) <= COORD_GAP \
                and not any(t.stem in cues.clause_breaks for t in tokens[j + 1:actors[k].first]):
            dead = _coordinated(actors, k, tokens)
            # and those named as among them (10 من عناصر تنظيم داعش، بينهم انتحاري وثلاثة قناصين)
            part = next((p for p in range(dead[-1].last, min(len(tokens), dead[-1].last + 2))
                         if tokens[p].stem in cues.part_of), None)
            among = next((m for m, g in enumerate(actors) if part is not None and part < g.first
                          and _words_between(tokens, part + 1, g.first) <= 1), None)
            yield dead + (_coordinated(actors, among, tokens) if among is not None else [])


def _the_dead(tokens: list[Token], actors: list[Group], cues: Cues) -> list[Group]:
    """The groups the sentence's casualty words name (:func:`_casualties`) and the bodies they
    belong to (مقتل 49 مسلحا من تنظيم داعش): none of them did the sentence's attacks."""
    dead = [g for victims in _casualties(tokens, actors, cues) for g in victims]
    return dead + [m for g in dead for m in _members_of(tokens, actors, g, cues)]


def _can_act(group: Group) -> bool:
    """Whether a group can be a party to an event: an actor, or a place that is a country or its
    seat of government (a state acts: أن واشنطن تجري مباحثات; a city or a street does not)."""
    return not group.place or group.seat is not None or any(i.startswith(COUNTRY) for i in group.ids)


def _purpose_target(tokens: list[Token], groups: list[Group], source: list[Group], match: TriggerMatch,
                    next_trigger: int, cues: Cues, triggers: list[int]) -> list[Group]:
    """What a protest is against or addressed to: the group (a country too) right after a
    purpose or demand word after the trigger (احتجاجا على ترشيح ميقاتي، مطالبين الحكومة التركية،
    أمام سفارة استونيا، غضب من قرار بريطانيا), else the institution it stands in front of
    (`protest_sites`: تظاهر نحو 15 شخصا أمام القنصلية اليونانية). The words are sought up to the
    next event's trigger (which may be one: مطالبين), and not past another protest verb, which
    starts a protest of its own (وبالمثل تظاهر نحو مائة طالب أمام السفارة). A protest against a
    killing is against the killer named after على يد / برصاص (احتجاجا على مقتل ثلاثة مدنيين على
    يد قوات التحالف), not against the dead, and with no killer named against no one named."""
    end = min(len(tokens), next_trigger + 1)
    end = next((p for p in triggers if match.last <= p < end
                and any(r.lemma in cues.intransitive for r in analyze(tokens[p].stem))), end)
    for words in (cues.purpose, cues.protest_sites):
        for j in range(match.last - 1, end):  # the trigger may be the word (احتجاجا على سياسة الصين)
            if tokens[j].stem not in words:
                continue
            for k, g in enumerate(groups):
                if g.first >= j and g not in source and _can_act(g):  # >=: سفارة استونيا, the embassy itself
                    if _words_between(tokens, j + 1, g.first) <= PURPOSE_GAP:
                        killer = _killer(tokens, groups, k, j, end, cues)
                        return killer if killer is not None else [c for c in _coordinated(groups, k, tokens)
                                                                  if not c.place or c is g]
                    break
    return []


def kin(actor_id: str, others: list[str]) -> bool:
    """Whether an actor is one of ``others`` or the same kind of actor, maybe of another country
    (فجّر انتحاري سعودي نفسه ... مقتل الانتحاري: sau.bomber and agent.bomber; the bomber's own
    death makes him no target)."""
    return actor_id.rsplit(".", 1)[-1] in {i.rsplit(".", 1)[-1] for i in others}


def _partitive_of(tok: Token, cues: Cues) -> bool:
    """Whether ``tok`` before من makes what follows a part of a whole, not a giver (العشرات من
    المسلحين، عدد من، كل من، 13 من، عناصر من حزب الله)."""
    stem = tok.stem[2:] if tok.stem.startswith("ال") else tok.stem
    return stem.isdigit() or stem in cues.quantifiers or stem in cues.partitive_heads or stem in cues.members


def _named_after(tokens: list[Token], actors: list[Group], j: int) -> Group | None:
    """The unmarked group right after the word at ``j``, maybe after its title (من الوزير الأول،
    الجزائري، عبد المالك سلال; برئاسة الأمير محمد بن نايف), else None."""
    g = next((g for g in actors if g.first > j), None)
    if g is None or g.marker or g.first > j + 1 and not _is_title(tokens, j + 1, g.first):
        return None
    return g


def _giver(tokens: list[Token], actors: list[Group], match: TriggerMatch, cues: Cues) -> Group | None:
    """The group after من right after an event noun, maybe after its title set off by commas (بدعم
    من طيران التحالف، بدعوة من الوزير الأول، الجزائري، عبد المالك سلال) or the nouns it is in
    construct with: who gives, asks or invites; not a part of a whole (العشرات من المسلحين)."""
    j = next((j for j in range(match.last, min(len(tokens), match.last + 3)) if tokens[j].stem == "من"), None)
    if j is None or _words_between(tokens, match.last, j) > 1 or _partitive_of(tokens[j - 1], cues) \
            or any(t.stem[:1].isdigit() for t in tokens[match.last:j]):  # تجميد 16 نائبا من كتلة: a part
        return None
    named = _named_after(tokens, actors, j)
    if named is not None:
        return named
    # the name after the words of a whole or its members it is in construct with (بدعم من سكان
    # مسلحين، من جماعات معارضة سورية، من بعض قادة حركة طالبان; not من فرصة خداع المهاجرين)
    g = next((g for g in actors if g.first > j), None)
    words = tokens[j + 1:g.first] if g is not None else []
    if g is None or g.marker or len(words) > GIVER_WORDS \
            or not all(t.stem in cues.giver_heads | cues.quantity_heads and not t.prefix for t in words):
        return None
    return g


def _helped(tokens: list[Token], actors: list[Group], match: TriggerMatch, cues: Cues) -> list[Group]:
    """Who an event noun after ب with its giver helps (وحققت وحدات حماية الشعب بدعم من جماعات
    معارضة): the nearest unmarked group before it in its clause and those coordinated with it, not
    one across a clause break (فيما تواصل قوات عراقية بدعم من التحالف: not the extremists before)
    nor one after a preposition, من included, or coordinated with one (منذ تحريرها من المتمردين
    الحوثيين والمخلوع علي عبد الله صالح بدعم من قوات التحالف: the city is freed with the coalition's
    support, not the Houthis)."""
    before = [g for g in actors if g.last <= match.first]
    if not before or _words_between(tokens, before[-1].last, match.first) > SOURCE_GAP \
            or _clause_apart(tokens, before[-1].last - 1, match.first, cues, []) \
            or _relative_between(tokens, before[-1].last, match.first, cues):
        return []
    helped = _coordination_ending(before, len(before) - 1, tokens)
    after_from = helped[0].first > 0 and tokens[helped[0].first - 1].stem == "من"  # تحريرها من المتمردين
    return [] if after_from or any(g.marker for g in helped) else helped


def _casualty_between(tokens: list[Token], a: int, b: int, cues: Cues) -> bool:
    """Whether a casualty noun (مقتل، إصابة) stands in tokens [a, b)."""
    return any(t.stem in cues.casualty_nouns for t in tokens[a:b])


def _killer(tokens: list[Token], groups: list[Group], k: int, start: int, end: int,
            cues: Cues) -> list[Group] | None:
    """When ``groups[k]`` is the dead of a casualty noun after ``start`` (احتجاجا على مقتل ثلاثة
    مدنيين), what a protest against the killing is against: the group named as their killer right
    after them (على يد قوات التحالف، برصاص الشرطة), before ``end``, or no one when none is named
    (احتجاجا على مقتل براون), never the dead. None when the group is not such a dead."""
    if not _casualty_between(tokens, start + 1, groups[k].first, cues):
        return None
    killer = next((a for a in groups[k + 1:] if a.marker == AGENT and a.first < end
                   and _words_between(tokens, groups[k].last, a.first) <= PURPOSE_GAP), None)
    return [killer] if killer is not None else []


def _genitive_agent(tokens: list[Token], groups: list[Group], actors: list[Group], match: TriggerMatch,
                    next_trigger: int, cues: Cues) -> tuple[Group, list[Group]] | None:
    """(agent, object) of an event noun with a group in construct right after it and a group after
    one of `genitive_object_preps` shortly after that, or an indefinite accusative right after it:
    the first is the agent, the second the object (دعم إيران للحوثيين، هجوم داعش على الجيش، اتفاق
    الحكومة مع المعارضة، اعتقال كوريا الشمالية مواطنا أمريكيا، لقاء الملك عبد العزيز بالرئيس
    روزفلت). The agent may be a country or its seat named bare (دعم إيران للأسد), but a seat names
    an agreement or talks (`venue_types`: اتفاق فيينا مع إيران). Before an object
    that names no one, after one of those prepositions (اجتماع الرئيس مع الأطراف المشاركة), an actor
    (no place: اتفاقية باريس) is the agent still, and before one with ل for the types whose
    construct group does them (`construct_agent_types`: مساندة الاتحاد للتحركات), not for those
    whose construct group may undergo them, be asked or met (اعتقال الصحفي لأسباب، دعوة النواب
    للتصويت، بلقاء مؤسس الحركة لإعلامه)."""
    agent = next((g for g in groups if not g.marker and (not g.place or g.bare_state)
                  and not (g.seat and match.type in cues.venue_types)  # اتفاق فيينا: its name
                  and (g.first == match.last or g.first > match.last and _is_title(
                      tokens, match.last, g.first - (tokens[g.first - 1].stem in COMMAS)))), None)
    if agent is None:  # (a title may stand before the name: إجتماع رئيس الجمهورية، الباجي قايد السبسي)
        return None
    if match.lemma in cues.doer_nouns and agent.first == match.last:
        return agent, []  # انسحاب القوات العراقية من مدينة الرمادي: the forces withdraw
    preps = cues.genitive_object_preps | (cues.meeting_object_preps if match.type == "CONSULT" else frozenset())
    for k, g in enumerate(actors):
        if g.first < agent.last:
            continue
        accusative = not g.marker and g.first == agent.last and _object_after_agent(tokens, agent, g)
        if g.first >= next_trigger or _words_between(tokens, agent.last, g.first) > PURPOSE_GAP:
            break
        if g.marker not in preps and not accusative or _clause_apart(tokens, agent.last - 1, g.first, cues, []):
            return None
        return agent, _coordinated(actors, k, tokens)
    # the object names no one: إجتماع رئيس الجمهورية، الباجي قايد السبسي، مع الأطراف المشاركة (a comma
    # may close a name set off after its title), مساندة الاتحاد العام التونسي للشغل للتحركات
    reach = agent.last + (2 if agent.first > match.last else 1)
    j = next((j for j in range(agent.last, min(len(tokens), reach)) if tokens[j].stem[:1].isalpha()), None)
    if j is None or agent.place or any(g.first == j for g in groups):
        return None
    if tokens[j].stem in preps and not tokens[j].prefix \
            or match.type in cues.construct_agent_types and tokens[j].prefix.lstrip("وف") == "ل":
        return agent, []
    return None


def _object_after_agent(tokens: list[Token], agent: Group, g: Group) -> bool:
    """Whether the group right after an event noun's agent is its object: an indefinite accusative
    (اعتقال كوريا الشمالية مواطنا أمريكيا) or, after a definite agent, an indefinite plural in ـين,
    which cannot be that agent's adjective (اعتقال الشرطة الإسرائيلية مستوطنين اثنين)."""
    head = tokens[g.first].stem
    return _accusative(tokens, g.first) or not (g.person or g.place) and not head.startswith(ARTICLE) \
        and head.endswith("ين") and tokens[agent.last - 1].stem.startswith(ARTICLE)


def _construct_speaker(tokens: list[Token], groups: list[Group], actors: list[Group], match: TriggerMatch,
                       cues: Cues) -> list[Group] | None:
    """The group in construct right after a statement noun and those coordinated with it, or a
    country named bare there: who makes the statement. None after a noun with a possessive
    (اتهامه الغرب: the West is accused) or before a charge (اتهام النواب بالإرهاب) that does not
    follow the accused with ل (اتهامات المالكي للسعودية بدعم الإرهاب، اتهام المالكي لنا: al-Maliki
    accuses); after a call noun of a request (`caller_nouns`), only a person (دعوة المالكي: he
    calls)."""
    head = next((g for g in groups if g.first == match.last and not g.marker), None)
    if head is None or not _party(head) or match.type not in cues.speech_types and not head.person \
            or possessed(tokens[match.last - 1], match) \
            or match.type in cues.charging_types \
            and not _lam_object(tokens, head.last) \
            and any(t.prefix.endswith("ب") or t.stem == "ب" for t in tokens[head.last:head.last + CHARGE_REACH]):
        return None
    if head.place:
        return [head]
    return _coordinated(actors, actors.index(head), tokens) if head in actors else None


def _between_sides(tokens: list[Token], groups: list[Group], match: TriggerMatch, next_trigger: int,
                   cues: Cues) -> list[Group]:
    """The sides a reciprocal noun names after بين, which may stand a few words after it (اجتماع
    في البيت الأبيض بين ترامب ونتنياهو), more after a verb of taking place (اشتباكات دامت نحو
    أسبوعين، بين): the group right after بين and those joined to it; a country named bare there is
    its state (المفاوضات بين إسرائيل والفلسطينيين), and so is an organisation after members of it
    (وعناصر من «بوكو حرام»). A side joined by و to one no actor names (بين جبهة النصرة وجبهة أنصار
    الدين) is the source alone."""
    occurring = any(t.stem in cues.occurring for t in tokens[match.last:match.last + 2])
    reach = OCCURRING_REACH if occurring else BETWEEN_REACH
    k = next((k for k in range(match.last, min(len(tokens), next_trigger))
              if tokens[k].stem == "بين" and _words_between(tokens, match.last, k) <= reach), None)
    if k is None or _clause_apart(tokens, match.last - 1, k, cues, []):
        return []
    sides = [g for g in groups if _party(g)]
    first = next((j for j, g in enumerate(sides) if g.first == k + 1), None)
    if first is None:
        return []
    # countries named bare are joined as their states (بين الولايات المتحدة وقطر), not cut as places
    view = [_as_state(g) if g.place else g for g in sides]
    at = {id(v): g for v, g in zip(view, sides)}
    found = [at[id(v)] for v in _coordinated(view, first, tokens) if v.first < next_trigger]
    if len(found) == 1 and not (found[0].last < len(tokens) and tokens[found[0].last].prefix.startswith("و")):
        return []  # one side and no other joined to it: not the sides of the event
    if len(found) == 1:  # بين القوات المسلحة التشادية وعناصر من «بوكو حرام»: the members' organisation
        counted = next((g for g in sides if g.first > found[0].last), None)
        if counted is not None and counted.first < next_trigger and _counted_span(tokens, found[0].last, counted.first, cues):
            found.append(counted)
    return found


def _claimant(tokens: list[Token], actors: list[Group], match: TriggerMatch, cues: Cues) -> Group | None:
    """The group that claims an event noun after "its responsibility for" (cues ``responsibility``,
    ``claim_verbs``): the group right after the claiming verb (أعلنت حركة طالبان مسؤوليتها عن
    الهجوم) or ending at most two words before it, a relative pronoun or قد between (حركة الشباب التي
    أعلنت مسؤوليتها عن التفجير): it says it did it, before any source the sentence's subject would lend."""
    j = match.first - 1
    while j > 0 and tokens[j].stem in cues.demonstratives:  # عن هذا الهجوم
        j -= 1
    if j < 1 or tokens[j].stem != "عن" or tokens[j - 1].stem not in cues.responsibility:
        return None
    claim = j - 1
    verb = next((k for k in range(claim - 1, max(-1, claim - CLAIM_REACH - 1), -1)
                 if tokens[k].stem in cues.claim_verbs), None)
    if verb is None:
        return None
    inside = [g for g in actors if verb < g.first and g.last <= claim and not g.marker]
    if inside:
        return inside[0]
    before = [g for g in actors if g.last <= verb and not g.marker]
    return before[-1] if before and _words_between(tokens, before[-1].last, verb) <= 2 else None


def _decider(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> Group | None:
    """The group in construct with a noun of decision right before an event noun (قرار ترامب حظر
    دخول، مرسوم الرئيس دونالد ترامب حول حظر، قرار دول عربية قطع العلاقات): who decided the
    event, its source; a comma and a word of ``decision_links`` may stand between. A country
    named bare there is its state; not a city standing for one."""
    k = match.first
    while k > 0 and (tokens[k - 1].stem in cues.decision_links or tokens[k - 1].stem in COMMAS):
        k -= 1
    group = next((g for g in groups if g.last == k and not g.marker), None)
    if group is None or group.first == 0 or tokens[group.first - 1].stem not in cues.decision_nouns \
            or not _party(group):
        return None
    return group


def _involved(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> Group | None:
    """The group right before a word of being involved (cues.yaml ``involvement``), maybe after a
    relative pronoun, when the event noun follows it after في or ب (an adverb such as بدورها
    between): who is involved in the act does it (السعودية متورطة بدورها في دعم الإرهاب، شبكات
    التجنيد التي تورطت في تسفير). A country named bare there is its state."""
    k = match.first
    if not tokens[k].prefix.endswith("ب"):  # بأنشطة: the preposition is the trigger's own clitic
        if k == 0 or tokens[k - 1].stem != "في":
            return None
        k -= 1
    while k > 0 and tokens[k - 1].stem in cues.involvement_adverbs:
        k -= 1
    if k == 0 or tokens[k - 1].stem not in cues.involvement or tokens[k - 1].prefix:
        return None
    k -= 1
    if k > 0 and tokens[k - 1].stem in cues.relatives:
        k -= 1  # التي تورطت في: the relative's antecedent
    group = next((g for g in groups if g.last == k and not g.marker), None)
    return group if group is not None and (not group.place or group.bare_state) else None  # a seat too


def _undergo_cue(tokens: list[Token], actors: list[Group], match: TriggerMatch, triggers: list[int],
                 cues: Cues) -> int | None:
    """Where a verb of undergoing stands before the trigger in its clause (تعرضت ... لاعتداء،
    وأدينت بالسجن), else None; further back right before a long subject that ends at the trigger,
    maybe with a comma (وتلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبد العزيز، اتصالاً)."""
    lo = max(0, match.first - TARGET_GAP - 2)
    end = match.first - (match.first > 0 and tokens[match.first - 1].stem in COMMAS)
    subject = next((g for g in actors if g.last == end and not g.marker), None)
    if subject is not None:
        lo = min(lo, max(0, subject.first - 2))  # a word of its title may stand outside it (نائب)
    words = cues.undergo | cues.undergo_types.get(match.type, frozenset())
    if match.first and tokens[match.first - 1].stem == ON:  # حصل أختر منصور على دعم قوي
        words |= cues.obtain_verbs
    cue = next((j for j in range(match.first - 1, lo - 1, -1) if tokens[j].stem in words), None)
    if cue is None or _clause_apart(tokens, cue, match.first, cues, [t for t in triggers if t != match.first]):
        return None
    return cue


def _undergoer(tokens: list[Token], actors: list[Group], match: TriggerMatch, cue: int | None,
               cues: Cues) -> int | None:
    """Index of the group between the undergo verb at ``cue`` (:func:`_undergo_cue`) and the trigger
    (تعرضت ثكنة الغلاوية لاعتداء), else of the unmarked group right before the verb, maybe across a
    relative pronoun or a verbal particle (حركة نور الدين زنكي، التي تلقت دعما: the movement received
    support; أن بلاده لم تتلق طلبا); not across a clause break or another trigger (واجه ساركوزي
    انتقادات حادة واتهم بدعم: he faced the criticism, not the support)."""
    if cue is None:
        return None
    between = next((k for k, g in enumerate(actors) if cue < g.first and g.last <= match.first), None)
    if between is not None:
        return between
    end = cue - 1 if cue and tokens[cue - 1].stem in cues.relatives | cues.verb_particles else cue  # بلاده لم تتلق
    return next((k for k, g in enumerate(actors) if g.last == end and not g.marker), None)


def light_verb_subject(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> list[str]:
    """The group (a country too) right before a light verb whose object is the event noun
    (إسرائيل نفذت ضربة جوية، المتمردون شنوا الهجوم) or before a verb of doing with the noun after ب
    (أن الأمير محمد بن سلمان سيقوم اليوم بزيارة): the source of that event when the sentence gives no
    other (a complementiser hides the subject: قال مسؤول إن إسرائيل نفذت ...)."""
    if match.kind in VERBAL:
        return []
    actors = [_as_state(g) if g.place else g for g in groups if _can_act(g)]  # a country here is its state
    # verb-subject-object: the group between the light verb and the noun, one word (قوات) before it
    # allowed (نفذت القوات الأميركية ضربة جوية، نفذت قوات حلف شمال الأطلسي ضربة)
    doing = tokens[match.first].prefix.endswith("ب")

    def governs(j: int) -> bool:
        return _light_verb(tokens[j], cues) or doing and tokens[j].stem in cues.performing

    k = next((k for k, g in enumerate(actors) if g.last == match.first), None)
    if k is not None and not actors[k].marker:
        # the whole coordination before the noun (ووجهت السعودية والإمارات والبحرين ومصر اتهامات،
        # قامت بريطانيا باعتقال)
        sides = _coordination_ending(actors, k, tokens)
        if any(governs(j) for j in range(max(0, sides[0].first - LIGHT_VERB_WORDS), sides[0].first)):
            return _ids(sides)
    # the verb right before the noun or one word before it (نفذت بالفعل ضربة، نفذت عمليات انتحارية),
    # or a verb of doing before it with ب (سيقوم اليوم بزيارة)
    verb = next((j for j in range(match.first - 1, max(-1, match.first - LIGHT_VERB_WORDS - 1), -1) if governs(j)), None)
    if verb is None:
        return []
    k = next((k for k in range(len(actors) - 1, -1, -1) if actors[k].last <= verb), None)
    if k is None or actors[k].marker or _words_between(tokens, actors[k].last, verb) > 0 \
            or tokens[verb].prefix.startswith(("و", "ف")):  # هنأ ... رئيسة ليتوانيا ...، وعقد جلسة مباحثات
        return []
    # the whole coordination that ends right before the verb (طائرات أميركية وطائرات بلا طيار تنفذ ضربات)
    return _ids(_coordination_ending(actors, k, tokens))


def governed_by_light_verb(tokens: list[Token], match: TriggerMatch, cues: Cues) -> bool:
    """Whether an event noun is the object of a light verb right before it or one word before it
    (شنوا الهجوم، نفذت بالفعل ضربة): the clause's verb in all but form."""
    return match.kind in ("noun", "phrase") and any(
        _light_verb(tokens[j], cues) for j in range(max(0, match.first - LIGHT_VERB_WORDS), match.first))


def _light_verb(tok: Token, cues: Cues) -> bool:
    """Whether the token reads as a light verb (نفذت، شنوا), whose object names the event."""
    return bool({r.lemma for r in analyze(tok.stem)} & cues.light_verbs)


def _nominal_agent(tokens: list[Token], groups: list[Group], actors: list[Group], match: TriggerMatch,
                   cues: Cues) -> list[str]:
    """The agent named after شنه / نفذها (هجوم شنه مسلحون), or after an attribution verb and إلى
    (هجوم انتحاري، نسب الى المتمردين التاميل): the source of the sentence's attack. A country named
    bare there is its state for the event noun the verb follows, maybe after a relative pronoun
    (الحصار الذي فرضته السعودية والإمارات), not for another trigger (وندد بقرار الحصار). Of the
    triggers before the noun the verb follows, only the dead and wounded are its doing (قتل خمسة جنود
    في هجوم شنه مسلحون), not another attack (ضرب مواقع لحزب العمال ... ردًا على هجوم آخر شنه مسلحو
    حزب العمال: Turkey's strike on the party's positions)."""
    casualty = match.lemma in cues.victim_verbs or tokens[match.first].stem in cues.casualty_nouns
    for j, tok in enumerate(tokens):
        if tok.stem not in cues.agent_verbs and tok.stem not in cues.attribution_verbs \
                or j >= match.last and not casualty and _words_between(tokens, match.last, j) > AGENT_VERB_REACH:
            continue  # no such verb, or one that follows another noun
        marker = "" if tok.stem in cues.agent_verbs else "الي"
        pool = _with_states(actors, groups) if 0 <= j - match.last <= 1 else actors
        k = next((k for k, g in enumerate(pool) if g.first > j), None)
        if k is not None and pool[k].marker == marker and _words_between(tokens, j + 1, pool[k].first) <= 1:
            return _ids(_coordinated(pool, k, tokens))
    return []


def _with_states(actors: list[Group], groups: list[Group]) -> list[Group]:
    """The actor groups and every country named bare, read as its state, in text order: who may be
    the doer named after a verb that refers back to an event noun (الحصار الذي فرضته السعودية)."""
    return sorted([*actors, *(_as_state(g) for g in groups if _stateable(g))], key=lambda g: g.first)


def _signer(tokens: list[Token], groups: list[Group], actors: list[Group], match: TriggerMatch,
            cues: Cues) -> tuple[list[str], list[str]]:
    """Who signed, reached or took part in the event noun right before a verb that refers back to
    it, maybe after a relative pronoun (الاتفاق الذي أبرمته إيران، توصلت إليه إيران، مظاهرات شارك
    فيها الآلاف من العراقيين), a country as its state; and the party after مع or ضد right after
    that agent, the other side (مع القوى الكبرى). Only the noun right before the verb is theirs
    (وأشاد بالاتفاق الذي توصلت إليه الحكومة: the praise is not the government's)."""
    j = match.last + (1 if match.last < len(tokens) and tokens[match.last].stem in cues.relatives else 0)
    if j >= len(tokens):
        return [], []
    if tokens[j].stem in cues.signing_verbs:
        end = j + 1
    elif tokens[j].stem in cues.prep_agent_verbs and j + 1 < len(tokens) and tokens[j + 1].stem in cues.prep_pronouns:
        end = j + 2
    else:
        return [], []
    counted = end + 1 < len(tokens) and tokens[end].stem.removeprefix(ARTICLE) in cues.quantifiers \
        and tokens[end + 1].stem == "من"  # الآلاف من العراقيين
    pool = _with_states(actors, groups)
    k = next((k for k, g in enumerate(pool) if g.first >= end), None)
    if k is None or pool[k].marker \
            or _words_between(tokens, end, pool[k].first) > (2 if counted else 1):
        return [], []
    agent = _coordinated(pool, k, tokens)
    other = next((n for n, g in enumerate(pool) if g.first >= agent[-1].last), None)
    partner = other is not None and pool[other].marker in SIDE_MARKERS \
        and _words_between(tokens, agent[-1].last, pool[other].first) <= 1
    return _ids(agent), _ids(_coordinated(pool, other, tokens)) if partner else []


def _performer(tokens: list[Token], groups: list[Group], actors: list[Group], match: TriggerMatch,
               cues: Cues) -> list[Group]:
    """Who did an event noun, named after a verb of doing and its pronoun that follow it (الزيارة
    التي قام بها رئيس الحكومة يوسف الشاهد، زيارة قام بها العاهل المغربي إلى الصين); a country
    there is its state."""
    j = next((j for j in range(match.last, len(tokens) - 1) if tokens[j].stem in cues.performing
              and tokens[j + 1].stem in cues.performing_objects), None)
    if j is None or _words_between(tokens, match.last, j) > PERFORM_GAP:
        return []
    pool = _with_states(actors, groups)
    k = next((k for k, g in enumerate(pool) if g.first > j + 1), None)
    if k is None or pool[k].marker or _words_between(tokens, j + 2, pool[k].first) > 1 \
            and not _is_title(tokens, j + 2, pool[k].first):
        return []
    return _coordinated(pool, k, tokens)


def _chair(tokens: list[Token], actors: list[Group], match: TriggerMatch, next_trigger: int,
           cues: Cues) -> Group | None:
    """Who chairs a meeting, named after برئاسة in the meeting's clause (cues.yaml `chairing`), maybe
    after a title: the meeting's source where the sentence names no other."""
    j = next((j for j in range(match.last, min(next_trigger, len(tokens) - 1)) if tokens[j].stem in cues.chairing
              and tokens[j].prefix.endswith("ب")), None)
    if j is None or _words_between(tokens, match.last, j) > CHAIR_REACH \
            or _clause_apart(tokens, match.last - 1, j, cues, []):
        return None
    return _named_after(tokens, actors, j)


def _gathered(tokens: list[Token], actors: list[Group], match: TriggerMatch, cues: Cues) -> list[Group]:
    """The first party of a meeting named after a verb of bringing together that follows the
    meeting noun (لقاء ضم X مع Y، اللقاء الذي جمع اليوم X بـY): what follows it is the other."""
    if match.type != "CONSULT":
        return []
    j = next((j for j in range(match.last, min(len(tokens), match.last + 2)) if tokens[j].stem in cues.meeting_verbs
              and not tokens[j].prefix), None)
    if j is None or j > match.last and tokens[match.last].stem not in cues.relatives:
        return []
    k = next((k for k, g in enumerate(actors) if g.first > j), None)
    if k is None or actors[k].marker or not _is_title(tokens, j + 1, actors[k].first) \
            and any(t.stem not in cues.time_words for t in tokens[j + 1:actors[k].first]):
        return []
    return _coordinated(actors, k, tokens)


def _is_title(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the tokens ``[a, b)`` are one title, maybe with one adjective after it, commas aside
    (رئيس الحكومة before يوسف الشاهد, وزير الخارجية الروسي before سيرغي لافروف)."""
    roles = role_lexicon()
    words = [t for t in tokens[a:b] if t.stem not in COMMAS]  # الوزير الأول، الجزائري، before a name
    if len(words) > roles.max_len + 1:
        return False  # longer than any title and its adjective
    keys = [token_key(t) for t in words]
    hit = roles.match(keys, 0, len(keys))
    return hit is not None and hit[1] >= len(keys) - 1


def _location(tokens: list[Token], groups: list[Group], match: TriggerMatch, triggers: list[int],
              cues: Cues) -> str | None:
    """The place nearest the trigger, preferring its own clause and a place preposition (في بيروت)."""
    places = [g for g in groups if g.place]
    if not places:
        return None
    def rank(g: Group) -> tuple[bool, bool, int]:
        return (_clause_apart(tokens, match.first, g.first, cues, [t for t in triggers if t != match.first]),
                g.marker not in cues.place_preps, abs(g.first - match.first))
    return min(places, key=rank).ids[0]


def sentence_subject(tokens: list[Token], groups: list[Group], first: TriggerMatch) -> list[str] | None:
    """The unmarked group(s) before the sentence's first trigger, or right after it if a verb; a
    bomb is no sentence's subject (ضبط مصنع للأحزمة الناسفة), only its explosion's, and a news
    outlet before it names none (it reports what follows), nor the dead or wounded a casualty word
    names (مقتل بائع السمك محسن فكري ...، قتل 20 أجنبيا وشرطيا تونسيا في هجوم ... وأطلقا النار: the
    police were killed, they did not shoot). None when the trigger is reported after
    a speaker named before a complementiser (أعلنت موسكو أنها سترسل مساعدات): the speaker is not
    the event's subject, and the sentence has one of its own, so no source from an earlier sentence
    is carried into it either."""
    cues = load_cues()
    if any(not g.marker and g.last <= first.first and _complement_between(tokens, g.last, first.first, cues)
           for g in groups):
        return None
    dead = _the_dead(tokens, [g for g in groups if not g.place], cues)
    groups = _speaking_states(tokens, groups, first, cues)
    for k, g in enumerate(groups):
        if g.place or g.marker or _device(tokens, g, cues) \
                or any(d.first <= g.first and _words_between(tokens, d.last, g.first) <= 1 for d in dead):
            continue  # the dead, and what they are of (أربعة من جنود مشاة البحرية الأميركية)
        if g.last < len(tokens) and tokens[g.last].stem in cues.witnessing and (g.seat or g.bare_state):
            continue  # تركيا شهدت أمس تصاعدا في أعمال العنف: where it happens, no subject
        if g.last <= first.first:
            if _governed(tokens, g, cues) and any(t.text in COMMAS for t in tokens[g.last:first.first]):
                continue  # يعود لعائلة أبو نقيرة ...، فانفجر: a genitive in a clause before, no subject
            if _oblique_plural(tokens, g) and not _relative_between(tokens, g.last, first.first, cues) \
                    and not (g.first and (tokens[g.first - 1].stem in cues.complementizers
                                          or tokens[g.first - 1].stem in cues.quantifiers)):
                # مصير المدنيين العراقيين العالقين في قصف: a genitive, no subject; but إن المسلحين هاجموا,
                # أحد التونسيين (one of them) and نسبة المقاتلين الأجانب الذين غادروا أوطانهم للانخراط
                continue
            if _relative_object(tokens, g, cues):
                continue  # وقالت الجبهة التي تعادي تنظيم داعش: the verb's object, no subject of the sentence
            if _outlet(tokens, g, cues):
                return []  # وكانت وكالة "فرانس برس" أفادت بمقتل الوزير بإطلاق نار: the agency tells, it does not shoot
            return _ids([c for c in _coordinated(groups, k, tokens) if c.last <= first.first])
        if first.kind in VERBAL and _words_between(tokens, first.last, g.first) <= SOURCE_GAP \
                and tokens[first.first].stem not in cues.passive_forms \
                and not _prepositional_head(tokens, first, g, cues) \
                and not _quantified(tokens, g, cues) and not _oblique_plural(tokens, g) \
                and not _noun_subject(tokens, first, groups, cues) \
                and not _clause_apart(tokens, first.last - 1, g.first, cues, []):
            return _ids(_coordinated(groups, k, tokens))
        break
    return []


def _relative_object(tokens: list[Token], g: Group, cues: Cues) -> bool:
    """Whether the group follows a relative pronoun and one verb with no object pronoun (الجبهة
    التي تعادي تنظيم داعش): the relative is the verb's subject and the group its object, not a
    nominative plural (الذي ينتقد بعض المتطرفون)."""
    if g.first < 2:
        return False
    relative, verb = tokens[g.first - 2], tokens[g.first - 1]
    return _relative_pronoun(relative.stem, cues) and not verb.prefix \
        and verb.stem.isalpha() and not verb.stem.endswith(RESUMPTIVE) and not _nominative_plural(tokens[g.first]) \
        and _relative_agrees(relative.stem, verb.stem)


def _speaking_states(tokens: list[Token], groups: list[Group], first: TriggerMatch, cues: Cues) -> list[Group]:
    """The groups with the countries before the sentence's first trigger that open the sentence,
    follow a verb of saying, intention or request, a complementiser or a copula, or are listed
    after كل من or with such a country, read as their states (أعلنت الكويت قطع علاقاتها مع قطر،
    قررت الكويت قطع: Kuwait cuts its ties; مصر تدين الهجوم؛ وكانت ألمانيا وفرنسا تعهدت), so a
    state can be the sentence's subject as a ministry can; so is a country right before the first
    trigger when it is a noun whose possessive refers back to it (كثفت تونس مشاوراتها مع الجزائر،
    جددت الولايات المتحدة دعمها). Not a country in quotation marks (مثلث
    «ليبيا الجزائر مالي»: a name), nor one after the trigger verb, which the verb's own arguments
    weigh (حث النرويج: Norway is urged), nor a city standing for its government (أعلنت موسكو):
    the sentence's subject names actors the document has, and the state of a seat is made only
    for an event's own parties."""
    openers = cues.announcing | cues.complementizers | cues.copulas | cues.preverbal | cues.adversatives
    states: dict[int, Group] = {}
    for g in groups:
        if not _stateable(g) or g.last > first.first:
            continue
        j = g.first - (3 if _listed(tokens, g.first, cues) else 1)
        if _opens(tokens, g.first) or _listed_state(tokens, g.first, cues) or j >= 0 and tokens[j].stem in openers \
                or any((id(o) in states or not o.place) and o.last == g.first for o in groups) \
                or g.last == first.first and first.kind not in VERBAL and possessed(tokens[first.first], first):
            states[id(g)] = _as_state(g)
    return [states.get(id(g), g) for g in groups]


def circumstantial_subject(tokens: list[Token], groups: list[Group], match: TriggerMatch) -> list[str] | None:
    """The subject of the main clause a circumstantial participle (kind ``PARTICIPLE``) belongs to
    when a complementiser stands before it: the speaker named before the complementiser, after the
    first word of saying if there is one (وأكد جمعة ... أن كل الوثائق ...، مشيدا بالمبادرة), or none
    in this sentence when the speaker is not named (وأوضح أنه يؤمن ... بفرنسا مارين لوبن، متهما
    إياها: an earlier sentence's speaker accuses Le Pen; a name of the reported clause is no subject
    of the participle). None without a complementiser: then the main verb's subject is the
    sentence's."""
    speakers = _main_speakers(tokens, groups, match, load_cues())
    return None if speakers is None else _ids(speakers)


def _main_speakers(tokens: list[Token], groups: list[Group], match: TriggerMatch, cues: Cues) -> list[Group] | None:
    """The speaker named before the sentence's first complementiser, after its first word of
    saying if one stands before it, and those coordinated with it ([] when none is named); None
    when no complementiser stands before the trigger."""
    comp = next((j for j in range(match.first) if _complement_between(tokens, j, j + 1, cues)
                 and not any(g.first <= j < g.last for g in groups)), None)  # not بان كي مون
    if comp is None:
        return None
    # after the first word of saying, if one stands before it (وبخصوص ... تسليم البغدادي المحمودي،
    # اعتبر الجبالي أن: not Mahmoudi; وأضاف الموخر في تصريح ... لقاء ... يوسف الشاهد أنه: Mouakher)
    said = next((k for k in range(comp) if tokens[k].stem in cues.modes["reported"]), -1)
    states = {id(g): _as_state(g) for g in _states(tokens, groups, match, cues)}
    speakers = [states.get(id(g), g) for g in groups if said < g.first and g.last <= comp and not g.marker
                and (not g.place or id(g) in states) and not _device(tokens, g, cues)]
    return _coordinated(speakers, 0, tokens) if speakers else []


def _added_statement(tokens: list[Token], pronoun: int, cues: Cues) -> bool:
    """Whether the complementiser carrying the verb's subject at ``pronoun`` follows a participle
    of saying that opens a circumstantial clause after a comma (، مضيفة أنها قصفت مركزا، مشيرا إلى
    أنه اتفق مع شكري): the pronoun is then mostly the main clause's speaker, not the last name of
    the clause between."""
    k = pronoun - 1 - (pronoun > 0 and tokens[pronoun - 1].stem in cues.modes["call_link"])
    return k >= 1 and tokens[k].stem in cues.saying_participles and not tokens[k - 1].stem[:1].isalpha()


def speaker_end(tokens: list[Token], groups: list[Group], first: TriggerMatch) -> int | None:
    """Where the sentence's subject ends when it is the speaker of a verb of saying right before
    it (أعلنت السلطات الأردنية مقتل ...), else None. Such a subject is the doer only of what it
    announces, the event noun right after it (أعلنت الشرطة إلقاء القبض)."""
    cues = load_cues()
    for g in _speaking_states(tokens, groups, first, cues):
        if g.place or g.marker or _device(tokens, g, cues):
            continue
        if g.last > first.first:
            return None
        # a spokesman's body after باسم: one word more for the spokesman's title (أعلن المتحدث
        # العسكري باسم الجيش المصري)
        reach = SPEECH_GAP + (1 if g.first > 0 and tokens[g.first - 1].stem in cues.behalf_words else 0)
        said = next((k for k in range(g.first - 1, max(-1, g.first - reach - 1), -1)
                     if tokens[k].stem in cues.modes["reported"]), None)
        # not the subject of a clause after إن (قالوا إن الجيش نجح في قتل العشرات)
        return g.last if said is not None and not _complement_between(tokens, said, g.first, cues) else None
    return None


def speaker_acts(tokens: list[Token], match: TriggerMatch, speaker: int | None) -> bool:
    """Whether a speaker subject ending at ``speaker`` (:func:`speaker_end`) is the doer of the
    event of ``match``: always, but for the types in ``reporter_types`` (an attack is announced,
    not made, by the police, a ministry or the media), where it is only of the event noun the
    speech verb takes as object (only time words between), and never of a casualty noun (أكدت
    الشرطة مقتل شرطي)."""
    cues = load_cues()
    if speaker is None or match.type not in cues.reporter_types:
        return True
    return tokens[match.first].stem not in cues.casualty_nouns \
        and all(t.stem in cues.time_words or not t.stem[:1].isalpha() for t in tokens[speaker:match.first])


def elaboration_groups(tokens: list[Token], groups: list[Group]) -> tuple[int, list[str]] | None:
    """Token index of an elaboration word (خصوصا) and the actors it names: the group right after
    it and those coordinated with it (not later groups: الداعمة لخيار المقاومة)."""
    cues = load_cues()
    for j, tok in enumerate(tokens):
        if tok.stem in cues.elaboration:
            actors = [g for g in groups if not g.place]
            k = next((k for k, g in enumerate(actors) if g.first > j), None)
            if k is None or _words_between(tokens, j + 1, actors[k].first) > COORD_GAP:
                return None
            return j, _ids(_coordinated(actors, k, tokens))
    return None


def _ids(groups: list[Group]) -> list[str]:
    out: list[str] = []
    for g in groups:
        out.extend(i for i in g.ids if i not in out)
    return out
