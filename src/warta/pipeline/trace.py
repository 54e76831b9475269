"""What became of each lexicon match: an opt-in record for developers (docs/development.md, "Tracing").

The event finder matches triggers in every sentence and drops most of them on the way: as words of an actor's
name, as a modifier, as the content of an appeal, for want of a source or a target, or later, in a component
that takes an emitted event back (a threat aimed at no one, a grievance). With tracing on, each match gets one
:class:`MatchFate`: the step that dropped it and why, or ``emitted`` when it gave an event that is still there
when the pipeline ends. Off (the default), the finder holds ``None`` and only tests it where a match is
dropped, so coding costs nothing more.

On with ``WARTA_TRACE_DROPPED=1`` in the environment of the process that loads the pipeline, or with
``warta eval GOLD --trace-dropped``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..lang.lexicon import PredicateMatch
    from .doc import ActorMention, Doc, Predicate, Sentence

TRACE_ENV = "WARTA_TRACE_DROPPED"
EMITTED = "emitted"


def trace_wanted() -> bool:
    """Whether ``WARTA_TRACE_DROPPED`` asks for a trace."""
    return os.environ.get(TRACE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class MatchFate:
    """One lexicon match and what happened to it. ``step`` is ``emitted`` or where it was dropped
    (``events:<check>`` in the event finder, or the name of a later component); ``reason`` says why."""

    article: str
    sentence: int
    trigger: str  # the matched words
    code: str
    rule: str
    step: str
    reason: str
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    text: str = ""  # the sentence
    actors: tuple[str, ...] = ()  # the codes of the actors the sentence names

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _codes(mentions) -> tuple[str, ...]:
    return tuple(m.code or f"?{m.text}" for m in mentions)


class MatchTrace:
    """The fates of the matches of every article coded while it is on, in order."""

    def __init__(self) -> None:
        self.fates: list[MatchFate] = []
        self._emitted: list[tuple[MatchFate, Predicate]] = []  # fates whose predicate may still be taken back

    def dropped(self, doc: Doc, sentence: Sentence, match: PredicateMatch, step: str, reason: str,
                sources: list[ActorMention] = (), targets: list[ActorMention] = ()) -> None:
        tokens = sentence.tokens
        self.fates.append(MatchFate(
            str(doc.article.id), sentence.index, " ".join(t.text for t in tokens[match.start : match.end]),
            match.entry.code, match.entry.rule, f"events:{step}", reason, _codes(sources), _codes(targets),
            doc.text[sentence.start : sentence.end], _codes(doc.actors.get(sentence.index, ()))))

    def emitted(self, doc: Doc, sentence: Sentence, match: PredicateMatch, pred: Predicate) -> None:
        self.dropped(doc, sentence, match, EMITTED, "event", pred.sources, pred.targets)
        fate = self.fates[-1]
        fate.step, fate.code = EMITTED, pred.code
        self._emitted.append((fate, pred))

    def after(self, component: str, doc: Doc) -> None:
        """Mark the emitted events that ``component`` took back from ``doc.predicates``."""
        if not self._emitted:
            return
        kept = {id(p) for p in doc.predicates}
        still = []
        for fate, pred in self._emitted:
            if id(pred) in kept:
                still.append((fate, pred))
            else:
                fate.step, fate.reason = component, "taken back"
        self._emitted = still

    def article_done(self) -> None:
        self._emitted = []

    def counts(self) -> Counter:
        """Matches per (step, reason)."""
        return Counter((f.step, f.reason) for f in self.fates)


def format_counts(fates: list[MatchFate], *, samples: int = 0) -> str:
    """A table of the fates by step and reason, biggest first, with up to ``samples`` examples each."""
    counts = Counter((f.step, f.reason) for f in fates)
    lines = [f"match fates ({len(fates)} matches)"]
    for (step, reason), n in counts.most_common():
        lines.append(f"  {n:6d}  {step:28s} {reason}")
        if samples and step != EMITTED:
            for f in [f for f in fates if (f.step, f.reason) == (step, reason)][:samples]:
                lines.append(f"            {f.article}#{f.sentence} {f.code} [{f.trigger}] "
                             f"src={','.join(f.sources) or '-'} tgt={','.join(f.targets) or '-'}  "
                             f"{' '.join(f.text.split())[:160]}")
    return "\n".join(lines) + "\n"


def _flat(text: str) -> str:
    return " ".join(text.split())


def fates_of_missed(fates: list[MatchFate], missed: list[dict]) -> list[MatchFate]:
    """The fates of matches that could have given a missed gold event: in its article, in a sentence that
    holds a piece of its evidence (pieces are cut at " ... " and " / "), of one of its CAMEO roots
    (``missed`` as :meth:`EvaluationReport.errors` lists them)."""
    wanted: dict[str, list[tuple[set[str], list[str]]]] = {}
    for err in missed:
        code = err["event"].get("code") or ""
        roots = {str(c)[:2] for c in (code if isinstance(code, list) else [code])}
        pieces = [_flat(p) for p in re.split(r" \.\.\. | / |…", err.get("sentence") or "")]
        wanted.setdefault(str(err["article"]), []).append((roots, [p for p in pieces if len(p) >= 12]))
    out = []
    for fate in fates:
        text = _flat(fate.text)
        if any(fate.code[:2] in roots and any(p in text for p in pieces)
               for roots, pieces in wanted.get(fate.article, ())):
            out.append(fate)
    return out
