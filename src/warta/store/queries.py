"""Read-only queries over a warta database, shaped for an HTTP API: plain dicts and lists out.

Every function takes an open connection (``warta.store.connect(path, read_only=True)``) and returns JSON-ready
values (dates as ``YYYY-MM-DD`` strings). Filters are optional keyword arguments; ``None`` means "any".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import StoreError
from .merge import DEFAULT_WINDOW_DAYS, clustered_events_sql, merged_events_sql

EVENT_FIELDS = ("event_id", "gid", "cluster_id", "article_id", "url", "published", "day", "date", "code",
                "root_code", "quad_class", "goldstein", "source_code", "source_name", "source_text",
                "target_code", "target_name", "target_text", "factuality", "reported_by_code", "rule",
                "n_mentions")
INTERVALS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [{n: _json(v) for n, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def _date_range(column: str, start: str | None, end: str | None) -> tuple[list[str], list[Any]]:
    """WHERE clauses (parameterised) for an inclusive date range on ``column``."""
    where, params = [], []
    if start:
        where.append(f"{column} >= ?::DATE")
        params.append(start)
    if end:
        where.append(f"{column} <= ?::DATE")
        params.append(end)
    return where, params


def _filters(start: str | None, end: str | None, actor: str | None, source: str | None, target: str | None,
             root: str | None, code: str | None, factuality: str | None) -> tuple[str, list[Any]]:
    where, params = _date_range("day", start, end)
    if actor:
        where.append("(source_code LIKE ? OR target_code LIKE ?)")
        params += [actor + "%", actor + "%"]
    for column, value in (("source_code", source), ("target_code", target)):
        if value:
            where.append(f"{column} LIKE ?")
            params.append(value + "%")
    for column, value in (("root_code", root), ("code", code), ("factuality", factuality)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def list_events(con: duckdb.DuckDBPyConnection, *, start: str | None = None, end: str | None = None,
                actor: str | None = None, source: str | None = None, target: str | None = None,
                root: str | None = None, code: str | None = None, factuality: str | None = None,
                limit: int = 100, offset: int = 0, window_days: int = DEFAULT_WINDOW_DAYS) -> dict[str, Any]:
    """Coded events (one per report) matching the filters, newest first: ``{"total": n, "events": [...]}``.
    Actor filters match code prefixes (``IDN`` matches ``IDNGOV``)."""
    where, params = _filters(start, end, actor, source, target, root, code, factuality)
    base = f"SELECT * FROM ({clustered_events_sql(window_days)}) AS c{where}"
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    cur = con.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM ({base}) ORDER BY day DESC NULLS LAST, gid "
                      "LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return {"total": total, "events": _rows(cur)}


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """One coded event with its mentions and its article (title, url, text)."""
    cur = con.execute("SELECT e.*, a.article_id, a.url, a.title, a.published, a.outlet, a.text AS article_text "
                      "FROM events e JOIN articles a USING (article_hash) WHERE e.event_id = ?", [event_id])
    rows = _rows(cur)
    if not rows:
        raise StoreError(f"no event {event_id!r}")
    event = rows[0]
    event["mentions"] = _rows(con.execute(
        "SELECT mention_no, sentence, start_char, end_char, text FROM mentions WHERE event_id = ? "
        "ORDER BY mention_no", [event_id]))
    return event


def merged_events(con: duckdb.DuckDBPyConnection, *, start: str | None = None, end: str | None = None,
                  actor: str | None = None, source: str | None = None, target: str | None = None,
                  root: str | None = None, code: str | None = None, factuality: str | None = None,
                  limit: int = 100, offset: int = 0, window_days: int = DEFAULT_WINDOW_DAYS,
                  one_a_day: bool = False) -> dict[str, Any]:
    """Merged events (one per real-world event, with num_mentions/sources/articles)."""
    where, params = _filters(start, end, actor, source, target, root, code, factuality)
    base = f"SELECT * FROM ({merged_events_sql(window_days, one_a_day)}) AS m{where}"
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    cur = con.execute(f"SELECT * FROM ({base}) ORDER BY day DESC NULLS LAST, cluster_id LIMIT ? OFFSET ?",
                      [*params, int(limit), int(offset)])
    return {"total": total, "events": _rows(cur)}


def cluster_reports(con: duckdb.DuckDBPyConnection, cluster_id: int,
                    window_days: int = DEFAULT_WINDOW_DAYS) -> list[dict[str, Any]]:
    """The coded events (reports) merged into one event."""
    cur = con.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM ({clustered_events_sql(window_days)}) "
                      "WHERE cluster_id = ? ORDER BY day NULLS LAST, gid", [int(cluster_id)])
    return _rows(cur)


def dyad_series(con: duckdb.DuckDBPyConnection, source: str, target: str, *, interval: str = "month",
                start: str | None = None, end: str | None = None, both_directions: bool = False,
                ) -> list[dict[str, Any]]:
    """Events between two actors (code prefixes) per interval: count, goldstein sum and mean, counts per
    QuadClass. ``both_directions`` also counts target → source."""
    if interval not in INTERVALS:
        raise StoreError(f"unknown interval {interval!r} (one of: {', '.join(INTERVALS)})")
    pair = "(source_code LIKE ? AND target_code LIKE ?)"
    params: list[Any] = [source + "%", target + "%"]
    if both_directions:
        pair = f"({pair} OR (source_code LIKE ? AND target_code LIKE ?))"
        params += [target + "%", source + "%"]
    where = [pair, "day IS NOT NULL"]
    if start:
        where.append("day >= ?::DATE")
        params.append(start)
    if end:
        where.append("day <= ?::DATE")
        params.append(end)
    cur = con.execute(
        f"SELECT date_trunc('{INTERVALS[interval]}', day)::DATE AS period, count(*) AS events, "
        "sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean, "
        + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f" FROM events WHERE {' AND '.join(where)} GROUP BY period ORDER BY period", params)
    return _rows(cur)


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Row counts and the date range of the database."""
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "mentions", "quotes", "rejects")}
    first, last = con.execute("SELECT min(day), max(day) FROM events").fetchone()
    return {**counts, "first_day": _json(first), "last_day": _json(last)}


