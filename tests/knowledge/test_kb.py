"""The whole knowledge base: every shipped file loads, the counts reach the targets of issue 4, the files
validate, and what a file says comes back out of the knowledge base (round-trips)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from warta.knowledge.kb import (
    DATA_DIR,
    KnowledgeBase,
    knowledge_stats,
    load_knowledge_base,
    lookup_name,
    parse_date,
)
from warta.knowledge.validate import validate
from warta.tokens import phrase_key
from warta.tsvdata import read_tsv


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_dir(DATA_DIR)
    return kb


@pytest.fixture(scope="module")
def stats(kb: KnowledgeBase) -> dict:
    return knowledge_stats(kb)


def test_every_shipped_file_is_loaded(kb: KnowledgeBase):
    names = {Path(s).name for s in kb.sources}
    assert {"countries.tsv", "organizations.tsv", "roles.tsv", "media.tsv"} <= names
    people = sorted(p.name for p in (DATA_DIR / "people").glob("*.tsv"))
    assert people and all(p in names for p in people)


def test_counts_reach_the_targets(stats: dict):
    assert stats["countries"] >= 249
    assert stats["international_organizations"] >= 80
    assert stats["roles_by_language"]["id"] >= 150
    assert stats["roles_by_language"]["en"] >= 150
    assert stats["media"] >= 150
    assert stats["places"] >= 1000
    for kind in ("country", "capital", "city", "province", "sea", "territory"):
        assert stats["places_by_kind"][kind] > 0


def test_at_least_1500_people_with_dated_roles(kb: KnowledgeBase):
    people = {}
    for entries in kb.index.values():
        for e in entries:
            if e.kind == "person":
                assert e.start is not None, f"{e.name} has a spell without a start"
                people[e.name] = e
    assert len(people) >= 1500, f"{len(people)} people with dated roles"


def test_shipped_files_validate_clean():
    """No errors and no warnings: a person holding two offices at once has one spell end on the day the
    other begins, so the code on every day is the one the data means, not a guess between two."""
    problems = validate()
    assert problems == [], "\n".join(str(p) for p in problems[:20])


def test_every_problem_names_a_file_and_line():
    for problem in validate():
        assert problem.path.endswith((".tsv", ".txt"))
        assert problem.line is None or problem.line > 0
        assert str(problem).startswith(f"{problem.path}:{problem.line}: {problem.severity}: ")


# -- round-trips: what a row says, the knowledge base gives back --------------------------------------
def test_every_country_row_comes_back_by_its_names(kb: KnowledgeBase):
    for row in read_tsv(DATA_DIR / "countries.tsv"):
        for name in (row["name_en"], row["name_id"]):
            entries = [e for e in kb.lookup(phrase_key(name)) if e.kind == "country"]
            assert row["code"] in {e.code for e in entries}, f"{name} → {row['code']}"
        assert kb.country_name(row["code"]) == row["name_en"]


def test_every_organization_and_outlet_comes_back(kb: KnowledgeBase):
    for path, kind, name_column in ((DATA_DIR / "organizations.tsv", "org", "name_en"),
                                    (DATA_DIR / "media.tsv", "media", "name")):
        for row in read_tsv(path):
            codes = {e.code for e in kb.lookup(phrase_key(row[name_column])) if e.kind == kind}
            assert row["code"].upper() in codes, f"{path.name}:{row.line} {row[name_column]}"


def test_every_role_word_comes_back_with_its_role_and_language(kb: KnowledgeBase):
    for row in read_tsv(DATA_DIR / "roles.tsv"):
        entries = lookup_name(row["phrase"], language=row["language"], kb=kb)
        roles = {(e.code, e.person) for e in entries if e.kind == "role"}
        assert (row["role"].upper(), row["person"] == "1") in roles, f"roles.tsv:{row.line} {row['phrase']}"


def test_every_spell_comes_back_on_a_day_inside_it(kb: KnowledgeBase):
    for path in sorted((DATA_DIR / "people").glob("*.tsv")):
        for row in read_tsv(path):
            start = parse_date(row["start"])
            end = parse_date(row["end"], end=True)
            assert start is not None
            entries = [e for e in kb.lookup(phrase_key(row["name"])) if e.kind == "person"]
            spell = [e for e in entries if e.code == row["code"].upper() and e.start == start and e.end == end]
            assert spell, f"{path.name}:{row.line} {row['name']}"
            day = start + (min(end, start + dt.timedelta(days=30)) - start) / 2 if end else start
            assert spell[0].valid_on(day)


def test_people_are_coded_by_the_role_they_held_on_the_day(kb: KnowledgeBase):
    maduro = lookup_name("Nicolás Maduro", day=dt.date(2025, 11, 1), kb=kb)
    assert maduro and maduro[0].code == "VENGOV"
    assert lookup_name("Nicolás Maduro", day=dt.date(1990, 1, 1), kb=kb) == []


def test_short_capital_aliases_match_only_as_written(kb: KnowledgeBase):
    assert any(e.code == "USA" for e in lookup_name("AS", kb=kb))
    assert not any(e.code == "USA" for e in lookup_name("as", kb=kb))


def test_extension_directory_adds_rows(tmp_path: Path):
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "local.tsv").write_text(
        "# a user's extension\nname\taliases\tcode\tstart\tend\trole\n"
        "Budi Contoh\tContoh\tIDNGOV\t2024-01-01\t\tBupati Contoh\n", encoding="utf-8")
    kb = load_knowledge_base.__wrapped__(str(tmp_path))
    assert [e.code for e in lookup_name("Budi Contoh", kb=kb)] == ["IDNGOV"]
    assert kb.stats()["people"] == load_knowledge_base().stats()["people"] + 1


def test_the_counts_in_docs_knowledge_md_are_the_data(kb: KnowledgeBase):
    """The table at the top of docs/knowledge.md gives the shipped counts as ``warta kb stats`` measures
    them; a change to the data that changes a count must change the table too."""
    stats = knowledge_stats(kb)
    roles = stats["roles_by_language"]
    expected = {
        "countries.tsv": [stats["countries"]],
        "organizations.tsv": [stats["organizations"], stats["international_organizations"]],
        "roles.tsv": [stats["roles"], roles["id"], roles["en"]],
        "people/*.tsv": [stats["people"], stats["people_distinct"]],
        "media.tsv": [stats["media"]],
        "places.tsv": [stats["places"]],
    }
    docs = (Path(__file__).resolve().parents[2] / "docs" / "knowledge.md").read_text(encoding="utf-8")
    found = {}
    for line in docs.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].strip("`") in expected:
            found[cells[0].strip("`")] = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", cells[2])]
    assert found == expected
