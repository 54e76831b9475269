"""Modality: is an event asserted, negated, planned (future) or only possible (hypothetical)?

Looks at the cue words of the predicate's clause before it (and the conditional clause a sentence opens
with). Negation binds tightest ("tidak akan menyerang" is negated), then the hypothetical, then the future.
A threat in the future tense is asserted: the future is what it threatens.
"""

from __future__ import annotations

from ..lang.cues import Cues
from .arguments import RuleArguments
from .doc import Doc

NEGATION_WINDOW = 3
MODAL_WINDOW = 6
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
                head = doc.sentences[pred.sentence].tokens[pred.first].norm
                if pred.factuality == "asserted" and pred.last > pred.first and head in self.cues["future"] \
                        and pred.code[:2] != INTENT_ROOT and doc.language in PROMISED_ACT_LANGUAGES:
                    # "promised to release the prisoners": a pattern led by a verb of promise or plan codes
                    # the promised act, which has not happened (an intent code, 03, is the promise itself)
                    pred.factuality = "future"
                if pred.factuality == "future" and pred.code[:2] == THREAT_ROOT:
                    # "Canada would not hesitate to respond in kind": a threat is made when it is
                    # uttered; what it announces is its content, not a plan
                    pred.factuality = "asserted"

    def factuality(self, doc: Doc, sentence_index: int, first: int) -> str:
        sentence = doc.sentences[sentence_index]
        tokens = sentence.tokens
        start = self.clauses.clause_start(sentence, first)
        window = [t.norm for t in tokens[max(start, first - MODAL_WINDOW) : first]]
        near = window[-NEGATION_WINDOW:]
        # "would not hesitate to respond": a negated verb of reluctance asserts
        litotes = first < len(tokens) and tokens[first].norm in self.cues["reluctance"]
        if any(w in self.cues["negation"] for w in near) and not litotes:
            return "negated"
        if any(w in self.cues["hypothetical"] for w in window):
            return "hypothetical"
        # a sentence that opens with a condition ("Jika ..., X akan ...")
        if tokens and tokens[0].norm in self.cues["hypothetical"] and first > 0:
            return "hypothetical"
        if any(w in self.cues["future"] for w in window):
            return "future"
        return "asserted"
