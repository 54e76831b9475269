"""Starting the server: refuse a non-loopback address unless asked, explain a locked database."""

from __future__ import annotations

import ipaddress
import logging
from pathlib import Path

from ..errors import StoreLockedError, WartaError

log = logging.getLogger(__name__)


class ServerError(WartaError):
    """The server cannot start (address refused, port in use)."""

    code = "W046"


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, allow_remote: bool = False,
          max_body: int | None = None, log_level: str = "warning") -> None:
    """Serve the dashboard and API over ``db`` until interrupted. A non-loopback ``host`` is refused unless
    ``allow_remote`` (the CLI sets it only when ``--host`` names that address)."""
    import uvicorn

    from .app import MAX_BODY, create_app

    remote = not is_loopback(host)
    if remote and not allow_remote:
        raise ServerError(f"refusing to serve on {host}, which is reachable from other machines; "
                          "pass --host explicitly to mean it")
    try:
        app = create_app(db, max_body=max_body or MAX_BODY, loopback_only=not remote)
    except StoreLockedError:
        raise StoreLockedError(
            f"{db} is locked by another process (DuckDB allows one process per file, even for reading): "
            "wait for `warta ingest` to finish, or serve a copy of the file") from None
    if remote:
        log.warning("serving on %s: anyone who can reach this address can read the database", host)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            server_header=False, limit_concurrency=64, timeout_keep_alive=5)
    server = uvicorn.Server(config)
    try:
        server.run()
    except OSError as err:
        raise ServerError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    if not server.started:
        raise ServerError(f"cannot listen on {host}:{port} (in use?)")
