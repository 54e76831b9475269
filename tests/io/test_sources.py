"""Corpus sources: directories, HTML, JSON, JSONL.gz, WARC.gz and Parquet; bad records never fatal."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warta.errors import SourceError
from warta.io.readers import BadRecord
from warta.io.sources import Item, check_sources, count_items, iter_sources

STORY = ("Pemerintah Indonesia mengecam serangan Israel ke Gaza. Menteri Luar Negeri meminta Dewan Keamanan "
         "PBB bertindak segera untuk melindungi warga sipil di Jalur Gaza. Bantuan kemanusiaan akan dikirim "
         "melalui Mesir pekan depan, kata juru bicara kementerian kepada wartawan di Jakarta.")
PAGE = f"""<!doctype html><html><head><title>Indonesia kecam Israel</title>
<meta property="article:published_time" content="2025-03-04T10:00:00+07:00"></head>
<body><nav>Beranda | Politik | Ekonomi</nav><article><h1>Indonesia kecam Israel</h1>
<p>{STORY}</p><p>{STORY.replace("Gaza", "Rafah")}</p></article>
<footer>Hak cipta 2025 Kabar Contoh. Semua hak dilindungi.</footer></body></html>"""


def _split(items):
    good = [i for i in items if isinstance(i, Item)]
    bad = [i for i in items if isinstance(i, BadRecord)]
    return good, bad


def test_a_directory_of_mixed_files(tmp_path: Path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "sub" / "b.html").write_text(PAGE, encoding="utf-8")
    (root / "c.json").write_text(json.dumps({"text": STORY + " Lagi.", "published": "2025-03-05"}))
    (root / "d.jsonl").write_text(json.dumps({"id": "d1", "text": STORY + " Dua."}) + "\n{broken\n")
    (root / "e.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "empty.txt").write_text("")
    (root / ".hidden.txt").write_text(STORY)
    good, bad = _split(list(iter_sources([str(root)])))
    ids = [i.article.id for i in good]
    assert ids == ["a", "c", "d1", "sub/b"]  # sorted paths; ids are relative paths
    html = good[-1].article
    assert "Beranda" not in html.text and "Hak cipta" not in html.text and "Rafah" in html.text
    assert html.published == "2025-03-04" and html.title == "Indonesia kecam Israel"
    assert good[1].article.published == "2025-03-05"
    reasons = {Path(b.source).name: b.reason for b in bad}
    assert set(reasons) == {"d.jsonl", "e.png", "empty.txt"}
    assert "unsupported file type" in reasons["e.png"] and "empty" in reasons["empty.txt"]
    assert good[2].locator.endswith("d.jsonl:1")


def test_jsonl_gz_with_line_locators(tmp_path: Path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "x", "text": STORY}) + "\n\n" + json.dumps({"id": "y"}) + "\n")
    good, bad = _split(list(iter_sources([str(path)])))
    assert [g.locator for g in good] == [f"{path}:1"]
    assert bad[0].line == 3 and "text" in bad[0].reason


def test_warc_html_responses_become_articles(tmp_path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, ctype in (("https://kabar.example/1", PAGE, "text/html; charset=utf-8"),
                                 ("https://kabar.example/logo.png", "PNG", "image/png"),
                                 ("https://kabar.example/2", "<html><body></body></html>", "text/html")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
    good, bad = _split(list(iter_sources([str(path)])))
    assert len(good) == 1 and good[0].article.url == "https://kabar.example/1"
    assert good[0].article.published == "2025-03-04" and "#" in good[0].locator
    assert len(bad) == 1 and "main text" in bad[0].source + bad[0].reason


def test_parquet_with_a_text_column(tmp_path: Path):
    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "content": [STORY, None, STORY + " Tiga."],
                             "published": ["2025-03-04", None, "2025-03-06"]}), path)
    good, bad = _split(list(iter_sources([str(path)])))
    assert [g.article.id for g in good] == ["1", "3"] and good[0].article.published == "2025-03-04"
    assert len(bad) == 1 and bad[0].source.endswith("@2")
    assert count_items([str(path)]) == 3
    other = tmp_path / "no-text.parquet"
    pq.write_table(pa.table({"title": ["x"]}), other)
    good, bad = _split(list(iter_sources([str(other)])))
    assert not good and "no text column" in bad[0].reason


def test_a_missing_source_is_an_error_before_any_work(tmp_path: Path):
    with pytest.raises(SourceError):
        check_sources([str(tmp_path / "nope")])


@pytest.mark.parametrize(("dated", "expected"), [
    ("<footer>&copy; 2025 Kabar Contoh</footer>", "2025"),        # a copyright year: the year only
    ("<p>Edisi Januari 2025</p>", "2025-01"),                      # month and year: the month
    ("<p>Diterbitkan 1 Januari 2025</p>", "2025-01-01"),           # a stated first of January stays
    ("<p>Published January 1, 2025</p>", "2025-01-01"),
])
def test_an_html_date_keeps_the_precision_the_page_gives(tmp_path: Path, dated: str, expected: str):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Kabar</title></head><body><article><h1>Kabar</h1><p>{STORY}</p>"
                    f"</article>{dated}</body></html>", encoding="utf-8")
    [item] = list(iter_sources([str(page)]))
    assert item.article.published == expected


def test_a_latin1_text_file_carries_its_decoding_warning(tmp_path: Path):
    path = tmp_path / "kafe.txt"
    path.write_bytes(("Caf\u00e9 " + STORY).encode("latin-1"))
    [item] = list(iter_sources([str(path)]))
    assert item.article.text.startswith("Caf\u00e9 ")
    assert item.warnings == (f"{path} is not UTF-8; decoded as cp1252",)
