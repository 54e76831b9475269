"""Claimed events: each event predicate takes the speaker of the reporting frame or quote it is stated in
(ANNOTATION.md, "Attribution"), after :mod:`.attribution` has found the frames.

- :class:`ClaimedEvents`: the innermost frame around a predicate; a speech act narrated in the article's
  voice ("X mengecam Y") is X's own account when X speaks in the article.
- :class:`RetoldEvents`: an event narrated first and then referred back to, or told again, inside
  someone's claim takes that claim ("narrated and attributed takes the attribution").
"""

from __future__ import annotations

from collections.abc import Callable

from .. import codebook
from ..errors import UnknownCodeError
from ..lang.cues import Cues
from .attribution import MIN_QUOTE_WORDS
from .doc import ActorMention, Claim, Doc, QuoteSpan, Sentence
from .quotes import _QUOTE_MARKS


class ClaimedEvents:
    """Pipeline component (after the events are found): each event predicate takes the speaker of the
    innermost reporting frame or quote it is stated in as its ``reported_by``. A verbal act followed by its
    own words in quotation marks ("mengecam ... sebagai “tidak dapat dibenarkan”", "warned of “serious
    consequences”") is its source's claim, and the quote its source's. A few quoted words that nobody says
    are a term in quotation marks (or a button: "Accept"), not a quote."""

    name = "claimed-events"

    def __init__(self, cues: Cues | None = None) -> None:
        self.cues = cues  # without them, no clause is told as background

    def __call__(self, doc: Doc) -> None:
        for pred in doc.predicates:
            # the head noun of a light-verb predicate ("mengumumkan sanksi") is its last token
            head = doc.sentences[pred.sentence].tokens[pred.last]
            claim = doc.claim_at(head.start)
            if claim is not None and claim.speaker is not None and claim.speaker.code:
                if not self._background(doc, pred, claim):
                    pred.reported_by = (_relayed_speaker(pred, claim) if self._quoting(claim) else None) \
                        or claim.speaker
            elif claim is None and pred.sources and _verbal(pred.code):
                words = self._own_words(doc, pred, head.end)
                if words is not None:
                    pred.claimed_by_source = True
                    words.speaker = words.speaker or pred.sources[0]
        doc.quotes[:] = [q for q in doc.quotes
                         if q.speaker is not None or len(doc.text[q.start:q.end].split()) >= MIN_QUOTE_WORDS]
        self._speakers_own_acts(doc)

    def _quoting(self, claim: Claim) -> bool:
        """Whether a relay quotes someone's words ("dikutip dari", "quoting"), not just carries a report
        ("dilansir", "reportedly"): only words quoted are their speaker's."""
        return self.cues is None or claim.cue.lower() in self.cues["quoting"]

    def _background(self, doc: Doc, pred, claim: Claim) -> bool:
        """An act in a clause of "sejak"/"since" inside a claim ("..., kata X, sejak Y menyerang Z") is the
        known past the claim starts from, not what the speaker claims: the clause opens at the cue, with
        no verb of the claim between (nearest boundary word before the act, within the claim)."""
        if self.cues is None:
            return False
        tokens = doc.sentences[pred.sentence].tokens
        for j in range(pred.first - 1, -1, -1):
            if tokens[j].start < claim.start:
                return False
            if tokens[j].norm in self.cues["background"]:
                return True
            if tokens[j].norm in self.cues["boundary"] or tokens[j].text in {",", ";", ":"}:
                return False
        return False

    def _speakers_own_acts(self, doc: Doc) -> None:
        """A speech act narrated in the article's voice is its doer's own account when the doer speaks in
        the article (is quoted, or the subject of a reporting frame: "X berterima kasih kepada Y ...
        “...,” kata X"); narrated alone ("X menyampaikan protes kepada Y.") it stays in the article's
        voice. Meetings, talks and agreements (``JOINT_VERBAL_CODES``) are no one's speech act. The
        government of a bare country speaks for it ("Indonesia mendesak ...", then its foreign minister is
        quoted) and is the one cited; its police, citizens or press do not. Several doers claim their act
        only when each of them speaks."""
        for pred in doc.predicates:
            if pred.reported_by is not None or pred.claimed_by_source or not _speech_act(pred.code):
                continue
            tokens = doc.sentences[pred.sentence].tokens
            if doc.claim_at(tokens[pred.last].start) is not None:
                continue
            # words the act answers ("menolak klaim China") are its object, not its doer speaking
            answered = (tokens[pred.first].start, tokens[min(len(tokens) - 1, pred.last + OWN_WORDS_GAP)].end)
            speakers = [c.speaker for c in doc.claims if c.speaker is not None and c.speaker.code
                        and not answered[0] <= c.cue_start < answered[1]]
            if len(pred.sources) == 1:
                pred.reported_by = self._as_speaker(pred.sources[0], speakers)
            elif all(self._as_speaker(m, speakers) is m for m in pred.sources):
                pred.claimed_by_source = True  # "X dan Y mengecam ...", both of them quoted after

    @staticmethod
    def _as_speaker(doer: ActorMention, speakers: list[ActorMention]) -> ActorMention | None:
        """The doer of an act when it speaks in the article; for a bare country, its government
        speaking; else ``None``."""
        if any(s.code == doer.code for s in speakers):
            return doer
        if doer.code and len(doer.code) == 3:
            # a country speaks through its government, not through its police or its citizens
            return next((s for s in speakers if s.code == doer.code + "GOV"), None)
        return None

    @staticmethod
    def _own_words(doc: Doc, pred, after: int) -> QuoteSpan | None:
        """A speakerless quote a few words after the act's head, with no one else named and no clause
        break between ("mengecam X sebagai “...”", "memperingatkan adanya “...”")."""
        sentence = doc.sentences[pred.sentence]
        quote = next((q for q in doc.quotes if q.speaker is None and after <= q.start < sentence.end), None)
        if quote is None:
            return None
        between = [t for t in sentence.tokens if after <= t.start < quote.start - 1]
        if sum(t.is_word for t in between) > OWN_WORDS_GAP or any(t.text in {";", ".", ":"} for t in between):
            return None
        own = {id(m) for m in pred.sources + pred.targets}
        if any(after <= m.start < quote.start and id(m) not in own for m in doc.actors.get(pred.sentence, [])):
            return None
        return quote


