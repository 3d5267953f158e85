"""The CRF sequence tagger: python-crfsuite over :mod:`khabar.models.ner.features`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pycrfsuite

from khabar.errors import DataError
from khabar.models.ner.features import Featurizer

MAX_WORDS = 400  # longer sentences are tagged in windows of this many words


class CrfTagger:
    """A trained CRF model file plus the featurizer it was trained with."""

    def __init__(self, model_path: Path, featurizer: Featurizer) -> None:
        self.path = model_path
        self.featurizer = featurizer
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as err:
            raise DataError(str(model_path), f"cannot open the NER model: {err}") from err
        meta_path = model_path.with_suffix(".json")
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        trained_with = self.meta.get("features")
        if trained_with and trained_with != featurizer.version:
            raise DataError(str(model_path), f"model trained with features {trained_with}, these are "
                            f"{featurizer.version}: rebuild it with `khabar train ner`")

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags (PER, ORG, LOC, MISC) for one sentence of words."""
        tags: list[str] = []
        for start in range(0, len(words), MAX_WORDS):
            chunk = words[start:start + MAX_WORDS]
            tags += self._tagger.tag(self.featurizer.sentence(chunk))
        return tags

    def tag_with_scores(self, words: list[str]) -> tuple[list[str], list[float]]:
        """BIO tags and each tag's marginal probability."""
        tags: list[str] = []
        probs: list[float] = []
        for start in range(0, len(words), MAX_WORDS):
            chunk = words[start:start + MAX_WORDS]
            self._tagger.set(self.featurizer.sentence(chunk))
            chunk_tags = self._tagger.tag()
            tags += chunk_tags
            probs += [self._tagger.marginal(t, i) for i, t in enumerate(chunk_tags)]
        return tags, probs


def train_crf(xs: list[list[list[str]]], ys: list[list[str]], out: Path, params: dict[str, Any]) -> None:
    """Train with L-BFGS and write the model file to ``out``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
