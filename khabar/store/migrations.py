"""Versioned schema migrations: ordered functions, each run once in its own transaction.

``schema_version`` records every applied version. To change the schema, append a function to
:data:`MIGRATIONS` (never edit an applied one); :func:`migrate` brings any older store up to date.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, select

from khabar.errors import StoreError
from khabar.store import models


def _v1_initial(conn: Connection) -> None:
    """Documents, duplicates index, actors, entities, mentions, affiliations, events, fetch state."""
    tables = [models.documents, models.document_bands, models.actors, models.entities,
              models.document_actors, models.mentions, models.affiliations, models.events,
              models.event_actors, models.seen_items]
    models.metadata.create_all(conn, tables=tables)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial schema", _v1_initial),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The store's schema version (0 for an empty database)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    versions = conn.execute(select(models.schema_version.c.version)).scalars().all()
    return max(versions, default=0)


def migrate(engine: Engine, migrations: list[tuple[int, str, Callable[[Connection], None]]] = MIGRATIONS) -> int:
    """Apply the pending migrations in order; return the resulting version."""
    with engine.begin() as conn:
        models.schema_version.create(conn, checkfirst=True)
    with engine.connect() as conn:
        version = current_version(conn)
    latest = migrations[-1][0] if migrations else 0
    if version > latest:
        raise StoreError(f"store schema version {version} is newer than this khabar knows ({latest}); upgrade khabar")
    for number, description, apply in migrations:
        if number <= version:
            continue
        with engine.begin() as conn:
            apply(conn)
            conn.execute(models.schema_version.insert().values(version=number, description=description))
        version = number
    return version
