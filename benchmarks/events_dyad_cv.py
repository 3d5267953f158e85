"""Cross-validated ASSAULT detection on the GSR with and without the events stage's dyad rule.

The stage codes an ASSAULT when the learned detector accepts the sentence, or (the dyad rule,
``dyad_types`` in khabar/data/events/cues.yaml) when a verb trigger's own clause names an armed
source and a target in an asserted or reported mode. The detector's figure in detector.json is
cross-validated; this script scores the union the same way: each GSR sentence (both parts, as
the shipped detector is fit on both) gets its out-of-fold detector probability with the shipped
settings (labels, l2, threshold; folds grouped by document, the training script's three fold
assignments), and the dyad rule's verdict from the default pipeline run with the detector
accepting nothing. The rule has no parameters fit on the GSR.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/events_dyad_cv.py [--type ASSAULT] [--show]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.coding.detector import load_detector  # noqa: E402
from khabar.coding.gsr import load_gsr  # noqa: E402
from khabar.doc import Document  # noqa: E402
from khabar.pipeline import load_pipeline  # noqa: E402


def _trainer():
    spec = importlib.util.spec_from_file_location("train_event_detector", ROOT / "scripts" / "train_event_detector.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dyad_verdicts(cands: list, etype: str) -> np.ndarray:
    """Whether the stage codes an event of the type with the detector accepting nothing."""
    model = load_detector().models[etype]
    threshold = model["threshold"]
    model["threshold"] = float("inf")
    try:
        nlp = load_pipeline()
        return np.array([any(e.type == etype for e in nlp(Document(text=s.text, id=s.id)).events) for s, _ in cands])
    finally:
        model["threshold"] = threshold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--type", default="ASSAULT")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="list the sentences the dyad rule keeps")
    args = parser.parse_args()
    trainer = _trainer()
    model = load_detector().models[args.type]
    folder = args.shared / "data" / "events" / "arabic_event_gsr_dev"
    rows = [s for s in load_gsr(folder, args.type) if s.positive is not None]
    cands, missed = trainer.candidates(rows, args.type)
    gold = np.array([bool(s.positive) for s, _ in cands])
    target = np.array([s.agreement for s, _ in cands]) if model["labels"] == "soft" else gold.astype(float)
    everything = np.ones(len(cands), dtype=bool)
    dyad = dyad_verdicts(cands, args.type)
    totals: dict[str, list[tuple[float, float, float]]] = {"detector": [], "detector + dyad rule": []}
    for repeat in range(trainer.REPEATS):
        fold = np.array([trainer.fold_of(s.id, repeat) for s, _ in cands])
        accepted = trainer.out_of_fold(cands, target, model["l2"], fold, everything, everything) >= model["threshold"]
        for name, predicted in (("detector", accepted), ("detector + dyad rule", accepted | dyad)):
            tp = int((predicted & gold).sum())
            fp = int((predicted & ~gold).sum())
            fn = int((~predicted & gold).sum()) + missed
            totals[name].append((tp / max(tp + fp, 1), tp / max(tp + fn, 1), trainer.f1(tp, fp, fn)))
            print(f"fold assignment {repeat}: {name:21} P {totals[name][-1][0]:.3f} R {totals[name][-1][1]:.3f} "
                  f"F1 {totals[name][-1][2]:.3f} (tp {tp} fp {fp} fn {fn})")
    for name, runs in totals.items():
        p, r, f = np.mean(runs, axis=0)
        print(f"mean {name:21} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"{args.type}: {len(rows)} sentences, {len(cands)} candidates, {int(gold.sum())} positives with a trigger "
          f"(+{missed} without); the dyad rule keeps {int(dyad.sum())}, {int((dyad & gold).sum())} of them positive")
    if args.show:
        for (s, _), kept in zip(cands, dyad):
            if kept:
                print(f"  {s.label:13} {s.part:5} {s.text[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
