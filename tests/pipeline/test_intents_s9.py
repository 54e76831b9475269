"""Indonesian intents and refusals (session 9): a cooperative act after a noun of readiness or plan, after a verb
of wanting, or after a refusal is the intent (03x) or the rejection (12x), not the act; on sentences written
for these tests."""

from warta.pipeline.pipeline import extract


def coded(text: str) -> list:
    return extract(text, language="id", published="2025-10-20").events


def events(text: str) -> set[tuple]:
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in coded(text)}


def test_a_noun_of_readiness_or_plan_makes_the_act_after_untuk_its_owners_intent():
    # "menyatakan kesiapan untuk V": the subject of the statement is the one ready
    assert events("Pemerintah Thailand menyatakan kesiapan untuk berunding dengan Kamboja.") == {
        ("THAGOV", "036", "KHM")}
    # the owner between the noun and "untuk"
    assert events("Niat Korea Utara untuk berdialog dengan Korea Selatan disampaikan lewat kantor berita.") == {
        ("PRK", "036", "KOR")}
    assert ("CHN", "036", "TWN") in events("Rencana China untuk menggelar pembicaraan dengan Taiwan mendapat tanggapan.")
    # the intent is expressed now
    assert [e.factuality for e in coded("Pemerintah Thailand menyatakan kesiapan untuk berunding dengan Kamboja.")] \
        == ["asserted"]


def test_a_willingness_word_over_a_light_verb_act_takes_that_acts_target():
    # "bersedia/kesediaan untuk memberikan bantuan kepada X": the aid's receiver is the target of the offer
    assert events("Pemerintah China bersedia memberikan bantuan kepada Pakistan.") == {("CHNGOV", "033", "PAK")}
    assert events("Pemerintah China menyatakan kesediaannya untuk memberikan bantuan kepada Pakistan.") == {
        ("CHNGOV", "033", "PAK")}


def test_a_verb_of_wanting_makes_its_subjects_cooperative_act_an_intent():
    assert events("Perdana Menteri India Narendra Modi ingin memperkuat hubungan dagang dengan Indonesia.") == {
        ("INDGOV", "030", "IDN")}
    # a planned trip stays a trip, in the future
    found = coded("Presiden Prabowo berencana mengunjungi Tokyo bulan depan.")
    assert [(e.code[:2], e.factuality) for e in found] == [("04", "future")]


def test_ending_a_war_others_fight_is_still_only_wished():
    # a third party's wish to end a war is no intent of its own to de-escalate
    assert not any(code.startswith(("03", "08")) for _, code, _ in events(
        "Pertemuan itu digelar setelah keinginan Presiden Brasil untuk mengakhiri perang Rusia-Ukraina."))


def test_a_refused_cooperative_act_is_the_rejection_of_that_act():
    # "enggan V": reluctance to withdraw is refusing to de-escalate (1246), made when said
    found = coded("Rusia enggan menarik pasukannya dari wilayah Ukraina.")
    assert [(e.source.code, e.code, e.target.code, e.factuality) for e in found] == [
        ("RUS", "1246", "UKR", "asserted")]
    # a negated will: "tidak mau bertemu" rejects a meeting (125)
    assert events("Presiden Zelensky tidak mau bertemu dengan Presiden Putin di Moskow.") == {
        ("UKRGOV", "125", "RUSGOV")}
    # "menolak untuk V": the act refused is aimed at whom it would be, and is coded once
    assert events("Junta Myanmar menolak untuk bekerja sama dengan ASEAN.") == {("MMRGOV", "120", "IGOSEAASN")}
    # the plain willingness still offers
    assert events("Presiden Zelensky bersedia bertemu dengan Presiden Putin.") == {("UKRGOV", "036", "RUSGOV")}


def test_a_future_negated_cooperative_act_is_a_refusal():
    # "tidak akan V": what a side says it will not do for another is refused (1246 for a withdrawal)
    assert events("Presiden Rusia menegaskan tidak akan menarik pasukan dari wilayah Ukraina.") == {
        ("RUSGOV", "1246", "UKR")}


def test_a_promise_not_to_use_force_and_a_retaliation_ruled_out_are_no_threats():
    assert not any(code.startswith("13") for _, code, _ in events("Pakistan berjanji tidak akan menyerang India lebih dulu."))
    assert not any(code.startswith("13") for _, code, _ in events("Iran tidak akan membalas serangan Israel."))
    # a negated reluctance still threatens: "tidak akan segan membalas jika ..."
    assert any(code.startswith("13") for _, code, _ in events(
        "Menteri Pertahanan Taiwan mengatakan militernya tidak akan segan membalas jika China menyerang."))


def test_offers_of_a_ceasefire_of_hosting_talks_and_of_talks_left_open():
    assert events("Hamas mengajukan tawaran gencatan senjata lima tahun kepada Israel.") == {
        ("PSEREBHMS", "0356", "ISR")}
    assert events("Thailand membuka kemungkinan untuk berunding langsung dengan Kamboja.") == {("THA", "036", "KHM")}
    assert {("TURGOV", "039", "RUSGOV"), ("TURGOV", "039", "UKRGOV")} <= events(
        "Presiden Turki Recep Tayyip Erdogan menawarkan untuk menjadi tuan rumah pertemuan antara Putin dan Zelensky.")


