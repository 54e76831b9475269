"""The DuckDB schema of a warta database and its migrations.

A database records its schema version in ``meta``; :func:`migrate` applies, in order and each in its own
transaction, every migration newer than that version. A database written by a newer warta is refused
(:class:`~warta.errors.SchemaVersionError`) rather than misread. The tables are documented in docs/store.md.
"""

from __future__ import annotations

import duckdb

from ..errors import SchemaVersionError

_V1 = [
    """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)""",
    """CREATE TABLE articles (
        article_hash VARCHAR PRIMARY KEY,   -- sha256 of the text as read (the idempotency key)
        article_id   VARCHAR NOT NULL,      -- the id given by the source (file name, JSON "id", WARC URI)
        source       VARCHAR NOT NULL,      -- where it was read: path, path:line, path#offset
        language     VARCHAR,
        published    DATE,                  -- given, else found in the text by the pipeline
        url          VARCHAR,
        title        VARCHAR,
        outlet       VARCHAR,
        n_events     INTEGER NOT NULL,
        n_quotes     INTEGER NOT NULL,
        warnings     VARCHAR[],
        text         VARCHAR NOT NULL       -- every offset in mentions and quotes indexes this text
    )""",
    """CREATE TABLE events (
        event_id       VARCHAR PRIMARY KEY, -- first 16 hex digits of article_hash, '-', seq
        gid            BIGINT NOT NULL,     -- numeric id (60 bits of sha256(event_id)): GDELT's GLOBALEVENTID
        article_hash   VARCHAR NOT NULL,
        seq            INTEGER NOT NULL,    -- order of the event in its article
        local_id       VARCHAR,             -- the id the pipeline gave the event inside its article
        code           VARCHAR NOT NULL,    -- CAMEO code as a string with leading zeros: '042', '0232'
        base_code      VARCHAR NOT NULL,    -- first three digits
        root_code      VARCHAR NOT NULL,    -- first two digits
        quad_class     TINYINT NOT NULL,
        goldstein      DOUBLE NOT NULL,
        source_code    VARCHAR, source_country VARCHAR, source_name VARCHAR, source_text VARCHAR,
        target_code    VARCHAR, target_country VARCHAR, target_name VARCHAR, target_text VARCHAR,
        factuality     VARCHAR NOT NULL,    -- asserted | negated | future | hypothetical
        reported_by_code VARCHAR, reported_by_name VARCHAR, reported_by_text VARCHAR,
        date           VARCHAR,             -- as coded: YYYY-MM-DD, YYYY-MM or YYYY
        day            DATE,                -- date when it is a full date, else the article's publication date
        location_name  VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
        rule           VARCHAR NOT NULL,
        n_mentions     INTEGER NOT NULL
    )""",
    """CREATE TABLE mentions (
        event_id     VARCHAR NOT NULL,
        mention_no   INTEGER NOT NULL,
        article_hash VARCHAR NOT NULL,
        sentence     INTEGER NOT NULL,      -- 0-based sentence index in the article
        start_char   INTEGER NOT NULL,      -- character offsets into articles.text
        end_char     INTEGER NOT NULL,
        text         VARCHAR NOT NULL,
        PRIMARY KEY (event_id, mention_no)
    )""",
    """CREATE TABLE quotes (
        article_hash VARCHAR NOT NULL,
        seq          INTEGER NOT NULL,
        speaker_code VARCHAR, speaker_country VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR,
        text         VARCHAR NOT NULL,
        start_char   INTEGER NOT NULL,
        end_char     INTEGER NOT NULL,
        cue          VARCHAR NOT NULL,
        direct       BOOLEAN NOT NULL,
        PRIMARY KEY (article_hash, seq)
    )""",
    """CREATE TABLE rejects (
        locator    VARCHAR PRIMARY KEY,     -- path, path:line or path#offset of the bad record
        error_code VARCHAR NOT NULL,        -- the W code of the error catalogue
        reason     VARCHAR NOT NULL
    )""",
]

_V2 = [
    # When the article was stored (UTC): GDELT's DATEADDED, and SQLDATE's last fallback for undated articles.
    # Rows stored before version 2 have none; exports then use their publication date.
    "ALTER TABLE articles ADD COLUMN added TIMESTAMP",
    # The publication date as found, at its precision: YYYY-MM-DD, YYYY-MM or YYYY (``published`` holds
    # only a full date, so a page dated to the year alone leaves it empty rather than invent January 1).
    "ALTER TABLE articles ADD COLUMN published_as VARCHAR",
]

#: (version, statements), in order. Never edit a released migration: add a new one.
MIGRATIONS: list[tuple[int, list[str]]] = [(1, _V1), (2, _V2)]

SCHEMA_VERSION = MIGRATIONS[-1][0]

TABLES = ("articles", "events", "mentions", "quotes", "rejects")


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of the schema in the database; 0 for an empty database."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchone()
    if not found or not found[0]:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection,
            migrations: list[tuple[int, list[str]]] | None = None) -> int:
    """Bring the database to the newest schema; returns the version it is at."""
    migrations = MIGRATIONS if migrations is None else migrations
    current = schema_version(con)
    newest = migrations[-1][0]
    if current > newest:
        raise SchemaVersionError(
            f"the database has schema version {current}, newer than this warta knows ({newest}): "
            "upgrade warta"
        )
    for version, statements in migrations:
        if version <= current:
            continue
        con.begin()
        try:
            for sql in statements:
                con.execute(sql)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        current = version
    return current
