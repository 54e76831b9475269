"""scripts/attribution_errors.py on a small gold file written for the test (the real pipeline codes it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "attribution_errors.py"
_spec = importlib.util.spec_from_file_location("attribution_errors", SCRIPT)
errors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(errors)

ARTICLES = [
    ("a1", "Rusia menyerang Ukraina pada Senin, kata Kementerian Luar Negeri Tiongkok.", "CHNGOV"),
    ("a2", "Rusia menyerang Ukraina pada Senin, kata Kementerian Luar Negeri Tiongkok.", None),
    ("a3", "Rusia menyerang Ukraina pada Senin pagi.", None),
]


def _gold(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps({
        "id": aid, "language": "id", "published": "2025-06-02", "text": text,
        "events": [{"source": "RUS", "target": "UKR", "code": "190", "reported_by": said}]}) + "\n"
        for aid, text, said in ARTICLES), encoding="utf-8")
    return path


def test_the_counts_say_where_gold_and_warta_disagree_on_the_source_of_a_claim(tmp_path, capsys):
    assert errors.main([str(_gold(tmp_path, "dev-mini.jsonl")), "--counts"]) == 0
    out = capsys.readouterr().out
    assert "   1 right" in out and "   1 gold null, warta names another" in out
    assert "a3" not in out  # neither names a source: not counted


def test_the_listing_shows_each_disagreement_with_its_sentence(tmp_path, capsys):
    errors.main([str(_gold(tmp_path, "dev-mini.jsonl"))])
    out = capsys.readouterr().out
    assert "ERR a2 190 RUS->UKR gold=[None] warta=CHNGOV" in out and "ok  a1" not in out


def test_the_check_set_is_refused(tmp_path, capsys):
    assert errors.main([str(_gold(tmp_path, "check.jsonl"))]) == 2
    assert capsys.readouterr().err.startswith("W:")
