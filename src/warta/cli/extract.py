"""``warta extract PATH...``: articles in (text files, JSONL, ``-`` for stdin), events out as JSONL."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, WartaError
from ..io.readers import BadRecord, article_from_text_file, decode, iter_jsonl, read_jsonl
from ..pipeline.pipeline import detect_language, load_pipeline
from ..records import Article


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="code articles as events (JSONL out)",
                       description="Read plain-text files (id = file name) or JSONL files (one article a "
                                   "line: id, text, language, published, url, title) and write one JSON "
                                   "object per article with its events.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text or .jsonl file, or - for stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of text-file articles")
    p.add_argument("--language", choices=["id", "en", "ms"], help="language (default: identified)")
    p.add_argument("--output", "-o", metavar="FILE", help="write JSONL here instead of stdout")
    p.set_defaults(run=run)


def valid_date(value: str | None, option: str = "--published") -> str | None:
    """A YYYY-MM-DD option's value, checked."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"{option} must be YYYY-MM-DD, not {value!r}") from None


def _articles(paths: list[str], published: str | None, language: str | None,
              problems: list[str]) -> Iterator[Article]:
    for name in paths:
        try:
            if name == "-":
                data = sys.stdin.buffer.read()
                if data.lstrip().startswith(b"{"):
                    records = iter_jsonl(io.BytesIO(data), "<stdin>")
                else:
                    text, warning = decode(data, "<stdin>")
                    if warning:
                        problems.append(f"warning: {warning}")
                    records = iter([Article("stdin", text, language, published)])
            elif name.endswith((".jsonl", ".ndjson")):
                records = read_jsonl(name)
            else:
                article, warning = article_from_text_file(name, published=published, language=language)
                if warning:
                    problems.append(f"warning: {warning}")
                records = iter([article])
            for record in records:
                if isinstance(record, BadRecord):
                    problems.append(f"error: {record.code} {record}")
                    continue
                if language and not record.language:
                    record = Article(**{**record.__dict__, "language": language})
                if published and not record.published:
                    record = Article(**{**record.__dict__, "published": published})
                yield record
        except WartaError as err:
            problems.append(f"error: {err}")


def run(args: argparse.Namespace) -> int:
    published = valid_date(args.published)
    for name in args.paths:
        if name != "-" and not Path(name).exists():
            raise InputError(f"no such file: {name}")
    problems: list[str] = []
    done = 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for article in _articles(args.paths, published, args.language, problems):
            try:
                language = article.language or detect_language(article.text)
                if language == "und":
                    raise InputError(f"article {article.id!r}: cannot identify its language "
                                     "(give --language or a \"language\" field)")
                result = load_pipeline(language)(Article(**{**article.__dict__, "language": language}))
            except WartaError as err:
                problems.append(f"error: {article.id}: {err}")
                continue
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            done += 1
            _flush_problems(problems)
    finally:
        if out is not sys.stdout:
            out.close()
    _flush_problems(problems)
    if done == 0:
        print("warta: error: no article could be processed", file=sys.stderr)
        return 1
    return 0


def _flush_problems(problems: list[str]) -> None:
    for line in problems:
        print(f"warta: {line}", file=sys.stderr)
    problems.clear()
