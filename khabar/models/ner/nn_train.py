"""Training the neural NER tagger (:mod:`khabar.models.ner.nn`) with torch; needs ``khabar[train]``.

The network is built in torch, trained with Adam on the corpus of :mod:`khabar.models.ner.train`
(ANERcorp minus the dev tenth, plus Wojood), and exported to ``ner_nn.npz`` + ``ner_nn.json``
(+ ``ner_nn_first.npz``, the weights of its CRF first pass, :mod:`.linear`) for the numpy forward pass. The number of
epochs is chosen on a validation tenth of the *training* part (ANERcorp tenth 8, early
stopping); the exported network is then trained on all training sentences for that many epochs.
Seeds are fixed and torch runs on one thread, so a run is reproducible.
"""
from __future__ import annotations

import json
import logging
import random
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from khabar.errors import DataError
from khabar.models.ner.crf import train_crf
from khabar.models.ner.data import Sentence
from khabar.models.ner.document import WINDOW, stacked
from khabar.models.ner.features import Featurizer, analyse, load_featurizer
from khabar.models.ner.linear import LinearChain, export_crfsuite, viterbi
from khabar.models.ner.nn import FIRST_PASS_NAME, PAD, TAGS, UNK, Encoder, NnTagger, constraints, file_digest
from khabar.models.ner.scorer import Scores, score
from khabar.models.ner.train import DEFAULT_PARAMS, Corpus, jackknife, mask_rare

try:
    import torch
    from torch import nn
except ImportError as err:  # pragma: no cover - depends on the environment
    raise DataError("torch", "training the neural NER model needs torch: pip install 'khabar[train]'") from err

log = logging.getLogger(__name__)

MODEL_NAME = "ner_nn.npz"
CRF_PARAMS = {k: v for k, v in DEFAULT_PARAMS.items() if k != "rare_max"}
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}


@dataclass
class Config:
    """Sizes and training settings (recorded in the model's metadata)."""

    word_dim: int = 100
    char_dim: int = 24
    char_filters: int = 48
    feat_dim: int = 64
    hidden: int = 96
    dropout: float = 0.5
    word_dropout: float = 0.1  # share of training words replaced by the unknown word
    feat_dropout: float = 0.0  # share of sparse features dropped from each training token
    feat_min_count: int = 2
    word_min_count: int = 2
    epochs: int = 20
    patience: int = 4
    batch: int = 16
    lr: float = 2e-3
    clip: float = 5.0
    seed: int = 7
    rare_max: int = 1  # as the CRF: identity features of singletons are dropped in training
    stacked: bool = True  # also read the CRF first pass's tags and the document features


