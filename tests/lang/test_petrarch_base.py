"""The vendored PETRARCH2 verb dictionary as the base of the English lexicon."""

from __future__ import annotations

import hashlib

import warta
from warta.lang.lexicon import (
    BASE_DICTIONARIES,
    NULL_CODE,
    EventLexicon,
    LexiconEntry,
    load_event_lexicon,
    morphology_of,
)
from warta.tokens import tokenize

VENDORED_SHA256 = "4a442ee42f7574651ec1c594f127353cdffbf18fa97b207ad5d8298a3cfaa08f"


def _entry(pattern: str, code: str, target: str = "obj") -> LexiconEntry:
    return LexiconEntry(pattern, morphology_of("en").FORM_CLASSES["v"], code, frozenset({target}), "", "test")


def test_the_vendored_dictionary_is_kept_whole_and_unmodified_with_its_licence() -> None:
    path = BASE_DICTIONARIES["en"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == VENDORED_SHA256
    assert "MIT License" in (path.parent / "LICENSE").read_text(encoding="utf-8")
    assert "676801cd9cb2924bbbad09f86d15c9323e7097bf" in (path.parent / "README.md").read_text(encoding="utf-8")


def test_the_base_codes_only_where_no_own_entry_matches() -> None:
    lexicon = EventLexicon([_entry("quarrel", "121")], morphology_of("en"),
                           [_entry("quarrel ... water", "999"), _entry("bicker ... water", "122")])
    [own] = lexicon.match(tokenize("The villagers quarrelled over water."))
    assert (own.entry.code, own.base) == ("121", False)
    [base] = lexicon.match(tokenize("The villagers bickered over water."))
    assert (base.entry.code, base.base) == ("122", True)


def test_a_base_pattern_gives_way_to_an_own_entry_inside_it() -> None:
    lexicon = EventLexicon([_entry("condemn", "111")], morphology_of("en"), [_entry("vote ... condemn", "999")])
    assert [m.entry.code for m in lexicon.match(tokenize("They voted to condemn the raid."))] == ["111"]


def test_alternatives_and_null_codes() -> None:
    lexicon = EventLexicon([], morphology_of("en"), [_entry("muster ... troops|soldiers", "154"),
                                                     _entry("avert ... attack", NULL_CODE)],
                           silent=frozenset({NULL_CODE}))
    assert [m.entry.code for m in lexicon.match(tokenize("The general mustered his soldiers."))] == ["154"]
    assert [m.entry.code for m in lexicon.match(tokenize("The general mustered new troops."))] == ["154"]
    # a null-coded pattern matches and codes nothing
    assert lexicon.match(tokenize("The guards averted an attack.")) == []


def test_many_patterns_at_one_head_find_the_one_whose_words_follow() -> None:
    rows = [_entry(f"gather ... word{n}", "040") for n in range(2000)] + [_entry("gather ... envoys", "043")]
    lexicon = EventLexicon([], morphology_of("en"), rows)
    [match] = lexicon.match(tokenize("The king gathered the envoys."))
    assert match.entry.code == "043"


def test_the_default_english_lexicon_has_the_dictionary_as_its_base() -> None:
    lexicon = load_event_lexicon("en")
    assert len(lexicon.base_entries) > 10_000
    [match] = lexicon.match(tokenize("The army disengaged its troops from the border."))
    assert match.base and match.entry.code == "0874"
    # warta's own heads are not redefined by the base: "target" keeps its own forms
    assert not any(m.base for m in lexicon.match(tokenize("They hit the targets.")))


def test_base_patterns_of_a_head_and_prepositions_alone_are_left_out() -> None:
    # "want ... on", "need ... out": without PETRARCH's parse the preposition is anyone's
    lexicon = load_event_lexicon("en")
    grammatical = {"to", "on", "in", "into", "out", "up", "for", "with", "from", "about", "off", "back"}
    for entry in lexicon.base_entries:
        words = [w for w in entry.pattern.split() if w not in ("...", "*")]
        assert not all(part in grammatical for w in words[1:] for part in w.split("|")), entry.pattern
    assert not any(m.base for m in lexicon.match(tokenize("Kenya needs to check out the offer from Somalia.")))


def _codes(text: str) -> set[tuple[str, str, str | None]]:
    result = warta.extract(text, language="en", published="2025-06-01")
    return {(e.code, e.source.code, e.target and e.target.code) for e in result.events}


def test_a_base_head_the_tagger_reads_as_a_noun_codes_nothing() -> None:
    # "head ... operation" is a verb pattern (190); here "head" is a noun
    codes = _codes("The Kenyan head of operations thanked Somali officials.")
    assert not any(code.startswith("19") for code, _, _ in codes)
    assert ("051", "KEN", "SOMGOV") in codes


def test_base_verbs_still_code() -> None:
    # the role word after coordinated nationalities is each one's: Thai troops too
    assert ("193", "THAMIL", "KHMMIL") in _codes("Thai and Cambodian troops exchanged fire along the border.")
    assert ("190", "ETHMIL", "SOM") in _codes("Ethiopian troops crossed into Somalia on Monday.")
