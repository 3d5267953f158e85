"""Train khabar/data/events/detector.json: per-type logistic regression over sentence features.

Data: ``../shared/data/events/arabic_event_gsr_dev/`` (OEDA Arabic GSR, MIT), TRAIN part only
(khabar.coding.gsr.split_of: 60% of documents, seed ``khabar-events-1``). The dev part is never
read here. Regularisation and the decision threshold are chosen by 5-fold cross-validation on the
train part, folds grouped by document; the final model is then fit on the whole train part.

Only sentences with a trigger of the type are scored (the stage never scores the others), but
cross-validated F1 counts the positives without a trigger as misses.

Usage: python scripts/train_event_detector.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.coding.detector import sentence_features  # noqa: E402
from khabar.coding.gsr import SPLIT_SEED, load_gsr  # noqa: E402
from khabar.coding.lexicon import load_lexicon  # noqa: E402
from khabar.lang.ar import tokenize  # noqa: E402

OUT = ROOT / "khabar" / "data" / "events" / "detector.json"
TYPES = ("ASSAULT", "PROTEST")
L2_GRID = (0.3, 1.0, 3.0, 10.0)
MIN_COUNT = 2
FOLDS = 5


def fit(X: np.ndarray, y: np.ndarray, l2: float, steps: int = 400) -> np.ndarray:
    """L2-regularised logistic regression by gradient descent with balanced class weights."""
    w = np.zeros(X.shape[1])
    pos = max(y.sum(), 1.0)
    cw = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * max(len(y) - pos, 1.0)))
    lr = 0.5
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        grad = X.T @ ((p - y) * cw) / len(y) + l2 * w / len(y)
        grad[0] -= l2 * w[0] / len(y)  # no penalty on the bias
        w -= lr * grad
    return w


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fold_of(sentence_id: str) -> int:
    doc = sentence_id.rsplit("-", 1)[0]
    return int(hashlib.sha1(f"{SPLIT_SEED}:fold:{doc}".encode()).hexdigest()[:8], 16) % FOLDS


def train_type(folder: Path, etype: str) -> dict:
    lexicon = load_lexicon()
    rows = [s for s in load_gsr(folder, etype) if s.part == "train" and s.positive is not None]
    cands, missed = [], 0
    for s in rows:
        tokens = tokenize(s.text)
        matches = lexicon.match(tokens)
        if any(m.type == etype for m in matches):
            cands.append((s, sentence_features(tokens, matches, etype)))
        elif s.positive:
            missed += 1
    y = np.array([1.0 if s.positive else 0.0 for s, _ in cands])
    folds = np.array([fold_of(s.id) for s, _ in cands])

    def design(train_idx: np.ndarray) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in train_idx:
            for f in cands[i][1]:
                counts[f] = counts.get(f, 0) + 1
        vocab = ["bias"] + sorted(f for f, c in counts.items() if c >= MIN_COUNT and f != "bias")
        return {f: k for k, f in enumerate(vocab)}

    def matrix(idx: np.ndarray, vocab: dict[str, int]) -> np.ndarray:
        X = np.zeros((len(idx), len(vocab)))
        for r, i in enumerate(idx):
            for f in cands[i][1]:
                if f in vocab:
                    X[r, vocab[f]] = 1.0
        return X

    best = (-1.0, 0.0, 0.5)
    for l2 in L2_GRID:
        scores = np.zeros(len(cands))
        for k in range(FOLDS):
            tr, te = np.where(folds != k)[0], np.where(folds == k)[0]
            vocab = design(tr)
            w = fit(matrix(tr, vocab), y[tr], l2)
            scores[te] = 1.0 / (1.0 + np.exp(-(matrix(te, vocab) @ w)))
        for th in np.arange(0.2, 0.91, 0.05):
            pred = scores >= th
            tp = int((pred & (y == 1)).sum())
            fp = int((pred & (y == 0)).sum())
            fn = int((~pred & (y == 1)).sum()) + missed
            score = f1(tp, fp, fn)
            if score > best[0]:
                best = (score, l2, float(th))
    cv_f1, l2, threshold = best
    vocab = design(np.arange(len(cands)))
    w = fit(matrix(np.arange(len(cands)), vocab), y, l2)
    weights = {f: round(float(w[k]), 4) for f, k in vocab.items() if abs(w[k]) >= 1e-3}
    return {
        "threshold": round(threshold, 2), "l2": l2, "cv_f1": round(cv_f1, 4),
        "train_sentences": len(rows), "train_candidates": len(cands), "train_positives": int(y.sum()),
        "positives_without_trigger": missed, "weights": weights,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    folder = args.shared / "data" / "events" / "arabic_event_gsr_dev"
    models = {etype: train_type(folder, etype) for etype in TYPES}
    out = {
        "_generated_by": "scripts/train_event_detector.py (do not edit)",
        "version": 1,
        "data": f"arabic_event_gsr_dev, train part only (split seed {SPLIT_SEED}, 60% of documents)",
        "models": models,
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for etype, m in models.items():
        print(f"{etype}: cv F1 {m['cv_f1']:.3f} (l2 {m['l2']}, threshold {m['threshold']}), "
              f"{m['train_candidates']} candidates, {m['train_positives']} positives, "
              f"{m['positives_without_trigger']} positives without trigger, {len(m['weights'])} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
