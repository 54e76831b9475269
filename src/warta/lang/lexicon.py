"""Event lexicons: predicates (verbs and event nouns) → CAMEO codes.

A lexicon file (``lang/<language>/events.tsv``, format in ``docs/data-formats.md``) lists roots and
patterns; this module compiles it once into a look-up from surface words to the entries they can start,
using the language's morphology to generate inflected forms. Matching a sentence is one dictionary
look-up per token plus a check of the few candidate patterns whose next word is in the sentence near the
head: patterns are indexed by head word and then by their first further word, so a head with a thousand
patterns costs what a head with ten does.

A lexicon has two tiers: the language's own entries, and a base that is consulted only at a token where
no own entry matches (English: PETRARCH2's CAMEO verb dictionary, vendored under ``lang/en/petrarch/``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType

from ..errors import DataFileError
from ..tokens import Token, normalise
from ..tsvdata import read_tsv

GAP = "..."
#: in a pattern word, alternatives: "troops|soldiers" matches either (PETRARCH's synonym sets)
ALTERNATIVE = "|"
#: the code of a pattern that matches and codes nothing ("averted an attack": PETRARCH's ``[---]``)
NULL_CODE = "000"
#: in a pattern, the words before this mark come before the head ("did not ... * clash over")
HEAD_MARK = "*"
#: a ``target`` that makes an entry need coordinated subjects, who act on each other (PETRARCH's ``% *``:
#: "A and B agreed"); where the subject is single, the best other entry of the head applies instead
COMPOUND_FRAME = "compound"
MAX_GAP = 4
NAME_GAP = 4  # further capitalised words a forward gap may hold (a name in it)
#: non-word tokens a gap may cross: hyphens and possessives
GAP_TOKENS = frozenset({"", "-", "'s", "’s", "'", "’"})
LANG_DIR = Path(__file__).parent
_CODE = re.compile(r"^\d{3,4}$")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One row of a lexicon file."""

    pattern: str
    forms: tuple[str, ...]
    code: str
    targets: frozenset[str]  # prepositions introducing the target, "obj" for the direct object
    note: str
    where: str  # file:line, for explanations and error messages

    @property
    def rule(self) -> str:
        return f"{self.pattern} [{'|'.join(self.forms)}] → {self.code}"


@dataclass(frozen=True, slots=True)
class Compiled:
    entry: LexiconEntry
    template: str
    words: tuple[frozenset[str] | None, ...]  # after the head; None is a gap
    voice: str  # active, passive, participle (passive only after an auxiliary), nominal, bare ...
    pos: str  # verb or noun
    before: tuple[frozenset[str] | None, ...] = ()  # words before the head, in order; None is a gap
    head: str = ""  # the head word as the entry writes it
    base: bool = False  # from the lexicon's base dictionary, consulted where no own entry matches


@dataclass(frozen=True, slots=True)
class PredicateMatch:
    """A predicate found in a sentence: token span, entry, and how the head is inflected."""

    start: int  # token index of the head
    end: int  # token index after the last matched word
    compiled: Compiled
    fallback: PredicateMatch | None = None  # for an entry that needs a compound subject: the best other

    @property
    def needs_compound(self) -> bool:
        return COMPOUND_FRAME in self.compiled.entry.targets

    @property
    def entry(self) -> LexiconEntry:
        return self.compiled.entry

    @property
    def voice(self) -> str:
        return self.compiled.voice

    @property
    def base(self) -> bool:
        return self.compiled.base

    @property
    def pos(self) -> str:
        return self.compiled.pos


@lru_cache(maxsize=1 << 16)
def _word_forms(word: str, morphology: ModuleType) -> frozenset[str]:
    """A non-head pattern word matches itself and, when it is a root, its common derivations; a word of
    alternatives (``a|b``) matches any of theirs."""
    if ALTERNATIVE in word:
        return frozenset().union(*(_word_forms(w, morphology) for w in word.split(ALTERNATIVE) if w))
    word = normalise(word)
    forms = {word}
    for template in morphology.FORM_CLASSES["v"] + morphology.FORM_CLASSES["n"]:
        forms.update(morphology.generate(word, template))
    return frozenset(forms)


@lru_cache(maxsize=1 << 16)
def _noun_forms(word: str, morphology: ModuleType) -> frozenset[str]:
    """A pattern word right after a noun head: itself and its noun forms only (of each alternative)."""
    if ALTERNATIVE in word:
        return frozenset().union(*(_noun_forms(w, morphology) for w in word.split(ALTERNATIVE) if w))
    word = normalise(word)
    forms = {word}
    for template in morphology.FORM_CLASSES["n"]:
        forms.update(morphology.generate(word, template))
    return frozenset(forms)


