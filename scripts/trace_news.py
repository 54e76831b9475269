"""What became of the event lexicon's matches in broad Indonesian news that no gold set comes from.

Reads token-per-line corpora (a token in the first column, a blank line between sentences: the IndoNLU
bapos and nerp sets, idner-news-2k, IndoLEM nerugm and nerui under ../shared/data/id), joins each
sentence's tokens back into text, codes every ``--group`` consecutive sentences as one article (so a
subject carried from the sentence before can be seen) with tracing on (pipeline.trace), and prints the
matches counted by the step that dropped them, with examples.

    python scripts/trace_news.py [--per-corpus N] [--group K] [--samples S] [--jsonl FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import news_corpora  # the one reader of the shared news corpora

from warta.pipeline.pipeline import load_pipeline
from warta.pipeline.trace import format_counts
from warta.records import Article

#: corpus name → the file traced: the first file of every news corpus (news_corpora.FILES)
CORPORA = {f.corpus: f for f in news_corpora.files(news_corpora.NEWS, ("train",))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-corpus", type=int, default=1000, metavar="N", help="sentences per corpus")
    ap.add_argument("--group", type=int, default=5, metavar="K", help="sentences per article")
    ap.add_argument("--samples", type=int, default=3, metavar="S", help="examples per step")
    ap.add_argument("--jsonl", metavar="FILE", help="write every match's fate here")
    args = ap.parse_args(argv)
    pipeline = load_pipeline("id")
    trace = pipeline.start_trace()
    for name, chosen in news_corpora.first_texts(CORPORA, args.per_corpus):
        for i in range(0, len(chosen), args.group):
            pipeline(Article(id=f"{name}-{i}", text=" ".join(chosen[i : i + args.group]), language="id"))
    pipeline.stop_trace()
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in trace.fates)
    sys.stdout.write(format_counts(trace.fates, samples=args.samples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
