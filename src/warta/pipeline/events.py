"""Events: predicates (verbs and event nouns) → CAMEO codes with source and target.

The language's event lexicon finds predicates; light verbs ("melakukan serangan", "memberikan bantuan")
hand their subject to the event noun after them; the argument finder gives source and target; coordinated
actors give one event each; two coordinated sources with no target act on each other ("Rusia dan Venezuela
menandatangani perjanjian").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

from ..knowledge.places import FILLERS
from ..lang.cues import Cues
from ..lang.lexicon import EventLexicon, PredicateMatch
from ..tokens import Token, normalise
from ..tsvdata import read_tsv
from .actors import STATE_ROLES, state_body
from .arguments import AUXILIARIES as AUXILIARY_WORDS
from .arguments import (
    OBJECT_CONTROL_ROOTS,
    POSSESSIVE_MARKS,
    ArgumentFinder,
    after_possessive,
    before_modifiers,
    nominal_use,
)
from .cooperation import (
    AGREEMENT_CODE,
    COOPERATION_ROOTS,
    INTENT_TO_COOPERATE,
    INVITATION_CODE,
    MEDIATION_CODE,
    MUTUAL_CODES,
    JointActs,
    _side,
)
from .doc import ActorMention, Doc, Predicate, Sentence
from .intentions import GENERIC_INTENT, condition_subject, intent_code, threatener_in_gap
from .merge import compatible
from .nonevents import generic_act, inscribed, made_thing
from .obligations import APPEAL_CODE, DEMAND_CODE, Obligations, request_code
from .replies import Replies
from .trace import MatchTrace, trace_wanted
from .unstated import UnstatedSources

LIGHT_VERB_WINDOW = 2
#: light verbs that take the event's target as an indirect object before the noun ("gave Kyiv an
#: ultimatum", "sent Moscow a warning", "offered Manila assistance")
GIVING_LIGHT_VERBS = frozenset({"give", "gives", "gave", "given", "giving", "send", "sends", "sent", "sending",
                                "offer", "offers", "offered", "offering", "grant", "grants", "granted", "granting",
                                "hand", "hands", "handed", "handing"})
#: ... and in a language without articles, with the receiver right before the noun ("memberi Hamas ultimatum")
BARE_GIVING_LIGHT_VERBS = frozenset({"memberi", "memberikan"})
#: coordinators between the modifiers of one event noun ("a new air and ground offensive")
MODIFIER_COORDINATORS = frozenset({"and", "or"})
#: particles of phrasal verbs of fending off ("fended off an attack", "beat back an assault")
REPEL_PARTICLES = frozenset({"off", "back"})
MODIFIER_RUN = 3
#: tokens between an event noun heading a subject and the receiving light verb ("attack on the Israeli port drew")
SUBJECT_EVENT_WINDOW = 5  # lower-case modifiers before_modifiers reads by default
CONTAINER_WINDOW = 3  # "adopted a new | package of sanctions": verb, article, adjective
RECEIVED_MODIFIERS = 2  # "received strong military | support from": modifiers between a receiving verb and its noun
#: joint acts that are two directed acts, one each way: an exchange of prisoners is two releases
EACH_WAY_CODES = frozenset({"084", "0841"})
#: reactions whose target may be the doer of the event they react to
OBJECT_EVENT_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13", "19"})
OBJECT_EVENT_WINDOW = 3
OBJECT_AGENT_WINDOW = 8  # tokens from a reaction to the "oleh" of its object's doer
#: reactions that may point back at an earlier event ("menyambut usulan tersebut")
ANAPHORA_ROOTS = frozenset({"01", "05", "10", "11", "12", "13"})
ANAPHORA_WINDOW = 5  # tokens after a reaction in which "this"/"the move" is looked for
#: cue kinds of words that never modify a noun ("sanctions on Iran", "talks with the rebels")
NOT_MODIFIER_KINDS = ("preposition", "locative", "source_prep", "particle", "event_preposition", "between",
                      "agent", "determiner", "article", "coordinator", "boundary")
#: the code of an accusation
ACCUSATION_CODE = "112"
ADDRESSEE_WINDOW = 3  # tokens between a demand and the "agar" of what it asks for
ADDRESSEE_GROUP_TAIL = 2  # words after a group asked to act ("negara-negara | Islam")
#: hosting (043) implies the guest's visit (042)
HOSTING_CODES = {"043": "042"}
#: mediation happens between the two sides of the article's conflict
BETWEEN_SIDES_CODES = frozenset({"045", "039"})
#: kinds of place the knowledge base already knows as actors (Rusia, Moskow)
ACTOR_PLACE_KINDS = frozenset({"country", "capital"})
#: violence: the verbs of one violent sequence share their victim
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
#: words naming a kind of place before its name ("Kota Odesa", "City of ..."): no given name
PLACE_FILLERS = frozenset().union(*FILLERS.values())
#: words that may stand between a violent event noun and the verb of its effect ("strikes on X killed")
EFFECT_WINDOW = 4
#: ... and a whole noun phrase with no relative clause or attribution in it ("serangan udara X atas kamp milisi di
#: dekat kota Y kemarin telah menewaskan"; not "serangan X yang menurut Y menewaskan")
LONG_EFFECT_WINDOW = 10
#: targets that go without saying, of the doers' own country: demands, appeals and protests for a change of
#: leadership, and street protests naming no one (141 and its kinds), are addressed to its government; repression of a crowd ("menghalau massa demonstran")
#: falls on its civilians
IMPLICIT_TARGETS = {"1041": "GOV", "0241": "GOV", "141": "GOV", "1411": "GOV", "175": "CVL"}
#: acts whose doer goes without saying when the passive names none: arrests are made by the police
IMPLICIT_AGENTS = {"173": "COP"}
#: lowercase words at most between a hazard ("gempa", "badai") and the verb it is the subject of
HAZARD_WINDOW = 4
#: expulsions of people and envoys (174 deport, 161 expel an ambassador, 166x expel peacekeepers or monitors)
EXPULSION_CODES = frozenset({"174", "161", "1661", "1662", "1663"})
#: sanctions imposed (163)
SANCTIONS_CODE = "163"
#: the prefix of a word naming what a protest is against ("anti-Israel")
ANTI_PREFIX = "anti-"
#: the rule step of a violent passive whose agent is the attacker named in "dalam serangan X"
DURING_ATTACK = "+during-attack"
#: prepositions after which an event noun inside an appeal is what the appeal answers, not what it asks for
PRESUPPOSING_PREPOSITIONS = frozenset({"atas"})
#: withdrawals of one's own forces or envoys (tarik pasukan, tarik ... duta besar, tarik ... personel)
WITHDRAWAL_CODES = frozenset({"087", "0874", "161", "166", "1661", "1662"})
#: ... but charging, trying and jailing (cue kind court_act) are done by the courts and prosecutors
COURT_ROLE = "JUD"
#: words at most between a passive act with no agent and the place that says whose police acted
IMPLICIT_PLACE_GAP = 3
#: appeals, demands and refusals to release people or property: addressed to whoever holds them
RELEASE_CODES = frozenset({"0253", "1053", "1243"})
#: force posture (15x): a deployment "untuk" a hostile act is aimed at that act's target
POSTURE_ROOT = "15"
#: the Indonesian object clitic on a verb: "menangkapnya" (arrested him/her/them)
OBJECT_CLITIC = "nya"
#: what that clitic refers back to: people and role words ("Bupati X", "pengedar itu"); a country or a
#: body named before is as often the owner of a thing the clitic stands for ("rupiah", "gedung itu")
CLITIC_ANTECEDENT_KINDS = frozenset({"person", "role", "pronoun"})
PURPOSE_WINDOW = 6  # tokens between a deployment and the "untuk" of what it is for ("puluhan tank | untuk")
RESPONSE_WINDOW = 6  # tokens between a verb of retaliating and the "dengan" of the act it consists of
#: not accepting what another sends ("tidak akan menerima ... dari X") is rejecting it
REJECTION_CODE = "120"
#: cooperative acts that a noun of wish ("niat", "keinginan") makes its owner's intent: not yielding (08),
#: which the wisher is often not party to
WISHED_INTENT_ROOTS = ("04", "05", "06", "07")
REFUSAL_WINDOW = 3  # tokens between the negation and the accepting verb ("tidak akan lagi menerima")
#: a clash of a crowd (civilians, opposition, students, workers) with its own country's police is a riot
CLASH_CODE, RIOT_CODE = "190", "145"
CROWD_ROLES = frozenset({"CVL", "OPP", "EDU", "LAB"})
#: investigations (09x): of an act, they are about whoever did it
INVESTIGATION_ROOT = "09"
#: consulting verbs, and the cooperation they may take as their topic ("membahas kerja sama")
CONSULT_ROOT, COOPERATION_TOPIC_ROOT = "04", "06"
#: support and aid named by a compound adjective ("US-backed rebels") describe an alignment, not an act
ALIGNMENT_ROOTS = frozenset({"05", "07"})
TOPIC_GAP = 2  # words between a verb of consulting and its topic: "membahas kemungkinan", "discussed a possible"
#: offers and appeals: as the subject of a passive reaction they were made to whoever reacts
OFFER_ROOTS = frozenset({"02", "03"})
#: releasing persons or property: whoever releases people held them
RELEASE_ROOT = "084"
#: arrests and abductions: their doers hold the people a release is asked for
CAPTURE_CODES = frozenset({"173", "181"})
#: ... and of property (a ship seized, then released)
SEIZURE_CODES = frozenset({"171"})
#: protests, which may be "anti-government" with no actor named
PROTEST_ROOT = "14"
#: the verb of rejecting that a protest noun's pattern may end with ("demo ... tolak"): what follows it is
#: what the protest rejects
OPPOSED_CUES = frozenset({"tolak", "menolak"})
DISAPPROVAL_ROOT = "11"
#: the preposition that names whom a reaction owned by a country is about ("kecaman Indonesia terhadap X")
OWNER_TARGET_PREPOSITION = "terhadap"
#: how the act a refusal spans names whom it would be aimed at ("menolak menarik pasukan dari X")
REFUSED_ACT_FRAME = frozenset({"obj", "dari", "terhadap", "ke", "kepada", "bagi", "dengan"})
#: words between a reaction noun and the verb of coming after it ("Kecaman keras juga | datang dari X")
COMING_WINDOW = 3
#: prepositions naming what a reaction that comes from someone is about
COMING_ABOUT = frozenset({"atas", "terhadap"})
COMING_ABOUT_WINDOW = 4  # words of that phrase when it stands between the noun and "datang dari"
#: pledges and offers (expressed intents): an intent to act is aimed at whom the act would be
INTENT_ROOT = "03"
MEASURE_WINDOW = 12  # tokens between a protest and the state measure it is about (its agent may come between)
#: rejections: a rejected request names who made it
REJECTION_ROOT = "12"
#: appeals, offers and demands: what they ask for or promise is their content, not an event of its own
REQUEST_ROOTS = frozenset({"02", "03", "10"})
#: words one rejects or denies: appeals, offers, demands, and criticism and accusations; whoever said
#: them put them to the one who answers
WORDS_ROOTS = REQUEST_ROOTS | {"11"}
#: the acts that hold or harm one's people, whose doer an appeal about them is made to (EventFinder._holders_asked;
#: the appeals and demands are OBJECT_CONTROL_ROOTS): coercion, assault, fighting
HARM_ROOTS = frozenset({"17", "18", "19"})
#: a proposal (02x; a noun of cue kind proposal: "usulan", not "permintaan", which one may only have received)
#: accepted by whom it was made to is that one's intent to do it (03x, the same sub-code: CAMEO's intents
#: mirror its appeals)
APPEAL_ROOT, ACCEPTED_PREFIX = "02", "03"
#: appeals and demands of no stated kind: the act they ask for gives their sub-code (pipeline.obligations)
GENERIC_REQUEST_CODES = frozenset({APPEAL_CODE, DEMAND_CODE})
#: an ultimatum ("memberi ultimatum kepada X untuk membebaskan ..."): like a demand, the act after
#: "untuk"/"agar" is its content and has not happened (other threats keep theirs: pipeline.intentions)
ULTIMATUM_CODE = "139"
OCCUPATION_CODE = "192"  # occupy territory
THREAT_ROOT = "13"  # threats and warnings
#: cooperation of no stated kind ("bekerja sama"); done by carrying out an act together it is material:
#: arresting, seizing or expelling is law-enforcement cooperation (063), fighting is military (062)
GENERIC_COOPERATION_CODE = "050"
COOPERATION_IN_ACT = {"17": "063", "18": "062", "19": "062", "20": "062"}
#: a display of force held together with a partner named after a comitative preposition ("menggelar latihan
#: militer dengan/bersama X"), or by two states at once, is a joint exercise: military cooperation (062) with
#: the partner, not a show of force at it
DISPLAY_WITH_PARTNER = {"150": "062"}
WISH_WINDOW = 5  # words from a noun of wish to the "untuk" of the act wished ("keinginan Presiden Amerika Serikat untuk")
CONTENT_WINDOW = 6  # words from an accusation noun to the "bahwa" opening its content (past its owner)
#: a denial ("denied the accusations"): an answer to words, like a rejection
DENIAL_CODE = "016"
#: tokens between a passive verb and the event noun that says what befell its subject ("in a drone attack")
BEFALLEN_WINDOW = 6
#: tokens between a violent event noun and the verb of killing it is the subject of ("serangan udara X | menewaskan")
KILLED_WINDOW = 6
#: visits: the place visited, when no host is named, stands for its country
VISIT_CODES = frozenset({"042"})
#: travellers whose coming is no visit: tourists, migrants and refugees arrive, only officials and
#: delegations visit a state or its leaders
PRIVATE_TRAVELLER_ROLES = frozenset({"CVL", "REF"})
POSSESSOR_PREP_WINDOW = 3  # words between an act and the preposition of a possessed target ("fired water cannon | at its")
AGREED_ACT_GAP = 2  # words between a verb of agreeing and the verb of the act agreed on ("agreed | to | impose")
#: hostile acts (demands and threats excepted, which are words) that a verb of agreeing ("agreed to impose")
#: takes as content: CAMEO has no intent to cooperate for them, and the act itself is coded
DECIDED_HOSTILE_ROOTS = frozenset({"12", "16", "17", "18", "19", "20"})
STRUCK_PLACE_GAP = 4  # words between a violent act and a place named before its supposed target ("strikes on the city of X")
NEAR_PLACE_GAP = 1  # words between a violent act and the "di" of the place it struck, before guessed targets
#: material conflict: with no target actor, the place where it happened stands for its country
PLACE_TARGET_ROOTS = frozenset({"17", "18", "19", "20"})
#: ... but an arrest or an expulsion is done to people: "menahan seorang lainnya di kota X" has no target in X
PERSON_TARGET_CODES = frozenset({"173", "174"})
PRAISE_ROOT = "05"
HOST_CODE = "043"
CITY_KINDS = frozenset({"capital", "seat"})  # a city named as its government (metonymy)
#: words between "the" and the place noun a violent verb's object takes up ("the besieged port city"),
#: and the sentences before it where the place it stands for may be named
PLACE_ANAPHOR_WORDS = 3
PLACE_ANAPHOR_SENTENCES = 2
#: threats of force: a place threatened ("mengancam akan membom Okinawa") stands for its country too
FORCE_THREAT = "138"
#: roots whose events are worth reporting without a target (protests, force posture, and investigations of a
#: case rather than of someone: "Polisi menyelidiki kasus itu", target null in ../shared/ANNOTATION.md; acts
#: of force aimed at no actor are not: they cost three times what they found on the dev sets)
UNTARGETED_ROOTS = frozenset({"14", "15", "09"})
#: single codes whose CAMEO definition has no target actor: a curfew (1723), a state of emergency or
#: martial law (1724) are imposed on a territory's whole population; declining to comment (011) and
#: claiming responsibility (015) are statements of the source alone, addressed to no one; so is denying an
#: act (016: "membantah terlibat", the accuser unnamed) when the denial verb itself says so (not an accusation
#: noun re-read as denied: its owner is the accuser, no denier)
UNTARGETED_CODES = frozenset({"1723", "1724", "011", "015", "016"})
#: threats and warnings: with no addressee, whoever their condition is about ("jika X ..."), or whom the act
#: they announce would hit (pipeline.intentions; a threat aimed at no one is dropped there)
CONDITIONAL_TARGET_ROOTS = frozenset({"13"})
#: calling someone's act illegal, unacceptable or dangerous: criticism (CAMEO 111)
EVALUATION_CODE = "111"
#: roles that arrest and detain: police, courts and prosecutors (KPK is IDNJUD), intelligence, armed forces
ENFORCING_ROLES = frozenset({"COP", "JUD", "SPY", "MIL"})
EVALUATION_WINDOW = 14  # tokens between the act or actor evaluated and the evaluation
NEGATED_EVALUATION = 4  # tokens before an evaluation in which a negation takes it back ("tidak boleh dipandang sebagai")
PERPETRATOR_WINDOW = 4  # tokens from a perpetrator word to the act it names ("the masterminds of the bombing")


def _implicit(sentence: Sentence, i: int, country: str, role: str) -> ActorMention:
    """An actor the text implies without naming ("the crowd", "the police"), anchored at token i."""
    tok = sentence.tokens[i]
    return ActorMention(sentence.index, i, i, tok.start, tok.end, country + role, country, None, tok.text,
                        "implicit")


def _role(m: ActorMention) -> str:
    """The role part of an actor's code ("CVL" of "IDNCVL"; "" for a bare country)."""
    return (m.code or "")[3:6]


def _several(sources: list[ActorMention]) -> bool:
    """Several actors named apart, or "both sides"; not the members of one name that stands for several
    (a dictionary's joint entry), which do not act on each other."""
    return len({(m.first, m.last) for m in sources}) > 1 or (len(sources) > 1 and any(m.kind == "both" for m in sources))




def _about_the_war(match: PredicateMatch) -> bool:
    """A proposal of, call for or refusal of a ceasefire, peace or talks addresses the warring sides."""
    return match.entry.code[:2] in {"02", "03", "10", "12"} and any(
        w in match.entry.pattern for w in ("gencatan senjata", "damai", "dialog", "runding"))


@cache
def load_light_verbs(language: str) -> dict[str, str]:
    """Light verbs → kind (``support``: its subject is the source; ``receive``: its subject is the target,
    as in "Hungaria menuai kritik dari Austria")."""
    path = Path(__file__).resolve().parent.parent / "lang" / language / "light_verbs.tsv"
    if not path.exists():
        return {}
    words: dict[str, str] = {}
    for row in read_tsv(path, required=("verb",)):
        for v in row.values("verb"):
            words[normalise(v)] = row.get("kind", "support")
    return words


