"""A corpus run: read inputs, skip what is stored, annotate in parallel, write to the store.

The parent process reads and writes; engines (khabar.batch.engines) only annotate. Every document
is committed on its own, and documents whose content hash is already stored are skipped before
annotation, so a run killed at any point resumes where it stopped, with nothing lost or doubled.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from khabar.batch.worker import Job, Result
from khabar.errors import StoreError
from khabar.ingest.dedup import Fingerprint, content_hash
from khabar.ingest.record import Record
from khabar.store import Store

log = logging.getLogger(__name__)


@dataclass
class Summary:
    """What a run did, for the closing report and the benchmark."""

    read: int = 0  # documents read from the inputs
    added: int = 0  # annotated and newly stored
    stored_before: int = 0  # same content already in the store (a re-run, a resumed run)
    duplicates: int = 0  # exact duplicates of another document earlier in this run
    near_duplicates: int = 0  # stored, and marked as a near-duplicate (wire copy) of another
    bad_input: int = 0  # inputs that could not be read as documents
    failed: int = 0  # documents the pipeline or the store could not handle
    tokens: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.added + self.stored_before + self.duplicates + self.bad_input + self.failed

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_corpus(records: Iterable[Record], store: Store, engine: Any, chunk_size: int = 8,
               window: int | None = None, on_progress: Callable[[Summary], None] | None = None) -> Summary:
    """Annotate and store every readable record; failures are logged with the document id and skipped."""
    summary = Summary()
    start = time.perf_counter()
    in_run: set[str] = set()
    window = window or 4 * engine.workers
    near_before = store.count_near_duplicates()

    def report() -> None:
        summary.seconds = time.perf_counter() - start
        if on_progress is not None:
            on_progress(summary)

    def jobs() -> Iterator[Job]:
        for record in records:
            if record.error is not None:
                summary.bad_input += 1
                log.warning("skipped input: %s", record.error)
                report()
                continue
            doc = record.doc
            summary.read += 1
            digest = content_hash(doc.text)
            if digest in in_run:
                summary.duplicates += 1
            elif store.has(digest):
                summary.stored_before += 1
            else:
                in_run.add(digest)
                yield Job(doc.id, doc.text, doc.date, doc.meta, digest)
                continue
            report()

    def store_result(result: Result) -> None:
        if result.error is None:
            try:
                if store.add(result.data, Fingerprint(result.content_hash, result.signature)):
                    summary.added += 1
                    summary.tokens += result.n_tokens
                else:
                    summary.stored_before += 1
                return
            except StoreError as err:
                result.error = str(err)
        summary.failed += 1
        summary.failures.append(result.id)
        log.error("document %s failed: %s", result.id, result.error)

    chunks = _chunks(jobs(), chunk_size)
    pending: set[Any] = set()
    submitted: dict[Any, list[Job]] = {}
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                future = engine.submit(chunk)
                pending.add(future)
                submitted[future] = chunk
            if not pending:
                break
            done, pending = engine.wait(pending)
            for future in done:
                chunk = submitted.pop(future)
                try:
                    results = future.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker loses its chunk, not the run
                    results = [Result(j.id, j.content_hash, error=f"worker failed: {type(exc).__name__}: {exc}")
                               for j in chunk]
                for result in results:
                    store_result(result)
                report()
    finally:
        for future in pending:
            future.cancel()
    summary.near_duplicates = store.count_near_duplicates() - near_before
    report()
    return summary
