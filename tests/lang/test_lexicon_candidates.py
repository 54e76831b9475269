"""The candidate builder for the Indonesian lexicon (scripts/lexicon_candidates.py): reading PETRARCH-style verb
blocks and reducing an Indonesian lemma to root + affix template with warta's own morphology. The full run needs
WordNet 3.0 and ../shared and is skipped without them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "lexicon_candidates.py"
_spec = importlib.util.spec_from_file_location("lexicon_candidates", SCRIPT)
candidates = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(candidates)


def test_verb_blocks_keep_only_blocks_with_a_code(tmp_path):
    text = (
        "---  HASTEN   [---]  ---\nHASTEN\n- * AID [070]\n\n"
        "---  SCOLD   [111]  ---\n+TELL_OFF {}\nSCOLD  # a comment\nREBUKE {REBUKES}\n- * (FOR X) [112]\n"
    )
    path = tmp_path / "verbs.txt"
    path.write_text(text, encoding="latin-1")
    assert candidates.petrarch_blocks(path) == [("SCOLD", "111", ["scold", "rebuke"])]


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("menyerang", ("serang", "meN-")),
        ("mencabuli", ("cabul", "meN-i")),
        ("memberangus", ("berangus", "meN-")),
        ("diselidiki", ("selidik", "di-i")),
        ("pertempuran", ("tempur", "per-an")),
    ],
)
def test_lemma_reduces_to_root_and_template(lemma, expected):
    attested = {"serang", "cabul", "berangus", "selidik", "tempur"}
    assert expected in candidates.analyse(lemma, attested)


def test_multiword_lemma_keeps_its_tail():
    assert ("letak jabatan", "meN-kan") in candidates.analyse("meletakkan jabatan", {"letak"})


def test_unanalysable_lemma_is_its_own_root():
    assert candidates.analyse("gencatan", set())[0][0] in {"gencatan", "gencat"}


@pytest.mark.shared
def test_full_run_writes_reviewable_candidates(tmp_path):
    missing = [p for p in (candidates.PETRARCH, candidates.WN_BAHASA, candidates.WORDNET / "index.verb")
               if not p.exists()]
    if missing:
        pytest.skip(f"source not present: {missing[0]}")
    out = tmp_path / "candidates.tsv"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0][:4] == ["root", "template", "lemma", "code"]
    assert any(row[0] == "cabul" and row[3] == "1821" for row in rows[1:])
