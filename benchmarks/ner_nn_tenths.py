"""How much the ANERcorp text before a validation tenth is worth to the neural NER model.

    PYTHONPATH=. nice python benchmarks/ner_nn_tenths.py --upto 8 [--fold 8] [--epochs 15] [--out DIR]
    PYTHONPATH=. nice python benchmarks/ner_nn_tenths.py --others --fold K

Trains the shipped recipe (:class:`khabar.models.ner.nn_train.Config`, a fixed number of epochs)
on ANERcorp tenths 0 .. upto-1 of train.txt plus the Wojood sample and prints its F1 on tenth
``--fold`` (validation: never tenth 9, the dev split). ``--upto 7`` against ``--upto 8`` measures
the tenth next to the validation one (docs/benchmarks.md, "Trained on all of train.txt").
``--others`` trains on every tenth 0-8 but ``--fold`` instead: run for folds 0-8, it is the
recipe's cross-validation without dev (what to expect on text like the rest of the corpus).
5-10 minutes a run on one core. ``--out`` keeps the model (for rules tried on one model's output).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.models.ner.nn_train import MODEL_NAME, score_dev, train_nn  # noqa: E402
from khabar.models.ner.train import load_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared")))
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--upto", type=int, help="train on tenths 0 .. upto-1")
    group.add_argument("--others", action="store_true", help="train on tenths 0-8 except --fold")
    parser.add_argument("--fold", type=int, default=8, help="the validation tenth (not 9: dev)")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--out", type=Path, help="keep the trained model in this folder")
    args = parser.parse_args()
    if args.fold == 9 or args.upto is not None and args.upto > args.fold:
        parser.error("the validation tenth must not be dev (9) nor lie inside the training tenths")
    corpus = load_corpus(args.shared)
    anercorp = corpus.parts[0]
    n = len(anercorp) + len(corpus.dev)
    lo, hi = n * args.fold // 10, n * (args.fold + 1) // 10
    kept = anercorp[:lo] + anercorp[hi:] if args.others else anercorp[:n * args.upto // 10]
    corpus.parts = [kept, *corpus.parts[1:]]
    corpus.dev = anercorp[lo:hi]
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="khabar-nn-tenths-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        train_nn(corpus, out, epochs=args.epochs)
        scores = score_dev(out / MODEL_NAME, corpus)
    by_type = " ".join(f"{t}={s.f1:.3f}" for t, s in sorted(scores.by_type.items()))
    trained = f"tenths 0-8 but {args.fold}" if args.others else f"tenths 0-{args.upto - 1}"
    print(f"{trained} + Wojood, {args.epochs} epochs: tenth {args.fold} F1 {scores.overall.f1:.4f} "
          f"P {scores.overall.precision:.4f} R {scores.overall.recall:.4f} {by_type} ({time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
