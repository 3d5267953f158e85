"""Neural NER (BiLSTM-CRF) on a held-out ANERcorp tenth of the training part, per epoch.

    PYTHONPATH=. nice python benchmarks/ner_nn_cv.py [--fold 8] [--config JSON] [--crf]

Runs the validation of :func:`khabar.models.ner.nn_train.train_nn` (``validate``): trains on
ANERcorp minus tenth ``--fold`` and minus tenth 9 (the dev split, never used here) plus the
Wojood sample, and prints the F1 on tenth ``--fold`` after each epoch. ``--config`` overrides
:class:`~khabar.models.ner.nn_train.Config` (e.g. '{"stacked": false}').
``--crf`` first trains and scores the CRF (first pass, and both passes) on the same sentences,
the figures to beat.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.models.ner.nn_train import Config, split_validation, validate  # noqa: E402
from khabar.models.ner.train import load_corpus, train_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--fold", type=int, default=8)
    parser.add_argument("--config", type=json.loads, default={}, help="Config overrides (JSON)")
    parser.add_argument("--crf", action="store_true", help="also train and score the CRF on the same sentences")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    corpus = load_corpus(args.shared)
    if args.crf:
        fit_parts, val = split_validation(corpus, args.fold)
        held = load_corpus(args.shared)
        held.parts, held.dev, held.dev_name = fit_parts, val, f"ANERcorp tenth {args.fold}"
        for stacking in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                _, crf = train_corpus(held, Path(tmp), stacking=stacking)
            by_type = " ".join(f"{t}={s.f1:.3f}" for t, s in sorted(crf.by_type.items()))
            print(f"CRF {'two passes' if stacking else 'first pass'}, tenth {args.fold}: "
                  f"F1 {crf.overall.f1:.4f}  {by_type}", flush=True)
    cfg = replace(Config(), **args.config)
    began = time.perf_counter()
    history = validate(corpus, cfg, args.fold)
    print(f"BiLSTM-CRF {cfg}\n  tenth {args.fold} F1 by epoch: {[round(f, 4) for f in history]}\n"
          f"  best: epoch {history.index(max(history)) + 1}, F1 {max(history):.4f} "
          f"({time.perf_counter() - began:.0f} s)")

if __name__ == "__main__":
    main()
