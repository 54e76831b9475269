"""Direct quotes and their speakers (a mixin of the attribution component, :mod:`.attribution`).

A quote (“...” or "...") takes the speaker of the reporting frame next to it: after it (", kata X", "”, X
said"), around it ("X mengatakan, “...”"), one it opens with ('X "menegaskan bahwa ..."'), or, for a quote
that stands alone, the frame of the sentence before or a subject there that speaks with no clause of its own
("X berbicara kepada wartawan."); words quoted after a verb of naming are its subject's ("X menyebut Y
sebagai “...”"). A quotation left open at its paragraph's end goes on in the next paragraph that opens with
a quotation mark. Inside a quote, first-person pronouns become the speaker and a bare "polisi" the speaker's
country's.
"""

from __future__ import annotations

import re

from .doc import ActorMention, Claim, Doc, QuoteSpan, Sentence

_QUOTE = re.compile(r"“([^”\n]{3,})”|\"([^\"\n]{3,})\"")
# a paragraph that opens a quotation and ends without closing it, and the opening mark of the next paragraph
_OPEN_PARAGRAPH = re.compile(r"^[ \t]*“([^“”\n]{3,}?)[ \t]*$", re.MULTILINE)
_NEXT_PARAGRAPH = re.compile(r"\s*\n\s*“")
_QUOTE_MARKS = {"”", '"', "’"}
SPEAKER_WINDOW = 12  # tokens between a quote and its speech cue
NAMED_OBJECT_WINDOW = 8  # tokens between a verb of naming ("menilai", "called") and the words it quotes


