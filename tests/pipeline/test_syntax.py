"""The parse-reading argument finder, with the shipped Indonesian model (skipped when it is absent)."""

import pytest

from warta.errors import WartaError
from warta.records import Article


@pytest.fixture(scope="module")
def parsed_pipeline():
    from warta.models import model_path
    from warta.pipeline.pipeline import Pipeline

    try:
        model_path("id")
    except WartaError:
        pytest.skip("the Indonesian model is not shipped in this checkout")
    return Pipeline("id", use_parser=True)


def test_parse_is_kept_for_sentences_that_can_hold_an_event(parsed_pipeline):
    doc = parsed_pipeline.make_doc(Article("t", "Cuaca cerah hari ini. Rusia menyerang Ukraina.", "id",
                                           "2025-06-02"))
    for component in parsed_pipeline.components:
        component(doc)
    assert 1 in doc.parses and 0 not in doc.parses
    parsed = doc.parses[1]
    assert len(parsed.head) == len(doc.sentences[1].tokens)


def test_events_with_the_parser_match_the_rules_on_simple_sentences(parsed_pipeline):
    result = parsed_pipeline(Article("t", "Mesir mengecam Israel. Lebanon diserang oleh Israel.", "id",
                                     "2025-06-02"))
    triples = {(e.source.code, e.code[:2], e.target.code) for e in result.events}
    assert ("EGY", "11", "ISR") in triples
    assert ("ISR", "19", "LBN") in triples


def test_the_parse_finds_an_object_beyond_the_rules_window(parsed_pipeline):
    # the rules look three words past the verb; the parse reaches "Liberia" through the object's modifiers
    result = parsed_pipeline(Article("t", "Iran menyita kapal tanker berbendera Liberia di Selat Hormuz.",
                                     "id", "2025-06-02"))
    triples = {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in result.events}
    # (a merchant ship stands for its flag's shipping business: LBRBUS)
    assert any(c == "17" and t in ("LBR", "LBRBUS") for _, c, t in triples), triples


def test_an_actor_after_an_event_noun_is_not_taken_as_the_verbs_object(parsed_pipeline):
    result = parsed_pipeline(Article("t", "Uni Eropa menyetujui paket sanksi baru terhadap Belarus.", "id",
                                     "2025-06-02"))
    assert not any(e.code.startswith("05") for e in result.events)
