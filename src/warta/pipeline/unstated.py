"""Doers a clause leaves unstated, found where the language puts them (a mixin of the events component).

A trigger whose argument reader finds no source is dropped (``pipeline.trace`` counts these as
``no-source``, the largest group of found-but-lost triggers). Two ways Indonesian news names the doer
elsewhere than next to the trigger, each general:

- **"we", "I", "his side" as the subject of what someone is said to say** ("Kami mendukung ..., kata Menlu
  X", "Menurut X, pihaknya telah berkoordinasi dengan Y"): the speaker of the reporting frame (inside
  quotation marks, pipeline.attribution already makes the pronoun an actor); so is "we" as the passive's
  subject or the object of an act with no other target ("Kami diserang oleh Y, kata X").
- **A fronted clause with no subject of its own** ("Setelah bertemu Presiden Y, Presiden X mengecam ...",
  "Sebelum menyerang Gaza, Israel memperingatkan ..."): the subject after its comma, the main clause's.
- **A sentence with no subject at all** ("Menlu X tiba di Kairo. Setibanya di sana, langsung bertemu Menlu Y"):
  its first active verb goes on with the doer of the first act of the sentence before, the topic.
- **An event noun that is the occasion of the main clause** ("X menyampaikan hal itu dalam pertemuan
  dengan Y", "Hal itu disampaikan X saat kunjungan ke Y"): the main clause's subject, or its passive's
  agent, holds the meeting or makes the visit.
- **Coordinated event nouns** ("serangan dan tembakan dari X", "blokade dan serangan X"): the nouns share
  the doer named after the last of them.
- **A passive act of force with no agent** ("Puluhan warga sipil dibunuh", after "Milisi X menyerbu desa
  itu"): done by whoever did the violence just told, in its sentence or the one before, to another side.
- **A clash that killed someone** ("polisi X terluka dalam baku tembak dengan Y"): the side of
  those it killed fought the one after "dengan".
"""

from __future__ import annotations

from dataclasses import replace

from ..lang.lexicon import PredicateMatch
from .arguments import AUXILIARIES, QUOTE_MARKS
from .doc import ActorMention, Doc, Sentence
from .merge import compatible

#: event nouns that may be the occasion of the main clause's act: cooperation and its words, consultation,
#: visits, appeals and offers (not violence: "tewas dalam serangan" names the victims, not the attackers)
OCCASION_ROOTS = frozenset({"02", "03", "04", "05", "06"})
OCCASION_WINDOW = 3  # words between the preposition and the event noun ("dalam | sebuah | pertemuan")
#: clashes: fighting done by both sides at once, whose entries take the other side after "dengan"/"antara"
CLASH_CODES = frozenset({"190", "193"})
CLASH_FRAME = frozenset({"dengan", "antara"})
#: acts of force whose passive, with no agent, continues the violence told just before
FORCE_ROOTS = frozenset({"18", "19", "20"})


