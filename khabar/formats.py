"""Flat, POLECAT-style event rows shared by ``khabar extract --format csv`` and ``khabar export``,
and writers for them (csv, jsonl, parquet)."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
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


_NUMERIC = {"lat": "float64", "lon": "float64", "confidence": "float64", "sentence_index": "int64"}


def write_events(rows: Iterable[dict[str, Any]], fmt: str, path: str | None = None, batch: int = 10_000) -> int:
    """Write event rows (EVENT_COLUMNS; other keys dropped) as csv, jsonl or parquet; return the count.

    Rows are streamed, so an export of any size runs in constant memory. ``path`` None is stdout
    (not for parquet).
    """
    if fmt == "parquet":
        return _write_parquet(rows, path, batch)
    out = open(path, "w", encoding="utf-8", newline="") if path else sys.stdout
    n = 0
    try:
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, extrasaction="ignore") if fmt == "csv" else None
        if writer is not None:
            writer.writeheader()
        for row in rows:
            flat = {k: row.get(k) for k in EVENT_COLUMNS}
            if writer is not None:
                writer.writerow({k: "" if v is None else v for k, v in flat.items()})
            else:
                out.write(json.dumps(flat, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if path:
            out.close()
    return n


def _write_parquet(rows: Iterable[dict[str, Any]], path: str | None, batch: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not path:
        raise ValueError("parquet output needs a file path")
    schema = pa.schema([(c, pa.type_for_alias(_NUMERIC.get(c, "string"))) for c in EVENT_COLUMNS])

    def table(chunk: list[dict[str, Any]]) -> pa.Table:
        cols = {c: [None if r.get(c) == "" else r.get(c) for r in chunk] for c in EVENT_COLUMNS}
        return pa.Table.from_pydict(cols, schema=schema)

    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == batch:
                writer.write_table(table(chunk))
                n, chunk = n + len(chunk), []
        writer.write_table(table(chunk))
        n += len(chunk)
    return n
