"""Where the events of a gold set are lost, in counts only: a diagnosis safe to run on an unseen set.

``warta eval GOLD --diagnose`` prints tables of counts and never a text, an actor code of the gold or an example,
so that a set kept unseen (``check.jsonl``) can tell where its misses lie without being read:

* each missed gold event (L1) by cause: its CAMEO root produced in the article with other actors; its evidence
  sentence holding a trigger of another root only (code choice); a trigger of its root found and then dropped,
  by the step that dropped it (the trace's ``events:no-source`` ...) and whether the gold source and target
  (countries, at L1) are among the actors of that sentence; no trigger at all;
* among matched events, whether ``reported_by`` agrees, and how it disagrees (the gold names the event's own
  source or another actor, warta names none, ...);
* among events matched at L1, which side's full code (L2) differs, and how (a bare country against a role);
* among missed events whose root warta produced with other actors, whether it did so in the event's own sentence
  and which side's country differs there, and whether the gold's country is among that sentence's actors (an
  actor coded wrong or not at all, or the right actor not picked).

The trace of the pipeline (:mod:`warta.pipeline.trace`) gives the triggers of each sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .scoring import _choices, actor_key, match_article, system_actor

if TYPE_CHECKING:
    from ..pipeline.trace import MatchFate
    from .runner import EvaluationReport

EMITTED = "emitted"


def _l1(code: str | None) -> str:
    return actor_key(code, "L1") if code else ""


def _roots(code) -> set[str]:
    return {str(c)[:2] for c in _choices(code) if c}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pieces(evidence: str) -> list[str]:
    """The pieces of a gold evidence ("... " and " / " separate them) long enough to find a sentence by."""
    out = []
    for piece in evidence.replace("…", " ... ").replace(" / ", " ... ").split(" ... "):
        piece = _flat(piece).strip(" .")
        if len(piece) >= 12:
            out.append(piece)
    return out


def _system(report: EvaluationReport) -> dict[str, list[dict]]:
    return {str((r.get("article") or {}).get("id")): r.get("events") or [] for r in report.system}


def _matched(report: EvaluationReport) -> Iterator[tuple[dict, dict]]:
    """Each gold event matched at L1, with the system event it matched."""
    system = _system(report)
    for gold in report.gold:
        yield from match_article(gold.get("events") or [], system.get(str(gold["id"]), []), "L1").matched


def _missed(report: EvaluationReport, fates: list[MatchFate]) -> Iterator[tuple[dict, list[dict], list[MatchFate]]]:
    """Each missed L1 gold event, with the system events and the trace fates of its article."""
    by_article: dict[str, list[MatchFate]] = {}
    for fate in fates:
        by_article.setdefault(fate.article, []).append(fate)
    system = _system(report)
    for gold in report.gold:
        aid = str(gold["id"])
        events = system.get(aid, [])
        for missed in match_article(gold.get("events") or [], events, "L1").missed:
            yield missed, events, by_article.get(aid, [])


def miss_causes(report: EvaluationReport, fates: list[MatchFate]) -> Counter:
    """Missed L1 gold events by cause (see the module's docstring)."""
    causes: Counter = Counter()
    for missed, events, article_fates in _missed(report, fates):
        roots = _roots(missed.get("code"))
        if any(str(e.get("code") or "")[:2] in roots for e in events):
            causes["root produced in the article, other actors"] += 1
            continue
        pieces = _pieces(missed.get("evidence") or "")
        here = [f for f in article_fates if any(p in _flat(f.text) for p in pieces)]
        own = [f for f in here if f.code[:2] in roots]
        if not own:
            causes["a trigger of another root only" if here else "no trigger in the evidence"] += 1
            continue
        fate = next((f for f in own if f.step != EMITTED), own[0])
        step = "emitted, yet no event of its root in the output" if fate.step == EMITTED else fate.step
        present = {_l1(a) for a in fate.actors}
        sides = []
        for side in ("source", "target"):
            wanted = {_l1(c) for c in _choices(missed.get(side)) if c}
            sides.append(f"{side} {'none' if not wanted else 'in sentence' if wanted & present else 'absent'}")
        causes[f"trigger of its root, {step}: " + ", ".join(sides)] += 1
    return causes


def _evidence_sentences(fates: list[MatchFate], evidence: str) -> tuple[set[int], set[str]]:
    """The sentences the evidence of a gold event lies in, and the countries (L1) of their actors."""
    pieces = _pieces(evidence)
    here = [f for f in fates if any(p in _flat(f.text) for p in pieces)]
    return {f.sentence for f in here}, {_l1(a) for f in here for a in f.actors}


def actor_misses(report: EvaluationReport, fates: list[MatchFate]) -> Counter:
    """Missed L1 gold events whose root warta produced with other actors: where, and which side differs."""
    out: Counter = Counter()
    for missed, events, article_fates in _missed(report, fates):
        roots = _roots(missed.get("code"))
        same_root = [e for e in events if str(e.get("code") or "")[:2] in roots]
        if not same_root:
            continue
        sentences, present = _evidence_sentences(article_fates, missed.get("evidence") or "")
        near = [e for e in same_root if any(m.get("sentence") in sentences for m in e.get("mentions") or ())]
        if not near:
            out["elsewhere in the article only"] += 1
            continue
        wrong = []
        for side in ("source", "target"):
            wanted = {_l1(c) for c in _choices(missed.get(side))}
            if not any(_l1(system_actor(e.get(side))) in wanted for e in near):
                found = "in" if wanted & present else "not in"
                wrong.append(f"{side} differs (gold's {found} the sentence's actors)")
        out["in its sentence: " + (", ".join(wrong) or "each side right in some event, not together")] += 1
    return out


def claim_agreement(report: EvaluationReport) -> Counter:
    """``reported_by`` among events matched at L1: right or how it differs."""
    out: Counter = Counter()
    for g, event in _matched(report):
        said = {_l1(c) for c in _choices(g.get("reported_by")) if c}
        ours = _l1(system_actor(event.get("reported_by")))
        doer = {_l1(c) for c in _choices(g.get("source")) if c}
        if not said and not ours:
            out["neither names one (not scored)"] += 1
        elif ours in said:
            out["right" + (", the event's own source" if ours in doer else "")] += 1
        elif not said:
            out["gold none, warta names " + ("the event's own source" if ours in doer else "another")] += 1
        elif not ours:
            out["gold names " + ("the event's own source" if said & doer else "another") + ", warta none"] += 1
        else:
            out["both name one, different"] += 1
    return out


def role_differences(report: EvaluationReport) -> Counter:
    """Among events matched at L1, the sides whose full code (L2) differs, by kind of difference."""
    out: Counter = Counter()
    for g, event in _matched(report):
        out["matched at L1"] += 1
        for side in ("source", "target"):
            wanted = {actor_key(c, "L2") for c in _choices(g.get(side)) if c}
            ours = actor_key(system_actor(event.get(side)), "L2") if system_actor(event.get(side)) else ""
            if ours in wanted or (not wanted and not ours):
                continue
            if not ours or not wanted:
                kind = "warta none" if not ours else "gold none"
            elif len(ours) == 3 and all(len(c) > 3 for c in wanted):
                kind = "warta a bare country, gold a role"
            elif any(len(c) == 3 for c in wanted) and len(ours) > 3:
                kind = "warta a role, gold a bare country"
            else:
                kind = "other codes"
            out[f"{side}: {kind}"] += 1
    return out


def format_diagnosis(report: EvaluationReport, fates: list[MatchFate]) -> str:
    """The four tables, counts only."""
    lines = []
    for title, counts in (("missed gold events (L1) by cause", miss_causes(report, fates)),
                          ("reported_by among events matched at L1", claim_agreement(report)),
                          ("full codes (L2) among events matched at L1", role_differences(report)),
                          ("missed events whose root warta produced with other actors",
                           actor_misses(report, fates))):
        lines.append(f"{title}:")
        lines += [f"  {n:5d}  {what}" for what, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        if not counts:
            lines.append("      0")
    return "\n".join(lines) + "\n"


__all__ = ["actor_misses", "claim_agreement", "format_diagnosis", "miss_causes", "role_differences"]
