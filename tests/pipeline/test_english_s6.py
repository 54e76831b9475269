"""English recall on constructions of unseen news (session 6), on sentences written for these tests:
coordinated actors that the word order hid, and event nouns and verbs the lexicon lacked."""

from __future__ import annotations

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in extract(text, language="en", published="2025-06-02").events}


def _pairs(found: set[tuple[str | None, str, str | None]], root: str) -> set[frozenset]:
    return {frozenset({s, t}) for s, c, t in found if c.startswith(root)}


def test_a_bare_plural_after_and_with_one_adjective_is_coordinated() -> None:
    found = triples("Nepal's army and ethnic armed groups announced a truce on Monday.")
    assert frozenset({"NPLMIL", "NPLUAF"}) in _pairs(found, "087")


def test_a_verb_after_and_is_not_coordinated_as_an_adjective() -> None:
    found = triples("Nepal's army attacked the rebels and killed five people.")
    assert ("NPLMIL", "190", "NPLREB") in found
    assert not any(s == "NPLREB" for s, _, _ in found)


def test_an_alliance_of_groups_is_coordinated_with_the_actor_before() -> None:
    found = triples("Colombia's army and a coalition of armed groups agreed to a ceasefire in Cauca.")
    assert frozenset({"COLMIL", "COLUAF"}) in _pairs(found, "087")