def _literal(word: str) -> frozenset[str]:
    """A pattern word before the head: itself, or any of its alternatives."""
    return frozenset(normalise(w) for w in word.split(ALTERNATIVE) if w)


class _WordSets:
    """The distinct word sets that follow a head in some pattern, numbered, and which of them each word
    form belongs to: shared by all buckets, so that a form is filed once, not once per pattern."""

    def __init__(self) -> None:
        self.ids: dict[frozenset[str], int] = {}
        self.of_form: dict[str, list[int]] = {}

    def id(self, words: frozenset[str]) -> int:
        n = self.ids.get(words)
        if n is None:
            n = self.ids[words] = len(self.ids)
            for form in words:
                self.of_form.setdefault(form, []).append(n)
        return n


@dataclass(slots=True)
class _Bucket:
    """The entries a surface word can start, indexed for matching: those with no further word after the
    head (always tried), and the others by the set of forms of their first further word."""

    compiled: list[Compiled]
    seen: set[Compiled]
    plain: list[int]
    by_set: dict[int, list[int]]
    reach: int = 0  # how far before the head a passive's object words may be looked for

    @classmethod
    def empty(cls) -> _Bucket:
        return cls([], set(), [], {})

    def add(self, compiled: Compiled, sets: _WordSets) -> None:
        if compiled in self.seen:
            return
        self.seen.add(compiled)
        n = len(self.compiled)
        self.compiled.append(compiled)
        first = next((w for w in compiled.words if w is not None), None)
        if first is None:
            self.plain.append(n)
            return
        self.by_set.setdefault(sets.id(first), []).append(n)
        if compiled.voice in ("passive", "participle"):
            self.reach = max(self.reach, MAX_GAP + sum(1 for w in compiled.words if w is not None))

    def candidates(self, tokens: list[Token], i: int, keys: Callable[[str], tuple[str, ...]],
                   sets: _WordSets) -> list[Compiled]:
        """The entries worth checking at token ``i``: those wanting no further word, and those whose
        first further word is among the words after the head (up to a gap's reach, not across
        punctuation) or, for a passive, before it; in the order they were added."""
        if not self.by_set:
            return [self.compiled[n] for n in self.plain]
        picked = set(self.plain)
        window = []
        for j in range(i + 1, min(len(tokens), i + MAX_GAP + NAME_GAP + 2)):
            tok = tokens[j]
            if not tok.is_word and tok.text not in GAP_TOKENS:
                break
            window.append(tok)
        for j in range(i - 1, max(-1, i - 1 - self.reach), -1):
            tok = tokens[j]
            if not tok.is_word:
                break
            window.append(tok)
        by_set, of_form = self.by_set, sets.of_form
        for tok in window:
            for k in keys(tok.norm):
                for n in of_form.get(k, ()):
                    picked.update(by_set.get(n, ()))
        return [self.compiled[n] for n in sorted(picked)]


def morphology_of(language: str) -> ModuleType:
    """The language's morphology module: ``TEMPLATES``, ``FORM_CLASSES``, ``expand_forms``, ``generate``,
    ``normalise`` (see :mod:`warta.lang.id.morphology`)."""
    try:
        return importlib.import_module(f"warta.lang.{language}.morphology")
    except ModuleNotFoundError as err:
        raise DataFileError(f"no morphology for language {language!r}") from err


