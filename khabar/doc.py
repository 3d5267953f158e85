"""The Document that flows through the pipeline, and its JSON form (the output contract).

Every span (token, sentence, entity, mention, trigger) is a pair of character offsets into the
original ``Document.text``, which no stage ever changes: ``text[start:end]`` is the surface.
See docs/schema.md for the contract.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation token, with its proclitics split off in a matching view."""

    i: int
    start: int
    end: int
    text: str
    norm: str
    prefix: str = ""
    stem: str = ""
    stem_start: int = -1

    def __post_init__(self) -> None:
        if not self.stem:
            self.stem = self.norm
        if self.stem_start < 0:
            self.stem_start = self.start


@dataclass(slots=True)
class Sentence:
    """A sentence as character offsets and the half-open range of its tokens."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(slots=True)
class Entity:
    """A named-entity mention: PER, ORG, LOC or MISC (and extras such as DATE from other stages)."""

    start: int
    end: int
    text: str
    label: str
    actor_id: str | None = None
    id: str = ""
    score: float | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """A span that refers to an actor: an entity, a surname, a title or a word like الحركة."""

    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(slots=True)
class Actor:
    """A resolved, canonical actor with the mentions that refer to it in this document."""

    id: str
    name_en: str
    name_ar: str
    country: str | None = None
    sector: str | None = None
    type: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Affiliation:
    """Person (actor id), role in Arabic and English, organisation (actor id), read at ``start:end``
    (the title); ``Document.affiliations`` has each reading, the output contract each fact once."""

    person: str
    organization: str | None
    role_ar: str
    role_en: str
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    """A PLOVER event: who (source) did what (type) to whom (target), where, when and how."""

    type: str
    trigger: Trigger
    sentence: int
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    mode: str = "asserted"
    location: str | None = None
    date: str | None = None
    confidence: float = 0.5
    evidence: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class TimeExpr:
    """A date expression in the text and the ISO date it resolves to (None if unresolved)."""

    start: int
    end: int
    text: str
    value: str | None


@dataclass
class Document:
    """One article and every layer the pipeline has added to it."""

    text: str
    id: str = ""
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    done: list[str] = field(default_factory=list)

    def actor(self, actor_id: str) -> Actor | None:
        """The document's actor with this id, if any."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def sentence_of(self, char: int) -> int:
        """Index of the sentence containing a character offset (-1 if none)."""
        for i, sent in enumerate(self.sentences):
            if sent.start <= char < sent.end:
                return i
        return -1

    def sentence_text(self, index: int) -> str:
        sent = self.sentences[index]
        return self.text[sent.start:sent.end]

    def to_dict(self, with_tokens: bool = False) -> dict[str, Any]:
        """The JSON-ready output contract (docs/schema.md)."""
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "date": self.date,
        }
        out.update({k: v for k, v in self.meta.items() if k in ("title", "source", "url")})
        out["sentences"] = [{"start": s.start, "end": s.end} for s in self.sentences]
        if with_tokens:
            out["tokens"] = [
                {"start": t.start, "end": t.end, "text": t.text, "prefix": t.prefix, "stem": t.stem}
                for t in self.tokens
            ]
        out["entities"] = [_entity_dict(e) for e in self.entities]
        out["actors"] = [_actor_dict(a) for a in self.actors]
        # one record per person, organisation and role, however often the article names them so
        out["affiliations"] = [dict(zip(("person", "organization", "role_ar", "role_en"), key))
                               for key in dict.fromkeys((a.person, a.organization, a.role_ar, a.role_en)
                                                        for a in self.affiliations)]
        out["events"] = [_event_dict(ev) for ev in self.events]
        out["times"] = [asdict(t) for t in self.times]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a Document from its JSON form (tokens are re-derived by the pipeline)."""
        doc = cls(text=data["text"], id=data.get("id", ""), date=data.get("date"))
        doc.meta = {k: data[k] for k in ("title", "source", "url") if k in data}
        doc.sentences = [Sentence(s["start"], s["end"], -1, -1) for s in data.get("sentences", [])]
        doc.entities = [
            Entity(e["start"], e["end"], e["text"], e["label"], e.get("actor_id"), e.get("id", ""),
                   e.get("score"), {k: v for k, v in e.items() if k not in _ENTITY_KEYS})
            for e in data.get("entities", [])
        ]
        doc.actors = [
            Actor(a["id"], a.get("name_en", ""), a.get("name_ar", ""), a.get("country"), a.get("sector"),
                  a.get("type"), [Mention(**m) for m in a.get("mentions", [])],
                  {k: v for k, v in a.items() if k not in _ACTOR_KEYS})
            for a in data.get("actors", [])
        ]
        doc.affiliations = [Affiliation(**a) for a in data.get("affiliations", [])]
        doc.events = [
            Event(ev["type"], Trigger(**ev["trigger"]), ev["sentence"], ev.get("source", []),
                  ev.get("target", []), ev.get("mode", "asserted"), ev.get("location"), ev.get("date"),
                  ev.get("confidence", 0.5), ev.get("evidence", ""),
                  {k: v for k, v in ev.items() if k not in _EVENT_KEYS})
            for ev in data.get("events", [])
        ]
        doc.times = [TimeExpr(**t) for t in data.get("times", [])]
        return doc


_ENTITY_KEYS = {"start", "end", "text", "label", "actor_id", "id", "score"}
_ACTOR_KEYS = {"id", "name_en", "name_ar", "country", "sector", "type", "mentions"}
_EVENT_KEYS = {"type", "trigger", "sentence", "source", "target", "mode", "location", "date",
               "confidence", "evidence"}


def _entity_dict(e: Entity) -> dict[str, Any]:
    out = {"id": e.id, "start": e.start, "end": e.end, "text": e.text, "label": e.label, "actor_id": e.actor_id}
    if e.score is not None:
        out["score"] = round(e.score, 4)
    out.update(e.attrs)
    return out


def _actor_dict(a: Actor) -> dict[str, Any]:
    out = {
        "id": a.id, "name_en": a.name_en, "name_ar": a.name_ar, "country": a.country, "sector": a.sector,
        "type": a.type, "mentions": [asdict(m) for m in a.mentions],
    }
    out.update(a.attrs)
    return out


def _event_dict(ev: Event) -> dict[str, Any]:
    out = {
        "type": ev.type, "mode": ev.mode, "trigger": asdict(ev.trigger), "source": ev.source,
        "target": ev.target, "location": ev.location, "date": ev.date, "sentence": ev.sentence,
        "evidence": ev.evidence, "confidence": round(ev.confidence, 4),
    }
    out.update(ev.attrs)
    return out
