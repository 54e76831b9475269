"""WARC files cut short or garbled: a record cut mid-way is a bad record, never an article, and a file
that is not WARC is one bad record with a reason (not warcio's warnings on stderr)."""

from __future__ import annotations

import io
import os
import random

import pytest
from corpus_files import ARTICLE_EN, html_page, news_pages, warc_bytes

from warta.io.readers import BadRecord
from warta.io.warc import iter_warc_stream

PAGES = [*news_pages(), ("https://news.example/deal", html_page("Maritime deal", ARTICLE_EN.split("\n", 2)[2]))]


def _record_spans(data: bytes) -> list[tuple[int, int]]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(data))
    return [(records.get_record_offset(), records.get_record_length()) for _ in records]


def _read(data: bytes) -> tuple[list[str], list[BadRecord]]:
    out = list(iter_warc_stream(io.BytesIO(data), "crawl.warc.gz"))
    return ([o.article.text for o in out if not isinstance(o, BadRecord)],
            [o for o in out if isinstance(o, BadRecord)])


@pytest.mark.parametrize("compressed", [True, False])
def test_a_file_cut_anywhere_never_stores_a_cut_record(compressed: bool, capfd):
    data = warc_bytes(PAGES, gzip=compressed)
    whole, bad = _read(data)
    assert len(whole) == 3 and not bad
    spans = _record_spans(data)
    for cut in sorted(random.Random(3).sample(range(1, len(data)), 150)):
        texts, bad = _read(data[:cut])
        assert texts == whole[:len(texts)], f"a cut record was read as whole (cut at byte {cut})"
        inside = any(start < cut < start + length - 16 for start, length in spans)  # before its last lines
        if inside:
            assert len(bad) == 1, f"cut at byte {cut} went unreported"
            assert "\n" not in bad[0].reason
    assert "WARNING" not in capfd.readouterr().err


def test_a_truncated_record_is_named_with_its_offset_and_the_ones_before_it_are_kept():
    data = warc_bytes(PAGES)
    second_start, second_length = _record_spans(data)[1]
    texts, bad = _read(data[:second_start + second_length // 2])
    assert len(texts) == 1
    assert bad[0].source == f"crawl.warc.gz#{second_start}" and "truncated" in bad[0].reason


@pytest.mark.parametrize("garbage", [os.urandom(4000), b"\x1f\x8b\x08\x00" + os.urandom(4000),
                                     b"WARC/1.0\r\nWARC-Type: response\r\n\r\n" + b"x" * 300])
def test_a_garbage_file_is_one_bad_record(garbage: bytes, capfd):
    texts, bad = _read(garbage)
    assert texts == [] and len(bad) == 1
    assert bad[0].reason and "\n" not in bad[0].reason and len(bad[0].reason) < 160
    assert capfd.readouterr().err == ""
