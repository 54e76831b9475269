"""Running PETRARCH's validation suites: records in, the share of expected codings warta finds out.

PETRARCH (and TABARI before it) ships validation records: single sentences with the events they must
yield, written against the suite's own small dictionaries (the "Lord of the Rings" world: Arnor ``ARN``,
Gondor ``GON``). This module reads such a file, loads the dictionaries its ``<Environment>`` names through
the PETRARCH-format importer (:mod:`warta.knowledge.petrarch`), codes the raw text of each record with
warta's English pipeline (the supplied parse trees are ignored: warta finds predicates and arguments
itself) and compares what it finds with what the record expects.

How codings compare (``docs/validation.md``):

* a coding is a triple (source, target, event code), compared within its record;
* actor codes compare as strings, upper case (``USAGOV``, ``ARN``, ``NGOARN``); PETRARCH writes an actor it
  could not identify as ``---`` or with ``---`` for the country (``---GOV``): those match a warta actor that
  has no code. Free-text actors (``"INJURY TOLL"``, which PETRARCH makes of unknown noun phrases when
  ``new_actor_length`` is set) never match;
* event codes compare exactly (``found``); ``found_root`` also counts a coding with the right actors whose
  code has the same first two digits (the CAMEO root), as a second figure;
* ``extra`` counts warta's codings that no expected coding of the record matches; ``false_events`` counts
  the records that must yield no event (``noevents``, and the discard and dateline ``error`` records) but
  yielded one. Records expecting another error (``bad_input_parse``: a broken parse tree, which warta does
  not read) and records of categories outside the file's ``<Include>`` list or marked
  ``evaluate="false"`` are skipped, as the suites' own programs skip them.

The suite's verbs join warta's English lexicon only here (:func:`suite_lexicon`), never by default.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError, InputError
from ..knowledge.kb import KnowledgeBase
from ..knowledge.petrarch import (
    NULL_CODE,
    PetrarchDictionaries,
    VerbPatterns,
    dictionary_kind,
    pattern_entries,
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_dictionary,
    read_verb_patterns,
    suite_knowledge_base,
)
from ..lang.lexicon import EventLexicon, LexiconEntry, morphology_of, own_entries
from ..records import Article

#: error records that mean "no event from this record" for a coder that does not read parse trees
NO_EVENT_ERRORS = frozenset({"dateline", "storydiscard", "sentencediscard"})
UNKNOWN = "---"
#: every two-digit root: with require_dyad off, an event needs no target
ANY_ROOT = frozenset(f"{n:02d}" for n in range(100))
COUNTS = ("records", "expected", "found", "found_root", "extra", "noevent_records", "false_events")

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SENTENCE_OR_CONFIG = re.compile(r"<Sentence\b(?P<attrs>[^>]*)>(?P<body>.*?)</Sentence>|<Config\b(?P<config>[^>]*)>",
                                 re.DOTALL)
_ATTRIBUTE = re.compile(r"([A-Za-z_]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_ENV_TAG = re.compile(r"<(Verbfile|Actorfile|Agentfile|Discardfile|Include)>(.*?)</\1>", re.DOTALL)


# -- records ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Coding:
    """An expected or found event: (source, target, code)."""

    source: str
    target: str
    code: str

    def __str__(self) -> str:
        return f"{self.source} {self.code} {self.target}"


@dataclass
class SuiteRecord:
    """One validation record."""

    id: str
    category: str
    date: str | None
    text: str
    expected: list[Coding]
    noevents: bool = False
    error: str | None = None
    evaluate: bool = True
    require_dyad: bool = True  # the file's <Config option="require_dyad"> in force: False codes targetless events


@dataclass
class Suite:
    """A validation file: its records and the dictionaries its environment names."""

    path: str
    records: list[SuiteRecord]
    files: dict[str, list[str]] = field(default_factory=dict)  # verbs, actors, agents, discards
    include: frozenset[str] | None = None


def _attributes(text: str) -> dict[str, str]:
    return {k.lower(): v[1:-1] for k, v in _ATTRIBUTE.findall(text)}


def parse_records(text: str, path: str = "<records>") -> Suite:
    """A validation file's records and environment. The files are not always well-formed XML (comments
    inside comments), so they are read the way PETRARCH reads them: tag by tag."""
    clean = _COMMENT.sub(" ", text)
    files: dict[str, list[str]] = {}
    include: frozenset[str] | None = None
    environment = clean.split("<Sentences>", 1)[0]
    for tag, value in _ENV_TAG.findall(environment):
        if tag == "Include":
            include = frozenset(w.upper() for w in value.split())
        else:
            kind = {"Verbfile": "verbs", "Actorfile": "actors", "Agentfile": "agents",
                    "Discardfile": "discards"}[tag]
            files.setdefault(kind, []).extend(v.strip() for v in value.split(",") if v.strip())
    records = []
    require_dyad = True  # PETRARCH's default; <Config> tags between records switch it for those after
    for item in _SENTENCE_OR_CONFIG.finditer(clean):
        if item.group("config") is not None:
            option = _attributes(item.group("config"))
            if option.get("option", "").strip().lower() == "require_dyad":
                require_dyad = option.get("value", "true").strip().lower() != "false"
            continue
        attrs_text, body = item.group("attrs"), item.group("body")
        attrs = _attributes(attrs_text)
        match = _TEXT.search(body)
        if match is None:
            continue
        expected: list[Coding] = []
        noevents, error = False, None
        for coding_text in _CODING.findall(body):
            coding = _attributes(coding_text)
            if "noevents" in coding:
                noevents = coding["noevents"].strip().lower() != "false"
            elif "error" in coding:
                error = coding["error"].strip()
            elif "eventcode" in coding:
                expected.append(Coding(_actor_code(coding.get("sourcecode", "")),
                                       _actor_code(coding.get("targetcode", "")), coding["eventcode"].strip()))
        date = attrs.get("date", "").strip()
        records.append(SuiteRecord(
            id=attrs.get("id", f"record-{len(records) + 1}").strip(),
            category=attrs.get("category", "NONE").strip().upper(),
            date=f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None,
            text=" ".join(_unescape(match.group(1)).split()),
            expected=expected, noevents=noevents, error=error,
            evaluate=attrs.get("evaluate", "true").strip().lower() != "false",
            require_dyad=require_dyad,
        ))
    return Suite(path, records, files, include)


def read_records(path: str | Path) -> Suite:
    """:func:`parse_records` of a file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise InputError(f"cannot read validation records {path}: {err.strerror}") from err
    suite = parse_records(text, str(path))
    if not suite.records:
        raise InputError(f"{path} holds no <Sentence> records")
    return suite


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _actor_code(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        return " ".join(raw.upper().split())  # a free-text actor, kept as written
    return raw.upper() or UNKNOWN


# -- the suite's dictionaries -------------------------------------------------------------------------
@dataclass
class SuiteDictionaries:
    """The dictionaries a suite uses, read from a directory."""

    found: PetrarchDictionaries
    verbs: VerbPatterns
    story_discards: list[str]
    sentence_discards: list[str]
    files: list[str]


def load_suite_dictionaries(suite: Suite, directory: str | Path) -> SuiteDictionaries:
    """The actor, agent, verb and discard dictionaries the suite's ``<Environment>`` names, from
    ``directory``; without an environment, every dictionary in the directory (by file name)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"--dictionaries {directory} is not a directory")
    wanted: dict[str, list[Path]] = {}
    if suite.files:
        for kind, names in suite.files.items():
            for name in names:
                path = directory / name
                if not path.is_file():
                    raise DataFileError(f"{suite.path} uses {name}, which is not in {directory}")
                wanted.setdefault(kind, []).append(path)
    else:
        for path in sorted(directory.iterdir()):
            kind = "discards" if "discard" in path.name.lower() else dictionary_kind(path)
            if kind:
                wanted.setdefault(kind, []).append(path)
    found = PetrarchDictionaries()
    verbs = VerbPatterns()
    story: list[str] = []
    sentence: list[str] = []
    for path in wanted.get("actors", []):
        found.actors += read_actor_dictionary(path, found.warnings)
    for path in wanted.get("agents", []):
        found.agents += read_agent_dictionary(path, found.warnings)
    for path in wanted.get("verbs", []):
        more = read_verb_patterns(path)
        verbs.patterns += more.patterns
        verbs.unsupported += more.unsupported
        verbs.warnings += more.warnings
    for path in wanted.get("discards", []):
        s, t = read_discard_dictionary(path)
        story += s
        sentence += t
    files = [str(p) for paths in wanted.values() for p in paths]
    found.files = files
    return SuiteDictionaries(found, verbs, story, sentence, files)


def suite_lexicon(verbs: VerbPatterns, *, shipped: str = "other-heads"
                  ) -> tuple[EventLexicon, dict[str, str], frozenset[str]]:
    """warta's English lexicon with the suite's verbs and patterns first, the reverse codes of paired
    patterns and the patterns whose subject is the target (both by lexicon rule). ``shipped``: ``all``
    keeps every warta entry after the suite's, ``other-heads`` only those whose head word the suite does
    not define (the suite's dictionary decides what its verbs mean), ``none`` codes with the suite's verbs
    alone. The default lexicon's own PETRARCH2 base never joins: the suite's dictionary replaces it."""
    converted = pattern_entries(verbs)
    entries: list[LexiconEntry] = list(converted.entries)
    heads = {p.verb.split()[0] for p in verbs.patterns}
    if shipped != "none":
        for entry in own_entries("en"):
            if shipped == "all" or entry.pattern.split()[0] not in heads:
                entries.append(entry)
    return EventLexicon(entries, morphology_of("en")), converted.reverse, frozenset(converted.swapped)


# -- coding -------------------------------------------------------------------------------------------
@contextmanager
def _pipeline_parts(kb: KnowledgeBase, lexicon: EventLexicon) -> Iterator[None]:
    """Build a pipeline with this knowledge base and lexicon. The pipeline takes both from loaders (it
    has no parameters for them yet): they are substituted while it is built, and only then."""
    from ..pipeline import pipeline as module

    saved = module.load_knowledge_base, module.load_event_lexicon
    module.load_knowledge_base = lambda *args, **kwargs: kb  # type: ignore[assignment]
    module.load_event_lexicon = lambda language: lexicon  # type: ignore[assignment]
    try:
        yield
    finally:
        module.load_knowledge_base, module.load_event_lexicon = saved


@dataclass
class SuiteCoder:
    """warta's English pipeline set up with a suite's dictionaries: a record's text in, codings out."""

    pipeline: Any
    reverse: dict[str, str]
    discards: tuple[str, ...]
    nouns: bool = False  # also code the suite's verbs where warta reads them as nouns ("a visit to")
    swapped: frozenset[str] = frozenset()  # lexicon rules whose subject is the target ("+ WAS * DEAD IN $")

    @classmethod
    def build(cls, dictionaries: SuiteDictionaries, *, shipped_kb: bool = False,
              shipped_lexicon: str = "none", nouns: bool = False) -> SuiteCoder:
        from ..pipeline.pipeline import Pipeline

        kb = suite_knowledge_base(dictionaries.found, shipped=shipped_kb)
        lexicon, reverse, swapped = suite_lexicon(dictionaries.verbs, shipped=shipped_lexicon)
        with _pipeline_parts(kb, lexicon):
            pipeline = Pipeline("en")
        # an act reported by its victim is also the victim's accusation (CAMEO 112): warta's inference
        # on CAMEO codes, which the suites' codes are not and PETRARCH does not make
        pipeline.components = [c for c in pipeline.components if c.name != "grievances"]
        discards = tuple(dictionaries.story_discards + dictionaries.sentence_discards)
        return cls(pipeline, reverse, discards, nouns, swapped)

    def discarded(self, text: str) -> bool:
        lowered = f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "
        return any(f" {' '.join(re.findall(r'[a-z0-9]+', d))} " in lowered for d in self.discards)

    def code(self, record: SuiteRecord) -> list[tuple[Coding, str]]:
        """The codings of a record's text, each with the rule that made it."""
        if self.discarded(record.text):
            return []
        article = Article(id=record.id, text=record.text, language="en", published=record.date)
        doc = self.pipeline.make_doc(article)
        finder = next(c for c in self.pipeline.components if c.name == "events")
        saved = finder.untargeted_roots
        if not record.require_dyad:
            finder.untargeted_roots = ANY_ROOT  # PETRARCH codes a source alone: (source, ---, code)
        try:
            for component in self.pipeline.components:
                component(doc)
        finally:
            finder.untargeted_roots = saved
        out: dict[Coding, str] = {}
        for pred in doc.predicates:
            how, _, entry_rule = pred.rule.partition(": ")
            reading = how.split(".", 1)[-1]  # "en.active+prep:with" → how the arguments were read
            if not self.nouns and reading.startswith("nominal"):
                continue  # a verb dictionary codes verbs: "during a brief visit to", "an attack by"
            # a paired code, or coordinated subjects acting on each other: the target acts back
            back = self.reverse.get(entry_rule) or (pred.code if pred.symmetric_pair else None)
            sources, targets = pred.sources, pred.targets
            if entry_rule in self.swapped and targets and reading.startswith("active"):
                sources, targets = targets, sources  # read as an active verb: its subject is the target
            for source in sources:
                for target in targets or [None]:
                    s, t = _code_of(source), _code_of(target)
                    if s == t and target is not None:
                        continue
                    if pred.code != NULL_CODE:
                        out.setdefault(Coding(s, t, pred.code), pred.rule)
                    if back and target is not None:
                        out.setdefault(Coding(t, s, back), pred.rule + " (paired code)")
        return list(out.items())


def _code_of(mention: Any) -> str:
    if mention is None:
        return UNKNOWN
    return (mention.code or UNKNOWN).upper()


# -- comparing ----------------------------------------------------------------------------------------
def _actor_matches(expected: str, found: str) -> bool:
    if expected.startswith(UNKNOWN):
        return found in (UNKNOWN, expected)
    if "/" in expected and not expected.startswith('"'):
        # UD-PETRARCH writes a joint dictionary code whole ("FRO/BIL/SAM"); warta codes one actor per member
        return found in expected.split("/")
    return expected == found


def _match(expected: list[Coding], found: list[Coding], same: Callable[[str, str], bool]) -> int:
    """Expected codings matched one to one by found ones."""
    left = list(found)
    hits = 0
    for e in expected:
        for i, f in enumerate(left):
            if _actor_matches(e.source, f.source) and _actor_matches(e.target, f.target) and same(e.code, f.code):
                hits += 1
                del left[i]
                break
    return hits


@dataclass
class RecordResult:
    record: SuiteRecord
    found: list[tuple[Coding, str]]
    hits: int
    root_hits: int
    extra: list[Coding]


@dataclass
class ValidationReport:
    """Counts per category and overall (``all``), and every record's result."""

    suite: str
    dictionaries: list[str]
    counts: dict[str, dict[str, int]]
    results: list[RecordResult]
    skipped: dict[str, int]
    unsupported_patterns: int
    warnings: list[str]

    def to_dict(self) -> dict[str, Any]:
        total = self.counts.get("all", dict.fromkeys(COUNTS, 0))
        return {
            "suite": self.suite,
            **_figures(total),
            "categories": {cat: _figures(c) for cat, c in self.counts.items() if cat != "all"},
            "skipped": self.skipped,
            "dictionaries": self.dictionaries,
            "unsupported_patterns": self.unsupported_patterns,
        }


def _figures(c: dict[str, int]) -> dict[str, Any]:
    share = c["found"] / c["expected"] if c["expected"] else None
    root = c["found_root"] / c["expected"] if c["expected"] else None
    return {**c, "share": None if share is None else round(share, 4),
            "share_root": None if root is None else round(root, 4)}


def skip_reason(suite: Suite, record: SuiteRecord) -> str | None:
    """Why a record is not evaluated, or ``None``."""
    if not record.evaluate:
        return "evaluate=false"
    if suite.include is not None and record.category not in suite.include:
        return "category not included"
    if record.error is not None and record.error not in NO_EVENT_ERRORS:
        return f"expects error {record.error}"
    return None


def validate_suite(records: str | Path, dictionaries: str | Path, *, shipped_kb: bool = False,
                   shipped_lexicon: str = "none", nouns: bool = False, require_dyad: str = "file"
                   ) -> ValidationReport:
    """Code every record of a validation file with the suite's dictionaries and count what matches.
    ``nouns`` also codes the suite's verbs where they are used as nouns, which PETRARCH does not.
    ``require_dyad``: ``file`` follows the records' ``<Config option="require_dyad">`` switches,
    ``always`` codes only events with a target, ``never`` also codes a source alone."""
    if require_dyad not in ("file", "always", "never"):
        raise InputError(f"require_dyad must be file, always or never, not {require_dyad!r}")
    suite = read_records(records)
    if require_dyad != "file":
        for record in suite.records:
            record.require_dyad = require_dyad == "always"
    loaded = load_suite_dictionaries(suite, dictionaries)
    coder = SuiteCoder.build(loaded, shipped_kb=shipped_kb, shipped_lexicon=shipped_lexicon, nouns=nouns)
    counts: dict[str, dict[str, int]] = {}
    results: list[RecordResult] = []
    skipped: dict[str, int] = {}
    for record in suite.records:
        reason = skip_reason(suite, record)
        if reason is not None:
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        found = coder.code(record)
        codings = [c for c, _ in found]
        no_event = record.noevents or record.error is not None or not record.expected
        hits = root_hits = 0
        extra: list[Coding] = []
        if not no_event:
            hits = _match(record.expected, codings, str.__eq__)
            root_hits = _match(record.expected, codings, lambda a, b: a[:2] == b[:2])
            extra = [f for f in codings
                     if not any(_actor_matches(e.source, f.source) and _actor_matches(e.target, f.target)
                                and e.code == f.code for e in record.expected)]
        results.append(RecordResult(record, found, hits, root_hits, extra))
        for key in (record.category, "all"):
            c = counts.setdefault(key, dict.fromkeys(COUNTS, 0))
            c["records"] += 1
            if no_event:
                c["noevent_records"] += 1
                c["false_events"] += bool(codings)
            else:
                c["expected"] += len(record.expected)
                c["found"] += hits
                c["found_root"] += root_hits
                c["extra"] += len(extra)
    warnings = loaded.found.warnings + loaded.verbs.warnings
    return ValidationReport(suite.path, loaded.files, counts, results, skipped, loaded.verbs.unsupported,
                            warnings)
