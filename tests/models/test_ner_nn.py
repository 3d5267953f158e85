"""The neural NER backend: numpy forward pass against torch, CRF decoding, the shipped model."""
from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from khabar.models.ner.linear import viterbi
from khabar.models.ner.nn import TAGS, constraints, marginals
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


def test_chunks_are_word_slots_and_sentence_features():
    # the numpy model sums word slots per word and lends them by LENT_TO: that must be exactly
    # the word-level (even) chunks of sentence_chunks
    from khabar.models.ner.data import read_anercorp
    from khabar.models.ner.features import LENT_TO, load_featurizer

    featurizer = load_featurizer()
    for sent in read_anercorp(shared_path("data", "ner", "anercorp", "train.txt"))[:40]:
        words, n = sent.words, len(sent.words)
        chunks = featurizer.sentence_chunks(words)
        for i, token in enumerate(chunks):
            lent = [featurizer.word_slots(words[i - shift])[slot] for slot, shift in enumerate(LENT_TO)
                    if 0 <= i - shift < n]
            assert sorted(token[0::2]) == sorted(lent)


@pytest.fixture(scope="module", params=[False, True], ids=["plain", "stacked"])
def tiny(request, tmp_path_factory):
    """A small network trained for one epoch on 150 ANERcorp sentences (a few seconds); the
    stacked one also reads the tags of a CRF first pass trained on them."""
    torch = pytest.importorskip("torch", reason="torch not installed (pip install 'khabar[train]')")
    from khabar.models.ner.data import read_anercorp
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.nn import file_digest
    from khabar.models.ner.nn_train import FIRST_PASS_NAME, MODEL_NAME, Config, export, fit, prepare

    sents = read_anercorp(shared_path("data", "ner", "anercorp", "train.txt"))
    featurizer = load_featurizer()
    cfg = replace(Config(), word_dim=16, char_dim=8, char_filters=8, feat_dim=16, hidden=12, batch=8,
                  stacked=request.param)
    folder = tmp_path_factory.mktemp("nn")
    first = folder / FIRST_PASS_NAME if cfg.stacked else None
    encoder, data, vocab = prepare([sents[:150]], featurizer, cfg, first)
    net, _ = fit(data, (len(encoder.words), len(encoder.chars), len(encoder.feats)), cfg, epochs=1)
    path = folder / MODEL_NAME
    export(net, path, {"features": featurizer.version, "vocab": vocab,
                       "first_pass": {"file": first.name, "sha256": file_digest(first)} if first else None})
    return torch, net, path, first, sents[200:230]


def test_numpy_forward_equals_torch(tiny):
    from khabar.models.ner.document import WINDOW
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.nn import NnTagger
    from khabar.models.ner.nn_train import collate, encode_eval

    torch, net, path, first, sents = tiny
    tagger = NnTagger(path, load_featurizer())
    assert (tagger.first is None) == (first is None)
    net.eval()
    with torch.no_grad():
        # the exported vocabulary encodes alike; document features over the stream's window
        batch = collate(encode_eval(tagger.encoder, sents, first))
        expect = net.emissions(batch).numpy()
    got, lengths = tagger.scores([s.words for s in sents], WINDOW)
    assert list(lengths) == [len(s.words) for s in sents] and len(set(lengths)) > 5
    for row, n in enumerate(lengths):
        assert np.allclose(got[row, :n], expect[row, :n], atol=1e-4)
    together, probs = tagger.tag_document([s.words for s in sents[:3]])
    if first is None:  # one sentence at a time or batched (by length): the same tags
        assert together == [tagger.tag(s.words) for s in sents[:3]]
    assert [len(t) for t in together] == [len(p) for p in probs] and all(0 < p <= 1 for r in probs for p in r)


