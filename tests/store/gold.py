"""The seed article as the pipeline will annotate it, built from its hand annotation (gold.json),
so that store, export and query tests exercise every layer whatever the stages produce today."""
from __future__ import annotations

import re

import khabar


def _slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def gold_document(text: str, gold: dict, doc_id: str = "seed", date: str = "2022-09-06") -> dict:
    """The seed article as a contract dict carrying the gold entities, actors, affiliations, events."""
    doc = khabar.load_pipeline(["tokenize"])(text, id=doc_id, date=date).to_dict()
    actors: dict[str, dict] = {}
    for ent in gold["entities"]:
        aid = _slug(ent["english"])
        actor = actors.setdefault(aid, {"id": aid, "name_en": ent["english"], "name_ar": ent["text"],
                                        "country": ent.get("country"), "sector": (ent.get("sector") or [None])[0],
                                        "type": ent["label"], "mentions": []})
        for start, end in ent["occurrences"]:
            doc["entities"].append({"id": f"T{len(doc['entities'])}", "start": start, "end": end,
                                    "text": text[start:end], "label": ent["label"], "actor_id": aid})
            actor["mentions"].append({"start": start, "end": end, "text": text[start:end], "kind": "name"})
    for ev in gold["events"]:
        for side in ("source", "target"):
            for name in ev[side]:
                actors.setdefault(_slug(name), {"id": _slug(name), "name_en": name, "name_ar": "", "country": None,
                                                "sector": None, "type": None, "mentions": []})
    actors["beirut"] = {"id": "beirut", "name_en": "Beirut", "name_ar": "بيروت", "country": "LBN", "sector": None,
                        "type": "LOC", "mentions": [], "lat": 33.89, "lon": 35.5}
    doc["actors"] = list(actors.values())
    by_ar = {e["text"]: _slug(e["english"]) for e in gold["entities"]}
    doc["affiliations"] = [{"person": by_ar[a["person"]], "organization": _slug(a["organization"]),
                            "role_ar": a["role_ar"], "role_en": a["role_en"]} for a in gold["affiliations"]]
    for ev in gold["events"]:
        start = text.index(ev["trigger"])
        sent = next(i for i, s in enumerate(doc["sentences"]) if s["start"] <= start < s["end"])
        doc["events"].append({
            "type": ev["plover"], "mode": "asserted",
            "trigger": {"start": start, "end": start + len(ev["trigger"]), "text": ev["trigger"]},
            "source": [_slug(n) for n in ev["source"]], "target": [_slug(n) for n in ev["target"]],
            "location": "beirut" if ev.get("location") == "Beirut" else None, "date": date, "sentence": sent,
            "evidence": text[doc["sentences"][sent]["start"]:doc["sentences"][sent]["end"]], "confidence": 0.9})
    return doc
