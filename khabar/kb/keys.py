"""Matching keys for aliases: the same key for a name however it is written in running text.

A key is a tuple of word keys. Each word is normalised (khabar.lang.ar.normalize), loses its
proclitics (و ب ل ف ك, via the tokenizer's clitic view), the article ال and a final ta marbuta,
so ``لحركة الجهاد الإسلامي``, ``حركة جهاد إسلامي`` (the dictionary's lemma form) and
``والحركة الجهاد الاسلامية`` meet on one key. Text and aliases go through the same function.
"""
from __future__ import annotations

from functools import lru_cache

from khabar.doc import Token
from khabar.lang.ar import tokenize

ARTICLE = "ال"


@lru_cache(maxsize=200_000)
def word_key(stem: str) -> str:
    """Key of one normalised, proclitic-free word: no article, no final ta marbuta (ه)."""
    if stem.startswith(ARTICLE) and len(stem) > 4:
        stem = stem[2:]
    if stem.endswith("ه") and len(stem) > 2:
        stem = stem[:-1]
    return stem


def token_key(tok: Token) -> str:
    """Key of a token of a document (its stem view)."""
    return word_key(tok.stem)


def alias_key(text: str) -> tuple[str, ...]:
    """Key of a whole alias or phrase; punctuation and the dictionary's ``_`` joiners are dropped."""
    words = [t for t in tokenize(text.replace("_", " ")) if t.text.isalnum() or any(c.isalpha() for c in t.text)]
    return tuple(token_key(t) for t in words)
