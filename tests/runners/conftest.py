"""Fixtures for the runner tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from runner_helpers import make_corpus, write_jsonl


@pytest.fixture
def corpus(tmp_path: Path):
    def make(n: int, name: str = "corpus.jsonl", seed: int = 7) -> Path:
        return write_jsonl(make_corpus(n, seed=seed, min_words=0), tmp_path / name)
    return make
