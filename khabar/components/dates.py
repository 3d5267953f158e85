"""Stage ``dates``: first version adds nothing yet; issue #4 builds it."""
from __future__ import annotations

from khabar.doc import Document
from khabar.pipeline import register


@register("dates")
class DatesStage:
    name = "dates"
    requires: tuple[str, ...] = ('tokens',)
    assigns: tuple[str, ...] = ("times",)

    def __call__(self, doc: Document) -> Document:
        return doc