class UnstatedSources:
    """Sources the clause does not state next to the trigger (uses the events component's ``cues``,
    ``arguments`` and ``_read``)."""

    def _unstated_source(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                         matches: list[PredicateMatch], targets: list[ActorMention],
                         ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """(sources, targets, how) for a match the argument reader found no source for, or None."""
        found = self._speaker_subject(doc, sentence, match, targets)
        if found is not None:
            return found
        found = self._fronted_clause_subject(sentence, match, actors, targets)
        if found is not None:
            return found
        found = self._topic_carried(doc, sentence, match, actors, targets)
        if found is not None:
            return found
        if match.voice == "passive" and match.pos == "verb":
            # (not when an act of force is named after it: "terbunuh dalam serangan X" is X's)
            if any(m.start >= match.end and m.entry.code[:2] in FORCE_ROOTS for m in matches):
                return None
            return self._agent_told_before(doc, sentence, match, targets)
        if match.pos != "noun" and match.voice != "nominal":
            return None
        found = self._occasion_doer(doc, sentence, match, actors)
        if found is not None:
            return found
        found = self._shared_by_coordination(doc, sentence, match, actors, matches)
        if found is not None:
            return found
        return self._clash_sides(doc, sentence, match, actors)

    def _speaker_at(self, doc: Doc, sentence: Sentence, j: int) -> ActorMention | None:
        """The speaker of the reporting frame a first-person word at token j is in, standing at it."""
        tokens = sentence.tokens
        if j < 0 or j >= len(tokens) or tokens[j].norm not in self.cues["pronoun_speaker"]:
            return None
        claim = doc.claim_at(tokens[j].start)
        speaker = claim.speaker if claim is not None else None
        if speaker is None or not speaker.code or speaker.sentence != sentence.index and claim.sentence != sentence.index:
            return None
        return replace(speaker, sentence=sentence.index, first=j, last=j, start=tokens[j].start, end=tokens[j].end,
                       text=tokens[j].text, kind="pronoun")

    def _before_auxiliaries(self, sentence: Sentence, i: int) -> int:
        j = i - 1
        while j >= 0 and sentence.tokens[j].norm in AUXILIARIES:
            j -= 1
        return j

    def _speaker_subject(self, doc: Doc, sentence: Sentence, match: PredicateMatch, targets: list[ActorMention],
                         ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"Kita sepakat memperkuat kerja sama dengan Y, ujar Presiden X": X's side agreed."""
        if match.voice == "passive":
            return None  # "kami diserang": the speaker's side is what it befell
        own = self._speaker_at(doc, sentence, self._before_auxiliaries(sentence, match.start))
        if own is None and match.pos == "noun":
            light = self._light_verb(sentence, match)  # "Kami melakukan pertemuan dengan Y, kata X"
            own = None if light is None else self._speaker_at(doc, sentence, self._before_auxiliaries(sentence, light))
        if own is None:
            return None
        return [own], [t for t in targets if t.code != own.code], "speaker-subject"

    def _unstated_target(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                         sources: list[ActorMention]) -> list[ActorMention]:
        """"Kami diserang oleh X, kata Presiden Y", "X terus menyerang kami, ujar Y": the speaker's side."""
        if match.pos != "verb":
            return []
        at = self._before_auxiliaries(sentence, match.start) if match.voice == "passive" else match.end
        own = self._speaker_at(doc, sentence, at)
        return [own] if own is not None and not any(compatible(own.code, m.code) for m in sources) else []

    def _fronted_clause_subject(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                                targets: list[ActorMention],
                                ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"Setelah bertemu Presiden Y, Presiden X ...": the verb of a clause that opens the sentence with a
        subordinator ("setelah", "sebelum", "saat", "jika" ...) and no subject shares the main clause's, the
        actors right after the comma that closes it."""
        if match.pos != "verb" or match.voice == "passive":
            return None
        tokens = sentence.tokens
        j = self._before_auxiliaries(sentence, match.start)
        if j < 0 or tokens[j].norm not in self.cues["subordinator"] or any(t.is_word for t in tokens[:j]):
            return None
        comma = next((k for k in range(match.end, len(tokens)) if not tokens[k].is_word), None)
        if comma is None or tokens[comma].text != ",":
            return None
        subject = self.arguments.group_at(sentence, actors, comma + 1)  # "A dan B", "A, B dan C"
        if not subject:
            return None
        own = {m.code for m in subject}
        return subject, [t for t in targets if t.code not in own], "fronted-clause-subject"

    def _topic_carried(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                       targets: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"Menlu X tiba di Kairo. Setibanya di sana, langsung bertemu Menlu Y": a sentence whose first active
        verb has no subject at all (only adverbs before it, or a fronted phrase closed by a comma) goes on
        with the topic of the sentence before, the doer of its first act."""
        if match.pos != "verb" or match.voice != "active" or sentence.index == 0 or sentence.block != "body":
            return None
        tokens = sentence.tokens
        j = self._before_auxiliaries(sentence, match.start)
        if j >= 0 and tokens[j].text != ",":
            return None
        if any(m.first < match.start and not m.is_location for m in actors) or \
                any(t.text in QUOTE_MARKS for t in tokens[: match.start]):
            return None
        before = next((p for p in doc.predicates if p.sentence == sentence.index - 1 and p.sources), None)
        if before is None:
            return None
        doers = [m for m in before.sources if m.code and not any(compatible(m.code, t.code) for t in targets)]
        if not doers:
            return None
        return [_anchored(m, sentence, match) for m in doers], targets, "topic-carried"

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
        doers = [m for m in doers if m.first < prep and not any(m is t for t in targets)] or \
            self._fronted_occasion_doer(sentence, actors, prep, targets)
        # "Menlu X ... dengan Menlu kedua negara": one's own side among those met is no partner
        targets = [t for t in targets if t.code not in {m.code for m in doers}]
        if not doers or not targets:
            return None
        return doers, targets, "nominal+occasion" + (f"+{how}" if how else "")

    def _fronted_occasion_doer(self, sentence: Sentence, actors: list[ActorMention], prep: int,
                               targets: list[ActorMention]) -> list[ActorMention]:
        """"Dalam percakapan telepon dengan Menlu Y, (menurut Z,) Menlu X menekankan ...": an occasion phrase
        opening the sentence ends at its comma; the subject right after it (past a comma-closed
        attribution) held the talk."""
        tokens = sentence.tokens
        if not targets or any(t.is_word for t in tokens[:prep]):
            return []
        at = targets[-1].last + 1
        attribution = self.cues["according"] | self.cues["quote_final"]
        while True:
            at = next((k for k in range(at, len(tokens)) if not tokens[k].is_word), len(tokens))
            if at >= len(tokens) or tokens[at].text != ",":
                return []
            at += 1
            if at < len(tokens) and tokens[at].norm not in attribution:
                break
        return self.arguments.group_at(sentence, actors, at)

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

    def _clash_sides(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                     ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"Dua tentara X tewas dalam bentrokan dengan Y": X's side and Y clashed (the article's two sides
        are no guess for a clash named bare: they were wrong as often as right on the dev sets)."""
        entry = match.entry
        if entry.code not in CLASH_CODES or "obj" in entry.targets or not CLASH_FRAME <= entry.targets:
            return None
        tokens = sentence.tokens
        stop = self.arguments.clause_end(sentence, match.end)
        partner, how = self.arguments.after(sentence, actors, match.end, entry.targets, stop, False)
        prep = match.start - 1
        if prep > 0 and tokens[prep].norm in self.cues["article"]:
            prep -= 1
        if partner and prep >= 1 and tokens[prep].norm in self.cues["victim_prep"] and \
                tokens[prep - 1].norm in self.cues["casualty"]:
            # (police of a country may fall fighting its rebels: only the same actor is left out)
            other = {m.code for m in partner}
            fallen = [m for m in self.arguments.subject(doc, sentence, actors, prep - 1, doc.excluded)
                      if m.code not in other]
            if fallen:
                return fallen, partner, "nominal+fallen-side+mutual" + (f"+{how}" if how else "")
        return None

    @staticmethod
    def _agent_told_before(doc: Doc, sentence: Sentence, match: PredicateMatch, targets: list[ActorMention],
                           ) -> tuple[list[ActorMention], list[ActorMention], str] | None:
        """"Milisi X menyerbu desa itu. Puluhan warga dibunuh.": the doers of the last violence against
        another side, in this sentence or the one before, killed them."""
        if match.entry.code[:2] not in FORCE_ROOTS or not targets:
            return None
        for index, doers in reversed(doc.violence):
            if index < sentence.index - 1:
                break
            # another side: not the same actor (a militia of the country may kill its civilians)
            if doers and not any(compatible(m.code, t.code) for m in doers for t in targets):
                return [_anchored(m, sentence, match) for m in doers], targets, "passive+agent-told-before"
        return None


def _anchored(m: ActorMention, sentence: Sentence, match: PredicateMatch) -> ActorMention:
    """An actor of an earlier sentence, standing at the predicate whose doer it is."""
    if m.sentence == sentence.index:
        return m
    tokens = sentence.tokens
    return replace(m, sentence=sentence.index, first=match.start, last=match.end - 1,
                   start=tokens[match.start].start, end=tokens[match.end - 1].end)
