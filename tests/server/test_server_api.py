"""The JSON API against a real ``warta serve`` process over a real database (see conftest.py)."""

from __future__ import annotations

import httpx
import pytest

ERROR_KEYS = {"status", "code", "message", "details"}


def error_of(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


def all_events(client: httpx.Client, **params: object) -> list[dict]:
    page = client.get("/api/events", params={**params, "limit": 500}).json()
    assert page["total"] == len(page["events"])
    return page["events"]


def test_summary_counts_what_was_ingested(client, corpus):
    summary = client.get("/api/summary").json()
    assert summary["articles"] == corpus.report.added
    assert summary["events"] == corpus.report.events
    assert summary["languages"] == ["id"]
    assert [r["code"] for r in summary["roots"]] == [f"{n:02d}" for n in range(1, 21)]
    assert summary["first_day"] <= summary["last_day"]


def test_events_filters(client, corpus):
    everything = all_events(client)
    assert len(everything) == corpus.report.events
    idn = all_events(client, actor="idn")
    assert idn and all((e["source_code"] or "").startswith("IDN") or (e["target_code"] or "").startswith("IDN")
                       for e in idn)
    mys = all_events(client, country="MYS")
    assert mys and all("MYS" in (e["source_country"], e["target_country"]) for e in mys)
    conflict = all_events(client, quad_class=4)
    assert conflict and all(e["quad_class"] == 4 for e in conflict)
    attacks = all_events(client, root="19")
    assert attacks and all(e["root_code"] == "19" for e in attacks)
    assert {e["code"] for e in all_events(client, code="173")} == {"173"}
    spring = all_events(client, start="2022-04-01", end="2022-05-31")
    assert spring and all("2022-04-01" <= e["day"] <= "2022-05-31" for e in spring)
    assert all_events(client, factuality="negated") == [e for e in everything if e["factuality"] == "negated"]
    assert len(all_events(client, language="id")) == len(everything)
    assert all_events(client, language="en") == []
    fishermen = all_events(client, q="NELAYAN")
    assert fishermen and all("nelayan" in " ".join(str(e[k]) for k in ("evidence", "title", "source_text",
                                                                         "target_text")).lower()
                             for e in fishermen)
    jakarta = all_events(client, location="Jakarta")
    assert jakarta and all(e["location_name"] == "Jakarta" for e in jakarta)


def test_events_sorting_and_pages(client):
    rows = all_events(client, sort="goldstein", order="asc")
    assert [e["goldstein"] for e in rows] == sorted(e["goldstein"] for e in rows)
    first = client.get("/api/events", params={"limit": 5, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    both = client.get("/api/events", params={"limit": 10}).json()
    assert [e["event_id"] for e in first["events"] + second["events"]] == [e["event_id"] for e in both["events"]]
    assert first["total"] == both["total"] and first["limit"] == 5 and second["offset"] == 5


def test_event_evidence_points_into_the_article(client):
    arrest = all_events(client, code="173")[0]
    event = client.get(f"/api/events/{arrest['event_id']}").json()
    text = event["article_text"]
    assert event["mentions"]
    for mention in event["mentions"]:
        assert text[mention["start_char"]:mention["end_char"]] == mention["text"]
    spans = {s["kind"]: text[s["start"]:s["end"]] for s in event["spans"]}
    assert spans["source"] == event["source_text"] == "Polisi Malaysia"
    assert spans["target"] == event["target_text"]
    assert spans["predicate"] == "menangkap"
    assert event["code_name"] and event["quad_class_name"] == "material conflict" and event["rule"]


def test_event_quotes_are_highlighted_with_their_event(client):
    for row in all_events(client):
        event = client.get(f"/api/events/{row['event_id']}").json()
        if any(s["kind"] == "quote" for s in event["spans"]):
            quote = next(s for s in event["spans"] if s["kind"] == "quote")
            assert event["article_text"][quote["start"]:quote["end"]] in {q["text"] for q in event["quotes"]}
            return
    pytest.fail("no event carries a quote span")


def test_unknown_and_malformed_event_ids(client):
    assert error_of(client.get("/api/events/0000000000000000-0"), 404)["code"] == "not_found"
    assert error_of(client.get("/api/events/not-an-id"), 422)["details"][0]["loc"] == "path.event_id"


def test_articles(client, corpus):
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] == corpus.report.added and len(page["articles"]) == 3
    assert "text" not in page["articles"][0]
    found = client.get("/api/articles", params={"q": "Canberra"}).json()["articles"]
    assert [a["article_id"] for a in found] == ["05-kerja-sama"]
    article = client.get(f"/api/articles/{found[0]['article_hash']}").json()
    assert "Canberra" in article["text"] and len(article["events"]) == article["n_events"]
    error_of(client.get("/api/articles/" + "0" * 64), 404)


def test_actors_count_both_sides(client):
    actors = client.get("/api/actors", params={"limit": 500}).json()["actors"]
    events = all_events(client)
    for actor in actors[:5]:
        as_source = sum(e["source_code"] == actor["code"] for e in events)
        as_target = sum(e["target_code"] == actor["code"] for e in events)
        assert (actor["as_source"], actor["as_target"], actor["events"]) == (as_source, as_target,
                                                                             as_source + as_target)
    assert client.get("/api/actors", params={"q": "malay"}).json()["actors"]


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_dyad_series_adds_up(client, interval):
    dyad = client.get("/api/dyad", params={"source": "IDN", "target": "MYS", "interval": interval}).json()
    events = all_events(client, source="IDN", target="MYS")
    assert sum(p["events"] for p in dyad["series"]) == len(events) > 0
    for point in dyad["series"]:
        assert point["events"] == point["quad1"] + point["quad2"] + point["quad3"] + point["quad4"]
        assert -10 <= point["goldstein_mean"] <= 10


def test_timeline_network_places(client, corpus):
    timeline = client.get("/api/timeline", params={"interval": "month"}).json()["series"]
    assert sum(p["events"] for p in timeline) == corpus.report.events
    edges = client.get("/api/network").json()["edges"]
    assert edges == sorted(edges, key=lambda e: (-e["events"], e["source"], e["target"]))
    assert sum(e["events"] for e in edges) == len([e for e in all_events(client)
                                                   if e["source_code"] and e["target_code"]])
    places = client.get("/api/places").json()["places"]
    assert {"Jakarta", "Canberra"} <= {p["name"] for p in places}
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)


def test_extract_codes_posted_text(client):
    text = "Polisi Malaysia menangkap tiga nelayan Indonesia di Johor pada Rabu (6/4/2022)."
    result = client.post("/api/extract", json={"text": text, "language": "id"}).json()
    assert result["article"]["text"] == text
    arrest = next(e for e in result["events"] if e["code"] == "173")
    spans = {s["kind"]: text[s["start"]:s["end"]] for s in arrest["spans"]}
    assert spans["source"] == "Polisi Malaysia" and spans["predicate"] == "menangkap"


def test_extract_refuses_bad_input(client, server):
    error_of(client.post("/api/extract", json={"text": "   "}), 422)
    error_of(client.post("/api/extract", json={"text": "x", "language": "fr"}), 422)
    error_of(client.post("/api/extract", json={"text": "x", "unknown": 1}), 422)
    error_of(client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}), 422)
    error_of(client.post("/api/extract", json={"text": "kata " * 30_000}), 413)  # too many characters
    assert error_of(client.post("/api/extract", json={"text": "a" * 2_000_000}), 413)["code"] == "body_too_large"
    error_of(client.get("/api/extract"), 405)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "ten"},
                                    {"start": "2022-13-01"}, {"quad_class": 5}, {"root": "1"},
                                    {"actor": "IDN%"}, {"factuality": "maybe"}, {"sort": "rule"},
                                    {"q": "x" * 201}, {"country": "INDONESIA"}])
