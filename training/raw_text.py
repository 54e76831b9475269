"""Raw Indonesian text for ``spacy pretrain``: ``training/work/corpus/id_raw.jsonl`` from ``../shared/data/id``.

Usage: ``python training/raw_text.py [--shared ../shared/data] [--out FILE]`` (reproduce.py runs it).

Only text that is safe to learn from: the training splits of the NER and UD corpora, plus the IndoNLU corpora
that are never used for evaluation here (bapos = IDN Tagged Corpus, keps, facqa passages). Every sentence
that shares a 6-word sequence (lower-cased) with a held-out sentence (CSUI test, PUD test, NERP valid + test,
idner-news-2k dev + test) is left out: the IDN Tagged Corpus and NERP's own splits overlap those sets
(measured: 706 bapos and 856 NERP train sentences dropped). Duplicate sentences are kept once.
The CSUI train file is taken whole, so the text (never the annotation) of the UD dev split is in it; no
test sentence is.
Each line is ``{"text": "..."}`` with the words joined by spaces (spaCy's ``JsonlCorpus`` format).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from prepare import DEFAULT_SHARED, HERE, read_bio, read_conllu_sentences

NGRAM = 6


def conllu_words(path: Path) -> Iterator[list[str]]:
    """The syntactic words of each sentence of a CoNLL-U file (multiword-token lines skipped)."""
    for block in read_conllu_sentences(path):
        words = [line.split("\t")[1] for line in block.splitlines()
                 if line and not line.startswith("#") and line.split("\t")[0].isdigit()]
        if words:
            yield words


def bio_words(path: Path) -> Iterator[list[str]]:
    for sentence in read_bio(path):
        yield [word for word, _ in sentence]


def facqa_passages(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield list(ast.literal_eval(row["passage"]))


def _ngrams(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    for i in range(max(1, len(words) - NGRAM + 1)):
        yield words[i:i + NGRAM]


def sources(idd: Path) -> tuple[list[list[str]], list[tuple[str, list[str]]]]:
    """(held-out sentences, [(corpus name, sentence)] to learn from), in a fixed order."""
    ud, indonlu, ner = idd / "ud", idd / "indonlu", idd / "ner"
    held_out: list[list[str]] = [
        *conllu_words(ud / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu"),
        *conllu_words(ud / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu"),
        *(s for split in ("valid", "test") for s in bio_words(indonlu / "nerp_ner-prosa" / f"{split}_preprocess.txt")),
        *(s for split in ("dev", "test") for s in bio_words(ner / "idner-news-2k" / f"{split}.txt")),
    ]
    texts: list[tuple[str, Iterable[list[str]]]] = [
        *(("bapos", bio_words(indonlu / "bapos_pos-idn" / f"{split}_preprocess.txt"))
           for split in ("train", "valid", "test")),
        *(("keps", bio_words(indonlu / "keps_keyword-extraction-prosa" / f"{split}_preprocess.txt"))
           for split in ("train", "valid", "test")),
        *(("facqa", facqa_passages(indonlu / "facqa_qa-factoid-itb" / f"{split}_preprocess.csv"))
           for split in ("train", "valid", "test")),
        ("nerp", bio_words(indonlu / "nerp_ner-prosa" / "train_preprocess.txt")),
        ("nergrit", bio_words(indonlu / "nergrit_ner-grit" / "train_preprocess.txt")),
        ("idner", bio_words(ner / "idner-news-2k" / "train.txt")),
        ("nerugm", bio_words(ner / "indolem" / "nerugm" / "train.01.tsv")),
        ("nerui", bio_words(ner / "indolem" / "nerui" / "train.01.tsv")),
        ("csui", conllu_words(ud / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu")),
        *(("gsd", conllu_words(ud / "UD_Indonesian-GSD" / f"id_gsd-ud-{split}.conllu")) for split in ("dev", "test")),
    ]
    return held_out, [(name, s) for name, sentences in texts for s in sentences]


def write_raw_text(idd: Path, path: Path) -> dict[str, int]:
    """Write ``path`` (JSONL); return the words kept per corpus."""
    held_out, candidates = sources(idd)
    banned = {gram for s in held_out for gram in _ngrams(tuple(w.lower() for w in s))}
    seen: set[tuple[str, ...]] = set()
    kept: dict[str, int] = {}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for name, words in candidates:
            key = tuple(w.lower() for w in words)
            if not words or key in seen:
                continue
            seen.add(key)
            if any(gram in banned for gram in _ngrams(key)):
                continue
            kept[name] = kept.get(name, 0) + len(words)
            out.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=HERE / "work" / "corpus" / "id_raw.jsonl")
    args = parser.parse_args()
    kept = write_raw_text(args.shared / "id", args.out)
    print(args.out.name, f"{sum(kept.values()):,} words:", ", ".join(f"{k} {v:,}" for k, v in kept.items()))


if __name__ == "__main__":
    main()
