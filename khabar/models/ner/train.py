"""Training the shipped NER model from ../shared/data and scoring it on the fixed dev split.

Data: ANERcorp ``train.txt`` split into sentences, its last 10% of sentences held out as dev
(:func:`khabar.models.ner.data.split_dev`), plus the Wojood sample (train and val) mapped to the
four types. By default the model is trained on everything but the dev sentences, so the dev
figures written into its metadata are honest held-out figures (the shipped model is built so).
``all_data`` (``khabar train ner --all``) trains the same configuration on all of ``train.txt``,
whose last tenth is the text closest to the held-out test that follows it; its metadata then
records no dev figures (``benchmarks/ner_eval.py`` trains the held-out twin to report them).
"""
from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pycrfsuite

from khabar.data import data_path
from khabar.errors import DataError
from khabar.models.ner.crf import CrfTagger, doc_model_path, train_crf
from khabar.models.ner.data import Sentence, read_anercorp, read_wojood, split_dev
from khabar.models.ner.document import WINDOW, stacked
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
FOLDS = 4


@dataclass
class Corpus:
    parts: list[list[Sentence]]  # training sentences, one list per source, each in text order
    dev: list[Sentence]
    sources: dict[str, str]
    dev_name: str | None = f"last {DEV_FRACTION:.0%} of ANERcorp train.txt sentences"

    @property
    def train(self) -> list[Sentence]:
        return [s for part in self.parts for s in part]


def load_corpus(shared: Path, all_data: bool = False) -> Corpus:
    """ANERcorp train/dev split plus the Wojood sample; raises DataError when files are missing.

    With ``all_data`` the dev sentences are trained on too and the corpus has no dev part.
    """
    ner = shared / "data" / "ner"
    paths = {"anercorp": ner / "anercorp" / "train.txt", "wojood_train": ner / "wojood_sample" / "train.txt",
             "wojood_val": ner / "wojood_sample" / "val.txt"}
    for path in paths.values():
        if not path.exists():
            raise DataError(str(path), "NER training data not found (set --shared or KHABAR_SHARED)")
    train, dev = split_dev(read_anercorp(paths["anercorp"]), DEV_FRACTION)
    if all_data:
        train, dev = train + dev, []
    heads = outside_words(train)
    parts = [train] + [align_heads(read_wojood(paths[k]), heads) for k in ("wojood_train", "wojood_val")]
    corpus = Corpus(parts, dev, {k: _sha256(p) for k, p in paths.items()})
    if all_data:
        corpus.dev_name = None
    return corpus


def outside_words(sentences: list[Sentence], min_count: int = 3, share: float = 0.7) -> set[str]:
    """Words (cores) that ANERcorp leaves outside the name they introduce: it tags "شركة X" and
    "مدينة X" as O + X far more often than as one entity starting with the word."""
    before: Counter = Counter()
    inside: Counter = Counter()
    for sent in sentences:
        tags = sent.tags + ["O"]
        for i, word in enumerate(sent.words):
            if tags[i] == "O" and tags[i + 1].startswith("B-"):
                before[core(word)] += 1
            elif tags[i].startswith("B-") and tags[i + 1].startswith("I-"):
                inside[core(word)] += 1
    return {w for w, n in before.items() if n >= min_count and n / (n + inside[w]) >= share}


def align_heads(sentences: list[Sentence], heads: set[str]) -> list[Sentence]:
    """Follow ANERcorp's convention in another corpus: an entity's leading words that ANERcorp
    mostly tags O (Wojood's "مدينة نابلس", "شركة X") are moved outside the entity."""
    for sent in sentences:
        tags = sent.tags
        for i, tag in enumerate(tags):
            if tag.startswith("B-") and i + 1 < len(tags) and tags[i + 1] == "I-" + tag[2:] \
                    and core(sent.words[i]) in heads:
                tags[i], tags[i + 1] = "O", tag
    return sentences


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
    """Entity-level scores of a tagger on labelled sentences in text order."""
    return score([s.tags for s in sentences], tagger.tag_stream([s.words for s in sentences]))


def train(shared: Path, out_dir: Path | None = None, params: dict[str, Any] | None = None,
          featurizer: Featurizer | None = None, all_data: bool = False) -> tuple[dict[str, Any], Scores | None]:
    """Train both passes, score on dev and write the model files and their metadata to ``out_dir``.

    The second pass learns from first-pass tags that are as imperfect as at run time: on each
    of ``FOLDS`` parts of the training data they come from a first-pass model trained on the rest.
    Returns the metadata written next to the model and the dev scores (None with ``all_data``).
    """
    return train_corpus(load_corpus(shared, all_data), out_dir or data_path("ner"), params, featurizer)


def train_corpus(corpus: Corpus, out_dir: Path, params: dict[str, Any] | None = None,
                 featurizer: Featurizer | None = None, stacking: bool = True) -> tuple[dict[str, Any], Scores | None]:
    """:func:`train` on a given corpus (``stacking=False`` trains the first pass only)."""
    params = {**DEFAULT_PARAMS, **(params or {})}
    crf_params = {k: v for k, v in params.items() if k != "rare_max"}
    featurizer = featurizer or load_featurizer()
    began = time.perf_counter()
    sentences = corpus.train
    xs = [featurizer.sentence(s.words) for s in sentences]
    ys = [s.tags for s in sentences]
    mask_rare(xs, sentences, params["rare_max"])
    model = out_dir / MODEL_NAME
    train_crf(xs, ys, model, crf_params)
    doc_model_path(model).unlink(missing_ok=True)
    if stacking:
        first = jackknife(xs, ys, crf_params)
        stacked_xs: list[list[list[str]]] = []
        offset = 0
        for part in corpus.parts:
            end = offset + len(part)
            stacked_xs += stacked(featurizer, [s.words for s in part], xs[offset:end], first[offset:end], WINDOW)
            offset = end
        train_crf(stacked_xs, ys, doc_model_path(model), crf_params)
    seconds = time.perf_counter() - began
    log.info("trained on %d sentences in %.0f s", len(sentences), seconds)
    meta: dict[str, Any] = {
        "made_by": "khabar train ner (khabar/models/ner/train.py)",
        "built": date.today().isoformat(),
        "features": featurizer.version,
        "params": params,
        "folds": FOLDS if stacking else 0,
        "train_sentences": len(sentences),
        "train_tokens": sum(len(s.words) for s in sentences),
        "dev": corpus.dev_name,
        "sources": corpus.sources,
        "train_seconds": round(seconds, 1),
    }
    meta_path = model.with_suffix(".json")
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not corpus.dev:
        return meta, None
    dev = evaluate(CrfTagger(model, featurizer), corpus.dev)
    meta["dev_scores"] = dev.as_dict()
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta, dev


def jackknife(xs: list[list[list[str]]], ys: list[list[str]], params: dict[str, Any]) -> list[list[str]]:
    """First-pass tags of every training sentence from a model that did not see it."""
    tags: list[list[str]] = []
    n = len(xs)
    with tempfile.TemporaryDirectory(prefix="khabar-ner-") as tmp_dir:
        tmp = Path(tmp_dir) / "fold.crfsuite"
        for k in range(FOLDS):
            lo, hi = n * k // FOLDS, n * (k + 1) // FOLDS
            train_crf(xs[:lo] + xs[hi:], ys[:lo] + ys[hi:], tmp, params)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(tmp))
            tags += [tagger.tag(x) for x in xs[lo:hi]]
            tagger.close()
    return tags
