"""A real warta database built by warta's own ingest from the articles in ``articles/`` (short Indonesian
news written for these tests), and a real ``warta serve`` process on 127.0.0.1 over it; a second, larger
database for the dashboard (``dashboard_corpus``) with its own server; headless Chromium for both."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import dashboard_corpus
import httpx
import pytest
from server_helpers import ARTICLES, CHROMIUM, Corpus, Server, free_port, start_server, stop, wait_ready

from warta.runners.local import ingest


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    db = tmp_path_factory.mktemp("server") / "events.duckdb"
    report = ingest([str(ARTICLES)], db, language="id")
    assert report.added == len(list(ARTICLES.glob("*.txt"))) and not report.rejects
    return Corpus(db, report)


def _serve(db: Path) -> Iterator[Server]:
    port = free_port()
    process = start_server(db, port)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, process)
        yield Server(url, process)
    finally:
        stop(process)


@pytest.fixture(scope="session")
def server(corpus: Corpus) -> Iterator[Server]:
    yield from _serve(corpus.db)


@pytest.fixture(scope="session")
def dashboard_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``warta serve`` over the dashboard corpus (several hundred events written by the store writer)."""
    db = tmp_path_factory.mktemp("dashboard") / "events.duckdb"
    dashboard_corpus.build(db)
    yield from _serve(db)


BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless chromium driven by Playwright (the tests using it skip without either)."""
    if CHROMIUM is None:
        pytest.skip("no chromium binary (scripts/setup.sh installs Debian's)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests save their screenshots: $WARTA_SCREENSHOTS, else a temporary directory."""
    wanted = os.environ.get("WARTA_SCREENSHOTS")
    path = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
