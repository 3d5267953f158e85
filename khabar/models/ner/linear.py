"""A linear-chain CRF trained by crfsuite, scored in numpy.

The neural tagger reads the tags of a CRF first pass. Tagging through pycrfsuite means handing
it every feature string of every token (about 150 a token) for it to look up again; in numpy a
token's score is a sum of rows of one weight table, and the rows of a word's own features are
summed once per distinct word, as the network does with its feature embeddings. The weights are
exported from the crfsuite model when it is trained (:func:`export_crfsuite`), so the tags are
crfsuite's own (the tests compare them) and pycrfsuite is not needed to tag.

File (``.npz``): ``state`` (attributes + 1, labels) float64, the last row zero for every unknown
attribute; ``trans`` (labels, labels); ``attributes`` and ``labels`` as newline-joined UTF-8.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.errors import DataError


def _pack(names: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)


def _unpack(data: np.ndarray) -> list[str]:
    return data.tobytes().decode("utf-8").split("\n")


class LinearChain:
    """State weights per (attribute, label) and label-to-label transition weights."""

    def __init__(self, attributes: list[str], labels: list[str], state: np.ndarray, trans: np.ndarray) -> None:
        self.attributes = {a: i for i, a in enumerate(attributes)}
        self.labels = labels
        self.state = state  # (len(attributes) + 1, labels): the last row, unknown attributes, is 0
        self.trans = trans
        self.unknown = len(attributes)

    @classmethod
    def load(cls, path: Path) -> LinearChain:
        try:
            with np.load(path) as npz:
                return cls(_unpack(npz["attributes"]), _unpack(npz["labels"]), npz["state"], npz["trans"])
        except (OSError, ValueError, KeyError) as err:
            raise DataError(str(path), f"cannot open the CRF weights: {err}") from err

    def save(self, path: Path) -> None:
        with path.open("wb") as fh:
            np.savez(fh, attributes=_pack(list(self.attributes)), labels=_pack(self.labels),
                     state=self.state, trans=self.trans)

    def ids(self, features: list[str]) -> list[int]:
        """Row ids of feature names (unknown ones point at the zero row)."""
        get, unknown = self.attributes.get, self.unknown
        return [get(f, unknown) for f in features]

    def tag(self, sentence: list[list[str]]) -> list[str]:
        """Best labels of one sentence given each token's feature names (as pycrfsuite's tag)."""
        if not sentence:
            return []
        scores = np.array([self.state[self.ids(token)].sum(axis=0) for token in sentence])
        return [self.labels[i] for i in self.best_paths(scores[None], np.array([len(sentence)]))[0]]

    def best_paths(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Label ids of sentences whose state scores (B, T, labels) are padded after each length
        (crfsuite's chains have no start or end weights)."""
        none = np.zeros(len(self.labels))
        return viterbi(scores, lengths, self.trans, none, none)


def viterbi(emissions: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> list[list[int]]:
    """Best tag ids of each sentence: ``emissions`` (B, T, K), padded after each length."""
    b, t_max, k = emissions.shape
    score = start + emissions[:, 0]
    back = np.zeros((t_max, b, k), dtype=np.int64)
    for t in range(1, t_max):
        cand = score[:, :, None] + trans[None]
        back[t] = cand.argmax(axis=1)
        score = np.where((t < lengths)[:, None], cand.max(axis=1) + emissions[:, t], score)
    last = (score + end).argmax(axis=1)
    out: list[list[int]] = []
    for s in range(b):
        path = [int(last[s])]
        for t in range(int(lengths[s]) - 1, 0, -1):
            path.append(int(back[t, s, path[-1]]))
        out.append(path[::-1])
    return out


def export_crfsuite(model: Path) -> LinearChain:
    """The weights of a crfsuite model file (pycrfsuite reads them from the model's dump)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        info = tagger.info()
    finally:
        tagger.close()
    labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
    label_id = {label: i for i, label in enumerate(labels)}
    attributes = sorted({a for a, _ in info.state_features})
    attribute_id = {a: i for i, a in enumerate(attributes)}
    state = np.zeros((len(attributes) + 1, len(labels)))
    for (attribute, label), weight in info.state_features.items():
        state[attribute_id[attribute], label_id[label]] = weight
    trans = np.zeros((len(labels), len(labels)))
    for (prev, label), weight in info.transitions.items():
        trans[label_id[prev], label_id[label]] = weight
    return LinearChain(attributes, labels, state, trans)
