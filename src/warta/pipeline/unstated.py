"""Doers a clause leaves unstated, found where the language puts them (a mixin of the events component).

A trigger whose argument reader finds no source is dropped (``pipeline.trace`` counts these as
``no-source``, the largest group of found-but-lost triggers). Two ways Indonesian news names the doer
elsewhere than next to the trigger, each general:

- **An event noun that is the occasion of the main clause** ("X menyampaikan hal itu dalam pertemuan
  dengan Y", "Hal itu disampaikan X saat kunjungan ke Y"): the main clause's subject, or its passive's
  agent, holds the meeting or makes the visit.
- **Coordinated event nouns** ("serangan dan tembakan dari X", "blokade dan serangan X"): the nouns share
  the doer named after the last of them.
"""

from __future__ import annotations

from ..lang.lexicon import PredicateMatch
from .doc import ActorMention, Doc, Sentence

#: event nouns that may be the occasion of the main clause's act: cooperation and its words, consultation,
#: visits, appeals and offers (not violence: "tewas dalam serangan" names the victims, not the attackers)
OCCASION_ROOTS = frozenset({"02", "03", "04", "05", "06"})
OCCASION_WINDOW = 3  # words between the preposition and the event noun ("dalam | sebuah | pertemuan")


class UnstatedSources:
    """Sources the clause does not state next to the trigger (uses the events component's ``cues``,
    ``arguments`` and ``_read``)."""

    def _unstated_source(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                         matches: list[PredicateMatch]) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """(sources, targets, how) for a match the argument reader found no source for, or None."""
        if match.pos != "noun" and match.voice != "nominal":
            return None
        found = self._occasion_doer(doc, sentence, match, actors)
        if found is not None:
            return found
        found = self._shared_by_coordination(doc, sentence, match, actors, matches)
        if found is not None:
            return found
        return None

    def _occasion_doer(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                       ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"Hal itu disampaikan Menlu X dalam percakapan telepon dengan Menlu Y": X talked with Y."""
        if match.entry.code[:2] not in OCCASION_ROOTS:
            return None
        tokens = sentence.tokens
        prep = next((j for j in range(match.start - 1, max(-1, match.start - 1 - OCCASION_WINDOW), -1)
                     if tokens[j].norm in self.cues["occasion"]), None)
        if prep is None or not all(tokens[j].is_word for j in range(prep, match.start)):
            return None
        stop = self.arguments.clause_end(sentence, match.end)
        frame = match.entry.targets | self.cues["nominal_object"]
        targets, how = self.arguments.after(sentence, actors, match.end, frame, stop, False)
        start = self.arguments.clause_start(sentence, prep)
        # the subject of the clause the noun closes ("..., katanya dalam rapat": no subject named, no doer)
        doers = [m for m in self.arguments.subject(doc, sentence, actors, prep, doc.excluded) if m.first >= start]
        if not doers:
            # the main clause is passive: its agent, right after its verb or after "oleh", before the noun
            agents = [m for m in actors if start <= m.first < prep and not m.is_location and
                      m.first > 0 and tokens[m.first - 1].norm.startswith("di") and
                      tokens[m.first - 1].norm not in self.cues["locative"]]
            by = [m for m in actors if start <= m.first < prep and m.first > 0 and
                  tokens[m.first - 1].norm in self.cues["agent"]]
            doers = (by or agents)[:1]
        doers = [m for m in doers if m.first < prep and not any(m is t for t in targets)]
        # "Menlu X ... dengan Menlu kedua negara": one's own side among those met is no partner
        targets = [t for t in targets if t.code not in {m.code for m in doers}]
        if not doers or not targets:
            return None
        return doers, targets, "nominal+occasion" + (f"+{how}" if how else "")

    def _shared_by_coordination(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                                actors: list[ActorMention], matches: list[PredicateMatch],
                                ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"serangan dan tembakan dari X ke Y": the first noun's doer and target are the second's."""
        tokens = sentence.tokens
        j = match.end
        if j >= len(tokens) or tokens[j].norm not in self.cues["coordinator"]:
            return None
        nxt = next((m for m in matches if m.start == j + 1 and m.pos == "noun" and
                    m.entry.code[:2] == match.entry.code[:2]), None)
        if nxt is None:
            return None
        _, _, sources, targets, how = self._read(doc, sentence, nxt, actors, matches)
        if not sources:
            return None
        return sources, targets, "nominal+coordinated" + (f"<{how}" if how else "")
