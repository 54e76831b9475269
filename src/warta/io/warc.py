"""WARC(.gz) files: every HTML response record becomes an article (trafilatura for the main text,
htmldate for the publication date), located as ``path#offset``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import InputError
from .readers import MAX_ARTICLE_BYTES, BadRecord
from .sources import Item, html_to_article


def iter_warc(path: Path) -> Iterator[Item | BadRecord]:
    """HTML responses of a WARC file; other records (requests, metadata, images) are passed over."""
    with path.open("rb") as handle:
        yield from iter_warc_stream(handle, str(path))


def iter_warc_stream(handle: IO[bytes], source: str) -> Iterator[Item | BadRecord]:
    """As :func:`iter_warc`, over an open binary stream (Spark hands whole files as bytes)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(handle)
    try:
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                            else record.rec_headers.get_header("Content-Type")) or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
            locator = f"{source}#{records.get_record_offset()}"  # only after the read: it consumes
            if len(data) > MAX_ARTICLE_BYTES:
                yield BadRecord(locator, 0, f"larger than {MAX_ARTICLE_BYTES // 10**6} MB")
                continue
            try:
                yield Item(locator, html_to_article(data, url or locator, url, locator))
            except InputError as err:
                yield BadRecord(locator, 0, err.message)
    except ArchiveLoadFailed as err:
        yield BadRecord(source, 0, f"not a readable WARC file ({str(err).splitlines()[0]})")
