"""Actors named by a common noun: groups of people, security and prison staff, party cadres and criminals
with no name of their own take their role from roles.tsv and their country from the text or the article.
Sentences written for these tests."""

from test_actor_roles_r2 import codes, triples  # the same probes: actor codes, (source, code, target)

from warta.pipeline.pipeline import extract


def test_bare_farmers_and_fishers_belong_to_the_articles_country():
    # Indonesian news names its own farmers and fishers without saying whose
    assert ("IDNAGR", "111", "IDNGOV") in triples("Ratusan petani memprotes Bupati Karawang di depan kantornya.")
    assert "IDNAGR" in codes("Para nelayan menolak rencana reklamasi teluk itu.")
    # a country after the word still decides
    assert "VNMAGR" in codes("Nelayan Vietnam ditangkap di perairan Natuna.")


def test_farmers_and_fishers_take_the_country_of_the_place_they_act_in():
    # people who work the land or the sea act where they live: the place of the clause, not the foreign
    # force that acts on them
    assert ("MYSCOP", "173", "IDNAGR") in triples("Polisi Malaysia menahan 12 nelayan di Aceh.")


def test_bare_farmers_stay_uncoded_in_english_news():
    # English news of the world: a bare "farmers" is as often another country's; left to the text
    result = extract("Farmers blocked the roads near the capital on Monday.", language="en", published="2025-06-02")
    assert not any(e.source and e.source.code == "IDNAGR" for e in result.events)


def test_security_personnel_and_prison_guards_are_police():
    assert ("IDNCOP", "175", "IDNCVL") in triples("Personel gabungan membubarkan massa di depan gedung dewan.")
    assert ("IDNCOP", "182", "IDNCVL") in triples("Seorang sipir memukuli tahanan di sel isolasi.")
    assert "IDNCOP" in codes("Aparat penegak hukum diminta bertindak tegas.")
    # a body after the word says whose personnel they are
    assert "IDNMIL" in codes("Personel militer berjaga di perbatasan.")


def test_rescue_teams_and_firefighters_are_a_public_service():
    assert ("IDNGOV", "0233", "IDNCVL") in triples("Tim SAR mengevakuasi warga dari desa yang terendam.") or \
        "IDNGOV" in codes("Tim SAR mengevakuasi warga dari desa yang terendam.")
    assert "IDNGOV" in codes("Petugas pemadam kebakaran memadamkan api di gudang itu.")


def test_unnamed_men_and_women_are_civilians_of_their_country():
    assert ("IDNCOP", "173", "IDNCVL") in triples("Polisi menangkap dua pria di sebuah rumah kos.")
    # a country after the word: a man of that country
    assert "AUSCVL" in codes("Seorang pria Australia ditahan di Bali karena membawa narkoba.")
    assert "IDNCVL" in codes("Sejumlah perempuan berunjuk rasa di depan istana.")


def test_party_cadres_and_sympathisers_are_the_partys():
    assert "IDNPTY" in codes("Kader partai itu menyerang kantor redaksi sebuah koran.")
    assert "IDNPTY" in codes("Para simpatisan berkumpul di alun-alun kota.")


def test_thieves_and_gangs_are_criminals():
    assert ("IDNCOP", "173", "IDNCRM") in triples("Polisi menangkap komplotan pencuri sepeda motor di Bekasi.")
    assert "IDNCRM" in codes("Seorang begal ditangkap warga setelah merampas ponsel.")


def test_business_players_with_a_country_are_its_business():
    # "pelaku industri/bisnis X": the businesses of country X
    assert "JPNBUS" in codes("Pelaku industri Jepang meminta pemerintah menunda kenaikan tarif listrik.")


def test_task_forces_and_village_officials_are_actors():
    assert ("IDNGOV", "173", "IDNCRM") in triples("Satgas menangkap dua penyelundup di pelabuhan.")
    assert "IDNGOV" in codes("Perangkat desa menolak hadir dalam rapat itu.")
    # a unit written in lower case as a common noun
    assert ("IDNUAF", "193", "IDNCOP") in triples("Anggota brimob ditembak kelompok bersenjata.")


def test_a_protest_coordinator_named_in_apposition_is_a_civilian():
    assert ("IDNCVL", "1042", "IDNLEG") in triples(
        "Koordinator aksi, Budi Hartono, menuntut DPRD membatalkan peraturan itu.")


def test_a_bare_role_subject_is_not_composed_with_the_object_after_its_verb():
    # "Warga mengecam DPR": the verb between is the predicate, not a modifier as in "pejabat senior Hamas"
    assert ("IDNCVL", "111", "IDNLEG") in triples("Warga mengecam DPR karena rancangan undang-undang itu.")
    assert ("IDNNGO", "111", "IDNLEG") in triples("Koalisi masyarakat sipil mengecam DPR.")
    assert "PSEREBHMS" in codes("Pejabat senior Hamas mengecam Israel.")


def test_a_generic_party_name_before_another_country_is_that_countrys_party():
    # "Partai Buruh" is also the name of an Indonesian party: followed by another country it is that country's
    assert "AUSPTY" in codes("Partai Buruh Australia memenangi pemilihan umum.")
    assert "IDNPTY" not in codes("Partai Buruh Australia memenangi pemilihan umum.")
    # without a country after it, the party the knowledge base knows
    assert "IDNPTY" in codes("Partai Buruh menggelar kongres di Jakarta.")
    # a name that is also a role word keeps to the generic institutions' rule
    assert "USALEG" in codes("DPR AS memakzulkan Presiden Donald Trump untuk kedua kalinya.")


def test_people_native_of_a_place_are_of_its_country():
    # "asal <place>" after a role word: where the people come from, not the country of the force acting on them
    assert ("THAGOV", "173", "IDNAGR") in triples("Nelayan asal Aceh ditangkap otoritas Thailand.")
    assert "FRACVL" in codes("Seorang pria asal Prancis ditangkap polisi di Bali.")
    # a country after "asal" still composes with the role word
    assert "IDNLAB" in codes("Polisi Malaysia menangkap pekerja migran asal Indonesia.")


def test_bare_clergy_belong_to_the_articles_country_but_not_the_pope():
    assert ("IDNMOS", "111", "IDNGOV") in triples("Para ulama mengkritik pemerintah soal rencana itu.")
    assert "IDNREL" in codes("Sejumlah tokoh agama mengecam kekerasan terhadap jemaat gereja.")
    assert "IDNCTH" not in codes("Paus mengecam perang yang tak kunjung usai.")


def test_a_role_word_after_ke_arah_is_the_target_not_a_kind_of_direction():
    # "ke arah polisi": whom the stones or the shots are aimed at
    assert ("IDNCVL", "145", "IDNCOP") in triples("Massa melempar batu ke arah polisi di depan gedung dewan.")
    assert ("ISRMIL", "193", "PSECVL") in triples("Tentara Israel menembak ke arah warga Palestina di perbatasan.")


def test_a_role_word_after_pihak_is_that_side_not_a_kind_of_side():
    # "pihak militer" in mid-sentence: the military (sentence-initial "Pihak" was already read so)
    assert "IDNMIL" in codes("Menurut pihak militer, pasukan itu sudah ditarik dari perbatasan.")
    assert ("IDNCVL", "112", "IDNCOP") in triples("Warga menuduh pihak kepolisian lamban menangani kasus itu.") or \
        "IDNCOP" in codes("Warga menuduh pihak kepolisian lamban menangani kasus itu.")