class EventLexicon:
    def __init__(self, entries: list[LexiconEntry], morphology: ModuleType,
                 base: list[LexiconEntry] | None = None, *, silent: frozenset[str] = frozenset()) -> None:
        """``entries`` are the language's own; ``base`` entries apply only where none of those matches.
        A match whose code is in ``silent`` (:data:`NULL_CODE` in a default lexicon) consumes its words
        and yields no predicate."""
        self.entries = entries
        self.base_entries = base or []
        self.morphology = morphology
        self.silent = silent
        # look-up keys of a word (clitics stripped, reduplication undone): asked for every token of every
        # sentence and for every pattern word checked, so computed once per distinct word
        self.keys = lru_cache(maxsize=1 << 16)(lambda word: tuple(morphology.normalise(word)))
        self.tiers: tuple[dict[str, _Bucket], ...] = ({}, {}) if base else ({},)
        self.word_sets = _WordSets()
        # a head's forms, asked once per entry and form template: a base dictionary gives a verb dozens
        self._generate = lru_cache(maxsize=1 << 16)(morphology.generate)
        self._tier = self.tiers[0]
        for entry in entries:
            self._compile(entry)
        if base:
            self._tier = self.tiers[1]
            for entry in base:
                self._compile(entry)

    @property
    def index(self) -> dict[str, list[Compiled]]:
        """Surface word → the own entries it can start (for explanations and tests)."""
        return {word: bucket.compiled for word, bucket in self.tiers[0].items()}

    def _compile(self, entry: LexiconEntry) -> None:
        morphology = self.morphology
        words = entry.pattern.split()
        before: tuple[frozenset[str] | None, ...] = ()
        if HEAD_MARK in words:
            mark = words.index(HEAD_MARK)
            before = tuple(None if w == GAP else _literal(w) for w in words[:mark])
            words = words[mark + 1:]
        rest_sets = tuple(None if w == GAP else _word_forms(w, morphology) for w in words[1:])
        verb_sets = compound_sets = rest_sets
        if getattr(morphology, "COMPOUND_NOUNS_INFLECT_AS_NOUNS", False) and rest_sets and rest_sets[0] is not None:
            # "drone attack" as a noun: its second word inflects as a noun ("drone attacks"); "drones
            # attacked" is a subject and its verb
            compound_sets = (_noun_forms(words[1], morphology), *rest_sets[1:])
        for template in entry.forms:
            prefix, _, suffix = template.partition("-")
            voice, pos = morphology.TEMPLATES[template]
            rest_sets = compound_sets if pos == "noun" else verb_sets
            for first in self._generate(words[0], template):
                self._add(first, Compiled(entry, template, rest_sets, voice, pos, before, normalise(words[0]),
                                          self._tier is not self.tiers[0]))
            # a compound head (tanda tangan, unjuk rasa) fuses under a circumfix: menandatangani,
            # penandatanganan; with a prefix or suffix alone it stays apart (berunjuk rasa), which the
            # reading above already covers
            if prefix and suffix and len(words) >= 2 and GAP not in words[:2]:
                for first in self._generate(" ".join(words[:2]), template):
                    self._add(first, Compiled(entry, template, rest_sets[1:], voice, pos, before,
                                              normalise(" ".join(words[:2])), self._tier is not self.tiers[0]))

    def _add(self, surface: str, compiled: Compiled) -> None:
        key = normalise(surface)
        bucket = self._tier.get(key)
        if bucket is None:
            bucket = self._tier[key] = _Bucket.empty()
        bucket.add(compiled, self.word_sets)

    def starts_predicate(self, word: str) -> bool:
        """Whether a (normalised) word can be the head of some predicate."""
        return any(k in tier for k in self.keys(word) for tier in self.tiers)

    def noun_roots(self, word: str) -> frozenset[str]:
        """The CAMEO roots of the event nouns a (normalised) word is on its own ("tuduhan" → 11,
        "perundingan" → 04): entries of one word, read as a noun."""
        return frozenset(c.entry.code[:2] for k in self.keys(word) for tier in self.tiers if k in tier
                         for c in tier[k].compiled if c.pos == "noun" and not c.words and not c.before)

    def match(self, tokens: list[Token]) -> list[PredicateMatch]:
        """Every predicate in a sentence; where several entries start at one token, the longest pattern
        of the first tier that has one."""
        found: list[PredicateMatch] = []
        for i, token in enumerate(tokens):
            if not token.is_word:
                continue
            for tier in self.tiers:
                best = self._match_at(tier, tokens, i)
                if best is not None:
                    found.append(best)
                    break
        # a base pattern that runs over a word where an own entry starts gives way to it
        own = {m.start for m in found if not m.base}
        found = [m for m in found if not m.base or not any(j in own for j in range(m.start + 1, m.end))]
        # a word a longer pattern has consumed ("menawarkan diri mendukung") starts no predicate of its own
        consumed = {j for m in found for j in range(m.start + 1, m.end) if m.end - m.start > 1}
        return [m for m in found if m.start not in consumed and m.entry.code not in self.silent]

    def _match_at(self, tier: dict[str, _Bucket], tokens: list[Token], i: int) -> PredicateMatch | None:
        """The best entry of one tier whose head is token ``i`` (the best one that needs no compound
        subject as its fallback), or ``None``."""
        norm = tokens[i].norm
        best: PredicateMatch | None = None
        plain: PredicateMatch | None = None  # the best entry that needs no compound subject
        for key in self.keys(norm):
            bucket = tier.get(key)
            if bucket is None:
                continue
            for compiled in bucket.candidates(tokens, i, self.keys, self.word_sets):
                if compiled.template == "0v" and _doubled(norm):
                    continue  # "undang-undang" (a law), "tiba-tiba" (suddenly): a doubled root is no bare verb
                end = _match_run(tokens, i + 1, compiled.words, self.keys, names=compiled.pos == "verb")
                if end is None and compiled.voice in ("passive", "participle") and compiled.words and \
                        not compiled.base and _match_before(tokens, i, compiled.words, self.keys):
                    # "kapal perang dikerahkan": in the passive the object comes first (not in a base
                    # pattern: PETRARCH's words follow the verb, and "X police drew criticism" is no passive)
                    end = i + 1
                if end is None or (compiled.before and
                                   _match_run(tokens, i - 1, compiled.before, self.keys, -1) is None):
                    continue
                candidate = PredicateMatch(i, end, compiled)
                if best is None or _better(candidate, best, norm):
                    best = candidate
                if not candidate.needs_compound and (plain is None or _better(candidate, plain, norm)):
                    plain = candidate
            if best is not None:
                break
        if best is not None and best.needs_compound:
            return replace(best, fallback=plain)
        return best


