import json
import subprocess
import sys

import pytest

from warta.evaluation.scoring import score_level


def _sys(aid, *events):
    return {"article": {"id": aid}, "events": [
        {"source": {"code": s}, "target": {"code": t} if t else None, "code": c, "factuality": f, "date": d}
        for s, t, c, f, d in events]}


GOLD = [
    {"id": "a", "events": [
        {"source": "VENGOV", "target": ["RUSGOV", "RUS"], "code": ["0232", "023"], "factuality": "asserted",
         "date": None},
        {"source": "RUS", "target": "VEN", "code": "057", "symmetric": True, "factuality": "asserted",
         "date": "2025-05"},
        {"source": "RUSGOV", "target": None, "code": "011", "optional": True},
        {"source": "USA", "target": "VEN", "code": "138", "factuality": "future"},
    ]},
    {"id": "b", "events": []},
]


def test_levels_symmetry_optional_and_accuracies():
    system = [
        _sys("a", ("VENGOV", "RUS", "0232", "asserted", "2025-11-01"),
             ("VEN", "RUS", "057", "asserted", "2025-05-20"),  # symmetric, reversed
             ("RUSGOV", None, "011", "asserted", None),  # optional: counts neither way
             ("USA", "VEN", "138", "asserted", None)),
        _sys("b", ("IDN", "MYS", "040", "asserted", None)),
    ]
    l1 = score_level(GOLD, system, "L1")
    assert (l1.tp, l1.fp, l1.fn) == (3, 1, 0)
    assert l1.fact_n == 3 and l1.fact_ok == 2
    assert l1.date_n == 1 and l1.date_ok == 1
    l3 = score_level(GOLD, system, "L3")
    assert (l3.tp, l3.fp, l3.fn) == (3, 1, 0)


def test_duplicates_collapse_and_missing_articles_count_as_misses():
    system = [_sys("a", ("VENGOV", "RUSGOV", "0232", "asserted", None),
                   ("VENGOV", "RUSGOV", "0231", "asserted", None))]
    l2 = score_level(GOLD, system, "L2")
    assert (l2.tp, l2.fp, l2.fn) == (1, 0, 2)
    l3 = score_level(GOLD, system, "L3")
    assert (l3.tp, l3.fp, l3.fn) == (1, 1, 2)


def _said(aid, *events):
    """System rows whose events carry a reported_by code (or None)."""
    return {"article": {"id": aid}, "events": [
        {"source": {"code": s}, "target": {"code": t} if t else None, "code": c,
         "reported_by": {"code": r} if r else None} for s, t, c, r in events]}


# A gold file written for the claim-source measure: alternatives, pooled duplicates, a null on both sides
# (not counted), a claim the system names where the gold has none, and an order of listing in which a
# first-come matching would waste a match.
SAID_GOLD = [
    {"id": "r1", "events": [
        {"source": "ISRMIL", "target": "PSE", "code": "190", "reported_by": ["ISRMIL", "ISR"]},
        {"source": "USAGOV", "target": "IRN", "code": "111", "reported_by": None},
        {"source": "CHN", "target": "TWN", "code": "138", "reported_by": "USAMED"},
        {"source": "CHN", "target": "TWN", "code": "130", "reported_by": "GBRMED"},
        {"source": "IDNGOV", "target": "MYS", "code": "040", "reported_by": None},
    ]},
    {"id": "r2", "events": [
        {"source": ["UKR", "RUS"], "target": ["RUS", "UKR"], "code": "190", "reported_by": "UKRGOV"},
        {"source": "RUS", "target": "UKR", "code": "190", "reported_by": "RUSGOV"},
    ]},
]
SAID_SYSTEM = [
    _said("r1", ("ISRMIL", "PSE", "190", "ISRGOV"),     # same country at L1, another role at L2
          ("USAGOV", "IRN", "111", None),             # neither names a source: not counted
          ("CHN", "TWN", "138", "GBRMED"),           # pooled with the 130 at L1: GBR is accepted there
          ("IDNGOV", "MYS", "040", "IDNGOV")),        # the system names one, the gold does not
    _said("r2", ("RUS", "UKR", "190", "RUSGOV"), ("UKR", "RUS", "190", "UKRGOV")),
]


def test_reported_by_accuracy_counts_claims_either_side_names():
    l1 = score_level(SAID_GOLD, SAID_SYSTEM, "L1")
    assert (l1.tp, l1.fp, l1.fn) == (6, 0, 0)
    # counted: ISR ok, CHN ok (pooled USA|GBR), IDN wrong, r2: both ok  → 4 of 5
    assert (l1.reported_ok, l1.reported_n) == (4, 5)
    assert l1.to_dict()["reported_by_acc"] == 0.8
    l2 = score_level(SAID_GOLD, SAID_SYSTEM, "L2")
    assert (l2.reported_ok, l2.reported_n) == (3, 5)  # ISRGOV is neither ISRMIL nor ISR


def test_matching_is_maximal_whatever_the_order_of_listing():
    # the first gold event accepts both system events; a first-come matching would leave the second gold
    # event unmatched
    gold = [{"id": "m", "events": [
        {"source": ["UKR", "RUS"], "target": ["RUS", "UKR"], "code": "190"},
        {"source": "RUS", "target": "UKR", "code": "190"}]}]
    system = [_said("m", ("RUS", "UKR", "190", None), ("UKR", "RUS", "190", None))]
    l1 = score_level(gold, system, "L1")
    assert (l1.tp, l1.fp, l1.fn) == (2, 0, 0)


def _reference_scores(shared_dir, gold_path, system_rows, tmp_path):
    sys_path = tmp_path / "system.jsonl"
    sys_path.write_text("".join(json.dumps(r) + "\n" for r in system_rows), encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_events.py"),
                          str(gold_path), str(sys_path)], capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_written_file_scores_as_the_reference_scorer_does(shared_dir, tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in SAID_GOLD), encoding="utf-8")
    reference = _reference_scores(shared_dir, gold_path, SAID_SYSTEM, tmp_path)
    ours = [score_level(SAID_GOLD, SAID_SYSTEM, level).to_dict() for level in ("L1", "L2", "L3")]
    assert reference == ours


def test_same_numbers_as_the_reference_scorer(shared_dir, tmp_path):
    from warta.evaluation import evaluate_gold_file

    report = evaluate_gold_file(shared_dir / "gold" / "dev.jsonl")
    reference = _reference_scores(shared_dir, shared_dir / "gold" / "dev.jsonl", report.system, tmp_path)
    ours = [report.scores["all"][level].to_dict() for level in ("L1", "L2", "L3")]
    assert reference == ours
    if not report.system:
        pytest.fail("the pipeline produced no output")
