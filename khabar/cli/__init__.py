"""The ``khabar`` command. Each subcommand is one module in this package with
``add_parser(subparsers)`` and ``run(args) -> int``; this file only discovers and dispatches."""
from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from khabar import __version__
from khabar.errors import KhabarError


def date_arg(value: str) -> str:
    """argparse type for YYYY-MM-DD options: a clear usage error instead of a silent bad date."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khabar", description="Arabic news to PLOVER event data.")
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "add_parser"):
            module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="khabar: %(levelname)s: %(message)s", stream=sys.stderr)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KhabarError as err:
        print(f"khabar: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
