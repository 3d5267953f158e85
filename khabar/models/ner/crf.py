"""The CRF sequence tagger: python-crfsuite over :mod:`khabar.models.ner.features`, in two passes.

The first model tags each sentence from its own words; the second (``<name>_doc.crfsuite``, used
when present) re-tags it with the first pass's tags across the document as extra features
(:mod:`khabar.models.ner.document`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pycrfsuite

from khabar.errors import DataError
from khabar.models.ner.base import Tagger, gc_paused
from khabar.models.ner.document import WINDOW, stacked
from khabar.models.ner.features import Featurizer
from khabar.models.ner.rules import sentence_rules

MAX_WORDS = 400  # longer sentences are tagged in pieces of this many words


def doc_model_path(model_path: Path) -> Path:
    """Where the second-pass model of a first-pass model file lives."""
    return model_path.with_name(model_path.stem + "_doc" + model_path.suffix)


def _open(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as err:
        raise DataError(str(path), f"cannot open the NER model: {err}") from err
    return tagger


class CrfTagger(Tagger):
    """A trained model (one or two CRF files) plus the featurizer it was trained with."""

    stream_window = WINDOW

    def __init__(self, model_path: Path, featurizer: Featurizer) -> None:
        self.path = model_path
        self.featurizer = featurizer
        meta_path = model_path.with_suffix(".json")
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        trained_with = self.meta.get("features")
        if trained_with and trained_with != featurizer.version:
            raise DataError(str(model_path), f"model trained with features {trained_with}, these are "
                            f"{featurizer.version}: rebuild it with `khabar train ner`")
        self._first = _open(model_path)
        second = doc_model_path(model_path)
        self._second = _open(second) if second.exists() else None

    def tag_document(self, sentences: list[list[str]], window: int | None = None, scores: bool = True
                     ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags (and, with ``scores``, marginals) for the sentences of one document.

        ``window`` limits the document features to that many sentences on either side (for
        input without document boundaries); None uses the whole document.
        """
        pieces, owners = split_long(sentences)
        with gc_paused():
            base = [self.featurizer.sentence(words) for words in pieces]
            last = self._second is None
            results = [_run(self._first, x, scores and last) for x in base]
            if not last:
                first = [tags for tags, _ in results]
                features = stacked(self.featurizer, pieces, base, first, window)
                results = [_run(self._second, x, scores) for x in features]
        tagged = [sentence_rules(self.featurizer, words, tags) for words, (tags, _) in zip(pieces, results)]
        out_tags: list[list[str]] = [[] for _ in sentences]
        out_probs: list[list[float]] = [[] for _ in sentences]
        for owner, tags, (_, probs) in zip(owners, tagged, results):
            out_tags[owner] += tags
            out_probs[owner] += probs
        return out_tags, out_probs


def _run(tagger: pycrfsuite.Tagger, x: list[list[str]], scores: bool) -> tuple[list[str], list[float]]:
    if not scores:
        return tagger.tag(x), []
    tagger.set(x)
    tags = tagger.tag()
    return tags, [tagger.marginal(label, i) for i, label in enumerate(tags)]


def split_long(sentences: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """Split very long sentences into MAX_WORDS pieces; remember which sentence each came from."""
    pieces: list[list[str]] = []
    owners: list[int] = []
    for k, words in enumerate(sentences):
        for start in range(0, len(words), MAX_WORDS):
            pieces.append(words[start:start + MAX_WORDS])
            owners.append(k)
    return pieces, owners


def train_crf(xs: list[list[list[str]]], ys: list[list[str]], out: Path, params: dict[str, Any]) -> None:
    """Train with L-BFGS and write the model file to ``out``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
