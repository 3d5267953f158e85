"""Input files and folders: plain text, JSONL, TREC-like XML, HTML pages, saved feeds; stdin (``-``)."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from khabar.doc import Document
from khabar.errors import InputError
from khabar.ingest.feeds import looks_like_feed, read_feed
from khabar.ingest.html import looks_like_html, read_html
from khabar.ingest.record import MAX_CHARS, Record, check_text, decode  # noqa: F401 (MAX_CHARS, Record: public here too)
from khabar.ingest.trec import looks_like_trec, read_trec

JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
READABLE_SUFFIXES = (".txt", *JSONL_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES)


def _doc_from_json(obj: Any, source: str, line: int, default_date: str | None) -> Document:
    if not isinstance(obj, dict):
        raise InputError(source, "a JSON object is expected on each line", line)
    text = obj.get("text", obj.get("content"))
    if not isinstance(text, str):
        raise InputError(source, "missing string field 'text'", line)
    check_text(text, source, line)
    date = obj.get("date") or obj.get("date_extracted") or default_date
    if date is not None:
        date = str(date)[:10]
    doc_id = str(obj.get("id") or obj.get("url") or f"{Path(source).name}:{line}")
    meta = {k: obj[k] for k in ("title", "source", "url") if obj.get(k) is not None}
    return Document(text=text, id=doc_id, date=date, meta=meta)


def read_jsonl(lines: Iterable[bytes], source: str, date: str | None = None) -> Iterator[Record]:
    """One document a line; a bad line becomes an error Record and the rest is read."""
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid UTF-8 at byte {exc.start}", n) from exc
            except json.JSONDecodeError as exc:
                raise InputError(source, f"malformed JSON ({exc.msg} at column {exc.colno})", n) from exc
            yield Record(doc=_doc_from_json(obj, source, n, date))
        except InputError as err:
            yield Record(error=err)


def read_text(text: str, source: str, date: str | None = None, suffix: str = "") -> Iterator[Record]:
    """A decoded file, told apart by suffix and content: TREC articles, feed, HTML page or plain text."""
    head = text[:2048]
    doc_id = "stdin" if source == "<stdin>" else Path(source).stem
    if looks_like_trec(head):
        yield from read_trec(text, source, date)
    elif looks_like_feed(head):
        yield from read_feed(text, source, date)
    elif suffix in HTML_SUFFIXES or looks_like_html(head):
        yield read_html(text, source, date=date, doc_id=doc_id)
    else:
        try:
            yield Record(doc=Document(text=check_text(text, source), id=doc_id, date=date))
        except InputError as err:
            yield Record(error=err)


def _read_stream(stream: BinaryIO, source: str, date: str | None, as_jsonl: bool, suffix: str = "") -> Iterator[Record]:
    if as_jsonl:
        yield from read_jsonl(stream, source, date)
        return
    try:
        text = decode(stream.read(), source)
    except InputError as err:
        yield Record(error=err)
        return
    yield from read_text(text, source, date, suffix)


def read_path(path: str, date: str | None = None, jsonl: bool | None = None) -> Iterator[Record]:
    """Read one input file: .txt, .jsonl, TREC-like XML, HTML page or saved RSS/Atom feed, or ``-``
    (stdin; JSONL if it starts with ``{``). Folders are read by :func:`read_paths`."""
    if path == "-":
        data = sys.stdin.buffer.read()
        as_jsonl = jsonl if jsonl is not None else data.lstrip().startswith(b"{")
        import io

        yield from _read_stream(io.BytesIO(data), "<stdin>", date, as_jsonl)
        return
    p = Path(path)
    if not p.exists():
        yield Record(error=InputError(path, "no such file"))
        return
    if p.is_dir():
        yield Record(error=InputError(path, "is a folder; give files (or use `khabar run`, which reads folders)"))
        return
    as_jsonl = jsonl if jsonl is not None else p.suffix.lower() in JSONL_SUFFIXES
    try:
        with p.open("rb") as fh:
            yield from _read_stream(fh, path, date, as_jsonl, p.suffix.lower())
    except OSError as exc:
        yield Record(error=InputError(path, f"cannot read ({exc.strerror})"))


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """The input files: each path as given, folders expanded (recursively, sorted, readable suffixes)."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p).parts
                if child.is_file() and child.suffix.lower() in READABLE_SUFFIXES and not any(x.startswith(".") for x in rel):
                    yield str(child)
        else:
            yield path


def read_paths(paths: Iterable[str], date: str | None = None) -> Iterator[Record]:
    """Read several inputs in order; folders are read file by file."""
    for path in iter_files(paths):
        yield from read_path(path, date)


def estimate_count(paths: Iterable[str]) -> int | None:
    """Roughly how many documents the inputs hold (for a progress bar), without parsing them."""
    total = 0
    for path in iter_files(paths):
        p = Path(path)
        if path == "-" or not p.is_file():
            return None if path == "-" else total
        data = p.read_bytes()
        if p.suffix.lower() in JSONL_SUFFIXES:
            total += sum(1 for line in data.splitlines() if line.strip())
        elif b"<DOC>" in data[:2048]:
            total += data.count(b"<DOC>")
        elif p.suffix.lower() in FEED_SUFFIXES or b"<rss" in data[:2048] or b"<feed" in data[:2048]:
            total += data.count(b"<item") + data.count(b"<entry")
        else:
            total += 1
    return total
