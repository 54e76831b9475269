"""Replies: the act another act answers was aimed at whoever answers it (a mixin of the events component).

"Israel menyerang Gaza sebagai balasan atas serangan roket Hamas", "Kanada mengenakan tarif ... sebagai
respons terhadap tarif Amerika Serikat": the event noun after a noun of reply and its preposition
("balasan/tanggapan/respons/reaksi atas/terhadap", cue kind ``reply``) is its owner's act, and when the
sentence names no target of its own for it (no preposition, no place), it was aimed at the doer of the act
told before the reply, who answers it (Hamas 19x Israel, USA 163 Canada). A reply noun that is itself the
head of an entry ("balasan atas sanksi X") names the same act. The answerer's own side is never its target.

Thanks and praise work the other way round: "Presiden X berterima kasih kepada Y atas bantuannya", "memuji Y
atas dukungannya": the cooperative act (roots 03-08) after "atas" (cue kind ``thanks_for``) was done to the
one who thanks, by its own doer or, where it names none, by whom the thanks go to.
Only conflictual acts (roots 10-20) are answered this way: a visit or aid replied to went where its own
words say ("kunjungan X ke kuil Y"), not to whoever replies. Nor in the answerer's own account of its
reasons ("X mengatakan serangan itu balasan atas pembunuhan yang dilakukan Y"): an act claimed by the side
it befell reads as that side's accusation (pipeline.claimed), which a justification is not.
"""

from __future__ import annotations

from ..lang.lexicon import PredicateMatch
from .cooperation import _side
from .doc import ActorMention, Doc, Sentence

#: the acts a reply answers as done to the one who replies: demands, disapproval, rejection, threats, protest,
#: force posture, reduced relations, coercion and force (CAMEO roots 10-20)
ANSWERED_ROOTS = frozenset(f"{root}" for root in range(10, 21))
#: the acts one is thanked or praised for: intents, consultation, support, cooperation, aid, concessions
THANKED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
PRAISE_CODE = "051"
#: words between the reply phrase and the event noun it names ("balasan atas | aksi | serangan")
REPLY_GAP = 1
#: tokens after the answered act's noun in which a preposition of its own names its patient (past its owner:
#: "serangan kelompok itu terhadap ...")
PATIENT_WINDOW = 5


class Replies:
    """Targets of acts named as what a reply answers (uses the events component's ``cues``)."""

    def _reply_before(self, sentence: Sentence, match: PredicateMatch) -> int | None:
        """The token where a reply phrase ("balasan atas") naming the match starts, or ``None``."""
        tokens = sentence.tokens
        for k in range(match.start, max(-1, match.start - 3 - REPLY_GAP), -1):
            if k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in self.cues["reply"] and (
                    k == match.start or k + 2 <= match.start):
                return k
        return None

    def _answerers(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                   sources: list[ActorMention]) -> list[ActorMention]:
        """Who answers the act the match names after a reply phrase: the doers of the last act told
        before the phrase in the sentence, not of the match's own side; ``[]`` where there is none."""
        at = self._reply_before(sentence, match) if match.entry.code[:2] in ANSWERED_ROOTS else None
        if at is None or self._own_patient_phrase(sentence, match):
            return []
        answer = next((p for p in reversed(doc.predicates)
                       if p.sentence == sentence.index and p.first < at and p.sources), None)
        if answer is None:
            return []
        own = {_side(m.code) for m in sources}
        answerers = [m for m in answer.sources if _side(m.code) not in own]
        claim = doc.claim_at(sentence.tokens[at].start)
        if claim is not None and claim.speaker is not None and any(
                _side(claim.speaker.code) == _side(m.code) for m in answerers):
            return []
        return answerers

    def _own_patient_phrase(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """The answered act names whom it was aimed at with a preposition of its own, though no actor
        ("balasan atas serangan kelompok itu terhadap kapal-kapal dagang": the ships, not the answerer)."""
        tokens, preps = sentence.tokens, match.entry.targets - {"obj"}
        for k in range(match.end, min(len(tokens), match.end + PATIENT_WINDOW)):
            if not tokens[k].is_word:
                return False
            if tokens[k].norm in preps:
                return True
        return False

    def _thanked_for(self, doc: Doc, sentence: Sentence, match: PredicateMatch, sources: list[ActorMention],
                     ) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """(sources, targets) of a cooperative act that an earlier praise or thanks of the sentence is for
        ("berterima kasih kepada Y atas bantuan(nya)": Y's aid to the thanker), or ``None``."""
        tokens = sentence.tokens
        if match.entry.code[:2] not in THANKED_ROOTS or not any(
                tokens[k].norm in self.cues["thanks_for"] for k in range(max(0, match.start - 1 - REPLY_GAP), match.start)):
            return None
        praise = next((p for p in reversed(doc.predicates) if p.sentence == sentence.index
                       and p.last < match.start and p.code == PRAISE_CODE and p.sources), None)
        if praise is None:
            return None
        doers = sources or list(praise.targets)
        own = {_side(m.code) for m in doers}
        thanked = [m for m in praise.sources if _side(m.code) not in own]
        return (doers, thanked) if doers and thanked else None
