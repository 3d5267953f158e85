"""NER cross-validation over ANERcorp train.txt: how much the dev figure depends on the split.

    PYTHONPATH=. nice python benchmarks/ner_cv.py [--folds 0,2,4,6,8,9] [--stacking] [--params JSON]

Fold k holds out the k-th contiguous tenth of the sentences (fold 9 is the shipped dev split);
the model is trained on the other nine tenths plus the Wojood sample, as ``khabar train ner``
does. First pass only unless --stacking (4x slower). ``--params`` overrides training parameters
(e.g. '{"max_iterations": 400, "c1": 0.1}') to compare settings on the same folds.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.models.ner.train import load_corpus, train_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--folds", default="0,1,2,3,4,5,6,7,8,9")
    parser.add_argument("--stacking", action="store_true")
    parser.add_argument("--params", type=json.loads, default={}, help="training parameter overrides (JSON)")
    args = parser.parse_args()
    base = load_corpus(args.shared)
    anercorp = base.parts[0] + base.dev
    n = len(anercorp)
    results = []
    for k in (int(x) for x in args.folds.split(",")):
        lo, hi = n * k // 10, n * (k + 1) // 10
        base.parts[0], base.dev = anercorp[:lo] + anercorp[hi:], anercorp[lo:hi]
        base.dev_name = f"ANERcorp tenth {k}"
        with tempfile.TemporaryDirectory() as tmp:
            _, scores = train_corpus(base, Path(tmp), params=args.params, stacking=args.stacking)
        results.append(scores.overall.f1)
        by_type = " ".join(f"{t}={s.f1:.3f}" for t, s in sorted(scores.by_type.items()))
        print(f"fold {k}: sentences {lo}-{hi}  F1 {scores.overall.f1:.4f}  {by_type}", flush=True)
    print(f"mean F1 over {len(results)} folds: {mean(results):.4f}")


if __name__ == "__main__":
    main()
