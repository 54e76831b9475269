"""The countries file of the actor knowledge base: complete, well-formed, and right about the names news uses."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from warta.tsvdata import Row, read_tsv

PATH = Path(__file__).resolve().parents[2] / "src" / "warta" / "knowledge" / "data" / "countries.tsv"
COLUMNS = (
    "code", "iso2", "name_en", "name_id", "aliases_en", "aliases_id", "adjectives_en",
    "capital_en", "capital_id", "seats", "military_seats",
)
NAME_FIELDS = ("aliases_en", "aliases_id", "seats", "military_seats")


def _key(phrase: str) -> str:
    """How a matcher compares phrases: without case, diacritics or typographic apostrophes."""
    phrase = phrase.replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", phrase)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return list(read_tsv(PATH, required=COLUMNS))


@pytest.fixture(scope="module")
def by_code(rows: list[Row]) -> dict[str, Row]:
    return {r["code"]: r for r in rows}


def _phrases(row: Row) -> list[str]:
    names = [row["name_en"], row["name_id"], row["capital_en"], row["capital_id"]]
    for field in NAME_FIELDS:
        names += row.values(field)
    return [n for n in names if n]


def _owner(rows: list[Row], phrase: str, fields: tuple[str, ...] | None = None) -> set[str]:
    owners = set()
    for r in rows:
        if fields is None:
            candidates = _phrases(r)
        else:
            candidates = [v for f in fields for v in (r.values(f) or ([r[f]] if r[f] else []))]
        if any(_key(c) == _key(phrase) for c in candidates):
            owners.add(r["code"])
    return owners


def test_header_comment_says_what_and_when() -> None:
    head = PATH.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#")
    assert "as of 2026-11-27" in PATH.read_text(encoding="utf-8").lower()


def test_every_iso_country_is_there(rows: list[Row]) -> None:
    assert len(rows) >= 245


def test_codes_are_unique_cameo_style(rows: list[Row]) -> None:
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    for r in rows:
        assert re.fullmatch(r"[A-Z]{3}", r["code"]), r.where()
        assert re.fullmatch(r"[A-Z]{2}", r["iso2"]), r.where()
        assert r["name_en"] and r["name_id"], r.where()
    iso2 = [r["iso2"] for r in rows]
    assert len(iso2) == len(set(iso2))


def test_rows_are_sorted_by_code(rows: list[Row]) -> None:
    codes = [r["code"] for r in rows]
    assert codes == sorted(codes)


@pytest.mark.parametrize("iso2, code", [
    ("PS", "PSE"), ("XK", "KSV"), ("RO", "ROU"), ("CD", "COD"), ("CG", "COG"), ("TL", "TMP"),
    ("RS", "SRB"), ("US", "USA"), ("GB", "GBR"), ("KP", "PRK"), ("KR", "KOR"), ("ID", "IDN"),
])
def test_cameo_codes(rows: list[Row], iso2: str, code: str) -> None:
    assert {r["code"] for r in rows if r["iso2"] == iso2} == {code}


def test_no_phrase_denotes_two_countries(rows: list[Row]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for phrase in _phrases(r):
            owners[_key(phrase)].add(r["code"])
    shared = {p: sorted(c) for p, c in owners.items() if len(c) > 1}
    assert not shared


def test_no_adjective_denotes_two_countries(rows: list[Row]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for adjective in r.values("adjectives_en"):
            owners[_key(adjective)].add(r["code"])
    assert not {a: c for a, c in owners.items() if len(c) > 1}


def test_cells_are_clean(rows: list[Row]) -> None:
    for r in rows:
        for column in COLUMNS:
            cell = r[column]
            assert cell == cell.strip(), r.where()
            assert "||" not in cell and not cell.startswith("|") and not cell.endswith("|"), r.where()
        assert "|" not in r["capital_en"] and "|" not in r["capital_id"], r.where()


@pytest.mark.parametrize("phrase, code", [
    ("AS", "USA"), ("A.S.", "USA"), ("US", "USA"), ("U.S.", "USA"), ("Amerika Serikat", "USA"),
    ("Negeri Paman Sam", "USA"),
    ("Tiongkok", "CHN"), ("China", "CHN"), ("Cina", "CHN"), ("RRT", "CHN"), ("Negeri Tirai Bambu", "CHN"),
    ("Korut", "PRK"), ("Korea Utara", "PRK"), ("DPRK", "PRK"),
    ("Korsel", "KOR"), ("Korea Selatan", "KOR"), ("ROK", "KOR"),
    ("Inggris", "GBR"), ("Britania Raya", "GBR"), ("UK", "GBR"), ("Britain", "GBR"),
    ("RI", "IDN"), ("NKRI", "IDN"), ("Indonesia", "IDN"),
    ("Palestina", "PSE"), ("Palestine", "PSE"), ("Jalur Gaza", "PSE"),
    ("Rusia", "RUS"), ("Russia", "RUS"), ("Belanda", "NLD"), ("Jepang", "JPN"), ("Negeri Sakura", "JPN"),
    ("Arab Saudi", "SAU"), ("Mesir", "EGY"), ("Filipina", "PHL"), ("Selandia Baru", "NZL"),
    ("Kamboja", "KHM"), ("Myanmar", "MMR"), ("Burma", "MMR"), ("Timor Leste", "TMP"), ("East Timor", "TMP"),
    ("Uni Emirat Arab", "ARE"), ("UEA", "ARE"), ("UAE", "ARE"), ("Jerman", "DEU"), ("Prancis", "FRA"),
    ("Perancis", "FRA"), ("Swiss", "CHE"), ("Turki", "TUR"), ("Turkiye", "TUR"), ("Türkiye", "TUR"),
    ("Negeri Jiran", "MYS"), ("Cote d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Ukraina", "UKR"),
    ("Venezuela", "VEN"), ("Iran", "IRN"), ("Israel", "ISR"), ("Kosovo", "KSV"), ("Vatikan", "VAT"),
])
def test_names_and_aliases(rows: list[Row], phrase: str, code: str) -> None:
    assert _owner(rows, phrase) == {code}


@pytest.mark.parametrize("capital, code", [
    ("Washington", "USA"), ("Moskow", "RUS"), ("Moscow", "RUS"), ("Beijing", "CHN"), ("Tokyo", "JPN"),
    ("Teheran", "IRN"), ("Tehran", "IRN"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Caracas", "VEN"),
    ("Jakarta", "IDN"), ("London", "GBR"), ("Pyongyang", "PRK"), ("Seoul", "KOR"),
])
def test_capitals(rows: list[Row], capital: str, code: str) -> None:
    assert _owner(rows, capital, ("capital_en", "capital_id")) == {code}


@pytest.mark.parametrize("seat, code", [
    ("Kremlin", "RUS"), ("Gedung Putih", "USA"), ("White House", "USA"), ("Downing Street", "GBR"),
    ("Istana Merdeka", "IDN"), ("Elysee", "FRA"), ("Zhongnanhai", "CHN"), ("Miraflores", "VEN"),
])
def test_government_seats(rows: list[Row], seat: str, code: str) -> None:
    assert _owner(rows, seat, ("seats",)) == {code}


@pytest.mark.parametrize("seat, code", [("Pentagon", "USA"), ("Mabes TNI", "IDN"), ("Cilangkap", "IDN")])
def test_military_seats(rows: list[Row], seat: str, code: str) -> None:
    assert _owner(rows, seat, ("military_seats",)) == {code}


@pytest.mark.parametrize("adjective, code", [
    ("Russian", "RUS"), ("American", "USA"), ("Chinese", "CHN"), ("Indonesian", "IDN"), ("Israeli", "ISR"),
    ("Palestinian", "PSE"), ("Iranian", "IRN"), ("Venezuelan", "VEN"), ("Ukrainian", "UKR"),
    ("British", "GBR"), ("North Korean", "PRK"), ("South Korean", "KOR"),
])
def test_adjectives(rows: list[Row], adjective: str, code: str) -> None:
    assert _owner(rows, adjective, ("adjectives_en",)) == {code}


@pytest.mark.parametrize("phrase", ["Congo", "Kongo"])
def test_bare_congo_is_the_dr_congo(rows: list[Row], phrase: str) -> None:
    # news names the Republic of the Congo in full (Kongo-Brazzaville); the bare name is the DRC
    assert _owner(rows, phrase) == {"COD"}


@pytest.mark.parametrize("phrase", ["Korea", "Yerusalem", "Jerusalem", "Lima", "Male"])
def test_ambiguous_names_are_left_out(rows: list[Row], phrase: str) -> None:
    assert _owner(rows, phrase) == set()
