"""Places and dates: gazetteer coverage of ANERcorp LOC mentions, a precision sample, stage speeds.

Coverage: the LOC mentions of the last 10% of ANERcorp sentences (held out: the gazetteer's
curated list was only checked against the first 90%) that get a place. A seeded sample of the
grounded distinct names is printed for hand-checking. Speed: lookups per second with a cold
cache, and the dates stage in tokens per second on the Tunisian antcorpus (tokenisation excluded).

Usage: python benchmarks/geo_dates_eval.py [--sample 60] [--seed 4]
"""
from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SENTENCE_END = {".", "!", "؟", "?"}


def anercorp_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
        if tok in SENTENCE_END:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def loc_mentions(sents: list[list[tuple[str, str]]]) -> list[str]:
    out: list[str] = []
    for sent in sents:
        span: list[str] = []
        for tok, tag in [*sent, ("", "O")]:
            if tag == "I-LOC" and span:
                span.append(tok)
                continue
            if span:
                out.append(" ".join(span))
            span = [tok] if tag == "B-LOC" else []
    return out


def antcorpus(root: Path) -> list[tuple[str, str | None]]:
    docs = []
    for path in sorted(root.glob("*/*.txt")):
        raw = path.read_text(encoding="utf-8")
        text = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        date = re.search(r"<TIME>(.*?)</TIME>", raw)
        if text:
            docs.append((text.group(1).strip(), date.group(1) if date else None))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from khabar.geo.gazetteer import gazetteer, lookup_place

    gazetteer()
    print(f"gazetteer load {time.perf_counter() - t0:.2f} s")

    sents = anercorp_sentences(SHARED / "ner" / "anercorp" / "train.txt")
    test = sents[int(len(sents) * 0.9):]
    mentions = loc_mentions(test)
    t0 = time.perf_counter()
    found = {m: lookup_place(m) for m in set(mentions)}
    dt = time.perf_counter() - t0
    hit = sum(1 for m in mentions if found[m])
    print(f"ANERcorp last 10%: {len(test)} sentences, {len(mentions)} LOC mentions ({len(found)} distinct)")
    print(f"coverage: {hit}/{len(mentions)} mentions = {hit / len(mentions):.1%}; "
          f"distinct {sum(1 for p in found.values() if p)}/{len(found)}")
    print(f"lookup speed (cold cache, distinct names): {len(found) / dt:,.0f} names/s")
    missed = Counter(m for m in mentions if not found[m])
    print("most frequent misses:", ", ".join(f"{m} ({c})" for m, c in missed.most_common(15)))
    grounded = sorted(m for m, p in found.items() if p)
    random.Random(args.seed).shuffle(grounded)
    print(f"\nprecision sample ({args.sample} distinct grounded names; check by hand):")
    for m in grounded[: args.sample]:
        p = found[m]
        print(f"  {m}\t{p.name_en}\t{p.country}\t{p.feature}\t{p.lat:.2f},{p.lon:.2f}")

    from khabar.dates import find_times
    from khabar.lang.ar import tokenize

    docs = antcorpus(SHARED / "news" / "antcorpus")
    tokens = [tokenize(text) for text, _ in docs]
    n_tok = sum(len(t) for t in tokens)
    t0 = time.perf_counter()
    times = [find_times(toks, text, date) for toks, (text, date) in zip(tokens, docs)]
    dt = time.perf_counter() - t0
    n_times = sum(len(t) for t in times)
    resolved = sum(1 for ts in times for t in ts if t.value)
    print(f"\nantcorpus: {len(docs)} articles, {n_tok:,} tokens; dates stage {n_tok / dt:,.0f} tokens/s")
    print(f"date expressions {n_times}, resolved {resolved} ({resolved / max(n_times, 1):.1%})")
    sample = [(t.text, t.value, date) for ts, (_, date) in zip(times, docs) for t in ts]
    random.Random(args.seed).shuffle(sample)
    print(f"\ndate sample ({args.sample}; check by hand):")
    for text, value, date in sample[: args.sample]:
        print(f"  {text}\t{value}\t(doc {date})")


if __name__ == "__main__":
    main()