class Net(nn.Module):
    """Word embedding + char CNN + sparse-feature bag -> BiLSTM -> tag scores -> CRF."""

    def __init__(self, n_words: int, n_chars: int, n_feats: int, cfg: Config) -> None:
        super().__init__()
        self.word = nn.Embedding(n_words, cfg.word_dim, padding_idx=PAD)
        self.char = nn.Embedding(n_chars, cfg.char_dim, padding_idx=PAD)
        self.conv = nn.Conv1d(cfg.char_dim, cfg.char_filters, 3, padding=1)
        self.feat = nn.EmbeddingBag(n_feats, cfg.feat_dim, mode="sum")
        self.lstm = nn.LSTM(cfg.word_dim + cfg.char_filters + cfg.feat_dim, cfg.hidden,
                            batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(cfg.dropout)
        self.out = nn.Linear(2 * cfg.hidden, len(TAGS))
        k = len(TAGS)
        self.crf = nn.ParameterDict({"trans": nn.Parameter(torch.zeros(k, k)),
                                     "start": nn.Parameter(torch.zeros(k)), "end": nn.Parameter(torch.zeros(k))})
        mask_trans, mask_start = constraints()
        self.register_buffer("mask_trans", torch.from_numpy(mask_trans))
        self.register_buffer("mask_start", torch.from_numpy(mask_start))

    def emissions(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        words = batch["words"]  # (B, T)
        b, t = words.shape
        chars = batch["chars"]  # (B*T, L)
        conv = self.conv(self.char(chars).transpose(1, 2))  # (B*T, F, L)
        conv = conv.masked_fill((chars == PAD)[:, None, :], float("-inf")).max(dim=2).values
        conv = conv.masked_fill(torch.isinf(conv), 0.0)  # padding tokens have no characters
        feats = self.feat(batch["feat_ids"], batch["feat_offsets"])  # (B*T, D)
        x = torch.cat([self.word(words), conv.view(b, t, -1), feats.view(b, t, -1)], dim=2)
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), batch["lengths"], batch_first=True,
                                                   enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return self.out(self.drop(h))

    def nll(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """Mean negative log-likelihood of the gold tags under the CRF."""
        em = self.emissions(batch)
        tags, mask = batch["tags"], batch["mask"]
        trans = self.crf["trans"] + self.mask_trans
        start = self.crf["start"] + self.mask_start
        end = self.crf["end"]
        b, t_max, _ = em.shape
        rows = torch.arange(b)
        gold = start[tags[:, 0]] + em[rows, 0, tags[:, 0]]
        alpha = start + em[:, 0]
        for t in range(1, t_max):
            on = mask[:, t]
            gold = gold + on * (trans[tags[:, t - 1], tags[:, t]] + em[rows, t, tags[:, t]])
            step = torch.logsumexp(alpha[:, :, None] + trans[None], dim=1) + em[:, t]
            alpha = torch.where(on[:, None].bool(), step, alpha)
        last = tags[rows, batch["lengths"] - 1]
        gold = gold + end[last]
        log_z = torch.logsumexp(alpha + end, dim=1)
        return (log_z - gold).mean()


def build_vocab(encoder_featurizer: Featurizer, sentences: list[Sentence], feats: list[list[list[str]]],
                cfg: Config) -> tuple[list[str], list[str], list[str]]:
    """Word cores, stem characters and sparse features frequent enough in the training data."""
    words = Counter(analyse(w)[3] for s in sentences for w in s.words)
    chars = Counter(c for s in sentences for w in s.words for c in analyse(w)[2])
    counts = Counter(f for x in feats for token in x for f in token)
    return (["<pad>", "<unk>", *sorted(w for w, n in words.items() if n >= cfg.word_min_count)],
            ["<pad>", "<unk>", *sorted(c for c, n in chars.items() if n >= 2)],
            sorted(f for f, n in counts.items() if n >= cfg.feat_min_count))


@dataclass
class Encoded:
    words: list[int]
    chars: list[list[int]]
    feats: list[list[int]]
    tags: list[int]


def encode(encoder: Encoder, sentences: list[Sentence], feats: list[list[list[str]]]) -> list[Encoded]:
    return [Encoded([encoder.word_id(w) for w in s.words], [encoder.char_ids(w) for w in s.words],
                    encoder.feat_ids(x), [TAG_INDEX[t] for t in s.tags] if s.tags else [0] * len(s.words))
            for s, x in zip(sentences, feats)]


def collate(items: list[Encoded], word_dropout: float = 0.0, rng: random.Random | None = None,
            feat_dropout: float = 0.0) -> dict[str, torch.Tensor]:
    """Pad a batch of encoded sentences into tensors (in training, with ``rng``: unknown-word
    and sparse-feature dropout)."""
    b, t_max = len(items), max(len(e.words) for e in items)
    l_max = max(len(c) for e in items for c in e.chars)
    words = torch.zeros(b, t_max, dtype=torch.long)
    tags = torch.zeros(b, t_max, dtype=torch.long)
    mask = torch.zeros(b, t_max)
    chars = torch.zeros(b * t_max, l_max, dtype=torch.long)
    ids: list[int] = []
    offsets: list[int] = []
    for s, e in enumerate(items):
        n = len(e.words)
        ws = [UNK if rng is not None and rng.random() < word_dropout else w for w in e.words]
        words[s, :n] = torch.tensor(ws)
        tags[s, :n] = torch.tensor(e.tags)
        mask[s, :n] = 1
        for i, c in enumerate(e.chars):
            chars[s * t_max + i, :len(c)] = torch.tensor(c)
        for i in range(t_max):
            offsets.append(len(ids))
            if i < n:
                ids += e.feats[i] if rng is None or not feat_dropout else \
                    [f for f in e.feats[i] if rng.random() >= feat_dropout]
    return {"words": words, "tags": tags, "mask": mask, "chars": chars,
            "feat_ids": torch.tensor(ids, dtype=torch.long), "feat_offsets": torch.tensor(offsets, dtype=torch.long),
            "lengths": torch.tensor([len(e.words) for e in items])}


def predict(net: Net, data: list[Encoded]) -> list[list[str]]:
    """Viterbi tags (numpy decoder, as at run time) from the torch network's emissions."""
    net.eval()
    mask_trans, mask_start = constraints()
    trans = net.crf["trans"].detach().numpy() + mask_trans
    start = net.crf["start"].detach().numpy() + mask_start
    end = net.crf["end"].detach().numpy()
    out: list[list[str]] = []
    with torch.no_grad():
        for lo in range(0, len(data), 64):
            batch = collate(data[lo:lo + 64])
            em = net.emissions(batch).numpy()
            out += [[TAGS[i] for i in path] for path in viterbi(em, batch["lengths"].numpy(), trans, start, end)]
    return out


def fit(train: list[Encoded], n_vocab: tuple[int, int, int], cfg: Config, val: list[Encoded] | None = None,
        val_gold: list[list[str]] | None = None, epochs: int | None = None) -> tuple[Net, list[float]]:
    """Train a network; with ``val``, keep the best epoch by validation F1 and stop after
    ``cfg.patience`` epochs without gain. Returns the network and the F1 of each epoch."""
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(1)
    rng = random.Random(cfg.seed)
    net = Net(*n_vocab, cfg)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    order = sorted(range(len(train)), key=lambda i: len(train[i].words))
    batches = [order[i:i + cfg.batch] for i in range(0, len(order), cfg.batch)]
    history: list[float] = []
    best_state, best = None, -1.0
    for epoch in range(epochs or cfg.epochs):
        net.train()
        rng.shuffle(batches)
        began, total = time.perf_counter(), 0.0
        for idx in batches:
            loss = net.nll(collate([train[i] for i in idx], cfg.word_dropout, rng, cfg.feat_dropout))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), cfg.clip)
            opt.step()
            total += loss.item()
        if val is None or val_gold is None:
            log.info("epoch %d loss %.3f (%.0f s)", epoch + 1, total / len(batches), time.perf_counter() - began)
            continue
        f1 = score(val_gold, predict(net, val)).overall.f1
        history.append(f1)
        log.info("epoch %d loss %.3f val F1 %.4f (%.0f s)", epoch + 1, total / len(batches), f1,
                 time.perf_counter() - began)
        if f1 > best:
            best, best_state = f1, {k: v.clone() for k, v in net.state_dict().items()}
        elif epoch + 1 - (history.index(best) + 1) >= cfg.patience:
            break
    if best_state is not None:
        net.load_state_dict(best_state)
    return net, history


