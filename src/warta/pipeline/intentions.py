"""Intentions: an act announced as a threat or offered as a willingness is the threat or the offer.

Two frames that nest an event inside another (CAMEO codes the announcement, not what it announces):

- **Threats.** "X mengancam akan menghancurkan Y jika ...", "X memperingatkan akan menyerang Y": the threat
  verb is the event and what it threatens picks the 13x sub-code (sanctions 1312, breaking relations 1313,
  force 138x ...) and whom it is aimed at; the threatened act itself is no event. A speaker announcing their
  own side's hostile act on a condition ("Presiden X menyebut negaranya akan menyerang Y jika ...") makes a
  threat too, and so does not ruling it out ("tidak menutup kemungkinan menggunakan kekuatan militer"),
  being ready to do it ("siap membalas jika diserang"), announcing that it will retaliate ("X akan membalas
  serangan Y"), or warning another side of the consequences
  ("... ada konsekuensi bagi X," kata Y).
- **Offers.** "X siap membebaskan sandera jika Y ...", "X bersedia bertemu Y": a cooperative act (CAMEO roots
  04–08) that its doer is ready or willing to do is an expressed intent (03x), aimed at whoever the
  condition names, else at the act's own target.

Runs after the event finder and before modality (a threat is asserted when it is uttered).
"""

from __future__ import annotations

from ..lang.cues import Cues
from ..lang.lexicon import PredicateMatch
from .arguments import AUXILIARIES
from .arguments import same_state as _same_state
from .doc import ActorMention, Doc, Predicate, Sentence

THREAT_ROOT = "13"
#: what a threatened act makes of the threat (CAMEO 1.1b3: each 13x names the kind of act threatened)
THREAT_OF_CODE = {
    "160": "131", "161": "1313", "162": "1311", "1621": "1311", "1622": "1311", "1623": "1311",
    "163": "1312", "164": "134", "165": "135", "166": "136",
    "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "191": "1381", "192": "1382", "204": "1385", "2041": "1385", "2042": "1385",
}
THREAT_OF_ROOT = {"14": "133", "16": "131", "18": "1383", "19": "138", "20": "1383"}
#: coercion (17) threatened against one's own people is repression (137), against another state force (138)
COERCION_ROOT = "17"
#: an expressed intent for each cooperative act (CAMEO: 03x mirrors the roots 04–08)
INTENT_OF_CODE = {
    "045": "039", "050": "030", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
    "0834": "0344", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355",
    "0861": "0355", "0862": "0355", "0863": "0355", "087": "0356", "0871": "0356", "0872": "0356",
    "0873": "0356", "0874": "0356",
}
INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
#: cooperative acts whose announcement for the future by the doer's own side is the intent (03x); a yielding
#: act announced (a release, a withdrawal) and a trip announced stay themselves, in the future
ANNOUNCED_ROOTS = ("04", "05", "06", "07")
TRAVEL_CODES = ("042", "043")
#: an intent of no stated kind (the entry of "bersedia" itself), which an offered act's own intent replaces
GENERIC_INTENT = "030"
#: tokens between a threat verb and the act it announces ("mengancam akan kembali menyerang")
THREAT_WINDOW = 8
#: tokens between a threat pattern's last word and the object of the act it threatens ("kapal perang | AS")
OBJECT_WINDOW = 3
#: tokens between "konsekuensi" and whom the consequences are for ("konsekuensi serius bagi | X")
CONSEQUENCE_WINDOW = 5
#: tokens between "siap"/"bersedia" and the act offered ("siap untuk segera membebaskan")
WILLING_WINDOW = 3
#: a rejection for each cooperative act refused (CAMEO 12x mirrors the roots 03–08: "enggan menarik pasukan"
#: 1246, "tidak mau bertemu" 125, "menolak membebaskan" 1243)
REJECT_OF_CODE = {
    "036": "125", "037": "127", "038": "126", "033": "122", "0331": "1221", "0332": "1222", "0333": "1223",
    "0334": "1224", "031": "121", "0311": "1211", "0312": "1212", "034": "123", "035": "124",
    "0353": "1243", "0354": "1244", "0355": "1245", "0356": "1246",
    "057": "127", "061": "1211", "062": "1212", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
    "084": "1243", "0841": "1243", "0842": "1243", "085": "1244", "086": "1245", "0861": "1245",
    "0862": "1245", "0863": "1245", "087": "1246", "0871": "1246", "0872": "1246", "0873": "1246", "0874": "1246",
}
REJECT_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
#: the roots whose acts can be refused, offered in a noun or planned (cooperation, 03–08)
COOPERATIVE_ROOTS = ("03", "04", "05", "06", "07", "08")
#: the entry of a bare refusal verb ("menolak"), which a refused act's own rejection replaces
GENERIC_REJECTION = "120"
#: tokens from a noun of readiness or plan to the act after its "untuk", its owner allowed between
#: ("kesediaan pemerintah Jepang untuk | membantu")
WILLING_NOUN_WINDOW = 8


