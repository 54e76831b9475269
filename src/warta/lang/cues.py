"""Function words and cues per language (``lang/<language>/cues.tsv``): speech verbs, attribution,
negation, future and hypothetical markers, clause boundaries, coordinators, pronouns."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataFileError
from ..tokens import normalise
from ..tsvdata import read_tsv

KINDS = frozenset({
    "speech", "report", "negation", "future", "hypothetical", "boundary", "coordinator", "agent", "locative",
    "pronoun_person", "pronoun_group", "pronoun_speaker", "demonstrative", "former", "passive_aux",
    "complement", "subordinator", "between", "source_prep", "onset", "determiner", "infinitive", "genitive",
    "participate", "participant", "example", "preposition", "relative", "event_anaphor", "reciprocal", "purpose",
    "article", "auxiliary", "anti_government", "reluctance", "origin", "own", "pronoun_object", "quantity",
    "event_reference", "event_preposition", "container", "postnominal", "evaluation", "nominal_object", "verbal_noun_object", "repel", "naming", "instrument",
    "according", "passive_speech", "postposed_marker", "claim_anaphor", "definite", "announce", "relay", "quote_final", "speaker_anaphor", "unnamed", "complementizer",
    "clause_opener", "clause_speech", "continuation", "statement", "statement_prep", "anaphor_country", "anaphor_org",
    "anaphor_vessel", "local_here",
    "willing", "not_ruled_out", "consequence", "consequence_bearer", "denial", "called_off", "scheduled", "take_place",
    "intermediary", "comitative", "dispatch", "accept", "counterpart", "controller", "resultative", "aim", "casualty", "victim_prep",
    "killing", "hazard", "verb_tail", "wanted_clause", "making", "generic", "negated_adjective",
    "pronoun_thing", "impersonal",
    "hope", "proposal", "inscription", "time_zone", "named_place", "state_measure", "belonging", "response",
    "particle", "charge_prep", "perpetrator", "background", "wish",
    "occasion", "court_act", "captive", "collective", "obligation", "reply", "thanks_for", "place_noun", "place_anaphor", "launch", "belonging_prep", "greeting", "destination",
    "conduct_noun", "currency", "headline_travel", "native", "title_article", "reflexive", "reflexive_compound",
    "addressee_group", "place_modifier", "put_forward", "unidentified", "issued_text", "comes_from",
    "responsibility", "attempt", "willing_noun", "plan", "ability", "refusal", "speaking", "quoting",
    "envoy", "apposition",
})


#: kinds whose words only mark a reference to an actor ("kapal tersebut", "polisi setempat") or a currency ("dolar
#: AS"), and are ordinary nouns and adjectives (or verbs: "won") otherwise: they are no cue words for the readings
#: that skip cue words (``Cues.all``)
REFERENCE_KINDS = frozenset({"anaphor_vessel", "local_here", "currency", "envoy"})


@dataclass(frozen=True)
class Cues:
    language: str
    words: dict[str, frozenset[str]]

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.words.get(kind, frozenset())

    @property
    def all(self) -> frozenset[str]:
        """Every cue word of every kind but the ``REFERENCE_KINDS``."""
        return frozenset().union(*(ws for kind, ws in self.words.items() if kind not in REFERENCE_KINDS))

    def kind_of(self, word: str) -> set[str]:
        return {k for k, ws in self.words.items() if word in ws}


@cache
def load_cues(language: str) -> Cues:
    path = Path(__file__).parent / language / "cues.tsv"
    if not path.exists():
        raise DataFileError(f"no cue list for language {language!r} ({path})")
    words: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(path, required=("word", "kind")):
        if row["kind"] not in KINDS:
            raise row.fail(f"unknown cue kind {row['kind']!r}; expected one of {', '.join(sorted(KINDS))}")
        words[row["kind"]].add(" ".join(normalise(w) for w in row["word"].split()))
    return Cues(language, {k: frozenset(v) for k, v in words.items()})
