"""The work shipped to processes (local pool or Dask workers): annotate a chunk of documents.

The pipeline is built once per process (lru_cache) and reused for every chunk it receives; a
document that makes the pipeline raise is returned as a failure, never taking its chunk down.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from khabar.doc import Document
from khabar.ingest.dedup import signature
from khabar.pipeline import DEFAULT_STAGES, Pipeline, load_pipeline


@dataclass(slots=True)
class Job:
    """One document to annotate, in a form cheap to pickle."""

    id: str
    text: str
    date: str | None
    meta: dict[str, Any]
    content_hash: str


@dataclass(slots=True)
class Result:
    """An annotated document (contract dict) or the error that stopped it."""

    id: str
    content_hash: str
    data: dict[str, Any] | None = None
    signature: np.ndarray | None = None
    n_tokens: int = 0
    error: str | None = None


@lru_cache(maxsize=4)
def pipeline_for(stages: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    return load_pipeline(stages)


def warm(stages: tuple[str, ...] = DEFAULT_STAGES) -> None:
    """Process initializer: load the pipeline before the first document arrives."""
    pipeline_for(stages)


def annotate(jobs: list[Job], stages: tuple[str, ...] = DEFAULT_STAGES) -> list[Result]:
    pipeline = pipeline_for(stages)
    results = []
    for job in jobs:
        try:
            doc = pipeline(Document(text=job.text, id=job.id, date=job.date, meta=dict(job.meta)))
            results.append(Result(job.id, job.content_hash, doc.to_dict(), signature(job.text), len(doc.tokens)))
        except Exception as exc:  # noqa: BLE001 - any stage bug must cost one document, not the batch
            results.append(Result(job.id, job.content_hash, error=f"{type(exc).__name__}: {exc}"))
    return results
