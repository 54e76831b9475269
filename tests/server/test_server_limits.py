"""The server's limits against a real ``warta serve`` process: requests at once, and request bodies.

Clients are real sockets on 127.0.0.1, bounded in number and size."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator

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
