"""Stage ``affiliations``: person, role and organisation from titles and appositions.

Patterns, on token keys with the role lexicon (khabar/data/kb/curated/roles.yaml):
- ROLE [و ROLE ...] [COUNTRY-ADJ | QUALIFIER ...] [ل ORG | في ORG] [،] PER [، و PER ...]   (role before
  the name, maybe with its state and time: رئيس الوزراء العراقي السابق; a dual or plural role
  such as عضوي المكتب السياسي covers the names listed after it)
- PER ، ROLE [ل ORG]                                  (apposition after the name)
- ROLE ... [لدى PLACE] [RANK] PER                     (the holder after the title's posting:
  السفير الليبي لدى الأمم المتحدة إبراهيم الدباشي); a person right after a title without the
  article is the title's principal, not its holder (سفير خادم الحرمين الشريفين)
The organisation is the one named after the role, else the one of an enclosing delegation in the
same sentence (وضم وفد حماس ...), else the person's organisation in the knowledge base, else none. A role then names its holder when it recurs alone later (في مكتب
الأمين العام لحركة الجهاد: a ``title`` mention of the secretary-general). A person actor with no
sector takes the role's, else the organisation's.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from khabar.doc import Actor, Affiliation, Document, Mention
from khabar.kb import load_kb, token_key
from khabar.kb.keys import token_lemma
from khabar.kb.roles import ORG_PART_WORDS, Role, role_lexicon
from khabar.lang.ar import COMMAS, QUOTES, normalize
from khabar.pipeline import register

DELEGATION = frozenset({"وفد"})  # وفد حماس: people listed after it belong to that organisation
DELEGATION_WINDOW = 4
HOLDER_GAP = 5  # words between a title's organisation and the comma before its holder's name
IN = "في"  # القيادي في حركة النهضة: the role's organisation after a separate preposition
# a name after ب is the verb's object, not apposed to the title before it; not ل or ك, which the
# clitic splitter also cuts from names (لزهر، كوين)
GOVERNED = "ب"
PRONOUN = "ه"  # رئيسه، قائده: a title with "its" is no construct (ة is the feminine ending, not this)


@dataclass(slots=True)
class _Spans:
    """Which actor starts at each token, and where its mention ends."""

    person: dict[int, tuple[str, int]]
    org: dict[int, tuple[str, int]]
    place: dict[int, tuple[str, int]]


@register("affiliations")
class AffiliationsStage:
    name = "affiliations"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("affiliations",)

    def __init__(self) -> None:
        self.roles = role_lexicon()
        self.kb = load_kb()
        # a role by its Arabic form, else (a title kept as written with its portfolio) by its English
        self.role_by_ar: dict[str, Role] = {r.ar: r for r in self.roles.by_key.values()}
        self.role_by_en: dict[str, Role] = {}
        for r in self.roles.by_key.values():
            self.role_by_en.setdefault(r.en, r)

    def __call__(self, doc: Document) -> Document:
        keys = [token_key(t) for t in doc.tokens]
        spans = self._spans(doc)
        found: list[Affiliation] = []
        for sent in doc.sentences:
            lo, hi = sent.token_start, sent.token_end
            delegation = self._delegation(keys, spans, lo, hi)
            k = lo
            while k < hi:
                k = self._at(doc, keys, spans, k, hi, delegation, found)
        doc.affiliations = _unique(found)
        self._titles(doc, keys, spans)
        self._set_sectors(doc)
        return doc

    def _spans(self, doc: Document) -> _Spans:
        at = {}
        for t in doc.tokens:
            at[t.start] = at[t.stem_start] = t.i
        ends = {t.end: t.i for t in doc.tokens}
        person: dict[int, tuple[str, int]] = {}
        org: dict[int, tuple[str, int]] = {}
        place: dict[int, tuple[str, int]] = {}
        for actor in doc.actors:
            table = person if actor.type == "PER" else org if actor.type in ("ORG", "GROUP") or actor.sector \
                else place if actor.type == "LOC" else None
            if table is None:
                continue
            for m in actor.mentions:
                if m.start in at and m.end in ends and m.kind != "title":
                    table.setdefault(at[m.start], (actor.id, ends[m.end] + 1))
        return _Spans(person, org, place)

    def _delegation(self, keys: list[str], spans: _Spans, lo: int, hi: int) -> str | None:
        for k in range(lo, hi):
            if keys[k] in DELEGATION:
                for m in range(k + 1, min(hi, k + 1 + DELEGATION_WINDOW)):
                    if m in spans.org:
                        return spans.org[m][0]
        return None

    def _roles_at(self, doc: Document, keys: list[str], spans: _Spans, k: int, hi: int) -> tuple[list[Role], int]:
        """A chain of roles from token k (عضو المكتب السياسي ونائب رئيس الحركة في غزة), not into the
        title a title without the article is in construct with (سفير خادم الحرمين الشريفين); a
        minister's portfolio the role list lacks is part of the title (وزير النقل اليمني: the
        role as written)."""
        def named(j: int) -> bool:  # a country adjective or a person ends a portfolio
            return j in spans.person or bool(self.kb.country_of_nisba(token_lemma(doc.tokens[j])))
        roles: list[Role] = []
        while k < hi:
            hit = self.roles.match_at(keys, doc.tokens, k, hi)
            if hit is None or roles and not doc.tokens[k - 1].stem.startswith("ال") and keys[k - 1] not in COMMAS \
                    and not doc.tokens[k].prefix:
                break  # سفير خادم الحرمين الشريفين: a title in construct with another, its principal's
            role, n = hit
            end = self.roles.office_end(doc.tokens, k + 1, hi, named) if keys[k] in self.roles.office_titles else k
            if end > k + n:  # the title as written: وزير النقل
                n = end - k
                role = replace(role, ar=doc.text[doc.tokens[k].stem_start:doc.tokens[end - 1].end])
            roles.append(role)
            k += n
            if k < hi and keys[k] in COMMAS and self.roles.match(keys, k + 1, hi):
                k += 1
        return roles, k

    @staticmethod
    def _in_name(doc: Document, person: str, k: int, end: int) -> bool:
        """Whether tokens ``k .. end`` (a role word and the person mention after it) are a run of
        the person's own name: a surname after a name word that is also a title (قائد السبسي)."""
        actor = doc.actor(person)
        if actor is None or not actor.name_ar:
            return False
        span = normalize(doc.text[doc.tokens[k].stem_start:doc.tokens[end - 1].end]).split()
        name = normalize(actor.name_ar).split()
        return any(name[i:i + len(span)] == span for i in range(len(name) - len(span) + 1))

    def _org_at(self, doc: Document, keys: list[str], spans: _Spans, k: int, hi: int) -> tuple[str | None, int]:
        """The organisation named at ``k`` (لحركة حماس، حزب النداء، كتلة حركة نداء تونس, في حركة
        النهضة), and where it ends, past the body it sits in (بمجلس نواب الشعب: roles.yaml
        ``organisations``); else (None, k)."""
        j = k + 1 if k + 1 < hi and keys[k] == IN else k
        if j < hi and j not in spans.org and keys[j] in self.roles.org_parts:
            part = next((i for i in range(j + 1, min(hi, j + 2 + ORG_PART_WORDS))
                         if doc.tokens[i].prefix.endswith("ل")), None)
            if part is not None and not any(i in spans.org or i in spans.person for i in range(j, part)):
                j = part
        head = j
        while j < hi and j not in spans.org and (keys[j] in self.roles.org_heads
                                                 or j > head and doc.tokens[j].text in QUOTES):
            j += 1  # كتلة حركة نداء تونس، حزب "حراك تونس الإرادة"
        if j not in spans.org:
            return None, k
        org, end = spans.org[j]
        if 0 < j and end < hi and doc.tokens[j - 1].text in QUOTES and doc.tokens[end].text in QUOTES:
            end += 1  # the name's closing quotation mark
        seat = end + 1 if end + 1 < hi and keys[end] == IN else end
        if seat < hi and seat in spans.org and (seat > end or doc.tokens[seat].prefix == GOVERNED):
            body = doc.actor(spans.org[seat][0])
            if body is not None and body.sector in self.roles.seat_sectors:
                end = spans.org[seat][1]
        return org, end

    def _at(self, doc: Document, keys: list[str], spans: _Spans, k: int, hi: int, delegation: str | None,
            found: list[Affiliation]) -> int:
        roles, after = self._roles_at(doc, keys, spans, k, hi)
        if roles:
            title_end = after
            after = self._past_qualifiers(doc, keys, after, hi)  # العراقي السابق: the title's state and time
            org, m = self._org_at(doc, keys, spans, after, hi)
            if org is not None:  # زعيم حركة طالبان الجديد الملا أختر منصور: the title's time after its organisation
                m = self._past_qualifiers(doc, keys, m, hi)
            principal = None
            if org is None:
                org, m = self._title_mention(spans, k, after)
            if org is None:
                principal, m = self._principal(doc, spans, k, title_end) if after == title_end else (None, after)
            posting = self._posting(keys, spans, m, hi)
            m = posting or m
            comma = m < hi and keys[m] in COMMAS
            if comma:
                m += 1
                if m < hi and doc.tokens[m].prefix.startswith("و"):
                    return after  # X، وزير الدولة للشؤون الخارجية، وخالد الحميدان: the next name of a list
            if comma or org is not None or principal or posting:
                rank, past = self._roles_at(doc, keys, spans, m, hi)
                if rank and past in spans.person:  # الناطق باسم الجيش، العقيد أحمد المسماري; رئيس حركة
                    # النهضة الشيخ راشد الغنوشي: he holds both
                    found.extend(self._affiliation(doc, spans.person[past][0], role, org or delegation, m)
                                 for role in rank)
                    m = past
            if m == after and m in spans.person and self._in_name(doc, spans.person[m][0], k, spans.person[m][1]):
                return spans.person[m][1]  # قائد of الباجي قائد السبسي: the name's own word, no title
            people: list[str] = []
            if m in spans.person and doc.tokens[m].prefix.endswith(GOVERNED):
                return after  # أشاد قياديين في نداء تونس بحافظ قايد السبسي: the one praised, no holder
            while m in spans.person:
                people.append(spans.person[m][0])
                m = spans.person[m][1]
                if not any(r.plural for r in roles):
                    break
                if m < hi and keys[m] in COMMAS:
                    m += 1
            for person in people:
                for role in roles:
                    found.append(self._affiliation(doc, person, role, org or delegation, k))
                self._serves(doc, person, principal)
            return m if people else after
        if k in spans.person:
            person, end = spans.person[k]
            if end < hi and keys[end] in COMMAS:
                roles, after = self._roles_at(doc, keys, spans, end + 1, hi)
                if roles:
                    org, m = self._org_at(doc, keys, spans, after, hi)
                    j = self._past_qualifiers(doc, keys, m if org else after, hi)
                    if doc.tokens[end + 1].prefix.startswith("و") and self._holder_follows(keys, spans, j, hi):
                        return end  # X، ورئيس الحكومة الأردنية هاني الملقي: the next of a list, its title
                    for role in roles:
                        found.append(self._affiliation(doc, person, role, org or delegation, k))
                    return max(after, m)
            return end
        return k + 1

    @staticmethod
    def _title_mention(spans: _Spans, k: int, after: int) -> tuple[str | None, int]:
        """An organisation whose mention starts with the title and runs past it (سفير السعودية, read
        as the Saudi government), and where it ends; else (None, ``after``)."""
        if k in spans.org and spans.org[k][1] > after:
            return spans.org[k]
        return None, after

    def _principal(self, doc: Document, spans: _Spans, k: int, after: int) -> tuple[str | None, int]:
        """The person a title without the article is in construct with, whom the holder serves
        (سفير خادم الحرمين الشريفين، المتحدثة باسم دي ميستورا), and where the name ends; not one after
        a title with a pronoun (رئيسه عبد الحميد الهمامي: its head), nor a name the title word is part
        of (قائد of الباجي قائد السبسي)."""
        last = doc.tokens[after - 1]
        if after not in spans.person or last.stem.startswith("ال") or last.text.endswith(PRONOUN) \
                or doc.tokens[after].prefix:
            return None, after
        person, end = spans.person[after]
        if self._in_name(doc, person, k, end):
            return None, after
        return person, end

    def _posting(self, keys: list[str], spans: _Spans, k: int, hi: int) -> int | None:
        """Past a posting after a title (لدى الأمم المتحدة، لدى دولة الكويت: roles.yaml
        ``postings``), where the holder's name may follow; None where there is none."""
        if k + 1 >= hi or keys[k] not in self.roles.postings:
            return None
        named = spans.place.get(k + 1) or spans.org.get(k + 1)
        return named[1] if named else None

    @staticmethod
    def _serves(doc: Document, person: str, principal: str | None) -> None:
        """A new person who serves another (سفير خادم الحرمين الشريفين X) is of the principal's
        country, whatever country the sentence named near the name (لدى دولة الكويت)."""
        holder, lord = doc.actor(person), doc.actor(principal or "")
        if holder is not None and lord is not None and lord.country and holder.attrs.get("new"):
            holder.country = lord.country

    @staticmethod
    def _holder_follows(keys: list[str], spans: _Spans, j: int, hi: int) -> bool:
        """Whether a name follows at ``j`` or after the next comma within HOLDER_GAP words (ورئيس كتلة
        الجمهوريين في الجمعية الوطنية، كريستيان جاكوب): the title is that person's."""
        for k in range(j, min(hi, j + HOLDER_GAP)):
            if k in spans.person:
                return k == j or keys[k - 1] in COMMAS
            if keys[k] in COMMAS:
                return k + 1 in spans.person
        return False

    def _past_qualifiers(self, doc: Document, keys: list[str], k: int, hi: int) -> int:
        """Past the country adjectives and qualifiers after a title (العراقي السابق)."""
        while k < hi and (keys[k] in self.roles.qualifiers or self.kb.country_of_nisba(token_lemma(doc.tokens[k]))):
            k += 1
        return k

    def _affiliation(self, doc: Document, person: str, role: Role, org: str | None, k: int) -> Affiliation:
        tok = doc.tokens[k]
        if org is None:
            actor = doc.actor(person)
            org = actor.attrs.get("organization") if actor is not None else None
            org = org if org and doc.actor(org) is not None else None
        return Affiliation(person, org, role.ar, role.en, tok.stem_start, tok.end)

    def _titles(self, doc: Document, keys: list[str], spans: _Spans) -> None:
        """A role that recurs without a name after it (مكتب الأمين العام لحركة الجهاد) names its holder;
        not in a plural form, which names several (دعا 42 من قادة قوات البيشمركة: not the one commander
        named before)."""
        holders: dict[tuple[str, str | None], str] = {}
        for aff in doc.affiliations:
            holders.setdefault((aff.role_ar, aff.organization), aff.person)
        taken = {(m.start, m.end) for a in doc.actors for m in a.mentions}
        named = {aff.start for aff in doc.affiliations}  # a title read with its holder's name (ranks between)
        k = 0
        while k < len(doc.tokens):
            hit = self.roles.match_at(keys, doc.tokens, k, len(doc.tokens))
            if hit is None:
                k += 1
                continue
            role, n = hit
            org, m = self._org_at(doc, keys, spans, k + n, len(doc.tokens))
            name_follows = m in spans.person or (m < len(keys) and keys[m] in COMMAS and m + 1 in spans.person)
            person = holders.get((role.ar, org))
            start, end = doc.tokens[k].stem_start, doc.tokens[k + n - 1].end
            if person and org and not role.plural and not name_follows and (start, end) not in taken \
                    and start not in named:
                actor = doc.actor(person)
                if actor is not None:
                    actor.mentions.append(Mention(start, end, doc.text[start:end], "title"))
                    actor.mentions.sort(key=lambda x: x.start)
            k += n

    def _set_sectors(self, doc: Document) -> None:
        for aff in doc.affiliations:
            person = doc.actor(aff.person)
            org: Actor | None = doc.actor(aff.organization) if aff.organization else None
            if person is None:
                continue
            if person.sector is None:  # a title with its portfolio (وزير النقل) is its role's by name
                role = self.role_by_ar.get(aff.role_ar) or self.role_by_en[aff.role_en]
                person.sector = role.sector or (org.sector if org else None)
            if person.country is None and org is not None:
                person.country = org.country


def _unique(affs: list[Affiliation]) -> list[Affiliation]:
    """Each reading once; a title read again with its holder later in the article
    stays (the events stage groups the holder with the title there: وبحث رئيس البرلمان سليم الجبوري)."""
    seen: set[tuple[str, str | None, str, int]] = set()
    out = []
    for a in affs:
        key = (a.person, a.organization, a.role_ar, a.start)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