def export(net: Net, path: Path, meta: dict[str, Any]) -> None:
    """Write the weights the numpy forward pass needs (``.npz``) and the metadata (``.json``)."""
    weights = {name: value.detach().numpy().astype(np.float32) for name, value in net.state_dict().items()
               if not name.startswith("mask_")}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez(fh, **weights)
    path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")


def add_document_features(featurizer: Featurizer, parts: list[list[list[str]]], xs: list[list[list[str]]],
                          first: list[list[str]]) -> None:
    """Append the first-pass tags and same-word types (:func:`.document.stacked`) to ``xs``;
    each part (corpus file) is its own stream of documents."""
    offset = 0
    for words in parts:
        end = offset + len(words)
        extra = stacked(featurizer, words, [[[] for _ in w] for w in words], first[offset:end], WINDOW)
        for x, e in zip(xs[offset:end], extra):
            for token, feats in zip(x, e):
                token += feats
        offset = end


def prepare(parts: list[list[Sentence]], featurizer: Featurizer, cfg: Config, first_pass: Path | None = None
            ) -> tuple[Encoder, list[Encoded], dict[str, list[str]]]:
    """Vocabularies and encoded training data (rare-word identity features masked, as the CRF).

    For a stacked model the first-pass CRF is trained on the same sentences (by crfsuite) and
    its weights written to ``first_pass``; the training sentences get first-pass tags by
    jack-knifing, as the CRF's second pass does (:func:`.train.train_corpus`).
    """
    sentences = [s for part in parts for s in part]
    xs = [featurizer.sentence(s.words) for s in sentences]
    mask_rare(xs, sentences, cfg.rare_max)
    if cfg.stacked:
        if first_pass is None:
            raise ValueError("a stacked model needs a path for its first pass")
        ys = [s.tags for s in sentences]
        with tempfile.TemporaryDirectory(prefix="khabar-nn-first-") as tmp:
            model = Path(tmp) / "first.crfsuite"
            train_crf(xs, ys, model, CRF_PARAMS)
            export_crfsuite(model).save(first_pass)
        add_document_features(featurizer, [[s.words for s in part] for part in parts], xs,
                              jackknife(xs, ys, CRF_PARAMS))
    words, chars, feats = build_vocab(featurizer, sentences, xs, cfg)
    encoder = Encoder(featurizer, words, chars, feats)
    return encoder, encode(encoder, sentences, xs), {"words": words, "chars": chars, "feats": feats}


