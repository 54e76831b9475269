"""Reading the field's dictionaries: PETRARCH/TABARI actor, agent and verb dictionaries that a user owns.

warta does not ship these dictionaries; a user who has them (the Phoenix dictionaries of PETRARCH2, or
their own in the same format) points ``WARTA_PETRARCH_DICT`` (or ``load_knowledge_base(petrarch=...)``) at
their directory, and their actors and agents join the knowledge base with their date ranges. The format, as
PETRARCH reads it, in short (details in ``docs/knowledge.md``):

* comments: lines starting with ``#`` or ``<!``, text after ``#``, and ``<!-- ... -->`` spans (which may
  run over several lines); blank lines are ignored;
* actors (``*.actors.txt``): a phrase with words joined by ``_`` (``NICOLAS_MADURO``), then ``+`` lines with
  synonyms, then codes in brackets on the same line or on following lines: ``[VEN]``, ``[VENGOV >060901]``
  (from that date), ``[USAGOV <010120]`` (before it), ``[IGOUNO 970101-061231]`` (a range), ``[---]`` (no
  code), ``[FRO/BIL/SAM]`` (a name for several actors at once: one actor per code). Dates are ``YYMMDD``
  (``YY`` up to 30 is 20YY, else 19YY) or ``YYYYMMDD``. An undated code next to dated ones holds at all
  other times;
* agents (``*agents*.txt``): ``PHRASE {PLURAL} [~CODE]``, the role code added after the actor's code
  (``[NGO~]``: before it); ``{}`` means no plural, ``{PLURAL}`` the only plural, no braces the regular
  English plural;
  ``!PERSON! = MAN, MEN, WOMAN`` defines a substitution marker used as ``CONGRESS!PERSON!``;
* verbs (``*verbs*.txt``, ``CAMEO.*.txt``): blocks ``--- VERB [CODE] ---`` of verb lines
  (``VERB {IRREGULAR FORMS} [CODE]``, multi-word verbs with ``+`` on the verb: ``+ASK_FOR``), ``-`` pattern
  lines and ``&SYNSET`` lists. warta keeps the verb words with their codes; patterns are counted, not used.

Problems (a bad date, an unknown code) are collected as warnings naming the file and line; the entry is
skipped and the rest is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import codebook
from ..errors import DataFileError
from ..lang.lexicon import NULL_CODE  # a null-coded verb or pattern ([---]): it matches, and codes nothing
from .kb import RELIGION_CODES, ActorEntry, KnowledgeBase

_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_MARKER_DEF = re.compile(r"^!([^!]+)!\s*=\s*(.+)$")
#: Endings of English nouns for a person (singular agent phrases ending so name one person).
_PERSON_ENDINGS = ("ER", "OR", "IST", "IAN", "MAN", "WOMAN", "PERSON", "ENVOY", "DIPLOMAT", "OFFICIAL",
                   "GENERAL", "CHIEF", "KING", "QUEEN", "PRINCE", "PRINCESS", "SECRETARY", "DEPUTY", "JUDGE",
                   "CLERIC", "PRIEST", "MONK", "IMAM", "BISHOP", "POPE", "SOLDIER", "PRESIDENT", "STUDENT",
                   "AGENT", "SPOKESWOMAN", "ACTIVIST", "MUSLIM", "CHRISTIAN", "CANDIDATE", "DELEGATE",
                   "ATTACHE", "CONSUL", "EMIR", "SHEIKH", "SULTAN", "MAYOR", "GOVERNOR", "ADVOCATE")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code and the dates it holds (``None``: open); ``code`` is ``None`` for ``[---]``.
    ``joint`` is the whole bracket's codes (``FRO/BIL/SAM``) when it names several actors at once."""

    code: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    joint: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorRecord:
    """One actor of an actor dictionary: its phrases (the first is the base) and its codes."""

    phrases: list[str]
    codes: list[DatedCode]
    path: str
    line: int

    @property
    def name(self) -> str:
        return _display_name(self.phrases[0])


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """One agent phrase (``minister``) and its code (``GOV``); ``prefix`` for ``[NGO~]`` codes;
    ``declared`` when the line gave its plural forms in braces (``{}``: none), which are then the only
    ones."""

    phrase: str
    code: str
    prefix: bool
    plural: bool
    path: str
    line: int
    declared: bool = False


@dataclass(frozen=True, slots=True)
class VerbWord:
    """One verb form (``appeal``, ``ask for``) and the CAMEO event code of its block or line."""

    phrase: str
    code: str
    path: str
    line: int


