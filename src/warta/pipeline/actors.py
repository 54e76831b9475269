"""Actors: mentions in each sentence → CAMEO actor codes.

Finds the knowledge base's phrases in a sentence (longest match first), then composes them the way news
writes actors: a role word with a country or organisation and a name ("Menteri Luar Negeri Qatar Majed Al
Ansari", "Russian President Vladimir Putin", "militer AS", "pemerintah Rusia"). People are coded by the
role they hold on the article's date. A person named in full once is known later by surname; "ia/dia"
resolve to the nearest person before them, definite nouns ("negara itu", "kelompok tersebut", "the group")
to the last actor they fit. A name in apposition to a title ("Menteri X, Luis Ortega," or "Samuel Ortega,
Menteri X,") but not in the knowledge base is kept with the title's code, or with ``code: None`` when there
is none. Names in another spelling than the knowledge base's are found by their variant key
(``knowledge/names.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..knowledge import ActorEntry, KnowledgeBase
from ..knowledge.names import variant_key
from ..lang.cues import Cues
from ..tokens import Token
from .doc import ActorMention, Doc, Sentence

KIND_PRIORITY = {"person": 0, "media": 1, "org": 2, "country": 3, "seat": 4, "milseat": 4, "capital": 5,
                 "adjective": 6, "alias": 0, "role": 7}
#: words before a role word that count people rather than describe a thing, or name the side they make
#: up ("menurut pihak militer": the military, not a kind of side), or single out one member ("oknum polisi":
#: a police officer, in news one who acted on his own)
QUANTIFIERS = frozenset({"pihak", "para", "sejumlah", "ribuan", "ratusan", "puluhan", "jutaan", "beberapa", "banyak",
                         "seorang", "sebuah", "semua", "seluruh", "kaum", "dua", "tiga", "lima", "sekelompok",
                         "anggota", "many", "several", "some", "the", "a", "an", "two", "three", "hundreds",
                         "thousands", "oknum"})
POSSESSIVES = frozenset({"'s", "’s"})
#: words after which a capital is still an actor ("ke Moskow", "oleh Washington", "bahwa Beijing")
NON_MODIFIERS = frozenset({"ke", "kepada", "terhadap", "oleh", "dari", "dengan", "antara", "dan", "atau",
                           "bahwa", "menurut", "juga", "pun", "sementara", "to", "by", "from", "with",
                           "against", "and", "that"})
#: buildings and grounds that belong to the actor named after them ("kantor polisi", "markas partai")
PREMISES = frozenset({"kantor", "markas", "rumah"})
#: a state's buildings abroad, role words (GOV) that name a place rather than people
MISSIONS = PREMISES | {"kedutaan", "kedubes", "konsulat"}
#: the country of a bare role word when the article names none: Indonesian news is about Indonesia
DEFAULT_COUNTRY = {"id": "IDN"}
#: armed groups that are no state's forces: a bare "milisi", "pemberontak" is of the place where it acts
#: before it is of the article's country
LOCAL_ARMED_ROLES = frozenset({"REB", "UAF", "INS", "SEP"})
#: roles of armed forces and groups, state's or not
ARMED_ROLES = LOCAL_ARMED_ROLES | {"MIL", "COP"}
#: role codes a bare role word may take from the article's focus country
FOCUS_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "EDU", "LAB", "SPY", "REB", "SEP",
                         "UAF", "CRM", "REF", "HLH", "NGO", "ELI", "ENV"})
#: more role codes a bare role word takes from the focus country in one language's news: Indonesian news
#: names its own farmers, fishers, rights campaigners and clergy without saying whose ("petani menolak ...",
#: "ulama mengecam ..."; the Pope and cardinals, CTH, are the Holy See's and stay out); in English news of
#: the world a bare "farmers" is as often another country's
FOCUS_ROLES_OF_LANGUAGE = {"id": frozenset({"AGR", "HRI", "REL", "MOS", "CHR", "BUD"})}
#: roles of people who act where they live (militias, insurgents, crowds, students, police): unnamed, they
#: belong to the country where the sentence places their act, not to the foreign country the article is
#: about; and one scene's unnamed locals are of one country ("mahasiswa berunjuk rasa di Jakarta ... polisi
#: membubarkan massa": Indonesia's police, though the article is about Israel)
LOCAL_ROLES = frozenset({"UAF", "REB", "INS", "CVL", "COP", "CRM", "LAB", "OPP", "AGR", "EDU"})
#: roles of a state's civil bodies: unnamed after an unnamed local actor in its sentence, they are that
#: actor's state ("mahasiswa mendesak pemerintah ...": the students' own government)
CIVIL_STATE_ROLES = frozenset({"GOV", "LEG", "JUD"})
#: kinds of knowledge-base entry that name a state as a whole (not one of its bodies, a group, a person or an
#: outlet)
STATE_NAME_KINDS = frozenset({"country", "seat", "capital", "adjective"})
#: kinds of place whose name after a person's title is the seat of the office ("Gubernur Jawa Barat")
OFFICE_PLACE_KINDS = frozenset({"province", "city", "region", "territory", "island"})
#: "kedua negara", "kedua belah pihak", "keduanya" ...: the two actors named last
# role words that a mid-clause "from"/"in" and a country assign to that country ("met diplomats from X",
# "sanctioned firms in X", "menangkap penyelundup narkoba dari X"); troops or citizens "from X" are more
# often the agent's own ("withdrew troops from X") or only where they were moved from
ORIGIN_WITHIN_CLAUSE = {"from": {"GOV"}, "in": {"BUS"}, "dari": {"CRM"}}
BOTH_WORDS = frozenset({"kedua", "keduanya", "both", "the", "each"})
#: roles of private parties whom a lawyer represents ("kuasa hukum tersangka"): the lawyer keeps the JUD role
CLIENT_ROLES = frozenset({"CRM", "CVL", "BUS", "LAB", "REF", "AGR", "EDU", "MED", "HLH"})
#: words after which Indonesian crime news gives a person's initials ("tersangka berinisial AS", "pelaku
#: berinisial MA"): the letters are the person's, never a country or a body that the same letters abbreviate
INITIALS_CUES = frozenset({"berinisial", "inisial", "berinisal"})
BOTH_HEADS = frozenset({"negara", "pihak", "pemerintah", "belah", "delegasi", "sisi", "kubu", "bangsa",
                        "countries", "sides", "parties", "governments", "nations", "neighbours", "neighbors",
                        "delegations"})
#: "both sides", "kedua pihak": sides of a conflict, which may be two forces of one country
SIDE_HEADS = frozenset({"sides", "parties", "side", "party", "pihak", "kubu"})
#: "each country", "each side": after "each" the head is singular
EACH_HEADS = frozenset({"country", "side", "party", "nation", "government"})
BOTH_AFTER = frozenset({"dengan", "antara", "kepada", "terhadap", "oleh", "bagi", "untuk", "dan", "bahwa",
                        "karena", "namun", "tetapi", "sementara", "saat", "ketika", "setelah"})
#: heads of a "both" phrase that names two states ("kedua negara", "both countries"): their bare codes
STATE_HEADS = frozenset({"negara", "negeri", "countries", "nations", "states"})
BOTH_PERSON_HEADS = frozenset({"pemimpin", "kepala", "presiden", "menteri", "menlu", "leaders", "presidents",
                               "ministers"})
#: endings of adjectives of origin ("European", "Western", "Nordic", "Balkan")
ORIGIN_ENDINGS = ("an", "ern", "ish", "ese", "ic", "i")
#: given names too common to stand for one person in an article
COMMON_GIVEN_NAMES = frozenset({"muhammad", "mohammad", "mohammed", "mohamed", "ahmad", "ahmed", "abdul",
                                "abdel", "abdullah", "ali", "siti", "nur", "sri", "john", "james", "kim",
                                "lee", "park", "le", "nguyen", "tran", "maria", "jose", "juan"})
NAME_PARTICLES = {"al", "el", "bin", "binti", "de", "van", "der", "von", "da", "di", "ibn", "abu", "la"}
PRONOUN_LOOKBACK = 2  # sentences
RELATIVE_DEMONSTRATIVE_GAP = 6  # words of a relative clause between a noun and its demonstrative
DEMONSTRATIVE_GAP = 2  # words that may describe a noun between it and its "itu" ("blok regional itu")
SPEAKER_WINDOW = 4  # words between a quote-final cue and its speaker ("kata pernyataan resmi tentara X")
PLACE_NAMED_ROOTS = frozenset({"03", "04", "05"})  # meetings, talks, agreements: "perundingan Oslo"
RECENT_ROLE_LOOKBACK = 2  # sentences in which a bare role word looks for its country


@dataclass
class Atom:
    first: int
    last: int
    kind: str
    entries: list[ActorEntry]
    alias: ActorMention | None = None


class ActorFinder:
    """Pipeline component: fills ``doc.actors``."""

    name = "actors"

    def __init__(self, kb: KnowledgeBase, cues: Cues, looks_verbal=None, is_predicate=None,
                 gazetteer=None, singulars=None, noun_roots=None) -> None:
        self.kb = kb
        self.singulars = singulars
        self.gazetteer = gazetteer
        self.cues = cues
        self.looks_verbal = looks_verbal or (lambda word: True)
        self.is_predicate = is_predicate or (lambda word: False)
        self.noun_roots = noun_roots or (lambda word: frozenset())

    def __call__(self, doc: Doc) -> None:
        doc.focus_country = self.focus_country(doc)
        for sentence in doc.sentences:
            found = self.find(doc, sentence)
            doc.actors[sentence.index] = [m for m in found
                                          if not self._time_zone(sentence.tokens, m.first)
                                          and not self._named_after(sentence.tokens, m)
                                          and not self._country_in_facility_name(sentence, m)
                                          and not self._inside_longer_name(sentence, m, found)]
        self._generic_institutions(doc)

    def _named_after(self, tokens: list[Token], m: ActorMention) -> bool:
        """"di Jalan Gatot Subroto", "Bandara Soekarno-Hatta": a person or title after a capitalised word of
        a street, an airport or a stadium is part of a place's name, no actor."""
        return m.kind in ("person", "role") and m.first > 0 and tokens[m.first - 1].is_capitalised and \
            tokens[m.first - 1].norm in self.cues["named_place"]

    def _country_in_facility_name(self, sentence: Sentence, m: ActorMention) -> bool:
        """"Rumah Sakit Bersalin Saudi", "Bandara Internasional Kuwait": a country's name closing the
        capitalised name of a hospital, airport or stadium names the place, no actor (not in a headline,
        where every word is capitalised)."""
        tokens = sentence.tokens
        if m.kind != "country" or sentence.block == "headline":
            return False
        for j in range(m.first - 1, max(-1, m.first - 1 - FACILITY_NAME_WORDS), -1):
            if not (tokens[j].is_word and tokens[j].is_capitalised):
                return False
            if tokens[j].norm in self.cues["named_place"]:
                return True
        return False

    def _inside_longer_name(self, sentence: Sentence, m: ActorMention, mentions: list[ActorMention]) -> bool:
        """An ethnic group's own "... National Liberation Army": an organisation's name of several words right after a
        capitalised word that is no actor of its own nor a function word ("The", "In") is the tail of a
        longer name the knowledge base does not know, another group than the one it names (a country or
        demonym before it, "Colombia's National Liberation Army", is an actor and keeps it). Not in a
        headline, where every word is capitalised."""
        tokens = sentence.tokens
        if m.kind != "org" or m.last == m.first or m.first == 0 or sentence.block == "headline":
            return False
        before = tokens[m.first - 1]
        if not (before.is_word and before.is_capitalised) or before.norm in self.cues.all or \
                all(not t.is_word for t in tokens[: m.first - 1]):
            return False
        return not any(other.last == m.first - 1 for other in mentions)

    def _time_zone(self, tokens: list[Token], first: int) -> bool:
        """"Kamis waktu Indonesia", "pukul 10.00 waktu Kyiv": a place after a word of clock time names a
        time zone, no actor."""
        return first > 0 and tokens[first - 1].norm in self.cues["time_zone"]

    def _generic_institutions(self, doc: Doc) -> None:
        """"DPR" in a story about the United States is its House: a name the knowledge base holds both as
        one country's body and as a generic role word stands for the body of the article's country when
        nothing else in the article names that one country."""
        focus = doc.focus_country
        generic = []
        for index, mentions in doc.actors.items():
            tokens = doc.sentences[index].tokens
            for m in mentions:
                if m.kind not in ("org", "role") or not m.country or m.country == focus:
                    continue
                role = self._generic_role(tokens, m)
                if role is not None:
                    generic.append((m, role))
        if not focus or not generic:
            return
        for country in {m.country for m, _ in generic}:
            own = [m for m, _ in generic if m.country == country]
            if doc.country_counts.get(country, 0.0) > sum(2.0 if doc.sentences[m.sentence].block == "headline"
                                                         else 1.0 for m in own):
                continue  # the country is named otherwise too: its own body
            if any(self._home_beside_focus(doc, doc.sentences[m.sentence].tokens, doc.atoms.get(m.sentence, []),
                                           role.code, m.first, m.last) == country
                   for m, role in generic if m.country == country):
                continue  # "DPR mendesak pemerintah memutus hubungan dengan Israel": the writer's own country's
            recoded = {m.code: _join(focus, role) for m, role in generic if m.country == country}
            for mentions in doc.actors.values():
                for m in mentions:
                    # the body and the pronouns that took it up ("Partai Demokrat ... Mereka")
                    if m.country == country and m.code in recoded and m.kind in ("org", "role", "pronoun"):
                        m.code, m.country, m.name = recoded[m.code], focus, self.kb.country_name(focus)

    def _generic_role(self, tokens: list[Token], m: ActorMention) -> ActorEntry | None:
        """The generic role of a name the mention ends with that the knowledge base holds both as one
        country's body and as a role word ("DPR", "Partai Demokrat"; "Senator dari Demokrat" ends with one)."""
        for first in range(m.first, m.last + 1) if m.kind == "role" else (m.first,):
            entries = self.kb.lookup(tuple(t.norm for t in tokens[first : m.last + 1]))
            role = next((e for e in entries if e.kind == "role"), None)
            if role is not None and any(e.kind == "org" and e.code == m.code for e in entries):
                return role
        return None

    def focus_country(self, doc: Doc) -> str | None:
        """The country the article is about: the one its actors and places name most (the headline
        counts twice); a bare "polisi" or "pemerintah" belongs to it. Indonesian news defaults to
        Indonesia."""
        counts: dict[str, float] = {}
        for sentence in doc.sentences:
            weight = 2.0 if sentence.block == "headline" else 1.0
            atoms = self._atoms(doc, sentence.tokens)
            doc.atoms[sentence.index] = atoms  # reused by find() unless the article's names change them
            for atom in atoms:
                entry = atom.entries[0] if atom.entries else None
                if entry is None or entry.kind in ("role", "media") or not entry.country:
                    continue
                if entry.code.startswith(("IGO", "NGO")) or self._time_zone(sentence.tokens, atom.first):
                    continue
                counts[entry.country] = counts.get(entry.country, 0.0) + weight
        doc.country_counts = counts
        if counts:
            return max(counts, key=lambda c: counts[c])
        return DEFAULT_COUNTRY.get(doc.language)

    # -- atoms --------------------------------------------------------------------------------------
    def _atoms(self, doc: Doc, tokens: list[Token]) -> list[Atom]:
        atoms: list[Atom] = []
        i, n = 0, len(tokens)
        opener = next((k for k, t in enumerate(tokens) if t.is_word), 0)  # after an opening quote mark
        while i < n:
            tok = tokens[i]
            if not tok.is_word or _initials(tokens, i):
                i += 1
                continue
            atom = None
            longest = max(self.kb.first_words.get(tok.norm, 0), doc.alias_first.get(tok.norm, 0))
            if not longest and self.singulars is not None and any(
                    self.kb.first_words.get(w) for w in self.singulars(tok.norm)):
                longest = 1
            known = False  # the knowledge base knows a phrase here, though perhaps not as written
            for length in range(min(longest, n - i), 0, -1):
                span = tokens[i : i + length]
                key = tuple(t.norm for t in span)
                alias = doc.aliases.get(" ".join(key))
                if alias is not None and span[0].is_capitalised:
                    # a name the article gave in full ("Luis Ortega") before a knowledge-base namesake
                    atom = Atom(i, i + length - 1, "alias", [], alias)
                    break
                found = self.kb.lookup(key)
                known = known or bool(found)
                entries = [e for e in found if _case_ok(e, span, self.cues["article"])
                           and (not e.names_head or _heads_name(tokens, i, length))
                           and e.language in (None, self.cues.language)
                           and not (e.kind in ("org", "media") and _numbered(tokens, i + length))]
                if not entries and self.singulars is not None:
                    # "ambassadors", "militias": the role word in its plural
                    for singular in self.singulars(key[-1]):
                        # a plural names a group, never one person ("leaders", "ambassadors")
                        entries = [replace(e, person=False) for e in self.kb.lookup(key[:-1] + (singular,))
                                   if e.kind == "role" and e.inflects]
                        if entries:
                            break
                if entries and i == opener and length == 1 and _ambiguous_start(tokens[opener:]):
                    entries = [e for e in entries if e.kind != "person"]
                if entries and self._attributive_role(tokens, i, length, entries):
                    entries = []
                if entries:
                    entries.sort(key=lambda e: KIND_PRIORITY[e.kind])
                    if self._seat_of_country_after(tokens, i + length, entries):
                        entries = [e for e in entries if e.kind == "role"]
                    atom = Atom(i, i + length - 1, entries[0].kind, entries)
                    if entries[0].names_head:
                        atom.last = self._name_end(tokens, atom.last)
                    break
            if (atom is None and not known and (tok.is_capitalised or "-" in tok.norm)) or (
                    atom is not None and atom.kind == "person" and atom.last + 1 < n
                    and _continues_name(tokens[atom.last + 1])):
                # a name in another spelling than the knowledge base's ("el-Sissi"), or longer in it than
                # the alias found ("Tamim bin Hamad Al-Thani")
                hit = self.kb.variants.match_at(tokens, i)
                if hit is not None and hit[1] > (atom.last if atom is not None else i - 1) and \
                        not (i == opener and hit[1] == i and _ambiguous_start(tokens[opener:])):
                    entries = sorted(hit[0], key=lambda e: KIND_PRIORITY[e.kind])
                    atom = Atom(i, hit[1], entries[0].kind, entries)
            if self.gazetteer is not None and tok.is_capitalised and not (atom is None and self._definite(tokens, i)):
                # a longer place name that is no actor ("Laut China Selatan", "Indian Ocean"): skip it whole
                place = self.gazetteer.match_at(tokens, i)
                if place is not None and place[0].kind not in ("country", "capital", "landmark") and \
                        place[1] > (atom.last if atom is not None else i - 1):
                    i = place[1] + 1
                    continue
            if atom is None and self._definite(tokens, i):
                at = self._demonstrative_at(tokens, i)
                # across a relative clause only the noun is the phrase: the clause names actors of its own
                # ("gerakan yang didukung Teheran itu": Tehran)
                relative = at is not None and tokens[i + 1].norm in self.cues["relative"]
                atom = Atom(i, i if relative or at is None else at, "definite", [])
            if atom is None and self._possessive_anaphor(tok.norm):
                atom = Atom(i, i, "possessive", [])
            if atom is None and not self._object_of_verb(tokens, i) and (owned := self._possessed_role(tok.norm)):
                atom = Atom(i, i, "possessive", owned)
            if atom is None and (tok.norm in self.cues["pronoun_person"] or tok.norm in self.cues["reflexive"]
                                 and not (i > 0 and tokens[i - 1].norm in self.cues["reflexive_compound"])):
                atom = Atom(i, i, "pronoun", [])
            if atom is None and (tok.norm in self.cues["pronoun_group"] or self._subject_it(tokens, i)):
                atom = Atom(i, i, "group_pronoun", [])
            if atom is None and tok.norm in BOTH_WORDS:
                size = _both_phrase(tokens, i)
                if size:
                    atom = Atom(i, i + size - 1, "both", [])
            if atom is not None:
                atoms.append(atom)
                i = atom.last + 1
            else:
                i += 1
        return atoms

    def _seat_of_country_after(self, tokens: list[Token], after: int, entries: list[ActorEntry]) -> bool:
        """A seat of one country that is also a role phrase, followed by another country's name: the role of
        that country ("Istana Kepresidenan Filipina" is Manila's palace, though "Istana Kepresidenan" alone
        is Jakarta's)."""
        if entries[0].kind != "seat" or not any(e.kind == "role" for e in entries) or after >= len(tokens):
            return False
        longest = self.kb.first_words.get(tokens[after].norm, 0)
        for length in range(min(longest, len(tokens) - after), 0, -1):
            span = tokens[after : after + length]
            found = [e for e in self.kb.lookup(tuple(t.norm for t in span)) if _case_ok(e, span)]
            if found:
                return any(e.kind == "country" and e.country != entries[0].country for e in found)
        return False

    def _name_end(self, tokens: list[Token], last: int) -> int:
        """The last word of an institution's name after its head ("Dinas Pendidikan dan Kebudayaan",
        "Badan Pusat Statistik", "PT Sinar Jaya"): capitalised words (and "dan" between two of them), up to
        a name the knowledge base or the gazetteer knows, which composes with it in its turn ("Badan
        Anggaran DPR", "Dinas Kesehatan Jawa Barat")."""
        j = last + 1
        while j < len(tokens) and tokens[j].is_word and not self._known_name_at(tokens, j):
            if tokens[j].is_capitalised:
                j += 1
            elif tokens[j].norm in NAME_JOINERS and j + 1 < len(tokens) and tokens[j + 1].is_word and \
                    tokens[j + 1].is_capitalised and not self._known_name_at(tokens, j + 1):
                j += 2
            else:
                break
        return j - 1

    def _known_name_at(self, tokens: list[Token], j: int) -> bool:
        """A country or organisation starts at token ``j``, or a place that ends the name ("Dinas Kesehatan
        Sleman"); role words, people's names and a place the name goes on after ("Badan Bencana Negara
        Malaysia") do not count ("PT Sinar Abadi" is a company, not Abadi's)."""
        for length in range(min(self.kb.first_words.get(tokens[j].norm, 0), len(tokens) - j), 0, -1):
            if any(e.kind not in ("role", "person") for e in self.kb.lookup(tuple(t.norm for t in tokens[j : j + length]))):
                return True
        place = self.gazetteer.match_at(tokens, j) if self.gazetteer is not None else None
        after = place[1] + 1 if place is not None else len(tokens)
        return place is not None and not (after < len(tokens) and tokens[after].is_word
                                          and tokens[after].is_capitalised)

    # -- composition --------------------------------------------------------------------------------
    def find(self, doc: Doc, sentence: Sentence) -> list[ActorMention]:
        tokens = sentence.tokens
        atoms = doc.atoms.get(sentence.index)
        if atoms is None or any(t.norm in doc.alias_first for t in tokens):
            # a name learned earlier in the article ("Maduro", "Anwar") may start an atom here
            atoms = self._atoms(doc, tokens)
        day = doc.published
        mentions: list[ActorMention] = []
        j = 0
        while j < len(atoms):
            a = atoms[j]
            nxt = atoms[j + 1] if j + 1 < len(atoms) else None
            if a.kind == "role" and (self._demonstrative_after(tokens, a.last) and not a.entries[0].person
                                     or self._titled_before(tokens, a.first)):
                # "kementerian itu", "pasukan tersebut", "sang presiden": the actor of that role named before
                m = self._resolve_definite(doc, sentence, a, mentions)
                if m is not None:
                    mentions.append(m)
                    j += 1
                    continue
            if a.kind == "role":
                j = self._compose_role(doc, sentence, atoms, j, mentions, day)
                continue
            if a.kind == "definite":
                m = self._resolve_definite(doc, sentence, a, mentions)
                if m is not None:
                    mentions.append(m)
                j += 1
                if m is not None and m.country and nxt is not None and nxt.kind == "role" and \
                        nxt.first == a.last + 2 and tokens[a.last + 1].norm in POSSESSIVES:
                    # "the country's troops": the role belongs to the country the phrase refers to
                    before = len(mentions)
                    j = self._compose_role(doc, sentence, atoms, j, mentions, day)
                    for own in mentions[before:]:
                        if own.code and own.country and own.code.startswith(own.country):
                            own.code, own.country = m.country + own.code[len(own.country):], m.country
                continue
            if a.kind in ("adjective", "country") and nxt is not None and nxt.kind == "role" and (
                    nxt.first == a.last + 1 or (nxt.first >= a.last + 2 and tokens[a.last + 1].norm in POSSESSIVES
                                                and self._describes(tokens[a.last + 2 : nxt.first]))):
                # English order: "Russian President Vladimir Putin", "Indonesian police"
                j = self._compose_role(doc, sentence, atoms, j + 1, mentions, day, country_atom=a)
                continue
            if a.kind in ("pronoun", "group_pronoun", "possessive"):
                if a.kind == "group_pronoun":
                    mentions.extend(self._resolve_group_pronoun(doc, sentence, a, mentions)
                                    or self._two_people_before(doc, sentence, a))
                    j += 1
                    continue
                resolve = {"pronoun": self._resolve_pronoun, "possessive": self._resolve_possessive}[a.kind]
                m = resolve(doc, sentence, a, mentions)
                if m is not None:
                    mentions.append(m)
                j += 1
                continue
            if a.kind == "both":
                mentions.extend(self._resolve_both(doc, sentence, a, mentions))
                j += 1
                if tokens[a.last].norm in STATE_HEADS:
                    # the countries named in apposition are the phrase itself, no actors beside it
                    end = self._pair_named_after(tokens, a.last)[1]
                    while j < len(atoms) and atoms[j].last <= end:
                        j += 1
                continue
            if a.kind == "org" and nxt is not None and nxt.kind == "country" and nxt.first == a.last + 1:
                other = self._namesake_body(doc, sentence, a, nxt)
                if other is not None:
                    mentions.append(other)
                    j += 2
                    continue
            member = self._titled_member(doc, sentence, atoms, j) if a.kind == "org" else None
            if member is not None:
                mentions.append(member)
                j += 1 + sum(1 for b in atoms[j + 1 :] if b.first <= member.last)
                continue
            mentions.extend(self._simple_all(doc, sentence, a, day))
            j += 1
        self._share_roles(tokens, mentions)
        _organisation_members(doc, mentions)
        _complete_names(tokens, mentions)
        self._join_titles(doc, tokens, mentions)
        _absorb_own_country(doc, tokens, mentions)
        mentions[:] = [m for m in mentions if not self._unidentified(tokens, m) and not self._currency(tokens, m)]
        for m in mentions:
            prev = self._before_place_modifiers(tokens, m.first)
            m.is_location = prev >= 0 and tokens[prev].norm in self.cues["locative"]
            if not m.is_location and prev >= 1 and tokens[prev].text == "," and m.kind not in ("person", "role"):
                # "di Herat, Afganistan": the country closing a place name is part of the place (a person or a
                # title after the comma opens the clause: "Dalam jumpa pers di Kairo, Menlu X mengecam ...")
                j = prev - 1
                while j >= 0 and tokens[j].is_word and (tokens[j].is_capitalised or tokens[j].text == "-") \
                        and prev - j <= 4:
                    j -= 1
                while j >= 0 and tokens[j].text == "-":
                    j -= 1
                m.is_location = j >= 0 and j < prev - 1 and tokens[j].norm in self.cues["locative"]
            if m.kind == "capital" and prev >= 0 and tokens[prev].is_word and \
                    tokens[prev].norm not in NON_MODIFIERS and tokens[prev].norm not in self.cues.all and \
                    not self.looks_verbal(tokens[prev].norm) and not self._owned_event(tokens, prev):
                # "Konferensi Lima", "perundingan Oslo": a place naming a thing ("menyerang Kyiv" is not, nor is
                # a capital after a cue word such as a noun of conduct: "provokasi Washington", cues conduct_noun)
                m.is_location = True
        return mentions

    def _before_place_modifiers(self, tokens: list, first: int) -> int:
        """The token before an actor's name and the words of direction before it ("in southern Syria", "in
        the north-eastern Congo": cue ``place_modifier``): the word that says whether the name is a place."""
        j, modifiers = first - 1, 0
        while j >= 0 and (tokens[j].norm in self.cues["place_modifier"] or tokens[j].text == "-"):
            modifiers += tokens[j].text != "-"
            j -= 1
        if modifiers and j >= 0 and tokens[j].norm in self.cues["article"]:
            j -= 1  # "in the southern Gaza Strip"
        return j if modifiers else first - 1

    def _namesake_body(self, doc: Doc, sentence: Sentence, org: Atom, country: Atom) -> ActorMention | None:
        """"Partai Buruh Australia", "Partai Komunis Vietnam": an organisation the knowledge base knows as
        one country's, named by a generic head (a role word: "Partai", "Mahkamah") and followed by another
        country, is that country's body of the same kind, not the namesake. A name that is itself a role word
        ("DPR AS", "Partai Demokrat AS") is left to the generic institutions (``_generic_institutions``)."""
        entry, place = org.entries[0], country.entries[0] if country.entries else None
        tokens = sentence.tokens
        if place is None or not place.country or not entry.country or entry.country == place.country or \
                not entry.code.startswith(entry.country) or entry.code.startswith(("IGO", "NGO")):
            return None
        head = next((e for e in self.kb.lookup((tokens[org.first].norm,)) if e.kind == "role"), None)
        if head is None or not tokens[org.first].is_capitalised or any(
                e.kind == "role" for e in self.kb.lookup(tuple(t.norm for t in tokens[org.first : org.last + 1]))):
            return None  # a name that is a role word too ("DPR", "Partai Demokrat") is the generic institutions' case
        role = entry.code[len(entry.country):] or head.code
        start, end = tokens[org.first].start, tokens[country.last].end
        return ActorMention(sentence.index, org.first, country.last, start, end, place.country + role,
                            place.country, self.kb.country_name(place.country), doc.text[start:end], "org")

    def _join_titles(self, doc: Doc, tokens: list[Token], mentions: list[ActorMention]) -> None:
        """"Kapolda Jawa Timur Irjen Nanang", "Kepala Kepolisian Daerah Papua, Irjen Budi": an office with no
        name of its own, perhaps its place and a comma, then a ranked name of the same country are one
        person, coded by the office the article gives (a namesake the knowledge base has in another office
        is someone else)."""
        k = 0
        while k + 1 < len(mentions):
            office, ranked = mentions[k], mentions[k + 1]
            between = tokens[office.last + 1 : ranked.first]
            if between and between[-1].text == ",":
                between = between[:-1]
            if office.kind == "role" and office.person and ranked.person and office.code and ranked.code and \
                    office.code[:3] == ranked.code[:3] and self._ranked(tokens, ranked) and \
                    len(between) <= PLACE_NAME_WORDS and all(t.is_word and t.is_capitalised for t in between):
                office.last, office.end, office.name = ranked.last, ranked.end, ranked.name
                office.text = doc.text[office.start : office.end]
                ranked.code, ranked.spells = office.code, ()  # the name, remembered for later in the article, too
                mentions.pop(k + 1)
                continue
            k += 1

    def _ends_place(self, tokens: list[Token], i: int) -> bool:
        """Token ``i`` ends a place the gazetteer knows ("Sulawesi Selatan", "Jawa Timur")."""
        return self.gazetteer is not None and any(
            (place := self.gazetteer.match_at(tokens, j)) is not None and place[1] == i
            for j in range(max(0, i - PLACE_NAME_WORDS), i + 1))

    def _ranked(self, tokens: list[Token], m: ActorMention) -> bool:
        """A person's mention that opens with a military or police rank ("Irjen Budi", "Mayjen Rafael")."""
        return m.last > m.first and any(e.kind == "role" and e.rank for e in self.kb.lookup((tokens[m.first].norm,)))

    def _owned_event(self, tokens: list[Token], i: int) -> bool:
        """"tuduhan Washington", "sanksi Brussel", "ancaman Beijing": a capital right after the noun of an
        act (lower case: no title) is the government that does it; after a meeting or an agreement
        ("perundingan Oslo", "Perjanjian Paris") it is where the thing was held or signed."""
        roots = self.noun_roots(tokens[i].norm)
        titled = i > 0 and tokens[i].is_capitalised
        return bool(roots) and not titled and not roots & PLACE_NAMED_ROOTS

    def _share_roles(self, tokens: list[Token], mentions: list[ActorMention]) -> None:
        """"Pasukan A dan B", "Angkatan Laut A dan B": a role word before a country
        serves the countries coordinated right after it (each its own armed forces), unless a name of their
        own follows them."""
        for k in range(len(mentions) - 1):
            head = mentions[k]
            if head.kind not in ("role", "org") or not head.country or not head.code or \
                    head.code == head.country or not head.code.startswith(head.country) or head.role is not None:
                continue
            role, prev = head.code[len(head.country):], head
            if len(role) != 3 or (head.kind == "org" and not self._ends_in_country(tokens, head)):
                # a group's own code ("Delegasi Hamas dan Israel": Hamas's; "Hizbullah dan Israel": a name
                # with no country word in it), no role word to share
                continue
            listed: list[ActorMention] = []
            for m in mentions[k + 1:]:
                between = tokens[prev.last + 1 : m.first]
                if m.kind != "country" or m.code != m.country or not between or \
                        not all(t.text == "," or t.norm in self.cues["coordinator"] for t in between):
                    break
                after = m.last + 1
                if after < len(tokens) and tokens[after].is_word and tokens[after].is_capitalised:
                    break  # "Pasukan A dan B Rangers": a name of its own
                listed.append(m)
                prev = m
                if any(t.norm in self.cues["coordinator"] for t in between):
                    # a list closes with its coordinator ("Pasukan A, B dan C"); commas alone end a phrase
                    # ("Menurut Kementerian Luar Negeri China, India menyerang ...": India is no ministry)
                    for shared in listed:
                        shared.code = shared.country + role
                    listed = []
        self._share_roles_leftward(tokens, mentions)

    def _ends_in_country(self, tokens: list[Token], m: ActorMention) -> bool:
        """The mention's last word names its country ("Angkatan Laut Thailand"), so that a role word comes
        before it."""
        return any(e.kind in ("country", "adjective") for e in self.kb.lookup((tokens[m.last].norm,)))

    def _share_roles_leftward(self, tokens: list[Token], mentions: list[ActorMention]) -> None:
        """"Indian and Pakistani troops", "French, German and Dutch diplomats", "US and British officials":
        English puts the shared role word after the last of coordinated nationality adjectives, so each
        adjective before it (or a country abbreviation used as one) is that country's holder of the role,
        not the bare country."""
        for k in range(len(mentions) - 1, 0, -1):
            head = mentions[k]
            if head.kind != "role" or not head.country or not head.code or head.code == head.country or \
                    not head.code.startswith(head.country) or head.role is not None or head.last == head.first \
                    or not any(e.kind == "adjective" for e in self.kb.lookup((tokens[head.first].norm,))):
                continue  # the role word must come after its nationality, as English puts it
            role, nxt = head.code[len(head.country):], head
            for m in reversed(mentions[:k]):
                between = tokens[m.last + 1 : nxt.first]
                attributive = m.kind == "adjective" or (m.kind == "country" and m.first == m.last
                                                        and tokens[m.first].text.isupper())
                if not attributive or m.code != m.country or not between or \
                        not all(t.text == "," or t.norm in self.cues["coordinator"] for t in between):
                    break
                m.code, m.person = m.country + role, head.person
                nxt = m

    def _compose_role(self, doc: Doc, sentence: Sentence, atoms: list[Atom], j: int,
                      mentions: list[ActorMention], day: dt.date | None,
                      country_atom: Atom | None = None) -> int:
        tokens = sentence.tokens
        role = atoms[j]
        chain_first = role.first
        first = country_atom.first if country_atom else role.first
        last = role.last
        k = j + 1
        # a chain of role words ("juru bicara militer", "military leaders") keeps the most specific: the
        # last one that is not the generic GOV
        while k < len(atoms) and atoms[k].kind == "role" and atoms[k].first == last + 1:
            if (atoms[k].entries[0].code != "GOV" or role.entries[0].code == "GOV") and not (
                    atoms[k].entries[0].code == "CVL" and role.entries[0].code in ARMED_ROLES) and \
                    not _counsel_of(role, atoms[k]) and not self._field_head(tokens, role):
                # ... but "the people" after a force says whose force it is ("Tentara Rakyat")
                role = atoms[k]
            last = atoms[k].last
            k += 1
        # further role words that share the country: "Lawmakers and officials in X", "Danish media and
        # government" (a bare noun after the coordinator, with no country of its own)
        co_roles: list[Atom] = []
        kk, end = k, last
        while kk < len(atoms) and atoms[kk].kind == "role" and 0 < atoms[kk].first - end - 1 <= 2 and all(
                t.text == "," or t.norm in self.cues["coordinator"] for t in tokens[end + 1 : atoms[kk].first]):
            co_roles.append(atoms[kk])
            end = atoms[kk].last
            kk += 1
        if country_atom is None:
            shares = self._country_after(tokens, atoms, kk, end, chain_first)
        else:
            shares = country_atom.kind in ("country", "adjective") and not (
                kk < len(atoms) and atoms[kk].first == end + 1) and not any(co.entries[0].person for co in co_roles)
        if co_roles and shares:
            last, k = end, kk
        else:
            co_roles = []
        roles = [role.entries[0]] + [co.entries[0] for co in co_roles]
        if country_atom is None and k < len(atoms) and atoms[k].kind == "org" and \
                " ".join(t.norm for t in tokens[role.first : role.last + 1]) in self.cues["captive"]:
            # "sandera Hamas", "korban KKB", "tahanan KPK": an organisation after hostages, victims or
            # detainees holds or harmed them; they are not its members, and it stays an actor of its own
            pass
        elif country_atom is None and k < len(atoms) and atoms[k].kind in (
                "country", "adjective", "org", "media", "capital", "seat") and (
                atoms[k].first == last + 1 or (
                    atoms[k].first == last + 2 and tokens[last + 1].is_word
                    and not tokens[last + 1].is_capitalised
                    and (tokens[last + 1].norm not in self.cues.all or tokens[last + 1].norm in self.cues["native"])
                    # a modifier between ("pejabat senior Hamas"), not the predicate ("Warga mengecam DPR")
                    and not self.is_predicate(tokens[last + 1].norm))):
            country_atom = atoms[k]
            last = country_atom.last
            k += 1
        elif country_atom is None and self._country_after(tokens, atoms, k, last, chain_first):
            # a role word before a list of countries ("the envoys of France, Chile and Kenya", "judges
            # and clerks in Peru and Bolivia"): each role belongs to every country listed
            country_atom = atoms[k]
            last = country_atom.last
            k += 1
            prev_last, nxt = last, k
            while nxt < len(atoms) and atoms[nxt].kind == "country" and 0 < atoms[nxt].first - prev_last <= 2 and \
                    all(t.text == "," or t.norm in self.cues["coordinator"]
                        for t in tokens[prev_last + 1 : atoms[nxt].first]):
                doc.pending_roles[(sentence.index, atoms[nxt].first)] = roles
                prev_last = atoms[nxt].last
                nxt += 1
        shared_at = None
        if country_atom is None and k < len(atoms) and last + 2 < len(tokens) and \
                tokens[last + 1].norm in self.cues["coordinator"]:
            if k + 1 < len(atoms) and atoms[k].kind == "role" and atoms[k].first == last + 2 and \
                    atoms[k + 1].first == atoms[k].last + 1 and atoms[k + 1].kind in ("country", "org"):
                shared_at = k + 1  # "pemerintah dan militer Malaysia": the second role composes in its turn
            elif atoms[k].kind in ("country", "org") and atoms[k].first == last + 3 and \
                    tokens[last + 2].is_word and not tokens[last + 2].is_capitalised and \
                    tokens[last + 2].norm not in self.cues.all and not self.looks_verbal(tokens[last + 2].norm):
                shared_at = k  # "pemerintah dan komunitas Thailand": a plain noun shares the country too
        if shared_at is not None:
            # both nouns belong to Malaysia
            shared = atoms[shared_at]
            country_code = shared.entries[0].country if shared.entries else None
            if country_code:
                mentions.append(ActorMention(
                    sentence.index, role.first if country_atom is None else first, last,
                    tokens[first].start, tokens[last].end,
                    shared.entries[0].code if shared.kind == "org" else _join(country_code, role.entries[0]),
                    country_code, self.kb.country_name(country_code), doc.text[tokens[first].start:tokens[last].end],
                    "role", person=role.entries[0].person))
                return k
        is_person = role.entries[0].person or any(
            a.entries and a.entries[0].person for a in atoms[j:k] if a.kind == "role")
        # a further title before the name: "Juru bicara militer Peru Kolonel Ana Rojas"; after a
        # role written before the country, the role the country then takes ("an Oxfam Peru official")
        after_country: ActorEntry | None = None
        if k < len(atoms) and atoms[k].kind == "role" and atoms[k].first == last + 1 and country_atom is not None \
                and (atoms[k].entries[0].person or role.entries[0].before) and not atoms[k].entries[0].before:
            after_country = atoms[k].entries[0]
            last = atoms[k].last
            is_person = is_person or after_country.person
            k += 1
        if is_person and country_atom is not None and last + 4 < len(tokens) and tokens[last + 1].text == "(" and \
                tokens[last + 3].text == ")" and tokens[last + 2].text.isupper() and tokens[last + 4].is_capitalised:
            # "Politikus Partai Amanat Nasional (PAN) Budi Hartanto": the acronym in brackets, then the name
            last += 3
            while k < len(atoms) and atoms[k].first <= last:
                k += 1
        office_country: str | None = None
        office_name: str | None = None
        if is_person and country_atom is None:
            office = self._office_place(doc, tokens, last)
            if office is not None:
                # "Gubernur Sulawesi Utara (Olly Dondokambey)": the place's office holder, not a person
                # named after the place; the place gives the country
                office_country, office_name, last = office
                while k < len(atoms) and atoms[k].first <= last:
                    k += 1
        person_atom: Atom | None = None
        if k < len(atoms) and atoms[k].kind in ("person", "alias") and _apposed(tokens, last, atoms[k].first) and \
                not _namesake(tokens, atoms, k) and (is_person or country_atom is not None or atoms[k].first == last + 1) \
                and not (atoms[k].first > last + 1 and _of_another_country(atoms[k], country_atom)):
            # (nor is a person the knowledge base places in another country: "Dalam pertemuan dengan Menlu
            # China, Menlu X mengecam ..." names two people)
            # (a bare group noun before a comma is no title of the name after it: "Dalam jumpa pers, Menlu X
            # mengecam ...", the press is not the minister)
            person_atom = atoms[k]
            last = person_atom.last
            k += 1
        role_entry = role.entries[0]
        former = role.first > 0 and tokens[role.first - 1].norm in self.cues["former"]
        if former:
            first = min(first, role.first - 1)
        country = None
        org_code = None
        if country_atom is not None:
            ce = country_atom.entries[0] if country_atom.entries else None
            if ce is not None and ce.kind in ("org", "media"):
                org_code = ce.code
                country = ce.country
            elif ce is not None:
                country = ce.country
        if office_country is not None:
            country = office_country
        unknown_name: tuple[int, int] | None = None
        if person_atom is None and is_person:
            unknown_name = _name_after(tokens, last)
            inside = [a for a in atoms[k:] if unknown_name is not None and unknown_name[0] <= a.first <= unknown_name[1]]
            if inside and not (sentence.block != "headline" and all(
                    _surname_of_another(a, unknown_name[0]) and self._given_names(tokens[unknown_name[0] : a.first])
                    or a.first == unknown_name[0] and _namesake(tokens, atoms, atoms.index(a))
                    for a in inside)):
                unknown_name = None  # "Ketua KPK, Ketua BPK": the next words are another actor, not a name
            if unknown_name is not None:
                last = unknown_name[1]
                k += len(inside)  # "Menteri Luar Negeri X, Luis Ortega": not the Ortega the knowledge base knows
        if person_atom is not None:
            m = self._simple(doc, sentence, person_atom, day)
            if m.code is None or (country and m.country and m.country != country and not org_code) or (
                    office_name is not None and not former and m.code != _join(country, role_entry)):
                # (an office with its seat named, "Kapolres Sleman Budi ...", is that office's holder: a person
                # of the same name the knowledge base has in another office that day is a namesake)
                m.code = None if former else _join(country, role_entry)
            elif not former and m.country and m.code == m.country and \
                    (country is None or country == m.country):
                # "Menteri Pertahanan AS, Robert Gates" on a day the knowledge base has him in no office:
                # the article's own title for him is the better evidence ("Juru bicara KPK X": the body's)
                m.code = org_code or _join(m.country, role_entry)
            elif not is_person and not former and country is None and m.country and m.code and m.kind == "person":
                # "pasukan al-Sharaa", "pendukung Trump": a group of the person's, in its own role
                m.code = _join(m.country, role_entry)
                m.person = False
            m.first, m.start = first, tokens[first].start
            m.text = doc.text[m.start : m.end]
            mentions.append(m)
            return k
        bare_role = None
        if org_code:
            code = org_code
        elif country:
            code = country if former else _join(country, role_entry)
            if role_entry.before and after_country is not None and code:
                code += after_country.code  # an NGO role, a country, a role: NGO + country + role
        elif doc.focus_country and self.kb.roles_take_focus_country and (
                role_entry.code in FOCUS_ROLES or role_entry.names_head
                or role_entry.code in FOCUS_ROLES_OF_LANGUAGE.get(doc.language, ())) and \
                not self._modifies_noun(tokens, chain_first if country_atom is None else first,
                                        institution=not role_entry.person) and \
                not (_unknown_origin(tokens, chain_first, atoms) and not self._ends_place(tokens, chain_first - 1)):
            # a bare "polisi", "pengunjuk rasa", "pemerintah": the country whose such actor was named last
            # ("Guinea's coup leaders ... the junta"), else the article's own country ("mantan
            # menteri": a citizen of it, coded by the country alone)
            local = role_entry.code in LOCAL_ARMED_ROLES
            country = (_apposition_country(tokens, mentions, chain_first) if unknown_name is not None else None) \
                or self._place_after(tokens, last) or self._here_country(doc, sentence, first, last) \
                or self._country_of_noun_after(tokens, atoms, k, last) \
                or (self._place_in_sentence(tokens, first) if local else None) \
                or self._antecedent_country(doc, sentence, chain_first, last) \
                or self._recent_country(doc, sentence, role_entry.code) \
                or (self._place_of_clause(tokens, first) if role_entry.code in LOCAL_ROLES else None) \
                or (self._recent_local_country(doc, sentence) if role_entry.code in LOCAL_ROLES else None) \
                or (_local_country(mentions) if role_entry.code in CIVIL_STATE_ROLES else None) \
                or self._victims_country(tokens, role_entry.code,
                                         [m for m in mentions if not self._event_owner(tokens, m)], first) \
                or self._home_beside_focus(doc, tokens, atoms, role_entry.code, first, last) \
                or (None if self._victims_at_sea(tokens, role_entry.code, mentions, first) else doc.focus_country)
            code = country if former else _join(country, role_entry)
            bare_role = None if former else role_entry.code
            owners = self.kb.role_countries.get(role_entry.name, {country})
            if country not in owners and len(owners) == 1 and not former:
                # "Wapres", "Kapolri", "bupati": an office only one state has is that state's, whatever else
                # the article is about
                country = next(iter(owners))
                code = _join(country, role_entry)
            elif country not in owners:
                code = None  # "the Treasury" in news of Iran is no Iranian body: not coded rather than guessed
        else:
            code = None
        if code is None and unknown_name is None and (
                self.kb.roles_take_focus_country or self._modifies_noun(tokens, chain_first,
                                                                        institution=not role_entry.person)):
            return k  # a role word with nothing to anchor it
        name = None
        if unknown_name is not None:
            name = doc.text[tokens[unknown_name[0]].start : tokens[unknown_name[1]].end]
        elif country:
            name = office_name or self.kb.country_name(country)
        start, end = tokens[first].start, tokens[last].end
        m = ActorMention(sentence.index, first, last, start, end, code, country, name,
                         doc.text[start:end], "role", person=is_person, role=bare_role)
        if unknown_name is not None:
            self._remember(doc, tokens[unknown_name[0] : unknown_name[1] + 1], m)
        elif is_person and country and code and not org_code and not former:
            self._name_before(doc, sentence, first, last, m, mentions)
        mentions.append(m)
        for other in roles[1:]:
            # coordinated role words before one country ("judges and clerks in Peru"): one actor per
            # role, coordinated like the words
            other_code = _join(country, other) if country and not org_code else None
            if other_code and other_code != code:
                mentions.append(replace(m, code=other_code, person=other.person))
        return k

    @staticmethod
    def _field_head(tokens: list[Token], role: Atom) -> bool:
        """A government body named by its field ("Kementerian BUMN", "Dinas Pendidikan", "Badan Usaha ..."):
        the role words after it say what it deals with, not whose it is; it stays a government body."""
        entry = role.entries[0]
        return entry.code == "GOV" and not entry.person and (
            entry.names_head or tokens[role.last].norm in MINISTRY_HEADS)

    def _country_after(self, tokens: list[Token], atoms: list[Atom], k: int, last: int, chain_first: int) -> bool:
        """A country (or organisation) right after "of" ("the ambassadors of X"), or after "from" or "in" when
        the role words open their clause ("Soldiers from X have ...", "Lawmakers in X welcomed ...")."""
        if k >= len(atoms) or last + 2 >= len(tokens) or atoms[k].first != last + 2 or \
                atoms[k].kind not in ("country", "org", "capital"):
            return False
        word = tokens[last + 1].norm
        if word in self.cues["genitive"]:
            return True
        if word not in self.cues["origin"]:
            return False
        if self._opens_clause(tokens, chain_first):
            return True
        # within a clause, "from"/"in" after firms or officials that are the object of a verb says whose they
        # are ("sanctioned firms in X", "met diplomats from X"), unless a possessive marks them as the agent's
        # ("its diplomats from X"); troops, citizens and the like stay the agent's ("withdrew troops from X")
        codes = {a.entries[0].code for a in atoms if a.kind == "role" and chain_first <= a.first <= last}
        i = chain_first - 1
        while i >= 0 and tokens[i].is_word and tokens[i].norm not in self.cues["own"] and (
                tokens[i].norm in self.cues["article"] or tokens[i].norm in self.cues["quantity"] or
                not tokens[i].is_capitalised and not self.is_predicate(tokens[i].norm)
                and tokens[i].norm not in self.cues.all):
            i -= 1  # "the", "two", "shipping": words of the noun phrase
        return i >= 0 and bool(codes) and codes <= ORIGIN_WITHIN_CLAUSE.get(word, set()) and \
            tokens[i].norm not in self.cues["own"] and self.is_predicate(tokens[i].norm)

    def _titled_member(self, doc: Doc, sentence: Sentence, atoms: list[Atom], j: int) -> ActorMention | None:
        """A title the knowledge base has no role for, an organisation, and a name it does not know ("Ketua
        KPK Budi Hartanto", "Kepala BNPB Rudi Saputra", or in apposition after a comma: "Wakil Ketua Komisi I
        DPR, Dave Laksono,"): the person speaks for the organisation and takes its code, here and later in the
        article."""
        tokens = sentence.tokens
        org = atoms[j]
        title = org.first - 1
        comma = org.last + 1 < len(tokens) and tokens[org.last + 1].text == ","
        if title < 0 or not tokens[title].is_capitalised or any(a.first <= title <= a.last for a in atoms) or \
                not self._given_names([tokens[title]]) or org.last + 1 + comma >= len(tokens) or \
                not tokens[org.last + 1 + comma].is_capitalised:
            return None
        name = _name_after(tokens, org.last)
        if name is None or name[1] == name[0]:
            return None
        if comma and name[1] + 1 < len(tokens) and tokens[name[1] + 1].is_word and tokens[name[1] + 1].is_capitalised:
            return None  # in apposition after a comma ("Ketua Komisi I DPR, Utut Adianto,") the name ends there
        inside = [a for a in atoms[j + 1 :] if a.first <= name[1]]
        if not all(_surname_of_another(a, name[0]) for a in inside) or \
                not self._given_names(tokens[name[0] : inside[0].first if inside else name[1] + 1]):
            return None
        first = title
        while first > 0 and tokens[first - 1].is_capitalised and self._given_names([tokens[first - 1]]) and \
                not any(a.first <= first - 1 <= a.last for a in atoms):
            first -= 1  # "Wakil Ketua", "Direktur Jenderal"
        entry = org.entries[0]
        start, end = tokens[first].start, tokens[name[1]].end
        text = doc.text[tokens[name[0]].start : end]
        m = ActorMention(sentence.index, first, name[1], start, end, entry.code, entry.country, text,
                         doc.text[start:end], "role", person=True)
        self._remember(doc, tokens[name[0] : name[1] + 1], m)
        return m

    def _name_before(self, doc: Doc, sentence: Sentence, first: int, last: int, role: ActorMention,
                     mentions: list[ActorMention]) -> None:
        """A name with its title in apposition after it ("Samuel Ortega, Menteri Pertahanan Israel,"): the
        name takes the title's code, here and later in the article, unless the knowledge base knows that
        person in an office of that country on the day."""
        tokens = sentence.tokens
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        before = first - 1
        if before > 0 and tokens[before].norm in ("the", "a"):
            before -= 1  # "Luis Ortega, the Colombian foreign minister,"
        if before < 2 or tokens[before].norm not in APPOSITION_MARKS or (
                nxt is not None and nxt.is_word and nxt.is_capitalised):
            return
        end = start = before - 1
        while start - 1 >= 0 and end - start < 4 and tokens[start - 1].is_word and (
                tokens[start - 1].is_capitalised or tokens[start - 1].norm in NAME_PARTICLES):
            start -= 1
        while start < end and tokens[start].norm in NAME_PARTICLES:
            start += 1
        if end == start or (start > 0 and tokens[start - 1].is_word and tokens[start - 1].is_capitalised):
            return  # one word ("Kemarin, ..."), or more capitalised words than a name has
        inside = [m for m in mentions if m.sentence == sentence.index and start <= m.first and m.last <= end]
        if any(m.kind not in ("person", "alias") for m in inside) or any(
                m.first <= start <= m.last < end or m.first <= end <= m.last and m.first > start
                for m in mentions if m.sentence == sentence.index and m not in inside):
            return
        if any(m.first == start and m.last == end and m.code and m.code != m.country and m.country == role.country
               for m in inside):
            return  # the knowledge base knows this person, in an office of this country
        covered = {i for m in inside for i in range(m.first, m.last + 1)}
        if not self._given_names([t for i, t in enumerate(tokens[start : end + 1], start) if i not in covered]) \
                or any(m.first == start for m in inside):
            return  # a person the knowledge base knows by this name, in a list of actors ("Putin, Menteri X, ...")
        for m in inside:
            mentions.remove(m)
        text = doc.text[tokens[start].start : tokens[end].end]
        named = ActorMention(sentence.index, start, end, tokens[start].start, tokens[end].end, role.code,
                             role.country, text, text, "role", person=True)
        mentions.append(named)
        self._remember(doc, tokens[start : end + 1], named)

    def _given_names(self, words: list[Token]) -> bool:
        """Words that may be given names: capitalised, and neither cue words nor predicates (in a
        title-case phrase "Sebut Tarif" are words, not a name)."""
        return bool(words) and all(
            t.is_word and t.is_capitalised and t.norm not in self.cues.all and not self.is_predicate(t.norm)
            for t in words)

    def _describes(self, words: list[Token]) -> bool:
        """Adjectives between a possessive and its role word ("Chile's new and young minister"): none, or up
        to three lower-case words that are neither cue words nor predicates, perhaps joined by a coordinator."""
        plain = [t for t in words if t.norm not in self.cues["coordinator"]]
        return len(plain) <= 3 and len(words) - len(plain) <= 1 and all(
            t.is_word and not t.is_capitalised and t.norm not in self.cues.all and not self.is_predicate(t.norm)
            for t in plain)

    def _opens_clause(self, tokens: list[Token], first: int) -> bool:
        """Only quantifiers and determiners before the role word in its clause ("Soldiers from X have ...",
        "Two officials from X"), so "from X" says where they come from (not "withdrew troops from X")."""
        for t in reversed(tokens[:first]):
            if not t.is_word or t.norm in self.cues["boundary"]:
                return True
            if t.norm not in QUANTIFIERS:
                return False
        return True

    def _place_after(self, tokens: list[Token], last: int) -> str | None:
        """The country of the place a bare role word is placed in: "korban gempa di Myanmar", "rumah sakit
        di Khan Younis", "pengungsi Rohingya di Cox's Bazar" (a locative within three words, then a place),
        the place named right after it: "pemerintah provinsi Bali", "polisi Jawa Timur", or the place its
        people come from ("nelayan asal Aceh", cue kind ``native``)."""
        if self.gazetteer is None:
            return None
        place = self.gazetteer.match_at(tokens, last + 1)
        if place is not None:
            return place[0].country
        if last + 2 < len(tokens) and tokens[last + 1].norm in self.cues["native"]:
            return self._named_place(tokens, last + 2)  # "nelayan asal Aceh": natives of the place
        last = self._past_aside(tokens, last)
        for j in range(last + 1, min(len(tokens) - 1, last + 4)):
            if not tokens[j].is_word:
                return None
            if tokens[j].norm in self.cues["locative"]:
                return self._named_place(tokens, j + 1)
        return None

    def _office_place(self, doc: Doc, tokens: list[Token], last: int) -> tuple[str, str, int] | None:
        """A place right after a person's title, which names the office's seat ("Gubernur Jawa Barat",
        "Kapolda Sulawesi Utara", "Wali Kota Surabaya"): its country, name and last token. Only a place of the
        article's own country or of the language's home country: elsewhere a place name after a title is
        more likely a given name ("Sari" is also a city in Iran). Countries and capitals are actors of
        their own and compose elsewhere."""
        if self.gazetteer is None:
            return None
        hit = self.gazetteer.match_at(tokens, last + 1)
        if hit is None or hit[0].kind not in OFFICE_PLACE_KINDS or not hit[0].country or \
                hit[0].country not in (doc.focus_country, DEFAULT_COUNTRY.get(doc.language)):
            return None
        return hit[0].country, hit[0].name, hit[1]

    def _victims_country(self, tokens: list[Token], role: str, mentions: list[ActorMention],
                         first: int) -> str | None:
        """Bare civilians ("warga", "tiga orang", "six people") belong to a country named before them in the
        sentence after its first actor (the one who acts): the people killed when a militia struck a
        country, or a missile struck its capital, are of the country struck; failing that, of the country
        of a place named between the doer and them ("struck a school in Gaza, killing five"; the doer's own
        in a civil war). With neither, the caller falls back on the article's country."""
        if role != "CVL":
            return None
        found = next((m.country for m in reversed(mentions[1:])
                      if m.kind in ("country", "capital") and not m.is_location), None)
        doer = _doer(mentions)
        if found or doer is None or doer.first >= first:
            return found
        places = (self._named_place(tokens, j) for j in range(doer.last + 1, first)
                  if tokens[j].is_capitalised and not tokens[j - 1].is_capitalised)
        return next((c for c in places if c), None)

    def _victims_at_sea(self, tokens: list[Token], role: str, mentions: list[ActorMention], first: int) -> bool:
        """Bare civilians after a state's forces that struck at a place of no country ("the US military
        struck a boat in the Caribbean, killing six people"): people at sea or across borders are not the
        forces' own countrymen, nor surely the article's; they stay uncoded."""
        doer = _doer(mentions)
        if role != "CVL" or doer is None or doer.first >= first or not doer.code or doer.code[3:6] != "MIL":
            return False
        for j in range(doer.last + 1, first):
            hit = self.gazetteer.match_at(tokens, j) if self.gazetteer is not None and tokens[j].is_capitalised else None
            if hit is not None and not hit[0].country:
                return True
        return False

    def _event_owner(self, tokens: list[Token], m: ActorMention) -> bool:
        """An actor right after an event noun is its doer ("serangan Israel ke kamp ..."), not the country
        an act befell."""
        return m.first > 0 and self.is_predicate(tokens[m.first - 1].norm) and not self.looks_verbal(
            tokens[m.first - 1].norm)

    def _place_in_sentence(self, tokens: list[Token], before: int) -> str | None:
        """The country of the first place the sentence names after a locative before token ``before``
        ("Kedutaan X di Baghdad diserang oleh milisi bersenjata": Iraq)."""
        return self._first_place(tokens, 0, min(len(tokens), before))

    def _first_place(self, tokens: list[Token], start: int, end: int) -> str | None:
        """The country of the first place named after a locative between tokens ``start`` and ``end``."""
        for j in range(start, end - 1):
            if tokens[j].norm in self.cues["locative"]:
                country = self._named_place(tokens, j + 1)
                if country:
                    return country
        return None

    def _past_aside(self, tokens: list[Token], last: int) -> int:
        """"lima warga sipil, termasuk dua anak, di ...": where an aside of examples after a role word
        closes (its comma), else the role word's end."""
        if last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].norm in self.cues["example"]:
            for j in range(last + 3, min(len(tokens), last + 3 + ASIDE_WORDS)):
                if tokens[j].text == ",":
                    return j if j + 1 < len(tokens) and tokens[j + 1].norm in self.cues["locative"] else last
        return last

    def _pair_named_after(self, tokens: list[Token], last: int) -> tuple[list[str], int]:
        """The two countries named in apposition right after "kedua negara" ("Kedua negara, yakni X dan Y,
        ...", "kedua negara, X dan Y"): after a comma and an apposition word (cue ``apposition``), two
        country names joined by a coordinator; with the index of the last name's last token."""
        i = last + 1
        if i < len(tokens) and tokens[i].text == ",":
            i += 1
        if i < len(tokens) and tokens[i].norm in self.cues["apposition"]:
            i += 1
        countries: list[str] = []
        while self.gazetteer is not None and len(countries) < 2:
            place = self.gazetteer.match_at(tokens, i)
            if place is None or place[0].kind != "country" or not place[0].country:
                return [], last
            countries.append(place[0].country)
            i = place[1] + 1
            if len(countries) == 1:
                if i >= len(tokens) or tokens[i].norm not in self.cues["coordinator"]:
                    return [], last
                i += 1
        return (countries, i - 1) if len(set(countries)) == 2 else ([], last)

    def _named_place(self, tokens: list[Token], i: int) -> str | None:
        """The country of the place named at i: one the gazetteer knows, or a name it does not know
        followed by its country ("di Provinsi Paktika, Afghanistan")."""
        place = self.gazetteer.match_at(tokens, i) if self.gazetteer is not None else None
        if place is not None:
            return place[0].country
        j = i
        while j < len(tokens) and j - i < PLACE_NAME_WORDS and tokens[j].is_word and tokens[j].is_capitalised:
            j += 1
        if i < j and j + 1 < len(tokens) and tokens[j].text == ",":
            place = self.gazetteer.match_at(tokens, j + 1)
            if place is not None and place[0].kind == "country":
                return place[0].country
        return None

    def _place_of_clause(self, tokens: list[Token], at: int) -> str | None:
        """The country of the first place the clause around token ``at`` (between commas) puts its event
        in ("... di Baghdad diserang oleh milisi", "menculik ... di Niger utara"): where militias, crowds and
        police act, they are that country's own."""
        start = next((j + 1 for j in range(at - 1, -1, -1) if tokens[j].text == ","), 0)
        end = next((j for j in range(at, len(tokens)) if tokens[j].text == ","), len(tokens))
        return self._first_place(tokens, start, end)

    def _country_of_noun_after(self, tokens: list[Token], atoms: list[Atom], k: int, last: int) -> str | None:
        """The country ending a noun phrase a bare role word heads: "nakhoda kapal ikan Vietnam" (the master
        of a Vietnamese fishing boat), "direktur perusahaan minyak Malaysia": up to three plain nouns, then
        a country."""
        if k >= len(atoms) or atoms[k].kind != "country" or not 1 <= atoms[k].first - last - 1 <= 3:
            return None
        between = tokens[last + 1 : atoms[k].first]
        if all(t.is_word and not t.is_capitalised and t.norm not in self.cues.all and not self.looks_verbal(t.norm)
               for t in between):
            return atoms[k].entries[0].country if atoms[k].entries else None
        return None

    @staticmethod
    def _recent_country(doc: Doc, sentence: Sentence, role: str) -> str | None:
        """The country of the last actor with this role named with its country, in the sentences just
        before."""
        for idx in range(sentence.index - 1, max(-1, sentence.index - 1 - RECENT_ROLE_LOOKBACK), -1):
            for m in reversed(doc.actors.get(idx, [])):
                if m.role is None and m.country and m.code == m.country + role and m.kind == "role":
                    return m.country
        return None

    def _home_beside_focus(self, doc: Doc, tokens: list[Token], atoms: list[Atom], role: str, first: int,
                           last: int) -> str | None:
        """The article's home country (Indonesia in Indonesian news) for an unnamed state body whose sentence
        names the focus country after it: "Kementerian Luar Negeri mengecam serangan Israel" in news about
        Israel is the ministry of the country that writes, for Israel's own would be called Israel's. Named
        before it, the country is what the body takes up ("Myanmar ... pemimpin sipil": Myanmar's); one of
        its bodies or groups named after it ("Pemerintah memerintahkan tentara Israel", "Pemerintah menuduh
        RSF") may well be the government's own, and a place ("di Kairo", "dari Washington") is where things
        happen; a body with a demonstrative ("para pemimpin itu") is one named before. Only in an
        article that names the home country too: a foreign wire story that never does ("Pihak berwenang
        menahan lima aktivis ... di Kairo") is about that country's own bodies."""
        home = DEFAULT_COUNTRY.get(doc.language)
        focus = doc.focus_country
        # a ministry ("Kementerian Luar Negeri") is the home country's word for it: a foreign one is named with
        # its country ("Kementerian Luar Negeri China"), so it needs no mention of the home country
        ministry = tokens[first].norm in MINISTRY_HEADS
        if role not in CIVIL_STATE_ROLES or home is None or focus in (None, home) or \
                not (ministry or doc.country_counts.get(home)):
            return None
        if self._demonstrative_at(tokens, last):
            return None  # "para pemimpin itu": those named before
        # an envoy of the focus country ("memanggil duta besar Israel") is the other side's, as a country named
        # bare is; other roles of it may be the body's own ("memerintahkan tentara Israel")
        roles_end = {a.last for a in atoms if a.kind == "role" and tokens[a.first].norm not in self.cues["envoy"]}
        # "di", "dari" before it: a place where or whence, not the country acted on (after "ke" it is often
        # the one struck: "serangan ke X")
        places = self.cues["locative"] | self.cues["source_prep"]
        named = any(a.entries and a.entries[0].kind in STATE_NAME_KINDS and a.entries[0].country == focus
                    and a.first - 1 not in roles_end and tokens[a.first - 1].norm not in places
                    and self._verb_between(tokens, last, a.first) for a in atoms)
        return home if named else None

    def _here_country(self, doc: Doc, sentence: Sentence, first: int, last: int) -> str | None:
        """"polisi setempat", "otoritas setempat" (cue ``local_here`` after the role word): the country of
        the place named last after a locative, in this sentence before it or in the two sentences before."""
        tokens = sentence.tokens
        if last + 1 >= len(tokens) or tokens[last + 1].norm not in self.cues["local_here"]:
            return None
        spans = [(tokens, first)] + [(doc.sentences[idx].tokens, len(doc.sentences[idx].tokens))
                                     for idx in range(sentence.index - 1,
                                                      max(-1, sentence.index - 1 - RECENT_ROLE_LOOKBACK), -1)]
        for words, end in spans:
            for j in range(end - 2, -1, -1):
                if words[j].norm in self.cues["locative"] and (country := self._named_place(words, j + 1)):
                    return country
        return None

    def _verb_between(self, tokens: list[Token], left: int, right: int) -> bool:
        """Whether a verb stands between tokens ``left`` and ``right``: what follows it is outside the noun
        phrase that ends at ``left`` ("Menteri Keadaan Darurat Rusia" is one title; "Kementerian ...
        mengecam serangan Israel" names Israel apart)."""
        return any(t.is_word and not t.is_capitalised and self._verb_word(t.norm) for t in tokens[left + 1 : right])

    def _recent_local_country(self, doc: Doc, sentence: Sentence) -> str | None:
        """The country of the last unnamed local actor (a crowd, students, police: ``LOCAL_ROLES``) that acts
        in the sentences just before, the same scene's; one acted on (after a verb or a preposition: "menusuk
        perut korban") may be a foreigner struck there."""
        for idx in range(sentence.index - 1, max(-1, sentence.index - 1 - RECENT_ROLE_LOOKBACK), -1):
            tokens = doc.sentences[idx].tokens
            for m in reversed(doc.actors.get(idx, [])):
                if m.kind == "role" and m.role in LOCAL_ROLES and m.country and not (
                        m.first > 0 and (self._object_of_verb(tokens, m.first)
                                         or tokens[m.first - 1].norm in self.cues["preposition"])):
                    return m.country
        return None

    def _antecedent_country(self, doc: Doc, sentence: Sentence, first: int, last: int) -> str | None:
        """"the junta", "the ministry" with the definite article takes up the same role word named
        earlier in the article with its country ("X's military junta ... The junta"): that country, the
        nearest such mention first, rather than the country the article names most."""
        if first == 0 or sentence.tokens[first - 1].norm != "the":
            return None
        head = sentence.tokens[last].norm
        for idx in range(sentence.index - 1, -1, -1):
            tokens = doc.sentences[idx].tokens
            for m in reversed(doc.actors.get(idx, [])):
                if m.kind == "role" and m.role is None and m.country and m.code != m.country and \
                        tokens[m.last].norm == head:
                    return m.country
        return None

    def _modifies_noun(self, tokens: list[Token], first: int, institution: bool = False) -> bool:
        """A bare role word after a common noun only describes it: "kamp pengungsi" is a refugee camp,
        not refugees. Quantifiers ("ribuan pengungsi"), cue words and verbs ("menyerang pengungsi") do
        not make it a modifier."""
        if first == 0:
            return False
        prev = tokens[first - 1]
        if not prev.is_word or prev.is_capitalised or prev.text[0].isdigit():
            return False
        if institution and tokens[first].is_capitalised and self.cues.language == "id":
            # "bentukan Dewan Perwakilan Rakyat", "pimpinan Badan Kehormatan": a body's name, not a kind; a
            # title stays a kind ("Pemilu Presiden", "calon Gubernur": an election, a candidate)
            return False
        if prev.norm in QUANTIFIERS or prev.norm in self.cues.all or self.is_predicate(prev.norm):
            return False  # "demo mahasiswa": the students' demonstration
        if prev.norm in PREMISES:
            return False  # "kantor partai": the party's office, and whoever burns it acts on the party
        return not self.looks_verbal(prev.norm)

    def _simple(self, doc: Doc, sentence: Sentence, a: Atom, day: dt.date | None) -> ActorMention:
        tokens = sentence.tokens
        start, end = tokens[a.first].start, tokens[a.last].end
        text = doc.text[start:end]
        if a.alias is not None:
            src = a.alias
            return ActorMention(sentence.index, a.first, a.last, start, end, src.code, src.country,
                                src.name, text, src.kind, person=src.person, spells=src.spells)
        if a.kind == "person":
            spells = tuple(e for e in a.entries if e.kind == "person")
            code, country, name = code_on(spells, day)
            m = ActorMention(sentence.index, a.first, a.last, start, end, code, country, name, text,
                             "person", person=True, spells=spells)
            if a.last > a.first:
                self._remember(doc, tokens[a.first : a.last + 1], m)
            return m
        e = a.entries[0]
        pending = doc.pending_roles.get((sentence.index, a.first))
        if pending and e.kind == "country":
            return ActorMention(sentence.index, a.first, a.last, start, end, _join(e.code, pending[0]), e.country,
                                e.name, text, "role", person=pending[0].person)
        return ActorMention(sentence.index, a.first, a.last, start, end, e.code, e.country, e.name, text,
                            e.kind)

    def _simple_all(self, doc: Doc, sentence: Sentence, a: Atom, day: dt.date | None) -> list[ActorMention]:
        """The actors an atom names: one, or one per entry of a name for several actors at once (a joint
        dictionary code, ``[FRO/BIL/SAM]``), or one per role a listed country takes ("the lawmakers and
        officials of X and Y": Y's lawmakers and Y's officials), all with the same span, as a coordination."""
        m = self._simple(doc, sentence, a, day)
        if a.alias is not None or a.kind == "person" or not a.entries:
            return [m]
        joint = a.entries[0].joint
        if joint is not None:
            return [replace(m, code=e.code, country=e.country, name=e.name)
                    for e in a.entries if e.joint == joint]
        pending = doc.pending_roles.get((sentence.index, a.first))
        if pending and a.entries[0].kind == "country":
            country = a.entries[0].code
            return [m] + [replace(m, code=_join(country, r), person=r.person) for r in pending[1:]
                          if _join(country, r) != m.code]
        return [m]

    def _remember(self, doc: Doc, name_tokens: list[Token], mention: ActorMention) -> None:
        """Register a person's full name, surname and given name for the rest of the article
        (Indonesian and Malay news often use the given name: "Anwar", "Prabowo", "Retno")."""
        keys = [" ".join(t.norm for t in name_tokens)]
        parts = [t.norm for t in name_tokens if t.is_word and t.norm not in NAME_PARTICLES]
        if parts:
            keys.append(parts[-1])
            if parts[0] not in COMMON_GIVEN_NAMES:
                keys.append(parts[0])
        for key in keys:
            # a knowledge-base person of the same one-word name is someone else ("Luis Ortega", not the
            # Ortega the knowledge base knows); a country or an organisation keeps its name
            if key and key not in doc.aliases and len(key) > 2 and all(
                    e.kind == "person" and e.name != mention.name for e in self.kb.lookup(tuple(key.split(" ")))):
                doc.aliases[key] = mention
                words = key.split(" ")
                doc.alias_first[words[0]] = max(doc.alias_first.get(words[0], 0), len(words))

    def _resolve_both(self, doc: Doc, sentence: Sentence, a: Atom,
                      current: list[ActorMention]) -> list[ActorMention]:
        """"kedua negara", "kedua belah pihak", "keduanya": the two sides the article is about so far,
        the two actors mentioned most often (ties to the more recent), people for "kedua pemimpin"."""
        persons = sentence.tokens[a.last].norm in BOTH_PERSON_HEADS
        pair = self._coordinated_pair(sentence, current, persons)
        acting: set[str] = set()
        if pair and pair[0] is current[0] and a.first > 0 and self._verb_word(sentence.tokens[a.first - 1].norm):
            # "Prancis dan AS mendesak kedua pihak ...": the pair that opens the sentence acts on both sides,
            # it is not them
            acting = {m.code[:3] for m in pair if m.code}
            pair = []
        if not pair and a.first <= 1 and sentence.index > 0:
            # "... perang antara X dan Y. Kedua belah pihak saling menyerang": opening its sentence, the
            # phrase takes up the pair joined in the sentence before
            pair = self._coordinated_pair(doc.sentences[sentence.index - 1],
                                          doc.actors.get(sentence.index - 1, []), persons)
        # "kedua negara" names the two states themselves, not the army or ministry that stood for one
        states = sentence.tokens[a.last].norm in STATE_HEADS
        if states and (named_after := self._pair_named_after(sentence.tokens, a.last)[0]):
            start, end = sentence.tokens[a.first].start, sentence.tokens[a.last].end
            return [ActorMention(sentence.index, a.first, a.last, start, end, code, code,
                                 self.kb.country_name(code) or code, doc.text[start:end], "both")
                    for code in named_after]
        if pair:
            start, end = sentence.tokens[a.first].start, sentence.tokens[a.last].end
            return [ActorMention(sentence.index, a.first, a.last, start, end,
                                 (m.country or m.code) if states else m.code, m.country, m.name,
                                 doc.text[start:end], "both", person=m.person) for m in pair]
        tokens = sentence.tokens
        # "Japan and each country": the two are others than the actor joined to the phrase
        partner = {m.code[:3] for m in current if m.code and a.first >= 2 and m.last == a.first - 2
                   and tokens[a.first - 1].norm in self.cues["coordinator"]}
        # "The African Union told both sides": the one actor before the phrase, opening the sentence,
        # acts on the two
        before = [m for m in current if m.code and m.last < a.first and m.kind not in ("media", "pronoun")]
        if len(before) == 1 and all(not t.is_word or t.norm in self.cues["article"]
                                    for t in tokens[: before[0].first]):
            partner.add(before[0].code[:3])
        partner |= self._caller_between(tokens, before, a) | acting
        # "urged both sides to ..., and called for talks between the two countries": the pair the sentence
        # already named by such a phrase
        named = [m for m in current if m.kind == "both" and m.last < a.first and (m.code or "")[:3] not in partner]
        if len(named) >= 2 and not persons:
            start, end = tokens[a.first].start, tokens[a.last].end
            return [replace(m, first=a.first, last=a.last, start=start, end=end, text=doc.text[start:end])
                    for m in named[-2:]]
        counts: dict[str, int] = {}
        latest: dict[str, tuple[int, ActorMention]] = {}
        first_seen: dict[str, tuple[int, ActorMention]] = {}
        order = 0
        history = [m for idx in range(sentence.index) for m in doc.actors.get(idx, [])] + current
        for m in history:
            order += 1
            if m.code is None or m.kind in ("both", "pronoun") or m.is_location or m.kind == "media":
                continue
            if persons != m.person and persons:
                continue
            key = m.code if persons else m.code[:3] if not m.code.startswith(("IGO", "NGO")) else m.code
            if m.code[:3] in partner:
                continue
            counts[key] = counts.get(key, 0) + 1
            latest[key] = (order, m)
            first_seen.setdefault(key, (order, m))
        if not counts:
            return []
        whole = doc.country_counts  # how often the whole article names each country
        ranked = sorted(counts, key=lambda k: (whole.get(k[:3], 0) + counts[k], latest[k][0]), reverse=True)
        sides = sentence.tokens[a.last].norm in SIDE_HEADS  # "kedua belah pihak": the article's two sides
        ranked = (not sides and self._with_country_of_sentence(current, a, ranked, persons)) or ranked[:2]
        chosen = sorted((first_seen[k] for k in ranked), key=lambda x: x[0])  # in the article's order
        if len(ranked) < 2:
            chosen = []
        if sentence.tokens[a.last].norm in SIDE_HEADS and (len(ranked) < 2 or counts[ranked[1]] < 2) and \
                counts[ranked[0]] >= 2:
            # a civil conflict: one country named throughout, its sides told apart by role ("the army and
            # the RSF")
            roles: dict[str, list[ActorMention]] = {}
            for m in history:
                if m.code and m.code[:3] == ranked[0][:3] and len(m.code) > 3 and m.kind not in (
                        "both", "pronoun", "media") and not m.is_location and m.code[:3] not in partner:
                    roles.setdefault(m.code, []).append(m)
            split = sorted(roles.values(), key=len, reverse=True)[:2]
            if len(split) == 2 and len(split[1]) >= 2:
                chosen = [(0, side[0]) for side in split]
        if not chosen:
            return []
        start, end = sentence.tokens[a.first].start, sentence.tokens[a.last].end
        return [ActorMention(sentence.index, a.first, a.last, start, end,
                             (m.country or m.code) if states else m.code, m.country, m.name,
                             doc.text[start:end], "both", person=m.person) for _, m in chosen]

    def _attributive_role(self, tokens: list[Token], i: int, length: int, entries: list) -> bool:
        """English "official results", "official figures": a one-person role word with no article or
        modifier before it and a plain plural noun after it is an adjective, not an office holder (who is
        "an official", "the official", "a US official")."""
        if length != 1 or not self.cues["article"] or not all(e.kind == "role" and e.person for e in entries):
            return False
        j = i + length
        if j >= len(tokens):
            return False
        nxt, prev = tokens[j], tokens[i - 1] if i > 0 else None
        bare = prev is None or not prev.is_word
        return bare and nxt.is_word and not nxt.is_capitalised and nxt.norm.endswith("s") and \
            not nxt.norm.endswith("ss") and nxt.norm not in self.cues.all and not self.kb.lookup((nxt.norm,))

    def _caller_between(self, tokens: list[Token], before: list[ActorMention], a: Atom) -> set[str]:
        """"..., and France called for talks between the two countries": after "between", the two are
        others than the subject of the phrase's own clause (the last actor before it, opening its clause)."""
        if a.first < 1 or tokens[a.first - 1].norm not in self.cues["between"] or not before:
            return set()
        subject = max(before, key=lambda m: m.last)
        opens = subject.first == 0 or tokens[subject.first - 1].text == "," or \
            tokens[subject.first - 1].norm in self.cues["coordinator"]
        return {subject.code[:3]} if opens and subject.kind != "both" else set()

    @staticmethod
    def _with_country_of_sentence(current: list[ActorMention], a: Atom, ranked: list[str],
                                  persons: bool) -> list[str]:
        """"X mengatakan senjata itu diekspor ke Rusia, di tengah kerja sama antara kedua negara": a country
        the sentence names before "kedua negara", other than its subject's, is one of the two; the other is
        the one the article names most, again not the subject's. Empty when the sentence names none."""
        if persons or not current or len(ranked) < 2:
            return []
        subject = (current[0].code or "")[:3]
        named = [m.code[:3] for m in current[1:] if m.code and m.last < a.first and m.kind == "country"
                 and m.code[:3] != subject]
        if not named or named[-1] in ranked[:2] or named[-1] not in ranked:
            return []
        other = next((k for k in ranked if k[:3] not in (subject, named[-1])), None)
        return [named[-1], other] if other else []

    def _verb_word(self, norm: str) -> bool:
        """A verb form: a predicate of the lexicon or a word shaped like a verb."""
        return self.is_predicate(norm) or self.looks_verbal(norm)

    def _coordinated_pair(self, sentence: Sentence, current: list[ActorMention],
                          persons: bool) -> list[ActorMention]:
        """"welcomed Ruto and Kagame ..., where the two leaders agreed": the last two actors of the
        sentence joined by a coordinator, when they are of the kind the phrase names."""
        tokens = sentence.tokens
        for x, y in zip(reversed(current[:-1]), reversed(current[1:])):
            between = tokens[x.last + 1 : y.first]
            if len(between) == 1 and between[0].norm in self.cues["coordinator"] and x.code and y.code \
                    and x.code != y.code and (not persons or (x.person and y.person)):
                return [x, y]
        return []

    def _placed(self, sentence: Sentence, m: ActorMention) -> bool:
        """After a locative preposition: a place ("in La Paz"), which "they" does not stand for."""
        tokens = sentence.tokens
        prev = m.first - 1
        if prev > 0 and tokens[prev].norm in self.cues["article"]:
            prev -= 1  # "outside the embassy"
        return prev >= 0 and tokens[prev].norm in self.cues["locative"]

    def _subject_it(self, tokens: list[Token], i: int) -> bool:
        """"It also accused X", "It said": "it" opening its sentence as the subject of an act takes up a
        country or organisation of the sentences before, as "they" does; "It is", "It has been", "It
        seems" open an impersonal clause or speak of a thing, and stay no actor."""
        if tokens[i].norm not in self.cues["pronoun_thing"] or any(t.is_word for t in tokens[:i]):
            return False
        words = [t.norm for t in tokens[i + 1 :] if t.is_word]
        rest = [w for w in words if w not in self.cues["auxiliary"] and w not in self.cues["future"]]
        return bool(rest) and rest[0] not in self.cues["passive_aux"] and rest[0] not in self.cues["impersonal"]

    def _binds(self, sentence: Sentence, m: ActorMention, a: Atom) -> bool:
        """"police dispersed them": an object pronoun is not the subject of its own clause."""
        tokens = sentence.tokens
        if tokens[a.first].norm not in self.cues["pronoun_object"]:
            return False
        return all(t.text != "," and t.norm not in self.cues["boundary"] for t in tokens[m.last + 1 : a.first])

    def _resolve_group_pronoun(self, doc: Doc, sentence: Sentence, a: Atom,
                               current: list[ActorMention]) -> list[ActorMention]:
        """"mereka", "pihaknya": the nearest group actor (a country, an organisation, a force) before, or
        the list it was named in."""
        candidates = [m for m in current if not m.person and m.code and m.kind not in ("media",)
                      and not self._placed(sentence, m) and not self._binds(sentence, m, a)]
        src = self._denier(sentence, a, current) or (candidates[-1] if candidates else None)
        idx = sentence.index - 1
        if src is None and idx >= 0 and self._opens_sentence(sentence.tokens, a.first):
            # '"...," kata militer X. Mereka ...': the speaker of the sentence before goes on speaking
            speaker = self._closing_speaker(doc, idx)
            # (a body, or an official named by role alone, who speaks for one: "juru bicara militer X")
            src = speaker if speaker is not None and (not speaker.person or speaker.kind == "role") else None
        # "pihaknya" is the side of whoever spoke or acted: a person opening the sentence before stands for
        # it ("Menlu X mengunjungi Dhaka. Pihaknya meminta ..." is X's ministry, not Dhaka)
        own_side = sentence.tokens[a.first].norm in self.cues["pronoun_speaker"]
        while src is None and idx >= 0 and sentence.index - idx <= PRONOUN_LOOKBACK:
            # in an earlier sentence "they" is most likely its subject: the first group actor that is not
            # an agent ("Armed by their neighbour, the rebels hold ...": the rebels)
            tokens = doc.sentences[idx].tokens
            for m in doc.actors.get(idx, []):
                if (m.person and not own_side) or not m.code or m.kind == "media" or m.is_location:
                    continue
                if m.first > 0 and tokens[m.first - 1].norm in self.cues["agent"]:
                    continue
                src = m
                break
            idx -= 1
        if src is None:
            return []
        tok = sentence.tokens[a.first]
        return [ActorMention(sentence.index, a.first, a.last, tok.start, tok.end, m.code, m.country, m.name,
                             tok.text, "pronoun") for m in self._coordinated_with(doc, sentence, tok, src, current)]

    def _coordinated_with(self, doc: Doc, sentence: Sentence, pronoun: Token, ref: ActorMention,
                          current: list[ActorMention]) -> list[ActorMention]:
        """"Mali, Niger dan Burkina Faso keluar dari X. Mereka ...": the group actor a plural pronoun
        takes up and, when it was named in a list of group actors, the rest of that list."""
        if pronoun.norm not in self.cues["pronoun_group"] or pronoun.norm in self.cues["pronoun_speaker"]:
            return [ref]  # "pihaknya", "it": one side
        mentions = current if ref.sentence == sentence.index else doc.actors.get(ref.sentence, [])
        tokens = doc.sentences[ref.sentence].tokens
        k = next((k for k, x in enumerate(mentions) if x is ref), None)
        if k is None:
            return [ref]
        lo = hi = k
        while lo > 0 and self._listed(tokens, mentions[lo - 1], mentions[lo]):
            lo -= 1
        while hi + 1 < len(mentions) and self._listed(tokens, mentions[hi], mentions[hi + 1]):
            hi += 1
        members = [x for x in mentions[lo : hi + 1] if x.code and not x.person and x.kind != "media"]
        # only a list that is the subject opening its sentence ("X dan Y mengatakan mereka ..."); a list
        # further on is more often of places, members or objects the pronoun does not take up
        if len({x.code for x in members}) < 2 or not self._opens_sentence(tokens, mentions[lo].first):
            return [ref]
        return members

    def _listed(self, tokens: list[Token], x: ActorMention, y: ActorMention) -> bool:
        """Two actors next to each other in a list: only commas and a coordinator between them."""
        between = tokens[x.last + 1 : y.first]
        return 0 < len(between) <= 2 and all(t.text == "," or t.norm in self.cues["coordinator"]
                                             for t in between) and not x.is_location and not y.is_location

    def _closing_speaker(self, doc: Doc, idx: int) -> ActorMention | None:
        """The actor a sentence's words are attributed to after them ('"...," kata X', '..., ujar juru
        bicara X'): the one the next sentence's pronoun most likely goes on about."""
        tokens = doc.sentences[idx].tokens
        for k in range(len(tokens) - 1, 0, -1):
            if tokens[k].norm in self.cues["quote_final"] and not tokens[k - 1].is_word:
                after = [m for m in doc.actors.get(idx, []) if k < m.first <= k + SPEAKER_WINDOW and m.code
                         and m.kind != "media" and not m.is_location]
                return after[0] if after else None
        return None

    def _two_people_before(self, doc: Doc, sentence: Sentence, a: Atom) -> list[ActorMention]:
        """"The president of X met the prime minister of Y. They discussed ...": "they" opening a sentence,
        with no group before it, stands for the two people of different sides the last sentence named (as
        "both leaders" does)."""
        tokens = sentence.tokens
        if sentence.index == 0 or any(t.is_word for t in tokens[: a.first]):
            return []
        people: dict[str, ActorMention] = {}
        for m in doc.actors.get(sentence.index - 1, []):
            if m.person and m.code and m.kind not in ("both", "pronoun", "media"):
                people.setdefault(m.code[:3], m)
        if len(people) != 2:
            return []
        tok = tokens[a.first]
        return [ActorMention(sentence.index, a.first, a.last, tok.start, tok.end, m.code, m.country, m.name,
                             tok.text, "both", person=True) for m in people.values()]

    def _definite(self, tokens: list[Token], i: int) -> bool:
        """A noun that refers back to an actor: "negara itu", "kelompok tersebut", "the group", "this country"."""
        if tokens[i].norm in self.cues["anaphor_vessel"]:
            return self._demonstrative_at(tokens, i) is not None
        if tokens[i].norm not in self.cues["anaphor_country"] and tokens[i].norm not in self.cues["anaphor_org"]:
            return False
        if self._demonstrative_at(tokens, i):
            before = i - 1
        else:
            prev = tokens[i - 1].norm if i > 0 else ""
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            # English puts the determiner before: "the group said", not "the group of seven"
            if not (prev in self.cues["article"] and prev in ("the", "this") and (
                    nxt is None or not nxt.is_word or nxt.norm not in self.cues["genitive"] and not nxt.is_capitalised)):
                return False
            before = i - 2
        if tokens[i].norm in self.cues["anaphor_country"]:
            # "the country" is as often the place ("left the country"): only as the subject of a clause
            return before < 0 or not tokens[before].is_word or tokens[before].norm in (
                self.cues["boundary"] | self.cues["coordinator"])
        return True

    def _possessive_anaphor(self, norm: str) -> bool:
        """"negaranya", "kelompoknya": an anaphor noun with the possessive "-nya" (his/its country, group)."""
        head = norm[:-3] if self.cues.language == "id" and norm.endswith("nya") else ""
        return head in self.cues["anaphor_country"] or head in self.cues["anaphor_org"]

    def _currency(self, tokens: list[Token], m: ActorMention) -> bool:
        """"50 juta dolar AS", "yen Jepang", "US dollars", "Australian dollars": a country that names a currency
        (cue ``currency`` right before it in Indonesian, right after it in English) is no actor."""
        if m.kind not in ("country", "adjective", "capital"):
            return False
        if self.cues.language == "id":
            return m.first > 0 and tokens[m.first - 1].norm in self.cues["currency"]
        return m.last + 1 < len(tokens) and tokens[m.last + 1].norm in self.cues["currency"]

    def _unidentified(self, tokens: list[Token], m: ActorMention) -> bool:
        """"orang tak dikenal", "pria bersenjata misterius": a role word said to be unknown names nobody
        (cue ``unidentified`` right after it, or, in English, before it: "unidentified gunmen")."""
        if m.kind != "role" or m.person and m.name:
            return False
        after = " ".join(t.norm for t in tokens[m.last + 1 : m.last + 3])
        before = tokens[m.first - 1].norm if m.first > 0 else ""
        return before in self.cues["unidentified"] or any(
            after == cue or after.startswith(cue + " ") for cue in self.cues["unidentified"])

    def _object_of_verb(self, tokens: list[Token], i: int) -> bool:
        """Right after a verb that is no verb of saying: its object ("menarik pasukannya dari X": one's own
        troops moved are part of the act, not its target)."""
        prev = tokens[i - 1].norm if i > 0 else ""
        return bool(prev) and self.looks_verbal(prev) and prev not in self.cues["speech"] and \
            prev not in self.cues["complementizer"]

    def _possessed_role(self, norm: str) -> list:
        """"pasukannya", "pemerintahnya", "militernya": a role word of a group with the possessive "-nya"
        (its troops, its government): the role entries, whose country is the owner's (``_resolve_possessive``)."""
        if self.cues.language != "id" or not norm.endswith("nya") or len(norm) < 7 or norm[:-3] in MISSIONS:
            return []  # "kedutaannya di Damaskus": a building of the owner stays where it stands
        return [e for e in self.kb.lookup((norm[:-3],)) if e.kind == "role" and not e.person]

    def _resolve_possessive(self, doc: Doc, sentence: Sentence, a: Atom,
                            current: list[ActorMention]) -> ActorMention | None:
        """"Menteri X, <name>, menyatakan negaranya ...": the country of the sentence's subject, the first
        actor named in it (a person's too; "X mengecam sanksi Y terhadap negaranya": X's, not Y's);
        "kelompoknya": that actor's own body (a spokesman's group)."""
        tok = sentence.tokens[a.first]
        owner = [current] + [doc.actors.get(idx, []) for idx in range(sentence.index - 1,
                                                                      max(-1, sentence.index - 1 - PRONOUN_LOOKBACK), -1)]
        # none before it in its sentence ("Pasukannya kemudian menangkap ..."): the subject of the sentence
        # before ("Maduro memerintahkan pasukannya bersiaga."), as for "mereka"
        src = next((m for mentions in owner for m in mentions if m.code and m.country and not m.is_location
                    and m.kind not in ("media", "both")), None)
        if src is None:
            return None
        if a.entries:
            # "Menurut X, pasukannya ...": the owner's country with the role ("its troops": XMIL)
            return ActorMention(sentence.index, a.first, a.last, tok.start, tok.end, src.country + a.entries[0].code,
                                src.country, None, tok.text, "role")
        code = src.country if tok.norm[:-3] in self.cues["anaphor_country"] else src.code
        return ActorMention(sentence.index, a.first, a.last, tok.start, tok.end, code, src.country, src.name,
                            tok.text, "pronoun")

    def _titled_before(self, tokens: list[Token], i: int) -> bool:
        """"sang presiden", "sang menteri": a title article before a role word makes it the holder of
        that role the article named before, not a new actor."""
        return i > 0 and tokens[i - 1].norm in self.cues["title_article"]

    def _demonstrative_at(self, tokens: list[Token], i: int) -> int | None:
        """The demonstrative that makes the noun at ``i`` definite, right after it or after one or two words
        that describe it ("negara itu", "blok regional itu", "kelompok garis keras tersebut"), or None."""
        if i + 1 < len(tokens) and tokens[i + 1].norm in self.cues["relative"] and self.cues.language == "id":
            # "gerakan yang didukung Teheran itu": a relative clause between the noun and its demonstrative
            for j in range(i + 2, min(len(tokens), i + 2 + RELATIVE_DEMONSTRATIVE_GAP)):
                if not tokens[j].is_word:
                    break
                if tokens[j].norm in self.cues["demonstrative"]:
                    return j
        for j in range(i + 1, min(len(tokens), i + 2 + DEMONSTRATIVE_GAP)):
            if self._demonstrative_after(tokens, j - 1):
                return j
            tok = tokens[j]
            if not tok.is_word or tok.is_capitalised or tok.norm in self.cues.all or self._verb_word(tok.norm):
                return None
        return None

    def _demonstrative_after(self, tokens: list[Token], i: int) -> bool:
        return i + 1 < len(tokens) and tokens[i + 1].norm in self.cues["demonstrative"] and \
            self.cues.language == "id"

    def _resolve_definite(self, doc: Doc, sentence: Sentence, a: Atom,
                          current: list[ActorMention]) -> ActorMention | None:
        """A definite noun phrase that refers back ("negara itu", "kelompok tersebut", "kementerian itu",
        "the group"): the latest actor before it, in this sentence or the two before, that the noun fits — a
        country for "negara", an organisation that is no state body for "kelompok", for a role word an
        actor named with the same word ("Kementerian Luar Negeri X" for "kementerian itu") or else with the
        same role. None when no actor fits: the phrase then gets its usual reading."""
        tokens = sentence.tokens
        head = tokens[a.first].norm
        country = head in self.cues["anaphor_country"]
        if a.kind == "role":
            role, person = a.entries[0].code, a.entries[0].person
            # first an actor named with the same head word ("Kementerian Luar Negeri X" for "kementerian
            # itu", "Presiden X" for "sang presiden"), then one of the same role; a body never stands for a
            # person named between ("memanggil duta besar Y. Kementerian itu ...": the ministry, not Y's
            # ambassador), and a person only for a person
            tests = [lambda m: doc.text[m.start:m.end].split(" ")[0].lower() == head and m.person == person,
                     lambda m: m.code is not None and m.country is not None and m.code == m.country + role
                     and m.person == person]
        elif head in self.cues["anaphor_vessel"]:
            # "kapal tersebut": the last vessel named as an actor ("Kapal penjaga pantai X"), no other actor
            tests = [lambda m: doc.text[m.start:m.end].split(" ")[0].lower() == head]
        elif country:
            tests = [lambda m: m.kind == "country" or (m.kind in ("role", "org") and m.country is not None
                                                        and not m.person and m.code.startswith(m.country))]
        else:
            # "Juru bicara Hamas mengatakan kelompok itu ...": after the organisation itself, one named
            # through its member or spokesperson (the group, not the person)
            tests = [lambda m: m.kind == "org" and not state_body(m.code),
                     lambda m: m.kind in ("role", "person") and m.code != m.country and not state_body(m.code)]
        history = [list(doc.actors.get(idx, [])) for idx in range(max(0, sentence.index - PRONOUN_LOOKBACK),
                                                                   sentence.index)] + [current]
        for fits in tests:
            for mentions in reversed(history):
                # "X criticised Y. The country also ...", "Israel menyerang Gaza. Negara itu juga ...": in a
                # sentence before, the country is the one that sentence is about, its first (the subject),
                # not the last named (an object or a place)
                ordered = mentions if country and mentions is not current else reversed(mentions)
                for m in ordered:
                    if m.code and not m.is_location and m.kind not in ("media", "both") and fits(m):
                        # "kementerian itu" ends with its demonstrative; "sang presiden" with its noun
                        last = a.last + 1 if a.kind == "role" and self._demonstrative_after(tokens, a.last) \
                            else a.last
                        start, end = tokens[a.first].start, tokens[last].end
                        code = m.country if country else m.code
                        return ActorMention(sentence.index, a.first, last, start, end, code, m.country,
                                            m.name, doc.text[start:end], "pronoun",
                                            person=m.person and (country or a.kind == "role"))
        return None

    def _denier(self, sentence: Sentence, a: Atom, current: list[ActorMention]) -> ActorMention | None:
        """"X membantah tuduhan Y bahwa mereka ...", "X denied Y's claims that it ...": the pronoun opening
        what is denied is the one who denies it, not the accuser named in between."""
        tokens = sentence.tokens
        if a.first < 2 or tokens[a.first - 1].norm not in self.cues["complementizer"]:
            return None
        for k in range(a.first - 2, max(-1, a.first - 2 - DENIED_WORDS), -1):
            if tokens[k].text == "," or tokens[k].norm in self.cues["boundary"]:
                return None
            if tokens[k].norm in self.cues["denial"]:
                deniers = [m for m in current if m.last < k and m.code and m.kind != "media" and not m.is_location]
                return deniers[-1] if deniers else None
        return None

    def _resolve_pronoun(self, doc: Doc, sentence: Sentence, a: Atom,
                         current: list[ActorMention]) -> ActorMention | None:
        denier = self._denier(sentence, a, current)
        if denier is not None and denier.person:
            tok = sentence.tokens[a.first]
            return ActorMention(sentence.index, a.first, a.last, tok.start, tok.end, denier.code, denier.country,
                                denier.name, tok.text, "pronoun", person=True)
        candidates = [m for m in current if m.person and not self._binds(sentence, m, a)]
        if sentence.tokens[a.first].norm in self.cues["reflexive"]:
            # "X mengatakan dirinya ...", "foto bersama antara dirinya, Y dan Z": the reflexive is bound in
            # its sentence, to its subject (its first person), not to the person named last nor to one of
            # an earlier sentence ("pelaku bom meledakkan dirinya": an unnamed bomber)
            if not candidates:
                return None
            candidates = candidates[:1]
        idx = sentence.index - 1
        earlier = not candidates
        while not candidates and idx >= 0 and sentence.index - idx <= PRONOUN_LOOKBACK:
            candidates = [m for m in doc.actors.get(idx, []) if m.person]
            idx -= 1
        if not candidates:
            return None
        src = candidates[-1]
        tokens = sentence.tokens
        if earlier and self._opens_sentence(tokens, a.first):
            # "He added ...", "Ia kemudian bertemu ...": a pronoun that is the subject of its sentence
            # continues the last sentence's subject (its first person, when that person opens the sentence)
            # rather than the person named last, often its object ("X menjamu Y. Dia memuji ...": X)
            src = self._subject_person(doc, candidates)
            speaker = self._closing_speaker(doc, candidates[0].sentence)
            if speaker is not None and speaker.person:
                # '"Presiden Y harus mundur," kata Menlu X. Ia menambahkan ...': X goes on speaking
                src = speaker
        tok = sentence.tokens[a.first]
        return ActorMention(sentence.index, a.first, a.last, tok.start, tok.end, src.code, src.country,
                            src.name, tok.text, "pronoun", person=True)

    def _opens_sentence(self, tokens: list[Token], first: int) -> bool:
        """Nothing but punctuation and clause openers ("Namun, ...") before ``first``."""
        return all(not t.is_word or t.norm in self.cues["boundary"] for t in tokens[:first])

    def _subject_person(self, doc: Doc, candidates: list[ActorMention]) -> ActorMention:
        """The person who is the subject of the earlier sentence the candidates come from: its first person
        when that person opens the sentence; else the person named last."""
        first = candidates[0]
        tokens = doc.sentences[first.sentence].tokens
        if self._opens_sentence(tokens, first.first):
            return first
        return candidates[-1]


