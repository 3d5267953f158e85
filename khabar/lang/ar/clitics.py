"""Proclitic segmentation (و ف ب ل ك, the article ال and their combinations).

A prefix is split off only where the rest is a real word: it must be in the Arabic frequency list
(wordfreq), and at least as frequent as the whole token. So ``وبحثا`` becomes
و + بحثا while ``وفد``, ``بيروت`` and ``وحدة`` stay whole. Person names that rule would cut
(باراك is not ب + اراك, nor فيصل ف + يصل) stay whole: ``clitic_names.json``, built by
``scripts/build_clitic_names.py``; so do they, and the words of ``never_split``, after a clitic
(وباراك: و + باراك).
"""
from __future__ import annotations

import re
from functools import lru_cache

from khabar.data import data_path, load_json
from khabar.lang.ar.normalize import normalize

NUMBER = re.compile(r"\d+(?:[.,٫]\d+)?")
CONJUNCTIONS = frozenset("وف")  # the proclitic conjunctions: they join a word to what precedes or open a clause


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


@lru_cache(maxsize=1)
def _never_split() -> frozenset[str]:
    return frozenset(_spec()["never_split"])


@lru_cache(maxsize=1)
def kept_names() -> frozenset[str]:
    """The person names kept whole, normalised (generated; empty before the script first ran)."""
    path = data_path("lexicons", "clitic_names.json")
    return frozenset(load_json("lexicons", "clitic_names.json")["names"]) if path.exists() else frozenset()


@lru_cache(maxsize=2)
def _kept(names: bool) -> frozenset[str]:
    return _never_split() | kept_names() if names else _never_split()


def split_proclitics(norm_token: str, names: bool = True) -> tuple[str, str]:
    """Split a normalised token into (proclitics, rest). ``("", token)`` when nothing splits.

    The article ال stays with the rest (``بالامين`` -> ``ب`` + ``الامين``); ``لل`` gives back the
    article that the spelling dropped (``للشعب`` -> ``ل`` + ``الشعب``). ``names=False`` splits
    person names too (باراك -> ب + اراك) and leaves ``always_split`` words to the frequency rule
    (وأضاف stays whole), as the NER models' features were trained to read them.
    """
    kept = _kept(names)
    if norm_token in kept:
        return "", norm_token
    clitic = _spec()["always_split"].get(norm_token) if names else None
    if clitic:  # وأضاف: commoner than أضاف in the frequency list, yet و + أضاف
        return clitic, norm_token[len(clitic):]
    clitic = _before_number(norm_token) if names else ""
    if clitic:  # و11 من المتمردين: and 11 of the rebels
        return clitic, norm_token[len(clitic):]
    clitic, rest = frequency_split(norm_token)
    for cut in range(1, len(clitic)):  # وباراك: و + باراك, not وب + اراك; وبلدية: و + بلدية
        if clitic[cut:] + rest in kept:
            return clitic[:cut], clitic[cut:] + rest
    return clitic, rest


def _before_number(tok: str) -> str:
    """The proclitics before a number (و11، ب2015), which the frequency list, holding no numbers,
    cannot split: any prefix without the article, for a number is never a word that starts with
    one (in the pipeline's tokens only: the NER features were trained without the cut)."""
    article = _spec()["article"]
    for prefix in _spec()["prefixes"]:
        rest = tok[len(prefix):]
        if tok.startswith(prefix) and article not in prefix and not prefix.endswith("لل") and NUMBER.fullmatch(rest):
            return prefix
    return ""


@lru_cache(maxsize=300_000)  # one entry a word, shared by the tokens' and the NER features' views
def frequency_split(tok: str) -> tuple[str, str]:
    """The frequency rule alone (no word lists): what the splitter would do with an unlisted word."""
    spec = _spec()
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
        if freqs.get(rest, 0.0) >= max(whole, spec["min_rest_freq"]):
            return clitic, rest
    return "", tok
