"""Article URLs reach clients only when they are http(s) links: a real database whose articles came with
hostile and odd URLs, served by a real ``warta serve``."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from server_helpers import serving

from warta.runners.local import ingest
from warta.server.schemas import link_url

# One short article per URL, each text different (articles are keyed by the hash of their text).
SENTENCES = ("Tentara Indonesia menyerang kelompok bersenjata di Papua pada Senin.",
             "Polisi Indonesia menangkap dua pengedar narkoba di Medan pada Selasa.",
             "Presiden Indonesia mengunjungi Malaysia pada Rabu.",
             "Menteri Luar Negeri Indonesia mengecam Israel pada Kamis.",
             "Tentara Malaysia menyerang perompak di Sabah pada Jumat.",
             "Polisi Malaysia menangkap tiga penyelundup di Johor pada Sabtu.",
             "Presiden Filipina mengunjungi Indonesia pada Minggu.",
             "Menteri Pertahanan Indonesia mengecam Australia pada Senin.",
             "Polisi Indonesia menangkap empat perompak di Batam pada Selasa.")
URLS = {"https://news.example/2024/06/03/serangan": True,
        "http://news.example/a?b=c": True,
        "HTTPS://NEWS.EXAMPLE/UPPER": True,
        "javascript:alert(document.cookie)": False,
        " JavaScript:alert(1)": False,
        "data:text/html,<script>alert(1)</script>": False,
        "java\nscript:alert(1)": False,
        "//news.example/no-scheme": False,
        "/relative/path": False}


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("links")
    records = [{"id": f"link-{n}", "text": text, "language": "id", "published": "2024-06-03", "url": url,
                "title": f"judul {n}"} for n, (text, url) in enumerate(zip(SENTENCES, URLS, strict=True))]
    (folder / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = ingest([str(folder / "articles.jsonl")], folder / "links.duckdb")
    assert report.added == len(URLS) and report.events
    with serving(folder / "links.duckdb") as server, httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def expected(article_id: str) -> str | None:
    url = list(URLS)[int(article_id.removeprefix("link-"))]
    return url if URLS[url] else None


@pytest.mark.parametrize(("url", "safe"), URLS.items())
def test_link_url(url, safe):
    assert link_url(url) == (url if safe else None)


def test_article_lists_and_details_show_only_http_links(linked):
    articles = linked.get("/api/articles", params={"limit": 500}).json()["articles"]
    assert len(articles) == len(URLS)
    for row in articles:
        assert row["url"] == expected(row["article_id"])
        detail = linked.get(f"/api/articles/{row['article_hash']}").json()
        assert detail["url"] == expected(row["article_id"])
        assert all(e["url"] == expected(row["article_id"]) for e in detail["events"])


def test_event_lists_and_details_show_only_http_links(linked):
    events = linked.get("/api/events", params={"limit": 500}).json()["events"]
    assert {e["article_id"] for e in events} >= {"link-0", "link-3"}  # a safe and a hostile one have events
    for row in events:
        assert row["url"] == expected(row["article_id"])
        assert linked.get(f"/api/events/{row['event_id']}").json()["url"] == expected(row["article_id"])
