"""Corpus-scale benchmark of ``warta ingest`` and ``warta spark``; prints figures, asserts nothing.

    python bench/bench_corpus.py                       # 1k and 10k articles, 1 and 2 workers, Spark
    python bench/bench_corpus.py --sizes 300 --no-spark   # quick look while developing

Prints: articles/s/core end to end (read + code + store), peak RSS per worker, speed-up with 2 workers,
cost growth from the smallest to the largest corpus (seconds per article), Spark local throughput, and the
share of time per pipeline stage. The corpus is bench/corpus.py's (seeded: the same on every machine).
Every measurement runs in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import make_corpus, write_jsonl


def _one_ingest(corpus: str, workers: int) -> dict:
    from warta.runners.local import ingest

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        report = ingest([corpus], Path(tmp) / "bench.duckdb", workers=workers)
        seconds = time.perf_counter() - t0
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "articles": report.added, "events": report.events,
            "rss_main_mb": self_mb, "rss_worker_mb": child_mb if workers > 1 else self_mb}


def _one_spark(corpus: str) -> dict:
    from warta.runners.spark import run_spark, spark_session

    spark = spark_session("local[2]")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        counts = run_spark([corpus], Path(tmp) / "out", spark=spark)
        seconds = time.perf_counter() - t0
    spark.stop()
    return {"seconds": seconds, **counts}


def _stages(corpus: str, n: int = 300) -> dict:
    """Seconds per pipeline stage over the first n articles (make_doc, each component, merge)."""
    from warta.pipeline.merge import build_events
    from warta.pipeline.pipeline import load_pipeline
    from warta.records import Article

    nlp = load_pipeline("id")
    rows = [json.loads(line) for line in Path(corpus).read_text(encoding="utf-8").splitlines()[:n]]
    totals: dict[str, float] = {}

    def clock(name: str, fn, *args):
        t0 = time.perf_counter()
        out = fn(*args)
        totals[name] = totals.get(name, 0.0) + time.perf_counter() - t0
        return out

    for row in rows:
        doc = clock("structure+sentences+tokens", nlp.make_doc, Article.from_dict(row))
        for component in nlp.components:
            clock(type(component).__name__, component, doc)
        clock("merge", build_events, doc)
    return totals


def _run(kind: str, *args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--one", kind, *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, *rest = args.one
        result = {"ingest": lambda: _one_ingest(rest[0], int(rest[1])), "spark": lambda: _one_spark(rest[0]),
                  "stages": lambda: _stages(rest[0])}[kind]()
        print(json.dumps(result))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {}
        for n in sizes:
            rows = make_corpus(n)
            corpora[n] = str(write_jsonl(rows, Path(tmp) / f"corpus-{n}.jsonl"))
            words = statistics.mean(len(r["text"].split()) for r in rows)
            print(f"corpus {n}: {words:.0f} words per article on average")
        small, large = sizes[0], sizes[-1]
        one = _run("ingest", corpora[small], "1")
        rate = one["articles"] / one["seconds"]
        print(f"1 worker, {small} articles: {one['seconds']:.1f} s, {rate:.1f} articles/s/core end to end, "
              f"{one['events']} events, peak RSS {one['rss_worker_mb']:.0f} MB")
        two = _run("ingest", corpora[small], "2")
        print(f"2 workers, {small} articles: {two['seconds']:.1f} s, {two['articles'] / two['seconds']:.1f} "
              f"articles/s, speed-up {one['seconds'] / two['seconds']:.2f}x, peak RSS per worker "
              f"{two['rss_worker_mb']:.0f} MB (main process {two['rss_main_mb']:.0f} MB)")
        if large != small:
            big = _run("ingest", corpora[large], "1")
            growth = (big["seconds"] / big["articles"]) / (one["seconds"] / one["articles"])
            print(f"1 worker, {large} articles: {big['seconds']:.1f} s, "
                  f"{big['articles'] / big['seconds']:.1f} articles/s; seconds per article x{growth:.2f} "
                  f"from {small} to {large} (1.00 = linear); peak RSS {big['rss_worker_mb']:.0f} MB")
        if not args.no_spark:
            sp = _run("spark", corpora[small])
            print(f"Spark local[2], {small} articles: {sp['seconds']:.1f} s (session already started), "
                  f"{sp['articles'] / sp['seconds']:.1f} articles/s, {sp['events']} events")
        stages = _run("stages", corpora[small])
        total = sum(stages.values())
        print("share of pipeline time per stage (300 articles):")
        for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<28} {100 * secs / total:5.1f} %")


if __name__ == "__main__":
    main()
