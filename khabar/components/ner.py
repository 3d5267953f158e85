"""Stage ``ner``: first version adds nothing yet; issue #3 builds it."""
from __future__ import annotations

from khabar.doc import Document
from khabar.pipeline import register


@register("ner")
class NerStage:
    name = "ner"
    requires: tuple[str, ...] = ('tokens', 'sentences')
    assigns: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return doc
