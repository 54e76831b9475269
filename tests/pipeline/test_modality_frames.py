"""Threats, offers, plans, conditions and negation: how an announced act nests in the frame that announces
it, and what factuality it takes, on sentences written for these tests."""

import pytest

from warta.pipeline.intentions import intent_code, threat_code
from warta.pipeline.pipeline import extract


def events(text: str, language: str = "id") -> list:
    return extract(text, language=language, published="2025-06-02").events


def coded(text: str, language: str = "id") -> set[tuple]:
    return {(e.source.code, e.code, e.target.code if e.target else None, e.factuality)
            for e in events(text, language)}


def test_what_is_threatened_picks_the_threat_code():
    assert threat_code("163", "USA", "CHN") == "1312"  # sanctions
    assert threat_code("161", "THA", "KHM") == "1313"  # breaking relations
    assert threat_code("191", "IRN", None) == "1381"  # blockade
    assert threat_code("195", "ISR", "IRN") == "1384"  # air strikes: a conventional attack
    assert threat_code("1712", "ISR", "LBN") == "138"  # destroying another country's city is force
    assert threat_code("175", "IDN", "IDN") == "137"  # against one's own people it is repression
    assert threat_code("042", "IDN", "JPN") is None  # a visit threatens nothing


def test_what_is_offered_picks_the_intent_code():
    assert intent_code("0841") == "0353"
    assert intent_code("0874") == "0356"
    assert intent_code("072") == "0332"
    assert intent_code("046") == "036"
    assert intent_code("190") is None


def test_a_threat_is_coded_by_the_act_it_announces_and_that_act_is_no_event():
    # "mengancam akan menghancurkan": the threat of force is the event, the destruction has not happened
    found = coded("Turki mengancam akan menghancurkan pangkalan milisi di Irak jika serangan lintas batas "
                  "terus berlanjut.")
    assert any(s == "TUR" and c.startswith("138") and f == "asserted" for s, c, _, f in found)
    assert not any(c.startswith(("17", "19")) for _, c, _, _ in found)


def test_a_threat_to_cut_cooperation_is_aimed_at_the_partner_named():
    found = coded("Pemerintah Kolombia mengancam akan memutus kerja sama dengan Washington jika bantuan "
                  "dihentikan.")
    assert ("COLGOV", "131", "USAGOV", "asserted") in found


def test_a_speaker_announcing_their_own_side_s_attack_on_a_condition_threatens():
    text = "Presiden Iran menyebut Iran akan menyerang pangkalan Amerika Serikat jika negaranya diserang lagi."
    found = coded(text)
    assert ("IRNGOV", "138", "USA", "asserted") in found
    assert not any(c.startswith("19") for _, c, _, _ in found)
    # saying it is making the threat, as "mengancam" is: no one else's claim
    threat = next(e for e in events(text) if e.code == "138")
    assert threat.reported_by is None


def test_an_attack_expected_by_others_stays_a_possible_attack():
    # no speaker of the doer's side: "diperkirakan" by analysts is no threat
    found = coded("Para pengamat menilai Israel mungkin akan menyerang Lebanon jika roket terus ditembakkan.")
    assert not any(c.startswith("13") for _, c, _, _ in found)


def test_an_act_the_doer_does_not_rule_out_is_a_threat_not_a_denial():
    found = coded("Presiden Rusia tidak menutup kemungkinan menyerang Polandia.")
    assert ("RUSGOV", "138", "POL", "asserted") in found


def test_readiness_to_release_on_a_condition_is_an_offer_to_whom_the_condition_names():
    found = coded("Kelompok Taliban siap membebaskan dua warga Jepang apabila Jepang membayar tebusan.")
    assert any(c == "0353" and t == "JPN" and f == "hypothetical" for _, c, t, f in found)


def test_readiness_to_withdraw_is_an_intent_to_de_escalate():
    found = coded("Armenia siap menarik pasukannya dari perbatasan jika Azerbaijan melakukan hal yang sama.")
    assert any(s == "ARM" and c == "0356" and t == "AZE" for s, c, t, _ in found)


