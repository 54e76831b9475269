"""Who acts and who is acted on: source and target of a predicate.

``ArgumentFinder`` is the interface; :class:`RuleArguments` fills it with rules over tokens (clause
boundaries, voice, the predicate's frame of prepositions). A dependency-parse implementation can replace it
without touching the events component.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import ModuleType
from typing import Protocol

from ..lang.cues import Cues
from ..lang.lexicon import PredicateMatch
from ..tokens import Token
from .actors import QUANTIFIERS
from .dates import time_words
from .doc import ActorMention, Doc, Sentence

#: templates whose surface form is also a noun (English "strike", "strikes")
NOUN_LIKE_TEMPLATES = ("0", "s")
INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: prepositions that follow an event noun and hardly ever a bare present verb ("the Israeli strike on")
EVENT_NOUN_PREPOSITIONS = frozenset({"on", "against", "of", "by"})
#: roots of acts of force and coercion, whose plural nouns ("strikes", "sanctions") read as verbs in -s
FORCE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
#: cue kinds that end a run of modifiers between an article and a noun
MODIFIER_STOPS = ("article", "determiner", "auxiliary", "passive_aux", "negation", "boundary", "infinitive",
                  "subordinator")
#: words of totality or of a vague number that open a passive's agent right after the verb ("dikecam seluruh
#: fraksi", "didatangi ribuan warga"). (Not the plural "para": "X dibahas para menteri" would make the
#: ministers consult X's own subject, wrong when that subject is another actor's request.) "oknum" opens one
#: member of a body acting on his own ("dianiaya oknum polisi"); "banyak", "berbagai", "kalangan" open a vague many
#: ("dikritik banyak negara", "ditentang kalangan pengusaha").
AGENT_QUANTIFIERS = frozenset({"semua", "seluruh", "segenap", "sekelompok", "sejumlah", "beberapa", "puluhan",
                               "ratusan", "ribuan", "belasan", "jutaan", "oknum", "banyak", "berbagai",
                               "kalangan"})
#: cue kinds of words that head no name ("antara A dengan pimpinan B": "pimpinan" does)
HEAD_NOUN_STOPS = MODIFIER_STOPS + ("preposition", "locative", "source_prep", "particle", "between", "agent",
                                    "coordinator", "relative", "complement", "purpose", "comitative")
#: force posture: what is deployed or mobilised is the actor's own force, so in the passive the
#: subject is the source ("pasukan dikerahkan ke perbatasan", "troops were deployed to the border")
SELF_ACTING_ROOTS = frozenset({"15"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
QUOTE_MARKS = {"“", "”", '"', "'", "‘", "’"}
PUNCT_BOUNDARY = {";", ":", "“", "”", '"', "—", "–"}
OBJECT_WINDOW = 3  # tokens between a verb and its direct object
#: further words of a longer object noun phrase before the "milik X" that names its owner ("sebuah kapal
#: kargo milik Israel")
OWNER_REACH = 2
#: a country bare or as its government, armed forces, intelligence (not its police, people or rebels)
STATE_ROLE_CODES = frozenset({"", "GOV", "MIL", "SPY"})
LIGHT_SUBJECT_WINDOW = 8  # tokens between an event noun opening its clause and its passive light verb
#: where a phrasal pattern ends in a locative, the actor after it is a destination, not an object, for
#: visits and travel ("arrived in Manila": the events component reads visits)
DESTINATION_ROOTS = frozenset({"04"})
PAST_PERFECT = "had"  # English: "had" + participle backshifts what a speaker reports
VERB_ENDINGS = ("ed", "ing", "s")  # English verb endings: no adjective of a bare plural ends so
PASSIVE_PREFIX = "di"  # Indonesian passive light verbs: "diberikan", "digelar", "dilakukan"
ACTIVE_PREFIX = "me"  # Indonesian active verbs (meN-): "mengguncang", "melanda"
PREP_WINDOW = 8  # tokens between a predicate and the preposition of its target
AFTER_PREP_WINDOW = 4  # tokens between that preposition and the target actor
GAPPED_PREP_WINDOW = 4  # tokens between "dan" and the repeated preposition of a further target
NAME_WORDS = 4  # capitalised words of a person's name before the comma of an apposition naming their role
APPOSITION_OPENERS = 2  # count words and "mantan" between that comma and the role ("seorang mantan pejabat")
#: kinds of actor an apposition may name a person by: their office or role, the group they belong to
APPOSITION_KINDS = frozenset({"role", "org"})
#: words that join partners to a subject before its verb ("X bersama Y mengecam ..."); not "dengan", which
#: after a name more often opens the other side of what the subject does
COMPANION_WORDS = frozenset({"bersama", "beserta"})
#: the preposition of an addressee, and the looser one news also writes for it before a body or an office
ADDRESSEE_PREP, LOOSE_ADDRESSEE_PREP = "kepada", "ke"
#: words of a relative clause that only names an office ("yang merupakan", "yang juga", "yang menjabat sebagai")
COPULAR_WORDS = frozenset({"merupakan", "adalah", "juga", "menjabat", "selaku", "sebagai", "kini"})


class ArgumentFinder(Protocol):
    def __call__(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                 actors: list[ActorMention], predicates: list[PredicateMatch],
                 light_verb: int | None, light_kind: str | None = None,
                 ) -> tuple[list[ActorMention], list[ActorMention], str]:
        """Sources, targets, and a short name of the rule that found them. ``light_kind`` is
        ``support``, ``plan`` or ``receive`` (the light verb's subject suffers the event)."""
        ...


#: words of a noun phrase opening reported words before its verb ("pemimpin partai oposisi itu")
NOUN_PHRASE_MAX = 4
OWN_CLITIC = "nya"  # Indonesian possessive clitic: "pasukannya" (its troops)


class RuleArguments:
    """Source and target from word order, voice and frame: no parse needed."""

    def __init__(self, cues: Cues, light_verbs: frozenset[str] | dict[str, str] = frozenset(),
                 morphology: ModuleType | None = None, is_predicate: Callable[[str], bool] | None = None) -> None:
        self.cues = cues
        self.light_verbs = light_verbs
        self.morphology = morphology
        self.is_predicate = is_predicate or (lambda word: False)

    # -- clause geometry ----------------------------------------------------------------------------
    def _is_boundary(self, sentence: Sentence, i: int) -> bool:
        tok = sentence.tokens[i]
        if i > 0 and tok.norm in self.cues["example"] and sentence.tokens[i - 1].norm in self.cues["example"]:
            return False  # "allies such as Japan": no clause starts at "as"
        return tok.text in PUNCT_BOUNDARY or tok.norm in self.cues["boundary"] or self._headline_comma(sentence, i)

    def _headline_comma(self, sentence: Sentence, i: int) -> bool:
        """"Israel Serang Iran, Teheran Janji Balas": in a headline a comma after a verb joins two clauses
        (a list of actors before the verb, "Rusia, China dan Iran Gelar ...", keeps its commas)."""
        if sentence.block != "headline" or sentence.tokens[i].text != ",":
            return False
        return any(self.is_predicate(t.norm) for t in sentence.tokens[:i])

    def clause_start(self, sentence: Sentence, i: int) -> int:
        """Where the clause of token i begins: after the nearest boundary before it; when that boundary
        opens a fronted subordinate clause ("Setelah X menyerang Y, Z membalas"), after the comma that
        closes it."""
        tokens = sentence.tokens
        j = i - 1
        comma = None
        while j >= 0:
            if tokens[j].text == "," and comma is None:
                comma = j
            if self._is_boundary(sentence, j):
                fronted = all(not t.is_word for t in tokens[:j])  # the clause opens the sentence
                if comma is not None and fronted and tokens[j].norm in self.cues["subordinator"]:
                    return comma + 1
                return j + 1
            j -= 1
        return 0

    def clause_end(self, sentence: Sentence, i: int) -> int:
        """Where the clause of token i ends; quote marks do not end it ("mengancam “balasan keras”
        terhadap tetangganya"), but a quotation opened after a comma or colon does: it is the words
        spoken ("memperingatkan, “Musim dingin akan berat bagi ...”"), not the verb's arguments."""
        j = i
        tokens = sentence.tokens
        while j < len(tokens):
            if self._is_boundary(sentence, j) and tokens[j].text not in QUOTE_MARKS:
                return j
            if tokens[j].text in QUOTE_MARKS and j > i and tokens[j - 1].text in (",", ":"):
                return j
            j += 1
        return len(sentence.tokens)

    # -- actor groups -------------------------------------------------------------------------------
    def group_at(self, sentence: Sentence, actors: list[ActorMention], first: int) -> list[ActorMention]:
        """The actor that starts at token ``first`` (not a place) and those coordinated with it, or []."""
        k = next((k for k, m in enumerate(actors) if m.first == first and not m.is_location), None)
        return self._group_from(sentence, actors, k) if k is not None else []

    def _group_from(self, sentence: Sentence, actors: list[ActorMention], k: int) -> list[ActorMention]:
        """The actor at index k and any coordinated with it ("Rusia, Tiongkok, dan Iran")."""
        group = [actors[k]]
        joints: list[bool] = []  # for each member after the first: joined by a coordinator word?
        tokens = sentence.tokens
        while k + 1 < len(actors):
            cur, nxt = actors[k], actors[k + 1]
            if nxt.first == cur.first:  # one phrase standing for several actors ("kedua negara")
                group.append(nxt)
                joints.append(True)
                k += 1
                continue
            between = tokens[cur.last + 1 : nxt.first]
            if self._example_joint(between):
                # "Jepang dan sejumlah mitra seperti Kanada": the example stands for the group it names
                group.append(nxt)
                joints.append(True)
                k += 1
                continue
            if not self.joins(between):
                break
            group.append(nxt)
            joints.append(any(t.norm in self.cues["coordinator"] for t in between) or _hyphen(between)
                          or self._headline_pair(sentence, actors, k, k + 1))
            k += 1
        # a list joined by commas ends with "dan"/"serta" ("Kenya, Uganda, dan Tanzania"); commas with no
        # coordinator after them separate clauses ("menyerang Kyiv, Inggris mengecam ...")
        while joints and not joints[-1]:
            joints.pop()
            group.pop()
        joint = tokens[group[0].last + 1 : group[-1].first]
        if len(group) == 2 and len(joint) == 2 and joint[0].text == "," and joint[1].norm in self.cues["coordinator"]:
            # "berkumpul di kantor bupati, dan polisi menangkap ...": a comma before the coordinator of two
            # names joins two clauses, not a list (a list of three or more takes its commas)
            group.pop()
        return group

    def _example_joint(self, between: list) -> bool:
        """"dan sejumlah mitra seperti", "and partners such as": a coordinator, a few words, then a cue that
        introduces examples."""
        return 2 <= len(between) <= 5 and between[0].norm in self.cues["coordinator"] and \
            between[-1].norm in self.cues["example"] and all(t.is_word for t in between)

    def joins(self, between: list) -> bool:
        """Whether the words between two actors coordinate them: commas and a coordinator ("Rusia, Tiongkok,
        dan Iran"), then an article and up to two adjectives ("Russia and the United States", "Peru and
        the neighbouring Chile"); in a list whose last item follows a comma and a coordinator, adjectives
        without an article (COUNTRY, the ADJ COUNTRY, and ADJ COUNTRY); a hyphen between two names
        ("Jepang-Korea")."""
        if _hyphen(between):
            return True  # "Jepang-Korea", "Franco-German talks": a hyphenated pair
        if len(between) == 3 and between[0].norm in self.cues["coordinator"] and \
                between[1].norm in self.cues["counterpart"] and between[2].norm in self.cues["source_prep"]:
            return True  # "Menteri Pertahanan X dan mitranya dari Y": Y's holder of the same office
        seps = 0
        while seps < len(between) and (between[seps].text == "," or between[seps].norm in self.cues["coordinator"]):
            seps += 1
        if seps == 0 or seps > 2:
            return False
        rest = between[seps:]
        if not rest:
            return True
        serial = seps == 2 and between[0].text == "," and between[1].norm in self.cues["coordinator"]
        if rest[0].norm in self.cues["article"]:
            rest = rest[1:]
            if len(rest) >= 2 and rest[0].norm in self.cues["collective"] and rest[1].norm in self.cues["genitive"]:
                rest = rest[2:]  # "the army and an alliance of (ethnic) armed groups": the members act
        elif self._bare_plural_joint(between, seps):
            pass
        elif not serial or any(self.is_predicate(t.norm) for t in rest):
            return False
        return len(rest) <= 2 and all(t.is_word and not t.is_capitalised and t.norm not in self.cues.all
                                      for t in rest)

    def _bare_plural_joint(self, between: list, seps: int) -> bool:
        """"the army and ethnic armed groups": in a language with articles, one coordinator then one
        adjective before a bare plural (plurals go without an article)."""
        # not a verb ("and attacked X", "and says"): the adjective has no verb ending
        return bool(self.cues["article"]) and seps == 1 and len(between) == 2 and \
            between[0].norm in self.cues["coordinator"] and not between[1].norm.endswith(VERB_ENDINGS)

    def _group_ending(self, sentence: Sentence, actors: list[ActorMention], k: int) -> list[ActorMention]:
        """The coordinated group that contains actors[k], from its first member."""
        tokens = sentence.tokens
        member = k
        while k > 0:
            prev, cur = actors[k - 1], actors[k]
            between = tokens[prev.last + 1 : cur.first]
            if prev.first == cur.first or self.joins(between):  # one phrase for several actors, or a list
                k -= 1
            else:
                break
        group = self._group_from(sentence, actors, k)
        if all(m is not actors[member] for m in group):
            # "... terhadap A dan B, C mengumumkan": a list closed by its coordinator does not go on after a
            # comma; the actor after it starts a group of its own
            group = self._group_from(sentence, actors, member)
        return group

    @staticmethod
    def _claimed_clause_start(doc: Doc, sentence: Sentence, before: int, start: int) -> int:
        """A predicate in the clause a verb of saying claims ("Rusia menyatakan Tiongkok mengecam ...")
        looks for its subject in that clause first (attribution's frames)."""
        tokens = sentence.tokens
        claim = doc.claim_at(tokens[before].start) if before < len(tokens) else None
        if claim is None or claim.start <= sentence.start or claim.sentence != sentence.index:
            return start
        return max(start, next((k for k, t in enumerate(tokens) if t.start >= claim.start), start))

    def subject(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], before: int,
                excluded: set[int], verb_starts: tuple[int, ...] = ()) -> list[ActorMention]:
        """The first actor group of the clause that ends at token ``before``; failing that, of the
        sentence (a clause with no subject of its own shares the main clause's: "X mengatakan bahwa ...
        akan membalas")."""
        held = self._office_in_relative(sentence, actors, before)
        if held is not None:
            # "Hatta, yang merupakan Ketua Umum PAN, mengunjungi ...": a name no actor stands for, described by
            # the office it holds
            return [actors[held]]
        relative = self._yang_head(sentence, actors, before)
        if relative is not None:
            # "seorang pria Mauritania yang membajak", "para terdakwa yang diperiksa polisi": the verb of a
            # relative clause has the noun before "yang" as its subject, an actor or not
            return self._group_ending(sentence, actors, relative) if relative >= 0 else []
        shared = self._coordinated_verb_subject(doc, sentence, actors, before, excluded, verb_starts)
        if shared:
            # "AS menuduh Iran memasok senjata ... dan membantu milisi": the second verb goes on with the
            # first one's subject (the one accused), not with the sentence's
            return shared
        start = self._claimed_clause_start(doc, sentence, before, self.clause_start(sentence, before))
        # after a fronted clause closed by its comma ("Mengingat penolakan Putin ..., Departemen X
        # memberikan") the subject is not to be looked for inside that clause
        opener = next((t for t in sentence.tokens if t.is_word), None)
        fronted = start > 0 and sentence.tokens[start - 1].text == "," and opener is not None and \
            opener.norm in self.cues["subordinator"]
        self.last_subject_fallback = False
        speaker = self._speaker_before(sentence, actors, start, before)
        if speaker is not None:
            # "..., kata Sri Mulyani seusai bertemu dengan Presiden": the one who spoke then met
            return self._group_from(sentence, actors, speaker)
        head = self._closed_relative(sentence, actors, start, before, excluded)
        if head is None:
            head = self._closed_subordinate(sentence, actors, start, before, excluded)
        if head is not None:
            # "Kenya, which hosts the talks, asked for ...": the verb after the relative clause's closing
            # comma is the main clause's, and its subject is the actor before "which"
            return self._group_ending(sentence, actors, head)
        speaker = self._pronoun_content_speaker(doc, sentence, actors, before, start)
        rejoined = self._speaker_verb_after_content(doc, sentence, actors, before, start)
        if rejoined is not None:
            return self._group_from(sentence, actors, rejoined)
        for lo in ((start,) if fronted else (start, 0)):
            if lo != start and speaker is not None:
                # "..., and France said it was ready to ...": the pronoun opening what is said is the speaker
                return self._group_from(sentence, actors, speaker)
            self.last_subject_fallback = lo != start
            candidates = [k for k, m in enumerate(actors)
                          if m.first >= lo and m.last < before and not m.is_location and id(m) not in excluded
                          and not self._in_relative(sentence, m, actors) and not self._after_preposition(sentence, m)
                          and not self._possessor(sentence, m, actors)
                          and not self._in_fronted_phrase(sentence, m, actors, before)
                          and not self._in_place_phrase(sentence, m, actors)
                          and not self._object_before_comma(sentence, m, before)]
            # a news outlet opening the sentence ("Menurut Reuters, Peru menolak ...") only attributes
            preferred = [k for k in candidates if actors[k].kind != "media"] or candidates
            if not preferred and lo == start:
                head = self._relative_head(sentence, actors, start, excluded)
                if head is not None:
                    # "a party that formed last year and gained the support of X": a relative clause with
                    # no subject of its own is about the actor it follows
                    return self._group_ending(sentence, actors, head)
            if preferred and lo == start and self._own_subject_after(sentence, actors[preferred[-1]].last, before):
                # "Biden mengatakan kelompok itu akan menyerang Israel", "..., tetapi hal itu meminta ...": the
                # verb's clause has a subject of its own after the last actor, not an actor
                return []
            if preferred and lo != start and (self._content_has_subject(sentence, actors[preferred[0]].last, start)
                                              or self._plain_reported_subject(sentence, actors[preferred[0]].last,
                                                                              before)
                                              or self._subordinate_own_subject(sentence, start, before)
                                              or sentence.tokens[before - 1].norm in self.cues["example"]
                                              or self._demonstrative_subject(sentence, start, before)):
                # "X mengungkapkan para pelaku tersebut ... saat melakukan aksi": the words reported have a
                # subject of their own, not an actor, and the speaker does not act in them; "X menekankan
                # bahwa terjadi kejahatan, seperti menyerang rumah sakit": a kind of act given as an example
                # of a noun in what X says is no act of X's
                return []
            if preferred:
                k = preferred[0]
                near = self._adjacent_subject(sentence, actors, preferred, before)
                if near is not None and near != k and not self._relative_on(sentence, actors, k, near) and \
                        not self._headline_pair(sentence, actors, k, near) and (
                        self._comma_between(sentence, actors[k], before)
                        or any(t.norm in self.cues["subordinator"] and t.norm not in self.cues["example"]
                               for t in sentence.tokens[actors[k].last + 1 : actors[near].first])
                        or any(actors[k].last < v < actors[near].first and not self._relative_verb(sentence, v)
                               for v in verb_starts)):
                    # "Setelah kunjungan Lula ..., Kementerian X mengumumkan": a fronted phrase ends at
                    # the comma; "... tinggal diam jika Israel menyerang": a subordinate clause has a subject
                    # of its own; "Jepang mendesak Korea Utara menghentikan ...": the object of the first verb
                    # is the subject of the second. Either way the actor right before the verb.
                    k = near
                group = self._apposition(sentence, actors, k, before) or self._group_from(sentence, actors, k)
                group = group + self._companions_before_verb(sentence, actors, group, before)
                return self._possessor_apposition(sentence, group, lo)
        speaker = self._quote_opening_speaker(doc, sentence, before)
        return [speaker] if speaker is not None else []

    def _companions_before_verb(self, sentence: Sentence, actors: list[ActorMention], group: list[ActorMention],
                                before: int) -> list[ActorMention]:
        """"Indonesia bersama Malaysia mengecam ...": the partners named with "bersama" between the subject
        and its verb act with it (the events component makes them the other side of a joint act that
        names no one else)."""
        tokens = sentence.tokens
        at = group[-1].last + 1
        if at + 1 >= before or tokens[at].norm not in COMPANION_WORDS:
            return []
        k = next((k for k, m in enumerate(actors) if m.first == at + 1 and not m.is_location and m.code), None)
        if k is None:
            return []
        partners = self._group_from(sentence, actors, k)
        if not all(t.norm in AUXILIARIES for t in tokens[partners[-1].last + 1 : before]):
            return []
        # (a partner coded as the subject itself is a mis-resolved name, no second side)
        return [m for m in partners if all(m is not g and m.code != g.code for g in group)]

    def _office_in_relative(self, sentence: Sentence, actors: list[ActorMention], before: int) -> int | None:
        """"Hatta, yang merupakan Ketua Umum PAN, mengunjungi", "Sutrisno yang juga Kepala Desa X menolak": a
        person's name that no actor stands for, then a relative clause that only says what office or body the
        person holds or belongs to, then the verb: the index of that office's actor, else None."""
        tokens = sentence.tokens
        end = before - 1
        while end >= 0 and (tokens[end].text == "," or tokens[end].norm in AUXILIARIES):
            end -= 1
        place = next((m for m in actors if m.last == end and m.is_location), None)
        if place is not None:
            end = place.first - 1  # "Wakil Ketua DPRD Jember": the seat's place closes the office
        seat = 0
        while end >= 0 and seat < OWNER_REACH and tokens[end].is_word and tokens[end].is_capitalised and \
                not any(m.first <= end <= m.last for m in actors):
            end -= 1  # a place name no actor stands for
            seat += 1
        k = next((k for k, m in enumerate(actors) if m.last == end and m.code and not m.is_location
                  and m.kind in APPOSITION_KINDS), None)
        if k is None:
            return None
        rel = actors[k].first - 1
        title = 0
        while rel >= 0 and title < NAME_WORDS and tokens[rel].is_word and tokens[rel].norm not in self.cues["relative"] \
                and (tokens[rel].is_capitalised or tokens[rel].norm in QUANTIFIERS):
            rel -= 1  # "Ketua Umum PAN", "anggota Komisi III DPR": an office or a seat in the body named
            title += 1
        while rel >= 0 and (tokens[rel].norm in COPULAR_WORDS or tokens[rel].norm in self.cues["former"]):
            rel -= 1
        if rel < 1 or tokens[rel].norm not in self.cues["relative"]:
            return None
        head = rel - 1 if tokens[rel - 1].text != "," else rel - 2
        named = head >= 0 and tokens[head].is_word and tokens[head].is_capitalised and \
            not any(m.first <= head <= m.last and m.code for m in actors)
        return k if named else None

    def _pronoun_content_speaker(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], before: int,
                                 start: int) -> int | None:
        """The speaker of the claim whose content opens with a pronoun ("X said it would ...", "X said
        that they were ready"), where the pronoun stands for no actor of its own: the index of the speaker
        among the sentence's actors."""
        tokens = sentence.tokens
        if before >= len(tokens) or start >= before:
            return None
        claim = doc.claim_at(tokens[before].start)
        if claim is None or claim.speaker is None or claim.sentence != sentence.index:
            return None
        first = start + 1 if tokens[start].norm in self.cues["complementizer"] else start
        if first >= before or tokens[first].norm not in self.cues["speaker_anaphor"] or \
                any(m.first == first for m in actors):
            return None
        return next((k for k, m in enumerate(actors) if m is claim.speaker), None)

    def _speaker_verb_after_content(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], before: int,
                                    start: int) -> int | None:
        """"Beijing said the vessel had entered its waters and accused Manila of ...": a verb right after
        "and", in the simple past, after a content clause told in the past perfect ("had entered") is the
        speaker's next act, not the content subject's: the index of the speaker among the actors."""
        tokens = sentence.tokens
        if before < 1 or before >= len(tokens) or start >= before - 1 or \
                tokens[before - 1].norm not in self.cues["coordinator"] or not tokens[before].norm.endswith("ed"):
            return None
        claim = doc.claim_at(tokens[before].start)
        if claim is None or claim.speaker is None or claim.sentence != sentence.index:
            return None
        if not any(tokens[j].norm == PAST_PERFECT for j in range(start, before - 1)):
            return None
        return next((k for k, m in enumerate(actors) if m is claim.speaker), None)

    def _relative_verb(self, sentence: Sentence, v: int) -> bool:
        """"pengunjuk rasa yang menolak kebijakan pemerintah X bentrok ...": a verb of a relative clause on
        the subject; its object is no subject of the main verb."""
        tokens = sentence.tokens
        j = v - 1
        while j >= 0 and tokens[j].norm in AUXILIARIES:
            j -= 1
        return j >= 0 and tokens[j].norm in self.cues["relative"]

    def _content_has_subject(self, sentence: Sentence, after: int, start: int) -> bool:
        """Whether the words reported by the first verb of saying between ``after`` and ``start`` open with
        a noun phrase of their own: a plural or count word ("para pelaku", "sejumlah orang") or a noun with
        a demonstrative ("kelompok tersebut"), not a verb, an auxiliary or a negation ("mengatakan akan
        membalas": the speaker is the subject)."""
        tokens = sentence.tokens
        i = self._reported_words_start(sentence, after, start)
        if i is None or i >= start or not tokens[i].is_word:
            return False
        word = tokens[i].norm
        if word in self.cues["quantity"]:
            return True
        plain = word not in self.cues.all or word in self.cues["anaphor_org"] or word in self.cues["anaphor_country"]
        verbal = self.is_predicate(word) or (self.morphology is not None and self.morphology.looks_verbal(word))
        if not plain or verbal:
            return False
        return any(t.norm in self.cues["demonstrative"] for t in tokens[i + 1 : i + 3]) or \
            self._noun_phrase_then_verb(tokens, i, start)

    def _reported_words_start(self, sentence: Sentence, after: int, start: int) -> int | None:
        """Where the words reported by the first verb of saying between ``after`` and ``start`` begin (after
        "bahwa"), or None."""
        tokens = sentence.tokens
        said = next((i for i in range(after + 1, start) if tokens[i].norm in self.cues["speech"]), None)
        if said is None:
            return None
        i = said + 1
        return i + 1 if i < start and tokens[i].norm in self.cues["complementizer"] else i

    def _plain_reported_subject(self, sentence: Sentence, after: int, verb: int) -> bool:
        """"Kementerian X mengatakan sebuah drone menyerang ...": the reported words open with a count, or name
        a weapon, in plain words (no other cue, no auxiliary, time word or verb form) that run up to the verb:
        a noun phrase that is the verb's subject, and no actor; the speaker does not act in them."""
        tokens = sentence.tokens
        i = self._reported_words_start(sentence, after, verb)
        if i is None or not 0 < verb - i <= LAUNCHER_WINDOW + NOUN_PHRASE_MAX or verb >= len(tokens):
            return False
        if not (self.is_predicate(tokens[verb].norm) or self._verbal(tokens[verb].norm)):
            return False
        weapon = self._weapon_at(tokens, i, verb)
        if tokens[weapon].norm in self.cues["instrument"] and self._launched(tokens, weapon, verb):
            return True  # "X mengatakan roket yang ditembakkan dari Y menghantam ...": the rocket hit
        if verb - i > NOUN_PHRASE_MAX:
            return False
        words = self._without_modifiers(tokens[i:verb])
        # a count or a weapon says the phrase is a noun phrase of its own ("menyatakan sikap mendukung X": a
        # bare noun may be the object of the verb of saying, X's stance)
        if not words or not (words[0].norm in QUANTIFIERS or words[0].norm in self.cues["quantity"]
                             or any(t.norm in self.cues["instrument"] for t in words)):
            return False
        return self._plain_noun_phrase(words)

    def _without_modifiers(self, words: list) -> list:
        """The words before a verb without the auxiliaries and modal words that end them ("... akan")."""
        end = len(words)
        while end > 0 and self._verb_modifier(words[end - 1].norm):
            end -= 1
        return words[:end]

    def _plain_noun_phrase(self, words: list) -> bool:
        """Plain lower-case words (a count or a weapon aside, no cue, time word or verb form) that make a noun
        phrase of their own: no actor, and not the speaker's own (a possessive clitic: "anggotanya")."""
        times = time_words(self.cues.language)
        return all(t.is_word and not t.is_capitalised and t.norm not in AUXILIARIES and t.norm not in times
                   and not t.text.lower().endswith(OWN_CLITIC)
                   and (t.norm not in self.cues.all or t.norm in self.cues["quantity"]
                        or t.norm in self.cues["instrument"])
                   and not self.is_predicate(t.norm) and not self._verbal(t.norm) for t in words)

    def _subordinate_own_subject(self, sentence: Sentence, start: int, verb: int) -> bool:
        """"..., sehari setelah gempa kuat menewaskan satu orang", "ketika mereka membunuh ...", "kekhawatiran
        bahwa kelompok-kelompok itu akan menggunakan ...": a clause opened by a subordinator or "bahwa" whose
        words before the verb (auxiliaries aside) are a plain noun phrase or a pronoun no actor stands for has
        a subject of its own; the main clause's is not it."""
        tokens = sentence.tokens
        openers = self.cues["subordinator"] | self.cues["complementizer"]
        if start < 1 or verb >= len(tokens) or tokens[start - 1].norm not in openers:
            return False
        # a verb coordinated in the clause ("... menewaskan satu orang dan melukai ...") shares its subject
        verb = next((j for j in range(start, verb) if self.is_predicate(tokens[j].norm)
                     or (tokens[j].norm.startswith((ACTIVE_PREFIX, PASSIVE_PREFIX)) and self._verbal(tokens[j].norm))),
                    verb)
        if not (self.is_predicate(tokens[verb].norm) or self._verbal(tokens[verb].norm)):
            return False
        words = self._without_modifiers(tokens[start:verb])
        if not 0 < len(words) <= NOUN_PHRASE_MAX:
            return False
        if len(words) == 1 and (words[0].norm in self.cues["pronoun_group"] or
                                words[0].norm in self.cues["pronoun_person"]):
            return True
        return self._plain_noun_phrase(words)

    def _verbal(self, word: str) -> bool:
        return self.morphology is not None and self.morphology.looks_verbal(word)

    def _noun_phrase_then_verb(self, tokens: list, i: int, start: int) -> bool:
        """"mengatakan pemimpin serikat itu dirawat ...": plain words (no cue, no verb form) from ``i`` up to a verb
        form, all before ``start``: the reported words open with a noun phrase of their own."""
        for j in range(i + 1, min(start, i + NOUN_PHRASE_MAX)):
            word = tokens[j].norm
            if not tokens[j].is_word or word in self.cues.all:
                return False
            if self.is_predicate(word) or (self.morphology is not None and self.morphology.looks_verbal(word)):
                return True
        return False

    def _own_subject_after(self, sentence: Sentence, last: int, before: int) -> bool:
        """Between the actor ending at ``last`` and the verb at ``before``: words reported by a verb of saying
        that open with a noun phrase of their own, or a plain noun with a demonstrative right before the verb.
        Asked about the preposition of an occasion ("X menyampaikan hal itu | saat kunjungan ke Y"), there is no
        verb of reported words there: the noun phrase before it is what was said, and the subject is X's."""
        if before < len(sentence.tokens) and sentence.tokens[before].norm in self.cues["occasion"]:
            return False
        return self._content_has_subject(sentence, last, before) or \
            self._demonstrative_subject(sentence, last + 1, before) or \
            self._plain_reported_subject(sentence, last, before)

    def _demonstrative_subject(self, sentence: Sentence, start: int, before: int) -> bool:
        """"..., tetapi hal itu meminta kesabaran rakyat": a plain noun with a demonstrative right before
        the verb (auxiliaries aside) is the clause's own subject, not an actor; no one of another clause
        does the act."""
        tokens = sentence.tokens
        j = before - 1
        while j > start and tokens[j].norm in AUXILIARIES:
            j -= 1
        if j - 1 < start or tokens[j].norm not in self.cues["demonstrative"]:
            return False
        word = tokens[j - 1].norm
        if word in time_words(self.cues.language):
            return False  # "Presiden siang ini memberikan ...": a time, not a subject
        plain = word not in self.cues.all or word in self.cues["anaphor_org"] or \
            word in self.cues["anaphor_country"] or word in self.cues["claim_anaphor"]
        return tokens[j - 1].is_word and plain and not self.is_predicate(word) and not (
            self.morphology is not None and self.morphology.looks_verbal(word))

    def _relative_on(self, sentence: Sentence, actors: list[ActorMention], k: int, near: int) -> bool:
        """"Demonstran yang menentang razia imigrasi bentrok dengan polisi": the actor ``near`` the verb is
        inside a relative clause ("yang" with no comma) on the actor ``k`` before it, so the verb after the
        clause is the main clause's, and ``k`` its subject."""
        tokens = sentence.tokens
        rel = self._group_from(sentence, actors, k)[-1].last + 1
        return rel < actors[near].first and tokens[rel].norm == "yang" and \
            all(t.text != "," for t in tokens[rel : actors[near].first])

    def _quote_opening_speaker(self, doc: Doc, sentence: Sentence, verb: int) -> ActorMention | None:
        """“Menerima usulan itu,” kata Ketua DPRD: a quote that opens with its verb has the speaker as
        subject."""
        tokens = sentence.tokens
        words = [t for t in tokens[:verb] if t.is_word]
        if any(t.norm not in AUXILIARIES for t in words) or verb >= len(tokens):
            return None
        at = tokens[verb].start
        for quote in doc.quotes:
            if quote.start <= at < quote.end and quote.speaker is not None and quote.direct and \
                    doc.text[quote.start:at].strip(" \"“'‘") == "":
                return quote.speaker
        return None

    def _purpose_of_done_noun(self, sentence: Sentence, actors: list[ActorMention],
                              verb: int) -> list[ActorMention] | None:
        """"upaya oleh tentara pemerintah untuk membebaskan mereka", "kampanye yang didukung X untuk
        menggulingkan ...", "tindakan yang diambil untuk menahan orang": after "untuk" the verb's subject is
        the agent of the noun before it (by "oleh" or in a passive relative clause), or nobody when the
        relative clause names none; not the main clause's subject. None where the phrase is no such noun."""
        tokens = sentence.tokens
        j = verb - 1
        while j >= 0 and tokens[j].norm in AUXILIARIES:
            j -= 1
        if j < 2 or tokens[j].norm not in self.cues["purpose"] or self.morphology is None:
            return None
        k = j - 1
        ending = next((a for a in range(len(actors) - 1, -1, -1) if actors[a].last == k), None)
        if ending is None:
            # an act with no agent named ("tindakan yang diambil untuk ..."; not a force "yang dirancang untuk
            # membantu ...", which acts itself)
            passive = self.morphology.is_passive_form(tokens[k].norm)
            act = k >= 2 and (tokens[k - 2].norm in self.cues["event_anaphor"] or self.is_predicate(tokens[k - 2].norm))
            return [] if passive and tokens[k - 1].norm in self.cues["relative"] and act else None
        group = self._group_ending(sentence, actors, ending)
        before = group[0].first - 1
        if before >= 2 and tokens[before].norm in self.cues["agent"]:
            # (not "X diminta oleh Y untuk ...": the passive is the main verb, and X does what is asked)
            head = before - 1
            return group if not self.morphology.is_passive_form(tokens[head].norm) and tokens[head].is_word \
                and not any(a.last == head for a in actors) else None
        if before >= 2 and self.morphology.is_passive_form(tokens[before].norm) and \
                tokens[before - 1].norm in self.cues["relative"]:
            return group
        return None

    def _after_reciprocal(self, sentence: Sentence, verb: int) -> bool:
        """"saling serang", "saling menembak": a reciprocal word right before the verb (auxiliaries aside)."""
        j = verb - 1
        while j >= 0 and sentence.tokens[j].norm in AUXILIARIES and sentence.tokens[j].norm not in self.cues["reciprocal"]:
            j -= 1
        return j >= 0 and sentence.tokens[j].norm in self.cues["reciprocal"]

    def _purpose_clause(self, sentence: Sentence, verb: int) -> bool:
        j = verb - 1
        while j >= 0 and sentence.tokens[j].norm in AUXILIARIES:
            j -= 1
        return j >= 0 and sentence.tokens[j].norm in self.cues["purpose"]

    def _dispatched(self, sentence: Sentence, actors: list[ActorMention], verb: int) -> list[ActorMention]:
        """"X mengirim menteri luar negerinya ke Y untuk berunding ...": after "untuk" the one sent
        acts, not the sender."""
        if not self._purpose_clause(sentence, verb):
            return []
        tokens = sentence.tokens
        start = self.clause_start(sentence, verb)
        for d in range(verb - 1, start - 1, -1):
            if tokens[d].norm in self.cues["dispatch"]:
                for k, m in enumerate(actors):
                    if d < m.first <= d + 2 and m.last < verb and not m.is_location:
                        return self._group_from(sentence, actors, k)
                return []
        return []

    def _before_modal(self, sentence: Sentence, at: int) -> int:
        """``at``, or the token of the one modal word right before it ("Israel Bakal | Serang Iran",
        "Indonesia Siap | Bantu"), where its subject would end one token earlier."""
        word = sentence.tokens[at - 1].norm if at > 0 else ""
        modal = word in self.cues["future"] or word in self.cues["willing"] or word in self.cues["plan"] or \
            word in self.cues["refusal"]
        return at - 1 if modal else at

    def _giver_elsewhere(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch, stop: int,
                         receivers: list[ActorMention]) -> tuple[list[ActorMention], str]:
        """Who gave a received noun when no "dari"/"oleh" phrase or possessor says it: the owner inside a
        gapped pattern ("menerima tawaran Malaysia untuk menengahi"), else the agent of a relative clause
        after it ("menerima usulan gencatan senjata yang diajukan X"). (sources, how)."""
        inside = [m for m in actors if m.first == match.start + 1 and m.last < match.end - 1 and m.code
                  and not m.is_location and not any(m is r for r in receivers)]
        if inside and any(w is None for w in match.compiled.words):
            return inside, "owner-in-gap"
        agent = [m for m in self._relative_agent(sentence, actors, match.end, stop)
                 if not any(m is r for r in receivers)]
        return agent, "relative-agent" if agent else ""

    def _before_receiver(self, sentence: Sentence, start: int, stop: int) -> int:
        """"Kebijakan tarif X mendapat kecaman dari Y": a receiving light verb after an event noun ends
        the noun's phrase; what follows it is the received event's."""
        if not isinstance(self.light_verbs, dict):
            return stop
        tokens = sentence.tokens
        return next((i for i in range(start, stop) if self.light_verbs.get(tokens[i].norm) == "receive"), stop)

    def _weapon_at(self, tokens: list, first: int, verb: int) -> int:
        """Where the weapon of a noun phrase opening at ``first`` stands, past an article and lower-case
        adjectives ("a ballistic missile launched ..."); ``first`` when none is found."""
        for i in range(first, min(verb - 1, first + LAUNCHER_WINDOW)):
            if tokens[i].norm in self.cues["instrument"]:
                return i
            if not tokens[i].is_word or (tokens[i].is_capitalised and tokens[i].norm not in self.cues["article"]):
                break
        return first

    def _launched(self, tokens: list, first: int, verb: int) -> bool:
        """A weapon at ``first`` with a passive relative clause before ``verb`` ("roket yang ditembakkan ...",
        or a participle right after it: "a missile fired from ...")."""
        if first + 1 < verb and tokens[first + 1].norm in self.cues["launch"]:
            return True
        return self.morphology is not None and any(
            tokens[i].norm in self.cues["relative"] and self.morphology.is_passive_form(tokens[i + 1].norm)
            for i in range(first + 1, min(verb - 1, first + LAUNCHER_WINDOW)))

    def _launcher(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], verb: int) -> list[ActorMention]:
        """"Rudal yang diluncurkan X menghantam ...": a weapon opening the clause (or the words a verb of
        saying reports), with a passive relative clause naming who sent it, stands for that agent as the
        verb's subject."""
        tokens = sentence.tokens
        start = self._claimed_clause_start(doc, sentence, verb, self.clause_start(sentence, verb))
        first = next((i for i in range(start, verb) if tokens[i].is_word), None)
        first = self._weapon_at(tokens, first, verb) if first is not None else None
        if first is None or tokens[first].norm not in self.cues["instrument"] or self.morphology is None:
            return []
        for i in range(first + 1, min(verb - 1, first + LAUNCHER_WINDOW)):
            if tokens[i].norm in self.cues["relative"] and self.morphology.is_passive_form(tokens[i + 1].norm):
                return [m for m in self.agent(sentence, actors, i + 2, verb) if m.last < verb]
            if i == first + 1 and tokens[i].norm in self.cues["launch"] and tokens[i + 1].norm in self.cues["agent"]:
                # "a drone launched by the Houthis hit ...": a participle right after the weapon, then its agent
                return [m for m in self.agent(sentence, actors, i + 2, verb) if m.last < verb]
            if i == first + 1 and tokens[i].norm in self.cues["launch"] and tokens[i + 1].norm in self.cues["origin"]:
                # "a missile fired from Yemen struck ...": the country it came from sent it
                return [m for m in actors if m.first == i + 2 and m.last < verb and m.kind in ("country", "org")]
        return []

    def _noun_controller(self, sentence: Sentence, actors: list[ActorMention], verb: int) -> list[ActorMention]:
        """"menolak rencana X untuk mencaplok ...", "keputusan X menghentikan bantuan": the possessor of
        a noun of deciding or intending right before the verb is its subject."""
        tokens = sentence.tokens
        j = verb - 1
        while j >= 0 and (tokens[j].norm in AUXILIARIES or tokens[j].norm in self.cues["purpose"]):
            j -= 1
        for k in range(len(actors) - 1, -1, -1):
            if actors[k].last == j and not actors[k].is_location:
                group = self._group_ending(sentence, actors, k)
                first = group[0].first
                if first > 1 and tokens[first - 1].norm in self.cues["source_prep"]:
                    first -= 1  # "keputusan dari X untuk ...": the decider after "dari" decides as well
                return group if first > 0 and tokens[first - 1].norm in self.cues["controller"] else []
        return []

    def _charged(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch,
                 predicates: list[PredicateMatch]) -> list[ActorMention]:
        """"accused Colombia of supporting rebels", "praised Kenya for sending police": the object of a
        verb of accusing, blaming, criticising or praising, right before "of"/"for" and a verb in -ing, is
        who did the act it is charged with or praised for, not the verb's subject."""
        tokens = sentence.tokens
        j = match.start - 1
        if match.compiled.template != "ing" and j >= 2 and tokens[j].norm in self.cues["infinitive"] and \
                tokens[j - 1].norm in self.cues["attempt"]:
            j -= 2  # "accused X of seeking to overthrow ...": the act a verb of trying in -ing aims at
        elif match.compiled.template != "ing":
            return []
        if j < 1 or tokens[j].norm not in self.cues["charge_prep"]:
            return []
        k = next((k for k in range(len(actors) - 1, -1, -1) if actors[k].last == j - 1), None)
        if k is None or actors[k].is_location:
            return []
        group = self._group_ending(sentence, actors, k)
        first = group[0].first
        for verb in predicates:
            if verb.pos == "verb" and verb.entry.code[:2] in CHARGING_ROOTS and \
                    0 <= first - verb.end <= 2 and all(t.is_word for t in tokens[verb.end:first]):
                return group
        return []

    def _after_preposition(self, sentence: Sentence, m: ActorMention) -> bool:
        """"Selain ke Indonesia, PM Abe juga akan berkunjung ke India": an actor governed by a preposition
        is no subject."""
        return m.first > 0 and sentence.tokens[m.first - 1].norm in self.cues["preposition"]

    def _speaker_before(self, sentence: Sentence, actors: list[ActorMention], start: int,
                        before: int) -> int | None:
        """A subordinate clause with no subject of its own right after a post-posed speaker ("..., kata X
        setelah bertemu Y"): X is its subject, though as the speaker it is no subject of the quote."""
        tokens = sentence.tokens
        if start == 0 or tokens[start - 1].norm not in self.cues["subordinator"]:
            return None
        if any(m.first >= start and m.last < before and not m.is_location for m in actors):
            return None
        for k in range(len(actors) - 1, -1, -1):
            m = actors[k]
            if m.last >= start - 1:
                continue
            if m.last < start - 2:
                return None
            # the speech verb right before the speaker, or before the role words that open its phrase
            for j in range(m.first - 1, max(-1, m.first - 3), -1):
                if tokens[j].norm in self.cues["speech"]:
                    return k
                if not tokens[j].is_word:
                    break
            return None
        return None

    def _in_fronted_phrase(self, sentence: Sentence, m: ActorMention, actors: list[ActorMention],
                           before: int) -> bool:
        """"Selama kunjungan Presiden X, Menteri Y dan Menteri Z menyerang ...", "Pada masa jabatan X, Y
        ditangkap": a phrase opened by a preposition or a word of time or occasion, before the subject of
        the sentence, ends at its comma; an actor inside it is neither the subject nor the first member of
        a list after that comma. Earlier fronted pieces with no actor ("Sebelumnya pada tahun itu, selama
        ...,") may come first."""
        tokens = sentence.tokens
        j = m.first - 1
        while j >= 0 and tokens[j].text != ",":
            j -= 1
        opener = next((t for t in tokens[j + 1 : m.first] if t.is_word), None)
        openers = self.cues["occasion"] | self.cues["preposition"] | self.cues["subordinator"]
        if opener is None or opener.norm not in openers:
            return False
        if any(a.first <= j and not a.is_location for a in actors):
            return False  # a clause with its own actors came before: the phrase is no fronted one
        k = m.last + 1
        while k < len(tokens) and tokens[k].text != ",":
            if self._is_boundary(sentence, k) or self.is_predicate(tokens[k].norm):
                return False  # "ketika X menyerang Y, ...": a clause with X's own verb, not a phrase
            k += 1
        return k < before  # the phrase closes before the verb ("..., ketika X menyerang Y" is X's own clause)

    def _object_before_comma(self, sentence: Sentence, m: ActorMention, before: int) -> bool:
        """"Ledakan mengguncang Kabul, menewaskan empat orang", "Badai melanda Filipina, menewaskan ...": the
        actor right after an active verb is its object; the verb after the comma goes on with the first verb's
        subject, not with its object."""
        tokens = sentence.tokens
        verb = m.first - 1
        while verb > 0 and tokens[verb].norm in self.cues["place_noun"]:
            verb -= 1  # "mengguncang ibu kota Afghanistan"
        if verb < 0 or not tokens[verb].is_word or tokens[verb].is_capitalised or tokens[verb].norm in self.cues.all:
            return False
        active = tokens[verb].norm.startswith(ACTIVE_PREFIX) and self._verbal(tokens[verb].norm)
        return active and any(t.text == "," for t in tokens[m.last + 1 : before])

    def _in_place_phrase(self, sentence: Sentence, m: ActorMention, actors: list[ActorMention]) -> bool:
        """"berkumpul di ibu kota Kenya, Nairobi, menentang ...", "di perbatasan Lebanon": an actor after
        "di" and nouns of place, or in apposition to such an actor, names a place and is no subject."""
        tokens = sentence.tokens
        j = m.first - 1
        if j >= 1 and tokens[j].text == ",":
            # in apposition: between commas (", Nairobi,"), not the subject after a fronted phrase's comma
            if m.last + 1 >= len(tokens) or tokens[m.last + 1].text != ",":
                return False
            before = next((a for a in actors if a.last == j - 1), None)
            return before is not None and before is not m and self._in_place_phrase(sentence, before, actors)
        nouns = 0
        while j >= 0 and tokens[j].norm in self.cues["place_noun"]:
            j -= 1
            nouns += 1
        return nouns > 0 and j >= 0 and tokens[j].norm in self.cues["locative"]

    def _possessor(self, sentence: Sentence, m: ActorMention, actors: list[ActorMention]) -> bool:
        """"Orban's allies held ...": an actor whose possessive names another actor is not the
        subject; up to three modifiers may stand between (POSSESSOR's ADJ ROLE ROLE), but no
        function word or predicate ("Israel's attack on Hamas")."""
        tokens = sentence.tokens
        after = m.last + 1
        if after >= len(tokens) or tokens[after].norm not in POSSESSIVE_MARKS:
            return False
        starts = {a.first for a in actors}
        for j in range(after + 1, min(after + 5, len(tokens))):
            if j in starts:
                return True
            tok = tokens[j]
            if not tok.is_word or tok.norm in self.cues.all or self.is_predicate(tok.norm):
                return False
        return False

    def _governing_preposition(self, sentence: Sentence, start: int) -> int | None:
        """The "after"/"during" right before an event noun (an article and a few modifiers may stand
        between: "during a short official visit"), when a clause with its own verb came before it."""
        tokens = sentence.tokens
        j = before_modifiers(sentence, start, self.cues)
        if j >= 0 and tokens[j].norm in self.cues["article"]:
            j -= 1
        if j > 0 and tokens[j].norm in self.cues["event_preposition"]:
            return j
        return None

    def _closed_relative(self, sentence: Sentence, actors: list[ActorMention], start: int, before: int,
                         excluded: set[int]) -> int | None:
        """The actor before ", which ...," when the predicate follows the clause's closing comma with no
        actor of its own in between."""
        tokens = sentence.tokens
        if start < 2 or tokens[start - 2].text != ",":
            return None
        closing = [j for j in range(start, before) if tokens[j].text == ","]
        if not closing or any(closing[-1] < m.first and m.last < before for m in actors):
            return None
        return self._relative_head(sentence, actors, start, excluded)

    def _coordinated_verb_subject(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], before: int,
                                  excluded: set[int], verb_starts: tuple[int, ...]) -> list[ActorMention]:
        """The subject of the active verb before "dan"/"serta" that opens the clause of ``before`` with no
        subject of its own, where that verb's subject is an actor right before it (the object of a verb of
        accusing, asking or saying: "menuduh Iran memasok ... dan membantu ..."); else []."""
        tokens = sentence.tokens
        j = before - 1
        while j >= 0 and tokens[j].norm in AUXILIARIES:
            j -= 1
        if j < 1 or tokens[j].norm not in self.cues["coordinator"]:
            return []
        for v in range(j - 1, max(-1, j - 1 - COORDINATED_VERB_WINDOW), -1):
            if not tokens[v].is_word or tokens[v].norm in self.cues["boundary"]:
                return []
            if tokens[v].norm.startswith(ACTIVE_PREFIX) and self._verbal(tokens[v].norm):
                k = v - 1
                while k >= 0 and tokens[k].norm in AUXILIARIES:
                    k -= 1
                if not any(m.last == k and not m.is_location for m in actors):
                    return []  # the first verb's subject is the sentence's: nothing changes
                return self.subject(doc, sentence, actors, v, excluded, verb_starts)
        return []

    def _closed_subordinate(self, sentence: Sentence, actors: list[ActorMention], start: int, before: int,
                            excluded: set[int]) -> int | None:
        """"Presiden X, saat bertemu Y di Beijing, meminta ...": a subordinate clause set off by commas right
        after the subject; the predicate after its closing comma (no actor of its own in between) is the main
        clause's, and its subject is the actor before the opening comma."""
        tokens = sentence.tokens
        opener = start - 1
        if opener < 2 or tokens[opener].norm not in self.cues["subordinator"] or tokens[opener - 1].text != ",":
            return None
        closing = [j for j in range(start, before) if tokens[j].text == ","]
        if not closing or any(closing[-1] < m.first and m.last < before for m in actors):
            return None
        return next((k for k, m in enumerate(actors) if m.last == opener - 2 and not m.is_location
                     and id(m) not in excluded and m.kind != "media"), None)

    def _relative_head(self, sentence: Sentence, actors: list[ActorMention], start: int,
                       excluded: set[int]) -> int | None:
        """The actor a relative pronoun opening the clause refers to ("the movement, which ...")."""
        tokens = sentence.tokens
        rel = start - 1
        if rel < 1 or tokens[rel].norm not in self.cues["relative"]:
            return None
        end = rel - 1 if tokens[rel - 1].text == "," else rel
        for k, m in enumerate(actors):
            if m.last == end - 1 and not m.is_location and id(m) not in excluded and m.kind != "media":
                # "told Putin that ...": after a verb of saying "that" opens what was said
                told = m.first > 0 and tokens[m.first - 1].norm in self.cues["speech"]
                return None if told else k
        return None

    def _adjacent_subject(self, sentence: Sentence, actors: list[ActorMention], candidates: list[int],
                          before: int) -> int | None:
        """The candidate whose coordinated group ends right before the predicate (adverbs, auxiliaries
        and modal cues may stand between)."""
        tokens = sentence.tokens
        for k in reversed(candidates):
            end = actors[k].last + 1
            if all(t.is_word and (t.norm in AUXILIARIES or t.norm in self.cues["auxiliary"]
                                  or t.norm in self.cues["passive_aux"] or t.norm in self.cues["future"]
                                  or t.norm in self.cues["negation"] or t.norm in self.cues["hypothetical"])
                   for t in tokens[end:before]):
                first = self._group_ending(sentence, actors, k)[0]
                return next(i for i, m in enumerate(actors) if m is first)
            if end < before:
                return None
        return None

    @staticmethod
    def _headline_pair(sentence: Sentence, actors: list[ActorMention], k: int, near: int) -> bool:
        """"Japan, Philippines sign defence pact": two names that open a headline with only a comma
        between them are coordinated, the comma standing for "and" (later in a headline a comma
        separates clauses: "Israel strikes Gaza, Lebanon condemns")."""
        if sentence.block != "headline" or near != k + 1 or any(
                t.is_word for t in sentence.tokens[: actors[k].first]):
            return False
        between = sentence.tokens[actors[k].last + 1 : actors[near].first]
        return len(between) == 1 and between[0].text == ","

    def _comma_between(self, sentence: Sentence, m: ActorMention, before: int) -> bool:
        return any(t.text == "," for t in sentence.tokens[m.last + 1 : before])

    def _possessor_apposition(self, sentence: Sentence, group: list[ActorMention],
                              clause_start: int) -> list[ActorMention]:
        """"Tetangga Mali, Niger dan Chad, menolak": a noun before the first actor makes it a possessor, and
        the list between the commas after it is the subject."""
        tokens = sentence.tokens
        if len(group) < 2 or group[0].first <= clause_start:
            return group
        before_first = tokens[clause_start : group[0].first]
        if before_first and before_first[-1].norm in self.cues["example"]:
            return group  # "Sejumlah negara, seperti Turki, Mesir, dan Yordania, mengecam": examples, all of them
        after_first = group[0].last + 1
        after_last = group[-1].last + 1
        described = any(t.is_word and not t.is_capitalised for t in before_first) or (
            before_first and before_first[0].is_word and before_first[0].norm not in self.cues["boundary"])
        apposed = after_first < len(tokens) and tokens[after_first].text == "," and \
            after_last < len(tokens) and tokens[after_last].text == ","
        return group[1:] if described and apposed else group

    def _apposition(self, sentence: Sentence, actors: list[ActorMention], k: int,
                    before: int) -> list[ActorMention]:
        """"Tetangga Mali, Niger dan Chad, menolak ...": the group between commas right before the
        predicate is the subject, the actor before it only its description."""
        tokens = sentence.tokens
        first = self._group_from(sentence, actors, k)
        nxt = k + len(first)
        if nxt >= len(actors):
            return []
        comma = first[-1].last + 1
        if comma >= len(tokens) or tokens[comma].text != "," or actors[nxt].first != comma + 1:
            return []
        group = self._group_from(sentence, actors, nxt)
        close = group[-1].last + 1
        if close < before and tokens[close].text == "," and close + 1 >= before - 2:
            return group
        return []

    def _yang_head(self, sentence: Sentence, actors: list[ActorMention], verb: int) -> int | None:
        """If the verb at ``verb`` opens (or is coordinated within) a relative clause, the index in
        ``actors`` of the actor it describes, or -1 when the noun it describes is no actor; else None."""
        tokens = sentence.tokens
        rel = None
        for j in range(verb - 1, max(-1, verb - 8), -1):
            if tokens[j].norm in self.cues["relative"]:
                rel = j
                break
            if not tokens[j].is_word:
                return None
        if rel is None or rel == 0:
            return None
        between = tokens[rel + 1 : verb]
        if not all(self._verb_modifier(t.norm) for t in between):
            # "yang dibawa ke pengadilan dan diperiksa": a verb coordinated inside the clause; "yang baru
            # terpilih itu mengunjungi": the main verb after the clause
            if not (between and between[-1].norm in self.cues["coordinator"] and self.morphology is not None
                    and self.morphology.looks_verbal(between[0].norm)
                    and not any(t.norm in self.cues["demonstrative"] for t in between)):
                return None
            taken = {i for m in actors if m.first > rel and m.last < verb and not self._after_preposition(sentence, m)
                     for i in range(m.first, m.last + 1)}
            if taken:
                return None
        head = rel - 1
        if tokens[head].text == ",":
            head -= 1
        if head >= 0 and tokens[head].norm in self.cues["event_anaphor"]:
            return None  # "langkah yang disesalkan oleh X": the act stands for whoever did it
        for k in range(len(actors) - 1, -1, -1):
            m = actors[k]
            if m.last > head:
                continue
            gap = tokens[m.last + 1 : head + 1]
            if self._opens_phrase(gap):
                break  # "ke Myanmar setelah gempa yang menewaskan ...": the clause is on a noun of another phrase
            issued = tokens[head].norm in self.cues["issued_text"] and len(gap) >= 2 and \
                self.morphology is not None and self.morphology.looks_verbal(gap[0].norm)
            if len(gap) <= 3 and all(t.is_word for t in gap) and not m.is_location and (issued or
                    not any(t.norm.startswith("me") and self.is_predicate(t.norm) or self._opens_content(t.norm)
                            for t in gap)):
                # ("X mengesahkan resolusi yang mengecam Y": what a text its issuer passed says, says the issuer)
                # "seorang pria Mauritania berusia 32 tahun yang ..." (but "X menentang sanksi yang ...":
                # the noun after X's active verb is its object, and the clause is about that noun; "X
                # mengatakan bahwa usulan yang ...": the noun opens what X says, and the clause is about it)
                return k
            break
        return -1

    def _phrase_ends_own(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """An event noun phrase closed by the possessive -nya ("serangan udaranya"), not after a preposition
        ("atas bantuan kemanusiaannya": whose aid, the replies component reads)."""
        tokens = sentence.tokens
        return tokens[match.end - 1].norm.endswith(OWN_CLITIC) and not (
            match.start > 0 and tokens[match.start - 1].norm in self.cues["preposition"])

    def _opens_phrase(self, gap: list[Token]) -> bool:
        """A subordinator or preposition between an actor and the noun a relative clause is on: the noun
        heads a phrase of its own ("mengirim bantuan ke Myanmar setelah gempa yang ...", "pasukan X untuk
        korban banjir yang ..."), so the actor is not what the clause describes."""
        return any(t.norm in self.cues["boundary"] or t.norm in self.cues["preposition"] for t in gap)

    def _verb_modifier(self, word: str) -> bool:
        """A word that may stand between "yang" and the verb of its clause: an auxiliary or adverb, a
        negation, or a word of intention or possibility ("yang ingin merebut", "yang tidak bisa
        menerima", "yang berusaha menggulingkan")."""
        return word in AUXILIARIES or word in self.cues["negation"] or word in self.cues["future"] or \
            word in self.cues["hypothetical"]

    def _opens_content(self, word: str) -> bool:
        """A verb of saying or a complementizer: what follows it is reported words."""
        return word in self.cues["speech"] or word in self.cues["complementizer"]

    def _object_relative(self, sentence: Sentence, actors: list[ActorMention], verb: int,
                         excluded: set[int]) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """"the Chilean trawler that Peru detained": an active verb right after a relative pronoun and an
        actor has that actor as its subject and the noun before the pronoun as its object; the object is
        an actor when one names or modifies that noun (within three words before the pronoun)."""
        tokens = sentence.tokens
        ending = [k for k, m in enumerate(actors) if m.last < verb and all(
            t.norm in self.cues["auxiliary"] for t in tokens[m.last + 1 : verb])]
        if not ending:
            return None
        group = self._group_ending(sentence, actors, ending[-1])
        rel = group[0].first - 1
        if rel < 2 or tokens[rel].norm not in self.cues["relative"] or tokens[rel].norm == "yang":
            return None  # Indonesian puts the object relative in the passive ("yang ditahan X")
        head = rel - 1
        for k in range(len(actors) - 1, -1, -1):
            m = actors[k]
            if m.last > head:
                continue
            gap = tokens[m.last + 1 : head + 1]
            # a verb of saying before the pronoun makes it the complementizer of a reported clause ("the
            # minister said that X had attacked Y"): no relative clause on the speaker
            if len(gap) <= 3 and all(t.is_word and not t.is_capitalised and t.norm not in self.cues["speech"]
                                     for t in gap) and not m.is_location and id(m) not in excluded:
                return group, self._group_ending(sentence, actors, k)
            return None
        return None

    def _in_relative(self, sentence: Sentence, m: ActorMention, actors: list[ActorMention] | None = None) -> bool:
        """Inside ", yang ... ," (a relative clause parenthesis), or inside a relative clause on a noun
        that is no actor ("partai yang dekat dengan Presiden menyambut ...": the subject is "partai")."""
        tokens = sentence.tokens
        j = m.first - 1
        # (a clause boundary in between closes the relative clause: "... menjadi “kota yang mati”
        # setelah X merebutnya")
        while j >= 0 and tokens[j].text != "," and not self._is_boundary(sentence, j):
            if tokens[j].norm == "yang":
                if j > 0 and tokens[j - 1].text == ",":
                    return True
                head = j - 1
                return head >= 0 and tokens[head].is_word and not any(
                    a.first <= head <= a.last for a in actors or ())
            j -= 1
        return False

    def after(self, sentence: Sentence, actors: list[ActorMention], match_end: int, frame: frozenset[str],
              stop: int, allow_object: bool, multiword: bool = False,
              noun_starts: frozenset[int] = frozenset()) -> tuple[list[ActorMention], str]:
        """The target after a predicate: its direct object, or the actor after a frame preposition."""
        tokens = sentence.tokens
        by_first = _first_at(actors)
        if not allow_object and multiword and match_end in by_first:
            # "meminta bantuan Tokyo": the actor closing a multiword predicate is whom it is asked of
            return self._group_from(sentence, actors, by_first[match_end]), "complement"
        if not allow_object and multiword and tokens[match_end - 1].norm in self.cues["preposition"] and \
                match_end + 1 in by_first and self._head_noun(tokens[match_end]):
            # "datang ke kediaman X", "datang ke kantor X": the host's house or office stands for the host
            return self._group_from(sentence, actors, by_first[match_end + 1]), "complement-place"
        if allow_object:
            i, reach = match_end, match_end + OBJECT_WINDOW
            while i < min(stop, reach + OWNER_REACH):
                if i >= reach and (i in by_first or self._owner_after(tokens, i) is None and not (
                        tokens[i].is_word and not tokens[i].is_capitalised and tokens[i].norm not in frame)):
                    break  # past the object's window only a longer noun phrase up to "milik X" goes on
                if i in by_first and not actors[by_first[i]].is_location:
                    return self._group_from(sentence, actors, by_first[i]), "object"
                if tokens[i].norm in frame or i in noun_starts:
                    break  # an event noun as object: its doer is the target (see the events component)
                if self._in_count(tokens, i, match_end, frame):
                    # "killing at least 9 villagers", "menangkap lebih dari 30 orang", "mengebom tiga pabrik
                    # senjata X": a count does not push the object away
                    reach += 1
                    i += 1
                    continue
                if tokens[i].norm in self.cues["locative"] and tokens[i].norm not in frame:
                    # "menahannya di Rutan KPK", "held him at the police headquarters": a direct object
                    # never follows a locative preposition; what stands there is where the act happened
                    break
                owner = self._owner_after(tokens, i)
                if owner is not None and owner in by_first and not actors[by_first[owner]].is_location:
                    # "menyerang kapal-kapal yang terkait dengan Israel": what belongs to X stands for X
                    return self._group_from(sentence, actors, by_first[owner]), "object-owner"
                if not tokens[i].is_word:
                    break
                i += 1
            named = self._named_object_apposition(sentence, actors, match_end, stop)
            if named:
                return named, "object-apposition"
        preps = frame - {"obj"}
        for i in range(match_end, min(stop, match_end + PREP_WINDOW)):
            if tokens[i].norm in self.cues["between"] and any(match_end <= n < i for n in noun_starts):
                break  # "membahas rancangan perjanjian antara A dan B": the parties are the noun's
            if any(match_end <= n and any(n < m.first and m.last < i for m in actors) for n in noun_starts
                   if n < i):
                break  # "memperingatkan ancaman China terhadap Taiwan": the phrase after the noun's owner is its own
            # "serangan yang menyasar X": a relative verb of aiming names the target as a preposition would
            aimed = preps and i > 0 and tokens[i].norm in self.cues["aim"] and \
                tokens[i - 1].norm in self.cues["relative"]
            if tokens[i].norm in self.cues["purpose"] and self._verb_follows(tokens, i, by_first):
                continue  # "mendukung persiapan untuk mempertahankan X": X is the purpose verb's, not a beneficiary
            if (tokens[i].norm in preps or aimed) and not self.intermediary_at(sentence, i + 1):
                # the actor after this preposition; if none, a later frame preposition may still name it
                # ("resumption of formal ties with X")
                j, reach = i + 1, i + 1 + AFTER_PREP_WINDOW
                while j < min(len(tokens), reach):
                    if j in by_first:
                        group = self._group_from(sentence, actors, by_first[j])
                        return group + self._gapped_prep_target(sentence, actors, tokens[i].norm, group[-1].last + 1,
                                                                stop), "prep:" + tokens[i].norm
                    owner = self._owner_after(tokens, j) if j > i + 1 else None
                    if owner is not None and owner in by_first and not actors[by_first[owner]].is_location:
                        # "air strikes on villages held by X": what X holds stands for X
                        return self._group_from(sentence, actors, by_first[owner]), "prep:" + tokens[i].norm + "+owner"
                    if tokens[j].text == "," and j + 2 in by_first and tokens[j + 1].norm in self.cues["example"] \
                            and j > i + 1:
                        # "kecaman dari berbagai negara, termasuk X dan Y": the group with no code stands for
                        # the examples named after it
                        return self._group_from(sentence, actors, by_first[j + 2]), "prep:" + tokens[i].norm
                    if not tokens[j].is_word and tokens[j].text not in QUOTE_MARKS:
                        break
                    if tokens[j].norm.startswith(ACTIVE_PREFIX) and self.is_predicate(tokens[j].norm):
                        break  # "serangan terhadap Odesa menewaskan dua warga": the phrase ends at the verb
                    if j == i + 1 and self._in_count(tokens, j, i + 1, frame):
                        # "sanksi kepada tiga bank swasta milik X": a count opening the phrase does not push X
                        # away
                        reach += 1
                    j += 1
        addressee = self._addressee_after_ke(sentence, actors, match_end, stop, preps)
        if addressee:
            return addressee, "prep:ke"
        return [], ""

    def _addressee_after_ke(self, sentence: Sentence, actors: list[ActorMention], match_end: int, stop: int,
                            preps: frozenset[str]) -> list[ActorMention]:
        """"melayangkan protes ke pemerintah Australia", "mengirim surat ke KPK": for a frame that names its
        addressee after "kepada", "ke" before a body or an office (not a place) names it too."""
        if ADDRESSEE_PREP not in preps or LOOSE_ADDRESSEE_PREP in preps:
            return []
        tokens = sentence.tokens
        for i in range(match_end, min(stop, match_end + PREP_WINDOW) - 1):
            if tokens[i].norm == LOOSE_ADDRESSEE_PREP:
                k = next((k for k, m in enumerate(actors) if m.first == i + 1 and m.code
                          and m.kind in APPOSITION_KINDS), None)
                return self._group_from(sentence, actors, k) if k is not None else []
            if not tokens[i].is_word:
                return []
        return []

    def _named_object_apposition(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                                 stop: int) -> list[ActorMention]:
        """"menangkap Budi Santoso, seorang pengusaha asal Riau", "menahan Yudi, oknum anggota TNI": a person's
        name that no actor stands for, right after the verb, then a comma and the office or role the person
        holds (a count word or "mantan" may open it): the role names the object."""
        tokens = sentence.tokens
        named = [m for m in actors if m.code]
        i = match_end
        while i < min(stop, match_end + NAME_WORDS) and tokens[i].is_word and tokens[i].is_capitalised and \
                not any(m.first <= i <= m.last for m in named) and tokens[i].norm not in time_words(self.cues.language):
            i += 1
        if i == match_end or i + 1 >= min(stop, len(tokens)) or tokens[i].text != ",":
            return []
        j = i + 1
        while j < min(stop, i + 1 + APPOSITION_OPENERS) and (tokens[j].norm in QUANTIFIERS
                                                            or tokens[j].norm in self.cues["former"]):
            j += 1
        k = next((k for k, m in enumerate(actors) if m.first in (i + 1, j) and m.code and not m.is_location
                  and m.kind in APPOSITION_KINDS), None)
        if k is None:
            return []
        for t in tokens[actors[k].last + 1 :]:
            if t.text in (",", ".", ";") or t.norm in self.cues["relative"]:
                break  # the apposition ends, or a relative clause on it begins ("oknum anggota TNI yang ...")
            if t.is_word and (t.norm in AUXILIARIES or self._verbal(t.norm)):
                return []  # "memblokir Netflix, Menteri X sudah memperkirakan ...": the subject of the next clause
        return [actors[k]]

    def _object_clitic(self, sentence: Sentence, i: int) -> bool:
        """Whether the active verb at token i carries its object as a clitic ("menahannya", "menangkapnya"):
        the events component finds whom "-nya" refers to."""
        word = sentence.tokens[i].norm
        return self.morphology is not None and word.startswith(ACTIVE_PREFIX) and word.endswith(OWN_CLITIC) and \
            len(word) > len(ACTIVE_PREFIX) + len(OWN_CLITIC) + 2

    def _own_preposition(self, tokens: list, match_end: int) -> bool:
        """Whether a phrasal pattern ends in a locative ("lash out at"), whose actor after it is its object."""
        return 0 < match_end < len(tokens) and tokens[match_end - 1].norm in self.cues["locative"]

    def _gapped_prep_target(self, sentence: Sentence, actors: list[ActorMention], prep: str, after: int,
                            stop: int) -> list[ActorMention]:
        """"tarif 25% pada impor dari A dan 10 persen pada barang dari B": a coordinated phrase that repeats
        the target's preposition, its verb left out, names a further target of the same act. The words
        between the coordinator and the repeated preposition hold no actor and no verb."""
        tokens = sentence.tokens
        if after >= min(stop, len(tokens)) or tokens[after].norm not in self.cues["coordinator"]:
            return []
        by_first = _first_at(actors)
        for i in range(after + 1, min(stop, len(tokens), after + 1 + GAPPED_PREP_WINDOW)):
            tok = tokens[i]
            if tok.norm == prep:
                for j in range(i + 1, min(len(tokens), i + 1 + AFTER_PREP_WINDOW)):
                    if j in by_first:
                        return self._group_from(sentence, actors, by_first[j])
                    if not tokens[j].is_word:
                        return []
                return []
            if i in by_first or self._is_boundary(sentence, i) or (
                    tok.is_word and self.morphology is not None and self.morphology.looks_verbal(tok.norm)):
                return []
        return []

    def _verb_follows(self, tokens: list, i: int, by_first: dict[int, int]) -> bool:
        """A verb form, no actor, right after token i ("untuk menjauhkan", "guna mempertahankan")."""
        return i + 1 < len(tokens) and i + 1 not in by_first and self.morphology is not None and \
            self.morphology.looks_verbal(tokens[i + 1].norm)

    def _manner_of_passive(self, sentence: Sentence, actors: list[ActorMention], predicates: list[PredicateMatch],
                           verb: int) -> list[ActorMention]:
        """"Pengusiran diplomat X dibalas Moskow dengan mengusir ...": a verb after "dengan" says how the
        agent of the passive verb before it in the clause acted, so that agent is its subject."""
        tokens = sentence.tokens
        if verb < 1 or tokens[verb - 1].norm not in self.cues["comitative"]:
            return []
        start = self.clause_start(sentence, verb)
        passive = [p for p in predicates if start <= p.start and p.end < verb - 1 and p.pos == "verb"
                   and p.voice == "passive"]
        if not passive:
            return []
        agent = self.agent(sentence, actors, passive[-1].end, verb - 1)
        return agent if agent and agent[-1].last == verb - 2 else []

    def _owner_after(self, tokens: list, i: int) -> int | None:
        """Where the owner starts in "(yang) terkait dengan X", "milik X", "(yang) berafiliasi dengan X",
        "(that are) linked to X", "bound for X" at token ``i``, else None."""
        j = i + 1 if tokens[i].norm in self.cues["relative"] else i
        if j >= len(tokens) or tokens[j].norm not in self.cues["belonging"]:
            return None
        j += 1
        # "terkait dengan X"; "linked to X", "bound for X", "held by the X"
        if j < len(tokens) and (tokens[j].norm in self.cues["comitative"] or tokens[j].norm in self.cues["belonging_prep"]):
            j += 1
        return j + 1 if j + 1 < len(tokens) and tokens[j].norm in self.cues["definite"] else j

    def intermediary_at(self, sentence: Sentence, i: int) -> bool:
        """"berunding dengan mediasi X": a noun naming a go-between after the preposition; X brings the
        parties together and is no party itself."""
        return i < len(sentence.tokens) and sentence.tokens[i].norm in self.cues["intermediary"]

    def _first_side(self, sentence: Sentence, parties: list[ActorMention]) -> int:
        """How many of the parties after "antara" make the first side: the first and those joined to it by
        a hyphen ("antara tentara-polisi X dan kelompok Y": the army and the police against the group)."""
        tokens = sentence.tokens
        k = 1
        while k < len(parties) and _hyphen(tokens[parties[k - 1].last + 1 : parties[k].first]):
            k += 1
        if k < len(parties):
            return k
        after = parties[-1].last + 1
        if k > 1 and after < len(tokens) and (tokens[after].norm in self.cues["coordinator"] or
                                               tokens[after].norm in self.cues["comitative"]):
            return k  # "antara A-B dengan kelompok bersenjata": the other side is no known actor
        return 1

    def _doer_of_between(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                         predicates: list[PredicateMatch], light_verb: int | None, light_kind: str | None,
                         between: list[ActorMention]) -> list[ActorMention]:
        """The subject of an active verb (or of a support light verb) whose "between" names two parties."""
        if light_kind not in (None, "support"):
            return []
        if light_verb is None and (match.pos != "verb" or nominal_use(sentence, match, self.cues)
                                   or match.compiled.template == "0v"):
            return []
        if light_verb is None and match.voice == "participle" and self._after_auxiliary(sentence, match.start):
            return []  # passive
        if light_verb is None and match.voice not in ("active", "participle"):
            return []
        begin = light_verb if light_verb is not None else match.start
        verb_starts = tuple(m.start for m in predicates if m.pos == "verb" and m.start < begin)
        subject = self.subject(doc, sentence, actors, begin, doc.excluded, verb_starts)
        if not subject or any(m.first >= between[0].first for m in subject):
            return []
        return subject

    def _in_count(self, tokens: list, i: int, first: int, frame: frozenset[str]) -> bool:
        """A word of a count: a number or quantity word, the word before one ("at least", "up to"), or
        "of" after one ("dozens of")."""
        def counting(t) -> bool:
            return t.text[:1].isdigit() or t.norm in self.cues["quantity"]

        tok = tokens[i]
        if counting(tok):
            return True
        if tok.norm in frame or not tok.is_word or tok.is_capitalised:
            return False
        if i + 1 < len(tokens) and counting(tokens[i + 1]):
            return True
        return i > first and counting(tokens[i - 1]) and tok.norm in self.cues["genitive"]

    def _between(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                 stop: int) -> list[ActorMention]:
        """"bentrokan antara Sudan dan Chad": the coordinated parties after "antara"/"between"."""
        tokens = sentence.tokens
        for i in range(match_end, min(stop, match_end + PREP_WINDOW)):
            if tokens[i].norm in self.cues["between"]:
                for k, m in enumerate(actors):
                    if i < m.first <= i + AFTER_PREP_WINDOW:
                        group = self._group_from(sentence, actors, k)
                        after = group[-1].last + 1
                        other = next((j for j, n in enumerate(actors) if n.first == after + 1 or (
                            n.first == after + 2 and self._head_noun(tokens[after + 1]))), None)
                        if other is not None and after < len(tokens) and tokens[after].norm in self.cues["comitative"]:
                            # "antara A dengan B": "dengan" joins the two sides as "dan" does
                            group = group + self._group_from(sentence, actors, other)
                        return group
                break
        return []

    def _head_noun(self, token: Token) -> bool:
        """A lower-case word heading a name after it ("dengan gerakan Hamas", "dengan pimpinan Partai X"):
        no function word, no verb."""
        return token.is_word and not token.is_capitalised and not self.is_predicate(token.norm) and not any(
            token.norm in self.cues[kind] for kind in HEAD_NOUN_STOPS) and not (
            self.morphology is not None and self.morphology.looks_verbal(token.norm))

    def _between_of_object(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch,
                           predicates: list[PredicateMatch], nearer: int, stop: int) -> list[ActorMention]:
        """"mediated talks between A and B", "hosted the negotiations between A and B": the parties of a
        joint act that is the object of a go-between's or a host's verb are whom its subject stands
        between (not of a verb of discussing: "discussed a deal between A and B" is the deal's)."""
        # (or of a go-between's noun: "menjadi penengah dalam perundingan antara A dan B")
        if match.entry.code not in MEDIATION_CODES | HOST_CODES or \
                (match.pos != "verb" and match.entry.code not in MEDIATION_CODES) or \
                nearer - match.end > OBJECT_WINDOW or not all(
                t.is_word for t in sentence.tokens[match.end:nearer]):
            return []
        inner = next(p for p in predicates if p.start == nearer)
        if inner.pos != "noun" or inner.entry.code not in JOINT_TALK_CODES:
            return []
        if match.pos != "verb" and self.genitive(sentence, actors, match.end, stop, match.start):
            return []  # "Mediasi Malaysia dalam perundingan ...": the noun's possessor is the go-between
        return self._between(sentence, actors, inner.end, stop)

    def _inside_pattern(self, sentence: Sentence, actors: list[ActorMention],
                        match: PredicateMatch) -> list[ActorMention]:
        """"released three Israeli hostages" for "release ... hostages": an actor the pattern's own words
        name (or that stands in its gap) is what the act is done to."""
        if match.end - match.start < 2:
            return []
        tokens = sentence.tokens
        for k, m in enumerate(actors):
            inside = match.start < m.first < match.end or match.start < m.last < match.end
            # "recalled its ambassador": the doer's own people are not what the act is done to
            own = m.first > 0 and tokens[m.first - 1].norm in self.cues["own"]
            if inside and not m.is_location and not own:
                return self._group_from(sentence, actors, k)
        return []

    def _prenominal(self, sentence: Sentence, actors: list[ActorMention], start: int) -> list[ActorMention]:
        """"Israeli strikes", "Russia's invasion", "Israeli air strikes": an adjective of nationality or a
        possessive right before the event noun (an adjective may stand between)."""
        tokens = sentence.tokens
        for k, m in enumerate(actors):
            if m.is_location or not (start - 3 <= m.last < start):
                continue
            after = m.last + 1
            possessive = after < len(tokens) and tokens[after].norm in {"'s", "’s"}
            gap = tokens[after + (1 if possessive else 0) : start]
            if (m.kind == "adjective" or possessive or self._name_as_modifier(tokens, m)) and len(gap) <= 1 and \
                    all(t.is_word and not t.is_capitalised and (possessive or not self.is_predicate(t.norm))
                        for t in gap):
                # (not past a verb: "the EU condemned attacks on" names no EU attack; after a possessive the
                # word is an adjective: "Beijing's continued attacks")
                return self._group_ending(sentence, actors, k)
        return []

    def _name_as_modifier(self, tokens: list[Token], m: ActorMention) -> bool:
        """"the US invasion of", "a Hamas attack on", "the NATO air strikes": an organisation, or a country
        by its abbreviation, named between an article and the event noun modifies the noun as its doer; a
        country's full name there is more often the place or topic ("a Gaza truce", "the Ukraine war").
        Opening the sentence, any name right before a plural event noun and its preposition is its doer
        ("US strikes on Yemen killed ...", "Israel strikes on Gaza ...")."""
        article = self.cues["article"]
        opened = m.last == m.first + 1 and tokens[m.first].norm in article  # "The EU" named with its article
        if m.first == 0 and m.kind in ("country", "org", "capital") and m.last + 1 < len(tokens) and \
                tokens[m.last + 1].text.endswith("s") and m.last + 2 < len(tokens) and \
                tokens[m.last + 2].norm in EVENT_NOUN_PREPOSITIONS:
            return True  # opening the sentence before a plural event noun and its preposition: "Israel strikes on"
        if not (opened or (m.first == m.last and m.first > 0 and tokens[m.first - 1].norm in article)):
            return False
        return m.kind == "org" or (m.kind == "country" and tokens[m.last].text.isupper())

    def agent_after_noun(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                         stop: int) -> list[ActorMention]:
        """"serangan oleh Israel", "raids by France and Chad": the agent of an event noun."""
        tokens = sentence.tokens
        for i in range(match_end, min(stop, match_end + 2)):
            if tokens[i].norm in self.cues["agent"]:
                return self.agent(sentence, actors, i, stop)
        return []

    def _verbal_noun_of(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """"the killing of X", "the bombing of X": a verb used as a noun takes its object, not its doer,
        after "of" (English "of" also names a source: "the support of X")."""
        return match.pos == "verb" and match.end < len(sentence.tokens) and \
            sentence.tokens[match.end].norm in self.cues["verbal_noun_object"]

    def _origin_after_noun(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                           stop: int) -> list[ActorMention]:
        """"usulan perdamaian dari X", "tawaran bantuan dari Y": whom a proposal, request or
        gift comes from, after "dari" a few words into its noun phrase."""
        tokens = sentence.tokens
        for i in range(match_end, min(stop, match_end + ORIGIN_WINDOW)):
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"]:
                return []
            if tokens[i].norm in self.cues["source_prep"]:
                by_first = _first_at(actors)
                k = by_first.get(i + 1)
                # ("korban dari kedua belah pihak": the two sides are no doer of what is "from" them)
                return self._group_from(sentence, actors, k) if k is not None and not actors[k].is_location \
                    and actors[k].kind != "both" else []
        return []

    def _patient_then_agent(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                            stop: int) -> tuple[list[ActorMention], list[ActorMention]]:
        """"the invasion of X by Y", "the release of two X hostages by Y": an event noun whose genitive
        ("of") is followed by an agent ("by") has the agent as its source and the genitive as its target.
        (Agent, patient), or two empty lists."""
        tokens = sentence.tokens
        if match_end >= stop or tokens[match_end].norm not in self.cues["genitive"]:
            return [], []
        by_first = _first_at(actors)
        for j in range(match_end + 1, min(stop, match_end + 1 + AFTER_PREP_WINDOW)):
            if j in by_first:
                patient = self._group_from(sentence, actors, by_first[j])
                agent = self.agent_after_noun(sentence, actors, patient[-1].last + 1, stop)
                return (agent, patient) if agent else ([], [])
            if tokens[j].norm in self.cues["agent"]:
                # "the shelling of the city by X", "of Kharkiv by X": a patient that is no actor (a place
                # stands for its country later)
                return self.agent(sentence, actors, j, stop), []
            if not tokens[j].is_word:
                break
        return [], []

    def _object_then_agent(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                           stop: int) -> tuple[list[ActorMention], list[ActorMention]]:
        """"penyitaan sebuah kapal oleh X", "pembebasan lima belas tahanan Y oleh X", "penembakan terhadap
        warga Y oleh X": a transitive action noun whose object phrase (with a count, an article or a
        preposition) runs up to "oleh" has the agent after it as its source and an actor in the object
        phrase as its target. (Agent, patient), or two empty lists."""
        tokens = sentence.tokens
        passive = self.morphology.is_passive_form if self.morphology is not None else (lambda _: False)
        for i in range(match_end + 1, min(stop, match_end + OBJECT_AGENT_SPAN)):
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"] or passive(tokens[i].norm):
                break  # ("bantuan itu diberikan oleh X": the agent of a passive verb, not of the noun)
            if tokens[i].norm in self.cues["agent"]:
                agent = self.agent(sentence, actors, i, stop)
                inside = [k for k, m in enumerate(actors) if match_end <= m.first and m.last < i
                          and not m.is_location]
                return (agent, self._group_from(sentence, actors, inside[0]) if inside else []) if agent \
                    else ([], [])
        return [], []

    def _relative_agent(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                        stop: int) -> list[ActorMention]:
        """"penembakan yang dilakukan oleh milisi": the agent of a passive relative clause on the noun."""
        tokens = sentence.tokens
        for i in range(match_end, min(len(tokens) - 1, match_end + 3)):
            if tokens[i].norm == "yang":
                v = i + 1
                while v < len(tokens) - 1 and tokens[v].norm in AUXILIARIES:
                    v += 1  # "serangan udara yang kembali dilancarkan Israel"
                verb = tokens[v].norm
                if verb.startswith("di") and verb in self.light_verbs:
                    return self.agent(sentence, actors, v + 1, len(tokens))
                return []
        return []

    def agent(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
              stop: int) -> list[ActorMention]:
        """The agent of a passive: after "oleh", or right after the verb ("Gaza diserang Israel")."""
        tokens = sentence.tokens
        by_first = _first_at(actors)
        if match_end in by_first:
            return self._group_from(sentence, actors, by_first[match_end])
        at = match_end
        closing = self.cues["instrument"] | self.cues["resultative"] | self.cues["anaphor_org"] | \
            self.cues["postnominal"] | AGENT_QUANTIFIERS
        while at < min(stop, match_end + 3) and tokens[at].norm in closing:
            # "diserang rudal Iran", "dihantam drone Rusia": the weapon stands for its owner; "ditembak
            # mati X", "ditembak jatuh jet X": a word of the result closes the verb before its agent;
            # "diculik kelompok Abu Sayyaf": a group word before the group's name; "dikecam seluruh
            # fraksi", "dikritik sejumlah anggota DPR": a quantifier opens the agent's phrase; "dikecam keras
            # Turki": a word of manner that also follows event nouns (cue postnominal) comes before it
            at += 1
        if at < stop and tokens[at].norm.split("-")[0] in self.cues["anaphor_vessel"]:
            # "diusir kapal patroli TNI AL", "ditabrak kapal China": a vessel (the nouns "kapal tersebut"
            # refers back with, cue anaphor_vessel; "kapal-kapal" too), and the words of its kind, stand for
            # the force or state it belongs to
            at += 1
            while at < min(stop, match_end + 1 + OWNER_REACH + 1) and at not in by_first and tokens[at].is_word \
                    and not tokens[at].is_capitalised:
                at += 1
        if at > match_end and at in by_first:
            return self._group_from(sentence, actors, by_first[at])
        for i in range(match_end, min(stop, match_end + PREP_WINDOW)):
            if tokens[i].norm in self.cues["agent"]:
                j, limit = i + 1, min(stop, i + 1 + AFTER_PREP_WINDOW)
                while j < limit:
                    if j in by_first and not actors[by_first[j]].is_location:
                        # ("diculik oleh kelompok bersenjata di Nigeria": the place is where, not who)
                        group = self._group_from(sentence, actors, by_first[j])
                        if not self._examples_follow(tokens, j, limit) or not self._common_head(
                                tokens, group[-1].last + 1, group[-1].kind):
                            return group
                    if self._examples_follow(tokens, j, j + 1):
                        # "denounced by several neighbours, including Peru": the unnamed agents are those
                        # the examples name
                        limit = max(limit, min(len(tokens), j + 3 + AFTER_PREP_WINDOW))
                    j += 1
                break
        return []

    @staticmethod
    def _common_head(tokens: list, after: int, kind: str) -> bool:
        """Whether the noun phrase an actor opens goes on to a common noun ("EU members", "Arab
        states"), or the actor is a bare role word ("several governments"): the phrase is no name."""
        return kind == "role" or (after < len(tokens) and tokens[after].is_word and not tokens[after].is_capitalised)

    def _examples_follow(self, tokens: list, j: int, limit: int) -> bool:
        """Whether ", including" follows token ``j`` by ``limit`` ("several Arab states, including")."""
        return any(tokens[k].norm in self.cues["example"] and tokens[k - 1].text == ","
                   for k in range(j + 1, min(len(tokens), limit + 2)))

    def genitive(self, sentence: Sentence, actors: list[ActorMention], match_end: int,
                 stop: int, match_start: int = -1) -> list[ActorMention]:
        """The possessor of an event noun, right after it: "serangan Israel", "kunjungan Lula ke Beijing"."""
        tokens = sentence.tokens
        # adjectives that follow an event noun before its possessor ("kecaman keras Prancis", "kunjungan
        # resmi Presiden X", "serangan balasan Iran")
        after = match_end
        while after < min(stop, match_end + 2) and tokens[after].norm in self.cues["postnominal"]:
            after += 1
        for k, m in enumerate(actors):
            # right after the noun or a post-nominal adjective, or sharing its last word ("operasi militer
            # Turki": "militer Turki"), or after a plural or quantity word ("tuntutan para buruh")
            if (m.first in (match_end, after) or (match_start < m.first < match_end <= m.last + 1) or (
                    m.first == match_end + 1 and tokens[match_end].norm in QUANTIFIERS)) \
                    and m.first < stop and not m.is_location and m.kind != "adjective":
                origin = self._origin_of_bare_role(sentence, actors, m, stop)
                return origin or self._group_from(sentence, actors, k)
        return []

    def _origin_of_bare_role(self, sentence: Sentence, actors: list[ActorMention], m: ActorMention,
                             stop: int) -> list[ActorMention]:
        """"serangan militer langsung dari Iran": a bare role word that took the article's country,
        followed by "dari X", is X's (its role composed with X's country)."""
        if m.role is None:
            return []
        origin = self._origin_after_noun(sentence, actors, m.last + 1, stop)
        return [replace(o, code=o.country + m.role) if o.code == o.country else o
                for o in origin if o.country and o.country != m.country]

    def _subject_of_passive_light_verb(self, sentence: Sentence, actors: list[ActorMention],
                                       match: PredicateMatch, stop: int) -> int | None:
        """The passive light verb ("diberikan", "digelar") whose subject is the event noun opening its
        clause ("Bantuan senilai 50 juta dolar itu diberikan ..."): its index, or None. Only plain words
        (no verb, no actor but a currency) stand between the noun and the light verb."""
        tokens = sentence.tokens
        if match.start - self.clause_start(sentence, match.start) > 1:
            return None
        for i in range(match.end, min(stop, match.end + LIGHT_SUBJECT_WINDOW)):
            tok = tokens[i]
            if tok.norm in self.light_verbs and tok.norm.startswith(PASSIVE_PREFIX) and \
                    self._passive_light_verb(sentence, i):
                return i
            if not tok.is_word or tok.norm in self.cues["relative"] or self.is_predicate(tok.norm):
                return None
        return None

    def _nominalised_passive(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch) -> int | None:
        """Where the name starts after a passive verb closed by "-nya" ("terbunuhnya X", "diculiknya
        dua warga"): in news the nominal "the killing of X", not "killed by him"."""
        tokens = sentence.tokens
        if not tokens[match.end - 1].text.lower().endswith("nya"):
            return None
        at = match.end
        while at < len(tokens) and at < match.end + 2 and (tokens[at].text.isdigit() or
                                                          tokens[at].norm in self.cues["quantity"]):
            at += 1  # "diculiknya dua warga"
        return at if any(m.first == at and not m.is_location for m in actors) else None

    def _passive_light_verb(self, sentence: Sentence, i: int) -> bool:
        """"dilakukan oleh", "was carried out by": a light verb in the passive."""
        if self.morphology is not None and self.morphology.is_passive_form(sentence.tokens[i].norm):
            return True
        return self._after_auxiliary(sentence, i)

    def _after_auxiliary(self, sentence: Sentence, i: int) -> bool:
        tokens = sentence.tokens
        for j in range(i - 1, max(-1, i - 3), -1):
            if tokens[j].norm in self.cues["passive_aux"]:
                return True
            if not tokens[j].is_word:
                break
        return False

    def _reduced_passive(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention]) -> bool:
        """"talks between X and Y, mediated by Qatar", "a truce brokered by Egypt": a go-between's or a
        host's participle with no form of "be" before it and "by" and an actor after it is a passive
        reduced to a modifier of the talks (tried for every participle, it cost precision on unseen news)."""
        tokens = sentence.tokens
        end = match.end
        object_first = end == match.start + 1 and any(w is not None for w in match.compiled.words)
        if (match.entry.code not in MEDIATION_CODES | HOST_CODES and not object_first) or end >= len(tokens) or \
                tokens[end].norm not in self.cues["agent"]:
            # (also a participle whose pattern's object stands before it: "a missile fired by X")
            return False
        first = end + 2 if end + 2 < len(tokens) and tokens[end + 1].norm in self.cues["article"] else end + 1
        return any(m.first == first and not m.is_location for m in actors)

    # -- the finder ---------------------------------------------------------------------------------
    def __call__(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                 actors: list[ActorMention], predicates: list[PredicateMatch],
                 light_verb: int | None, light_kind: str | None = None,
                 ) -> tuple[list[ActorMention], list[ActorMention], str]:
        sources, targets, how = self._find(doc, sentence, match, actors, predicates, light_verb, light_kind)
        if sources and not targets and self._after_reciprocal(sentence, match.start if light_verb is None
                                                              else light_verb):
            # "X saling serang dengan Y di perbatasan": the other side of an act done each way follows "dengan"
            other, prep = self.after(sentence, actors, match.end, self.cues["comitative"],
                                     self.clause_end(sentence, match.end), False)
            # right after "dengan" ("dengan tentara X"; not "dengan kapal angkatan laut X": an instrument)
            other = [m for m in other if all(m is not s for s in sources)]
            if other and sentence.tokens[other[0].first - 1].norm in self.cues["comitative"]:
                return sources, other, f"{how}+reciprocal+{prep}"
        return sources, targets, how

    def _find(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
              predicates: list[PredicateMatch], light_verb: int | None, light_kind: str | None,
              ) -> tuple[list[ActorMention], list[ActorMention], str]:
        excluded = doc.excluded
        frame = match.entry.targets
        stop = self.clause_end(sentence, match.end)
        # the next predicate ends this one's reach for a direct object
        for other in predicates:
            # a later verb ends the reach for an object; an event noun does not ("mengecam serangan
            # Israel": the criticism is of Israel)
            if other.start >= match.end and other.pos == "verb":
                stop = min(stop, other.start) if "obj" in frame else stop
                break
        if frame & self.cues["between"]:
            # "membahas rancangan perjanjian antara A dan B": the parties belong to the nearer event noun
            nearer = min((p.start for p in predicates if match.end <= p.start), default=stop)
            between = self._between(sentence, actors, match.end, min(stop, nearer))
            if not between and nearer < stop:
                between = self._between_of_object(sentence, actors, match, predicates, nearer, stop)
            if len(between) > 1 and (match.entry.code in MEDIATION_CODES or match.entry.code in HOST_CODES):
                # "menjadi penengah antara Eritrea dan Etiopia": the two parties are whom the subject mediates
                # between
                mediator = self.subject(doc, sentence, actors, light_verb if light_verb is not None
                                        else match.start, excluded)
                if mediator:
                    return mediator, between, "between-parties"
            if len(between) > 1:
                doer = self._doer_of_between(doc, sentence, match, actors, predicates, light_verb, light_kind,
                                             between)
                parties = [m for m in between if m.code not in {d.code for d in doer}]
                if doer and parties:
                    # X VERBED the NOUN of ties between Y and Z: a verb with a subject of its own acts on
                    # both parties (on the others, when it is one of them)
                    return doer, parties, "between-parties"
                side = self._first_side(sentence, between)
                return between[:side], between[side:], "between"
        if light_kind == "receive":
            # "Hungaria menuai kritik dari Austria": the subject suffers, the source follows dari/oleh; the
            # nearest actor before the light verb first ("bantuan bagi Haiti dalam menghadapi tekanan dari
            # geng bersenjata": Haiti faces the pressure)
            lv = light_verb if light_verb is not None else match.start
            near = [k for k, m in enumerate(actors) if m.last < lv and lv - m.last <= 3 and not m.is_location]
            targets = (self._group_ending(sentence, actors, near[-1]) if near
                       else self.subject(doc, sentence, actors, lv, excluded))
            receive_frame = self.cues["agent"] | self.cues["source_prep"]
            sources, how = self.after(sentence, actors, match.end, receive_frame, stop, False)
            if not sources:
                # "mendapat persetujuan DPR", "menuai kecaman keras Prancis": the noun's possessor, right
                # after it, is whom the subject received it from
                sources = [m for m in self.genitive(sentence, actors, match.end, stop, match.start)
                           if not any(m is t for t in targets)]
                how = "genitive" if sources else how
            if not sources:
                sources, how = self._giver_elsewhere(sentence, actors, match, stop, targets)
            return sources, targets, "receive" + (f"+{how}" if how else "")
        voice, pos = match.voice, match.pos
        if nominal_use(sentence, match, self.cues):
            voice, pos = "nominal", "noun"  # "the raids by France", "an attack on" (not "to impeach")
        if match.compiled.template == "0v":
            if not _bare_verb(sentence, match.start, self.cues, actors):
                return [], [], ""  # a bare root that is not used as a verb here
            voice, pos = "active", "verb"  # "Israel serang Gaza"
        elif match.compiled.template == "0" and match.pos == "noun" and light_verb is None and \
                self.morphology is not None and match.entry.forms != ("0",) and \
                any(m.last == self._before_modal(sentence, match.start) - 1 and not m.is_location for m in actors):
            # a bare root with verbal forms too, right after its subject, is the verb of headlines and
            # plain speech ("Hamas tolak usulan", "Warga protes kebijakan"); after an adverb it may still
            # be a noun ("pengaktifan kembali sanksi")
            voice, pos = "active", "verb"
        if voice == "active" and match.compiled.template == "0" and self.morphology is not None and \
                "ed" in self.morphology.TEMPLATES and self._after_auxiliary(sentence, match.start) and \
                head_of(sentence, match) in self.morphology.generate(match.compiled.head, "ed"):
            voice = "participle"  # "was hit by": a verb whose participle is its base form ("hit", "cut")
        if voice == "participle":  # English "attacked": passive only after a form of "be"/"get"
            voice = "passive" if self._after_auxiliary(sentence, match.start) or \
                self._reduced_passive(sentence, match, actors) else "active"
        head_token = sentence.tokens[match.start]
        if pos == "noun" and light_verb is None:
            stop = self._before_receiver(sentence, match.end, stop)
            if "obj" in frame:
                # a transitive verb's object follows its noun with a preposition: "tuduhan China terhadap
                # Filipina", "penolakan Iran atas inspeksi", "accusations against"; a verb used as a noun
                # also takes it with "of" ("the shelling of X")
                frame = frame | self.cues["nominal_object"] | (
                    self.cues["verbal_noun_object"] if match.pos == "verb" else frozenset())
            if match.end > match.start + 1:
                # "the release of two X hostages by Y": a pattern that reaches into the noun's "of" phrase
                agent, patient = self._patient_then_agent(sentence, actors, match.start + 1, stop)
                if agent:
                    return agent, patient, "nominal+of-by"
            sources = self.genitive(sentence, actors, match.end, stop, match.start)
            if sources and match.compiled.template == "peN-an" and "obj" in frame and not self.after(
                    sentence, actors, sources[-1].last + 1, self.cues["nominal_object"], stop, False)[0]:
                # "penangkapan Maduro oleh AS": the possessor of a transitive action noun is its patient
                # (unless its own object follows: "penolakan Iran atas inspeksi PBB")
                agent = self.agent(sentence, actors, sources[-1].last + 1, stop)
                return agent, sources, "nominal+patient"
            if sources and all(m.role is not None for m in sources):
                # "serangan militer oleh X": a bare role word after the noun is its adjective when an
                # agent follows
                by = self.agent_after_noun(sentence, actors, sources[-1].last + 1, stop)
                if by:
                    targets, how = self.after(sentence, actors, by[-1].last + 1, frame, stop, False)
                    return by, targets, "nominal+agent" + (f"+{how}" if how else "")
            if sources:
                targets, how = self.after(sentence, actors, sources[-1].last + 1, frame, stop, False)
                return sources, targets, "nominal+genitive" + (f"+{how}" if how else "")
            sources = self._prenominal(sentence, actors, match.start)
            if not sources:
                agent, patient = self._patient_then_agent(sentence, actors, match.end, stop)
                if agent:
                    return agent, patient, "nominal+of-by"
                if "obj" in frame:
                    agent, patient = self._object_then_agent(sentence, actors, match.end, stop)
                    if agent:
                        return agent, patient, "nominal+object-agent"
                by = self.agent_after_noun(sentence, actors, match.end, stop) or (
                    self._origin_after_noun(sentence, actors, match.end, stop)
                    if match.entry.code[:2] in ORIGIN_ROOTS and not self._verbal_noun_of(sentence, match) else [])
                if by:
                    targets, how = self.after(sentence, actors, by[-1].last + 1, frame, stop, False)
                    if not targets:
                        # "Kecaman terhadap Israel juga datang dari X": the noun's own phrase, before its doer
                        targets, how = self.after(sentence, actors, match.end, frame - {"obj"}, by[0].first - 1,
                                                  False)
                        targets = [t for t in targets if all(t is not b for b in by)]
                    return by, targets, "nominal+agent" + (f"+{how}" if how else "")
            if sources:
                targets, how = self.after(sentence, actors, match.end, frame, stop, False)
                return sources, targets, "nominal+possessor" + (f"+{how}" if how else "")
            agent = self._relative_agent(sentence, actors, match.end, stop)
            if agent:
                # "sanksi yang dijatuhkan X terhadap Y": the target follows the agent in the relative clause
                after = agent[-1].last + 1
                targets, how = self.after(sentence, actors, after, frame - {"obj"}, self.clause_end(sentence, after),
                                          False)
                return agent, targets, "nominal+relative-agent" + (f"+{how}" if how else "")
            carried = self._subject_of_passive_light_verb(sentence, actors, match, stop)
            if carried is not None:
                # "Bantuan itu diberikan oleh Jepang kepada Filipina", "Unjuk rasa digelar serikat buruh":
                # the event noun is the subject of a light verb in the passive, whose agent does it
                agent = self.agent(sentence, actors, carried + 1, stop)
                if agent:
                    after = agent[-1].last + 1
                    targets, how = self.after(sentence, actors, after, frame - {"obj"}, stop, False)
                    if not targets:
                        # "Penangkapan terhadap X itu dilakukan oleh Y": the noun's own complement, before
                        # the light verb, names whom the act is done to
                        targets, how = self.after(sentence, actors, match.end, frame - {"obj"}, carried, False)
                    return agent, targets, "nominal+passive-light-verb" + (f"+{how}" if how else "")
            governed = self._governing_preposition(sentence, match.start)
            if governed is not None:
                # "dropped its objections after talks with the Commission": the main clause's subject
                sources = self.subject(doc, sentence, actors, governed, excluded)
                targets, how = self.after(sentence, actors, match.end, frame, stop, False)
                return sources, targets, "nominal+governed" + (f"+{how}" if how else "")
            if head_token.norm.endswith("nya") or self._phrase_ends_own(sentence, match) or (
                    match.compiled.template == "0" and _bare_verb(sentence, match.start, self.cues, actors)):
                sources = self.subject(doc, sentence, actors, match.start, excluded)
                targets, how = self.after(sentence, actors, match.end, frame, stop, False)
                return sources, targets, "nominal+subject" + (f"+{how}" if how else "")
            return [], [], ""
        named = self._nominalised_passive(sentence, actors, match) if voice == "passive" else None
        if named is not None:
            # "sejak terbunuhnya X", "setelah ditangkapnya X oleh polisi": a passive verb with -nya is
            # the noun of the event; the name after it suffered it, and its agent follows "oleh"
            patient = self._group_from(sentence, actors, _first_at(actors)[named])
            return self.agent(sentence, actors, patient[-1].last + 1, stop), patient, "passive-nominalised"
        if voice == "passive" or (light_verb is not None and self._passive_light_verb(sentence, light_verb)):
            subject = self.subject(doc, sentence, actors, min(match.start, light_verb or match.start), excluded)
            if match.entry.code[:2] in SELF_ACTING_ROOTS:
                # "pasukan Turki dikerahkan ke perbatasan": deployed forces act themselves (named right
                # before the verb: "roket yang ditembakkan" far from any actor has no source)
                subject = [m for m in subject if m.last >= match.start - 3]
                agent = self.agent(sentence, actors, match.end, stop)
                targets, how = self.after(sentence, actors, match.end, frame - {"obj"}, stop, False)
                return agent or subject, targets, "passive-self" + (f"+{how}" if how else "")
            sources = self.agent(sentence, actors, match.end, stop)
            if not subject and sources and frame - {"obj"}:
                # "Sanksi baru dijatuhkan X terhadap Y": the subject is the event's own noun, and the target
                # follows the agent with a preposition of the frame
                after = sources[-1].last + 1
                targets, how = self.after(sentence, actors, after, frame - {"obj"},
                                          self.clause_end(sentence, after), False)
                return sources, targets, "passive" + (f"+{how}" if how else "")
            return sources, subject, "passive"
        begin = light_verb if light_verb is not None else match.start
        verb_starts = tuple(m.start for m in predicates if m.pos == "verb" and m.start < begin)
        if self._purpose_clause(sentence, begin):
            # "Jepang memanggil duta besar Rusia untuk melayangkan protes": after "untuk" the main
            # subject acts, unless the verb before asks its object to act ("meminta X untuk ...")
            verb_starts = tuple(m.start for m in predicates if m.pos == "verb" and m.start < begin
                                and m.entry.code[:2] in OBJECT_CONTROL_ROOTS)
        relative = self._object_relative(sentence, actors, begin, excluded) if "obj" in frame else None
        if relative is not None:
            return relative[0], relative[1], "object-relative"
        purposed = self._purpose_of_done_noun(sentence, actors, begin)
        sources = purposed if purposed is not None else \
            self._manner_of_passive(sentence, actors, predicates, begin) or \
            self._dispatched(sentence, actors, begin) or self._noun_controller(sentence, actors, begin) or \
            self._charged(sentence, actors, match, predicates) or \
            self.subject(doc, sentence, actors, begin, excluded, verb_starts) or \
            self._launcher(doc, sentence, actors, begin)
        # a gapped pattern ("menuduh Korea Utara meretas") may hold its object inside the gap
        object_from = match.start + 1 if _gapped(match) else match.end
        noun_starts = frozenset(m.start for m in predicates if m.pos == "noun" and m.start >= match.end)
        # "menahannya di Rutan KPK": a meN- verb with an object clitic has its object; KPK is no second one
        has_object = "obj" in frame and not self._object_clitic(sentence, match.start)
        targets, how = self.after(sentence, actors, object_from, frame, stop, has_object,
                                  multiword=match.end - match.start > 1 and bool(frame),
                                  noun_starts=noun_starts)
        if not targets and object_from != match.end and "obj" in frame:
            # "menolak usulan gencatan senjata Israel", "menyerukan perundingan damai antara A dan B": a
            # gapped pattern's target may stand after its last word, past the object window of its first;
            # "mengancam akan menindak tegas anggota ormas": no object in the gap, so after the pattern. A
            # role word of the subject's own state there is the pattern's adjective ("menarik bantuan
            # militer", "mengancam akan menarik bantuan militer untuk Mali")
            after, after_how = self.after(sentence, actors, match.end, frame, stop, True, noun_starts=noun_starts)
            if after and (sentence.tokens[after[0].first].is_capitalised
                          or not any(same_state(m, s) for m in after for s in sources)):
                targets, how = after, after_how
        if not targets and "obj" in frame and match.entry.code[:2] not in DESTINATION_ROOTS and \
                self._own_preposition(sentence.tokens, match.end):
            # "lashed out at X": the locative that made X a place is the phrasal pattern's own last word
            placed = [k for k, m in enumerate(actors) if m.first == match.end]
            if placed:
                targets, how = self._group_from(sentence, actors, placed[0]), "object"
        if not targets:
            inside = self._inside_pattern(sentence, actors, match)
            if inside:
                targets, how = inside, "inside"

        return sources, targets, ("light-verb" if light_verb is not None else "active") + (
            f"+{how}" if how else "")


#: mediation: "antara A dan B" names the parties, not a source and a target
MEDIATION_CODES = frozenset({"045", "039", "0331"})
#: hosting: a host of talks between two others stands between them as a go-between does
HOST_CODES = frozenset({"043"})
#: joint acts a third party can host, broker or stand between: meetings, talks, negotiations, agreements,
#: ceasefires, exchanges of prisoners
JOINT_TALK_CODES = frozenset({"040", "043", "044", "046", "057", "0871", "0841"})
#: proposals, offers, gifts and requests: "dari X" after their noun names who made them; so it does after
#: an act of force ("serangan dan tembakan dari tentara X": a place after "dari" is no doer)
ORIGIN_ROOTS = frozenset({"02", "03", "07", "10", "18", "19", "20"})
ORIGIN_WINDOW = 4  # tokens between such a noun and its "dari"
LAUNCHER_WINDOW = 4  # tokens from a weapon opening the clause to its "yang"
OBJECT_AGENT_SPAN = 8  # tokens from an action noun to the "oleh" after its object phrase
#: verbs whose object is charged with, or praised for, an act named after "of"/"for": praise and thanks,
#: criticism and accusation, condemnation, blame
CHARGING_ROOTS = frozenset({"05", "11", "12"})
#: verbs that ask their object to act ("meminta X untuk ...", "mendesak X agar ..."): appeals, demands
OBJECT_CONTROL_ROOTS = frozenset({"02", "10"})

COORDINATED_VERB_WINDOW = 10  # tokens between a first verb and the "dan" before the verb that goes on with it
AUXILIARIES = frozenset(
    ["akan", "telah", "sudah", "sedang", "tengah", "masih", "kini", "pernah", "harus", "bakal", "juga", "pun", "langsung", "segera", "kemudian", "lalu", "akhirnya", "belum", "tidak", "tak", "sempat", "kembali", "terus", "lantas", "saling",
     # evidential passives that work like auxiliaries: "yang diduga menembak", "Polisi diperkirakan akan ..."
     "diduga", "disebut", "dilaporkan", "dikabarkan", "diyakini", "dikhawatirkan", "diperkirakan"]
)


def _first_at(actors: list[ActorMention]) -> dict[int, int]:
    """Token index → the first actor starting there ("both sides" stands for two actors at one token)."""
    found: dict[int, int] = {}
    for k, m in enumerate(actors):
        found.setdefault(m.first, k)
    return found


def head_of(sentence: Sentence, match: PredicateMatch) -> str:
    return sentence.tokens[match.start].norm


def nominal_use(sentence: Sentence, match: PredicateMatch, cues: Cues) -> bool:
    """A verb form used as a noun: a bare or -s form after a determiner or preposition ("the raids by
    France", "an attack on"; not "to impeach"), an -ing form after an article or possessive ("won the
    backing of", "their shelling of"; not "by dispersing them")."""
    if match.pos != "verb" or match.start == 0:
        return False
    prev = sentence.tokens[match.start - 1].norm
    template = match.compiled.template
    if template in NOUN_LIKE_TEMPLATES + ("ing",) and after_possessive(sentence, match.start):
        return True  # "Moscow's continued attacks on", "Russia's shelling of"
    if template in NOUN_LIKE_TEMPLATES:
        if prev in cues["determiner"] and not (template == "0" and prev in cues["infinitive"]):
            return True
        if template == "0" and match.start >= 2 and sentence.tokens[match.start - 1].is_capitalised and \
                sentence.tokens[match.start - 2].norm in INDEFINITE_ARTICLES:
            # "a Russian strike": "a" and a capitalised word before a base form make a noun phrase (not
            # "the": "the Houthis attack", "the Netherlands calls")
            return True
        if _the_adjective_noun(sentence, match):
            return True
        if _named_plural_act(sentence, match):
            return True
        if template == "s" and _object_of_verb_before(sentence, match.start, cues):
            return True
        return _after_modified_article(sentence, match.start, cues)
    tokens = sentence.tokens
    if template == "ing" and match.start >= 2 and tokens[match.start - 1].is_capitalised and \
            tokens[match.start - 2].norm in cues["article"] and match.end < len(tokens) and \
            tokens[match.end].norm == "of":
        return True  # "the US bombing of", "the Israeli shelling of": an article, a name, an -ing form, "of"
    return template == "ing" and prev in cues["article"]


def _named_plural_act(sentence: Sentence, match: PredicateMatch) -> bool:
    """"Ukrainian attacks on Russian territory", "Israeli strikes on Gaza", "US sanctions on Iran": a name or
    an adjective of origin, an -s form of an act of force or coercion (roots 15-20) and a preposition an
    event noun takes make a plural noun phrase, whose doer is the name (a verb in -s takes its object
    without one: "Israel strikes Gaza"; "calls on" is no act of force)."""
    tokens, i = sentence.tokens, match.start
    return match.compiled.template == "s" and i >= 1 and match.end < len(tokens) and \
        tokens[i - 1].is_capitalised and tokens[i - 1].is_word and match.entry.code[:2] in FORCE_ROOTS and \
        tokens[match.end].norm in EVENT_NOUN_PREPOSITIONS


def _object_of_verb_before(sentence: Sentence, start: int, cues: Cues) -> bool:
    """"condemned attacks on civilians", "would not tolerate strikes on", "to continue raids": an -s form
    right after a verb in the past or after "to"/a modal/"not" and a base verb is that verb's object, a
    plural noun (a verb's own -s form follows its subject, not another verb)."""
    tokens = sentence.tokens
    prev = tokens[start - 1]
    if not prev.is_word or prev.is_capitalised or prev.norm in cues.all:
        return False
    if prev.norm.endswith("ed"):
        return True
    return start >= 2 and any(tokens[start - 2].norm in cues[kind] for kind in ("infinitive", "future", "negation"))


def _the_adjective_noun(sentence: Sentence, match: PredicateMatch) -> bool:
    """"the Israeli strike on", "the Turkish attack against": "the", a capitalised word that is no plural
    (an adjective of nationality or a singular name), a base form and a preposition an event noun takes
    make a noun phrase; a plural subject ("the Houthis attack on Sunday") keeps its verb."""
    tokens, i = sentence.tokens, match.start
    if match.compiled.template != "0" or i < 2 or match.end >= len(tokens):
        return False
    name = tokens[i - 1]
    return tokens[i - 2].norm == "the" and name.is_capitalised and not name.text.endswith("s") and \
        tokens[match.end].norm in EVENT_NOUN_PREPOSITIONS


def before_modifiers(sentence: Sentence, i: int, cues: Cues, most: int = 3) -> int:
    """The index before the lower-case words (up to ``most``, none of them a function word) that stand
    right before token ``i``: the modifiers of a noun ("a brief private visit")."""
    tokens = sentence.tokens
    j = i - 1
    while j > i - 1 - most and j >= 0 and tokens[j].is_word and not tokens[j].is_capitalised and \
            not any(tokens[j].norm in cues[kind] for kind in MODIFIER_STOPS):
        j -= 1
    return j


def _after_modified_article(sentence: Sentence, i: int, cues: Cues) -> bool:
    """A preposition, an article and a few lower-case modifiers before the word: "during a short official
    visit to", "with the new joint patrols". (Not after a subordinator: "after the president visits".)"""
    tokens = sentence.tokens
    j = before_modifiers(sentence, i, cues)
    if j == i - 1 or j < 1 or tokens[j].norm not in cues["article"]:
        return False
    before = tokens[j - 1].norm
    return (before in cues["determiner"] or before in cues["event_preposition"]) and \
        before not in cues["subordinator"] and before not in cues["infinitive"] and before not in cues["article"]


def after_possessive(sentence: Sentence, i: int) -> bool:
    """A possessive 's right before the word, or before one lower-case adjective that precedes it."""
    tokens = sentence.tokens
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        if tokens[j].norm in POSSESSIVE_MARKS and j > 0 and tokens[j - 1].is_word:
            return True
        if not (tokens[j].is_word and not tokens[j].is_capitalised):
            return False
    return False


def _bare_verb(sentence: Sentence, i: int, cues: Cues, actors: list[ActorMention] | None = None) -> bool:
    """A bare root used as a verb: after an auxiliary or adverb ("akan protes", "juga setuju") or right
    after its subject ("Thailand setuju")."""
    if i == 0 or sentence.tokens[i].norm in cues["preposition"]:
        return False  # "resolusi PBB tentang Ukraina": a preposition, not the bare root of menentang
    prev = sentence.tokens[i - 1].norm
    if prev in AUXILIARIES or prev in cues["negation"] or prev in cues["relative"]:
        return True  # "akan protes", "tidak setuju", "yang tiba di Jakarta"
    if prev in cues["willing"] or prev in cues["plan"] or prev in cues["refusal"]:
        return True  # headlines: "Indonesia Siap Kirim Bantuan", "Trump Ingin Temui Putin", "Enggan Serahkan"
    # right after its subject, or after the subject's abbreviation in brackets ("Uni Eropa (UE) siap ...")
    end = i - 2 if sentence.tokens[i - 1].text == ")" else i - 1
    return any(m.last == end and not m.is_location for m in actors or ()) or \
        _after_closed_relative(sentence, i, cues, actors or [])


def _after_closed_relative(sentence: Sentence, i: int, cues: Cues, actors: list[ActorMention]) -> bool:
    """Right after a relative clause set off by commas after its subject ("India dan Pakistan, yang
    bertempur pada Mei, sepakat ..."): the bare root is that subject's verb."""
    tokens = sentence.tokens
    if tokens[i - 1].text != ",":
        return False
    opening = next((j for j in range(i - 2, 0, -1) if tokens[j].text == ","), None)
    return opening is not None and opening + 1 < i - 1 and tokens[opening + 1].norm in cues["relative"] and \
        any(m.last == opening - 1 and not m.is_location for m in actors)


def same_state(a: ActorMention, b: ActorMention) -> bool:
    """Both of one country's state: the country itself, its government, armed forces or intelligence."""
    ca, cb = a.code or "", b.code or ""
    return bool(ca) and ca[:3] == cb[:3] and ca[3:6] in STATE_ROLE_CODES and cb[3:6] in STATE_ROLE_CODES


def _hyphen(between: list) -> bool:
    return len(between) == 1 and between[0].text == "-"


def _gapped(match: PredicateMatch) -> bool:
    return any(w is None for w in match.compiled.words)