def _complete_names(tokens: list[Token], mentions: list[ActorMention]) -> None:
    """"Presiden Xi Jinping": a short alias ("Presiden Xi") followed by the rest of the person's full name
    takes that rest in, so that the name's last word is no stray word between coordinated actors."""
    starts = {m.first for m in mentions}
    for m in mentions:
        if not m.person or not m.name:
            continue
        words = m.name.split()
        last = tokens[m.last].text
        if last not in words[:-1]:
            continue
        rest = words[words.index(last) + 1:]
        end = m.last + len(rest)
        if end < len(tokens) and not (starts & set(range(m.last + 1, end + 1))) and \
                [t.text for t in tokens[m.last + 1 : end + 1]] == rest:
            m.last, m.end = end, tokens[end].end
            m.text = " ".join(t.text for t in tokens[m.first : end + 1])


def code_on(spells: tuple[ActorEntry, ...], day: dt.date | None) -> tuple[str, str | None, str]:
    """A person's code on a day: the role held then (the latest begun if several), else their country
    (an office holder out of office is coded by country alone)."""
    valid = [e for e in spells if e.valid_on(day)]
    if valid:
        e = max(valid, key=lambda x: x.start or dt.date.min)
        return e.code, e.country, e.name
    latest = max(spells, key=lambda x: x.end or dt.date.max)
    return latest.country or latest.code, latest.country, latest.name


