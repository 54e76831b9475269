"""Evaluate a spaCy pipeline on gold-tokenised test data, the way warta uses it (pre-tokenised sentences).

Usage::

    python training/evaluate.py MODEL_DIR CORPUS.spacy [--ner-only | --skip ner ...] [--output scores.json]

Every gold sentence becomes one Doc built from the gold words (so tokenisation is gold, as in the
"gold tokenisation" columns of published UD results) and goes through the pipeline's components; scores are
spaCy's (UPOS accuracy, FEATS accuracy, lemma accuracy, UAS/LAS without punctuation exclusion, entity
P/R/F per label). Words per second are measured over the same run on one thread (set
``OPENBLAS_NUM_THREADS=1``), after a warm-up pass, per CPU second of this process (``words_per_second``,
stable on a shared machine) and per wall-clock second (``words_per_wall_second``).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from warta.models import prefer_openblas


def gold_sentences(nlp: spacy.language.Language, path: Path) -> list[Doc]:
    """The corpus's docs split into one Doc per gold sentence (a doc without sentence marks stays whole)."""
    out = []
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        if doc.has_annotation("SENT_START"):
            out.extend(sent.as_doc() for sent in doc.sents)
        else:
            out.append(doc)
    return out


def conll_attachment(preds: list[Doc], refs: list[Doc]) -> dict[str, float]:
    """UPOS, UAS and LAS over every word, punctuation included (as conll18_ud_eval.py with gold tokens
    counts them; spaCy's dep_uas/dep_las leave punctuation out)."""
    total = upos = uas = las = 0
    for pred, ref in zip(preds, refs, strict=True):
        for p, r in zip(pred, ref, strict=True):
            total += 1
            upos += p.pos_ == r.pos_
            if p.head.i == r.head.i:
                uas += 1
                las += p.dep_.lower() == r.dep_.lower()
    return {"conll_upos": upos / total, "conll_uas": uas / total, "conll_las": las / total}


def evaluate(model: Path, corpus: Path, ner_only: bool = False, batch_size: int = 256,
             skip: tuple[str, ...] = ()) -> dict[str, Any]:
    nlp = spacy.load(model)
    prefer_openblas(nlp)  # exactly as warta.models.load_model does
    if ner_only:
        nlp.select_pipes(enable=["ner"])
    elif skip:
        nlp.select_pipes(disable=list(skip))
    refs = gold_sentences(nlp, corpus)
    inputs = [Doc(nlp.vocab, words=[t.text for t in r], spaces=[t.whitespace_ != "" for t in r],
                  sent_starts=[t.i == 0 for t in r]) for r in refs]  # one sentence per Doc, as parse() does
    list(nlp.pipe([Doc(nlp.vocab, words=[t.text for t in r]) for r in refs[:50]]))  # warm-up
    start, cpu_start = time.perf_counter(), time.process_time()
    preds = list(nlp.pipe(inputs, batch_size=batch_size))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    n_words = sum(len(d) for d in preds)
    examples = [Example(p, r) for p, r in zip(preds, refs, strict=True)]
    scores = Scorer(nlp).score(examples)
    keys = ["pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "ents_p", "ents_r", "ents_f",
            "ents_per_type"]
    result = {k: scores[k] for k in keys if scores.get(k) is not None}
    if "parser" in nlp.pipe_names and not ner_only:
        result.update(conll_attachment(preds, refs))
    if ner_only or "parser" not in nlp.pipe_names:
        result = {k: v for k, v in result.items() if k.startswith("ents")}
    result.update({"sentences": len(refs), "words": n_words, "seconds": round(seconds, 3),
                   "cpu_seconds": round(cpu_seconds, 3), "words_per_second": round(n_words / cpu_seconds),
                   "words_per_wall_second": round(n_words / seconds), "pipeline": nlp.pipe_names,
                   "corpus": corpus.name})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--ner-only", action="store_true", help="run only the NER component")
    parser.add_argument("--skip", nargs="*", default=[], help="components not to run (speed of a subset)")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    spacy.util.fix_random_seed(0)
    result = evaluate(args.model, args.corpus, ner_only=args.ner_only, skip=tuple(args.skip))
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
