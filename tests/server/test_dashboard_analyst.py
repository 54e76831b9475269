"""The dashboard as an analyst uses it, in headless Chromium over the dashboard corpus (``dashboard_corpus``):
every drill-down shows exactly the events of the chart element clicked, tooltips go with the view, the
network and the map stay legible, evidence offsets survive emoji, and the layout holds at 1,400 and 800 px.
Screenshots of each view at both widths go to $WARTA_SCREENSHOTS (else a temporary directory)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import combinations, pairwise
from urllib.parse import parse_qs, urlsplit

import dashboard_corpus
import httpx
import pytest

WIDE, NARROW = 1400, 800


@pytest.fixture
def api(dashboard_server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=dashboard_server.url, timeout=60) as http:
        yield http


def new_tab(browser, server, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server.url)
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("request", lambda request: tab.errors.extend(
        [] if urlsplit(request.url).netloc in ("", urlsplit(server.url).netloc) else [f"left the machine: {request.url}"]))
    return context, tab


@pytest.fixture
def tab(browser, dashboard_server) -> Iterator[object]:
    context, page = new_tab(browser, dashboard_server, WIDE)
    yield page
    context.close()
    assert page.errors == []


def open_view(page, hash_: str) -> None:
    page.goto("/" + hash_)
    page.wait_for_selector("#view[data-state=ready]")


def wait_for_view(page, prefix: str) -> None:
    page.wait_for_function(f"location.hash.startsWith({prefix!r})")
    page.wait_for_selector("#view[data-state=ready]")


def hash_params(page) -> dict[str, str]:
    query = page.evaluate("location.hash").partition("?")[2]
    return {k: v[0] for k, v in parse_qs(query).items()}


def listed_total(page) -> int:
    return int(page.locator("#events-total").get_attribute("data-total"))


def hover_tooltip(page, locator, position=None) -> dict[str, str]:
    """Hover a chart element and read Vega's tooltip as {title: value}."""
    locator.hover(position=position, force=True)
    page.wait_for_selector(".vg-tooltip.visible")
    rows = page.locator(".vg-tooltip.visible tr")
    return {rows.nth(i).locator("td.key").inner_text().rstrip(":"): rows.nth(i).locator("td.value").inner_text()
            for i in range(rows.count())}


def tallest(page, selector):
    """The chart element of `selector` (a CSS selector or a locator) with the tallest box (easy to hit,
    away from the line's points)."""
    found = page.locator(selector) if isinstance(selector, str) else selector
    heights = found.evaluate_all("els => els.map((e) => e.getBoundingClientRect().height)")
    return found.nth(max(range(len(heights)), key=heights.__getitem__))


def click_bar(page, selector: str) -> dict[str, str]:
    """Hover the tallest bar near its foot, read its tooltip, click it; returns the tooltip."""
    bar = tallest(page, selector)
    box = bar.bounding_box()
    spot = {"x": box["width"] / 2, "y": box["height"] - 3}
    tip = hover_tooltip(page, bar, spot)
    bar.click(position=spot, force=True)
    return tip


def no_visible_tooltip(page) -> bool:
    return page.locator(".vg-tooltip.visible").count() == 0


# --- timeline ---

