"""``khabar events --db URL``: list stored events, filtered by actor, type and dates."""
from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from khabar.store import DEFAULT_URL, EventFilters, Store
from khabar.cli import date_arg


def add_filters(p: argparse.ArgumentParser) -> None:
    """The event filters shared by `khabar events` and `khabar export`."""
    p.add_argument("--db", default=DEFAULT_URL, help=f"store URL (default {DEFAULT_URL})")
    p.add_argument("--actor", help="actor id or part of its English or Arabic name")
    p.add_argument("--type", help="PLOVER event type, e.g. ASSAULT")
    p.add_argument("--since", type=date_arg, help="first date, YYYY-MM-DD")
    p.add_argument("--until", type=date_arg, help="last date, YYYY-MM-DD")
    p.add_argument("--country", help="ISO 3166 alpha-3 code of a source or target actor")
    p.add_argument("--min-confidence", type=float, metavar="P",
                   help="only events of at least this confidence (0.6: the lexicon's events that name a "
                        "source; docs/corpus.md)")


def filters(args: argparse.Namespace) -> EventFilters:
    """The store's event filters from the options :func:`add_filters` added."""
    return EventFilters(**{k: getattr(args, k) for k in EventFilters.__annotations__})


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="list stored events as a table")
    add_filters(p)
    p.add_argument("--limit", type=int, default=50, help="rows to show (default 50)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        where = filters(args)
        rows = store.events(**where, limit=args.limit)
        total = store.count_events(**where)
    table = Table(title=f"{len(rows)} of {total} events")
    for col in ("date", "type", "mode", "source", "target", "location", "trigger", "document"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["date"] or "-", r["type"], r["mode"] or "-", r["source_name"] or r["source_id"] or "-",
                      r["target_name"] or r["target_id"] or "-", r["location"] or "-", r["trigger"] or "-",
                      r["document_id"])
    Console().print(table)
    return 0
