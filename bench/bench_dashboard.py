"""How long the dashboard's views take in headless Chromium; prints figures, asserts nothing.

    python bench/bench_dashboard.py                 # the test corpus, and network layouts of 40-320 actors

Builds the browser tests' database (tests/server/dashboard_corpus.py, written with the store writer),
starts ``warta serve`` on it, and prints for each view the median time from navigation to a rendered view
(a full page load each time: scripts, summary, the view's queries and drawing; 5 runs, 1,400 px), then the time the network layout (d3-force per connected group, then packing)
takes for seeded random graphs of growing size. Needs Debian's chromium and Playwright.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "server"))

import dashboard_corpus
from server_helpers import CHROMIUM, free_port, start_server, stop, wait_ready

VIEWS = {"timeline": "#/", "timeline per day": "#/?interval=day", "dyad": "#/dyad?source=IDNGOV&target=MYSGOV&both=true",
         "network": "#/network", "map": "#/map", "events": "#/events"}
RUNS = 5


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.duckdb"
        events = dashboard_corpus.build(db)
        port = free_port()
        process = start_server(db, port)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_ready(url, process)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=url).new_page()
                print(f"dashboard corpus: {events} events")
                for name, hash_ in VIEWS.items():
                    times = []
                    for _ in range(RUNS):
                        page.goto("about:blank")
                        start = time.perf_counter()
                        page.goto("/" + hash_)
                        page.wait_for_selector("#view[data-state=ready]")
                        times.append(time.perf_counter() - start)
                    print(f"  {name:18s} {statistics.median(times) * 1000:7.0f} ms to a rendered view (median of {RUNS})")
                page.goto("/#/paste")
                page.wait_for_selector("#view[data-state=ready]")
                print("network layout alone (networkSpec: d3-force per group, packing, shapes):")
                for actors in (40, 40, 80, 160, 320):  # the first run also loads the module
                    edges = dashboard_corpus.random_network(actors)
                    ms = page.evaluate("""async (edges) => {
                      const {networkSpec} = await import('/static/js/network.js');
                      const start = performance.now();
                      networkSpec(edges, 1360);
                      return performance.now() - start;
                    }""", edges)
                    print(f"  {actors:4d} actors, {len(edges):4d} edges: {ms:7.0f} ms")
                browser.close()
        finally:
            stop(process)


if __name__ == "__main__":
    main()
