"""WARC(.gz) files: every HTML response record becomes an article (trafilatura for the main text,
htmldate for the publication date), located as ``path#offset``."""

from __future__ import annotations

import contextlib
import io
import zlib
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
    """As :func:`iter_warc`, over an open binary stream (Spark hands whole files as bytes).

    A record whose block ends before its ``Content-Length`` (a file cut short by a crawl or a copy) is a
    bad record, never an article: so is a file that is not WARC at all. warcio's own warnings (printed on
    stderr) become the reason of one bad record instead."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(handle)
    warnings = io.StringIO()
    stream = iter(records)
    n_records = 0
    while True:
        try:
            with contextlib.redirect_stderr(warnings):
                record = next(stream)
        except StopIteration:
            break
        except Exception as err:  # noqa: BLE001 - warcio fails on a garbled header with any kind of error
            where = "" if n_records == 0 else f" after {n_records} records"
            yield BadRecord(source, 0, f"not a readable WARC file{where} ({_first_words(err)})")
            return
        if warnings.getvalue():
            yield BadRecord(source, 0, _warning_reason(warnings.getvalue()))
            return
        n_records += 1
        if not (record.rec_headers.get_header("Content-Length") or "").isdigit():
            yield BadRecord(f"{source}#{records.offset}", 0,
                            "a record without a Content-Length (a truncated or garbled file); not stored")
            return
        item = _record_item(record, records, source)
        cut = _unread_after_drain(record.raw_stream)
        if cut > 0:
            yield BadRecord(f"{source}#{records.offset}", 0,
                            f"the record is cut short ({cut} bytes missing: the file is truncated); not stored")
            return
        if item is not None:
            yield item
    left = _bytes_after(handle, records.offset)
    if left:
        yield BadRecord(f"{source}#{records.offset}", 0, f"the file ends with {left} bytes that are not a whole "
                        "record (a truncated file?); not stored")


def _bytes_after(handle: IO[bytes], offset: int) -> int:
    """How many bytes a seekable stream has after ``offset`` (0 when it cannot tell)."""
    try:
        return max(0, handle.seek(0, io.SEEK_END) - offset)
    except (OSError, ValueError):
        return 0


def _record_item(record, records, source: str) -> Item | BadRecord | None:
    """The article of an HTML response record (None for other records); reads the record's content."""
    if record.rec_type not in ("response", "resource"):
        return None
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                    else record.rec_headers.get_header("Content-Type")) or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as err:
        return BadRecord(source, 0, f"cannot read a record ({_first_words(err)})")
    locator = f"{source}#{records.offset}"
    if len(data) > MAX_ARTICLE_BYTES:
        return BadRecord(locator, 0, f"larger than {MAX_ARTICLE_BYTES // 10**6} MB")
    try:
        return Item(locator, html_to_article(data, url or locator, url, locator))
    except InputError as err:
        return BadRecord(locator, 0, err.message)


def _unread_after_drain(stream) -> int:
    """Read what is left of a record's block (a warcio LimitReader); returns how many bytes of the block
    were never there: 0 for a whole record."""
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0)


def _first_words(err: BaseException) -> str:
    """warcio's own reason, without the garbled bytes it quotes; a generic one for its internal errors."""
    from warcio.exceptions import ArchiveLoadFailed

    if not isinstance(err, ArchiveLoadFailed):
        return "a garbled record header"
    text = str(err).split(", first line", 1)[0].splitlines()
    words = "".join(ch for ch in (text[0] if text else "") if ch.isprintable())[:80]
    return words or "not WARC"


def _warning_reason(text: str) -> str:
    offset = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Offset:")), "?")
    return (f"not a valid WARC file: a record does not end where its Content-Length says "
            f"(near offset {offset}); a truncated or garbled file")
