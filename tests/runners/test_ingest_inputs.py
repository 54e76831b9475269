"""Ingest on the inputs a newcomer's corpus has: undated text, latin-1 files, records fixed between runs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
from corpus_files import ARTICLE_ID_2
from runner_helpers import warta


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_undated_articles_are_counted_and_their_gdelt_rows_carry_sqldate_and_dateadded(tmp_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "demo.txt").write_text(ARTICLE_ID_2, encoding="utf-8")
    db = tmp_path / "e.duckdb"
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    proc = warta("ingest", str(news), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "1 of the 1 new articles have no publication date" in proc.stderr
    assert "--published YYYY-MM-DD" in proc.stderr
    [(published, added)] = _rows(db, "SELECT published, added FROM articles")
    assert published is None and before <= added <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
    out = warta("export", "--db", str(db), "--format", "gdelt")
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    assert rows and all(r[1] == added.strftime("%Y%m%d") and r[59] == added.strftime("%Y%m%d%H%M%S")
                        for r in rows)
    mentions = warta("export", "--db", str(db), "--format", "mentions")
    assert all(line.split("\t")[1] == added.strftime("%Y%m%d000000") for line in mentions.stdout.splitlines())


def test_published_gives_undated_articles_a_date_but_never_overrides_one(tmp_path: Path):
    (tmp_path / "demo.txt").write_text(ARTICLE_ID_2, encoding="utf-8")
    dated = tmp_path / "dated.jsonl"
    dated.write_text(json.dumps({"id": "d", "text": ARTICLE_ID_2 + "\nLagi.", "published": "2025-02-03"}) + "\n")
    db = tmp_path / "e.duckdb"
    proc = warta("ingest", str(tmp_path / "demo.txt"), str(dated), "--db", str(db), "--published", "2025-11-04")
    assert proc.returncode == 0 and "no publication date" not in proc.stderr
    assert sorted(_rows(db, "SELECT article_id, published::VARCHAR FROM articles")) == [
        ("d", "2025-02-03"), ("demo", "2025-11-04")]
    bad = warta("ingest", str(tmp_path / "demo.txt"), "--db", str(db), "--published", "yesterday")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "--published must be YYYY-MM-DD" in bad.stderr


def test_a_reject_is_removed_when_a_later_run_stores_that_record(tmp_path: Path):
    src = tmp_path / "corpus.jsonl"
    src.write_text('{"id": "a", "text": "Polisi menangkap tiga demonstran di Surabaya pada Selasa."\n',
                   encoding="utf-8")  # the closing brace is missing
    db = tmp_path / "e.duckdb"
    assert warta("ingest", str(src), "--db", str(db)).returncode == 1
    assert _rows(db, "SELECT locator FROM rejects") == [(f"{src}:1",)]
    src.write_text(json.dumps({"id": "a", "text": ARTICLE_ID_2}) + "\n", encoding="utf-8")
    proc = warta("ingest", str(src), "--db", str(db))
    assert proc.returncode == 0 and "1 articles added" in proc.stderr
    assert _rows(db, "SELECT count(*) FROM rejects") == [(0,)]
    again = warta("ingest", str(src), "--db", str(db))
    assert again.returncode == 0 and "1 already stored, 0 bad" in again.stderr


def test_a_latin1_file_and_an_unreadable_date_leave_warnings_on_their_articles(tmp_path: Path):
    (tmp_path / "kafe.txt").write_bytes(("Kafe \u00e9lite di Surabaya.\n\n" + ARTICLE_ID_2).encode("latin-1"))
    jsonl = tmp_path / "dated.jsonl"
    jsonl.write_text(json.dumps({"id": "kemarin", "text": ARTICLE_ID_2 + "\nLagi.", "published": "yesterday"}) + "\n")
    db = tmp_path / "e.duckdb"
    proc = warta("ingest", str(tmp_path / "kafe.txt"), str(jsonl), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "article 'kemarin': ignoring unreadable publication date 'yesterday'" in proc.stderr
    warnings = dict(_rows(db, "SELECT article_id, warnings FROM articles"))
    assert warnings["kafe"] == [f"{tmp_path / 'kafe.txt'} is not UTF-8; decoded as cp1252"]
    assert warnings["kemarin"] == [("article 'kemarin': ignoring unreadable publication date 'yesterday' "
                                   "(use YYYY-MM-DD)")]


def test_a_huge_article_is_coded_up_to_the_cap_and_stored_whole_with_a_warning(tmp_path: Path):
    from warta.pipeline.pipeline import MAX_CODED_CHARS

    paragraphs = [ARTICLE_ID_2.replace("tiga", str(n)) for n in range(4000)]  # about 1 MB of text
    text = "\n\n".join(paragraphs)
    src = tmp_path / "besar.txt"
    src.write_text(text, encoding="utf-8")
    db = tmp_path / "e.duckdb"
    proc = warta("ingest", str(src), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    [(stored, warnings)] = _rows(db, "SELECT text, warnings FROM articles")
    assert stored == text
    assert len(warnings) == 1 and warnings[0].startswith("article 'besar': only the first ")
    assert f"of its {len(text):,} characters were coded" in warnings[0]
    [(last_end, events)] = _rows(db, "SELECT max(end_char), count(DISTINCT event_id) FROM mentions")
    assert events > 0 and last_end <= MAX_CODED_CHARS