def _join(country: str | None, role: ActorEntry) -> str | None:
    """The code of a role of a country: ``GONGOV``; ``NGOARN`` for a role written before (``[NGO~]``)."""
    if not country:
        return None
    return role.code + country if role.before else country + role.code


def _case_ok(entry: ActorEntry, span: list[Token], articles: frozenset[str] = frozenset()) -> bool:
    """Whether a name is written as a name: capitalised, or in the exact case an acronym needs. A name that
    starts with an article is capitalised after it ("the Shire", "the Netherlands" mid-sentence)."""
    if entry.exact_case is not None:
        surface = "".join(t.text for t in span)
        return surface == entry.exact_case.replace(" ", "")
    if entry.kind == "role" or entry.lowercase:
        return True
    head = span[1] if len(span) > 1 and span[0].norm in articles else span[0]
    return head.is_capitalised or head.text[0].isdigit()


def _heads_name(tokens: list[Token], i: int, length: int) -> bool:
    """An institution's head word written as a name: capitalised, and a one-word head ("Dinas", "PT") with
    a capitalised name right after it ("Dinas Pendidikan", not "mobil dinas" or "Dinas itu")."""
    if not tokens[i].is_capitalised:
        return False
    nxt = i + length
    return length > 1 or (nxt < len(tokens) and tokens[nxt].is_word and tokens[nxt].is_capitalised)


