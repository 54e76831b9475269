"""Exports of a warta database: GDELT 2.0 events and mentions (TSV), and JSONL / Parquet / CSV tables.

* ``gdelt``: the 61 columns of the GDELT 2.0 event export in their order, tab-separated, no header,
  one row per merged event (see :mod:`warta.store.merge`); codes are strings with their leading zeros.
* ``mentions``: the 16 columns of the GDELT 2.0 mentions table, one row per mention.
* ``jsonl`` / ``parquet`` / ``csv``: one of the tables of :data:`TABLES` (schemas in docs/exports.md).

Files are written beside the target and renamed into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import duckdb

from ..errors import ExportError
from ..store.merge import DEFAULT_WINDOW_DAYS, clustered_events_sql, merged_events_sql
from .gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdelt_event_row, gdelt_mention_row

FORMATS = ("gdelt", "mentions", "jsonl", "parquet", "csv")


def table_sql(table: str, window_days: int = DEFAULT_WINDOW_DAYS, one_a_day: bool = False,
              nested: bool = True) -> str:
    """The query behind a JSONL/Parquet/CSV table; ``nested`` adds list columns (not for CSV)."""
    mentions_col = (", (SELECT list({'sentence': m.sentence, 'start': m.start_char, 'end': m.end_char, "
                    "'text': m.text} ORDER BY m.mention_no) FROM mentions m WHERE m.event_id = c.event_id) "
                    "AS mentions") if nested else ""
    if table == "events":
        return (f"SELECT c.cluster_id, c.event_id, c.gid, c.article_id, c.article_hash, c.url, c.published, "
                f"c.day, c.date, c.code, c.base_code, c.root_code, c.quad_class, c.goldstein, "
                f"c.source_code, c.source_country, c.source_name, c.source_text, "
                f"c.target_code, c.target_country, c.target_name, c.target_text, c.factuality, "
                f"c.reported_by_code, c.reported_by_name, c.reported_by_text, c.location_name, "
                f"c.location_country, c.location_lat, c.location_lon, c.rule, c.n_mentions{mentions_col} "
                f"FROM ({clustered_events_sql(window_days)}) AS c ORDER BY c.day NULLS LAST, c.gid")
    if table == "merged":
        return f"SELECT * FROM ({merged_events_sql(window_days, one_a_day)}) ORDER BY day NULLS LAST, cluster_id"
    if table == "mentions":
        return (f"SELECT c.cluster_id, m.event_id, c.article_id, c.article_hash, c.url, m.mention_no, "
                f"m.sentence, m.start_char, m.end_char, m.text FROM mentions m "
                f"JOIN ({clustered_events_sql(window_days)}) AS c USING (event_id) "
                f"ORDER BY c.day NULLS LAST, c.gid, m.mention_no")
    if table == "articles":
        return ("SELECT article_hash, article_id, source, language, published, published_as, added, url, title, outlet, n_events, "
                f"n_quotes, {'warnings, ' if nested else ''}text FROM articles ORDER BY source, article_hash")
    if table == "quotes":
        return ("SELECT a.article_id, q.* FROM quotes q JOIN articles a USING (article_hash) "
                "ORDER BY a.source, q.seq")
    if table == "rejects":
        return "SELECT * FROM rejects ORDER BY locator"
    raise ExportError(f"unknown table {table!r} (one of: {', '.join(TABLES)})")


TABLES = ("events", "merged", "mentions", "articles", "quotes", "rejects")


def export(con: duckdb.DuckDBPyConnection, fmt: str, output: str | Path | None, *, table: str = "events",
           window_days: int = DEFAULT_WINDOW_DAYS, one_a_day: bool = False,
           stdout: IO[str] | None = None) -> int:
    """Write an export to ``output`` (a path; ``None`` or ``-`` for stdout); returns the number of rows."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r} (one of: {', '.join(TABLES)})")
    to_stdout = output is None or str(output) == "-"
    if fmt == "parquet" and to_stdout:
        raise ExportError("Parquet is a binary format: give a file with --output")
    stdout = stdout or sys.stdout
    if fmt in ("gdelt", "mentions"):
        rows = _gdelt_rows(con, fmt, window_days, one_a_day)
        if to_stdout:
            return _write_lines(rows, stdout)
        return _atomic(Path(output), lambda tmp: _write_file(rows, tmp))
    sql = table_sql(table, window_days, one_a_day, nested=fmt != "csv")
    options = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER true",
               "jsonl": "FORMAT json"}[fmt]

    def copy(tmp: Path) -> int:
        try:
            con.execute(f"COPY ({sql}) TO '{_quote(tmp)}' ({options})")
        except duckdb.Error as err:
            raise ExportError(f"cannot export: {str(err).splitlines()[0]}") from None
        return con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]

    if not to_stdout:
        return _atomic(Path(output), copy)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir) / f"export.{fmt}"
        n = copy(tmp)
        with tmp.open(encoding="utf-8") as handle:
            shutil.copyfileobj(handle, stdout)
        return n


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _atomic(path: Path, write) -> int:
    if path.is_dir():
        raise ExportError(f"{path} is a directory; give a file name")
    if not path.parent.exists():
        raise ExportError(f"no such directory: {path.parent}")
    tmp = path.with_name(f".{path.name}.part")
    try:
        n = write(tmp)
        os.replace(tmp, path)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def _write_lines(rows: Iterator[list[str]], handle: IO[str]) -> int:
    n = 0
    for row in rows:
        handle.write("\t".join(row) + "\n")
        n += 1
    return n


def _write_file(rows: Iterator[list[str]], path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        return _write_lines(rows, handle)


def _gdelt_rows(con: duckdb.DuckDBPyConnection, fmt: str, window_days: int, one_a_day: bool
                ) -> Iterator[list[str]]:
    if fmt == "gdelt":
        sql = f"SELECT * FROM ({merged_events_sql(window_days, one_a_day)}) ORDER BY day NULLS LAST, cluster_id"
        make, width = gdelt_event_row, len(GDELT_EVENT_COLUMNS)
    else:
        sql = (f"SELECT m.*, c.cluster_id, c.cluster_day, c.published, c.added, c.url, c.article_id, c.outlet, "
               f"c.source_text, c.target_text, c.factuality, length(a.text) AS doc_len "
               f"FROM mentions m JOIN (SELECT *, first_value(day) OVER (PARTITION BY cluster_id "
               f"ORDER BY day NULLS LAST, gid) AS cluster_day FROM ({clustered_events_sql(window_days)})) AS c "
               f"USING (event_id) JOIN articles a ON a.article_hash = m.article_hash "
               f"ORDER BY c.cluster_id, c.published NULLS LAST, m.event_id, m.mention_no")
        make, width = gdelt_mention_row, len(GDELT_MENTION_COLUMNS)
    try:
        cur = con.execute(sql)
    except duckdb.Error as err:
        raise ExportError(f"cannot export: {str(err).splitlines()[0]}") from None
    names = [d[0] for d in cur.description]
    while True:
        chunk = cur.fetchmany(4096)
        if not chunk:
            break
        for values in chunk:
            row = make(dict(zip(names, values, strict=True)))
            if len(row) != width:  # pragma: no cover - a bug in the row builders
                raise ExportError(f"internal error: {len(row)} columns instead of {width}")
            yield row
