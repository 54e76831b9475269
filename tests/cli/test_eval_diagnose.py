"""``warta eval --diagnose``: where gold events are lost, in counts only (sentences written here)."""

import json
import subprocess
import sys
from pathlib import Path

ATTACK = "Militer Israel menyerang sebuah gudang senjata di Lebanon selatan."
WEATHER = "Cuaca di Jakarta cerah berawan sepanjang hari."
ITEMS = [
    # found: the attack, with the actors the gold gives
    {"id": "d-1", "language": "id", "published": "2025-05-14", "text": ATTACK,
     "events": [{"source": "ISRMIL", "target": ["LBN", "LBNREB"], "code": "190", "reported_by": None,
                 "evidence": ATTACK}]},
    # missed: the root is coded in the article, but with another target
    {"id": "d-2", "language": "id", "published": "2025-05-14", "text": ATTACK,
     "events": [{"source": "ISRMIL", "target": "SYR", "code": "190", "evidence": ATTACK}]},
    # missed: no trigger at all in its evidence
    {"id": "d-3", "language": "id", "published": "2025-05-14", "text": WEATHER,
     "events": [{"source": "IDNGOV", "target": "MYS", "code": "042", "evidence": WEATHER}]},
]


def _diagnosis(tmp_path: Path) -> str:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "warta.cli.main", "eval", str(path), "--diagnose"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout[proc.stdout.index("missed gold events (L1) by cause:"):]


def _table(text: str, title: str) -> dict[str, int]:
    lines = text[text.index(title):].splitlines()[1:]
    rows = {}
    for line in lines:
        if not line.startswith("  "):
            break
        n, what = line.split(None, 1)
        rows[what] = int(n)
    return rows


def test_each_missed_event_gets_one_cause(tmp_path: Path):
    causes = _table(_diagnosis(tmp_path), "missed gold events (L1) by cause:")
    assert causes == {"root produced in the article, other actors": 1, "no trigger in the evidence": 1}


def test_agreement_and_codes_are_counted_over_matched_events(tmp_path: Path):
    text = _diagnosis(tmp_path)
    assert _table(text, "reported_by among events matched at L1:") == {"neither names one (not scored)": 1}
    assert _table(text, "full codes (L2) among events matched at L1:")["matched at L1"] == 1


def test_the_diagnosis_quotes_no_text_and_no_gold_code(tmp_path: Path):
    text = _diagnosis(tmp_path)
    for word in ("Israel", "Lebanon", "Cuaca", "Jakarta", "SYR", "MYS", "IDNGOV"):
        assert word not in text


def test_missed_events_of_a_produced_root_say_which_side_differs(tmp_path: Path):
    table = _table(_diagnosis(tmp_path), "missed events whose root warta produced with other actors:")
    assert table == {"in its sentence: target differs (gold's not in the sentence's actors)": 1}
