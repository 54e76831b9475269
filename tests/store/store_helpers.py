"""Helpers for the store tests: hand-made coded articles (no pipeline), so merge rules are tested exactly."""

from __future__ import annotations

from pathlib import Path

from warta.records import Actor, Article, ArticleResult, Event, Mention
from warta.store import Coded, Store


def make_result(aid: str, text: str, published: str, events: list[tuple],
                outlet: str | None = None, url: str | None = None) -> ArticleResult:
    """events: (code, source code, target code, date[, factuality])."""
    evs = []
    for n, (code, src, tgt, date, *rest) in enumerate(events):
        start = n * 3
        evs.append(Event(
            id=f"{aid}-e{n}", code=code, root_code=code[:2], quad_class=4 if code[:2] >= "14" else 1,
            goldstein=-5.0 if code[:2] >= "14" else 3.0,
            source=Actor(src, src[:3], src.title(), src), target=Actor(tgt, tgt[:3], tgt.title(), tgt) if tgt else None,
            factuality=rest[0] if rest else "asserted", date=date, mentions=(Mention(n, start, start + 3, text[start:start + 3]),), rule=f"test rule {code}"))
    return ArticleResult(Article(aid, text, "id", published, url, f"title {aid}", outlet), tuple(evs))


def write(db: Path, results: list[ArticleResult]) -> None:
    with Store(db) as store:
        store.write([Coded(f"test:{r.article.id}", r) for r in results])
