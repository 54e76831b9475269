"""A real warta database built by warta's own ingest from the articles in ``articles/`` (short Indonesian
news written for these tests), and a real ``warta serve`` process on 127.0.0.1 over it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from warta.runners.local import IngestReport, ingest

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
READY_ATTEMPTS = 300  # x 0.1 s: the server loads no model at start, this is only a bound


@dataclass(frozen=True)
class Corpus:
    db: Path
    report: IngestReport


@dataclass(frozen=True)
class Server:
    url: str
    process: subprocess.Popen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, *extra: str) -> subprocess.Popen:
    """``warta serve`` in its own process (stderr kept for the error tests)."""
    return subprocess.Popen([sys.executable, "-m", "warta.cli.main", "serve", "--db", str(db), "--port", str(port),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(url: str, process: subprocess.Popen) -> None:
    for _ in range(READY_ATTEMPTS):
        if process.poll() is not None:
            raise RuntimeError(f"warta serve exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(url + "/api/summary", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("warta serve did not answer")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    db = tmp_path_factory.mktemp("server") / "events.duckdb"
    report = ingest([str(ARTICLES)], db, language="id")
    assert report.added == len(list(ARTICLES.glob("*.txt"))) and not report.rejects
    return Corpus(db, report)


@pytest.fixture(scope="session")
def server(corpus: Corpus) -> Iterator[Server]:
    port = free_port()
    process = start_server(corpus.db, port)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, process)
        yield Server(url, process)
    finally:
        stop(process)


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