@dataclass
class PetrarchDictionaries:
    """What a directory of PETRARCH dictionaries holds, and the problems met reading it."""

    actors: list[ActorRecord] = field(default_factory=list)
    agents: list[AgentRecord] = field(default_factory=list)
    verbs: list[VerbWord] = field(default_factory=list)
    patterns: int = 0
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# -- lines, comments, dates ---------------------------------------------------------------------------
def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, content) without comments or blank lines, as PETRARCH reads them."""
    try:
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as err:
        raise DataFileError(f"cannot read dictionary {path}: {err.strerror}") from err
    in_comment = False
    with handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if in_comment:
                if "-->" not in line:
                    continue
                line = line[line.index("-->") + 3 :]
                in_comment = False
            while "<!--" in line:
                head, _, tail = line.partition("<!--")
                if "-->" in tail:
                    line = head + tail[tail.index("-->") + 3 :]
                else:
                    line, in_comment = head, True
            if line.lstrip().startswith(("#", "<!")):
                continue
            if "#" in line:
                line = line[: line.index("#")]
            if line.strip():
                yield number, line


def petrarch_date(value: str) -> dt.date:
    """``YYMMDD`` (``YY`` <= 30 is 20YY, else 19YY, as TABARI and PETRARCH read it) or ``YYYYMMDD``."""
    if not value.isdigit() or len(value) not in (6, 8):
        raise ValueError(f"date {value!r} is neither YYMMDD nor YYYYMMDD")
    if len(value) == 6:
        year = int(value[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(value[2:4]), int(value[4:6])
    else:
        year, month, day = int(value[:4]), int(value[4:6]), int(value[6:8])
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"date {value!r} is not a calendar date") from None


def parse_code(content: str) -> DatedCode:
    """The inside of a bracket: ``VENGOV``, ``VENGOV >060901``, ``USAGOV <010120``, ``IGOUNO 970101-061231``,
    ``---``. ``<D`` ends the day before D; ``>D`` starts on D; a range includes both ends."""
    codes = parse_codes(content)
    if len(codes) > 1:
        raise ValueError(f"{content.split()[0]!r} names several actors; read it with parse_codes")
    return codes[0]


def parse_codes(content: str) -> list[DatedCode]:
    """A bracket's codes: one, or one per actor of a joint code (``FRO/BIL/SAM``: one name for several
    actors), each with the bracket's dates and the joint code as ``joint``."""
    parts = content.split()
    if not parts:
        raise ValueError("empty code []")
    raw = parts[0].upper()
    members = raw.split("/") if "/" in raw else [raw]
    codes: list[str | None] = []
    for code in members:
        if code.strip("-") == "" and len(members) == 1:
            codes.append(None)
        elif _CODE.match(code):
            codes.append(code)
        else:
            raise ValueError(f"actor code {parts[0]!r} is not groups of three letters")
    joint = "/".join(c for c in codes if c) if len(codes) > 1 else None
    start, end = _restriction(parts[1:])
    return [DatedCode(code, start, end, joint) for code in codes]


def _restriction(parts: list[str]) -> tuple[dt.date | None, dt.date | None]:
    """The dates of a code's restriction (``>D``, ``<D``, ``D-D``), ``None`` meaning open."""
    if not parts:
        return None, None
    restriction = "".join(parts)
    if restriction.startswith(">"):
        return petrarch_date(restriction[1:]), None
    if restriction.startswith("<"):
        return None, petrarch_date(restriction[1:]) - dt.timedelta(days=1)
    if "-" in restriction:
        lo, _, hi = restriction.partition("-")
        start = petrarch_date(lo) if lo else None
        end = petrarch_date(hi) if hi else None
        if start and end and end < start:
            raise ValueError(f"date range {restriction} ends before it starts")
        return start, end
    raise ValueError(f"date restriction {restriction!r} is not >DATE, <DATE or DATE-DATE")


def _phrase(text: str) -> list[str]:
    """A dictionary phrase as words separated by spaces; a stray ``+`` inside separates two synonyms."""
    out = []
    for part in text.split("+"):
        words = part.replace("_", " ").split()
        if words:
            out.append(" ".join(words))
    return out


def _display_name(phrase: str) -> str:
    return " ".join(w if any(c.isdigit() for c in w) else w.title() for w in phrase.split()).replace("'S", "'s")


