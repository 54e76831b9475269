"""English recall on wire-service constructions (session 8), on sentences written for these tests: the
word after a noun-compound head, places after words of direction, possessive and hyphenated owners,
an organisation's people, and hostile acts agreed on."""

from __future__ import annotations

from warta.pipeline.pipeline import extract
from warta.tokens import tokenize


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code[:2], e.target.code if e.target else None)
            for e in extract(text, language="en", published="2025-06-02").events}


def test_a_plural_subject_before_an_attack_verb_is_no_event_noun() -> None:
    # "drone attack" is a noun compound; "drones attacked" is a subject and its verb, with an object
    assert ("RUS", "19", "UKR") in triples("Russian drones hit Lviv and then Russian drones attacked Odesa.")
    assert ("ISR", "19", "SYR") in triples("Israeli missiles struck a Syrian radar site.")


def test_a_place_after_a_word_of_direction_is_the_place_struck() -> None:
    assert ("ISR", "19", "SYR") in triples("Israeli jets bombed arms depots in north-eastern Syria.")


def test_a_known_place_after_the_preposition_comes_before_the_victims() -> None:
    found = triples("Russian missile strikes on Kharkiv killed seven people.")
    assert any(s == "RUS" and c == "19" and t == "UKR" for s, c, t in found)
    assert not any(t and t.startswith("RUS") for _, c, t in found if c == "19")


def test_a_possessive_target_phrase_names_the_clause_subject() -> None:
    found = triples("Kenya condemned the Somali raid on its border post.")
    assert ("SOM", "19", "KEN") in found


def test_a_hyphenated_owner_is_split_and_is_the_target() -> None:
    assert [t.text for t in tokenize("a Greek-owned tanker")] == ["a", "Greek", "-", "owned", "tanker"]
    assert [t.text for t in tokenize("serang-menyerang")] == ["serang-menyerang"]
    assert ("IRN", "17", "GRC") in triples("Iran seized a Greek-owned tanker near Hormuz.")


def test_an_organisations_people_are_the_organisation() -> None:
    found = triples("NATO foreign ministers met Ukrainian officials in Brussels.")
    assert any(s == "IGOWSTNAT" and c == "04" for s, c, _ in found)


def test_a_hostile_act_agreed_on_is_that_act() -> None:
    found = triples("Canada agreed to impose sanctions on Iranian banks.")
    assert any(s == "CAN" and c == "16" and t and t.startswith("IRN") for s, c, t in found)
    assert not any(c == "03" for _, c, _ in found)


def test_a_proposal_from_someone_is_answered_to_them() -> None:
    assert ("ISR", "12", "PSEREBHMS") in triples("Israel rejected a truce proposal from Hamas.")


def test_the_accused_is_the_doer_of_what_they_are_said_to_seek() -> None:
    found = triples("Bolivia accused Chile of trying to overthrow its government.")
    assert ("BOL", "11", "CHL") in found
    assert not any(s and s.startswith("BOL") and c == "18" for s, c, _ in found)


def test_an_agreement_to_halt_fighting_is_no_hostile_act_agreed_on() -> None:
    # the act agreed on is the verb right after "agreed to"; "the fighting" is what is halted
    found = triples("Armenia and Azerbaijan agreed to halt the fighting.")
    assert not any(c == "19" for _, c, _ in found)
    assert any(c in {"03", "08", "05"} for _, c, _ in found)
