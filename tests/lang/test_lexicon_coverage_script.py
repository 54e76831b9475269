"""The coverage audit of the Indonesian lexicon by CAMEO code (scripts/lexicon_coverage.py), on a small codebook
and lexicon written for this test; the run on the real codebook needs ../shared and is skipped without it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "lexicon_coverage.py"
_spec = importlib.util.spec_from_file_location("lexicon_coverage", SCRIPT)
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)

CODEBOOK = "CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tMAKE PUBLIC STATEMENT\n010\tMake statement\n011\tDecline comment\n" \
    "10\tDEMAND\n1056\tDemand de-escalation106:[-5.0] Demand withdrawal\n"
LEXICON = "# a lexicon for the test\npattern\tforms\tcode\ttarget\tnote\n" \
    "tolak komentar\tmeN-\t011\t-\tdeclined to comment\nbungkam\t0\t011\t-\tkept silent\n"


def test_each_code_lists_its_patterns_and_the_fused_code_is_split(tmp_path):
    (tmp_path / "codes.txt").write_text(CODEBOOK, encoding="latin-1")
    (tmp_path / "events.tsv").write_text(LEXICON, encoding="utf-8")
    rows = audit.coverage(audit.codebook(tmp_path / "codes.txt"), tmp_path / "events.tsv")
    assert [(code, patterns) for code, _, patterns in rows] == [
        ("010", []), ("011", ["tolak komentar", "bungkam"]), ("1056", []), ("106", [])]
    assert rows[2][1] == "Demand de-escalation"


def test_a_cue_that_codes_an_event_is_listed_under_its_code(tmp_path):
    (tmp_path / "codes.txt").write_text("CAMEOEVENTCODE\tEVENTDESCRIPTION\n111\tCriticize or denounce\n", encoding="latin-1")
    (tmp_path / "events.tsv").write_text("pattern\tforms\tcode\ttarget\tnote\nkecam\tmeN-\t111\tobj\tcondemned\n")
    (tmp_path / "cues.tsv").write_text("word\tkind\tnote\nilegal\tevaluation\tillegal\nkata\tspeech\tsaid\n")
    rows = audit.coverage(audit.codebook(tmp_path / "codes.txt"), tmp_path / "events.tsv", tmp_path / "cues.tsv")
    assert rows == [("111", "Criticize or denounce", ["kecam", "cue:ilegal"])]


def test_a_missing_file_is_one_coded_line(tmp_path, capsys):
    assert audit.main(["--codebook", str(tmp_path / "none.txt")]) == 2
    assert capsys.readouterr().err.startswith("W-LEX02 ")


@pytest.mark.shared
def test_every_code_of_the_real_codebook_is_listed(capsys):
    if not audit.CODEBOOK.exists():
        pytest.skip("shared CAMEO codebook not present")
    assert audit.main([]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    total, covered = int(summary.split()[0]), int(summary.split()[2])
    assert total >= 290 and covered >= 280
