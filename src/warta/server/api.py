"""The JSON API under ``/api``: events (filtered, sorted, paged), one event with its evidence, articles,
actors, dyad series, timeline, network, places, and coding posted text.

Every handler reads through its own cursor on the application's read-only DuckDB connection, and every
value from a request reaches SQL as a parameter (``warta.store.queries``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from .. import codebook
from ..errors import EmptyInputError, StoreError, UnknownCodeError
from ..pipeline.pipeline import detect_language, load_pipeline
from ..records import Article
from ..store import queries
from . import schemas
from .evidence import event_spans
from .limits import MAX_BODY, MAX_EXTRACT_CHARS

router = APIRouter(prefix="/api")

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
_EXTRACT_LOCK = threading.Lock()  # one article at a time: the pipeline is CPU-bound and shared

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": schemas.ErrorResponse, "description": text}
    for code, text in ((404, "not found"), (422, "invalid parameters"))}


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of its own for this request (DuckDB connections are not shared between threads)."""
    cur = request.app.state.db.cursor()
    try:
        yield cur
    finally:
        cur.close()


DB = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
ActorCode = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,24}$",
                                        description="actor code prefix (IDN matches IDNGOV)")]
DateParam = Annotated[dt.date | None, Query(description="YYYY-MM-DD (inclusive)")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Text = Annotated[str | None, Query(max_length=200, description="case-insensitive substring")]


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def event_query(start: DateParam = None, end: DateParam = None, actor: ActorCode = None,
                source: ActorCode = None, target: ActorCode = None,
                country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$",
                                                     description="either side's country (ISO3/CAMEO)")] = None,
                code: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code")] = None,
                root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root, 01-20")] = None,
                quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
                factuality: schemas.Factuality | None = None,
                language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
                location: Annotated[str | None, Query(max_length=200, description="place name")] = None,
                q: Text = None,
                exact: Annotated[bool, Query(description="actor, source and target are whole codes")] = False,
                both: Annotated[bool, Query(description="source and target in either direction")] = False,
                dyadic: Annotated[bool, Query(description="only events with a source and a target")] = False,
                ) -> queries.EventQuery:
    """The event filters shared by the list, timeline, network and map endpoints."""
    return queries.EventQuery(start=_iso(start), end=_iso(end), actor=_upper(actor), source=_upper(source),
                              target=_upper(target), country=_upper(country), code=code, root=root,
                              quad_class=quad_class, factuality=factuality, language=language,
                              location=location, text=q, exact=exact, both=both, dyadic=dyadic)


Filters = Annotated[queries.EventQuery, Depends(event_query)]


def code_name(code: str) -> str | None:
    try:
        return codebook.event_code(code).name_en
    except UnknownCodeError:
        return None


def _named(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["code_name"] = code_name(row["code"])
    return rows


@router.get("/summary", response_model=schemas.Summary, tags=["database"])
def summary(request: Request, db: DB) -> dict[str, Any]:
    """Row counts, the date range, the values present for each filter, and the CAMEO root names."""
    roots = [{"code": e.code, "name": e.name_en, "quad_class": e.quad_class} for e in codebook.root_codes()]
    found = queries.facets(db)
    return {**queries.summary(db), **{k: v for k, v in found.items() if k != "roots"}, "roots": roots,
            "quad_classes": {str(k): v for k, v in codebook.QUAD_CLASS_NAMES.items()},
            "max_extract_chars": request.app.state.max_extract_chars}


@router.get("/events", response_model=schemas.EventPage, responses=ERRORS, tags=["events"])
def events(db: DB, filters: Filters,
           sort: Literal["day", "goldstein", "code", "source", "target", "mentions", "quad_class"] = "day",
           order: Literal["asc", "desc"] = "desc", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Coded events (one per report) matching the filters, one page at a time, each with its first
    evidence sentence."""
    page = queries.search_events(db, filters, sort=sort, descending=order == "desc", limit=limit, offset=offset)
    return {"total": page["total"], "limit": limit, "offset": offset, "events": _named(page["events"])}


@router.get("/events/{event_id}", response_model=schemas.EventDetail, responses=ERRORS, tags=["events"])
def event(db: DB, event_id: Annotated[str, Path(pattern=r"^[0-9a-f]{16}-\d{1,6}$",
                                                description="as listed: 16 hex digits, '-', a number")]
          ) -> dict[str, Any]:
    """One coded event with all its mentions, its article's text, the quotes of the article and the spans
    to highlight (mentions, and inside them source, target, predicate and quotes)."""
    try:
        found = queries.get_event(db, event_id)
    except StoreError:
        raise HTTPException(404, f"no event {event_id}") from None
    found["language"] = db.execute("SELECT language FROM articles WHERE article_hash = ?",
                                   [found["article_hash"]]).fetchone()[0]
    quotes = queries.article_quotes(db, found["article_hash"])
    found["quotes"] = quotes
    found["spans"] = event_spans(
        found["article_text"], [(m["start_char"], m["end_char"]) for m in found["mentions"]],
        source_text=found.get("source_text"), target_text=found.get("target_text"), rule=found["rule"],
        language=found["language"], quotes=[(q["start_char"], q["end_char"]) for q in quotes])
    found["code_name"] = code_name(found["code"])
    found["root_name"] = code_name(found["root_code"])
    found["quad_class_name"] = codebook.QUAD_CLASS_NAMES.get(found["quad_class"])
    return found


@router.get("/articles", response_model=schemas.ArticlePage, responses=ERRORS, tags=["articles"])
def articles(db: DB, start: DateParam = None, end: DateParam = None,
             language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None, q: Text = None,
             limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stored articles (without text), newest first; ``q`` searches title and text."""
    page = queries.list_articles(db, start=_iso(start), end=_iso(end), language=language, text=q,
                                 limit=limit, offset=offset)
    return {"total": page["total"], "limit": limit, "offset": offset, "articles": page["articles"]}


@router.get("/articles/{article_hash}", response_model=schemas.ArticleDetail, responses=ERRORS,
            tags=["articles"])
def article(db: DB, article_hash: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$",
                                                      description="sha256 of the text")]) -> dict[str, Any]:
    """One article with its text, its events and its quotes."""
    try:
        found = queries.get_article(db, article_hash)
    except StoreError:
        raise HTTPException(404, f"no article {article_hash}") from None
    _named(found["events"])
    return found


