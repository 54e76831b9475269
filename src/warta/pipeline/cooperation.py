"""Joint acts: the partners, go-betweens and hosts of consultation and cooperation.

A mixin of the events component (:class:`warta.pipeline.events.EventFinder`): partners named with "bersama"
or "dengan" share a joint act ("X bersama Y menggelar latihan", "X bergabung dengan Y dan Z menggelar ..."),
who joins a joint act reported before takes part in it, a go-between ("dengan mediasi X") or a third party
holding talks between two others mediates between them, a joint act done on a visit is done with the host,
agreeing to cooperate is the intent to, and a counterpart from a country holds the source's office there.
"""

from __future__ import annotations

from dataclasses import replace

from ..lang.lexicon import PredicateMatch
from .doc import ActorMention, Doc, Predicate, Sentence

#: codes that are mutual when coordinated actors do them together ("Chile dan Peru meneken nota
#: kesepahaman", "bentrokan antara Sudan dan Chad"): the first acts on the others
MUTUAL_CODES = frozenset(
    ["030", "036", "040", "041", "044", "046", "050", "054", "057", "060", "061", "062", "063", "064", "084", "0841", "0871",
     "190", "193", "194"]
)
#: joint events that others can join ("ikut serta dalam latihan gabungan"): cooperation, not conflict
JOINABLE_CODES = MUTUAL_CODES - {"190", "193", "194", "084", "0841"}
#: intent, consultation and cooperation: done with others, never with one's own country
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06"})
#: agreeing, and what agreeing to cooperate is: intent to cooperate, of the kind of cooperation agreed to
AGREEMENT_CODE = "057"
INTENT_TO_COOPERATE = {"04": "036", "05": "030", "06": "030", "061": "0311", "062": "0312", "063": "0313", "064": "0314"}
#: (agreeing to meet or talk, "sepakat menggelar pertemuan lanjutan", is the intent to meet: 036)
COOPERATION_WINDOW = 2  # words between the verb after "sepakat" and the cooperation it names
#: a visit
VISIT_CODE = "042"
#: a visit, a meeting, hosting a guest: occasions whose other party shares the joint acts done on them
OCCASION_CODES = frozenset({VISIT_CODE, "040", "043"})
#: an invitation (to meet, visit or talk)
INVITATION_CODE = "036"
#: the code of mediation
MEDIATION_CODE = "045"


def _side(code: str | None) -> str:
    """The side an actor code stands for: its country, or an international organisation whole."""
    code = code or ""
    return code if code.startswith(("IGO", "NGO")) else code[:3]


