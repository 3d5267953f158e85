"""Plain-text and JSONL documents, and standard input (``-``)."""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from khabar.doc import Document
from khabar.errors import InputError

MAX_CHARS = 1_000_000  # larger documents are rejected: split them into articles first
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(slots=True)
class Record:
    """One input item: a document, or the error that stopped it from becoming one."""

    doc: Document | None = None
    error: InputError | None = None


def check_text(text: str, source: str, line: int | None = None, max_chars: int = MAX_CHARS) -> str:
    """Reject text that is empty, binary, too large or not Arabic, naming the input."""
    if "\x00" in text:
        raise InputError(source, "binary data (NUL bytes), not text", line)
    if not text.strip():
        raise InputError(source, "empty document", line)
    if len(text) > max_chars:
        raise InputError(source, f"document too large ({len(text):,} characters > {max_chars:,})", line)
    letters = len(_LETTER.findall(text))
    arabic = len(_ARABIC.findall(text))
    if arabic == 0 or arabic < 0.2 * letters:
        raise InputError(source, "no Arabic text (khabar reads Arabic news)", line)
    return text


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})") from exc


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


def _read_stream(stream: BinaryIO, source: str, date: str | None, as_jsonl: bool) -> Iterator[Record]:
    if as_jsonl:
        yield from read_jsonl(stream, source, date)
        return
    try:
        text = check_text(_decode(stream.read(), source), source)
        yield Record(doc=Document(text=text, id="stdin" if source == "<stdin>" else Path(source).stem, date=date))
    except InputError as err:
        yield Record(error=err)


def read_path(path: str, date: str | None = None, jsonl: bool | None = None) -> Iterator[Record]:
    """Read one input: a .txt file, a .jsonl file, or ``-`` (stdin; JSONL if it starts with ``{``)."""
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
            yield from _read_stream(fh, path, date, as_jsonl)
    except OSError as exc:
        yield Record(error=InputError(path, f"cannot read ({exc.strerror})"))


def read_paths(paths: Iterable[str], date: str | None = None) -> Iterator[Record]:
    """Read several inputs in order."""
    for path in paths:
        yield from read_path(path, date)
