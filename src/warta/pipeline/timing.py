"""Dates of events: the time expression of the predicate's sentence nearest to it, resolved against the
publication date; an event with no time expression of its own, reported as fact and only once, takes the
day the sentence before it in its paragraph gives, else the day the lead dates the story to (a day at most
``LEAD_DAYS`` before publication: news of the morning after), else the publication date.

An article with no publication date (neither in its metadata nor in a dateline) is dated by its story:
the latest full date the text gives (a "Kamis (14/3/2024)" in the lead) stands in for the publication
date, both to resolve relative expressions ("kemarin", "Selasa") and for events with no expression.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from ..lang.cues import Cues
from ..tokens import tokenize
from .dates import TimeExpression, bare_weekday, find_time_expressions
from .doc import Doc, Predicate
from .merge import compatible

#: sentences after the headline that make the lead, and how many days before publication its day may be
LEAD_SENTENCES = 2
LEAD_DAYS = 3


def story_date(expressions: list[TimeExpression], text: str = "",
               future_words: frozenset[str] = frozenset()) -> dt.date | None:
    """The latest absolute, day-precise date of an article: news is published after what it reports,
    so the latest full date it gives is the best stand-in for its publication date. Dates announced for
    the future ("mulai diterapkan 1 Juli 2030") are not reports."""
    days = []
    for expr in expressions:
        before = {w.norm for w in tokenize(text, max(0, expr.start - 40), expr.start)[-2:]}
        if before & future_words:
            continue
        if expr.value and expr.precision == "day" and expr.relation == "absolute":
            try:
                days.append(dt.date.fromisoformat(expr.value))
            except ValueError:
                continue
    return max(days) if days else None


class EventDates:
    name = "dates"

    def __init__(self, cues: Cues | None = None) -> None:
        self.future_words = (cues["future"] | cues["onset"]) if cues is not None else frozenset()

    def __call__(self, doc: Doc) -> None:
        if not doc.predicates:
            return
        reference = doc.published
        if reference is None:
            expressions = find_time_expressions(doc.text, None, doc.language)
            reference = story_date(expressions, doc.text, self.future_words)
        # only the sentences that hold an event (and, for narrative dates, the one before) need their
        # time expressions resolved
        scanned: dict[int, list[TimeExpression]] = {}

        def expressions_of(index: int) -> list[TimeExpression]:
            if index not in scanned:
                s = doc.sentences[index]
                scanned[index] = [
                    replace(e, start=e.start + s.start, end=e.end + s.start)
                    for e in find_time_expressions(doc.text[s.start : s.end], reference, doc.language)
                    if e.value is not None]
            return scanned[index]

        by_sentence = {index: found for index in sorted({p.sentence for p in doc.predicates})
                       if (found := expressions_of(index))}
        doc.time_expressions = by_sentence
        default = reference.isoformat() if reference else None
        # an event the text does not date happened (or, planned, was announced) on the day the lead dates the
        # story to, when that is a day or a few before publication ("..., Kamis (17/7)" in an article of Friday)
        lead = _lead_day(doc, reference, expressions_of) if reference is not None else None
        for pred in doc.predicates:
            candidates = by_sentence.get(pred.sentence, [])
            if not candidates:
                pred.date = lead or default
                # one event reported again elsewhere keeps one date with its other reports
                # (_share_dates), whatever the sentence before this report was about
                if pred.factuality in ("asserted", "negated") and pred.sentence > 0 and not any(
                        other is not pred and other.code == pred.code and _same_actors(pred, other)
                        for other in doc.predicates):
                    pred.date = _narrative_date(doc, pred.sentence, reference, expressions_of) or pred.date
                continue
            anchor = doc.sentences[pred.sentence].tokens[pred.first].start
            best = min(candidates, key=lambda e: abs(e.start - anchor))
            pred.date, pred.date_explicit = best.value, True
            if pred.factuality == "future" and best.relation == "past" and reference is not None and \
                    bare_weekday(best, doc.language):
                # "will visit Cairo on Friday": a plan's bare weekday is the coming one, not the one past
                pred.date = (dt.date.fromisoformat(best.value) + dt.timedelta(days=7)).isoformat()
        _share_dates(doc)


def _lead_day(doc: Doc, reference: dt.date, expressions_of: Callable[[int], list[TimeExpression]]) -> str | None:
    """The day the lead (the first sentences after the headline) dates the story to, when it is a past day
    at most ``LEAD_DAYS`` before publication: news published the morning after tells the day before ("...
    pada Kamis (17/7)"), and the events the text gives no date of are that day's."""
    body = [s for s in doc.sentences if s.block not in ("headline", "subhead")][:LEAD_SENTENCES]
    for sentence in body:
        for e in expressions_of(sentence.index):
            if not e.value or e.precision != "day" or e.relation not in ("past", "present", "absolute"):
                continue
            try:
                day = dt.date.fromisoformat(e.value)
            except ValueError:
                continue
            if 0 < (reference - day).days <= LEAD_DAYS:
                return e.value
    return None


def _narrative_date(doc: Doc, index: int, reference: dt.date | None,
                    expressions_of: Callable[[int], list[TimeExpression]]) -> str | None:
    """The day the sentence before, in the same paragraph, dates its account to ("Police clashed with
    protesters on Saturday evening. ... Several protesters were detained"): a report goes on in the time
    it set. Only a past or present day, not after publication."""
    before, here = doc.sentences[index - 1], doc.sentences[index]
    if before.block != here.block or "\n\n" in doc.text[before.end : here.start]:
        return None
    found = [e for e in expressions_of(index - 1)
             if e.value and e.precision == "day" and e.relation in ("past", "present", "absolute")]
    if not found or (reference is not None and found[-1].value > reference.isoformat()):
        return None
    return found[-1].value


def _share_dates(doc: Doc) -> None:
    """A headline or a later mention without a time expression reports the same event as a mention
    with one: "Malaysia tangkap nelayan" takes the "Selasa (3/6)" of "Polisi Malaysia menangkap ..."."""
    dated = [p for p in doc.predicates if p.date_explicit]
    for pred in doc.predicates:
        if pred.date_explicit:
            continue
        for other in dated:
            if other.code == pred.code and _same_actors(pred, other):
                pred.date = other.date
                break


def _same_actors(a: Predicate, b: Predicate) -> bool:
    """The two predicates name compatible sources and targets (RUS and RUSGOV are compatible)."""
    def codes(ms):
        return [m.code for m in ms] or [None]

    return any(compatible(x, y) for x in codes(a.sources) for y in codes(b.sources)) and any(
        compatible(x, y) for x in codes(a.targets) for y in codes(b.targets))
