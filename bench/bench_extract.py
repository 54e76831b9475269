"""Articles per second on one core over the gold articles, pipeline loaded once; peak RSS.

    python bench/bench_extract.py [GOLD.jsonl] [--language id] [--repeat 20]

Prints figures; asserts nothing. Run with OPENBLAS_NUM_THREADS=1 taskset -c 0 for a strict single core.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from warta.io.readers import read_text_file
from warta.pipeline.pipeline import load_pipeline
from warta.records import Article

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--language", default="id")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    gold = Path(args.gold)
    articles = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("language") != args.language:
            continue
        text, _ = read_text_file(gold.parent / row["file"])
        articles.append(Article(row["id"], text, row.get("language"), row.get("published")))
    t0 = time.perf_counter()
    nlp = load_pipeline(args.language)
    load_s = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in articles)
    list(nlp.pipe(articles))  # warm caches
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for _ in range(args.repeat):
        for _result in nlp.pipe(articles):
            pass
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    n = len(articles) * args.repeat
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)} ({words} words, {words / len(articles):.0f} words/article), "
          f"repeat {args.repeat}")
    print(f"pipeline load: {load_s:.2f} s")
    print(f"throughput: {n / wall:.1f} articles/s wall, {n / cpu:.1f} articles/s per CPU-second, "
          f"{words * args.repeat / cpu:.0f} words/s per CPU-second")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
