"""``khabar serve --db URL``: the web app (annotate, corpus, actors, network, API) with uvicorn."""
from __future__ import annotations

import argparse
import ipaddress
import sys

from khabar.errors import InputError

LOOPBACK = ("localhost",)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="start the web app on a corpus store")
    p.add_argument("--db", required=True, help="store URL, e.g. sqlite:///khabar.db")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only; reads are open to whoever can reach it)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=run)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in LOOPBACK


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise InputError("--port", f"not a port number: {args.port}")
    import uvicorn

    from khabar.web import create_app
    from khabar.web.app import TOKEN_ENV

    app = create_app(args.db)
    app.state.extractor.load()
    if not _is_loopback(args.host):
        print(f"khabar: warning: serving on {args.host}: the corpus is readable by anyone who can reach it",
              file=sys.stderr)
    writes = "enabled (token set)" if app.state.settings.token else f"disabled (set {TOKEN_ENV} to enable)"
    print(f"khabar: serving {args.db} on http://{args.host}:{args.port}/ ; POST /api/documents {writes}",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
