"""From predicates to events: one event per (source, target, code, date) in an article, with all the
places that state it as mentions."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from .. import codebook
from ..knowledge.kb import parse_date
from ..records import Actor, Event, Mention
from .actors import code_on
from .doc import ActorMention, Doc, Predicate

#: codes told with and without their target in one article as one act (denials: see _fold_untargeted)
FOLDED_UNTARGETED_CODES = frozenset({"016"})
FACTUALITY_RANK = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}
#: roots of acts a state does in words, through its government: statements, appeals, intents, consultations,
#: demands, disapproval, rejection, threats, reducing relations
GOVERNMENT_VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "10", "11", "12", "13", "16"})


def _actor(m: ActorMention | None) -> Actor | None:
    if m is None:
        return None
    return Actor(m.code, m.country, m.name, m.text)


def _mention(doc: Doc, pred: Predicate, source: ActorMention, target: ActorMention | None) -> Mention:
    sentence = doc.sentences[pred.sentence]
    tokens = sentence.tokens
    spans = [(tokens[pred.first].start, tokens[pred.last].end), (source.start, source.end)]
    if target is not None and target.sentence == pred.sentence:
        spans.append((target.start, target.end))
    start = max(sentence.start, min(s for s, _ in spans))
    end = min(sentence.end, max(e for _, e in spans))
    return Mention(pred.sentence, start, end, doc.text[start:end])


def compatible(a: str | None, b: str | None) -> bool:
    """RUS and RUSGOV may name the same actor; RUSGOV and RUSMIL do not."""
    if a == b:
        return True
    if not a or not b or a[:3] != b[:3] or a.startswith(("IGO", "NGO")):
        return False
    return len(a) == 3 or len(b) == 3


def _merge_granularity(grouped: dict[tuple, dict]) -> dict[tuple, dict]:
    """One event reported once as "Rusia" and once as "Pemerintah Rusia" is one event: groups whose
    actors differ only by a bare country code against the same country with a role are merged, and the
    more specific actor (the one the article uses more often on a tie) names the event."""
    merged: dict[tuple, dict] = {}
    for key, item in grouped.items():
        src, tgt, code, date = key
        home = None
        for other_key, other in merged.items():
            o_src, o_tgt, o_code, o_date = other_key
            if o_code == code and o_date == date and (
                    compatible(src, o_src) and compatible(tgt, o_tgt) or
                    # a mutual act told once in each order ("RI-Australia sepakati ...", "Australia dan RI
                    # menandatangani ..."): one event
                    (item["pred"].symmetric_pair or other["pred"].symmetric_pair)
                    and compatible(src, o_tgt) and compatible(tgt, o_src)):
                home = other_key
                break
        if home is None:
            merged[key] = dict(item, count=len(item["mentions"]))
            continue
        other = merged[home]
        n_new, n_old = len(item["mentions"]), other["count"]
        for m in item["mentions"]:
            if m not in other["mentions"]:
                other["mentions"].append(m)
        other["claimed"] = other["claimed"] + item["claimed"]
        other["count"] = n_old + n_new
        if FACTUALITY_RANK[item["factuality"]] < FACTUALITY_RANK[other["factuality"]]:
            other["factuality"] = item["factuality"]
        for side in ("source", "target"):
            new, old = item[side], other[side]
            if new is not None and old is not None and (len(new.code or ""), n_new) > (len(old.code or ""), n_old):
                other[side] = new
    return merged


def _fold_untargeted(merged: dict[tuple, dict], codes: frozenset[str]) -> dict[tuple, dict]:
    """An act of a code that may stand without a target, told once with its target ("KPK membantah
    membidik partai X") and once without ("KPK membantah hal itu"), is one act: the untargeted telling's
    mentions join the targeted event of the same source, code and date."""
    folded: dict[tuple, dict] = {}
    for key, item in merged.items():
        src, tgt, code, date = key
        home = None
        if tgt is None and code in codes:
            home = next((k for k in merged if k[1] is not None and k[2] == code and k[3] == date
                         and compatible(src, k[0])), None)
        if home is None:
            folded[key] = item
            continue
        other = merged[home]
        other["mentions"] = other["mentions"] + [m for m in item["mentions"] if m not in other["mentions"]]
        other["claimed"] = other["claimed"] + item["claimed"]
    return folded


def on_event_date(mention: ActorMention | None, pred: Predicate, doc: Doc) -> ActorMention | None:
    """A person is coded by the role held on the event's date, when the text dates the event
    ("they ousted President Ndaye on March 3": president then, not when the article appeared)."""
    if mention is None or not mention.spells or not pred.date_explicit or not pred.date:
        return mention
    try:
        day = parse_date(pred.date)
    except ValueError:
        return mention
    if day == doc.published:
        return mention
    code, country, _name = code_on(mention.spells, day)
    if code == mention.code:
        return mention
    return replace(mention, code=code, country=country)


def _speaking_state(source: ActorMention, pred: Predicate, governments: set[str]) -> ActorMention:
    """A country named as the doer of an act in words ("Rusia mengecam ...", "China menyerukan ...") in an
    article where its government speaks (its ministry, leader or spokesperson acts or is cited) speaks
    through that government: XGOV, one actor with the ministry's own telling of the act. Where no
    government of X speaks, and for its deeds (aid, force, agreements), the country stays bare."""
    if source.code and source.code == source.country and source.country in governments and \
            pred.code[:2] in GOVERNMENT_VERBAL_ROOTS:
        return replace(source, code=source.code + "GOV")
    return source


def _governments(doc: Doc) -> set[str]:
    """The countries whose government speaks in the article: the doer of an act, or the speaker of a claim
    or a quote."""
    speakers = [m for pred in doc.predicates for m in pred.sources] + \
        [pred.reported_by for pred in doc.predicates if pred.reported_by is not None] + \
        [c.speaker for c in doc.claims if c.speaker is not None]
    return {m.country for m in speakers if m.country and m.code == m.country + "GOV" and not m.is_location}


_REFERRING = frozenset({"pronoun", "group_pronoun", "possessive", "definite", "both"})
_WHOLE_STATE = frozenset({"country", "adjective", "capital", "seat", "milseat"})


def _same_actor(source: ActorMention, target: ActorMention) -> bool:
    """Whether source and target are one actor. Two different named bodies of one state share a code
    ("Gubernur Jawa Barat mengkritik Menteri Keuangan": IDNGOV and IDNGOV) and still make an event
    between them; the same name, or a code with no name on one side, is one actor."""
    if (target.code or target.name) != (source.code or source.name):
        return False
    if source.code is None or len(source.code) <= 3 or not (source.name and target.name):
        return True  # a bare country acting on itself is a misreading, not a domestic event
    if {source.kind, target.kind} & (_REFERRING | _WHOLE_STATE):
        # "mereka", "pihaknya": a word that refers back names no second actor; a capital or a seat of
        # government stands for the whole government ("Macron went to Paris")
        return True
    return source.name == target.name


def build_events(doc: Doc) -> list[Event]:
    grouped: dict[tuple, dict] = {}
    governments = _governments(doc)
    for pred in doc.predicates:
        for raw_source in pred.sources:
            dated = on_event_date(raw_source, pred, doc)
            source = _speaking_state(dated, pred, governments)
            for raw_target in pred.targets or [None]:
                target = on_event_date(raw_target, pred, doc)
                if source.code is None and source.name is None:
                    continue
                if target is not None and _same_actor(dated, target):
                    continue  # an actor acting on itself is not an event
                src_key, tgt_key = source.code or source.name, (target.code or target.name) if target else None
                if pred.symmetric_pair and tgt_key is not None and tgt_key < src_key:
                    # a mutual act ("kedua negara sepakat") is one event whichever side is named first
                    src_key, tgt_key = tgt_key, src_key
                key = (src_key, tgt_key, pred.code, pred.date)
                item = grouped.get(key)
                mention = _mention(doc, pred, source, target)
                said_by = _speaking_state(raw_source, pred, governments) if pred.claimed_by_source else pred.reported_by
                claimed = [(mention.start, said_by)] if said_by is not None else []
                if item is None:
                    grouped[key] = {"pred": pred, "source": source, "target": target, "claimed": claimed,
                                    "mentions": [mention], "factuality": pred.factuality}
                else:
                    item["claimed"] = item["claimed"] + claimed
                    if mention not in item["mentions"]:
                        item["mentions"].append(mention)
                    # the most certain reading stands: a report that it happened beats a plan
                    if FACTUALITY_RANK[pred.factuality] < FACTUALITY_RANK[item["factuality"]]:
                        item["factuality"] = pred.factuality
    events = []
    for key, item in _fold_untargeted(_merge_granularity(grouped), FOLDED_UNTARGETED_CODES).items():
        pred: Predicate = item["pred"]
        code = codebook.event_code(pred.code)
        digest = hashlib.sha1(repr((doc.article.id,) + key).encode()).hexdigest()[:16]
        # narrated here and attributed there: the event is the claim of its first attributed mention
        reported = min(item["claimed"], key=lambda c: c[0])[1] if item["claimed"] else None
        events.append(Event(
            id=digest,
            code=code.code,
            root_code=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            source=_actor(item["source"]),
            target=_actor(item["target"]),
            factuality=item["factuality"],
            reported_by=_actor(reported),
            date=pred.date,
            location=doc.locations.get(id(pred)),
            mentions=tuple(sorted(item["mentions"], key=lambda m: m.start)),
            rule=pred.rule,
        ))
    events.sort(key=lambda e: e.mentions[0].start)
    return _attributed_retellings(events)


def _attributed_retellings(events: list[Event]) -> list[Event]:
    """One act told twice, in words that code it a little differently ("Israel mengebom markas tentara
    Suriah" in the headline, "militer Israel mengatakan telah menyerang ..." in the body: same countries,
    same root), is claimed by whoever the first attributed telling cites."""
    def act(e: Event) -> tuple:
        side = lambda a: None if a is None else (a.country or (a.code or "")[:3] or a.name)
        return side(e.source), side(e.target), e.root_code

    first: dict[tuple, Actor] = {}
    for e in events:
        if e.reported_by is not None:
            first.setdefault(act(e), e.reported_by)
    return [e if e.reported_by is not None or act(e) not in first else replace(e, reported_by=first[act(e)])
            for e in events]
