"""Tests for warta.codebook: the shipped files, the public API, validation errors, extensions, and a
cross-check of every code against the reference files in ../shared (skipped when they are absent)."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from warta import codebook
from warta.codebook import load_codebook
from warta.errors import DataFileError, UnknownCodeError

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GDELT = SHARED / "data" / "anchors" / "moxious__gdelt" / "data"
PLOVER_TABLE = SHARED / "data" / "anchors" / "openeventdata__PLOVER" / "CAMEO2PLOVER-2021.txt"

HEADER = "code\tname_en\tname_id\tgoldstein\tplover_type\tplover_mode\n"


# --- the shipped codebook -------------------------------------------------------------------------


def test_counts() -> None:
    # 20 roots + 291 codes; GDELT's table lists 310 because 106 is fused onto the 1056 line.
    assert len(codebook.all_event_codes()) == codebook.SHIPPED_EVENT_COUNT == 311
    assert len(codebook.all_event_codes(include_roots=False)) == 291
    assert [r.code for r in codebook.root_codes()] == list(codebook.ROOTS)
    lengths = [len(e.code) for e in codebook.all_event_codes(include_roots=False)]
    assert lengths.count(3) == 147 and lengths.count(4) == 144


def test_code_106_is_present() -> None:
    entry = codebook.event_code("106")
    assert entry.goldstein == -5.0
    assert entry.name_en == "Demand meeting, negotiation"
    assert entry.root == "10" and entry.quad_class == 3
    assert entry.plover_type == "REQUEST"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("01", 1), ("010", 1), ("057", 1), ("05", 1),
        ("06", 2), ("060", 2), ("0874", 2), ("08", 2),
        ("09", 3), ("090", 3), ("139", 3), ("1385", 3),
        ("14", 4), ("140", 4), ("190", 4), ("2042", 4),
    ],
)  # fmt: skip
def test_quad_class_at_root_boundaries(code: str, expected: int) -> None:
    assert codebook.quad_class(code) == expected
    assert codebook.event_code(code).quad_class == expected


def test_quad_class_of_every_code_follows_its_root() -> None:
    for entry in codebook.all_event_codes():
        assert entry.root == entry.code[:2]
        assert entry.quad_class == codebook.quad_class(entry.code)
        assert entry.quad_class in codebook.QUAD_CLASS_NAMES


@pytest.mark.parametrize(
    ("code", "score"),
    [
        ("010", 0.0), ("011", -0.1), ("018", 3.4), ("0232", 3.4), ("042", 1.9), ("043", 2.8),
        ("046", 7.0), ("057", 8.0), ("072", 8.3), ("0874", 10.0), ("130", -4.4), ("163", -8.0),
        ("182", -9.5), ("1821", -9.0), ("1823", -10.0), ("190", -10.0), ("201", -9.5),
    ],
)  # fmt: skip
def test_goldstein_facts(code: str, score: float) -> None:
    assert codebook.goldstein(code) == score


def test_names_and_plover_types() -> None:
    for entry in codebook.all_event_codes():
        assert entry.name_en and entry.name_id, entry.code
        if entry.root in ("01", "02"):
            assert entry.plover_type == "" and entry.plover_mode == "", entry.code
        else:
            assert entry.plover_type in codebook.PLOVER_TYPES, entry.code
    assert codebook.event_code("042").name_id == "Melakukan kunjungan"
    assert codebook.event_code("190").name_id == "Menggunakan kekuatan militer konvensional"
    assert (codebook.event_code("042").plover_type, codebook.event_code("042").plover_mode) == (
        "CONSULT",
        "visit",
    )


def test_root_of() -> None:
    assert codebook.root_of("0232") == "02"
    assert codebook.root_of("190") == "19"
    assert codebook.root_of("20") == "20"
    assert codebook.root_of("155") == "15"  # well-formed, even if not in the shipped codebook


@pytest.mark.parametrize("bad", ["232", "2", "00", "21", "2101", "02a", "", " 042", 42, None])
def test_root_of_rejects_malformed_codes(bad: object) -> None:
    with pytest.raises(UnknownCodeError):
        codebook.root_of(bad)  # type: ignore[arg-type]


def test_unknown_event_code() -> None:
    with pytest.raises(UnknownCodeError, match="'999'"):
        codebook.event_code("999")
    with pytest.raises(UnknownCodeError):
        codebook.goldstein("42")
    assert codebook.is_event_code("0232") and codebook.is_event_code("14")
    for bad in ("999", "232", "", 232, None, ["042"]):
        assert not codebook.is_event_code(bad)


def test_actor_types() -> None:
    codes = {a.code for a in codebook.all_actor_types()}
    must_have = {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SPY", "MED", "BUS", "CVL", "EDU", "HLH",
        "LAB", "REF", "NGO", "IGO", "MNC", "ELI", "CRM", "AGR", "DEV", "ENV", "INS", "IMG", "UAF", "RAD",
        "SEP", "MOD", "HRI",
    }  # fmt: skip
    assert must_have <= codes
    assert codebook.actor_type("PTY").kind == "role"
    assert codebook.actor_type("IGO").kind == "org"
    assert codebook.actor_type("GOV").name_id == "Pemerintah"
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert codebook.is_actor_type("MIL") and not codebook.is_actor_type("XYZ")
    assert not codebook.is_actor_type("gov") and not codebook.is_actor_type(None)
    with pytest.raises(UnknownCodeError):
        codebook.actor_type("XYZ")


def test_records_pickle() -> None:
    book = codebook.default_codebook()
    again = pickle.loads(pickle.dumps(book))
    assert again.events == book.events and again.actor_types == book.actor_types
    assert pickle.loads(pickle.dumps(codebook.event_code("0232"))) == codebook.event_code("0232")


def test_shipped_files_validate_explicitly() -> None:
    book = load_codebook()
    assert len(book.events) == 311
    shipped = Path(codebook.loader.DATA_DIR) / "cameo_events.tsv"
    assert len(load_codebook(shipped).events) == 311
    head = shipped.read_text(encoding="utf-8").splitlines()[:12]
    assert any("as of 2026-11-27" in line.lower() for line in head)


# --- validation of user files ---------------------------------------------------------------------


def _roots() -> str:
    return "".join(f"{r}\tROOT {r}\tAKAR {r}\t0.0\t\t\n" for r in codebook.ROOTS)


def _write(tmp_path: Path, extra: str, name: str = "events.tsv") -> tuple[Path, int]:
    """A small event file: a comment, the header, the 20 roots, then ``extra``; returns the path and the
    line number of the first ``extra`` line."""
    path = tmp_path / name
    path.write_text("# test file\n" + HEADER + _roots() + extra, encoding="utf-8")
    return path, 2 + len(codebook.ROOTS) + 1


def test_small_valid_file(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, "042\tMake a visit\tMelakukan kunjungan\t1.9\tCONSULT\tvisit\n")
    book = load_codebook(path)
    assert book.event("042").goldstein == 1.9 and book.event("042").quad_class == 1


def test_duplicate_code(tmp_path: Path) -> None:
    path, line = _write(tmp_path, "042\tA\tB\t1.9\t\t\n042\tA\tB\t1.9\t\t\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line + 1}")) as err:
        load_codebook(path)
    assert "duplicate" in str(err.value) and f"{path}:{line}" in str(err.value)


@pytest.mark.parametrize("score", ["11.5", "-10.5", "abc", "nan", ""])
def test_bad_goldstein(tmp_path: Path, score: str) -> None:
    path, line = _write(tmp_path, f"042\tA\tB\t{score}\t\t\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line}")) as err:
        load_codebook(path)
    assert "goldstein" in str(err.value)


@pytest.mark.parametrize("code", ["215", "00", "0012"])
def test_unknown_root(tmp_path: Path, code: str) -> None:
    path, line = _write(tmp_path, f"{code}\tA\tB\t0.0\t\t\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line}")) as err:
        load_codebook(path)
    assert "root" in str(err.value)


@pytest.mark.parametrize("code", ["42", "4", "04201", "O42"])
def test_malformed_code(tmp_path: Path, code: str) -> None:
    path, line = _write(tmp_path, f"{code}\tA\tB\t0.0\t\t\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line}")):
        load_codebook(path)


def test_missing_root_row(tmp_path: Path) -> None:
    path = tmp_path / "events.tsv"
    path.write_text(HEADER + _roots().replace("07\tROOT 07\tAKAR 07\t0.0\t\t\n", ""), encoding="utf-8")
    with pytest.raises(DataFileError, match="07"):
        load_codebook(path)


def test_four_digit_code_needs_its_parent(tmp_path: Path) -> None:
    path, line = _write(tmp_path, "0232\tA\tB\t3.4\t\t\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line}")) as err:
        load_codebook(path)
    assert "'023'" in str(err.value)


@pytest.mark.parametrize(
    ("plover", "needle"),
    [("FIGHT\t", "plover_type"), ("\tvisit", "plover_mode"), ("CONSULT\tVisit", "plover_mode")],
)
def test_bad_plover_columns(tmp_path: Path, plover: str, needle: str) -> None:
    path, line = _write(tmp_path, f"042\tA\tB\t1.9\t{plover}\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line}")) as err:
        load_codebook(path)
    assert needle in str(err.value)


def test_empty_name_and_missing_column(tmp_path: Path) -> None:
    path, line = _write(tmp_path, "042\tMake a visit\t\t1.9\t\t\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:{line}")):
        load_codebook(path)
    other = tmp_path / "nocol.tsv"
    other.write_text("code\tname_en\tgoldstein\n042\tA\t1.9\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="name_id"):
        load_codebook(other)


def test_expected_count(tmp_path: Path) -> None:
    path, _ = _write(tmp_path, "042\tA\tB\t1.9\t\t\n")
    assert len(load_codebook(path, expected_count=21).events) == 21
    with pytest.raises(DataFileError, match="expected 311"):
        load_codebook(path, expected_count=311)


def test_bad_actor_types(tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("# x\ncode\tname_en\tname_id\tkind\nGOV\tGovernment\tPemerintah\trole\nGOV\tG\tP\trole\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:4")):
        load_codebook(actor_types_path=path)
    path.write_text("code\tname_en\tname_id\tkind\nGOV\tGovernment\tPemerintah\tgroup\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:2")):
        load_codebook(actor_types_path=path)
    path.write_text("code\tname_en\tname_id\tkind\nGOVT\tGovernment\tPemerintah\trole\n")
    with pytest.raises(DataFileError, match=re.escape(f"{path}:2")):
        load_codebook(actor_types_path=path)


# --- extensions -----------------------------------------------------------------------------------


def test_extension_directory_adds_codes(tmp_path: Path) -> None:
    (tmp_path / "cameo_events.tsv").write_text(
        "# extension\n"
        + HEADER
        + "155\tMobilize or increase cyber-forces\tMengerahkan pasukan siber\t-7.2\tMOBILIZE\t\n",
        encoding="utf-8",
    )
    (tmp_path / "cameo_actor_types.tsv").write_text(
        "code\tname_en\tname_id\tkind\nXYZ\tTest\tUji\trole\n", encoding="utf-8"
    )
    book = load_codebook(extra_dirs=[tmp_path])
    assert book.event("155").quad_class == 4 and book.actor_type("XYZ").kind == "role"
    assert len(book.events) == 312


def test_extension_may_not_redefine_a_code(tmp_path: Path) -> None:
    (tmp_path / "cameo_events.tsv").write_text(HEADER + "042\tVisit\tKunjungan\t1.9\t\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="duplicate") as err:
        load_codebook(extra_dirs=[tmp_path])
    assert f"{tmp_path / 'cameo_events.tsv'}:2" in str(err.value)


def test_extension_directory_must_exist(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="does not exist"):
        load_codebook(extra_dirs=[tmp_path / "nowhere"])


def test_env_variable_extends_the_process_codebook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cameo_events.tsv").write_text(
        HEADER + "176\tAttack cybernetically\tMelakukan serangan siber\t-7.0\tCOERCE\tcyber\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("WARTA_KB_EXTRA", str(tmp_path))
    codebook.default_codebook.cache_clear()
    try:
        assert codebook.is_event_code("176") and codebook.goldstein("176") == -7.0
    finally:
        monkeypatch.delenv("WARTA_KB_EXTRA")
        codebook.default_codebook.cache_clear()
    assert not codebook.is_event_code("176")


# --- cross-checks against the reference files in ../shared -----------------------------------------

# Deliberate differences from GDELT's CAMEO.eventcodes.txt names: typos and encoding damage there, and the
# root-10 names, which follow the CAMEO manual (see the comment in cameo_events.tsv and docs/codebook.md).
NAME_DIFFERENCES = {
    "033", "0355", "044", "101", "102", "103", "105", "1056", "106", "107", "108", "183", "2041",
}  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _gdelt_table(name: str) -> dict[str, str]:
    lines = (GDELT / name).read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines if line.strip())


@pytest.mark.shared
@pytest.mark.skipif(not GDELT.is_dir(), reason="../shared reference files are absent")
def test_codes_and_goldstein_match_gdelt_tables() -> None:
    names = _gdelt_table("CAMEO.eventcodes.txt")
    scores = {code: float(value) for code, value in _gdelt_table("CAMEO.goldsteinscale.txt").items()}
    fused = re.search(r"(\d{3,4}):\[(-?\d+\.\d+)\]", names["1056"])  # the erratum: 106 rides on 1056
    assert fused is not None
    scores[fused.group(1)] = float(fused.group(2))
    names[fused.group(1)] = ""
    ours = {e.code: e for e in codebook.all_event_codes()}
    assert set(ours) == set(scores) == set(names)
    for code, entry in ours.items():
        assert entry.goldstein == scores[code], code
        if code not in NAME_DIFFERENCES:
            assert _norm(entry.name_en) == _norm(names[code]), code


@pytest.mark.shared
@pytest.mark.skipif(not PLOVER_TABLE.is_file(), reason="../shared reference files are absent")
def test_plover_mapping_matches_conversion_table() -> None:
    table: dict[str, tuple[str, str]] = {}
    for line in PLOVER_TABLE.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d{3,4}):(.*)", line)
        if match:
            cells = [c.strip() for c in match.group(2).split("#")[0].split(",")]
            table[match.group(1)] = (cells[0], cells[1] if len(cells) > 1 else "")
    # 175: the table puts the context "pro_autocracy" in the mode slot; we leave the mode empty.
    table["175"] = ("ASSAULT", "")
    for entry in codebook.all_event_codes(include_roots=False):
        if entry.root in ("01", "02"):
            assert entry.code not in table
            continue
        assert (entry.plover_type, entry.plover_mode) == table[entry.code], entry.code


@pytest.mark.shared
@pytest.mark.skipif(not GDELT.is_dir(), reason="../shared reference files are absent")
def test_actor_types_cover_gdelt_type_table() -> None:
    listed = set(_gdelt_table("CAMEO.type.txt"))
    ours = {a.code for a in codebook.all_actor_types()}
    assert listed <= ours
    assert ours - listed == {"PTY", "REL"}
