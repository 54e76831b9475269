"""Cross-article merging: the same event reported by many articles becomes one event with many mentions.

Two coded events are the same event when they have the same source actor code, target actor code, CAMEO
root code and factuality, and their days (``events.day``) are at most ``window_days`` apart; the relation
is chained (single linkage over days in order), so a story reported on the 1st, 2nd and 3rd with a window
of 1 day is one event. Events without a day are never merged. The merged event takes its code, actors,
place and SOURCEURL from its first report (earliest day, then lowest ``gid``) and its ``gid`` as
GLOBALEVENTID; it counts GDELT's NumMentions (all mentions), NumArticles (distinct articles) and NumSources
(distinct outlets: ``outlet``, else the URL's host, else the article).

The optional *one-a-day* filter (the classic filter of event-data users) then keeps one merged event per
(day, source, target, event code).

Everything is SQL over the stored tables, recomputed on each query: merging needs no state and cannot go
stale after an ingest.
"""

from __future__ import annotations

DEFAULT_WINDOW_DAYS = 1

_KEY = "k_src, k_tgt, root_code, factuality"


def clustered_events_sql(window_days: int = DEFAULT_WINDOW_DAYS) -> str:
    """Every stored event with ``cluster_id`` (the GLOBALEVENTID of its merged event) and its article."""
    window = int(window_days)
    return f"""
    WITH e AS (
        SELECT ev.*, a.article_id, a.url, a.outlet, a.published, a.added, a.title,
               coalesce(ev.source_code, '') AS k_src, coalesce(ev.target_code, '') AS k_tgt,
               coalesce(a.outlet, regexp_extract(a.url, '^[a-zA-Z]+://([^/:]+)', 1), a.article_hash)
                   AS source_key
        FROM events ev JOIN articles a USING (article_hash)
    ), b AS (
        SELECT *, CASE
            WHEN day IS NULL THEN 1
            WHEN lag(day) OVER w IS NULL THEN 1
            WHEN day - lag(day) OVER w > {window} THEN 1 ELSE 0 END AS brk
        FROM e WINDOW w AS (PARTITION BY {_KEY} ORDER BY day NULLS LAST, gid)
    ), g AS (
        SELECT *, sum(brk) OVER (PARTITION BY {_KEY} ORDER BY day NULLS LAST, gid
                                 ROWS UNBOUNDED PRECEDING) AS grp
        FROM b
    )
    SELECT *, first_value(gid) OVER (PARTITION BY {_KEY}, grp ORDER BY day NULLS LAST, gid) AS cluster_id
    FROM g
    """


_FIRST = ("code", "base_code", "root_code", "quad_class", "goldstein", "day", "date", "published", "added", "url",
          "article_id", "article_hash", "event_id",
          "source_code", "source_country", "source_name", "target_code", "target_country", "target_name",
          "location_name", "location_country", "location_lat", "location_lon", "factuality")


def merged_events_sql(window_days: int = DEFAULT_WINDOW_DAYS, one_a_day: bool = False) -> str:
    """One row per merged event: the first report's fields, ``num_mentions``, ``num_sources``,
    ``num_articles``, ``num_events`` (coded events merged) and ``first_sentence`` (of the first report's
    first mention, for GDELT's IsRootEvent)."""
    firsts = ",\n        ".join(f"first({c} ORDER BY day NULLS LAST, gid) AS {c}" for c in _FIRST)
    sql = f"""
    WITH c AS ({clustered_events_sql(window_days)}),
    m AS (SELECT event_id, min(sentence) AS first_sentence FROM mentions GROUP BY event_id)
    SELECT cluster_id,
        {firsts},
        first(m.first_sentence ORDER BY day NULLS LAST, gid) AS first_sentence,
        sum(n_mentions)::BIGINT AS num_mentions,
        count(DISTINCT source_key)::BIGINT AS num_sources,
        count(DISTINCT article_hash)::BIGINT AS num_articles,
        count(*)::BIGINT AS num_events
    FROM c LEFT JOIN m USING (event_id)
    GROUP BY cluster_id
    """
    if one_a_day:
        sql = f"""
        SELECT * FROM ({sql}) AS merged
        QUALIFY row_number() OVER (
            PARTITION BY day, coalesce(source_code, ''), coalesce(target_code, ''), code
            ORDER BY num_mentions DESC, cluster_id) = 1
        """
    return sql
