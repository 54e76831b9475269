"""Writing coded articles into a warta database, one transaction per batch.

A batch (articles with their events, mentions and quotes, and the bad records met on the way) is committed
whole or not at all, so a process killed at any moment leaves only whole batches behind; rows are keyed by
the article's content hash, so writing the same article again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import duckdb
import pyarrow as pa

from ..errors import StoreError, StoreLockedError
from ..records import ArticleResult, Event
from .schema import SCHEMA_VERSION, migrate, schema_version

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reject:
    """A record that could not be coded, and why (kept in the ``rejects`` table)."""

    locator: str
    error_code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.locator}: {self.reason}"


@dataclass(frozen=True)
class Coded:
    """A coded article and where it was read."""

    locator: str
    result: ArticleResult


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, turning DuckDB's errors into catalogue errors."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no database at {path} (create one with `warta ingest ... --db {path}`)")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise StoreLockedError(f"{path} is in use by another process; wait for it to finish") from None
        raise StoreError(f"cannot open {path}: {str(err).splitlines()[0]}") from None
    except duckdb.Error as err:
        raise StoreError(f"{path} is not a warta (DuckDB) database: {str(err).splitlines()[0]}") from None


def event_gid(event_id: str) -> int:
    """GDELT-style numeric id: 60 bits of sha256(event_id), stable across runs and machines."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _date(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _actor_cols(prefix: str, actor) -> dict:
    return {f"{prefix}_code": actor.code if actor else None,
            f"{prefix}_country": actor.country if actor else None,
            f"{prefix}_name": actor.name if actor else None,
            f"{prefix}_text": actor.text if actor else None}


def _event_row(article_hash: str, seq: int, event: Event, published: dt.date | None) -> dict:
    event_id = f"{article_hash[:16]}-{seq}"
    loc = event.location
    row = {
        "event_id": event_id, "gid": event_gid(event_id), "article_hash": article_hash, "seq": seq,
        "local_id": event.id, "code": event.code, "base_code": event.code[:3], "root_code": event.code[:2],
        "quad_class": event.quad_class, "goldstein": float(event.goldstein),
        **_actor_cols("source", event.source), **_actor_cols("target", event.target),
        "factuality": event.factuality,
        "reported_by_code": event.reported_by.code if event.reported_by else None,
        "reported_by_name": event.reported_by.name if event.reported_by else None,
        "reported_by_text": event.reported_by.text if event.reported_by else None,
        "date": event.date, "day": _date(event.date) or published,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
        "rule": event.rule, "n_mentions": len(event.mentions),
    }
    return row


def rows_of(coded: Coded) -> tuple[dict, list[dict], list[dict], list[dict]]:
    """The database rows of one coded article: (article, events, mentions, quotes)."""
    result, art = coded.result, coded.result.article
    h = art.content_hash
    published = _date(art.published)
    article = {
        "article_hash": h, "article_id": art.id, "source": coded.locator, "language": art.language,
        "published": published, "url": art.url, "title": art.title, "outlet": art.outlet,
        "n_events": len(result.events), "n_quotes": len(result.quotes),
        "warnings": list(result.warnings), "text": art.text, "published_as": art.published,
    }
    events, mentions, quotes = [], [], []
    for seq, event in enumerate(result.events):
        row = _event_row(h, seq, event, published)
        events.append(row)
        for no, m in enumerate(event.mentions):
            mentions.append({"event_id": row["event_id"], "mention_no": no, "article_hash": h,
                             "sentence": m.sentence, "start_char": m.start, "end_char": m.end, "text": m.text})
    for seq, q in enumerate(result.quotes):
        quotes.append({"article_hash": h, "seq": seq, **_actor_cols("speaker", q.speaker), "text": q.text,
                       "start_char": q.start, "end_char": q.end, "cue": q.cue, "direct": bool(q.direct)})
    return article, events, mentions, quotes


class Store:
    """A warta database opened for writing (one writer process per file: DuckDB's rule)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con = connect(self.path)
        try:
            migrate(self.con)
        except BaseException:
            self.con.close()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def known_hashes(self) -> set[str]:
        """Content hashes of the articles already stored."""
        return {row[0] for row in self.con.execute("SELECT article_hash FROM articles").fetchall()}

    def write(self, coded: Iterable[Coded], rejects: Iterable[Reject] = (), *, stored: Iterable[str] = ()) -> int:
        """Store a batch in one transaction; returns how many articles were new. A reject row whose locator
        now reads as an article (coded here, or ``stored`` already) is removed: it is bad no more."""
        tables: dict[str, list[dict]] = {"articles": [], "events": [], "mentions": [], "quotes": []}
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        coded_items = list(coded)
        for item in coded_items:
            article, events, mentions, quotes = rows_of(item)
            tables["articles"].append({**article, "added": now})
            tables["events"].extend(events)
            tables["mentions"].extend(mentions)
            tables["quotes"].extend(quotes)
        reject_rows = [{"locator": r.locator, "error_code": r.error_code, "reason": r.reason} for r in rejects]
        con = self.con
        before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.begin()
        try:
            hashes = [a["article_hash"] for a in tables["articles"]]
            if hashes:  # never let a known article add events twice
                con.execute("CREATE OR REPLACE TEMP TABLE _new AS SELECT unnest(?::VARCHAR[]) AS h "
                            "EXCEPT SELECT article_hash FROM articles", [hashes])
                new = {row[0] for row in con.execute("SELECT h FROM _new").fetchall()}
                for name in ("articles", "events", "mentions", "quotes"):
                    rows = [r for r in tables[name] if r["article_hash"] in new]
                    self._insert(name, rows)
            mended = [item.locator for item in coded_items] + list(stored)
            if mended:
                con.execute("DELETE FROM rejects WHERE list_contains(?::VARCHAR[], locator)", [mended])
            self._insert("rejects", reject_rows)
            con.commit()
        except duckdb.Error as err:
            con.rollback()
            raise StoreError(f"cannot write to {self.path}: {str(err).splitlines()[0]}") from None
        except BaseException:
            con.rollback()
            raise
        added = con.execute("SELECT count(*) FROM articles").fetchone()[0] - before
        log.info("committed a batch: %d new articles, %d rejects", added, len(reject_rows))
        return added

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist(rows)
        self.con.register("_batch", batch)
        try:
            self.con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM _batch")
        finally:
            self.con.unregister("_batch")


def check_version(con: duckdb.DuckDBPyConnection) -> None:
    """Refuse a database whose schema this warta cannot read."""
    version = schema_version(con)
    if version == 0:
        raise StoreError("the file is not a warta database (no schema); create one with `warta ingest`")
    if version > SCHEMA_VERSION:
        from ..errors import SchemaVersionError

        raise SchemaVersionError(f"the database has schema version {version}, newer than this warta "
                                 f"knows ({SCHEMA_VERSION}): upgrade warta")
