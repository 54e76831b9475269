"""``warta eval`` on a small construction suite written here: the table, its JSON, the per-item errors."""

import json
import subprocess
import sys
from pathlib import Path

ITEMS = [
    {"id": "t-active-1", "language": "id", "published": "2025-05-14", "construction": "active meN-",
     "text": "Militer Israel menyerang sebuah gudang senjata di Lebanon selatan.",
     "events": [{"source": "ISRMIL", "target": ["LBN", "LBNREB"], "code": ["190", "195"],
                 "factuality": "asserted", "reported_by": None, "date": None}]},
    {"id": "t-none-1", "language": "id", "published": "2025-05-14", "construction": "non-event",
     "text": "Cuaca di Jakarta cerah berawan sepanjang hari.", "events": []},
]


def _suite(tmp_path: Path) -> Path:
    path = tmp_path / "suite.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
    return path


def warta(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli.main", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_eval_prints_a_table_per_construction(tmp_path: Path):
    proc = warta("eval", str(_suite(tmp_path)), "--errors")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("constructions (id)"))
    rows = {line.split("  ")[1].strip(): line.split() for line in lines[header + 2:header + 5]}
    assert set(rows) == {"active meN-", "non-event", "all"}
    assert rows["non-event"][-5:-3] == ["0", "0"]          # expected 0, found 0
    assert rows["all"][1:3] == ["2", "1"]                    # 2 items, 1 expected event
    assert "errors at L2:" in proc.stdout


def test_eval_json_gives_one_row_per_construction(tmp_path: Path):
    proc = warta("eval", str(_suite(tmp_path)), "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    table = {r["construction"]: r for r in rows if "construction" in r}
    assert list(table) == ["active meN-", "non-event", "all"]
    assert table["all"]["items"] == 2 and table["all"]["expected"] == 1
    assert table["non-event"]["expected"] == 0 and table["non-event"]["share_found"] == 1.0
    assert all(r["found_l3"] <= r["found_l2"] <= r["expected"] for r in table.values())


def test_eval_of_a_gold_file_without_constructions_prints_no_table(tmp_path: Path):
    plain = [{k: v for k, v in item.items() if k != "construction"} for item in ITEMS]
    path = tmp_path / "plain.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in plain), encoding="utf-8")
    proc = warta("eval", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "constructions" not in proc.stdout
