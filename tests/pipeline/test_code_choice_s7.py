"""Indonesian code choice: which CAMEO event a sentence with several triggers states (session 7), on
sentences written for these tests."""

from test_actor_roles_r2 import triples  # the same probe: (source, code, target) of an Indonesian sentence

from warta.pipeline.pipeline import extract


def test_the_object_of_a_verb_of_cutting_or_freezing_picks_the_16x_code():
    # memutus as well as memutuskan; the kind of tie frozen or suspended picks the code
    assert ("SAU", "161", "QAT") in triples("Arab Saudi memutus hubungan diplomatik dengan Qatar.")
    assert ("BHR", "160", "IRN") in triples("Bahrain memutus hubungan dengan Iran.")
    assert ("GAB", "161", "FRA") in triples("Gabon memutuskan hubungan diplomasi dengan Prancis.")
    assert ("DEUGOV", "1622", "ISR") in triples("Pemerintah Jerman membekukan kerja sama militer dengan Israel.")
    assert ("NLDGOV", "160", "RUS") in triples("Pemerintah Belanda membekukan kerja sama pendidikan dengan Rusia.")
    assert ("ESP", "1622", "ISR") in triples("Spanyol menangguhkan kerja sama militer dengan Israel.")


def test_halted_mediation_is_towards_both_parties():
    found = triples("Mesir menghentikan mediasi antara Israel dan Hamas.")
    assert {("EGY", "165", "ISR"), ("EGY", "165", "PSEREBHMS")} <= found


def test_a_closed_embassy_is_towards_the_host_or_the_embassy_s_country():
    assert ("KOR", "161", "AFG") in triples("Korea Selatan menutup kedutaan besarnya di Afghanistan.")
    assert ("CANGOV", "161", "IRN") in triples("Pemerintah Kanada menutup sementara kedutaan besarnya di Iran.")
    assert ("BHRGOV", "161", "ISR") in triples("Pemerintah Bahrain menutup kedutaan Israel.")
    # a road to an embassy closed by the police is no break of relations
    assert not any(c == "161" for _, c, _ in triples("Polisi menutup jalan menuju kedutaan Amerika Serikat."))


def test_an_exercise_held_with_a_partner_is_military_cooperation():
    # "latihan militer dengan/bersama X": a joint exercise (062) with X, not a show of force (150)
    assert ("PHL", "062", "USA") in triples("Filipina menggelar latihan militer dengan Amerika Serikat.")
    assert ("CHN", "062", "RUS") in triples("Jepang mengecam latihan militer China dengan Rusia di dekat Okinawa.")
    # held by two states at once ("latihan militer X-Y") it is a joint exercise between them
    assert ("JPN", "062", "AUS") in triples("Korea Utara Kecam Latihan Militer Jepang-Australia")
    # alone, or "dengan" an instrument, it stays a display of force
    assert ("PRK", "150", None) in triples("Korea Utara menggelar latihan militer di dekat perbatasan.")
    assert ("THAMIL", "150", None) in triples("Tentara Thailand melakukan latihan tembak dengan peluru tajam.")
    # a "dengan" after a place is the place's ("perbatasan dengan X"), no partner
    assert not any(c == "062" for _, c, _ in triples(
        "Tentara Vietnam menggelar latihan militer di dekat perbatasan dengan Laos."))


def test_what_a_speaker_says_another_must_do_is_the_speaker_s_demand():
    # the 10x code mirrors the act demanded: a retreat or withdrawal 106, a release 1053
    assert ("VNMGOV", "106", "KHM") in triples("Pemerintah Vietnam menyatakan Kamboja harus mundur dari desa itu.")
    assert ("IDNGOV", "106", "ISR") in triples(
        "\"Israel harus segera menarik pasukannya dari Gaza,\" kata Menteri Luar Negeri Indonesia.")
    found = triples("Sekjen PBB menegaskan Myanmar wajib membebaskan semua tahanan politik.")
    assert ("IGOUNO", "1053", "MMR") in found
    # the act demanded has not happened: it is the demand's content, no event of its own
    result = extract("Menurut Presiden Ukraina, Rusia harus menarik pasukannya dari wilayah Ukraina.",
                     language="id", published="2025-06-02")
    assert [(e.code, e.factuality) for e in result.events] == [("106", "asserted")]


