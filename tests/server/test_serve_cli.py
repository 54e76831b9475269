"""``warta serve``: loopback by default, explicit --host for anything else, clear errors."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from server_helpers import free_port, start_server, stop

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


def test_missing_database_is_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "warta.cli.main", "serve", "--db", str(tmp_path / "no.duckdb")],
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("warta: error: W040 no database at")


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