def encode_eval(encoder: Encoder, sentences: list[Sentence], first_pass: Path | None = None) -> list[Encoded]:
    """Encoded held-out sentences (one stream), with a stacked model's document features."""
    featurizer = encoder.featurizer
    xs = [featurizer.sentence(s.words) for s in sentences]
    if first_pass is not None:
        first = LinearChain.load(first_pass)
        add_document_features(featurizer, [[s.words for s in sentences]], xs, [first.tag(x) for x in xs])
    return encode(encoder, sentences, xs)


def split_validation(corpus: Corpus, tenth: int) -> tuple[list[list[Sentence]], list[Sentence]]:
    """The training parts without ANERcorp tenth ``tenth`` (numbered as in benchmarks/ner_cv.py,
    where tenth 9 is the dev split), and that tenth."""
    anercorp = corpus.parts[0]
    n = len(anercorp) + len(corpus.dev)
    lo, hi = n * tenth // 10, min(n * (tenth + 1) // 10, len(anercorp))
    if lo >= hi:
        raise ValueError(f"ANERcorp tenth {tenth} is not in the training part")
    return [anercorp[:lo] + anercorp[hi:], *corpus.parts[1:]], anercorp[lo:hi]


def validate(corpus: Corpus, cfg: Config, val_tenth: int = 8, featurizer: Featurizer | None = None) -> list[float]:
    """F1 on ANERcorp tenth ``val_tenth`` after each epoch of training on the rest of the
    training part (early stopping after ``cfg.patience`` epochs without gain)."""
    featurizer = featurizer or load_featurizer()
    fit_parts, val = split_validation(corpus, val_tenth)
    with tempfile.TemporaryDirectory(prefix="khabar-nn-") as tmp:
        first = Path(tmp) / FIRST_PASS_NAME if cfg.stacked else None
        encoder, data, _ = prepare(fit_parts, featurizer, cfg, first)
        sizes = (len(encoder.words), len(encoder.chars), len(encoder.feats))
        _, history = fit(data, sizes, cfg, encode_eval(encoder, val, first), [s.tags for s in val])
    return history


def train_nn(corpus: Corpus, out_dir: Path, cfg: Config | None = None, val_tenth: int = 8,
             epochs: int | None = None, featurizer: Featurizer | None = None) -> dict[str, Any]:
    """Train on the corpus's training part and export to ``out_dir``; the dev part is not
    touched (:func:`score_dev`).

    The number of epochs is the best one of :func:`validate` on ANERcorp tenth ``val_tenth``
    unless ``epochs`` is given; the exported network is then trained on all training sentences
    (that tenth included) for that many epochs. Returns the metadata written next to the model.
    """
    cfg = cfg or Config()
    featurizer = featurizer or load_featurizer()
    began = time.perf_counter()
    history = validate(corpus, cfg, val_tenth, featurizer) if epochs is None else []
    epochs = epochs or history.index(max(history)) + 1
    out_dir.mkdir(parents=True, exist_ok=True)
    first = out_dir / FIRST_PASS_NAME
    first.unlink(missing_ok=True)
    encoder, data, vocab = prepare(corpus.parts, featurizer, cfg, first if cfg.stacked else None)
    net, _ = fit(data, (len(encoder.words), len(encoder.chars), len(encoder.feats)), cfg, epochs=epochs)
    meta: dict[str, Any] = {
        "made_by": "khabar train ner --model nn (khabar/models/ner/nn_train.py)",
        "built": date.today().isoformat(),
        "features": featurizer.version,
        "config": asdict(cfg),
        "epochs": epochs,
        "first_pass": {"file": first.name, "sha256": file_digest(first)} if cfg.stacked else None,
        "validation": {"anercorp_tenth": val_tenth, "f1_by_epoch": [round(f, 4) for f in history]}
        if history else "epochs given (benchmarks/ner_nn_cv.py chose them; docs/benchmarks.md)",
        "train_sentences": len(corpus.train),
        "dev": corpus.dev_name,
        "sources": corpus.sources,
        "train_seconds": round(time.perf_counter() - began, 1),
        "vocab": vocab,
    }
    export(net, out_dir / MODEL_NAME, meta)
    return meta


def score_dev(model: Path, corpus: Corpus) -> Scores:
    """Entity scores of a saved model on the corpus's dev part, tagged as one stream."""
    tagger = NnTagger(model, load_featurizer())
    return score([s.tags for s in corpus.dev], tagger.tag_stream([s.words for s in corpus.dev]))
