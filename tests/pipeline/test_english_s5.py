"""English joint acts with a third party, on sentences written for these tests: who mediates, hosts,
chairs or brokers talks, a deal or a ceasefire between two others stands between them (045 or 043 with
each), while the two parties act on each other."""

from __future__ import annotations

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in extract(text, language="en", published="2025-06-02").events}


def test_a_go_between_of_talks_mediates_with_each_party() -> None:
    found = triples("Ghana mediated talks between Mali and Burkina Faso.")
    assert {("GHA", "045", "MLI"), ("GHA", "045", "BFA")} <= found
    assert any(c == "046" and {s, t} == {"MLI", "BFA"} for s, c, t in found)


def test_a_host_of_negotiations_stands_between_the_parties_and_is_not_visited() -> None:
    found = triples("Switzerland hosted negotiations between Armenia and Azerbaijan.")
    assert {("CHE", "043", "ARM"), ("CHE", "043", "AZE")} <= found
    assert not any(c == "042" for _, c, _ in found)


def test_a_broker_of_a_ceasefire_is_no_party_to_it() -> None:
    found = triples("Kenya brokered a truce between Ethiopia and Eritrea.")
    assert {("KEN", "045", "ETH"), ("KEN", "045", "ERI")} <= found
    assert not any(s == "KEN" and c.startswith("08") for s, c, _ in found)


def test_discussing_a_deal_between_two_others_is_not_standing_between_them() -> None:
    found = triples("The ministers discussed a possible deal between Serbia and Kosovo.")
    assert not any(c in ("045", "043") for _, c, _ in found)


def test_unnamed_agents_of_a_passive_are_those_its_examples_name() -> None:
    found = triples("The Venezuelan election was denounced by several Latin American states, including Chile and Peru.")
    assert {("CHL", "VEN"), ("PER", "VEN")} <= {(s, t) for s, c, t in found if c.startswith("11")}


def test_a_named_agent_stays_the_agent_before_its_examples() -> None:
    found = triples("The Israeli blockade was condemned by Egypt, including its president.")
    assert any(s == "EGY" and c == "111" for s, c, _ in found)


def test_a_proposed_meeting_is_the_intent_to_meet() -> None:
    found = triples("Ukraine proposed direct negotiations with Moldova.")
    assert ("UKR", "036", "MDA") in found
    assert not any(c.startswith("04") for _, c, _ in found)


def test_who_is_accused_of_an_act_did_it() -> None:
    found = triples("Niger accused Benin of arming the rebels.")
    assert ("NER", "112", "BEN") in found
    assert any(s == "BEN" and c.startswith("07") for s, c, _ in found)
    assert not any(s == "NER" and c.startswith("07") for s, c, _ in found)


def test_who_is_praised_for_an_act_did_it() -> None:
    found = triples("Estonia thanked Latvia for expelling Russian diplomats.")
    assert any(s == "LVA" and c.startswith("17") and t and t.startswith("RUS") for s, c, t in found)


def test_a_noun_form_between_two_actors_is_the_verb_of_a_headline() -> None:
    assert ("CAN", "163", "IRNBUS") in triples("Canada sanctions Iranian firms")


def test_a_noun_form_after_a_possessive_stays_the_noun() -> None:
    [event] = extract("Canada's sanctions on Iran were extended.", language="en", published="2025-06-02").events
    assert event.rule.startswith("en.nominal")


def test_a_counterpart_named_by_a_country_adjective_holds_the_same_office_there() -> None:
    assert ("GHAGOV", "040", "TGOGOV") in triples("Ghana's foreign minister met her Togolese counterpart.")


def _headline(text: str) -> set[tuple[str | None, str, str | None, str]]:
    body = "\n\nThe ministers spoke to reporters on Monday."
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None, e.factuality)
            for e in extract(text + body, language="en", published="2025-06-02").events}


def test_two_names_opening_a_headline_with_a_comma_act_together() -> None:
    found = _headline("Chile, Peru sign trade pact")
    assert any(c == "057" and {s, t} == {"CHL", "PER"} for s, c, t, _ in found)


def test_a_comma_later_in_a_headline_separates_clauses() -> None:
    found = _headline("Israel strikes Gaza, Jordan condemns")
    assert not any(s == "ISR" and t == "JOR" for s, _, t, _ in found)


def test_a_headline_infinitive_after_its_subject_is_the_future() -> None:
    found = _headline("Qatar, Egypt negotiators to meet in Cairo")
    assert {f for _, c, _, f in found if c.startswith("04")} == {"future"}


def test_going_to_a_capital_is_a_visit() -> None:
    assert ("FRAGOV", "042", "CHNGOV") in triples("Macron went to Beijing last week.")
    assert not any(c == "042" for _, c, _ in triples("Macron went to Paris last week."))
