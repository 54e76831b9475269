"""``warta models path LANG`` / ``warta models info [LANG]``: where the shipped spaCy pipelines are, and
what they were trained on and how well they score."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..models import MODELS, ModelMissingError, model_info, model_path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="the shipped parsing models (path, versions, data, scores)",
                       description="Show the spaCy pipelines shipped inside warta (tags, lemmas, dependency "
                                   "parse, named entities). They are never downloaded.")
    actions = p.add_subparsers(dest="models_action", metavar="ACTION", required=True)
    path = actions.add_parser("path", help="print the directory of a shipped pipeline (for spacy.load)")
    path.add_argument("language", choices=sorted(MODELS))
    info = actions.add_parser("info", help="print versions, training data, licences and test scores")
    info.add_argument("language", nargs="?", choices=sorted(MODELS), help="default: every language")
    info.add_argument("--json", action="store_true", help="print the full record as JSON")
    p.set_defaults(run=run)


def _percent(value: Any) -> str:
    return f"{100 * value:.1f}" if isinstance(value, int | float) else "-"


def _describe(language: str, info: dict[str, Any]) -> list[str]:
    warta = info.get("warta", {})
    lines = [(f"{language}: {info.get('lang')}_{info.get('name')} {info.get('version')} "
              f"(trained with spaCy {warta.get('spacy', '?')}, needs {info.get('spacy_version', '?')}, "
              f"{info['size_bytes'] / 1e6:.1f} MB)"),
             f"  path: {info['path']}",
             f"  pipeline: {', '.join(info.get('pipeline', []))}"]
    data = warta.get("data", {})
    for item in data.get("ud", []) + data.get("ner", []) + data.get("pretraining", []):
        lines.append(f"  data: {item['name']} ({item['use']}; {item['licence']}; {item['commit']})")
    if data.get("ner_labels"):
        lines.append(f"  entity labels: {' '.join(data['ner_labels'])}")
    for test, scores in warta.get("scores", {}).items():
        parts = []
        # conll_*: every word counted, punctuation included (docs/models.md); spaCy's dep_* leave it out
        for keys, name in ((("conll_upos", "pos_acc"), "UPOS"), (("lemma_acc",), "lemma"),
                           (("conll_uas", "dep_uas"), "UAS"), (("conll_las", "dep_las"), "LAS"),
                           (("ents_p",), "NER P"), (("ents_r",), "R"), (("ents_f",), "F1")):
            key = next((k for k in keys if k in scores), None)
            if key is not None:
                parts.append(f"{name} {_percent(scores[key])}")
        if "words_per_second" in scores:
            parts.append(f"{scores['words_per_second']:,} words/s")
        lines.append(f"  {test}: {', '.join(parts)}")
    if warta.get("reproduce"):
        lines.append(f"  reproduce: {warta['reproduce']}")
    return lines


def run(args: argparse.Namespace) -> int:
    if args.models_action == "path":
        print(model_path(args.language))
        return 0
    if args.language:
        infos: dict[str, Any] = {args.language: model_info(args.language)}  # a missing model is an error
    else:
        infos = {}
        for language in sorted(MODELS):
            try:
                infos[language] = model_info(language)
            except ModelMissingError as err:
                infos[language] = {"missing": str(err)}
    if args.json:
        print(json.dumps(infos, indent=2, ensure_ascii=False))
        return 0
    for language, info in infos.items():
        lines = [f"{language}: not shipped ({info['missing']})"] if "missing" in info else _describe(language, info)
        print("\n".join(lines))
    return 0
