"""Print the Markdown score tables of docs/models.md from ``training/work/scores/<lang>.json``.

Usage: ``python training/report.py`` (after ``reproduce.py``); paste the output into docs/models.md.
"""

from __future__ import annotations

import json
from pathlib import Path

SCORES = Path(__file__).resolve().parent / "work" / "scores"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def ud_rows(scores: dict) -> list[str]:
    rows = []
    for name, s in scores.items():
        if "conll_las" in s and "without" not in name:  # speed-only runs of a subset are not repeated
            rows.append(f"| {name} | {s['words']:,} | {pct(s['conll_upos'])} | {pct(s.get('morph_acc'))} | "
                        f"{pct(s.get('lemma_acc'))} | {pct(s['conll_uas'])} | {pct(s['conll_las'])} |")
    return rows


def ner_rows(scores: dict) -> list[str]:
    rows = ["| test set | label | P | R | F1 |", "|---|---|---|---|---|"]
    for name, s in scores.items():
        if "ents_f" not in s or "conll_las" in s:
            continue
        for label, t in sorted(s.get("ents_per_type", {}).items()):
            rows.append(f"| {name} | {label} | {pct(t['p'])} | {pct(t['r'])} | {pct(t['f'])} |")
        rows.append(f"| {name} | **all** | {pct(s['ents_p'])} | {pct(s['ents_r'])} | **{pct(s['ents_f'])}** |")
    return rows


def speed_rows(all_scores: dict[str, dict]) -> list[str]:
    rows = ["| pipeline | test set | words | CPU s | words/s (CPU) | words/s (wall) |", "|---|---|---|---|---|---|"]
    for lang, scores in all_scores.items():
        for name, s in scores.items():
            rows.append(f"| {lang}: {' + '.join(s['pipeline'])} | {name} | {s['words']:,} | {s['cpu_seconds']} | "
                        f"{s['words_per_second']:,} | {s['words_per_wall_second']:,} |")
    return rows


def main() -> None:
    all_scores = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCORES.glob("??.json"))}
    for lang, scores in all_scores.items():
        print(f"## {lang} UD\n" + "\n".join(ud_rows(scores)))
        ner = ner_rows(scores)
        if len(ner) > 2:
            print(f"\n## {lang} NER\n" + "\n".join(ner))
    print("\n## speed\n" + "\n".join(speed_rows(all_scores)))


if __name__ == "__main__":
    main()
