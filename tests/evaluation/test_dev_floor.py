"""The accuracy gate: the Indonesian and English dev-set scores must not fall below the pinned floors.

Raise the floors when the score rises; never lower them to make a change pass. Skipped when ../shared
is absent.
"""

from warta.evaluation import evaluate_gold_file

FLOORS = {"L1": 0.91, "L2": 0.85, "L3": 0.81}
#: re-pinned (issue #13) after the English entries shaped on dev sentences were dropped: what is left
EN_FLOORS = {"L1": 0.77, "L2": 0.72, "L3": 0.68}
EN_L1_PRECISION_FLOOR = 0.90
L1_PRECISION_FLOOR = 0.90
FACTUALITY_FLOOR = 0.90
DATE_FLOOR = 0.85


def test_indonesian_dev_set_stays_above_the_floor(shared_dir):
    report = evaluate_gold_file(shared_dir / "gold" / "dev.jsonl", language="id")
    scores = report.scores["all"]
    for level, floor in FLOORS.items():
        assert scores[level].f1 >= floor, f"{level} F1 {scores[level].f1:.3f} < {floor}"
    l1 = scores["L1"]
    assert l1.precision >= L1_PRECISION_FLOOR
    assert l1.fact_ok / l1.fact_n >= FACTUALITY_FLOOR
    assert l1.date_ok / l1.date_n >= DATE_FLOOR
    assert not report.failures


def test_english_dev_set_stays_above_the_floor(shared_dir):
    report = evaluate_gold_file(shared_dir / "gold" / "dev.jsonl", language="en")
    scores = report.scores["all"]
    for level, floor in EN_FLOORS.items():
        assert scores[level].f1 >= floor, f"{level} F1 {scores[level].f1:.3f} < {floor}"
    assert scores["L1"].precision >= EN_L1_PRECISION_FLOOR
    assert not report.failures
