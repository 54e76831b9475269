"""Small corpus files written for the tests (articles the team wrote; no text from ../shared): plain text,
HTML pages and WARC files made with warcio, so the readers meet real files."""

from __future__ import annotations

import io
import json
from pathlib import Path

ARTICLE_ID = """Menlu Indonesia bertemu Menlu Malaysia di Jakarta

JAKARTA - Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Malaysia di Jakarta pada \
Senin (3/11/2025). Kedua menteri membahas kerja sama perbatasan.

Pemerintah Malaysia mengecam serangan Israel terhadap Gaza, kata juru bicara kementerian.
"""

ARTICLE_ID_2 = """Polisi menangkap tiga demonstran di Surabaya

SURABAYA - Polisi menangkap tiga demonstran di depan gedung DPRD Jawa Timur pada Selasa. Para demonstran \
menuntut pemerintah daerah membatalkan kenaikan tarif air.
"""

ARTICLE_EN = """Indonesia and Australia sign maritime deal

Indonesia and Australia signed a maritime security agreement in Canberra on Tuesday. The Australian \
government praised Indonesia for its cooperation.
"""

#: The events the coder finds in ARTICLE_ID (a gold row for `warta eval`).
GOLD_ID = [
    {"source": "IDNGOV", "target": "MYSGOV", "code": ["040", "042", "043"], "factuality": "asserted"},
    {"source": "MYSGOV", "target": "ISR", "code": ["111", "110"], "factuality": "asserted"},
]


def html_page(title: str, body: str, *, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>")


def warc_bytes(pages: list[tuple[str, str]], *, gzip: bool = True) -> bytes:
    """A WARC file with one HTML ``response`` record per (url, html) page, as a crawler writes it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, html in pages:
        data = html.encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                              ("Content-Length", str(len(data)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(data),
                                                      http_headers=headers))
    return out.getvalue()


def write_warc(path: Path, pages: list[tuple[str, str]]) -> Path:
    path.write_bytes(warc_bytes(pages, gzip=path.name.endswith(".gz")))
    return path


def news_pages() -> list[tuple[str, str]]:
    """Two pages of a crawl: the Indonesian articles as HTML."""
    return [(f"https://kabar.example/2025/11/0{n}/berita-{n}", html_page(text.split("\n")[0], text.split("\n", 2)[2]))
            for n, text in enumerate((ARTICLE_ID, ARTICLE_ID_2), start=1)]


def write_jsonl(rows: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
