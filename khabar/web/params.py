"""Query parameters shared by the API and the pages; an empty form field counts as absent."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Query
from pydantic import BeforeValidator


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


Blank = BeforeValidator(_blank_to_none)
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Since = Annotated[dt.date | None, Blank, Query(description="first day, YYYY-MM-DD (inclusive)")]
Until = Annotated[dt.date | None, Blank, Query(description="last day, YYYY-MM-DD (inclusive)")]
ActorId = Annotated[str | None, Blank, Query(max_length=300, description="actor id (source or target)")]
EventType = Annotated[str | None, Blank, Query(max_length=40, description="PLOVER type, e.g. ASSAULT")]
Country = Annotated[str | None, Blank, Query(max_length=3, description="ISO 3166 alpha-3 of either side")]
Search = Annotated[str | None, Blank, Query(max_length=300, description="words to search for")]
NetworkLimit = Annotated[int, Query(ge=1, le=2000, description="most edges")]


def event_filters(actor: str | None, type: str | None, since: dt.date | None, until: dt.date | None,
                  country: str | None) -> dict[str, str | None]:
    """The keyword arguments of ``Store.events``/``count_events`` from validated parameters."""
    return {"actor": actor, "type": type, "country": country,
            "since": since.isoformat() if since else None, "until": until.isoformat() if until else None}


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
