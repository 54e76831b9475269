"""Indonesian argument reading (session 9): who is the source and who the target, by construction, on
sentences written for these tests. Each test keeps the construction's event next to the case it must not
read wrongly."""

from warta.pipeline.pipeline import extract
from warta.pipeline.sentences import split_sentences


def events(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2025-06-10")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def test_a_name_then_its_role_in_apposition_is_the_object():
    # "menahan NAME, ROLE": the person no actor stands for is named by the office or group after the comma
    assert ("IDNJUD", "173", "IDNGOV") in events("KPK menahan Rudi Hartono, Kepala Dinas PUPR Kabupaten Ogan "
                                                 "Komering Ulu.")
    assert ("IDNCOP", "173", "IDNMIL") in events("Polres Jakarta Selatan menahan Yudi, oknum anggota TNI yang "
                                                 "terlibat pengeroyokan.")
    # a role with a verb after it opens the next clause: its holder is that clause's subject, not the object
    found = events("Perusahaan itu akhirnya memblokir Netflix, Menteri Komunikasi dan Informatika (Menkominfo) "
                   "Rudiantara sudah memperkirakan langkah itu.")
    assert not any(target == "IDNGOV" for _, _, target in found)


def test_an_object_clitic_refers_to_an_actor_earlier_in_its_own_sentence():
    found = events("Kejaksaan Agung memeriksa mantan direktur Pertamina pada Selasa dan kemudian menahannya "
                   "selama 20 hari.")
    assert ("IDNJUD", "173", "IDNBUS") in found
    # the clitic is the object: the place phrase after it names no second one
    found = events("Penyidik KPK memeriksa Bupati Kolaka Timur selama sembilan jam dan kemudian menahannya di "
                   "Rutan KPK.")
    assert ("IDNJUD", "173", "IDNGOV") in found and ("IDNJUD", "173", "IDNJUD") not in found
    # the verb's own subject right before it is never its object
    found = events("Dua orang tewas dalam insiden tersebut. majelis hakim memvonisnya enam tahun penjara.")
    assert not any(target == "IDNJUD" for _, _, target in found)


def test_a_joint_act_done_at_a_meeting_is_done_with_the_other_party():
    found = events("Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Filipina di Manila dan menandatangani "
                   "perjanjian akses timbal balik.")
    assert ("JPNGOV", "057", "PHLGOV") in found
    found = events("Presiden Prabowo menerima Perdana Menteri Malaysia di Istana Merdeka, lalu membahas kerja sama "
                   "perbatasan.")
    assert ("IDNGOV", "040", "MYSGOV") in found


def test_a_bare_root_after_a_relative_clause_on_its_subject_is_its_verb():
    found = events("India dan Pakistan, yang menjadi tetangga, sepakat melakukan gencatan senjata.")
    assert ("IND", "0871", "PAK") in found


def test_coordinated_verbs_share_the_target_the_second_one_names():
    found = events("Pemerintah Filipina memprotes dan menolak klaim China atas Scarborough.")
    assert ("PHLGOV", "111", "CHN") in found
    assert ("IDNCOP", "090", "IDNLAB") in events("Polisi memeriksa dan kemudian menahan sopir bus itu.")


def test_a_comma_and_a_coordinator_between_two_names_join_clauses_not_a_list():
    found = events("Warga berkumpul di kantor bupati, dan polisi menangkap puluhan mahasiswa.")
    assert ("IDNCOP", "173", "IDNEDU") in found
    assert not any(source == "IDNGOV" for source, _, _ in found)
    # a list of three keeps its commas
    found = events("Rusia, China, dan Iran menggelar latihan militer bersama.")
    assert {("RUS", "062", "CHN"), ("RUS", "062", "IRN")} <= found


def test_a_relative_clause_giving_an_office_names_the_subject():
    assert ("IDNLEG", "111", "IDNCOP") in events("Budiman, yang merupakan anggota Komisi III DPR, mengkritik "
                                                 "Kapolri.")
    assert ("IDNLEG", "111", "IDNGOV") in events("Hasan yang juga Wakil Ketua DPRD Jember mengecam bupati.")
    # a relative clause on a coded actor keeps that actor as the subject
    assert ("IDNCVL", "111", "IDNGOV") in events("Warga, yang merupakan anggota paguyuban, mengkritik bupati.")


def test_a_police_or_army_rank_abbreviation_ends_no_sentence():
    text = "Kapolda Jawa Timur Irjen Pol. Nanang Avianto menemui Gubernur Jawa Timur di Surabaya."
    assert [text[a:b] for a, b in split_sentences(text, language="id")] == [text]
    assert ("IDNCOP", "040", "IDNGOV") in events(text)


def test_a_word_of_manner_may_stand_between_a_passive_verb_and_its_agent():
    assert {("TUR", "111", "ISR"), ("IRN", "111", "ISR")} <= events("Langkah Israel itu dikecam keras Turki dan Iran.")
    # the event noun heading the passive's subject does not take the passive's agent as its target
    found = events("Serangan Israel itu dikecam keras oleh Turki.")
    assert ("TUR", "111", "ISR") in found and ("ISR", "190", "TUR") not in found


def test_a_vessel_after_a_passive_verb_stands_for_its_owner():
    found = events("Kapal nelayan Vietnam diusir kapal patroli TNI AL dari perairan Natuna.")
    assert ("IDNMIL", "174", "VNMAGR") in found


def test_a_sentence_with_no_subject_goes_on_with_the_topic_of_the_one_before():
    found = events("Menteri Luar Negeri Sugiono tiba di Kairo pada Senin. Setibanya di sana, langsung bertemu "
                   "Menteri Luar Negeri Mesir.")
    assert ("IDNGOV", "040", "EGYGOV") in found
    # words a speaker says in quotation marks are the speaker's, not the topic's
    found = events('Yordania mengecam Israel. "Harus segera menghentikan serangan terhadap Gaza," kata seorang '
                   'pengunjuk rasa di Amman.')
    assert found == {("JOR", "111", "ISR")}


def test_partners_joined_to_the_subject_with_bersama_act_with_it():
    found = events("Indonesia bersama Malaysia mengecam serangan Israel ke Gaza.")
    assert {("IDN", "111", "ISR"), ("MYS", "111", "ISR")} <= found
    # a joint act that names no one else is done with the partner
    assert ("IDN", "062", "SGP") in events("Indonesia bersama Singapura menggelar latihan militer di Batam.")


def test_ke_before_a_body_names_the_addressee_of_a_frame_with_kepada():
    assert ("IDNGOV", "114", "AUSGOV") in events("Kemlu RI melayangkan protes ke pemerintah Australia.")
    # before a place, "ke" stays where one goes
    found = events("Menlu Jepang terbang ke Jakarta untuk bertemu Presiden Prabowo.")
    assert ("JPNGOV", "040", "IDNGOV") in found


def test_what_a_reaction_coming_from_its_maker_is_about_may_stand_before_datang():
    assert ("SAU", "111", "ISR") in events("Kecaman terhadap Israel juga datang dari Arab Saudi.")
    assert ("SAU", "111", "ISR") in events("Kecaman atas serangan Israel juga datang dari Arab Saudi.")


def test_a_fronted_according_phrase_that_names_no_one_ends_at_its_comma():
    # the actor after the comma is the clause's subject, not the unnamed source's name
    found = events("Menurut laporan media setempat, pasukan Israel menangkap 20 warga Palestina di Tepi Barat.")
    assert ("ISRMIL", "173", "PSECVL") in found
