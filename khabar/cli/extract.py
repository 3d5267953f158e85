"""``khabar extract PATH``: annotate documents and print the output contract (docs/schema.md)."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from khabar.formats import EVENT_COLUMNS, event_rows
from khabar.ingest import read_path
from khabar.pipeline import load_pipeline
from khabar.cli import date_arg


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract entities, actors and events from .txt/.jsonl/stdin")
    p.add_argument("path", help="a .txt file (one document), a .jsonl file (one a line) or - for stdin")
    p.add_argument("--format", choices=["json", "jsonl", "csv", "summary"], default="json")
    p.add_argument("--date", type=date_arg, help="document date YYYY-MM-DD (JSONL 'date' fields win)")
    p.add_argument("--kb", action="append", default=[], metavar="FILE",
                   help="extra actors, a YAML or CSV file (docs/actors.md); may be repeated")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    pipeline = load_pipeline(config={"actors": {"kb": args.kb}})
    docs: list[dict[str, Any]] = []
    errors = processed = 0
    out = sys.stdout
    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
    for record in read_path(args.path, date=args.date):
        if record.error is not None:
            errors += 1
            print(f"khabar: error: {record.error}", file=sys.stderr)
            continue
        result = pipeline(record.doc).to_dict()
        processed += 1
        if args.format == "jsonl":
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        elif writer is not None:
            writer.writerows(event_rows(result))
        elif args.format == "summary":
            from khabar.cli._summary import print_summary

            print_summary(result)
        else:
            docs.append(result)
    if args.format == "json" and docs:
        json.dump(docs[0] if len(docs) == 1 else docs, out, ensure_ascii=False, indent=1)
        out.write("\n")
    # a single bad input, or a batch where nothing could be read, fails; bad lines in a batch are reported
    return 1 if errors and processed == 0 else 0
