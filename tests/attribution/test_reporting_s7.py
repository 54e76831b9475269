"""Attribution rules of the seventh session (test sentences written by the team)."""

import pytest

import warta


def _reported(text: str, root: str, language: str = "id"):
    result = warta.extract(text, language=language, published="2025-06-02")
    return [(e.source.code, e.reported_by.code if e.reported_by else None)
            for e in result.events if e.code.startswith(root)]


@pytest.mark.parametrize("text, root, doer", [
    ("Indonesia mengecam Israel atas serangan di Gaza pada Senin. "
     "Polisi Indonesia mengatakan bahwa unjuk rasa di Jakarta berlangsung damai.", "11", "IDN"),
    ("Malaysia mendesak Myanmar menghentikan kekerasan di Rakhine. "
     "Seorang warga Malaysia mengatakan bahwa bantuan sudah dikirim ke pengungsi.", "02", "MYS"),
])
def test_a_bare_countrys_speech_act_is_not_claimed_by_its_police_or_citizens(text, root, doer):
    # a country speaks through its government: its police or a citizen speaking elsewhere is no account of it
    assert _reported(text, root) == [(doer, None)]


def test_a_bare_countrys_speech_act_is_claimed_by_its_government_speaking():
    text = ("Indonesia mengecam Israel atas serangan di Gaza pada Senin. "
            "Menteri Luar Negeri Indonesia mengatakan bahwa serangan itu melanggar hukum internasional.")
    assert _reported(text, "11") == [("IDNGOV", "IDNGOV")]


@pytest.mark.parametrize("text, root, source, speaker", [
    ("Kepala Kepolisian Indonesia menyatakan ketika pasukan tiba di lokasi, kelompok separatis sudah membakar "
     "sekolah.", "17", "IDNSEP", "IDNCOP"),
    ("Menteri Pertahanan Rusia menyatakan setelah Ukraina menyerang Kursk, pasukan Rusia membalas.", "19", "UKR",
     "RUSGOV"),
])
def test_a_fronted_clause_after_a_verb_of_stating_opens_the_reported_clause(text, root, source, speaker):
    # "menyatakan" may take a noun object ("menyatakan dukungan"), but a subordinator after it opens a clause
    assert (source, speaker) in _reported(text, root)
