"""Web pages: the article's main text and metadata via trafilatura (menus, footers, ads dropped)."""
from __future__ import annotations

import hashlib

import trafilatura

from khabar.doc import Document
from khabar.errors import InputError
from khabar.ingest.record import Record, check_text


def looks_like_html(head: str) -> bool:
    start = head.lstrip("\ufeff \t\r\n")[:200].lower()
    return start.startswith(("<!doctype html", "<html")) or "<html" in start


def read_html(page: str, source: str, url: str | None = None, date: str | None = None,
              doc_id: str | None = None) -> Record:
    """One page as one document; the page's own date (if trafilatura finds it) wins over ``date``."""
    try:
        extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    except (ValueError, TypeError) as exc:  # trafilatura's own parse errors on broken markup
        return Record(error=InputError(source, f"cannot parse HTML ({exc})"))
    if extracted is None or not extracted.text:
        return Record(error=InputError(source, "no main text found in the page"))
    try:
        text = check_text(extracted.text, source)
    except InputError as err:
        return Record(error=err)
    meta = {"title": extracted.title, "source": extracted.sitename or extracted.hostname, "url": url or extracted.url}
    ident = doc_id or url or extracted.url or hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    when = extracted.date or date
    return Record(doc=Document(text=text, id=ident, date=str(when)[:10] if when else None,
                               meta={k: v for k, v in meta.items() if v}))
