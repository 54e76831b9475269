"""Checks of the role, organisation and media knowledge files: format, codes, coverage and key rows."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from warta.tsvdata import Row, read_tsv

DATA = Path(__file__).resolve().parents[2] / "src" / "warta" / "knowledge" / "data"

# CAMEO actor type codes (CAMEO.type.txt), plus PTY (party, which CAMEO uses but that file lacks), the CAMEO
# religion codes used for clergy of one faith, and REL for clergy of an unnamed faith (Phoenix's generic code).
# fmt: off
CAMEO_TYPES = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
    "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO",
    "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
}
# fmt: on
RELIGION = {"MOS", "CHR", "CTH", "JEW", "BUD", "REL"}
ROLE_CODES = CAMEO_TYPES | {"PTY"} | RELIGION
ORG_KINDS = {"IGO", "NGO", "MNC", "REB", "SEP", "UAF", "IMG", "PTY", "REG"} | ROLE_CODES  # REG: CAMEO regions

CODE = re.compile(r"^(?:[A-Z]{3})+$")
COUNTRY = re.compile(r"^[A-Z]{3}$")


def load(name: str, required: tuple[str, ...]) -> list[Row]:
    return list(read_tsv(DATA / name, required=required))


@pytest.fixture(scope="module")
def roles() -> list[Row]:
    return load("roles.tsv", ("phrase", "language", "role", "person", "note"))


@pytest.fixture(scope="module")
def orgs() -> list[Row]:
    return load("organizations.tsv", ("code", "name_en", "name_id", "aliases", "kind", "country"))


@pytest.fixture(scope="module")
def media() -> list[Row]:
    return load("media.tsv", ("name", "aliases", "code", "country"))


@pytest.mark.parametrize("name", ["roles.tsv", "organizations.tsv", "media.tsv"])
def test_header_says_what_sources_and_as_of(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith("#")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert "as of 2026-11-27" in header
    assert "source" in header


# ---------------------------------------------------------------- roles


def test_roles_cover_both_languages(roles: list[Row]) -> None:
    per_language = Counter(r["language"] for r in roles)
    assert set(per_language) == {"id", "en"}
    assert per_language["id"] >= 170
    assert per_language["en"] >= 170


def test_role_rows_are_well_formed(roles: list[Row]) -> None:
    for r in roles:
        assert r["phrase"] and r["phrase"] == r["phrase"].lower(), r.where()
        assert r["phrase"] == " ".join(r["phrase"].split()), r.where()
        assert r["role"] in ROLE_CODES, f"{r.where()}: unknown role {r['role']}"
        assert r["person"] in {"0", "1"}, r.where()
        assert r["note"], r.where()


def test_no_duplicate_phrase_per_language(roles: list[Row]) -> None:
    keys = Counter((r["language"], r["phrase"]) for r in roles)
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize(
    ("phrase", "language", "role", "person"),
    [
        ("presiden", "id", "GOV", "1"),
        ("menteri luar negeri", "id", "GOV", "1"),
        ("juru bicara", "id", "GOV", "1"),
        ("pemerintah", "id", "GOV", "0"),
        ("tentara", "id", "MIL", "0"),
        ("kapolri", "id", "COP", "1"),
        ("hakim", "id", "JUD", "1"),
        ("dpr", "id", "LEG", "0"),
        ("pengunjuk rasa", "id", "CVL", "0"),
        ("mahasiswa", "id", "EDU", "0"),
        ("buruh", "id", "LAB", "0"),
        ("pengungsi", "id", "REF", "0"),
        ("wartawan", "id", "MED", "0"),
        ("kelompok garis keras", "id", "RAD", "0"),
        ("defense minister", "en", "GOV", "1"),
        ("spokesman", "en", "GOV", "1"),
        ("troops", "en", "MIL", "0"),
        ("lawmakers", "en", "LEG", "0"),
        ("rebels", "en", "REB", "0"),
        ("protesters", "en", "CVL", "0"),
        ("journalists", "en", "MED", "0"),
    ],
)
def test_key_roles(roles: list[Row], phrase: str, language: str, role: str, person: str) -> None:
    found = [(r["role"], r["person"]) for r in roles if r["phrase"] == phrase and r["language"] == language]
    assert found == [(role, person)]


# ---------------------------------------------------------------- organisations


def test_organisation_counts(orgs: list[Row]) -> None:
    assert len(orgs) >= 100
    assert sum(1 for r in orgs if r["kind"] == "IGO") >= 80


def test_organisation_rows_are_well_formed(orgs: list[Row]) -> None:
    for r in orgs:
        assert CODE.match(r["code"]), f"{r.where()}: bad code {r['code']!r}"
        assert r["name_en"] and r["name_id"], r.where()
        assert r["kind"] in ORG_KINDS, f"{r.where()}: unknown kind {r['kind']}"
        if r["kind"] in {"IGO", "NGO"} and not r["country"]:
            assert r["code"].startswith(r["kind"]), r.where()
        if r["country"]:
            assert COUNTRY.match(r["country"]), r.where()
            assert r["code"].startswith(r["country"]), f"{r.where()}: code does not start with its country"


def _forms(row: Row, name_columns: tuple[str, ...]) -> set[str]:
    names = {row[c] for c in name_columns if row[c]}
    return {f.casefold() for f in names | set(row.values("aliases"))}


def _shared_forms(rows: list[Row], name_columns: tuple[str, ...]) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for r in rows:
        for form in _forms(r, name_columns):
            owners.setdefault(form, []).append(r.where())
    return {form: where for form, where in owners.items() if len(where) > 1}


def test_no_alias_names_two_organisations(orgs: list[Row]) -> None:
    assert _shared_forms(orgs, ("name_en", "name_id")) == {}


def _code_of(rows: list[Row], name_columns: tuple[str, ...], form: str) -> list[str]:
    return [r["code"] for r in rows if form.casefold() in _forms(r, name_columns)]


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("PBB", "IGOUNO"),
        ("United Nations", "IGOUNO"),
        ("DK PBB", "IGOUNO"),
        ("UNHCR", "IGOUNOREFHCR"),
        ("WHO", "IGOUNOHLHWHO"),
        ("NATO", "IGOWSTNAT"),
        ("Uni Eropa", "IGOEUREEC"),
        ("ASEAN", "IGOSEAASN"),
        ("Uni Afrika", "IGOAFRAFU"),
        ("Liga Arab", "IGOMEAARL"),
        ("OKI", "IGOMOSOIC"),
        ("Mahkamah Pidana Internasional", "IGOJUDICC"),
        ("Mahkamah Internasional", "IGOUNOJUDICJ"),
        ("Dana Moneter Internasional", "IGOBUSIMF"),
        ("Bank Dunia", "IGOUNODEVWBK"),
        ("Palang Merah Internasional", "NGOHLHIRC"),
        ("Amnesty International", "NGOHRIAMN"),
        ("Hamas", "PSEREBHMS"),
        ("Houthi", "YEMREB"),
        ("Hezbollah", "LBNREB"),
        ("RSF", "SDNUAF"),
        ("OPM", "IDNSEP"),
        ("Gerindra", "IDNPTY"),
        ("PDI-P", "IDNPTY"),
        ("KPK", "IDNJUD"),
        ("BIN", "IDNSPY"),
        ("TNI", "IDNMIL"),
        ("Polri", "IDNCOP"),
        ("DPR", "IDNLEG"),
        ("MK", "IDNJUD"),
    ],
)
def test_key_organisations(orgs: list[Row], form: str, code: str) -> None:
    assert _code_of(orgs, ("name_en", "name_id"), form) == [code]


# ---------------------------------------------------------------- media


def test_media_count(media: list[Row]) -> None:
    assert len(media) >= 160


def test_media_rows_are_well_formed(media: list[Row]) -> None:
    for r in media:
        assert r["name"], r.where()
        assert COUNTRY.match(r["country"]), r.where()
        assert r["code"] == r["country"] + "MED", f"{r.where()}: code {r['code']} for country {r['country']}"


def test_no_alias_names_two_outlets(media: list[Row]) -> None:
    assert _shared_forms(media, ("name",)) == {}


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Washington Post", "USAMED"),
        ("The Washington Post", "USAMED"),
        ("AP", "USAMED"),
        ("TASS", "RUSMED"),
        ("RIA Novosti", "RUSMED"),
        ("Xinhua", "CHNMED"),
        ("People's Daily", "CHNMED"),
        ("Reuters", "GBRMED"),
        ("AFP", "FRAMED"),
        ("Al Jazeera", "QATMED"),
        ("ANTARA", "IDNMED"),
        ("Kompas.com", "IDNMED"),
        ("detikcom", "IDNMED"),
        ("CNN Indonesia", "IDNMED"),
        ("BBC News Indonesia", "GBRMED"),
        ("KCNA", "PRKMED"),
        ("Yonhap", "KORMED"),
        ("Bernama", "MYSMED"),
    ],
)
def test_key_outlets(media: list[Row], form: str, code: str) -> None:
    assert _code_of(media, ("name",), form) == [code]


def test_an_abbreviation_keeps_the_code_phoenix_gives_it():
    # scoring keeps IGO/NGO codes whole, so the code must be the field's code for the name news uses
    from warta.knowledge.kb import lookup_name

    for name, code in (("ECOWAS", "IGOWAFBUSWAS"), ("SADC", "IGOSAFSAD"), ("IGAD", "IGODEVIAD")):
        assert {e.code for e in lookup_name(name)} == {code}
