"""An ASGI guard in front of the application: a cap on the requests handled at once, request size caps, the
Host check that keeps a loopback server from being reached through DNS rebinding, and security headers on
every response.

Refusals use the API's one JSON error shape.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
MAX_ACTIVE = 64  # requests handled at once; one more is answered 503 at once
BODY_SECONDS = 30.0  # a request body must arrive whole within this, or the request is answered 408

MAX_EXTRACT_CHARS = 100_000
# The one limit a client meets is MAX_EXTRACT_CHARS characters of text. The byte cap on the wire only stops
# floods before parsing, so it leaves room for any JSON encoding of the longest accepted text: 12 bytes a
# character (a character outside the BMP \u-escaped as a surrogate pair), plus the other fields.
BYTES_PER_CHAR_WORST = 12
BODY_ROOM = 64 * 1024


def body_cap(max_extract_chars: int) -> int:
    """The request body cap in bytes for a limit of ``max_extract_chars`` characters of posted text."""
    return BYTES_PER_CHAR_WORST * max_extract_chars + BODY_ROOM


MAX_BODY = body_cap(MAX_EXTRACT_CHARS)  # 1,265,536 bytes

# Vega compiles its expressions with Function(), hence 'unsafe-eval'; everything else comes from this server.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"), (b"content-security-policy", CSP.encode())]


def error_body(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None) -> bytes:
    """The API's error shape, as bytes: ``{"error": {"status", "code", "message", "details"}}``."""
    return json.dumps({"error": {"status": status, "code": code, "message": message,
                                 "details": details or []}}).encode()


class Guard:
    """Caps the requests handled at once, the URL, query string and body sizes, checks the Host header of a
    loopback server, and adds security headers.

    The count of requests at once is kept here, from a request's arrival to the last byte of its response
    (all on the server's one event loop), so an answered request never counts against the cap, even while
    its handler still unwinds (closing its database cursor in a worker thread), and the refusal has the
    API's error shape and headers. (uvicorn's own ``limit_concurrency`` also counts open
    connections and tasks not yet reaped, and refused some requests well below its limit.)"""

    def __init__(self, app: ASGIApp, *, max_body: int, max_query: int = 2048, max_path: int = 1024,
                 loopback_only: bool = True, max_active: int = MAX_ACTIVE, body_hint: str = "",
                 body_seconds: float = BODY_SECONDS) -> None:
        self.app = app
        self.body_seconds = body_seconds
        self.max_body = max_body
        self.body_hint = body_hint
        self.max_query = max_query
        self.max_path = max_path
        self.loopback_only = loopback_only
        self.max_active = max_active
        self.active = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.active >= self.max_active:
            await _refuse(send, 503, "busy", f"the server is handling {self.max_active} requests at once, its "
                          "limit: try again in a moment", extra=[(b"retry-after", b"1")])
            return
        self.active += 1
        done = False

        def finish() -> None:
            nonlocal done
            if not done:
                done = True
                self.active -= 1

        async def counted_send(message: Message) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                finish()  # answered: the client may send its next request before the handler unwinds

        try:
            await self._guarded(scope, receive, counted_send)
        finally:
            finish()

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if len(scope.get("query_string", b"")) > self.max_query or len(scope.get("raw_path") or b"") > self.max_path:
            await _refuse(send, 414, "uri_too_long",
                          f"the URL is too long (query at most {self.max_query} bytes)")
            return
        if self.loopback_only and not _loopback_host(headers.get(b"host", b"")):
            await _refuse(send, 421, "bad_host", "this server answers only to localhost / 127.0.0.1")
            return
        length = headers.get(b"content-length")
        if length is not None and not length.isdigit():
            await _refuse(send, 400, "bad_request", "invalid Content-Length")
            return
        if length is not None and int(length) > self.max_body:
            await _refuse(send, 413, "body_too_large", self._too_large)
            return
        if length is not None or b"transfer-encoding" in headers:
            # Read the body here, up to the cap, so a chunked body (no Content-Length) that passes it is
            # refused with 413 after at most max_body bytes, never parsed or held whole; and within a
            # deadline, so a client that stops sending cannot hold one of the places of max_active.
            try:
                async with asyncio.timeout(self.body_seconds):
                    body = await _read_body(receive, self.max_body)
            except ClientGone:
                return  # nobody to answer
            except TimeoutError:
                await _refuse(send, 408, "request_timeout", f"the request body did not arrive within "
                              f"{self.body_seconds:g} s", extra=[(b"connection", b"close")])
                return
            if body is None:
                await _refuse(send, 413, "body_too_large", self._too_large)
                return
            receive = _replay(body, receive)

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, secured_send)

    @property
    def _too_large(self) -> str:
        return f"the request body is larger than {self.max_body:,} bytes{self.body_hint}"


class ClientGone(Exception):
    """The client disconnected before its request body was complete."""


async def _read_body(receive: Receive, cap: int) -> bytes | None:
    """The whole request body, or None as soon as it passes ``cap`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` in one message, then whatever the server sends next (disconnect)."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


def _loopback_host(host: bytes) -> bool:
    name = host.decode("latin-1").strip().lower()
    if name.startswith("["):
        name = name[: name.find("]") + 1]
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    return name in LOOPBACK_NAMES


async def _refuse(send: Send, status: int, code: str, message: str,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = error_body(status, code, message)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(extra or []), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})
