"""Longest-match lookup of multi-word phrases (gazetteers, cue words) over a sentence.

Phrases and sentence words are compared by their *core*: normalised, proclitics split off and the
article removed (:func:`khabar.models.ner.features.analyse`), so ``وحزب الله`` finds ``حزب الله``
and ``مجلس الأمن الدولي`` finds the actor dictionary's lemma ``مجلس أمن دولي``.
"""
from __future__ import annotations

from collections.abc import Iterable


class PhraseMatcher:
    """Phrases (tuples of cores) with their categories; tags each token with its longest matches."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], set[str]] = {}
        self._prefixes: set[tuple[str, ...]] = set()

    def add(self, cores: Iterable[str], category: str) -> None:
        key = tuple(c for c in cores if c)
        if not key:
            return
        self._phrases.setdefault(key, set()).add(category)
        for end in range(1, len(key)):
            self._prefixes.add(key[:end])

    def __len__(self) -> int:
        return len(self._phrases)

    def categories(self, cores: tuple[str, ...]) -> set[str]:
        """Categories of exactly this phrase (empty if unknown)."""
        return self._phrases.get(cores, set())

    def tag(self, cores: list[str]) -> list[list[str]]:
        """For each token, ``cat=B`` / ``cat=I`` for the longest phrase starting at each position.

        Matches may overlap (a longer phrase starting later still tags its tokens) so a place
        inside a longer organisation name keeps its own feature.
        """
        n = len(cores)
        out: list[list[str]] = [[] for _ in range(n)]
        phrases, prefixes = self._phrases, self._prefixes
        for i in range(n):
            best: tuple[int, set[str]] | None = None
            key: tuple[str, ...] = ()
            for j in range(i, n):
                key = key + (cores[j],)
                cats = phrases.get(key)
                if cats:
                    best = (j + 1, cats)
                if key not in prefixes:
                    break
            if best is None:
                continue
            end, cats = best
            for cat in sorted(cats):  # a fixed order keeps training reproducible
                out[i].append(f"{cat}=B")
                for k in range(i + 1, end):
                    out[k].append(f"{cat}=I")
        return out
