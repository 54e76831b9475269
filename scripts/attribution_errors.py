#!/usr/bin/env python3
"""List the matched events of a gold file whose ``reported_by`` the gold or warta names, with both values.

For error analysis of attribution on the development sets (dev, dev-b) and the suites, never on the unseen
check set (the script refuses a file named ``check*``: score it with ``warta eval`` only). Each line is one
L1-matched event: whether warta's source of the claim agrees with the gold, the event, both values, and the
sentence warta read it from; ``--counts`` prints only the confusion counts (gold null and warta names the
event's own source, gold names another and warta null, ...), the table the lead uses.

    python scripts/attribution_errors.py ../shared/gold/dev-b.jsonl --language id
    python scripts/attribution_errors.py ../shared/gold/dev-b.jsonl --language en --all
    python scripts/attribution_errors.py tests/attribution/suite.jsonl --counts
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path


def rows(report, level: str = "L1"):
    """(article id, gold event, system event, agreement) for each matched event where a claim source is named."""
    from warta.evaluation.scoring import claim_source_agrees, match_article

    by_id = {str((r.get("article") or {}).get("id")): r.get("events") or [] for r in report.system}
    for gold in report.gold:
        result = match_article(gold.get("events") or [], by_id.get(str(gold["id"]), []), level)
        for wanted, event in result.matched:
            agrees = claim_source_agrees(wanted, event, level)
            if agrees is not None:
                yield str(gold["id"]), wanted, event, agrees


def kind(wanted: dict, event: dict, agrees: bool, level: str = "L1") -> str:
    """The confusion cell of one counted event: whether each side names a source, and whether it is the
    event's own source."""
    from warta.evaluation.scoring import _choices, actor_key, system_actor

    said = {actor_key(c, level) for c in _choices(wanted.get("reported_by")) if c}
    sources = {actor_key(c, level) for c in _choices(wanted.get("source")) if c}
    ours = actor_key(system_actor(event.get("reported_by")), level)
    if agrees:
        return "right" + (" (the source)" if ours in sources else "")
    if not said:
        return "gold null, warta names " + ("the source" if ours in sources else "another")
    if not ours:
        return "gold names " + ("the source" if said & sources else "another") + ", warta null"
    return "both name, differ"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", help="a gold JSONL file (dev, dev-b or a suite; not check)")
    parser.add_argument("--language", help="only articles in this language")
    parser.add_argument("--all", action="store_true", help="list the agreeing events too")
    parser.add_argument("--counts", action="store_true", help="print the confusion counts only")
    args = parser.parse_args(argv)
    if Path(args.gold).name.startswith("check"):
        print("W: the check set is scored with 'warta eval' only; its events are not listed", file=sys.stderr)
        return 2
    from warta.evaluation.runner import _sentence_of, evaluate_gold_file
    from warta.evaluation.scoring import system_actor

    report = evaluate_gold_file(args.gold, language=args.language)
    counts: Counter[str] = Counter()
    for article, wanted, event, agrees in rows(report):
        counts[kind(wanted, event, agrees)] += 1
        if args.counts or (agrees and not args.all):
            continue
        mention = (event.get("mentions") or [{}])[0]
        print(f"{'ok ' if agrees else 'ERR'} {article} {event.get('code')} {system_actor(event.get('source'))}"
              f"->{system_actor(event.get('target'))} gold={wanted.get('reported_by')} "
              f"warta={system_actor(event.get('reported_by')) or None}")
        print("    ", _sentence_of(report.texts.get(article, ""), mention)[:300])
    for name, n in sorted(counts.items()):
        print(f"{n:4d} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