def _both_phrase(tokens: list[Token], i: int) -> int:
    """Length of a "both" phrase at i: "keduanya", "kedua negara", "kedua belah pihak", "both sides".
    After a noun "keduanya" is an ordinal ("periode keduanya": her second term)."""
    if tokens[i].norm == "keduanya":
        prev = tokens[i - 1] if i > 0 else None
        return 1 if prev is None or not prev.is_word or prev.norm in BOTH_AFTER else 0
    if tokens[i].norm == "each":  # "between Japan and each side"
        return 2 if i + 1 < len(tokens) and tokens[i + 1].norm in EACH_HEADS else 0
    if tokens[i].norm == "the":  # "the two leaders", "the two countries"
        if i + 2 < len(tokens) and tokens[i + 1].norm == "two" and \
                tokens[i + 2].norm in BOTH_HEADS | BOTH_PERSON_HEADS:
            return 3
        return 0
    if i + 1 < len(tokens) and tokens[i + 1].norm in BOTH_HEADS | BOTH_PERSON_HEADS:
        if tokens[i + 1].norm == "belah" and i + 2 < len(tokens) and tokens[i + 2].norm == "pihak":
            return 3
        return 2
    return 0


def _unknown_origin(tokens: list[Token], first: int, atoms: list[Atom]) -> bool:
    """"European leaders", "Western officials": a capitalised word the knowledge base does not know
    right before a role word names its origin, so the role takes no country of the article's."""
    prev = first - 1
    if prev <= 0 or not tokens[prev].is_word or not tokens[prev].is_capitalised:
        return False  # the first word of a sentence is capitalised anyway
    word = tokens[prev].text
    if word.isupper() or not word.lower().endswith(ORIGIN_ENDINGS):
        return False  # "GIGN police unit": a unit's name, not where it is from
    return not any(a.first <= prev <= a.last for a in atoms)


