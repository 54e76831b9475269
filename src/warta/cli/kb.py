"""``warta kb lookup|stats|validate``: look names up in the knowledge base, count it, check its files."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from ..errors import InputError
from ..knowledge.kb import ActorEntry, knowledge_stats, load_knowledge_base, lookup_name
from ..knowledge.places import load_gazetteer
from ..knowledge.validate import validate


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kb", help="look up, count and validate the actor knowledge base",
                       description="The actor knowledge base (countries, organisations, role words, people "
                                   "with dated roles, media) and the gazetteer of places. Formats: "
                                   "docs/knowledge.md.")
    p.set_defaults(run=lambda args: _usage(p))
    kb_sub = p.add_subparsers(dest="kb_command", metavar="SUBCOMMAND")

    lookup = kb_sub.add_parser("lookup", help="the actors, codes and places a name may denote",
                               description="Print what NAME may denote: actors with their codes (people "
                                           "by the role they held on --date) and places.")
    lookup.add_argument("name", metavar="NAME", help="a name, alias, role word or place (quote several words)")
    lookup.add_argument("--date", metavar="YYYY-MM-DD", help="only entries valid on this day")
    lookup.add_argument("--language", choices=["id", "en"], help="only role words of this language")
    lookup.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    lookup.set_defaults(run=run_lookup)

    stats = kb_sub.add_parser("stats", help="counts per kind of knowledge",
                              description="Counts: countries, organisations, roles, people, media, places.")
    stats.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    stats.set_defaults(run=run_stats)

    check = kb_sub.add_parser("validate", help="check knowledge files (schema, duplicates, dates, codes)",
                              description="Check the shipped knowledge files, or PATH (a file, a "
                                          "WARTA_KB_EXTRA directory, or a directory of PETRARCH "
                                          "dictionaries). Prints file:line: error|warning: message; exits 1 "
                                          "when there is an error.")
    check.add_argument("path", nargs="?", metavar="PATH", help="file or directory (default: shipped files)")
    check.add_argument("--quiet", "-q", action="store_true", help="errors only, no warnings")
    check.set_defaults(run=run_validate)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date must be YYYY-MM-DD, not {value!r}") from None


def _entry_dict(entry: ActorEntry) -> dict[str, object]:
    return {
        "kind": entry.kind, "code": entry.code, "name": entry.name, "country": entry.country,
        "start": entry.start.isoformat() if entry.start else None,
        "end": entry.end.isoformat() if entry.end else None,
        **({"person": entry.person} if entry.kind == "role" else {}),
    }


def run_lookup(args: argparse.Namespace) -> int:
    day = _day(args.date)
    entries = lookup_name(args.name, day=day, language=args.language)
    places = load_gazetteer().lookup(args.name)
    if args.json:
        print(json.dumps({
            "name": args.name, "date": args.date, "language": args.language,
            "actors": [_entry_dict(e) for e in entries],
            "places": [{"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon, "kind": p.kind}
                       for p in places],
        }, ensure_ascii=False))
    else:
        for e in entries:
            spell = ""
            if e.start or e.end:
                spell = f"  {e.start.isoformat() if e.start else '…'}..{e.end.isoformat() if e.end else ''}"
            role = f"  ({'one person' if e.person else 'group'})" if e.kind == "role" else ""
            print(f"{e.kind:<9} {e.code:<12} {e.name}{spell}{role}")
        for p in places:
            print(f"{'place':<9} {p.country or '-':<12} {p.name} ({p.kind}, {p.lat:.4f}, {p.lon:.4f})")
    if not entries and not places:
        when = f" on {args.date}" if args.date else ""
        print(f"warta: {args.name!r} matches nothing in the knowledge base{when}", file=sys.stderr)
        return 1
    return 0


def run_stats(args: argparse.Namespace) -> int:
    stats = knowledge_stats(load_knowledge_base())
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, sort_keys=False))
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        print(f"{key:<28} {value}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    problems = validate(args.path)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        if problem.severity == "error" or not args.quiet:
            print(problem)
    warnings = len(problems) - len(errors)
    print(f"warta: {len(errors)} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0
