"""Triggers whose missing actor stands right next to them (session 7): the construction that links the two,
on sentences written for these tests. Each test keeps the plain case of the construction beside the new one
and a case where the neighbouring name is not the missing actor."""

from warta.pipeline.pipeline import extract


def events(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2024-05-02")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def test_a_passive_agent_without_oleh_may_open_with_a_quantifier():
    # "X dikecam seluruh/semua/sejumlah Y": the quantifier opens the agent's phrase right after the verb
    assert ("IDNLEG", "111", "IDNGOV") in events("Menteri Pertahanan dikecam seluruh fraksi di DPR.")
    assert ("IDNOPP", "111", "IDNGOV") in events("Presiden dikritik semua partai oposisi.")
    # the plain agent right after the passive, and the agent after "oleh", as before
    assert ("IDNOPP", "111", "IDNGOV") in events("Presiden dikritik partai oposisi.")
    assert ("IDNCOP", "173", "IDNCVL") in events("Dua warga ditahan dua hari oleh polisi.")


def test_what_the_subject_received_comes_from_the_nouns_possessor():
    # "X mendapat/menuai NOUN Y": without "dari", the possessor right after the noun is the source
    assert ("IDNLEG", "111", "IDNGOV") in events("Menteri Keuangan mendapat kecaman DPR.")
    assert ("FRA", "111", "HUN") in events("Hungaria menuai kecaman keras Prancis.")
    assert ("IDNLEG", "051", "IDNCOP") in events("Calon kapolri itu sudah mendapat persetujuan DPR.")
    # with "dari", as before
    assert ("IDNLEG", "111", "IDNGOV") in events("Menteri Keuangan mendapat kecaman dari DPR.")


def test_the_second_side_after_antara_dengan_may_have_a_head_noun_before_its_name():
    # "antara A dengan gerakan/pimpinan B": a lower-case head noun before the second side's name
    assert ("ISR", "190", "PSEREBHMS") in events("Perang antara Israel dengan gerakan Hamas berlanjut.")
    assert ("IDNGOV", "040", "IDNPTY") in events("Pembicaraan antara Presiden dengan pimpinan Partai Golkar "
                                                 "berlangsung tertutup.")
    # the second side named right after "dengan", as before
    assert ("ISR", "046", "PSEREBHMS") in events("Perundingan antara Israel dengan Hamas berlanjut.")


def test_a_visit_to_the_house_of_someone_is_a_visit_to_them():
    # "datang ke kediaman/rumah X": a head noun of place between the pattern's "ke" and the host's name
    assert ("IDNGOV", "042", "IDNPTY") in events("Menteri Perdagangan datang ke kediaman Megawati.")
    # the host right after "ke", as before
    assert ("IDNGOV", "042", "IDNPTY") in events("Menteri Perdagangan datang ke Megawati.")
