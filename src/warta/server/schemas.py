"""The JSON shapes of the API (pydantic models): they document the API in OpenAPI and check every response."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .limits import MAX_EXTRACT_CHARS

Factuality = Literal["asserted", "negated", "future", "hypothetical"]
Interval = Literal["day", "week", "month", "year"]
LINK_SCHEMES = frozenset({"http", "https"})
OFFSET_UNIT = ("in Unicode code points (Python str indexes) into the article text, not UTF-16 units: in "
               "JavaScript convert with the text's code points, e.g. Array.from(text).slice(0, n).join('').length "
               "(see docs/output.md)")


def link_url(value: object) -> str | None:
    """``value`` if it is an absolute http(s) URL with a host and no control character, else None: a stored
    URL may be anything a source gave (``javascript:``, ``data:``, a relative path), and a client renders
    this field as a link."""
    if not isinstance(value, str) or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    return value if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None


LinkUrl = Annotated[str | None, BeforeValidator(link_url), Field(
    description="the article's URL, only when it is an absolute http or https URL (else null, whatever is "
                "stored): safe to render as a link")]


class ErrorDetail(BaseModel):
    loc: str = Field(description="where the problem is, e.g. query.limit")
    message: str


class ErrorInfo(BaseModel):
    status: int = Field(description="the HTTP status")
    code: str = Field(description="a stable code: W0xx from the error catalogue, or not_found, bad_request ...")
    message: str = Field(description="one line for a person")
    details: list[ErrorDetail] = []


class ErrorResponse(BaseModel):
    """The one error shape of every error the API returns."""

    error: ErrorInfo


class EventRow(BaseModel):
    """A coded event (one report) as listed."""

    model_config = ConfigDict(extra="allow")
    event_id: str
    gid: int
    day: str | None
    date: str | None
    code: str
    code_name: str | None = None
    root_code: str
    quad_class: int
    goldstein: float
    source_code: str | None
    source_country: str | None
    source_name: str | None
    source_text: str | None
    target_code: str | None
    target_country: str | None
    target_name: str | None
    target_text: str | None
    factuality: str
    reported_by_code: str | None
    reported_by_name: str | None
    location_name: str | None
    location_country: str | None
    location_lat: float | None
    location_lon: float | None
    rule: str
    n_mentions: int
    article_hash: str
    article_id: str
    title: str | None
    language: str | None
    published: str | None
    url: LinkUrl
    outlet: str | None
    evidence: str | None = Field(None, description="the first sentence that states the event")


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[EventRow]


class MentionOut(BaseModel):
    mention_no: int
    sentence: int
    start_char: int = Field(description="where the mention starts, " + OFFSET_UNIT)
    end_char: int = Field(description="where it ends (exclusive), " + OFFSET_UNIT)
    text: str


class Span(BaseModel):
    """A stretch of the article text to highlight; ``start``/``end`` count code points, not UTF-16 units."""

    kind: Literal["mention", "source", "target", "predicate", "quote"]
    start: int = Field(description="where the span starts, " + OFFSET_UNIT)
    end: int = Field(description="where it ends (exclusive), " + OFFSET_UNIT)


class QuoteOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    seq: int
    speaker_code: str | None
    speaker_name: str | None
    speaker_text: str | None
    text: str
    start_char: int = Field(description="where the quote starts, " + OFFSET_UNIT)
    end_char: int = Field(description="where it ends (exclusive), " + OFFSET_UNIT)
    cue: str
    direct: bool


class EventDetail(BaseModel):
    """One coded event with its mentions, the evidence spans to highlight and its article's text."""

    model_config = ConfigDict(extra="allow")
    event_id: str
    code: str
    code_name: str | None = None
    root_code: str
    root_name: str | None = None
    quad_class: int
    quad_class_name: str | None = None
    goldstein: float
    factuality: str
    rule: str
    mentions: list[MentionOut]
    spans: list[Span]
    quotes: list[QuoteOut]
    article_hash: str
    article_id: str
    article_text: str
    url: LinkUrl = None
    language: str | None = None


class ArticleRow(BaseModel):
    article_hash: str
    article_id: str
    source: str
    language: str | None
    published: str | None
    url: LinkUrl
    title: str | None
    outlet: str | None
    n_events: int
    n_quotes: int


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    articles: list[ArticleRow]


class ArticleDetail(ArticleRow):
    warnings: list[str] | None
    text: str
    events: list[EventRow]
    quotes: list[QuoteOut]


class ActorRow(BaseModel):
    code: str
    name: str | None
    country: str | None
    as_source: int
    as_target: int
    events: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[ActorRow]


class DyadPoint(BaseModel):
    period: str
    events: int
    goldstein_sum: float | None
    goldstein_mean: float | None
    quad1: int
    quad2: int
    quad3: int
    quad4: int


class DyadSeries(BaseModel):
    source: str
    target: str
    interval: Interval
    both_directions: bool
    series: list[DyadPoint]


class TimelinePoint(BaseModel):
    period: str
    quad_class: int
    events: int
    goldstein_mean: float | None


class Timeline(BaseModel):
    interval: Interval
    series: list[TimelinePoint]


class NetworkEdge(BaseModel):
    source: str
    target: str
    source_name: str | None
    target_name: str | None
    events: int
    goldstein_mean: float | None
    quad1: int
    quad2: int
    quad3: int
    quad4: int


class Network(BaseModel):
    edges: list[NetworkEdge]


class Place(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int
    goldstein_mean: float | None
    quad1: int
    quad2: int
    quad3: int
    quad4: int


class Places(BaseModel):
    places: list[Place]


class CodeName(BaseModel):
    code: str
    name: str
    quad_class: int


class Summary(BaseModel):
    articles: int
    events: int
    mentions: int
    quotes: int
    rejects: int
    first_day: str | None
    last_day: str | None
    languages: list[str]
    factualities: list[str]
    countries: list[str]
    roots: list[CodeName] = Field(description="every CAMEO root with its name")
    quad_classes: dict[str, str]
    max_extract_chars: int


class ExtractRequest(BaseModel):
    """Text to code with the server's pipeline."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description=f"the article text: at most {MAX_EXTRACT_CHARS:,} characters "
                                                "(Unicode code points)")
    language: Literal["id", "en", "ms"] | None = Field(None, description="identified when absent")
    published: dt.date | None = Field(None, description="publication date, to resolve relative dates")
    title: str | None = Field(None, max_length=1000)


class ExtractedEvent(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    code: str
    code_name: str | None = None
    quad_class: int
    goldstein: float
    factuality: str
    rule: str
    spans: list[Span]
    mentions: list[dict[str, Any]] = Field(description="as `warta extract` writes them: sentence, text, and "
                                                       "start/end " + OFFSET_UNIT)


class ExtractResponse(BaseModel):
    """The events of the posted text as ``warta extract`` gives them, each with its evidence spans."""

    model_config = ConfigDict(extra="allow")
    article: dict[str, Any]
    events: list[ExtractedEvent]
    quotes: list[dict[str, Any]]
