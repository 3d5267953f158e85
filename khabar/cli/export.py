"""``khabar export --db URL --format csv|jsonl|parquet``: stored events with POLECAT-style columns."""
from __future__ import annotations

import argparse
import sys

from khabar.cli.events import add_filters, filters
from khabar.errors import InputError
from khabar.formats import write_events
from khabar.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write stored events as CSV, JSONL or Parquet (one row per event)")
    add_filters(p)
    p.add_argument("--format", choices=["csv", "jsonl", "parquet"], default="csv")
    p.add_argument("--out", help="output file (default: standard output; required for parquet)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.out:
        raise InputError("--out", "parquet is binary: give --out FILE")
    with Store(args.db) as store:
        n = write_events(store.iter_events(**filters(args)), args.format, args.out)
    print(f"khabar: exported {n} events", file=sys.stderr)
    return 0
