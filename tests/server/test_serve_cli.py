"""``warta serve``: loopback by default, explicit --host for anything else, clear errors."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys

import pytest
from server_helpers import free_port, start_server, stop, wait_ready

from warta.server import ServerError, is_loopback, serve
from warta.store import Store


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.5.0.1", True), ("::1", True),
                                                ("[::1]", True), ("localhost", True), ("0.0.0.0", False),
                                                ("::", False), ("192.168.1.10", False), ("example.com", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_library_refuses_public_address_unless_asked(corpus):
    with pytest.raises(ServerError, match="pass --host explicitly"):
        serve(corpus.db, host="0.0.0.0", port=free_port())


def failed_start(db, port: int) -> str:
    """The whole stderr of a ``warta serve`` expected to fail, after checking its exit code 1."""
    process = start_server(db, port)
    try:
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            stop(process)
    assert process.returncode == 1, err
    return err


def test_missing_database_is_one_line(tmp_path):
    err = failed_start(tmp_path / "no.duckdb", free_port())
    assert err.splitlines() == [err.strip()]  # one line, and no "serving ..." before it
    assert err.startswith("warta: error: W040 no database at")


@pytest.mark.parametrize("content", [b"", b"not a database\n", bytes(range(256)) * 64])
def test_non_database_file_is_one_line(tmp_path, content):
    db = tmp_path / "notes.duckdb"
    db.write_bytes(content)
    err = failed_start(db, free_port())
    assert err.splitlines() == [err.strip()] and err.startswith("warta: error: W040 cannot open")


def test_busy_port_is_one_line(corpus):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        err = failed_start(corpus.db, port)
    assert err.splitlines() == [err.strip()]
    assert err.startswith(f"warta: error: W046 cannot listen on 127.0.0.1:{port}: the port is in use")


def test_announces_the_bound_address(corpus):
    process = subprocess.Popen([sys.executable, "-m", "warta.cli.main", "serve", "--db", str(corpus.db),
                                "--port", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        found = re.fullmatch(r"warta: serving \S+ on (http://127\.0\.0\.1:(\d+)/) \(Ctrl-C to stop\)\n", line)
        assert found and found[2] != "0", line  # port 0 announced as the port actually bound
        wait_ready(found[1].rstrip("/"), process)
    finally:
        stop(process)


def test_locked_database_is_explained(corpus, tmp_path):
    db = tmp_path / "busy.duckdb"
    shutil.copy(corpus.db, db)
    with Store(db):  # a writer (as `warta ingest` would be) holds the file
        process = start_server(db, free_port())
        try:
            _, err = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                stop(process)
    assert process.returncode == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("warta: error: W041") and "locked by another process" in last


def test_help_lists_serve():
    result = subprocess.run([sys.executable, "-m", "warta.cli.main", "serve", "--help"], check=False, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and "--host" in result.stdout and "127.0.0.1" in result.stdout


def test_ctrl_c_stops_cleanly(corpus):
    """SIGINT to the process group, as a terminal sends it: one line, status 130, no traceback."""
    process = subprocess.Popen([sys.executable, "-m", "warta.cli.main", "serve", "--db", str(corpus.db),
                                "--port", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        url = re.search(r"on (http://\S+)/ ", process.stderr.readline())[1]
        wait_ready(url, process)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            stop(process)
    assert process.returncode == 130 and err == "warta: interrupted\n"
