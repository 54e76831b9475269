"""Events: predicates (verbs and event nouns) → CAMEO codes with source and target.

The language's event lexicon finds predicates; light verbs ("melakukan serangan", "memberikan bantuan")
hand their subject to the event noun after them; the argument finder gives source and target; coordinated
actors give one event each; two coordinated sources with no target act on each other ("Rusia dan Venezuela
menandatangani perjanjian").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..lang.cues import Cues
from ..lang.lexicon import EventLexicon, PredicateMatch
from ..tokens import normalise
from ..tsvdata import read_tsv
from .arguments import ArgumentFinder
from .doc import Doc, Predicate, Sentence

LIGHT_VERB_WINDOW = 2
#: roots whose events are mutual when two coordinated actors do them together
MUTUAL_ROOTS = {"03", "04", "05", "06", "19"}


@cache
def load_light_verbs(language: str) -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "lang" / language / "light_verbs.tsv"
    if not path.exists():
        return frozenset()
    words: set[str] = set()
    for row in read_tsv(path, required=("verb",)):
        words.update(normalise(v) for v in row.values("verb"))
    return frozenset(words)


class EventFinder:
    """Pipeline component: fills ``doc.predicates``."""

    name = "events"

    def __init__(self, lexicon: EventLexicon, arguments: ArgumentFinder, cues: Cues,
                 light_verbs: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.arguments = arguments
        self.cues = cues
        self.light_verbs = light_verbs

    def __call__(self, doc: Doc) -> None:
        for sentence in doc.sentences:
            self._sentence(doc, sentence)

    def _sentence(self, doc: Doc, sentence: Sentence) -> None:
        actors = doc.actors.get(sentence.index, [])
        covered = {i for m in actors if m.kind != "pronoun" for i in range(m.first, m.last + 1)}
        matches = [m for m in self.lexicon.match(sentence.tokens) if m.start not in covered]
        for match in matches:
            light = self._light_verb(sentence, match)
            sources, targets, how = self.arguments(doc, sentence, match, actors, matches, light)
            if not sources:
                continue
            pred = Predicate(sentence.index, light if light is not None else match.start, match.end - 1,
                             match.entry.code, f"{doc.language}.{how}: {match.entry.rule}",
                             match.voice, match.pos)
            if not targets and len(sources) > 1 and match.entry.code[:2] in MUTUAL_ROOTS:
                pred.sources, pred.targets, pred.symmetric_pair = sources[:1], sources[1:], True
            else:
                pred.sources, pred.targets = sources, targets
            doc.predicates.append(pred)

    def _light_verb(self, sentence: Sentence, match: PredicateMatch) -> int | None:
        if match.pos != "noun":
            return None
        for i in range(match.start - 1, max(-1, match.start - 1 - LIGHT_VERB_WINDOW), -1):
            tok = sentence.tokens[i]
            if tok.norm in self.light_verbs:
                return i
            if not tok.is_word:
                break
        return None
