"""Documents with entities, actors and events for the web tests.

The text, tokens and sentences come from the real pipeline. The seed article is the pipeline's
own output once it finds entities and actor-linked events; until the NER and actor stages land,
its upper layers are laid on by hand from ../shared/seed/gold.json. Two short articles on other
dates are annotated by hand from the small specs below. XSS payloads go
into a third document's text, title, id, actor ids and names, and an event type.
"""
from __future__ import annotations

import re
from typing import Any

import khabar
from khabar.doc import Actor, Document, Entity, Event, Mention, Trigger

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'


def _slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Whole-word occurrences, a leading one-letter proclitic left outside the span."""
    pattern = r"(?<![\u0621-\u064a])[وبلفك]?(" + re.escape(surface) + r")(?![\u0621-\u064a])"
    return [m.span(1) for m in re.finditer(pattern, text)]


def build(text: str, doc_id: str, date: str, actors: dict[str, dict[str, Any]],
          entities: list[tuple[str, str, str]], events: list[tuple[str, str, list[str], list[str], str | None]],
          title: str | None = None) -> Document:
    """Run the real pipeline, then add hand-made entities (surface, label, actor key), actors and
    events (type, trigger surface, source keys, target keys, location key)."""
    doc = khabar.load_pipeline()(Document(text=text, id=doc_id, date=date, meta={"title": title} if title else {}))
    mentions: dict[str, list[Mention]] = {key: [] for key in actors}
    doc.entities = []
    taken: list[tuple[int, int]] = []
    for surface, label, key in sorted(entities, key=lambda e: -len(e[0])):  # longest first, no nesting
        for start, end in _occurrences(text, surface):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            doc.entities.append(Entity(start, end, text[start:end], label, actors[key]["id"], f"T{len(doc.entities)}"))
            mentions[key].append(Mention(start, end, text[start:end], "name"))
    doc.entities.sort(key=lambda e: e.start)
    doc.actors = [Actor(a["id"], a["name_en"], a["name_ar"], a.get("country"), a.get("sector"), a.get("type"),
                        mentions[key]) for key, a in actors.items()]
    doc.events = []
    for etype, trigger, sources, targets, location in events:
        start, end = _occurrences(text, trigger)[0]
        sent = doc.sentence_of(start)
        doc.events.append(Event(etype, Trigger(start, end, text[start:end]), sent,
                                [actors[k]["id"] for k in sources], [actors[k]["id"] for k in targets],
                                "asserted", actors[location]["id"] if location else None, date, 0.8,
                                doc.sentence_text(sent)))
    return doc


def _actor(name_en: str, name_ar: str, country: str | None, sector: str | None, kind: str) -> dict[str, Any]:
    return {"id": _slug(name_en), "name_en": name_en, "name_ar": name_ar, "country": country, "sector": sector,
            "type": kind}


_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
# actors the seed's gold events name that are not named entities in the text
_REFERENTS = {
    "Israel": ("الاحتلال", "ISR", "GOV"),
    "Palestinian prisoners": ("أسرانا", "PSE", "CVL"),
    "Palestinian people": ("شعبنا", "PSE", "CVL"),
}


def is_rich(doc: Document) -> bool:
    """Whether the pipeline's own output has entities and events with actors to show."""
    return bool(doc.entities) and any(ev.source or ev.target for ev in doc.events)


def seed_document(text: str, gold: dict[str, Any]) -> Document:
    """The seed article as the real pipeline annotates it once its stages find entities and
    actor-linked events; until then with the gold entities and events laid on by hand."""
    title = "لقاء بين حماس والجهاد الإسلامي في بيروت"
    real = khabar.load_pipeline()(Document(text=text, id="seed", date="2022-09-06", meta={"title": title}))
    if is_rich(real):
        return real
    actors: dict[str, dict[str, Any]] = {}
    entities = []
    for g in gold["entities"]:
        sectors = g.get("sector") or [None]
        actors[g["english"]] = _actor(g["english"], g["text"], g.get("country"), sectors[0], _TYPES[g["label"]])
        entities.append((g["text"], g["label"], g["english"]))
    for name, (surface, country, sector) in _REFERENTS.items():
        actors[name] = _actor(name, surface, country, sector, "organization")
    events = [(e["plover"], e["trigger"].split()[0], e["source"], e["target"], e["location"]) for e in gold["events"]]
    return build(text, "seed", "2022-09-06", actors, entities, events, title=title)


