"""Normalisation of Arabic for matching.

Alef and hamza forms, ta marbuta, alef maqsura, tatweel, diacritics and Arabic-Indic digits are
folded so that ``أحمد``, ``احمد`` and ``أَحْمَد`` compare equal. This is a *view*: callers keep the
original text and its offsets; :func:`normalize_with_map` gives the way back.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from khabar.data import load_json


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str | None], dict[int, str | None], dict[int, str | None]]:
    spec = load_json("lexicons", "charmap.json")
    drop = {ord(c): None for c in spec["drop"]}
    full: dict[int, str | None] = {ord(k): v for k, v in spec["map"].items()}
    full.update(drop)
    name = {c: v for c, v in full.items() if chr(c) not in spec["name_keep"]}
    for first, last in spec["compatibility"]:  # ﻳﺘﻮﻗﻊ is يتوقع: presentation forms fold as their letters
        for code in range(int(first, 16), int(last, 16) + 1):
            form = unicodedata.normalize("NFKC", chr(code)).strip()
            if form == chr(code) or not form or " " in form:
                continue
            for table in (full, name):
                table[code] = form.translate(table) or None
    return full, drop, name


def normalize(text: str) -> str:
    """Fold letter variants, digits and punctuation forms; drop diacritics and tatweel."""
    return text.translate(_tables()[0])


def normalize_token(token: str) -> str:
    """Normalise one token (same as :func:`normalize`, cached for the hot path)."""
    return _normalize_cached(token)


@lru_cache(maxsize=200_000)
def _normalize_cached(token: str) -> str:
    return token.translate(_tables()[0])


def normalize_name(text: str) -> str:
    """A name's spelling view: :func:`normalize` but for ta marbuta and the hamza seats on و and
    ي, which a romanizer reads (فاطمة, عبد الرؤوف), so that إيد رينولد and ايد رينولد meet."""
    return text.translate(_tables()[2])


def strip_diacritics(text: str) -> str:
    """Remove diacritics and tatweel only, keeping letter forms."""
    return text.translate(_tables()[1])


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Return the normalised text and, for each of its characters, the offset in ``text``.

    The map has one extra entry (``len(text)``) so that an end offset maps too.
    """
    table = _tables()[0]
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep is None:
            continue
        out.append(rep)
        offsets.extend([i] * len(rep))
    offsets.append(len(text))
    return "".join(out), offsets
