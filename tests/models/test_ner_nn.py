"""The neural NER backend: numpy forward pass against torch, CRF decoding, the shipped model."""
from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from khabar.models.ner.nn import TAGS, constraints, marginals, viterbi
from tests.conftest import shared_path


def _random_crf(seed: int, b: int, t: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    k = len(TAGS)
    mask_trans, mask_start = constraints()
    em = rng.normal(size=(b, t, k)).astype(np.float32)
    return em, rng.normal(size=(k, k)).astype(np.float32) + mask_trans, \
        rng.normal(size=k).astype(np.float32) + mask_start, rng.normal(size=k).astype(np.float32), np.array([t, t - 1])


def _path_score(em: np.ndarray, path: tuple[int, ...], trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> float:
    return float(start[path[0]] + sum(em[i, p] for i, p in enumerate(path))
                 + sum(trans[a, b] for a, b in zip(path, path[1:])) + end[path[-1]])


def test_viterbi_and_marginals_match_brute_force():
    em, trans, start, end, lengths = _random_crf(3, 2, 3)
    best = viterbi(em, lengths, trans, start, end)
    probs = marginals(em, lengths, trans, start, end)
    for s, n in enumerate(lengths):
        paths = list(itertools.product(range(len(TAGS)), repeat=int(n)))
        scores = np.array([_path_score(em[s], p, trans, start, end) for p in paths])
        assert tuple(best[s]) == paths[int(scores.argmax())]
        weights = np.exp(scores - scores.max())
        weights /= weights.sum()
        for t in range(n):
            expect = [weights[[p[t] == j for p in paths]].sum() for j in range(len(TAGS))]
            assert np.allclose(probs[s, t], expect, atol=1e-5)
        tags = [TAGS[i] for i in best[s]]
        assert not tags[0].startswith("I-")  # BIO: an entity starts with B-
        assert all(not b.startswith("I-") or a[2:] == b[2:] for a, b in zip(tags, tags[1:]))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A small network trained for one epoch on 150 ANERcorp sentences (a few seconds)."""
    torch = pytest.importorskip("torch", reason="torch not installed (pip install 'khabar[train]')")
    from khabar.models.ner.data import read_anercorp
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.nn_train import MODEL_NAME, Config, export, fit, prepare

    sents = read_anercorp(shared_path("data", "ner", "anercorp", "train.txt"))
    featurizer = load_featurizer()
    cfg = replace(Config(), word_dim=16, char_dim=8, char_filters=8, feat_dim=16, hidden=12, batch=8)
    encoder, data, vocab = prepare(sents[:150], featurizer, cfg)
    net, _ = fit(data, (len(encoder.words), len(encoder.chars), len(encoder.feats)), cfg, epochs=1)
    path = tmp_path_factory.mktemp("nn") / MODEL_NAME
    export(net, path, {"features": featurizer.version, "vocab": vocab})
    return torch, net, path, sents[200:230]


def test_numpy_forward_equals_torch(tiny):
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.nn import NnTagger
    from khabar.models.ner.nn_train import collate, encode_eval

    torch, net, path, sents = tiny
    tagger = NnTagger(path, load_featurizer())
    net.eval()
    with torch.no_grad():
        batch = collate(encode_eval(tagger.encoder, sents))  # the exported vocabulary encodes alike
        expect = net.emissions(batch).numpy()
    got, lengths = tagger.scores([s.words for s in sents])
    assert list(lengths) == [len(s.words) for s in sents] and len(set(lengths)) > 5
    for row, n in enumerate(lengths):
        assert np.allclose(got[row, :n], expect[row, :n], atol=1e-4)
    # the same sentences one by one and all together give the same tags
    together = tagger.tag_document([s.words for s in sents])[0]
    assert together[:3] == [tagger.tag(s.words) for s in sents[:3]]


def test_tagger_rejects_other_features(tiny, tmp_path):
    from khabar.errors import DataError
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.nn import NnTagger

    _, _, path, _ = tiny
    broken = tmp_path / path.name
    broken.write_bytes(path.read_bytes())
    broken.with_suffix(".json").write_text(path.with_suffix(".json").read_text(encoding="utf-8").replace(
        '"features": "f', '"features": "old-f'), encoding="utf-8")
    with pytest.raises(DataError, match="rebuild it"):
        NnTagger(broken, load_featurizer())
    with pytest.raises(DataError, match="cannot open"):
        NnTagger(tmp_path / "missing.npz", load_featurizer())
