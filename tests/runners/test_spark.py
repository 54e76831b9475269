"""The Spark runner in a real local Spark session: JSONL and Parquet in, events and mentions by date out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from warta.runners.local import ingest
from warta.store import connect

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.skip("Java is missing (scripts/setup.sh installs it)")
    from warta.runners.spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


def test_spark_codes_jsonl_and_parquet_like_the_local_runner(spark, corpus, tmp_path: Path):
    src = corpus(6)
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()]
    with src.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n" + json.dumps(rows[0]) + "\n")  # a bad line and a duplicate
    parquet = tmp_path / "more.parquet"
    more = [json.loads(line) for line in corpus(8, name="more.jsonl", seed=11).read_text().splitlines()][6:]
    pq.write_table(pa.Table.from_pylist(more), parquet)

    from warta.runners.spark import run_spark

    counts = run_spark([str(src), str(parquet)], tmp_path / "out", spark=spark)
    assert counts["articles"] == 8 and counts["rejects"] == 1

    db = tmp_path / "local.duckdb"
    ingest([str(src), str(parquet)], db)
    con = connect(db, read_only=True)
    local_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    local_mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert counts["events"] == local_events and counts["mentions"] == local_mentions

    events = ds.dataset(tmp_path / "out" / "events", format="parquet", partitioning="hive").to_table()
    assert events.num_rows == local_events
    assert (tmp_path / "out" / "events").is_dir()
    dates = {p.name for p in (tmp_path / "out" / "events").iterdir() if p.name.startswith("date=")}
    assert dates and all(len(d) == len("date=2025-01-01") or d == "date=unknown" for d in dates)
    codes = set(events.column("code").to_pylist())
    assert all(isinstance(c, str) and len(c) >= 3 for c in codes)
    mentions = ds.dataset(tmp_path / "out" / "mentions", format="parquet", partitioning="hive").to_table()
    assert {"sentence", "start_char", "end_char", "text"} <= set(mentions.column_names)
    assert not (tmp_path / "out" / "_coded").exists()


def test_spark_expands_a_quoted_glob_like_the_shell(spark, corpus, tmp_path: Path):
    from warta.errors import SparkError
    from warta.runners.spark import run_spark

    corpus(2, name="part-a.jsonl")
    corpus(3, name="part-b.jsonl", seed=5)
    counts = run_spark([str(tmp_path / "part-*.jsonl")], tmp_path / "out", spark=spark)
    assert counts["articles"] == 5 and counts["rejects"] == 0
    with pytest.raises(SparkError, match="no file matches"):
        run_spark([str(tmp_path / "nothing-*.jsonl")], tmp_path / "out2", spark=spark)