# --- Queries for the dashboard: events with every filter, timeline, network, places, actors, articles ---

EVENT_SORTS = {"day": "e.day", "goldstein": "e.goldstein", "code": "e.code", "source": "e.source_code",
               "target": "e.target_code", "mentions": "e.n_mentions", "quad_class": "e.quad_class"}

_LIST_FIELDS = ("e.event_id", "e.gid", "e.day", "e.date", "e.code", "e.root_code", "e.quad_class", "e.goldstein",
                "e.source_code", "e.source_country", "e.source_name", "e.source_text",
                "e.target_code", "e.target_country", "e.target_name", "e.target_text", "e.factuality",
                "e.reported_by_code", "e.reported_by_name", "e.location_name", "e.location_country",
                "e.location_lat", "e.location_lon", "e.rule", "e.n_mentions", "e.article_hash", "a.article_id",
                "a.title", "a.language", "a.published", "a.url", "a.outlet")


@dataclass(frozen=True)
class EventQuery:
    """Filters over coded events; ``None`` means "any". Actor filters match code prefixes (``IDN`` matches
    ``IDNGOV``), ``country`` either side's country, ``text`` (case-insensitive substring) the evidence
    sentences, the actors' names and texts and the article title."""

    start: str | None = None
    end: str | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    factuality: str | None = None
    language: str | None = None
    location: str | None = None
    text: str | None = None
    exact: bool = False  # actor, source and target name whole codes, not prefixes
    both: bool = False  # source and target match in either direction (a dyad both ways)
    dyadic: bool = False  # only events with both a source and a target code (the network's events)

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition over ``events e JOIN articles a`` and its parameters (never interpolated)."""
        where: list[str] = []
        params: list[Any] = []
        if self.start:
            where.append("e.day >= ?::DATE")
            params.append(self.start)
        if self.end:
            where.append("e.day <= ?::DATE")
            params.append(self.end)
        def code(column: str) -> str:
            return f"{column} = ?" if self.exact else f"starts_with({column}, ?)"

        if self.actor:
            where.append(f"({code('e.source_code')} OR {code('e.target_code')})")
            params += [self.actor, self.actor]
        if self.source and self.target and self.both:
            where.append(f"(({code('e.source_code')} AND {code('e.target_code')}) OR "
                         f"({code('e.source_code')} AND {code('e.target_code')}))")
            params += [self.source, self.target, self.target, self.source]
        else:
            for column, value in (("e.source_code", self.source), ("e.target_code", self.target)):
                if value:
                    where.append(code(column))
                    params.append(value)
        if self.dyadic:
            where.append("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
        if self.country:
            where.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country, self.country]
        for column, value in (("e.code", self.code), ("e.root_code", self.root), ("e.quad_class", self.quad_class),
                              ("e.factuality", self.factuality), ("a.language", self.language),
                              ("e.location_name", self.location)):
            if value is not None and value != "":
                where.append(f"{column} = ?")
                params.append(value)
        if self.text:
            pattern = "%" + _escape_like(self.text) + "%"
            where.append("(EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id "
                         "AND m.text ILIKE ? ESCAPE '\\') OR e.source_name ILIKE ? ESCAPE '\\' "
                         "OR e.source_text ILIKE ? ESCAPE '\\' OR e.target_name ILIKE ? ESCAPE '\\' "
                         "OR e.target_text ILIKE ? ESCAPE '\\' OR a.title ILIKE ? ESCAPE '\\')")
            params += [pattern] * 6
        return (" WHERE " + " AND ".join(where)) if where else "", params


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_FROM = " FROM events e JOIN articles a USING (article_hash)"


def search_events(con: duckdb.DuckDBPyConnection, query: EventQuery, *, sort: str = "day",
                  descending: bool = True, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Coded events matching ``query``, sorted (``EVENT_SORTS``; ties by ``gid``), one page of them with the
    first evidence sentence of each: ``{"total": n, "events": [...]}``."""
    if sort not in EVENT_SORTS:
        raise StoreError(f"unknown sort {sort!r} (one of: {', '.join(EVENT_SORTS)})")
    where, params = query.where()
    total = con.execute("SELECT count(*)" + _FROM + where, params).fetchone()[0]
    order = f"{EVENT_SORTS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, e.gid"
    cur = con.execute(
        f"SELECT {', '.join(_LIST_FIELDS)}, (SELECT m.text FROM mentions m WHERE m.event_id = e.event_id "
        f"ORDER BY m.mention_no LIMIT 1) AS evidence{_FROM}{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)])
    return {"total": total, "events": _rows(cur)}


def event_timeline(con: duckdb.DuckDBPyConnection, query: EventQuery, *, interval: str = "month",
                   ) -> list[dict[str, Any]]:
    """Events matching ``query`` per period and QuadClass: ``period``, ``quad_class``, ``events``,
    ``goldstein_mean``."""
    if interval not in INTERVALS:
        raise StoreError(f"unknown interval {interval!r} (one of: {', '.join(INTERVALS)})")
    where, params = query.where()
    where = (where + " AND " if where else " WHERE ") + "e.day IS NOT NULL"
    cur = con.execute(
        f"SELECT date_trunc('{INTERVALS[interval]}', e.day)::DATE AS period, e.quad_class, count(*) AS events, "
        f"avg(e.goldstein) AS goldstein_mean{_FROM}{where} GROUP BY ALL ORDER BY period, e.quad_class", params)
    return _rows(cur)


def actor_network(con: duckdb.DuckDBPyConnection, query: EventQuery, *, limit: int = 200,
                  ) -> list[dict[str, Any]]:
    """Who acts on whom: one edge per (source code, target code) with ``events``, ``goldstein_mean`` and
    counts per QuadClass, the heaviest ``limit`` edges."""
    where, params = query.where()
    where = (where + " AND " if where else " WHERE ") + "e.source_code IS NOT NULL AND e.target_code IS NOT NULL"
    cur = con.execute(
        "SELECT e.source_code AS source, e.target_code AS target, any_value(e.source_name) AS source_name, "
        "any_value(e.target_name) AS target_name, count(*) AS events, avg(e.goldstein) AS goldstein_mean, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f"{_FROM}{where} GROUP BY e.source_code, e.target_code ORDER BY events DESC, source, target LIMIT ?",
        [*params, int(limit)])
    return _rows(cur)


def event_places(con: duckdb.DuckDBPyConnection, query: EventQuery, *, limit: int = 1000,
                 ) -> list[dict[str, Any]]:
    """Located events matching ``query`` per place: ``name``, ``country``, ``lat``, ``lon``, ``events``,
    ``goldstein_mean`` and counts per QuadClass."""
    where, params = query.where()
    where = (where + " AND " if where else " WHERE ") + "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL"
    cur = con.execute(
        "SELECT e.location_name AS name, any_value(e.location_country) AS country, "
        "avg(e.location_lat) AS lat, avg(e.location_lon) AS lon, count(*) AS events, "
        "avg(e.goldstein) AS goldstein_mean, "
        + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
        + f"{_FROM}{where} GROUP BY e.location_name ORDER BY events DESC, name LIMIT ?", [*params, int(limit)])
    return _rows(cur)


def list_actors(con: duckdb.DuckDBPyConnection, *, text: str | None = None, limit: int = 100,
                offset: int = 0) -> dict[str, Any]:
    """Actor codes with their most frequent name, country and event counts (as source, as target, all),
    busiest first; ``text`` matches code or name (case-insensitive substring)."""
    cond, params = "", []
    if text:
        cond = " WHERE code ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\'"
        params = ["%" + _escape_like(text) + "%"] * 2
    base = ("WITH sides AS (SELECT source_code AS code, source_name AS name, source_country AS country, "
            "1 AS src, 0 AS tgt FROM events WHERE source_code IS NOT NULL UNION ALL "
            "SELECT target_code, target_name, target_country, 0, 1 FROM events WHERE target_code IS NOT NULL), "
            "actors AS (SELECT code, mode(name) AS name, mode(country) AS country, sum(src)::BIGINT AS as_source, "
            "sum(tgt)::BIGINT AS as_target, count(*)::BIGINT AS events FROM sides GROUP BY code) "
            f"SELECT * FROM actors{cond}")
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    cur = con.execute(f"{base} ORDER BY events DESC, code LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return {"total": total, "actors": _rows(cur)}


_ARTICLE_FIELDS = ("article_hash", "article_id", "source", "language", "published", "url", "title", "outlet",
                   "n_events", "n_quotes")


def list_articles(con: duckdb.DuckDBPyConnection, *, start: str | None = None, end: str | None = None,
                  language: str | None = None, text: str | None = None, limit: int = 100,
                  offset: int = 0) -> dict[str, Any]:
    """Stored articles (without their text), newest first; ``text`` matches title or text."""
    where, params = _date_range("published", start, end)
    if language:
        where.append("language = ?")
        params.append(language)
    if text:
        where.append("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
        params += ["%" + _escape_like(text) + "%"] * 2
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM articles{cond}", params).fetchone()[0]
    cur = con.execute(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles{cond} "
                      "ORDER BY published DESC NULLS LAST, article_hash LIMIT ? OFFSET ?",
                      [*params, int(limit), int(offset)])
    return {"total": total, "articles": _rows(cur)}


def get_article(con: duckdb.DuckDBPyConnection, article_hash: str) -> dict[str, Any]:
    """One article with its text, its events (in article order) and its quotes."""
    rows = _rows(con.execute(f"SELECT {', '.join(_ARTICLE_FIELDS)}, warnings, text FROM articles "
                             "WHERE article_hash = ?", [article_hash]))
    if not rows:
        raise StoreError(f"no article {article_hash!r}")
    article = rows[0]
    article["events"] = _rows(con.execute(
        f"SELECT {', '.join(_LIST_FIELDS)}{_FROM} WHERE e.article_hash = ? ORDER BY e.seq", [article_hash]))
    article["quotes"] = article_quotes(con, article_hash)
    return article


def article_quotes(con: duckdb.DuckDBPyConnection, article_hash: str) -> list[dict[str, Any]]:
    """The quotes of one article with their speakers and offsets, in article order."""
    return _rows(con.execute(
        "SELECT seq, speaker_code, speaker_name, speaker_text, text, start_char, end_char, cue, direct "
        "FROM quotes WHERE article_hash = ? ORDER BY seq", [article_hash]))


def facets(con: duckdb.DuckDBPyConnection) -> dict[str, list[Any]]:
    """The values present in the database for the dashboard's filter menus."""
    def column(sql: str) -> list[Any]:
        return [_json(r[0]) for r in con.execute(sql).fetchall()]

    return {"languages": column("SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1"),
            "factualities": column("SELECT DISTINCT factuality FROM events ORDER BY 1"),
            "roots": column("SELECT DISTINCT root_code FROM events ORDER BY 1"),
            "countries": column("SELECT DISTINCT c FROM (SELECT source_country AS c FROM events UNION "
                                "SELECT target_country FROM events) WHERE c IS NOT NULL ORDER BY 1")}
