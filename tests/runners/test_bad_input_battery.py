"""The bad-input battery, through the real CLI: every hostile or broken input gives one W-coded line that
names it, the documented exit code (1 only when nothing could be processed), no traceback, and leaves
what is already stored untouched."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from corpus_files import ARTICLE_ID, ARTICLE_ID_2, news_pages, warc_bytes
from runner_helpers import dump, warta

pytestmark = pytest.mark.slow

W_LINE = re.compile(r"^warta: (error: )?W\d{3} ")


def _inputs(tmp: Path) -> dict[str, tuple[Path, int]]:
    """name → (file, exit code of `warta ingest` on it alone)."""
    files: dict[str, tuple[bytes, int]] = {
        "empty.txt": (b"", 1),
        "binary.txt": (b"\x00\x01\x02\xff" * 512, 1),
        "latin1.txt": (("Kafe \u00e9lite ditutup.\n\n" + ARTICLE_ID_2).encode("latin-1"), 0),
        "broken.jsonl": (b'{"id": "x", "text": "Polisi menangkap\n', 1),  # a line cut short
        "broken.html": (b"<html><head><title>x</title><body><div><script>var a = '<p>';", 1),
        "broken.warc.gz": (os.urandom(5000), 1),
        "cut.warc.gz": (warc_bytes(news_pages())[:-200], 0),  # the first page whole, the second cut
        "undated.txt": (ARTICLE_ID_2.encode("utf-8"), 0),
    }
    out = {}
    for name, (data, code) in files.items():
        (tmp / name).write_bytes(data)
        out[name] = (tmp / name, code)
    huge = tmp / "huge.txt"
    with huge.open("wb") as handle:  # 50 MB of real text
        chunk = (ARTICLE_ID + "\n\n").encode("utf-8")
        for _ in range(50 * 10**6 // len(chunk) + 1):
            handle.write(chunk)
    out["huge.txt"] = (huge, 1)
    return out


def test_ingest_gives_one_line_per_bad_input_and_loses_nothing(tmp_path: Path):
    db = tmp_path / "e.duckdb"
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": ARTICLE_ID, "published": "2025-11-03"}) + "\n")
    assert warta("ingest", str(good), "--db", str(db)).returncode == 0
    stored = dump(db)
    for name, (path, code) in _inputs(tmp_path).items():
        proc = warta("ingest", str(path), "--db", str(db))
        assert proc.returncode == code, (name, proc.stderr)
        assert "Traceback" not in proc.stderr and "WARNING" not in proc.stderr, name
        naming = [line for line in proc.stderr.splitlines() if str(path) in line]
        if code:
            assert len(naming) == 1 and W_LINE.match(naming[0]), (name, proc.stderr)
            assert "no article could be processed" in proc.stderr.splitlines()[-1]
        after = dump(db)
        for table in ("articles", "events", "mentions", "quotes"):
            assert all(row in after[table] for row in stored[table]), f"{name} lost rows of {table}"
        stored = after
    messages = dict(warta_rejects(db))
    assert "is empty" in messages[str(tmp_path / "empty.txt")]
    assert "binary" in messages[str(tmp_path / "binary.txt")]
    assert "50.0 MB" in messages[str(tmp_path / "huge.txt")]
    assert any("truncated" in reason for locator, reason in messages.items() if "cut.warc.gz" in locator)


def warta_rejects(db: Path) -> list[tuple[str, str]]:
    return [(row[0], row[2]) for row in dump(db)["rejects"]]


def test_extract_gives_one_line_per_bad_input(tmp_path: Path):
    inputs = _inputs(tmp_path)
    for name in ("empty.txt", "binary.txt", "huge.txt", "broken.jsonl", "latin1.txt", "undated.txt"):
        path, _ = inputs[name]
        proc = warta("extract", str(path))
        assert "Traceback" not in proc.stderr, name
        naming = [line for line in proc.stderr.splitlines() if str(path) in line]
        if name in ("latin1.txt", "undated.txt"):
            assert proc.returncode == 0 and "events" in json.loads(proc.stdout)
            assert len(naming) == (name == "latin1.txt"), proc.stderr  # the decoding warning
        else:
            assert proc.returncode == 1, (name, proc.stderr)
            assert len(naming) == 1 and re.search(r"W\d{3}", naming[0]), (name, proc.stderr)