def test_readiness_to_meet_or_help_someone_named_right_after_the_verb():
    # the one met or helped is the object, not the one who is ready
    assert events("Presiden Zelensky siap bertemu Presiden Putin.") == {("UKRGOV", "036", "RUSGOV")}
    assert events("Gubernur Jawa Barat siap membantu warga korban banjir di Bekasi.") == {("IDNGOV", "033", "IDNCVL")}
    assert events("Pemerintah Jepang siap mengirim bantuan kemanusiaan ke Myanmar.") == {("JPNGOV", "0333", "MMR")}


def test_strengthening_cooperation_is_cooperation_and_wanting_it_an_intent():
    # "memperkuat/mempererat/memperdalam/meningkatkan kerja sama dengan X" is diplomatic cooperation (050),
    # and a light verb for a kind of cooperation ("memperkuat kerja sama pertahanan")
    assert ("IDN", "05", "JPN") in {(s, c[:2], t) for s, c, t in events(
        "Indonesia memperkuat kerja sama dengan Jepang di bidang maritim.")}
    # wanted or planned, it is the intent to cooperate (03x)
    assert {(s, c[:2], t) for s, c, t in events("Korea Selatan berniat memperkuat kerja sama pertahanan dengan Filipina.")} \
        == {("KOR", "03", "PHL")}
    assert {(s, c[:2], t) for s, c, t in events(
        "Arab Saudi menyatakan kesiapannya untuk memperdalam kerja sama dengan China.")} == {("SAU", "03", "CHN")}


def test_a_received_proposal_or_offer_names_its_giver_in_a_relative_clause_or_inside_the_pattern():
    # "menerima usulan gencatan senjata yang diajukan X": X proposed it, and the receiver accepts it
    assert {("USA", "0256", "ISR"), ("ISR", "0356", "USA")} <= events(
        "Israel menerima usulan gencatan senjata yang diajukan Amerika Serikat.")
    # "menerima tawaran X untuk menengahi": the offer is X's
    assert ("MYS", "039", "THA") in events("Thailand menerima tawaran Malaysia untuk menengahi sengketa perbatasan.")


def test_firm_measures_announced_against_another_state_on_a_condition_are_a_threat():
    found = events("China menegaskan akan mengambil langkah tegas terhadap Filipina jika kapalnya kembali masuk.")
    assert {(s, c[:2], t) for s, c, t in found} == {("CHN", "13", "PHL")}


def test_offers_to_mediate_and_to_shelter():
    # help offered in starting talks between two parties is an offer to mediate, aimed at both
    assert {("USA", "039", "IND"), ("USA", "039", "PAK")} <= events(
        "Amerika Serikat menawarkan bantuan untuk memulai pembicaraan antara India dan Pakistan.")
    # "sebagai mediator dalam konflik X dan Y"
    assert {("IDN", "039", "THA"), ("IDN", "039", "KHM")} <= events(
        "Indonesia menawarkan diri sebagai mediator dalam konflik Thailand dan Kamboja.")
    # taking in refugees is humanitarian aid to their country; taking in aspirations is no event
    assert ("TUR", "073", "SYR") in events("Turki menampung jutaan pengungsi Suriah.")
    assert events("DPR menampung aspirasi mahasiswa.") == set()


def test_a_bare_headline_verb_after_a_word_of_readiness_wanting_or_refusal_is_a_verb():
    assert events("Indonesia Siap Kirim Bantuan ke Myanmar") == {("IDN", "033", "MMR")}
    assert {(s, c[:2], t) for s, c, t in events("Zelensky Enggan Serahkan Wilayah kepada Rusia")} == {
        ("UKRGOV", "12", "RUS")}


def test_the_act_asked_of_an_addressee_is_no_event_of_its_own_with_an_adverb_between():
    # "meminta X terus/segera V": what X is asked to do has not happened
    found = events("Menteri Luar Negeri Indonesia meminta Bangladesh terus menampung pengungsi Rohingya.")
    assert {(s, c[:2], t) for s, c, t in found} == {("IDNGOV", "02", "BGD")}


def test_an_offered_go_between_names_the_parties_right_after_the_noun():
    assert {("TUR", "039", "RUS"), ("TUR", "039", "UKR")} <= events("Turki Tawarkan Diri Jadi Mediator Rusia-Ukraina")


def test_a_bare_headline_root_after_a_modal_word_after_its_subject_is_a_verb():
    # "X Bakal Serang Y", "X Siap Bantu Y": the name after the root is its object, not its owner
    assert events("Israel Bakal Serang Iran jika Program Nuklir Dilanjutkan") == {("ISR", "190", "IRN")}
    assert events("Jepang Siap Bantu Myanmar Pulihkan Wilayah Terdampak Gempa") == {("JPN", "033", "MMR")}


def test_readiness_after_a_subject_with_its_abbreviation_in_brackets():
    assert events("Dewan Keamanan PBB (DK PBB) siap berunding dengan Iran.") == {("IGOUNO", "036", "IRN")}


def test_a_pledged_sum_of_money_is_financial_aid_to_whom_it_is_for():
    assert events("Jepang menjanjikan 500 juta dolar bagi Ukraina.") == {("JPN", "0331", "UKR")}
