"""Syntax: the shipped dependency parser, and an argument finder that reads source and target from it.

:class:`SyntaxParser` is a pipeline component: it parses the sentences that can hold an event (those with
a predicate word and an actor) with the language's shipped spaCy pipeline (:mod:`warta.models`) and
keeps the parses in ``doc.parses``. :class:`ParseArguments` implements the
:class:`~warta.pipeline.arguments.ArgumentFinder` interface: the subject of an active verb (``nsubj``),
of a passive one (``nsubj:pass``, then the agent is the target's counterpart), a subject shared along
``conj`` and controlled by the matrix object in ``xcomp`` ("mendesak Israel menghentikan ..."); where the
parse names no actor, the word-order rules of :class:`~warta.pipeline.arguments.RuleArguments` decide.
"""

from __future__ import annotations

from ..lang.lexicon import EventLexicon, PredicateMatch
from .arguments import RuleArguments
from .doc import ActorMention, Doc, Sentence

#: dependents of a subject word through which an actor may be named ("Tetangga Mali, Niger dan Chad")
NP_LINKS = ("flat", "flat:name", "compound", "appos", "nmod", "nmod:poss", "amod", "det", "nummod")
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
PARSE_SKIP = frozenset({"ner", "trainable_lemmatizer"})


class SyntaxParser:
    """Pipeline component: dependency parses of the sentences that may hold an event."""

    name = "syntax"

    def __init__(self, language: str, lexicon: EventLexicon) -> None:
        self.language = language
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> None:
        from ..models import load_model, parse

        wanted = [s for s in doc.sentences
                  if doc.actors.get(s.index) and any(self.lexicon.starts_predicate(t.norm) for t in s.tokens)]
        if not wanted:
            return
        # heads and relations are all the argument finder reads: leave NER and lemmas out
        parsed = parse(self.language, [[t.text for t in s.tokens] for s in wanted],
                       skip=PARSE_SKIP & set(load_model(self.language).pipe_names))
        for sentence, result in zip(wanted, parsed):
            doc.parses[sentence.index] = result


