"""``warta validate-petrarch RECORDS.xml --dictionaries DIR``: score warta on a PETRARCH validation suite."""

from __future__ import annotations

import argparse
import json
import sys

from ..evaluation.petrarch import validate_suite


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate-petrarch", help="score warta on a PETRARCH validation suite",
                       description="Load the dictionaries a PETRARCH validation file names (from --dictionaries) "
                                   "through the PETRARCH-format importer, code the raw text of each record "
                                   "with the English pipeline (parse trees are ignored) and print, per "
                                   "category and overall, the share of expected (source, target, code) "
                                   "codings found, the extra codings, and the records that must yield no "
                                   "event but did.")
    p.add_argument("records", metavar="RECORDS.xml", help="validation records (PETR.UnitTest.records.xml ...)")
    p.add_argument("--dictionaries", "-d", required=True, metavar="DIR",
                   help="directory holding the dictionaries the records' <Environment> names")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--records-detail", action="store_true",
                   help="also list each record with a missed, extra or false coding")
    p.add_argument("--with-warta-kb", action="store_true",
                   help="add warta's own knowledge base after the suite's dictionaries")
    p.add_argument("--warta-lexicon", choices=["none", "other-heads", "all"], default="none",
                   help="warta's English event lexicon after the suite's verbs: none (default), only for "
                        "head words the suite does not define, or all of it")
    p.add_argument("--nouns", action="store_true",
                   help="also code the suite's verbs where they are used as nouns (\"during a visit to\", "
                        "\"an attack by\"), as warta does with its own lexicon; PETRARCH codes verbs only")
    p.add_argument("--require-dyad", choices=["file", "always", "never"], default="file",
                   help="code events without a target (source, ---, code): as the records' <Config "
                        "option=\"require_dyad\"> switches say (file, the default), never (always), or "
                        "everywhere (never)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = validate_suite(args.records, args.dictionaries, shipped_kb=args.with_warta_kb,
                            shipped_lexicon=args.warta_lexicon, nouns=args.nouns,
                            require_dyad=args.require_dyad)
    out = sys.stdout
    if args.json:
        out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        data = report.to_dict()
        out.write(f"{report.suite}\n")
        out.write(f"{'category':10s} {'records':>7s} {'expected':>8s} {'found':>6s} {'share':>7s} "
                  f"{'root':>7s} {'extra':>6s} {'no-event':>8s} {'false':>6s}\n")
        rows = [*sorted(data["categories"].items()), ("all", data)]
        for name, c in rows:
            share = "-" if c["share"] is None else f"{c['share']:.1%}"
            root = "-" if c["share_root"] is None else f"{c['share_root']:.1%}"
            out.write(f"{name:10s} {c['records']:7d} {c['expected']:8d} {c['found']:6d} {share:>7s} "
                      f"{root:>7s} {c['extra']:6d} {c['noevent_records']:8d} {c['false_events']:6d}\n")
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items())) or "none"
        out.write(f"skipped records: {skipped}; verb patterns warta cannot express: "
                  f"{report.unsupported_patterns}\n")
    if args.records_detail:
        for r in report.results:
            missed = r.hits < len(r.record.expected) and not r.record.noevents
            false = (r.record.noevents or r.record.error) and r.found
            if not (missed or r.extra or false):
                continue
            out.write(f"\n{r.record.id} [{r.record.category}] {r.record.text}\n")
            out.write(f"  expected: {', '.join(map(str, r.record.expected)) or 'no event'}\n")
            for coding, rule in r.found:
                out.write(f"  found:    {coding}  [{rule}]\n")
    return 0
