"""Tokenisation + sentence splitting speed on real news (SaudiNewsNet subset, benchmark use only).

Usage: python benchmarks/tokenize_speed.py [--limit N]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.lang.ar import split_sentences, tokenize
from khabar.lang.ar.clitics import word_frequencies

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/news/saudinewsnet/subset_aawsat_spa.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    texts = []
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["content"])
            if len(texts) >= args.limit:
                break
    t0 = time.perf_counter()
    word_frequencies()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_tok = n_sent = n_split = 0
    for text in texts:
        toks = tokenize(text)
        n_tok += len(toks)
        n_split += sum(1 for t in toks if t.prefix)
        n_sent += len(split_sentences(text, toks))
    dt = time.perf_counter() - t0
    print(f"documents {len(texts)}  tokens {n_tok}  sentences {n_sent}  clitic splits {n_split} ({n_split / n_tok:.1%})")
    print(f"lexicon load {load:.2f} s; tokenise+split {dt:.2f} s = {n_tok / dt:,.0f} tokens/s (one core, cold caches)")


if __name__ == "__main__":
    main()
