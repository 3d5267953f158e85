"""The Store: writes annotated documents to SQL (SQLite or PostgreSQL) and answers queries.

Each :meth:`Store.add` is one transaction (document, entities, actors, mentions, affiliations,
events), so a process killed at any point leaves whole documents only, and the unique content
hash makes re-adding the same text a no-op: runs are idempotent and resumable.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypedDict

from sqlalchemy import (Engine, and_, case, create_engine, distinct, event, func, or_, select)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from khabar.doc import Document
from khabar.errors import StoreError
from khabar.formats import EVENT_COLUMNS, event_rows
from khabar.ingest.dedup import NEAR_DUPLICATE, Fingerprint, similarity
from khabar.lang.ar.normalize import normalize
from khabar.store import models as m
from khabar.store.migrations import migrate

if TYPE_CHECKING:  # Unpack for **kwargs is typing's from Python 3.12
    from typing_extensions import Unpack

log = logging.getLogger(__name__)
DEFAULT_URL = "sqlite:///khabar.db"
DateLike = str | dt.date | None
_ACTOR_FIELDS = ("name_en", "name_ar", "country", "sector", "type")


class EventFilters(TypedDict, total=False):
    """The filters every event query takes (``Store.events``, ``iter_events``, ``count_events``),
    named once here and in :meth:`Store._event_filter`; the CLI and the web app pass them on."""

    actor: str | None  # an actor id (that actor only) or a part of an English/Arabic name
    type: str | None  # a PLOVER event type, any case
    since: DateLike  # first day
    until: DateLike  # last day
    country: str | None  # ISO 3166 alpha-3 code of a source or target actor
    min_confidence: float | None  # events naming no party score lower (docs/corpus.md)


def normalise_url(url: str) -> str:
    """Accept a bare path for SQLite and plain ``postgresql://`` URLs (driver: psycopg 3)."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL: readers (the web app) never block the writer; NORMAL sync is durable against a killed
    # process (only an OS crash can lose the last commits); foreign keys are off by default in SQLite
    cur = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def open_engine(url: str) -> Engine:
    """An engine for a store URL, with SQLite tuned for one writer and many readers."""
    url = normalise_url(url)
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        hint = " (install the 'postgres' extra: pip install 'khabar[postgres]')" if "postgres" in url else ""
        raise StoreError(f"cannot open store {url}: {exc}{hint}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def search_key(*names: str | None) -> str:
    """What actor-name queries match against: lower case, Arabic letter variants folded."""
    return " ".join(normalize(n).lower() for n in names if n)


def _like(column: Any, text: str) -> Any:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")


def _day(value: DateLike) -> str | None:
    return None if value is None else str(value)[:10]


def _num(value: Any) -> float | None:
    return None if value in (None, "") else float(value)


class Store:
    """Documents and their extracted layers in a SQL database (see module doc)."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = normalise_url(url)
        self.engine = open_engine(url)
        try:
            self.version = migrate(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate store {self.url}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def _insert(self) -> Any:
        name = self.engine.dialect.name
        return sqlite.insert if name == "sqlite" else postgresql.insert if name == "postgresql" else None

    def has(self, content_hash: str) -> bool:
        """Whether a document with this content hash (see khabar.ingest.dedup) is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(m.documents.c.pk).where(m.documents.c.content_hash == content_hash)).first() is not None

    def add(self, doc: Document | dict[str, Any], fingerprint: Fingerprint | None = None) -> bool:
        """Store one annotated document atomically; False if the same content is already stored."""
        data = doc.to_dict() if isinstance(doc, Document) else dict(doc)
        fp = fingerprint or Fingerprint.of(data["text"])
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(m.documents.c.pk).where(m.documents.c.content_hash == fp.content_hash)).first():
                    return False
                self._write(conn, data, fp)
            return True
        except IntegrityError as exc:  # another writer stored the same content meanwhile
            if self.has(fp.content_hash):
                return False
            raise StoreError(f"cannot store document {data.get('id')!r}: {exc.orig}") from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"document {data.get('id')!r} does not follow the contract: {exc!r}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store document {data.get('id')!r}: {exc}") from exc

    def _free_id(self, conn: Any, wanted: str, content_hash: str) -> str:
        """The input id, or id~hash when another document already has that id (same file name...)."""
        wanted = wanted or content_hash[:16]
        taken = conn.execute(select(m.documents.c.pk).where(m.documents.c.id == wanted)).first()
        return f"{wanted}~{content_hash[:10]}" if taken else wanted

    def _near_duplicate_of(self, conn: Any, fp: Fingerprint) -> str | None:
        keys = fp.bands()
        b = m.document_bands.c
        hits = conn.execute(select(b.document_id, b.band, b.key).where(b.key.in_(keys))).all()
        candidates = {h.document_id for h in hits if keys[h.band] == h.key}
        if not candidates:
            return None
        rows = conn.execute(select(m.documents.c.id, m.documents.c.duplicate_of, m.documents.c.signature)
                            .where(m.documents.c.id.in_(candidates)).order_by(m.documents.c.pk)).all()
        for row in rows:
            if row.signature and similarity(fp.signature, Fingerprint.signature_from_bytes(row.signature)) >= NEAR_DUPLICATE:
                return row.duplicate_of or row.id
        return None

    def _write(self, conn: Any, data: dict[str, Any], fp: Fingerprint) -> None:
        doc_id = self._free_id(conn, str(data.get("id") or ""), fp.content_hash)
        data["id"] = doc_id
        duplicate_of = self._near_duplicate_of(conn, fp)
        stored = {k: v for k, v in data.items() if k != "text"}
        conn.execute(m.documents.insert().values(
            id=doc_id, content_hash=fp.content_hash, title=data.get("title"), date=_day(data.get("date")),
            source=data.get("source"), url=data.get("url"), text=data["text"], n_chars=len(data["text"]),
            n_entities=len(data.get("entities", [])), n_events=len(data.get("events", [])),
            duplicate_of=duplicate_of, signature=fp.to_bytes(), data=stored))
        conn.execute(m.document_bands.insert(),
                     [{"band": b, "key": k, "document_id": doc_id} for b, k in enumerate(fp.bands())])
        self._write_actors(conn, data)
        self._write_layers(conn, doc_id, data)

    def _write_actors(self, conn: Any, data: dict[str, Any]) -> None:
        rows = {a["id"]: a for a in data.get("actors", [])}
        for ev in data.get("events", []):  # ids an event refers to without an actor record
            for actor_id in [*ev.get("source", []), *ev.get("target", [])]:
                rows.setdefault(actor_id, {"id": actor_id})
        if not rows:
            return
        values = [
            {"id": a["id"], **{f: a.get(f) for f in _ACTOR_FIELDS},
             "search": search_key(a["id"], a.get("name_en"), a.get("name_ar")),
             "attrs": {k: v for k, v in a.items() if k not in ("id", "mentions", *_ACTOR_FIELDS)}}
            for a in rows.values()
        ]
        insert_fn = self._insert()
        if insert_fn is None:  # other databases: insert the ones not there yet
            known = set(conn.execute(select(m.actors.c.id).where(m.actors.c.id.in_(rows))).scalars())
            fresh = [v for v in values if v["id"] not in known]
            if fresh:
                conn.execute(m.actors.insert(), fresh)
            return
        stmt = insert_fn(m.actors)
        # first writer wins, but a placeholder (id only, from an event) is filled in by a later full record
        unnamed = and_(m.actors.c.name_en.is_(None), m.actors.c.name_ar.is_(None))
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={**{f: func.coalesce(m.actors.c[f], stmt.excluded[f]) for f in _ACTOR_FIELDS},
                  "search": case((unnamed, stmt.excluded.search), else_=m.actors.c.search)},
        ), values)

    def _write_layers(self, conn: Any, doc_id: str, data: dict[str, Any]) -> None:
        def many(table: Any, rows: list[dict[str, Any]]) -> None:
            if rows:
                conn.execute(table.insert(), rows)

        many(m.entities, [
            {"document_id": doc_id, "idx": i, "start": e["start"], "end": e["end"], "text": e["text"],
             "label": e["label"], "actor_id": e.get("actor_id"), "score": e.get("score")}
            for i, e in enumerate(data.get("entities", []))])
        many(m.document_actors, [
            {"document_id": doc_id, "actor_id": a["id"], "n_mentions": len(a.get("mentions", []))}
            for a in data.get("actors", [])])
        many(m.mentions, [
            {"document_id": doc_id, "actor_id": a["id"], "start": x["start"], "end": x["end"], "text": x["text"],
             "kind": x.get("kind", "name")}
            for a in data.get("actors", []) for x in a.get("mentions", [])])
        many(m.affiliations, [
            {"document_id": doc_id, "person": af["person"], "organization": af.get("organization"),
             "role_ar": af.get("role_ar"), "role_en": af.get("role_en")}
            for af in data.get("affiliations", [])])
        evs = data.get("events", [])
        if not evs:
            return
        rows = []
        for i, (ev, row) in enumerate(zip(evs, event_rows(data))):
            row = {k: v for k, v in row.items() if k != "document_id"}
            row.update(document_id=doc_id, idx=i, date=_day(row["date"] or None), lat=_num(row["lat"]),
                       lon=_num(row["lon"]), confidence=_num(row["confidence"]),
                       sentence_index=None if row["sentence_index"] == "" else int(row["sentence_index"]),
                       location_id=row["location_id"] or None,
                       trigger_start=ev["trigger"].get("start"), trigger_end=ev["trigger"].get("end"))
            rows.append(row)
        ids = conn.execute(m.events.insert().returning(m.events.c.id, sort_by_parameter_order=True), rows).scalars().all()
        many(m.event_actors, [
            {"event_id": event_id, "actor_id": actor_id, "role": role}
            for event_id, ev in zip(ids, evs)
            for role in ("source", "target") for actor_id in dict.fromkeys(ev.get(role, []))])

    def seen(self, key: str) -> bool:
        """Whether `khabar fetch` already downloaded this item (feed entry id or URL)."""
        with self.engine.connect() as conn:
            return conn.execute(select(m.seen_items.c.key).where(m.seen_items.c.key == key)).first() is not None

    def mark_seen(self, key: str, feed: str = "") -> None:
        if not self.seen(key):
            with self.engine.begin() as conn:
                conn.execute(m.seen_items.insert().values(key=key, feed=feed))

    # ------------------------------------------------------------------ documents

    def _document_filter(self, q: str | None) -> Any:
        d = m.documents.c
        return or_(_like(d.title, q), _like(d.text, q), _like(d.id, q)) if q else True

    def documents(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
        """A page of documents, newest date first, optionally those whose title/text/id contains q."""
        d = m.documents.c
        stmt = (select(d.id, d.title, d.date, d.source, d.url, d.n_events, d.n_entities, d.duplicate_of)
                .where(self._document_filter(q)).order_by(d.date.desc().nulls_last(), d.pk)
                .limit(limit).offset(offset))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def count_documents(self, q: str | None = None) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(m.documents).where(self._document_filter(q))).scalar_one()

    def count_near_duplicates(self) -> int:
        """Documents marked as a near-duplicate (wire copy) of an earlier one."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(m.documents)
                                .where(m.documents.c.duplicate_of.is_not(None))).scalar_one()

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The document's contract dict as extracted (plus ``duplicate_of``), or None."""
        d = m.documents.c
        with self.engine.connect() as conn:
            row = conn.execute(select(d.text, d.data, d.duplicate_of).where(d.id == doc_id)).first()
        if row is None:
            return None
        out = {"id": doc_id, "text": row.text}
        out.update((k, v) for k, v in row.data.items() if k != "id")
        out["duplicate_of"] = row.duplicate_of
        return out

    # ------------------------------------------------------------------ events

    def _event_filter(self, actor: str | None = None, type: str | None = None, since: DateLike = None,
                      until: DateLike = None, country: str | None = None, min_confidence: float | None = None) -> Any:
        e, ea, a = m.events.c, m.event_actors.c, m.actors.c
        conds = []
        if actor:  # an exact actor id means that actor only; otherwise a part of a name
            is_id = select(m.actors.c.id).where(m.actors.c.id == actor).exists()
            who = or_(a.id == actor, and_(~is_id, a.search.like(f"%{search_key(actor)}%")))
            conds.append(e.id.in_(select(ea.event_id).join(m.actors, a.id == ea.actor_id).where(who)))
        if type:
            conds.append(e.type == type.upper())
        if since:
            conds.append(e.date >= _day(since))
        if until:
            conds.append(e.date <= _day(until))
        if country:
            conds.append(e.id.in_(select(ea.event_id).join(m.actors, a.id == ea.actor_id)
                                  .where(a.country == country.upper())))
        if min_confidence is not None:
            conds.append(e.confidence >= min_confidence)
        return and_(True, *conds)

    @staticmethod
    def _event_row(row: Any) -> dict[str, Any]:
        out = {"id": row.id}
        out.update((c, getattr(row, c)) for c in EVENT_COLUMNS)
        out["source_ids"] = row.source_id.split(";") if row.source_id else []
        out["target_ids"] = row.target_id.split(";") if row.target_id else []
        return out

    def _event_columns(self) -> list[Any]:
        return [m.events.c.id, *(m.events.c[c] for c in EVENT_COLUMNS)]

    def events(self, limit: int = 100, offset: int = 0, **filters: Unpack[EventFilters]) -> list[dict[str, Any]]:
        """Events (newest first) matching the filters (:class:`EventFilters`)."""
        e = m.events.c
        stmt = (select(*self._event_columns())
                .where(self._event_filter(**filters))
                .order_by(e.date.desc().nulls_last(), e.id).limit(limit).offset(offset))
        with self.engine.connect() as conn:
            return [self._event_row(r) for r in conn.execute(stmt)]

    def iter_events(self, batch: int = 1000, **filters: Unpack[EventFilters]) -> Iterator[dict[str, Any]]:
        """All matching events in storage order, read in batches (for exports of any size)."""
        last = 0
        where = self._event_filter(**filters)
        while True:
            stmt = (select(*self._event_columns()).where(where, m.events.c.id > last)
                    .order_by(m.events.c.id).limit(batch))
            with self.engine.connect() as conn:
                rows = conn.execute(stmt).all()
            yield from (self._event_row(r) for r in rows)
            if len(rows) < batch:
                return
            last = rows[-1].id

    def count_events(self, **filters: Unpack[EventFilters]) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(m.events).where(self._event_filter(**filters))
                                ).scalar_one()

    # ------------------------------------------------------------------ actors

    def _actor_stats(self) -> list[Any]:
        a, da, ea = m.actors.c, m.document_actors.c, m.event_actors.c
        return [
            func.coalesce(select(func.sum(da.n_mentions)).where(da.actor_id == a.id).scalar_subquery(), 0)
            .label("n_mentions"),
            select(func.count(distinct(ea.event_id))).where(ea.actor_id == a.id).scalar_subquery().label("n_events"),
            select(func.count()).select_from(m.document_actors).where(da.actor_id == a.id).scalar_subquery()
            .label("n_documents"),
        ]

    def actors(self, q: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Actors, most active first; q matches the id or part of the English/Arabic name."""
        a = m.actors.c
        n_mentions, n_events, _ = self._actor_stats()
        stmt = select(a.id, a.name_en, a.name_ar, a.country, a.sector, a.type, n_mentions, n_events)
        if q:
            stmt = stmt.where(or_(a.id == q, a.search.like(f"%{search_key(q)}%")))
        stmt = stmt.order_by(n_events.desc(), n_mentions.desc(), a.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def count_actors(self, q: str | None = None) -> int:
        a = m.actors.c
        stmt = select(func.count()).select_from(m.actors)
        if q:
            stmt = stmt.where(or_(a.id == q, a.search.like(f"%{search_key(q)}%")))
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        """One actor's fields (and extra attributes such as lat/lon) with its counts, or None."""
        a = m.actors.c
        stmt = select(a.id, a.name_en, a.name_ar, a.country, a.sector, a.type, a.attrs, *self._actor_stats())
        with self.engine.connect() as conn:
            row = conn.execute(stmt.where(a.id == actor_id)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out.update(out.pop("attrs") or {})
        return out

    def actor_timeline(self, actor_id: str) -> list[dict[str, Any]]:
        """Counts of the actor's events (as source or target) per day and type, oldest first."""
        e, ea = m.events.c, m.event_actors.c
        stmt = (select(e.date, e.type, func.count(distinct(e.id)).label("count"))
                .join(m.event_actors, ea.event_id == e.id).where(ea.actor_id == actor_id)
                .group_by(e.date, e.type).order_by(e.date.nulls_last(), e.type))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def network(self, type: str | None = None, since: DateLike = None, until: DateLike = None,
                limit: int = 200) -> dict[str, list[dict[str, Any]]]:
        """Source -> target event counts (the `limit` heaviest edges) and the actors they join."""
        e, a = m.events.c, m.actors.c
        s, t = m.event_actors.alias("s"), m.event_actors.alias("t")
        count = func.count(distinct(e.id)).label("count")
        stmt = (select(s.c.actor_id.label("source"), t.c.actor_id.label("target"), e.type, count)
                .select_from(m.events.join(s, and_(s.c.event_id == e.id, s.c.role == "source"))
                             .join(t, and_(t.c.event_id == e.id, t.c.role == "target")))
                .where(self._event_filter(type=type, since=since, until=until), s.c.actor_id != t.c.actor_id)
                .group_by(s.c.actor_id, t.c.actor_id, e.type)
                .order_by(count.desc(), s.c.actor_id, t.c.actor_id, e.type).limit(limit))
        with self.engine.connect() as conn:
            edges = [dict(r._mapping) for r in conn.execute(stmt)]
            weight: dict[str, int] = {}
            for edge in edges:
                for end in ("source", "target"):
                    weight[edge[end]] = weight.get(edge[end], 0) + edge["count"]
            rows = conn.execute(select(a.id, a.name_en, a.name_ar, a.country, a.sector)
                                .where(a.id.in_(list(weight)))).all() if weight else []
        nodes = [{**dict(r._mapping), "count": weight[r.id]} for r in rows]
        nodes.sort(key=lambda n: (-n["count"], n["id"]))
        return {"nodes": nodes, "edges": edges}