# -- actors -------------------------------------------------------------------------------------------
def read_actor_dictionary(path: str | Path, warnings: list[str] | None = None) -> list[ActorRecord]:
    """The actors of one actor dictionary."""
    path = Path(path)
    warnings = warnings if warnings is not None else []
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for number, line in _lines(path):
        text = line.strip()
        where = f"{path}:{number}"
        head = text.split("[", 1)[0].strip()
        if text.startswith("+"):
            if current is None:
                warnings.append(f"{where}: synonym {text!r} before any actor")
                continue
            current.phrases.extend(_phrase(head[1:]))
        elif head:
            current = ActorRecord(_phrase(head), [], str(path), number)
            if current.phrases:
                records.append(current)
            else:
                current = None
                continue
        if current is None:
            if text.startswith("["):
                warnings.append(f"{where}: code {text!r} before any actor")
            continue
        for content in _BRACKET.findall(text):
            try:
                current.codes.extend(parse_codes(content))
            except ValueError as err:
                warnings.append(f"{where}: {err}; code skipped")
    for record in records:
        if not record.codes:
            warnings.append(f"{record.path}:{record.line}: actor {record.phrases[0]!r} has no code")
    return [r for r in records if r.codes]


# -- agents -------------------------------------------------------------------------------------------
def _plural(word: str) -> str:
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word + "ES"
    return word + "S"


def read_agent_dictionary(path: str | Path, warnings: list[str] | None = None) -> list[AgentRecord]:
    """The agent phrases of one agents dictionary, plurals and substitution markers expanded."""
    path = Path(path)
    warnings = warnings if warnings is not None else []
    markers: dict[str, list[str]] = {}
    records: list[AgentRecord] = []
    for number, line in _lines(path):
        text = line.strip()
        where = f"{path}:{number}"
        definition = _MARKER_DEF.match(text)
        if definition:
            markers[definition.group(1)] = [w.strip() for w in definition.group(2).split(",") if w.strip()]
            continue
        if "[" not in text:
            warnings.append(f"{where}: agent {text!r} has no [CODE]; skipped")
            continue
        head, _, rest = text.partition("[")
        raw_code = rest.split("]", 1)[0].replace(" ", "").upper()
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.strip("~")
        if not _CODE.match(code):
            warnings.append(f"{where}: agent code {raw_code!r} is not groups of three letters; skipped")
            continue
        if not (codebook.is_actor_type(code[:3]) or code[:3] in RELIGION_CODES or code[:3] == "REL"):
            warnings.append(f"{where}: agent code {code!r} does not start with a known CAMEO role code")
        forms: list[tuple[str, bool]] = []
        declared = "{" in head or "!" in head  # the forms are spelled out: no others are derived
        if "!" in head:
            match = re.search(r"!([^!]+)!", head)
            if match is None or match.group(1) not in markers:
                warnings.append(f"{where}: substitution marker in {head.strip()!r} is not defined; skipped")
                continue
            for word in markers[match.group(1)]:
                forms.append((head[: match.start()] + word + head[match.end() :], word.endswith(("MEN", "S"))))
        elif "{" in head:
            if "}" not in head:
                warnings.append(f"{where}: missing '}}'; skipped")
                continue
            singular, _, plural = head.partition("{")
            forms.append((singular, False))
            plural = plural.split("}", 1)[0].strip()
            if plural:
                forms.append((plural, True))
        else:
            singular = head.strip()
            words = singular.replace("_", " ").split()
            if not words:
                warnings.append(f"{where}: agent without a phrase; skipped")
                continue
            forms.append((singular, False))
            forms.append((" ".join([*words[:-1], _plural(words[-1])]), True))
        for form, plural_form in forms:
            for phrase in _phrase(form):
                records.append(AgentRecord(phrase, code, prefix, plural_form, str(path), number, declared))
    return records


def names_a_person(agent: AgentRecord) -> bool:
    """Heuristic: a singular agent whose last word is a noun for a person ("minister", "spokesman")."""
    last = agent.phrase.upper().split()[-1]
    return not agent.plural and last.endswith(_PERSON_ENDINGS)


# -- verbs --------------------------------------------------------------------------------------------
def _verb_lines(path: Path) -> Iterator[tuple[str, int, str, str]]:
    """The lines of a verb dictionary as (kind, line number, head, bracketed code): kind ``block`` for a
    ``---`` block header, ``pattern`` for a ``-`` pattern, ``verb`` for the rest; synonym sets (``&NAME``
    and their ``+`` members) are left out."""
    in_synset = False
    for number, line in _lines(path):
        text = line.strip()
        bracket = _BRACKET.search(text)
        code = bracket.group(1).strip() if bracket else ""
        head = text.split("[", 1)[0].strip()
        if head.startswith("---"):
            in_synset = False
            yield "block", number, head, code
            continue
        if head.startswith("&"):
            in_synset = True
            continue
        if in_synset and head.startswith("+"):
            continue
        in_synset = False
        yield ("pattern" if head.startswith("-") else "verb"), number, head, code


