"""What the web routes share: the store interface, the settings and the shared pipeline."""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from khabar.doc import Document
from khabar.ingest.files import MAX_CHARS
from khabar.pipeline import load_pipeline

MAX_BODY_BYTES = 1_048_576  # 1 MiB of JSON: about 500,000 Arabic characters


class CorpusStore(Protocol):
    """What the web app needs from ``khabar.store.Store`` (see docs/web.md)."""

    def add(self, doc: Document) -> bool: ...
    def documents(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]: ...
    def count_documents(self, q: str | None = None) -> int: ...
    def document(self, doc_id: str) -> dict[str, Any] | None: ...
    def events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, country: str | None = None, limit: int = 100,
               offset: int = 0) -> list[dict[str, Any]]: ...
    def count_events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
                     until: str | None = None, country: str | None = None) -> int: ...
    def actors(self, q: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]: ...
    def actor(self, actor_id: str) -> dict[str, Any] | None: ...
    def actor_timeline(self, actor_id: str) -> list[dict[str, Any]]: ...
    def network(self, type: str | None = None, since: str | None = None, until: str | None = None,
                limit: int = 200) -> dict[str, Any]: ...
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Limits and the write token, fixed when the app is built."""

    token: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES
    max_chars: int = MAX_CHARS


class Extractor:
    """The shared pipeline, loaded once on first use and run one document at a time.

    Stages keep per-process caches that are not promised to be thread-safe, and the API runs
    requests in a thread pool, so calls are serialised with a lock.
    """

    def __init__(self, pipeline: Callable[[Document], Document] | None = None) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def load(self) -> Callable[[Document], Document]:
        """Load the pipeline now (``khabar serve`` does, so load errors show at start)."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = load_pipeline()
            return self._pipeline

    def __call__(self, doc: Document) -> Document:
        pipeline = self.load()
        with self._lock:
            return pipeline(doc)
