"""The dashboard in headless Chromium (Debian's ``chromium`` driven by Playwright): every view renders from
the shipped assets only, filters narrow the table, an event page highlights its evidence. Screenshots go to
$WARTA_SCREENSHOTS (else a temporary directory)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from server_helpers import ARTICLES


@pytest.fixture
def page(browser, server) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    hosts: set[str] = set()
    errors: list[str] = []
    tab.on("request", lambda request: hosts.add(urlsplit(request.url).netloc or request.url.split(":")[0]))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == []
    assert hosts <= {urlsplit(server.url).netloc, "data"}, hosts  # works offline: nothing but this server


def open_view(page, hash_: str) -> None:
    page.goto("/" + hash_)
    page.wait_for_selector("#view[data-state=ready]")


def test_timeline(page, screenshot_dir):
    open_view(page, "#/")
    assert page.locator("#timeline-chart svg .mark-rect path").count() > 0
    assert "events" in page.locator(".cards").inner_text()
    page.screenshot(path=screenshot_dir / "timeline.png", full_page=True)


def test_filter_events_table_and_open_an_event(page, screenshot_dir):
    open_view(page, "#/events")
    everything = page.locator("table.events tbody tr").count()
    page.fill("#filters input[name=actor]", "MYS")
    page.select_option("#filters select[name=quad_class]", "4")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('actor=MYS')")
    page.wait_for_selector("#view[data-state=ready]")
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() < everything
    for i in range(rows.count()):
        row = rows.nth(i)
        assert "MYS" in row.locator("td.source").inner_text() + row.locator("td.target").inner_text()
        assert "material conflict" in row.inner_text()
    page.screenshot(path=screenshot_dir / "events-filtered.png", full_page=True)

    rows.first.click()
    page.wait_for_function("location.hash.startsWith('#/event/')")
    page.wait_for_selector("#view[data-state=ready]")
    page.wait_for_selector("#article-text .ev-mention")
    source = page.locator("#article-text .ev-source").first.inner_text()
    header_source = page.locator(".event-head b.ev-source").inner_text()
    assert source == header_source
    assert page.locator("#article-text .ev-predicate").count() > 0
    assert page.locator("#article-text .ev-target").count() > 0
    assert page.locator("#event-rule").inner_text().startswith("id.")
    page.screenshot(path=screenshot_dir / "event.png", full_page=True)


def test_event_with_a_quote(page, client, screenshot_dir):
    row = client.get("/api/events", params={"code": "111", "q": "serangan Rusia", "limit": 50}).json()["events"]
    quoted = next(e for e in row if e["article_id"] == "09-pernyataan")
    open_view(page, f"#/event/{quoted['event_id']}")
    assert "Indonesia mengecam serangan Rusia" in page.locator("#article-text .ev-mention").first.inner_text() \
        or page.locator("#article-text .ev-mention").count() > 1
    assert page.locator("#article-text .ev-quote").count() > 0
    page.screenshot(path=screenshot_dir / "event-quote.png", full_page=True)


def test_dyad(page, screenshot_dir):
    open_view(page, "#/dyad?source=IDN&target=MYS&interval=month")
    assert page.locator("#dyad-chart svg .mark-rect path").count() > 0
    assert page.locator("#dyad-chart svg .mark-line path").count() > 0
    assert page.locator("#dyad-events table.events tbody tr").count() > 0
    page.screenshot(path=screenshot_dir / "dyad.png", full_page=True)


def test_network(page, screenshot_dir):
    open_view(page, "#/network")
    assert page.locator("#network-chart svg .mark-symbol path").count() >= 4
    assert "IDNGOV" in page.locator("#network-chart svg").text_content()
    page.screenshot(path=screenshot_dir / "network.png", full_page=True)


def test_map(page, screenshot_dir):
    open_view(page, "#/map")
    assert page.locator("#map .place .pie").count() >= 3
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100  # country shapes
    page.screenshot(path=screenshot_dir / "map.png", full_page=True)


def test_paste_an_article(page, screenshot_dir):
    open_view(page, "#/paste")
    page.fill("#paste-form textarea", (ARTICLES / "07-ukraina.txt").read_text(encoding="utf-8"))
    page.select_option("#paste-form select[name=language]", "id")
    page.click("#paste-form button[type=submit]")
    page.wait_for_selector("#paste-events li")
    assert page.locator("#paste-events li").count() >= 3
    assert "Rusia" in page.locator("#paste-text .ev-source").all_inner_texts()
    page.locator("#paste-events li").first.click()
    assert page.locator("#paste-text .ev-focus").count() > 0
    page.screenshot(path=screenshot_dir / "paste.png", full_page=True)


def test_bad_input_shows_the_message(page):
    open_view(page, "#/event/0000000000000000-0")
    assert "no event" in page.locator("#view .error").inner_text()
