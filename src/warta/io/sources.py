"""Corpus sources: directories, text/HTML/JSON files, JSONL(.gz), WARC(.gz) and Parquet.

:func:`iter_sources` turns the paths a user gives into a stream of :class:`Item` (an article and where it
was read: ``path``, ``path:line``, ``path#offset``, ``path@row``) and :class:`~warta.io.readers.BadRecord`
(what could not be read, and why). Nothing in a corpus is fatal; only a path that does not exist is.
The reading order is deterministic (directories sorted), so two runs over the same paths read the same
stream.
"""

from __future__ import annotations

import glob
import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MalformedRecordError, SourceError
from ..records import Article
from .readers import MAX_ARTICLE_BYTES, BadRecord, article_from_record, decode, read_text_file

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
PARQUET_SUFFIXES = (".parquet",)
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".json",) + JSONL_SUFFIXES + WARC_SUFFIXES + PARQUET_SUFFIXES
TEXT_COLUMNS = ("text", "content", "body", "maintext")


@dataclass(frozen=True)
class Item:
    """An article read from a corpus, with its locator."""

    locator: str
    article: Article
    warnings: tuple[str, ...] = ()  # about the reading (a file not in UTF-8), stored with the article


def kind_of(path: Path) -> str | None:
    """'text', 'html', 'json', 'jsonl', 'warc', 'parquet' or None by the file name."""
    name = path.name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES), ("parquet", PARQUET_SUFFIXES),
                           ("html", HTML_SUFFIXES), ("json", (".json",)), ("text", TEXT_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: list[str]) -> list[str]:
    """The paths a user gave, with quoted glob patterns (``'corpus/*.jsonl'``) expanded in sorted order,
    as a shell would; a pattern that matches nothing is an error, like a missing file. URLs pass as given."""
    out: list[str] = []
    for name in paths:
        if "://" in name or Path(name).exists() or not GLOB_CHARS & set(name):
            out.append(name)
            continue
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            raise SourceError(f"no file matches {name}")
        out.extend(matches)
    return out


def check_sources(paths: list[str]) -> None:
    """Fail early, before any work, when a path the user gave does not exist."""
    for name in paths:
        if not Path(name).exists():
            raise SourceError(f"no such file or directory: {name}")


