"""The JSON API: annotate a text with the shared pipeline, and read the corpus store.

Every route validates its input (types, ranges, dates) before touching the pipeline or the
store; errors come back as ``{"error": {"status", "message", ...}}`` (khabar.web.errors).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from khabar.doc import Document
from khabar.ingest import check_text
from khabar.web.deps import CorpusStore, Extractor, WebSettings
from khabar.web.params import (ActorId, Country, EventType, Limit, MinConfidence, NetworkLimit, Offset, Search,
                               Since, Until, event_filters, iso)

router = APIRouter(prefix="/api", tags=["api"])
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

class DocumentIn(BaseModel):
    """An article to annotate: Arabic text, and optionally its date and metadata."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str = Field(description="the article, Arabic, at most 1,000,000 characters")
    date: str | None = Field(None, description="document date YYYY-MM-DD", examples=["2022-09-06"])
    id: str | None = Field(None, max_length=300, description="document id (default: a hash of the text)")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)

    @field_validator("*")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        # JSON may carry lone surrogates (\ud800) that no UTF-8 response could echo back
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(f"invalid Unicode (lone surrogate at character {exc.start})") from exc
        return value

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(f"date must be YYYY-MM-DD, got {value[:40]!r}")
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError as exc:
            raise ValueError(f"date {value!r} is not a real day") from exc


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class Added(BaseModel):
    id: str
    added: bool = Field(description="false when the store already had this document")


def _store(request: Request) -> CorpusStore:
    return request.app.state.store


def _settings(request: Request) -> WebSettings:
    return request.app.state.settings


def _annotate(request: Request, body: DocumentIn) -> Document:
    """Check the text like the CLI does (khabar.ingest.check_text), then run the shared pipeline."""
    settings = _settings(request)
    if len(body.text) > settings.max_chars:
        raise HTTPException(413, f"text too large ({len(body.text):,} characters > {settings.max_chars:,})")
    check_text(body.text, "text", max_chars=settings.max_chars)
    doc_id = body.id or "doc-" + hashlib.sha1(body.text.encode("utf-8")).hexdigest()[:12]
    meta = {k: v for k, v in (("title", body.title), ("source", body.source), ("url", body.url)) if v}
    extractor: Extractor = request.app.state.extractor
    return extractor(Document(text=body.text, id=doc_id, date=body.date, meta=meta))


@router.get("/health", summary="Liveness check")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/extract", summary="Annotate one article (not stored)",
             responses={400: {"description": "malformed JSON"}, 413: {"description": "too large"},
                        415: {"description": "not JSON"}, 422: {"description": "empty, non-Arabic or invalid"}})
def extract(request: Request, body: DocumentIn) -> dict[str, Any]:
    """Run the pipeline on ``text`` and return the document in the extract contract (docs/schema.md)."""
    return _annotate(request, body).to_dict()


@router.post("/documents", summary="Annotate and store one article (needs the token)", status_code=201,
             responses={200: {"description": "already stored"}, 401: {"description": "bad or missing token"},
                        403: {"description": "writes disabled (no KHABAR_WEB_TOKEN)"}})
def add_document(request: Request, response: Response, body: DocumentIn,
                 authorization: Annotated[str | None, Header()] = None) -> Added:
    """Ingest into the corpus. Send ``Authorization: Bearer <KHABAR_WEB_TOKEN>``."""
    token = _settings(request).token
    if token is None:
        raise HTTPException(403, "writes are disabled: start the server with KHABAR_WEB_TOKEN set")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not secrets.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    doc = _annotate(request, body)
    added = _store(request).add(doc)
    if not added:
        response.status_code = 200
    return Added(id=doc.id, added=added)


@router.get("/documents", summary="List stored documents")
def documents(request: Request, q: Search = None, limit: Limit = 50, offset: Offset = 0) -> Page:
    store = _store(request)
    return Page(total=store.count_documents(q=q), limit=limit, offset=offset,
                items=store.documents(limit=limit, offset=offset, q=q))


@router.get("/documents/{doc_id:path}", summary="One stored document, in the extract contract")
def document(request: Request, doc_id: Annotated[str, Path(max_length=300)]) -> dict[str, Any]:
    found = _store(request).document(doc_id)
    if found is None:
        raise HTTPException(404, "no such document")
    return found


@router.get("/events", summary="Events, filtered and paged")
def events(request: Request, actor: ActorId = None, type: EventType = None, since: Since = None,
           until: Until = None, country: Country = None, min_confidence: MinConfidence = None,
           limit: Limit = 100, offset: Offset = 0) -> Page:
    filters = event_filters(actor, type, since, until, country, min_confidence)
    store = _store(request)
    return Page(total=store.count_events(**filters), limit=limit, offset=offset,
                items=store.events(**filters, limit=limit, offset=offset))


@router.get("/actors", summary="Actors in the corpus")
def actors(request: Request, q: Search = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return {"limit": limit, "offset": offset, "items": _store(request).actors(q=q, limit=limit, offset=offset)}


@router.get("/actors/{actor_id:path}", summary="One actor, its counts and its events over time")
def actor(request: Request, actor_id: Annotated[str, Path(max_length=300)]) -> dict[str, Any]:
    store = _store(request)
    found = store.actor(actor_id)
    if found is None:
        raise HTTPException(404, "no such actor")
    return {**found, "timeline": store.actor_timeline(actor_id)}


@router.get("/network", summary="Who acts on whom: actors and event counts between them")
def network(request: Request, type: EventType = None, since: Since = None, until: Until = None,
            limit: NetworkLimit = 200) -> dict[str, Any]:
    return _store(request).network(type=type, since=iso(since), until=iso(until), limit=limit)
