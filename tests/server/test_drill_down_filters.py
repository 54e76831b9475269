"""The event filters drill-downs use (``exact``, ``both``, ``dyadic``), over the dashboard corpus: each names
exactly the events the chart element counted."""

from __future__ import annotations

from collections.abc import Iterator

import dashboard_corpus
import httpx
import pytest


@pytest.fixture(scope="module")
def api(dashboard_server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=dashboard_server.url, timeout=60) as http:
        yield http


def total(api: httpx.Client, **params: str) -> int:
    response = api.get("/api/events", params={**params, "limit": 1})
    assert response.status_code == 200, response.text
    return response.json()["total"]


def planned(match) -> int:
    return sum(1 for p in dashboard_corpus.plan() if match(p))


def test_both_counts_either_direction_and_only_with_both_codes(api):
    one_way = planned(lambda p: (p.source, p.target) == ("IDNGOV", "MYSGOV"))
    other = planned(lambda p: (p.source, p.target) == ("MYSGOV", "IDNGOV"))
    assert total(api, source="IDNGOV", target="MYSGOV") == one_way
    assert total(api, source="IDNGOV", target="MYSGOV", both="true") == one_way + other
    # both without a pair is no filter on direction
    assert total(api, source="IDNGOV", both="true") == total(api, source="IDNGOV")


def test_exact_codes_are_whole_codes(api):
    prefix = total(api, actor="IDN")
    whole = total(api, actor="IDN", exact="true")  # only the pipeline's bare IDN, not IDNGOV or IDNMIL
    assert 0 < whole < prefix
    assert total(api, actor="IDNGOV", exact="true") == total(api, actor="IDNGOV")


def test_dyadic_leaves_out_events_without_a_target(api):
    alone = planned(lambda p: p.source == "IDNGOV" and p.target is None)
    assert alone > 0
    assert total(api, actor="IDNGOV", exact="true", dyadic="true") == total(api, actor="IDNGOV", exact="true") - alone
    # and it is the network's count for that actor
    edges = api.get("/api/network", params={"limit": 1000}).json()["edges"]
    counted = sum(e["events"] for e in edges if "IDNGOV" in (e["source"], e["target"]))
    assert total(api, actor="IDNGOV", exact="true", dyadic="true") == counted


def test_bad_flag_is_a_4xx(api):
    response = api.get("/api/events", params={"both": "sometimes"})
    assert response.status_code == 422 and response.json()["error"]["details"][0]["loc"] == "query.both"