def test_no_demand_without_another_side_a_speaker_or_an_obligation():
    # one's own side's resolve, an obligation denied, and the article's own voice make no demand
    for text in ("Menteri Luar Negeri Jepang mengatakan Jepang harus menarik pasukannya dari Irak.",
                 "Juru bicara Kremlin mengatakan Ukraina tidak harus menarik pasukannya.",
                 "Kamboja harus mundur dari desa itu."):
        assert not any(c.startswith("10") for _, c, _ in triples(text)), text


def test_the_act_a_reply_answers_was_aimed_at_whoever_replies():
    # "sebagai balasan/respons atas N X": X's act, with no target of its own, was on the one who replies
    found = triples("Israel menyerang Gaza sebagai balasan atas serangan roket Hamas.")
    assert {("ISR", "190", "PSE"), ("PSEREBHMS", "194", "ISR")} <= found
    assert ("USA", "163", "CAN") in triples(
        "Kanada mengenakan tarif atas baja Amerika Serikat sebagai respons terhadap tarif Amerika Serikat.")
    # an act with its own target keeps it; a visit went where it says, not to whoever replies
    assert ("ISR", "190", "SYR") in triples(
        "Iran meluncurkan puluhan drone sebagai respons terhadap serangan Israel atas kedutaannya di Damaskus.")
    assert not any(c == "042" for _, c, _ in triples(
        "China memanggil duta besar Jepang sebagai reaksi atas kunjungan Perdana Menteri Jepang ke kuil Yasukuni."))


def test_an_accusation_whose_pattern_spans_its_owner_still_names_the_accuser():
    # "tuduhan X soal spionase" (pattern tuduh ... spionase): X, inside the span, owns the accusation, so
    # denying it answers X, and X's accusation is towards the one who denies it
    found = triples("Pemerintah Vietnam membantah tuduhan Kamboja soal spionase.")
    assert {("VNMGOV", "016", "KHM"), ("KHM", "1125", "VNMGOV")} <= found
    # a pattern that holds the accusation noun takes the accuser after it as its target
    assert ("CHNGOV", "016", "JPN") in triples("Kementerian Luar Negeri China menepis tuduhan Jepang soal pelanggaran wilayah udara.")
    assert ("IDNGOV", "016", None) in triples("Menteri itu menepis tuduhan korupsi.")


def test_missiles_launched_at_a_state_are_an_attack_and_towards_the_sea_a_test():
    assert ("IRN", "195", "ISR") in triples("Iran meluncurkan puluhan rudal ke Israel.")
    assert ("LBNREB", "194", "ISR") in triples("Hizbullah meluncurkan roket ke Israel utara.")
    # "ke arah" (towards), into the sea, or no destination: a test or show of force
    assert ("PRK", "150", "JPN") in triples("Korea Utara meluncurkan dua rudal balistik ke arah Jepang.")
    assert ("PRK", "150", None) in triples("Korea Utara meluncurkan rudal balistik ke laut lepas pantai timurnya.")
    assert ("PRK", "150", None) in triples("Korea Utara meluncurkan rudal balistik di lepas pantai timurnya.")


def test_rejecting_an_accusation_is_denying_it():
    # "menolak tuduhan X" is a denial (016, PETRARCH's REJECT ACCUSATION), and X's accusation stays
    found = triples("Pemerintah Laos menolak tuduhan Vietnam soal spionase.")
    assert {("LAOGOV", "016", "VNM"), ("VNM", "1125", "LAOGOV")} <= found
    assert ("IDNGOV", "016", None) in triples("Menteri itu menolak tuduhan korupsi.")
    # rejecting a demand or an offer stays a rejection
    assert ("ISR", "1246", "PSEREBHMS") in triples("Israel menolak usulan Hamas tentang gencatan senjata.")


def test_a_postponed_visit_is_no_visit():
    assert not any(c == "042" for _, c, _ in triples("Presiden Peru menunda kunjungannya ke Chili."))
    assert ("PERGOV", "160", "CHL") in triples("Presiden Peru membatalkan kunjungannya ke Chili.")


