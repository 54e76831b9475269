"""The dashboard's files over real HTTP: ETags and 304s, gzip, the cache policy, and the security headers on
every answer (see conftest.py for the server)."""

from __future__ import annotations

import pytest

from warta.server.assets import STATIC, accepts_gzip

VEGA = "/static/vendor/vega/vega.min.js"


def assert_secured(response) -> None:
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", [VEGA, "/static/app.css", "/"])
def test_gzip_etag_and_304(client, path):
    on_disk = (STATIC / (path.removeprefix("/static/") if path != "/" else "index.html")).read_bytes()
    first = client.get(path, headers={"accept-encoding": "gzip"})
    assert first.status_code == 200 and first.content == on_disk
    assert first.headers["content-encoding"] == "gzip" and first.num_bytes_downloaded < len(on_disk) / 2
    assert first.headers["cache-control"] == "no-cache" and "accept-encoding" in first.headers["vary"].lower()
    assert_secured(first)
    again = client.get(path, headers={"accept-encoding": "gzip", "if-none-match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == first.headers["etag"]
    assert_secured(again)


def test_identity_is_another_representation(client):
    packed = client.get(VEGA, headers={"accept-encoding": "gzip"})
    plain = client.get(VEGA, headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == (STATIC / VEGA[8:]).read_bytes()
    assert plain.headers["etag"] != packed.headers["etag"]
    assert client.get(VEGA, headers={"accept-encoding": "identity",
                                     "if-none-match": plain.headers["etag"]}).status_code == 304
    stale = client.get(VEGA, headers={"accept-encoding": "identity", "if-none-match": '"0123", W/"4567"'})
    assert stale.status_code == 200 and stale.content == plain.content


def test_json_is_gzipped_when_accepted(client):
    events = client.get("/api/events", params={"limit": 50}, headers={"accept-encoding": "gzip"})
    assert events.headers["content-encoding"] == "gzip" and events.json()["events"]
    assert events.num_bytes_downloaded < len(events.content)
    assert_secured(events)
    assert "content-encoding" not in client.get("/api/events", headers={"accept-encoding": "identity"}).headers


def test_a_whole_reload_downloads_no_file(client):
    """Every script, style sheet and the basemap: the second load is all 304s."""
    paths = ["/", *(f"/static/{p.relative_to(STATIC).as_posix()}" for p in STATIC.rglob("*")
                    if p.suffix in {".js", ".css", ".geojson"})]
    first = {path: client.get(path, headers={"accept-encoding": "gzip"}) for path in paths}
    assert all(r.status_code == 200 for r in first.values())
    reload = [client.get(path, headers={"accept-encoding": "gzip", "if-none-match": r.headers["etag"]})
              for path, r in first.items()]
    assert {r.status_code for r in reload} == {304} and sum(len(r.content) for r in reload) == 0
    assert sum(r.num_bytes_downloaded for r in first.values()) < sum(len(r.content) for r in first.values()) / 2


@pytest.mark.parametrize(("header", "accepted"), [("gzip, deflate, br", True), ("GZIP", True), ("*", True),
                                                  ("identity", False), ("", False), ("gzip;q=0", False),
                                                  ("br;q=1.0, gzip;q=0.5", True), ("gzip;q=0.0", False)])
def test_accepts_gzip(header, accepted):
    assert accepts_gzip(header) is accepted
