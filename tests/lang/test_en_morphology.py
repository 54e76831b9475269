"""English morphology for the event lexicon: surface forms of a base form under each template, the
irregular-verb table, and the look-up keys of a token."""

from __future__ import annotations

import pytest

from warta.lang.en import morphology as m


@pytest.mark.parametrize(
    ("base", "s", "ed", "ing"),
    [
        ("attack", "attacks", ["attacked"], ["attacking"]),
        ("stop", "stops", ["stopped"], ["stopping"]),
        ("agree", "agrees", ["agreed"], ["agreeing"]),
        ("deny", "denies", ["denied"], ["denying"]),
        ("try", "tries", ["tried"], ["trying"]),
        ("visit", "visits", ["visited"], ["visiting"]),
        ("target", "targets", ["targeted"], ["targeting"]),
        ("panic", "panics", ["panicked"], ["panicking"]),
        ("seize", "seizes", ["seized"], ["seizing"]),
        ("commit", "commits", ["committed"], ["committing"]),
        ("expel", "expels", ["expelled"], ["expelling"]),
        ("equip", "equips", ["equipped"], ["equipping"]),
        ("launch", "launches", ["launched"], ["launching"]),
        ("veto", "vetoes", ["vetoed"], ["vetoing"]),
        ("play", "plays", ["played"], ["playing"]),
        ("die", "dies", ["died"], ["dying"]),
        ("kidnap", "kidnaps", ["kidnapped"], ["kidnapping"]),
    ],
)
def test_regular_spelling(base: str, s: str, ed: list[str], ing: list[str]) -> None:
    assert m.generate(base, "s") == [s]
    assert m.generate(base, "ed") == ed
    assert m.generate(base, "ing") == ing
    assert m.generate(base, "0") == [base]


def test_british_and_american_l_doubling() -> None:
    assert set(m.generate("cancel", "ed")) == {"cancelled", "canceled"}
    assert set(m.generate("travel", "ing")) == {"travelling", "traveling"}
    assert m.generate("control", "ed") == ["controlled"]  # stressed final syllable: one spelling


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("meet", {"met"}),
        ("fight", {"fought"}),
        ("shoot", {"shot"}),
        ("hold", {"held"}),
        ("give", {"gave", "given"}),
        ("take", {"took", "taken"}),
        ("strike", {"struck", "stricken"}),
        ("withdraw", {"withdrew", "withdrawn"}),
        ("overthrow", {"overthrew", "overthrown"}),
        ("send", {"sent"}),
        ("lead", {"led"}),
    ],
)
def test_irregular_verbs_come_from_the_table(base: str, forms: set[str]) -> None:
    assert set(m.generate(base, "ed")) == forms


def test_irregular_table_is_well_formed() -> None:
    table = m.irregular_verbs()
    assert len(table) >= 100
    for base, (past, participle) in table.items():
        assert base == base.lower().strip() and past and participle


def test_multiword_heads_inflect_their_first_word() -> None:
    assert m.generate("carry out", "ed") == ["carried out"]
    assert m.generate("crack down", "s") == ["cracks down"]


def test_nouns_and_plurals() -> None:
    assert m.generate("invasion", "noun") == ["invasion"]
    assert m.generate("invasion", "nouns") == ["invasions"]
    assert m.generate("rally", "nouns") == ["rallies"]
    assert m.generate("crisis", "nouns") == ["crises"]
    assert m.generate("talks", "nouns") == ["talks"]  # already plural


def test_templates_and_form_classes() -> None:
    assert m.FORM_CLASSES["v"] == ("0", "s", "ed", "ing")
    assert m.FORM_CLASSES["n"] == ("noun", "nouns")
    assert m.TEMPLATES["ed"] == ("participle", "verb")
    assert m.TEMPLATES["noun"] == ("nominal", "noun")
    assert m.expand_forms("v|noun") == ("0", "s", "ed", "ing", "noun")
    with pytest.raises(ValueError):
        m.expand_forms("meN-")
    with pytest.raises(ValueError):
        m.generate("attack", "xyz")


def test_normalise_strips_possessives_and_splits_compounds() -> None:
    assert m.normalise("Israel's") == ["israel's", "israel"]
    assert m.normalise("israel’s")[-1] == "israel"
    assert m.normalise("protesters'") == ["protesters'", "protesters"]
    assert m.normalise("cease-fire") == ["cease-fire", "ceasefire", "fire"]
    assert "protest" in m.normalise("counter-protest")
    assert "protest" not in m.normalise("post-protest")  # a prefix that changes the meaning