#: a ministry's head word, before the words of its field ("Kementerian Pendidikan", "Kemenko Perekonomian")
MINISTRY_HEADS = frozenset({"kementerian", "kementrian", "kemenko"})
#: words that join two parts of an institution's name ("Dinas Kependudukan dan Catatan Sipil")
NAME_JOINERS = frozenset({"dan", "&"})
#: words at most in an aside of examples after a role word ("lima petani, termasuk seorang remaja, di ...")
ASIDE_WORDS = 8
#: words at most of a place name the gazetteer does not know, before the country that places it
PLACE_NAME_WORDS = 4
#: words at most between a verb of denial and the "bahwa" of what it denies ("membantah tuduhan lama
#: pemerintah Kongo bahwa ...")
DENIED_WORDS = 6
#: what stands between a name and its title in apposition: a comma, "selaku" ("Luis Ortega selaku Menteri
#: Luar Negeri Kolombia")
APPOSITION_MARKS = frozenset({",", "selaku"})
#: capitalised words at most between the word of a facility ("Rumah Sakit", "Bandara") and a country
#: name that closes the facility's name
FACILITY_NAME_WORDS = 3
#: roles of a state's own bodies: an organisation with one of them is no "kelompok" (group)
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _apposition_country(tokens: list[Token], mentions: list[ActorMention], first: int) -> str | None:
    """"Juru bicara militer Thailand, Mayor Jenderal Winthai Suvaree, ...": a title and a name set off by a
    comma right after a country's titled office name the holder of that office: that country."""
    if first < 2 or tokens[first - 1].text != ",":
        return None
    for m in reversed(mentions):
        if m.last == first - 2 and m.kind == "role" and m.person and m.country and m.code != m.country:
            return m.country
    return None


