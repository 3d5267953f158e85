"""``khabar run INPUT... --db URL``: annotate a corpus on all cores (or Dask) into a store."""
from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from khabar.batch import Summary, make_engine, run_corpus
from khabar.ingest import estimate_count, read_paths
from khabar.store import DEFAULT_URL, Store
from khabar.cli import date_arg


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "- docs/s", style="progress.data.speed")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="annotate files/folders (.txt, .jsonl, TREC XML, HTML, feeds) into a store")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    p.add_argument("--db", default=DEFAULT_URL, help=f"store URL (default {DEFAULT_URL}; postgresql://... works)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local")
    p.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster")
    p.add_argument("--date", type=date_arg, help="date for documents that carry none (YYYY-MM-DD)")
    p.add_argument("--chunk", type=int, default=8, help="documents per task (default 8)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def print_summary(summary: Summary, console: Console) -> None:
    table = Table(title="khabar run", show_header=False)
    rows = [("documents read", summary.read), ("added to the store", summary.added),
            ("already stored (skipped)", summary.stored_before), ("exact duplicates in this run", summary.duplicates),
            ("near-duplicates marked", summary.near_duplicates), ("unreadable inputs", summary.bad_input),
            ("failed", summary.failed), ("tokens", f"{summary.tokens:,}"),
            ("time", f"{summary.seconds:.1f} s"), ("rate", f"{summary.rate:.1f} docs/s")]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
    if summary.failures:
        shown = ", ".join(summary.failures[:10]) + (" ..." if len(summary.failures) > 10 else "")
        console.print(f"[red]failed documents[/red]: {shown}")


def run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    total = estimate_count(args.inputs)
    store = Store(args.db)
    engine = make_engine(args.engine, args.workers, args.scheduler)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]annotating"), BarColumn(), MofNCompleteColumn(),
                        RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                        console=console, disable=args.no_progress or not console.is_terminal)
    try:
        with progress:
            task = progress.add_task("run", total=total)
            summary = run_corpus(read_paths(args.inputs, args.date), store, engine, chunk_size=args.chunk,
                                 on_progress=lambda s: progress.update(task, completed=s.done))
    finally:
        engine.close()
        store.close()
    print_summary(summary, Console(file=sys.stdout))
    return 0 if summary.read or summary.done else 1