def more_documents() -> list[Document]:
    """Two short articles on other dates, so timelines and the network have more than one day."""
    hamas = _actor("Hamas", "حماس", "PSE", "REB", "organization")
    pij = _actor("Palestinian Islamic Jihad", "الجهاد الإسلامي", "PSE", "REB", "organization")
    israel = _actor("Israel", "إسرائيل", "ISR", "GOV", "place")
    gaza = _actor("Gaza Strip", "قطاع غزة", "PSE", None, "place")
    jerusalem = _actor("Jerusalem", "القدس", None, None, "place")
    one = build("قصفت إسرائيل مواقع لحركة الجهاد الإسلامي في قطاع غزة، وأعلنت حركة حماس دعمها للمقاومة.",
                "gaza-2022-08-06", "2022-08-06",
                {"hamas": hamas, "pij": pij, "israel": israel, "gaza": gaza},
                [("حماس", "ORG", "hamas"), ("الجهاد الإسلامي", "ORG", "pij"), ("إسرائيل", "LOC", "israel"),
                 ("قطاع غزة", "LOC", "gaza")],
                [("ASSAULT", "قصفت", ["israel"], ["pij"], "gaza"), ("SUPPORT", "دعمها", ["hamas"], ["pij"], None)],
                title="غارات على قطاع غزة")
    two = build("اتهمت حركة حماس إسرائيل بالتصعيد في القدس، ودعت إلى التحرك لحماية المسجد الأقصى.",
                "quds-2022-11-20", "2022-11-20",
                {"hamas": hamas, "israel": israel, "jerusalem": jerusalem},
                [("حماس", "ORG", "hamas"), ("إسرائيل", "LOC", "israel"), ("القدس", "LOC", "jerusalem")],
                [("ACCUSE", "اتهمت", ["hamas"], ["israel"], "jerusalem")], title="حماس تتهم إسرائيل")
    return [one, two]


def xss_document() -> Document:
    """Payloads in the text, the title, the id, actor ids and names, and an event type."""
    text = f"التقى وفد حماس {SCRIPT} في بيروت بوفد الجهاد {IMG} اليوم."
    bad = _actor("Hamas", "حماس", "PSE", "REB", "organization") | {
        "id": f'x"><img src=x onerror=window.__xss=1>{SCRIPT}', "name_en": f"{IMG}Hamas", "name_ar": f"{SCRIPT}حماس"}
    other = _actor("Islamic Jihad", "الجهاد", "PSE", "REB", "organization") | {"name_en": f"{SCRIPT}Jihad"}
    place = _actor("Beirut", "بيروت", "LBN", None, "place") | {"id": f"beirut/{IMG}"}
    doc = build(text, f'doc"><img src=x onerror=window.__xss=1>{SCRIPT}', "2022-09-07",
                {"bad": bad, "other": other, "place": place},
                [("حماس", "ORG", "bad"), ("الجهاد", "ORG", "other"), ("بيروت", "LOC", "place")],
                [("CONSULT", "التقى", ["bad"], ["other"], "place")], title=f"{SCRIPT}{IMG} عنوان")
    doc.events.append(Event(f'ASSAULT"><img src=x onerror=window.__xss=1>', doc.events[0].trigger, 0,
                            [bad["id"]], [other["id"]], IMG, place["id"], "2022-09-07", 0.5, SCRIPT))
    return doc
