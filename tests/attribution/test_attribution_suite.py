"""The attribution suite (tests/attribution/suite.jsonl): short items written by the team, one construction
each (reporting frames before and after their clause, "menurut"/"according to", outlets and relays,
unnamed sources, narration, quotes with their speaker before, after or through "-nya"/pronoun anaphora,
UI strings in quotation marks), with the expected ``reported_by`` of every event and quote speakers."""

from pathlib import Path

import pytest

from warta.evaluation import evaluate_gold_file

SUITE = Path(__file__).parent / "suite.jsonl"


@pytest.fixture(scope="module")
def report():
    return evaluate_gold_file(SUITE)


def test_the_suite_is_large_and_bilingual(report):
    languages = [g["language"] for g in report.gold]
    assert len(languages) >= 150
    assert languages.count("id") >= 60 and languages.count("en") >= 40


def test_quote_speakers_and_no_ui_string_is_a_quote(report):
    quotes = report.quotes
    assert quotes is not None and quotes.total >= 80
    assert quotes.accuracy >= 0.95, quotes.wrong
    assert quotes.ui_as_quotes == 0


def test_events_take_the_source_of_their_claim(report):
    for group in ("id", "en"):
        l1 = report.scores[group]["L1"]
        assert l1.reported_n >= 30
        assert l1.reported_ok / l1.reported_n >= 0.95, group


@pytest.mark.parametrize("text, expected", [
    # a speaker's noun object is its own act, not a claim about another event
    ("Presiden Indonesia menegaskan komitmen pemerintah Indonesia pada Senin. India menyerang Pakistan.", None),
    # the article's voice
    ("India menyerang Pakistan pada Senin.", None),
])
def test_narration_and_a_speakers_own_act_are_nobodys_claim(text, expected):
    import warta

    result = warta.extract(text, language="id", published="2025-06-02")
    assert [e.reported_by.code if e.reported_by else None for e in result.events if e.code == "190"] == [expected]


def test_a_speaker_named_before_answers_for_a_quote_that_says_ujarnya():
    import warta

    text = ("Menteri Luar Negeri Rusia berbicara di Moskow pada Senin. "
            "“Ukraina menyerang wilayah Rusia tanpa alasan,” ujarnya.")
    result = warta.extract(text, language="id", published="2025-06-02")
    assert [q.speaker.code if q.speaker else None for q in result.quotes] == ["RUSGOV"]
    assert {e.reported_by.code for e in result.events if e.code.startswith("19")} == {"RUSGOV"}


def test_a_speaker_the_knowledge_base_does_not_know_still_speaks_the_quote():
    import warta

    result = warta.extract("“Kami akan terus mengumpulkan bukti di lapangan,” kata Wulandari.", language="id",
                           published="2025-06-02")
    assert [(q.speaker.code, q.speaker.name) for q in result.quotes] == [(None, "Wulandari")]
    assert all(e.source.code for e in result.events)  # "Kami" of an uncoded speaker is no actor


def test_a_passive_report_with_no_one_after_it_names_no_outlet():
    import warta

    result = warta.extract("Rusia dilaporkan menyerang Ukraina pada Senin.", language="id", published="2025-06-02")
    assert [e.reported_by for e in result.events if e.code.startswith("19")] == [None]


def test_a_button_label_in_quotation_marks_is_no_quote():
    import warta

    result = warta.extract('Press "Accept" to continue. Russia attacked Ukraine on Monday.', language="en",
                           published="2025-06-02")
    assert result.quotes == ()
