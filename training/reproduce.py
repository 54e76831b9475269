"""Rebuild a shipped pipeline from ../shared/data: one command, fixed seeds, one CPU thread.

Usage (from the repository root)::

    .venv/bin/python training/reproduce.py id      # Indonesian: ~60 min on one core
    .venv/bin/python training/reproduce.py en      # English (UD_English-EWT)

Steps: ``prepare.py`` (corpora under ``training/work/corpus``), ``spacy train`` of the UD pipeline
(``configs/<lang>_ud.cfg``; for Indonesian its tok2vec first goes through ``spacy pretrain`` on raw text,
``raw_text.py``) and, for Indonesian, of the NER pipeline (``configs/id_ner.cfg``), ``package.py``
(→ ``src/warta/models/<lang>_core``), ``evaluate.py`` on the held-out test sets (never trained on), and a
second ``package.py`` that records the scores in ``warta_model.json``. Seeds: ``[system] seed = 0`` in the
configs; spaCy training on CPU with one thread is deterministic for a given spaCy/thinc/numpy version.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
CORPUS = WORK / "corpus"
RUNS = WORK / "runs"
SCORES = WORK / "scores"

# (name in warta_model.json, corpus, extra evaluate.py arguments)
TESTS: dict[str, list[tuple[str, str, list[str]]]] = {
    "id": [("UD_Indonesian-CSUI test", "id_csui_test.spacy", []),
           ("UD_Indonesian-PUD test", "id_pud_test.spacy", []),
           ("UD_Indonesian-CSUI test, without NER", "id_csui_test.spacy", ["--skip", "ner"]),
           ("UD_Indonesian-CSUI test, without NER and lemmatizer", "id_csui_test.spacy",
            ["--skip", "ner", "trainable_lemmatizer"]),
           ("NERP test", "id_ner_nerp_test.spacy", ["--ner-only"]),
           ("idner-news-2k test", "id_ner_idner_test.spacy", ["--ner-only"])],
    "en": [("UD_English-EWT test", "en_ewt_test.spacy", [])],
}


def run(*args: str | Path) -> None:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONHASHSEED": "0"}
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env=env)


def train(config: str, train_corpus: str, dev_corpus: str, output: Path, *extra: str) -> None:
    run(sys.executable, "-m", "spacy", "train", HERE / "configs" / config, "--code", HERE / "id_tokenizer.py",
        "--paths.train", CORPUS / train_corpus, "--paths.dev", CORPUS / dev_corpus, "--output", output, *extra)


def pretrain(config: str, raw_corpus: str, output: Path) -> Path:
    """``spacy pretrain`` (the config's ``[pretraining]`` block); returns the last epoch's weights."""
    shutil.rmtree(output, ignore_errors=True)  # no stale epochs of an earlier run
    run(sys.executable, "-m", "spacy", "pretrain", HERE / "configs" / config, output, "--code",
        HERE / "id_tokenizer.py", "--paths.raw_text", CORPUS / raw_corpus)
    return max(output.glob("model[0-9]*.bin"), key=lambda p: int(p.stem.removeprefix("model")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", choices=sorted(TESTS))
    parser.add_argument("--skip-prepare", action="store_true", help="reuse training/work/corpus")
    parser.add_argument("--skip-train", action="store_true", help="reuse training/work/runs")
    args = parser.parse_args()
    lang = args.language
    if not args.skip_prepare:
        run(sys.executable, HERE / "prepare.py")
        if lang == "id":
            run(sys.executable, HERE / "raw_text.py")
    if not args.skip_train:
        if lang == "id":
            weights = pretrain("id_ud.cfg", "id_raw.jsonl", RUNS / "id_ud_pretrain")
            train("id_ud.cfg", "id_ud_train.spacy", "id_ud_dev.spacy", RUNS / "id_ud", "--paths.init_tok2vec",
                  str(weights))
            train("id_ner.cfg", "id_ner_train.spacy", "id_ner_dev.spacy", RUNS / "id_ner")
        else:
            train("en_ud.cfg", "en_ewt_train.spacy", "en_ewt_dev.spacy", RUNS / "en_ud")
    package = [sys.executable, HERE / "package.py", lang, "--ud", RUNS / f"{lang}_ud" / "model-best"]
    if lang == "id":
        package += ["--ner", RUNS / "id_ner" / "model-best"]
    run(*package)
    model = ROOT / "src" / "warta" / "models" / f"{lang}_core"
    SCORES.mkdir(parents=True, exist_ok=True)
    scores = {}
    for i, (name, corpus, extra) in enumerate(TESTS[lang]):
        out = SCORES / f"{lang}_{i}_{corpus.removesuffix('.spacy')}.json"
        run(sys.executable, HERE / "evaluate.py", model, CORPUS / corpus, "--output", out, *extra)
        scores[name] = json.loads(out.read_text(encoding="utf-8"))
    (SCORES / f"{lang}.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    run(*package, "--scores", SCORES / f"{lang}.json")


if __name__ == "__main__":
    main()