def test_bad_parameters_are_422(client, params):
    assert error_of(client.get("/api/events", params=params), 422)["code"] == "invalid_parameters"


def test_sql_stays_data(client, corpus):
    hostile = "'; DROP TABLE events; --"
    assert client.get("/api/events", params={"q": hostile}).json()["total"] == 0
    assert client.get("/api/articles", params={"q": "%' OR '1'='1"}).json()["total"] == 0
    assert client.get("/api/events", params={"q": "%"}).json()["total"] == 0  # % is a character, not a wildcard
    assert client.get("/api/summary").json()["events"] == corpus.report.events


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/vendor/../../api.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
                                  "/static/js/../../app.py", "/app.py", "/static/", "/static/js"])
def test_only_shipped_files_are_served(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_shipped_files_and_headers(client):
    index = client.get("/")
    assert index.status_code == 200 and "text/html" in index.headers["content-type"]
    assert "default-src 'self'" in index.headers["content-security-policy"]
    assert index.headers["x-content-type-options"] == "nosniff"
    assert "http://" not in index.text and "https://" not in index.text  # nothing from a CDN
    vega = client.get("/static/vendor/vega/vega.min.js")
    assert vega.status_code == 200 and "javascript" in vega.headers["content-type"]
    assert client.get("/static/vendor/vega/LICENSE").status_code == 200
    basemap = client.get("/static/vendor/world-atlas/countries-110m.geojson").json()
    assert "Indonesia" in {f["properties"]["name"] for f in basemap["features"]}


def test_size_and_host_guards(client, server):
    assert error_of(client.get("/api/events", params={"q": "x" * 3000}), 414)["code"] == "uri_too_long"
    assert error_of(client.get("/api/summary", headers={"host": "attacker.example"}), 421)["code"] == "bad_host"
    assert client.get("/api/summary", headers={"host": "localhost:1"}).status_code == 200


def test_openapi_documents_every_endpoint(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_hash}",
            "/api/actors", "/api/dyad", "/api/timeline", "/api/network", "/api/places", "/api/extract",
            "/api/summary"} <= set(spec["paths"])
    assert "ErrorResponse" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 404  # no Swagger UI: it would load scripts from a CDN