def read_verb_dictionary(path: str | Path, warnings: list[str] | None = None) -> tuple[list[VerbWord], int]:
    """The verb words of one verb dictionary with their event codes, and the number of patterns skipped."""
    path = Path(path)
    warnings = warnings if warnings is not None else []
    words: list[VerbWord] = []
    patterns = 0
    primary: str | None = None
    for kind, number, head, own_code in _verb_lines(path):
        where = f"{path}:{number}"
        if kind == "block":
            primary = None if own_code.strip("-:") == "" else own_code
            continue
        if kind == "pattern":
            patterns += 1
            continue
        code = own_code if own_code else primary
        if code and ":" in code:  # PETRARCH 2's paired codes ("040:040", ":110"): the first one given
            code = next((part for part in code.split(":") if part.strip("-")), "")
        if code is None or code.strip("-") == "":
            continue  # a verb that codes nothing by itself
        if not codebook.is_event_code(code):
            warnings.append(f"{where}: unknown CAMEO event code {code!r}; verb skipped")
            continue
        forms = [head.split("{", 1)[0]]
        if "{" in head:
            forms += head.split("{", 1)[1].split("}", 1)[0].split()
        for form in forms:
            phrase = " ".join(form.replace("+", " ").replace("_", " ").split()).lower()
            if phrase:
                words.append(VerbWord(phrase, code, str(path), number))
    return words, patterns


# -- directories and the knowledge base ---------------------------------------------------------------
def dictionary_kind(path: Path) -> str | None:
    """``actors``, ``agents`` or ``verbs`` by the file's name (as PETRARCH's distributions name them)."""
    name = path.name.lower()
    if not name.endswith(".txt"):
        return None
    if "agents" in name:
        return "agents"
    if "actors" in name:
        return "actors"
    if "verb" in name or name.startswith("cameo."):
        return "verbs"
    return None


