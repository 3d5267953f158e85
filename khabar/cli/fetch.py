"""``khabar fetch FEED_URL...``: download new feed items into a folder (JSONL) or a store."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from khabar.ingest.fetch import PoliteClient, SeenFile, fetch_new
from khabar.pipeline import load_pipeline
from khabar.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch", help="download new items of RSS/Atom feeds (politely)")
    p.add_argument("feeds", nargs="+", metavar="FEED_URL")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", help="folder: new items go to a fetched-<time>.jsonl file there (read by `khabar run`)")
    where.add_argument("--db", help="store URL: new items are annotated and stored")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host (default 1)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    p.add_argument("--retries", type=int, default=3, help="retries after a failed request (default 3)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    client = PoliteClient(delay=args.delay, timeout=args.timeout, retries=args.retries)
    store = Store(args.db) if args.db else None
    out_file = None
    if store is None:
        folder = Path(args.out)
        folder.mkdir(parents=True, exist_ok=True)
        seen = SeenFile(folder / ".khabar-seen")
        out_file = folder / f"fetched-{dt.datetime.now():%Y%m%d-%H%M%S}.jsonl"
    else:
        seen = store
    pipeline = load_pipeline() if store is not None else None
    new = errors = 0
    try:
        for fetched in fetch_new(args.feeds, seen, client):
            if fetched.record.error is not None:
                errors += 1
                print(f"khabar: warning: {fetched.record.error}", file=sys.stderr)
            else:
                doc = fetched.record.doc
                if store is not None:
                    new += store.add(pipeline(doc))
                else:
                    row = {"id": doc.id, "text": doc.text, "date": doc.date, **doc.meta}
                    with out_file.open("a", encoding="utf-8") as fh:
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    new += 1
            if fetched.final:
                seen.mark_seen(fetched.item.key, fetched.feed)
    finally:
        client.close()
        if store is not None:
            store.close()
    where = args.db if store is not None else (out_file if new else args.out)
    print(f"khabar: {new} new items -> {where}" + (f", {errors} problems" if errors else ""), file=sys.stderr)
    return 0
