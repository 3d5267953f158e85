"""Persistent storage of annotated documents (SQLite by default, PostgreSQL with the same code)."""
from khabar.store.db import DEFAULT_URL, EventFilters, Store, normalise_url

__all__ = ["DEFAULT_URL", "EventFilters", "Store", "normalise_url"]