def threat_code(code: str, source_country: str | None, target_country: str | None) -> str | None:
    """The 13x code of a threat to do ``code``, or ``None`` where the act is no threat."""
    if code[:2] == THREAT_ROOT:
        return code
    if code in THREAT_OF_CODE:
        return THREAT_OF_CODE[code]
    if code[:2] == COERCION_ROOT:
        return "137" if source_country and source_country == target_country else "138"
    if code[:2] == "19" and code not in ("190", "196"):
        return "1384"  # a conventional attack: firearms, artillery, air strikes
    return THREAT_OF_ROOT.get(code[:2])


def intent_code(code: str) -> str | None:
    """The 03x code of an intent to do the cooperative act ``code``, or ``None``."""
    return INTENT_OF_CODE.get(code) or INTENT_OF_ROOT.get(code[:2])


def reject_code(code: str) -> str:
    """The 12x code of refusing to do the cooperative act (or intent) ``code``."""
    return REJECT_OF_CODE.get(code) or REJECT_OF_ROOT.get(code[:2], GENERIC_REJECTION)


def condition_subject(cues: Cues, sentence: Sentence, actors: list[ActorMention], after: int,
                      sources: list[ActorMention]) -> list[ActorMention]:
    """The first actor of a conditional clause ("jika X ...") later in the sentence, if it is not one of
    the sources' side."""
    tokens = sentence.tokens
    own = {(m.code or "")[:3] for m in sources}
    for i in range(after, len(tokens)):
        if tokens[i].text in {".", ";"}:
            return []
        if tokens[i].norm in cues["hypothetical"] and tokens[i].norm in cues["subordinator"]:
            for m in actors:
                if m.first > i and not m.is_location and m.kind != "media" and m.first - i <= 4:
                    return [m] if (m.code or "")[:3] not in own else []
            return []
    return []


