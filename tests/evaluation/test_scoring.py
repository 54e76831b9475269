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


def test_same_numbers_as_the_reference_scorer(shared_dir, tmp_path):
    from warta.evaluation import evaluate_gold_file

    report = evaluate_gold_file(shared_dir / "gold" / "dev.jsonl")
    sys_path = tmp_path / "system.jsonl"
    sys_path.write_text("".join(json.dumps(r) + "\n" for r in report.system), encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_events.py"),
                          str(shared_dir / "gold" / "dev.jsonl"), str(sys_path)],
                         capture_output=True, text=True, check=True).stdout
    reference = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    ours = [report.scores["all"][level].to_dict() for level in ("L1", "L2", "L3")]
    assert reference == ours
    if not report.system:
        pytest.fail("the pipeline produced no output")
