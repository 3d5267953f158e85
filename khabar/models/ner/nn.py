"""The neural NER tagger: a feature-rich BiLSTM-CRF run in numpy (torch is needed only to train it).

Each token is seen three ways: a word embedding of its core, a character CNN over its stem
(transliterated names no list holds) and the CRF's sparse features (:mod:`.features`: gazetteer
and cue hits, frequency band, shape, clusters, neighbours) summed from an embedding table. A
bidirectional LSTM reads the sentence, a linear layer scores the tags and a CRF layer with the
BIO constraints decodes them (Viterbi) and gives each tag's marginal probability.

The forward pass batches all sentences of a call per time step; a word's embedding and character
vector are cached per distinct word. Weights live in ``<name>.npz``, the vocabularies and
metadata in ``<name>.json`` (written by :mod:`khabar.models.ner.nn_train`).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from khabar.errors import DataError
from khabar.models.ner.base import Tagger, gc_paused
from khabar.models.ner.crf import split_long
from khabar.models.ner.data import LABELS
from khabar.models.ner.document import WINDOW, stacked
from khabar.models.ner.features import LENT_TO, Featurizer, analyse
from khabar.models.ner.linear import LinearChain, export_crfsuite, viterbi
from khabar.models.ner.rules import propagate_names, sentence_rules

FIRST_PASS_NAME = "ner_nn_first.npz"  # a stacked model's own CRF first pass, beside it
TAGS = ("O", *(f"{p}-{label}" for label in LABELS for p in "BI"))
MAX_CHARS = 20  # characters of a stem the character CNN reads
PAD, UNK = 0, 1  # ids shared by the word and character vocabularies
BATCH = 64  # sentences run together, sorted by length so that padding stays small
WORD_CACHE = 100_000  # distinct words whose vectors are kept
ILLEGAL = -1e4  # score added to transitions BIO forbids (O -> I-X, B-X -> I-Y, start -> I-X)


def constraints() -> tuple[np.ndarray, np.ndarray]:
    """Additive (from, to) transition and start masks: 0 where BIO allows the move, ILLEGAL elsewhere."""
    k = len(TAGS)
    trans = np.zeros((k, k), dtype=np.float32)
    start = np.zeros(k, dtype=np.float32)
    for j, to in enumerate(TAGS):
        if to.startswith("I-"):
            start[j] = ILLEGAL
            for i, prev in enumerate(TAGS):
                if prev[2:] != to[2:]:
                    trans[i, j] = ILLEGAL
    return trans, start


class Encoder:
    """Words -> the model's input ids: core id, stem character ids, sparse feature ids."""

    def __init__(self, featurizer: Featurizer, words: list[str], chars: list[str], feats: list[str]) -> None:
        self.featurizer = featurizer
        self.words = {w: i for i, w in enumerate(words)}  # words[0], words[1]: padding, unknown
        self.chars = {c: i for i, c in enumerate(chars)}
        self.feats = {f: i for i, f in enumerate(feats)}

    def word_id(self, word: str) -> int:
        return self.words.get(analyse(word)[3], UNK)

    def char_ids(self, word: str) -> list[int]:
        stem = analyse(word)[2][:MAX_CHARS] or word[:MAX_CHARS] or " "
        return [self.chars.get(c, UNK) for c in stem]

    def feat_ids(self, feats: list[list[str]]) -> list[list[int]]:
        """Ids of the known features of each token (features unseen in training are dropped)."""
        index = self.feats
        return [[index[f] for f in token if f in index] for token in feats]


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis=axis, keepdims=True)
    return np.log(np.exp(x - top).sum(axis=axis)) + np.squeeze(top, axis)


