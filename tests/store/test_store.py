"""The DuckDB store: schema and migrations, batch writes, idempotency, queries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from store_helpers import make_result, write

from warta.errors import SchemaVersionError, StoreError, StoreLockedError
from warta.store import SCHEMA_VERSION, Reject, Store, connect, migrate, queries
from warta.store.schema import MIGRATIONS, schema_version

HOLD_LOCK = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)"


def dump(path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("articles", "events", "mentions", "quotes", "rejects", "meta")}
    finally:
        con.close()


def test_new_database_has_the_schema_version(db):
    Store(db).close()
    con = duckdb.connect(str(db))
    assert schema_version(con) == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"meta", "articles", "events", "mentions", "quotes", "rejects"} <= tables


def test_a_later_migration_is_applied_once_and_a_newer_database_is_refused(db):
    Store(db).close()
    con = duckdb.connect(str(db))
    newer = SCHEMA_VERSION + 1
    extra = [*MIGRATIONS, (newer, ["ALTER TABLE articles ADD COLUMN section VARCHAR"])]
    assert migrate(con, extra) == newer
    assert migrate(con, extra) == newer  # nothing left to do
    assert "section" in [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    con.close()
    with pytest.raises(SchemaVersionError):
        Store(db)


def test_a_version_1_database_gains_the_columns_of_version_2_and_keeps_its_rows(tmp_path: Path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, MIGRATIONS[:1])
    con.execute("INSERT INTO articles (article_hash, article_id, source, n_events, n_quotes, text) "
                "VALUES ('h', 'a', 'a.txt', 0, 0, 'teks')")
    con.close()
    Store(db).close()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT article_id, added, published_as FROM articles").fetchall() == [("a", None, None)]
    assert schema_version(con) == SCHEMA_VERSION == 2
    con.close()


def test_rows_are_stored_with_offsets_and_codes_as_strings(db):
    text = "abcdefghijkl"
    write(db, [make_result("a1", text, "2025-01-05", [("042", "IDNGOV", "MYS", "2025-01-04"),
                                                      ("190", "ISRMIL", "PSE", "2025-01")])])
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT code, base_code, root_code, day, date FROM events ORDER BY seq").fetchall()
    assert [r[:3] for r in rows] == [("042", "042", "04"), ("190", "190", "19")]
    # a month-precision date falls back to the publication day
    assert str(rows[0][3]) == "2025-01-04" and str(rows[1][3]) == "2025-01-05" and rows[1][4] == "2025-01"
    for start, end, mtext in con.execute("SELECT start_char, end_char, text FROM mentions").fetchall():
        assert text[start:end] == mtext


def test_writing_the_same_article_again_adds_nothing(db):
    result = make_result("a1", "same text", "2025-01-05", [("042", "IDNGOV", "MYS", "2025-01-04")])
    write(db, [result])
    before = dump(db)
    write(db, [result, result])
    assert dump(db) == before


def test_rejects_are_kept_once_with_their_reason(db):
    with Store(db) as store:
        store.write([], [Reject("c.jsonl:3", "W005", "no \"text\"")])
        store.write([], [Reject("c.jsonl:3", "W005", "no \"text\"")])
    assert dump(db)["rejects"] == [("c.jsonl:3", "W005", "no \"text\"")]


def test_a_second_writer_process_gets_a_clear_error(db):
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        with pytest.raises(StoreLockedError):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "junk.duckdb"
    bad.write_text("not a database")
    with pytest.raises(StoreError):
        Store(bad)
    with pytest.raises(StoreError):
        connect(tmp_path / "missing.duckdb", read_only=True)


def test_queries_for_an_api(db):
    write(db, [
        make_result("a1", "Indonesia mengecam", "2025-01-05", [("111", "IDNGOV", "ISR", "2025-01-05"),
                                                              ("042", "IDNGOV", "MYS", "2025-02-01")]),
        make_result("a2", "Israel menyerang", "2025-01-06", [("190", "ISRMIL", "PSE", "2025-01-06")]),
    ])
    con = connect(db, read_only=True)
    listed = queries.list_events(con, actor="IDN")
    assert listed["total"] == 2 and {e["code"] for e in listed["events"]} == {"111", "042"}
    assert queries.list_events(con, root="19")["events"][0]["source_code"] == "ISRMIL"
    assert queries.list_events(con, start="2025-01-06", end="2025-01-31")["total"] == 1
    one = queries.list_events(con, code="042")["events"][0]
    event = queries.get_event(con, one["event_id"])
    assert event["mentions"][0]["text"] == event["article_text"][event["mentions"][0]["start_char"]:
                                                                 event["mentions"][0]["end_char"]]
    series = queries.dyad_series(con, "IDN", "", interval="month")
    assert [(r["period"], r["events"]) for r in series] == [("2025-01-01", 1), ("2025-02-01", 1)]
    assert queries.summary(con)["articles"] == 2
    with pytest.raises(StoreError):
        queries.get_event(con, "nope")
