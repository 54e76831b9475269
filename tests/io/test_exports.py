"""Exports: GDELT 2.0 events (61 columns) and mentions, JSONL, Parquet, CSV; atomic files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warta.errors import ExportError
from warta.io.exports import export
from warta.io.gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, actor_fields
from warta.store import connect

HEADERS = (Path(__file__).resolve().parents[3] / "shared" / "data" / "anchors" / "linwoodc3__gdelt2HeaderRows"
           / "schema_csvs" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")


def _export(db, fmt, **kw) -> str:
    out = io.StringIO()
    export(connect(db, read_only=True), fmt, None, stdout=out, **kw)
    return out.getvalue()


def test_gdelt_export_has_61_columns_and_merges_reports(small_db):
    rows = [line.split("\t") for line in _export(small_db, "gdelt").splitlines()]
    assert all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
    attacks = [r for r in rows if r[col["EventRootCode"]] == "19"]
    assert len(attacks) == 1  # two reports one day apart → one event
    a = attacks[0]
    assert (a[col["NumMentions"]], a[col["NumArticles"]], a[col["NumSources"]]) == ("2", "2", "2")
    assert a[col["SQLDATE"]] == "20250304" and a[col["MonthYear"]] == "202503" and a[col["Year"]] == "2025"
    assert a[col["Actor1Code"]] == "ISRMIL" and a[col["Actor1CountryCode"]] == "ISR"
    assert a[col["Actor1Type1Code"]] == "MIL" and a[col["Actor1Name"]] == "ISRAEL"
    assert a[col["QuadClass"]] == "4" and a[col["GoldsteinScale"]] == "-10.0"
    [(added,)] = connect(small_db, read_only=True).execute(
        "SELECT added FROM articles WHERE article_id = 'a'").fetchall()  # when the article was stored
    assert a[col["SOURCEURL"]] == "https://kabar.example/a" and a[col["DATEADDED"]] == f"{added:%Y%m%d%H%M%S}"
    assert a[col["ActionGeo_FullName"]] == "Gaza" and a[col["ActionGeo_Lat"]] == "31.5"
    appeal = next(r for r in rows if r[col["EventRootCode"]] == "02")
    assert appeal[col["EventCode"]] == "0253" and appeal[col["EventBaseCode"]] == "025"  # leading zeros
    assert appeal[col["Actor1KnownGroupCode"]] == "UNO" and appeal[col["SOURCEURL"]] == "warta:b"
    assert appeal[col["SQLDATE"]] == "20250305"  # month-precision date: the publication day


def test_gdelt_columns_are_gdelts(shared_dir):
    if not HEADERS.exists():
        pytest.skip("GDELT header rows absent")
    with HEADERS.open(encoding="utf-8") as handle:
        names = [row[0] for row in csv.reader(handle)][1:]
    assert tuple(names) == GDELT_EVENT_COLUMNS


def test_actor_fields_split_cameo_codes():
    assert actor_fields("IDNGOVMIL", "Prabowo", "IDN")[:10] == [
        "IDNGOVMIL", "PRABOWO", "IDN", "", "", "", "", "GOV", "MIL", ""]
    assert actor_fields("ISR", None, None)[2] == "ISR"
    assert actor_fields(None, None, None) == [""] * 10


def test_mentions_export_points_into_the_article(small_db):
    con = connect(small_db, read_only=True)
    texts = dict(con.execute("SELECT coalesce(url, 'warta:' || article_id), text FROM articles").fetchall())
    rows = [line.split("\t") for line in _export(small_db, "mentions").splitlines()]
    assert len(rows) == 4 and all(len(r) == len(GDELT_MENTION_COLUMNS) for r in rows)
    col = {name: i for i, name in enumerate(GDELT_MENTION_COLUMNS)}
    for r in rows:
        text = texts[r[col["MentionIdentifier"]]]
        action = int(r[col["ActionCharOffset"]])
        assert 0 <= action < len(text)
        if r[col["Actor1CharOffset"]] != "-1":
            assert text[int(r[col["Actor1CharOffset"]]):].startswith(("Israel", "Mesir", "Militer"))
    gaza = [r for r in rows if r[col["MentionIdentifier"]] == "warta:b" and r[col["SentenceID"]] == "1"]
    assert gaza and gaza[0][col["MentionDocLen"]] == str(len(texts["warta:b"]))


def test_jsonl_events_carry_mentions_and_the_merged_id(small_db):
    rows = [json.loads(line) for line in _export(small_db, "jsonl").splitlines()]
    assert len(rows) == 4
    attacks = [r for r in rows if r["root_code"] == "19"]
    assert len({r["cluster_id"] for r in attacks}) == 1
    assert all(r["mentions"] and "start" in r["mentions"][0] for r in rows)
    assert {r["code"] for r in rows} == {"190", "111", "193", "0253"}


def test_parquet_and_csv_tables(small_db, tmp_path):
    con = connect(small_db, read_only=True)
    out = tmp_path / "events.parquet"
    assert export(con, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.num_rows == 4 and "mentions" in table.column_names
    assert table.schema.field("code").type == "string"
    assert export(con, "parquet", tmp_path / "merged.parquet", table="merged") == 3
    assert export(con, "csv", tmp_path / "mentions.csv", table="mentions") == 4
    with (tmp_path / "mentions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {"sentence", "start_char", "end_char", "text"} <= set(rows[0])
    text = _export(small_db, "csv", table="articles")
    assert "Militer Israel" in text


def test_bad_export_requests_fail_cleanly_and_leave_no_file(small_db, tmp_path):
    con = connect(small_db, read_only=True)
    with pytest.raises(ExportError):
        export(con, "parquet", None)
    with pytest.raises(ExportError):
        export(con, "xml", tmp_path / "x.xml")
    with pytest.raises(ExportError):
        export(con, "gdelt", tmp_path / "missing-dir" / "x.tsv")
    assert not list(tmp_path.glob(".*.part"))
