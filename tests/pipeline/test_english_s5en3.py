"""English bare role words and whose they are, on sentences written for these tests: a role word with
the definite article ("the junta", "the ministry") takes up the same role word named earlier with its
country, not the country the article names most."""

from __future__ import annotations

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in extract(text, language="en", published="2025-06-02").events}


def test_the_junta_is_the_one_named_with_its_country_before() -> None:
    found = triples("Chad's military junta closed the border on Monday. Sudan and France condemned the move. "
                    "France said French troops would stay. The junta then expelled the French ambassador.")
    assert ("TCDGOV", "174", "FRAGOV") in found
    assert not any(s == "FRAGOV" and c == "174" for s, c, _ in found)


def test_the_ministry_takes_up_the_ministry_of_an_earlier_sentence() -> None:
    found = triples("Japan's foreign ministry criticised the tariffs on Tuesday. Chinese officials said China "
                    "would respond. China and Russia held joint drills near China's coast. "
                    "The ministry later praised Australia.")
    assert ("JPNGOV", "051", "AUS") in found


def test_being_open_to_talks_with_another_is_the_intent_to_meet() -> None:
    assert ("CHL", "036", "BOL") in triples("Chile said it remained open to negotiations with Bolivia.")
    assert ("GHAGOV", "036", "TGO") in triples("Ghana's president is open to direct talks with Togo.")


def test_opening_talks_is_no_stated_openness() -> None:
    assert not any(c == "036" for _, c, _ in triples("Serbia will open talks with Kosovo next week."))


def test_telling_an_envoy_to_leave_or_giving_hours_to_leave_expels_him() -> None:
    assert ("MLIGOV", "174", "FRAGOV") in triples("Mali's junta told the French ambassador to leave the country.")
    assert ("MLIGOV", "174", "FRAGOV") in triples("Mali's junta gave French diplomats two days to leave.")
    assert ("MLIGOV", "174", "BELGOV") in triples("Belgium's envoys were given three days to leave by Mali's junta.")


def test_telling_reporters_that_troops_will_leave_expels_nobody() -> None:
    found = triples("Macron told reporters that French troops would leave Mali.")
    assert not any(c == "174" for _, c, _ in found)


def test_it_opening_a_sentence_takes_up_the_country_before() -> None:
    found = triples("The Philippines held a naval drill on Monday. It also accused Beijing of harassment.")
    assert ("PHL", "112", "CHNGOV") in found


def test_an_impersonal_it_is_no_actor() -> None:
    found = triples("Egypt hosted the talks on Monday. It seems hard to reach a deal with Israel. "
                    "It was hard to criticise Israel, one diplomat said.")
    assert not any(s and s.startswith("EGY") and t and t.startswith("ISR") for s, _, t in found)
