"""End-to-end score of the default pipeline on the seed article against its hand annotation.

Usage: python benchmarks/seed_eval.py [--article PATH --gold PATH]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.eval.gold import score_gold
from khabar.pipeline import load_pipeline

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--article", type=Path, default=SEED / "article.txt")
    parser.add_argument("--gold", type=Path, default=SEED / "gold.json")
    parser.add_argument("--date", default="2022-09-06")
    args = parser.parse_args()
    t0 = time.perf_counter()
    pipeline = load_pipeline()
    doc = pipeline(args.article.read_text(encoding="utf-8"), id="seed", date=args.date)
    elapsed = time.perf_counter() - t0
    score = score_gold(doc.to_dict(), json.loads(args.gold.read_text(encoding="utf-8")))
    for layer in ("entities", "resolved", "affiliations", "required_events", "optional_events"):
        found, total = getattr(score, layer)
        print(f"{layer:16s} {found}/{total}")
    for miss in score.misses:
        print("  miss:", miss)
    print(f"(load + run {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
