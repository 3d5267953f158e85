"""The pipeline: an ordered list of stages that each add one layer to a Document.

A stage is any object with ``name``, ``requires``, ``assigns`` and ``__call__(doc) -> doc``.
Stages register themselves with :func:`register`; :class:`Pipeline` checks at build time that
every stage's requirements are assigned by an earlier stage (fail early, as stanza does).
"""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, Protocol

from khabar.doc import Document
from khabar.errors import PipelineError

log = logging.getLogger(__name__)


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


# name -> module that registers it (imported lazily, so a pipeline only loads what it uses)
STAGE_MODULES: dict[str, str] = {
    "tokenize": "khabar.components.tokenize",
    "ner": "khabar.components.ner",
    "actors": "khabar.components.actors",
    "geo": "khabar.components.geo",
    "dates": "khabar.components.dates",
    "affiliations": "khabar.components.affiliations",
    "events": "khabar.components.events",
}
DEFAULT_STAGES: tuple[str, ...] = ("tokenize", "ner", "actors", "geo", "dates", "affiliations", "events")

_FACTORIES: dict[str, Callable[..., Stage]] = {}


def register(name: str) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    """Class decorator: make a stage factory available to pipelines under ``name``."""

    def wrap(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        _FACTORIES[name] = factory
        return factory

    return wrap


def create_stage(name: str, **config: Any) -> Stage:
    """Build one stage by name, importing its module on first use."""
    if name not in _FACTORIES:
        module = STAGE_MODULES.get(name)
        if module is None:
            raise PipelineError(f"unknown stage {name!r}; known: {', '.join(STAGE_MODULES)}")
        importlib.import_module(module)
    return _FACTORIES[name](**config)


class Pipeline:
    """Run stages in order over documents."""

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = list(stages)
        available: set[str] = {"text"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing} but only {sorted(available)} are assigned before it"
                )
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document | str, **fields: Any) -> Document:
        """Annotate one document (a Document or raw text plus id/date/meta fields)."""
        if isinstance(doc, str):
            doc = Document(text=doc, **fields)
        doc.date = iso_date(doc.date, doc.id)
        for stage in self.stages:
            doc = stage(doc)
            doc.done.append(stage.name)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Annotate a stream of documents lazily."""
        for doc in docs:
            yield self(doc)


def iso_date(value: str | None, doc_id: str = "") -> str | None:
    """The document date as ISO ``YYYY-MM-DD`` (inputs carry '28/03/2017', '20071208', timestamps);
    an unreadable date is dropped with a warning rather than breaking date-aware stages."""
    from khabar.dates import parse_doc_date

    parsed = parse_doc_date(str(value)) if value else None
    if value and parsed is None:
        log.warning("document %s: unreadable date %r ignored", doc_id or "?", value)
    return parsed.isoformat() if parsed else None


def load_pipeline(stages: Iterable[str] = DEFAULT_STAGES, config: dict[str, dict[str, Any]] | None = None) -> Pipeline:
    """Build a pipeline from stage names; ``config`` maps a stage name to its keyword options."""
    config = config or {}
    return Pipeline(create_stage(name, **config.get(name, {})) for name in stages)


@lru_cache(maxsize=1)
def _default() -> Pipeline:
    return load_pipeline()


def extract(text: str, date: str | None = None, id: str = "") -> Document:
    """Run the default pipeline on one text: the library's one-line entry point."""
    return _default()(Document(text=text, id=id, date=date))
