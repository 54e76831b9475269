"""``warta spark --input PATHS --output DIR``: code JSONL, Parquet and WARC inputs on Apache Spark."""

from __future__ import annotations

import argparse
import sys

from ..runners.spark import run_spark


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "spark", help="code JSONL/Parquet/WARC inputs on Apache Spark (Parquet out, by date)",
        description="Run the pipeline with PySpark (mapInPandas, the pipeline loaded once per executor "
                    "process) and write events/, mentions/ (partitioned by date) and rejects/ as Parquet. "
                    "For a cluster, see the spark-submit recipe in docs/spark.md.")
    p.add_argument("--input", "-i", nargs="+", required=True, metavar="PATH",
                   help="JSONL, Parquet or WARC files, directories of them, or quoted glob patterns")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="output directory (overwritten)")
    p.add_argument("--master", default="local[*]",
                   help="Spark master (default local[*]; give '' under spark-submit to use its master)")
    p.add_argument("--language", choices=["id", "en", "ms"], help="language of articles without one")
    p.add_argument("--partitions", type=int, metavar="N", help="repartition the articles into N partitions")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    counts = run_spark(args.input, args.output, master=args.master or None, language=args.language,
                       partitions=args.partitions)
    print(f"warta: {counts['articles']} articles, {counts['events']} events, {counts['mentions']} mentions, "
          f"{counts['rejects']} bad records written under {args.output}", file=sys.stderr)
    return 0 if counts["articles"] or not counts["rejects"] else 1
