"""Assemble the trained pipelines into the shipped model directory (``src/warta/models/<lang>_core``).

Usage::

    python training/package.py id --ud training/work/runs/id_ud/model-best \
        --ner training/work/runs/id_ner/model-best [--scores training/work/scores/id.json]
    python training/package.py en --ud training/work/runs/en_ud/model-best

The UD pipeline (tok2vec, morphologizer, trainable_lemmatizer, parser) is copied as is; the NER pipeline's
``ner`` gets its own copy of its tok2vec (``replace_listeners``) and is added after the parser, so the two
halves stay independent. ``warta_model.json`` records data sources, versions, licences and (with
``--scores``) the test scores measured by ``evaluate.py``; ``warta models info`` prints it.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import spacy

HERE = Path(__file__).resolve().parent
MODELS_DIR = HERE.parent / "src" / "warta" / "models"
VERSION = "0.1.0"

DATA: dict[str, dict[str, Any]] = {
    "id": {
        "ud": [
            {"name": "UD_Indonesian-CSUI", "use": "train (9 of every 10 sentences), dev (every 10th)",
             "commit": "41dd7f23be883382dd111b119fe58b563c5541ee", "licence": "CC BY-SA 4.0",
             "attribution": "Alfina, Budi et al., Universitas Indonesia (CSUI)"},
            {"name": "UD_Indonesian-GSD", "use": "train (current dev + test files)",
             "commit": "89491e4d51c15da157175c303213ae5ff6f05f9d", "licence": "CC BY-SA 4.0",
             "attribution": "McDonald et al. (Google); revised by Alfina et al."},
        ],
        "ner": [
            {"name": "NERP (IndoNLU nerp_ner-prosa)", "use": "train", "commit": "IndoNLP/indonlu@ce728f6",
             "licence": "CC BY-SA 4.0 (SEACrowd); repository Apache-2.0"},
            {"name": "NERGrit (IndoNLU nergrit_ner-grit)", "use": "train", "commit": "IndoNLP/indonlu@ce728f6",
             "licence": "MIT"},
            {"name": "idner-news-2k", "use": "train, dev", "commit": "khairunnisaor/idner-news-2k@625ff40",
             "licence": "MIT"},
            {"name": "IndoLEM nerugm (fold 1)", "use": "train", "commit": "indolem/indolem@777fdc6",
             "licence": "CC BY 4.0 (per IndoLEM site; no licence file in the repository)"},
            {"name": "IndoLEM nerui (fold 1)", "use": "train", "commit": "indolem/indolem@777fdc6",
             "licence": "CC BY 4.0 (per IndoLEM site; no licence file in the repository)"},
        ],
        "pretraining": [
            {"name": "IndoNLU bapos_pos-idn (IDN Tagged Corpus), keps_keyword-extraction-prosa, "
                     "facqa_qa-factoid-itb passages",
             "use": "raw text only, for `spacy pretrain` of the UD tok2vec (training/raw_text.py; sentences near "
                    "a test sentence left out), with the training splits above",
             "commit": "IndoNLP/indonlu@ce728f6",
             "licence": "repository Apache-2.0; per-dataset licences not recorded in our snapshot (verify before "
                        "a public release)"},
        ],
        "ner_labels": ["PER", "ORG", "LOC", "EVT"],
        "not_used": "UD_Indonesian-GSD legacy r2.1 train (older annotation; measured to lower every CSUI "
                    "test score), UD_Indonesian-CSUI test and UD_Indonesian-PUD (evaluation only)",
    },
    "en": {
        "ud": [
            {"name": "UD_English-EWT", "use": "train, dev", "commit": "15d613d8447b3478787d4c278730a1e48a945efb",
             "licence": "CC BY-SA 4.0", "attribution": "Silveira et al. 2014; UD English-EWT contributors"},
        ],
        "ner": [],
        "pretraining": [],
        "ner_labels": [],
        "not_used": "UD_English-EWT test (evaluation only)",
    },
}


def assemble(language: str, ud: Path, ner: Path | None) -> spacy.language.Language:
    nlp = spacy.load(ud)
    if ner is not None:
        ner_nlp = spacy.load(ner)
        if "tok2vec" in ner_nlp.pipe_names:
            ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.add_pipe("ner", source=ner_nlp, after=nlp.pipe_names[-1])
    nlp.meta.update({
        "name": "core", "version": VERSION, "lang": language,
        "description": f"warta's {language} pipeline: UPOS+FEATS, lemmas, UD dependencies"
                       + (", named entities (PER ORG LOC EVT)" if ner is not None else ""),
        "author": "warta contributors", "license": "CC BY-SA 4.0",
        "sources": [{"name": d["name"], "license": d["licence"]} for d in DATA[language]["ud"]
                    + DATA[language]["ner"] + DATA[language]["pretraining"]],
    })
    for key in ("performance", "speed"):
        nlp.meta.pop(key, None)
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", choices=sorted(DATA))
    parser.add_argument("--ud", type=Path, required=True, help="trained UD pipeline (model-best)")
    parser.add_argument("--ner", type=Path, help="trained NER pipeline (model-best)")
    parser.add_argument("--scores", type=Path, help="JSON of test scores written by reproduce.py")
    parser.add_argument("--out", type=Path, help="default: src/warta/models/<language>_core")
    args = parser.parse_args()
    out: Path = args.out or MODELS_DIR / f"{args.language}_core"
    nlp = assemble(args.language, args.ud, args.ner)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out, exclude=["vocab.vectors"] if not nlp.vocab.vectors.shape[0] else [])
    record: dict[str, Any] = {"version": VERSION, "spacy": spacy.__version__, "data": DATA[args.language],
                              "pipeline": nlp.pipe_names,
                              "reproduce": f"python training/reproduce.py {args.language}"}
    if args.scores and args.scores.exists():
        record["scores"] = json.loads(args.scores.read_text(encoding="utf-8"))
    (out / "warta_model.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB): {', '.join(nlp.pipe_names)}")


if __name__ == "__main__":
    main()