def test_timeline_month_bar_opens_exactly_its_events(tab, screenshot_dir):
    open_view(tab, "#/?interval=month")
    tip = click_bar(tab, "#timeline-chart svg .mark-rect path")
    wait_for_view(tab, "#/events")
    params = hash_params(tab)
    month = dt.datetime.strptime(tip["period"], "%b %Y").date()
    assert params["start"] == month.isoformat()
    assert dt.date.fromisoformat(params["end"]) == (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    assert tab.locator("#filters input[name=start]").input_value() == params["start"]  # the period is shown
    assert listed_total(tab) == int(tip["events"])
    days = tab.locator("table.events td.day").all_inner_texts()
    assert days and all(params["start"] <= d <= params["end"] for d in days)
    assert set(tab.locator("table.events tbody td:nth-child(2)").all_inner_texts()) == {tip["QuadClass"]}
    assert no_visible_tooltip(tab)  # the chart's tooltip left with the chart


def test_timeline_week_bar_uses_iso_weeks(tab, api):
    open_view(tab, "#/?interval=week")
    texts = tab.locator("#timeline-chart svg .role-axis-label text").evaluate_all("els => els.map((e) => e.textContent)")
    labels = [t for t in texts if not re.fullmatch(r"[−-]?\d+", t)]  # the y axes' numbers aside
    assert labels and all(re.fullmatch(r"\d{4}-W(0[1-9]|[1-4]\d|5[0-3])", label) for label in labels)
    first = api.get("/api/timeline", params={"interval": "week"}).json()["series"][0]["period"]
    year, week, _ = dt.date.fromisoformat(first).isocalendar()
    assert labels[0] == f"{year}-W{week:02d}"
    tip = click_bar(tab, "#timeline-chart svg .mark-rect path")
    wait_for_view(tab, "#/events")
    start = dt.date.fromisoformat(hash_params(tab)["start"])
    year, week, weekday = start.isocalendar()
    assert weekday == 1 and tip["period"] == f"{year}-W{week:02d}"
    assert listed_total(tab) == int(tip["events"])


def test_tooltips_go_when_the_view_changes(tab, api):
    open_view(tab, "#/")
    click_bar(tab, "#timeline-chart svg .mark-rect path")  # hovered (tooltip shown), then clicked
    wait_for_view(tab, "#/events")
    assert no_visible_tooltip(tab)
    tab.locator("table.events tbody tr").first.click()
    wait_for_view(tab, "#/event/")
    assert no_visible_tooltip(tab)
    open_view(tab, "#/network")
    tallest(tab, "#network-chart svg .mark-symbol path").hover(force=True)
    tab.wait_for_selector(".vg-tooltip.visible")
    tab.go_back()
    wait_for_view(tab, "#/event/")
    assert no_visible_tooltip(tab)


def test_timeline_day_bars_are_visible_and_the_goldstein_line_is_light(browser, dashboard_server):
    context, page = new_tab(browser, dashboard_server, NARROW)  # a year of days on a narrow screen
    try:
        open_view(page, "#/?interval=day")
        widths = page.locator("#timeline-chart svg .mark-rect path").evaluate_all(
            "els => els.map((e) => e.getBoundingClientRect().width)")
        assert widths and min(widths) >= 2
        line = page.locator("#timeline-chart svg .mark-line path").first
        assert float(line.evaluate("e => getComputedStyle(e).strokeWidth").rstrip("px")) <= 1.5
        assert line.get_attribute("stroke-dasharray") in (None, "", "none")
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW  # the panel scrolls, not the page
    finally:
        context.close()
    assert page.errors == []


def test_goldstein_line_breaks_over_empty_months(tab, api):
    series = api.get("/api/timeline", params={"interval": "month", "actor": "FJIGOV"}).json()["series"]
    months = sorted({dt.date.fromisoformat(r["period"]) for r in series})
    runs = 1 + sum(1 for a, b in pairwise(months) if (b.year - a.year) * 12 + b.month - a.month > 1)
    assert runs > 1  # the corpus leaves months without Fiji's events
    open_view(tab, "#/?interval=month&actor=FJIGOV")
    assert tab.locator("#timeline-chart svg .mark-line path").count() == runs


# --- dyad ---

def test_dyad_both_directions_lists_every_event_with_a_pager(tab):
    open_view(tab, "#/dyad?source=IDNGOV&target=MYSGOV&both=true")
    assert tab.locator("#dyad-title").inner_text() == "Dyad IDNGOV ↔ MYSGOV"
    assert "IDNGOV ↔ MYSGOV" in tab.title()
    total = listed_total(tab)
    one_way = sum(1 for p in dashboard_corpus.plan() if p.source == "IDNGOV" and p.target == "MYSGOV")
    other_way = sum(1 for p in dashboard_corpus.plan() if p.source == "MYSGOV" and p.target == "IDNGOV")
    assert total == one_way + other_way > 50
    sources = set(tab.locator("#dyad-events td.source").all_inner_texts())
    assert any(s.startswith("MYSGOV") for s in sources) and any(s.startswith("IDNGOV") for s in sources)
    tab.click("#dyad-events button:has-text('next')")
    wait_for_view(tab, "#/dyad")
    assert hash_params(tab)["offset"] == "50"
    assert tab.locator("#events-total").inner_text().endswith("51–100")
    assert tab.locator("#dyad-title").inner_text() == "Dyad IDNGOV ↔ MYSGOV"


def test_dyad_title_follows_the_chosen_pair(tab):
    open_view(tab, "#/dyad?source=IDNGOV&target=MYSGOV&both=true")
    tab.fill("#dyad-form input[name=source]", "Singapura")  # a name
    tab.fill("#dyad-form input[name=target]", "Pemerintah")  # names several actors
    tab.uncheck("#dyad-form input[name=both]")
    tab.click("#dyad-form button[type=submit]")
    alert = tab.locator("#dyad-message [role=alert]")
    alert.wait_for()
    assert "names several actors" in alert.inner_text() and "SGPGOV (Pemerintah Singapura)" in alert.inner_text()
    tab.fill("#dyad-form input[name=target]", "idngov")
    tab.click("#dyad-form button[type=submit]")
    tab.wait_for_function("location.hash.includes('source=SGPGOV')")
    tab.wait_for_selector("#view[data-state=ready]")
    assert tab.locator("#dyad-title").inner_text() == "Dyad SGPGOV → IDNGOV"
    assert "SGPGOV → IDNGOV" in tab.title()
    assert set(tab.locator("#dyad-events td.source").all_inner_texts()) == {"SGPGOV · Pemerintah Singapura"}


def test_dyad_bar_opens_exactly_its_events(tab):
    open_view(tab, "#/dyad?source=IDNGOV&target=MYSGOV&both=true")
    tip = click_bar(tab, "#dyad-chart svg .mark-rect path")
    wait_for_view(tab, "#/events")
    params = hash_params(tab)
    assert params["both"] == "true" and params["source"] == "IDNGOV" and params["target"] == "MYSGOV"
    assert listed_total(tab) == int(tip["events"])
    chips = tab.locator("#filter-chips").inner_text()
    assert "IDNGOV" in chips and "MYSGOV" in chips and "either direction" in chips


# --- network ---

def network_geometry(page) -> dict:
    return page.evaluate("""() => {
      const svg = document.querySelector('#network-chart svg');
      const box = svg.getBoundingClientRect();
      const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]; };
      const nodes = [...svg.querySelectorAll('.mark-symbol path')].map((e) => { const r = rect(e); return [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2]; });
      const texts = [...svg.querySelectorAll('.mark-text')];
      const labels = [...texts[texts.length - 1].querySelectorAll('text')].map((e) => ({text: e.textContent, box: rect(e)}));
      const paths = [...svg.querySelectorAll('.mark-path')];
      return {width: box.width, height: box.height, nodes, labels,
              edges: paths[0].querySelectorAll('path').length, arrows: paths[1].querySelectorAll('path').length};
    }""")


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_network_keeps_nodes_labels_and_groups_apart(tab, api, screenshot_dir):
    open_view(tab, "#/network")
    shape = network_geometry(tab)
    edges = api.get("/api/network", params={"limit": 1000}).json()["edges"]
    assert shape["edges"] == shape["arrows"] == sum(1 for e in edges if e["source"] != e["target"])
    assert all(((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= 12 for (ax, ay), (bx, by) in combinations(shape["nodes"], 2))
    labels = shape["labels"]
    assert [pair for pair in combinations(labels, 2) if overlaps(pair[0]["box"], pair[1]["box"])] == []
    assert all(0 <= x0 and 0 <= y0 and x1 <= shape["width"] and y1 <= shape["height"]
               for x0, y0, x1, y1 in (lab["box"] for lab in labels))
    # groups that never meet: their boxes (labels included) do not overlap
    group = {"IDNGOV": 0, "RUSMIL": 1, "PSE": 2, "FJIGOV": 3}
    members = {0: ["IDNGOV", "MYSGOV", "SGPGOV", "AUSGOV", "CHNGOV", "IDNMIL"], 1: ["RUSMIL", "UKRGOV"],
               2: ["PSE", "ISRMIL", "EGYGOV"], 3: ["FJIGOV", "TONGOV"]}
    at = {lab["text"]: lab["box"] for lab in labels}
    boxes = {g: [min(at[c][0] for c in members[g]), min(at[c][1] for c in members[g]),
                 max(at[c][2] for c in members[g]), max(at[c][3] for c in members[g])] for g in group.values()}
    assert not any(overlaps(boxes[a], boxes[b]) for a, b in combinations(boxes, 2))
    tab.screenshot(path=screenshot_dir / "network-analyst.png", full_page=True)


def test_network_layout_stays_legible_at_eighty_actors(tab, screenshot_dir):
    """The layout module itself, in the browser, on a graph the size of a real corpus's (a hub-heavy group of
    60 actors and ten pairs on their own)."""
    edges = dashboard_corpus.random_network(80, seed=7)
    open_view(tab, "#/paste")  # any view: the test draws into the page itself
    tab.evaluate("""async (edges) => {
      const {networkSpec} = await import('/static/js/network.js');
      const box = document.createElement('div');
      box.id = 'network-chart';
      document.getElementById('view').replaceChildren(box);
      await window.vegaEmbed(box, networkSpec(edges, box.clientWidth - 4), {actions: false, renderer: 'svg'});
    }""", edges)
    shape = network_geometry(tab)
    assert len(shape["nodes"]) == len({e[side] for e in edges for side in ("source", "target")}) > 75
    assert shape["arrows"] == len(edges)
    assert all(((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= 12 for (ax, ay), (bx, by) in combinations(shape["nodes"], 2))
    assert [pair for pair in combinations(shape["labels"], 2) if overlaps(pair[0]["box"], pair[1]["box"])] == []
    tab.screenshot(path=screenshot_dir / "network-80-actors.png", full_page=True)


def test_network_node_and_arrow_open_exactly_their_events(tab):
    open_view(tab, "#/network")
    node = tallest(tab, "#network-chart svg .mark-symbol path")
    node.hover(force=True)
    tab.wait_for_selector(".vg-tooltip.visible")
    tip = tab.locator(".vg-tooltip.visible").inner_text()
    code, count = re.match(r"(\w+) · .*: (\d+) events", tip).groups()
    node.click(force=True)
    wait_for_view(tab, "#/events")
    assert hash_params(tab)["actor"] == code and listed_total(tab) == int(count)
    assert no_visible_tooltip(tab)

    open_view(tab, "#/network")
    arrow = tallest(tab, tab.locator("#network-chart svg .mark-path").nth(1).locator("path"))
    arrow.hover(force=True)
    tab.wait_for_selector(".vg-tooltip.visible")
    source, target, count = re.match(r"(\w+) → (\w+): (\d+) events", tab.locator(".vg-tooltip.visible").inner_text()).groups()
    arrow.click(force=True)
    wait_for_view(tab, "#/events")
    params = hash_params(tab)
    assert (params["source"], params["target"]) == (source, target) and listed_total(tab) == int(count)


# --- map ---

def test_map_pies_are_bounded_show_the_mix_and_never_parse_names(tab, api):
    open_view(tab, "#/map")
    places = {p["name"]: p for p in api.get("/api/places").json()["places"]}
    pies = tab.locator("#map .pie")
    assert pies.count() == len(places)
    sizes = {pies.nth(i).get_attribute("data-place"): pies.nth(i).bounding_box()["width"] for i in range(pies.count())}
    assert all(10 <= w <= 46 for w in sizes.values())  # 5 to 22 px radius, plus the border
    busiest = max(places.values(), key=lambda p: p["events"])["name"]
    gaza = places["Gaza"]
    expected = (gaza["events"] / places[busiest]["events"]) ** 0.5
    assert abs((sizes["Gaza"] - 2) / (sizes[busiest] - 2) - expected) < 0.05  # area grows with the count
    # the tie: half cooperation (green), half conflict (red)
    gradient = tab.locator("#map .pie[data-place='Gaza']").evaluate("e => e.style.background")
    assert "rgb(76, 159, 112) 0deg, rgb(76, 159, 112) 180deg" in gradient and "rgb(192, 57, 43) 180deg" in gradient
    pies.nth(list(sizes).index(dashboard_corpus.HOSTILE_PLACE)).hover()
    tip = tab.locator(".leaflet-tooltip")
    assert dashboard_corpus.HOSTILE_PLACE in tip.inner_text()
    assert tab.locator(".leaflet-tooltip img, #map img[src='x']").count() == 0


def test_map_has_no_band_across_the_world(tab):
    open_view(tab, "#/map")
    tab.wait_for_function("!document.querySelector('#map .leaflet-zoom-anim')")
    # the longest straight edge of every country drawn inside the map's box (Leaflet also cuts shapes at
    # its padded viewport; those cuts lie outside the box)
    longest = tab.locator("#map .leaflet-overlay-pane path").evaluate_all("""els => {
      const box = document.querySelector('#map').getBoundingClientRect();
      const inside = (p) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
      return els.map((e) => {
        const matrix = e.getScreenCTM();
        const svg = e.ownerSVGElement;
        let most = 0;
        for (const ring of e.getAttribute('d').split('M')) {  // each ring (subpath) on its own
          const xy = (ring.match(/-?[0-9.]+/g) || []).map(Number);
          const points = [];
          for (let i = 0; i + 1 < xy.length; i += 2) {
            const p = svg.createSVGPoint(); p.x = xy[i]; p.y = xy[i + 1]; points.push(p.matrixTransform(matrix));
          }
          for (let i = 1; i < points.length; i++) {
            if (inside(points[i]) && inside(points[i - 1])) most = Math.max(most, Math.abs(points[i].x - points[i - 1].x));
          }
        }
        return most;
      });
    }""")
    width = tab.locator("#map").bounding_box()["width"]
    # a ring that jumps from +180 to -180 draws one straight edge across the whole map
    assert len(longest) > 100 and max(longest) < 0.25 * width, max(longest)


def test_map_place_opens_exactly_its_events_with_the_place_shown(tab):
    open_view(tab, "#/map")
    tab.locator("#map .pie[data-place='Gaza']").click()
    link = tab.locator(".leaflet-popup a", has_text="events")
    count = int(link.inner_text().split()[0])
    link.click()
    wait_for_view(tab, "#/events")
    assert listed_total(tab) == count
    chip = tab.locator("#filter-chips .chip[data-key=location]")
    assert chip.is_visible() and "Gaza" in chip.inner_text()
    chip.locator("button").click()
    tab.wait_for_function("!location.hash.includes('location=')")
    tab.wait_for_selector("#view[data-state=ready]")
    assert listed_total(tab) > count


# --- inputs and messages ---

def test_actor_field_takes_a_name_and_says_what_it_expects(tab):
    open_view(tab, "#/events")
    tab.fill("#filters input[name=actor]", "Prabowo")
    tab.click("#filters button[type=submit]")
    tab.wait_for_function("location.hash.includes('actor=IDNGOV')")
    tab.wait_for_selector("#view[data-state=ready]")
    assert listed_total(tab) > 0
    assert tab.locator("#actor-meaning").inner_text() == "IDNGOV = Prabowo Subianto"
    tab.fill("#filters input[name=actor]", "Zorro")
    tab.click("#filters button[type=submit]")
    message = tab.locator("#filter-message [role=alert]")
    message.wait_for()
    assert "No actor code or name matches “Zorro”" in message.inner_text() and "IDNGOV" in message.inner_text()
    assert "actor=IDNGOV" in tab.evaluate("location.hash")  # the last good filter stays


def test_bad_parameters_read_as_words(tab):
    open_view(tab, "#/events?country=INDONESIA&code=4x")
    text = tab.locator("#view .error").inner_text()
    assert "Country takes a three-letter country code" in text and "Event code takes" in text
    assert not re.search(r"pattern|\^|\$|\[A-Z|String should", text)


def paste(page, api, text: str) -> dict:
    """Paste `text` (Indonesian) on the paste page; returns what the API codes for the same text."""
    open_view(page, "#/paste")
    page.fill("#paste-form textarea", text)
    page.select_option("#paste-form select[name=language]", "id")
    page.click("#paste-form button[type=submit]")
    page.wait_for_selector("#paste-events li")
    return api.post("/api/extract", json={"text": text, "language": "id"}).json()


def test_paste_shows_actor_codes(tab, api):
    result = paste(tab, api, dashboard_corpus.EMOJI_ARTICLES["emoji-2"])
    codes = set(tab.locator("#paste-events .code").all_inner_texts())
    assert {c.strip() for c in codes} == {a["code"] for e in result["events"] for a in (e["source"], e["target"]) if a}


# --- evidence offsets and links (#14) ---

def highlighted(page, container: str, kind: str) -> str:
    return "".join(page.locator(f"{container} .ev-{kind}").all_inner_texts())


def test_evidence_highlights_survive_emoji_flags_and_combining_marks(tab, api):
    events = [e for q in ("Malaysia", "Singapura")
              for e in api.get("/api/events", params={"q": q, "language": "id", "limit": 500}).json()["events"]
              if e["article_id"].startswith("emoji-")]
    assert len(events) >= 2
    for listed in events:
        event = api.get(f"/api/events/{listed['event_id']}").json()
        open_view(tab, f"#/event/{event['event_id']}")
        assert highlighted(tab, "#article-text", "mention") == "".join(m["text"] for m in event["mentions"])
        assert tab.locator("#article-text .ev-source").first.inner_text() == event["source_text"]
    # the paste page reads the same offsets from /api/extract
    result = paste(tab, api, dashboard_corpus.EMOJI_ARTICLES["emoji-1"])
    sources = {e["source"]["text"] for e in result["events"] if e["source"]}
    assert set(tab.locator("#paste-text .ev-source").all_inner_texts()) == sources


def test_only_web_addresses_become_links(tab, api):
    listed = api.get("/api/events", params={"q": "Kabar kawasan 1", "limit": 500}).json()["events"]
    event = next(e for e in listed if e["article_id"] == "kawasan-001")
    assert event["url"] is None  # the API gives no address that is not a web address
    open_view(tab, f"#/event/{event['event_id']}")
    assert tab.locator("a[href^='javascript']").count() == 0
    other = next(e for e in api.get("/api/events", params={"limit": 5}).json()["events"] if e["url"].startswith("https"))
    open_view(tab, f"#/event/{other['event_id']}")
    assert tab.locator(f"a[href='{other['url']}']").count() == 1


# --- widths, and a screenshot of every view at both ---

VIEWS = {"timeline": "#/", "timeline-week": "#/?interval=week", "dyad": "#/dyad?source=IDNGOV&target=MYSGOV&both=true",
         "network": "#/network", "map": "#/map", "events": "#/events", "events-drill": "#/events?location=Gaza",
         "paste": "#/paste"}


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_every_view_fits_the_window(browser, dashboard_server, api, screenshot_dir, width):
    context, page = new_tab(browser, dashboard_server, width)
    try:
        first = api.get("/api/events", params={"limit": 1}).json()["events"][0]["event_id"]
        for name, hash_ in {**VIEWS, "event": f"#/event/{first}"}.items():
            open_view(page, hash_)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, name
            page.screenshot(path=screenshot_dir / f"{name}-{width}.png", full_page=True)
        open_view(page, "#/events")
        if width == WIDE:  # the filter bar is one row
            boxes = page.locator("#filters > label, #filters > .buttons").evaluate_all(
                "els => els.map((e) => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom])")
            assert max(top for top, _ in boxes) < min(bottom for _, bottom in boxes), boxes
        assert page.locator("table.events").bounding_box()["width"] <= width
    finally:
        context.close()
    assert page.errors == []