def _doubled(word: str) -> bool:
    """A full reduplication, the same word twice ("undang-undang", "tiba-tiba", "negara-negara")."""
    first, dash, second = word.partition("-")
    return bool(dash) and first == second


def _better(a: PredicateMatch, b: PredicateMatch, word: str) -> bool:
    """More pattern words win; at equal weight an entry whose head is the word as it stands beats one
    that reaches it through a generated form ("left", its own verb in a PETRARCH dictionary, over a form
    of "leave"); otherwise the earlier entry stays."""
    wa, wb = _weight(a.compiled), _weight(b.compiled)
    return wa > wb or (wa == wb and a.compiled.head == word != b.compiled.head)


def _weight(compiled: Compiled) -> int:
    """How specific a pattern is: its words other than the head, and a compound subject it needs."""
    return sum(1 for w in compiled.words + compiled.before if w is not None) + \
        (COMPOUND_FRAME in compiled.entry.targets)


def _match_run(tokens: list[Token], i: int, words: tuple[frozenset[str] | None, ...],
               keys: Callable[[str], tuple[str, ...]], step: int = 1, names: bool = False) -> int | None:
    """A pattern's words in order from token ``i``, forwards (``step`` 1: the words after a head) or
    backwards (-1: the words before it, read from the last): each next to the one before unless a gap
    (``None``) allows up to :data:`MAX_GAP` words between; a gap never crosses punctuation ("summoned
    China's ambassador" crosses a possessive). The index past the last word matched, or ``None``."""
    gap = 0
    for w in words if step > 0 else reversed(words):
        if w is None:
            gap = MAX_GAP
            continue
        hit = None
        # after a verb, a name opening the gap (its object) costs one word, however long, up to NAME_GAP more
        # ("menetapkan Bupati Lampung Tengah Hendra Wijaya sebagai tersangka", "accused Venezuelan President
        # Nicolas Maduro of ..."); after a noun the name is its owner, and what follows is a phrase of its own
        # ("Seruan Liga Arab kepada Israel untuk ...")
        reach = gap + NAME_GAP if names and step > 0 and gap else gap
        stop = min(len(tokens), i + reach + 1) if step > 0 else max(-1, i - gap - 1)
        budget = gap
        for j in range(i, stop, step):
            tok = tokens[j]
            if any(k in w for k in keys(tok.norm)):
                hit = j
                break
            if not tok.is_word and tok.text not in GAP_TOKENS:
                break
            if not (reach > gap and tok.is_capitalised and j > i and all(t.is_capitalised for t in tokens[i:j])):
                budget -= 1  # a name right after the head: its first word costs one, the rest nothing
                if budget < 0:
                    break
        if hit is None:
            return None
        i, gap = hit + step, 0
    return i


def _match_before(tokens: list[Token], i: int, words: tuple[frozenset[str] | None, ...],
                  keys: Callable[[str], tuple[str, ...]]) -> bool:
    """The pattern's further words, in order, among the few words before a passive head (no punctuation
    between)."""
    wanted = [w for w in words if w is not None]
    j = i - 1
    lo = max(0, i - 1 - MAX_GAP - len(wanted))
    for w in reversed(wanted):
        while j >= lo:
            tok = tokens[j]
            if not tok.is_word:
                return False
            j -= 1
            if any(k in w for k in keys(tok.norm)):
                break
        else:
            return False
    return True


