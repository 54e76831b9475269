"""Attribution: quotes and their speakers, and who a claim is reported by.

Direct quotes (“...” or "...") get a speaker from the speech cue next to them (", kata X", "X
mengatakan: ..."); first-person pronouns inside a quote become the speaker ("Kami berhubungan dengan ..."
said by the Kremlin's spokesman is the Kremlin acting). "Menurut X" and "X melaporkan" make X the
``reported_by`` of the sentence's events; an event inside a quote or after "X mengatakan bahwa" is reported
by its speaker.
"""

from __future__ import annotations

import re

from ..lang.cues import Cues
from .doc import ActorMention, Doc, QuoteSpan, Sentence

_QUOTE = re.compile(r"“([^”\n]{3,})”|\"([^\"\n]{3,})\"")
#: words after which an actor only attributes the sentence ("menurut X", "dilansir X", "dikutip dari X")
ATTRIBUTING = frozenset({"menurut", "dilansir", "melansir", "dikutip", "mengutip", "according"})
SPEAKER_WINDOW = 12  # tokens between a quote and its speech cue
REPORT_WINDOW = 6


class Attribution:
    name = "attribution"

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> None:
        for sentence in doc.sentences:
            self._reported_by(doc, sentence)
        for match in _QUOTE.finditer(doc.text):
            self._quote(doc, match)

    # -- "menurut X", "X melaporkan", "X mengatakan bahwa" ------------------------------------------
    def _reported_by(self, doc: Doc, sentence: Sentence) -> None:
        actors = doc.actors.get(sentence.index, [])
        tokens = sentence.tokens
        for i, tok in enumerate(tokens):
            if tok.norm in ATTRIBUTING:
                for m in actors:
                    if i < m.first <= i + REPORT_WINDOW:
                        doc.reported_by[sentence.index] = m
                        doc.excluded.add(id(m))
                        break
                return
        for i, tok in enumerate(tokens):
            if i > 0 and tokens[i - 1].norm in self.cues["purpose"]:
                continue  # "mengutus menteri untuk menyampaikan belasungkawa": a purpose, not a report
            if tok.norm in self.cues["speech"] or tok.norm in self.cues["report"]:
                # a post-posed cue (", kata Putin") names its speaker after it
                postposed = i > 0 and (tokens[i - 1].text in {",", "”", '"'} or i == len(tokens) - 1)
                after = [m for m in actors if i < m.first <= i + 3]
                before = [m for m in actors if m.last < i and i - m.last <= 3]
                speaker = (after[0] if after else None) if postposed else (before[-1] if before else None)
                if speaker is not None:
                    doc.reported_by[sentence.index] = speaker
                    if postposed:
                        doc.excluded.add(id(speaker))
                    return

    # -- direct quotes ------------------------------------------------------------------------------
    def _quote(self, doc: Doc, match: re.Match[str]) -> None:
        start, end = match.span()
        inner_start = start + 1
        inner_end = end - 1
        first_sentence = self._sentence_at(doc, start)
        last_sentence = self._sentence_at(doc, end - 1)
        if first_sentence is None or last_sentence is None:
            return
        speaker, cue = self._speaker_after(doc, last_sentence, end, start)
        if speaker is None:
            speaker, cue = self._speaker_before(doc, first_sentence, start)
        doc.quotes.append(QuoteSpan(inner_start, inner_end, first_sentence.index, speaker, cue, True))
        if speaker is None:
            return
        for s in doc.sentences[first_sentence.index : last_sentence.index + 1]:
            if s.start < inner_end and s.end > inner_start:
                doc.reported_by.setdefault(s.index, speaker)
                self._first_person(doc, s, inner_start, inner_end, speaker)
                self._speakers_country(doc, s, inner_start, inner_end, speaker)

    def _sentence_at(self, doc: Doc, offset: int) -> Sentence | None:
        for s in doc.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def _speaker_after(self, doc: Doc, sentence: Sentence, end: int,
                       quote_start: int) -> tuple[ActorMention | None, str]:
        """", kata Budi" or ", Menteri Perdagangan Budi Contoh menegaskan" after a closing quote."""
        tokens = sentence.tokens
        after = [i for i, t in enumerate(tokens) if t.start >= end][:SPEAKER_WINDOW]
        cue_index = next((i for i in after if tokens[i].norm in self.cues["speech"]), None)
        if cue_index is None:
            return None, ""
        cue = tokens[cue_index]
        actors = doc.actors.get(sentence.index, [])
        between = [m for m in actors if m.start >= end and m.end <= cue.start]
        if between:
            return between[0], cue.text
        if cue.norm.endswith("nya"):
            # "..., ujarnya" / "komentarnya": the speaker is the person talked about before the quote
            return self._last_person_before(doc, sentence, quote_start), cue.text
        following = [m for m in actors if m.first > cue_index and m.first <= cue_index + 3]
        return (following[0] if following else None), cue.text

    def _last_person_before(self, doc: Doc, sentence: Sentence, offset: int) -> ActorMention | None:
        """The speaker of "..., katanya": the last person before the quote in its sentence, else the first
        person (the subject) of the sentence before ("Menteri X menyebut ... karena Presiden Y ...")."""
        for idx in range(sentence.index, max(-1, sentence.index - 3), -1):
            people = [m for m in doc.actors.get(idx, []) if m.person and m.end <= offset and m.code]
            if people:
                return people[-1] if idx == sentence.index else people[0]
        return None

    def _speaker_before(self, doc: Doc, sentence: Sentence, start: int) -> tuple[ActorMention | None, str]:
        tokens = sentence.tokens
        reported = doc.reported_by.get(sentence.index)
        if reported is not None and reported.end <= start and any(
                t.norm == "menurut" for t in tokens if t.end <= reported.start):
            return reported, "menurut"  # "Menurut X, ...: “...”"
        before = [i for i, t in enumerate(tokens) if t.end <= start][-SPEAKER_WINDOW:]
        cue = next((tokens[i] for i in reversed(before) if tokens[i].norm in self.cues["speech"]), None)
        if cue is None:
            return None, ""
        actors = [m for m in doc.actors.get(sentence.index, []) if m.end <= cue.start]
        return (actors[-1] if actors else None), cue.text

    def _speakers_country(self, doc: Doc, sentence: Sentence, lo: int, hi: int, speaker: ActorMention) -> None:
        """Inside a quote a bare "Departemen Keuangan" or "polisi" is the speaker's own."""
        if not speaker.country:
            return
        for m in doc.actors.get(sentence.index, []):
            if m.role and lo <= m.start < hi and m.country != speaker.country:
                m.code, m.country = speaker.country + m.role, speaker.country

    def _first_person(self, doc: Doc, sentence: Sentence, lo: int, hi: int, speaker: ActorMention) -> None:
        actors = doc.actors.setdefault(sentence.index, [])
        taken = {i for m in actors for i in range(m.first, m.last + 1)}
        added = False
        for i, tok in enumerate(sentence.tokens):
            if lo <= tok.start < hi and tok.norm in self.cues["pronoun_speaker"] and i not in taken:
                # "sahabat-sahabat Kuba kami": a possessive after a noun is not an actor
                if i > 0 and sentence.tokens[i - 1].is_word and sentence.tokens[i - 1].norm not in \
                        self.cues["coordinator"] and i - 1 in taken:
                    continue
                actors.append(ActorMention(sentence.index, i, i, tok.start, tok.end, speaker.code,
                                           speaker.country, speaker.name, tok.text, "pronoun",
                                           person=speaker.person))
                added = True
        if added:
            actors.sort(key=lambda m: m.first)
