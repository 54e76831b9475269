"""Headlines that state a visit without a verb: "Menlu Jepang ke Jakarta", "Presiden Korea Selatan ke Tokyo".

Indonesian headlines drop the verb of travel and keep its preposition: a person (a name or an office) that
opens the headline, the travel preposition right after it (a ``headline_travel`` cue: "ke") and a country or
capital right after that is the person's visit to that country (042, as "datang ke" says it in the body).
Only the person who opens the headline travels: "Ekspor Indonesia ke China naik" (a country before "ke")
and "Bantuan Jepang ke Gaza" (a word before the actor) are no visits, nor is "Warga Gaza ke Mesir" (civilians
and refugees arrive, only officials and delegations visit).
"""

from __future__ import annotations

from .doc import ActorMention, Doc, Predicate, Sentence
from .events import PRIVATE_TRAVELLER_ROLES

#: a visit (CAMEO 042)
VISIT_CODE = "042"
#: actors that can travel: people named or by their office (not a country, an organisation or a place)
TRAVELLER_KINDS = frozenset({"person", "role"})
#: what is visited: a country, or its capital standing for it
HOST_KINDS = frozenset({"country", "capital"})


class VerblessHeadlines:
    """Pipeline component (right after the event finder): the visit a headline states with a bare travel
    preposition, where no predicate was read at that word."""

    name = "verbless-headlines"

    def __init__(self, cues) -> None:
        self.travel = cues["headline_travel"]

    def __call__(self, doc: Doc) -> None:
        if not self.travel:
            return
        for sentence in doc.sentences:
            if sentence.block != "headline":
                continue
            visit = self._visit(doc, sentence, doc.actors.get(sentence.index, []))
            if visit is not None:
                doc.predicates.append(visit)

    def _visit(self, doc: Doc, sentence: Sentence, actors: list[ActorMention]) -> Predicate | None:
        for i, token in enumerate(sentence.tokens):
            if token.norm not in self.travel:
                continue
            travellers = [m for m in actors if m.first == 0 and m.last == i - 1 and not m.is_location
                          and (m.person or m.kind in TRAVELLER_KINDS)
                          and (m.code or "")[3:6] not in PRIVATE_TRAVELLER_ROLES]
            hosts = [m for m in actors if m.first == i + 1 and m.kind in HOST_KINDS]
            read = any(p.sentence == sentence.index and p.first <= i <= p.last for p in doc.predicates)
            if not travellers or not hosts or read:
                continue
            visit = Predicate(sentence.index, i, i, VISIT_CODE,
                              f"{doc.language}.verbless-headline: X {token.norm} Y → {VISIT_CODE}", "headline", "verb")
            visit.sources, visit.targets = travellers[:1], hosts[:1]
            return visit
        return None
