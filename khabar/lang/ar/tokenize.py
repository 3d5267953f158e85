"""Tokenisation of Arabic news text with exact character offsets.

Words (letters with their diacritics), numbers (with decimal or thousands separators) and single
punctuation marks are tokens; brackets and quotes are split off (``(حماس)`` gives ``(`` ``حماس``
``)``). Each word then gets its proclitics split off in the matching view (:mod:`clitics`).
"""
from __future__ import annotations

import re

from khabar.doc import Token
from khabar.lang.ar.clitics import split_proclitics
from khabar.lang.ar.normalize import normalize_token, normalize_with_map

QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})  # quotation marks, each a token of its own
COMMAS = frozenset({"،", ","})  # the Arabic and the Latin comma, each a token of its own
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
TOKEN_RE = re.compile(
    rf"\d+(?:[.,\u066b\u066c]\d+)+"  # 1,000 / 3.5 / ٣٫٥
    rf"|(?:[^\W_]|[{_MARKS}])+"  # a word with its diacritics
    r"|\S"  # any other single visible character
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset``."""
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        surface = m.group()
        start = m.start() + offset
        norm = normalize_token(surface)
        # two letters are a clitic and a word only before a number (و5 من المتمردين); لا، لم stay
        prefix, stem = split_proclitics(norm) if len(norm) > 2 or norm[-1:].isdigit() else ("", norm)
        stem_start = start
        if prefix:
            _, raw_of = normalize_with_map(surface)
            stem_start = start + raw_of[len(prefix)]
        tokens.append(Token(len(tokens), start, m.end() + offset, surface, norm, prefix, stem, stem_start))
    return tokens
