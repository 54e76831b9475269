"""The server's limits against a real ``warta serve`` process: requests at once, and request bodies.

Clients are real sockets on 127.0.0.1, bounded in number and size."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from server_helpers import Server, serving

ATTEMPTS = 100  # x 0.1 s, for the server to see requests just sent


def assert_json_error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    error = response.json()["error"]
    assert error["status"] == status and error["code"] == code and error["message"]
    return error


@pytest.fixture(scope="module")
def small_server(corpus) -> Iterator[Server]:
    """A server that handles two requests at once."""
    with serving(corpus.db, "--concurrency", "2") as running:
        yield running


def pending_post(url: str, length: int = 100) -> socket.socket:
    """A POST /api/extract whose body has not all arrived yet: a request in progress."""
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=60)
    sock.sendall(f"POST /api/extract HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                 f"Content-Length: {length}\r\n\r\n{{\"text\": ".encode())
    return sock


def response_status(sock: socket.socket) -> int:
    head = b""
    while b"\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    return int(head.split(b" ", 2)[1])


def test_at_the_limit_503_in_the_error_shape_and_freed_once_answered(small_server):
    held = [pending_post(small_server.url) for _ in range(2)]
    try:
        with httpx.Client(base_url=small_server.url, timeout=60) as http:
            for _ in range(ATTEMPTS):  # until the server has both held requests in hand
                refused = http.get("/api/summary")
                if refused.status_code == 503:
                    break
                time.sleep(0.1)
            error = assert_json_error(refused, 503, "busy")
            assert "2 requests at once" in error["message"] and refused.headers["retry-after"] == "1"
            first = held.pop()
            first.sendall(b"1" * 91)  # completes the body: an invalid request, answered at once
            assert response_status(first) == 422
            first.close()
            assert http.get("/api/summary").status_code == 200  # the answered request no longer counts
    finally:
        for sock in held:
            sock.close()


def test_a_client_leaving_mid_body_frees_its_place(small_server):
    for sock in [pending_post(small_server.url) for _ in range(2)]:
        sock.close()
    with httpx.Client(base_url=small_server.url, timeout=60) as http:
        for _ in range(ATTEMPTS):  # until the server has seen both clients leave
            if http.get("/api/summary").status_code == 200:
                break
            time.sleep(0.1)
        held = pending_post(small_server.url)
        try:
            statuses = {http.get("/api/summary").status_code for _ in range(3)}
        finally:
            held.close()
    assert statuses == {200}


def test_a_body_that_stops_coming_is_408_and_frees_its_place(corpus):
    with serving(corpus.db, "--concurrency", "1", "--body-timeout", "1") as server:
        stalled = pending_post(server.url)
        try:
            answer = b""
            while chunk := stalled.recv(65536):  # the server answers, then closes the connection
                answer += chunk
        finally:
            stalled.close()
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408 ") and b"content-security-policy" in head.lower()
        error = json.loads(body)["error"]
        assert error["code"] == "request_timeout" and error["message"] == "the request body did not arrive within 1 s"
        assert httpx.get(server.url + "/api/summary", timeout=60).status_code == 200  # its one place is free


def test_below_the_limit_no_503(server):
    """50 clients at once against the default limit of 64: every request is answered."""
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(50)

    def client() -> None:
        with httpx.Client(base_url=server.url, timeout=120) as http:
            barrier.wait()
            got = [http.get("/api/events", params={"limit": 50}).status_code for _ in range(3)]
        with lock:
            statuses.update(got)

    threads = [threading.Thread(target=client) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == {200: 150}


def chunked_json_text(size: int) -> Iterator[bytes]:
    """A JSON body of ``size`` bytes of text, sent in chunks (no Content-Length)."""
    block = b"a" * 65536
    yield b'{"text": "'
    for _ in range(size // len(block)):
        yield block
    yield b'"}'


def peak_memory_mb(pid: int) -> float:
    """The peak resident memory of a process so far (VmHWM), in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)[1]) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to read the server's memory")
@pytest.mark.parametrize("megabytes", [10, 100])
def test_chunked_flood_is_413_and_never_held(client, server, megabytes):
    before = peak_memory_mb(server.process.pid)
    response = client.post("/api/extract", content=chunked_json_text(megabytes << 20),
                           headers={"content-type": "application/json"})
    error = assert_json_error(response, 413, "body_too_large")
    assert "at most 100,000 characters" in error["message"]
    assert peak_memory_mb(server.process.pid) - before < 40  # the body was never held whole


@pytest.mark.parametrize("escaped", [True, False])
@pytest.mark.parametrize("char", ["中", "😀"])  # 3 and 4 bytes in UTF-8, 6 and 12 as JSON escapes
def test_the_limit_is_characters_however_encoded(client, char, escaped):
    def post(n: int) -> httpx.Response:
        body = json.dumps({"text": char * n, "language": "id"}, ensure_ascii=escaped).encode()
        return client.post("/api/extract", content=body, headers={"content-type": "application/json"})

    accepted = post(99_000)
    assert accepted.status_code == 200, accepted.text[:300]
    assert len(accepted.json()["article"]["text"]) == 99_000
    error = assert_json_error(post(100_001), 413, "body_too_large")
    assert error["message"] == "the text has 100,001 characters; at most 100,000 are accepted"


def test_openapi_states_the_limit(client):
    operation = client.get("/api/openapi.json").json()["paths"]["/api/extract"]["post"]
    assert "at most 100,000 characters" in operation["description"] and "1,265,536 bytes" in operation["description"]
    assert "413" in operation["responses"]