class DirectQuotes:
    """The speakers of direct quotes (uses the attribution component's ``cues``, its frames in
    ``doc.claims`` and its ``_subject``)."""

    def _quote(self, doc: Doc, match: re.Match[str]) -> None:
        start, end = match.span()
        inner_start, inner_end = start + 1, end - 1
        first_sentence = self._sentence_at(doc, start)
        last_sentence = self._sentence_at(doc, end - 1)
        if first_sentence is None or last_sentence is None:
            return  # in clutter (menus, captions, banners): never a quote
        claim = self._frame_after(doc, last_sentence, end) or self._frame_around(doc, inner_start) or \
            self._frame_opening(doc, first_sentence, inner_start)
        if claim is None and doc.text[first_sentence.start:start].strip() == "":
            claim = self._frame_before(doc, first_sentence) or self._speaking_before(doc, first_sentence)
        if claim is None:
            claim = self._naming_before(doc, first_sentence, start)
        self._attribute_quote(doc, inner_start, inner_end, first_sentence, last_sentence, claim)

    def _continued_paragraphs(self, doc: Doc) -> None:
        """A quotation left open at the end of its paragraph goes on in the next paragraph, which opens with
        a quotation mark again (“... / “...,” kata X): the paragraphs are one quote, the speaker's named at
        its end. Read from the last paragraph back, so a run of them takes the speaker of the one closed."""
        for match in reversed(list(_OPEN_PARAGRAPH.finditer(doc.text))):
            start, end = match.span(1)
            following = _NEXT_PARAGRAPH.match(doc.text, end)
            if following is None:
                continue
            quote = next((q for q in doc.quotes if q.start == following.end() and q.speaker is not None), None)
            first_sentence, last_sentence = self._sentence_at(doc, start), self._sentence_at(doc, end - 1)
            if quote is None or first_sentence is None or last_sentence is None:
                continue
            cue = Claim(start, end, first_sentence.index, quote.speaker, quote.cue, following.end())
            self._attribute_quote(doc, start, end, first_sentence, last_sentence, cue)

    def _attribute_quote(self, doc: Doc, inner_start: int, inner_end: int, first_sentence: Sentence,
                         last_sentence: Sentence, claim: Claim | None) -> None:
        """Record a quote with the speaker of the frame that introduces it (``claim``; none: no speaker):
        its events are the speaker's claim and first-person words in it the speaker."""
        speaker = claim.speaker if claim is not None else None
        doc.quotes.append(QuoteSpan(inner_start, inner_end, first_sentence.index, speaker,
                                    claim.cue if claim is not None else "", True))
        if speaker is None:
            return
        doc.claims.append(Claim(inner_start, inner_end, first_sentence.index, speaker, claim.cue, claim.cue_start))
        if not speaker.code:
            return
        for s in doc.sentences[first_sentence.index : last_sentence.index + 1]:
            if s.start < inner_end and s.end > inner_start:
                self._first_person(doc, s, inner_start, inner_end, speaker)
                self._speakers_country(doc, s, inner_start, inner_end, speaker)

    def _sentence_at(self, doc: Doc, offset: int) -> Sentence | None:
        for s in doc.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def _frame_after(self, doc: Doc, sentence: Sentence, end: int) -> Claim | None:
        """", kata Retno" or ", Menteri Luar Negeri Retno Marsudi mengatakan" right after a closing quote."""
        tokens = [t for t in sentence.tokens if t.start >= end][:SPEAKER_WINDOW]
        if not tokens:
            return None
        limit = tokens[-1].end
        return next((c for c in doc.claims if c.sentence == sentence.index and end <= c.cue_start <= limit
                     and c.end <= c.cue_start + 1 and not c.relay), None)

    def _frame_around(self, doc: Doc, offset: int) -> Claim | None:
        """"Menurut X, ...: “...”", "X mengatakan, “...”": a frame whose span holds the quote."""
        claim = doc.claim_at(offset)
        return claim if claim is not None and claim.speaker is not None else None

    def _frame_opening(self, doc: Doc, sentence: Sentence, offset: int) -> Claim | None:
        """'X "menegaskan bahwa ..."', 'X "stressed that ..."': a quote that opens with the verb of saying
        whose frame it holds is that verb's speaker's."""
        return next((c for c in doc.claims if c.sentence == sentence.index and c.cue_start == offset
                     and c.speaker is not None and not c.relay), None)

    def _naming_before(self, doc: Doc, sentence: Sentence, start: int) -> Claim | None:
        """"X menilai pernyataan itu “sangat salah”", "X menyebut langkah itu sebagai “...”", "X called the
        move “reckless”": words quoted as what a verb of naming or saying a few words before them, in the
        same clause, says of its object are that verb's subject's (a passive's agent: "disebut X “...”")."""
        tokens = sentence.tokens
        before = [j for j, t in enumerate(tokens) if t.end <= start][-NAMED_OBJECT_WINDOW:]
        actors = [m for m in doc.actors.get(sentence.index, []) if not m.is_location]
        for j in reversed(before):
            tok = tokens[j]
            if tok.text in {".", ";", ":", "“", "”"} | _QUOTE_MARKS:
                return None
            if tok.norm in self.cues["passive_speech"]:  # "argumen yang disebut X “...”": the agent after it
                speaker = next((m for m in actors if m.first == j + 1), None)
            elif tok.norm in self.cues["naming"] or tok.norm in self.cues["speech"]:
                speaker = self._subject(doc, sentence, actors, j)
            else:
                continue
            return Claim(start, start, sentence.index, speaker, tok.text, tok.start) if speaker else None
        return None

    def _frame_before(self, doc: Doc, sentence: Sentence) -> Claim | None:
        """A quote that stands alone after a sentence that named its speaker."""
        if sentence.index == 0:
            return None
        return next((c for c in reversed(doc.claims) if c.sentence == sentence.index - 1 and c.speaker is not None
                     and not c.relay), None)

    def _speaking_before(self, doc: Doc, sentence: Sentence) -> Claim | None:
        """A quote that stands alone after a sentence whose subject speaks with no clause of its own ("X
        berbicara kepada wartawan di Jakarta, Senin.", "X spoke to reporters in Beijing."): the subject's."""
        if sentence.index == 0:
            return None
        before = doc.sentences[sentence.index - 1]
        actors = [m for m in doc.actors.get(before.index, []) if not m.is_location]
        for j, tok in enumerate(before.tokens):
            if tok.norm in self.cues["speaking"] and j not in {k for m in actors for k in range(m.first, m.last + 1)}:
                speaker = self._subject(doc, before, actors, j)
                return Claim(before.end, before.end, before.index, speaker, tok.text, tok.start) if speaker else None
        return None

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
                # "teman-teman Venezuela kami": a possessive after a noun is not an actor
                if i > 0 and sentence.tokens[i - 1].is_word and sentence.tokens[i - 1].norm not in \
                        self.cues["coordinator"] and i - 1 in taken:
                    continue
                actors.append(ActorMention(sentence.index, i, i, tok.start, tok.end, speaker.code,
                                           speaker.country, speaker.name, tok.text, "pronoun",
                                           person=speaker.person))
                added = True
        if added:
            actors.sort(key=lambda m: m.first)
