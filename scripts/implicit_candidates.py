"""Sentences of broad Indonesian news where warta codes two or more actors and finds no event predicate.

Such sentences are where news states an event without a verb of the lexicon: idioms ("angkat senjata"),
event nouns and adjectives ("ricuh", "tewas"), headlines without a verb. This script codes every sentence
of the token-per-line news corpora under ../shared/data/id (read with scripts/news_corpora.py) on its own,
keeps those with at least two distinct coded actors (places excluded) and no lexicon match at all, and
prints:

- the words and word pairs most over-represented in them against all coded sentences (a reviewer reads the
  list for expressions that state an event), with counts;
- ``--show N`` such sentences, or those containing ``--grep WORD``;
- with ``--judge FILE --rules TEXT ...``: every event of the corpora whose rule (or evidence) contains one of the texts
  (the rows and mechanisms added for such sentences), in a TSV with an empty ``verdict`` column that
  ``scripts/event_sample.py --score FILE`` summarises once a reviewer has judged it: their precision on broad
  news.

Nothing is written into the repository; the reviewer adds the rows kept to ``lang/id/events.tsv`` with a
test sentence of their own (docs/data-formats.md).

    python scripts/implicit_candidates.py [--per-corpus N] [--show N] [--grep WORD] [--top N]
    python scripts/implicit_candidates.py --judge /tmp/new.tsv --rules "kontak senjata [" verbless-headline
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import news_corpora  # the one reader of the shared news corpora
from event_sample import actor
from trace_news import CORPORA  # the same corpora the trace of dropped triggers reads

from warta.pipeline.merge import build_events
from warta.pipeline.pipeline import load_pipeline
from warta.records import Article

WORD = re.compile(r"[a-z][a-z-]+")


JUDGED_FIELDS = ("code", "source", "target", "rule", "evidence", "text")


def coded_actors(doc) -> set[str]:
    return {m.code for ms in doc.actors.values() for m in ms if m.code and not m.is_location}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-corpus", type=int, default=100000, metavar="N", help="sentences per corpus")
    ap.add_argument("--show", type=int, default=40, metavar="N", help="candidate sentences to print")
    ap.add_argument("--grep", metavar="WORD", help="print only the candidates containing this word")
    ap.add_argument("--top", type=int, default=80, metavar="N", help="over-represented words to list")
    ap.add_argument("--out", metavar="FILE", help="write every candidate sentence here, one a line")
    ap.add_argument("--judge", metavar="FILE", help="write the events whose rule contains one of --rules here")
    ap.add_argument("--rules", nargs="*", default=(), metavar="TEXT", help="parts of rule names (or of the evidence: a light verb) to collect")
    args = ap.parse_args(argv)
    pipeline = load_pipeline("id")
    candidates: list[str] = []
    all_words: Counter[str] = Counter()
    cand_words: Counter[str] = Counter()
    judged: list[dict] = []
    coded = seen = 0
    for name, texts in news_corpora.first_texts(CORPORA, args.per_corpus):
        for i, text in enumerate(sorted(set(texts))):
            seen += 1
            doc = pipeline.make_doc(Article(id=f"{name}-{i}", text=text, language="id"))
            for component in pipeline.components:
                component(doc)
            if args.rules:
                rows = [{"code": e.code, "source": actor(e.source), "target": actor(e.target), "rule": e.rule,
                         "evidence": e.mentions[0].text if e.mentions else "", "text": text} for e in build_events(doc)]
                judged += [row for row in rows if any(r in row["rule"] or r in row["evidence"] for r in args.rules)]
            if len(coded_actors(doc)) < 2:
                continue
            coded += 1
            words = WORD.findall(text.lower())
            grams = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
            all_words.update(grams)
            if any(pipeline.lexicon.match(s.tokens) for s in doc.sentences):
                continue
            candidates.append(text)
            cand_words.update(grams)
    print(f"{seen} sentences, {coded} with two or more coded actors, {len(candidates)} of them without any "
          f"lexicon match")
    base = len(candidates) / max(1, coded)
    lift = {w: n / (all_words[w] * base) for w, n in cand_words.items() if n >= 3}
    print("over-represented in the candidates (count in candidates / in all coded, lift):")
    for w in sorted(lift, key=lambda w: (-lift[w], -cand_words[w]))[: args.top]:
        print(f"  {cand_words[w]:4d} {all_words[w]:5d} {lift[w]:5.2f}  {w}")
    if args.judge:
        with open(args.judge, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t")
            writer.writerow(["n", "verdict", *JUDGED_FIELDS])
            writer.writerows([n, "", *(row[f] for f in JUDGED_FIELDS)] for n, row in enumerate(judged, 1))
        print(f"{len(judged)} events of the rules asked for, to judge in {args.judge}")
    if args.out:
        Path(args.out).write_text("".join(t + "\n" for t in candidates), encoding="utf-8")
    shown = [t for t in candidates if not args.grep or args.grep.lower() in t.lower()]
    for text in shown[: args.show]:
        print("-", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
