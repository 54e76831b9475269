"""Attribution: who the article says a claim comes from, as reporting frames (:class:`~.doc.Claim`).

A frame is a saying predicate and the stretch of text it attributes (ANNOTATION.md, "Attribution"):

- "X mengatakan/menyatakan (bahwa) ...", "X said (that) ...": the clause after the verb is X's claim. A verb
  of saying followed by a noun ("Presiden menegaskan komitmen pemerintah") states no one else's event and
  attributes nothing; verbs of announcing ("mengumumkan sanksi", "announced sanctions") claim their object.
- "..., kata X", "..., ujarnya", "..., X said": the clause before the cue is X's claim; "-nya" and pronoun
  speakers ("tutur dia", "he said") are the one talked about just before.
- "menurut X", "according to X": the whole sentence is X's claim.
- relays ("dikutip dari Anadolu", "dilansir AFP", "quoting Reuters"): the outlet is the source only where no
  one else in the sentence is; with no one named after them ("dilaporkan", "reportedly") the claim stays in
  the article's voice, as does a claim from an unnamed source ("sumber yang tidak disebutkan namanya").
- direct quotes (“...” or "..."): the speaker of the frame next to them (:mod:`.quotes`); first-person
  pronouns inside a quote become the speaker. A few quoted words with no speaker are a term in quotation
  marks, not a quote.

:mod:`.claimed` then gives each event predicate the claim it is stated in (:class:`~.claimed.ClaimedEvents`,
:class:`~.claimed.RetoldEvents`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lang.cues import Cues
from .doc import ActorMention, Claim, Doc, Sentence
from .quotes import _QUOTE, _QUOTE_MARKS, DirectQuotes

_CLOSING = {","} | _QUOTE_MARKS
SPEAKER_AFTER = 3  # tokens between a post-posed cue ("kata") and its speaker
SUBJECT_GAP = 6
SET_OFF_WINDOW = 12  # tokens of a subordinate clause set off by commas between a speaker and the verb of saying
POSTPOSED_TAIL = 8  # words after a post-posed "said" ("..., X said in a statement on Monday night")  # tokens between a speaker and its verb ("Kementerian X dalam pernyataannya menyatakan")
ANTECEDENT_SENTENCES = 3  # how far back "ujarnya" / "he said" looks for its speaker
RELAY_DESCRIPTION = 6  # tokens describing an outlet between a relay and its name ("kantor berita resmi Iran, IRNA")
OPENER_WORDS = 3  # words of an opening adverbial before a sentence's subject ("Sementara itu,")
MIN_QUOTE_WORDS = 4  # fewer quoted words with no speaker are a term in quotation marks
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}


def _closing_quote(tokens, k: int) -> bool:
    """Whether token ``k`` closes a quotation: a closing mark, or a straight one that is not an opening
    mark (one set off from the word before it and attached to the word after it: 'X "menegaskan ...')."""
    if tokens[k].text not in _QUOTE_MARKS:
        return False
    if tokens[k].text != '"' or k + 1 >= len(tokens):
        return True
    opening = tokens[k].end == tokens[k + 1].start and (k == 0 or tokens[k - 1].end < tokens[k].start)
    return not opening


def _possessor(tokens, j: int) -> bool:
    """Whether the word at ``j`` owns the noun after it ("authorities' commitment", "Russia's plan"): the
    start of a noun phrase, not the subject or verb of a clause."""
    return j + 1 < len(tokens) and tokens[j + 1].text in POSSESSIVE_MARKS


class Attribution(DirectQuotes):
    name = "attribution"

    def __init__(self, cues: Cues, looks_verbal: Callable[[str], bool] | None = None) -> None:
        self.cues = cues
        self.looks_verbal = looks_verbal or (lambda word: False)
        # a denial is a claim too: "X membantah telah menyerang ...", "X denied that ..." (the act denied is X's
        # account, negated)
        self.saying = cues["speech"] | cues["announce"] | cues["quote_final"] | cues["denial"]

    def __call__(self, doc: Doc) -> None:
        for sentence in doc.sentences:
            self._frames(doc, sentence)
        for match in _QUOTE.finditer(doc.text):
            self._quote(doc, match)
        self._continued_paragraphs(doc)
        doc.quotes.sort(key=lambda q: q.start)

    # -- frames in a sentence -------------------------------------------------------------------------
    def _frames(self, doc: Doc, sentence: Sentence) -> None:
        tokens = sentence.tokens
        actors = [m for m in doc.actors.get(sentence.index, []) if not m.is_location]
        named = {k for m in actors for k in range(m.first, m.last + 1)}
        for i, tok in enumerate(tokens):
            norm = tok.norm
            if i in named:
                continue  # "United States", "Kata Data": a word of a name is no cue
            if norm in self.cues["according"] and norm in self.cues["speaker_anaphor"]:
                # "Menurutnya, ...": the speaker talked about before
                self._add(doc, sentence.start, sentence.end, sentence, self._antecedent(doc, sentence, tok.start), tok)
            elif norm in self.cues["according"]:
                # (the phrase ends at its comma: "Menurut laporan media setempat, pasukan X menangkap ...")
                speaker = self._named_after(doc, sentence, actors, i, window=6, stop_at_comma=True)
                self._add(doc, sentence.start, sentence.end, sentence, speaker, tok, excluded=True)
            elif norm in self.cues["statement"] and (self._after_quote(tokens, i) or self._after_quote(tokens, i - 1)
                                                     or self._postposed_statement(tokens, i)):
                # "“...,” demikian pernyataan China", "..., demikian keterangan X": the statement's owner after it
                speaker = self._named_after(doc, sentence, actors, i, window=SPEAKER_AFTER, stop_at_comma=True)
                self._add(doc, sentence.start, tok.start, sentence, speaker, tok, excluded=True)
            elif norm in self.cues["statement"] and self._statement_phrase(tokens, i):
                speaker = self._statement_maker(doc, sentence, actors, i)
                self._add(doc, sentence.start, sentence.end, sentence, speaker, tok)
            elif norm in self.cues["passive_speech"] and self._claim_anaphor(tokens, i) and sentence.index > 0:
                # "Hal itu disampaikan X di Jakarta, Senin.": the sentence before is X's claim
                speaker = self._named_after(doc, sentence, actors, i, window=SPEAKER_AFTER, stop_at_comma=True)
                before = doc.sentences[sentence.index - 1]
                if speaker is not None and before.block == sentence.block:
                    self._add(doc, before.start, before.end, before, speaker, tok)
            elif norm in self.cues["passive_speech"] and i > 1 and tokens[i - 1].norm in self.cues["postposed_marker"]:
                # "..., demikian diumumkan X": the clause before the cue is what X claims
                speaker = self._named_after(doc, sentence, actors, i, window=SPEAKER_AFTER, stop_at_comma=True)
                if speaker is not None:
                    self._add(doc, sentence.start, tokens[i - 1].start, sentence, speaker, tok, excluded=True)
            elif norm in self.cues["passive_speech"] and i == 1 and tokens[0].norm in self.cues["postposed_marker"]:
                # "Seperti disampaikan X, ...": a fronted frame; the clause after its comma is what X claims
                speaker = self._named_after(doc, sentence, actors, i, window=SPEAKER_AFTER, stop_at_comma=True)
                comma = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == ","), None)
                if speaker is not None and comma is not None:
                    self._add(doc, tokens[comma].end, sentence.end, sentence, speaker, tok, excluded=True)
            elif norm in self.cues["relay"] and (quoted := self._quoted_before_relay(actors, tokens, i)):
                # "“...,” wakil menteri X seperti dikutip Reuters": the one quoted speaks; the outlet relays
                self._add(doc, sentence.start, quoted.start, sentence, quoted, tok)
            elif norm in self.cues["relay"] and (cited := self._cited_by_outlet(actors, tokens, i)):
                # "..., menurut Al Jazeera yang mengutip Kementerian Kesehatan", "..., seperti dilansir Reuters
                # dari pernyataan Departemen Keuangan AS": the outlet relays a named speaker, whose claim it is
                speaker, outlet = cited
                for claim in doc.claims:
                    if claim.sentence == sentence.index and claim.speaker is outlet:
                        claim.speaker = speaker  # "..., Al Jazeera reported, quoting X": the report is X's claim
                opening = min(outlet.first, i)
                if opening > 0 and tokens[opening - 1].text == ",":
                    opening -= 1  # the clause claimed ends at the comma before the relay
                self._add(doc, sentence.start, tokens[opening].start, sentence, speaker, tok, excluded=True)
            elif norm in self.cues["relay"] and (norm not in self.saying or self._outlet_after(actors, tokens, i)):
                # "..., melansir Reuters" relays; "Reuters melansir bahwa ..." is the outlet's own report
                speaker = self._outlet_after(actors, tokens, i)
                self._add(doc, sentence.start, sentence.end, sentence, speaker, tok, relay=True, excluded=True)
            elif norm in self.saying:
                if i > 0 and tokens[i - 1].norm in self.cues["purpose"]:
                    continue  # "memanggil duta besar untuk menyampaikan protes": a purpose, not a report
                if any(t.norm in self.cues["negation"] for t in tokens[max(0, i - 2):i]):
                    continue  # "tanpa menyebutkan", "tidak pernah mengatakan", "did not say": nothing is claimed
                self._saying(doc, sentence, actors, i)

    def _saying(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], i: int) -> None:
        tokens = sentence.tokens
        tok = tokens[i]
        before_cue = tokens[i - 1].text if i > 0 else ""
        if tok.norm in self.cues["denial"] and not self._denies_clause(tokens, i):
            return  # "membantah tuduhan X bahwa ...": what the accusation says is its owner's, not the denier's
        if tok.norm in self.cues["speaker_anaphor"]:  # "..., ujarnya"
            # the speaker was named before the quote or clause the cue closes, not inside it
            opened = next((q.start() for q in _QUOTE.finditer(doc.text, sentence.start, tok.start)), sentence.start)
            speaker = (self._own_clause_subject(doc, sentence, actors, i) if opened == sentence.start else None) \
                or self._antecedent(doc, sentence, opened)
            self._add(doc, sentence.start, tok.start, sentence, speaker, tok)
            self._continued(doc, sentence, speaker, tok, i)
            return
        if tok.norm in self.cues["quote_final"] and before_cue not in _CLOSING and \
                before_cue.lower() not in self.cues["postposed_marker"]:
            return  # "alasan yang jelas", "semakin tegas": the bare form is a cue only after its clause
        if i > 1 and (tok.norm in self.cues["quote_final"] or self._after_quote(tokens, i)):
            # "..., kata X" / "”, said the minister": the speaker right after the cue ("X, the party's
            # candidate, said ..." is a subject in apposition, not an inversion)
            window = SPEAKER_AFTER if tok.norm in self.cues["quote_final"] else 2
            speaker = self._named_after(doc, sentence, actors, i, window=window, stop_at_comma=True)
            if speaker is None:
                # ", kata sumber keamanan kepada Reuters": an unnamed source relayed by the outlet it told
                speaker = self._outlet_told_after(actors, tokens, i)
            if speaker is not None or tok.norm in self.cues["quote_final"]:
                self._add(doc, sentence.start, tok.start, sentence, speaker, tok, excluded=True)
                self._continued(doc, sentence, speaker, tok, i)
                return
        tail = self._told_after_clause(doc, sentence, actors, i) or self._postposed_subject(doc, sentence, actors, i)
        if tail is not None:  # "Rusia menyerang Kyiv, kata militer Ukraina" / "..., Ukraine's army said."
            speaker, comma = tail
            self._add(doc, sentence.start, tokens[comma].start, sentence, speaker, tok, excluded=True)
            self._continued(doc, sentence, speaker, tok, i, opening=comma)
            return
        speaker = self._subject(doc, sentence, actors, i)
        if speaker is None:
            # "Sebuah sumber mengatakan kepada Reuters bahwa ...", "A source told AFP that ...": an unnamed
            # source relayed by a named outlet is the outlet's claim
            outlet = self._told_outlet(actors, tokens, i)
            if outlet is not None and self._opens_clause(actors, tokens, outlet.last):
                self._add(doc, outlet.end, sentence.end, sentence, outlet, tok, excluded=True)
            return
        if speaker.sentence == sentence.index and self._after_quote(tokens, speaker.first):
            # "“...,” Faizasyah told the agency": the speaker follows the words it claims
            self._add(doc, sentence.start, speaker.start, sentence, speaker, tok, excluded=True)
            return
        outlet = self._told_outlet(actors, tokens, i)  # "X told Reuters that ...": the outlet is no one's actor
        if outlet is not None and self._opens_clause(actors, tokens, outlet.last):
            doc.excluded.add(id(outlet))
            self._add(doc, outlet.end, sentence.end, sentence, speaker, tok)
        elif tok.norm in self.cues["announce"] or self._opens_clause(actors, tokens, i):
            self._add(doc, tok.end, sentence.end, sentence, speaker, tok)

    def _own_clause_subject(self, doc: Doc, sentence: Sentence, actors: list[ActorMention],
                            i: int) -> ActorMention | None:
        """"Kementerian X menarik duta besarnya ..., katanya dalam sebuah pernyataan": "-nya" closing a clause
        (no quotation) with no speaker cited in the sentences just before is the body that opens the clause,
        telling its own act; a person talked about inside the clause is no speaker."""
        lo = max(0, sentence.index - ANTECEDENT_SENTENCES)
        if any(lo <= c.sentence < sentence.index and c.speaker is not None and not c.relay for c in doc.claims) \
                or any(t.norm in self.cues["pronoun_person"] for t in sentence.tokens[i:i + 2]):
            return None  # a speaker cited just before; "he said" is a person's
        if sentence.index > 0:
            before = doc.sentences[sentence.index - 1]
            talked_about = self._opening_actor(before, doc.actors.get(before.index, []), len(before.tokens))
            if talked_about is not None and talked_about.person:
                return None  # "Zelensky berbicara di Kyiv. Rusia menyerang Kharkiv, katanya.": the person before
        subject = self._opening_actor(sentence, actors, i)
        return subject if subject is not None and subject.code and not subject.person and \
            subject.kind not in {"pronoun", "media"} else None

    def _denies_clause(self, tokens, i: int) -> bool:
        """Whether a verb of denial is followed right away by the clause it denies ("membantah bahwa ...",
        "membantah telah menyerang ...", "denied that ..."), not by a noun (a denied accusation or report)."""
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        return nxt.norm in self.cues["complementizer"] or nxt.norm in self.cues["clause_opener"] or \
            nxt.norm in self.cues["future"] or (nxt.is_word and self.looks_verbal(nxt.norm))

    def _continued(self, doc: Doc, sentence: Sentence, speaker: ActorMention | None, cue, i: int,
                   opening: int | None = None) -> None:
        """"Rusia menyerang Kyiv, kata pejabat Ukraina, menewaskan empat orang", "..., officials said on
        Sunday, killing four people": a participle after the post-posed frame goes on with the claim; so
        does the clause a frame is inserted in after its subject ("Pemerintah, kata dia, akan ...")."""
        tokens = sentence.tokens
        comma = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == ","), None)
        if comma is None or comma + 1 >= len(tokens):
            return
        if tokens[comma + 1].norm in self.cues["continuation"] or self._inserted(tokens, i - 1 if opening is None
                                                                                 else opening):
            self._add(doc, tokens[comma + 1].start, sentence.end, sentence, speaker, cue)

    def _inserted(self, tokens, opening: int) -> bool:
        """Whether the frame opening with the comma at ``opening`` follows no more than the subject of
        its clause ("Israel, katanya, akan terus ...", "Israel, he said, will ..."): no verb and no
        quotation before it, so the claimed clause goes on after the speaker."""
        before = tokens[:opening]
        return opening > 0 and tokens[opening].text == "," and any(t.is_word for t in before) and not any(
            self.looks_verbal(t.norm) or t.norm in self.saying or t.text in _QUOTE_MARKS | {"“"} for t in before)

    def _told_after_clause(self, doc: Doc, sentence: Sentence, actors: list[ActorMention],
                           i: int) -> tuple[ActorMention | None, int] | None:
        """"..., the health ministry told AFP.", "..., a security source told Reuters.": a clause, then the
        one who told it to an outlet: their claim (the outlet is no actor), or the outlet's when they are
        unnamed; the speaker and the comma's token index."""
        tokens = sentence.tokens
        outlet = self._told_outlet(actors, tokens, i)
        if outlet is None or any(t.norm in self.cues["complementizer"] or t.text == ":"
                                 for t in tokens[outlet.last + 1 : outlet.last + 4]):
            return None  # "X told Reuters that ...": the clause after the outlet is the claim
        comma = next((j for j in range(i - 1, max(0, i - 1 - SUBJECT_GAP), -1) if tokens[j].text == ","), None)
        if comma is None:
            return None
        inside = [m for m in actors if comma < m.first and m.last < i]
        if inside:
            doc.excluded.add(id(outlet))
            return inside[0], comma
        if any(tokens[j].norm in self.cues["speaker_anaphor"] for j in range(comma + 1, i)):
            doc.excluded.add(id(outlet))
            return self._antecedent(doc, sentence, tokens[comma].start), comma
        return outlet, comma

    def _outlet_told_after(self, actors: list[ActorMention], tokens, i: int) -> ActorMention | None:
        """The outlet an unnamed speaker after a cue spoke to (", kata seorang sumber kepada AFP")."""
        for j in range(i + 1, min(len(tokens) - 1, i + 1 + RELAY_DESCRIPTION)):
            if tokens[j].text in {",", "."}:
                return None
            outlet = next((m for m in actors if m.first == j + 1 and m.kind == "media"), None)
            if outlet is not None and tokens[j].norm in self.cues["preposition"]:
                return outlet
        return None

    def _told_outlet(self, actors: list[ActorMention], tokens, i: int) -> ActorMention | None:
        """The outlet a verb of saying is addressed to, right after it ("told Reuters", "mengatakan kepada
        AFP")."""
        j = i + 1
        while j < len(tokens) and j <= i + 2 and tokens[j].norm in self.cues["preposition"]:
            j += 1
        return next((m for m in actors if m.first == j and m.kind == "media"), None)

    @staticmethod
    def _opens_quote(tokens, i: int) -> bool:
        """Whether the verb at ``i`` is followed by an opening quotation (": “...", ", “...")."""
        after = [t.text for t in tokens[i + 1 : i + 3]]
        return bool(after) and (after[0] in {":", "“"} or after[:2] in ([",", "“"], [",", '"'], [":", '"']))

    @staticmethod
    def _after_quote(tokens, j: int) -> bool:
        """Whether token ``j`` follows a closing quotation mark (“...,” X / "...", X)."""
        if j < 1:
            return False
        k = j - 1 if tokens[j - 1].text in _QUOTE_MARKS else j - 2
        return k >= 0 and (k == j - 1 or tokens[j - 1].text == ",") and _closing_quote(tokens, k)

    def _add(self, doc: Doc, start: int, end: int, sentence: Sentence, speaker: ActorMention | None,
             cue, *, relay: bool = False, excluded: bool = False) -> None:
        if end <= start:
            return
        doc.claims.append(Claim(start, end, sentence.index, speaker, cue.text, cue.start, relay))
        # a speaker named after its cue ("kata X", "menurut X") is no one's subject; one before it is the
        # subject of the verb of saying itself
        if excluded and speaker is not None and speaker.sentence == sentence.index and speaker.start > cue.start:
            # the speaker and the names in apposition to it ("news agency Antara") are no event's subject
            last = speaker.last
            for m in sorted(doc.actors.get(sentence.index, []), key=lambda m: m.first):
                if m is speaker or speaker.last < m.first <= last + 1:
                    doc.excluded.add(id(m))
                    last = max(last, m.last)

    def _named_after(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], i: int, *,
                     window: int, stop_at_comma: bool = False) -> ActorMention | None:
        """The actor a cue names after it ("menurut Kementerian Luar Negeri", "kata dia", "dikutip dari
        Anadolu"); ``None`` when nobody is named there (an unnamed source)."""
        tokens = sentence.tokens
        for j in range(i + 1, min(len(tokens), i + 1 + window)):
            if stop_at_comma and tokens[j].text in {",", "."}:
                break
            for m in actors:
                if m.first == j:
                    return m
            if tokens[j].norm in self.cues["speaker_anaphor"] and tokens[j].norm not in self.cues["speech"]:
                return self._antecedent(doc, sentence, tokens[i].start)
            if self._statement_anaphor(tokens, j):
                return self._last_speaker(doc, sentence, tokens[i].start)
            if tokens[j].norm in self.cues["unnamed"]:
                return None
        return self._uncoded_name(sentence, i + 1) if tokens[i].norm in self.cues["quote_final"] else None

    def _uncoded_name(self, sentence: Sentence, j: int) -> ActorMention | None:
        """", kata Tessa": a capitalised name the knowledge base does not know still names the speaker (of
        the quote; with no code it is no event's actor or source)."""
        tokens = sentence.tokens
        k = j
        while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalised and tokens[k].norm not in self.cues.all:
            k += 1
        if k == j:
            return None
        text = " ".join(t.text for t in tokens[j:k])
        return ActorMention(sentence.index, j, k - 1, tokens[j].start, tokens[k - 1].end, None, None, text, text,
                            "person", person=True)

    def _quoted_before_relay(self, actors: list[ActorMention], tokens, i: int) -> ActorMention | None:
        """The speaker standing between a closing quote and a relay cue ("”, X seperti dikutip ...")."""
        before = [m for m in actors if i - 3 <= m.last < i]
        if not before:
            return None
        speaker = before[-1]
        return speaker if self._after_quote(tokens, speaker.first) else None

    def _cited_by_outlet(self, actors: list[ActorMention], tokens,
                         i: int) -> tuple[ActorMention, ActorMention] | None:
        """The named speaker an outlet cites and the outlet, for a relay cue that links them: "Al Jazeera
        (yang) mengutip X", "Reuters, citing X" (the outlet just before the cue, the speaker right after it)
        or "dilansir Reuters dari (pernyataan) X" (the outlet after the cue, then "dari" and the speaker)."""
        j = i - 1
        while j >= 0 and (tokens[j].norm in self.cues["relative"] or tokens[j].text == "," or
                          tokens[j].norm in self.cues["announce"]) and j > i - 4:
            j -= 1
        outlet = next((m for m in actors if m.last == j and m.kind == "media"), None)
        k = i + 1
        if outlet is None:
            outlet = self._outlet_after(actors, tokens, i)
            if outlet is None or outlet.last + 1 >= len(tokens) or \
                    tokens[outlet.last + 1].norm not in self.cues["source_prep"]:
                return None
            k = outlet.last + 2
        while k < len(tokens) and k <= i + RELAY_DESCRIPTION and any(
                tokens[k].norm in self.cues[kind] for kind in ("statement", "article", "source_prep")):
            k += 1  # "dari pernyataan X", "citing a statement from the X"
        speaker = next((m for m in actors if m.first == k), None)
        if speaker is None or not speaker.code or speaker.kind == "media" or speaker.role is not None:
            return None  # "mengutip pejabat setempat": a bare role names no one, the outlet stays the source
        return speaker, outlet

    def _outlet_after(self, actors: list[ActorMention], tokens, i: int) -> ActorMention | None:
        """The outlet a relay names: right after it, or after "oleh"/"dari"/"by" ("dikutip dari Anadolu",
        "quoted by Reuters"); "Rusia dilaporkan menyerang Ukraina" names no one."""
        j = i + 1
        while j < len(tokens) and (tokens[j].norm in self.cues["agent"] or tokens[j].norm in self.cues["source_prep"]):
            j += 1
        named = next((m for m in actors if m.first == j), None)
        if named is None:
            # "seperti dilaporkan kantor berita resmi Iran, IRNA": an outlet after the words describing it
            for k in range(j, min(len(tokens), j + RELAY_DESCRIPTION)):
                if tokens[k].norm in self.cues["boundary"] or tokens[k].norm in self.cues["relative"] or \
                        tokens[k].norm in self.saying:
                    break
                named = next((m for m in actors if m.first == k and m.kind == "media"), None)
                if named is not None:
                    break
        return named

    def _statement_phrase(self, tokens, i: int) -> bool:
        """"dalam pernyataannya", "in a statement" not right after a verb of saying (whose frame it is)."""
        opening = next((j for j in range(i - 1, max(-1, i - 4), -1) if tokens[j].norm in self.cues["statement_prep"]),
                       None)
        return opening is not None and not (opening > 0 and tokens[opening - 1].norm in self.saying)

    def _statement_maker(self, doc: Doc, sentence: Sentence, actors: list[ActorMention],
                         i: int) -> ActorMention | None:
        """Who speaks "in a statement": the subject after a sentence-initial "Dalam pernyataannya, X ...",
        else the actor before the phrase ("Kementerian X dalam keterangannya ...")."""
        tokens = sentence.tokens
        opening = next(j for j in range(i, -1, -1) if tokens[j].norm in self.cues["statement_prep"] or j == 0)
        if any(t.is_word for t in tokens[:opening]):
            before = [m for m in actors if opening - SUBJECT_GAP <= m.last < opening]
            if before and (before[-1].last < opening - 1 or self._object_of_preposition(tokens, before[-1])
                           or self._after_subjects_verb(tokens, actors, before[-1], opening)):
                # "X condemned the bombing of Y in a statement", "X condemned the Russian shelling of Kyiv
                # in a statement": the actor before the phrase is no speaker when words or a preposition
                # part them; the sentence's subject is
                return self._opening_subject(tokens, actors, opening) or before[-1]
            return before[-1] if before else None
        comma = next((j for j in range(i, len(tokens)) if tokens[j].text == ","), i)
        after = [m for m in actors if m.first > comma]
        return after[0] if after else None

    def _after_subjects_verb(self, tokens, actors: list[ActorMention], m: ActorMention, opening: int) -> bool:
        """Whether ``m`` stands after the verb of the sentence's opening subject ("X condemned the Israeli
        strike on Syria in a statement", "X mengecam serangan terhadap Suriah dalam pernyataannya"): part of
        what the subject did or said, not the one who made the statement."""
        subject = self._opening_subject(tokens, actors, opening)
        return subject is not None and subject.last < m.first and any(
            t.is_word and not t.is_capitalised and (self.looks_verbal(t.norm) or t.norm in self.saying)
            for t in tokens[subject.last + 1 : m.first])

    def _placed(self, tokens, m: ActorMention) -> bool:
        """Whether ``m`` follows a locative preposition ("at the White House", "di Istana Merdeka"): a place
        where something is said, not someone it is said to."""
        return self._preposition_before(tokens, m, ("locative",))

    def _object_of_preposition(self, tokens, m: ActorMention) -> bool:
        """``m`` follows a preposition that makes it the object of an event noun or a place ("the bombing
        of Y", "attacks against Y", "in Y")."""
        return self._preposition_before(tokens, m, ("verbal_noun_object", "nominal_object", "locative"))

    def _preposition_before(self, tokens, m: ActorMention, kinds: tuple[str, ...]) -> bool:
        """Whether ``m`` follows a preposition of one of the cue ``kinds``, perhaps with an article between."""
        j = m.first - 1
        while j >= 0 and tokens[j].norm in self.cues["article"]:
            j -= 1
        return j >= 0 and any(tokens[j].norm in self.cues[kind] for kind in kinds)

    def _opening_subject(self, tokens, actors: list[ActorMention], before: int) -> ActorMention | None:
        """The actor that opens the sentence (nothing but an article or punctuation before it) and ends before
        token ``before``: the subject of the clause a statement phrase closes."""
        first = next((m for m in actors if not m.is_location and m.kind != "media"), None)
        if first is None or first.last >= before or any(
                t.is_word and t.norm not in self.cues["article"] for t in tokens[: first.first]):
            return None
        return first

    def _postposed_subject(self, doc: Doc, sentence: Sentence, actors: list[ActorMention],
                           i: int) -> tuple[ActorMention | None, int] | None:
        """", Ukraine's army said." / ", he said on Tuesday.": a cue near the end of the sentence whose
        subject stands after a comma; the speaker and the comma's token index."""
        tokens = sentence.tokens
        if self._opens_quote(tokens, i):
            return None  # "Saat menyebutkan NATO, Trump berkata, “...”": the verb opens the quote after it
        # the tail runs to the next comma: "..., X said in a statement, adding that ..." goes on after it
        tail = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == ","), len(tokens))
        rest = [t for t in tokens[i + 1 : tail] if t.is_word]
        if len(rest) > POSTPOSED_TAIL or any(t.norm in self.cues["complementizer"] for t in rest) or (
                rest and rest[0].norm in self.cues["clause_opener"] and rest[0] is tokens[i + 1]):
            return None  # ", X said in a statement on Monday" ends the sentence; "said it would" opens a clause
        if any(i < m.first < tail and not self._placed(tokens, m) for m in actors):
            return None  # ", X told Y" names an addressee; ", X told reporters at the White House" a place
        near = [m for m in actors if i - 3 <= m.last < i]
        if near:  # "..., the army's spokesman, Colonel X, said": the name right before the verb
            head = near[-1]
            comma = next((j for j in range(head.first - 1, max(0, head.first - 1 - SUBJECT_GAP), -1)
                          if tokens[j].text == ","), None)
            if comma is not None:
                return near[-1], comma
        commas = [j for j in range(i - 1, max(0, i - 1 - 2 * SUBJECT_GAP), -1) if tokens[j].text == ","]
        for comma in commas:
            inside = [m for m in actors if comma < m.first and m.last < i]
            if inside:
                return inside[0], comma
            if any(tokens[j].norm in self.cues["speaker_anaphor"] for j in range(comma + 1, i)):
                return self._own_clause_subject(doc, sentence, actors, comma) or \
                    self._antecedent(doc, sentence, tokens[comma].start), comma
            if any(self._statement_anaphor(tokens, j) for j in range(comma + 1, i)):  # ", the statement said"
                return self._last_speaker(doc, sentence, tokens[comma].start), comma
        return None

    def _subject(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], i: int) -> ActorMention | None:
        """The speaker of a pre-posed verb of saying: the actor just before it in its clause, a pronoun's
        antecedent ("Ia menambahkan"), or the sentence's subject ("Trump, pada Senin, menyatakan";
        "..., seraya mengatakan bahwa")."""
        tokens = sentence.tokens
        set_off = self._before_set_off_clause(sentence, actors, i)
        if set_off is not None:
            return set_off
        if i > 0 and tokens[i - 1].norm in self.cues["coordinator"]:
            # "X mengecam latihan di dekat Korea, dan menegaskan bahwa ...": the first verb's subject, not the place
            opening = self._opening_actor(sentence, actors, i)
            if opening is not None:
                return opening
        for j in range(i - 1, max(-1, i - 1 - SUBJECT_GAP), -1):
            tok = tokens[j]
            owner = next((m for m in actors if m.last == j), None)
            if owner is not None:
                preposition = owner.first > 0 and tokens[owner.first - 1].norm in self.cues["preposition"]
                return owner if not preposition or self._statement_of(tokens, owner.first - 1) else None
            if tok.norm in self.cues["speaker_anaphor"]:
                return self._antecedent(doc, sentence, tok.start)
            if self._statement_anaphor(tokens, j):  # "Pernyataan itu menambahkan ...", "The statement added"
                return self._last_speaker(doc, sentence, tok.start)
            if tok.norm in self.cues["boundary"] or tok.norm in self.cues["relative"]:
                break
        earlier = [c for c in doc.claims if c.sentence == sentence.index and c.cue_start < tokens[i].start
                   and c.speaker is not None and not c.relay]
        if earlier:
            return earlier[-1].speaker
        first = next((m for m in actors if m.last < i), None)
        if first is not None and first.first <= 1:
            return first
        return self._initial_subject(sentence, actors, i)

    def _before_set_off_clause(self, sentence: Sentence, actors: list[ActorMention], i: int) -> ActorMention | None:
        """"Menlu X, usai bertemu Menlu Y, mengatakan ...": a subordinate clause set off by commas right before
        the verb of saying is about its speaker, the actor before the opening comma, not its own object."""
        tokens = sentence.tokens
        if i < 4 or tokens[i - 1].text != ",":
            return None
        k = next((k for k in range(i - 2, max(0, i - 2 - SET_OFF_WINDOW), -1) if tokens[k].text == ","), None)
        if k is None or k + 1 >= i - 1 or tokens[k + 1].norm not in self.cues["subordinator"]:
            return None
        return next((m for m in actors if m.last == k - 1 and not m.is_location and m.kind != "media"), None)

    def _initial_subject(self, sentence: Sentence, actors: list[ActorMention], i: int) -> ActorMention | None:
        """The subject that opens the sentence, far from its verb of saying: "Direktur Utama PT X Budi di
        Jakarta, Senin, mengatakan ...", "Sementara itu, Juru Bicara Kementerian X, Ani, dalam keterangannya,
        mengatakan ...": the first actor, after nothing but a title (capitalised words) and an opening
        adverbial ("Sementara itu,"), with no verb between it and the verb of saying."""
        first = self._opening_actor(sentence, actors, i)
        if first is None or any(self.looks_verbal(t.norm) or t.norm in self.cues["relative"] or t.norm in self.saying
                                for t in sentence.tokens[first.last + 1 : i]):
            return None
        return first

    @staticmethod
    def _opening_actor(sentence: Sentence, actors: list[ActorMention], i: int) -> ActorMention | None:
        """The actor that opens the sentence before token ``i``, after nothing but a title (capitalised
        words) and an opening adverbial ("Sementara itu,")."""
        tokens = sentence.tokens
        start = next((j + 1 for j in range(min(len(tokens), OPENER_WORDS + 1)) if tokens[j].text == ","), 0)
        first = next((m for m in actors if m.last < i), None)
        if first is None or first.first < start or \
                any(not (t.is_word and t.is_capitalised) for t in tokens[start:first.first]):
            return None
        return first

    def _statement_of(self, tokens, j: int) -> bool:
        """Whether the preposition at ``j`` names whose statement it is: "pernyataan (resmi) dari X
        mengatakan ...", "a statement from X said ..." (the statement noun a word or two before it)."""
        return tokens[j].norm in self.cues["source_prep"] and \
            any(t.norm in self.cues["statement"] for t in tokens[max(0, j - 2):j])

    def _opens_clause(self, actors: list[ActorMention], tokens, i: int) -> bool:
        """Whether what follows a verb of saying is a clause (its events are the speaker's claim) rather
        than a noun object ("menegaskan komitmen pemerintah"): a complementizer ("bahwa", "that"), a colon
        or quote, a subject, a pronoun or auxiliary a few words on ("said Tuesday it had"), or a verb with
        the speaker as its subject ("mengklaim mengebom")."""
        if i + 1 >= len(tokens):
            return False
        if tokens[i].norm in self.cues["clause_speech"]:
            return True  # "mengatakan serangan itu melukai ...": this verb takes no noun object
        nxt = tokens[i + 1]
        if nxt.text in {":", ",", "“", '"'}:
            return True
        if not _possessor(tokens, i + 1) and (any(m.first == i + 1 for m in actors) or
                                               (nxt.is_word and self.looks_verbal(nxt.norm))):
            return True
        if nxt.norm in self.cues["subordinator"]:
            return True  # "menyatakan saat pasukan tiba, ...": a fronted clause opens the reported clause
        for tok in tokens[i + 1 : i + 4]:
            if not tok.is_word:
                break
            if tok.norm in self.cues["clause_opener"] or tok.norm in self.cues["future"] or \
                    tok.norm in self.cues["negation"]:
                return True
        return any(t.norm in self.cues["complementizer"] for t in tokens[i + 1 : i + 7])

    def _postposed_statement(self, tokens, i: int) -> bool:
        """", demikian keterangan X", ", seperti pernyataan X": a statement noun closing the clause before it."""
        return i > 1 and tokens[i - 1].norm in self.cues["postposed_marker"] and tokens[i - 2].text == ","

    def _claim_anaphor(self, tokens, i: int) -> bool:
        """"Hal itu (juga) disampaikan ...", "Demikian disampaikan ...": a sentence that opens by pointing back
        at what was just said."""
        words = [t for t in tokens[:i] if t.is_word]
        if len(words) == 1:  # "Demikian disampaikan X."
            return words[0].norm in self.cues["claim_anaphor"] and words[0].norm in self.cues["postposed_marker"]
        return 2 <= len(words) <= 3 and words[0].norm in self.cues["claim_anaphor"] and \
            words[1].norm in self.cues["demonstrative"]

    def _statement_anaphor(self, tokens, j: int) -> bool:
        """"pernyataan itu/tersebut", "the statement": a statement already cited, not a new one."""
        if tokens[j].norm not in self.cues["statement"]:
            return False
        after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
        before = tokens[j - 1].norm if j > 0 else ""
        return after in self.cues["demonstrative"] or before in self.cues["demonstrative"] or \
            before in self.cues["definite"]

    def _last_speaker(self, doc: Doc, sentence: Sentence, offset: int) -> ActorMention | None:
        """Whose statement "the statement" is: the last coded speaker cited before ``offset``, in this
        sentence or the few before it."""
        lo = max(0, sentence.index - ANTECEDENT_SENTENCES)
        cited = [c.speaker for c in doc.claims if lo <= c.sentence <= sentence.index and c.speaker is not None
                 and c.speaker.code and c.cue_start < offset and not c.relay]
        return cited[-1] if cited else None

    def _antecedent(self, doc: Doc, sentence: Sentence, offset: int) -> ActorMention | None:
        """Who "-nya", "ia", "he" stand for as a speaker: the last speaker named in the sentences just
        before, else the last person (or, failing one, actor) mentioned before ``offset``."""
        lo = max(0, sentence.index - ANTECEDENT_SENTENCES)
        for idx in range(sentence.index, lo - 1, -1):
            actors = [m for m in doc.actors.get(idx, []) if m.end <= offset and m.code and not m.is_location]
            speakers = [c.speaker for c in doc.claims if c.sentence == idx and c.speaker is not None
                        and c.speaker.end <= offset and not c.relay]
            if speakers:
                return speakers[-1]
            people = [m for m in actors if m.person]
            if people:
                return people[-1] if idx == sentence.index else people[0]
            if idx < sentence.index and any(t.norm in self.saying for t in doc.sentences[idx].tokens):
                return None  # the one speaking just before has no code ("Ade menyebut ..."): no one older
            if actors and idx < sentence.index:
                return actors[0]
        return None
