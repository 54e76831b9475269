"""Lexicon matching cost per token as the base dictionary grows; compile time and size.

    python bench/bench_lexicon.py [GOLD.jsonl] [--repeat 20] [--extra DICTIONARY.txt]

Builds the English lexicon (warta's own entries over the first N patterns of the vendored PETRARCH2
dictionary, N = 1,000, 10,000 and all of them; with ``--extra``, also over a further PETRARCH verb file
such as PETRARCH-1's ``CAMEO.verbpatterns.150430.txt``) and matches every sentence of the gold file's
English articles. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from warta.io.readers import read_text_file
from warta.knowledge.petrarch import pattern_entries, read_verb_patterns
from warta.lang.lexicon import (
    NULL_CODE,
    EventLexicon,
    base_entries,
    head_word,
    morphology_of,
    own_entries,
)
from warta.pipeline.pipeline import load_pipeline
from warta.records import Article

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev-b.jsonl"


def sentences(gold: Path) -> list:
    nlp = load_pipeline("en")
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("language") != "en":
            continue
        text, _ = read_text_file(gold.parent / row["file"])
        doc = nlp.make_doc(Article(row["id"], text, "en", row.get("published")))
        out += [s.tokens for s in doc.sentences]
    return out


def measure(label: str, own: list, base: list, tokens: list, repeat: int) -> None:
    t0 = time.process_time()
    lexicon = EventLexicon(own, morphology_of("en"), base, silent=frozenset({NULL_CODE}))
    build = time.process_time() - t0
    for sentence in tokens:  # warm the word caches
        lexicon.match(sentence)
    n = sum(len(s) for s in tokens) * repeat
    t0 = time.process_time()
    for _ in range(repeat):
        for sentence in tokens:
            lexicon.match(sentence)
    cpu = time.process_time() - t0
    print(f"{label:>28}: {len(base):>6} base patterns, build {build:5.2f} s, "
          f"{cpu / n * 1e6:6.2f} µs/token ({n / cpu:,.0f} tokens/CPU-s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--extra", help="a further PETRARCH verb dictionary to add to the base")
    args = parser.parse_args()
    tokens = sentences(Path(args.gold))
    own = own_entries("en")
    heads = frozenset(head_word(e.pattern) for e in own)
    base = base_entries("en", heads)
    print(f"{len(tokens)} sentences, {sum(len(s) for s in tokens)} tokens")
    measure("own entries only", own, [], tokens, args.repeat)
    for n in (1000, 10000):
        measure(f"own + first {n:,}", own, base[:n], tokens, args.repeat)
    measure("own + PETRARCH2 (default)", own, base, tokens, args.repeat)
    if args.extra:
        extra = pattern_entries(read_verb_patterns(args.extra, alternatives=True)).entries
        extra = [e for e in extra if len(e.pattern.split()) > 1 and head_word(e.pattern) not in heads]
        measure("+ " + Path(args.extra).name[:24], own, base + extra, tokens, args.repeat)


if __name__ == "__main__":
    main()
