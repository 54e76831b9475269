"""Seconds and peak RSS to code one very long article (the bench corpus's articles run together), with
the per-article cap (``MAX_CODED_CHARS``) in force: the time should stop growing past the cap.

    python bench/bench_long_article.py [--sizes 50000,100000,1000000,4900000]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import time

from corpus import make_corpus

from warta.pipeline.pipeline import MAX_CODED_CHARS, load_pipeline
from warta.records import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="50000,100000,1000000,4900000", help="article lengths in characters")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = "\n\n".join(row["text"] for row in make_corpus(200, seed=3))
    pipeline = load_pipeline("id")
    pipeline(Article("warm-up", base[:2000], "id", "2025-01-01"))
    print(f"cap: {MAX_CODED_CHARS:,} characters")
    for size in sizes:
        text = (base * (size // len(base) + 1))[:size]
        started = time.perf_counter()
        result = pipeline(Article("long", text, "id", "2025-01-01"))
        seconds = time.perf_counter() - started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>10,} chars  {seconds:6.2f} s  {len(result.events):5d} events  "
              f"peak RSS {rss:6.0f} MB  {'cut' if result.warnings else 'whole'}")


if __name__ == "__main__":
    main()
