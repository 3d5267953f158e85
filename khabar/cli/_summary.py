"""Readable terminal summary of one annotated document (used by ``make demo``)."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def print_summary(doc: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console(width=max(Console().width, 140))
    actors = {a["id"]: a for a in doc["actors"]}

    def name(actor_id: str | None) -> str:
        if actor_id is None:
            return "-"
        a = actors.get(actor_id)
        return a["name_en"] or a["name_ar"] if a else actor_id

    console.print(f"[bold]document[/bold] {doc['id']}  date {doc['date'] or '-'}  "
                  f"{len(doc['sentences'])} sentences, {len(doc['entities'])} entities, "
                  f"{len(doc['actors'])} actors, {len(doc['events'])} events")
    table = Table(title="Entities")
    for col in ("text", "label", "actor"):
        table.add_column(col)
    for e in doc["entities"]:
        table.add_row(e["text"], e["label"], name(e["actor_id"]))
    console.print(table)
    table = Table(title="Actors")
    for col in ("id", "English", "Arabic", "country", "sector", "mentions"):
        table.add_column(col)
    for a in doc["actors"]:
        table.add_row(a["id"], a["name_en"], a["name_ar"], a["country"] or "-", a["sector"] or "-",
                      str(len(a["mentions"])))
    console.print(table)
    if doc["affiliations"]:
        table = Table(title="Affiliations")
        for col in ("person", "role", "organisation"):
            table.add_column(col)
        for af in doc["affiliations"]:
            table.add_row(name(af["person"]), f"{af['role_en']} ({af['role_ar']})", name(af["organization"]))
        console.print(table)
    table = Table(title="Events")
    for col in ("type", "mode", "trigger", "source", "target", "location", "date", "conf"):
        table.add_column(col)
    for ev in doc["events"]:
        table.add_row(ev["type"], ev["mode"], ev["trigger"]["text"], ", ".join(map(name, ev["source"])) or "-",
                      ", ".join(map(name, ev["target"])) or "-", name(ev["location"]), ev["date"] or "-",
                      f"{ev['confidence']:.2f}")
    console.print(table)