class JointActs:
    """Partners, go-betweens and hosts (a mixin: it uses the events component's ``cues``, ``arguments``
    and ``light_verbs``)."""

    def _intermediary(self, sentence: Sentence, i: int) -> bool:
        """A go-between noun governed by a preposition: "dengan mediasi", "melalui perantaraan"."""
        return i > 0 and sentence.tokens[i - 1].norm in self.cues["preposition"] and \
            self.arguments.intermediary_at(sentence, i)

    def _mediation(self, doc: Doc, sentence: Sentence, actors: list[ActorMention]) -> None:
        """"A dan B menyepakati ... dengan mediasi X", "berunding dengan fasilitasi X":
        the go-between named after the noun mediates (045) between the parties of the event before it,
        who act on each other, not on the mediator."""
        tokens = sentence.tokens
        for i in range(1, len(tokens) - 1):
            if not self._intermediary(sentence, i):
                continue
            first = next((k for k, m in enumerate(actors) if m.first == i + 1 and not m.is_location), None)
            if first is None:
                continue
            # "dengan mediasi Mesir dan Qatar": every go-between of the list mediates
            mediators = self.arguments._group_from(sentence, actors, first)
            sides = {_side(m.code) for m in mediators}
            parties: dict[str | None, ActorMention] = {}
            for pred in reversed(doc.predicates):
                if pred.sentence == sentence.index and pred.first < i and pred.code != MEDIATION_CODE:
                    for m in pred.sources + pred.targets:
                        if _side(m.code) not in sides:
                            parties.setdefault(m.code, m)
                    break
            if len(parties) < 2:
                continue
            pred = Predicate(sentence.index, i, i, MEDIATION_CODE,
                             f"{doc.language}.mediation: {tokens[i].norm} X between the parties", "nominal", "noun")
            pred.sources, pred.targets = list(mediators), list(parties.values())
            doc.predicates.append(pred)

    def _participation(self, doc: Doc, sentence: Sentence, actors: list[ActorMention]) -> None:
        """"Tentara Kanada dan Chile ikut serta", "diikuti oleh peserta dari Kanada, Chile ...":
        who joins a joint event reported before (an exercise, a summit, talks) does that event with its
        organiser. Only in a sentence that says someone takes part, and only for actors of other countries
        than the organisers."""
        tokens = sentence.tokens
        cues = [i for i, t in enumerate(tokens) if t.norm in self.cues["participate"]]
        if not cues or not actors:
            return
        joined = next((p for p in reversed(doc.predicates)
                       if p.sentence <= sentence.index and p.code in JOINABLE_CODES and p.sources
                       and (p.targets or len(p.sources) > 1)), None)
        if joined is None:
            return
        organisers = joined.sources + joined.targets
        taken = {_side(m.code) for m in organisers}
        by_first = {m.first: k for k, m in enumerate(actors)}
        groups: list[list[ActorMention]] = []
        for i, tok in enumerate(tokens):
            if tok.norm not in self.cues["participant"]:
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].norm in self.cues["source_prep"]:
                j += 1
            if j in by_first:
                groups.append(self._listed(sentence, actors, by_first[j]))
        for v in cues:
            if tokens[v].norm in self.cues["participant"] or any(
                    tokens[j].norm in self.cues["agent"] for j in range(v + 1, min(len(tokens), v + 2))):
                continue  # "diikuti oleh": the agent is the participant list handled above
            start = self.arguments.clause_start(sentence, v)
            subject = [m for m in actors if start <= m.first and m.last < v
                       and not m.is_location and m.kind not in ("media", "pronoun")]
            if subject:
                groups.append(self._listed(sentence, actors, actors.index(subject[0])))
        head = cues[0]
        done: set[str] = set()
        for group in groups:
            joiners = [m for m in group if m.code and _side(m.code) not in taken and m.code not in done]
            if not joiners:
                continue
            done.update(m.code for m in joiners)
            pred = Predicate(sentence.index, head, head, joined.code,
                             f"{doc.language}.participation: joins {joined.rule}", "active", "verb")
            pred.sources, pred.targets = joiners, organisers[:1]
            doc.predicates.append(pred)

    def _companions(self, sentence: Sentence, actors: list[ActorMention], sources: list[ActorMention],
                    verb: int) -> list[ActorMention]:
        """The partners of a joint act named between its subject and its verb, after "bersama" or after
        "dengan" that follows a verb of joining ("bergabung dengan Y dan Z")."""
        tokens = sentence.tokens
        by_first = {m.first: k for k, m in enumerate(actors)}
        for i in range(sources[-1].last + 1, verb):
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"]:
                return []
            joining = tokens[i].norm in self.cues["preposition"] and i > 0 and \
                tokens[i - 1].norm in self.cues["participate"]
            if (tokens[i].norm in self.cues["comitative"] or joining) and i + 1 in by_first:
                own = {_side(m.code) for m in sources}
                return [m for m in self._listed(sentence, actors, by_first[i + 1]) if _side(m.code) not in own]
        return []

    @staticmethod
    def _hyphenated(sentence: Sentence, sources: list[ActorMention]) -> bool:
        """Sources named as a hyphenated pair ("US-UK", "AS-Inggris")."""
        between = sentence.tokens[sources[0].last + 1 : sources[1].first]
        return len(between) == 1 and between[0].text == "-"

    def _third_party_host(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], pred: Predicate,
                          after: int) -> None:
        """"Perundingan antara A dan B digelar oleh X": the agent of the passive
        light verb that follows the joint act, no party itself, brings the parties together (045 with each)."""
        tokens = sentence.tokens
        end = self.arguments.clause_end(sentence, after)
        light = next((j for j in range(after, end) if tokens[j].norm in self.light_verbs), None)
        if light is None or not self.arguments.morphology or \
                not self.arguments.morphology.is_passive_form(tokens[light].norm):
            return
        hosts = self.arguments.agent(sentence, actors, light + 1, len(sentence.tokens))
        parties = pred.sources + pred.targets
        sides = {_side(m.code) for m in parties}
        hosts = [m for m in hosts if _side(m.code) not in sides and not m.is_location]
        if not hosts:
            return
        host = Predicate(sentence.index, light, light, MEDIATION_CODE,
                         f"{doc.language}.third-party-host: {sentence.tokens[light].norm} (oleh) X", "passive", "verb")
        host.sources, host.targets = hosts, list(parties)
        doc.predicates.append(host)

    def _agreed_cooperation(self, sentence: Sentence, match: PredicateMatch,
                            matches: list[PredicateMatch]) -> PredicateMatch | None:
        """The cooperation (05, 06) that a verb of agreeing governs through a verb ("sepakat (untuk)
        memperkuat kerja sama pertahanan"), not an agreement signed ("sepakat dengan", "menyepakati perjanjian")."""
        tokens = sentence.tokens
        i = match.end
        if i < len(tokens) and tokens[i].norm in self.cues["purpose"]:
            i += 1
        morphology = self.arguments.morphology
        if i >= len(tokens) or morphology is None or not morphology.looks_verbal(tokens[i].norm):
            return None
        if tokens[i].norm in self.cues["passive_aux"]:
            return None  # "the agreement was welcomed by X": the agreement is the subject, not agreeing to act
        for inner in matches:
            if i <= inner.start <= i + COOPERATION_WINDOW and inner.entry.code[:2] in INTENT_TO_COOPERATE:
                return inner
        return None

    def _counterparts(self, sentence: Sentence, sources: list[ActorMention],
                      targets: list[ActorMention], actors: list[ActorMention] = ()) -> list[ActorMention]:
        """"Menteri Pertahanan X bertemu dengan mitranya dari Y dan Z", "met his Ugandan counterpart": the
        countries named after a counterpart noun, or as its adjective, stand for the holders of the
        source's office there (YGOV, ZGOV)."""
        tokens = sentence.tokens
        if not targets or not sources:
            return targets
        if len(targets) == 1 and targets[0].kind == "pronoun":
            # "met her Venezuelan counterpart": the possessive is the subject's own; the adjective after it
            # names the counterpart's country
            owned = [m for m in actors if m.first == targets[0].last + 1 and m.kind == "adjective"]
            targets = owned or targets
        first, last = targets[0].first, targets[-1].last
        before = first >= 2 and tokens[first - 1].norm in self.cues["source_prep"] and \
            tokens[first - 2].norm in self.cues["counterpart"]
        # "met his Ugandan counterpart": a country adjective right before the counterpart noun
        adjective = last + 1 < len(tokens) and tokens[last + 1].norm in self.cues["counterpart"] and \
            all(m.kind == "adjective" for m in targets)
        if not before and not adjective:
            return targets
        source = sources[0]
        if not source.code or not source.country or len(source.code) <= len(source.country) or \
                not source.code.startswith(source.country):
            return targets
        role = source.code[len(source.country):]
        return [replace(t, code=t.country + role) if t.country and t.code == t.country else t for t in targets]

    @staticmethod
    def _visit_hosts(doc: Doc, sentence: Sentence, before: int, sources: list[ActorMention]) -> list[ActorMention]:
        """The hosts of the visit the same sources made earlier in the sentence, or the others at the meeting
        they held or hosted there ("bertemu Presiden Y di Moskow dan menandatangani perjanjian", "menerima
        Perdana Menteri Y di Istana, lalu membahas ...")."""
        own = {_side(m.code) for m in sources}
        for pred in reversed(doc.predicates):
            if pred.sentence != sentence.index:
                break
            if pred.code in OCCASION_CODES and pred.first < before and pred.targets and \
                    own & {_side(m.code) for m in pred.sources}:
                return list(pred.targets)
        return []

    def _listed(self, sentence: Sentence, actors: list[ActorMention], k: int) -> list[ActorMention]:
        """Actors listed from actors[k] on, including a list that ends in an open tail ("Australia, Jepang,
        Inggris, dan negara-negara lainnya"), which the argument finder's groups would cut."""
        group = [actors[k]]
        tokens = sentence.tokens
        while k + 1 < len(actors):
            cur, nxt = actors[k], actors[k + 1]
            if nxt.first != cur.first and not self.arguments.joins(tokens[cur.last + 1 : nxt.first]):
                break
            group.append(nxt)
            k += 1
        return group
