"""The FastAPI application: the JSON API, the dashboard's files, and one JSON error shape for every error.

The database is opened read-only once; only the files listed at start-up under ``static/`` are ever served
(the list is fixed, so no request path can reach another file; see ``assets``). JSON answers are gzipped
when the client accepts it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__
from ..errors import InputError, StoreError, UnsupportedLanguageError, WartaError
from ..store import connect
from ..store.writer import check_version
from . import api
from .assets import Assets
from .limits import BODY_SECONDS, MAX_ACTIVE, MAX_EXTRACT_CHARS, Guard, body_cap

log = logging.getLogger(__name__)

_STATUS_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
                 414: "uri_too_long", 415: "unsupported_media_type", 422: "invalid_parameters"}


def _error(status: int, code: str, message: str, details: list[dict[str, str]] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message, "details": details or []}},
                        status_code=status)


def create_app(db_path: str | Path, *, max_body: int | None = None, max_extract_chars: int = MAX_EXTRACT_CHARS,
               loopback_only: bool = True, max_active: int = MAX_ACTIVE, body_seconds: float = BODY_SECONDS,
               ) -> Guard:
    """The application over the database at ``db_path`` (opened read-only, checked to be a warta
    database), wrapped in the guard of sizes, Host and requests at once (``max_active``; more get 503).
    ``loopback_only`` refuses requests whose Host is not localhost (on for a server bound to a loopback
    address). The body cap ``max_body`` defaults to :func:`body_cap` of ``max_extract_chars``; a body
    must arrive whole within ``body_seconds`` (else 408)."""
    con = connect(db_path, read_only=True)
    try:
        check_version(con)
    except StoreError:
        con.close()
        raise

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        con.close()

    app = FastAPI(title="warta", version=__version__, lifespan=lifespan,
                  description="CAMEO-coded events from Indonesian and English news, with the evidence of "
                              "every event. Errors all have the shape `{\"error\": {status, code, message, "
                              "details}}`.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.db = con
    app.state.db_path = str(db_path)
    app.state.max_extract_chars = max_extract_chars
    assets = Assets()
    app.include_router(api.router)
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return _error(exc.status_code, _STATUS_CODES.get(exc.status_code, "http_error"), message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": ".".join(str(p) for p in err.get("loc", ())), "message": str(err.get("msg", ""))}
                   for err in exc.errors()[:20]]
        first = details[0] if details else {"loc": "", "message": "invalid request"}
        return _error(422, "invalid_parameters", f"{first['loc']}: {first['message']}", details)

    @app.exception_handler(WartaError)
    async def warta_error(request: Request, exc: WartaError) -> JSONResponse:
        status = 422 if isinstance(exc, (InputError, UnsupportedLanguageError)) else 400
        if isinstance(exc, StoreError):
            status = 503
        return _error(status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s", request.url.path)
        return _error(500, "internal_error", "internal error (logged on the server)")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index(request: Request) -> Response:
        return assets.response("index.html", request)

    @app.api_route("/static/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
    def static(path: str, request: Request) -> Response:
        return assets.response(path, request)

    return Guard(app, max_body=max_body or body_cap(max_extract_chars), loopback_only=loopback_only,
                 max_active=max_active, body_seconds=body_seconds,
                 body_hint=f" (text to extract may have at most {max_extract_chars:,} characters)")


def fastapi_app(guarded: Any) -> FastAPI:
    """The FastAPI application inside the guard (for tests and OpenAPI export)."""
    return guarded.app