def threatener_in_gap(sentence: Sentence, match: PredicateMatch, actors: list[ActorMention], sources: list[ActorMention],
                      targets: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """"ancaman Korea Utara yang akan membom Guam", "ancaman Iran untuk menyerang pangkalan AS": a threat
    noun whose pattern spans the act threatened has its possessor inside the span, right after the noun,
    and is aimed at the object of that act, right after the span. (sources, targets), or ``None``."""
    inside = next((m for m in actors if m.first == match.start + 1 and m.last < match.end - 1
                   and m.code and not m.is_location), None)
    if inside is None:
        return None
    side = (inside.code or "")[:3]
    aimed = [m for m in targets or sources if m.first >= match.end and (m.code or "")[:3] != side]
    if not aimed:
        tokens = sentence.tokens
        aimed = [m for m in actors if match.end <= m.first <= match.end + OBJECT_WINDOW and m.code
                 and not m.is_location and (m.code or "")[:3] != side
                 and all(t.is_word for t in tokens[match.end : m.first])][:1]
    return [inside], aimed


def _speaker_at(doc: Doc, offset: int) -> ActorMention | None:
    """Who says the text at ``offset``: the speaker of its reporting frame, else of the quote it is in
    (a verbal act's own words: "mendesak X agar ..., "jika tidak, ..."")."""
    claim = doc.claim_at(offset)
    if claim is not None and claim.speaker is not None:
        return claim.speaker
    return next((q.speaker for q in doc.quotes if q.start <= offset < q.end and q.speaker is not None), None)


def _own_side_speaker(doc: Doc, pred: Predicate) -> ActorMention | None:
    """The speaker of the claim or quote an act is stated in, when of the act's doer's own side."""
    speaker = _speaker_at(doc, doc.sentences[pred.sentence].tokens[pred.last].start)
    if speaker is not None and speaker.code and \
            speaker.code[:3] in {(m.code or "")[:3] for m in pred.sources}:
        return speaker
    return None


def _country(mentions: list[ActorMention]) -> str | None:
    return next((m.country or (m.code or "")[:3] for m in mentions if m.code), None)


class Intentions:
    """Pipeline component: turns announced hostile acts into threats and offered cooperative acts into
    expressed intents (see the module's description)."""

    name = "intentions"

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> None:
        dropped: set[int] = set()
        for pred in list(doc.predicates):
            if id(pred) in dropped:
                continue
            if pred.code[:2] in COOPERATIVE_ROOTS and (cue := self._refusal_cue(doc, pred)) is not None:
                # "Rusia enggan menarik pasukannya", "X tidak bersedia berunding dengan Y": the act refused
                # names the rejection (12x), made when it is said; the bare refusal verb says less
                pred.code, pred.rule = reject_code(pred.code), pred.rule + " (refused)"
                pred.factuality, pred.factuality_fixed = "asserted", True
                dropped.update(id(p) for p in doc.predicates if p.sentence == pred.sentence and p.first == cue
                               and p.code == GENERIC_REJECTION)
            elif pred.code[:2] == THREAT_ROOT:
                inner = self._announced(doc, pred)
                if inner is not None:
                    self._threat_of(pred, inner)
                    dropped.add(id(inner))
                elif not pred.targets:
                    pred.targets = self._object_of_threatened(doc, pred)
                    pred.rule += "+threatened-object" if pred.targets else ""
            elif (speaker := self._own_conditional_threat(doc, pred)) is not None:
                code = threat_code(pred.code, _country(pred.sources), _country(pred.targets))
                if code is not None:
                    # the threat is the speaker's: "Presiden X menyebut negaranya akan menyerang ..."
                    pred.code, pred.rule = code, pred.rule + " (threatened)"
                    pred.sources = [speaker] if speaker.code else pred.sources
                    pred.factuality, pred.factuality_fixed = "asserted", True  # made when uttered
                    claim = doc.claim_at(doc.sentences[pred.sentence].tokens[pred.last].start)
                    if claim is not None and claim.speaker is speaker:
                        # "X menyebut ... akan menyerang": saying it is the threat, narrated like
                        # "mengancam"; nobody else's claim (words in quotation marks stay the speaker's)
                        pred.reported_by = None
            elif pred.code[:2] in INTENT_OF_ROOT and self._offered(doc, pred):
                code = intent_code(pred.code)
                if code is not None:
                    sentence = doc.sentences[pred.sentence]
                    aimed = condition_subject(self.cues, sentence, doc.actors.get(pred.sentence, []),
                                              pred.last + 1, pred.sources)
                    pred.code, pred.rule = code, pred.rule + " (offered)"
                    if aimed:
                        pred.targets = aimed
                    # "bersedia mendukung usulan X": the willingness word's own entry (030, intent of no
                    # stated kind) says less than the offer of the act it governs
                    cue = self._willing_cue(doc, pred)
                    dropped.update(id(p) for p in doc.predicates if p.sentence == pred.sentence and p.first == cue
                                   and p.code == GENERIC_INTENT and p.sources == pred.sources)
            elif pred.code[:2] in INTENT_OF_ROOT and pred.code not in TRAVEL_CODES and \
                    (cue := self._willing_noun_cue(doc, pred)) is not None and intent_code(pred.code):
                # "kesiapan Thailand untuk berunding dengan Kamboja", "menyatakan kesediaan untuk membantu X",
                # "ingin memperkuat hubungan dengan Y": an act its doer is ready for, wants or plans is the
                # intent it expresses (03x), whose own noun or verb of no stated kind says less
                pred.code, pred.rule = intent_code(pred.code), pred.rule + " (intended)"
                pred.factuality, pred.factuality_fixed = "asserted", True
                dropped.update(id(p) for p in doc.predicates if p.sentence == pred.sentence and p.first == cue
                               and p.code == GENERIC_INTENT)
            elif pred.code[:2] in ANNOUNCED_ROOTS and pred.code not in TRAVEL_CODES and \
                    self._own_announced(doc, pred) is not None:
                code = intent_code(pred.code)
                if code is not None:
                    # "X mengatakan pihaknya akan membantu Y": a cooperative act its own side announces for
                    # the future is a promise, an intent expressed now (03x)
                    pred.code, pred.rule = code, pred.rule + " (announced)"
                    pred.factuality, pred.factuality_fixed = "asserted", True
        for sentence in doc.sentences:
            self._consequences(doc, sentence)
        for pred in doc.predicates:
            if pred.code[:2] == THREAT_ROOT and pred.targets and all(
                    _same_state(m, t) for m in pred.sources for t in pred.targets):
                # "IRGC mengancam jika rezim ... merespon": a state does not threaten its own state; the
                # target was misread
                pred.targets = []
        # a threat aimed at no one, even through what it threatens, is no event
        doc.predicates[:] = [p for p in doc.predicates if id(p) not in dropped and (
            p.targets or p.code[:2] != THREAT_ROOT)]

    def _announced(self, doc: Doc, threat: Predicate) -> Predicate | None:
        """The act a threat verb announces: the next event of the sentence, after a future cue ("akan",
        "bakal") within a few words, or right after the verb ("mengancam menyerang", "threatened to
        strike"), with the threat's source (or none) as its own."""
        tokens = doc.sentences[threat.sentence].tokens
        own = {(m.code or "")[:3] for m in threat.sources}
        for pred in doc.predicates:
            if pred.sentence != threat.sentence or pred is threat or not \
                    threat.last < pred.first <= threat.last + THREAT_WINDOW:
                continue
            between = tokens[threat.last + 1 : pred.first]
            adjacent = all(t.norm in AUXILIARIES or t.norm in self.cues["infinitive"] or
                           t.norm in self.cues["complement"] for t in between)
            if any(t.text in {".", ";"} for t in between) or not (adjacent or any(
                    t.norm in self.cues["future"] for t in between)):
                continue
            if pred.sources and not own & {(m.code or "")[:3] for m in pred.sources}:
                continue
            if threat_code(pred.code, _country(pred.sources), _country(pred.targets)) is None:
                continue
            return pred
        return None

    def _consequences(self, doc: Doc, sentence: Sentence) -> None:
        """"... ada konsekuensi bagi Y," kata X; "konsekuensinya akan dipikul oleh Y": a speaker warning
        of consequences for another side threatens it (130), unless a threat verb of the sentence already
        says so."""
        tokens = sentence.tokens
        actors = doc.actors.get(sentence.index, [])
        for i, tok in enumerate(tokens):
            if tok.norm not in self.cues["consequence"] or any(
                    p.sentence == sentence.index and p.code[:2] == THREAT_ROOT for p in doc.predicates):
                continue
            speaker = _speaker_at(doc, tok.start)
            if speaker is None or not speaker.code:
                continue
            aimed = next((m for m in actors if i < m.first <= i + CONSEQUENCE_WINDOW and m.code
                          and not m.is_location and m.code[:3] != speaker.code[:3]
                          and tokens[m.first - 1].norm in self.cues["consequence_bearer"]
                          and not any(t.norm in self.cues["boundary"] or t.text in {",", ".", ";"}
                                      for t in tokens[i + 1 : m.first])), None)
            if aimed is None:
                continue
            warning = Predicate(sentence.index, i, i, "130", f"{doc.language}.consequences: {tok.text} → 130",
                                "nominal", "noun")
            warning.sources, warning.targets, warning.reported_by = [speaker], [aimed], speaker
            doc.predicates.append(warning)

    def _object_of_threatened(self, doc: Doc, threat: Predicate) -> list[ActorMention]:
        """"mengancam akan membom pangkalan udara Inggris", "... menarik bantuan militer untuk Mali": a
        threat pattern that spans the act it threatens is aimed at the first actor of another
        side right after it, the object of that act (the threatener's own troops or aid are no target)."""
        tokens = doc.sentences[threat.sentence].tokens
        own = {(m.code or "")[:3] for m in threat.sources}
        for m in doc.actors.get(threat.sentence, []):
            if m.first <= threat.last or m.first > threat.last + OBJECT_WINDOW:
                continue
            if any(not t.is_word or t.norm in self.cues["boundary"] for t in tokens[threat.last + 1 : m.first]):
                return []
            if m.code and not m.is_location and m.code[:3] not in own:
                return [m]
        return []

    @staticmethod
    def _threat_of(threat: Predicate, inner: Predicate) -> None:
        """The threat takes its sub-code from what it threatens and is aimed at whom that act would hit
        (a capital hit stands for its country), unless the threat verb names its own addressee."""
        code = threat_code(inner.code, _country(threat.sources), _country(inner.targets))
        if threat.code in ("130", "131", "138") and code is not None and code != threat.code and \
                (threat.code == "130" or code.startswith(threat.code)):
            threat.code = code
        addressed = threat.targets and "+condition" not in threat.rule
        if inner.targets and not addressed:
            threat.targets = [
                ActorMention(**{**m.__dict__, "code": m.country, "kind": "place"})
                if m.kind == "capital" and m.country and threat.code.startswith("138") else m
                for m in inner.targets]
        threat.rule += f" (threatening: {inner.rule})"

    def _own_conditional_threat(self, doc: Doc, pred: Predicate) -> ActorMention | None:
        """"Presiden X menyebut negaranya akan menyerang Y jika ...": a hostile act in the future, on a
        condition, claimed by a speaker of the doer's own side; or one the doer does not rule out or is
        ready to do ("siap membalas").
        Who makes the threat (the speaker, or the doer), else ``None``."""
        if not pred.sources or not pred.targets or self._denied(doc, pred):
            return None
        if threat_code(pred.code, None, None) is None:
            return None
        sentence = doc.sentences[pred.sentence]
        tokens = sentence.tokens
        before = [t.norm for t in tokens[max(0, pred.first - THREAT_WINDOW) : pred.first]]
        joined = " ".join(before)
        if any(cue in joined for cue in self.cues["not_ruled_out"]) or self._offered(doc, pred) and not \
                self._negated(before[-WILLING_WINDOW:]):
            # "tidak menutup kemungkinan menyerang", "siap membalas jika diserang"; not a promise not to do
            # it ("berjanji tidak akan menyerang")
            return pred.sources[0]
        if not self._plainly_future(before) or self._negated(before[-3:]):
            return None  # "Iran tidak akan membalas": what will not be done threatens nothing
        if tokens[pred.first].norm in self.cues["response"]:
            # "Iran akan membalas serangan Israel", "X akan membalas tarif Y": announcing retaliation is
            # threatening it (13x of what the retaliation would be), said by the doer
            return pred.sources[0]
        conditional = any(t.norm in self.cues["hypothetical"] and t.norm in self.cues["subordinator"]
                          for t in tokens[pred.last + 1 :]) or (
            tokens and tokens[0].norm in self.cues["hypothetical"] and tokens[0].norm in self.cues["subordinator"])
        return _own_side_speaker(doc, pred) if conditional else None

    def _own_announced(self, doc: Doc, pred: Predicate) -> ActorMention | None:
        """"Presiden X mengatakan negaranya akan mengirim bantuan ke Y", "we will meet them": a cooperative
        act in the future (a future cue right before it, nothing hypothetical), said by a speaker of the
        doer's own side. The speaker, else ``None``."""
        if not pred.sources or self._denied(doc, pred):
            return None
        tokens = doc.sentences[pred.sentence].tokens
        before = [t.norm for t in tokens[max(0, pred.first - THREAT_WINDOW) : pred.first]]
        return _own_side_speaker(doc, pred) if self._plainly_future(before) else None

    def _negated(self, words: list[str]) -> bool:
        """A negation among ``words``, not of reluctance ("tidak akan segan membalas" asserts)."""
        return any(w in self.cues["negation"] for w in words) and not any(w in self.cues["reluctance"] for w in words)

    def _denied(self, doc: Doc, pred: Predicate) -> bool:
        """Whether the act is stated in a denial ("X membantah bahwa negaranya akan ..."): denied, it is
        neither promised nor threatened."""
        claim = doc.claim_at(doc.sentences[pred.sentence].tokens[pred.last].start)
        return claim is not None and claim.cue.lower() in self.cues["denial"]

    def _plainly_future(self, before: list[str]) -> bool:
        """A future cue among the last three words ``before`` an act, and nothing hypothetical among them."""
        return any(w in self.cues["future"] for w in before[-3:]) and \
            not any(w in self.cues["hypothetical"] for w in before)

    def _offered(self, doc: Doc, pred: Predicate) -> bool:
        """"siap membebaskan", "bersedia untuk segera bertemu": a willingness cue right before the act,
        whose subject (before the cue) is the act's doer ("siap menghadapi serangan dari X" is not X's)."""
        return self._willing_cue(doc, pred) is not None

    def _willing_cue(self, doc: Doc, pred: Predicate) -> int | None:
        """The token of the willingness cue that offers the act (see ``_offered``), or ``None``."""
        tokens = doc.sentences[pred.sentence].tokens
        for j in range(pred.first - 1, max(-1, pred.first - 1 - WILLING_WINDOW), -1):
            if tokens[j].norm in self.cues["willing"]:
                return j if any(m.last < j for m in pred.sources) else None
            if tokens[j].norm not in AUXILIARIES and tokens[j].norm not in self.cues["complement"]:
                return None
        return None

    def _walk_back(self, doc: Doc, pred: Predicate, window: int, skip_owner: bool = False):
        """The tokens before an act, nearest first, over auxiliaries, "untuk"/"agar" and words of ability
        (and, with ``skip_owner``, over the act's own sources: "niat Korea Utara untuk"), as (index, token)."""
        tokens = doc.sentences[pred.sentence].tokens
        owners = {i for m in pred.sources for i in range(m.first, m.last + 1)} if skip_owner else set()
        passable = AUXILIARIES | self.cues["complement"] | self.cues["ability"]
        for j in range(pred.first - 1, max(-1, pred.first - 1 - window), -1):
            yield j, tokens[j]
            if j not in owners and tokens[j].norm not in passable:
                return

    def _refusal_cue(self, doc: Doc, pred: Predicate) -> int | None:
        """"enggan menarik pasukan", "menolak untuk bertemu", "tidak akan menarik pasukannya", "tidak bersedia
        berunding" (a pattern led by its own willingness word): the first token of a refusal right before the
        act, its subject before it the act's doer; else ``None``."""
        tokens = doc.sentences[pred.sentence].tokens
        refusal = self.cues["refusal"]
        for j, tok in [(pred.first, tokens[pred.first]), *self._walk_back(doc, pred, WILLING_WINDOW + 1)]:
            if j > 0 and f"{tokens[j - 1].norm} {tok.norm}" in refusal:
                j -= 1
            elif tok.norm not in refusal or j == pred.first:
                continue
            return j if any(m.last < j for m in pred.sources) else None
        return None

    def _willing_noun_cue(self, doc: Doc, pred: Predicate) -> int | None:
        """"kesiapan Thailand untuk berunding", "menyatakan kesediaannya untuk membantu", "ingin bertemu",
        "berharap dapat menyelesaikan": a noun of readiness or plan before the act's "untuk" (its owner
        allowed between), or a verb of wanting or planning right before it, whose doer is the act's. The
        cue's token, else ``None``."""
        if not pred.sources:
            return None
        tokens = doc.sentences[pred.sentence].tokens
        saw_purpose = False
        for j, tok in self._walk_back(doc, pred, WILLING_NOUN_WINDOW, skip_owner=True):
            saw_purpose = saw_purpose or tok.norm in self.cues["purpose"]
            if tok.norm in self.cues["willing_noun"] and saw_purpose:
                return j
            if tok.norm in self.cues["plan"]:
                return j if any(m.last < j for m in pred.sources) and not (
                    j > 0 and tokens[j - 1].norm in self.cues["negation"]) else None
        return None
