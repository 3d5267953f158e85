"""What every NER backend offers: tags for a sentence, a stream of sentences or a document.

A backend implements :meth:`Tagger.tag_document`; the rest follows from it.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while tagging.

    Tagging makes a great many short-lived feature lists and strings, which reference counting
    frees anyway; meanwhile the collector's full passes walk the feature caches (hundreds of
    thousands of objects) again and again: about a fifth of the neural tagger's time on new words.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Tagger:
    """Base of the NER backends (CRF, Hugging Face)."""

    stream_window: int | None = None  # document context, in sentences, for sentence streams

    def tag_document(self, sentences: list[list[str]], window: int | None = None, scores: bool = True
                     ) -> tuple[list[list[str]], list[list[float]]]:
        raise NotImplementedError

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags (PER, ORG, LOC, MISC) for one sentence of words."""
        return self.tag_document([words], scores=False)[0][0]

    def tag_with_scores(self, words: list[str]) -> tuple[list[str], list[float]]:
        """BIO tags and each tag's probability for one sentence."""
        tags, probs = self.tag_document([words])
        return tags[0], probs[0]

    def tag_stream(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tags for sentences with no known document boundaries (a CoNLL file)."""
        return self.tag_document(sentences, self.stream_window, scores=False)[0]
