"""The working document: one mutable object that the pipeline's components fill in turn.

Components read what earlier ones wrote and add their own layer; none reaches into another's internals.
At the end the pipeline turns the document into a frozen :class:`warta.records.ArticleResult`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Article, Location
from ..tokens import Token

if TYPE_CHECKING:
    from ..knowledge import ActorEntry


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    tokens: list[Token]
    block: str  # headline | subhead | body


@dataclass
class ActorMention:
    """An actor in a sentence: token span, code (``None`` when the name has no resolvable code)."""

    sentence: int
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # char offsets
    end: int
    code: str | None
    country: str | None
    name: str | None
    text: str
    kind: str  # country, person, role, org, media, seat, pronoun ...
    person: bool = False
    is_location: bool = False  # preceded by a locative preposition: a place, not an actor
    spells: tuple = ()  # a person's dated roles (knowledge-base entries), to code them on the event's date
    role: str | None = None  # the role code of a bare role word that took the article's focus country

    @property
    def key(self) -> tuple[str | None, str | None]:
        return (self.code, self.name)


@dataclass
class Predicate:
    """An event predicate with the actors the argument finder gave it."""

    sentence: int
    first: int
    last: int
    code: str
    rule: str
    voice: str
    pos: str
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    factuality: str = "asserted"
    factuality_fixed: bool = False  # set by the rule that made it (an accusation is asserted)
    reported_by: ActorMention | None = None
    claimed_by_source: bool = False  # a verbal act quoting its own words: each source claims its event
    date: str | None = None
    date_explicit: bool = False  # from a time expression of its sentence, not the publication date
    symmetric_pair: bool = False


@dataclass
class QuoteSpan:
    start: int
    end: int
    sentence: int
    speaker: ActorMention | None
    cue: str
    direct: bool


@dataclass
class Claim:
    """A reporting frame: the stretch of text (character offsets) whose events someone is said to claim.

    ``speaker`` is who the article says the claim comes from; ``None`` for an unnamed source ("dilaporkan",
    "a source said"), which leaves the events in the article's voice. A relay ("dikutip dari Anadolu",
    "quoting Reuters") names its outlet as the source only where nobody else in the sentence is one."""

    start: int
    end: int
    sentence: int
    speaker: ActorMention | None
    cue: str
    cue_start: int  # where the cue word (or the quote's cue) is
    relay: bool = False

    def covers(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass
class Doc:
    article: Article
    published: dt.date | None
    language: str
    text: str
    title: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    actors: dict[int, list[ActorMention]] = field(default_factory=dict)  # by sentence
    atoms: dict[int, list] = field(default_factory=dict)  # sentence → knowledge-base matches (actors.Atom)
    predicates: list[Predicate] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # reporting frames and quotes, with their speakers
    excluded: set[int] = field(default_factory=set)  # id() of mentions that only attribute ("menurut X")
    time_expressions: dict[int, list] = field(default_factory=dict)  # sentence → TimeExpression list
    parses: dict[int, object] = field(default_factory=dict)  # sentence → warta.models.ParsedSentence
    locations: dict[int, Location] = field(default_factory=dict)  # id(predicate) → where it happened
    violence: list[tuple[int, list[ActorMention]]] = field(default_factory=list)  # (sentence, doers)
    warnings: list[str] = field(default_factory=list)
    aliases: dict[str, ActorMention] = field(default_factory=dict)  # article-local names → actor
    alias_first: dict[str, int] = field(default_factory=dict)  # first word of an alias → its longest
    focus_country: str | None = None  # the country the article is about
    #: (sentence, token) → the role words a country listed after them takes ("the ambassadors of X and Y")
    pending_roles: dict[tuple[int, int], list[ActorEntry]] = field(default_factory=dict)
    country_counts: dict[str, float] = field(default_factory=dict)  # country → mentions in the article

    def claim_at(self, offset: int) -> Claim | None:
        """The innermost reporting frame or quote stating the text at ``offset`` (a relay only where no
        one else claims it)."""
        found = [c for c in self.claims if c.covers(offset)]
        own = [c for c in found if not c.relay] or found
        return min(own, key=lambda c: c.end - c.start) if own else None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]
