"""Neural NER (BiLSTM-CRF) on held-out ANERcorp tenths of the training part, per epoch.

    PYTHONPATH=. nice python benchmarks/ner_nn_cv.py [--fold 8] [--config JSON]

Trains on ANERcorp minus tenth ``--fold`` and minus tenth 9 (the dev split, never used here)
plus the Wojood sample, and prints the F1 on tenth ``--fold`` after each epoch. The CRF first
pass trained on the same sentences is the figure to beat (``--crf`` trains and scores it).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.models.ner.features import load_featurizer  # noqa: E402
from khabar.models.ner.nn_train import MODEL_NAME, Config, encode_eval, export, fit, predict, prepare  # noqa: E402
from khabar.models.ner.scorer import score  # noqa: E402
from khabar.models.ner.train import load_corpus, train_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--fold", type=int, default=8)
    parser.add_argument("--config", type=json.loads, default={}, help="Config overrides (JSON)")
    parser.add_argument("--out", type=Path, help="export the best network here (ner_nn.npz/.json)")
    parser.add_argument("--crf", action="store_true", help="also train and score the CRF first pass")
    args = parser.parse_args()
    if args.fold == 9:
        parser.error("tenth 9 is the dev split")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    corpus = load_corpus(args.shared)
    anercorp = corpus.parts[0] + corpus.dev
    n = len(anercorp)
    lo, hi = n * args.fold // 10, n * (args.fold + 1) // 10
    val = anercorp[lo:hi]
    corpus.parts[0], corpus.dev = corpus.parts[0][:lo] + corpus.parts[0][hi:], val
    corpus.dev_name = f"ANERcorp tenth {args.fold}"
    gold = [s.tags for s in val]
    if args.crf:
        with tempfile.TemporaryDirectory() as tmp:
            _, crf = train_corpus(corpus, Path(tmp), stacking=False)
        print(f"CRF first pass, tenth {args.fold}: F1 {crf.overall.f1:.4f}", flush=True)
    cfg = replace(Config(), **args.config)
    featurizer = load_featurizer()
    encoder, data, vocab = prepare(corpus.train, featurizer, cfg)
    sizes = (len(encoder.words), len(encoder.chars), len(encoder.feats))
    print(f"vocabularies: {sizes}; config {cfg}", flush=True)
    val_data = encode_eval(encoder, val)
    net, history = fit(data, sizes, cfg, val_data, gold)
    best = score(gold, predict(net, val_data))
    by_type = " ".join(f"{t}={s.f1:.3f}" for t, s in sorted(best.by_type.items()))
    print(f"BiLSTM-CRF, tenth {args.fold}: best epoch {history.index(max(history)) + 1} "
          f"F1 {best.overall.f1:.4f}  {by_type}")
    if args.out:
        export(net, args.out / MODEL_NAME, {"features": featurizer.version, "config": cfg.__dict__,
                                            "f1_by_epoch": history, "vocab": vocab})


if __name__ == "__main__":
    main()

