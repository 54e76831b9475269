"""Fixtures for the io tests: a small database of hand-made coded articles (no pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.records import Actor, Article, ArticleResult, Event, Location, Mention
from warta.store import Coded, Store

TEXT_A = "Israel menyerang Gaza. Mesir mengecam Israel."
TEXT_B = "Militer Israel menyerang Gaza lagi.\tIndonesia mengecam."


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    db = tmp_path / "events.duckdb"
    ev_a = Event("e1", "190", "19", 4, -10.0, Actor("ISRMIL", "ISR", "Israel", "Israel"),
                 Actor("PSE", "PSE", "Palestine", "Gaza"), date="2025-03-04",
                 location=Location("Gaza", "PSE", 31.5, 34.47),
                 mentions=(Mention(0, 0, 21, TEXT_A[0:21]),), rule="r1")
    ev_a2 = Event("e2", "111", "11", 3, -2.0, Actor("EGYGOV", "EGY", "Egypt", "Mesir"),
                  Actor("ISR", "ISR", "Israel", "Israel"), date="2025-03-04",
                  mentions=(Mention(1, 23, 44, TEXT_A[23:44]),), rule="r2")
    ev_b = Event("e1", "193", "19", 4, -10.0, Actor("ISRMIL", "ISR", "Israel", "Militer Israel"),
                 Actor("PSE", "PSE", "Palestine", "Gaza"), date="2025-03-05",
                 mentions=(Mention(0, 0, 29, TEXT_B[0:29]),), rule="r3")
    ev_c = Event("e9", "0253", "02", 1, 3.0, Actor("IGOUNOUAF", None, "UN peacekeepers", "pasukan PBB"),
                 None, date="2025-03", mentions=(Mention(0, 0, 7, TEXT_B[0:7]),), rule="r4")
    with Store(db) as store:
        store.write([
            Coded("a.jsonl:1", ArticleResult(Article("a", TEXT_A, "id", "2025-03-04", "https://kabar.example/a",
                                                     "Gaza", "kabar"), (ev_a, ev_a2))),
            Coded("a.jsonl:2", ArticleResult(Article("b", TEXT_B, "id", "2025-03-05", None, "Gaza lagi"),
                                             (ev_b, ev_c))),
        ])
    return db