def sum_groups(table: np.ndarray, ids: list[int], counts: list[int]) -> np.ndarray:
    """Sums of rows of ``table``, one per group of ``counts[i]`` consecutive ``ids``."""
    ids_ = np.array(ids, dtype=np.intp)
    sizes = np.array(counts, dtype=np.intp)
    starts = np.cumsum(sizes) - sizes
    out = np.zeros((len(sizes), table.shape[1]), table.dtype)
    # groups of one size at a time: a (groups, size) gather summed along its rows is several
    # times faster than np.add.reduceat over ragged groups
    for size in np.unique(sizes[sizes > 0]):
        rows = np.flatnonzero(sizes == size)
        out[rows] = table[ids_[starts[rows, None] + np.arange(size)]].sum(axis=1)
    return out


def marginals(emissions: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
              end: np.ndarray) -> np.ndarray:
    """P(tag at t) under the CRF, (B, T, K), by the forward-backward algorithm in log space."""
    b, t_max, k = emissions.shape
    alpha = np.empty_like(emissions)
    beta = np.empty_like(emissions)
    alpha[:, 0] = start + emissions[:, 0]
    for t in range(1, t_max):
        alpha[:, t] = _logsumexp(alpha[:, t - 1, :, None] + trans[None], axis=1) + emissions[:, t]
    beta[:, t_max - 1] = end
    for t in range(t_max - 2, -1, -1):
        cand = _logsumexp(trans[None] + (emissions[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
        beta[:, t] = np.where((t + 1 < lengths)[:, None], cand, end)
    last = alpha[np.arange(b), lengths - 1]
    log_z = _logsumexp(last + end, axis=1)
    log_p = alpha + beta - log_z[:, None, None]
    log_p[np.arange(t_max)[None, :] >= lengths[:, None]] = -np.inf  # padding
    return np.exp(np.minimum(log_p, 0.0))  # float32 rounding can pass 1 by an ulp


class NumpyNet:
    """The BiLSTM-CRF forward pass over arrays exported from the torch model."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w = {name: np.asarray(value, dtype=np.float32) for name, value in weights.items()}
        mask_trans, mask_start = constraints()
        self.trans = self.w["crf.trans"] + mask_trans
        self.start = self.w["crf.start"] + mask_start
        self.end = self.w["crf.end"]
        self.hidden = self.w["lstm.weight_hh_l0"].shape[1]
        directions = ("", "_reverse")  # torch's gate order: input, forget, cell, output
        # sigmoid(x) = (1 + tanh(x / 2)) / 2: with the input, forget and output gates' weights
        # halved, one tanh over all four gates serves each step (:meth:`_recur`)
        half = np.where(np.arange(4 * self.hidden) // self.hidden == 2, 1.0, 0.5).astype(np.float32)
        self.w_ih = np.concatenate([self.w["lstm.weight_ih_l0" + d] * half[:, None] for d in directions]).T.copy()
        self.b_ih = np.concatenate([(self.w["lstm.bias_ih_l0" + d] + self.w["lstm.bias_hh_l0" + d]) * half
                                    for d in directions])
        self.w_hh = [(self.w["lstm.weight_hh_l0" + d] * half[:, None]).T.copy() for d in directions]
        self.w_out = self.w["out.weight"].T.copy()
        kernel = self.w["conv.weight"]  # (filters, C, width): as one matrix over stacked windows
        self.conv_width = kernel.shape[2]
        self.conv = kernel.transpose(2, 1, 0).reshape(-1, kernel.shape[0]).copy()
        self.feat_dim = self.w["feat.weight"].shape[1]

    def lexical(self, word_ids: list[int], char_ids: list[list[int]]) -> np.ndarray:
        """The per-word part of the input of several words at once, (W, word + filters): word
        embedding + max-pooled character CNN (words padded to the longest; padding never wins)."""
        n, width = max(map(len, char_ids)), self.conv_width
        table = self.w["char.weight"]
        padded = np.zeros((len(char_ids), n + width - 1, table.shape[1]), np.float32)
        for row, ids in enumerate(char_ids):
            padded[row, width // 2:width // 2 + len(ids)] = table[ids]
        windows = np.concatenate([padded[:, j:j + n] for j in range(width)], axis=2)  # (W, L, width * C)
        conv = windows @ self.conv + self.w["conv.bias"]
        lengths = np.array([len(ids) for ids in char_ids])
        conv[np.arange(n)[None, :] >= lengths[:, None]] = -np.inf
        return np.hstack([self.w["word.weight"][word_ids], conv.max(axis=1)])

    def emissions(self, inputs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Tag scores (B, T, K) for sentences of ``lengths`` tokens whose (N, input) token
        vectors are ``inputs``, one sentence after the other."""
        b, t_max = len(lengths), int(lengths.max())
        sent = np.repeat(np.arange(b), lengths)
        pos = np.concatenate([np.arange(n) for n in lengths])
        rev = lengths[sent] - 1 - pos  # the backward LSTM reads each sentence from its end
        xp = inputs @ self.w_ih + self.b_ih  # input projections of both directions
        gates = 4 * self.hidden
        steps = np.zeros((2, t_max, b, gates), np.float32)
        steps[0, pos, sent] = xp[:, :gates]
        steps[1, rev, sent] = xp[:, gates:]
        forward = self._recur(steps[0], self.w_hh[0])
        backward = self._recur(steps[1], self.w_hh[1])
        h = np.concatenate([forward[pos, sent], backward[rev, sent]], axis=1)
        out = np.zeros((b, t_max, len(TAGS)), np.float32)
        out[sent, pos] = h @ self.w_out + self.w["out.bias"]
        return out

    def _recur(self, steps: np.ndarray, w_hh: np.ndarray) -> np.ndarray:
        """LSTM states (T, B, H) from the input projections (T, B, 4H); padding comes last."""
        t_max, b, _ = steps.shape
        hid = self.hidden
        h = np.zeros((b, hid), np.float32)
        c = np.zeros((b, hid), np.float32)
        out = np.empty((t_max, b, hid), np.float32)
        for t in range(t_max):
            g = np.tanh(steps[t] + h @ w_hh)  # the sigmoid gates' inputs come halved (__init__)
            g[:, :2 * hid] += 1.0  # 2 sigmoid(input), 2 sigmoid(forget)
            g[:, 3 * hid:] += 1.0  # 2 sigmoid(output)
            c = 0.5 * (g[:, hid:2 * hid] * c + g[:, :hid] * g[:, 2 * hid:3 * hid])
            h = 0.5 * g[:, 3 * hid:] * np.tanh(c)
            out[t] = h
        return out


class NnTagger(Tagger):
    """A trained BiLSTM-CRF (``.npz`` weights + ``.json`` vocabularies) and its featurizer.

    A *stacked* model (metadata ``first_pass``) also reads the tags of its CRF first pass
    (``ner_nn_first.npz`` beside it, :mod:`.linear`) and the document features of
    :mod:`.document`, as the CRF's second pass does.
    """

    stream_window = WINDOW

    def __init__(self, model_path: Path, featurizer: Featurizer) -> None:
        self.path = model_path
        meta_path = model_path.with_suffix(".json")
        try:
            self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
            with np.load(model_path) as npz:
                weights = {name: npz[name] for name in npz.files}
        except (OSError, ValueError) as err:
            raise DataError(str(model_path), f"cannot open the neural NER model: {err}") from err
        trained_with = self.meta.get("features")
        if trained_with != featurizer.version:
            raise DataError(str(model_path), f"model trained with features {trained_with}, these are "
                            f"{featurizer.version}: rebuild it with `khabar train ner --model nn`")
        vocab = self.meta["vocab"]
        self.encoder = Encoder(featurizer, vocab["words"], vocab["chars"], vocab["feats"])
        self.net = NumpyNet(weights)
        self.first = _first_pass(model_path, self.meta.get("first_pass"))
        self._feature_table()
        # per distinct word: (lexical vector, summed table rows of each feature slot (5, columns))
        self._words: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._blas = ThreadpoolController()

    def _feature_table(self) -> None:
        """One id per feature name for the network's feature embeddings and the first pass's
        weights, so that a name is looked up once: the rows hold the embedding (``feat_dim``
        columns) and then the first pass's label weights; names one of them lacks get zeros there,
        and the last row, for names neither knows, is zero."""
        embeddings = self.net.w["feat.weight"]
        self.feature_ids = dict(self.encoder.feats)
        first_rows: list[int] = []
        if self.first is not None:
            for name in self.first.attributes:
                first_rows.append(self.feature_ids.setdefault(name, len(self.feature_ids)))
        self.unknown_feature = len(self.feature_ids)
        labels = len(self.first.labels) if self.first is not None else 0
        table = np.zeros((self.unknown_feature + 1, self.net.feat_dim + labels), np.float32)
        table[:len(embeddings), :self.net.feat_dim] = embeddings
        if self.first is not None:
            table[first_rows, self.net.feat_dim:] = self.first.state[:-1]
        self.table = table

    def _word_vectors(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Lexical vectors (N, lexical) and slot sums (N, 5, columns) of ``words``; the words not
        seen before are computed together (one character CNN and one table sum for all of them)
        and cached."""
        unique = list(dict.fromkeys(words))
        new = [w for w in unique if w not in self._words]
        if new:
            if len(self._words) + len(new) > WORD_CACHE:
                self._words.clear()
                new = unique  # the document's known words went with the rest
            encoder = self.encoder
            lexical = self.net.lexical([encoder.word_id(w) for w in new], [encoder.char_ids(w) for w in new])
            slots = self._bag(slot for w in new for slot in encoder.featurizer.word_slots(w))
            slots = slots.reshape(len(new), len(LENT_TO), -1)
            for k, word in enumerate(new):
                self._words[word] = (lexical[k], slots[k])
        pairs = [self._words[w] for w in words]
        return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])

    def _bag(self, groups: Iterable[Sequence[str]]) -> np.ndarray:
        """Summed table rows of each group of feature names (unknown names add nothing), one row a group."""
        groups = list(groups)
        ids = list(map(self.feature_ids.get, chain.from_iterable(groups), repeat(self.unknown_feature)))
        return sum_groups(self.table, ids, list(map(len, groups)))

    def scores(self, sentences: list[list[str]], window: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Emission scores (B, T, K) and lengths for non-empty sentences of one document."""
        inputs, lengths = self._inputs(sentences, window)
        return self.net.emissions(inputs, lengths), lengths

    def _inputs(self, sentences: list[list[str]], window: int | None) -> tuple[np.ndarray, np.ndarray]:
        """The network's input vectors of all tokens (N, input), one sentence after the other, and
        the sentence lengths.

        A token's sparse part sums its feature chunks (:meth:`Featurizer.sentence_chunks`). The
        word-level ones (even positions) come from the words around it: each word's slot sums
        are computed once and cached, and added to the tokens they are lent to (``LENT_TO``);
        the sentence-level ones are gathered for all tokens at once. A stacked model's first pass
        reads the same sums (its columns of the table), and its tags give the document features
        (:func:`.document.stacked`), which are added last."""
        chunks = [self.encoder.featurizer.sentence_chunks(words) for words in sentences]
        lexical, slots = self._word_vectors([w for words in sentences for w in words])
        sparse = self._bag([f for part in token[1::2] for f in part] for sent in chunks for token in sent)
        lengths = np.array([len(words) for words in sentences])
        pos = np.concatenate([np.arange(n) for n in lengths])
        size = np.repeat(lengths, lengths)
        sparse += slots[:, 0]
        for slot, shift in enumerate(LENT_TO[1:], 1):
            lender = np.nonzero((pos + shift >= 0) & (pos + shift < size))[0]
            sparse[lender + shift] += slots[lender, slot]
        dim = self.net.feat_dim
        if self.first is not None:
            first = self._first_tags(sparse[:, dim:], lengths)
            extra = stacked(self.encoder.featurizer, sentences, [[[] for _ in words] for words in sentences],
                            first, window)
            sparse[:, :dim] += self._bag(token for sent in extra for token in sent)[:, :dim]
        return np.hstack([lexical, sparse[:, :dim]]), lengths

    def _first_tags(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[str]]:
        """The first pass's tags of each sentence from its tokens' state scores (N, labels)."""
        assert self.first is not None
        offsets = np.cumsum(lengths) - lengths
        tags: list[list[str]] = [[] for _ in lengths]
        for batch in _batches(lengths):
            padded = np.zeros((len(batch), int(lengths[batch].max()), scores.shape[1]), np.float32)
            for row, k in enumerate(batch):
                padded[row, :lengths[k]] = scores[offsets[k]:offsets[k] + lengths[k]]
            for k, path in zip(batch, self.first.best_paths(padded, lengths[batch])):
                tags[k] = [self.first.labels[i] for i in path]
        return tags

    def tag_document(self, sentences: list[list[str]], window: int | None = None, scores: bool = True
                     ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags (and, with ``scores``, marginals) for the sentences of one document; ``window``
        limits a stacked model's document features, and the copying of confident names to their
        untagged repeats (:func:`.rules.propagate_names`), to that many sentences on either side."""
        pieces, owners = split_long(sentences)
        keep = [k for k, words in enumerate(pieces) if words]
        out_tags: list[list[str]] = [[] for _ in sentences]
        out_probs: list[list[float]] = [[] for _ in sentences]
        if not keep:
            return out_tags, out_probs
        words = [pieces[k] for k in keep]
        tagged: list[tuple[list[str], list[float]]] = [([], [])] * len(words)
        # the matrices are small: BLAS threads only contend with the other pipeline workers
        with self._blas.limit(limits=1, user_api="blas"), gc_paused():
            inputs, lengths = self._inputs(words, window)
            offsets = np.cumsum(lengths) - lengths
            for batch in _batches(lengths):
                rows = np.concatenate([np.arange(offsets[k], offsets[k] + lengths[k]) for k in batch])
                results = self._decode([words[k] for k in batch], inputs[rows], lengths[batch])
                for k, result in zip(batch, results):
                    tagged[k] = result
        tags, probs = propagate_names(self.encoder.featurizer, words, [t for t, _ in tagged],
                                      [p for _, p in tagged], window)
        for k, sent_tags, sent_probs in zip(keep, tags, probs):
            out_tags[owners[k]] += sent_tags
            if scores:
                out_probs[owners[k]] += sent_probs
        return out_tags, out_probs

    def _decode(self, sentences: list[list[str]], inputs: np.ndarray, lengths: np.ndarray
                ) -> list[tuple[list[str], list[float]]]:
        """Tags and their marginal probabilities of a batch of sentences from their input vectors."""
        net = self.net
        emissions = net.emissions(inputs, lengths)
        paths = viterbi(emissions, lengths, net.trans, net.start, net.end)
        probs = marginals(emissions, lengths, net.trans, net.start, net.end)
        out = []
        for row, (words, path) in enumerate(zip(sentences, paths)):
            tags = sentence_rules(self.encoder.featurizer, words, [TAGS[i] for i in path])
            out.append((tags, [float(probs[row, t, i]) for t, i in enumerate(path)]))
        return out


def _batches(lengths: np.ndarray) -> list[np.ndarray]:
    """Sentence indices in batches of ``BATCH`` of similar length, so that padding stays small."""
    order = np.argsort(lengths, kind="stable")
    return [order[lo:lo + BATCH] for lo in range(0, len(order), BATCH)]


def file_digest(path: Path) -> str:
    """The short sha256 a stacked model records of its first-pass CRF."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _first_pass(model_path: Path, spec: dict[str, str] | None) -> LinearChain | None:
    """The CRF first pass a stacked model was trained with (None for a plain model)."""
    if spec is None:
        return None
    path = model_path.with_name(spec["file"])
    if not path.exists() or file_digest(path) != spec["sha256"]:
        raise DataError(str(path), f"the neural NER model {model_path.name} was trained on the "
                        "first-pass CRF tags of another model: rebuild it with `khabar train ner --model nn`")
    if path.suffix == ".crfsuite":  # models trained before 2026-11-29 kept the crfsuite file itself
        return export_crfsuite(path)
    return LinearChain.load(path)
