"""Golden articles written by the team: the pipeline must find their events (scored as ANNOTATION.md
defines it) and nothing they do not state."""

import json
from pathlib import Path

import pytest

from warta.evaluation import evaluate_gold_file

GOLD = Path(__file__).parent / "golden.jsonl"


@pytest.fixture(scope="module")
def report():
    return evaluate_gold_file(GOLD)


def test_golden_articles_are_coded_with_high_precision_and_recall(report):
    l1 = report.scores["all"]["L1"]
    assert l1.precision >= 0.85, report.errors("L1")
    assert l1.recall >= 0.75, report.errors("L1")
    assert report.scores["all"]["L3"].f1 >= 0.6


def test_golden_factuality_and_dates(report):
    l1 = report.scores["all"]["L1"]
    assert l1.fact_n and l1.fact_ok / l1.fact_n >= 0.85
    assert l1.date_n and l1.date_ok == l1.date_n


def test_golden_clutter_is_not_coded(report):
    for row in report.system:
        for event in row["events"]:
            for m in event["mentions"]:
                assert "Baca juga" not in m["text"] and "Foto:" not in m["text"]


def test_golden_every_event_has_evidence_inside_the_text(report):
    texts = report.texts
    for row in report.system:
        text = texts[row["article"]["id"]]
        for event in row["events"]:
            assert event["rule"]
            for m in event["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]


def test_golden_file_is_valid_json():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        json.loads(line)