def read_petrarch_dictionaries(path: str | Path) -> PetrarchDictionaries:
    """Every actor, agent and verb dictionary in a directory (or one file), with the warnings met."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file())
    elif path.is_file():
        files = [path]
    else:
        raise DataFileError(f"PETRARCH dictionary path {path} does not exist")
    found = PetrarchDictionaries()
    seen_verbs: set[tuple[str, str]] = set()
    for file in files:
        kind = dictionary_kind(file)
        if kind is None:
            found.skipped.append(str(file))
            continue
        found.files.append(str(file))
        if kind == "actors":
            found.actors += read_actor_dictionary(file, found.warnings)
        elif kind == "agents":
            found.agents += read_agent_dictionary(file, found.warnings)
        else:
            words, patterns = read_verb_dictionary(file, found.warnings)
            found.patterns += patterns
            for word in words:
                if (word.phrase, word.code) not in seen_verbs:
                    seen_verbs.add((word.phrase, word.code))
                    found.verbs.append(word)
    if not found.files:
        raise DataFileError(
            f"no PETRARCH dictionary in {path}: expected files named *.actors.txt, *agents*.txt or "
            "*verbs*.txt / CAMEO.*.txt"
        )
    return found


def _exact_case(phrase: str) -> str | None:
    """Short acronyms (UN, U.N., EU, AU) are ordinary words in lower case: match them in capitals only."""
    letters = phrase.replace(".", "").replace(" ", "")
    return phrase if letters.isalpha() and len(letters) <= 3 else None


def _country_of(code: str, kb: KnowledgeBase) -> str | None:
    return code[:3] if code[:3] in kb.country_names else None


def actor_entries(record: ActorRecord, kb: KnowledgeBase) -> list[ActorEntry]:
    """The knowledge-base entries of one dictionary actor.

    An actor with dated codes is a person: one entry per dated code, and the undated code (if any) for
    the times between and around them. An actor with only undated codes is a country (a bare country
    code) or an organisation. A joint code (``[FRO/BIL/SAM]``) gives one entry per actor, sharing ``joint``.
    """
    dated = sorted((c for c in record.codes if c.dated), key=lambda c: (c.start or dt.date.min))
    undated = [c for c in record.codes if not c.dated and c.code]
    name = record.name
    entries: list[ActorEntry] = []
    if not dated:
        for c in undated:
            assert c.code is not None
            if c.code in kb.country_names:
                entries.append(ActorEntry("country", c.code, kb.country_names[c.code], c.code, joint=c.joint))
            else:
                entries.append(ActorEntry("org", c.code, name, _country_of(c.code, kb), joint=c.joint))
        return entries
    for c in dated:
        if c.code:
            entries.append(ActorEntry("person", c.code, name, _country_of(c.code, kb), c.start, c.end,
                                      person=True, joint=c.joint))
    for c in undated:
        assert c.code is not None
        for start, end in _gaps(dated):
            entries.append(ActorEntry("person", c.code, name, _country_of(c.code, kb), start, end,
                                      person=True, joint=c.joint))
    return entries


def _gaps(spells: list[DatedCode]) -> list[tuple[dt.date | None, dt.date | None]]:
    """The times not covered by any of the spells: (start, end), ``None`` meaning open."""
    day = dt.timedelta(days=1)
    gaps: list[tuple[dt.date | None, dt.date | None]] = []
    cursor: dt.date | None = None  # first uncovered day; None = the beginning of time
    covered_to_end = False
    for spell in sorted(spells, key=lambda s: s.start or dt.date.min):
        if spell.start is not None and (cursor is None or spell.start > cursor):
            gaps.append((cursor, spell.start - day))
        if spell.end is None:
            covered_to_end = True
            break
        nxt = spell.end + day
        cursor = nxt if cursor is None or nxt > cursor else cursor
    if not covered_to_end:
        gaps.append((cursor, None))
    return gaps


def merge_into(kb: KnowledgeBase, found: PetrarchDictionaries) -> dict[str, int]:
    """Add the actors, agents and verb words of ``found`` to ``kb``; the counts of what was added.

    warta's own entries stay first in each phrase's bucket, so a dictionary supplements the shipped
    knowledge base rather than overriding it.
    """
    counts = {"actors": 0, "people": 0, "organizations": 0, "countries": 0, "phrases": 0, "agents": 0,
              "verbs": len(found.verbs), "patterns_skipped": found.patterns, "warnings": len(found.warnings)}
    for record in found.actors:
        entries = actor_entries(record, kb)
        if not entries:
            continue
        counts["actors"] += 1
        kind = entries[0].kind
        counts["people" if kind == "person" else "countries" if kind == "country" else "organizations"] += 1
        for phrase in record.phrases:
            counts["phrases"] += 1
            exact = _exact_case(phrase)
            for entry in entries:
                kb.add(phrase, ActorEntry(entry.kind, entry.code, entry.name, entry.country, entry.start,
                                          entry.end, entry.person, exact, joint=entry.joint))
    for agent in found.agents:
        kb.add(agent.phrase.lower(), ActorEntry("role", agent.code, agent.phrase.lower(), None,
                                                person=names_a_person(agent), before=agent.prefix,
                                                inflects=not agent.declared))
        counts["agents"] += 1
    kb.verbs.extend((w.phrase, w.code) for w in found.verbs)
    for key in ("actors", "agents", "verbs"):
        kb.counts[f"petrarch_{key}"] += counts[key]
    kb.sources.extend(found.files)
    return counts


def load_petrarch_dictionaries(path: str | Path, kb: KnowledgeBase | None = None) -> dict[str, int]:
    """Read the PETRARCH dictionaries in ``path`` (a directory or one file) into ``kb`` and return the
    counts of what was added (``actors``, ``people``, ``organizations``, ``countries``, ``agents``,
    ``verbs``, ``patterns_skipped``, ``warnings``). Without ``kb``, into a new knowledge base that holds
    the shipped countries (for their names), which is useful to check a dictionary."""
    if kb is None:
        from .kb import DATA_DIR

        kb = KnowledgeBase()
        kb._load_countries(DATA_DIR / "countries.tsv")
    return merge_into(kb, read_petrarch_dictionaries(path))


# -- validation suites: verb patterns, discards, a knowledge base led by the suite's dictionaries -----------
_SUITE_CODE = re.compile(r"^\d{3,4}[A-Za-z]?$")  # WEIS-era variants: 075A, 174K, 102b
_PATTERN_GROUPING = str.maketrans({"{": " ", "}": " ", "(": " ", ")": " "})


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One verb of a verb dictionary with the words a pattern wants after it, as PETRARCH codes them.

    ``after`` holds the words after the verb in order; ``None`` between two of them allows a gap (a
    space in the dictionary), words with none between them are adjacent (``_`` or ``{...}`` in the
    dictionary). ``before`` holds the words a pattern wants before the verb (``- NOT * [112]``), the same
    way, with a final ``None`` when a gap may separate them from the verb. ``compound``: a ``%`` before
    the verb (``- % * [030:030]``) wants coordinated subjects, which act on each other. ``swapped``: the
    target slot ``+`` before the verb and the source slot ``$`` after it (``- + WAS * DEAD IN $ [224]``):
    the verb's subject is the target, the actor after it the source. ``code`` is the dictionary's own
    code, not necessarily CAMEO (the validation suites use WEIS-era codes such as ``223`` or ``903``);
    :data:`NULL_CODE` for ``[---]``. ``reverse`` is the code of
    the event in the other direction of a paired code (``[032:033]``: the target acts back on the source).
    """

    verb: str
    after: tuple[str | None, ...]
    code: str
    reverse: str | None
    path: str
    line: int
    before: tuple[str | None, ...] = ()
    compound: bool = False  # "%" before the verb: coordinated subjects that act on each other
    swapped: bool = False  # "+" (the target) before the verb and "$" (the source) after it: "+ WAS * DEAD IN $"


