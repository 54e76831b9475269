"""The event-lexicon matcher: heads, words after them, and words before them (``*`` marks the head)."""

from __future__ import annotations

from warta.lang.lexicon import COMPOUND_FRAME, EventLexicon, LexiconEntry, morphology_of
from warta.tokens import tokenize


def _lexicon(*rows: tuple[str, str] | tuple[str, str, str]) -> EventLexicon:
    morphology = morphology_of("en")
    entries = [LexiconEntry(row[0], morphology.FORM_CLASSES["v"], row[1], frozenset({row[2] if len(row) > 2 else "obj"}),
                            "", "test") for row in rows]
    return EventLexicon(entries, morphology)


def _codes(lexicon: EventLexicon, text: str) -> list[str]:
    return [m.entry.code for m in lexicon.match(tokenize(text))]


def test_words_before_the_head_choose_the_more_specific_pattern() -> None:
    lexicon = _lexicon(("quarrel ... over ... water", "121"), ("didn't ... * quarrel ... over ... water", "904"),
                       ("not_only * quarrel", "999"))
    assert _codes(lexicon, "The villagers quarrelled over water rights.") == ["121"]
    assert _codes(lexicon, "The villagers didn't quarrel over water rights.") == ["904"]
    # a gap of a few words is allowed where the pattern has "..."
    assert _codes(lexicon, "The villagers didn't even try to quarrel over water.") == ["904"]


def test_words_before_the_head_without_a_gap_must_be_adjacent() -> None:
    lexicon = _lexicon(("quarrel", "121"), ("never * quarrel", "905"))
    assert _codes(lexicon, "The twins never quarrel.") == ["905"]
    assert _codes(lexicon, "The twins never really quarrel.") == ["121"]


def test_words_before_the_head_are_not_sought_across_punctuation() -> None:
    lexicon = _lexicon(("quarrel", "121"), ("said ... * quarrel", "191"))
    assert _codes(lexicon, "She said they quarrel.") == ["191"]
    assert _codes(lexicon, "She said, they quarrel.") == ["121"]


def test_an_entry_that_needs_a_compound_subject_keeps_the_plain_one_as_fallback() -> None:
    lexicon = _lexicon(("concur", "081"), ("concur", "030", COMPOUND_FRAME))
    [match] = lexicon.match(tokenize("Rohan and Gondor concur."))
    assert match.entry.code == "030" and match.needs_compound
    assert match.fallback is not None and match.fallback.entry.code == "081"


def test_a_head_written_as_it_stands_beats_a_generated_form_of_another() -> None:
    lexicon = _lexicon(("leave", "012"), ("left", "032"))
    assert _codes(lexicon, "The envoy left for Rome.") == ["032"]
    assert _codes(lexicon, "The envoy leaves for Rome.") == ["012"]


def test_between_two_entries_for_the_same_head_word_the_earlier_stays() -> None:
    # e.g. an Indonesian bare root read as a verb and as a noun: the file's order decides
    lexicon = _lexicon(("quarrel", "121"), ("quarrel", "140"))
    assert _codes(lexicon, "The twins quarrel.") == ["121"]
