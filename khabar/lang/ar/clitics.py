"""Proclitic segmentation (و ف ب ل ك, the article ال and their combinations).

A prefix is split off only where the rest is a real word: it must be in the Arabic frequency list
(wordfreq) or the lexicon, and at least as frequent as the whole token. So ``وبحثا`` becomes
و + بحثا while ``وفد``, ``بيروت`` and ``وحدة`` stay whole.
"""
from __future__ import annotations

from functools import lru_cache

from khabar.data import load_json
from khabar.lang.ar.normalize import normalize


@lru_cache(maxsize=1)
def _spec() -> dict:
    return load_json("lexicons", "clitics.json")


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """Arabic word frequencies keyed by normalised form (wordfreq, loaded once per process)."""
    import wordfreq

    floor = _spec()["min_rest_freq"]
    freqs: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        if freq < floor:
            continue
        key = normalize(word)
        freqs[key] = freqs.get(key, 0.0) + freq
    return freqs


_extra_words: set[str] = set()


def add_words(words: set[str] | list[str]) -> None:
    """Register words (e.g. knowledge-base names) that count as real words for splitting."""
    _extra_words.update(normalize(w) for w in words)
    _split_cached.cache_clear()


def split_proclitics(norm_token: str) -> tuple[str, str]:
    """Split a normalised token into (proclitics, rest). ``("", token)`` when nothing splits.

    The article ال stays with the rest (``بالامين`` -> ``ب`` + ``الامين``); ``لل`` gives back the
    article that the spelling dropped (``للشعب`` -> ``ل`` + ``الشعب``).
    """
    return _split_cached(norm_token)


@lru_cache(maxsize=300_000)
def _split_cached(tok: str) -> tuple[str, str]:
    spec = _spec()
    if tok in spec["never_split"] or tok in _extra_words:
        return "", tok
    freqs = word_frequencies()
    whole = freqs.get(tok, 0.0)
    article = spec["article"]
    for prefix in spec["prefixes"]:
        if not tok.startswith(prefix) or len(tok) - len(prefix) < spec["min_rest_len"]:
            continue
        rest = tok[len(prefix):]
        clitic = prefix
        if prefix.endswith(article):
            clitic = prefix[: -len(article)]
            rest = article + rest
        elif prefix.endswith("لل"):
            clitic = prefix[:-1]
            rest = article + rest
        if not clitic or (len(clitic) > 1 and len(rest) < spec["min_rest_len_multi"]):
            continue
        known = rest in _extra_words or freqs.get(rest, 0.0) >= max(whole, spec["min_rest_freq"])
        if known:
            return clitic, rest
    return "", tok
