"""Matching keys for aliases: the same key for a name however it is written in running text.

A key is a tuple of word keys. Each word is normalised (khabar.lang.ar.normalize), loses its
proclitics (و ب ل ف ك, via the tokenizer's clitic view), the article ال and a final ta marbuta,
so ``لحركة الجهاد الإسلامي``, ``حركة جهاد إسلامي`` (the dictionary's lemma form) and
``والحركة الجهاد الاسلامية`` meet on one key. Text and aliases go through the same function.

Agent nouns and country adjectives are looked up on a coarser key, the word's lemma form
(:func:`lemma`): one inflectional suffix off as well (accusative alif, dual, sound plurals,
feminine plural), so ``شخصاً``, ``جنديين``, ``المسلحون`` and ``التونسيين`` meet ``شخص``, ``جندي``,
``مسلح`` and ``تونسي`` without the lexicons listing each form. Both sides go through it, so a
stem it cuts wrongly (``ضحايا`` -> ``ضحاي``) still meets itself; broken plurals (جنود, قتلى)
are listed as words of their own.
"""
from __future__ import annotations

from functools import lru_cache

from khabar.doc import Token
from khabar.lang.ar import tokenize

ARTICLE = "ال"
SERVANT = "عبد"  # عبد العزيز is also written as one word, عبدالعزيز


@lru_cache(maxsize=200_000)
def word_key(stem: str) -> str:
    """Key of one normalised, proclitic-free word: no article, no final ta marbuta (ه)."""
    if stem.startswith(ARTICLE) and len(stem) > 4:
        stem = stem[2:]
    if stem.endswith("ه") and len(stem) > 2:
        stem = stem[:-1]
    return stem


# (suffix, letters the rest must keep): the dual ان only off longer words (جنديان, not لبنان, سكان)
LEMMA_SUFFIXES = (("ات", 3), ("ين", 3), ("ون", 3), ("ان", 4), ("ا", 3))


@lru_cache(maxsize=200_000)
def lemma(stem: str) -> str:
    """Lemma key of one normalised, proclitic-free word: its key less one inflectional suffix.
    A final ta marbuta is that suffix when present (امرأة -> امرا, not امر)."""
    key = word_key(stem)
    if key != stem and stem.endswith("ه"):
        return key
    for suffix, keep in LEMMA_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= keep:
            return key[:-len(suffix)]
    return key


def token_lemma(tok: Token) -> str:
    """Lemma key of a token of a document (its stem view)."""
    return lemma(tok.stem)


def token_key(tok: Token) -> str:
    """Key of a token of a document (its stem view)."""
    return word_key(tok.stem)


def _words(text: str) -> list[Token]:
    return [t for t in tokenize(text.replace("_", " ")) if t.text.isalnum() or any(c.isalpha() for c in t.text)]


@lru_cache(maxsize=200_000)  # the resolver asks again for the aliases of the actors it weighs
def alias_key(text: str) -> tuple[str, ...]:
    """Key of a whole alias or phrase; punctuation and the dictionary's ``_`` joiners are dropped."""
    return tuple(token_key(t) for t in _words(text))


def spelling_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other ways a name's key is written with its ``عبد`` compounds joined or apart (عبد
    العزيز بوتفليقة and عبدالعزيز بوتفليقة, عبدالله and عبد الله): the knowledge base indexes both,
    as a token's key is one word."""
    joined: list[str] = []
    k = 0
    while k < len(key):
        if key[k] == SERVANT and k + 1 < len(key):
            rest = key[k + 1]
            joined.append(SERVANT + (rest if rest.startswith(ARTICLE) else ARTICLE + rest))
            k += 2
        else:
            joined.append(key[k])
            k += 1
    apart: list[str] = []
    for word in key:
        if word.startswith(SERVANT + ARTICLE) and len(word) > len(SERVANT + ARTICLE):
            apart += [SERVANT, word_key(word[len(SERVANT):])]
        else:
            apart.append(word)
    return [v for v in dict.fromkeys((tuple(joined), tuple(apart))) if v != key]


def lemma_key(text: str) -> tuple[str, ...]:
    """Lemma key of an agent phrase or country adjective (``مهاجماً انتحارياً`` -> مهاجم انتحاري)."""
    return tuple(token_lemma(t) for t in _words(text))
