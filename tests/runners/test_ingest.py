"""Ingest: idempotent, resumable after SIGKILL, the same database with 1 or 2 workers, never fatal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from runner_helpers import dump, warta

from warta.runners.local import ingest

HOLD_LOCK = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)"


def test_ingest_stores_articles_and_repeating_it_adds_nothing(corpus, tmp_path: Path):
    src = corpus(12)
    with src.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n" + json.dumps({"id": "xx", "text": "Teks dalam bahasa lain.", "language": "xx"}) + "\n")
        handle.write(json.dumps({"id": "dup", "text": json.loads(src.read_text().splitlines()[0])["text"]}) + "\n")
    db = tmp_path / "e.duckdb"
    report = ingest([str(src)], db)
    assert report.added == 12 and report.known == 1 and report.events > 0
    reasons = {r.locator.rsplit(":", 1)[1]: (r.error_code, r.reason) for r in report.rejects}
    assert set(reasons) == {"13", "14"}
    assert "not valid JSON" in reasons["13"][1]
    assert reasons["14"][0] == "W010"  # an unsupported language
    first = dump(db)
    assert len(first["articles"]) == 12 and len(first["rejects"]) == 2
    again = ingest([str(src)], db)
    assert again.added == 0 and again.known == 13
    assert dump(db) == first


def test_two_workers_make_the_same_database_as_one(corpus, tmp_path: Path):
    src = corpus(30)
    ingest([str(src)], tmp_path / "one.duckdb", workers=1, batch_size=7)
    ingest([str(src)], tmp_path / "two.duckdb", workers=2, batch_size=7)
    assert dump(tmp_path / "one.duckdb") == dump(tmp_path / "two.duckdb")


@pytest.mark.slow
def test_sigkill_then_resume_gives_the_database_of_an_uninterrupted_run(corpus, tmp_path: Path):
    src = corpus(240)
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"
    assert warta("ingest", str(src), "--db", str(whole), "--batch-size", "10").returncode == 0

    proc = subprocess.Popen([sys.executable, "-m", "warta.cli.main", "-v", "ingest", str(src), "--db", str(killed),
                             "--batch-size", "10"], stderr=subprocess.PIPE, text=True)
    commits = 0
    for line in proc.stderr:
        if "committed a batch" in line:
            commits += 1
            if commits == 5:
                os.kill(proc.pid, signal.SIGKILL)  # mid-run, between or during transactions
                break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    con = duckdb.connect(str(killed), read_only=True)
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert 50 <= partial < 240  # whole batches only

    resumed = warta("ingest", str(src), "--db", str(killed), "--batch-size", "10")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{partial} already stored" in resumed.stderr
    assert dump(killed) == dump(whole)


def test_cli_ingest_and_export(corpus, tmp_path: Path):
    src = corpus(5)
    db = tmp_path / "e.duckdb"
    proc = warta("ingest", str(src), "--db", str(db))
    assert proc.returncode == 0 and "5 articles added" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""  # quiet when piped
    out = warta("export", "--db", str(db), "--format", "gdelt")
    assert out.returncode == 0 and out.stdout
    assert all(len(line.split("\t")) == 61 for line in out.stdout.splitlines())
    parquet = tmp_path / "events.parquet"
    assert warta("export", "--db", str(db), "-f", "parquet", "-o", str(parquet)).returncode == 0
    assert parquet.exists()


def test_cli_bad_input_gives_one_line_and_keeps_the_database(corpus, tmp_path: Path):
    db = tmp_path / "e.duckdb"
    assert warta("ingest", str(corpus(3)), "--db", str(db)).returncode == 0
    before = dump(db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n\n[1, 2]\n")
    proc = warta("ingest", str(bad), "--db", str(db))
    assert proc.returncode == 1 and "no article could be processed" in proc.stderr
    assert "Traceback" not in proc.stderr
    missing = warta("ingest", str(tmp_path / "nope.jsonl"), "--db", str(db))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "W044" in missing.stderr
    after = dump(db)
    assert after["articles"] == before["articles"] and after["events"] == before["events"]
    assert len(after["rejects"]) == 2
    locked = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE)
    try:
        assert locked.stdout.readline().strip() == b"ready"
        proc = warta("ingest", str(corpus(2, name="more.jsonl", seed=9)), "--db", str(db))
        assert proc.returncode == 1 and "W041" in proc.stderr and "Traceback" not in proc.stderr
    finally:
        locked.kill()
        locked.wait()
    for fmt in ("xml",):
        proc = warta("export", "--db", str(db), "--format", fmt)
        assert proc.returncode != 0 and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_one_sigint_to_the_process_group_stops_two_workers_cleanly(corpus, tmp_path: Path):
    src = corpus(160)
    db = tmp_path / "e.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "warta.cli.main", "-v", "ingest", str(src), "--db", str(db),
                             "--workers", "2", "--batch-size", "10"], stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group, as a terminal's foreground job
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if sum("committed a batch" in seen for seen in lines) == 3:
            os.killpg(proc.pid, signal.SIGINT)  # what one Ctrl-C sends
            break
    _, rest = proc.communicate(timeout=120)
    stderr = "".join(lines) + rest
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert stderr.count("warta: interrupted;") == 1
    stored = dump(db)["articles"]
    assert 30 <= len(stored) < 160 and len(stored) % 10 == 0  # whole batches only
    resumed = warta("ingest", str(src), "--db", str(db), "--batch-size", "10")
    assert resumed.returncode == 0 and f"{len(stored)} already stored" in resumed.stderr
