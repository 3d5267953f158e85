"""Stage ``events``: first version adds nothing yet; issue #5 builds it."""
from __future__ import annotations

from khabar.doc import Document
from khabar.pipeline import register


@register("events")
class EventsStage:
    name = "events"
    requires: tuple[str, ...] = ('actors', 'sentences')
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc
