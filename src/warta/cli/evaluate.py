"""``warta eval GOLD.jsonl``: run the pipeline on gold articles and score it (ANNOTATION.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import WartaError
from ..evaluation import LEVELS, construction_scores, evaluate_gold_file, format_construction_table
from ..evaluation.diagnosis import format_diagnosis
from ..evaluation.runner import load_gold
from ..pipeline.trace import fates_of_missed, format_counts


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the pipeline against a gold file",
                       description="Run the pipeline on the gold file's articles (paths relative to the gold "
                                   "file) and print precision, recall and F1 at L1, L2 and L3, factuality "
                                   "date and reported_by accuracy, for all articles and per language. For a "
                                   "construction suite (rows with a \"construction\" label) also a table per "
                                   "construction: items, expected events, found at L2 and L3, spurious events.")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--language", help="score only the articles in this language")
    p.add_argument("--errors", action="store_true", help="list each missed and spurious event")
    p.add_argument("--level", choices=LEVELS,
                   help="level of the --errors listing (default L1; L2 for a construction suite)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON lines")
    p.add_argument("--system-output", metavar="FILE", help="also write the system's JSONL output here")
    p.add_argument("--trace-dropped", nargs="?", const="", metavar="FILE",
                   help="print what became of each lexicon match (emitted, or the step that dropped it), "
                        "counted by step, for all matches and for those of the root of a missed gold event "
                        "in its sentence, with examples; with FILE also write every match's fate there as JSONL")
    p.add_argument("--diagnose", action="store_true",
                   help="print where the gold events are lost, in counts only (no text, no example, no gold "
                        "code): missed events by cause, reported_by agreement, full-code differences; safe on "
                        "a set kept unseen")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    traces = _start_traces(args.gold) if args.trace_dropped is not None or args.diagnose else None
    try:
        report = evaluate_gold_file(args.gold, language=args.language)
    finally:
        fates = _stop_traces(traces) if traces is not None else None
    if args.system_output:
        with open(args.system_output, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in report.system)
    out = sys.stdout
    for aid, reason in report.failures.items():
        print(f"warta: error: {aid}: {reason}", file=sys.stderr)
    if args.json:
        for group, levels in report.scores.items():
            for level in LEVELS:
                out.write(json.dumps({"group": group, **levels[level].to_dict()}) + "\n")
    else:
        for group, levels in report.scores.items():
            n = sum(1 for g in report.gold if group == "all" or (g.get("language") or "und") == group)
            out.write(f"{group} ({n} articles)\n")
            for level in LEVELS:
                d = levels[level].to_dict()
                fact = "-" if d["factuality_acc"] is None else f"{d['factuality_acc']:.3f}"
                date = "-" if d["date_acc"] is None else f"{d['date_acc']:.3f}"
                said = "-" if d["reported_by_acc"] is None else f"{d['reported_by_acc']:.3f}"
                out.write(f"  {level}  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}  "
                          f"tp {d['tp']:3d} fp {d['fp']:3d} fn {d['fn']:3d}  factuality {fact}  date {date}  "
                          f"reported_by {said}\n")
    if report.quotes is not None:
        q = report.quotes.to_dict()
        if args.json:
            out.write(json.dumps({"group": "quotes", **q}) + "\n")
        else:
            acc = "-" if q["quote_speaker_acc"] is None else f"{q['quote_speaker_acc']:.3f}"
            out.write(f"quotes {q['quotes']}  speaker right {acc}  UI strings as quotes {q['ui_strings_as_quotes']}\n")
    languages = sorted({g.get("language") or "und" for g in report.gold if g.get("construction")})
    tables = {lang: construction_scores(report, language=lang) for lang in languages}
    for lang, table in tables.items():
        if args.json:
            out.writelines(json.dumps({"group": lang, **row.to_dict()}) + "\n" for row in table)
        else:
            out.write("\n" + format_construction_table(lang, table))
    if report.constructions:
        _write_constructions(report, out, as_json=args.json)
    if args.errors:
        level = args.level or ("L2" if tables else "L1")
        out.write(f"\nerrors at {level}:\n")
        for err in report.errors(level):
            e = err["event"]
            src = e["source"] if isinstance(e.get("source"), (str, list, type(None))) else e["source"].get("code")
            tgt = e["target"] if isinstance(e.get("target"), (str, list, type(None))) else e["target"].get("code")
            extra = "" if err["kind"] == "missed" else f"  [{e.get('rule', '')}]"
            label = f" [{err['construction']}]" if err.get("construction") else ""
            out.write(f"  {err['article']}{label} {err['kind']:8s} {src} {e.get('code')} {tgt}{extra}\n"
                      f"      {err['sentence']}\n")
    if fates is not None and args.trace_dropped is not None:
        _write_trace(report, fates, args.trace_dropped, out)
    if args.diagnose:
        out.write("\n" + format_diagnosis(report, fates or []))
    return 0 if report.system else 1


def _start_traces(gold: str) -> dict:
    """Tracing on in the pipeline of each language of the gold file (an unreadable file is left to the
    evaluation to report)."""
    from ..pipeline.pipeline import load_pipeline, supported_languages

    try:
        rows = load_gold(Path(gold))
    except WartaError:
        return {}
    languages = {row.get("language") or "id" for row in rows} & set(supported_languages())
    return {lang: load_pipeline(lang).start_trace() for lang in sorted(languages)}


def _stop_traces(traces: dict) -> list:
    from ..pipeline.pipeline import load_pipeline

    for lang in traces:
        load_pipeline(lang).stop_trace()
    return [fate for trace in traces.values() for fate in trace.fates]


def _write_trace(report, fates: list, path: str, out) -> None:
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in fates)
    missed = [err for err in report.errors("L1") if err["kind"] == "missed"]
    out.write("\n" + format_counts(fates))
    out.write("\nof the root of a missed gold event, in its sentence: " +
              format_counts(fates_of_missed(fates, missed), samples=3))


def _write_constructions(report, out, *, as_json: bool) -> None:
    """Per construction (gold rows that name one): L1 F1, reported_by accuracy, quote speakers."""
    if not as_json:
        out.write("\nattribution per construction (L1)\n")
    for name, (items, level, quotes) in report.constructions.items():
        d = level.to_dict()
        q = quotes.to_dict() if quotes is not None else {}
        if as_json:
            out.write(json.dumps({"group": f"construction:{name}", "items": items, **d, **q}) + "\n")
            continue
        said = "-" if d["reported_by_acc"] is None else f"{d['reported_by_acc']:.3f}"
        quoted = f"  quotes {quotes.right}/{quotes.total}" if quotes is not None and quotes.total else ""
        out.write(f"  {name:32s} {items:3d} items  F1 {d['f1']:.3f}  reported_by {said}{quoted}\n")
