"""TREC/CLEF-style article files (``<DOC><DOCNO>…<TEXT>…</TEXT></DOC>``), as in the ANT corpus.

These files are not well-formed XML (bare ``&`` in URLs, no root element, several documents a
file), so fields are read with tolerant patterns rather than an XML parser.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator

from khabar.doc import Document
from khabar.errors import InputError
from khabar.ingest.record import Record, check_text
from khabar.pipeline import iso_date

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S | re.I)
_FIELD = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|DATE|ABSTRACT|TEXT)>(.*?)</\1>", re.S | re.I)


def looks_like_trec(head: str) -> bool:
    return head.lstrip("\ufeff \t\r\n").upper().startswith("<DOC>")


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read_trec(text: str, source: str, date: str | None = None) -> Iterator[Record]:
    """One Record per ``<DOC>``; the body is TEXT (else ABSTRACT), with TITLE, SRC, URL and TIME."""
    found = False
    for match in _DOC.finditer(text):
        found = True
        line = _line(text, match.start())
        fields = {k.upper(): html.unescape(v.strip()) for k, v in _FIELD.findall(match.group(1))}
        body = fields.get("TEXT") or fields.get("ABSTRACT") or ""
        try:
            check_text(body, source, line)
        except InputError as err:
            yield Record(error=err)
            continue
        meta = {"title": fields.get("TITLE"), "source": fields.get("SRC"), "url": fields.get("URL")}
        when = iso_date(fields.get("TIME") or fields.get("DATE") or date, fields.get("DOCNO", ""))
        yield Record(doc=Document(text=body, id=fields.get("DOCNO") or f"{source}:{line}", date=when,
                                  meta={k: v for k, v in meta.items() if v}))
    if not found:
        yield Record(error=InputError(source, "no <DOC>…</DOC> element found"))