def _organisation_members(doc: Doc, mentions: list[ActorMention]) -> None:
    """"NATO leaders", "Hamas officials", "EU foreign ministers": a role word right after an organisation's
    name that has no country of its own (it took one from the context) names the organisation's people, one
    actor with the organisation's code, not a second actor of whatever country was named nearby."""
    k = 0
    while k < len(mentions) - 1:
        org, member = mentions[k], mentions[k + 1]
        if org.kind == "org" and org.code and member.kind == "role" and member.role is not None and \
                member.first == org.last + 1:
            mentions[k] = replace(org, last=member.last, end=member.end, text=doc.text[org.start : member.end],
                                  person=member.person)
            del mentions[k + 1]
        k += 1


def _absorb_own_country(doc: Doc, tokens: list[Token], mentions: list[ActorMention]) -> None:
    """"Hizbullah Lebanon", "Kelompok Houthi Yaman", "Hamas Palestina": a group's name and right after it its
    own country's name, as Indonesian news writes them, are one actor, not the group and the state."""
    k = 0
    while k + 1 < len(mentions):
        group, country = mentions[k], mentions[k + 1]
        if group.kind == "org" and country.kind == "country" and country.first == group.last + 1 and \
                group.country and country.code == group.country and group.code != group.country and \
                not country.is_location and not (country.last + 1 < len(tokens) and tokens[country.last + 1].is_capitalised):
            group.last, group.end = country.last, country.end
            group.text = doc.text[group.start : group.end]
            mentions.pop(k + 1)
        k += 1


