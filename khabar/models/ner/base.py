"""What every NER backend offers: tags for a sentence, a stream of sentences or a document.

A backend implements :meth:`Tagger.tag_document`; the rest follows from it.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from khabar.models.ner.data import SENTENCE_END


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
        """Tags for sentences with no known document boundaries (a CoNLL file), read as
        :func:`stream_sentences` cuts them; empty tokens are tagged O."""
        pieces = stream_sentences(sentences)
        tagged = self.tag_document([[sentences[i][j] for j in piece] for i, piece in pieces],
                                   self.stream_window, scores=False)[0]
        out = [["O"] * len(words) for words in sentences]
        for (i, piece), tags in zip(pieces, tagged, strict=True):
            for j, tag in zip(piece, tags, strict=True):
                out[i][j] = tag
        return out


def stream_sentences(sentences: list[list[str]]) -> list[tuple[int, list[int]]]:
    """The sentences a tagger reads in a CoNLL stream: (block, word positions) pairs.

    A stream is read as the training text was: empty tokens are left out, and a block is cut
    after each sentence-final token, so a file with no blank lines (ANERcorp's own layout) is
    not one sentence of thousands of words.
    """
    pieces: list[tuple[int, list[int]]] = []
    for i, words in enumerate(sentences):
        piece: list[int] = []
        for j, word in enumerate(words):
            if not word:
                continue
            piece.append(j)
            if word in SENTENCE_END:
                pieces.append((i, piece))
                piece = []
        if piece:
            pieces.append((i, piece))
    return pieces