def test_a_plan_on_a_condition_after_it_is_hypothetical_and_without_one_future():
    found = coded("Korea Selatan akan menjatuhkan sanksi terhadap Korea Utara jika uji coba rudal berlanjut.")
    assert ("KOR", "163", "PRK", "hypothetical") in found
    found = coded("Korea Selatan akan menjatuhkan sanksi terhadap Korea Utara.")
    assert ("KOR", "163", "PRK", "future") in found


def test_a_possibility_not_ruled_out_is_hypothetical_not_negated():
    found = coded("Tidak tertutup kemungkinan Iran akan melakukan uji coba nuklir tahun depan.")
    assert ("IRN", "150", None, "hypothetical") in found


def test_negation_makes_the_act_negated():
    found = coded("Jepang tidak akan memutus kerja sama dengan Korea Selatan.")
    assert ("JPN", "160", "KOR", "negated") in found


def test_what_is_considered_is_not_yet_decided():
    found = coded("Kanada mempertimbangkan untuk membatasi ekspor minyak ke Amerika Serikat.")
    assert ("CAN", "163", "USA", "hypothetical") in found


def test_english_readiness_and_not_ruling_out():
    found = coded("The Taliban are ready to release the Japanese hostages if Japan pays.", language="en")
    assert any(c == "0353" and t == "JPN" for _, c, t, _ in found)
    found = coded("Russia did not rule out attacking Poland.", language="en")
    assert ("RUS", "138", "POL", "asserted") in found


def test_a_promised_gift_of_patrol_vessels_is_planned_military_aid_not_a_patrol():
    found = coded("Australia akan menyerahkan kapal patroli kepada Timor Leste tahun depan.")
    assert ("AUS", "072", "TMP", "future") in found
    assert not any(c == "150" for _, c, _, _ in found)


def test_a_threat_pattern_that_spans_the_act_is_aimed_at_that_act_s_object():
    found = coded("Milisi Hizbullah mengancam akan menyerang kapal perang Prancis.")
    assert any(s == "LBNREB" and c.startswith("138") and t == "FRA" for s, c, t, _ in found)


def test_a_threat_noun_takes_its_possessor_as_source_and_the_act_s_object_as_target():
    found = coded("Jepang mengecam ancaman Korea Utara yang akan membom Okinawa.")
    # the threat is North Korea's, aimed at the place's country; Japan's criticism is of North Korea
    assert any(s == "PRK" and c.startswith("138") and t == "JPN" for s, c, t, _ in found)
    assert ("JPN", "111", "PRK", "asserted") in found
    found = coded("Ancaman Iran untuk menyerang pangkalan Inggris di Siprus mendapat tanggapan keras.")
    assert any(s == "IRN" and c.startswith("138") and t == "GBR" for s, c, t, _ in found)


def test_readiness_to_strike_back_is_a_threat():
    found = coded("Angkatan bersenjata Kamboja siap membalas jika diserang oleh Thailand.")
    assert any(s == "KHMMIL" and c.startswith("138") and t == "THA" and f == "asserted"
               for s, c, t, f in found)


def test_readiness_to_face_someone_else_s_attack_is_no_threat_by_them():
    found = coded("Pasukan Filipina siap untuk menghadapi serangan dari kelompok Abu Sayyaf.")
    assert not any(c.startswith("13") for _, c, _, _ in found)


def test_english_threatening_to_strike_a_state_is_an_attack_threat_not_a_labour_strike():
    assert ("PRK", "1384", "GUM", "asserted") in coded("North Korea threatened to strike Guam.", language="en")
    assert not any(c.startswith("138") for _, c, _, _ in
                   coded("Dockworkers threatened a strike over pay.", language="en"))


def test_willingness_and_vows_make_the_act_planned():
    found = coded("Malaysia bersedia mengirim bantuan kemanusiaan kepada Myanmar.")
    assert any(s == "MYS" and c.startswith("033") and t == "MMR" and f == "future" for s, c, t, f in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rusia mengancam akan memutus pasokan gas ke Georgia.", ("RUS", "1312", "GEO", "asserted")),
    ("Jerman mengancam akan menarik bantuan militer untuk Mali.", ("DEU", "1311", "MLI", "asserted")),
])
def test_threats_to_cut_supplies_or_aid_are_threats_of_sanctions_and_of_cutting_aid(text, expected):
    assert expected in coded(text)


