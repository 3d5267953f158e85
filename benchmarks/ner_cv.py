"""NER cross-validation over ANERcorp train.txt: how much the dev figure depends on the split.

    PYTHONPATH=. nice python benchmarks/ner_cv.py [--folds 0,2,4,6,8,9] [--stacking] [--params JSON] [--without-dev]

Fold k holds out the k-th contiguous tenth of the sentences (fold 9 is the shipped dev split);
the model is trained on the other nine tenths plus the Wojood sample, as ``khabar train ner``
does. First pass only unless --stacking (4x slower). ``--params`` overrides training parameters
(e.g. '{"max_iterations": 400, "c1": 0.1}') to compare settings on the same folds.
``--without-dev`` never trains on tenth 9 either (folds 0-8 then train on eight tenths), as the
network's cross-validation does (``benchmarks/ner_nn_tenths.py --others``).
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
    parser.add_argument("--without-dev", action="store_true", help="never train on tenth 9, the dev split")
    args = parser.parse_args()
    base = load_corpus(args.shared)
    anercorp = base.parts[0] + base.dev
    n, dev_start = len(anercorp), len(base.parts[0])
    results = []
    folds = [int(x) for x in args.folds.split(",")]
    if args.without_dev and 9 in folds:
        parser.error("--without-dev holds tenth 9 out of every fold: leave it out of --folds")
    for k in folds:
        lo, hi = n * k // 10, n * (k + 1) // 10
        rest = anercorp[:lo] + anercorp[hi:dev_start if args.without_dev else n]
        base.parts[0], base.dev = rest, anercorp[lo:hi]
        base.dev_name = f"ANERcorp tenth {k}"
        with tempfile.TemporaryDirectory() as tmp:
            _, scores = train_corpus(base, Path(tmp), params=args.params, stacking=args.stacking)
        results.append(scores.overall.f1)
        by_type = " ".join(f"{t}={s.f1:.3f}" for t, s in sorted(scores.by_type.items()))
        print(f"fold {k}: sentences {lo}-{hi}  F1 {scores.overall.f1:.4f}  {by_type}", flush=True)
    print(f"mean F1 over {len(results)} folds: {mean(results):.4f}")


if __name__ == "__main__":
    main()
