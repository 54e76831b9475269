"""Checks on the Indonesian event lexicon data (src/warta/lang/id/events.tsv, light_verbs.tsv).

These test the data files themselves, not the matcher: every code is a real CAMEO code (against the shared
codebook when ../shared is present), all 20 roots are covered, the forms and target cells use the documented
vocabulary, and no row is duplicated.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from warta.tsvdata import read_tsv

REPO = Path(__file__).resolve().parents[2]
LEXICON_DIR = REPO / "src" / "warta" / "lang" / "id"
EVENTS = LEXICON_DIR / "events.tsv"
LIGHT_VERBS = LEXICON_DIR / "light_verbs.tsv"
SHARED = REPO.parent / "shared"
CODEBOOK = SHARED / "data" / "anchors" / "moxious__gdelt" / "data" / "CAMEO.eventcodes.txt"

FORMS = {
    "v",
    "n",
    "0",
    "0v",
    "meN-",
    "meN-kan",
    "meN-i",
    "di-",
    "di-kan",
    "di-i",
    "ter-",
    "ter-kan",
    "ber-",
    "ber-an",
    "memper-",
    "memper-kan",
    "memper-i",
    "diper-",
    "diper-kan",
    "diper-i",
    "-an",
    "peN-an",
    "per-an",
    "ke-an",
    "peN-",
}
TARGETS = {
    "obj",
    "-",
    "terhadap",
    "ke",
    "kepada",
    "dengan",
    "bersama",
    "atas",
    "dari",
    "untuk",
    "bagi",
    "pada",
    "melawan",
    "antara",
    "tentang",
    "di",
    "dalam",  # "hadir dalam KTT X": a meeting attended (or stayed away from) names its host
    "sekitar",  # "mengerahkan kapal perang di sekitar X": forces massed around a country
    "dekat",  # "di dekat perbatasan X": ... or near it
    "compound",  # only for coordinated subjects, who act on each other (see docs/data-formats.md)
}
COLUMNS = ("pattern", "forms", "code", "target", "note")


def _rows():
    """The event entries (non-event entries, code ``000``, are checked on their own)."""
    return [row for row in read_tsv(EVENTS, required=COLUMNS) if row["code"] != "000"]


def test_non_event_entries_name_a_thing_not_an_act():
    rows = [row for row in read_tsv(EVENTS, required=COLUMNS) if row["code"] == "000"]
    assert rows
    for row in rows:
        assert row["target"] == "-", f"{row.where()}: a non-event takes no target"
        assert row["note"], f"{row.where()}: say what the compound names"


def _header_comment(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)


def _codebook_codes() -> set[str]:
    codes = set()
    text = CODEBOOK.read_text(encoding="latin-1")
    for line in text.splitlines():
        first = line.split("\t", 1)[0].strip()
        if first.isdigit():
            codes.add(first)
    # Erratum (ANNOTATION.md): 106 "Demand withdrawal" is fused onto the end of the 1056 line.
    codes.add("106")
    return codes


def test_file_header():
    for path in (EVENTS, LIGHT_VERBS):
        header = _header_comment(path)
        assert header, f"{path.name} must start with a # header"
        assert "own wording" in header.lower()
        assert "as of 2026-11-27" in header.lower()


def test_rows_are_complete():
    rows = _rows()
    assert len(rows) >= 450
    for row in rows:
        for column in COLUMNS:
            assert row[column], f"{row.where()}: empty {column}"
        assert row["pattern"] == " ".join(row["pattern"].split()), f"{row.where()}: stray spaces in pattern"
        words = row["pattern"].split()
        assert words[0] != "...", f"{row.where()}: a pattern must start with its head word"
        assert words[-1] != "...", f"{row.where()}: a pattern must not end with a gap"


def test_code_shape():
    for row in _rows():
        code = row["code"]
        assert re.fullmatch(r"\d{3,4}", code), f"{row.where()}: bad code {code!r}"
        assert 1 <= int(code[:2]) <= 20, f"{row.where()}: root out of range in {code!r}"


@pytest.mark.shared
def test_codes_exist_in_codebook():
    if not CODEBOOK.exists():
        pytest.skip("shared CAMEO codebook not present")
    known = _codebook_codes()
    assert len(known) >= 300
    unknown = [(row.where(), row["code"]) for row in _rows() if row["code"] not in known]
    assert not unknown, f"codes not in the CAMEO codebook: {unknown}"


def test_all_roots_and_enough_codes():
    codes = {row["code"] for row in _rows()}
    roots = {code[:2] for code in codes}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert len(codes) >= 180


def test_forms_vocabulary():
    for row in _rows():
        values = row.values("forms")
        assert values, f"{row.where()}: no forms"
        bad = [v for v in values if v not in FORMS]
        assert not bad, f"{row.where()}: unknown forms {bad}"
        assert len(values) == len(set(values)), f"{row.where()}: repeated form"


def test_target_vocabulary():
    for row in _rows():
        values = row.values("target")
        assert values, f"{row.where()}: no target"
        bad = [v for v in values if v not in TARGETS]
        assert not bad, f"{row.where()}: unknown targets {bad}"
        if "-" in values:
            assert values == ["-"], f"{row.where()}: '-' must stand alone"


def test_no_duplicate_rows():
    keys = Counter((row["pattern"], row["forms"], row["code"]) for row in _rows())
    duplicates = [key for key, count in keys.items() if count > 1]
    assert not duplicates, f"duplicate rows: {duplicates}"


def test_same_pattern_and_forms_has_one_code():
    seen: dict[tuple[str, str], str] = {}
    for row in _rows():
        key = (row["pattern"], row["forms"])
        assert key not in seen or seen[key] == row["code"], (
            f"{row.where()}: {key} already coded {seen[key]}, now {row['code']}"
        )
        seen[key] = row["code"]


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("serang", "190"),
        ("tangkap", "173"),
        ("kunjung", "042"),
        ("tanda tangan", "057"),
        ("kecam", "111"),
        ("tuduh", "112"),
        ("minta bantuan militer", "0232"),
        ("gencatan senjata", "0871"),
        ("sanksi", "163"),
        ("unjuk rasa", "141"),
        ("culik", "181"),
        ("blokade", "191"),
    ],
)
def test_core_entries(pattern, code):
    assert any(row["pattern"] == pattern and row["code"] == code for row in _rows())


@pytest.mark.parametrize(
    ("pattern", "excluded"),
    [
        ("temu", "meN-kan"),  # menemukan = find
        ("serang", "peN-"),  # penyerang = attacker
        ("tahan", "-an"),  # tahanan = detainee
        ("tahan", "ber-"),  # bertahan = hold out
        ("sandera", "0"),  # sandera = hostage (a person)
        ("tentang", "0"),  # tentang = about
    ],
)
def test_wrong_derivations_are_excluded(pattern, excluded):
    for row in _rows():
        if row["pattern"] == pattern:
            assert excluded not in row.values("forms"), f"{row.where()}: {pattern} must not allow {excluded}"


def test_light_verbs():
    rows = list(read_tsv(LIGHT_VERBS, required=("verb", "note")))
    assert len(rows) >= 15
    seen: set[str] = set()
    for row in rows:
        forms = row.values("verb")
        assert forms, f"{row.where()}: no verb forms"
        for form in forms:
            assert form == form.lower(), f"{row.where()}: {form!r} should be lower case"
            assert form not in seen, f"{row.where()}: {form!r} listed twice"
            seen.add(form)
        assert row.get("kind", "support") in {"support", "receive", "plan"}, f"{row.where()}: bad kind"
        assert row["note"], f"{row.where()}: empty note"
    for expected in ("melakukan", "dilakukan", "melancarkan", "menggelar", "menjatuhkan", "memberikan"):
        assert expected in seen
