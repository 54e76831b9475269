"""``warta ingest SOURCE... --db FILE``: code a corpus into a DuckDB database (idempotent, resumable)."""

from __future__ import annotations

import argparse
import sys

from ..errors import InputError
from ..io.sources import check_sources, count_items, expand_paths
from ..runners.local import ingest
from .extract import valid_date
from .progress import ProgressBar

MAX_LISTED = 50
INTERRUPTED = 130  # the shell's code for a command ended by SIGINT (128 + 2)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help="code a corpus into a DuckDB database",
        description="Read directories (.txt, .html, .json, .jsonl), JSONL(.gz), WARC(.gz) and Parquet files, "
                    "code every article and store articles, events, mentions and quotes in a DuckDB file. "
                    "Articles already stored (same text) are skipped, so a run can be repeated or resumed.",
        epilog="Exit codes: 0 something was processed (bad records are listed, one line each); 1 nothing "
               "could be processed, or a wrong source or option; 130 interrupted (Ctrl-C): the batches "
               "committed before it are kept. Details in docs/store.md.")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="file or directory")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB database (created if missing)")
    p.add_argument("--workers", "-j", type=int, default=1, metavar="N",
                   help="worker processes, each loading the pipeline once (default 1)")
    p.add_argument("--language", choices=["id", "en", "ms"], help="language of articles without one")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of articles that give none and state none in their text "
                        "(a JSONL/JSON record gives its own in \"published\")")
    p.add_argument("--batch-size", type=int, default=200, metavar="N",
                   help="articles per transaction (default 200)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.workers < 1 or args.batch_size < 1:
        raise InputError("--workers and --batch-size must be at least 1")
    published = valid_date(args.published, "--published")
    sources = expand_paths(args.sources)
    check_sources(sources)
    bar = ProgressBar()
    total = count_items(sources) if bar.enabled else None
    report = None
    try:
        report = ingest(sources, args.db, workers=args.workers, language=args.language, published=published,
                        batch_size=args.batch_size, progress=bar, total=total)
    except KeyboardInterrupt:
        pass
    finally:
        bar.close()
    if report is None:
        print(f"warta: interrupted; the batches committed before it are kept in {args.db} (run the same "
              "command again to go on from there)", file=sys.stderr)
        return INTERRUPTED
    for reject in report.rejects[:MAX_LISTED]:
        print(f"warta: {reject.error_code} bad record: {reject}", file=sys.stderr)
    if len(report.rejects) > MAX_LISTED:
        print(f"warta: ... and {len(report.rejects) - MAX_LISTED} more bad records "
              f"(all are in the rejects table of {args.db})", file=sys.stderr)
    rate = (report.added + len(report.rejects)) / report.seconds if report.seconds else 0.0
    print(f"warta: {report.added} articles added ({report.events} events), {report.known} already stored, "
          f"{len(report.rejects)} bad, in {report.seconds:.1f} s ({rate:.1f} articles/s)", file=sys.stderr)
    if report.undated:
        print(f"warta: {report.undated} of the {report.added} new articles have no publication date (GDELT's "
              "SQLDATE falls back to the day they were ingested); give one with --published YYYY-MM-DD "
              "or a \"published\" field in JSONL", file=sys.stderr)
    if report.read == 0:
        print("warta: error: no articles found in the sources", file=sys.stderr)
        return 1
    if report.added == 0 and report.known == 0 and report.rejects:
        print("warta: error: no article could be processed", file=sys.stderr)
        return 1
    return 0