class ParseArguments(RuleArguments):
    """Source and target from the dependency parse, word-order rules where the parse is silent."""

    def __call__(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                 predicates: list[PredicateMatch], light_verb: int | None, light_kind: str | None = None,
                 ) -> tuple[list[ActorMention], list[ActorMention], str]:
        sources, targets, how = super().__call__(doc, sentence, match, actors, predicates, light_verb,
                                                 light_kind)
        parsed = doc.parses.get(sentence.index)
        if sources and not targets and parsed is not None and light_kind != "receive" and \
                match.pos == "verb" and match.voice == "active" and match.start < len(parsed.head):
            # the rules found no target within their windows: the verb's object, or its oblique with a
            # preposition of the verb's frame, as the parse attaches them
            nouns = [m.start for m in predicates if m.pos == "noun" and m.start >= match.end]
            found = self._parsed_target(sentence, parsed, actors, match, doc.excluded, nouns)
            own = {m.code for m in sources}
            found = [m for m in found if m.code not in own]
            if found:
                return sources, found, how + "+parse-target"
        return sources, targets, how

    def _parsed_target(self, sentence: Sentence, parsed, actors: list[ActorMention], match: PredicateMatch,
                       excluded: set[int], nouns: list[int]) -> list[ActorMention]:
        frame = match.entry.targets
        tokens = sentence.tokens
        for j in parsed.children(match.start):
            dep = parsed.dep[j]
            if dep in ("obj", "iobj") and "obj" in frame:
                found = self._actors_of(sentence, parsed, actors, j, excluded)
            elif dep.startswith("obl"):
                cases = [c for c in parsed.children(j) if parsed.dep[c] == "case"]
                if not cases or tokens[cases[0]].norm not in frame:
                    continue
                found = self._actors_of(sentence, parsed, actors, j, excluded)
            else:
                continue
            # "menyetujui paket bantuan untuk Haiti": an actor after an event noun is that noun's
            found = [m for m in found if not m.is_location and not any(match.end <= n < m.first for n in nouns)]
            if found:
                return found
        return []

    def subject(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], before: int,
                excluded: set[int], verb_starts: tuple[int, ...] = ()) -> list[ActorMention]:
        found = super().subject(doc, sentence, actors, before, excluded, verb_starts)
        if found and not self.last_subject_fallback:
            return found
        # the clause itself names no subject: the parse decides between the sentence's first actor and
        # none (a subject-less clause whose subject the parse attaches elsewhere)
        parsed = doc.parses.get(sentence.index)
        if parsed is not None and before < len(parsed.head):
            return self._parsed_subject(sentence, parsed, actors, before, excluded) or found
        return found

    def _parsed_subject(self, sentence: Sentence, parsed, actors: list[ActorMention], verb: int,
                        excluded: set[int]) -> list[ActorMention]:
        seen = set()
        word = verb
        for _ in range(4):  # climb along conj / xcomp / relative heads that share their subject
            if word in seen:
                break
            seen.add(word)
            subj = [j for j in parsed.children(word) if parsed.dep[j] in SUBJECT_DEPS]
            if subj:
                return self._actors_of(sentence, parsed, actors, subj[0], excluded)
            dep, head = parsed.dep[word], parsed.head[word]
            if dep == "xcomp":
                # "mendesak Israel menghentikan": the matrix object controls the complement's subject
                objects = [j for j in parsed.children(head) if parsed.dep[j] in ("obj", "iobj")]
                if objects:
                    return self._actors_of(sentence, parsed, actors, objects[0], excluded)
            if dep in ("conj", "xcomp") and head != word:
                word = head
                continue
            break
        return []

    def _actors_of(self, sentence: Sentence, parsed, actors: list[ActorMention], word: int,
                   excluded: set[int]) -> list[ActorMention]:
        """The actor group a word heads: the actor containing it, else one in its noun phrase (an
        apposition before a possessor: "Tetangga Mali, Niger dan Chad"), with its conjuncts."""
        def containing(j: int) -> int | None:
            for k, m in enumerate(actors):
                if m.first <= j <= m.last and not m.is_location and id(m) not in excluded:
                    return k
            return None

        k = containing(word)
        if k is None:
            links = {dep: [j for j in parsed.children(word) if parsed.dep[j] == dep] for dep in NP_LINKS}
            for dep in ("flat:name", "flat", "compound", "appos", "nmod:poss", "nmod"):
                for j in links.get(dep, []):
                    k = containing(j)
                    if k is not None:
                        break
                if k is not None:
                    break
        if k is None:
            return []
        return self._group_from(sentence, actors, k)


def with_parse(arguments: RuleArguments) -> ParseArguments:
    """The parse-reading finder with the same cues, light verbs and morphology as ``arguments``."""
    return ParseArguments(arguments.cues, arguments.light_verbs, arguments.morphology)


__all__ = ["ParseArguments", "PredicateMatch", "SyntaxParser", "with_parse"]


class BaseVerbTags:
    """The shipped tagger's word classes (UPOS) for a sentence where a base-dictionary pattern matched.

    A base dictionary (PETRARCH2's) lists verbs that its coder read from a parse; matched by word order,
    many of its heads are as often nouns or adjectives in news ("the task force", "a cease fire", "the
    head of operations"). Only the few sentences with a base match are tagged, without the parser; a
    sentence the parser has already read (``WARTA_PARSER=1``) is not tagged again."""

    #: word classes a base head may have to code: a verb (UD tags auxiliaries and copulas apart)
    VERB_TAGS = frozenset({"VERB"})

    def __init__(self, language: str) -> None:
        self.language = language

    @staticmethod
    def available(language: str) -> bool:
        from ..errors import WartaError
        from ..models import model_path

        try:
            model_path(language)
        except WartaError:
            return False
        return True

    def verbs(self, doc: Doc, sentence: Sentence) -> set[int]:
        """Token indices of the sentence that the tagger reads as verbs."""
        from ..models import tag_words

        parsed = doc.parses.get(sentence.index)
        tags = parsed.upos if parsed is not None else tag_words(self.language, [t.text for t in sentence.tokens])
        return {i for i, tag in enumerate(tags) if tag in self.VERB_TAGS}
