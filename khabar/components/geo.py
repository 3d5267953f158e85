"""Stage ``geo``: ground places in the gazetteer (GeoNames id, coordinates, ISO3 country).

Place actors (type LOC) and LOC entities get ``geonameid``, ``lat``, ``lon`` (and entities
``country``) in their attrs; a place actor without a country gets the place's, unless the
knowledge base marks its status disputed (Jerusalem). A name that
several places share is read in the light of the actor's country, else of the country most
places in the document belong to (طرابلس in a Lebanese story is Tripoli, Lebanon). Place
mentions that NER missed but the knowledge base and the gazetteer both know become LOC entities.
"""
from __future__ import annotations

from collections import Counter

from khabar.doc import Actor, Document, Entity
from khabar.geo import Place, lookup_place
from khabar.pipeline import register

PLACE_TYPES = ("LOC", "GPE")
PLACE_LABELS = ("LOC",)


def place_attrs(place: Place) -> dict[str, object]:
    return {"geonameid": place.geonameid, "lat": place.lat, "lon": place.lon}


@register("geo")
class GeoStage:
    name = "geo"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("geo",)

    def __call__(self, doc: Document) -> Document:
        actors = {a.id: a for a in doc.actors}
        counts = Counter(p.country for e in doc.entities
                         if e.label in PLACE_LABELS and (p := lookup_place(e.text)) and p.country)
        doc_country = counts.most_common(1)[0][0] if counts else None

        for actor in doc.actors:
            if actor.type in PLACE_TYPES and "lat" not in actor.attrs:
                place = self._actor_place(actor, doc_country)
                if place is not None:
                    actor.attrs.update(place_attrs(place))
                    if not actor.attrs.get("disputed"):  # the knowledge base leaves its country open
                        actor.country = actor.country or place.country

        self._add_missed_places(doc)
        for ent in (e for e in doc.entities if e.label in PLACE_LABELS):
            actor = actors.get(ent.actor_id or "")
            if actor is not None and "lat" in actor.attrs:
                ent.attrs.update({k: actor.attrs.get(k) for k in ("geonameid", "lat", "lon")})
                ent.attrs["country"] = actor.country
                continue
            hint = actor.country if actor is not None and actor.country else doc_country
            place = lookup_place(ent.text, hint)
            if place is not None:
                ent.attrs.update(place_attrs(place))
                ent.attrs["country"] = place.country
        return doc

    @staticmethod
    def _add_missed_places(doc: Document) -> None:
        """A place actor's mention that NER left untagged (الأقصى, a second الأراضي الفلسطينية)
        becomes a LOC entity when the gazetteer knows that name too; descriptive aliases such as
        الاحتلال (Israel) are no place names there and stay mentions only."""
        taken = [(e.start, e.end) for e in doc.entities]
        added = []
        for actor in doc.actors:
            if actor.type not in PLACE_TYPES:
                continue
            for m in actor.mentions:
                if m.kind == "name" or any(s < m.end and m.start < e for s, e in taken):
                    continue
                if lookup_place(m.text) is not None:
                    added.append(Entity(m.start, m.end, m.text, "LOC", actor.id, attrs={"source": "kb"}))
        if added:
            doc.entities = sorted(doc.entities + added, key=lambda e: e.start)
            for k, ent in enumerate(doc.entities, start=1):
                ent.id = f"T{k}"

    @staticmethod
    def _actor_place(actor: Actor, doc_country: str | None) -> Place | None:
        hint = actor.country or doc_country
        for name in (actor.name_ar, *(m.text for m in actor.mentions)):
            place = lookup_place(name, hint) if name else None
            if place is not None:
                return place
        return None
