"""The vendored PETRARCH2 verb dictionary as the base of the English lexicon."""

from __future__ import annotations

import hashlib

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
