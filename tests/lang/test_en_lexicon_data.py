"""Checks on the English event lexicon data (src/warta/lang/en/events.tsv, cues.tsv, light_verbs.tsv).

These test the data files themselves: every code is a real CAMEO code of the shipped codebook, all 20
roots are covered with enough distinct codes, the forms and target cells use the documented vocabulary, no
row is duplicated, and the files compile with the English morphology.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from warta import codebook
from warta.lang.cues import load_cues
from warta.lang.en import morphology
from warta.lang.lexicon import COMPOUND_FRAME, NULL_CODE, load_event_lexicon
from warta.tsvdata import read_tsv

LANG_DIR = Path(__file__).resolve().parents[2] / "src" / "warta" / "lang" / "en"
EVENTS = LANG_DIR / "events.tsv"
CUES = LANG_DIR / "cues.tsv"
LIGHT_VERBS = LANG_DIR / "light_verbs.tsv"
IRREGULAR = LANG_DIR / "irregular_verbs.tsv"
COLUMNS = ("pattern", "forms", "code", "target", "note")
FORMS = {"v", "n", *morphology.TEMPLATES}
TARGETS = {"obj", "-", "against", "on", "to", "with", "from", "for", "of", "at", "into", "in", "over",
           "about", "behind", "between", "toward", "towards", "near", "off", "along", "by", "out", "around",
           COMPOUND_FRAME}  # compound: coordinated subjects that act on each other ("X and Y held drills")


def _rows():
    return list(read_tsv(EVENTS, required=COLUMNS))


def _header(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines).lower()


def test_file_headers() -> None:
    for path in (EVENTS, CUES, LIGHT_VERBS, IRREGULAR):
        header = _header(path)
        assert header, f"{path.name} must start with a # header"
        assert "own wording" in header or "own word list" in header
        assert "as of 2026-11-27" in header


def test_rows_are_complete() -> None:
    rows = _rows()
    assert len(rows) >= 600
    for row in rows:
        for column in COLUMNS:
            assert row[column], f"{row.where()}: empty {column}"
        words = row["pattern"].split()
        assert row["pattern"] == " ".join(words), f"{row.where()}: stray spaces"
        assert row["pattern"] == row["pattern"].lower(), f"{row.where()}: patterns are lower case"
        assert words[0] != "..." and words[-1] != "...", f"{row.where()}: a gap must be inside a pattern"


def test_codes_exist_in_the_codebook() -> None:
    # the null code (what "simulate ..." or "avert ..." names does not happen) matches and codes nothing
    unknown = [(row.where(), row["code"]) for row in _rows()
               if row["code"] != NULL_CODE and not codebook.is_event_code(row["code"])]
    assert not unknown, f"codes not in the CAMEO codebook: {unknown}"


def test_all_roots_and_enough_codes() -> None:
    codes = {row["code"] for row in _rows()} - {NULL_CODE}
    assert {codebook.root_of(c) for c in codes} == {f"{n:02d}" for n in range(1, 21)}
    assert len(codes) >= 200


def test_forms_vocabulary() -> None:
    for row in _rows():
        values = row.values("forms")
        assert values and len(values) == len(set(values)), f"{row.where()}: empty or repeated forms"
        assert set(values) <= FORMS, f"{row.where()}: unknown forms {set(values) - FORMS}"


def test_target_vocabulary() -> None:
    for row in _rows():
        values = row.values("target")
        assert set(values) <= TARGETS, f"{row.where()}: unknown target {set(values) - TARGETS}"
        assert "-" not in values or values == ["-"], f"{row.where()}: '-' stands alone"


def test_no_duplicate_rows() -> None:
    keys = Counter((row["pattern"], row["forms"], row["code"]) for row in _rows())
    assert not [k for k, n in keys.items() if n > 1]


def test_lexicon_compiles_and_finds_inflected_forms() -> None:
    lexicon = load_event_lexicon("en")
    for surface in ("attacked", "invasion", "met", "seized", "withdrew", "condemns", "talks"):
        assert surface in lexicon.index, surface


def test_cues_cover_the_kinds_the_pipeline_reads() -> None:
    cues = load_cues("en")
    for kind in ("speech", "report", "negation", "future", "hypothetical", "boundary", "coordinator",
                 "agent", "locative", "pronoun_person", "pronoun_group", "pronoun_speaker",
                 "demonstrative", "former", "passive_aux", "complement", "subordinator"):
        assert cues[kind], f"no {kind} cues"
    assert {"not", "didn't", "never"} <= cues["negation"]
    assert {"will", "would"} <= cues["future"]
    assert {"may", "might", "could", "if"} <= cues["hypothetical"]
    assert "by" in cues["agent"]
    assert {"was", "were", "been"} <= cues["passive_aux"]


def test_light_verbs_are_well_formed() -> None:
    kinds = {"support", "receive", "plan"}
    for row in read_tsv(LIGHT_VERBS, required=("verb", "kind", "note")):
        assert row["kind"] in kinds, row.where()
        assert all(v == v.lower() and " " not in v for v in row.values("verb")), row.where()


def test_every_head_is_one_word():
    """A pattern's head is one word: alternatives go in the words after it ("retake|recapture ..." as a head
    never matched anything)."""
    heads = [(row.where(), row["pattern"].split()[0]) for row in _rows()]
    assert not [(where, head) for where, head in heads if "|" in head]
