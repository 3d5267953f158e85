"""Cross-validated ASSAULT or PROTEST detection on the GSR with and without the events stage's
argument rules.

The stage codes an event when the learned detector accepts the sentence, or when an argument rule
does: for ASSAULT the dyad rule (``dyad_types`` in khabar/data/events/cues.yaml: a trigger's own
clause names an armed source and a target), for PROTEST the happening rule (``happening_types``: a
verb of demonstrating or a staged protest noun opening its clause, done by people), asserted or
reported. The detector's settings are chosen for that union (scripts/train_event_detector.py) and
its figure in detector.json is the union's; this script shows both: each GSR sentence (both
parts, as the shipped detector is fit on both) gets its out-of-fold detector probability with the
shipped settings (labels, l2, threshold, the ambiguous extra positives when fitted; folds grouped
by document, the training script's three fold assignments), and the rules' verdict from the
default pipeline run with the detector accepting nothing. The rules have no parameters fit on the
GSR (their word lists were read on its sentences and on SaudiNewsNet's: docs/events.md).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/events_dyad_cv.py [--type ASSAULT|PROTEST] [--show] [--repeats N]
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


def _trainer():
    spec = importlib.util.spec_from_file_location("train_event_detector", ROOT / "scripts" / "train_event_detector.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--type", default="ASSAULT")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="list the sentences the argument rules keep")
    parser.add_argument("--repeats", type=int, default=None,
                        help="fold assignments (default: the training script's; more show the spread)")
    args = parser.parse_args()
    trainer = _trainer()
    model = load_detector().models[args.type]
    folder = args.shared / "data" / "events" / "arabic_event_gsr_dev"
    sentences = load_gsr(folder, args.type)
    rows = [s for s in sentences if s.positive is not None]
    # the ambiguous sentences coded with spans the shipped model was fit on too (never scored)
    extra = [s for s in sentences if s.positive is None and s.spans] if model["ambiguous_positives"] else []
    cands, missed = trainer.candidates(rows + extra, args.type)
    scored = np.array([s.positive is not None for s, _ in cands])
    labels = np.array([bool(s.positive) for s, _ in cands])
    agreement = np.array([s.agreement for s, _ in cands]) if model["labels"] == "soft" else labels.astype(float)
    target = np.where(scored, agreement, 1.0)
    everything = np.ones(len(cands), dtype=bool)
    gold = labels[scored]
    rules = trainer.rule_verdicts([c for c, keep in zip(cands, scored) if keep], args.type)
    totals: dict[str, list[tuple[float, float, float]]] = {"detector": [], "detector + rules": []}
    for repeat in range(args.repeats or trainer.REPEATS):
        fold = np.array([trainer.fold_of(s.id, repeat) for s, _ in cands])
        probability = trainer.out_of_fold(cands, target, model["l2"], fold, everything, scored)[scored]
        accepted = probability >= model["threshold"]
        for name, predicted in (("detector", accepted), ("detector + rules", accepted | rules)):
            tp = int((predicted & gold).sum())
            fp = int((predicted & ~gold).sum())
            fn = int((~predicted & gold).sum()) + missed
            totals[name].append((tp / max(tp + fp, 1), tp / max(tp + fn, 1), trainer.f1(tp, fp, fn)))
            print(f"fold assignment {repeat}: {name:21} P {totals[name][-1][0]:.3f} R {totals[name][-1][1]:.3f} "
                  f"F1 {totals[name][-1][2]:.3f} (tp {tp} fp {fp} fn {fn})")
    for name, runs in totals.items():
        p, r, f = np.mean(runs, axis=0)
        f1s = [run[2] for run in runs]
        print(f"mean {name:21} P {p:.3f} R {r:.3f} F1 {f:.3f} (sd {np.std(f1s):.3f}, {min(f1s):.3f} to {max(f1s):.3f})")
    print(f"{args.type}: {len(rows)} sentences, {int(scored.sum())} candidates, {int(gold.sum())} positives with a trigger "
          f"(+{missed} without); the argument rules keep {int(rules.sum())}, {int((rules & gold).sum())} of them positive")
    if args.show:
        for (s, _), kept in zip((c for c, keep in zip(cands, scored) if keep), rules):
            if kept:
                print(f"  {s.label:13} {s.part:5} {s.text[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
