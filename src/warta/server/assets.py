"""The dashboard's files: only those found under ``static/`` at start-up, each with an ETag for conditional
GETs (304 Not Modified) and, for text, a gzip copy made once.

Every answer says ``Cache-Control: no-cache``: a browser keeps the files but asks each time whether they
changed, so a new warta never mixes old and new scripts, and an unchanged file costs one 304 without a
body instead of a download.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.responses import Response

STATIC = Path(__file__).resolve().parent / "static"
CACHE_CONTROL = "no-cache"
_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".geojson": "application/geo+json",
          ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml", ".txt": "text/plain"}
GZIP_MIN_BYTES = 512  # smaller files gain less than the headers cost


def shipped_files(root: Path = STATIC) -> dict[str, Path]:
    """Every file under ``root`` by its URL path relative to it (``vendor/vega/vega.min.js``)."""
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def media_type(path: Path) -> str:
    kind = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind.endswith(("json", "javascript")):
        kind += "; charset=utf-8"
    return kind


def _compressible(kind: str) -> bool:
    return kind.startswith(("text/", "image/svg")) or "json" in kind or "javascript" in kind


@dataclass(frozen=True)
class Asset:
    """One file as served: its bytes, its type, its ETag, and its gzip copy (None when not worth it)."""

    body: bytes
    media_type: str
    etag: str
    gzipped: bytes | None

    @property
    def gzip_etag(self) -> str:
        return self.etag[:-1] + '-gzip"'  # the compressed copy is another representation: its own tag


def load_asset(path: Path) -> Asset:
    body = path.read_bytes()
    kind = media_type(path)
    gzipped = None
    if _compressible(kind) and len(body) >= GZIP_MIN_BYTES:
        packed = gzip.compress(body, compresslevel=9, mtime=0)
        gzipped = packed if len(packed) < len(body) else None
    return Asset(body, kind, f'"{hashlib.sha256(body).hexdigest()[:32]}"', gzipped)


class Assets:
    """The shipped files, looked up by exact relative path; each read and compressed once, again only if
    its size or modification time changes (an edited file while developing)."""

    def __init__(self, root: Path = STATIC) -> None:
        self.files = shipped_files(root)
        self._loaded: dict[str, tuple[tuple[int, int], Asset]] = {}

    def get(self, path: str) -> Asset | None:
        found = self.files.get(path)
        if found is None:
            return None
        stat = found.stat()
        stamp = (stat.st_size, stat.st_mtime_ns)
        cached = self._loaded.get(path)
        if cached is None or cached[0] != stamp:
            cached = (stamp, load_asset(found))
            self._loaded[path] = cached
        return cached[1]

    def response(self, path: str, request: Request) -> Response:
        """The file at ``path``: 304 when the request's If-None-Match names it, gzip when accepted."""
        asset = self.get(path)
        if asset is None:
            raise HTTPException(404, "no such file")
        headers = {"cache-control": CACHE_CONTROL, "vary": "Accept-Encoding"}
        wanted = {tag.strip().removeprefix("W/") for tag in request.headers.get("if-none-match", "").split(",")}
        if wanted & {asset.etag, asset.gzip_etag, "*"}:
            matched = asset.gzip_etag if asset.gzip_etag in wanted else asset.etag
            return Response(status_code=304, headers={**headers, "etag": matched})
        if asset.gzipped is not None and accepts_gzip(request.headers.get("accept-encoding", "")):
            headers.update({"etag": asset.gzip_etag, "content-encoding": "gzip"})
            return Response(asset.gzipped, media_type=asset.media_type, headers=headers)
        headers["etag"] = asset.etag
        return Response(asset.body, media_type=asset.media_type, headers=headers)


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header accepts gzip (named, or ``*``, without ``q=0``)."""
    for item in accept_encoding.lower().split(","):
        name, _, params = item.partition(";")
        if name.strip() in {"gzip", "*"}:
            quality = params.strip().removeprefix("q=")
            return not (params.strip().startswith("q=") and _is_zero(quality))
    return False


def _is_zero(quality: str) -> bool:
    try:
        return float(quality) == 0
    except ValueError:
        return False