class EventFinder(JointActs, UnstatedSources, Obligations, Replies):
    """Pipeline component: fills ``doc.predicates``."""

    name = "events"

    def __init__(self, lexicon: EventLexicon, arguments: ArgumentFinder, cues: Cues,
                 light_verbs: dict[str, str], untargeted_roots: frozenset[str] = UNTARGETED_ROOTS,
                 places=None, base_verbs=None) -> None:
        self.lexicon = lexicon
        self.base_verbs = base_verbs  # syntax.BaseVerbTags, optional: base heads must be tagged verbs
        self.arguments = arguments
        self.cues = cues
        self.light_verbs = light_verbs
        self.untargeted_roots = untargeted_roots
        self.places = places  # a place finder (knowledge.places.EventPlaces), optional
        #: what became of each match (pipeline.trace), kept only when asked for: None costs nothing
        self.trace: MatchTrace | None = MatchTrace() if trace_wanted() else None
        # evaluation phrases by their first word, longest first, so a sentence is scanned once
        self.evaluations: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(cues["evaluation"], key=lambda p: -len(p.split())):
            words = tuple(phrase.split())
            self.evaluations.setdefault(words[0], []).append(words)

    def __call__(self, doc: Doc) -> None:
        for sentence in doc.sentences:
            self._sentence(doc, sentence)
        self._holders_asked(doc)
        # an implicit target ("the crowd") adds nothing where the same act is reported with a named one
        named = {(pred.code, m.code, t.country) for pred in doc.predicates for m in pred.sources
                 for t in pred.targets if t.kind != "implicit"}
        doc.predicates = [pred for pred in doc.predicates if not (
            pred.targets and all(t.kind == "implicit" for t in pred.targets) and all(
                (pred.code, m.code, t.country) in named for m in pred.sources for t in pred.targets))]
        # "Pengunjuk rasa membakar ban dan melempari gedung DPR": an act with no target adds nothing beside
        # an act of the same kind by the same doers in the sentence that names whom it is aimed at
        aimed = {(pred.sentence, pred.code[:2], m.code) for pred in doc.predicates if pred.targets
                 for m in pred.sources}
        doc.predicates = [pred for pred in doc.predicates if pred.targets or not pred.sources or not all(
            (pred.sentence, pred.code[:2], m.code) in aimed for m in pred.sources)]
        if self.trace is not None:
            self.trace.after("events:same-act-named", doc)

    @staticmethod
    def _holders_asked(doc: Doc) -> None:
        """"AS menuntut pembebasan warganya yang ditahan di Venezuela": an appeal or demand about one's own
        people (its target its own country's, no state body) is made to whoever holds or harms them, the
        doer of a coercive or violent act on them told in the same sentence."""
        for pred in doc.predicates:
            if pred.code[:2] not in OBJECT_CONTROL_ROOTS or not pred.sources or not pred.targets:
                continue
            own = {m.country for m in pred.sources}
            if not all(t.country in own and not state_body(t.code or "") for t in pred.targets):
                continue
            held = {id(t) for t in pred.targets}
            doers = [m for other in doc.predicates if other.sentence == pred.sentence and other is not pred
                     and other.code[:2] in HARM_ROOTS and any(id(t) in held for t in other.targets)
                     for m in other.sources if m.country not in own]
            if doers:
                pred.targets, pred.rule = doers[:1], pred.rule + "+holder"

    def _drop(self, doc: Doc, sentence: Sentence, match: PredicateMatch, step: str,
              sources: list[ActorMention] = (), targets: list[ActorMention] = ()) -> None:
        """Trace a match dropped at ``step`` (nothing when tracing is off)."""
        if self.trace is not None:
            self.trace.dropped(doc, sentence, match, step, step, sources, targets)

    def _filtered(self, doc: Doc, sentence: Sentence, before: list[PredicateMatch],
                  after: list[PredicateMatch], step: str) -> list[PredicateMatch]:
        """``after``, the matches ``before`` kept by a filter; with tracing on, the others are traced."""
        if self.trace is not None and len(after) < len(before):
            kept = {id(m) for m in after}
            for m in before:
                if id(m) not in kept:
                    self._drop(doc, sentence, m, step)
        return after

    def _verb_between_actors(self, sentence: Sentence, actors: list[ActorMention],
                             match: PredicateMatch) -> PredicateMatch:
        """"US sanctions Chinese firms", "Britain sanctions Russian banks": a noun entry's word that is
        also the -s form of a verb entry, with an actor right before it (no possessive) and its object
        actor right after it (or after one adjective), is the verb, as headlines and plain present
        sentences use it; the noun entry stays for "the sanctions on X", "US sanctions on X"."""
        if match.pos != "noun" or match.base or match.end != match.start + 1:
            return match
        tokens, i = sentence.tokens, match.start
        if not any(m.last == i - 1 and not m.is_location and m.kind != "adjective" for m in actors) or \
                after_possessive(sentence, i):
            return match
        objects = {m.first for m in actors if not m.is_location}
        if i + 1 not in objects and not (i + 2 in objects and tokens[i + 1].is_word and not any(
                tokens[i + 1].norm in self.cues[kind] for kind in NOT_MODIFIER_KINDS)):
            return match
        verb = next((c for c in self.lexicon.index.get(tokens[i].norm, ())
                     if c.pos == "verb" and c.template == "s" and not c.words and not c.before), None)
        return match if verb is None else PredicateMatch(i, i + 1, verb)

    def _standing_occupation(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch) -> bool:
        """"Tepi Barat yang diduduki Israel", "Krimea yang dicaplok Rusia": a passive of
        occupying in a relative clause right after a place's name describes the place (a standing state the
        news names it by), not an occupation the article reports."""
        tokens, i = sentence.tokens, match.start
        if match.voice != "passive" or i < 2 or tokens[i - 1].norm not in self.cues["relative"] or \
                not tokens[i - 2].is_capitalised:
            return False
        if any(m.last == i - 2 and m.is_location for m in actors):
            return True
        return self.places is not None and any(
            (hit := self.places.gazetteer.match_at(tokens, k)) is not None and hit[1] == i - 2
            for k in range(max(0, i - 6), i - 1))

    def _effects_of_events(self, sentence: Sentence, matches: list[PredicateMatch],
                           actors: list[ActorMention]) -> list[PredicateMatch]:
        """"a Russian strike killed four civilians", "the shelling wounded ...": a violent verb whose
        subject is a violent event noun right before it tells the noun's effect, not another event. A
        plural in -s right after an adjective of origin is such a noun ("Israeli strikes on X killed ...")."""
        tokens = sentence.tokens
        adjectives = {m.last for m in actors if m.kind == "adjective"}
        nouns = [m.end for m in matches if m.entry.code[:2] in VIOLENCE_ROOTS
                 and (m.pos == "noun" or nominal_use(sentence, m, self.cues)
                      or m.compiled.template == "s" and m.start - 1 in adjectives)]
        starts = {m.start for m in matches}

        def phrase(end: int, start: int) -> bool:
            between = range(end, start)
            if not all(tokens[j].is_word and j not in starts for j in between):
                return False
            if any(tokens[j].norm in self.cues["subordinator"] for j in between):
                return False  # "serangan itu dilancarkan setelah Hamas menembakkan roket": a clause of its own
            return start <= end + EFFECT_WINDOW or (start <= end + LONG_EFFECT_WINDOW and not any(
                tokens[j].norm in self.cues["relative"] or tokens[j].norm in self.cues["according"] for j in between))

        def effect(m: PredicateMatch) -> bool:
            # right after the noun, or after its prepositional phrase ("strikes on X killed"): no punctuation,
            # no other predicate between
            return m.pos == "verb" and m.voice != "nominal" and m.entry.code[:2] in VIOLENCE_ROOTS and any(
                end <= m.start and phrase(end, m.start) for end in nouns)

        return [m for m in matches if not effect(m)]

    def _sentence(self, doc: Doc, sentence: Sentence) -> None:
        actors = doc.actors.get(sentence.index, [])
        covered = {i for m in actors if m.kind != "pronoun" for i in range(m.first, m.last + 1)}
        # a base dictionary codes verbs (PETRARCH read them from a parse): not its words used as nouns
        found = self.lexicon.match(sentence.tokens)
        matches = self._filtered(doc, sentence, found, [m for m in found if m.start not in covered],
                                 "in-actor-name")
        matches = self._filtered(doc, sentence, matches, [m for m in matches if not (
            m.base and nominal_use(sentence, m, self.cues))], "base-word-as-noun")
        if self.base_verbs is not None and any(m.base for m in matches):
            verbs = self.base_verbs.verbs(doc, sentence)
            matches = self._filtered(doc, sentence, matches, [m for m in matches if not m.base or m.start in verbs],
                                     "base-word-not-verb")
        matches = [self._verb_between_actors(sentence, actors, m) for m in matches]
        matches = self._filtered(doc, sentence, matches, self._effects_of_events(sentence, matches, actors),
                                 "effect-of-event-noun")
        modifiers: set[int] = set()
        for match in matches:
            gapped = any(w is None for w in match.compiled.words)
            for m in actors:
                if m.kind != "role" or not match.start < m.first < match.end:
                    continue
                if match.end <= m.last and m.country and not m.person and m.role is None:
                    # "operasi militer Turki": the role word is the pattern's adjective, the country the actor
                    # (a person's office stays the actor: "memanggil duta besar China" summons CHNGOV; a
                    # capital stands for the government: "latihan militer gabungan Seoul" → KORGOV; a bare
                    # role word with the article's country stays itself: "membubarkan massa aksi")
                    capital = any(a.kind == "capital" and a.last == m.last for a in doc.atoms.get(sentence.index, []))
                    m.code, m.kind = (m.country + "GOV", "capital") if capital else (m.country, "country")
                elif m.last < match.end and (not gapped or self._own(sentence, m) or (
                        m.role is not None and "obj" not in match.entry.targets)):
                    # "serangan teroris", "latihan militer bersama", "mengirim 300 pasukan ke": a role
                    # word the pattern names as part of the event is no actor (after a gap in a pattern
                    # that takes an object, "membubarkan ... massa", it is the object); "recalled (its)
                    # envoy from X": the doer's own envoy is part of the event; in a pattern whose target
                    # follows a preposition a bare role word, in the gap or at its end, names no target
                    # ("joint military exercises", "mengirim pasukan ke")
                    modifiers.add(id(m))
        if modifiers:
            actors = [m for m in actors if id(m) not in modifiers]
            doc.actors[sentence.index] = actors
        matches = [self._before_agent(sentence, m) for m in self._filtered(doc, sentence, matches, [
            m for m in matches if not self._adjectival(sentence, m, matches, actors)], "adjectival")]
        embedded = self._embedded_in_requests(sentence, matches, actors) | inscribed(sentence, self.cues)
        hostile_intents = self._hostile_intents(sentence, matches, actors)
        for match in matches:
            if made_thing(sentence, match.start, match.compiled.template, match.entry.code, self.cues):
                self._drop(doc, sentence, match, "made-thing")
                continue  # "bahan untuk membuat bom": a thing, not a bombing
            if match.entry.code == OCCUPATION_CODE and self._standing_occupation(sentence, actors, match):
                self._drop(doc, sentence, match, "standing-occupation")
                continue  # "Tepi Barat yang diduduki Israel": a place named by its standing, no event of the day
            if match.entry.code[:2] in VIOLENCE_ROOTS and self._hazard_subject(sentence, match):
                self._drop(doc, sentence, match, "hazard-subject")
                continue  # "badai dahsyat menghantam Jepang, menewaskan empat orang": nature, no attacker
            if match.pos == "noun" and generic_act(sentence, match.start, match.end, self.cues):
                self._drop(doc, sentence, match, "generic-act")
                continue  # "serangan apa pun dari X": any attack that may come
            if match.start in embedded or self._intermediary(sentence, match.start):
                self._drop(doc, sentence, match, "embedded" if match.start in embedded else "intermediary")
                continue  # "dengan mediasi X": the mediation pass below gives X's event
            if match.start in hostile_intents:
                self._drop(doc, sentence, match, "hostile-content")
                continue  # "agreed to impose sanctions": the sanctions are the event
            if self._discussed(sentence, match, matches):
                self._drop(doc, sentence, match, "discussed")
                continue  # "membahas kerja sama pertahanan": cooperation talked about is not yet done
            if self._event_subject(sentence, match):
                self._drop(doc, sentence, match, "event-subject")
                continue
            if self._wished(sentence, match):
                self._drop(doc, sentence, match, "wished")
                continue  # "keinginan X untuk mengakhiri perang": a wish, not the act
            if self._answered_with(sentence, match, matches):
                self._drop(doc, sentence, match, "answered-with")
                continue  # "dibalas Moskow dengan mengusir ...": the retaliation is the act after "dengan"
            light, light_kind, sources, targets, how = self._read(doc, sentence, match, actors, matches)
            if match.needs_compound and not _several(sources):
                if match.fallback is None:
                    self._drop(doc, sentence, match, "needs-two-sources", sources, targets)
                    continue
                match = match.fallback  # "A agreed": the entry for a single subject
                light, light_kind, sources, targets, how = self._read(doc, sentence, match, actors, matches)
            unstated = None if sources else self._unstated_source(doc, sentence, match, actors, matches, targets)
            if unstated is not None:
                sources, targets, how = unstated  # pipeline.unstated: the doer named elsewhere in the text
            came = self._coming_from(doc, sentence, match, actors, matches) \
                if not sources and match.pos == "noun" and match.entry.code[:2] in OBJECT_EVENT_ROOTS else None
            if came is not None:
                # "Kecaman juga datang dari Turki (atas serangan X)": the reaction is of those it comes from
                (sources, targets), how = came, "nominal+comes-from"
            if sources and not targets:
                targets = self._unstated_target(doc, sentence, match, sources)
                how += "+speaker-object" if targets else ""
            code = match.entry.code
            if light is not None and light_kind != "receive" and code[:2] in OBJECT_EVENT_ROOTS and sources and \
                    targets and all(t.code == t.country and t.country in {m.country for m in sources} for t in targets):
                # "Menlu RI menyampaikan kecaman Indonesia atas serangan X": the country after the noun is
                # whose reaction it is (the subject's own), not whom it is about; a frame preposition after it
                # ("... kecaman Indonesia terhadap Israel") names the target
                owner_end = max(t.last for t in targets) + 1
                targets, found = self.arguments.after(sentence, actors, owner_end,
                                                      frozenset(match.entry.targets) | {OWNER_TARGET_PREPOSITION},
                                                      self.arguments.clause_end(sentence, owner_end), False)
                how = how.replace("+object", "") + (f"+owner+{found}" if targets else "")
            content = self._agreed_cooperation(sentence, match, matches) if code == AGREEMENT_CODE else None
            if content is not None:
                # "A dan B sepakat memperluas patroli bersama": agreeing to cooperate is the
                # intent to (031x for the kinds of 06x cooperation), the cooperation itself is still to come
                code = INTENT_TO_COOPERATE.get(content.entry.code, INTENT_TO_COOPERATE[content.entry.code[:2]])
                embedded.add(content.start)
            asked_for = next((m for m in matches if self._request_content(sentence, match, m, actors)), None) \
                if code in GENERIC_REQUEST_CODES else None
            if asked_for is not None and request_code(code, asked_for.entry.code) != code:
                # "meminta X membebaskan ...": an appeal or demand of no stated kind takes the kind of the act
                # it asks for (0253, 0256, 106 ...)
                code, how = request_code(code, asked_for.entry.code), how + "+asks-for"
            offered = self._offered_act(doc, sentence, match, actors, matches, sources) \
                if not targets and sources and code[:2] == INTENT_ROOT else None
            if offered is not None:
                # "berkomitmen untuk terus mendukung Ukraina", "berjanji untuk membantu Filipina": a
                # pledge whose object is an act after "untuk" is aimed at whom that act is aimed at, and an
                # intent of no stated kind is the intent to do that act (03x mirrors 04-08)
                (code, targets), how = offered, how + "+offered-act"
            if not targets and sources and code[:2] == REJECTION_ROOT and match.pos == "verb" and \
                    any(w is None for w in match.compiled.words):
                # "menolak untuk menarik pasukannya dari Ukraina", "menolak menghentikan serangan terhadap X":
                # a refusal whose pattern spans the act refused is aimed at whom that act would be
                targets = self._refused_act_target(sentence, match, actors, sources)
                how += "+refused-act" if targets else ""
            joint = self._cooperation_in_act(sentence, match, matches) if code == GENERIC_COOPERATION_CODE else None
            if joint is not None:
                code, how = joint, how + "+in-act"
            if code in DISPLAY_WITH_PARTNER and targets and self._with_partner(sentence, match, targets, how):
                code, how = DISPLAY_WITH_PARTNER[code], how + "+partner"
            elif code in DISPLAY_WITH_PARTNER and not targets and len({_side(m.code) for m in sources}) > 1:
                # "latihan militer AS-Filipina", "Rusia dan Belarus menggelar latihan militer": held by two
                # states together, a joint exercise between them (made mutual below)
                code, how = DISPLAY_WITH_PARTNER[code], how + "+partners"
            # "serangan ... di Teheran": a capital named as the place hit is its country, not its government
            targets = [replace(m, code=m.country, kind="place") if m.country and (
                       (m.is_location and m.kind in ("capital", "seat")) or
                       (m.kind == "capital" and code[:2] in VIOLENCE_ROOTS)) else m for m in targets]
            targets = self._counterparts(sentence, sources, targets, actors)
            # "X strained the ties between the two nations": one of "the two" acting on both is a
            # statement about the pair, not an act directed at the other
            own = {(m.code or "")[:3] for m in sources}
            if any(t.kind == "both" and (t.code or "")[:3] in own for t in targets):
                targets = [t for t in targets if t.kind != "both"]
            if targets and sources and code[:2] in PLACE_TARGET_ROOTS and "prep:" in how:
                # "Russian strikes on Kharkiv killed ten people": a known place right after the act's
                # preposition is what it struck, not an actor named further on
                struck = self._place_after(sentence, actors, match.end, max_gap=STRUCK_PLACE_GAP, own=sources,
                                           others=matches)
                if struck is not None and struck.last < min(t.first for t in targets) and \
                        struck.country not in {m.country for m in sources}:
                    targets, how = [struck], how + "+place"
            investigated = self._investigated_doers(doc, sentence, match, actors, matches, sources) \
                if code[:2] == INVESTIGATION_ROOT else None
            if investigated is not None:
                # "menyelidiki dugaan penyiksaan tahanan oleh polisi": an investigation of an act is of
                # whoever did it, not of whom it befell; of an act with no doer named, of no one
                targets, how = investigated, how + "+investigated-event"
            if not targets and sources:
                # "the American strike on its nuclear facilities", "fired water cannon at its boats": whose
                # facilities or boats the act's target phrase names
                targets = self._possessor_target(sentence, actors, match, sources)
                how += "+possessor-target" if targets else ""
            if sources and code[:2] == PROTEST_ROOT and how.startswith("nominal+genitive") and \
                    sentence.tokens[match.end - 1].norm in OPPOSED_CUES and \
                    all(m.first >= match.end for m in sources):
                # "Demo Tolak Israel", "unjuk rasa menolak kebijakan AS": what the protest rejects, named after
                # the verb of rejecting, is its target, not the protesters
                sources, targets, how = [], sources, how + "+rejected"
            if sources and code[:2] == PROTEST_ROOT:
                against = self._anti_target(sentence, match)
                if against is not None:
                    # "menggelar demonstrasi anti-Israel di Amman": the protest is against Israel, not the place
                    targets, how = [against], how + "+anti"
            implicit_role = IMPLICIT_TARGETS.get(code) or IMPLICIT_TARGETS.get(code[:3])
            if not targets and sources and implicit_role:
                # "demonstrators rallied ..., demanding new elections": of the country's government
                targets = self._own_government(sentence, match, sources, implicit_role)
                how += "+implicit-target" if targets else ""
            if not sources and how == "passive" and code[:3] in IMPLICIT_AGENTS:
                if self._releasers(doc, sentence, targets):
                    # "X membebaskan dua warga Y yang ditahan sejak 2022", "dibebaskan ... setelah ditahan
                    # setahun": being held is the state the release ends, told as background, no event
                    self._drop(doc, sentence, match, "held-background", sources, targets)
                    continue
                sources, found_how = self._passive_agent(doc, sentence, match, actors, targets,
                                                         self._implicit_role(sentence, match, code))
                how += found_how
            if not sources and code == SANCTIONS_CODE and (match.pos == "noun" and light is None or how == "passive"):
                # "Paket itu juga mencakup sanksi terhadap bank-bank X", "Bank-bank X juga dikenai sanksi":
                # sanctions with no imposer named, on a target named, in an article that has told who imposes
                # sanctions, are theirs
                on = targets or self.arguments.after(sentence, actors, match.end, match.entry.targets - {"obj"},
                                                     self.arguments.clause_end(sentence, match.end), False)[0]
                earlier = self._same_kind_before(doc, code, on) if on else None
                if earlier is not None and earlier.code == SANCTIONS_CODE:
                    sources, targets, how = list(earlier.sources), on, (how or "nominal") + "+earlier-imposer"
            if not sources and how == "passive" and targets and code in EXPULSION_CODES and \
                    "obj" in match.entry.targets:
                # "300 pekerja migran X dideportasi dari Malaysia", "Duta besar X diusir dari Moldova": people
                # expelled with no agent named were expelled by the country they were sent out of
                expellers = self._withdrawn_from(sentence, match, actors, targets)
                if expellers:
                    sources, how = expellers, how + "+expelled-from"
                else:
                    # "Malaysia menahan 300 pekerja X ... Mereka kemudian dideportasi": by their captors
                    expellers = self._earlier_captors(doc, targets)
                    sources, how = expellers, how + ("+expelled-by-captor" if expellers else "")
            if not sources and how == "passive" and targets and code[:3] == RELEASE_ROOT:
                # "Tiga nelayan X yang ditahan otoritas Y akhirnya dibebaskan": people released with no agent
                # named were released by whoever was told to hold them
                captors = self._earlier_captors(doc, targets, CAPTURE_CODES | SEIZURE_CODES)
                if captors:
                    sources, how = captors, how + "+released-by-captor"
            if not sources and how == "passive" and targets and code[:2] in VIOLENCE_ROOTS:
                # "Dua warga X diculik dalam serangan Hamas": a violent passive with no agent, done during an
                # attack with a named attacker, was done by that attacker
                attackers = self._attackers_during(sentence, match, actors, matches, targets)
                if attackers:
                    sources, how = attackers, how + DURING_ATTACK
            if not sources and how == "passive" and targets and code in WITHDRAWAL_CODES and \
                    match.entry.targets == {"dari"}:
                # "Pasukan Israel ditarik dari Lebanon": forces or envoys withdrawn with no agent named were
                # withdrawn by those they belong to, from what follows "dari"
                sources, targets = targets, self._withdrawn_from(sentence, match, actors, targets)
                how += "+owner-withdrew"
            if not targets and code[:2] == PROTEST_ROOT and (self._against_government(sentence, match)
                                                            or self._against_measure(sentence, match)):
                # "days of anti-government rallies": citizens protest against their government
                country = sources[0].country if sources else doc.focus_country
                if country and all(m.country == country for m in sources):
                    sources = sources or [_implicit(sentence, match.start, country, "CVL")]
                    targets = [_implicit(sentence, match.start - 1, country, "GOV")]
                    how += "+against-government"
            reciprocal = self._reciprocal(sentence, match.start, match.end)
            mutual = (code in MUTUAL_CODES or content is not None or reciprocal or match.needs_compound) and (
                "passive" not in how or (not targets and _several(sources)))
            if not targets and mutual and _several(sources) and how != "between" and not (
                    code[:2] in VIOLENCE_ROOTS and self._hyphenated(sentence, sources)):
                # (one side after "antara", its other side unknown, does not act on itself; "US-UK strikes",
                # "serangan AS-Inggris" are allies striking together)
                sources, targets, how = sources[:1], sources[1:], how + "+mutual"
                # "Menteri X dan mitranya dari Y": the partner is Y's holder of the same office
                targets = self._counterparts(sentence, sources, targets, actors)
            if not targets and mutual and sources:
                # "Indonesia bersama Singapura menggelar latihan", "X bergabung dengan Y dan Z menggelar
                # patroli": the partners named between the subject and the verb
                partners = self._companions(sentence, actors, sources, light if light is not None else match.start)
                if partners:
                    targets, how = partners, how + "+mutual-companion"
            if not targets and mutual and sources:
                # "X berkunjung ke Y dan menandatangani kesepakatan ...": a joint act done on a visit
                # is done with the host
                hosts = self._visit_hosts(doc, sentence, match.start, sources)
                if hosts:
                    targets, how = hosts, how + "+visit-host"
            if targets and sources and code[:2] in OBJECT_EVENT_ROOTS and "+prep:" in how and match.pos == "verb":
                # "memperingatkan ancaman China terhadap Taiwan": the preposition after an event noun with
                # its own doer belongs to that noun; the reaction is about the doer
                doers = self._object_event_doers(doc, sentence, match, matches, actors, targets)
                if doers:
                    targets, how = doers, how.split("+prep:")[0] + "+object-event"
            # what one signs or ratifies is a text, not an event or deed reacted to ("mengesahkan resolusi yang
            # mengecam pelanggaran di X" is no agreement with X)
            reaction = code[:2] in OBJECT_EVENT_ROOTS and code != AGREEMENT_CODE
            if not targets and sources and reaction:
                inner = self._object_event(sentence, match, matches)
                if inner is not None:
                    inner_sources, inner_targets, inner_how = self._arguments(doc, sentence, inner, actors, matches,
                                                                              None, None)
                    if inner.entry.code in MUTUAL_CODES and ("between" in inner_how or "mutual" in inner_how):
                        # "praised the agreement between X and Y": both parties did the joint act
                        inner_sources = list(inner_sources) + [m for m in inner_targets if m not in inner_sources]
                    # "menyetujui paket bantuan": a light verb's own noun is its event, not an answer to one
                    hands_over = sentence.tokens[match.start].norm in self.light_verbs
                    # declining comment targets nobody; a positive answer to an offer is to whoever made it;
                    # hoping for or calling for an event ("berharap pertemuan itu ...") appeals to nobody named
                    earlier = None if inner_sources or hands_over or code[:2] in ("01", "02", "03") \
                        else self._same_kind_before(doc, inner.entry.code, sources)
                    own = {_side(m.code) for m in sources}
                    partners = []
                    if code[:2] in ("02", "03") and inner.entry.code[:2] == CONSULT_ROOT:
                        found = inner_targets or self.arguments.after(
                            sentence, actors, inner.end, frozenset(inner.entry.targets) - {"obj"},
                            self.arguments.clause_end(sentence, inner.end), False)[0]
                        partners = [t for t in found if _side(t.code) not in own]
                    if partners:
                        # "mengusulkan perundingan langsung dengan X": talks proposed or offered with X, to X
                        targets, how = partners, how + "+object-event-partner"
                    elif inner_sources:
                        targets, how = inner_sources, how + "+object-event"
                    elif earlier is not None:
                        # "the mayor rejects calls for a recount": the calls reported before
                        targets, how = _doers(earlier), how + "+object-event-earlier"
                    else:
                        # "mengutuk kerusuhan di Mali": an event with no doer stands for its place
                        place = self._place_after(sentence, actors, inner.end, max_gap=2)
                        if place is not None:
                            targets, how = [place], how + "+object-event-place"
            if not targets and sources and code[:2] == DISAPPROVAL_ROOT and match.pos == "verb" and \
                    _ends_clause(sentence, match.end):
                # "X menguji rudal, Y memprotes" / "X Uji Rudal, Y Protes": a verb of disapproval closing its
                # clause answers the doer of the act reported just before it in the sentence
                earlier = self._act_before_in_sentence(doc, sentence.index, match.start, sources)
                if earlier is not None:
                    targets, how = list(earlier.sources), how + "+answers-clause-before"
            if sources and targets and code[:2] == PRAISE_ROOT and self._greeted_visitor(sentence, match, targets):
                # "Saudi Arabia welcomed the Syrian president in Riyadh": greeting a person at a place is hosting
                code, how = HOST_CODE, how + "+greeted"
            denial = sources and code[:2] == REJECTION_ROOT and self._accusation_answered(sentence, match, matches)
            if denial:
                # "menolak tuduhan X": rejecting an accusation is denying it (016), as PETRARCH codes REJECT
                # ACCUSATION; rejecting a demand, an offer or a plan stays a rejection (12x)
                code = DENIAL_CODE
            answers = sources and (code[:2] == REJECTION_ROOT or code == DENIAL_CODE)
            if answers and how.endswith("+object-event") and inner.entry.code[:2] in WORDS_ROOTS and not inner_targets:
                # "rejected the demand by X", "dismissed X's criticism": X's words were addressed to
                # whoever answers them
                self._words_answered(doc, sentence, inner.start, inner.entry.code, match, targets,
                                     self._accused(sentence, actors, inner.start, inner.entry.code) or sources)
            request = self._request_in(sentence, match) if answers else None
            if request is not None:
                # "rejected calls to resign from the strikers", "denied the accusations made by X": whoever
                # made the demands is the target, and they made a demand of the one who refuses
                demanders = targets if how.endswith(("prep:from", "prep:of", "prep:by", "+inside", "+complement")) else \
                    [] if targets else self._request_source(sentence, actors, match, request[0])
                if demanders:
                    if not targets:
                        targets, how = demanders, how + "+request-from"
                    self._words_answered(doc, sentence, request[0], request[1], match, demanders,
                                         self._accused(sentence, actors, request[0], request[1]) or sources)
                elif not targets:
                    earlier = self._same_kind_before(doc, request[1], sources)
                    if earlier is not None:
                        # "the mayor rejects calls for a recount": the calls reported before
                        targets, how = list(earlier.sources), how + "+request-earlier"
            how += "+denial" if denial else ""
            if not targets and sources and match.pos == "noun" and code[:2] in OFFER_ROOTS:
                # "Tawaran mediasi dari X disambut baik Y": an offer or appeal that is the subject of a
                # passive reaction was made to whoever reacts
                reactors = self._reactor(sentence, actors, match, matches, sources)
                if reactors:
                    targets, how = reactors, how + "+reactor"
            if not targets and sources and code[:2] in OBJECT_CONTROL_ROOTS:
                # "desakan X agar Y mengakui ...": a demand or appeal is addressed to whoever is
                # to act in what it asks for
                # (after the agent of a relative clause on the noun: "tuntutan yang diajukan X agar Y ...")
                after = max([match.end] + [m.last + 1 for m in sources if m.first >= match.end])
                asked = self._addressee(sentence, actors, after, sources)
                if not asked and match.pos == "noun" and any(w is None for w in match.compiled.words):
                    # "Seruan X agar Y menghentikan serangan": a gapped pattern spanning what it asks for holds
                    # "agar Y" inside its span, after the owner right after the noun
                    inside = max([match.start + 1] + [m.last + 1 for m in sources if match.start < m.first < match.end])
                    asked = self._addressee(sentence, actors, inside, sources)
                if asked:
                    targets, how = asked, how + "+addressee"
            if not targets and sources and code in RELEASE_CODES:
                captors = self._captors(doc, sources)
                if captors:
                    # "called for the release of the miners": of whoever arrested or seized them
                    targets, how = captors, how + "+captor"
            if targets and sources and "passive" in how and code[:2] in OBJECT_EVENT_ROOTS:
                # "Penangkapan X oleh Y dikecam Z": the subject is an act, and the reaction is to its doer,
                # not to whoever the act befell
                inner = self._subject_noun(sentence, match.start, matches)
                if inner is not None and all(inner.start < t.first < match.start for t in targets):
                    doers, _, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
                    doers = _of_other_sides(doers, sources)
                    if doers:
                        targets, how = doers, how + "+subject-event"
            if sources and "passive" in how and code == MEDIATION_CODE:
                # "Perundingan antara A dan B dimediasi oleh X": X mediates between the parties of the
                # talks its subject names
                inner = self._subject_noun(sentence, match.start, matches)
                if inner is not None:
                    inner_sources, inner_targets, _ = self.arguments(doc, sentence, inner, actors, matches, None, None)
                    parties = [m for m in inner_sources + inner_targets if _side(m.code) not in {_side(s.code) for s in sources}]
                    if len(parties) > 1:
                        targets, how = parties, how + "+subject-event"
            if not targets and sources and "passive" in how and code[:2] in OBJECT_EVENT_ROOTS:
                # "Penahanan wartawan oleh polisi Belarus dikecam oleh PBB": the act criticised
                # stands for its doer
                done = self._subject_event(doc, sentence, match.start, matches, actors, sources)
                if done:
                    targets, how = done, how + "+subject-event"
            if not targets and sources and "passive" in how and code[:2] in OBJECT_EVENT_ROOTS:
                # "Draf yang diajukan X ditolak Y": a thing (no event noun) reacted to, with a passive
                # relative clause naming who put it forward, stands for that agent
                start = self.arguments.clause_start(sentence, match.start)
                by = [m for m in self._doer_in_object(sentence, actors, start, sources) if m.last < match.start]
                if by:
                    targets, how = by, how + "+subject-agent"
            if not targets and sources and "passive" in how and code[:2] in OBJECT_EVENT_ROOTS:
                # "The act was condemned by X": a definite noun of reference as the subject of the passive
                earlier = self._referred_subject(doc, sentence, match, sources)
                if earlier is not None:
                    targets, how = _doers(earlier), how + "+anaphora"
            if not targets and sources and light_kind == "receive":
                # "Penahanannya menuai kritik dari Austria": the act that drew the reaction stands for
                # whoever did it
                done = self._subject_event(doc, sentence, light, matches, actors, sources)
                if done:
                    targets, how = done, how + "+subject-event"
            if not targets and sources and light_kind == "receive" and self._anaphoric_subject(sentence, light):
                # "Langkah itu menuai kecaman dari Mesir": the act told just before drew it
                earlier = self._last_event_not_by(doc, sentence, {_side(m.code) for m in sources})
                if earlier is not None and earlier.sentence == sentence.index - 1:
                    targets, how = _doers(earlier), how + "+anaphora"
            own_side_only = bool(targets) and all(t.country and t.country in {m.country for m in sources}
                                                  for t in targets)
            if (not targets or own_side_only) and sources and reaction:
                # "memprotes pembangunan pulau buatan oleh China": the doer of what is reacted to (also over
                # people of the reacting side's own country read as the object: "menyerukan pembebasan
                # sandera oleh Hamas" is an appeal to Hamas)
                by = self._doer_in_object(sentence, actors, match.end, sources, own_phrase=match.pos == "noun")
                if by:
                    targets, how = by, how + "+object-agent"
            if not targets and sources and code[:2] in OBJECT_EVENT_ROOTS:
                earlier = self._referred_event(doc, sentence, match, sources)
                if earlier is not None:
                    targets, how = _doers(earlier), how + "+anaphora"
            if not targets and sources and code == MEDIATION_CODE:
                # "X chaired the talks": the parties of the talks reported before
                inner = self._object_event(sentence, match, matches)
                earlier = self._same_kind_before(doc, inner.entry.code, sources) \
                    if inner is not None and inner.entry.code[:2] == CONSULT_ROOT else None
                if earlier is not None:
                    targets, how = _doers(earlier), how + "+object-event-earlier"
            if not targets and sources and (code in BETWEEN_SIDES_CODES or _about_the_war(match)):
                sides = self._two_sides(doc, sources)
                if sides:
                    # sides guessed from the whole article, not named with the act: a mediator's one event is
                    # with the side named most (a mediation between named parties is one event per party)
                    targets, how = (sides[:1] if code == MEDIATION_CODE else sides), how + "+sides"
                else:
                    # "mendesak penghentian pertempuran di Yaman": the war's country
                    place = self._place_after(sentence, actors, match.end, max_gap=4)
                    if place is not None and _side(place.code) not in {_side(m.code) for m in sources}:
                        targets, how = [place], how + "+place"
            if not targets and sources and code[:2] in CONDITIONAL_TARGET_ROOTS:
                # "Putin mengancam akan membalas jika NATO mengirim pasukan": the threat is to whoever
                # the condition is about
                conditioned = condition_subject(self.cues, sentence, actors, match.end, sources)
                if conditioned:
                    targets, how = conditioned, how + "+condition"
            if not targets and sources and code.startswith(FORCE_THREAT):
                # "Israel Serang Iran, Teheran Janji Balas": a threat of force that names no one is aimed at
                # whoever has just attacked the threatener
                attackers = self._attackers_of(doc, sentence, sources)
                if attackers:
                    targets, how = attackers, how + "+attacker"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and (
                    match.pos == "noun" or nominal_use(sentence, match, self.cues)):
                # "a power plant was damaged in a drone attack by X": the attack befell the passive's subject
                # (also a verb's form used as a noun: "were killed in an Israeli strike")
                befallen = self._befallen_in(doc, sentence, match, actors, matches)
                if befallen:
                    targets, how = befallen, how + "+befallen"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and light is None:
                # "the army repelled an attack by the RSF": an attack that someone fends off was on them
                defenders = self._defenders(doc, sentence, match, actors, sources)
                if defenders:
                    targets, how = defenders, how + "+repelled"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and match.pos == "noun" and light is None:
                # "Dua tentara X tewas dalam serangan Y": the attack was on those it killed or wounded
                victims = self._victims(doc, sentence, actors, match.start, sources)
                if victims:
                    targets, how = victims, how + "+victims"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and match.pos == "noun" and light is None:
                # "Serangan X menewaskan 10 warga Y": the attack was on those its verb says it killed or wounded
                killed = self._killed_by(sentence, actors, match, sources)
                if killed:
                    targets, how = killed, how + "+killed"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and code not in PERSON_TARGET_CODES:
                # "meluncurkan serangan darat di Lebanon": a place right after the act is where it struck, before
                # any target guessed from the acts around it (the last victim, the last attacker)
                after = max([match.end] + [m.last + 1 for m in sources if m.first == match.end])
                after = self._past_postnominal(sentence, after)
                place = self._place_after(sentence, actors, after, max_gap=NEAR_PLACE_GAP, own=sources, others=matches)
                if place is not None and place.country not in {m.country for m in sources}:
                    targets, how = [place], how + "+place"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and code not in PERSON_TARGET_CODES and \
                    match.pos == "verb":
                # "Kyiv said Russian forces shelled the city overnight": a place noun as the object stands
                # for the place named last before it
                place = self._place_referred(doc, sentence, match, sources)
                if place is not None:
                    targets, how = [place], how + "+place-anaphor"
            if not targets and sources and code in WITHDRAWAL_CODES and "dari" in match.entry.targets:
                # "Pasukan Rusia mundur dari kota Kherson": a withdrawal from a place is from its country
                left = self._withdrawn_from(sentence, match, actors, sources)
                if left:
                    targets, how = left, how + "+place"
            if not targets and sources and match.pos == "verb" and match.voice == "active":
                # "memblokir dan menembakkan meriam air ke kapal X", "tak mendesak atau meminta jatah itu kepada
                # X": coordinated verbs share the target the second one names
                shared = self._coordinated_target(doc, sentence, match, actors, matches)
                if shared:
                    targets, how = shared, how + "+coordinated"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS:
                chained = self._chained_target(doc, sentence, sources)
                if chained:
                    targets, how = chained, how + "+chain"
            if not targets and sources and code[:2] in VIOLENCE_ROOTS and (match.pos != "noun" or light is not None):
                # a bare event noun ("serangan X di Y") names an attack, not an answer to the last one
                provoker = self._provoker(doc, sentence, sources)
                if provoker:
                    targets, how = provoker, how + "+retaliation"
            if not targets and sources and code[:2] in PLACE_TARGET_ROOTS and "passive" in how:
                # "Pangkalan udara di Qatar diserang rudal Iran", "Kota Kharkiv dihantam drone Rusia": the
                # place the passive's subject names was hit
                start = self.arguments.clause_start(sentence, match.start)
                place = self._place_after(sentence, actors, start, max_gap=match.start - start)
                if place is not None and place.first < match.start:
                    targets, how = [place], how + "+subject-place"
            if not targets and sources and code in VISIT_CODES and any(
                    0 < match.start - m.last <= 3 for m in sources):
                # "arrived in Rabat", "landed in Kharkiv": a visit to a place abroad is a visit to its country
                # (by the actor right before the verb: "X's aid arrived in Y" is no visit of X's)
                place = self._place_after(sentence, actors, match.end, max_gap=1)
                if place is not None and place.country not in {m.country for m in sources}:
                    targets, how = [place], how + "+place"
            if not targets and sources and (code[:2] in PLACE_TARGET_ROOTS or code.startswith(FORCE_THREAT)) and \
                    code not in PERSON_TARGET_CODES:
                # "serangan drone Rusia terhadap Kharkiv": after the possessor right after the noun (not
                # after an agent further on: "the shelling of Kherson by Russian troops")
                after = max([match.end] + [m.last + 1 for m in sources if m.first == match.end])
                place = self._place_after(sentence, actors, after, own=sources, others=matches)
                if place is not None:
                    targets, how = [place], how + "+place"
            if not targets and sources and code[:2] == POSTURE_ROOT:
                # "mengerahkan puluhan tank untuk mengepung Kota Gaza": forces deployed for an act are
                # aimed at whom that act is aimed at
                aimed = self._purpose_target(doc, sentence, match, actors, matches)
                if aimed:
                    targets, how = aimed, how + "+purpose"
            if not targets and sources and code[:2] == DISAPPROVAL_ROOT and match.pos != "noun":
                # "PBB menuduh bahwa X ...", "menemukan bukti bahwa X ...": an accusation with no object is
                # aimed at the subject of the content clause right after it
                accused = [m for m in self._accused(sentence, actors, match.end - 1, code) if m not in sources]
                if accused:
                    targets, how = accused, how + "+content-subject"
            if not targets and sources:
                # "X menyerang Y sebagai balasan atas serangan Z": Z's attack was on X (pipeline.replies)
                answerers = self._answerers(doc, sentence, match, sources)
                if answerers:
                    targets, how = answerers, how + "+answered"
            if not targets and sources and doc.language == "id":
                # "KPK memeriksa Bupati X. ... KPK lalu menahannya": an object clitic on the verb
                clitic = self._clitic_object(doc, sentence, match, sources)
                if clitic is not None:
                    targets, how = [clitic], how + "+clitic-object"
            if not targets:
                # "X berterima kasih kepada Y atas bantuannya": Y's aid to X (pipeline.replies)
                thanked = self._thanked_for(doc, sentence, match, sources)
                if thanked is not None:
                    (sources, targets), how = thanked, (how or match.voice) + "+thanked-for"
            if code[:2] in COOPERATION_ROOTS and sources:
                # "PM Thailand menggelar pertemuan bilateral Thailand-Malaysia dengan ...": one's own country
                # named bare is no partner in consultation or cooperation
                own = {m.country for m in sources}
                targets = [t for t in targets if not (t.code == t.country and t.country in own)]
            if sources and self._denied_act(sentence, light if light is not None else match.start):
                # "Vietnam membantah terlibat dalam serangan terhadap Kamboja": the sentence reports a
                # denial (016) about the act, said now, not the act itself
                code, how = DENIAL_CODE, how + "+denied"
            if light_kind == "receive" and sources and targets and self._refused(sentence, light):
                # "Meksiko tidak akan menerima penerbangan deportasi dari AS": not accepting what another
                # sends is rejecting it (12), by the one who would receive it
                sources, targets, code, how = targets, sources, REJECTION_CODE, how + "+refused"
            if code.startswith(RIOT_CODE) and sources and not targets:
                # "Aparat menembakkan gas air mata setelah massa mulai melakukan pelemparan": a crowd's riot in
                # a sentence that names its country's police is aimed at the police
                own = {m.country for m in sources}
                targets = [m for m in actors if _role(m) == "COP" and m.country in own and m not in sources
                           and not m.is_location][:1]
                how += "+police" if targets else ""
            if code == CLASH_CODE and sources and targets and all(_role(m) in CROWD_ROLES for m in sources) and \
                    all(_role(t) == "COP" and t.country in {m.country for m in sources} for t in targets):
                # "Demonstran bentrok dengan polisi": a crowd fighting its own police riots (145)
                code, how = RIOT_CODE, how + "+riot"
            demands = self._demands(doc, sentence, match, light, sources, code)
            if demands:
                # "X mengatakan Y harus mundur": X's demand on Y (pipeline.obligations); what a demand asks
                # for is its content, not an event of its own
                doc.predicates.extend(demands)
                self._drop(doc, sentence, match, "demanded", sources, targets)
                continue
            if sources and code[:2] in VIOLENCE_ROOTS:
                doc.violence.append((sentence.index, list(sources)))
            if (targets and self._perpetrators_befallen(sentence, match, "passive" in how, targets, matches, actors)) \
                    or self._perpetrators_act(sentence, match, actors):
                continue  # the perpetrators are unknown: no actor is invented for them
            if code in VISIT_CODES and sources and all(_role(m) in PRIVATE_TRAVELLER_ROLES for m in sources):
                continue  # "kedatangan pengungsi di Aceh", "tourists visited Japan": arrivals, no visit
            if code in VISIT_CODES and sources and all(self._owner_of_event_noun(sentence, m, [o for o in matches if o is not match]) for m in sources):
                # "Bantuan Indonesia untuk Gaza tiba di Mesir": what arrived is the aid, not its giver
                self._drop(doc, sentence, match, "thing-arrived", sources, targets)
                continue
            if not sources or (not targets and code[:2] not in self.untargeted_roots and investigated is None
                               and (code not in UNTARGETED_CODES or how.endswith("+denied"))
                               and code[:2] not in CONDITIONAL_TARGET_ROOTS):
                self._drop(doc, sentence, match, "no-source" if not sources else "no-target", sources, targets)
                continue  # a threat with no addressee yet may take the target of what it threatens
            if self._talks_retold(doc, sentence, code, sources, targets):
                self._drop(doc, sentence, match, "talks-retold", sources, targets)
                continue
            if code[:2] in VIOLENCE_ROOTS:
                # "a missile hit Tel Aviv", "strikes on Kyiv": a city struck is the country's, not its government
                targets = [replace(m, code=m.country) if m.kind in CITY_KINDS and m.country else m for m in targets]
            pred = Predicate(sentence.index, light if light is not None else match.start, match.end - 1,
                             code, f"{doc.language}.{how}{'+agreed-cooperation' if content else ''}: "
                             f"{match.entry.rule}", match.voice, match.pos)
            pred.sources, pred.targets = sources, targets
            if how.endswith(("+refused", "+denied")) or "+offered-act" in how:
                pred.factuality, pred.factuality_fixed = "asserted", True  # the refusal is made when said
            pred.symmetric_pair = "mutual" in how
            doc.predicates.append(pred)
            if self.trace is not None:
                self.trace.emitted(doc, sentence, match, pred)
            if pred.symmetric_pair and (code in EACH_WAY_CODES or (
                    reciprocal and code not in MUTUAL_CODES)) and len(sources) == 1:
                # "saling tuduh": two accusations, one each way, not one shared act; an exchange of
                # prisoners is two releases
                pred.symmetric_pair = False
                back = Predicate(pred.sentence, pred.first, pred.last, code, pred.rule + " (each way)",
                                 pred.voice, pred.pos)
                back.sources, back.targets = list(targets[:1]), list(sources)
                doc.predicates.append(back)
            if how == "between" and code in MUTUAL_CODES:
                self._third_party_host(doc, sentence, actors, pred, match.end)
            accepted_code = code if code == INVITATION_CODE else ACCEPTED_PREFIX + code[2:] if (
                code[:2] == APPEAL_ROOT and sentence.tokens[match.start].norm in self.cues["proposal"]) else None
            if accepted_code and light_kind == "receive" and sources and \
                    sentence.tokens[light].norm in self.cues["accept"]:
                # "X menerima undangan dari Y": invited, and accepting, the invitee means to meet; "X menerima
                # usulan gencatan senjata dari Y": accepting a proposal is the intent to do what it proposes
                # (CAMEO's 03x mirror the 02x appeals: 0256 → 0356)
                accepted = Predicate(pred.sentence, pred.first, pred.last, accepted_code, pred.rule + " (accepted)",
                                     pred.voice, pred.pos)
                accepted.sources, accepted.targets = list(targets), list(sources)
                doc.predicates.append(accepted)
            if code in HOSTING_CODES and targets and "between" not in how:
                # hosting a visit means the guest visited: "menerima kunjungan X", "X disambut di ..."
                # (not hosting talks between others: the parties met, and the host stood between them)
                guest = Predicate(pred.sentence, pred.first, pred.last, HOSTING_CODES[code],
                                  pred.rule + " (the guest's visit)", pred.voice, pred.pos)
                guest.sources, guest.targets = list(targets), list(sources)
                doc.predicates.append(guest)
        self._participation(doc, sentence, actors)
        self._mediation(doc, sentence, actors)
        self._evaluations(doc, sentence, actors)

    def _greeted_visitor(self, sentence: Sentence, match: PredicateMatch, targets: list[ActorMention]) -> bool:
        """A verb of greeting ("welcomed", "greeted") whose object is one or more people, followed by "to"
        or a locative and a place the gazetteer knows: a visitor received at a place, not an act praised."""
        tokens = sentence.tokens
        if tokens[match.start].norm not in self.cues["greeting"] or not all(m.person for m in targets):
            return False
        after = max(m.last for m in targets) + 1
        if after + 1 >= len(tokens) or not (tokens[after].norm in self.cues["locative"]
                                            or tokens[after].norm in self.cues["destination"]):
            return False
        place = next((k for k in range(after + 1, min(len(tokens), after + 3)) if tokens[k].is_capitalised), None)
        return place is not None and self.places is not None and \
            self.places.gazetteer.match_at(tokens, place) is not None

    def _evaluations(self, doc: Doc, sentence: Sentence, actors: list[ActorMention]) -> None:
        """"X menyebut latihan militer Y berbahaya", "“Tindakan Y ilegal,” kata X", "X menegaskan bahwa
        serangan Y tidak dapat diterima": a speaker who calls someone's act (or someone) illegal,
        unacceptable or dangerous criticises its doer (111). The act is coded on its own as well."""
        tokens = sentence.tokens
        norms = [t.norm for t in tokens]
        found = [(at, words) for at, norm in enumerate(norms) for words in self.evaluations.get(norm, ())
                 if tuple(norms[at : at + len(words)]) == words]
        for at, words in found:
            phrase = " ".join(words)
            if words[0] not in self.cues["negation"] and any(
                    norms[k] in self.cues["negation"] for k in range(max(0, at - NEGATED_EVALUATION), at)):
                continue  # "ASEAN tidak boleh dipandang sebagai ancaman", "bukan sebagai provokasi": no criticism
            claim = doc.claim_at(tokens[at].start)  # who says so: a reporting frame or quote around it
            speaker = claim.speaker if claim is not None and not claim.relay else None
            if speaker is None:
                # "X menyebut/menilai Y provokatif", "X called Y illegal": the subject of a naming verb
                start = self.arguments.clause_start(sentence, at)
                verb = next((i for i in range(at - 1, start - 1, -1) if norms[i] in self.cues["naming"]), None)
                if verb is not None:
                    subject = self.arguments.subject(doc, sentence, actors, verb, doc.excluded)
                    speaker = subject[0] if subject else None
            if speaker is None or not speaker.code or speaker.kind == "media":
                continue
            doers = self._evaluated(doc, sentence, actors, at, speaker)
            if not doers:
                continue
            done = {(p.code[:2], m.code, t.code) for p in doc.predicates if p.sentence == sentence.index
                    for m in p.sources for t in p.targets}
            doers = [d for d in doers if ("11", speaker.code, d.code) not in done]
            if not doers:
                continue
            pred = Predicate(sentence.index, at, at + len(words) - 1, EVALUATION_CODE,
                             f"{doc.language}.evaluation: {phrase}", "active", "verb")
            pred.sources, pred.targets = [speaker], doers
            pred.factuality_fixed = True  # "tidak dapat diterima" is the criticism, not its negation
            doc.predicates.append(pred)
            return

    def _evaluated(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], at: int,
                   speaker: ActorMention) -> list[ActorMention]:
        """Whom an evaluation is about: the doers of the last act named before it in its sentence, else
        the last actor named before it (not the speaker, not a place)."""
        lo = max(0, at - EVALUATION_WINDOW)
        own = _side(speaker.code)
        for pred in reversed([p for p in doc.predicates if p.sentence == sentence.index]):
            if lo <= pred.first < at and pred.sources and pred.code != EVALUATION_CODE:
                doers = [m for m in pred.sources if m.code and m.code != speaker.code]
                if doers:
                    return doers
        for m in reversed(actors):
            if lo <= m.first and m.last < at and m.code and m.code != speaker.code and not m.is_location \
                    and m is not speaker and m.kind not in ("media", "pronoun") and _side(m.code) != own:
                return [m]
        tokens = sentence.tokens
        if any(tokens[k].norm in self.cues["demonstrative"] for k in range(max(lo, speaker.last + 1), at)):
            # "X menyebut serangan itu sebagai pelanggaran kedaulatan": the act referred back to, told
            # in this sentence or the one before
            earlier = self._last_event_not_by(doc, sentence, {own})
            if earlier is not None and earlier.sentence >= sentence.index - 1:
                return [m for m in earlier.sources if m.code and _side(m.code) != own]
        return []

    def _subject_noun(self, sentence: Sentence, verb: int, matches: list[PredicateMatch]) -> PredicateMatch | None:
        """The event noun that opens the clause of a passive verb ("Penangkapan X oleh Y dikecam ...")."""
        start = self.arguments.clause_start(sentence, verb)
        tokens = sentence.tokens
        if start > 1 and tokens[start - 1].norm in self.cues["complement"]:
            # "Tuntutan X agar Y menggelar pemilu ditolak Z": the clause after "agar" is what the request
            # noun before it asks for, and the request is the passive's subject
            request = self._subject_noun(sentence, start - 1, matches)
            if request is not None and request.entry.code[:2] in REQUEST_ROOTS:
                return request
        first = next((m for m in matches if start <= m.start < verb), None)
        if first is None or any(t.is_word and t.norm not in self.cues["article"] for t in tokens[start:first.start]):
            return None
        # only an article may come before it, and a verb's form after one is its noun ("The arrest of X by Y
        # was condemned by Z")
        if first.pos != "noun" and not (first.start > start and tokens[first.start - 1].norm in self.cues["article"]):
            return None
        return first

    def _opening_place(self, sentence: Sentence, actors: list[ActorMention], verb: int) -> ActorMention | None:
        """"Di Malaysia, dua warga X ditahan", "In Malaysia, two X nationals were detained": a place set
        apart by a comma at the head of the sentence is where its clause happens."""
        tokens = sentence.tokens
        if not tokens or tokens[0].norm not in self.cues["locative"]:
            return None
        place = self._place_after(sentence, actors, 1, max_gap=0)
        if place is None or place.last + 1 >= verb or tokens[place.last + 1].text != ",":
            return None
        return place

    def _perpetrators_befallen(self, sentence: Sentence, match: PredicateMatch, passive: bool,
                               targets: list[ActorMention], matches: list[PredicateMatch],
                               actors: list[ActorMention]) -> bool:
        """"Pelaku serangan terhadap kedutaan X ditangkap", "menangkap dalang pengeboman di Y", "the
        perpetrators of the attack on X were arrested": the act befell whoever did the act a perpetrator
        word names (the passive's subject, the verb's object), and X or Y, after that act's word, is its
        victim or place, not whom this act befell."""
        here = [t.first for t in targets if t.sentence == sentence.index]
        if not here:
            return False
        lo = self.arguments.clause_start(sentence, match.start) if passive else match.end
        first = min(here)
        tokens = sentence.tokens
        return any(self._perpetrator_word(sentence, i, actors) and all(t.is_word for t in tokens[i:first]) and
                   any(i < m.start < first for m in matches) for i in range(lo, first))

    def _perpetrators_act(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention]) -> bool:
        """"the masterminds of the church bombing", "pelaku yang menyerang pos polisi": the act a
        perpetrator word names is theirs, not the sentence subject's, and they are unknown."""
        tokens = sentence.tokens
        lo = max(0, match.start - PERPETRATOR_WINDOW)
        return any(self._perpetrator_word(sentence, i, actors) and all(t.is_word for t in tokens[i:match.start])
                   for i in range(lo, match.start))

    def _perpetrator_word(self, sentence: Sentence, i: int, actors: list[ActorMention]) -> bool:
        """A perpetrator word on its own, not part of an actor's name ("pelaku usaha" are business people)."""
        return sentence.tokens[i].norm in self.cues["perpetrator"] and not any(
            m.first <= i <= m.last for m in actors if m.sentence == sentence.index)

    def _subject_event(self, doc: Doc, sentence: Sentence, light: int | None, matches: list[PredicateMatch],
                       actors: list[ActorMention], sources: list[ActorMention]) -> list[ActorMention]:
        """The doer of the event noun that is the subject of a receiving light verb."""
        if light is None:
            return []
        start = self.arguments.clause_start(sentence, light)
        inner = next((m for m in matches if start <= m.start < light and m.pos == "noun"), None)
        if inner is None:
            return []
        doers, _, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
        doers = _of_other_sides(doers, sources) or self._doer_in_object(sentence, actors, inner.end, sources)
        if doers:
            return doers
        earlier = self._same_kind_before(doc, inner.entry.code, sources)
        return _doers(earlier) if earlier is not None else []

    def _passive_agent(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                       targets: list[ActorMention], role: str) -> tuple[list[ActorMention], str]:
        """Who made a passive arrest or detention that names no agent, and how that was found: whoever
        arrested the same people before ("X menangkap tiga nelayan ... ketiga nelayan itu kini ditahan"),
        else the police reporting it ("Menurut polisi X, dua orang ditangkap"), else the implicit agent."""
        sources = self._earlier_captors(doc, targets)
        if sources:
            return sources, "+earlier-captor"
        sources = [m for m in actors if id(m) in doc.excluded and m.last < match.start
                   and (m.code or "").endswith(role)][:1]
        if sources:
            return sources, "+reporting-agent"
        held = {m.country for m in targets}
        claim = doc.claim_at(sentence.tokens[match.start].start)
        speaker = claim.speaker if claim is not None and not claim.relay else None
        if speaker is not None and speaker.code and speaker.code[3:6] in ENFORCING_ROLES and \
                speaker.code[:3] in held:
            # "“Tersangka ditahan di rutan,” kata Juru Bicara KPK": the law-enforcement body that tells of
            # the detention in its own words made it (KPK, a prosecutor, not the police by default)
            return [speaker], "+reporting-agent"
        place = self._opening_place(sentence, actors, match.start) if len(held) == 1 and None not in held else None
        if place is not None and place.country not in held:
            # "Di Malaysia, dua warga Indonesia ditahan ...": people held abroad are held by the police of the
            # country they are held in, not by their own (a place after the verb: _implicit_agent)
            return [_implicit(sentence, match.start, place.country, role)], "+implicit-agent-of-place"
        sources = self._implicit_agent(sentence, match, actors, targets, role)
        return sources, "+implicit-agent" if sources else ""

    def _attackers_during(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                          matches: list[PredicateMatch], victims: list[ActorMention]) -> list[ActorMention]:
        """The possessor of a violent event noun right after the passive verb and "dalam"/"akibat"
        ("diculik dalam serangan Hamas"), when it is not of the victims' own side."""
        tokens = sentence.tokens
        prep = match.end
        if tokens[match.start].norm in self.cues["casualty"]:
            return []  # "terbunuh dalam serangan X": the attack itself is on them (_victims), no second act
        if prep >= len(tokens) or tokens[prep].norm not in self.cues["victim_prep"]:
            return []  # (not "ditahan setelah serangan X": after an attack, anyone may act)
        noun = next((o for o in matches if o.start == prep + 1 and o.pos == "noun"
                     and o.entry.code[:2] in VIOLENCE_ROOTS), None)
        if noun is None:
            return []
        stop = self.arguments.clause_end(sentence, noun.end)
        doers = self.arguments.genitive(sentence, actors, noun.end, stop, noun.start) or \
            self.arguments.agent_after_noun(sentence, actors, noun.end, stop)
        hit = {m.code for m in victims}
        return [m for m in doers if m.code not in hit]

    def _withdrawn_from(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                        owners: list[ActorMention]) -> list[ActorMention]:
        """What forces or envoys were withdrawn (or people expelled) from: the actor after "dari", else the
        place there, of another country than ``owners``."""
        stop = self.arguments.clause_end(sentence, match.end)
        left, _ = self.arguments.after(sentence, actors, match.end, frozenset({"dari"}), stop, False)
        own = {m.country for m in owners}
        left = [m for m in left if m.country not in own]
        if left:
            return left
        place = self._place_after(sentence, actors, match.end, max_gap=2)
        return [place] if place is not None and place.country not in own else []

    def _implicit_role(self, sentence: Sentence, match: PredicateMatch, code: str) -> str:
        """The role of the unnamed doer of a passive act: the police arrest and detain, but who charges,
        tries or jails people ("didakwa", "diadili", "dipenjara") is the courts and prosecutors."""
        if sentence.tokens[match.start].norm in self.cues["court_act"]:
            return COURT_ROLE
        return IMPLICIT_AGENTS[code[:3]]

    def _event_subject(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """"Pihaknya menyebut peluncuran itu melanggar resolusi PBB": an active verb right after an event
        noun with a demonstrative has that event as its subject, which is no actor (not the speaker)."""
        i = match.start
        tokens = sentence.tokens
        return match.pos == "verb" and match.voice == "active" and i >= 2 and \
            tokens[i - 1].norm in self.cues["demonstrative"] and self.lexicon.starts_predicate(tokens[i - 2].norm)

    @staticmethod
    def _talks_retold(doc: Doc, sentence: Sentence, code: str, sources: list[ActorMention],
                      targets: list[ActorMention]) -> bool:
        """"X menerima telepon dari Y. Keduanya membahas ...": "the two" talking is the content of the
        talks the sentence before reported between the same two, not a second consultation."""
        if code[:2] != CONSULT_ROOT or not sources or any(m.kind != "both" for m in sources):
            return False
        pair = {(m.code or "")[:3] for m in sources + targets}
        return any(pred.sentence == sentence.index - 1 and pred.code[:2] == CONSULT_ROOT and
                   {(m.code or "")[:3] for m in pred.sources + pred.targets} == pair for pred in doc.predicates)

    def _discussed(self, sentence: Sentence, match: PredicateMatch, matches: list[PredicateMatch]) -> bool:
        """A cooperation noun right after a verb of consulting is the topic of the talks; so is an agreement
        or cooperation whose possibility, plan or subject is discussed ("membahas kemungkinan kesepakatan
        damai antara A dan B", "discussed a possible deal"): it is not yet made."""
        if match.pos != "noun" or match.entry.code[:2] not in (COOPERATION_TOPIC_ROOT, AGREEMENT_CODE[:2]):
            return False
        gap_words = self.cues["hypothetical"] | self.cues["future"] | self.cues["preposition"]
        for m in matches:
            if m.pos != "verb" or m.entry.code[:2] != CONSULT_ROOT or m.end > match.start:
                continue
            gap = sentence.tokens[m.end : match.start]
            if not gap and match.entry.code[:2] == COOPERATION_TOPIC_ROOT:
                return True
            if gap and len(gap) <= TOPIC_GAP and all(t.norm in gap_words or t.norm in self.cues["article"]
                                                     for t in gap):
                return True
        return False

    def _reactor(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch,
                 matches: list[PredicateMatch], sources: list[ActorMention]) -> list[ActorMention]:
        """The agent of the passive reaction verb whose subject is the event noun ``match``."""
        end = self.arguments.clause_end(sentence, match.end)
        verb = next((m for m in matches if match.end <= m.start < end and m.pos == "verb"), None)
        if verb is None or verb.voice != "passive" or verb.entry.code[:2] not in OBJECT_EVENT_ROOTS:
            return []
        own = {m.code for m in sources}
        return [m for m in self.arguments.agent(sentence, actors, verb.end, end) if m.code not in own]

    def _victims(self, doc: Doc, sentence: Sentence, actors: list[ActorMention], noun: int,
                 sources: list[ActorMention]) -> list[ActorMention]:
        """The subject of "... tewas/terluka dalam|akibat" right before a violent event noun: who it hit."""
        tokens = sentence.tokens
        prep = noun - 1
        if prep > 0 and tokens[prep].norm in self.cues["article"]:
            prep -= 1
        if prep < 1 or tokens[prep].norm not in self.cues["victim_prep"] or \
                tokens[prep - 1].norm not in self.cues["casualty"]:
            return []
        # (rebels of the same country may kill its soldiers: only the attackers themselves are left out)
        own = {m.code for m in sources}
        hit = self.arguments.subject(doc, sentence, actors, prep - 1, doc.excluded)
        # "X mengatakan bahwa dua orang luka-luka akibat serangan Y": the casualties are said inside X's
        # claim; X, who says it, is no victim when the subject search runs back past the frame
        claim = doc.claim_at(tokens[prep].start)
        return [m for m in hit if m.code not in own and (claim is None or m.start >= claim.start)]

    def _killed_by(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch,
                   sources: list[ActorMention]) -> list[ActorMention]:
        """The object of a verb of killing or wounding whose subject is the violent event noun ``match``
        ("Serangan udara X (dilaporkan) menewaskan sedikitnya 10 warga Y"): who the attack hit."""
        tokens = sentence.tokens
        end = self.arguments.clause_end(sentence, match.end)
        morphology = self.arguments.morphology
        for j in range(match.end, min(end, match.end + KILLED_WINDOW)):
            tok = tokens[j]
            if tok.norm in self.cues["killing"]:
                own = {m.code for m in sources}
                hit, _ = self.arguments.after(sentence, actors, j + 1, frozenset({"obj"}), end, True)
                # (an attack kills the other side's people: bare victims ("25 orang") that took the attacker's
                # country from the article stand for no one the text names)
                return [m for m in hit if m.code not in own and not _own_bare_victims(m, sources)]
            if not tok.is_word or tok.norm in self.cues["relative"] or (
                    tok.norm not in AUXILIARY_WORDS and tok.norm not in self.cues["demonstrative"] and
                    morphology is not None and morphology.looks_verbal(tok.norm)):
                return []  # ("Serangan tersebut menewaskan": "tersebut" looks like a ter- verb, and is none)
        return []

    def _possessor_target(self, sentence: Sentence, actors: list[ActorMention], match: PredicateMatch,
                          sources: list[ActorMention]) -> list[ActorMention]:
        """A target phrase opening with a possessive ("on its facilities", "at their boats") names what belongs
        to the actor the clause is about before the act's doers: the nearest actor before them, not one of
        them (Iran in "Iran condemned the American strike on its nuclear facilities")."""
        tokens = sentence.tokens
        preps = match.entry.targets - {"obj"}
        # a violent act's direct object too ("attacked its energy grid"); not a yielding or a recall of
        # one's own ("withdrew its troops", "recalled its ambassador")
        direct = "obj" in match.entry.targets and match.entry.code[:2] in PLACE_TARGET_ROOTS
        for i in range(match.end, min(len(tokens) - 1, match.end + POSSESSOR_PREP_WINDOW)):
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"]:
                return []
            if tokens[i].norm in preps or (direct and i == match.end and tokens[i].norm in self.cues["own"]):
                i -= tokens[i].norm in self.cues["own"]
                if tokens[i + 1].norm not in self.cues["own"]:
                    return []
                first, own = min(m.first for m in sources), {m.country for m in sources}
                owner = next((m for m in reversed(actors) if m.last < first and m.code and m.country
                              and m.country not in own and not m.is_location and m.kind != "media"
                              and not (m.person and tokens[i + 1].norm == "its")), None)
                return [owner] if owner is not None else []
        return []

    def _doer_in_object(self, sentence: Sentence, actors: list[ActorMention], after: int,
                        sources: list[ActorMention], own_phrase: bool = False) -> list[ActorMention]:
        """The agent closing the object noun phrase of a reaction: "... oleh X", "... yang diajukan X". With
        ``own_phrase`` (an event noun's own phrase) a passive verb ends the search: "Serangan Israel itu
        dikecam keras oleh Turki" names the critic, not whom Israel attacked."""
        tokens = sentence.tokens
        morphology = self.arguments.morphology
        for i in range(after, min(len(tokens), after + OBJECT_AGENT_WINDOW)):
            tok = tokens[i]
            if (not tok.is_word and tok.text != "-") or tok.norm in self.cues["boundary"]:
                return []  # (a hyphen inside a name goes on: "penyerbuan Masjid Al-Aqsa oleh X")
            if tok.norm in self.cues["agent"]:
                at = i + 1
            elif tok.norm in self.cues["source_prep"] and i > 0 and tokens[i - 1].norm in self.cues["put_forward"]:
                at = i + 1  # "rejected a ceasefire proposal from X", "turned down a request from X": who made it
            elif tok.norm in self.cues["relative"] and i + 2 < len(tokens) and morphology is not None and \
                    morphology.is_passive_form(tokens[i + 1].norm) and not any(m.last == i - 1 for m in actors):
                # (not "serangan milisi yang didukung X": a relative right after an actor describes the actor)
                # "menolak rancangan kesepakatan yang diusulkan (oleh) Norwegia"
                at = i + 3 if tokens[i + 2].norm in self.cues["agent"] else i + 2
            elif own_phrase and morphology is not None and morphology.is_passive_form(tok.norm) and \
                    self.arguments.is_predicate(tok.norm):
                return []
            else:
                continue
            if at < len(tokens) and tokens[at].norm in self.cues["anaphor_org"]:
                at += 1  # "oleh kelompok Abu Sayyaf": a group noun before the name
            doer = next((m for m in actors if m.first == at), None)
            # one's own side may be the doer when it is another body of the state ("Pemerintah mengutuk aksi
            # yang dilakukan oleh kelompok bersenjata"), not the same actor
            return [doer] if doer is not None and not doer.is_location and not any(
                compatible(doer.code, m.code) for m in sources) else []
        return []

    def _reciprocal(self, sentence: Sentence, start: int, end: int | None = None) -> bool:
        """"Kenya dan Somalia saling kecam", "accused each other": each side does it to the other."""
        tokens, reciprocal = sentence.tokens, self.cues["reciprocal"]
        if end is not None and end + 1 < len(tokens) and tokens[end].norm in reciprocal and \
                tokens[end + 1].norm in reciprocal:
            return True
        j = start - 1
        while j >= 0 and tokens[j].norm in AUXILIARY_WORDS and tokens[j].norm not in reciprocal:
            j -= 1
        return j >= 0 and tokens[j].norm in reciprocal

    def _chained_target(self, doc: Doc, sentence: Sentence, sources: list[ActorMention]) -> list[ActorMention]:
        """"Milisi menyerbu desa itu, menewaskan 14 orang dan menculik 30 orang": verbs of one violent
        sequence share the victim named first (not those abducted or shot during the attack, "diculik dalam
        serangan X": they say nothing of whom the attack was aimed at)."""
        own = {m.code for m in sources}
        for pred in reversed(doc.predicates):
            if pred.sentence != sentence.index:
                break
            if pred.targets and pred.code[:2] in VIOLENCE_ROOTS and own & {m.code for m in pred.sources} \
                    and DURING_ATTACK not in pred.rule:
                return list(pred.targets)
        return []

    def _befallen_in(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                     matches: list[PredicateMatch]) -> list[ActorMention]:
        """"X was damaged in a Y attack", "were killed during Y's strikes": the subject of a passive verb
        with no agent of its own, right before "in"/"during" and the event noun, is what the event hit."""
        tokens = sentence.tokens
        for verb in matches:
            if verb.pos != "verb" or verb.end > match.start or match.start - verb.end > BEFALLEN_WINDOW:
                continue
            between = tokens[verb.end : match.start]
            if not between or between[0].norm not in self.cues["locative"] | self.cues["event_preposition"] or \
                    not all(t.is_word and t.norm not in self.cues["boundary"] for t in between):
                continue
            sources, targets, how = self._arguments(doc, sentence, verb, actors, matches, None, None)
            if how == "passive" and not sources:
                return list(targets)
        return []

    def _defenders(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                   sources: list[ActorMention]) -> list[ActorMention]:
        """"X repelled / foiled / thwarted an attack by Y": the subject of a verb of fending off (cue kind
        ``repel``), its object the attack (an article and adjectives between), is whom the attack was on."""
        tokens = sentence.tokens
        j = before_modifiers(sentence, match.start, self.cues)
        doer = next((m for m in sources if m.last == j), None)
        if doer is not None:  # "a massive Russian assault": past the doer's adjective and the words before it
            j = before_modifiers(sentence, doer.first, self.cues)
        if j >= 0 and tokens[j].norm in self.cues["article"] | self.cues["own"]:
            j -= 1
        if j >= 1 and tokens[j].norm in REPEL_PARTICLES and tokens[j - 1].norm in self.cues["repel"]:
            j -= 1  # "fended off", "fought off", "beat back" an attack
        if j < 0 or tokens[j].norm not in self.cues["repel"]:
            return []
        own = {m.code for m in sources}  # a civil war's sides share a country: "the army repelled the RSF"
        found = self.arguments.subject(doc, sentence, actors, j, doc.excluded)
        return [m for m in found if not m.is_location and m.code not in own]

    def _provoker(self, doc: Doc, sentence: Sentence, sources: list[ActorMention]) -> list[ActorMention]:
        """"Setelah Armenia menembaki pos itu, militer Azerbaijan membalas ...": violence with no victim
        named answers the last violence by someone else, in this sentence or the one before."""
        own = {(m.code or "")[:3] for m in sources}
        for index, doers in reversed(doc.violence):
            if index < sentence.index - 1:
                break
            if not own & {(m.code or "")[:3] for m in doers}:
                return list(doers)
        return []

    @staticmethod
    def _attackers_of(doc: Doc, sentence: Sentence, sources: list[ActorMention]) -> list[ActorMention]:
        """The doers of the last violence against the sources' side, in this sentence or the one before."""
        own = {_side(m.code) for m in sources}
        for pred in reversed(doc.predicates):
            if pred.sentence < sentence.index - 1:
                break
            if pred.code[:2] in VIOLENCE_ROOTS and own & {_side(m.code) for m in pred.targets} and \
                    not own & {_side(m.code) for m in pred.sources}:
                return list(pred.sources)
        return []

    def _same_kind_before(self, doc: Doc, code: str,
                          sources: list[ActorMention]) -> Predicate | None:
        """The last event of the object noun's kind (its root) by someone else, reported before; for an
        agreement ("criticised the pact"), the last agreement or other joint act, not a praise of it."""
        own = {_side(m.code) for m in sources}
        found: list[Predicate] = []
        for pred in reversed(doc.predicates):
            if pred.code[:2] != code[:2] or not pred.sources:
                continue
            if code == AGREEMENT_CODE and pred.code != AGREEMENT_CODE and not pred.symmetric_pair:
                continue
            if own & {m.code for m in pred.sources} or {m.code for m in pred.sources} <= {m.code for m in sources}:
                continue
            found.append(pred)
        if not found:
            return None
        # of several doers, the one the article tells of most often (the story's own act, which reactions
        # are to), the latest on a tie
        told = Counter(frozenset(_side(m.code) for m in p.sources) for p in found)
        return max(found, key=lambda p: told[frozenset(_side(m.code) for m in p.sources)])

    @staticmethod
    def _act_before_in_sentence(doc: Doc, index: int, start: int,
                                sources: list[ActorMention]) -> Predicate | None:
        """The last event of the sentence ending before start, done by someone other than sources."""
        own = {_side(m.code) for m in sources}
        for pred in reversed(doc.predicates):
            if pred.sentence != index:
                break
            if pred.last < start and pred.sources and not own & {_side(m.code) for m in pred.sources}:
                return pred
        return None

    @staticmethod
    def _earlier_captors(doc: Doc, targets: list[ActorMention],
                         codes: frozenset[str] = CAPTURE_CODES) -> list[ActorMention]:
        """The doers of the last arrest or seizure (``codes``) reported before of people of the same code."""
        held = {m.code for m in targets if m.code}
        for pred in reversed(doc.predicates):
            if pred.code[:3] in codes and pred.sources and held & {t.code for t in pred.targets}:
                return list(pred.sources)
        return []

    @staticmethod
    def _captors(doc: Doc, sources: list[ActorMention]) -> list[ActorMention]:
        """The doers of the last arrest or seizure of people reported before, by someone else."""
        own = {(m.code or "")[:3] for m in sources}
        for pred in reversed(doc.predicates):
            if pred.code[:3] in CAPTURE_CODES and pred.sources and \
                    not own & {(m.code or "")[:3] for m in pred.sources}:
                return list(pred.sources)
        return []

    def _own(self, sentence: Sentence, m: ActorMention) -> bool:
        """"recalled its envoy", "withdrew their troops": the doer's own people, part of the event."""
        return m.first > 0 and sentence.tokens[m.first - 1].norm in self.cues["own"]

    def _adjectival(self, sentence: Sentence, match: PredicateMatch, matches: list[PredicateMatch],
                    actors: list[ActorMention]) -> bool:
        """"the detained protesters", "release detained protesters": a past participle between an article
        (or the end of another predicate) and the actor it describes is an adjective, not an event."""
        if match.compiled.template != "ed" or match.end - match.start != 1:
            return False
        head = sentence.tokens[match.start].text
        if "-" in head and head[:1].isupper():
            return True  # "a Qatar-mediated truce", "a US-brokered deal": a compound adjective, its doer inside
        if match.start == 0:
            return False
        if sentence.tokens[match.start - 1].text == "-" and match.entry.code[:2] in ALIGNMENT_ROOTS:
            return True  # "US-backed rebels", "Iran-funded militias": a standing alignment, a state, no event
        if not any(m.first == match.end for m in actors):
            return False
        before = sentence.tokens[match.start - 1].norm
        return before in self.cues["article"] or any(m.end == match.start for m in matches)

    def _before_agent(self, sentence: Sentence, match: PredicateMatch) -> PredicateMatch:
        """"were captured by Malian soldiers": a passive's gapped pattern ends before its agent ("by"); the
        words after it name who did the act, not whom it befell."""
        tokens = sentence.tokens
        if None not in match.compiled.words or match.voice not in ("passive", "participle") or not any(
                tokens[j].norm in self.cues["passive_aux"] for j in range(max(0, match.start - 2), match.start)):
            return match
        for j in range(match.start + 1, match.end):
            if tokens[j].norm in self.cues["agent"]:
                return replace(match, end=j)
        return match

    def _against_government(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """"anti-government marches", "anti-regime rallies": a modifier right before the event noun."""
        return match.start > 0 and sentence.tokens[match.start - 1].norm in self.cues["anti_government"]

    def _answered_with(self, sentence: Sentence, match: PredicateMatch, matches: list[PredicateMatch]) -> bool:
        """A verb of retaliating or answering ("membalas", "dibalas") whose act is named after "dengan" in its
        clause ("dibalas X dengan mengusir ..."): that act is the event, the answering verb is none."""
        tokens = sentence.tokens
        if match.pos != "verb" or tokens[match.start].norm not in self.cues["response"]:
            return False
        end = self.arguments.clause_end(sentence, match.end)
        withs = [i for i in range(match.end, min(end, match.end + RESPONSE_WINDOW))
                 if tokens[i].norm in self.cues["comitative"]]
        return any(m.start == i + 1 and m.pos == "verb" for i in withs[:1] for m in matches)

    def _cooperation_in_act(self, sentence: Sentence, match: PredicateMatch,
                            matches: list[PredicateMatch]) -> str | None:
        """"Polisi A dan B bekerja sama (untuk) menangkap ...": the cooperation is the act done together,
        a verb right after it."""
        at = match.end
        if at < len(sentence.tokens) and sentence.tokens[at].norm in self.cues["purpose"]:
            at += 1
        inner = next((m for m in matches if m.start == at and m.pos == "verb"), None)
        return COOPERATION_IN_ACT.get(inner.entry.code[:2]) if inner is not None else None

    def _with_partner(self, sentence: Sentence, match: PredicateMatch, targets: list[ActorMention], how: str) -> bool:
        """The target was read after a comitative preposition ("dengan", "bersama") of the act itself: a
        partner in it; not one after a place ("latihan di dekat perbatasan dengan X": the border's)."""
        if not any(f"+prep:{word}" in how for word in self.cues["comitative"]):
            return False
        first = min(m.first for m in targets)
        return not any(t.norm in self.cues["locative"] for t in sentence.tokens[match.end:first])

    def _wished(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """A verb after the "untuk" of a noun of wish or talks, its owner between ("keinginan Presiden X
        untuk mengakhiri perang", "membuka negosiasi untuk mengakhiri perang"): the act is only wished
        for or aimed at."""
        tokens = sentence.tokens
        at = match.start
        if match.pos != "verb" or at < 2 or tokens[at - 1].norm not in self.cues["purpose"]:
            return False
        for tok in reversed(tokens[max(0, at - 1 - WISH_WINDOW) : at - 1]):
            if tok.norm in self.cues["wish"]:
                # "niat X untuk berdialog dengan Y": an act of meeting, support or aid its owner intends is X's
                # expressed intent (the intentions component), not a wish of no event; ending a war is
                # still only wished ("keinginan X untuk mengakhiri perang" of others)
                return not (tok.norm in self.cues["willing_noun"] and match.entry.code[:2] in WISHED_INTENT_ROOTS)
            if not tok.is_word or tok.norm in self.cues["boundary"]:
                return False
        return False

    def _denied_act(self, sentence: Sentence, at: int) -> bool:
        """The act's verb (or its light verb) right after a verb of denial: "membantah menyerang ...",
        "menyangkal terlibat dalam ..." (a clause after "bahwa" keeps its own subject and stays the act,
        negated by modality)."""
        tokens = sentence.tokens
        return at > 0 and tokens[at - 1].norm in self.cues["denial"]

    def _refused(self, sentence: Sentence, light: int | None) -> bool:
        """An accepting light verb ("menerima") after a negated will ("tidak akan menerima", "tidak bersedia
        menerima"); not "belum menerima" or "tidak menerima" (it has not arrived)."""
        tokens = sentence.tokens
        if light is None or tokens[light].norm not in self.cues["accept"]:
            return False
        willed = False
        for tok in reversed(tokens[max(0, light - REFUSAL_WINDOW) : light]):
            if tok.norm in self.cues["negation"]:
                return willed
            if tok.norm in self.cues["future"] or tok.norm in self.cues["willing"]:
                willed = True
            elif tok.norm not in AUXILIARY_WORDS:
                return False
        return False

    def _against_measure(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """"berunjuk rasa menolak kenaikan pajak", "memprotes pemotongan anggaran": a protest about what
        only a government decides (a noun of a state measure a few words after it, in its clause)."""
        tokens = sentence.tokens
        for tok in tokens[match.end : match.end + MEASURE_WINDOW]:
            if not tok.is_word or tok.norm in self.cues["boundary"]:
                return False
            if tok.norm in self.cues["state_measure"]:
                return True
        return False

    @staticmethod
    def _own_government(sentence: Sentence, match: PredicateMatch, sources: list[ActorMention],
                        role: str) -> list[ActorMention]:
        """The government of the (one) country the sources belong to, unless they are it."""
        countries = {m.country for m in sources}
        if len(countries) != 1 or None in countries or any((m.code or "").endswith(role) for m in sources):
            return []
        return [_implicit(sentence, match.start, countries.pop(), role)]

    @staticmethod
    def _releasers(doc: Doc, sentence: Sentence, held: list[ActorMention]) -> list[ActorMention]:
        """The doer of a release reported earlier in the same sentence of the people now said to be held."""
        codes = {m.code for m in held}
        for pred in doc.predicates:
            if pred.sentence == sentence.index and pred.code[:3] == RELEASE_ROOT and \
                    codes & {m.code for m in pred.targets}:
                return list(pred.sources)
        return []

    def _implicit_agent(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                        targets: list[ActorMention], role: str) -> list[ActorMention]:
        """"Dozens of strikers were arrested": in the passive with no agent named, who arrests people is
        the police of the people's country, or of the place named right after the act ("tiga warga
        Malaysia ditangkap di Jakarta": Indonesia's; "didakwa di pengadilan AS": the US courts)."""
        countries = {m.country for m in targets}
        if len(countries) != 1 or None in countries:
            return []
        place = self._place_after(sentence, actors, match.end, max_gap=IMPLICIT_PLACE_GAP)
        return [_implicit(sentence, match.start, place.country if place else countries.pop(), role)]

    def _request_in(self, sentence: Sentence, match: PredicateMatch) -> tuple[int, str] | None:
        """A request noun that a rejection's own pattern names ("refused demands to ...", "rejected calls
        for ..."): its token and the code it has on its own."""
        for i in range(match.start + 1, match.end):
            for inner in self.lexicon.match(sentence.tokens[i : i + 1]):
                if inner.entry.code[:2] in WORDS_ROOTS:
                    return i, inner.entry.code
        return None

    def _words_answered(self, doc: Doc, sentence: Sentence, at: int, code: str, match: PredicateMatch,
                        speakers: list[ActorMention], answerers: list[ActorMention]) -> None:
        """The demand, criticism or accusation at token `at`, made by `speakers` of `answerers`, who
        rejected or denied it: an event of its own, asserted whatever became of it. A proposal is no
        such event: put forward, it asked nothing of those who reject it."""
        if sentence.tokens[at].norm in self.cues["proposal"]:
            return
        asked = Predicate(sentence.index, at, at, code, f"{doc.language}.request-rejected: {match.entry.rule}",
                          "nominal", "noun")
        asked.sources, asked.targets = list(speakers), list(answerers)
        asked.factuality_fixed = True  # the demand was made, whatever became of it
        doc.predicates.append(asked)

    def _accused(self, sentence: Sentence, actors: list[ActorMention], at: int, code: str) -> list[ActorMention]:
        """"membantah tuduhan Inggris bahwa Rusia berada di balik ...": an accusation or criticism whose
        content clause follows it ("bahwa X ...") is aimed at that clause's subject, who need not be the
        one denying it (a spokesman denies for his state)."""
        if code[:2] != DISAPPROVAL_ROOT:
            return []
        tokens = sentence.tokens
        for i in range(at + 1, min(len(tokens), at + CONTENT_WINDOW)):
            if tokens[i].norm in self.cues["complementizer"]:
                return [m for m in actors if m.first == i + 1 and not m.is_location and m.kind != "pronoun"][:1]
            if tokens[i].norm in self.cues["boundary"] or tokens[i].text in ",.;":
                return []
        return []

    def _request_source(self, sentence: Sentence, actors: list[ActorMention],
                        match: PredicateMatch, noun: int) -> list[ActorMention]:
        """Who made a rejected request: the actor after "from"/"of"/"by" right after it ("demands ... from
        the protesters", "the accusations made by X"), or its possessor ("X's criticism", "US demands")."""
        tokens = sentence.tokens
        for m in actors:
            if not m.is_location and match.start < m.first and (m.last == noun - 1 or (
                    m.last == noun - 2 and tokens[noun - 1].norm in POSSESSIVE_MARKS)):
                return [m]
        for i in range(match.end, min(len(tokens), match.end + 3)):
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"]:
                return []
            if tokens[i].norm in self.cues["source_prep"] | self.cues["agent"]:
                for m in actors:
                    if i < m.first <= i + 3 and not m.is_location:
                        return [m]
                return []
        return []

    def _referred_event(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                        sources: list[ActorMention]) -> Predicate | None:
        """"Laos menyambut usulan tersebut": a demonstrative in the object points back to the last
        event before it; its doer is the target."""
        if match.entry.code[:2] not in ANAPHORA_ROOTS or match.entry.code in MUTUAL_CODES:
            return None
        tokens = sentence.tokens
        window = list(range(match.start + 1, match.end)) if any(w is None for w in match.compiled.words) else []  # "called the move illegal"
        for i in range(match.end, min(len(tokens), match.end + ANAPHORA_WINDOW)):
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"]:
                break
            window.append(i)
        own = {_side(m.code) for m in sources}
        # the object's own article: right after the verb, inside a gapped pattern, or after "to" + verb
        # ("threatened to block the package"); not a reason after "for" ("thanked X for the decision")
        heads = {match.end, match.start + 1}
        if match.end < len(tokens) and tokens[match.end].norm in self.cues["infinitive"]:
            heads.add(match.end + 2)
        definite = [i for i in window if i - 1 in heads and tokens[i - 1].norm in self.cues["article"]]
        if not any(tokens[i].norm in self.cues["demonstrative"] for i in window) and \
                not any(tokens[i].norm in self.cues["event_reference"] for i in definite):
            # "threatened to block the package": the noun named with an earlier event ("a new package
            # of sanctions") points back to that event
            for i in definite:
                earlier = self._introduced_with(doc, sentence, tokens[i].norm, own)
                if earlier is not None:
                    return earlier
            return None
        return self._last_event_not_by(doc, sentence, own)

    @staticmethod
    def _last_event_not_by(doc: Doc, sentence: Sentence, own: set) -> Predicate | None:
        """The last event reported up to this sentence whose doers are not the reacting side."""
        for pred in reversed(doc.predicates):
            if pred.sentence > sentence.index:
                continue
            if pred.sources and not own & {_side(m.code) for m in pred.sources}:
                return pred
        return None

    def _referred_subject(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                          sources: list[ActorMention]) -> Predicate | None:
        """"The move was criticised by X": a clause opened by an article and a noun of reference ("the
        move", "the act", "the verdict"), then the passive, points back to the last event before it."""
        tokens = sentence.tokens
        start = self.arguments.clause_start(sentence, match.start)
        words = [t for t in tokens[start:match.start] if t.is_word]
        if not 3 <= len(words) <= 4 or words[0].norm not in self.cues["article"] or \
                words[1].norm not in self.cues["event_reference"] or words[2].norm not in self.cues["passive_aux"] or \
                any(t.norm not in self.cues["auxiliary"] and not t.norm.endswith("ly") for t in words[3:]):
            return None  # "the move was (widely) criticised"
        earlier = self._last_event_not_by(doc, sentence, {_side(m.code) for m in sources})
        # the act it names was told just before; an older event is not what "the act" points to
        return earlier if earlier is not None and earlier.sentence >= sentence.index - 1 else None

    @staticmethod
    def _introduced_with(doc: Doc, sentence: Sentence, word: str, own: set) -> Predicate | None:
        """The event nearest to the last earlier mention of a noun, in an earlier sentence."""
        for index in range(sentence.index - 1, -1, -1):
            positions = [k for k, t in enumerate(doc.sentences[index].tokens) if t.norm == word]
            if not positions:
                continue
            preds = [p for p in doc.predicates if p.sentence == index and p.sources
                     and not own & {_side(m.code) for m in p.sources}]
            if not preds:
                return None
            return min(preds, key=lambda p: min(abs(p.first - k) for k in positions))
        return None

    def _two_sides(self, doc: Doc, exclude: list[ActorMention]) -> list[ActorMention]:
        """The two sides of the article's conflict: the two countries (or groups) named most. A mediator
        or proposer from outside addresses both; one of the sides addresses the other."""
        own = {(m.code or "")[:3] for m in exclude}
        counts: dict[str, list[ActorMention]] = {}
        for mentions in doc.actors.values():
            for m in mentions:
                if not m.code or m.kind in ("media", "both", "pronoun") or m.is_location:
                    continue
                key = m.code if m.code.startswith(("IGO", "NGO")) else m.code[:3]
                counts.setdefault(key, []).append(m)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if len(ranked) < 2 or len(ranked[1]) < 2:
            return []
        top = ranked[:2]
        mine = [side for side in top if (side[0].code or "")[:3] in own]
        if mine:
            top = [side for side in top if side not in mine]
        else:
            top = [side for side in ranked if (side[0].code or "")[:3] not in own][:2]
            if len(top) < 2 or len(top[1]) < 2:
                return []
        sides = []
        for side in top:
            codes = [m.code for m in side]
            # the side as the article names it most often (Israel, not "sandera Israel")
            sides.append(max(side, key=lambda m: (codes.count(m.code), -len(m.code or ""))))
        return sides

    def _object_event(self, sentence: Sentence, match: PredicateMatch,
                      matches: list[PredicateMatch]) -> PredicateMatch | None:
        """An event noun in the object of a reaction ("mengecam serangan Israel", "memuji penangkapan
        ..."): whoever did that event is whom the reaction is about."""
        tokens = sentence.tokens
        for inner in matches:
            if inner.start < match.end or (inner.pos != "noun" and not nominal_use(sentence, inner, self.cues)):
                continue
            between = tokens[match.end : inner.start]
            if len(between) <= OBJECT_EVENT_WINDOW and all(
                    t.is_word and t.norm not in self.cues["boundary"] for t in between):
                return inner
            break
        return None

    def _accusation_answered(self, sentence: Sentence, match: PredicateMatch, matches: list[PredicateMatch]) -> bool:
        """The event noun in the object of a reaction is an accusation (112x: "tuduhan", "tudingan")."""
        inner = self._object_event(sentence, match, matches)
        return inner is not None and inner.entry.code.startswith(ACCUSATION_CODE)

    def _object_event_doers(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                            matches: list[PredicateMatch], actors: list[ActorMention],
                            targets: list[ActorMention]) -> list[ActorMention]:
        """The doers named with the event noun that stands between a verb and the targets it found after a
        preposition; none where there is no such noun or it names no doer of its own."""
        inner = self._object_event(sentence, match, matches)
        if inner is None or any(t.first < inner.end for t in targets):
            return []
        doers, _, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
        return [m for m in doers if m.first >= inner.end and m not in targets]

    def _clitic_object(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                       sources: list[ActorMention]) -> ActorMention | None:
        """The actor an object clitic on an active meN- verb refers to ("Polisi kemudian menangkapnya",
        "Jaksa menetapkannya sebagai tersangka"): the last person or role word named in the sentence
        before that is not the doer's own side nor a place. Only a verb that ends in "-nya" and opens its match; a
        noun with "-nya" ("penangkapannya") is a possessive, left alone."""
        head = sentence.tokens[match.start]
        if match.pos != "verb" or match.voice != "active" or not head.norm.startswith("me") or \
                not head.text.lower().endswith(OBJECT_CLITIC):
            return None
        own = {m.code for m in sources}

        def antecedents(mentions) -> list[ActorMention]:
            return [m for m in mentions if m.code and not m.is_location and m.code not in own
                    and m.kind in CLITIC_ANTECEDENT_KINDS]

        # "memeriksa Bupati X selama sembilan jam dan kemudian menahannya": the clause before, in the same
        # sentence, names the antecedent first (not the verb's own subject right before it)
        tokens = sentence.tokens
        before = antecedents(m for m in doc.actors.get(sentence.index, ()) if m.last < match.start and not all(
            t.norm in AUXILIARY_WORDS for t in tokens[m.last + 1 : match.start])) or \
            (antecedents(doc.actors.get(sentence.index - 1, ())) if sentence.index > 0 else [])
        if not before:
            return None
        return replace(before[-1], sentence=sentence.index, first=match.start, last=match.start,
                       start=head.start, end=head.end, text=head.text)

    def _purpose_target(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                        matches: list[PredicateMatch]) -> list[ActorMention]:
        """The target of the hostile act a purpose clause right after the predicate names ("... untuk
        mengepung Kota Gaza", "... guna menyerang X"): its actor, else the place it names."""
        tokens = sentence.tokens
        end = self.arguments.clause_end(sentence, match.end)
        at = next((i for i in range(match.end, min(end, match.end + PURPOSE_WINDOW))
                   if tokens[i].norm in self.cues["purpose"]), None)
        inner = next((m for m in matches if at is not None and at < m.start <= at + 2 and m.pos == "verb"
                      and m.entry.code[:2] in PLACE_TARGET_ROOTS), None)
        if inner is None:
            return []
        _, targets, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
        if targets:
            return targets
        place = self._place_after(sentence, actors, inner.end, max_gap=2)
        return [place] if place is not None else []

    def _investigated_doers(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                            matches: list[PredicateMatch], sources: list[ActorMention]) -> list[ActorMention] | None:
        """The doers of the act an investigation is about ("menyelidiki pembunuhan wartawan oleh milisi",
        "investigasi PBB terhadap serangan X"), other than the investigators; None when its object is no act."""
        # "Penembakan wartawan itu diselidiki polisi": in the passive the act investigated is the subject
        inner = self._subject_noun(sentence, match.start, matches) if match.voice == "passive" \
            else self._object_event(sentence, match, matches)
        if inner is None:
            return None
        doers, _, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
        own = {m.code for m in sources}  # a commission of a state may investigate that state's police
        return [m for m in doers if m.code not in own]

    def _offered_act(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                     matches: list[PredicateMatch], sources: list[ActorMention]
                     ) -> tuple[str, list[ActorMention]] | None:
        """The (code, targets) of a pledge or offer from the act it governs ("berkomitmen untuk mendukung
        Ukraina": 032 to Ukraine), when that act names a target of another side; else ``None``."""
        inner = next((m for m in matches if self._request_content(sentence, match, m, actors)), None)
        if inner is None:
            return None
        # "bersedia memberikan bantuan kepada X": a noun act keeps the slots its light verb opens
        light = self._light_verb(sentence, inner) if inner.pos == "noun" else None
        light_kind = self.light_verbs[sentence.tokens[light].norm] if light is not None else None
        doers, aimed, inner_how = self._arguments(doc, sentence, inner, actors, matches, light, light_kind)
        if "between" in inner_how or "mutual" in inner_how:
            # "menawarkan diri mendukung dialog antara X dan Y": both parties of a joint act
            aimed = list(doers) + [m for m in aimed if m not in doers]
        aimed = _of_other_sides(aimed, sources, coded=True)
        if not aimed:
            return None
        code = match.entry.code
        if code == GENERIC_INTENT:
            code = intent_code(inner.entry.code) or code
        return code, aimed

    def _anaphoric_subject(self, sentence: Sentence, verb: int) -> bool:
        """The clause of ``verb`` opens with a noun for an act and a demonstrative ("Langkah itu", "Keputusan
        tersebut"), auxiliaries at most between them and the verb."""
        tokens = sentence.tokens
        start = self.arguments.clause_start(sentence, verb)
        words = [t for t in tokens[start:verb] if t.is_word]
        return len(words) >= 2 and words[0].norm in self.cues["event_anaphor"] and \
            words[1].norm in self.cues["demonstrative"] and all(t.norm in AUXILIARY_WORDS for t in words[2:])

    def _coming_from(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                     matches: list[PredicateMatch]) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """"Kecaman (keras) juga datang dari X dan Y atas serangan Z": a reaction noun opening its clause, then
        a verb of coming and "dari", is made by the group after "dari"; it is about the doer of the act (or
        the actor) after "atas"/"terhadap", else about the doer of the last act told before it. (sources,
        targets), or ``None``."""
        tokens = sentence.tokens
        if self.arguments.clause_start(sentence, match.start) != match.start:
            return None
        i = match.end
        about = match.end < len(tokens) and tokens[match.end].norm in COMING_ABOUT
        # ("Kecaman atas serangan Israel juga datang dari X": the phrase of what it is about may come first, its
        # event noun no verb)
        reach = match.end + COMING_WINDOW + (COMING_ABOUT_WINDOW if about else 0)
        morphology = self.arguments.morphology
        while i < min(len(tokens), reach) and tokens[i].is_word and tokens[i].norm not in self.cues["comes_from"] \
                and not (self.arguments.is_predicate(tokens[i].norm) and not (
                    about and morphology is not None and not morphology.looks_verbal(tokens[i].norm))):
            i += 1
        if i + 2 >= len(tokens) or tokens[i].norm not in self.cues["comes_from"] or \
                tokens[i + 1].norm not in self.cues["source_prep"]:
            return None
        sources = self.arguments.group_at(sentence, actors, i + 2)
        if not sources:
            return None
        own = {_side(m.code) for m in sources}
        after = match.end if about else sources[-1].last + 1  # the phrase of what it is about, before or after
        if after < len(tokens) and tokens[after].norm in COMING_ABOUT:
            inner = next((m for m in matches if m.start == after + 1), None)
            if inner is not None:
                doers, _, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
                return sources, _of_other_sides(doers, sources)
            return sources, _of_other_sides(self.arguments.group_at(sentence, actors, after + 1), sources)
        earlier = self._last_event_not_by(doc, sentence, own)
        if earlier is not None and earlier.sentence >= sentence.index - 1:
            return sources, _of_other_sides(earlier.sources, sources)
        return sources, []

    def _refused_act_target(self, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                            sources: list[ActorMention]) -> list[ActorMention]:
        """The object, or the actor after a preposition, right after the act a refusal pattern spans, if it
        is of another side."""
        found, _ = self.arguments.after(sentence, actors, match.end, REFUSED_ACT_FRAME,
                                        self.arguments.clause_end(sentence, match.end), True)
        return _of_other_sides(found, sources, coded=True)

    def _embedded_in_requests(self, sentence: Sentence, matches: list[PredicateMatch],
                              actors: list[ActorMention] = ()) -> set[int]:
        """Predicates that are only the content of an appeal or demand ("mendesak agar Myanmar segera
        membebaskan para tahanan"): the appeal is the event, the release has not happened."""
        return {inner.start for outer in matches for inner in matches
                if self._request_content(sentence, outer, inner, actors)}

    def _agreed_act(self, sentence: Sentence, outer: PredicateMatch) -> bool:
        """An intent verb of agreeing or deciding ("agreed to"), not of promising ("pledged", "vowed to": cue
        ``willing``), whose hostile content is the act decided on rather than a threat."""
        return outer.entry.code[:2] == INTENT_ROOT and sentence.tokens[outer.start].norm not in self.cues["willing"]

    def _hostile_intents(self, sentence: Sentence, matches: list[PredicateMatch],
                         actors: list[ActorMention]) -> set[int]:
        """"agreed to impose sanctions", "pledged to retaliate": an intent verb whose content is a hostile act
        (coded itself) states no intent to cooperate."""
        found = set()
        for outer in matches:
            # the act agreed on is the first predicate after the verb ("agreed to halt the fighting" agrees to
            # a halt, not to fighting)
            inner = min((m for m in matches if m.start >= outer.end), key=lambda m: m.start, default=None)
            if inner is not None and inner.pos == "verb" and inner.start - outer.end <= AGREED_ACT_GAP and \
                    self._agreed_act(sentence, outer) and inner.entry.code[:2] in DECIDED_HOSTILE_ROOTS \
                    and self._request_content(sentence, outer, inner, actors, hostile=True):
                found.add(outer.start)
        return found

    def _request_content(self, sentence: Sentence, outer: PredicateMatch, inner: PredicateMatch,
                         actors: list[ActorMention] = (), hostile: bool = False) -> bool:
        """Whether ``inner`` is what the appeal, demand, offer or ultimatum ``outer`` asks for (with
        ``hostile``, also a hostile act an intent verb names, which is otherwise coded itself)."""
        if outer.entry.code[:2] not in REQUEST_ROOTS and outer.entry.code != ULTIMATUM_CODE and \
                not self._warned_addressee(sentence, outer, inner, actors):
            return False
        if inner.start <= outer.start:
            return False
        if not hostile and outer.start in self._hostile_intents(sentence, [outer, inner], actors):
            return False  # "agreed to impose sanctions on X": a hostile act agreed on is that act, no intent to cooperate
        tokens = sentence.tokens
        between = tokens[outer.end : inner.start]
        if inner.pos == "noun" and between and between[-1].norm in PRESUPPOSING_PREPOSITIONS:
            # "mendesak PBB mengambil tindakan atas agresi yang dilakukan X": the act an appeal answers,
            # after "atas", has happened; only what is asked for is content
            return False
        if any(t.text in {".", ";"} or (t.norm in self.cues["boundary"] and
                                         t.norm not in self.cues["complement"]) for t in between):
            return False
        if any(t.text == "," for t in between) and not self._listed_content(between):
            return False
        if self._main_verb_after_content(outer, inner, between) or self._coordinated_finite_verb(outer, inner, between):
            return False
        if tokens[outer.start].norm in self.cues["hope"] and between and all(
                self.light_verbs.get(t.norm) == "receive" for t in between):
            return False  # "berharap memperoleh pengakuan dari X": the giver's act, hoped for, not asked for
        # "meminta X (terus, segera) menampung ...": the one asked, auxiliaries allowed before the act
        # (or a state asked, negated, of the one asked: "Polri imbau massa tidak anarkis")
        addressee = (inner.pos == "verb" or self._negated_state(tokens, inner)) and outer.pos == "verb" and \
            outer.entry.code[:2] != "03" and between and any(
                m.first == outer.end and m.last < inner.start and
                all(t.norm in AUXILIARY_WORDS for t in tokens[m.last + 1 : inner.start]) for m in actors)
        asked = any(t.norm in self.cues["complement"] for t in between)
        if not addressee and inner.pos == "verb" and outer.pos == "verb" and outer.entry.code[:2] != "03":
            # "meminta dunia mengakui ...": a group with no actor code asked to act (a closed list of such groups)
            addressee = self._addressee_group(between)
        if outer.entry.code[:2] not in REQUEST_ROOTS:
            # an ultimatum carries an act as content only after "untuk"/"agar"
            return asked
        # "meminta Presiden menegur menterinya": the one asked, then what is asked of them
        # "mendesak agar Myanmar membebaskan", "mendesak gencatan senjata", "menawarkan ... dialog"
        return asked or (len(between) <= 1 and inner.pos == "noun") or bool(addressee)

    def _negated_state(self, tokens: list, inner: PredicateMatch) -> bool:
        """A noun or adjective of conduct right after a negation ("tidak anarkis", "jangan anarkis"): a way
        one is asked (not) to be, as a verb would be."""
        return inner.pos == "noun" and inner.start > 0 and tokens[inner.start - 1].norm in self.cues["negation"]

    def _warned_addressee(self, sentence: Sentence, outer: PredicateMatch, inner: PredicateMatch,
                          actors: list[ActorMention]) -> bool:
        """"Rusia memperingatkan NATO agar tidak mengirim pasukan", "warned Iran not to ...": a warning (13)
        to an actor named right after it, then "agar"/"supaya"/"to", carries what the addressee is told (not)
        to do as its content, like an ultimatum: the act is neither done nor the warner's."""
        if outer.entry.code[:2] != THREAT_ROOT or inner.start <= outer.end:
            return False
        tokens = sentence.tokens
        named = next((m for m in actors if m.first == outer.end and m.last < inner.start), None)
        if named is None:
            return False
        words = [t.norm for t in tokens[named.last + 1 : inner.start]]
        while words and words[0] in self.cues["negation"]:
            words = words[1:]  # "warned NATO not to send ..."
        # "agar", "supaya", "to": what the addressee is to do (not "untuk", a purpose of the warner's, nor
        # "that", what the warner says it will do)
        return bool(words) and words[0] in self.cues["complement"] and words[0] not in self.cues["purpose"] and \
            words[0] not in self.cues["complementizer"]

    def _addressee_group(self, between: list) -> bool:
        """The words between an appeal and the act it asks for name a group with no actor code ("dunia",
        "masyarakat internasional", "negara-negara Islam"): a cue phrase, then at most two words."""
        words = [t.norm for t in between]
        groups = self.cues["addressee_group"]
        return all(t.is_word for t in between) and any(
            " ".join(words[:n]) in groups and len(words) - n <= ADDRESSEE_GROUP_TAIL for n in range(1, 4))

    def _addressee(self, sentence: Sentence, actors: list[ActorMention], after: int,
                   sources: list[ActorMention]) -> list[ActorMention]:
        """The actor opening the clause after "agar"/"supaya" right after a demand or appeal."""
        tokens = sentence.tokens
        for i in range(after, min(len(tokens) - 1, after + ADDRESSEE_WINDOW)):
            if tokens[i].norm in self.cues["complement"]:
                # "menyerukan agar Rusia dan Ukraina segera ...": the addressees coordinated after "agar"
                # (after an article: "demanded that the Philippines stop ...")
                group = self.arguments.group_at(sentence, actors, i + 1)
                if not group and tokens[i + 1].norm in self.cues["article"]:
                    group = self.arguments.group_at(sentence, actors, i + 2)
                return _asked_of_others(group, sources)
            if not tokens[i].is_word or tokens[i].norm in self.cues["boundary"]:
                return []
        return []

    def _main_verb_after_content(self, outer: PredicateMatch, inner: PredicateMatch, between: list) -> bool:
        """"Desakan X agar Y mengakui Z ditolak W": after a demand noun's content clause,
        which has a verb of its own, a passive verb is the sentence's main verb, not more content."""
        morphology = self.arguments.morphology
        if outer.pos != "noun" or inner.voice != "passive" or morphology is None:
            return False
        opened = next((k for k, t in enumerate(between) if t.norm in self.cues["complement"]), None)
        return opened is not None and any(morphology.looks_verbal(t.norm) for t in between[opened + 1:])

    def _coordinated_finite_verb(self, outer: PredicateMatch, inner: PredicateMatch, between: list) -> bool:
        """"called on its supporters to take to the streets and accused the military of ...": a verb in the
        same past form as the appeal, after a coordinator, goes on with the main clause; what is asked
        stands in the base form after "to"."""
        return inner.compiled.template == "ed" and outer.compiled.template == "ed" and \
            any(t.norm in self.cues["coordinator"] for t in between) and \
            any(t.norm in self.cues["complement"] for t in between)

    def _listed_content(self, between: list) -> bool:
        """"mendesak Myanmar untuk menjamin ..., segera membebaskan ...": after "untuk"/"agar" the demands
        may run on as a list of verbs separated by commas; each is content, none an event. A comma before
        the complement word ends the appeal."""
        comma = next(k for k, t in enumerate(between) if t.text == ",")
        return any(t.norm in self.cues["complement"] for t in between[:comma])

    def _place_referred(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                        sources: list[ActorMention]) -> ActorMention | None:
        """The place a definite place noun right after a violent verb takes up ("attacked the city",
        "shelled the port town"): the last place the gazetteer knows before the verb, in its sentence or
        the two before it, that is not of the doers' own country."""
        tokens = sentence.tokens
        i = match.end
        if self.places is None or i >= len(tokens) or tokens[i].norm not in self.cues["definite"]:
            return None
        j = next((k for k in range(i + 1, min(len(tokens), i + 1 + PLACE_ANAPHOR_WORDS))
                  if tokens[k].norm in self.cues["place_anaphor"]), None)
        if j is None or not all(t.is_word and not t.is_capitalised for t in tokens[i + 1 : j]) or (
                j + 1 < len(tokens) and tokens[j + 1].norm in self.cues["source_prep"]):
            return None  # "the city of Sumy" names its place, and "_place_after" reads it
        own = {m.country for m in sources}
        for idx in range(sentence.index, max(-1, sentence.index - 1 - PLACE_ANAPHOR_SENTENCES), -1):
            words = doc.sentences[idx].tokens
            end = match.start if idx == sentence.index else len(words)
            named = [hit[0].country for k in range(end) if words[k].is_capitalised
                     and (hit := self.places.gazetteer.match_at(words, k)) is not None and hit[0].country]
            named = [c for c in named if c not in own]
            if named:
                return ActorMention(sentence.index, i, j, tokens[i].start, tokens[j].end, named[-1], named[-1],
                                    None, self._text(sentence, i, j), "place")
        return None

    def _place_after(self, sentence: Sentence, actors: list[ActorMention], after: int,
                     max_gap: int = 99, own: list[ActorMention] | tuple = (),
                     others: list[PredicateMatch] | tuple = ()) -> ActorMention | None:
        """"membom sebuah pasar di Idlib": an attack on a place hits the place's country; not past another
        event noun of ``others`` with an agent of its own after it (not one of the act's doers, ``own``)."""
        candidates = [(m.first, m.last, m.country, m.name) for m in actors
                      if m.first >= after and m.is_location and m.country]
        if self.places is not None:
            # places the gazetteer knows ("di Provinsi Jawa Barat", "di Kharkiv") stand for their country;
            # countries and capitals are actors already
            taken = {i for m in actors for i in range(m.first, m.last + 1)}
            candidates += [(start, last, place.country, place.name)
                           for start, last, place in self.places.find_places(sentence.tokens)
                           if start >= after and place.country and place.kind not in ACTOR_PLACE_KINDS]
            # a place as the direct object: "menembaki kota Kharkiv", "shelled the city of Kharkiv"
            for j in range(after, min(len(sentence.tokens), after + 4)):
                if j in taken or not sentence.tokens[j].is_word:
                    break
                if j > after and sentence.tokens[j - 1].is_capitalised and sentence.tokens[j].is_capitalised and \
                        sentence.tokens[j - 1].norm not in PLACE_FILLERS:
                    break  # "killed Ali Hassan": a word of a longer name (a person's), not the place Hassan
                hit = self.places.gazetteer.match_at(sentence.tokens, j)
                if hit is not None and hit[0].country and hit[0].kind not in ACTOR_PLACE_KINDS:
                    candidates.append((j, hit[1], hit[0].country, hit[0].name))
                    break
        for first, last, country, name in sorted(candidates):
            if first - after > max_gap:
                return None
            between = sentence.tokens[after:first]
            if any(t.text in {".", ";", ":"} or t.norm in self.cues["boundary"] for t in between):
                return None
            if any(after <= o.start and o.end <= m.first <= o.end + 1 and m.last < first and not m.is_location
                   and all(m is not s for s in own) for o in others for m in actors):
                return None  # "... sebagai balasan atas serangan X di Gaza": the place of another actor's act
            tokens = sentence.tokens
            return ActorMention(sentence.index, first, last, tokens[first].start, tokens[last].end, country,
                                country, name, self._text(sentence, first, last), "place")
        return None

    def _owner_of_event_noun(self, sentence: Sentence, m: ActorMention, matches: list[PredicateMatch]) -> bool:
        """``m`` is the possessor of an event noun right before it ("bantuan Indonesia", "kiriman senjata
        AS"), with only adjectives between."""
        return any(o.pos == "noun" and o.end <= m.first and self._past_postnominal(sentence, o.end) == m.first
                   for o in matches)

    def _coordinated_target(self, doc: Doc, sentence: Sentence, match: PredicateMatch,
                            actors: list[ActorMention], matches: list[PredicateMatch]) -> list[ActorMention]:
        """The target of a verb coordinated right after ``match`` ("menghadang dan menembaki kapal X")."""
        tokens = sentence.tokens
        if match.end >= len(tokens) or tokens[match.end].norm not in self.cues["coordinator"]:
            return []
        at = match.end + 1
        while at < len(tokens) and tokens[at].norm in AUXILIARY_WORDS:
            at += 1  # "mengecam dan juga menuntut", "memeriksa dan kemudian menahan"
        second = next((o for o in matches if o.start == at and o.pos == "verb" and o.voice == "active"), None)
        if second is None:
            return []
        _, targets, _ = self._arguments(doc, sentence, second, actors, matches, None, None)
        return targets

    def _anti_target(self, sentence: Sentence, match: PredicateMatch) -> ActorMention | None:
        """The country a protest noun is against, named in the word after it: "demonstrasi anti-Israel",
        "protes anti-Amerika Serikat" (the name may run on past the hyphenated word)."""
        tokens = sentence.tokens
        i = self._past_postnominal(sentence, match.end)
        if self.places is None or i >= len(tokens):
            return None
        tok = tokens[i]
        if tok.norm == ANTI_PREFIX[:-1] and i + 2 < len(tokens) and tokens[i + 1].text == "-":
            first = i + 2  # "Anti-Amerika Serikat", split at the hyphen between two capitalised words
            name = tokens[first:]
        elif tok.norm.startswith(ANTI_PREFIX) and len(tok.text) > len(ANTI_PREFIX):
            first = i
            rest = tok.text[len(ANTI_PREFIX):]
            name = [Token(rest, tok.start + len(ANTI_PREFIX), tok.end, normalise(rest))] + tokens[i + 1:]
        else:
            return None
        hit = self.places.gazetteer.match_at(name, 0)
        if hit is None or hit[0].kind != "country" or not hit[0].country:
            return None
        last = first + hit[1]
        country = hit[0].country
        return ActorMention(sentence.index, first, last, name[0].start, tokens[last].end, country, country,
                            hit[0].name, self._text(sentence, first, last), "country")

    def _hazard_subject(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """An active violent verb whose subject is a natural hazard or an accident ("gempa itu menewaskan",
        "badai dahsyat menghantam"): the hazard word among the few lowercase words right before the verb."""
        if match.pos != "verb" or match.voice != "active":
            return False
        tokens = sentence.tokens
        for j in range(match.start - 1, max(-1, match.start - 1 - HAZARD_WINDOW), -1):
            tok = tokens[j]
            if tok.norm in self.cues["hazard"]:
                return True
            if not tok.is_word or tok.is_capitalised or tok.norm in self.cues["boundary"]:
                break
        # "Gempa itu mengguncang Myanmar dan menewaskan ratusan orang": a clause opened by the hazard
        k = self.arguments.clause_start(sentence, match.start)
        while k < match.start and (tokens[k].norm in self.cues["article"] or tokens[k].norm in self.cues["quantity"]):
            k += 1
        return k < match.start and tokens[k].norm in self.cues["hazard"]

    def _past_postnominal(self, sentence: Sentence, i: int) -> int:
        """The token after the adjectives that may follow an event noun ("serangan darat besar-besaran di
        X", "serangan balasan di X"): where a phrase after the noun begins."""
        tokens = sentence.tokens
        while i < len(tokens) and tokens[i].norm in self.cues["postnominal"]:
            i += 1
        return i

    @staticmethod
    def _text(sentence: Sentence, first: int, last: int) -> str:
        return " ".join(t.text for t in sentence.tokens[first : last + 1])

    def _read(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
              matches: list[PredicateMatch]) -> tuple[int | None, str | None, list[ActorMention],
                                                      list[ActorMention], str]:
        """A predicate's light verb (and its kind), sources, targets and the rule that found them."""
        light = self._light_verb(sentence, match)
        receiver = None
        if light is None:
            light, receiver = self._giving_light_verb(sentence, match, actors)
        elif sentence.tokens[light].norm in BARE_GIVING_LIGHT_VERBS:
            # "Trump memberi Hamas ultimatum": with no article, the actor between the verb and the noun
            receiver = next((m for m in actors if m.first == light + 1 and m.last == match.start - 1
                             and not m.is_location and m.kind != "pronoun"), None)
        light_kind = self.light_verbs[sentence.tokens[light].norm] if light is not None else None
        sources, targets, how = self._arguments(doc, sentence, match, actors, matches, light, light_kind)
        if receiver is not None:
            # "Russia gave Ukraine an ultimatum": the indirect object receives the act, the subject does it
            sources = [m for m in sources if m is not receiver and m.first < light]
            targets, how = [receiver], how + "+indirect-object"
        if light_kind == "receive" and targets and match.entry.code[:2] in OBJECT_EVENT_ROOTS:
            doers = self._subject_event_doers(doc, sentence, light, actors, matches, targets)
            if doers:
                targets, how = doers, how + "+subject-event"
        return light, light_kind, sources, targets, how

    def _subject_event_doers(self, doc: Doc, sentence: Sentence, light: int, actors: list[ActorMention],
                             matches: list[PredicateMatch], targets: list[ActorMention]) -> list[ActorMention]:
        """"Iran's attack on Israel drew condemnation from X": an event noun heading the subject of a
        receiving light verb is what was received; the reaction is about its doers, not about the actor
        named in its prepositional phrase."""
        tokens = sentence.tokens
        inner = next((m for m in reversed(matches) if m.end <= light and (
            m.pos == "noun" or nominal_use(sentence, m, self.cues))), None)
        if inner is None or light - inner.end > SUBJECT_EVENT_WINDOW or not all(
                tokens[k].is_word and tokens[k].norm not in self.cues["boundary"] for k in range(inner.end, light)):
            return []
        if not all(inner.end <= t.first and t.last < light for t in targets):
            return []  # the target found is no actor of the noun's own phrase
        if max(t.last for t in targets) != light - 1:
            return []  # "support for X in facing threats from Y": the noun's phrase must run up to the light verb
        doers, _, _ = self._arguments(doc, sentence, inner, actors, matches, None, None)
        return [m for m in doers if m.last < light and m not in targets]

    def _giving_light_verb(self, sentence: Sentence, match: PredicateMatch,
                           actors: list[ActorMention]) -> tuple[int | None, ActorMention | None]:
        """"gave Ukraine an ultimatum", "sent Moscow a stern warning": a verb of giving, an actor (the
        receiver), an article and up to three modifiers before the event noun."""
        if match.pos != "noun" and not nominal_use(sentence, match, self.cues):
            return None, None
        tokens = sentence.tokens
        j = before_modifiers(sentence, match.start, self.cues)
        if j < 2 or tokens[j].norm not in self.cues["article"]:
            return None, None
        receiver = next((m for m in actors if m.last == j - 1 and not m.is_location and m.kind != "pronoun"
                         and m.first >= 1 and tokens[m.first - 1].norm in GIVING_LIGHT_VERBS
                         and tokens[m.first - 1].norm in self.light_verbs), None)
        if receiver is None:
            return None, None
        return receiver.first - 1, receiver

    def _arguments(self, doc: Doc, sentence: Sentence, match: PredicateMatch, actors: list[ActorMention],
                   matches: list[PredicateMatch], light: int | None,
                   light_kind: str | None) -> tuple[list[ActorMention], list[ActorMention], str]:
        """The argument finder's sources and targets; a threat noun spanning the act it threatens
        ("ancaman Korea Utara yang akan membom ...") holds its possessor inside the span."""
        sources, targets, how = self.arguments(doc, sentence, match, actors, matches, light, light_kind)
        if match.entry.code[:2] in CONDITIONAL_TARGET_ROOTS and match.pos == "noun":
            held = threatener_in_gap(sentence, match, actors, sources, targets)
            if held is not None:
                (sources, targets), how = held, (how or "nominal") + "+threatener"
        if not sources and match.pos == "noun" and light is None and any(w is None for w in match.compiled.words):
            # "tuduhan Amerika Serikat soal spionase": a gapped pattern whose kind word follows the noun's
            # owner ("tuduh ... spionase") holds the owner right after the head, inside the span
            owner = next((m for m in actors if m.first == match.start + 1 and m.last < match.end - 1
                          and m.code and not m.is_location and m.kind != "pronoun"), None)
            if owner is not None:
                sources, how = [owner], (how or "nominal") + "+owner-in-gap"
        return sources, targets, how

    def _claimed_for(self, tokens: list, start: int) -> int | None:
        """The light verb of "claimed responsibility for (the) <event noun>" (cue ``responsibility``): who
        claims an act as their own did it."""
        j = start - 1
        if j >= 0 and tokens[j].norm in self.cues["article"]:
            j -= 1
        if j >= 2 and tokens[j].norm in self.cues["charge_prep"] and tokens[j - 1].norm in self.cues["responsibility"] \
                and tokens[j - 2].norm in self.light_verbs and self.light_verbs[tokens[j - 2].norm] == "support":
            return j - 2
        return None

    def _received_bare_form(self, sentence: Sentence, match: PredicateMatch) -> bool:
        """"received support from X", "faced strong pressure from X": the base form of a verb right after a
        receiving light verb (past a few lower-case modifiers) is its object noun, so the subject receives it."""
        if match.compiled.template != "0":
            return False
        tokens = sentence.tokens
        for i in range(match.start - 1, max(-1, match.start - 1 - RECEIVED_MODIFIERS - 1), -1):
            if self.light_verbs.get(tokens[i].norm) == "receive":
                return True
            if not tokens[i].is_word or tokens[i].is_capitalised or tokens[i].norm in self.cues["boundary"]:
                return False
        return False

    def _light_verb(self, sentence: Sentence, match: PredicateMatch) -> int | None:
        tokens = sentence.tokens
        # "menuai protes dari X": a bare root right after a light verb is its noun, not a verb
        bare_noun = match.compiled.template == "0v" and match.start > 0 and \
            tokens[match.start - 1].norm in self.light_verbs
        bare_noun = bare_noun or self._received_bare_form(sentence, match)
        if match.pos != "noun" and not nominal_use(sentence, match, self.cues) and not bare_noun:
            return None
        if after_possessive(sentence, match.start):
            return None  # "Moscow's continued attacks": the possessor does it, not the verb's subject
        claimed = self._claimed_for(tokens, match.start)
        if claimed is not None:
            return claimed  # "claimed responsibility for the attack": the claimer did it
        i = match.start - 1
        if i >= 1 and tokens[i].norm in self.cues["genitive"] and tokens[i - 1].norm in self.cues["container"]:
            # "adopted a new package of sanctions", "launched a wave of strikes": the light verb stands
            # before the container's article (not "a widening series of raids")
            for j in range(i - 2, max(-1, i - 2 - CONTAINER_WINDOW), -1):
                if not tokens[j].is_word:
                    return None
                if tokens[j].norm in self.light_verbs and tokens[j + 1].norm in self.cues["article"]:
                    return j
            return None
        for i in range(match.start - 1, max(-1, match.start - 1 - LIGHT_VERB_WINDOW), -1):
            tok = tokens[i]
            if tok.norm in self.light_verbs:
                return i
            if not tok.is_word or tok.norm in self.cues["boundary"] or tok.norm in self.cues["subordinator"]:
                break  # "menegaskan bahwa serangan X ...": the clause after "bahwa" has its own actors
        j = before_modifiers(sentence, match.start, self.cues)
        wide = before_modifiers(sentence, match.start, self.cues, most=2 * MODIFIER_RUN + 1)
        if wide < j and any(tokens[k].norm in MODIFIER_COORDINATORS for k in range(wide + 1, match.start)):
            j = wide  # "a new air and ground offensive": two coordinated runs of modifiers
        if 1 <= j < match.start - 1 and (tokens[j].norm in self.cues["article"] or tokens[j].norm in self.cues["own"]) \
                and tokens[j - 1].norm in self.light_verbs:
            return j - 1  # "launched a massive drone attack", "launched its largest air strikes": past the modifiers
        return None


class Grievances:
    """Pipeline component (after modality): a hostile act claimed by its own victim is also the victim's
    accusation: "Menurut Lukashenko, Polandia ingin menggulingkannya" is Lukashenko accusing Poland (112). A
    denial ("Rusia tidak akan menyerang ..., kata Putin") accuses nobody."""

    name = "grievances"

    def __call__(self, doc: Doc) -> None:
        for pred in list(doc.predicates):
            reporter = pred.reported_by
            if reporter is None or not reporter.code or int(pred.code[:2]) < 11 or pred.code[:3] == "112":
                continue
            if pred.factuality in ("negated", "hypothetical"):
                continue
            # a place where the act happened ("... di Gaza, kata pejabat Palestina") is not a victim who
            # complains: the reporter must be hit as an actor
            if not any(compatible(reporter.code, t.code) for t in pred.targets
                       if not t.is_location and t.kind != "place"):
                continue
            accused = [m for m in pred.sources if not compatible(reporter.code, m.code)]
            if not accused:
                continue
            claim = Predicate(pred.sentence, pred.first, pred.last, ACCUSATION_CODE,
                              pred.rule + " (claimed by its target: an accusation)", pred.voice, pred.pos)
            claim.sources, claim.targets = [reporter], accused
            claim.factuality_fixed = True  # the accusation itself is made, whatever it claims
            claim.reported_by = reporter
            doc.predicates.append(claim)


def _doers(pred: Predicate) -> list[ActorMention]:
    """Who did an event reacted to later: its sources, and for a joint act (an agreement both signed, talks
    both held) its other party too."""
    return list(pred.sources) + ([m for m in pred.targets if m not in pred.sources] if pred.symmetric_pair else [])


def _ends_clause(sentence: Sentence, end: int) -> bool:
    """Nothing but punctuation after end up to the end of its clause: the predicate closes it."""
    tokens = sentence.tokens
    return end >= len(tokens) or not tokens[end].is_word


def _of_other_sides(mentions: list[ActorMention], sources: list[ActorMention],
                    coded: bool = False) -> list[ActorMention]:
    """The ``mentions`` not of the sources' own side (with ``coded``, only those with a code)."""
    own = {_side(m.code) for m in sources}
    return [m for m in mentions if (m.code or not coded) and _side(m.code) not in own]


def _asked_of_others(mentions: list[ActorMention], sources: list[ActorMention]) -> list[ActorMention]:
    """Who a demand asks to act, but not the demanders' own side: a country's state bodies are one side, while
    its people's groups (workers, students, parties) ask their own state ("buruh menuntut agar pemerintah
    ..."). The state advising its people ("menyarankan agar warga tidak ...") is a public notice, no event."""
    def civil(m: ActorMention) -> bool:
        return bool(m.code) and len(m.code) > 3 and m.code[3:6] not in STATE_ROLES and \
            not m.code.startswith(("IGO", "NGO"))
    return [m for m in mentions if m.code not in {s.code for s in sources}
            and (_of_other_sides([m], sources) or (not civil(m) and any(civil(s) for s in sources)))]


def _own_bare_victims(m: ActorMention, sources: list[ActorMention]) -> bool:
    """A bare role word ("25 orang", "warga") that took its country from the article, not from the text,
    and took the attacker's own: not a victim the text names."""
    return m.role is not None and m.country in {s.country for s in sources}
