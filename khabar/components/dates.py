"""Stage ``dates``: date expressions (أمس, يوم 27 ديسمبر الماضي, 15 رمضان 1443 هـ) to doc.times."""
from __future__ import annotations

from khabar.dates import find_times
from khabar.doc import Document
from khabar.pipeline import register


@register("dates")
class DatesStage:
    name = "dates"
    requires: tuple[str, ...] = ("tokens",)
    assigns: tuple[str, ...] = ("times",)

    def __call__(self, doc: Document) -> Document:
        doc.times = find_times(doc.tokens, doc.text, doc.date)
        return doc
