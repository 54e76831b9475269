"""``warta export --db FILE --format gdelt|mentions|jsonl|parquet|csv``: the database out, for analysis."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from ..io.exports import FORMATS, TABLES, export
from ..store.merge import DEFAULT_WINDOW_DAYS
from ..store.writer import check_version, connect


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export events and mentions (GDELT TSV, JSONL, Parquet, CSV)",
        description="gdelt: GDELT 2.0 event export (61 columns, tab-separated, one row per merged event); "
                    "mentions: GDELT 2.0 mentions table; jsonl/parquet/csv: one table (--table). "
                    "Schemas in docs/exports.md.")
    p.add_argument("--db", required=True, metavar="FILE", help="database made by `warta ingest`")
    p.add_argument("--format", "-f", required=True, choices=FORMATS)
    p.add_argument("--table", "-t", choices=TABLES, default="events",
                   help="table for jsonl/parquet/csv (default: events)")
    p.add_argument("--output", "-o", metavar="FILE", help="file to write (default: stdout; Parquet needs one)")
    p.add_argument("--window", type=int, default=DEFAULT_WINDOW_DAYS, metavar="DAYS",
                   help=f"merge reports of one event at most DAYS apart (default {DEFAULT_WINDOW_DAYS})")
    p.add_argument("--one-a-day", action="store_true",
                   help="keep one merged event per (day, source, target, code)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.window < 0:
        raise InputError("--window must be 0 or more days")
    con = connect(args.db, read_only=True)
    try:
        check_version(con)
        n = export(con, args.format, args.output, table=args.table, window_days=args.window,
                   one_a_day=args.one_a_day)
    finally:
        con.close()
    if args.output and args.output != "-":
        print(f"warta: {n} rows written to {args.output}", file=sys.stderr)
    return 0
