"""Obligations laid on another: what a speaker says someone else must do is the speaker's demand (a mixin of
the events component).

"Vietnam menyatakan Kamboja harus mundur dari desa itu", "“Israel harus menghentikan serangannya,” kata Menlu X":
the sentence states a demand (CAMEO 10x) by the speaker of the reporting frame on whoever must act, and the
10x sub-code mirrors the act demanded, as the codebook's demands mirror the cooperative roots (a withdrawal
106, a release 1053, aid 103x, talks 108 ...). The act itself has not happened: like the content of an
appeal ("mendesak X agar ..."), it is no event of its own.

Only an obligation laid on another side makes a demand: "Kita harus ...", or "Indonesia harus ..." said by
its own minister, is the speaker's own resolve; "tidak harus" (need not) lays none; a relayed report names
an outlet, which demands nothing; an act in the passive ("pelaku harus dihukum") names no one who must act.
"""

from __future__ import annotations

from ..lang.lexicon import PredicateMatch
from .arguments import AUXILIARIES
from .doc import ActorMention, Doc, Predicate, Sentence
from .merge import compatible

#: words from the obligation cue to the verb it governs (auxiliaries only: "harus segera menarik")
OBLIGATION_WINDOW = 3
#: the demand (10x) for each act demanded, after the CAMEO 1.1b3 codebook's demand codes
DEMAND_OF_CODE = {
    "045": "105", "051": "102",
    "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "081": "1051", "0811": "1051", "0812": "1051", "0813": "1051", "0814": "1051", "082": "1052",
    "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
    "084": "1053", "0841": "1053", "0842": "1053", "085": "1054",
    "086": "1055", "0861": "1055", "0862": "1055", "0863": "1055",
    "087": "106", "0871": "107", "0872": "1056", "0873": "1056", "0874": "106", "166": "106",
}
DEMAND_OF_ROOT = {"04": "108", "07": "103", "09": "101"}
#: any other act demanded ("PBB harus menjatuhkan sanksi kepada X"): a demand not specified further
DEMAND_CODE = "100"


#: the appeal (02x) for each act appealed for, after the same codebook: 02x mirrors the cooperative roots
APPEAL_OF_CODE = {
    "045": "028", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
    "071": "0231", "072": "0232", "073": "0233", "074": "0234",
    "081": "0251", "0811": "0251", "0812": "0251", "0813": "0251", "0814": "0251", "082": "0252",
    "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
    "084": "0253", "0841": "0253", "0842": "0253", "085": "0254",
    "086": "0255", "0861": "0255", "0862": "0255", "0863": "0255",
    "0871": "0256",
}
#: (an appeal for a withdrawal, 087 or 0874, stays of no stated kind, 020: CAMEO has no appeal for
#: withdrawal, and the team's suite and gold practice do not read it as 0256; nor do vaguer acts of
#: diplomatic cooperation or yielding name an appeal's kind)
APPEAL_OF_ROOT = {"04": "026", "06": "021", "07": "023"}
#: an appeal or a demand of no stated kind, which the act it asks for makes specific
APPEAL_CODE = "020"


def demand_code(code: str) -> str:
    """The 10x code of a demand that someone do the act ``code``."""
    return DEMAND_OF_CODE.get(code) or DEMAND_OF_ROOT.get(code[:2]) or DEMAND_CODE


def request_code(code: str, content: str) -> str:
    """The code of an appeal or demand of no stated kind (``code`` 020 or 100) that asks for the act
    ``content`` ("meminta X membebaskan ..." 0253, "menuntut X menarik pasukannya" 106); ``code`` itself
    for any other code, or an act no sub-code names."""
    if code == APPEAL_CODE:
        return APPEAL_OF_CODE.get(content) or APPEAL_OF_ROOT.get(content[:2]) or code
    if code == DEMAND_CODE:
        return demand_code(content)
    return code


class Obligations:
    """Demands stated as another's obligation (uses the events component's ``cues``)."""

    def _obligation_cue(self, sentence: Sentence, head: int) -> int | None:
        """The obligation cue ("harus", "wajib") before the verb at ``head``, auxiliaries allowed between;
        ``None`` where there is none, or where it is negated ("tidak harus")."""
        tokens = sentence.tokens
        j = head - 1
        while j >= 0 and head - j <= OBLIGATION_WINDOW:
            if tokens[j].norm in self.cues["obligation"]:
                return None if j > 0 and tokens[j - 1].norm in self.cues["negation"] else j
            if tokens[j].norm not in AUXILIARIES:
                return None
            j -= 1
        return None

    def _demands(self, doc: Doc, sentence: Sentence, match: PredicateMatch, light: int | None,
                 sources: list[ActorMention], code: str) -> list[Predicate]:
        """The speaker's demand on the act's doers, where the act is what another side must do in the
        speaker's claim; ``[]`` otherwise."""
        if not sources or match.voice == "passive" or (match.voice == "nominal" and light is None):
            return []
        head = light if light is not None else match.start
        cue = self._obligation_cue(sentence, head)
        if cue is None:
            return []
        claim = doc.claim_at(sentence.tokens[head].start)
        speaker = claim.speaker if claim is not None and not claim.relay else None
        if speaker is None or not speaker.code:
            return []
        obliged = [m for m in sources if not compatible(speaker.code, m.code)]
        if len(obliged) < len(sources):
            return []  # the speaker's own side among those who must act: a resolve, not a demand
        pred = Predicate(sentence.index, cue, match.end - 1, demand_code(code),
                         f"{doc.language}.obligation: {match.entry.rule}", match.voice, match.pos)
        pred.sources, pred.targets = [speaker], obliged
        pred.factuality, pred.factuality_fixed = "asserted", True  # the demand is made when said
        return [pred]
