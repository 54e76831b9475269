"""Headlines without a verb: a visit stated with a bare preposition ("Menlu Jepang ke Jakarta"), and a
speaker put before a colon ("Menlu Retno: Israel Harus Hentikan Serangan").

Indonesian headlines drop the verb of travel and keep its preposition: a person (a name or an office) that
opens the headline, the travel preposition right after it (a ``headline_travel`` cue: "ke") and a country or
capital right after that is the person's visit to that country (042, as "datang ke" says it in the body).
Only the person who opens the headline travels: "Ekspor Indonesia ke China naik" (a country before "ke")
and "Bantuan Jepang ke Gaza" (a word before the actor) are no visits, nor is "Warga Gaza ke Mesir" (civilians
and refugees arrive, only officials and delegations visit).

A headline that names a speaker and a colon before what was said ("Jokowi: Indonesia Kecam Serangan X",
"Di Sidang PBB, Menlu Retno: ...") frames the rest of the headline as the speaker's claim, as "kata X"
does in the body: its events are reported by the speaker. The speaker is one actor that fills the stretch
before the colon, or its last clause after a comma.
"""

from __future__ import annotations

from .doc import ActorMention, Claim, Doc, Predicate, Sentence
from .events import PRIVATE_TRAVELLER_ROLES

#: a visit (CAMEO 042)
VISIT_CODE = "042"
#: actors that can travel: people named or by their office (not a country, an organisation or a place)
TRAVELLER_KINDS = frozenset({"person", "role"})
#: what is visited: a country, or its capital standing for it
HOST_KINDS = frozenset({"country", "capital"})
#: the mark between a headline's speaker and what the speaker said
SPEAKER_COLON = ":"


class VerblessHeadlines:
    """Pipeline component (right after the event finder, before the claims are read): the visit a headline
    states with a bare travel preposition, where no predicate was read at that word; the claim of a speaker
    named before a headline's colon."""

    name = "verbless-headlines"

    def __init__(self, cues) -> None:
        self.travel = cues["headline_travel"]

    def __call__(self, doc: Doc) -> None:
        for sentence in doc.sentences:
            if sentence.block != "headline":
                continue
            actors = doc.actors.get(sentence.index, [])
            visit = self._visit(doc, sentence, actors)
            if visit is not None:
                doc.predicates.append(visit)
            claim = self._speaker_colon(sentence, actors)
            if claim is not None:
                doc.claims.append(claim)

    def _visit(self, doc: Doc, sentence: Sentence, actors: list[ActorMention]) -> Predicate | None:
        if not self.travel:
            return None
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

    @staticmethod
    def _speaker_colon(sentence: Sentence, actors: list[ActorMention]) -> Claim | None:
        tokens = sentence.tokens
        colon = next((k for k, t in enumerate(tokens) if t.text == SPEAKER_COLON), None)
        if colon is None or colon == 0 or colon + 1 >= len(tokens):
            return None
        opening = max((k + 1 for k in range(colon) if tokens[k].text == ","), default=0)
        speaker = next((m for m in actors if m.first == opening and m.last == colon - 1 and not m.is_location
                        and m.kind != "pronoun"), None)
        if speaker is None:
            return None
        return Claim(tokens[colon + 1].start, sentence.end, sentence.index, speaker, SPEAKER_COLON,
                     tokens[colon].start)
