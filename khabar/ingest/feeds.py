"""RSS and Atom feeds (feedparser): one document per item, from its content or summary.

Feeds often carry only a teaser; `khabar fetch` (khabar.ingest.fetch) downloads each item's page
for the full text and uses :func:`feed_items` only for the list of items.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import feedparser
import lxml.html

from khabar.doc import Document
from khabar.errors import InputError
from khabar.ingest.record import Record, check_text

_FEED_STARTS = ("<rss", "<feed", "<rdf:rdf")


def looks_like_feed(head: str) -> bool:
    start = head.lstrip("\ufeff \t\r\n")
    if start.startswith("<?xml"):
        start = start[start.find("?>") + 2:].lstrip()
    return start[:200].lower().startswith(_FEED_STARTS)


@dataclass(slots=True)
class FeedItem:
    """One entry of a feed: a stable key (guid, else link), its link, and what the feed says."""

    key: str
    link: str | None
    title: str | None
    date: str | None
    body_html: str


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), paragraphs and line breaks kept as newlines."""
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fromstring(f"<div>{fragment}</div>")
    for br in root.iter("br", "p"):
        br.tail = "\n" + (br.tail or "")
    return root.text_content().strip()


def feed_items(data: bytes | str, source: str) -> list[FeedItem]:
    """The entries of a feed document, raising InputError when it is not a feed at all."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise InputError(source, f"not an RSS/Atom feed ({parsed.get('bozo_exception')})")
    items = []
    for entry in parsed.entries:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        link = entry.get("link")
        key = entry.get("id") or link or entry.get("title")
        if key:
            items.append(FeedItem(key, link, entry.get("title"), time.strftime("%Y-%m-%d", stamp) if stamp else None, body))
    return items


def read_feed(data: bytes | str, source: str, date: str | None = None) -> Iterator[Record]:
    """A saved feed file: one document per item with the text the feed itself carries."""
    try:
        items = feed_items(data, source)
    except InputError as err:
        yield Record(error=err)
        return
    for n, item in enumerate(items, start=1):
        try:
            text = check_text(html_to_text(item.body_html), f"{source} item {n}")
        except InputError as err:
            yield Record(error=err)
            continue
        meta = {"title": item.title, "url": item.link}
        yield Record(doc=Document(text=text, id=item.key, date=item.date or date,
                                  meta={k: v for k, v in meta.items() if v}))
