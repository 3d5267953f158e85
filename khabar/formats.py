"""Flat, POLECAT-style event rows shared by ``khabar extract --format csv`` and ``khabar export``."""
from __future__ import annotations

from typing import Any

EVENT_COLUMNS = [
    "document_id", "date", "type", "mode", "trigger",
    "source_id", "source_name", "source_name_ar", "source_country", "source_sector",
    "target_id", "target_name", "target_name_ar", "target_country", "target_sector",
    "location_id", "location", "lat", "lon", "confidence", "sentence_index", "sentence",
]


def _side(ids: list[str], actors: dict[str, dict[str, Any]], prefix: str) -> dict[str, str]:
    found = [actors.get(i, {"id": i}) for i in ids]
    return {
        f"{prefix}_id": ";".join(a["id"] for a in found),
        f"{prefix}_name": ";".join(a.get("name_en") or "" for a in found),
        f"{prefix}_name_ar": ";".join(a.get("name_ar") or "" for a in found),
        f"{prefix}_country": ";".join(a.get("country") or "" for a in found),
        f"{prefix}_sector": ";".join(a.get("sector") or "" for a in found),
    }


def event_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per event of a document in its JSON form, with actor names and codes spelled out."""
    actors = {a["id"]: a for a in doc.get("actors", [])}
    rows = []
    for ev in doc.get("events", []):
        loc = actors.get(ev.get("location") or "", {})
        row: dict[str, Any] = {
            "document_id": doc.get("id", ""),
            "date": ev.get("date") or doc.get("date") or "",
            "type": ev["type"],
            "mode": ev.get("mode", ""),
            "trigger": ev["trigger"]["text"],
            "location_id": ev.get("location") or "",
            "location": loc.get("name_en", ""),
            "lat": loc.get("lat", ""),
            "lon": loc.get("lon", ""),
            "confidence": ev.get("confidence", ""),
            "sentence_index": ev.get("sentence", ""),
            "sentence": ev.get("evidence", ""),
        }
        row.update(_side(ev.get("source", []), actors, "source"))
        row.update(_side(ev.get("target", []), actors, "target"))
        rows.append({k: row.get(k, "") for k in EVENT_COLUMNS})
    return rows
