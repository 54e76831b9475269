#!/usr/bin/env python3
"""Run the real pipeline over broad news that no gold set comes from and write a sample a reviewer judges.

The Indonesian token files under ``../shared/data/id`` (IndoNLU BaPOS and NERP, idner-news-2k, IndoLEM
NER UGM and UI) hold news sentences one token per line. This script joins the tokens back into sentences,
codes every sentence on its own and every run of 3-6 consecutive sentences as a paragraph (the files keep
the order of their articles), and writes:

- ``events.jsonl``: every event, with its text unit, code, actors, factuality, reported_by and the rule;
- ``sample.tsv``: a random sample (fixed seed) with an empty ``verdict`` column for the reviewer
  (``ok`` / ``wrong:CAUSE``) and the sentence the event was read from;
- on stdout: counts (units, events, events per 100 sentences, by root and by rule family).

A judged ``sample.tsv`` is summarised with ``--score sample.tsv``: precision with its counts and the false
events grouped by cause. After a change, ``--carry OLD/sample.tsv`` (judged, next to its ``events.jsonl``)
re-codes the same units and writes as the new sample the judged events that are still found, with their
verdicts, and the events that are new in the sampled units, to be judged: the precision before and after
on the same sentences.

    python scripts/event_sample.py --out /tmp/broad --sentences 3000 --paragraphs 600 --sample 220
    python scripts/event_sample.py --score /tmp/broad/sample.tsv
    python scripts/event_sample.py --out /tmp/broad2 --carry /tmp/broad/sample.tsv
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import news_corpora  # the one reader of the shared news corpora

#: the files sampled: the first file of every news corpus, and bapos's second
SOURCES = news_corpora.files(news_corpora.NEWS, ("train",)) + news_corpora.files(["bapos"], ["valid"])
MIN_WORDS = 5


def units(data: Path, sentences: int, paragraphs: int, seed: int) -> list[dict]:
    """Single sentences and runs of 3-6 consecutive sentences, drawn evenly from every source file."""
    out = news_corpora.sample_units(SOURCES, data, sentences, paragraphs, seed, MIN_WORDS)
    if not out:
        raise SystemExit(f"W: no corpus found under {data}")
    return out


SAMPLE_FIELDS = ("code", "source", "target", "factuality", "reported_by", "rule", "evidence", "unit", "text")


def _key(row: dict) -> tuple:
    return (row["unit"], row["code"], row["source"], row["target"], row["factuality"], row["evidence"])


def carried(judged_path: Path, rows: list[dict]) -> list[dict]:
    """The judged events still found (verdict kept) and the events new in the judged units (no verdict)."""
    with judged_path.open(encoding="utf-8") as handle:
        judged = list(csv.DictReader(handle, delimiter="\t"))
    with (judged_path.parent / "events.jsonl").open(encoding="utf-8") as handle:
        old = {_key(json.loads(line)) for line in handle}
    verdicts = {_key(row): row["verdict"] for row in judged}
    units = {row["unit"] for row in judged}
    out = []
    for row in rows:
        key = _key(row)
        if key in verdicts:
            out.append({**row, "verdict": verdicts.pop(key)})
        elif row["unit"] in units and key not in old:
            out.append(row)
    return out


def actor(a) -> str:
    return "" if a is None else f"{a.code}({a.text})"


def run(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import warta
    from warta import Article

    items = units(Path(args.data), args.sentences, args.paragraphs, args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = warta.load_pipeline("id")
    articles = [Article(id=u["id"], text=u["text"], language="id", published=args.published) for u in items]
    began = time.perf_counter()
    rows: list[dict] = []
    for unit, result in zip(items, nlp.pipe(articles)):
        for ev in result.events:
            first = ev.mentions[0] if ev.mentions else None
            rows.append({"unit": unit["id"], "kind": unit["kind"], "code": ev.code,
                         "source": actor(ev.source), "target": actor(ev.target),
                         "factuality": ev.factuality, "reported_by": actor(ev.reported_by),
                         "rule": ev.rule, "evidence": first.text if first else "",
                         "text": unit["text"]})
    took = time.perf_counter() - began
    with (out / "events.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.carry:
        sample = carried(Path(args.carry), rows)
    else:
        sample = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    with (out / "sample.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["n", "verdict", *SAMPLE_FIELDS])
        for n, row in enumerate(sample, 1):
            writer.writerow([n, row.get("verdict", ""), *(row[f] for f in SAMPLE_FIELDS)])
    n_sent = sum(1 for u in items if u["kind"] == "sentence")
    n_par = len(items) - n_sent
    per_kind = Counter(r["kind"] for r in rows)
    print(f"units: {n_sent} sentences, {n_par} paragraphs; coded in {took:.0f} s")
    print(f"events: {len(rows)} ({per_kind['sentence']} from sentences = "
          f"{100 * per_kind['sentence'] / max(1, n_sent):.1f} per 100 sentences; {per_kind['paragraph']} from paragraphs)")
    print("by root:", dict(Counter(r["code"][:2] for r in rows).most_common()))
    print("by rule:", dict(Counter(r["rule"].split(":")[0] for r in rows).most_common(12)))
    print(f"sample: {len(sample)} events in {out / 'sample.tsv'}")


def score(path: Path) -> None:
    """Precision of a judged sample: ``ok`` counts as right, ``wrong:CAUSE`` as a false event."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    verdicts = [row["verdict"].strip() for row in rows]
    judged = [v for v in verdicts if v]
    right = sum(1 for v in judged if v == "ok")
    causes = Counter(v.split(":", 1)[1] if ":" in v else v for v in judged if v != "ok")
    print(f"judged {len(judged)} of {len(verdicts)}: {right} right, {len(judged) - right} false; "
          f"precision {right / max(1, len(judged)):.3f}")
    print("false events by cause:")
    for cause, n in causes.most_common():
        print(f"  {n:4d}  {cause}")
    # the rule family (the path before the lexicon entry) of the false events: where to look first
    family = Counter(row["rule"].split(":")[0] for row in rows if row["verdict"].strip())
    false = Counter(row["rule"].split(":")[0] for row in rows if row["verdict"].strip() not in ("", "ok"))
    print("judged / false by rule:")
    for rule, n in family.most_common():
        print(f"  {n:4d} {false[rule]:4d}  {rule}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(news_corpora.DATA))
    parser.add_argument("--out", default="/tmp/warta-event-sample")
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--paragraphs", type=int, default=600)
    parser.add_argument("--sample", type=int, default=220)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--published", default="2016-06-01", help="publication date given to every unit")
    parser.add_argument("--score", help="summarise a judged sample.tsv instead of coding")
    parser.add_argument("--carry", help="a judged sample.tsv of an earlier run: carry its verdicts over")
    args = parser.parse_args()
    if args.score:
        score(Path(args.score))
    else:
        run(args)


if __name__ == "__main__":
    main()
