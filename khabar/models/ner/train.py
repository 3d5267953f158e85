"""Training the shipped NER model from ../shared/data and scoring it on the fixed dev split.

Data: ANERcorp ``train.txt`` split into sentences, its last 10% of sentences held out as dev
(:func:`khabar.models.ner.data.split_dev`), plus the Wojood sample (train and val) mapped to the
four types. The model is trained on everything but the dev sentences, so the dev figures written
into the model's metadata are honest held-out figures.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from khabar.data import data_path
from khabar.errors import DataError
from khabar.models.ner.crf import CrfTagger, train_crf
from khabar.models.ner.data import Sentence, read_anercorp, read_wojood, split_dev
from khabar.models.ner.features import Featurizer, core, load_featurizer
from khabar.models.ner.scorer import Scores, score

log = logging.getLogger(__name__)

MODEL_NAME = "ner_crf.crfsuite"
IDENTITY = ("w=", "s=", "c=", "bg-=", "bg+=")
DEFAULT_PARAMS: dict[str, Any] = {
    "rare_max": 1,
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
DEV_FRACTION = 0.1


@dataclass
class Corpus:
    train: list[Sentence]
    dev: list[Sentence]
    sources: dict[str, str]


def load_corpus(shared: Path) -> Corpus:
    """ANERcorp train/dev split plus the Wojood sample; raises DataError when files are missing."""
    ner = shared / "data" / "ner"
    paths = {"anercorp": ner / "anercorp" / "train.txt", "wojood_train": ner / "wojood_sample" / "train.txt",
             "wojood_val": ner / "wojood_sample" / "val.txt"}
    for path in paths.values():
        if not path.exists():
            raise DataError(str(path), "NER training data not found (set --shared or KHABAR_SHARED)")
    train, dev = split_dev(read_anercorp(paths["anercorp"]), DEV_FRACTION)
    train += read_wojood(paths["wojood_train"]) + read_wojood(paths["wojood_val"])
    return Corpus(train, dev, {k: _sha256(p) for k, p in paths.items()})


def mask_rare(xs: list[list[list[str]]], sentences: list[Sentence], rare_max: int) -> None:
    """Drop the word-identity features of training words seen at most ``rare_max`` times.

    At run time half the names are words the model never saw; training on rare words without
    their identity makes the model learn the affix, gazetteer and context features it needs then.
    """
    if rare_max <= 0:
        return
    counts = Counter(core(w) for s in sentences for w in s.words)
    for x, sent in zip(xs, sentences):
        for feats, word in zip(x, sent.words):
            if counts[core(word)] <= rare_max:
                feats[:] = [f for f in feats if not f.startswith(IDENTITY)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def evaluate(tagger: CrfTagger, sentences: list[Sentence]) -> Scores:
    """Entity-level scores of a tagger on labelled sentences."""
    return score([s.tags for s in sentences], [tagger.tag(s.words) for s in sentences])


def train(shared: Path, out_dir: Path | None = None, params: dict[str, Any] | None = None,
          featurizer: Featurizer | None = None) -> tuple[dict[str, Any], Scores]:
    """Train, score on dev and write ``ner_crf.crfsuite`` + ``ner_crf.json`` into ``out_dir``.

    Returns the metadata written next to the model and the dev scores.
    """
    out_dir = out_dir or data_path("ner")
    params = {**DEFAULT_PARAMS, **(params or {})}
    featurizer = featurizer or load_featurizer()
    corpus = load_corpus(shared)
    began = time.perf_counter()
    xs = [featurizer.sentence(s.words) for s in corpus.train]
    mask_rare(xs, corpus.train, params["rare_max"])
    model = out_dir / MODEL_NAME
    train_crf(xs, [s.tags for s in corpus.train], model, {k: v for k, v in params.items() if k != "rare_max"})
    seconds = time.perf_counter() - began
    log.info("trained on %d sentences in %.0f s", len(corpus.train), seconds)
    meta: dict[str, Any] = {
        "made_by": "khabar train ner (khabar/models/ner/train.py)",
        "built": date.today().isoformat(),
        "features": featurizer.version,
        "params": params,
        "train_sentences": len(corpus.train),
        "train_tokens": sum(len(s.words) for s in corpus.train),
        "dev": f"last {DEV_FRACTION:.0%} of ANERcorp train.txt sentences ({len(corpus.dev)})",
        "sources": corpus.sources,
        "train_seconds": round(seconds, 1),
    }
    model.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tagger = CrfTagger(model, featurizer)
    dev = evaluate(tagger, corpus.dev)
    meta["dev_scores"] = dev.as_dict()
    model.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta, dev
