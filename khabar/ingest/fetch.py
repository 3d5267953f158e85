"""Downloading new feed items politely: a User-Agent, timeouts, retries with backoff, a pause
between requests to the same host, and a memory of items already fetched."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from khabar import __version__
from khabar.doc import Document
from khabar.errors import InputError
from khabar.ingest.feeds import FeedItem, html_to_text, feed_items
from khabar.ingest.html import read_html
from khabar.ingest.record import Record, check_text

log = logging.getLogger(__name__)
USER_AGENT = f"khabar/{__version__} (Arabic news event coder; +https://github.com/khabar)"
_RETRY_STATUS = {429, 500, 502, 503, 504}


class SeenItems(Protocol):
    def seen(self, key: str) -> bool: ...

    def mark_seen(self, key: str, feed: str = "") -> None: ...


class SeenFile:
    """Item keys already fetched, one a line in a file (for ``khabar fetch --out DIR``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys = set(path.read_text(encoding="utf-8").splitlines()) if path.exists() else set()

    def seen(self, key: str) -> bool:
        return key in self.keys

    def mark_seen(self, key: str, feed: str = "") -> None:
        if key not in self.keys:
            self.keys.add(key)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(key.replace("\n", " ") + "\n")


class PoliteClient:
    """HTTP GET with a timeout, retries (exponential backoff, Retry-After) and a per-host delay."""

    def __init__(self, delay: float = 1.0, timeout: float = 20.0, retries: int = 3, backoff: float = 1.0,
                 user_agent: str = USER_AGENT, sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.retries, self.backoff, self.sleep = delay, retries, backoff, sleep
        self.client = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout, follow_redirects=True)
        self._last: dict[str, float] = {}

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, float("-inf")) + self.delay - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last[host] = time.monotonic()

    def get(self, url: str) -> httpx.Response:
        """The response for url; InputError naming the URL when it fails after all retries."""
        for attempt in range(self.retries + 1):
            self._wait_turn(url)
            try:
                response = self.client.get(url)
            except httpx.HTTPError as exc:
                problem, retry_after = f"{type(exc).__name__}: {exc}", None
            else:
                if response.status_code < 400:
                    return response
                problem = f"HTTP {response.status_code}"
                if response.status_code not in _RETRY_STATUS:
                    raise InputError(url, problem)
                header = response.headers.get("Retry-After", "")
                retry_after = float(header) if header.isdigit() else None
            if attempt < self.retries:
                pause = retry_after if retry_after is not None else self.backoff * 2 ** attempt
                log.info("%s: %s, retrying in %.1f s", url, problem, pause)
                self.sleep(pause)
        raise InputError(url, f"{problem} (after {self.retries + 1} attempts)")

    def close(self) -> None:
        self.client.close()


@dataclass(slots=True)
class Fetched:
    """A new item: its document (or why not), and whether to remember it as seen."""

    feed: str
    item: FeedItem
    record: Record
    final: bool  # False after a network failure: try again on the next fetch


def _item_document(client: PoliteClient, item: FeedItem, source: str) -> tuple[Record, bool]:
    if item.link:
        try:
            page = client.get(item.link)
        except InputError as err:
            return Record(error=err), False
        record = read_html(page.text, item.link, url=item.link, date=item.date, doc_id=item.key)
        if record.doc is not None:
            record.doc.meta.setdefault("title", item.title or "")
            record.doc.meta["source"] = source
            return record, True
    try:  # no page, or no article text in it: what the feed carries
        text = check_text(html_to_text(item.body_html), item.link or item.key)
    except InputError as err:
        return Record(error=err), True
    meta = {"title": item.title, "url": item.link, "source": source}
    return Record(doc=Document(text=text, id=item.key, date=item.date, meta={k: v for k, v in meta.items() if v})), True


def fetch_new(feeds: Iterable[str], seen: SeenItems, client: PoliteClient) -> Iterator[Fetched]:
    """The items of each feed not seen before, with their full text (the linked page's main text)."""
    for feed in feeds:
        try:
            items = feed_items(client.get(feed).content, feed)
        except InputError as err:
            yield Fetched(feed, FeedItem(feed, None, None, None, ""), Record(error=err), False)
            continue
        source = urlsplit(feed).netloc
        for item in items:
            if seen.seen(item.key):
                continue
            record, final = _item_document(client, item, source)
            yield Fetched(feed, item, record, final)
