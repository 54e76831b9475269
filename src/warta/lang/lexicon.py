"""Event lexicons: predicates (verbs and event nouns) → CAMEO codes.

A lexicon file (``lang/<language>/events.tsv``, format in ``docs/data-formats.md``) lists roots and
patterns; this module compiles it once into a look-up from surface words to the entries they can start,
using the language's morphology to generate inflected forms. Matching a sentence is one dictionary
look-up per token plus a check of the few words each candidate pattern needs after its head.
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType

from ..errors import DataFileError
from ..tokens import Token, normalise
from ..tsvdata import read_tsv

GAP = "..."
#: in a pattern, the words before this mark come before the head ("did not ... * clash over")
HEAD_MARK = "*"
#: a ``target`` that makes an entry need coordinated subjects, who act on each other (PETRARCH's ``% *``:
#: "A and B agreed"); where the subject is single, the best other entry of the head applies instead
COMPOUND_FRAME = "compound"
MAX_GAP = 4
#: non-word tokens a gap may cross: hyphens and possessives
GAP_TOKENS = frozenset({"", "-", "'s", "’s", "'", "’"})
LANG_DIR = Path(__file__).parent
_CODE = re.compile(r"^\d{3,4}$")
#: the code of a non-event entry, as PETRARCH's dictionaries write it: a compound in which an event word
#: only names a kind of thing ("kapal perang", a warship; "tawanan perang", a prisoner of war)
NON_EVENT = "---"


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
    def pos(self) -> str:
        return self.compiled.pos


def _word_forms(word: str, morphology: ModuleType) -> frozenset[str]:
    """A non-head pattern word matches itself and, when it is a root, its common derivations."""
    word = normalise(word)
    forms = {word}
    for template in morphology.FORM_CLASSES["v"] + morphology.FORM_CLASSES["n"]:
        forms.update(morphology.generate(word, template))
    return frozenset(forms)


def morphology_of(language: str) -> ModuleType:
    """The language's morphology module: ``TEMPLATES``, ``FORM_CLASSES``, ``expand_forms``, ``generate``,
    ``normalise`` (see :mod:`warta.lang.id.morphology`)."""
    try:
        return importlib.import_module(f"warta.lang.{language}.morphology")
    except ModuleNotFoundError as err:
        raise DataFileError(f"no morphology for language {language!r}") from err


class EventLexicon:
    def __init__(self, entries: list[LexiconEntry], morphology: ModuleType) -> None:
        self.entries = entries
        self.morphology = morphology
        # look-up keys of a word (clitics stripped, reduplication undone): asked for every token of every
        # sentence and for every pattern word checked, so computed once per distinct word
        self.keys = lru_cache(maxsize=1 << 16)(lambda word: tuple(morphology.normalise(word)))
        self.index: dict[str, list[Compiled]] = defaultdict(list)
        for entry in entries:
            self._compile(entry)

    def _compile(self, entry: LexiconEntry) -> None:
        morphology = self.morphology
        words = entry.pattern.split()
        before: tuple[frozenset[str] | None, ...] = ()
        if HEAD_MARK in words:
            mark = words.index(HEAD_MARK)
            before = tuple(None if w == GAP else frozenset({normalise(w)}) for w in words[:mark])
            words = words[mark + 1:]
        rest_sets = tuple(None if w == GAP else _word_forms(w, morphology) for w in words[1:])
        for template in entry.forms:
            prefix, _, suffix = template.partition("-")
            voice, pos = morphology.TEMPLATES[template]
            for first in morphology.generate(words[0], template):
                self._add(first, Compiled(entry, template, rest_sets, voice, pos, before, normalise(words[0])))
            # a compound head (tanda tangan, unjuk rasa) fuses under a circumfix: menandatangani,
            # penandatanganan; with a prefix or suffix alone it stays apart (berunjuk rasa), which the
            # reading above already covers
            if prefix and suffix and len(words) >= 2 and GAP not in words[:2]:
                for first in morphology.generate(" ".join(words[:2]), template):
                    self._add(first, Compiled(entry, template, rest_sets[1:], voice, pos, before,
                                              normalise(" ".join(words[:2]))))

    def _add(self, surface: str, compiled: Compiled) -> None:
        bucket = self.index[normalise(surface)]
        if compiled not in bucket:
            bucket.append(compiled)

    def starts_predicate(self, word: str) -> bool:
        """Whether a (normalised) word can be the head of some predicate."""
        return any(k in self.index for k in self.keys(word))

    def match(self, tokens: list[Token]) -> list[PredicateMatch]:
        """Every predicate in a sentence; where several entries start at one token, the longest pattern."""
        found: list[PredicateMatch] = []
        for i, token in enumerate(tokens):
            if not token.is_word:
                continue
            best: PredicateMatch | None = None
            plain: PredicateMatch | None = None  # the best entry that needs no compound subject
            for key in self.keys(token.norm):
                for compiled in self.index.get(key, ()):
                    end = _match_run(tokens, i + 1, compiled.words, self.keys)
                    if end is None and compiled.voice in ("passive", "participle") and compiled.words and \
                            _match_before(tokens, i, compiled.words, self.keys):
                        end = i + 1  # "kapal perang dikerahkan": in the passive the object comes first
                    if end is None or (compiled.before and
                                       _match_run(tokens, i - 1, compiled.before, self.keys, -1) is None):
                        continue
                    candidate = PredicateMatch(i, end, compiled)
                    if best is None or _better(candidate, best, token.norm):
                        best = candidate
                    if not candidate.needs_compound and (plain is None or _better(candidate, plain, token.norm)):
                        plain = candidate
                if best is not None:
                    break
            if best is not None:
                found.append(replace(best, fallback=plain) if best.needs_compound else best)
        # a word a longer pattern has consumed ("menawarkan diri menengahi") starts no predicate of its own
        consumed = {j for m in found for j in range(m.start + 1, m.end) if m.end - m.start > 1}
        # a non-event entry ("kapal * perang", a warship) wins like any longer pattern, then codes nothing
        return [m for m in found if m.start not in consumed and m.entry.code != NON_EVENT]


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
               keys: Callable[[str], tuple[str, ...]], step: int = 1) -> int | None:
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
        stop = min(len(tokens), i + gap + 1) if step > 0 else max(-1, i - gap - 1)
        for j in range(i, stop, step):
            tok = tokens[j]
            if any(k in w for k in keys(tok.norm)):
                hit = j
                break
            if not tok.is_word and tok.text not in GAP_TOKENS:
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
        if code != NON_EVENT and not _CODE.match(code):
            raise row.fail(f"event code must be three or four digits, not {code!r}")
        try:
            forms = morphology.expand_forms(row.get("forms", "v"))
        except ValueError as err:
            raise row.fail(str(err)) from err
        targets = frozenset(t for t in row.values("target") if t != "-")
        pattern = " ".join(row["pattern"].lower().split())
        entries.append(LexiconEntry(pattern, forms, code, targets, row["note"], row.where()))
    return entries


@cache
def load_event_lexicon(language: str) -> EventLexicon:
    path = LANG_DIR / language / "events.tsv"
    if not path.exists():
        raise DataFileError(f"no event lexicon for language {language!r} ({path})")
    morphology = morphology_of(language)
    return EventLexicon(load_lexicon_file(path, morphology), morphology)