@router.get("/actors", response_model=schemas.ActorPage, responses=ERRORS, tags=["actors"])
def actors(db: DB, q: Text = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Actor codes with their name, country and event counts (as source, as target), busiest first."""
    page = queries.list_actors(db, text=q, limit=limit, offset=offset)
    return {"total": page["total"], "limit": limit, "offset": offset, "actors": page["actors"]}


@router.get("/dyad", response_model=schemas.DyadSeries, responses=ERRORS, tags=["series"])
def dyad(db: DB, source: Annotated[str, Query(pattern=r"^[A-Za-z0-9]{1,24}$")],
         target: Annotated[str, Query(pattern=r"^[A-Za-z0-9]{1,24}$")],
         interval: schemas.Interval = "month", start: DateParam = None, end: DateParam = None,
         both: Annotated[bool, Query(description="also count target → source")] = False) -> dict[str, Any]:
    """Events from ``source`` to ``target`` (code prefixes) per day, week, month or year: counts per
    QuadClass, Goldstein sum and mean."""
    series = queries.dyad_series(db, source.upper(), target.upper(), interval=interval, start=_iso(start),
                                 end=_iso(end), both_directions=both)
    return {"source": source.upper(), "target": target.upper(), "interval": interval, "both_directions": both,
            "series": series}


@router.get("/timeline", response_model=schemas.Timeline, responses=ERRORS, tags=["series"])
def timeline(db: DB, filters: Filters, interval: schemas.Interval = "month") -> dict[str, Any]:
    """Events matching the filters per period and QuadClass."""
    return {"interval": interval, "series": queries.event_timeline(db, filters, interval=interval)}


@router.get("/network", response_model=schemas.Network, responses=ERRORS, tags=["series"])
def network(db: DB, filters: Filters, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
    """Who acts on whom: weighted directed edges between actor codes, heaviest first."""
    return {"edges": queries.actor_network(db, filters, limit=limit)}


@router.get("/places", response_model=schemas.Places, responses=ERRORS, tags=["series"])
def places(db: DB, filters: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    """Located events per place, for the map."""
    return {"places": queries.event_places(db, filters, limit=limit)}


EXTRACT_LIMITS = (
    f"**Limit**: at most {MAX_EXTRACT_CHARS:,} characters of `text` (Unicode code points, however the JSON "
    f"encodes them: raw UTF-8 or `\\u` escapes); more gets 413. The request body on the wire is capped at "
    f"{MAX_BODY:,} bytes, room for any encoding of the longest accepted text (a `\\u`-escaped character "
    f"outside the BMP takes 12 bytes); a larger body, chunked or not, gets 413 before it is parsed.")


@router.post("/extract", response_model=schemas.ExtractResponse,
             responses={**ERRORS, 413: {"model": schemas.ErrorResponse,
                                        "description": "text or request body too large"}},
             tags=["extract"], description=(
                 "Code posted text with the server's pipeline (nothing is stored). The events come as "
                 "`warta extract` writes them, each with `code_name` and its evidence `spans` (offsets in "
                 "code points into `text`).\n\n" + EXTRACT_LIMITS))
def extract(request: Request, body: schemas.ExtractRequest) -> dict[str, Any]:
    """Code posted text with the server's pipeline; the limits are in ``EXTRACT_LIMITS``."""
    limit = request.app.state.max_extract_chars
    if len(body.text) > limit:
        raise HTTPException(413, f"the text has {len(body.text):,} characters; at most {limit:,} are accepted")
    if not body.text.strip():
        raise EmptyInputError("the text is empty")
    language = body.language or detect_language(body.text)
    if language == "und":
        raise HTTPException(422, "cannot identify the language of the text: choose one")
    with _EXTRACT_LOCK:
        result = load_pipeline(language)(Article(
            id="posted", text=body.text, language=language,
            published=body.published.isoformat() if body.published else None, title=body.title))
    out = result.to_dict(include_text=True)
    quotes = [(q.start, q.end) for q in result.quotes]
    for data, ev in zip(out["events"], result.events, strict=True):
        data["code_name"] = code_name(ev.code)
        data["spans"] = event_spans(
            body.text, [(m.start, m.end) for m in ev.mentions], source_text=ev.source.text if ev.source else None,
            target_text=ev.target.text if ev.target else None, rule=ev.rule, language=language, quotes=quotes)
    return out
