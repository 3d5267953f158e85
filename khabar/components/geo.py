"""Stage ``geo``: first version adds nothing yet; issue #4 builds it."""
from __future__ import annotations

from khabar.doc import Document
from khabar.pipeline import register


@register("geo")
class GeoStage:
    name = "geo"
    requires: tuple[str, ...] = ('actors',)
    assigns: tuple[str, ...] = ("geo",)

    def __call__(self, doc: Document) -> Document:
        return doc