def test_two_leaders_who_talk_by_telephone_call_each_other():
    # a telephone call (041) between coordinated subjects is mutual, like a meeting: not the 040 of a topic
    assert ("ARGGOV", "041", "CHLGOV") in triples(
        "Menteri Luar Negeri Argentina dan Menteri Luar Negeri Chili berbicara melalui telepon pada Rabu.")
    assert ("FRAGOV", "041", "ITAGOV") in triples(
        "Presiden Prancis dan Perdana Menteri Italia melakukan pembicaraan melalui telepon.")


def test_an_offered_act_replaces_the_bare_willingness():
    # "bersedia mendukung usulan X": the intent to support (032), not also an intent of no kind (030)
    codes = {c for s, c, t in triples("Presiden Brasil bersedia mendukung usulan Argentina.") if s == "BRAGOV"}
    assert codes == {"032"}
    # with nothing offered after it, the willingness stays
    assert ("BRAGOV", "036", "ARGGOV") in triples("Presiden Brasil bersedia bertemu Presiden Argentina.")


def test_the_act_one_is_thanked_for_was_done_to_the_one_who_thanks():
    found = triples("Presiden Kenya berterima kasih kepada Jepang atas bantuan militernya.")
    assert {("KENGOV", "051", "JPN"), ("JPN", "072", "KENGOV")} <= found
    found = triples("Presiden Kenya berterima kasih atas bantuan kemanusiaan dari India.")
    assert ("IND", "073", "KENGOV") in found
    # praise of a step names no act done to the one who praises
    assert triples("Presiden Kenya memuji langkah Uganda.") == {("KENGOV", "051", "UGA")}


def test_announcing_retaliation_is_a_threat():
    # "X akan membalas ...": a threat (13x of the retaliation), made when said, not a future attack
    assert ("IRN", "138", "ISR") in triples("Iran akan membalas serangan Israel.")
    assert ("CAN", "1312", "USA") in triples("Kanada akan membalas tarif Amerika Serikat.")
    # retaliation told as done stays the act
    assert ("IRN", "190", "ISR") in triples("Iran membalas serangan Israel.")


def test_breaking_up_a_demonstration_is_repression():
    assert ("KENCOP", "175", "KENEDU") in triples("Polisi Kenya membubarkan demonstrasi mahasiswa di Nairobi.")
    assert ("SRBCOP", "175", "SRBCVL") in triples("Polisi Serbia membubarkan para demonstran dengan gas air mata.")
    # dissolving an institution stays an administrative sanction
    assert ("THAGOV", "172", "THALEG") in triples("Pemerintah Thailand membubarkan parlemen.")


def test_an_appeal_or_demand_of_no_stated_kind_takes_the_kind_of_what_it_asks_for():
    # "meminta X membebaskan ..." 0253 (a pattern of its own), "menuntut X menarik pasukannya" 106
    assert ("PERGOV", "106", "ECU") in triples("Pemerintah Peru menuntut Ekuador menarik pasukannya dari perbatasan.")
    assert ("KENGOV", "0253", "SOM") in triples("Pemerintah Kenya meminta Somalia membebaskan para sandera.")
    # an appeal for a withdrawal names no appeal of CAMEO's, and stays 020
    assert ("UKRGOV", "020", "RUS") in triples("Presiden Ukraina meminta Rusia menarik pasukannya dari wilayah Ukraina.")


def test_an_accepted_proposal_is_the_intent_to_do_what_it_proposes():
    # "X menerima usulan gencatan senjata dari Y": Y's appeal (0256) and X's intent to de-escalate (0356)
    found = triples("Pemerintah Sudan menerima usulan gencatan senjata dari Arab Saudi.")
    assert {("SAU", "0256", "SDNGOV"), ("SDNGOV", "0356", "SAU")} <= found
    # a request one has (not) received is no proposal accepted
    assert not any(c.startswith("03") for _, c, _ in triples(
        "Kementerian Luar Negeri Peru belum menerima permintaan ekstradisi dari Bolivia."))
    # received aid is no proposal: nothing is accepted but the aid
    assert not any(c.startswith("03") for _, c, _ in triples("Pemerintah Sudan menerima bantuan kemanusiaan dari Mesir."))