@dataclass
class VerbPatterns:
    """What :func:`read_verb_patterns` read, and what it could not use."""

    patterns: list[VerbPattern] = field(default_factory=list)
    unsupported: int = 0  # patterns without a verb slot (*), which warta's lexicon cannot express
    warnings: list[str] = field(default_factory=list)


def _suite_codes(raw: str) -> tuple[str | None, str | None] | None:
    """``064`` → (064, None); ``032:033`` → both; ``---`` → (NULL_CODE, None); ``:110`` → (None, 110);
    ``None`` when a code is not three or four digits with an optional letter (``174K``; not ``def``)."""
    parts = [p.strip() for p in raw.split(":")]
    codes: list[str | None] = []
    for i, part in enumerate(parts[:2]):
        if part.strip("-") == "":
            codes.append(NULL_CODE if i == 0 and part else None)
        elif _SUITE_CODE.match(part):
            codes.append(part)
        else:
            return None
    if len(codes) == 1:
        codes.append(None)
    return codes[0], codes[1]


def _synsets(path: Path) -> dict[str, list[str]]:
    """``&NAME`` synonym sets of a verb dictionary: name → members (phrases, words joined by ``_``)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for _number, line in _lines(path):
        text = line.strip()
        if text.startswith("&"):
            current = text[1:].split()[0].strip("_").upper() if text[1:].split() else None
            if current:
                sets.setdefault(current, [])
            continue
        if current is not None and text.startswith("+"):
            sets[current].append(text[1:].split("[", 1)[0].strip())
            continue
        current = None
    return sets


def _alternatives(name: str, sets: dict[str, list[str]], depth: int = 0) -> set[str]:
    """A synset as the set of words that can stand in its place: each member's last word (the head of
    a noun phrase: ``SPECIAL_FORCES`` → ``forces``), members that are synsets read in turn."""
    out: set[str] = set()
    members = sets.get(name[1:].strip("_").upper(), [])
    whole = {m.strip("+$%^").lower() for m in members if "_" not in m.strip("_")}
    for member in members:
        words = member.replace("_", " ").split()
        if not words:
            continue
        if len(words) > 1 and {"".join(words).lower(), "-".join(words).lower()} & whole:
            continue  # CEASE_FIRE beside CEASEFIRE: a compound spelt apart, whose last word ("fire") is no synonym
        if words[-1].startswith("&") and depth < 4:
            out |= _alternatives(words[-1], sets, depth + 1)
        else:
            out.add(words[-1].strip("+$%^").lower())
    return out


def _expand(words: list[str], sets: dict[str, list[str]], depth: int = 0, *,
            alternatives: bool = False) -> list[list[str]]:
    """Every reading of a pattern's word list with its synsets replaced by their members; with
    ``alternatives``, one reading where a synset is one word written ``a|b|c`` (any of them)."""
    if alternatives:
        out_words = []
        for word in words:
            if word.startswith("&"):
                members = _alternatives(word, sets)
                if not members:
                    return []
                out_words.append("|".join(sorted(members)))
            else:
                out_words.append(word)
        return [out_words]
    out: list[list[str]] = [[]]
    for word in words:
        if word.startswith("&") and depth < 4:
            members = sets.get(word[1:].strip("_").upper(), [])
            options = []
            for member in members:
                options += _expand(member.replace("_", " _ ").split(), sets, depth + 1)
            if not options:
                return []
        else:
            options = [[word]]
        out = [o + opt for o in out for opt in options][:64]
    return out


def _pattern_words(text: str, sets: dict[str, list[str]], alternatives: bool = False
                   ) -> list[tuple[str | None, ...]]:
    """The readings of a stretch of pattern words: words in order, ``None`` where a space allows a gap
    (words joined by ``_`` or grouped in ``{...}`` are adjacent; a phrase in ``(...)``, PETRARCH2's
    prepositional phrase, lets an article or modifier stand between: ``(OVER EFFORTS)`` matches "over the
    efforts"). Synsets are expanded, actor slots (``+ $ % ^``) dropped, and TreeBank's split contractions
    joined as warta tokenises them (``DID N'T`` → ``didn't``, ``WO N'T`` → ``won't``)."""
    grouped = []
    depth = 0
    for ch in text:  # words inside {...} stay together
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        grouped.append("_" if ch == " " and depth else ch)
    cleaned = "".join(grouped).translate(_PATTERN_GROUPING)
    tokens: list[str] = []
    for chunk in cleaned.split():
        parts = [p for p in chunk.replace("_", " _ ").split()]
        if tokens and parts and parts[0] != "_":
            tokens.append(" ")  # a space: a gap is allowed
        tokens += parts
    words = [t for t in tokens if t not in {"+", "$", "%", "^"}]
    readings = []
    for reading in _expand(words, sets, alternatives=alternatives):
        out: list[str | None] = []
        for token in reading:
            if token == "_":
                continue
            if token == " ":
                if out and out[-1] is not None:
                    out.append(None)
                continue
            word = token.strip("+$%^").lower()
            if not word:
                continue
            if (word == "n't" or word.startswith("'")) and out and out[-1] is not None:
                out[-1] += word  # did n't → didn't
            else:
                out.append(word)
        while out and out[-1] is None:
            out.pop()
        while out and out[0] is None:
            out.pop(0)
        readings.append(tuple(out))
    return readings


def _slots(text: str) -> set[str]:
    """The actor slots of a stretch of a pattern: ``$`` source, ``+`` target, ``%`` compound."""
    return {t for t in re.split(r"[\s_]+", text) if t in ("$", "+", "%")}


def _after_words(text: str, sets: dict[str, list[str]], alternatives: bool = False
                 ) -> list[tuple[str | None, ...]]:
    """The readings of a pattern's words after the verb: any words may come between the verb and the
    first of them."""
    return [(None, *reading) if reading else () for reading in _pattern_words(text, sets, alternatives)]


def _before_words(text: str, sets: dict[str, list[str]], alternatives: bool = False
                  ) -> list[tuple[str | None, ...]]:
    """The readings of a pattern's words before the verb, ending with a gap unless the last is joined to
    the verb (``NOT_*``, ``IN_*``)."""
    joined = text.rstrip(" ").endswith("_")
    return [reading if joined or not reading else (*reading, None)
            for reading in _pattern_words(text, sets, alternatives)]


def read_verb_patterns(path: str | Path, *, alternatives: bool = False) -> VerbPatterns:
    """The verbs of a PETRARCH verb dictionary with their patterns, for coding with the dictionary's own
    codes (validation suites): each verb alone with its block's code, and each pattern after the verb
    (``- * DIPLOMATIC TIES [064]``, ``- * (TO &CEASEFIRE) [0356]``) with its own. Synonym sets are
    expanded; words before the verb (``- SAID * [191]``, ``- &NEGATVAUXVRB * OVER EFFORTS [904]``) are
    kept in :attr:`VerbPattern.before`; patterns without a verb slot are counted in ``unsupported``.
    With ``alternatives``, a synset stays one pattern word ``a|b|c`` instead of one pattern per member
    (the default English lexicon reads the dictionary so: a tenth of the patterns, the same matches but
    for multi-word members, which match by their last word)."""
    path = Path(path)
    found = VerbPatterns()
    sets = _synsets(path)
    block_code: tuple[str | None, str | None] | None = None
    verbs: list[str] = []
    last_was_pattern = False
    for kind, number, head, raw in _verb_lines(path):
        where = f"{path}:{number}"
        if kind == "block":
            block_code = _suite_codes(raw or "---")
            verbs, last_was_pattern = [], False
            continue
        if kind == "pattern":
            last_was_pattern = True
            codes = _suite_codes(raw) if raw else block_code
            if codes is None:
                found.warnings.append(f"{where}: code [{raw}] is not 3-4 digits, optional letter; pattern skipped")
                continue
            body = head[1:]
            if "*" not in body:
                found.unsupported += 1
                continue
            before, _, after = body.partition("*")
            befores = _before_words(before, sets, alternatives)
            afters = _after_words(after.lstrip("_"), sets, alternatives)
            slots_before = _slots(before)
            compound = "%" in slots_before
            swapped = "+" in slots_before and "$" in _slots(after)
            for verb in verbs:
                for ahead in befores:
                    for reading in afters:
                        found.patterns.append(VerbPattern(verb, reading, codes[0] or NULL_CODE, codes[1],
                                                          str(path), number, ahead, compound, swapped))
            continue
        if last_was_pattern and block_code is None:
            continue
        # a verb line: VERB {FORMS} [CODE], multi-word verbs with + on the verb (+ASK_FOR, KLM_NOP_+RST)
        verb = " ".join(head.split("{", 1)[0].replace("+", " ").replace("_", " ").split()).lower()
        if not verb:
            continue
        codes = _suite_codes(raw) if raw else block_code
        if codes is None:
            found.warnings.append(f"{where}: code [{raw}] is not 3-4 digits, optional letter; verb skipped")
            continue
        verbs.append(verb)
        found.patterns.append(VerbPattern(verb, (), codes[0] or NULL_CODE, codes[1], str(path), number))
    return found


#: prepositions that may introduce the target of a dictionary verb (PETRARCH takes the object or a PP)
VERB_FRAME = frozenset({"obj", "with", "to", "against", "on", "for", "from", "at", "into", "in", "over", "of",
                        "about", "toward", "towards", "between"})
#: a pattern's last word that introduces its target ("- * (ATTACK BY) [112]")
PATTERN_END_PREPOSITIONS = (VERB_FRAME - {"obj"}) | {"by"}


@dataclass
class PatternEntries:
    """Verb patterns as event-lexicon entries, with what the lexicon cannot say itself: the reverse code
    of a paired pattern and the patterns whose subject is the target (both by lexicon rule)."""

    entries: list[Any] = field(default_factory=list)  # warta.lang.lexicon.LexiconEntry
    reverse: dict[str, str] = field(default_factory=dict)
    swapped: set[str] = field(default_factory=set)


def pattern_entries(verbs: VerbPatterns, note: str = "suite verb") -> PatternEntries:
    """Each verb and pattern of a verb dictionary as one English lexicon entry (every verb form; the
    pattern's words before and after the head; a target introduced by the object or a preposition, or by
    the pattern's last word when that is a preposition; ``%`` patterns want a compound subject). A verb
    that codes nothing by itself (``[---]``, no pattern words) gives no entry; a null-coded pattern gives
    one with :data:`NULL_CODE`, which matches and codes nothing."""
    from ..lang.lexicon import COMPOUND_FRAME, GAP, HEAD_MARK, LexiconEntry, morphology_of

    forms = morphology_of("en").FORM_CLASSES["v"]
    found = PatternEntries()
    seen: set[tuple[str, str, bool]] = set()
    for p in verbs.patterns:
        words = [GAP if w is None else w for w in p.before] + ([HEAD_MARK] if p.before else []) + \
            [p.verb] + [GAP if w is None else w for w in p.after]
        pattern = " ".join(words)
        if p.code == NULL_CODE and not p.after and not p.reverse:
            continue
        if (pattern, p.code, p.compound) in seen:
            continue
        seen.add((pattern, p.code, p.compound))
        last = p.after[-1] if p.after else None
        frame = frozenset({COMPOUND_FRAME}) if p.compound else \
            frozenset({last}) if last in PATTERN_END_PREPOSITIONS else VERB_FRAME
        entry = LexiconEntry(pattern, forms, p.code, frame, note, f"{p.path}:{p.line}")
        found.entries.append(entry)
        if p.reverse:
            found.reverse[entry.rule] = p.reverse
        if p.swapped:
            found.swapped.add(entry.rule)
    return found


def read_discard_dictionary(path: str | Path) -> tuple[list[str], list[str]]:
    """Discard phrases: (story discards, marked ``+``; sentence discards), in lower case. A story or
    sentence that contains one is not coded (sports, weather and the like)."""
    story: list[str] = []
    sentence: list[str] = []
    for _number, line in _lines(Path(path)):
        text = line.strip()
        phrase = " ".join(text.lstrip("+").replace("_", " ").split()).lower()
        if phrase:
            (story if text.startswith("+") else sentence).append(phrase)
    return story, sentence


def suite_knowledge_base(found: PetrarchDictionaries, *, shipped: bool = True) -> KnowledgeBase:
    """A knowledge base led by a validation suite's own dictionaries, as PETRARCH would read them.

    Unlike :func:`merge_into`, the dictionaries come first: where a phrase is in both, the suite's code
    wins. A bare three-letter code is a country (the suites invent their own: ``ARN`` Arnor, ``GON``
    Gondor), so role words compose with it ("the government of Gondor" → ``GONGOV``); a role word with no
    country named is of none known (``---EDU``), as PETRARCH codes it. With ``shipped``, warta's own
    knowledge base follows, for the real-world names some records use.
    """
    from .kb import DATA_DIR

    kb = KnowledgeBase()
    countries = KnowledgeBase()
    countries._load_countries(DATA_DIR / "countries.tsv")
    kb.country_names.update(countries.country_names)
    for record in found.actors:
        for code in record.codes:
            if code.code and len(code.code) == 3 and not code.dated and not code.joint \
                    and code.code not in kb.country_names \
                    and not code.code.startswith(("IGO", "NGO", "IMG", "MNC")):
                kb.country_names[code.code] = record.name
    merge_into(kb, found)
    kb.roles_take_focus_country = False
    if shipped:
        kb.load_dir(DATA_DIR)
    return kb
