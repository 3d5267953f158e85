"""Stage ``actors``: first version adds nothing yet; issue #4 builds it."""
from __future__ import annotations

from khabar.doc import Document
from khabar.pipeline import register


@register("actors")
class ActorsStage:
    name = "actors"
    requires: tuple[str, ...] = ('entities',)
    assigns: tuple[str, ...] = ("actors",)

    def __call__(self, doc: Document) -> Document:
        return doc
