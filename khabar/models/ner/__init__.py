"""Arabic named-entity recognition: taggers trained by khabar and shipped in khabar/data/ner.

>>> from khabar.models.ner import load_tagger
>>> load_tagger().tag(["التقى", "وفد", "حماس", "في", "بيروت"])  # doctest: +SKIP
['O', 'O', 'B-ORG', 'O', 'B-LOC']

``load_tagger()`` is cached per process. ``KHABAR_NER_BACKEND`` (or the ``backend`` argument)
chooses the model: ``nn`` (default: the shipped neural BiLSTM-CRF stacked on the CRF's first
pass, :mod:`khabar.models.ner.nn`) or ``nn:/path/to/ner_nn.npz``, ``crf`` (the shipped two-pass
CRF, faster) or ``crf:/path/to/model.crfsuite`` (one built by ``khabar train ner --out DIR``), or ``hf:/path/to/dir`` (a local Hugging Face
token-classification model, :mod:`khabar.models.ner.hf`; needs ``pip install 'khabar[hf]'``).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from khabar.data import data_path
from khabar.errors import DataError
from khabar.models.ner.data import LABELS

__all__ = ["LABELS", "NerTagger", "load_tagger", "DEFAULT_BACKEND", "CRF_MODEL", "NN_MODEL"]

# nn scores higher on the dev split (0.716 vs 0.691); the CRF is faster (about 1.5x) and stays
# available (figures: docs/benchmarks.md)
DEFAULT_BACKEND = "nn"
CRF_MODEL = data_path("ner", "ner_crf.crfsuite")
NN_MODEL = data_path("ner", "ner_nn.npz")


class NerTagger(Protocol):
    """What every backend offers: tags for a sentence, for a document, for a boundary-less stream."""

    def tag(self, words: list[str]) -> list[str]: ...

    def tag_with_scores(self, words: list[str]) -> tuple[list[str], list[float]]: ...

    def tag_document(self, sentences: list[list[str]], window: int | None = None, scores: bool = True
                     ) -> tuple[list[list[str]], list[list[float]]]: ...

    def tag_stream(self, sentences: list[list[str]]) -> list[list[str]]: ...


def load_tagger(backend: str | None = None) -> NerTagger:
    """The process-wide NER tagger for ``backend`` (default: $KHABAR_NER_BACKEND or ``nn``)."""
    return _load(backend or os.environ.get("KHABAR_NER_BACKEND") or DEFAULT_BACKEND)


@lru_cache(maxsize=4)
def _load(backend: str) -> NerTagger:
    if backend == "crf" or backend.startswith("crf:"):
        from khabar.models.ner.crf import CrfTagger
        from khabar.models.ner.features import load_featurizer

        path = Path(backend[4:]) if backend.startswith("crf:") else CRF_MODEL
        if not path.exists():
            raise DataError(str(path), "NER model not found: build it with `khabar train ner` or `make models`")
        return CrfTagger(path, load_featurizer())
    if backend == "nn" or backend.startswith("nn:"):
        from khabar.models.ner.features import load_featurizer
        from khabar.models.ner.nn import NnTagger

        path = Path(backend[3:]) if backend.startswith("nn:") else NN_MODEL
        if not path.exists():
            raise DataError(str(path), "neural NER model not found: build it with `khabar train ner --model nn`")
        return NnTagger(path, load_featurizer())
    if backend.startswith("hf:"):
        from khabar.models.ner.hf import HfTagger

        return HfTagger(Path(backend[3:]))
    raise DataError(backend, "unknown NER backend: use 'crf', 'crf:/path/to/model.crfsuite', 'nn', "
                     "'nn:/path/to/model.npz' or 'hf:/path/to/dir'")
