"""The numpy scoring of a crfsuite model (the neural tagger's first pass) against crfsuite itself."""
from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from khabar.errors import DataError
from khabar.models.ner.crf import train_crf
from khabar.models.ner.data import read_anercorp
from khabar.models.ner.features import load_featurizer
from khabar.models.ner.linear import LinearChain, export_crfsuite
from khabar.models.ner.nn_train import CRF_PARAMS
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def crf(tmp_path_factory):
    """A CRF trained on 300 ANERcorp sentences (a few seconds), its file and 60 unseen sentences."""
    sents = read_anercorp(shared_path("data", "ner", "anercorp", "train.txt"))
    featurizer = load_featurizer()
    path = tmp_path_factory.mktemp("linear") / "first.crfsuite"
    train_crf([featurizer.sentence(s.words) for s in sents[:300]], [s.tags for s in sents[:300]], path,
              {**CRF_PARAMS, "max_iterations": 40})
    return path, [featurizer.sentence(s.words) for s in sents[300:360]]


def test_exported_weights_tag_as_crfsuite(crf, tmp_path):
    path, unseen = crf
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    expect = [tagger.tag(x) for x in unseen]
    tagger.close()
    assert sum(t != "O" for tags in expect for t in tags) > 50  # a model that tags names, not only O
    chain = export_crfsuite(path)
    chain.save(tmp_path / "first.npz")
    loaded = LinearChain.load(tmp_path / "first.npz")
    assert loaded.labels == chain.labels and np.array_equal(loaded.state, chain.state)
    assert [loaded.tag(x) for x in unseen] == expect
    # features the model never saw point at the zero row; an empty sentence has no tags
    assert not loaded.state[loaded.ids(["no-such-feature", "w=" + "x" * 30])].any()
    assert loaded.tag([]) == []


def test_load_names_a_broken_file(tmp_path):
    bad = tmp_path / "first.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(DataError, match="first.npz"):
        LinearChain.load(bad)