def load_lexicon_file(path: Path, morphology: ModuleType) -> list[LexiconEntry]:
    entries: list[LexiconEntry] = []
    for row in read_tsv(path, required=("pattern", "forms", "code", "target")):
        code = row["code"]
        if not _CODE.match(code):
            raise row.fail(f"event code must be three or four digits, not {code!r}")
        try:
            forms = morphology.expand_forms(row.get("forms", "v"))
        except ValueError as err:
            raise row.fail(str(err)) from err
        targets = frozenset(t for t in row.values("target") if t != "-")
        pattern = " ".join(row["pattern"].lower().split())
        entries.append(LexiconEntry(pattern, forms, code, targets, row["note"], row.where()))
    return entries


def own_entries(language: str) -> list[LexiconEntry]:
    """The entries of the language's own lexicon file (``lang/<language>/events.tsv``)."""
    path = LANG_DIR / language / "events.tsv"
    if not path.exists():
        raise DataFileError(f"no event lexicon for language {language!r} ({path})")
    return load_lexicon_file(path, morphology_of(language))


#: the vendored base dictionaries of a language's lexicon (third-party, unmodified: see their README)
BASE_DICTIONARIES = {"en": LANG_DIR / "en" / "petrarch" / "CAMEO.2.0.txt"}


def head_word(pattern: str) -> str:
    """The head word of a pattern: its first word, or the first after the words before the head."""
    words = pattern.split()
    return words[words.index(HEAD_MARK) + 1] if HEAD_MARK in words else words[0]


#: base codes left out: a statement by itself is no event (the annotation guide: "X said ..." codes the
#: content of what X said, not the saying), which PETRARCH's SAY, TELL, DECLARE ... blocks code as 010
BASE_EXCLUDED_CODES = frozenset({"010"})


def base_entries(language: str, own_heads: frozenset[str] = frozenset()) -> list[LexiconEntry]:
    """The base tier of a language's lexicon: for English, every verb and pattern of PETRARCH2's CAMEO
    verb dictionary that codes a CAMEO event or nothing (a null-coded pattern: "averted an attack"),
    synonym sets kept as alternatives. Left out: heads in ``own_heads`` (where warta has entries for a
    word, they decide its forms and senses: "target" has no -s form, the noun "targets"), the codes in
    :data:`BASE_EXCLUDED_CODES`, patterns whose subject is the target (``+ ... * ... $``), which warta's
    argument reader cannot turn round, and codes that are not CAMEO's."""
    path = BASE_DICTIONARIES.get(language)
    if path is None:
        return []
    from .. import codebook
    from ..knowledge.petrarch import pattern_entries, read_verb_patterns
    from .cues import load_cues

    converted = pattern_entries(read_verb_patterns(path, alternatives=True), note="PETRARCH2 CAMEO.2.0")
    grammatical = _grammatical_words(load_cues(language))
    # a pattern's words after the verb are its object ("disengaged its troops"): its target is in a
    # prepositional phrase, not the object
    return [replace(e, targets=e.targets - {"obj"}) for e in converted.entries
            if e.rule not in converted.swapped and len(e.pattern.split()) > 1
            and head_word(e.pattern) not in own_heads and e.code not in BASE_EXCLUDED_CODES
            and (e.code == NULL_CODE or codebook.is_event_code(e.code))
            and not _only_grammatical(e.pattern, grammatical)]


#: cue kinds whose words are prepositions and verb particles
GRAMMATICAL_KINDS = ("preposition", "locative", "source_prep", "event_preposition", "between", "agent",
                     "particle")


def _grammatical_words(cues) -> frozenset[str]:
    return frozenset().union(*(cues[kind] for kind in GRAMMATICAL_KINDS))


def _only_grammatical(pattern: str, grammatical: frozenset[str]) -> bool:
    """Whether a pattern's words besides its head are all prepositions or particles ("want ... on",
    "come ... to", "get out"). PETRARCH checked such a word against its parse, where it is the verb's
    own preposition and governs the target; read by word order it meets any later "to" or "on" of the
    clause ("wants to comment on", "need to check out"), and even next to the head it leaves the verb's
    sense open ("came to a decision", "headed to the polls"), so such a pattern restricts nothing."""
    words = [w for w in pattern.split() if w not in (GAP, HEAD_MARK)]
    head = head_word(pattern)
    rest = [w for w in words if w != head] if head in words else words
    return bool(rest) and all(part in grammatical for w in rest for part in w.split(ALTERNATIVE) if part)


@cache
def load_event_lexicon(language: str) -> EventLexicon:
    """The language's default lexicon: its own entries, over its base dictionary where it has one."""
    own = own_entries(language)
    heads = frozenset(head_word(e.pattern) for e in own)
    return EventLexicon(own, morphology_of(language), base_entries(language, heads),
                        silent=frozenset({NULL_CODE}))
