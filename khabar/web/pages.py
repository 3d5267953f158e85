"""HTML pages: annotate, documents, events, actors, one actor, the network, and offline API docs.

Pages are rendered by Jinja2 with autoescaping; data that scripts draw (a document, a timeline,
a network) is embedded as JSON with ``tojson`` (which escapes ``<``, ``>``, ``&`` and ``'``) in a
``<script type="application/json">`` block and turned into DOM nodes with ``textContent`` only.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from khabar.web.deps import CorpusStore
from khabar.web.params import (ActorId, Country, EventType, Limit, MinConfidence, NetworkLimit, Offset, Search,
                               Since, Until, event_filters, iso)
from khabar.web.templating import event_types_css, templates

router = APIRouter(include_in_schema=False)
PageId = Annotated[str, Path(max_length=300)]


def _store(request: Request) -> CorpusStore:
    return request.app.state.store


def _pager(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Previous/next links that keep the current filters."""
    url = request.url
    return {
        "total": total, "first": offset + 1 if total else 0, "last": min(offset + limit, total),
        "prev": str(url.include_query_params(offset=max(offset - limit, 0))) if offset > 0 else None,
        "next": str(url.include_query_params(offset=offset + limit)) if offset + limit < total else None,
    }


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/annotate", status_code=307)


@router.get("/annotate")
def annotate(request: Request) -> HTMLResponse:
    return _render(request, "annotate.html", page="annotate")


@router.get("/documents")
def documents(request: Request, q: Search = None, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    store = _store(request)
    total = store.count_documents(q=q)
    return _render(request, "documents.html", page="documents", q=q or "",
                   rows=store.documents(limit=limit, offset=offset, q=q), paging=_pager(request, total, limit, offset))


@router.get("/documents/{doc_id:path}")
def document(request: Request, doc_id: PageId) -> HTMLResponse:
    found = _store(request).document(doc_id)
    if found is None:
        raise HTTPException(404, "no such document in the corpus")
    return _render(request, "document.html", page="documents", doc=found)


@router.get("/events")
def events(request: Request, actor: ActorId = None, type: EventType = None, since: Since = None,
           until: Until = None, country: Country = None, min_confidence: MinConfidence = None,
           limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    store = _store(request)
    filters = event_filters(actor, type, since, until, country, min_confidence)
    total = store.count_events(**filters)
    return _render(request, "events.html", page="events", filters=filters,
                   rows=store.events(**filters, limit=limit, offset=offset),
                   paging=_pager(request, total, limit, offset))


@router.get("/actors")
def actors(request: Request, q: Search = None, limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
    rows = _store(request).actors(q=q, limit=limit + 1, offset=offset)
    more = len(rows) > limit
    pager = {"prev": str(request.url.include_query_params(offset=max(offset - limit, 0))) if offset else None,
             "next": str(request.url.include_query_params(offset=offset + limit)) if more else None}
    return _render(request, "actors.html", page="actors", q=q or "", rows=rows[:limit], paging=pager)


@router.get("/actors/{actor_id:path}")
def actor(request: Request, actor_id: PageId, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    store = _store(request)
    found = store.actor(actor_id)
    if found is None:
        raise HTTPException(404, "no such actor in the corpus")
    total = store.count_events(actor=actor_id)
    return _render(request, "actor.html", page="actors", actor=found, timeline=store.actor_timeline(actor_id),
                   rows=store.events(actor=actor_id, limit=limit, offset=offset),
                   paging=_pager(request, total, limit, offset))


@router.get("/network")
def network(request: Request, type: EventType = None, since: Since = None, until: Until = None,
            limit: NetworkLimit = 200) -> HTMLResponse:
    graph = _store(request).network(type=type, since=iso(since), until=iso(until), limit=limit)
    return _render(request, "network.html", page="network", graph=graph,
                   filters={"type": type, "since": iso(since), "until": iso(until), "limit": limit})


@router.get("/docs")
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, drawn from /openapi.json by a local script (no CDN, unlike FastAPI's default)."""
    return _render(request, "apidocs.html", page="docs")


@lru_cache(maxsize=1)
def _event_css() -> str:
    return event_types_css()


@router.get("/event-types.css")
def event_css() -> Response:
    return Response(_event_css(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})