def test_tagger_rejects_other_features(tiny, tmp_path):
    from khabar.errors import DataError
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.nn import NnTagger

    _, _, path, first, _ = tiny
    broken = tmp_path / path.name
    broken.write_bytes(path.read_bytes())
    broken.with_suffix(".json").write_text(path.with_suffix(".json").read_text(encoding="utf-8").replace(
        '"features": "f', '"features": "old-f'), encoding="utf-8")
    with pytest.raises(DataError, match="rebuild it"):
        NnTagger(broken, load_featurizer())
    with pytest.raises(DataError, match="cannot open"):
        NnTagger(tmp_path / "missing.npz", load_featurizer())
    if first is not None:  # a stacked model refuses a first pass it was not trained with
        (tmp_path / first.name).write_bytes(first.read_bytes() + b"x")
        broken.with_suffix(".json").write_text(path.with_suffix(".json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
        with pytest.raises(DataError, match="first-pass"):
            NnTagger(broken, load_featurizer())


@pytest.mark.slow
def test_training_is_reproducible_and_learns(tmp_path):
    pytest.importorskip("torch", reason="torch not installed (pip install 'khabar[train]')")
    from khabar.models.ner.nn import FIRST_PASS_NAME, file_digest
    from khabar.models.ner.nn_train import MODEL_NAME, Config, score_dev, train_nn
    from khabar.models.ner.train import load_corpus

    corpus = load_corpus(shared_path())
    corpus.parts, corpus.dev = [corpus.parts[0][:600]], corpus.parts[0][600:660]  # dev: unseen sentences
    cfg = replace(Config(), word_dim=24, char_dim=8, char_filters=16, feat_dim=24, hidden=24, epochs=6, batch=8)
    metas = [train_nn(corpus, tmp_path / name, cfg) for name in ("a", "b")]
    for name in (MODEL_NAME, FIRST_PASS_NAME):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    # epochs chosen on ANERcorp tenth 8 of the 660 sentences (528-594), then trained on all 600
    history = metas[0]["validation"]["f1_by_epoch"]
    assert len(history) == 6 and max(history[1:]) > history[0]  # validation F1 grows with training
    assert metas[0]["epochs"] == history.index(max(history)) + 1 and metas[0]["train_sentences"] == 600
    assert metas[0]["first_pass"]["sha256"] == file_digest(tmp_path / "a" / FIRST_PASS_NAME)
    assert score_dev(tmp_path / "a" / MODEL_NAME, corpus).overall.f1 > 0.2  # unseen sentences (0.30 when written)


def test_propagate_names_copies_confident_names_to_untagged_repeats():
    # words of the seed article: حماس found once with confidence, missed after و elsewhere
    from khabar.models.ner.features import load_featurizer
    from khabar.models.ner.rules import propagate_names

    featurizer = load_featurizer()
    sentences = [["التقى", "وفد", "من", "حماس"], ["وأكدت", "وحماس", "والجهاد"], ["قال", "الرئيس"], ["الرئيس", "حماس"]]
    tags = [["O", "O", "O", "B-ORG"], ["O", "O", "O"], ["O", "B-PER"], ["O", "O"]]
    probs = [[0.9, 0.9, 0.9, 0.97], [0.9, 0.8, 0.8], [0.9, 0.99], [0.9, 0.9]]
    out, out_probs = propagate_names(featurizer, sentences, tags, probs, window=1)
    assert out[1] == ["O", "B-ORG", "O"] and out_probs[1][1] == 0.97  # proclitic aside, within the window
    assert out[3] == ["O", "O"]  # three sentences away; الرئيس is a common word, never copied
    low = [["O", "O", "O", "B-ORG"], ["O", "O", "O"], ["O", "O"], ["O", "O"]]
    assert propagate_names(featurizer, sentences, low, [[0.5] * len(s) for s in sentences], None)[0] == low
    assert propagate_names(featurizer, sentences, tags, probs, None)[0][3] == ["O", "B-ORG"]


def test_a_full_word_cache_is_refilled_with_every_word_of_the_document(monkeypatch):
    # a long batch run filled the cache: it was emptied with the document's known words in it,
    # which were then missing (KeyError: 'رام' over ANTCorpus and the SaudiNewsNet subset)
    import khabar.models.ner.nn as nn
    from khabar.models.ner import load_tagger

    tagger = load_tagger("nn")
    first = "التقى وفد حماس في بيروت الأمين العام لحركة الجهاد الإسلامي زياد النخالة".split()
    second = "وقال زياد النخالة إن وفد حماس بحث مع الحركة في بيروت الأوضاع في غزة والقدس".split()
    expected = tagger.tag(second)
    tagger._words.clear()
    monkeypatch.setattr(nn, "WORD_CACHE", len(set(first)) + 3)
    tagger.tag(first)
    assert tagger.tag(second) == expected
