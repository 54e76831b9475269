"""Reading articles: plain-text files and JSONL, with clear errors for bad input.

A reader never stops a corpus for one bad record: JSONL lines that cannot be read are yielded as
:class:`BadRecord` with their line number and reason, and the caller decides what to do with them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import BinaryInputError, EmptyInputError, InputError, InputTooLargeError, MalformedRecordError
from ..records import Article

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # one article; a news article is a few kilobytes
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024  # a JSONL corpus file
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class BadRecord:
    source: str
    line: int
    reason: str
    code: str = InputError.code  # the catalogue code of the reason (W002 empty, W003 binary, W004 too large ...)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """Bytes → text: UTF-8 (with or without BOM), else cp1252/latin-1 with a warning."""
    if not data.strip():
        raise EmptyInputError(f"{source} is empty")
    if b"\x00" in data[:8192]:
        raise BinaryInputError(f"{source} looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, f"{source} is not UTF-8; decoded as {encoding}"
    raise InputError(f"{source} cannot be decoded as text")  # pragma: no cover - latin-1 decodes anything


def read_text_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, str | None]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"{path} is {size / 1e6:.1f} MB; one article may be at most {max_bytes / 1e6:.0f} MB "
                "(split a corpus into JSONL, one article a line)"
            )
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from err
    return decode(data, str(path))


def article_from_text_file(path: str | Path, *, published: str | None = None,
                           language: str | None = None) -> tuple[Article, str | None]:
    path = Path(path)
    text, warning = read_text_file(path)
    return Article(id=path.stem, text=text, language=language, published=published), warning


def article_from_record(record: object, source: str, line: int) -> Article:
    if not isinstance(record, dict):
        raise MalformedRecordError(f"{source}:{line}: expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecordError(f"{source}:{line}: no \"text\"")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise InputTooLargeError(f"{source}:{line}: the text is larger than {MAX_ARTICLE_BYTES // 10**6} MB")
    aid = record.get("id")
    if aid is None or (isinstance(aid, str) and not aid.strip()):
        aid = f"{Path(source).stem}-{line}"
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        raise MalformedRecordError(f"{source}:{line}: \"published\" must be a YYYY-MM-DD string")
    return Article(
        id=str(aid), text=text, language=record.get("language") or None, published=published,
        url=record.get("url"), title=record.get("title"), outlet=record.get("outlet"),
    )


def iter_jsonl(handle: IO[bytes], source: str) -> Iterator[Article | BadRecord]:
    """Articles from a JSONL stream; unreadable lines come out as :class:`BadRecord`."""
    for line_no, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        try:
            line, _warning = decode(raw, f"{source}:{line_no}")
            yield article_from_record(json.loads(line), source, line_no)
        except json.JSONDecodeError as err:
            yield BadRecord(source, line_no, f"not valid JSON ({err.msg})", MalformedRecordError.code)
        except InputError as err:
            yield BadRecord(source, line_no, err.message.split(": ", 1)[-1], err.code)


def read_jsonl(path: str | Path) -> Iterator[Article | BadRecord]:
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from err
    with handle:
        yield from iter_jsonl(handle, str(path))
