"""The actor coverage audit on NER corpora (scripts/actor_coverage.py), on a small BIO corpus written for this
test; the run on the real corpora needs ../shared and is skipped without it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "actor_coverage.py"
_spec = importlib.util.spec_from_file_location("actor_coverage", SCRIPT)
audit = importlib.util.module_from_spec(_spec)
sys.modules["actor_coverage"] = audit  # its dataclasses look their module up
_spec.loader.exec_module(audit)

# token, tag (tab-separated, as indolem), a blank line between sentences
CORPUS = """Dinas\tB-ORGANIZATION
Perikanan\tI-ORGANIZATION
Kota\tI-ORGANIZATION
menolak\tO
usulan\tO
Rudi\tB-PERSON
Hartawan\tI-PERSON
.\tO

Koperasi\tB-ORGANIZATION
Tani\tI-ORGANIZATION
Makmur\tI-ORGANIZATION
membeli\tO
gabah\tO
dari\tO
Polres\tO
Bantul\tO
.\tO
"""


def test_bio_sentences_and_their_entities():
    sentences = list(audit.read_bio(CORPUS.splitlines(keepends=True), 1))
    assert len(sentences) == 2
    assert sentences[0].entities == (audit.Entity("ORG", 0, 2), audit.Entity("PER", 5, 6))
    # space-separated files with the tag in the third column (idner-news-2k)
    spaced = list(audit.read_bio(["Kemenhub PROPN B-ORG\n", "menolak VERB O\n"], 2))
    assert spaced[0].entities == (audit.Entity("ORG", 0, 0),)


def test_each_mention_is_coded_uncoded_or_missed_and_false_actors_are_listed():
    finder = audit.load_finder()
    outcomes, false = audit.run(finder, audit.read_bio(CORPUS.splitlines(keepends=True), 1))
    status = {o.text: (o.status, o.head, o.code) for o in outcomes}
    assert status["Dinas Perikanan Kota"] == ("coded", "Dinas", "IDNGOV")
    assert status["Rudi Hartawan"][0] == "missed"  # a name with no title: no actor
    assert status["Koperasi Tani Makmur"][0] == "missed"
    # the corpus marks no entity on "Polres Bantul": a false actor, by the corpus's account
    assert [(m.text, m.code) for m, _ in false] == [("Polres", "IDNCOP")]
    assert audit.summary(outcomes) == {"ORG": (1, 0, 1), "PER": (0, 0, 1)}


@pytest.mark.skipif(not audit.DATA.exists(), reason="needs ../shared/data/id")
def test_the_real_corpora_run(capsys):
    assert audit.main(["--corpus", "nerugm", "--limit", "50", "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert "ORG:" in out and "PER:" in out and "false actors" in out
