"""English coordinated targets that share one role word, on sentences written for these tests: firms
"in" and officials "from" a list of countries inside a clause belong to each country listed, while an
agent's own troops or its own diplomats "from" a place stay the agent's."""

from __future__ import annotations

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in extract(text, language="en", published="2025-06-02").events}


def test_firms_in_two_countries_are_each_countrys_business() -> None:
    found = triples("Canada sanctioned two logistics firms in Peru and Chile last week.")
    targets = {t for _, c, t in found if c.startswith("16")}
    assert {"PERBUS", "CHLBUS"} <= targets


def test_diplomats_from_two_countries_are_each_countrys_government() -> None:
    found = triples("Egypt hosted diplomats from Norway and Sweden in Cairo.")
    targets = {t for s, _, t in found if s and s.startswith("EGY")}
    assert {"NORGOV", "SWEGOV"} <= targets
    assert not any(t == "EGYGOV" for _, _, t in found)


def test_own_diplomats_from_a_country_stay_the_agents() -> None:
    found = triples("Kenya withdrew its diplomats from Sudan.")
    assert not any(s and s.startswith("SDN") for s, _, _ in found)
    found = triples("Chile recalled its envoy from Peru last week.")
    assert not any(t == "PERGOV" for _, _, t in found)


def test_troops_from_a_country_inside_a_clause_stay_the_agents() -> None:
    found = triples("Turkey pulled troops from Iraq on Monday.")
    assert not any(s == "IRQMIL" or t == "IRQMIL" for s, _, t in found)


def test_object_relative_makes_the_noun_before_the_pronoun_the_target() -> None:
    found = triples("The Chilean trawler that Peru had detained returned home on Friday.")
    assert ("PER", "173", "CHL") in found


def test_object_relative_with_which_has_the_inner_actor_as_source() -> None:
    found = triples("The Danish freighter which Yemen seized stayed in port.")
    assert any(s == "YEM" and t == "DNK" for s, _, t in found)
    assert not any(s == "DNK" for s, _, _ in found)


def test_subject_relative_keeps_the_head_as_source() -> None:
    found = triples("Oman seized the Danish freighter that sailed to Aden.")
    assert any(s == "OMN" and t == "DNK" for s, _, t in found)


def test_they_after_two_people_meeting_stands_for_both() -> None:
    found = triples("The president of Peru met the prime minister of Spain in Lima. They signed a fisheries deal.")
    assert any(c.startswith("05") and {s, t} == {"PERGOV", "ESPGOV"} for s, c, t in found)


def test_they_after_a_group_keeps_the_group() -> None:
    found = triples("Rebels attacked a village near Goma. They burned the market.")
    assert not any(s and s.endswith("GOV") for s, _, _ in found)