def _relayed_speaker(pred, claim: Claim) -> ActorMention | None:
    """"X menuduh Y ..., seperti dikutip dari Reuters": a speech act an outlet quotes is its doer's claim, who
    speaks first; the outlet only carries the words (ANNOTATION.md, "Attribution"). One an outlet reports
    ("seperti dilansir AFP") stays the outlet's."""
    if not claim.relay or not pred.sources or not _speech_act(pred.code):
        return None
    doer = pred.sources[0]
    return doer if doer.code and doer.kind != "media" and doer.end <= claim.cue_start else None


def _speech_act(code: str) -> bool:
    """A verbal act one side performs by speaking: CAMEO's verbal acts but consulting and diplomatic
    cooperation (meetings, talks, agreements), which take two, and threats."""
    return _verbal(code) and not code.startswith(JOINT_VERBAL_CODES + NARRATED_VERBAL_CODES)


def _verbal(code: str) -> bool:
    """A verbal act: CAMEO's verbal cooperation or conflict (a code outside CAMEO, as PETRARCH's test
    records use, is none)."""
    try:
        return codebook.quad_class(code) in VERBAL_QUAD_CLASSES
    except UnknownCodeError:
        return False


OWN_WORDS_GAP = 5  # words between a verbal act and the quotation of its words
VERBAL_QUAD_CLASSES = (1, 3)  # CAMEO's verbal cooperation (01-05) and verbal conflict (10-14)
# verbal acts that are no one's utterance: consulting (meet, visit, negotiate), diplomatic cooperation in
# general, rallying support, recognition, signing a formal agreement
JOINT_VERBAL_CODES = ("04", "050", "053", "054", "057")
# a narrated threat stays in the article's voice even when the threatener speaks elsewhere: it reports a
# stance the article itself vouches for ("X mengancam akan menyerang Y"), as the construction suite codes it
NARRATED_VERBAL_CODES = ("13",)


