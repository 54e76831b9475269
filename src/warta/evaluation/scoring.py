"""The event scorer.

Per article and level, events that share a key are collapsed (system: the first one stands; gold: events
whose first-choice key is the same are pooled into one that accepts any of their values, optional only if
all were), then system events are matched one to one with gold events, maximally: as many required gold
events as possible first (augmenting paths), then left-over system events onto optional gold, whose
matches count neither way. Factuality and date accuracy are measured over matched required events (the
system date must begin with the gold date). ``reported_by`` accuracy counts, among matched required events
where the gold or the system names a source of the claim, the share where both name the same one (actor
key of the level).

Levels: L1 country dyad + root code (organisation codes IGO/NGO/MNC/UAF kept whole), L2 full actor codes +
root code, L3 full actor codes + full event code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LEVELS = ("L1", "L2", "L3")
ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC", "UAF")


def _choices(value: Any) -> list[str]:
    if value is None:
        return [""]
    if isinstance(value, list):
        return [v or "" for v in value]
    return [value]


def actor_key(code: str | None, level: str) -> str:
    code = (code or "").upper()
    if level == "L1" and not code.startswith(ORGANISATION_PREFIXES):
        return code[:3]
    return code


def event_key(code: str | None, level: str) -> str:
    code = code or ""
    return code if level == "L3" else code[:2]


def system_actor(actor: Any) -> str:
    if actor is None:
        return ""
    if isinstance(actor, str):
        return actor
    return actor.get("code") or ""


def system_key(event: dict, level: str) -> tuple[str, str, str]:
    return (actor_key(system_actor(event.get("source")), level),
            actor_key(system_actor(event.get("target")), level),
            event_key(event.get("code"), level))


def matches(gold: dict, event: dict, level: str) -> bool:
    sources = {actor_key(c, level) for c in _choices(gold.get("source"))}
    targets = {actor_key(c, level) for c in _choices(gold.get("target"))}
    codes = {event_key(c, level) for c in _choices(gold.get("code"))}
    s, t, c = system_key(event, level)
    if c not in codes:
        return False
    if s in sources and t in targets:
        return True
    return bool(gold.get("symmetric")) and t in sources and s in targets


def collapse_system(events: list[dict], level: str) -> list[dict]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for event in events:
        key = system_key(event, level)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def collapse_gold(events: list[dict], level: str) -> list[dict]:
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for g in events:
        key = (actor_key(_choices(g.get("source"))[0], level), actor_key(_choices(g.get("target"))[0], level),
               event_key(_choices(g.get("code"))[0], level))
        groups.setdefault(key, []).append(g)
    out = []
    for members in groups.values():
        members.sort(key=lambda g: bool(g.get("optional")))
        merged = dict(members[0])
        for name in ("source", "target", "code", "reported_by"):
            pool: list[str] = []
            for g in members:
                for v in _choices(g.get(name)):
                    if v not in pool:
                        pool.append(v)
            merged[name] = [v or None for v in pool]
        merged["symmetric"] = any(g.get("symmetric") for g in members)
        merged["optional"] = all(g.get("optional") for g in members)
        out.append(merged)
    return out


@dataclass
class ArticleMatch:
    """What happened to each event of one article at one level, for error listings."""

    matched: list[tuple[dict, dict]] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    tp: int = 0


def best_matching(gold: list[dict], system: list[dict], level: str) -> dict[int, int]:
    """System index → gold index: a maximum matching onto required gold events first, then the system
    events left over onto optional gold events (each gold event used once), so that no order of listing
    or of alternatives can cost a true match."""
    fits = [[i for i, g in enumerate(gold) if matches(g, event, level)] for event in system]
    owner: dict[int, int] = {}  # gold index → system index

    def augment(j: int, allowed: set[int], seen: set[int]) -> bool:
        for i in fits[j]:
            if i in allowed and i not in seen:
                seen.add(i)
                if i not in owner or augment(owner[i], allowed, seen):
                    owner[i] = j
                    return True
        return False

    required = {i for i, g in enumerate(gold) if not g.get("optional")}
    for j in range(len(system)):
        augment(j, required, set())
    taken = set(owner.values())
    optional = set(range(len(gold))) - required
    for j in range(len(system)):
        if j not in taken:
            augment(j, optional, set())
    return {j: i for i, j in owner.items()}


def match_article(gold_events: list[dict], system_events: list[dict], level: str) -> ArticleMatch:
    gold = collapse_gold(gold_events, level)
    system = collapse_system(system_events, level)
    match = best_matching(gold, system, level)
    used = set(match.values())
    result = ArticleMatch()
    for j, event in enumerate(system):
        hit = match.get(j)
        if hit is None:
            result.spurious.append(event)
        elif not gold[hit].get("optional"):
            result.tp += 1
            result.matched.append((gold[hit], event))
    result.missed = [g for i, g in enumerate(gold) if i not in used and not g.get("optional")]
    return result


def claim_source_agrees(gold: dict, event: dict, level: str) -> bool | None:
    """Whether gold and system name the same source of the claim (``reported_by``); ``None`` when
    neither names one (the event is then not counted)."""
    said_by = {actor_key(c, level) for c in _choices(gold.get("reported_by")) if c}
    ours = actor_key(system_actor(event.get("reported_by")), level)
    if not said_by and not ours:
        return None
    return bool(ours) and ours in said_by


@dataclass
class LevelScore:
    level: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fact_ok: int = 0
    fact_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    reported_ok: int = 0
    reported_n: int = 0
    per_article: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "factuality_acc": round(self.fact_ok / self.fact_n, 3) if self.fact_n else None,
            "date_acc": round(self.date_ok / self.date_n, 3) if self.date_n else None,
            "reported_by_acc": round(self.reported_ok / self.reported_n, 3) if self.reported_n else None,
        }


def score_level(gold_rows: list[dict], system_rows: list[dict], level: str) -> LevelScore:
    """Score system output rows (DESIGN.md schema) against gold rows at one level."""
    by_id: dict[str, list[dict]] = {}
    for row in system_rows:
        article = row.get("article") or {}
        by_id[str(article.get("id", row.get("id")))] = row.get("events") or []
    score = LevelScore(level)
    for g in gold_rows:
        aid = str(g["id"])
        result = match_article(g.get("events") or [], by_id.get(aid, []), level)
        for gold, event in result.matched:
            if gold.get("factuality"):
                score.fact_n += 1
                score.fact_ok += event.get("factuality") == gold["factuality"]
            if gold.get("date"):
                score.date_n += 1
                score.date_ok += str(event.get("date") or "").startswith(gold["date"])
            agrees = claim_source_agrees(gold, event, level)
            if agrees is not None:
                score.reported_n += 1
                score.reported_ok += agrees
        score.tp += result.tp
        score.fp += len(result.spurious)
        score.fn += len(result.missed)
        score.per_article[aid] = (result.tp, len(result.spurious), len(result.missed))
    return score


def _quote_text(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:“”\"'").lower()


@dataclass
class QuoteScore:
    """Quote speakers against gold rows that list ``quotes`` ({"text", "speaker"}) and ``ui`` (strings of
    the page's interface that must never come out as quotes)."""

    right: int = 0
    total: int = 0
    ui_as_quotes: int = 0
    wrong: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)  # id, text, gold, ours

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        acc = self.accuracy
        return {"quotes": self.total, "quote_speaker_acc": None if acc is None else round(acc, 3),
                "ui_strings_as_quotes": self.ui_as_quotes}


def score_quotes(gold_rows: list[dict], system_rows: list[dict]) -> QuoteScore | None:
    """Quote-speaker accuracy (a gold quote found with no speaker or another one is wrong) and the number of
    UI strings the system made quotes; ``None`` when no gold row lists quotes or UI strings."""
    if not any("quotes" in g or "ui" in g for g in gold_rows):
        return None
    by_id = {str((r.get("article") or {}).get("id", r.get("id"))): r.get("quotes") or [] for r in system_rows}
    score = QuoteScore()
    for g in gold_rows:
        aid = str(g["id"])
        ours = {_quote_text(q.get("text", "")): system_actor(q.get("speaker")) or None for q in by_id.get(aid, [])}
        for quote in g.get("quotes") or []:
            score.total += 1
            found = ours.get(_quote_text(quote["text"]))
            if found and found in _choices(quote.get("speaker")):
                score.right += 1
            else:
                score.wrong.append((aid, quote["text"], quote.get("speaker"), found))
        ui = {_quote_text(u) for u in g.get("ui") or []}
        score.ui_as_quotes += sum(1 for text in ours if text in ui)
    return score
