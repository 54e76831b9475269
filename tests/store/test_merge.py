"""Cross-article merging: one event, many reports; GDELT's counts; the one-a-day filter."""

from __future__ import annotations

from store_helpers import make_result, write

from warta.store import connect, queries


def _merged(db, **kw):
    return queries.merged_events(connect(db, read_only=True), limit=1000, **kw)["events"]


def test_reports_of_one_event_within_the_window_become_one_event(db):
    write(db, [
        make_result("a1", "laporan satu", "2025-03-01", [("190", "ISRMIL", "PSE", "2025-03-01")],
                    outlet="kabar", url="https://kabar.example/1"),
        make_result("a2", "laporan dua", "2025-03-02", [("193", "ISRMIL", "PSE", "2025-03-02")],
                    url="https://berita.example/2"),
        make_result("a3", "laporan tiga", "2025-03-02", [("190", "ISRMIL", "PSE", "2025-03-01")],
                    outlet="kabar", url="https://kabar.example/3"),
    ])
    merged = _merged(db)
    assert len(merged) == 1
    m = merged[0]
    assert (m["num_articles"], m["num_sources"], m["num_mentions"], m["num_events"]) == (3, 2, 3, 3)
    assert m["code"] == "190" and m["day"] == "2025-03-01"  # the first report's code and day
    reports = queries.cluster_reports(connect(db, read_only=True), m["cluster_id"])
    assert len(reports) == 3 and {r["cluster_id"] for r in reports} == {m["cluster_id"]}


def test_the_window_is_chained_and_configurable(db):
    write(db, [make_result(f"a{d}", f"laporan {d}", f"2025-03-0{d}", [("190", "ISRMIL", "PSE", f"2025-03-0{d}")])
               for d in (1, 2, 3, 6)])
    assert sorted(m["num_articles"] for m in _merged(db)) == [1, 3]        # 1-2-3 chained, 6 alone
    assert sorted(m["num_articles"] for m in _merged(db, window_days=0)) == [1, 1, 1, 1]
    assert sorted(m["num_articles"] for m in _merged(db, window_days=3)) == [4]


def test_different_actors_roots_or_factuality_do_not_merge(db):
    write(db, [
        make_result("a1", "satu", "2025-03-01", [("190", "ISRMIL", "PSE", "2025-03-01"),
                                                 ("111", "ISRMIL", "PSE", "2025-03-01"),
                                                 ("190", "PSE", "ISRMIL", "2025-03-01")]),
    ])
    assert len(_merged(db)) == 3


def test_one_a_day_keeps_one_event_per_day_dyad_and_code(db):
    write(db, [
        make_result("a1", "satu", "2025-03-01", [("190", "ISRMIL", "PSE", "2025-03-01")]),
        make_result("a2", "dua", "2025-03-01", [("190", "ISRMIL", "PSE", "2025-03-01", "future")]),
        make_result("a3", "tiga", "2025-03-01", [("042", "IDNGOV", "MYS", "2025-03-01")]),
    ])
    assert len(_merged(db)) == 3                          # factuality keeps reports apart
    kept = _merged(db, one_a_day=True)
    assert sorted(m["code"] for m in kept) == ["042", "190"]


def test_events_without_a_day_are_never_merged(db):
    write(db, [make_result("a1", "satu", "2025-03-01", [("190", "ISRMIL", "PSE", None)]),
               make_result("a2", "dua", "2025-03-01", [("190", "ISRMIL", "PSE", "2025-03-01")])])
    assert [m["num_articles"] for m in _merged(db)] == [2]  # no event date: the publication day counts
    write(db, [make_result(f"n{i}", f"tanpa tanggal {i}", None, [("190", "ISRMIL", "PSE", None)])
               for i in range(2)])
    assert sorted(m["num_articles"] for m in _merged(db)) == [1, 1, 2]
