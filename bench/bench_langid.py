"""Language identification: accuracy and milliseconds per text, by kind of text; asserts nothing.

    python bench/bench_langid.py [ITEMS.tsv]

Items: ``tests/pipeline/data/langid_items.tsv`` (headlines, one-liners and paragraphs in Indonesian, Malay
and English, written for warta). Prints, for warta's identifier (function words, with Lingua for short
text), for the function-word table alone and for Lingua alone, the share right and the mean ms per text for each kind, and the time the
first short text takes (Lingua's models loading). Each method runs in a fresh process so that the load is
measured, not hidden by an earlier run.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "tests" / "pipeline" / "data" / "langid_items.tsv"


def read_items(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _warta() -> object:
    from warta.pipeline.langid import identify_language

    return lambda text: identify_language(text)[0]


def _table() -> object:
    from warta.pipeline.langid import function_word_language

    return lambda text: function_word_language(text)[0]


def _lingua() -> object:
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY,
                                                      Language.ENGLISH).build()

    def label(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "und"
    return label


def measure(method: str, path: Path) -> dict:
    """Run one method over the items (first the shortest, so that the model load lands on one text)."""
    items = sorted(read_items(path), key=lambda item: len(item["text"]))
    label = {"warta": _warta, "table": _table, "lingua": _lingua}[method]()
    right: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    label(items[0]["text"])
    first = time.perf_counter() - started
    for item in items:
        started = time.perf_counter()
        got = label(item["text"])
        seconds[item["kind"]] += time.perf_counter() - started
        right[item["kind"]] += got == item["language"]
        count[item["kind"]] += 1
    return {"first_s": first, "right": right, "seconds": seconds, "count": count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="?", type=Path, default=ITEMS)
    parser.add_argument("--method", help=argparse.SUPPRESS)  # the child process's one method
    args = parser.parse_args()
    if args.method:
        print(json.dumps(measure(args.method, args.items)))
        return
    print(f"{'method':8} {'kind':9} {'right':>9} {'ms/text':>8}")
    for method in ("warta", "table", "lingua"):
        out = subprocess.run([sys.executable, __file__, str(args.items), "--method", method],
                             capture_output=True, text=True, check=True).stdout
        result = json.loads(out)
        for kind in sorted(result["count"]):
            n = result["count"][kind]
            print(f"{method:8} {kind:9} {result['right'][kind]:>4}/{n:<4} {1000 * result['seconds'][kind] / n:8.3f}")
        total = sum(result["count"].values())
        print(f"{method:8} {'all':9} {sum(result['right'].values()):>4}/{total:<4} "
              f"{1000 * sum(result['seconds'].values()) / total:8.3f}   first text {result['first_s']:.2f} s")


if __name__ == "__main__":
    main()
