"""What every reader yields, and the checks every document passes before the pipeline sees it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.doc import Document
from khabar.errors import InputError

MAX_CHARS = 1_000_000  # larger documents are rejected: split them into articles first
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")


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


def decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})") from exc
