"""Build documents with given surface strings marked as entities (until NER lands in main)."""
from __future__ import annotations

import re

from khabar.doc import Document, Entity
from khabar.pipeline import load_pipeline


def doc_with_entities(text: str, marks: dict[str, str], date: str | None = None) -> Document:
    """Tokenise ``text`` and mark every whole-word occurrence of each key as an entity of its label
    (a leading one-letter proclitic stays outside the span, as NER does)."""
    doc = load_pipeline(["tokenize"])(text, date=date)
    for surface, label in marks.items():
        for m in re.finditer(rf"(?<![\w])[وبلفك]?({re.escape(surface)})(?![\w])", text):
            doc.entities.append(Entity(m.start(1), m.end(1), m.group(1), label))
    doc.entities.sort(key=lambda e: e.start)
    return doc
