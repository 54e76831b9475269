"""Running the pipeline over a gold file and scoring it, overall and per language."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldFileError, WartaError
from ..io.readers import read_text_file
from ..records import Article, ArticleResult
from .scoring import LEVELS, LevelScore, QuoteScore, match_article, score_level, score_quotes


@dataclass
class EvaluationReport:
    gold: list[dict]
    system: list[dict]
    texts: dict[str, str]
    scores: dict[str, dict[str, LevelScore]] = field(default_factory=dict)  # group → level → score
    failures: dict[str, str] = field(default_factory=dict)
    quotes: QuoteScore | None = None  # when the gold lists quotes (the attribution suite)
    #: per construction, when gold rows name one (test suites): items, L1 score, quote score
    constructions: dict[str, tuple[int, LevelScore, QuoteScore | None]] = field(default_factory=dict)

    def errors(self, level: str = "L1") -> list[dict]:
        """Each missed and each spurious event with its sentence, article by article."""
        by_id = {str((r.get("article") or {}).get("id")): r for r in self.system}
        out = []
        for g in self.gold:
            aid = str(g["id"])
            where = {"article": aid, "construction": g.get("construction")}
            events = (by_id.get(aid) or {}).get("events") or []
            result = match_article(g.get("events") or [], events, level)
            for missed in result.missed:
                out.append({**where, "kind": "missed", "event": missed,
                            "sentence": missed.get("evidence") or self.texts.get(aid, "")})
            for event in result.spurious:
                mention = (event.get("mentions") or [{}])[0]
                out.append({**where, "kind": "spurious", "event": event,
                            "sentence": _sentence_of(self.texts.get(aid, ""), mention)})
        return out


def _sentence_of(text: str, mention: dict) -> str:
    start, end = mention.get("start"), mention.get("end")
    if start is None or not text:
        return mention.get("text", "")
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    hi_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    return " ".join(text[lo:hi].split())


def load_gold(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise GoldFileError(f"cannot read gold file {path}: {err}") from err
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFileError(f"{path}:{number}: not valid JSON ({err.msg})") from err
        if not isinstance(row, dict) or "id" not in row:
            raise GoldFileError(f"{path}:{number}: a gold row needs an \"id\"")
        rows.append(row)
    return rows


def evaluate_gold_file(path: str | Path, *, language: str | None = None,
                       extract: Callable[[Article], ArticleResult] | None = None) -> EvaluationReport:
    """Run the pipeline on every gold article (``file`` paths relative to the gold file) and score it."""
    from ..pipeline.pipeline import load_pipeline

    path = Path(path)
    gold = [g for g in load_gold(path) if language is None or g.get("language") == language]
    system: list[dict] = []
    texts: dict[str, str] = {}
    failures: dict[str, str] = {}
    for g in gold:
        aid = str(g["id"])
        if "text" in g:
            text = g["text"]
        elif "file" in g:
            try:
                text, _warning = read_text_file(path.parent / g["file"])
            except WartaError as err:
                failures[aid] = str(err)
                continue
        else:
            failures[aid] = "gold row has neither text nor file"
            continue
        texts[aid] = text
        article = Article(id=aid, text=text, language=g.get("language"), published=g.get("published"))
        try:
            runner = extract or load_pipeline(article.language or "id")
            result = runner(article)
        except WartaError as err:
            failures[aid] = str(err)
            continue
        system.append(result.to_dict())
    report = EvaluationReport(gold, system, texts, failures=failures)
    groups: dict[str, list[dict]] = {"all": gold}
    for g in gold:
        groups.setdefault(g.get("language") or "und", []).append(g)
    for name, rows in groups.items():
        report.scores[name] = {level: score_level(rows, system, level) for level in LEVELS}
    report.quotes = score_quotes(gold, system)
    by_construction: dict[str, list[dict]] = {}
    for g in gold:
        if g.get("construction"):
            by_construction.setdefault(g["construction"], []).append(g)
    for name, rows in sorted(by_construction.items()):
        report.constructions[name] = (len(rows), score_level(rows, system, "L1"), score_quotes(rows, system))
    return report
