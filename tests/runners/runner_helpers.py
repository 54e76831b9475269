"""Helpers for the runner tests: corpora made by bench/corpus.py (the team's own articles)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from corpus import make_corpus, write_jsonl

__all__ = ["dump", "make_corpus", "warta", "write_jsonl"]


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a canonical order: two equal dumps are the same database (but for
    ``articles.added``, the wall-clock time each article was stored)."""
    con = duckdb.connect(str(path), read_only=True)
    columns = {"articles": "* EXCLUDE (added)"}
    try:
        return {t: con.execute(f"SELECT {columns.get(t, '*')} FROM {t} ORDER BY ALL").fetchall()
                for t in ("meta", "articles", "events", "mentions", "quotes", "rejects")}
    finally:
        con.close()


def warta(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli.main", *args], capture_output=True, text=True,
                          check=False, timeout=300, **kw)
