"""Read-only queries over a warta database, shaped for an HTTP API: plain dicts and lists out.

Every function takes an open connection (``warta.store.connect(path, read_only=True)``) and returns JSON-ready
values (dates as ``YYYY-MM-DD`` strings). Filters are optional keyword arguments; ``None`` means "any".
"""

from __future__ import annotations

import datetime as dt
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


def _filters(start: str | None, end: str | None, actor: str | None, source: str | None, target: str | None,
             root: str | None, code: str | None, factuality: str | None) -> tuple[str, list[Any]]:
    where, params = [], []
    if start:
        where.append("day >= ?::DATE")
        params.append(start)
    if end:
        where.append("day <= ?::DATE")
        params.append(end)
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
