"""institutions.tsv (heads of institutions' names) and the Indonesian bodies added to organizations.tsv and
roles.tsv in session 6: format, and that each row names what it should in the knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta import codebook
from warta.knowledge import load_knowledge_base
from warta.tsvdata import read_tsv

DATA = Path(__file__).resolve().parents[2] / "src" / "warta" / "knowledge" / "data"


def test_institution_heads_are_well_formed() -> None:
    rows = list(read_tsv(DATA / "institutions.tsv", required=("head", "language", "role", "note")))
    assert len(rows) >= 20
    heads = [(r["head"], r["language"]) for r in rows]
    assert len(heads) == len(set(heads))
    for r in rows:
        assert r["head"][:1].isupper(), f"{r.where()}: a head is written as in a name"
        assert r["language"] in {"id", "en"}, r.where()
        assert codebook.is_actor_type(r["role"]), r.where()
        assert r["note"], r.where()


@pytest.mark.parametrize(("head", "role"), [("Dinas", "GOV"), ("Badan", "GOV"), ("Fakultas", "EDU"),
                                            ("PT", "BUS"), ("Komisi III", "LEG"), ("PN", "JUD")])
def test_heads_are_role_entries_that_head_a_name(head: str, role: str) -> None:
    entries = load_knowledge_base().lookup(tuple(head.lower().split()))
    assert any(e.kind == "role" and e.code == role and e.names_head for e in entries)


@pytest.mark.parametrize(("form", "code"), [
    ("Kompolnas", "IDNGOV"), ("PPATK", "IDNGOV"), ("BPOM", "IDNGOV"), ("BPS", "IDNGOV"), ("BRIN", "IDNGOV"),
    ("KPAI", "IDNHRI"), ("Komnas Perempuan", "IDNHRI"), ("Telkom", "IDNBUS"), ("BEI", "IDNBUS"),
    ("Bulog", "IDNBUS"), ("IDI", "IDNHLH"), ("KWI", "IDNCTH"), ("PGI", "IDNCHR"), ("HMI", "IDNEDU"),
    ("GP Ansor", "IDNMOS"),
])
def test_indonesian_bodies_news_names_by_acronym(form: str, code: str) -> None:
    entries = load_knowledge_base().lookup(tuple(form.lower().split()))
    assert [e.code for e in entries if e.kind == "org"] == [code]


@pytest.mark.parametrize(("phrase", "role", "person"), [
    ("kemenhub", "GOV", False), ("kemenkumham", "GOV", False), ("kementrian", "GOV", False),
    ("polresta", "COP", False), ("kapolresta", "COP", True), ("korem", "MIL", False), ("kodim", "MIL", False),
    ("dandim", "MIL", True), ("kajati", "JUD", True), ("dekan", "EDU", True), ("bpbd", "GOV", False),
])
def test_unit_and_ministry_words(phrase: str, role: str, person: bool) -> None:
    entries = load_knowledge_base().lookup((phrase,))
    assert [(e.code, e.person) for e in entries if e.kind == "role"] == [(role, person)]


def test_ranks_are_well_formed_and_load_as_ranks() -> None:
    rows = list(read_tsv(DATA / "ranks.tsv", required=("phrase", "language", "role", "note")))
    assert len(rows) >= 30
    assert all(r["phrase"] == r["phrase"].lower() and r["role"] in {"MIL", "COP"} and r["note"] for r in rows)
    kb = load_knowledge_base()
    for phrase, role in [("irjen", "COP"), ("kombes", "COP"), ("akbp", "COP"), ("mayjen", "MIL"), ("letkol", "MIL")]:
        assert [(e.code, e.person, e.rank) for e in kb.lookup((phrase,)) if e.kind == "role"] == [(role, True, True)]


@pytest.mark.parametrize("phrase", ["menhub", "menkumham", "menag", "mentan", "menko"])
def test_ministers_by_abbreviation(phrase: str) -> None:
    entries = load_knowledge_base().lookup((phrase,))
    assert [(e.code, e.person) for e in entries if e.kind == "role"] == [("GOV", True)]
