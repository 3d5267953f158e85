"""Speed of `khabar run` into SQLite on SaudiNewsNet (aawsat + SPA): articles/s and tokens/s with
1 and 2 workers, peak memory, and how time grows from 500 to all 3,316 articles.

    PYTHONPATH=. nice .venv/bin/python benchmarks/corpus_speed.py [--sizes 500 3316] [--workers 1 2]

Each measurement runs in a fresh process (pipeline load, worker start-up and store writes
included, as a user's `khabar run` would) into a new SQLite file.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet" / "subset_aawsat_spa.jsonl"


def one(path: str, workers: int) -> dict:
    """Run one corpus in this process, as `khabar run PATH --workers N` does."""
    from khabar.batch import make_engine, run_corpus
    from khabar.ingest import read_paths
    from khabar.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store = Store(f"sqlite:///{tmp}/bench.db")
        engine = make_engine("local", workers)
        summary = run_corpus(read_paths([path]), store, engine)
        engine.close()
        store.close()
        seconds = time.perf_counter() - start
    return {"workers": workers, "articles": summary.added, "failed": summary.failed, "tokens": summary.tokens,
            "seconds": round(seconds, 2), "articles_per_s": round(summary.added / seconds, 1),
            "tokens_per_s": round(summary.tokens / seconds), "near_duplicates": summary.near_duplicates,
            "peak_rss_mb_parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "peak_rss_mb_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 3316])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--one", nargs=2, metavar=("PATH", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return
    lines = DATA.read_text(encoding="utf-8").splitlines()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            subset = Path(tmp) / f"first{size}.jsonl"
            subset.write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
            for workers in args.workers:
                out = subprocess.run([sys.executable, __file__, "--one", str(subset), str(workers)], cwd=ROOT,
                                     capture_output=True, text=True, check=True)
                row = {"size": size, **json.loads(out.stdout.strip().splitlines()[-1])}
                results.append(row)
                print(json.dumps(row), flush=True)
    print("\n| articles | workers | seconds | articles/s | tokens/s | peak RSS parent / worker (MB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['articles']:,} | {r['workers']} | {r['seconds']} | {r['articles_per_s']} | "
              f"{r['tokens_per_s']:,} | {r['peak_rss_mb_parent']} / {r['peak_rss_mb_worker']} |")


if __name__ == "__main__":
    main()
