"""Reporting frames of the second attribution pass: verbs of warning that take a reported clause, and the
complementizer "that" after a verb of saying (no relative clause on the speaker)."""

import pytest

import warta


def _attacks(text: str, language: str):
    result = warta.extract(text, language=language, published="2025-06-02")
    return [(e.source.code, e.target.code if e.target else None, e.reported_by.code if e.reported_by else None)
            for e in result.events if e.code.startswith("19")]


def test_what_a_ministry_warns_has_happened_is_its_claim():
    text = "Kementerian Luar Negeri Jepang memperingatkan bahwa Korea Utara telah menembakkan rudal ke arah Laut Jepang."
    result = warta.extract(text, language="id", published="2025-06-02")
    assert [e.reported_by.code if e.reported_by else None for e in result.events if e.code.startswith("15")] \
        == ["JPNGOV"]


def test_a_warning_to_someone_is_narrated_not_claimed():
    result = warta.extract("Jepang memperingatkan Korea Utara agar tidak menembakkan rudal lagi.", language="id",
                           published="2025-06-02")
    assert [(e.code, e.reported_by) for e in result.events if e.code.startswith("13")] == [("130", None)]


@pytest.mark.parametrize("verb", ["said", "warned"])
def test_that_after_a_verb_of_saying_opens_the_reported_clause(verb):
    text = f"Poland's foreign minister {verb} that Russia had attacked Ukraine again."
    assert _attacks(text, "en") == [("RUS", "UKR", "POLGOV")]


def test_an_object_relative_clause_still_names_its_object():
    result = warta.extract("Peru released the Chilean trawler that Peru detained.", language="en",
                           published="2025-06-02")
    assert [(e.source.code, e.code, e.target.code) for e in result.events if e.code == "173"] == [("PER", "173", "CHL")]


@pytest.mark.parametrize("claim", [
    "Polisi mengatakan pelaku pembakaran ialah anggota kelompok itu.",
    "Polisi mengatakan pelaku pembakaran sudah diketahui.",
    "Polisi menyebut dalang pembakaran adalah pemimpin kelompok itu.",
])
def test_naming_the_perpetrators_of_a_told_act_retells_it(claim):
    # the act narrated first, then a speaker naming its perpetrators: the act is the speaker's account
    text = "Kelompok bersenjata membakar sebuah sekolah di Wamena. " + claim
    result = warta.extract(text, language="id", published="2025-06-02")
    assert [e.reported_by.code if e.reported_by else None for e in result.events if e.code == "1712"] == ["IDNCOP"]


def test_naming_the_perpetrators_attributes_no_act_told_only_after_the_claim():
    said = warta.extract("Polisi mengatakan penyerang pos itu adalah kelompok bersenjata. Kelompok bersenjata "
                         "menyerang pos polisi di Wamena.", language="id", published="2025-06-02")
    assert [e.reported_by for e in said.events if e.code.startswith("19")] == [None]


@pytest.mark.parametrize("text, language", [
    ("Iran mengatakan Hizbullah terus bertempur dengan tentara Israel sejak Hamas menyerang Israel pada Oktober.",
     "id"),
    ("Iran said Hezbollah has fought Israeli troops since Hamas attacked Israel in October.", "en"),
])
def test_a_since_clause_inside_a_claim_is_background_not_claimed(text, language):
    result = warta.extract(text, language=language, published="2025-06-02")
    said = {e.source.code: e.reported_by.code if e.reported_by else None
            for e in result.events if e.code.startswith("19")}
    assert said == {"LBNREB": "IRN", "PSEREBHMS": None}


@pytest.mark.parametrize("claim, expected", [
    # a ceasefire named as a condition tells no act of the speaker's side again
    ("Netanyahu mengatakan bahwa Israel akan kembali berperang jika gencatan senjata gagal.", None),
    ("Netanyahu memperingatkan bahwa Israel akan kembali berperang jika gencatan senjata gagal.", None),
    # named as what the speaker's side does, it retells the side's act of that kind
    ("Netanyahu mengatakan Israel menghormati gencatan senjata.", "ISRGOV"),
])
def test_a_condition_in_a_claim_retells_no_act_of_the_speaker(claim, expected):
    text = "Israel membebaskan 50 tahanan Palestina pada Senin. " + claim
    result = warta.extract(text, language="id", published="2025-06-02")
    assert [e.reported_by.code if e.reported_by else None for e in result.events if e.code == "0841"] == [expected]