class RetoldEvents:
    """Pipeline component (after :class:`ClaimedEvents`): an event the article narrates and a speaker
    then refers back to inside their claim is that speaker's claim ("narrated and attributed takes the
    attribution"): "Uni Eropa menjatuhkan sanksi terhadap Rusia. ... Kallas menjelaskan bahwa sanksi
    tersebut ...", "Desakan itu, seperti dilansir AFP, ...", "X said this attack ...". The reference is an
    event noun with a demonstrative ("sanksi tersebut", "serangan itu", "these strikes"; a bare "the" is
    often a first mention) that names no actors of its own; it stands for the last narrated event of its
    CAMEO root before it. A speaker telling their own act again ("Sheinbaum membahas migrasi dengan Trump.
    “Kami membahas ...,” kata Sheinbaum") makes each narrated act of that root done by the speaker alone
    the speaker's account; an act told with its doers named is the narrated act of that root by the same
    doers on the same targets. Claims are read in text order: the first attributed mention counts."""

    name = "retold-events"

    def __init__(self, match: Callable[[list], list], cues: Cues) -> None:
        self.match = match  # the event lexicon's matcher over a sentence's tokens
        self.cues = cues

    def __call__(self, doc: Doc) -> None:
        for claim in sorted(doc.claims, key=lambda c: c.start):  # the first attributed mention counts
            if claim.speaker is None or not claim.speaker.code:
                continue
            for sentence in doc.sentences:
                if sentence.end <= claim.start or sentence.start >= claim.end:
                    continue
                for i, root in self._references(doc, sentence, claim):
                    told = self._antecedent(doc, sentence.index, i, root)
                    if told is not None:
                        told.reported_by = claim.speaker
                for told in self._retellings(doc, sentence, claim):
                    for pred in doc.predicates:
                        # an act inside the claim left to the article's voice (a "since" clause) stays so
                        if pred.reported_by is None and not pred.claimed_by_source and \
                                _tells_again(told, pred, claim.speaker) and not self._inside(doc, pred, claim):
                            pred.reported_by = claim.speaker

    def _retellings(self, doc: Doc, sentence: Sentence,
                    claim: Claim) -> set[tuple[str, frozenset[str], frozenset[str]]]:
        """The acts a speaker tells inside their claim, as (root, the countries of their doers, of their
        targets; empty when none is named): "“Kami membahas ...,” kata X" tells X's own act again, "Media AS
        melaporkan bahwa kapal perang AS dikerahkan ke Karibia" the deployment narrated before."""
        tokens = sentence.tokens
        told = set()
        for m in self.match(tokens):
            if doc.claim_at(tokens[m.start].start) is not claim or self._conditional(tokens, m.start):
                continue
            preds = [p for p in doc.predicates if p.sentence == sentence.index and p.first <= m.start <= p.last]
            told.add((m.entry.code[:2], frozenset(c for p in preds for c in _countries(p.sources)),
                      frozenset(c for p in preds for c in _countries(p.targets))))
        return told

    @staticmethod
    def _inside(doc: Doc, pred, claim: Claim) -> bool:
        head = doc.sentences[pred.sentence].tokens[pred.last]
        return claim.start <= head.start < claim.end

    def _conditional(self, tokens, i: int) -> bool:
        """Whether token ``i`` is in an if-clause ("... jika gencatan senjata gagal"): a condition the
        speaker names tells no act of theirs again (nearest "jika"/"if" back to a clause break)."""
        for j in range(i - 1, -1, -1):
            if tokens[j].norm in self.cues["hypothetical"] and tokens[j].norm in self.cues["subordinator"]:
                return True
            if tokens[j].text in {",", ";", ":"} or tokens[j].text in _QUOTE_MARKS:
                return False
        return False

    def _references(self, doc: Doc, sentence: Sentence, claim: Claim):
        """(token index, root) of each definite event noun inside the claim that is no predicate."""
        tokens = sentence.tokens
        own = {(p.first, p.last) for p in doc.predicates if p.sentence == sentence.index}
        for m in self.match(tokens):
            if m.pos != "noun" or doc.claim_at(tokens[m.start].start) is not claim:
                continue  # outside the claim, or inside an inner one ("..., kata X seperti dikutip Y")
            if any(first <= m.start <= last for first, last in own):
                continue
            after = tokens[m.end].norm if m.end < len(tokens) else ""
            before = tokens[m.start - 1].norm if m.start > 0 else ""
            if after in self.cues["demonstrative"] or before in self.cues["demonstrative"] \
                    or before in self.cues["perpetrator"]:
                # "the talks" may be new; "talks itu" is not, nor the deed of "pelaku penyerangan"
                yield m.start, m.entry.code[:2]

    @staticmethod
    def _antecedent(doc: Doc, sentence: int, i: int, root: str):
        """The last narrated predicate of ``root`` before token ``i`` of ``sentence``."""
        earlier = [p for p in doc.predicates if p.code[:2] == root and p.reported_by is None
                   and not p.claimed_by_source and (p.sentence, p.last) < (sentence, i)]
        return max(earlier, key=lambda p: (p.sentence, p.last)) if earlier else None


def _tells_again(told: tuple[str, frozenset[str], frozenset[str]], pred, speaker: ActorMention) -> bool:
    """Whether an act told inside a claim (root, its doers' and targets' countries) is the narrated
    ``pred`` again: of the same root, by the same doers on the same targets; with no doer named in the
    claim ("“Kami membahas ...”"), an act of the speaker's own ("“Hizbullah menyerang Israel utara,” kata
    militer Israel" tells no Israeli strike again)."""
    root, doers, targets = told
    if pred.code[:2] != root or not pred.sources:
        return False
    if not doers:
        return [m.code for m in pred.sources] in ([speaker.code], [speaker.code[:3]])
    return _countries(pred.sources) <= doers and (not targets or _countries(pred.targets) <= targets)


def _countries(mentions) -> set[str]:
    """The countries (first three letters of the codes) of coded actor mentions."""
    return {m.code[:3] for m in mentions if m.code}