def test_readiness_to_cooperate_is_an_intent_to_cooperate():
    found = coded("Vietnam siap bekerja sama dengan Australia dalam keamanan maritim.")
    assert any(s == "VNM" and c == "030" and t == "AUS" for s, c, t, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Perdana Menteri Belanda batal mengunjungi Suriname.", ("NLDGOV", "042", "SUR", "negated")),
    ("Kanselir Jerman urung mengunjungi Turki.", ("DEUGOV", "042", "TUR", "negated")),
    # a light verb of planning is its own cue
    ("Kanada tengah mempersiapkan sanksi baru terhadap Iran.", ("CAN", "163", "IRN", "future")),
])
def test_called_off_acts_are_negated_and_prepared_ones_planned(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    (("“Setiap serangan terhadap kapal kami akan membawa konsekuensi serius bagi Iran,” kata Menteri "
      "Pertahanan Inggris."), ("GBRGOV", "130", "IRN", "asserted")),
    # "jika tidak," negates nothing after its comma; the threat is asserted though it is conditional
    ("Menteri Luar Negeri Rusia mengatakan, jika tidak, konsekuensinya akan dipikul oleh Moldova.",
     ("RUSGOV", "130", "MDA", "asserted")),
])
def test_a_speaker_warning_another_side_of_consequences_threatens_it(text, expected):
    assert expected in coded(text)


def test_consequences_for_one_s_own_side_are_no_threat():
    found = coded("Kebijakan itu membawa konsekuensi bagi petani Indonesia, kata Menteri Pertanian Indonesia.")
    assert not any(c.startswith("13") for _, c, _, _ in found)


def test_a_measure_under_consideration_is_hypothetical_and_its_subject_s():
    # "mempertimbangkan" hands its subject to the event noun, like "merencanakan", and leaves it undecided
    found = coded("Australia mempertimbangkan penangguhan kerja sama dengan Myanmar.")
    assert ("AUS", "160", "MMR", "hypothetical") in found


@pytest.mark.parametrize(("text", "expected"), [
    # the act right after the threat verb, with no "akan"
    ("Rusia mengancam untuk memutus pasokan gas ke Armenia.", ("RUS", "1312", "ARM", "asserted")),
    ("Turkey threatened to recall its ambassador from Sweden.", ("TUR", "1313", "SWE", "asserted")),
])
def test_the_act_threatened_may_follow_the_threat_verb_directly(text, expected):
    found = coded(text, language="en" if text.startswith("Turkey") else "id")
    assert expected in found
    assert not any(c.startswith("16") for _, c, _, _ in found)  # the act threatened is no event


def test_a_state_does_not_threaten_its_own_state():
    found = coded("Militer Iran mengancam jika pemerintah Iran tidak bertindak, maka akan menghadapi kekacauan.")
    assert not any(c.startswith("13") for _, c, _, _ in found)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Pemerintah Malaysia membantah bahwa Malaysia akan menjual senjata kepada Myanmar.", "id",
     ("MYS", "072", "MMR", "negated")),
    ("Turkey denied that it had attacked Greece.", "en", ("TUR", "190", "GRC", "negated")),
])
def test_what_is_denied_after_that_did_not_happen(text, language, expected):
    assert expected in coded(text, language=language)


def test_readiness_for_self_defence_is_no_offer_and_nuclear_use_threatened_is_1385():
    assert not coded("Apabila diserang, Taiwan siap membela diri dari China.")
    assert ("PRK", "1385", "JPN", "asserted") in coded(
        "Korea Utara mengancam akan menggunakan senjata nuklir terhadap Jepang.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kunjungan Perdana Menteri Belanda ke Suriname batal.", ("NLDGOV", "042", "SUR", "negated")),
    ("Perundingan antara Armenia dan Azerbaijan akan digelar di Abu Dhabi.", ("ARM", "046", "AZE", "future")),
    # the outcome of something else, in a relative clause, says nothing of the attack
    ("Serangan Rusia ke Kyiv menewaskan lima orang yang dijadwalkan dievakuasi.", ("RUS", "190", "UKR", "asserted")),
])
def test_an_event_noun_opening_its_clause_takes_the_outcome_the_clause_states(text, expected):
    assert expected in coded(text)
