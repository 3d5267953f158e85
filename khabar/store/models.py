"""The store's tables (SQLAlchemy Core): documents and every layer the pipeline extracts.

One row per document, entity, actor mention, affiliation and event, so that queries (events of an
actor, networks, timelines) are SQL. ``documents.data`` keeps the document's contract dict as
extracted (without the text, which has its own column) so that a document reads back exactly.
Schema changes go through :mod:`khabar.store.migrations`, never by editing a released table.
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, MetaData, SmallInteger, String, Table, Text, func)

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("description", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), server_default=func.now()),
)

documents = Table(
    "documents", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(512), nullable=False, unique=True),
    Column("content_hash", String(40), nullable=False, unique=True),
    Column("title", Text),
    Column("date", String(10), index=True),
    Column("source", String(200)),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("n_entities", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("duplicate_of", String(512), index=True),
    Column("signature", LargeBinary),
    Column("data", JSON, nullable=False),
    Column("added_at", DateTime(timezone=True), server_default=func.now()),
)

# MinHash LSH keys: documents sharing a (band, key) are near-duplicate candidates
document_bands = Table(
    "document_bands", metadata,
    Column("key", BigInteger, primary_key=True),  # first: lookups are by key
    Column("band", SmallInteger, primary_key=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

actors = Table(
    "actors", metadata,
    Column("id", String(200), primary_key=True),
    Column("name_en", Text),
    Column("name_ar", Text),
    Column("country", String(3), index=True),
    Column("sector", String(20)),
    Column("type", String(40)),
    Column("search", Text, nullable=False),  # lower-cased English + normalised Arabic name + id
    Column("attrs", JSON),
)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(20), nullable=False),
    Column("actor_id", String(200), index=True),
    Column("score", Float),
)

document_actors = Table(
    "document_actors", metadata,
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), ForeignKey("actors.id"), primary_key=True, index=True),
    Column("n_mentions", Integer, nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("actor_id", String(200), ForeignKey("actors.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(40), nullable=False),
)

affiliations = Table(
    "affiliations", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("person", String(200), nullable=False, index=True),
    Column("organization", String(200), index=True),
    Column("role_ar", Text),
    Column("role_en", Text),
)

# one row per event; the flat columns are khabar.formats.EVENT_COLUMNS as written at insert time
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("date", String(10), index=True),
    Column("type", String(20), nullable=False, index=True),
    Column("mode", String(20)),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("source_id", Text),
    Column("source_name", Text),
    Column("source_name_ar", Text),
    Column("source_country", Text),
    Column("source_sector", Text),
    Column("target_id", Text),
    Column("target_name", Text),
    Column("target_name_ar", Text),
    Column("target_country", Text),
    Column("target_sector", Text),
    Column("location_id", String(200)),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float),
    Column("sentence_index", Integer),
    Column("sentence", Text),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), ForeignKey("actors.id"), primary_key=True),
    Column("role", String(6), primary_key=True),  # source | target
    Index("ix_event_actors_actor", "actor_id", "role"),
)

# items already downloaded by `khabar fetch`, so a later fetch only gets new ones
seen_items = Table(
    "seen_items", metadata,
    Column("key", String(1000), primary_key=True),
    Column("feed", Text),
    Column("seen_at", DateTime(timezone=True), server_default=func.now()),
)
