"""``warta serve --db FILE``: the dashboard and JSON API over a warta database (read-only)."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from ..server import serve
from ..server.limits import BODY_SECONDS, MAX_ACTIVE

DEFAULT_HOST = "127.0.0.1"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="dashboard and JSON API over a database",
                       description="Serve the dashboard and the JSON API (OpenAPI at /api/openapi.json) over "
                                   "a warta database, opened read-only. Listens on 127.0.0.1 unless --host "
                                   "names another address.")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB database made by `warta ingest`")
    p.add_argument("--host", default=None, metavar="ADDR",
                   help=f"address to listen on (default {DEFAULT_HOST}; a non-loopback address must be "
                        "given here explicitly)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--concurrency", type=int, default=MAX_ACTIVE, metavar="N",
                   help=f"requests handled at once (default {MAX_ACTIVE}); one more is answered 503 at once")
    p.add_argument("--body-timeout", type=float, default=BODY_SECONDS, metavar="SECONDS",
                   help=f"a request body must arrive whole within this (default {BODY_SECONDS:g}), else 408")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise InputError(f"--port must be 0-65535, not {args.port}")
    if args.concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, not {args.concurrency}")
    if not args.body_timeout > 0:
        raise InputError(f"--body-timeout must be more than 0 seconds, not {args.body_timeout:g}")
    host = args.host or DEFAULT_HOST
    serve(args.db, host=host, port=args.port, allow_remote=args.host is not None, max_active=args.concurrency,
          body_seconds=args.body_timeout,
          ready=lambda url: print(f"warta: serving {args.db} on {url} (Ctrl-C to stop)", file=sys.stderr,
                                  flush=True))
    return 0
