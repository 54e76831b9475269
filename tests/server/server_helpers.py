"""Helpers of the server tests: a real ``warta serve`` process on 127.0.0.1 (a module of its own name, so
that importing it never picks up another folder's conftest)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from warta.runners.local import IngestReport

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


@contextmanager
def serving(db: Path, *extra: str) -> Iterator[Server]:
    """A ready ``warta serve`` over ``db`` on a free port (``extra``: more options), stopped on exit."""
    port = free_port()
    server = Server(f"http://127.0.0.1:{port}", start_server(db, port, *extra))
    try:
        wait_ready(server.url, server.process)
        yield server
    finally:
        stop(server.process)
