"""Query parameters shared by the API and the pages; an empty form field counts as absent."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Query
from pydantic import BeforeValidator, Field, StringConstraints

from khabar.store import EventFilters


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


Blank = BeforeValidator(_blank_to_none)
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Since = Annotated[dt.date | None, Blank, Query(description="first day, YYYY-MM-DD (inclusive)")]
Until = Annotated[dt.date | None, Blank, Query(description="last day, YYYY-MM-DD (inclusive)")]


def _text(max_length: int) -> Any:
    # the length limit sits inside the optional type: a blank field becomes None before it applies
    return Annotated[str, StringConstraints(max_length=max_length)] | None


ActorId = Annotated[_text(300), Blank, Query(description="actor id (source or target)")]
EventType = Annotated[_text(40), Blank, Query(description="PLOVER type, e.g. ASSAULT")]
Country = Annotated[_text(3), Blank, Query(description="ISO 3166 alpha-3 of either side")]
Search = Annotated[_text(300), Blank, Query(description="words to search for")]
NetworkLimit = Annotated[int, Query(ge=1, le=2000, description="most edges")]
# the bounds sit inside the optional type, as for _text: a blank field becomes None before they apply
MinConfidence = Annotated[Annotated[float, Field(ge=0, le=1)] | None, Blank,
                          Query(description="least event confidence, 0-1")]


def event_filters(actor: str | None, type: str | None, since: dt.date | None, until: dt.date | None,
                  country: str | None, min_confidence: float | None = None) -> EventFilters:
    """The store's event filters from validated parameters."""
    return EventFilters(actor=actor, type=type, since=iso(since), until=iso(until), country=country,
                        min_confidence=min_confidence)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