def _local_country(mentions: list[ActorMention]) -> str | None:
    """The country of the last unnamed local actor (``LOCAL_ROLES``) already found in the sentence."""
    return next((m.country for m in reversed(mentions) if m.kind == "role" and m.role in LOCAL_ROLES), None)


def _doer(mentions: list[ActorMention]) -> ActorMention | None:
    """The sentence's first actor that is no place ("in Thailand's border area, residents ..."): the one
    who acts."""
    return next((m for m in mentions if not m.is_location), None)


def state_body(code: str) -> bool:
    """A state's government, forces, police, courts, parliament or intelligence (``IDNMIL``, ``USASPY``)."""
    return len(code) >= 6 and not code.startswith(("IGO", "NGO", "IMG", "MNC")) and code[3:6] in STATE_ROLES


def _surname_of_another(atom: Atom, name_first: int) -> bool:
    """A known person's one-word name inside a longer unknown name ("Luis Ortega" when the knowledge base
    knows another Ortega): the unknown given name before it says it is someone else."""
    return atom.kind == "person" and atom.first == atom.last and atom.first > name_first


def _namesake(tokens: list[Token], atoms: list[Atom], k: int) -> bool:
    """A known person's one-word name opening a longer name after a title ("Kombes Hadi Pranoto" when the
    knowledge base knows a Hadi Tjahjanto): the next capitalised word, no part of the known name, says it is
    someone else."""
    atom = atoms[k]
    nxt = atom.last + 1
    if atom.kind != "person" or atom.first != atom.last or nxt >= len(tokens) or \
            not (tokens[nxt].is_word and tokens[nxt].is_capitalised) or \
            (k + 1 < len(atoms) and atoms[k + 1].first == nxt):
        return False
    return all(tokens[nxt].norm not in variant_key(e.name.lower().split()) and
               tokens[nxt].text not in e.name.split() for e in atom.entries)


