"""Dates of events: the time expression of the predicate's sentence nearest to it, resolved against the
publication date; an event with no time expression gets the publication date."""

from __future__ import annotations

from .dates import find_time_expressions
from .doc import Doc


class EventDates:
    name = "dates"

    def __call__(self, doc: Doc) -> None:
        expressions = find_time_expressions(doc.text, doc.published, doc.language)
        by_sentence: dict[int, list] = {}
        for expr in expressions:
            if expr.value is None:
                continue
            for s in doc.sentences:
                if s.start <= expr.start < s.end:
                    by_sentence.setdefault(s.index, []).append(expr)
                    break
        doc.time_expressions = by_sentence
        default = doc.published.isoformat() if doc.published else None
        for pred in doc.predicates:
            candidates = by_sentence.get(pred.sentence, [])
            if not candidates:
                pred.date = default
                continue
            anchor = doc.sentences[pred.sentence].tokens[pred.first].start
            best = min(candidates, key=lambda e: abs(e.start - anchor))
            pred.date = best.value
