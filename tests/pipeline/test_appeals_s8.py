"""Indonesian appeals, statements, disapproval, consultation, cooperation, rejection and intents (session 8):
the construction that failed and the plain construction next to it, on sentences written for these tests."""

from warta.pipeline.pipeline import extract


def events(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2025-06-15")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def roots(text: str) -> set[tuple]:
    return {(source, code[:2], target) for source, code, target in events(text)}


def test_a_pledge_of_an_act_after_untuk_is_aimed_at_whom_the_act_is():
    # "berkomitmen/berjanji untuk V X": the intent of no stated kind becomes the intent to do V, aimed at X
    assert ("JPN", "033", "PHL") in events("Jepang berkomitmen untuk membantu Filipina.")
    assert ("SAU", "0311", "SYR") in events("Arab Saudi berkomitmen untuk berinvestasi di Suriah.")
    assert ("IND", "03", "LKA") in roots("India berjanji untuk membantu Sri Lanka membangun pelabuhan.")
    # an offer to support a dialogue between two parties is aimed at both
    found = roots("Rusia menawarkan diri mendukung dialog antara Jepang dan China.")
    assert {("RUS", "03", "JPN"), ("RUS", "03", "CHN")} <= found
    # the pledge is made when it is said
    result = extract("Jepang berkomitmen untuk membantu Filipina.", language="id", published="2025-06-15")
    assert [e.factuality for e in result.events] == ["asserted"]
    # a committed support takes its object
    assert ("JPNGOV", "032", "UKR") in events("Pemerintah Jepang berkomitmen untuk terus mendukung Ukraina.")
    # the plain act with a willingness cue keeps working
    assert ("SAU", "0311", "SYR") in events("Arab Saudi bersedia berinvestasi di Suriah.")


def test_a_fronted_phrase_with_a_place_or_the_press_does_not_swallow_the_subject():
    # "Dalam jumpa pers di Kairo, Menlu X mengecam Y": the title after the place's comma opens the clause
    assert ("IDNGOV", "111", "MMR") in events("Dalam jumpa pers di Kairo, Menlu Sugiono mengecam Myanmar.")
    # "Dalam jumpa pers, Menlu X ...": the press is no title of the minister
    assert ("IDNGOV", "111", "MMR") in events("Dalam jumpa pers, Menlu Sugiono mengecam Myanmar.")
    # a country closing a place name is still part of the place
    assert not any(source == "AFG" for source, _, _ in events("Di Herat, Afganistan, polisi menangkap dua orang."))


def test_an_appeal_is_addressed_to_all_the_actors_coordinated_after_agar():
    found = roots("Uni Eropa menyerukan agar Rusia dan Ukraina segera melakukan gencatan senjata.")
    assert {("IGOEUREEC", "02", "RUS"), ("IGOEUREEC", "02", "UKR")} <= found
    assert ("VNM", "02", "CHN") in roots("Vietnam mendesak agar China menghormati kedaulatannya di Laut China "
                                         "Selatan.")


def test_an_appeal_noun_whose_pattern_spans_agar_finds_the_addressee_inside():
    # "Seruan X agar Y menghentikan serangan": the pattern "seru ... hentikan serangan" holds "agar Y"
    assert ("EGY", "02", "ISR") in roots("Seruan Mesir agar Israel menghentikan serangan di Gaza tidak digubris.")
    assert ("IGOMEAARL", "02", "ISR") in roots("Seruan Liga Arab agar Israel menghentikan serangan di Gaza "
                                               "tidak digubris.")
    # the addressee after a preposition is found as before
    assert ("IGOMEAARL", "02", "ISR") in roots("Seruan Liga Arab kepada Israel untuk menghentikan serangan "
                                               "tidak digubris.")


def test_an_act_asked_of_a_group_with_no_code_is_no_event_of_the_one_who_asks():
    # "meminta dunia mengakui X": the recognition is asked of the world, not done by the speaker
    found = roots("Di hadapan Majelis Umum PBB, Presiden Prabowo meminta dunia mengakui negara Palestina.")
    assert not any(code == "05" for _, code, _ in found)
    assert not any(code == "17" for _, code, _ in roots("OKI meminta komunitas internasional menekan Israel."))
    assert not any(source == "IRN" and code != "02" for source, code, _ in
                   roots("Iran menyerukan negara-negara Islam memutus hubungan dengan Israel."))
    # an actor asked to act still makes the appeal and no act of its own
    assert ("JPN", "0253", "CHN") in events("Jepang meminta China membebaskan warganya.")


def test_a_reaction_owned_by_the_subjects_own_country_is_about_someone_else():
    # "menyampaikan kecaman Indonesia atas/terhadap X": Indonesia's condemnation, of X
    assert ("IDNGOV", "11", "ISR") in roots("Menlu RI menyampaikan kecaman Indonesia atas serangan Israel ke kamp "
                                            "pengungsi di Rafah.")
    assert ("IDNGOV", "11", "ISR") in roots("Menlu RI menyampaikan kecaman Indonesia terhadap Israel.")
    assert ("IDNGOV", "05", "PSE") in roots("Presiden Prabowo menyampaikan dukungan Indonesia terhadap Palestina.")
    assert not any(target == "IDN" for _, _, target in
                   roots("Menlu RI menyampaikan kecaman Indonesia terhadap Israel."))


def test_the_agent_of_a_criticised_act_after_a_hyphenated_name():
    assert ("IDN", "111", "ISRCOP") in events("Indonesia mengecam penyerbuan Masjid Al-Aqsa oleh polisi Israel.")


def test_calling_an_act_a_crime_or_a_violation_criticises_its_doer():
    # "X menyebut/menilai Y (sebagai) <evaluation>": more evaluation phrases
    assert ("BRAGOV", "111", "USAGOV") in events("Presiden Brasil menyebut kebijakan tarif Presiden Trump sebagai "
                                                 "pemerasan.")
    assert ("THAGOV", "111", "KHM") in events("Pemerintah Thailand menilai Kamboja telah melanggar perjanjian "
                                              "gencatan senjata.")
    assert ("IRNGOV", "111", "USA") in events("Menlu Iran menyebut Amerika Serikat sebagai pihak yang bertanggung "
                                              "jawab atas eskalasi.")
    # claiming responsibility oneself is no blame
    assert not any(code.startswith("11") for _, code, _ in
                   events("Hamas menyatakan bertanggung jawab atas serangan terhadap tentara Israel."))


def test_an_evaluated_act_referred_back_to_is_that_of_its_doer():
    # "X menyebut serangan itu sebagai kejahatan perang": the attack told in the sentence before
    found = events("Israel menyerang Gaza. Turki menyebut serangan itu sebagai kejahatan perang.")
    assert ("TUR", "111", "ISR") in found
    found = events("Israel menyerang Qatar pada Selasa. Presiden Mesir menyebut serangan itu sebagai pelanggaran "
                   "kedaulatan Qatar.")
    assert ("EGYGOV", "111", "ISR") in found


def test_a_clause_set_off_by_commas_after_the_subject_does_not_take_the_main_verb():
    # "X, saat bertemu Y di Z, meminta W ...": X asks, and X met Y
    found = roots("Presiden Prabowo, saat bertemu Presiden Xi Jinping di Beijing, meminta China membuka akses "
                  "pasar.")
    assert ("IDNGOV", "02", "CHN") in found and ("IDNGOV", "04", "CHNGOV") in found
    assert not any(source.startswith("CHN") and code == "02" for source, code, _ in found)
    # the speaker of a verb of saying after such a clause is the subject before it
    result = extract("Menlu Sugiono, usai bertemu Menlu Jepang, mengatakan Indonesia mengecam serangan Israel.",
                     language="id", published="2025-06-15")
    said = [e for e in result.events if e.code == "111"]
    assert said and said[0].reported_by is not None and said[0].reported_by.code == "IDNGOV"


def test_a_headline_naming_verb_in_its_bare_form_judges_its_object():
    assert ("TURGOV", "111", "ISR") in events("Presiden Erdogan Sebut Serangan Israel ke Qatar Pelanggaran "
                                              "Kedaulatan")
    assert ("MYSGOV", "111", "ISR") in events("Menlu Malaysia Nilai Langkah Israel Ilegal")


def test_a_refusal_of_an_act_is_aimed_at_whom_the_act_would_be():
    assert ("RUS", "1246", "UKR") in events("Rusia menolak untuk menarik pasukannya dari Ukraina.")
    assert ("RUS", "1246", "UKR") in events("Rusia menolak menghentikan serangan terhadap Ukraina.")
    # a refusal with its own object keeps it
    assert ("PSEREBHMS", "1246", "ISR") in events("Hamas menyatakan menolak proposal gencatan senjata yang "
                                                   "diajukan Israel.")


def test_an_appeal_for_an_act_by_someone_is_addressed_to_that_doer():
    # "menyerukan pembebasan sandera oleh Hamas": not an appeal to Qatar's own people
    found = roots("Qatar menyerukan pembebasan sandera oleh Hamas.")
    assert ("QAT", "02", "PSEREBHMS") in found
    assert not any(target and target.startswith("QAT") for _, _, target in found)


def test_pihaknya_takes_up_the_side_of_the_person_who_acted_before():
    found = roots("Menlu Sugiono mengunjungi Dhaka pada Senin. Pihaknya meminta Bangladesh terus menampung "
                  "pengungsi Rohingya.")
    assert ("IDNGOV", "02", "BGD") in found
    assert not any(source.startswith("BGD") for source, _, _ in found)


def test_every_example_in_a_list_set_off_by_commas_is_a_source():
    found = roots("Sejumlah negara, seperti Turki, Mesir, dan Yordania, mengecam serangan Israel.")
    assert {("TUR", "11", "ISR"), ("EGY", "11", "ISR"), ("JOR", "11", "ISR")} <= found


def test_a_reaction_that_comes_from_someone_is_theirs():
    # "Kecaman datang dari X": X's criticism, of the act after "atas" or of the act told just before
    found = roots("Israel menyerang Qatar pada Selasa. Kecaman keras datang dari Turki dan Mesir.")
    assert {("TUR", "11", "ISR"), ("EGY", "11", "ISR")} <= found
    assert ("TUR", "11", "ISR") in roots("Kecaman keras datang dari Turki atas serangan Israel terhadap kapal "
                                         "bantuan.")
    assert ("MYS", "05", "PSE") in roots("Dukungan juga mengalir dari Malaysia terhadap Palestina.")
    # a visit that comes from somewhere is no reaction
    assert not any(code == "11" for _, code, _ in roots("Delegasi itu datang dari Turki pada Senin."))


def test_readiness_for_a_dialogue_between_two_parties_is_aimed_at_both():
    found = roots("Menlu Sugiono menyatakan Indonesia siap memfasilitasi dialog antara Thailand dan Kamboja.")
    assert {("IDNGOV", "03", "THA"), ("IDNGOV", "03", "KHM")} <= found


def test_a_title_of_one_country_takes_no_person_of_another_in_apposition():
    # "Dalam pertemuan dengan Presiden Rusia, Presiden Prabowo ...": two people, not one Russian
    found = roots("Dalam pertemuan dengan Presiden Rusia, Presiden Prabowo mengecam Ukraina.")
    assert ("IDNGOV", "11", "UKR") in found and ("IDNGOV", "04", "RUSGOV") in found
    assert ("IDNGOV", "04", "CHNGOV") in roots("Dalam pertemuan dengan Menlu China, Menlu Sugiono membahas "
                                               "situasi di Myanmar.")
    # a title with its own holder in apposition stays one actor
    assert ("CHNGOV", "11", "JPN") in roots("Menteri Luar Negeri China, Wang Yi, mengecam Jepang.")


def test_a_counterpart_coordinated_with_the_subject_is_the_partner():
    # "Menteri X dan mitranya dari Y menggelar pertemuan": Y's minister is the partner
    assert ("AUSGOV", "04", "IDNGOV") in roots("Menteri Pertahanan Australia dan mitranya dari Indonesia menggelar "
                                               "pertemuan di Canberra.")
    assert ("JPNGOV", "05", "KORGOV") in roots("Menlu Jepang dan mitranya dari Korea Selatan menandatangani "
                                               "kesepakatan pertukaran intelijen.")


def test_a_reaction_drawn_by_an_act_referred_back_to_is_about_its_doer():
    found = roots("Israel menyerang Qatar pada Selasa. Langkah itu menuai kecaman dari Mesir.")
    assert ("EGY", "11", "ISR") in found
    # with no act told before, nobody is guessed
    assert roots("Langkah itu menuai kecaman dari Mesir.") == set()


def test_timpalan_is_a_counterpart_like_mitra():
    assert ("IDNGOV", "04", "VNMGOV") in roots("Menlu Sugiono bertemu dengan timpalannya dari Vietnam di Hanoi.")
    assert ("JPNGOV", "04", "PHLGOV") in roots("Menteri Pertahanan Jepang dan timpalannya dari Filipina menggelar "
                                               "pertemuan di Manila.")


def test_a_verb_after_dan_goes_on_with_the_subject_of_the_verb_before_it():
    # "X menuduh Y memasok ... dan membantu ...": Y, the one accused, is the doer of both
    found = roots("Amerika Serikat menuduh Iran memasok senjata kepada Houthi dan membantu milisi di Irak.")
    assert ("IRN", "07", "YEMREB") in found
    assert not any(source == "USA" and code == "07" for source, code, _ in found)
    # a first verb whose subject is the sentence's keeps it for the second
    assert ("ISR", "19", "PSECVL") in roots("Israel menyerang Gaza dan menewaskan warga Palestina.")


def test_a_group_with_no_code_after_a_preposition_stands_for_the_examples_named_after_it():
    found = roots("Langkah Israel menutup perlintasan Rafah menuai kecaman dari berbagai negara, termasuk Indonesia "
                  "dan Malaysia.")
    assert {("IDN", "11", "ISR"), ("MYS", "11", "ISR")} <= found


def test_agreeing_to_meet_or_talk_is_the_intent_to_meet():
    found = events("Presiden Prabowo bertemu Presiden Putin di Moskow. Kedua pemimpin juga sepakat menggelar "
                   "pertemuan lanjutan di Jakarta.")
    assert ("IDNGOV", "036", "RUSGOV") in found
    assert not any(code == "057" for _, code, _ in found)


def test_talks_proposed_with_someone_are_an_appeal_to_them():
    assert ("IRN", "026", "USA") in events("Iran mengusulkan perundingan langsung dengan Amerika Serikat.")