def _continues_name(tok: Token) -> bool:
    """A word that may carry a name on: capitalised, or an Arabic article joined by a hyphen ("el-Sisi")."""
    return tok.is_word and (tok.is_capitalised or "-" in tok.norm and variant_key([tok.norm])[0] == "al")


def _counsel_of(role: Atom, client: Atom) -> bool:
    """A lawyer (a JUD title of one person) before a private party's role word ("kuasa hukum tersangka",
    "pengacara korban", "lawyer for the protesters"): the lawyer of that party, who stays a lawyer."""
    counsel = role.entries[0]
    return counsel.code == "JUD" and counsel.person and client.entries[0].code in CLIENT_ROLES


def _initials(tokens: list[Token], i: int) -> bool:
    """An upper-case word after "berinisial" ("berinisial AS", "inisial M.A."): a person's initials."""
    return i > 0 and tokens[i - 1].norm in INITIALS_CUES and tokens[i].text.replace(".", "").isupper()


def _ambiguous_start(tokens: list[Token]) -> bool:
    """A capitalised word opening a sentence (or its opening quote) followed by another capitalised word
    (“Kubu Kamboja menilai ...”): the first is as likely a common word as a name."""
    return len(tokens) > 1 and tokens[1].is_word and tokens[1].is_capitalised


def _of_another_country(person: Atom, country_atom: Atom | None) -> bool:
    """Every entry of a person atom has a country, and none is the country named with the title before it."""
    country = country_atom.entries[0].country if country_atom is not None and country_atom.entries else None
    return bool(country) and bool(person.entries) and all(
        e.country and e.country != country for e in person.entries)


def _apposed(tokens: list[Token], last: int, first: int) -> bool:
    """Directly after, or after a comma of apposition ("Presiden Venezuela, Nicolás Maduro")."""
    if first == last + 1:
        return True
    return first == last + 2 and tokens[last + 1].text == ","


ROMAN_NUMERAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def _numbered(tokens: list[Token], after: int) -> bool:
    """A Roman numeral right after a name ("AP II", "Pelindo III", "Kodam IV"): the numbered unit of a longer
    name (Angkasa Pura II), not the organisation an acronym stands for on its own (AP, the news agency)."""
    # (a lone "I" is too often the English pronoun to count)
    return after < len(tokens) and len(tokens[after].text) > 1 and \
        ROMAN_NUMERAL.fullmatch(tokens[after].text) is not None


def _name_after(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """A capitalised name of up to five words right after a title (optionally after a comma)."""
    i = last + 1
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    start = i
    while i < len(tokens) and i - start < 5:
        tok = tokens[i]
        if tok.is_word and (tok.is_capitalised or (tok.norm in NAME_PARTICLES and i > start)):
            i += 1
            continue
        break
    while i > start and tokens[i - 1].norm in NAME_PARTICLES:
        i -= 1
    if i == start:
        return None
    return start, i - 1
