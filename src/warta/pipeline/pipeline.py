"""The pipeline: one object per language that turns articles into coded events.

Loaded once per process (:func:`load_pipeline`), it holds the knowledge base, lexicon and cues, and runs
its components in order over one working :class:`~warta.pipeline.doc.Doc` per article:
structure → sentences → actors → attribution → events → claimed events → modality → dates → merge.
It pickles by language name, so worker processes and Spark executors load their own copy once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from ..errors import EmptyInputError, UnsupportedLanguageError, WartaError
from ..knowledge import load_knowledge_base
from ..knowledge.places import EventPlaces
from ..lang.cues import load_cues
from ..lang.lexicon import load_event_lexicon
from ..records import Article, ArticleResult, Quote
from ..tokens import tokenize
from .actors import ActorFinder
from .arguments import RuleArguments
from .attribution import Attribution
from .claimed import ClaimedEvents, RetoldEvents
from .dates import find_publication_date
from .doc import Doc, Sentence
from .events import EventFinder, Grievances, load_light_verbs
from .headlines import VerblessHeadlines
from .intentions import Intentions
from .langid import identify_language
from .merge import _actor, build_events
from .modality import Modality
from .nonevents import NonEvents
from .sentences import split_sentences
from .structure import Block, dateline_span, inline_clutter, segment, title_of
from .syntax import BaseVerbTags, SyntaxParser, with_parse
from .timing import EventDates
from .titlecase import decase, is_title_case
from .trace import MatchTrace

log = logging.getLogger(__name__)

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"


def supported_languages() -> tuple[str, ...]:
    """Languages with an event lexicon, cues and a morphology module shipped."""
    return tuple(sorted(
        p.name for p in LANG_DIR.iterdir()
        if (p / "events.tsv").exists() and (p / "cues.tsv").exists() and (p / "morphology.py").exists()
    ))

#: The most characters of one article the pipeline codes (a long news article has 20,000; coding takes time
#: in proportion to the length, about 2 s for this many). A longer text is coded up to a paragraph or
#: sentence end before the cap, with a warning; the whole text is kept, so offsets and the hash are its own.
MAX_CODED_CHARS = 100_000

KNOWN_LANGUAGES = {"id": "Indonesian", "ms": "Malay", "en": "English"}


def detect_language(text: str) -> str:
    """The text's language, or ``und``; a short Malay-or-Indonesian text with nothing to tell them apart is
    read as the one warta supports."""
    language, _confidence = identify_language(text, prefer=supported_languages())
    return language


class Pipeline:
    """Articles in, :class:`ArticleResult` out, for one language."""

    def __init__(self, language: str, *, use_parser: bool | None = None) -> None:
        supported = supported_languages()
        if language not in supported:
            name = KNOWN_LANGUAGES.get(language, language)
            raise UnsupportedLanguageError(
                f"language {name!r} is not supported (supported: {', '.join(supported) or 'none'})"
            )
        self.language = language
        self.kb = load_knowledge_base()
        self.cues = load_cues(language)
        self.lexicon = load_event_lexicon(language)
        light_verbs = load_light_verbs(language)
        clauses = RuleArguments(self.cues, light_verbs, self.lexicon.morphology, self.lexicon.starts_predicate)
        places = EventPlaces(language)
        self.use_parser = parser_wanted(language) if use_parser is None else use_parser
        syntax: list = []
        arguments: RuleArguments = clauses
        if self.use_parser:
            syntax = [SyntaxParser(language, self.lexicon)]
            arguments = with_parse(clauses)
        self.components = [
            ActorFinder(self.kb, self.cues, self.lexicon.morphology.looks_verbal, self.lexicon.starts_predicate,
                        places.gazetteer, self.lexicon.morphology.singulars, self.lexicon.noun_roots),
            Attribution(self.cues, self.lexicon.morphology.looks_verbal),
            *syntax,
            EventFinder(self.lexicon, arguments, self.cues, light_verbs, places=places,
                        base_verbs=BaseVerbTags(language) if self.lexicon.base_entries and
                        BaseVerbTags.available(language) else None),
            VerblessHeadlines(self.cues),
            ClaimedEvents(self.cues),
            RetoldEvents(self.lexicon.match, self.cues),
            Intentions(self.cues),
            Modality(self.cues, clauses),
            Grievances(),
            NonEvents(),
            EventDates(self.cues),
            places,
        ]
        #: the event finder, which holds the trace of what became of each lexicon match
        self._events = next(c for c in self.components if isinstance(c, EventFinder))

    @property
    def trace(self) -> MatchTrace | None:
        """What became of each lexicon match, when ``WARTA_TRACE_DROPPED`` asked for it (pipeline.trace)."""
        return self._events.trace

    def start_trace(self) -> MatchTrace:
        """Trace what becomes of each lexicon match from now on (as ``WARTA_TRACE_DROPPED=1`` does)."""
        self._events.trace = MatchTrace()
        return self._events.trace

    def stop_trace(self) -> None:
        self._events.trace = None

    def __reduce__(self):  # pickles by name: the receiving process loads its own copy once
        return (load_pipeline, (self.language,))

    def make_doc(self, article: Article) -> Doc:
        text = article.text
        if not text or not text.strip():
            raise EmptyInputError(f"article {article.id!r} has no text")
        given, warning = _parse_published(article)
        published = given or find_publication_date(text, self.language)
        blocks = segment(text, self.language)
        doc = Doc(article=article, published=published, language=self.language, text=text,
                  title=article.title or title_of(text, blocks))
        if warning:
            doc.warnings.append(warning)
        for block in blocks:
            if block.kind == "clutter":
                continue
            for start, end in _clean_spans(text, block):
                for s_start, s_end in split_sentences(text, start, end, self.language):
                    tokens = tokenize(text, s_start, s_end)
                    if block.kind in ("headline", "subhead") and is_title_case(tokens):
                        tokens = decase(tokens, self._common_word, self._known_names(tokens))
                    doc.sentences.append(Sentence(len(doc.sentences), s_start, s_end, tokens, block.kind))
        return doc

    def _known_names(self, tokens: list) -> set[int]:
        """The tokens of names of several words the knowledge base holds as no mere role ("North Korea",
        "South Africa", "United Nations"): their words keep their capitals, though one alone may be a
        common word ("north", "united")."""
        kept: set[int] = set()
        for i, tok in enumerate(tokens):
            for length in range(min(self.kb.first_words.get(tok.norm, 0), len(tokens) - i), 1, -1):
                if any(e.kind != "role" for e in self.kb.lookup(tuple(t.norm for t in tokens[i : i + length]))):
                    kept.update(range(i, i + length))
                    break
        return kept

    def _common_word(self, norm: str) -> bool:
        """A word that is no name: a predicate of the lexicon, a cue, a role word, or a word the knowledge
        base does not know as a name of its own (people, countries, organisations, places stay named)."""
        if self.lexicon.starts_predicate(norm) or norm in self.cues.all:
            return True
        kinds = {e.kind for e in self.kb.lookup((norm,))}
        return bool(kinds) and kinds <= {"role"}

    def __call__(self, article: Article) -> ArticleResult:
        cut = coded_length(article.text)
        if cut == len(article.text):
            return self._code(article)
        result = self._code(dataclasses.replace(article, text=article.text[:cut]))
        warning = (f"article {article.id!r}: only the first {cut:,} of its {len(article.text):,} characters "
                   f"were coded (at most {MAX_CODED_CHARS:,} are)")
        log.warning("%s", warning)
        return dataclasses.replace(result, article=dataclasses.replace(result.article, text=article.text),
                                   warnings=(*result.warnings, warning))

    def _code(self, article: Article) -> ArticleResult:
        doc = self.make_doc(article)
        trace = self.trace
        for component in self.components:
            component(doc)
            if trace is not None:
                trace.after(component.name, doc)  # events a later component took back
        if trace is not None:
            trace.article_done()
        events = build_events(doc)
        quotes = tuple(
            Quote(_actor(q.speaker), doc.text[q.start : q.end], q.start, q.end, q.cue, q.direct)
            for q in doc.quotes
        )
        art = Article(
            id=article.id, text=article.text, language=self.language,
            published=doc.published.isoformat() if doc.published else _partial_date(article.published),
            url=article.url, title=doc.title, outlet=article.outlet,
        )
        return ArticleResult(art, tuple(events), quotes, tuple(doc.warnings))

    def pipe(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            yield self(article)


def parser_wanted(language: str) -> bool:
    """Whether to read arguments from the dependency parse (``WARTA_PARSER=1``). Off by default: on the
    dev set the parse did not beat the word-order rules (docs/models.md has the figures) and it costs
    two thirds of the time; the model must be shipped for the language."""
    if os.environ.get("WARTA_PARSER", "").strip().lower() not in ("1", "true", "yes", "on"):
        return False
    from ..models import model_path

    try:
        model_path(language)
    except WartaError:
        return False
    return True


def _clean_spans(text: str, block: Block) -> list[tuple[int, int]]:
    """The parts of a block that are the story: without an opening dateline ("JAKARTA, KOMPAS.com -")
    and without "Baca juga: ..." run into the paragraph."""
    start = block.start
    dateline = dateline_span(text, block)
    if dateline is not None and not _headline_speaker(text, block, dateline):
        start = max(start, dateline[1])
    spans, cursor = [], start
    for lo, hi in sorted(inline_clutter(text, block)):
        if lo > cursor:
            spans.append((cursor, lo))
        cursor = max(cursor, hi)
    if cursor < block.end:
        spans.append((cursor, block.end))
    return spans


def _headline_speaker(text: str, block: Block, dateline: tuple[int, int]) -> bool:
    """"Jokowi: Indonesia Kecam ...": in a headline, names before a colon are who speaks (pipeline.headlines),
    not a dateline ("Melbourne: " opens a body paragraph)."""
    return block.kind == "headline" and text[dateline[0]:dateline[1]].rstrip().endswith(":")


def coded_length(text: str, cap: int = MAX_CODED_CHARS) -> int:
    """How much of a text is coded: all of it up to ``cap`` characters, else up to the last paragraph
    break before the cap (the last sentence end, or the cap itself, when that is far back)."""
    if len(text) <= cap:
        return len(text)
    for sep in ("\n\n", "\n", ". "):
        end = text.rfind(sep, 0, cap)
        if end >= cap // 2:
            return end + len(sep.rstrip(" "))
    return cap


def _partial_date(value: str | None) -> str | None:
    """A publication date known only to the month or year (``YYYY-MM``, ``YYYY``), else None."""
    return value if value and re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", value) else None


def _parse_published(article: Article) -> tuple[dt.date | None, str | None]:
    """The article's full publication date, and a warning (naming the article) when it gives one that
    cannot be read; a date known only to the month or year is no full date, and no error either."""
    value = article.published
    if not value or _partial_date(value):
        return None, None
    try:
        return dt.date.fromisoformat(value[:10]), None
    except ValueError:
        warning = f"article {article.id!r}: ignoring unreadable publication date {value!r} (use YYYY-MM-DD)"
        log.warning("%s", warning)
        return None, warning


@cache
def load_pipeline(language: str) -> Pipeline:
    """The pipeline for a language, built once per process."""
    return Pipeline(language)


def extract(text: str, *, language: str | None = None, published: str | None = None,
            id: str | None = None) -> ArticleResult:
    """Code one article's text."""
    if not text or not text.strip():
        raise EmptyInputError("the article has no text")
    language = language or detect_language(text)
    article = Article(id=id or "article", text=text, language=language, published=published)
    return load_pipeline(language)(article)
