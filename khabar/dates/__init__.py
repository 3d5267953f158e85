"""Dates: find date expressions in Arabic text and resolve them to ISO values.

``find_times(tokens, text, doc_date)`` gives TimeExpr spans (used by the ``dates`` stage);
``event_date(doc, sentence)`` is the date an event in that sentence most likely has.
See docs/dates.md for what is recognised and how values are resolved.
"""
from __future__ import annotations

from khabar.dates.parse import Matcher
from khabar.dates.resolve import parse_doc_date, resolve
from khabar.doc import Document, TimeExpr, Token
from khabar.lang.ar import tokenize

__all__ = ["event_date", "find_times", "parse_doc_date"]


def find_times(tokens: list[Token] | None, text: str, doc_date: str | None) -> list[TimeExpr]:
    """Date expressions in ``text`` (tokenised here if ``tokens`` is None), resolved against
    ``doc_date``. Spans leave out a leading proclitic (وأمس -> أمس)."""
    if tokens is None:
        tokens = tokenize(text)
    ref = parse_doc_date(doc_date)
    out = []
    matcher = Matcher(tokens)
    for m in matcher.find():
        start, end = matcher.start_char(m.start), tokens[m.end - 1].end
        out.append(TimeExpr(start, end, text[start:end], resolve(m.parsed, ref)))
    return out


def event_date(doc: Document, sentence_index: int) -> str | None:
    """The date of what a sentence reports: its first resolved day (else month or year)
    expression, otherwise the document date (ISO), otherwise None."""
    if 0 <= sentence_index < len(doc.sentences):
        sent = doc.sentences[sentence_index]
        values = [t.value for t in doc.times if t.value and sent.start <= t.start < sent.end]
        days = [v for v in values if len(v) == 10]
        if days or values:
            return (days or values)[0]
    ref = parse_doc_date(doc.date)
    return ref.isoformat() if ref else None