def iter_sources(paths: list[str]) -> Iterator[Item | BadRecord]:
    """Every article (and bad record) of the given files and directories, in a deterministic order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                kind = kind_of(child)
                if kind is None:
                    yield BadRecord(str(child), 0, f"unsupported file type (known: {', '.join(KNOWN_SUFFIXES)})")
                    continue
                yield from iter_file(child, kind, article_id=str(rel.with_suffix("")) if kind != "jsonl" else None)
        else:
            yield from iter_file(path, kind_of(path) or "text")


def iter_file(path: Path, kind: str, article_id: str | None = None) -> Iterator[Item | BadRecord]:
    """Articles of one file of a known kind."""
    source = str(path)
    try:
        if kind == "text":
            text, warning = read_text_file(path)
            yield Item(source, Article(id=article_id or path.stem, text=text), _listed(warning))
        elif kind == "html":
            html, warning = decode(_read_bytes(path), source)
            yield Item(source, html_to_article(html, article_id or path.stem, None, source), _listed(warning))
        elif kind == "json":
            yield from _json_items(path)
        elif kind == "jsonl":
            yield from _jsonl_items(path)
        elif kind == "warc":
            from .warc import iter_warc

            yield from iter_warc(path)
        elif kind == "parquet":
            yield from iter_parquet(path)
    except InputError as err:
        yield BadRecord(source, 0, err.message.removeprefix(f"{source} "), err.code)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield BadRecord(source, 0, f"cannot read: {err}")


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f"is {size / 1e6:.1f} MB; one article may be at most {MAX_ARTICLE_BYTES // 10**6} MB")
    return path.read_bytes()


def html_to_article(html: bytes | str, article_id: str, url: str | None, source: str) -> Article:
    """Main text (trafilatura) and publication date (htmldate) of an HTML page."""
    import trafilatura
    from htmldate import find_date

    if isinstance(html, bytes):
        html, _warning = decode(html, source)
    if not html.strip():
        raise InputError("is empty")
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise InputError("has no main text (trafilatura found none)")
    title = getattr(extracted, "title", None)
    published = getattr(extracted, "date", None)
    if not published:
        try:
            published = find_date(html, original_date=True, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - htmldate raises many kinds on odd pages; a date is optional
            published = None
    outlet = getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None)
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return Article(id=article_id, text=body, published=date_as_found(published, html), url=url, title=title,
                   outlet=outlet)


def date_as_found(guess: str | None, html: str) -> str | None:
    """A page's date at the precision the page gives it.

    htmldate (and trafilatura through it) writes a year-only find (a copyright line, a ``/2025/`` path) as
    January 1 and a month-only find as the 1st of the month. A first of the month that the page does not
    state (as 2025-01-01, 01/01/2025, 1 Januari 2025, January 1, 2025 ...) is cut back to what it does
    state: ``YYYY-MM`` when the month and year stand together, else ``YYYY`` for January and ``YYYY-MM``
    for a month-only find."""
    if not guess or not re.fullmatch(r"\d{4}-\d\d-01", guess[:10]):
        return guess[:10] if guess else None
    from ..pipeline.dates import month_names

    year, month = guess[:4], int(guess[5:7])
    names = "|".join(re.escape(name) for name in month_names(month)) or r"(?!x)x"
    m = rf"0?{month}"
    full = (rf"{year}[-/.]{m}[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]{m}[-/.]{year}|(?<!\d){m}[-/.]0?1[-/.]{year}"
            rf"|{year}{month:02d}01|(?<!\d)0?1(?:st)?\.?\s+(?:{names})\.?,?\s+{year}"
            rf"|(?:{names})\.?\s+0?1(?:st)?,?\s+{year}")
    if re.search(full, html, re.IGNORECASE):
        return guess[:10]
    month_year = rf"{year}[-/.]{m}(?![\d])|(?<![\d/.-]){m}[-/.]{year}|(?:{names})\.?,?\s+{year}"
    if month != 1 or re.search(month_year, html, re.IGNORECASE):
        return guess[:7]
    return year


def _listed(warning: str | None) -> tuple[str, ...]:
    return (warning,) if warning else ()


def _json_items(path: Path) -> Iterator[Item | BadRecord]:
    source = str(path)
    text, _warning = decode(_read_bytes(path), source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield BadRecord(source, 0, f"not valid JSON ({err.msg})")
        return
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records, start=1):
        locator = source if len(records) == 1 else f"{source}:{n}"
        try:
            if isinstance(record, dict) and not record.get("id"):
                record = {**record, "id": path.stem if len(records) == 1 else f"{path.stem}-{n}"}
            yield Item(locator, article_from_record(record, source, n))
        except InputError as err:
            yield BadRecord(source, n if len(records) > 1 else 0, err.message.split(": ", 1)[-1])


def _jsonl_items(path: Path) -> Iterator[Item | BadRecord]:
    source = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                line, warning = decode(raw, f"{source}:{line_no}")
                yield Item(f"{source}:{line_no}", article_from_record(json.loads(line), source, line_no),
                           _listed(warning))
            except json.JSONDecodeError as err:
                yield BadRecord(source, line_no, f"not valid JSON ({err.msg})", MalformedRecordError.code)
            except InputError as err:
                yield BadRecord(source, line_no, err.message.split(": ", 1)[-1], err.code)


def iter_parquet(path: Path, batch_rows: int = 2048) -> Iterator[Item | BadRecord]:
    """Rows of a Parquet file with a text column (``text``, ``content``, ``body`` or ``maintext``)."""
    import pyarrow.parquet as pq

    source = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as err:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError ...
        yield BadRecord(source, 0, f"not a readable Parquet file ({str(err).splitlines()[0]})")
        return
    names = pf.schema_arrow.names
    text_col = next((c for c in TEXT_COLUMNS if c in names), None)
    if text_col is None:
        yield BadRecord(source, 0, f"no text column (one of {', '.join(TEXT_COLUMNS)}; found {', '.join(names)})")
        return
    row_no = 0
    for batch in pf.iter_batches(batch_size=batch_rows):
        for row in batch.to_pylist():
            row_no += 1
            record = {k: (v.isoformat()[:10] if hasattr(v, "isoformat") else v) for k, v in row.items()}
            record["text"] = row.get(text_col)
            if record.get("id") is None:
                record["id"] = f"{path.stem}-{row_no}"
            elif not isinstance(record["id"], str):
                record["id"] = str(record["id"])
            try:
                yield Item(f"{source}@{row_no}", article_from_record(record, source, row_no))
            except InputError as err:
                yield BadRecord(f"{source}@{row_no}", 0, err.message.split(": ", 1)[-1])


def count_items(paths: list[str]) -> int | None:
    """A quick count of the articles in the sources (for an ETA); None when one kind cannot be counted."""
    total = 0
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            kind = kind_of(f) or "text"
            if kind == "jsonl" and not f.name.endswith(".gz"):
                with f.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif kind == "parquet":
                import pyarrow.parquet as pq

                try:
                    total += pq.ParquetFile(f).metadata.num_rows
                except Exception:  # noqa: BLE001
                    total += 1
            elif kind in ("warc", "jsonl", "json"):
                return None
            else:
                total += 1
    return total
