"""Starting the server: refuse a non-loopback address unless asked, explain a locked database, and bind the
listening socket before anything says the server is up."""

from __future__ import annotations

import errno
import ipaddress
import logging
import socket
from collections.abc import Callable
from pathlib import Path

from ..errors import ServerError, StoreLockedError

log = logging.getLogger(__name__)

BACKLOG = 2048  # uvicorn's default
_BIND_ADVICE = {errno.EADDRINUSE: "the port is in use (another server?): pick another with --port, or 0 for any",
                errno.EACCES: "permission denied (ports below 1024 need privileges): pick another with --port",
                errno.EADDRNOTAVAIL: "this machine has no such address"}


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket listening on ``host``:``port`` (the first address ``host`` resolves to, IPv4 first, as
    the URL most clients try first; port 0 picks a free one). Raises :class:`ServerError` (W046) when the
    address cannot be resolved or bound."""
    where = f"{host}:{port}"
    try:
        found = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise ServerError(f"cannot listen on {where}: unknown address ({err.strerror})") from None
    family, kind, proto, _, address = min(found, key=lambda info: info[0] != socket.AF_INET)
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
    except OSError as err:
        sock.close()
        reason = _BIND_ADVICE.get(err.errno or 0, err.strerror or str(err))
        raise ServerError(f"cannot listen on {where}: {reason}") from None
    return sock


def url_of(sock: socket.socket) -> str:
    """The base URL a browser would use for a listening socket (``http://[::1]:8000/``)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, allow_remote: bool = False,
          max_body: int | None = None, max_active: int | None = None, body_seconds: float | None = None,
          log_level: str = "warning",
          ready: Callable[[str], None] | None = None) -> None:
    """Serve the dashboard and API over ``db`` until interrupted. A non-loopback ``host`` is refused unless
    ``allow_remote`` (the CLI sets it only when ``--host`` names that address). The socket is bound and the
    database opened first; then ``ready`` is called with the server's URL (the CLI announces it there), so
    a missing database or a busy port fails before anything claims the server is up. ``max_active``
    requests are handled at once (64 by default); one more is answered 503 in the API's error shape. A
    request body must arrive whole within ``body_seconds`` (30 by default), else 408."""
    import uvicorn

    from .app import create_app
    from .limits import BODY_SECONDS, MAX_ACTIVE

    remote = not is_loopback(host)
    if remote and not allow_remote:
        raise ServerError(f"refusing to serve on {host}, which is reachable from other machines; "
                          "pass --host explicitly to mean it")
    with listen(host, port) as sock:  # closed again if the database cannot be opened
        try:
            app = create_app(db, max_body=max_body, loopback_only=not remote,
                             max_active=max_active or MAX_ACTIVE, body_seconds=body_seconds or BODY_SECONDS)
        except StoreLockedError:
            raise StoreLockedError(
                f"{db} is locked by another process (DuckDB allows one process per file, even for reading): "
                "wait for `warta ingest` to finish, or serve a copy of the file") from None
        if remote:
            log.warning("serving on %s: anyone who can reach this address can read the database", host)
        # No limit_concurrency: the guard counts requests at once itself (see limits.Guard).
        config = uvicorn.Config(app, log_level=log_level, access_log=False, server_header=False,
                                timeout_keep_alive=5)
        server = uvicorn.Server(config)
        if ready is not None:
            ready(url_of(sock))
        try:
            server.run(sockets=[sock])
        except SystemExit:  # uvicorn exits on a failed start-up, after logging why
            raise ServerError(f"the server on {url_of(sock)} failed to start (see the message above)") from None
