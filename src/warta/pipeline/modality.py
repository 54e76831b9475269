"""Modality: is an event asserted, negated, planned (future) or only possible (hypothetical)?

Looks at the cue words of the predicate's clause before it (and the conditional clause a sentence opens
with). Negation binds tightest ("tidak akan menyerang" is negated), then the hypothetical, then the future.
A plan on a condition that follows it ("siap menarik pasukan jika ...") is hypothetical; an act not ruled
out ("tidak menutup kemungkinan menyerang") is possible, not negated. A threat, in the future tense or
on a condition, is asserted: the future is what it threatens.
"""

from __future__ import annotations

from ..lang.cues import Cues
from .arguments import RuleArguments
from .doc import Doc

NEGATION_WINDOW = 3
MODAL_WINDOW = 6
OUTCOME_WINDOW = 10  # tokens after an event noun to the verb that says what became of it
THREAT_ROOT = "13"
INTENT_ROOT = "03"
#: languages whose lexicon codes a promised act under the verb of promise ("promise ... release" → 0841);
#: the Indonesian lexicon's patterns led by "berjanji", "berencana" code the promise or plan itself
PROMISED_ACT_LANGUAGES = frozenset({"en"})


class Modality:
    name = "modality"

    def __init__(self, cues: Cues, clauses: RuleArguments) -> None:
        self.cues = cues
        self.clauses = clauses

    def __call__(self, doc: Doc) -> None:
        for pred in doc.predicates:
            if not pred.factuality_fixed:
                pred.factuality = self.factuality(doc, pred.sentence, pred.first)
                if pred.factuality == "asserted" and pred.pos == "noun":
                    pred.factuality = self.outcome(doc, pred.sentence, pred.first, pred.last) or "asserted"
                head = doc.sentences[pred.sentence].tokens[pred.first].norm
                if pred.factuality == "asserted" and pred.last > pred.first and head in self.cues["future"] \
                        and pred.code[:2] != INTENT_ROOT and doc.language in PROMISED_ACT_LANGUAGES \
                        and self._promising_head(doc, pred):
                    # "promised to release the prisoners": a pattern led by a verb of promise or plan codes
                    # the promised act, which has not happened (an intent code, 03, is the promise itself)
                    pred.factuality = "future"
                if pred.factuality == "future" and pred.code[:2] != THREAT_ROOT and \
                        self.conditional_after(doc, pred.sentence, pred.last):
                    pred.factuality = "hypothetical"
                if pred.factuality in ("future", "hypothetical") and pred.code[:2] == THREAT_ROOT:
                    # "Canada would not hesitate to respond in kind", "jika tidak, konsekuensinya ...": a
                    # threat is made when it is uttered; what it announces, and on what condition, is
                    # its content, not a plan
                    pred.factuality = "asserted"

    def _promising_head(self, doc: Doc, pred) -> bool:
        """A pattern's head that promises or plans its act: a verb of willingness ("pledged aid"), or a cue of
        the future followed by "to" ("plans to strike"); not a verb that is a future cue only before "to"
        and leads an idiom of its own ("set fire to")."""
        tokens = doc.sentences[pred.sentence].tokens
        head = tokens[pred.first].norm
        return head in self.cues["willing"] or (
            pred.first + 1 < len(tokens) and tokens[pred.first + 1].norm in self.cues["infinitive"])

    def factuality(self, doc: Doc, sentence_index: int, first: int) -> str:
        sentence = doc.sentences[sentence_index]
        tokens = sentence.tokens
        start = self.clauses.clause_start(sentence, first)
        window = [t.norm for t in tokens[max(start, first - MODAL_WINDOW) : first]]
        if doc.language not in PROMISED_ACT_LANGUAGES and first < len(tokens) and tokens[first].norm in \
                self.cues["willing"] | self.cues["future"] | self.cues["hypothetical"]:
            # a pattern or light verb that is its own cue: "siap ... berunding", "mempersiapkan sanksi",
            # "mempertimbangkan penangguhan ..." (English: see PROMISED_ACT_LANGUAGES)
            window.append(tokens[first].norm)
        near = window[-NEGATION_WINDOW:]
        if len(near) >= 3 and near[-3] in self.cues["negation"] and near[-2] in self.cues["negated_adjective"]:
            # "perundingan tidak langsung yang ditengahi X": "tidak langsung" (indirect) describes the noun
            # before it; only right before the verb does it negate ("tidak langsung menyerang")
            near = near[-1:]
        if "," in near:
            near = near[len(near) - near[::-1].index(",") :]  # "jika tidak, ...": not this clause's negation
        # "would not hesitate to respond": a negated verb of reluctance asserts
        litotes = first < len(tokens) and tokens[first].norm in self.cues["reluctance"]
        if any(cue in " ".join(window) for cue in self.cues["not_ruled_out"]):
            return "hypothetical"  # "tidak menutup kemungkinan": left open, not denied
        if any(w in self.cues["negation"] for w in near) and not litotes:
            return "negated"
        if start >= 2 and tokens[start - 1].norm in self.cues["complementizer"] and \
                tokens[start - 2].norm in self.cues["denial"] and \
                not any(w in self.cues["speech"] for w in window):
            return "negated"  # "membantah bahwa Indonesia akan membuka ...": what is denied did not happen
        if any(w in self.cues["hypothetical"] for w in window):
            return "hypothetical"
        # a sentence that opens with a condition ("Jika ..., X akan ...")
        if tokens and tokens[0].norm in self.cues["hypothetical"] and first > 0:
            return "hypothetical"
        if any(w in self.cues["future"] for w in window) or self._headline_infinitive(doc, sentence, first):
            return "future"
        if start >= 1 and tokens[start - 1].norm in self.cues["wanted_clause"]:
            return "future"  # "menginstruksikan pengurus supaya mendukung X": what is asked for is not done yet
        return "asserted"

    def _headline_infinitive(self, doc: Doc, sentence, first: int) -> bool:
        """"Modi to visit Moscow", "US, Israeli negotiators to discuss truce": in a headline an infinitive
        right after its subject is what is to happen (not "vows to strike": a verb before "to")."""
        tokens = sentence.tokens
        if sentence.block != "headline" or first < 2 or tokens[first - 1].norm not in self.cues["infinitive"]:
            return False
        return any(m.last == first - 2 for m in doc.actors.get(sentence.index, []))

    def conditional_after(self, doc: Doc, sentence_index: int, last: int) -> bool:
        """A conditional clause after the predicate, in the same sentence and not cut off by another
        clause ("Rusia siap menarik pasukannya jika Ukraina ...")."""
        tokens = doc.sentences[sentence_index].tokens
        for t in tokens[last + 1 :]:
            if t.text in {".", ";"}:
                return False
            if t.norm in self.cues["hypothetical"] and t.norm in self.cues["subordinator"]:
                return True
            if t.norm in self.cues["boundary"]:
                return False
        return False

    def outcome(self, doc: Doc, sentence_index: int, first: int, last: int) -> str | None:
        """An event noun that opens its clause takes the outcome the clause states of it: "Kunjungan X ke Y
        batal" (negated), "Pertemuan kedua menteri dijadwalkan pekan depan", "... akan digelar" (future).
        The search stops at a relative clause or another clause ("yang dijadwalkan" is about something
        else)."""
        sentence = doc.sentences[sentence_index]
        tokens = sentence.tokens
        if any(t.is_word for t in tokens[self.clauses.clause_start(sentence, first) : first]):
            return None
        end = min(self.clauses.clause_end(sentence, last + 1), last + 1 + OUTCOME_WINDOW)
        for j in range(last + 1, end):
            word = tokens[j].norm
            if word in self.cues["relative"]:
                return None
            if word in self.cues["called_off"]:
                return "negated"
            if word in self.cues["scheduled"] or (
                    word in self.cues["future"] and j + 1 < end and tokens[j + 1].norm in self.cues["take_place"]):
                return "future"
        return None
